"""The errors the SDK raises. Every one is a ``PandaPonError``.

    PandaPonError
    ├── ConfigurationError          missing credentials, bad options (at construction)
    ├── InvalidArgumentError        a helper (sign, money, ...) given what it cannot use (also a
    │                               ValueError and a TypeError)
    ├── UnknownOperationError       an operationId that is not in the spec (also a LookupError)
    ├── RequestValidationError      bad input caught before anything is sent (also a ValueError)
    ├── APIConnectionError          no usable HTTP response (also: a body that cannot be decoded);
    │   │                           ``outcome_unknown`` tells whether the request may have
    │   ├── APITimeoutError         reached PandaPon (also: the call's deadline)
    │   ├── RedirectError           PandaPon answered with a redirect, any 3xx (never followed)
    │   └── ResponseTooLargeError   the answer was larger than ``max_response_bytes``
    ├── ResponseValidationError     a response that does not fit the spec; keeps the raw payload
    ├── SignatureVerificationError  a pushed message's Authorization header is missing or wrong
    │   └── webhooks.StaleMessageError   its timestamp is outside the tolerance
    ├── WebhookPayloadError         a pushed message is not a usable JSON object (also a ValueError)
    └── APIError                    PandaPon answered with an error (envelope code or HTTP status)
        ├── BadRequestError         400
        ├── AuthenticationError     401 / 403: unknown key, no permission
        │   ├── SignatureError      the signature was rejected
        │   └── TimestampError      the timestamp was outside the allowed window
        ├── NotFoundError           404
        ├── RateLimitError          429
        └── InternalServerError     5xx (``outcome_unknown`` on HTTP 500, 502, 503, 504)

No error message or repr ever contains the access secret or a request signature. Every error
pickles with its type and attributes (``code``, ``request_id``, ``outcome_unknown``, ...), so it
crosses a ``ProcessPoolExecutor`` or a Celery result backend whole.

Not an error: ``ShapeWarning`` (a ``UserWarning``), issued where a successful answer's shape
differs from the spec's; the SDK returns the answer as sent (README: When the API differs from
the spec).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any


class PandaPonError(Exception):
    """Base class of every error raised by the SDK."""

    def __reduce__(self) -> tuple[Any, ...]:
        # Exception's own, cls(*args), fails for an __init__ that takes keywords (a worker
        # process then dies with BrokenProcessPool) and loses the attributes that decide what to
        # do next, outcome_unknown first. Rebuilt without __init__: args, then the attributes.
        return (_rebuild, (type(self), self.args), self.__dict__)


def _rebuild(cls: type[PandaPonError], args: tuple[Any, ...]) -> PandaPonError:
    """An error of ``cls`` with ``args`` (its message), for unpickling; pickle then restores
    its attributes."""
    return cls.__new__(cls, *args)


class ConfigurationError(PandaPonError):
    """The client cannot be built as configured (for example, a credential is missing)."""


class InvalidArgumentError(PandaPonError, ValueError, TypeError):
    """A helper function was given an argument it cannot use (``money()`` on a field that holds
    no money, ``sign()`` with a timestamp that is neither text nor a number of milliseconds)."""


class UnknownOperationError(PandaPonError, LookupError):
    """``call()`` was given an operationId that the spec does not have."""

    def __init__(self, operation_id: str, suggestions: Sequence[str]) -> None:
        self.operation_id = operation_id
        self.suggestions = list(suggestions)
        hint = f"; did you mean {', '.join(self.suggestions)}?" if self.suggestions else ""
        super().__init__(f"unknown operation {operation_id!r}{hint}")

    def __str__(self) -> str:  # LookupError would quote the whole message
        return str(self.args[0])


@dataclass(frozen=True)
class FieldError:
    """One problem with the input: where (``cargoParamList[0].quantity``) and what."""

    field: str
    message: str

    def __str__(self) -> str:
        return f"{self.field}: {self.message}"


class RequestValidationError(PandaPonError, ValueError):
    """The input does not fit the spec; nothing was sent."""

    def __init__(self, operation_id: str, errors: Sequence[FieldError]) -> None:
        self.operation_id = operation_id
        self.errors = list(errors)
        details = "; ".join(str(e) for e in self.errors)
        super().__init__(f"invalid input for {operation_id}: {details}")

    @property
    def fields(self) -> list[str]:
        return [e.field for e in self.errors]


class APIConnectionError(PandaPonError):
    """No usable HTTP response arrived.

    ``outcome_unknown`` is True when the request may have reached PandaPon before the failure
    (the connection dropped or timed out after sending): a create, pay, cancel or submit call may
    then have taken effect, so check the state before sending it again. The SDK never re-sends
    such calls on its own.
    """

    def __init__(
        self, message: str, *, operation_id: str | None = None, outcome_unknown: bool = False
    ) -> None:
        self.operation_id = operation_id
        self.outcome_unknown = outcome_unknown
        if outcome_unknown:
            message = message.rstrip(".") + (
                ". The request may have reached PandaPon: check the state (for example, list the"
                " orders) before sending it again."
            )
        super().__init__(message)


class APITimeoutError(APIConnectionError):
    """The request timed out, or the call's deadline (all attempts and waits together) passed."""


