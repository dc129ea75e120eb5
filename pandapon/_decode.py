"""Reading PandaPon's answers: the body within the size limit and the deadline, its JSON, the
envelope's code and ``data`` (typed, and tolerant of shapes the spec did not foresee), and which
error an answer that is not a success is."""

from __future__ import annotations

import importlib
import json
import zlib
from collections.abc import Callable
from functools import cache
from typing import TYPE_CHECKING, Any

import httpx
from pandapon_api import sdk_metadata

from . import _exceptions as exc
from ._config import ACCEPT_ENCODING
from ._deadline import Budget, deadline_error
from ._logging import log_attempt, logger
from ._shape import describe, report, response_node
from ._shape import inspect as inspect_shape
from ._spec import Operation
from ._types import is_unset

if TYPE_CHECKING:
    from ._auth import Clock
    from ._evidence import EvidenceStore
    from ._request import PreparedCall
    from ._validation import ValidationMode


#: Envelope codes meaning success: 200 in real payloads; 0 in the docs' Apifox examples.
SUCCESS_CODES = frozenset({200, 0})


#: The codings of ``ACCEPT_ENCODING``, decoded here in steps that never make more than
#: ``max_response_bytes``.
_CODINGS = {"gzip": 16 + zlib.MAX_WBITS, "deflate": zlib.MAX_WBITS}


class BodyReader:
    """Reads an answer's raw bytes in chunks, within the call's deadline and the size limit,
    which counts the decoded bytes (a gzip bomb stops at the limit, never decoded whole)."""

    __slots__ = ("budget", "chunks", "coding", "inflater", "limit", "op", "response", "size")
    coding: str | None

    def __init__(self, op: Operation, response: httpx.Response, budget: Budget, limit: int) -> None:
        self.op, self.response, self.budget, self.limit = op, response, budget, limit
        self.chunks: list[bytes] = []
        self.size = 0
        self.coding = _coding(op, response)
        self.inflater = None if self.coding is None else zlib.decompressobj(_CODINGS[self.coding])
        declared = response.headers.get("content-length", "")
        if declared.isdigit() and int(declared) > limit:
            raise self._too_large(int(declared))

    def read_already(self) -> bool:
        """Whether the answer was read before it came to us (an ``httpx.MockTransport``'s, say:
        its body is decoded already), after taking that body within the limit."""
        if not hasattr(self.response, "_content"):
            return False
        self.inflater = None
        self.add(self.response.content)
        return True

    def add_raw(self, chunk: bytes) -> None:
        """A chunk as it came (``iter_raw``), decoded here at most to the limit (plus a byte)."""
        if self.inflater is None:
            self.add(chunk)
            return
        try:
            decoded = self.inflater.decompress(chunk, self.limit - self.size + 1)
        except zlib.error as error:
            if self.coding == "deflate" and not self.size and not self.chunks:
                # "deflate" is often sent raw, without zlib's header (httpx tries both too).
                self.coding, self.inflater = "raw deflate", zlib.decompressobj(-zlib.MAX_WBITS)
                self.add_raw(chunk)
                return
            raise httpx.DecodingError(str(error), request=self.response.request) from None
        self.add(decoded)  # past the limit when it filled max_length: refused there

    def add(self, chunk: bytes) -> None:
        self.size += len(chunk)
        if self.size > self.limit:
            raise self._too_large(self.size)
        if self.budget.passed():  # a server trickling bytes keeps every read short
            raise deadline_error(self.op, self.budget, outcome_unknown=True)
        self.chunks.append(chunk)

    def finish(self) -> None:
        if self.inflater is not None:
            self.add(self.inflater.flush())
        # What httpx's own read() does; we read chunk by chunk to keep the two limits.
        self.response._content = b"".join(self.chunks)

    def _too_large(self, size: int) -> exc.ResponseTooLargeError:
        return exc.ResponseTooLargeError(
            f"{self.op.method} {self.op.path}: the answer is larger than max_response_bytes "
            f"({size} > {self.limit} bytes)",
            operation_id=self.op.operation_id,
            outcome_unknown=True,  # PandaPon answered: the call may well have taken effect
        )


