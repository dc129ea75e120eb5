"""What the sync and async clients share: options, building and checking requests, reading
envelopes, and deciding about retries. The two clients only differ in how they wait and send.
"""

from __future__ import annotations

import contextlib
import email.utils
import importlib
import json
import logging
import os
import re
import sys
import time
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass
from functools import cache, cached_property, lru_cache
from typing import TYPE_CHECKING, Any, NamedTuple, Self
from urllib.parse import quote

import httpx
from pandapon_api import sdk_metadata

from . import _exceptions as exc
from ._auth import PandaPonAuth
from ._config import (
    CONTROL_CHARACTERS,
    DEFAULT_MAX_RESPONSE_BYTES,
    ENV_BASE_URL,
    ENV_EVIDENCE,
    Credentials,
    RetryPolicy,
    check_clock_offset,
    check_max_response_bytes,
    check_max_retries,
    check_validate,
    resolve_base_url,
    resolve_credentials,
    resolve_deadline,
    resolve_timeout,
)
from ._logging import logger
from ._response import Page, envelope_request_id, request_id_text
from ._shape import describe, report, response_node
from ._shape import inspect as inspect_shape
from ._signing import Signer, sign
from ._spec import Operation, document, operations, system_headers
from ._validation import ValidationMode, Validator
from ._version import __version__

if TYPE_CHECKING:
    from pandapon_api import AuthenticatedClient

    from ._evidence import EvidenceStore
    from ._ratelimit import RateLimiter

#: Envelope codes meaning success: 200 in real payloads; 0 in the docs' Apifox examples.
SUCCESS_CODES = frozenset({200, 0})
_RETRYABLE_STATUS = frozenset({408, 409, 429})
USER_AGENT = f"pandapon-python/{__version__}"


#: The largest clock error the client corrects from a server's Date header (30 days).
MAX_CLOCK_OFFSET = 30 * 24 * 3600


class Clock:
    """Wall clock plus an offset, shared by a client and its ``with_options`` copies."""

    def __init__(self, offset: float = 0.0) -> None:
        self.offset = offset

    def now(self) -> float:
        return time.time() + self.offset

    def learn(self, response: httpx.Response) -> None:
        """Adopt the server's clock from its ``Date`` header (used after a timestamp rejection)."""
        date = response.headers.get("date")
        if not date:
            return
        try:
            server = email.utils.parsedate_to_datetime(date).timestamp()
        except (TypeError, ValueError, OverflowError, IndexError):
            return
        offset = server - time.time()
        if abs(offset) > MAX_CLOCK_OFFSET:
            # A Date years away is a broken or hostile answer, not a clock to sign with.
            logger.warning("ignoring a Date header %+.0f s from the local clock", offset)
            return
        self.offset = offset
        logger.warning("clock offset learned from the server's Date header: %+.1f s", self.offset)


# CallOptions and PreparedCall are NamedTuples rather than frozen dataclasses: a dataclass is
# made with exec() at import, most of a millisecond each, and `import pandapon` counts them.
class CallOptions(NamedTuple):
    """Per-call escape hatches (openai-python's names): fields and headers the spec does not
    know, this call's own timeout, and its deadline (seconds for the whole call, every attempt
    and wait included; None: the client's, or 3 x this call's read timeout)."""

    extra_body: Mapping[str, Any] | None = None
    extra_query: Mapping[str, Any] | None = None
    extra_headers: Mapping[str, str] | None = None
    timeout: float | httpx.Timeout | None = None
    deadline: float | None = None


NO_OPTIONS = CallOptions()


class Budget:
    """The time a call has left: its deadline covers every attempt and every wait between.
    The async client enforces it as a hard limit; the sync one through each read's timeout and
    between body chunks (see ``PandaPon._receive`` for what that leaves open)."""

    __slots__ = ("ends", "seconds")

    def __init__(self, seconds: float | None) -> None:
        self.seconds = seconds
        self.ends = None if seconds is None else time.monotonic() + seconds

    def left(self) -> float | None:
        return None if self.ends is None else self.ends - time.monotonic()

    def passed(self) -> bool:
        left = self.left()
        return left is not None and left <= 0

    def timeout(self, base: httpx.Timeout) -> httpx.Timeout:
        """``base`` with every phase cut to the time left (a slow read cannot outlive it)."""
        left = self.left()
        if left is None:
            return base
        left = max(left, 0.001)

        def cut(value: float | None) -> float:
            return left if value is None else min(value, left)

        return httpx.Timeout(
            connect=cut(base.connect),
            read=cut(base.read),
            write=cut(base.write),
            pool=cut(base.pool),
        )


class PreparedCall(NamedTuple):
    """A validated request, ready to be signed and sent (once per attempt)."""

    operation: Operation
    path: str
    query: dict[str, str]
    content: bytes | None
    headers: dict[str, str]
    timeout: httpx.Timeout | None  # this call's own; None: the client's
    deadline: float | None  # seconds for the whole call, resolved; None: no limit
    fields: tuple[str, ...] = ()  # the request's field names, for the evidence store only


@dataclass(frozen=True)
class RawResponse:
    """PandaPon's whole answer to a call (``call_raw``): nothing unwrapped, nothing raised."""

    http_status: int
    text: str
    json: Any
    request_id: str | None

    @classmethod
    def of(cls, response: httpx.Response) -> RawResponse:
        payload, _ = _read_json(response)
        return cls(response.status_code, response.text, payload, envelope_request_id(payload))


@cache
def _validator() -> Validator:
    return Validator(document())


@cache
def _response_model(operation_id: str) -> Any:
    return _import(sdk_metadata.RESPONSE_MODELS[operation_id])


