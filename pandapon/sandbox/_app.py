"""The sandbox as an ASGI application.

Every operation of the spec is routed (method and path come from the spec); a request is
authenticated, validated against the spec, handled against the state in one transaction and
answered in PandaPon's envelope. Admin endpoints under ``/_sandbox/`` drive the other side: ship
orders, change prices, inject faults, inspect state; ``/_sandbox/`` itself is the dashboard.
"""

from __future__ import annotations

import asyncio
import json
import logging
import math
import os
import re
import time
import uuid
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Literal
from urllib.parse import parse_qsl

from .._asgi import BodyTooLarge, Receive, Scope, Send, asgi_body
from .._exceptions import ConfigurationError
from .._spec import Operation, document, operations, path_pattern
from .._validation import Validator, integer_or_text
from . import _addresses, _dashboard, _freight, alibaba, taobao
from ._admin import Admin
from ._auth import Authenticator
from ._callbacks import CALLBACK_SIGNATURE_BASES, PANDAPON_RETRY_DELAYS, CallbackPusher
from ._errors import BAD_REQUEST, BusinessError
from ._faults import Fault, Faults
from ._input import BodyError, read_json
from ._registry import Context, merged
from ._requests import RequestLog
from ._state import State
from ._synth import Synthesizer

logger = logging.getLogger("pandapon.sandbox")

DEVELOP_ID = "1110890638347337996"
DEFAULT_ACCESS_KEY = "sandbox-access-key"
DEFAULT_ACCESS_SECRET = "sandbox-access-secret"  # noqa: S105 - the sandbox's published default
DEFAULT_USER_ID = "sandbox-user"
#: 1 MiB: PandaPon's largest documented requests (batch orders) are a few kilobytes.
DEFAULT_MAX_BODY_SIZE = 1024 * 1024
MARKETPLACES = (alibaba.MARKETPLACE, taobao.MARKETPLACE)


@dataclass
class SandboxConfig:
    access_key: str = DEFAULT_ACCESS_KEY
    access_secret: str = DEFAULT_ACCESS_SECRET
    user_id: str = DEFAULT_USER_ID
    seed: int = 1688
    db_path: str | None = None
    callback_url: str | None = None
    callback_retry_delays: tuple[float, ...] = PANDAPON_RETRY_DELAYS
    #: Largest request body taken, in bytes; a larger one is answered 413.
    max_body_size: int = DEFAULT_MAX_BODY_SIZE
    #: What the pushes' ``Authorization`` signs: the raw body, or the AccessKey followed by it
    #: (PandaPon's docs leave it undefined; docs/webhooks.md, "Signature base").
    callback_signature_base: Literal["body", "key+body"] = "body"
    #: Host names, besides the loopback ones, that the dashboard and the test controls answer
    #: to (``python -m pandapon.sandbox --host`` adds its own): any other Host header is refused,
    #: so a web page cannot reach them through DNS rebinding.
    admin_hosts: tuple[str, ...] = ()

    def __post_init__(self) -> None:
        for name in ("access_key", "access_secret", "user_id"):
            if not isinstance(getattr(self, name), str) or not getattr(self, name):
                raise ConfigurationError(f"SandboxConfig.{name} must be a non-empty str")
        if isinstance(self.seed, bool) or not isinstance(self.seed, int):
            raise ConfigurationError(f"SandboxConfig.seed must be an int, got {self.seed!r}")
        if self.db_path is not None and not isinstance(self.db_path, str | os.PathLike):
            raise ConfigurationError(
                f"SandboxConfig.db_path must be a path or None, got {type(self.db_path).__name__}"
            )
        url = self.callback_url
        if url is not None and (not isinstance(url, str) or not re.match(r"https?://.", url)):
            raise ConfigurationError(
                f"SandboxConfig.callback_url must be an http(s) URL or None, got {url!r}"
            )
        delays = self.callback_retry_delays
        if isinstance(delays, str | bytes) or not all(
            isinstance(d, int | float) and not isinstance(d, bool) and 0 <= d < math.inf
            for d in (delays if isinstance(delays, Iterable) else [None])
        ):
            raise ConfigurationError(
                "SandboxConfig.callback_retry_delays must be finite numbers of seconds >= 0, "
                f"got {delays!r}"
            )
        self.callback_retry_delays = tuple(delays)
        if self.callback_signature_base not in CALLBACK_SIGNATURE_BASES:
            raise ConfigurationError(
                "SandboxConfig.callback_signature_base must be 'body' or 'key+body', got "
                f"{self.callback_signature_base!r}"
            )
        size = self.max_body_size
        if isinstance(size, bool) or not isinstance(size, int) or size < 1:
            raise ConfigurationError(
                f"SandboxConfig.max_body_size must be an int >= 1 (bytes), got {size!r}"
            )

    def __repr__(self) -> str:
        return (
            f"SandboxConfig(access_key={self.access_key!r}, user_id={self.user_id!r}, "
            f"access_secret='***', callback_url={self.callback_url!r})"
        )