def _coding(op: Operation, response: httpx.Response) -> str | None:
    """The answer's content coding, if it is one we decode (None: none); any other is refused
    before a byte of the body is read."""
    codings = [
        token.strip().lower()
        for token in response.headers.get("content-encoding", "").split(",")
        if token.strip().lower() not in ("", "identity")
    ]
    if not codings:
        return None
    if len(codings) == 1 and codings[0] in _CODINGS:
        return str(codings[0])
    raise exc.APIConnectionError(
        f"{op.method} {op.path} answered with Content-Encoding "
        f"{response.headers.get('content-encoding')!r}, which the SDK did not ask for and does "
        f"not decode (it asks for {ACCEPT_ENCODING!r}, whose size it can bound)",
        operation_id=op.operation_id,
        outcome_unknown=True,  # PandaPon (or a proxy) answered: the call may have taken effect
    )


def redact_own_signature(response: httpx.Response, value: Any) -> Any:
    """``value`` (text, or JSON data) with the request's own signature (the header, and a
    warehouse call's ``sign``) replaced by ``[redacted]``: a server that echoes it back must
    not put it into an error's message or attributes."""
    request = getattr(response, "_request", None)
    if request is None or value is None:
        return value
    secrets = [
        secret
        for secret in (request.headers.get("signature"), request.url.params.get("sign"))
        if secret and len(secret) >= 8
    ]
    return _redacted(value, secrets) if secrets else value


def _redacted(value: Any, secrets: list[str]) -> Any:
    if isinstance(value, str):
        for secret in secrets:
            value = value.replace(secret, "[redacted]")
        return value
    if isinstance(value, list):
        return [_redacted(item, secrets) for item in value]
    if isinstance(value, dict):
        return {_redacted(k, secrets): _redacted(v, secrets) for k, v in value.items()}
    return value


def refuse_redirect(op: Operation, response: httpx.Response) -> None:
    """PandaPon's API does not redirect: a redirect is refused, never followed with the signed
    request (and the order in it) to wherever it points."""
    if response.is_redirect:
        where = redact_own_signature(response, response.headers.get("location", ""))
        raise exc.RedirectError(
            f"{op.method} {op.path} answered HTTP {response.status_code}, a redirect to "
            f"{where!r}; the SDK does not follow redirects with a signed request",
            operation_id=op.operation_id,
            outcome_unknown=True,  # the request did reach PandaPon
        )


#: What ``_read_exact`` returns for an answer that is not of the common kind: the general path
#: of ``read_answer`` decides about it.
_GENERAL_PATH: Any = object()