@cache
def _decoders(operation_id: str) -> Any:
    """The ``pandapon_api.decoders`` module of the operation's response model: its decoders as
    scripts/decoders.py compiles them."""
    module = sdk_metadata.RESPONSE_MODELS[operation_id].partition(":")[0]
    return importlib.import_module(f"pandapon_api.decoders.{module}")


@cache
def _response_decoder(operation_id: str) -> Callable[[Any], Any]:
    """``from_dict`` of the operation's response model, as ``pandapon_api.decoders`` compiles
    it: the same model, built several times faster (scripts/decoders.py says how)."""
    decode: Callable[[Any], Any] = _decoders(operation_id).from_dict
    return decode


@cache
def _typed_decoder(operation_id: str) -> Callable[[bytes], Any] | None:
    """``from_json`` of the operation's response model: the model straight from the answer's
    JSON text, for text of exactly the spec's shape (it raises for any other)."""
    decode: Callable[[bytes], Any] | None = getattr(_decoders(operation_id), "from_json", None)
    return decode


#: ``BaseClient._process_typed`` found the answer not of the common kind.
_SLOW: Any = object()


@cache
def _fast_json() -> Callable[[bytes], Any]:
    import msgspec  # noqa: PLC0415 - loaded with the first answer, not with pandapon

    return msgspec.json.Decoder().decode


def loads(content: bytes) -> Any:
    """``json.loads(content)``, decoded by msgspec where it can (2 to 3 times faster).

    msgspec builds the very same values (integers of any size, floats rounded alike, the last
    of duplicate keys) and refuses what it would not build alike: NaN and Infinity, numbers
    beyond a float's range, lone surrogates, a byte-order mark or UTF-16/32 text. Those, and
    whatever is not JSON at all, go to ``json.loads``, which decides (and raises) as before.
    """
    try:
        return _fast_json()(content)
    except Exception:
        return json.loads(content)


@cache
def _data_types(operation_id: str) -> tuple[type, ...]:
    builtins: dict[str, type] = {
        "list": list,
        "str": str,
        "int": int,
        "float": float,
        "bool": bool,
        "object": object,
    }
    return tuple(
        builtins[ref] if ref in builtins else _import(ref)
        for ref in sdk_metadata.DATA_TYPES[operation_id]
    )


def _import(ref: str) -> Any:
    module, _, name = ref.partition(":")
    return getattr(importlib.import_module(f"pandapon_api.models.{module}"), name)


def lookup(operation_id: str) -> Operation:
    table = operations()
    try:
        return table[operation_id]
    except (KeyError, TypeError):
        import difflib  # noqa: PLC0415 - only for the error message

        close = difflib.get_close_matches(str(operation_id), list(table), n=3, cutoff=0.5)
        raise exc.UnknownOperationError(str(operation_id), close) from None


def _as_wire_body(body: Any) -> Any:
    """The body as JSON-ready data: a mapping as it is, a generated model through ``to_dict()``
    (whose nested values a plain mapping may stand in for; the validator judges them)."""
    if body is None or isinstance(body, Mapping):
        return None if body is None else dict(body)
    to_dict = getattr(body, "to_dict", None)
    return to_dict() if callable(to_dict) else body  # anything else: reported by the validator


def _read_json(response: httpx.Response) -> tuple[Any, bool]:
    """(payload, whether the body was JSON at all)."""
    try:
        return loads(response.content), True
    # ValueError: also an empty or non-UTF-8 body. RecursionError: nesting deeper than the
    # parser's stack (json.loads of "[" * 100_000), which is not JSON we can use either.
    except (ValueError, RecursionError):
        return None, False


@lru_cache(maxsize=1024)
def _absolute_url(base_url: httpx.URL, path: str) -> httpx.URL:
    """``path`` under ``base_url``. Cached: parsing a URL is a fifth of the SDK's own per-call
    cost, and httpx URLs are immutable, so every call to an operation can share one."""
    return base_url.copy_with(path=base_url.path.rstrip("/") + path)


def _json_body(wire: Any, errors: list[exc.FieldError]) -> bytes | None:
    """The body as UTF-8 JSON, or the reason it cannot be (with the field that causes it)."""
    try:
        text = json.dumps(wire, ensure_ascii=False, separators=(",", ":"), allow_nan=False)
    except (TypeError, ValueError) as error:
        errors.append(exc.FieldError("(body)", f"not representable as JSON: {error}"))
        return None
    try:
        return text.encode("utf-8")
    except UnicodeEncodeError:
        errors.extend(_surrogates(wire, ""))
        return None


def _surrogates(value: Any, path: str) -> list[exc.FieldError]:
    """Where a body holds text that is not valid Unicode (a lone surrogate, "\\ud800")."""
    if isinstance(value, str):
        return _text_problems(path or "(body)", value)
    if isinstance(value, Mapping):
        found: list[exc.FieldError] = []
        for key, item in value.items():
            where = f"{path}.{key}" if path else str(key)
            found += _text_problems(where, str(key)) or _surrogates(item, where)
        return found
    if isinstance(value, list | tuple):
        return [p for i, item in enumerate(value) for p in _surrogates(item, f"{path}[{i}]")]
    return []


def _text_problems(where: str, text: str, *, path_segment: bool = False) -> list[exc.FieldError]:
    """Text that cannot be sent: not valid Unicode, or a path segment that changes the path."""
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        return [exc.FieldError(where, "not valid Unicode text (it holds a lone surrogate)")]
    if path_segment and text in ("", ".", ".."):
        return [exc.FieldError(where, f"{text!r} would change which endpoint is called")]
    return []