def _route_table() -> list[tuple[str, re.Pattern[str], Operation]]:
    table = []
    for op in operations().values():
        table.append((op.method, re.compile(f"^{path_pattern(op.path)}$"), op))
    return table


class SandboxApp:
    """``SandboxApp(SandboxConfig())`` is an ASGI app; serve it with uvicorn."""

    def __init__(self, config: SandboxConfig | None = None) -> None:
        self.config = config or SandboxConfig()
        self.state = State(
            MARKETPLACES,
            seed=self.config.seed,
            db_path=Path(self.config.db_path) if self.config.db_path else None,
        )
        self.faults = Faults()
        self.requests = RequestLog()
        self._auth = Authenticator(self.config.access_key, self.config.access_secret)
        self._routes = _route_table()
        self._handlers = merged(
            _addresses.HANDLERS, _freight.HANDLERS, *(m.handlers for m in MARKETPLACES)
        )
        self._validator = Validator(document())
        self._synth = Synthesizer(document())
        self.pusher: CallbackPusher | None = None
        if self.config.callback_url:
            self.pusher = CallbackPusher(
                self.config.callback_url,
                self.config.access_secret,
                self.config.callback_retry_delays,
                access_key=self.config.access_key,
                signature_base=self.config.callback_signature_base,
            )
        self.admin = Admin(self.state, self.faults, self.requests, self.pusher, MARKETPLACES)

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] == "lifespan":
            await self._lifespan(receive, send)
            return
        if scope["type"] != "http":
            return
        try:
            body = await asgi_body(receive, self.config.max_body_size)
        except BodyTooLarge:
            limit = self.config.max_body_size
            await _send_json(send, 413, envelope(413, f"request body over {limit} bytes"))
            return
        if body is None:  # the client went away
            return
        path = scope["path"]
        query = dict(
            parse_qsl(scope.get("query_string", b"").decode("latin-1"), keep_blank_values=True)
        )
        headers = {k.decode("latin-1").lower(): v.decode("latin-1") for k, v in scope["headers"]}
        if path == "/_sandbox" or path.startswith("/_sandbox/"):
            refused = admin_refusal(scope["method"], headers, self.config.admin_hosts)
            if refused is not None:
                await _send_json(send, refused[0], {"error": refused[1]})
                return
        if path in ("/_sandbox", "/_sandbox/") and scope["method"] == "GET":
            await _send_raw(send, 200, _dashboard.page(), content_type=b"text/html; charset=utf-8")
            return
        if path.startswith("/_sandbox/"):
            status, payload = self._admin(scope["method"], path, query, body)
            await _send_json(send, status, payload)
            return
        await self._api(
            method=scope["method"], path=path, query=query, headers=headers, body=body, send=send
        )

    async def _lifespan(self, receive: Receive, send: Send) -> None:
        while True:
            message = await receive()
            if message["type"] == "lifespan.startup":
                await send({"type": "lifespan.startup.complete"})
            elif message["type"] == "lifespan.shutdown":
                if self.pusher:
                    self.pusher.close()
                self.state.store.close()
                await send({"type": "lifespan.shutdown.complete"})
                return

    # -- the PandaPon API --------------------------------------------------------------------

    def _match(self, method: str, path: str) -> tuple[Operation, dict[str, str]] | None:
        for route_method, pattern, op in self._routes:
            match = pattern.match(path)
            if match and route_method == method:
                return op, match.groupdict()
        return None

    async def _api(
        self,
        *,
        method: str,
        path: str,
        query: dict[str, str],
        headers: dict[str, str],
        body: bytes,
        send: Send,
    ) -> None:
        started = time.perf_counter()
        matched = self._match(method, path)
        if matched is None:
            # A known path with another method is a 405 naming the ones it takes.
            methods = {m for m, pattern, _ in self._routes if pattern.match(path)}
            allowed = ", ".join(sorted(methods))
            status, message = (
                (405, f"{method} is not allowed on {path} (it takes {allowed})")
                if allowed
                else (404, f"no operation {method} {path}")
            )
            allow = [(b"allow", allowed.encode())] if allowed else None
            await _send_json(send, status, envelope(status, message), allow)
            self.requests.add(
                method, path, None, status=status, code=status, signature="-", started=started
            )
            return
        op, path_params = matched
        failure = self._auth.check(headers, query, op.query_signed)
        if failure:
            await _send_json(send, 401, envelope(failure.code, failure.msg))
            self.requests.add(
                method,
                path,
                op.operation_id,
                status=401,
                code=failure.code,
                signature=failure.msg,
                started=started,
            )
            return
        # Only now: a fault is meant for the client under test, not for whatever else (a port
        # scanner, an unsigned probe) reaches the sandbox first.
        fault = self.faults.take(op.operation_id)
        if fault and fault.kind == "delay":
            await asyncio.sleep(fault.seconds)
        elif fault and fault.kind in ("error", "rate_limit"):
            status = await self._send_fault(send, fault)
            self.requests.add(
                method,
                path,
                op.operation_id,
                status=status,
                code=None,
                signature="ok",
                started=started,
            )
            return
        status, payload = self.handle(op, body, {**query, **path_params})
        self.requests.add(
            method,
            path,
            op.operation_id,
            status=status,
            code=payload["code"],
            signature="ok",
            started=started,
        )
        if fault and fault.kind == "drop_after_commit":
            await _send_truncated(send, payload)
        elif fault and fault.kind == "malformed_json":
            await _send_raw(send, 200, json.dumps(payload, ensure_ascii=False)[:-7].encode())
        else:
            await _send_json(send, status, payload)

    def handle(
        self, op: Operation, body: bytes, params: dict[str, str]
    ) -> tuple[int, dict[str, Any]]:
        """Validate and run one operation; (HTTP status, envelope). Nothing changes on error."""
        parsed, problems = self._parse_input(op, body, params)
        if problems:
            return 400, envelope(BAD_REQUEST, "invalid request: " + "; ".join(problems))
        handler = self._handlers.get(op.operation_id)
        if handler is None:
            return 200, envelope(200, "成功", self._synthesize(op))
        store = self.state.store
        ctx = Context(
            store, parsed, {k: v for k, v in params.items() if k not in ("timestamp", "sign")}
        )
        try:
            with store.transaction():
                data = handler(ctx)
        except BusinessError as error:
            return 200, envelope(error.code, error.msg)
        except Exception as error:  # a sandbox bug, or its SQLite file failing: rolled back
            logger.exception("sandbox: %s failed", op.operation_id)
            return 500, envelope(500, f"sandbox error in {op.operation_id}: {type(error).__name__}")
        self.admin.push(ctx.events)
        return 200, envelope(200, "成功", data)

    def _parse_input(
        self, op: Operation, body: bytes, params: dict[str, str]
    ) -> tuple[dict[str, Any], list[str]]:
        problems: list[str] = []
        for param in op.parameters:
            value: Any = params.get(param.name)
            if value is None:
                if param.required:
                    problems.append(f"{param.name}: required {param.location} parameter is missing")
                continue
            if "integer" in str(param.schema.get("type")):
                params[param.name] = value = integer_or_text(value)  # type: ignore[assignment]
            problems += [str(e) for e in self._validator.errors(param.schema, value, param.name)]
        parsed: Any = {}
        if body:
            try:
                parsed = read_json(body)
            except BodyError as error:
                return {}, [str(error)]
        if op.body_schema is not None:
            if body or op.body_required:
                problems += [str(e) for e in self._validator.errors(op.body_schema, parsed)]
        elif body:
            problems.append("(body): this operation takes no body")
        return (parsed if isinstance(parsed, dict) else {}), problems

    def _synthesize(self, op: Operation) -> Any:
        schema = document()["paths"][op.path][op.method.lower()]["responses"]["200"]
        envelope_schema = schema["content"]["application/json"]["schema"]
        example = self._synth.value(envelope_schema)
        return example.get("data") if isinstance(example, dict) else None

    async def _send_fault(self, send: Send, fault: Fault) -> int:
        """Answer as the fault says; its HTTP status."""
        if fault.kind == "rate_limit":
            headers = [(b"retry-after", str(fault.retry_after or 1).encode())]
            await _send_json(send, 429, envelope(429, "too many requests"), headers)
            return 429
        await _send_raw(
            send,
            500,
            b"<html><body><h1>500 Internal Server Error</h1></body></html>",
            content_type=b"text/html",
        )
        return 500

    # -- admin -------------------------------------------------------------------------------

    def _admin(self, method: str, path: str, query: dict[str, str], body: bytes) -> tuple[int, Any]:
        try:
            payload = read_json(body) if body else {}
        except BodyError as error:
            return 400, {"error": f"the body is not usable JSON: {error}"}
        return self.admin.dispatch(
            method, path, query, payload if isinstance(payload, dict) else {}
        )