def read_answer(
    call: PreparedCall,
    response: httpx.Response,
    attempt: int,
    started: float,
    *,
    validate: ValidationMode,
    evidence: EvidenceStore | None,
    clock: Clock,
    plain: bool = False,
) -> tuple[Any, str | None]:
    """The ``data`` of a successful envelope and its request id, or the right exception. Logs
    the exchange; a timestamp rejection teaches ``clock`` the server's time; ``evidence`` (if
    any) records it. With ``plain``, ``data`` is the JSON value as sent, no model built (errors
    as ever).

    A successful envelope is never refused for its shape, except with ``validate="strict"``:
    where ``data`` (or anything in it) has a JSON type the spec does not allow, the value is
    returned as sent, with a ``ShapeWarning`` (``_shape``)."""
    op = call.operation
    exact = _GENERAL_PATH if plain else _read_exact(op, response, attempt, started)
    if exact is not _GENERAL_PATH:
        if evidence is not None:
            evidence.fitted(op.operation_id, response, exact[1], call.fields, started)
        return exact[0], exact[2]
    payload, parsed = read_json(response)
    envelope = payload if isinstance(payload, dict) else {}
    request_id = envelope_request_id(envelope)
    code = envelope_code(envelope.get("code"))
    msg = envelope.get("msg")
    msg = str(msg) if msg is not None else None
    log_attempt(op, attempt, started, str(response.status_code), request_id)

    if not response.is_success or (code is not None and code not in SUCCESS_CODES):
        if evidence is not None:
            evidence.refused(op.operation_id, response.status_code, code, call.fields)
        cls = error_class(code, response.status_code, msg or "")
        if cls is exc.TimestampError:
            clock.learn(response)
        text = redact_own_signature(response, response.text)
        raise cls(
            operation_id=op.operation_id,
            code=code,
            msg=redact_own_signature(response, msg) or (None if parsed else text[:200] or None),
            request_id=redact_own_signature(response, request_id),
            http_status=response.status_code,
            body=text,
            json=redact_own_signature(response, payload),
        )

    def invalid(reason: str, *, outcome_unknown: bool = False) -> exc.ResponseValidationError:
        return exc.ResponseValidationError(
            reason,
            operation_id=op.operation_id,
            http_status=response.status_code,
            body=redact_own_signature(response, response.text),
            json=redact_own_signature(response, payload),
            request_id=redact_own_signature(response, request_id),
            outcome_unknown=outcome_unknown,
        )

    # Not an envelope at all: nothing says the call succeeded, so these are refused; and nothing
    # says it failed either (a proxy's page, a cut body): a write may have taken effect.
    if not parsed or not isinstance(payload, dict):
        if evidence is not None:
            evidence.answered(op.operation_id, response.status_code, None, call.fields, None)
        if not parsed:
            raise invalid(
                "the response is empty" if not response.content else "the response is not JSON",
                outcome_unknown=True,
            )
        raise invalid(
            f"the response is a JSON {type(payload).__name__}, not an envelope object",
            outcome_unknown=True,
        )
    if "code" in payload and payload["code"] is not None and code is None:
        raise invalid(
            f"the envelope code {payload['code']!r} is not a number", outcome_unknown=True
        )
    if code == 0:
        logger.debug("%s: envelope code 0 treated as success", op.operation_id)
    if plain and validate != "strict" and evidence is None:
        # As sent: nothing is built from it, so nothing to check.
        return payload.get("data"), request_id
    data = _tolerant_data(
        call, response.status_code, payload, code, invalid, validate=validate, evidence=evidence
    )
    return (payload.get("data") if plain else data), request_id


def _tolerant_data(
    call: PreparedCall,
    status: int,
    payload: dict[str, Any],
    code: int | None,
    invalid: Callable[[str], exc.ResponseValidationError],
    *,
    validate: ValidationMode,
    evidence: EvidenceStore | None,
) -> Any:
    """The ``data`` of a successful envelope, read tolerantly: where it (or anything in it)
    has a JSON type the spec does not allow, the value as sent and a ``ShapeWarning``;
    ``invalid(reason)`` instead with ``validate="strict"``."""
    op = call.operation
    strict = validate == "strict"
    found = inspect_shape(response_node(op.operation_id), payload, profile=evidence is not None)
    if evidence is not None:
        evidence.answered(op.operation_id, status, code, call.fields, found.profile)
    if found.deviations:
        if strict:
            raise invalid(f"the payload does not fit the spec: {describe(found.deviations)}")
        report(op.operation_id, found.deviations)
    try:
        model = response_decoder(op.operation_id)(payload)
    except Exception as error:  # generated parsers raise many kinds on odd payloads
        if strict:
            raise invalid(
                f"the payload does not fit the spec ({type(error).__name__}: {error})"
            ) from error
        return payload.get("data")  # the JSON value as sent
    data = model.data
    if is_unset(data):
        return None
    if data is not None and not isinstance(data, _data_types(op.operation_id)):
        if strict:
            raise invalid(f"`data` is a {type(data).__name__}, which the spec does not allow here")
        return payload.get("data")  # the JSON value as sent
    return data