#: What a header name may be made of (an RFC 7230 token): no spaces, no ':', nothing else.
_TOKEN = re.compile(r"[!#$%&'*+\-.^_`|~0-9A-Za-z]+")


def _header_problem(name: str, value: str) -> str | None:
    """Why HTTP (h11) could not send this header, or None. The value is never quoted: it may
    be a token of the caller's."""
    if not _TOKEN.fullmatch(name):
        return (
            "not a valid header name (letters, digits and !#$%&'*+-.^_`|~ only: "
            "no spaces, ':', line breaks or non-ASCII)"
        )
    if not value.isascii():
        return "header values must be ASCII"
    if CONTROL_CHARACTERS.search(value):
        return "the value holds a control character or line break (a tab is allowed)"
    if value != value.strip(" \t"):
        return "the value begins or ends with a space or tab, which HTTP does not send"
    return None


def _extra_headers(extra: Mapping[str, str] | None, errors: list[exc.FieldError]) -> dict[str, str]:
    """Headers a call adds; the signed system headers are the SDK's alone. Anything HTTP could
    not carry is refused here, naming the header, rather than failing once the call is sent."""
    if extra is None:
        return {}
    if not isinstance(extra, Mapping):
        errors.append(_not_a_mapping("extra_headers", extra))
        return {}
    headers: dict[str, str] = {}
    for name, value in extra.items():
        where = f"extra_headers[{name!r}]"
        if not isinstance(name, str) or not isinstance(value, str):
            errors.append(exc.FieldError(where, "header names and values must be str"))
        elif name.lower() in system_headers():
            errors.append(
                exc.FieldError(where, "the signed system headers are set by the SDK on every call")
            )
        elif problem := _header_problem(name, value):
            errors.append(exc.FieldError(where, problem))
        else:
            headers[name] = value
    return headers


def _extra_query(
    op: Operation, extra: Mapping[str, Any] | None, errors: list[exc.FieldError]
) -> dict[str, str]:
    if extra is None:
        return {}
    if not isinstance(extra, Mapping):
        errors.append(_not_a_mapping("extra_query", extra))
        return {}
    signed = {"timestamp", "sign"} if op.query_signed else set()
    query: dict[str, str] = {}
    for name, value in extra.items():
        if str(name) in signed:
            errors.append(
                exc.FieldError(f"extra_query[{name!r}]", "set by the SDK when it signs the call")
            )
        elif not _is_absent(value):
            text = _query_value(value)
            problems = _text_problems(f"extra_query[{name!r}]", text)
            if problems:
                errors.extend(problems)
            else:
                query[str(name)] = text
    return query


def _with_extra_body(
    op: Operation, wire: Any, extra: Mapping[str, Any] | None, errors: list[exc.FieldError]
) -> Any:
    """The body with ``extra_body``'s fields merged in (fields the spec lacks pass through)."""
    if extra is None:
        return wire
    if not isinstance(extra, Mapping):
        errors.append(_not_a_mapping("extra_body", extra))
        return wire
    if op.body_schema is None:
        errors.append(exc.FieldError("extra_body", f"{op.operation_id} takes no body"))
        return wire
    if wire is not None and not isinstance(wire, dict):
        errors.append(exc.FieldError("extra_body", "the body is not an object to merge into"))
        return wire
    return {**(wire or {}), **extra}


def redacted(request: httpx.Request) -> httpx.Request:
    """A copy of a sent request without its signature (header and ``sign`` query), for what
    the SDK hands out (errors, ``APIResponse.http_response``): their reprs must not leak it."""
    headers = httpx.Headers(request.headers)
    if "signature" in headers:
        headers["signature"] = "[redacted]"
    url = request.url
    if "sign" in url.params:
        url = url.copy_set_param("sign", "[redacted]")
    return httpx.Request(request.method, url, headers=headers, extensions=request.extensions)


def deadline_error(op: Operation, budget: Budget, *, outcome_unknown: bool) -> exc.APITimeoutError:
    return exc.APITimeoutError(
        f"{op.method} {op.path}: the call's deadline of {budget.seconds:g} s was reached",
        operation_id=op.operation_id,
        outcome_unknown=outcome_unknown,
    )


class BodyReader:
    """Reads an answer in chunks, within the call's deadline and the size limit."""

    __slots__ = ("budget", "chunks", "limit", "op", "response", "size")

    def __init__(self, op: Operation, response: httpx.Response, budget: Budget, limit: int) -> None:
        self.op, self.response, self.budget, self.limit = op, response, budget, limit
        self.chunks: list[bytes] = []
        self.size = 0
        declared = response.headers.get("content-length", "")
        if declared.isdigit() and int(declared) > limit:
            raise self._too_large(int(declared))

    def add(self, chunk: bytes) -> None:
        self.size += len(chunk)
        if self.size > self.limit:
            raise self._too_large(self.size)
        if self.budget.passed():  # a server trickling bytes keeps every read short
            raise deadline_error(self.op, self.budget, outcome_unknown=True)
        self.chunks.append(chunk)

    def finish(self) -> None:
        # What httpx's own read() does; we read chunk by chunk to keep the two limits.
        self.response._content = b"".join(self.chunks)

    def _too_large(self, size: int) -> exc.ResponseTooLargeError:
        return exc.ResponseTooLargeError(
            f"{self.op.method} {self.op.path}: the answer is larger than max_response_bytes "
            f"({size} > {self.limit} bytes)",
            operation_id=self.op.operation_id,
            outcome_unknown=True,  # PandaPon answered: the call may well have taken effect
        )


def _not_a_mapping(where: str, value: Any) -> exc.FieldError:
    return exc.FieldError(
        where, f"expected a mapping of names to values, got {type(value).__name__}"
    )