#: Host names the dashboard and the test controls always answer to.
LOOPBACK_HOSTS = frozenset({"localhost", "127.0.0.1", "::1", "[::1]", "testserver"})
#: The header that lets a POST to the test controls through without a JSON Content-Type.
ADMIN_HEADER = "x-pandapon-sandbox"


def admin_refusal(
    method: str, headers: dict[str, str], hosts: tuple[str, ...]
) -> tuple[int, str] | None:
    """Why a request to ``/_sandbox/`` is refused, or None. They have no credentials, so they
    answer only to a loopback or configured Host (a web page that rebinds its own name to
    127.0.0.1 sends its name), and take a POST only as JSON or with ``X-PandaPon-Sandbox``:
    a cross-site form or ``text/plain`` fetch can set neither without a CORS preflight, which
    the sandbox never grants."""
    host = headers.get("host", "").strip().lower()
    name = host.rsplit(":", 1)[0] if not host.endswith("]") else host
    if name.endswith(".localhost"):  # RFC 6761: loopback, never resolved elsewhere
        name = "localhost"
    allowed = LOOPBACK_HOSTS | {h.lower() for h in hosts}
    if name not in allowed and f"[{name}]" not in allowed:
        return 421, (
            "the sandbox's test controls answer only to a loopback Host (localhost, 127.0.0.1, "
            "[::1]) or one given to it (--host); this request's Host is not one"
        )
    if method in ("GET", "HEAD"):
        return None
    media = headers.get("content-type", "").split(";", 1)[0].strip().lower()
    if media != "application/json" and ADMIN_HEADER not in headers:
        return 415, (
            "the sandbox's test controls take a POST only with Content-Type: application/json "
            "or an X-PandaPon-Sandbox header (so that another web page cannot send one)"
        )
    return None


