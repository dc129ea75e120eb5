"""Preparing a call: the operation looked up, parameters and body checked as the spec says,
the per-call options (``extra_*``, ``timeout``, ``deadline``) applied, and the HTTP request
built. Nothing leaves half-built: every problem is collected and raised together, before a
byte is sent (``RequestValidationError``)."""

from __future__ import annotations

import json
import logging
import re
from collections.abc import Mapping
from functools import cache, lru_cache
from typing import TYPE_CHECKING, Any, NamedTuple
from urllib.parse import quote

import httpx

from . import _exceptions as exc
from ._config import ACCEPT_ENCODING, CONTROL_CHARACTERS, resolve_deadline, resolve_timeout
from ._logging import logger
from ._spec import Operation, document, operations, system_headers
from ._types import is_absent
from ._validation import ValidationMode, Validator
from ._version import __version__

if TYPE_CHECKING:
    from ._deadline import Budget

USER_AGENT = f"pandapon-python/{__version__}"


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


def lookup(operation_id: str) -> Operation:
    table = operations()
    try:
        return table[operation_id]
    except (KeyError, TypeError):
        import difflib  # noqa: PLC0415 - only for the error message

        close = difflib.get_close_matches(str(operation_id), list(table), n=3, cutoff=0.5)
        raise exc.UnknownOperationError(str(operation_id), close) from None


def prepare(
    operation_id: str,
    body: Any,
    params: Mapping[str, Any] | None,
    options: CallOptions,
    *,
    validate: ValidationMode,
    deadline: float | None,
    timeout: httpx.Timeout,
    record_fields: bool = False,
) -> PreparedCall:
    """The call, checked and ready to send; ``validate``, ``deadline`` (None: 3 x the read
    timeout) and ``timeout`` are the client's, which the call's own options override.
    ``record_fields``: note the request's field names for the evidence store."""
    op = lookup(operation_id)
    errors: list[exc.FieldError] = []
    guesses: list[exc.FieldError] = []  # broken rules the docs do not state: sent anyway
    if params is not None and not isinstance(params, Mapping):
        errors.append(not_a_mapping("(params)", params))
        params = None
    path, query = _fill_parameters(op, params or {}, validate, errors, guesses)
    query.update(_extra_query(op, options.extra_query, errors))
    headers = _extra_headers(options.extra_headers, errors)
    wire = _with_extra_body(op, as_wire_body(body), options.extra_body, errors)
    content: bytes | None = None
    if op.body_schema is None:
        if wire is not None:
            errors.append(exc.FieldError("(body)", f"{op.operation_id} takes no body"))
    elif wire is None:
        if op.body_required:
            errors.append(exc.FieldError("(body)", "a request body is required"))
    else:
        refused, inferred = _validator().check(op.body_schema, wire, mode=validate)
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
    own_timeout = resolve_timeout(options.timeout) if options.timeout is not None else None
    # The deadline given (this call's, else the client's), else 3 x the read timeout this
    # call uses: a per-call timeout moves the default deadline as with_options(timeout=) does.
    given = options.deadline if options.deadline is not None else deadline
    seconds = resolve_deadline(given, own_timeout or timeout)
    fields: tuple[str, ...] = ()
    if record_fields:
        from ._evidence import request_fields  # noqa: PLC0415 - loaded with the store

        fields = request_fields(query, wire)
    return PreparedCall(op, path, query, content, headers, own_timeout, seconds, fields)


def _fill_parameters(
    op: Operation,
    params: Mapping[str, Any],
    validate: ValidationMode,
    errors: list[exc.FieldError],
    guesses: list[exc.FieldError],
) -> tuple[str, dict[str, str]]:
    """The path with its parameters filled in, and the query; problems go to ``errors`` (or
    to ``guesses`` where only an inferred rule is broken)."""
    known = {p.name: p for p in op.parameters}
    for name in params:
        if name not in known:
            expected = ", ".join(known) or "none"
            errors.append(exc.FieldError(str(name), f"unknown parameter (expected: {expected})"))
    path = op.path
    query: dict[str, str] = {}
    for name, param in known.items():
        value = params.get(name)
        if is_absent(value):
            if param.location == "path" or (param.required and validate != "off"):
                missing = exc.FieldError(name, f"required {param.location} parameter is missing")
                docs_mode_guess = param.required_inferred and validate == "docs"
                (guesses if docs_mode_guess and param.location != "path" else errors).append(
                    missing
                )
            continue
        refused, inferred = _validator().check(param.schema, value, name, mode=validate)
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


def build_request(
    http: httpx.Client | httpx.AsyncClient,
    call: PreparedCall,
    base_url: httpx.URL,
    timeout: httpx.Timeout,
    budget: Budget,
) -> httpx.Request:
    """One attempt's request (signed by the HTTP client's auth as it is sent), its timeouts
    cut to what is left of the call's deadline."""
    url = _absolute_url(base_url, call.path)
    headers = {
        "accept": "application/json",
        "accept-encoding": ACCEPT_ENCODING,  # only what BodyReader decodes within the size limit
        "user-agent": USER_AGENT,
        **call.headers,
    }
    if call.content is not None:
        headers["content-type"] = "application/json"
    return http.build_request(
        call.operation.method,
        url,
        params=call.query or None,
        content=call.content,
        headers=headers,
        timeout=budget.timeout(call.timeout or timeout),
    )


def redacted(request: httpx.Request, content: bytes | None = None) -> httpx.Request:
    """A copy of a sent request without its signature (header and ``sign`` query), for what
    the SDK hands out (errors, ``APIResponse.http_response``, a user's event hooks): their
    reprs must not leak it. The body is left out unless given as ``content``."""
    headers = httpx.Headers(request.headers)
    if "signature" in headers:
        headers["signature"] = "[redacted]"
    url = request.url
    if "sign" in url.params:
        url = url.copy_set_param("sign", "[redacted]")
    return httpx.Request(
        request.method, url, headers=headers, content=content, extensions=request.extensions
    )


@cache
def _validator() -> Validator:
    return Validator(document())


def as_wire_body(body: Any) -> Any:
    """The body as JSON-ready data: a mapping as it is, a generated model through ``to_dict()``
    (whose nested values a plain mapping may stand in for; the validator judges them)."""
    if body is None or isinstance(body, Mapping):
        return None if body is None else dict(body)
    to_dict = getattr(body, "to_dict", None)
    return to_dict() if callable(to_dict) else body  # anything else: reported by the validator


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
        errors.append(not_a_mapping("extra_headers", extra))
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
        errors.append(not_a_mapping("extra_query", extra))
        return {}
    signed = {"timestamp", "sign"} if op.query_signed else set()
    query: dict[str, str] = {}
    for name, value in extra.items():
        if str(name) in signed:
            errors.append(
                exc.FieldError(f"extra_query[{name!r}]", "set by the SDK when it signs the call")
            )
        elif not is_absent(value):
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
        errors.append(not_a_mapping("extra_body", extra))
        return wire
    if op.body_schema is None:
        errors.append(exc.FieldError("extra_body", f"{op.operation_id} takes no body"))
        return wire
    if wire is not None and not isinstance(wire, dict):
        errors.append(exc.FieldError("extra_body", "the body is not an object to merge into"))
        return wire
    return {**(wire or {}), **extra}


def not_a_mapping(where: str, value: Any) -> exc.FieldError:
    return exc.FieldError(
        where, f"expected a mapping of names to values, got {type(value).__name__}"
    )


def _query_value(value: Any) -> str:
    if isinstance(value, bool):
        return "true" if value else "false"
    return str(value)