def _query_value(value: Any) -> str:
    if isinstance(value, bool):
        return "true" if value else "false"
    return str(value)


def _is_absent(value: Any) -> bool:
    return value is None or _is_unset(value)


def _is_unset(value: Any) -> bool:
    """Whether ``value`` is ``pandapon_api.types.UNSET``. That module (and attrs with it) loads
    with the first model or resource namespace used, not with ``import pandapon``; before it
    has, no value can be UNSET."""
    types = sys.modules.get("pandapon_api.types")
    return types is not None and isinstance(value, types.Unset)


def _retry_after(response: httpx.Response | None) -> float | None:
    """Seconds the server asked to wait, as it wrote them (``RetryPolicy.delay`` judges them:
    a past date, zero, negative or NaN falls back to backoff; a huge value is capped)."""
    if response is None:
        return None
    header = response.headers.get("retry-after")
    if not header:
        return None
    try:
        return float(header)
    except ValueError:
        pass
    try:
        return email.utils.parsedate_to_datetime(header).timestamp() - time.time()
    except (TypeError, ValueError, OverflowError, IndexError):
        return None  # garbage: backoff


def _code(value: Any) -> int | None:
    if value is None or isinstance(value, bool):
        return None
    try:
        return int(value)
    except (TypeError, ValueError, OverflowError):  # OverflowError: Infinity (json.loads reads it)
        return None


def _error_class(code: int | None, http_status: int, msg: str) -> type[exc.APIError]:
    status = code if code is not None and 400 <= code < 600 else http_status
    if status in (401, 403):
        # No error-code table is published; the message says which check failed.
        lowered = msg.lower()
        if "timestamp" in lowered or "时间" in msg:
            return exc.TimestampError
        if "sign" in lowered or "签名" in msg:
            return exc.SignatureError
        return exc.AuthenticationError
    classes: dict[int, type[exc.APIError]] = {
        400: exc.BadRequestError,
        404: exc.NotFoundError,
        429: exc.RateLimitError,
    }
    if status in classes:
        return classes[status]
    if status >= 500:
        return exc.InternalServerError
    return exc.APIError