def envelope(code: int, msg: str, data: Any = None) -> dict[str, Any]:
    return {
        "requestId": uuid.uuid4().hex,
        "code": code,
        "developId": DEVELOP_ID,
        "msg": msg,
        "data": data,
    }


async def _send_json(
    send: Send, status: int, payload: Any, headers: list[tuple[bytes, bytes]] | None = None
) -> None:
    await _send_raw(send, status, json.dumps(payload, ensure_ascii=False).encode("utf-8"), headers)


async def _send_raw(
    send: Send,
    status: int,
    body: bytes,
    headers: list[tuple[bytes, bytes]] | None = None,
    content_type: bytes = b"application/json; charset=utf-8",
) -> None:
    all_headers = [(b"content-type", content_type), (b"content-length", str(len(body)).encode())]
    await send(
        {"type": "http.response.start", "status": status, "headers": all_headers + (headers or [])}
    )
    await send({"type": "http.response.body", "body": body})


async def _send_truncated(send: Send, payload: Any) -> None:
    """Announce the whole body, send half of it, then fail: the client sees the connection drop
    after the change was committed."""
    body = json.dumps(payload, ensure_ascii=False).encode("utf-8")
    await send(
        {
            "type": "http.response.start",
            "status": 200,
            "headers": [
                (b"content-type", b"application/json"),
                (b"content-length", str(len(body)).encode()),
            ],
        }
    )
    await send({"type": "http.response.body", "body": body[: len(body) // 2], "more_body": True})
    raise ConnectionAbortedError("sandbox fault: connection dropped after commit")