class RedirectError(APIConnectionError):
    """PandaPon answered with a redirect (any 3xx, wherever its ``Location`` points): the API
    does not redirect, and the SDK never follows one with a signed request (its five headers, a
    warehouse call's ``sign``). The request did reach the server: ``outcome_unknown`` is True."""


class ResponseTooLargeError(APIConnectionError):
    """The answer was larger than the client's ``max_response_bytes``; it was not read whole."""


class ResponseValidationError(PandaPonError):
    """The response does not fit the spec. ``body`` (the raw text) and ``json`` keep all of it.

    Raised for an answer that is not a JSON envelope at all, and, with ``validate="strict"``,
    for a successful envelope whose shape differs from the spec's (by default such an answer
    is returned as sent, with a ``ShapeWarning``). ``outcome_unknown`` is True for the first
    kind: nothing in such an answer says whether the call took effect, so check the state
    before sending a create, pay or cancel again."""

    def __init__(
        self,
        message: str,
        *,
        operation_id: str,
        http_status: int,
        body: str,
        json: Any = None,
        request_id: str | None = None,
        outcome_unknown: bool = False,
    ) -> None:
        self.operation_id = operation_id
        self.http_status = http_status
        self.body = body
        self.json = json
        self.request_id = request_id
        self.outcome_unknown = outcome_unknown
        message = f"{message} (operation {operation_id}, HTTP {http_status})"
        if outcome_unknown:
            message += (
                " The request may have taken effect: check the state before sending it again."
            )
        super().__init__(message)


class APIError(PandaPonError):
    """PandaPon answered with an error.

    ``code`` and ``msg`` are the envelope's (None when the body had no envelope), ``request_id``
    identifies the call in PandaPon's logs, ``http_status`` is the HTTP status and ``body`` the
    raw text. ``outcome_unknown`` is True when the answer is an HTTP 500, 502, 503 or 504: a
    gateway or server failing there may have failed after the request took effect, exactly like
    a dropped connection, so check the state before sending a create, pay or cancel again.
    """

    #: HTTP statuses whose answer does not say whether the request took effect.
    AMBIGUOUS_STATUSES = frozenset({500, 502, 503, 504})

    def __init__(
        self,
        *,
        operation_id: str,
        code: int | None,
        msg: str | None,
        request_id: str | None,
        http_status: int,
        body: str,
        json: Any = None,
    ) -> None:
        self.operation_id = operation_id
        self.code = code
        self.msg = msg
        self.request_id = request_id
        self.http_status = http_status
        self.body = body
        self.json = json
        self.outcome_unknown = http_status in self.AMBIGUOUS_STATUSES
        super().__init__(self._describe())

    def _describe(self) -> str:
        code = self.code if self.code is not None else f"HTTP {self.http_status}"
        text = self.msg or "no message"
        described = f"[{code}] {text} (request_id={self.request_id}, operation={self.operation_id})"
        if self.outcome_unknown:
            described += (
                " The request may have taken effect: check the state before sending it again."
            )
        return described


class BadRequestError(APIError):
    pass


class AuthenticationError(APIError):
    """The credentials were not accepted (unknown access key, no permission)."""


class SignatureError(AuthenticationError):
    """PandaPon rejected the request signature."""


class TimestampError(AuthenticationError):
    """PandaPon rejected the timestamp (more than 600 s from its clock).

    The client learns the offset from the response's ``Date`` header, so the next call is signed
    with a corrected clock.
    """


class NotFoundError(APIError):
    pass


class RateLimitError(APIError):
    pass


class InternalServerError(APIError):
    pass


class SignatureVerificationError(PandaPonError):
    """A pushed message failed verification: its ``Authorization`` signature is missing or wrong.

    Never carries the signature or the secret; answer such a request with 401.
    """


class WebhookPayloadError(PandaPonError, ValueError):
    """A pushed message's body is not a JSON object the SDK can read. The ``Receiver`` keeps a
    correctly signed one in its store's quarantine and answers 200 (docs/webhooks.md)."""


class ShapeWarning(UserWarning):
    """A successful answer (or a pushed message) has, at ``path``, a JSON type the spec does not
    allow there. The value is returned as sent; the spec's guess was wrong.

    Issued once per operation (or webhook) and JSON path per process. ``expected`` is what the
    spec allows, ``seen`` the JSON type that came; the value itself is never shown.
    """

    def __init__(self, operation_id: str, path: str, expected: str, seen: str) -> None:
        self.operation_id = operation_id
        self.path = path
        self.expected = expected
        self.seen = seen
        article = "an" if seen[:1] in "aeiou" else "a"
        super().__init__(
            f"{operation_id}: {path} is {article} {seen} where the spec expects {expected}; "
            "returned as sent"
        )