class BaseClient:
    """Configuration and the transport-independent half of every call."""

    _http: httpx.Client | httpx.AsyncClient  # set by the subclass
    _owns_http: bool  # set with it (_client._connect): close() closes only a client it made
    _made_http: bool  # whether the SDK made it (copies too): a forked child may remake it
    _pid: int  # the process it was made in (_client._after_fork)
    #: Told of every attempt: (operation, "ok" | "rate_limited" | "error", monotonic time it
    #: was sent, seconds its answer took). pandapon.bulk sets them on its own copy.
    _attempt_hooks: tuple[Callable[[Operation, str, float, float], None], ...] = ()

    def __init__(
        self,
        access_key: str | None,
        access_secret: str | None,
        user_id: str | None,
        *,
        base_url: str | httpx.URL | None,
        timeout: float | httpx.Timeout | None,
        max_retries: int,
        signer: Signer | None,
        retry_policy: RetryPolicy | None,
        clock_offset: float,
        validate: ValidationMode,
        deadline: float | None = None,
        max_response_bytes: int = DEFAULT_MAX_RESPONSE_BYTES,
        evidence: EvidenceStore | str | os.PathLike[str] | bool | None = None,
        rate_limit: Any = None,
    ) -> None:
        self._credentials: Credentials = resolve_credentials(access_key, access_secret, user_id)
        # The user the HTTP client signs for; with_options copies share it (see ``raw``).
        self._http_user = self._credentials.user_id
        self.base_url: httpx.URL = resolve_base_url(base_url)
        # Nothing chose the target: production, with real money. Say so where it matters.
        self._production_by_default = not base_url and not os.environ.get(ENV_BASE_URL)
        self._announced = False
        self.timeout: httpx.Timeout = resolve_timeout(timeout)
        self.max_retries: int = check_max_retries(max_retries)
        self.validate: ValidationMode = check_validate(validate)
        resolve_deadline(deadline, self.timeout)  # refuse a bad value now, not at the first call
        self._deadline = deadline  # None: a multiple of the read timeout, whatever it becomes
        self.max_response_bytes: int = check_max_response_bytes(max_response_bytes)
        if signer is not None and not callable(signer):
            raise exc.ConfigurationError(
                "signer must be a callable (access_key, timestamp, nonce_str, access_secret)"
                f" -> str, got {type(signer).__name__}"
            )
        if retry_policy is not None and not isinstance(retry_policy, RetryPolicy):
            raise exc.ConfigurationError(
                f"retry_policy must be a pandapon.RetryPolicy, got {type(retry_policy).__name__}"
            )
        self._signer: Signer = signer or sign
        self._retry_policy = retry_policy or RetryPolicy()
        self._clock = Clock(check_clock_offset(clock_offset))
        self._auth = self._make_auth()
        # rate_limit= (pandapon/_ratelimit.py): loaded only when given. Shared by with_options
        # copies, as the connections are.
        self._rate_limiter: RateLimiter | None = None
        if rate_limit is not None:
            from ._ratelimit import resolve_rate_limit  # noqa: PLC0415

            self._rate_limiter = resolve_rate_limit(rate_limit)
        self._evidence: EvidenceStore | None = None
        if evidence is not None or os.environ.get(ENV_EVIDENCE):
            from ._evidence import resolve  # noqa: PLC0415 - sqlite3 only for those who record

            self._evidence = resolve(evidence)

    @property
    def evidence(self) -> EvidenceStore | None:
        """The store this client records the shapes of answers into (None: it records none)."""
        return self._evidence

    def _make_auth(self) -> PandaPonAuth:
        creds = self._credentials
        return PandaPonAuth(
            creds.access_key,
            creds.access_secret,
            creds.user_id,
            signer=self._signer,
            clock=self._clock.now,
        )

    @property
    def deadline(self) -> float | None:
        """Seconds a whole call may take, retries and their waits included (None: no limit):
        the ``deadline`` given, else 3 x the read timeout. A call given its own ``deadline=``
        uses that; one given only its own ``timeout=``, 3 x that timeout's read timeout."""
        return resolve_deadline(self._deadline, self.timeout)

    @property
    def user_id(self) -> str:
        return self._credentials.user_id

    @property
    def access_key(self) -> str:
        return self._credentials.access_key

    @property
    def clock_offset(self) -> float:
        """Seconds added to the local clock when signing (learned from the server if needed)."""
        return self._clock.offset

    def __repr__(self) -> str:
        return (
            f"{type(self).__name__}(base_url={str(self.base_url)!r}, "
            f"access_key={self.access_key!r}, user_id={self.user_id!r}, access_secret='***')"
        )

    def with_options(
        self,
        *,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        user_id: str | None = None,
        validate: ValidationMode | None = None,
        deadline: float | None = None,
        max_response_bytes: int | None = None,
    ) -> Self:
        """A client for some calls with other options; it shares this one's connections."""
        copy: Self = self._derive(timeout, max_retries, user_id)
        if validate is not None:
            copy.validate = check_validate(validate)
        if deadline is not None:
            resolve_deadline(deadline, copy.timeout)
            copy._deadline = deadline
        if max_response_bytes is not None:
            copy.max_response_bytes = check_max_response_bytes(max_response_bytes)
        return copy

    @cached_property
    def raw(self) -> AuthenticatedClient:
        """The generated ``pandapon_api`` client, signing through this client's connections:
        ``cancel_alibaba_order.sync_detailed(client=client.raw, ...)`` (or ``asyncio_detailed``
        on ``AsyncPandaPon``) from ``pandapon_api.api.alibaba_order``. It sends with the HTTP
        client's own timeout, and none of this client's retries, deadline or validation.
        """
        if self.user_id != self._http_user:
            # The generated functions send through the shared HTTP client, which signs as the
            # client it was made for: a call meant for this user would go out as that one.
            raise exc.ConfigurationError(
                "client.raw is not available on a with_options(user_id=...) copy: the generated "
                "functions would be signed for the original user. Use this copy's typed methods "
                "or call(), or a PandaPon(...) made with this user_id"
            )
        from pandapon_api import AuthenticatedClient  # noqa: PLC0415 - loads attrs: on first use

        raw = AuthenticatedClient(
            base_url=str(self.base_url),
            token=self.user_id,
            prefix="",
            auth_header_name="user-id",
            timeout=self.timeout,
        )
        if isinstance(self._http, httpx.AsyncClient):
            raw.set_async_httpx_client(self._http)
        else:
            raw.set_httpx_client(self._http)
        return raw

    def _derive(self, timeout: Any, max_retries: Any, user_id: Any) -> Any:
        """A shallow copy sharing the HTTP client and the clock, with some options changed."""
        copy = object.__new__(type(self))
        # Cached properties (the raw client, resource namespaces) are bound to their client.
        cached = {
            name
            for klass in type(self).__mro__
            for name, value in vars(klass).items()
            if isinstance(value, cached_property)
        }
        copy.__dict__.update({k: v for k, v in self.__dict__.items() if k not in cached})
        copy._owns_http = False
        if timeout is not None:
            copy.timeout = resolve_timeout(timeout)
        if max_retries is not None:
            copy.max_retries = check_max_retries(max_retries)
        if user_id is not None:
            creds = self._credentials
            copy._credentials = resolve_credentials(creds.access_key, creds.access_secret, user_id)
            copy._auth = copy._make_auth()
        return copy

    # -- requests ----------------------------------------------------------------------------

    def _prepare(
        self,
        operation_id: str,
        body: Any,
        params: Mapping[str, Any] | None,
        options: CallOptions = NO_OPTIONS,
    ) -> PreparedCall:
        op = lookup(operation_id)
        errors: list[exc.FieldError] = []
        guesses: list[exc.FieldError] = []  # broken rules the docs do not state: sent anyway
        if params is not None and not isinstance(params, Mapping):
            errors.append(_not_a_mapping("(params)", params))
            params = None
        path, query = self._fill_parameters(op, params or {}, errors, guesses)
        query.update(_extra_query(op, options.extra_query, errors))
        headers = _extra_headers(options.extra_headers, errors)
        wire = _with_extra_body(op, _as_wire_body(body), options.extra_body, errors)
        content: bytes | None = None
        if op.body_schema is None:
            if wire is not None:
                errors.append(exc.FieldError("(body)", f"{op.operation_id} takes no body"))
        elif wire is None:
            if op.body_required:
                errors.append(exc.FieldError("(body)", "a request body is required"))
        else:
            refused, inferred = _validator().check(op.body_schema, wire, mode=self.validate)
            errors.extend(refused)
            guesses.extend(inferred)
            if not errors:
                content = _json_body(wire, errors)
        if errors:
            raise exc.RequestValidationError(op.operation_id, errors)
        if guesses and logger.isEnabledFor(logging.DEBUG):  # the text only when it is logged
            logger.debug(
                "%s: sent although it breaks rules the docs do not state (the server decides): %s",
                op.operation_id,
                "; ".join(str(g) for g in guesses),
            )
        timeout = resolve_timeout(options.timeout) if options.timeout is not None else None
        # The deadline given (this call's, else the client's), else 3 x the read timeout this
        # call uses: a per-call timeout moves the default deadline as with_options(timeout=) does.
        given = options.deadline if options.deadline is not None else self._deadline
        deadline = resolve_deadline(given, timeout or self.timeout)
        fields: tuple[str, ...] = ()
        if self._evidence is not None:
            from ._evidence import request_fields  # noqa: PLC0415 - loaded with the store

            fields = request_fields(query, wire)
        return PreparedCall(op, path, query, content, headers, timeout, deadline, fields)

    def _fill_parameters(
        self,
        op: Operation,
        params: Mapping[str, Any],
        errors: list[exc.FieldError],
        guesses: list[exc.FieldError],
    ) -> tuple[str, dict[str, str]]:
        known = {p.name: p for p in op.parameters}
        for name in params:
            if name not in known:
                expected = ", ".join(known) or "none"
                errors.append(
                    exc.FieldError(str(name), f"unknown parameter (expected: {expected})")
                )
        path = op.path
        query: dict[str, str] = {}
        for name, param in known.items():
            value = params.get(name)
            if _is_absent(value):
                if param.location == "path" or (param.required and self.validate != "off"):
                    missing = exc.FieldError(
                        name, f"required {param.location} parameter is missing"
                    )
                    docs_mode_guess = param.required_inferred and self.validate == "docs"
                    (guesses if docs_mode_guess and param.location != "path" else errors).append(
                        missing
                    )
                continue
            refused, inferred = _validator().check(param.schema, value, name, mode=self.validate)
            guesses.extend(inferred)
            text = _query_value(value)
            refused += _text_problems(name, text, path_segment=param.location == "path")
            if refused:
                errors.extend(refused)
            elif param.location == "path":
                path = path.replace("{" + name + "}", quote(text, safe=""))
            else:
                query[name] = text
        return path, query

    def _build_request(
        self, http: httpx.Client | httpx.AsyncClient, call: PreparedCall, budget: Budget
    ) -> httpx.Request:
        url = _absolute_url(self.base_url, call.path)
        headers = {"accept": "application/json", "user-agent": USER_AGENT, **call.headers}
        if call.content is not None:
            headers["content-type"] = "application/json"
        return http.build_request(
            call.operation.method,
            url,
            params=call.query or None,
            content=call.content,
            headers=headers,
            timeout=budget.timeout(call.timeout or self.timeout),
        )

    def _budget(self, call: PreparedCall) -> Budget:
        return Budget(call.deadline)

    def _body(self, op: Operation, response: httpx.Response, budget: Budget) -> BodyReader:
        return BodyReader(op, response, budget, self.max_response_bytes)

    # -- responses ---------------------------------------------------------------------------

    def _process(
        self, call: PreparedCall, response: httpx.Response, attempt: int, started: float
    ) -> Any:
        """The ``data`` of a successful envelope, or the right exception. Logs the exchange.

        A successful envelope is never refused for its shape, except with ``validate="strict"``:
        where ``data`` (or anything in it) has a JSON type the spec does not allow, the value is
        returned as sent, with a ``ShapeWarning`` (``_shape``)."""
        op = call.operation
        evidence = self._evidence
        typed = self._process_typed(op, response, attempt, started)
        if typed is not _SLOW:
            if evidence is not None:
                evidence.fitted(op.operation_id, response, typed[1], call.fields, started)
            return typed[0]
        payload, parsed = _read_json(response)
        envelope = payload if isinstance(payload, dict) else {}
        request_id = envelope_request_id(envelope)
        code = _code(envelope.get("code"))
        msg = envelope.get("msg")
        msg = str(msg) if msg is not None else None
        self._log(op, attempt, started, str(response.status_code), request_id)

        if not response.is_success or (code is not None and code not in SUCCESS_CODES):
            if evidence is not None:
                evidence.refused(op.operation_id, response.status_code, code, call.fields)
            cls = _error_class(code, response.status_code, msg or "")
            if cls is exc.TimestampError:
                self._clock.learn(response)
            text = response.text
            raise cls(
                operation_id=op.operation_id,
                code=code,
                msg=msg or (None if parsed else text[:200] or None),
                request_id=request_id,
                http_status=response.status_code,
                body=text,
                json=payload,
            )

        def invalid(reason: str) -> exc.ResponseValidationError:
            return exc.ResponseValidationError(
                reason,
                operation_id=op.operation_id,
                http_status=response.status_code,
                body=response.text,
                json=payload,
                request_id=request_id,
            )

        # Not an envelope at all: nothing says the call succeeded, so these are refused.
        if not parsed or not isinstance(payload, dict):
            if evidence is not None:
                evidence.answered(op.operation_id, response.status_code, None, call.fields, None)
            if not parsed:
                raise invalid(
                    "the response is empty" if not response.content else "the response is not JSON"
                )
            raise invalid(
                f"the response is a JSON {type(payload).__name__}, not an envelope object"
            )
        if "code" in payload and payload["code"] is not None and code is None:
            raise invalid(f"the envelope code {payload['code']!r} is not a number")
        if code == 0:
            logger.debug("%s: envelope code 0 treated as success", op.operation_id)
        return self._data(call, response.status_code, payload, code, invalid)

    def _data(
        self,
        call: PreparedCall,
        status: int,
        payload: dict[str, Any],
        code: int | None,
        invalid: Callable[[str], exc.ResponseValidationError],
    ) -> Any:
        """The ``data`` of a successful envelope, read tolerantly: where it (or anything in it)
        has a JSON type the spec does not allow, the value as sent and a ``ShapeWarning``;
        ``invalid(reason)`` instead with ``validate="strict"``."""
        op, evidence = call.operation, self._evidence
        strict = self.validate == "strict"
        found = inspect_shape(response_node(op.operation_id), payload, profile=evidence is not None)
        if evidence is not None:
            evidence.answered(op.operation_id, status, code, call.fields, found.profile)
        if found.deviations:
            if strict:
                raise invalid(f"the payload does not fit the spec: {describe(found.deviations)}")
            report(op.operation_id, found.deviations)
        try:
            model = _response_decoder(op.operation_id)(payload)
        except Exception as error:  # generated parsers raise many kinds on odd payloads
            if strict:
                raise invalid(
                    f"the payload does not fit the spec ({type(error).__name__}: {error})"
                ) from error
            return payload.get("data")  # the JSON value as sent
        data = model.data
        if _is_unset(data):
            return None
        if data is not None and not isinstance(data, _data_types(op.operation_id)):
            if strict:
                raise invalid(
                    f"`data` is a {type(data).__name__}, which the spec does not allow here"
                )
            return payload.get("data")  # the JSON value as sent
        return data

    def _process_typed(
        self, op: Operation, response: httpx.Response, attempt: int, started: float
    ) -> Any:
        """``_process`` for the common case, in one pass over the text: a 2xx answer of exactly
        the spec's shape (no field the spec lacks, every value of a type it allows) whose code
        means success; ``(data, code)``. The model is the very one the general path builds
        (tests/test_decoders.py proves it); for anything else, or any doubt, this returns
        ``_SLOW`` having done nothing visible, and the general path decides from scratch (and
        looks for deviations only then: an answer this path takes has none)."""
        if not response.is_success:
            return _SLOW
        decode = _typed_decoder(op.operation_id)
        if decode is None:
            return _SLOW
        try:
            model = decode(response.content)
        except Exception:  # not of the spec's exact shape, or not JSON at all
            return _SLOW

        def field(name: str) -> Any:  # what payload.get(wire name) gives the general path
            value = getattr(model, name, None)
            return None if _is_unset(value) else value

        raw_code = field("code")
        code = _code(raw_code)
        if raw_code is not None and (code is None or code not in SUCCESS_CODES):
            return _SLOW  # an error, or a code that is not a number: the general path says so
        data = getattr(model, "data", _SLOW)
        if data is _SLOW:
            return _SLOW
        if _is_unset(data):
            data = None
        elif data is not None and not isinstance(data, _data_types(op.operation_id)):
            return _SLOW
        request_id = request_id_text(field("request_id"))
        self._log(op, attempt, started, str(response.status_code), request_id)
        if code == 0:
            logger.debug("%s: envelope code 0 treated as success", op.operation_id)
        return data, code

    # -- retries -----------------------------------------------------------------------------

    def _retry_delay(
        self,
        op: Operation,
        retries_done: int,
        error: exc.PandaPonError,
        response: httpx.Response | None,
        budget: Budget,
    ) -> float | None:
        """Seconds to wait before the next attempt, or None to give up and raise ``error``."""
        delay = self._retry_wait(op, retries_done, error, response)
        left = budget.left()
        if delay is not None and left is not None and delay >= left:
            # A retry that could only start after the deadline is not made; the error says so.
            error.args = (
                f"{error.args[0] if error.args else error} (not retried: the call's deadline "
                f"of {budget.seconds:g} s would pass first)",
            )
            return None
        return delay

    def _retry_wait(
        self,
        op: Operation,
        retries_done: int,
        error: exc.PandaPonError,
        response: httpx.Response | None,
    ) -> float | None:
        if retries_done >= self.max_retries:
            return None
        if isinstance(error, exc.APIConnectionError):
            # A request that never left can always be sent; one that may have arrived only
            # if repeating it is harmless.
            retry = op.retry_safe or not error.outcome_unknown
        elif isinstance(error, exc.APIError):
            retry = op.retry_safe and (
                isinstance(error, (exc.RateLimitError, exc.InternalServerError, exc.TimestampError))
                or error.http_status in _RETRYABLE_STATUS
                or error.http_status >= 500
            )
        else:
            retry = False
        if not retry:
            return None
        return self._retry_policy.delay(retries_done, _retry_after(response))

    def _connection_error(
        self, op: Operation, error: httpx.RequestError, budget: Budget
    ) -> exc.APIConnectionError:
        # The exception keeps the request it failed on: never with its signature.
        with contextlib.suppress(RuntimeError):  # raised before a request existed
            error.request = redacted(error.request)
        cause = str(error).strip()
        if isinstance(error, httpx.DecodingError):
            # A status line and headers came, then a body its Content-Encoding does not fit: the
            # request reached PandaPon (or a proxy), so it may have taken effect.
            return exc.APIConnectionError(
                f"{op.method} {self._target()}{op.path} answered, but the answer's body could "
                f"not be decoded: {type(error).__name__}" + (f" ({cause})" if cause else ""),
                operation_id=op.operation_id,
                outcome_unknown=True,
            )
        # Connect failures happen before a byte of the request is sent; anything later is ambiguous.
        unsent = isinstance(error, (httpx.ConnectError, httpx.ConnectTimeout, httpx.PoolTimeout))
        if isinstance(error, httpx.TimeoutException) and budget.passed():
            return deadline_error(op, budget, outcome_unknown=not unsent)
        kind = (
            exc.APITimeoutError
            if isinstance(error, httpx.TimeoutException)
            else exc.APIConnectionError
        )
        what = "timed out" if kind is exc.APITimeoutError else "failed"
        # The host and the cause (a DNS failure, a refused connection) in the message itself.
        return kind(
            f"{op.method} {self._target()}{op.path} {what}: {type(error).__name__}"
            + (f" ({cause})" if cause else ""),
            operation_id=op.operation_id,
            outcome_unknown=not unsent,
        )

    def _target(self) -> str:
        """The host a call goes to, as error messages and the first log line name it."""
        where = f"{self.base_url.scheme}://{self.base_url.netloc.decode('ascii')}"
        if self._production_by_default:
            where += f" (production: no base_url or {ENV_BASE_URL} given)"
        return where

    def _announce(self) -> None:
        """Once per client: where calls go, at INFO (and a warning-worthy note for production
        chosen by default)."""
        if self._announced:
            return
        self._announced = True
        if self._production_by_default:
            logger.info(
                "calling %s: real orders and payments (set %s or base_url= for the sandbox)",
                self._target(),
                ENV_BASE_URL,
            )
        elif logger.isEnabledFor(logging.INFO):
            logger.info("calling %s", self._target())

    def _refuse_redirect(self, op: Operation, response: httpx.Response) -> None:
        """PandaPon's API does not redirect: a redirect is refused, never followed with the
        signed request (and the order in it) to wherever it points."""
        if response.is_redirect:
            where = response.headers.get("location", "")
            raise exc.RedirectError(
                f"{op.method} {op.path} answered HTTP {response.status_code}, a redirect to "
                f"{where!r}; the SDK does not follow redirects with a signed request",
                operation_id=op.operation_id,
                outcome_unknown=True,  # the request did reach PandaPon
            )

    def _log(
        self, op: Operation, attempt: int, started: float, outcome: str, request_id: str | None
    ) -> None:
        """One line per attempt: method, path (never the query: it may hold the signature),
        outcome, request id and duration."""
        if logger.isEnabledFor(logging.INFO):
            logger.info(
                "%s %s -> %s request_id=%s %.0fms attempt=%d",
                op.method,
                op.path,
                outcome,
                request_id or "-",
                (time.monotonic() - started) * 1000,
                attempt + 1,
            )