def _read_exact(op: Operation, response: httpx.Response, attempt: int, started: float) -> Any:
    """``read_answer`` for the common case, in one pass over the text: a 2xx answer of exactly
    the spec's shape (no field the spec lacks, every value of a type it allows) whose code
    means success; ``(data, code, request id)``. The model is the very one the general path builds
    (tests/sdk/test_decoders.py proves it); for anything else, or any doubt, this returns
    ``_GENERAL_PATH`` having done nothing visible, and the general path decides from scratch
    (and looks for deviations only then: an answer this path takes has none)."""
    if not response.is_success:
        return _GENERAL_PATH
    decode = typed_decoder(op.operation_id)
    if decode is None:
        return _GENERAL_PATH
    try:
        model = decode(response.content)
    except Exception:  # not of the spec's exact shape, or not JSON at all
        return _GENERAL_PATH

    def field(name: str) -> Any:  # what payload.get(wire name) gives the general path
        value = getattr(model, name, None)
        return None if is_unset(value) else value

    raw_code = field("code")
    code = envelope_code(raw_code)
    if raw_code is not None and (code is None or code not in SUCCESS_CODES):
        return _GENERAL_PATH  # an error, or a code that is not a number: the general path says so
    data = getattr(model, "data", _GENERAL_PATH)
    if data is _GENERAL_PATH:
        return _GENERAL_PATH
    if is_unset(data):
        data = None
    elif data is not None and not isinstance(data, _data_types(op.operation_id)):
        return _GENERAL_PATH
    request_id = request_id_text(field("request_id"))
    log_attempt(op, attempt, started, str(response.status_code), request_id)
    if code == 0:
        logger.debug("%s: envelope code 0 treated as success", op.operation_id)
    return data, code, request_id


def envelope_code(value: Any) -> int | None:
    if value is None or isinstance(value, bool):
        return None
    try:
        return int(value)
    except (TypeError, ValueError, OverflowError):  # OverflowError: Infinity (json.loads reads it)
        return None


def error_class(code: int | None, http_status: int, msg: str) -> type[exc.APIError]:
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


def request_id_text(value: Any) -> str | None:
    """A ``requestId`` as every surface shows it (errors, logs, ``call_raw``, ``APIResponse``):
    what PandaPon sent, as text (``0`` is ``"0"``, ``""`` stays ``""``); None only when absent
    or null."""
    return None if value is None else str(value)


def envelope_request_id(payload: Any) -> str | None:
    """The ``requestId`` of an envelope (None when the payload is not a JSON object)."""
    return request_id_text(payload.get("requestId") if isinstance(payload, dict) else None)


def read_json(response: httpx.Response) -> tuple[Any, bool]:
    """(payload, whether the body was JSON at all)."""
    try:
        return loads(response.content), True
    # ValueError: also an empty or non-UTF-8 body. RecursionError: nesting deeper than the
    # parser's stack (json.loads of "[" * 100_000), which is not JSON we can use either.
    except (ValueError, RecursionError):
        return None, False


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
def response_model(operation_id: str) -> Any:
    """The generated model of the operation's whole answer (the envelope)."""
    return _import(sdk_metadata.RESPONSE_MODELS[operation_id])


@cache
def _decoders(operation_id: str) -> Any:
    """The ``pandapon_api.decoders`` module of the operation's response model: its decoders as
    scripts/codegen/decoders.py compiles them."""
    module = sdk_metadata.RESPONSE_MODELS[operation_id].partition(":")[0]
    return importlib.import_module(f"pandapon_api.decoders.{module}")


@cache
def response_decoder(operation_id: str) -> Callable[[Any], Any]:
    """``from_dict`` of the operation's response model, as ``pandapon_api.decoders`` compiles
    it: the same model, built several times faster (scripts/codegen/decoders.py says how)."""
    decode: Callable[[Any], Any] = _decoders(operation_id).from_dict
    return decode


@cache
def typed_decoder(operation_id: str) -> Callable[[bytes], Any] | None:
    """``from_json`` of the operation's response model: the model straight from the answer's
    JSON text, for text of exactly the spec's shape (it raises for any other)."""
    decode: Callable[[bytes], Any] | None = getattr(_decoders(operation_id), "from_json", None)
    return decode


@cache
def _data_types(operation_id: str) -> tuple[type, ...]:
    """The Python types the spec allows for the operation's ``data``."""
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