def page_items(data: Any, paging: Mapping[str, Any]) -> tuple[list[Any], int | None, int | None]:
    """Items, total pages and total items of one page of ``data`` (per sdk_metadata.PAGINATION).

    ``data`` of a shape the spec does not give it (kept as sent: a dict, text, a number) holds
    no items the SDK can find: the page is empty and the iteration ends (``Page.data`` keeps
    what came)."""
    if data is None or isinstance(data, dict | str | int | float):
        return [], None, None
    if isinstance(data, list):
        return data, None, None

    def first(names: Iterable[str]) -> Any:
        for name in names:
            value = getattr(data, name, None)
            if not _is_absent(value):
                return value
        return None

    items = first(paging["items"])
    total_pages = first(paging["total_pages"])
    total_items = first(paging["total_items"])
    return (
        list(items) if isinstance(items, list) else [],
        total_pages if isinstance(total_pages, int) else None,
        total_items if isinstance(total_items, int) else None,
    )


class Pager:
    """The request of a paged call, advanced one page at a time."""

    __slots__ = ("body", "page", "paging", "params", "previous", "seen", "size")

    def __init__(
        self,
        body: dict[str, Any] | None,
        params: dict[str, Any],
        paging: Mapping[str, Any],
        page: int,
        size: int | None,
    ) -> None:
        self.body, self.params, self.paging, self.page, self.size = (
            body,
            params,
            paging,
            page,
            size,
        )
        self.seen = 0
        self.previous: list[Any] | None = None

    @classmethod
    def start(cls, operation_id: str, body: Any, params: Mapping[str, Any] | None) -> Pager:
        lookup(operation_id)
        paging = sdk_metadata.PAGINATION.get(operation_id)
        if paging is None:
            raise exc.ConfigurationError(f"{operation_id} is not a paged operation")
        wire = _as_wire_body(body)
        if wire is not None and not isinstance(wire, dict):
            raise exc.RequestValidationError(operation_id, [_not_a_mapping("(body)", wire)])
        if params is not None and not isinstance(params, Mapping):
            raise exc.RequestValidationError(operation_id, [_not_a_mapping("(params)", params)])
        pager = cls(
            wire, {k: v for k, v in (params or {}).items() if not _is_absent(v)}, paging, 1, None
        )
        holder = pager._holder(paging["page_location"])
        page = holder.get(paging["page"])
        pager.page = (
            page if isinstance(page, int) and not isinstance(page, bool) and page > 0 else 1
        )
        size = pager._holder(paging["size_location"]).get(paging["size"])
        pager.size = size if isinstance(size, int) and size > 0 else None
        return pager

    def _holder(self, location: str) -> dict[str, Any]:
        if location == "body":
            if self.body is None:
                self.body = {}
            return self.body
        return self.params

    def request(self) -> tuple[dict[str, Any] | None, dict[str, Any]]:
        self._holder(self.paging["page_location"])[self.paging["page"]] = self.page
        return self.body, self.params

    def advance(self, data: Any) -> tuple[Page[Any], bool]:
        """The page ``data`` is (numbered before the count moves on), and whether there are
        more pages to fetch."""
        number = self.page
        items, total_pages, total_items = page_items(data, self.paging)
        if items and items == self.previous:
            # A server that ignores the page number would repeat itself forever.
            return Page(number, [], total_pages, total_items, data), False
        self.seen += len(items)
        done = (
            not items
            or (total_pages is not None and self.page >= total_pages)
            or (total_items is not None and self.seen >= total_items)
            or (self.size is not None and len(items) < self.size)
        )
        self.previous = items
        self.page += 1
        return Page(number, items, total_pages, total_items, data), not done
