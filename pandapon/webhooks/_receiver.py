"""``Receiver``: verify, deduplicate and acknowledge pushes at once; run handlers afterwards.

PandaPon wants HTTP 200 within 1000 ms and retries otherwise, so the request only verifies,
parses and records the message; handlers run after the answer, sync ones on a thread pool and
async ones as tasks on the server's event loop (or on the pool via ``asyncio.run`` when there is
no loop, as under WSGI). A handler that raises leaves the message in the store as failed.
"""

from __future__ import annotations

import asyncio
import concurrent.futures
import inspect
import logging
import os
import re
import threading
from collections.abc import Awaitable, Callable, Iterable, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, TypeVar

from .._asgi import (
    BodyTooLarge,
    Receive,
    Scope,
    Send,
    asgi_body,
    asgi_reply,
    wsgi_reply,
)
from .._config import ENV_ACCESS_KEY, ENV_ACCESS_SECRET, ENV_EVIDENCE
from .._exceptions import ConfigurationError, SignatureVerificationError, WebhookPayloadError
from .._shape import inspect as inspect_shape
from .._shape import webhook_node
from ._construct import (
    DEFAULT_TOLERANCE,
    StaleMessageError,
    Tolerance,
    check_tolerance,
    construct_message,
)
from ._messages import Message, message_types, parse, webhook_of
from ._signature import SignatureBase, check_signature_base
from ._store import (
    InMemoryStore,
    MessageStore,
    QuarantinedMessage,
    QuarantineStore,
    message_key,
    quarantine_key,
)

if TYPE_CHECKING:
    from .._evidence import EvidenceStore

logger = logging.getLogger("pandapon.webhooks")

F = TypeVar("F", bound=Callable[..., Any])
_PRINTABLE_TYPE = re.compile(r"[A-Za-z0-9_.\-]{1,80}")
Kind = str | type[Message[Any]]

DEFAULT_MAX_BODY = 4 * 1024 * 1024


@dataclass(frozen=True)
class Outcome:
    """What to answer PandaPon: ``status`` and a short ``text``, plus the message if accepted."""

    status: int
    text: str
    message: Message[Any] | None = None
    duplicate: bool = False


@dataclass(frozen=True)
class _Handler:
    kinds: tuple[Kind, ...]
    fn: Callable[..., Any]
    name: str  # how the store names it, to retry only the handlers that failed

    def matches(self, message: Message[Any]) -> bool:
        return any(
            kind == message.message_type if isinstance(kind, str) else isinstance(message, kind)
            for kind in self.kinds
        )


class Receiver:
    """An ASGI app (``receiver`` itself) and a WSGI app (``receiver.wsgi``) for PandaPon pushes.

    Register handlers with ``@receiver.on("1688_ORDER_BUYER_VIEW_ORDER_PRICE_MODIFY")``, by class
    (``@receiver.on(AlibabaOrderRefund)``, ``@receiver.on(OrderRefund)`` for both platforms), or
    for everything (``@receiver.on(Message)``). Answers: 200 accepted or duplicate, 401 bad or
    missing signature or stale timestamp, 405 not POST, 413 too large, 500 when the store
    fails (PandaPon retries). A correctly signed push that cannot be taken in (not a JSON
    object, a number too long to read, no deduplication key) is answered 200 "quarantined" and
    kept in the store for inspection: ``quarantined()``, then ``forget_quarantined(key)``.

    ``signature_base`` (``"either"``, ``"body"``, ``"key+body"``) is which string the signature
    may cover; "either" needs ``access_key`` (default: ``PANDAPON_ACCESS_KEY``) to check the
    AccessKey + body base. Each message says which matched (``message.signature_base``).
    ``evidence`` records each verified push's shape and base (as for clients; default:
    ``PANDAPON_EVIDENCE``). A push of another shape than the spec's reaches the handlers.
    """

    def __init__(
        self,
        access_secret: str | None = None,
        *,
        access_key: str | None = None,
        signature_base: SignatureBase = "either",
        evidence: EvidenceStore | str | os.PathLike[str] | bool | None = None,
        store: MessageStore | None = None,
        tolerance: Tolerance = DEFAULT_TOLERANCE,
        dedup_key: Callable[[Message[Any]], str] = message_key,
        max_workers: int = 8,
        max_body_size: int = DEFAULT_MAX_BODY,
    ) -> None:
        secret = access_secret if access_secret is not None else os.environ.get(ENV_ACCESS_SECRET)
        if not secret:
            raise ConfigurationError(
                f"no access_secret: pass access_secret= or set the environment variable"
                f" {ENV_ACCESS_SECRET}"
            )
        self._secret = secret
        key = access_key if access_key is not None else os.environ.get(ENV_ACCESS_KEY) or None
        check_signature_base(signature_base, key)
        if signature_base == "either" and key is None:
            logger.info(
                "no access_key (or %s): pushes are verified against the raw body only, not "
                "the AccessKey + body base the signature template defines",
                ENV_ACCESS_KEY,
            )
        self._access_key, self._signature_base = key, signature_base
        self._evidence: EvidenceStore | None = None
        if evidence is not None or os.environ.get(ENV_EVIDENCE):
            from .._evidence import resolve  # noqa: PLC0415 - sqlite3 only for those who record

            self._evidence = resolve(evidence)
        self._tolerance = check_tolerance(tolerance)
        self.store: MessageStore = store if store is not None else InMemoryStore()
        self._dedup_key = dedup_key
        self._max_workers = max_workers
        self._max_body_size = max_body_size
        self._handlers: list[_Handler] = []
        self._pool_lock = threading.Lock()
        self._pool: concurrent.futures.ThreadPoolExecutor | None = None
        self._idle = threading.Condition()
        self._in_flight = 0
        self._tasks: set[asyncio.Task[None]] = set()
        message_types()  # load the spec and models now, not during the first 1000 ms request

    def __repr__(self) -> str:
        return f"Receiver(handlers={len(self._handlers)}, store={self.store!r})"

    # --- registration -----------------------------------------------------------------------

    def on(self, *kinds: Kind) -> Callable[[F], F]:
        """Register the decorated function (sync or async) for message types and/or classes."""
        if not kinds:
            raise TypeError("on() needs a message type or class; on(Message) matches every message")
        for kind in kinds:
            if not (
                isinstance(kind, str) or (isinstance(kind, type) and issubclass(kind, Message))
            ):
                raise TypeError(f"on() takes message type names or Message classes, not {kind!r}")

        def register(fn: F) -> F:
            name = f"{getattr(fn, '__module__', '?')}.{getattr(fn, '__qualname__', repr(fn))}"
            self._handlers = [*self._handlers, _Handler(kinds, fn, name)]
            return fn

        return register

    # --- the request ------------------------------------------------------------------------

    def handle(self, body: bytes, authorization: str | None) -> Outcome:
        """Verify, record and schedule one push; return what to answer. Never blocks on handlers.

        Call it from your own route when mounting the app is not convenient. It calls the store:
        from async code, run it in a thread (``await asyncio.to_thread(receiver.handle, ...)``)
        so that a slow store does not hold up the event loop, as the ASGI app does.
        """
        accepted = self._accept(body, authorization)
        return self._schedule(*accepted)

    def _accept(
        self, body: bytes, authorization: str | None
    ) -> tuple[Outcome, str | None, list[_Handler]]:
        """Verify and record a push (the store's part: blocking); what to answer, the message's
        key and the handlers to run."""
        try:
            message = construct_message(
                body,
                authorization,
                self._secret,
                tolerance=self._tolerance,
                access_key=self._access_key,
                signature_base=self._signature_base,
            )
        except SignatureVerificationError as exc:
            logger.warning("rejected a message (401): %s", exc)
            stale = isinstance(exc, StaleMessageError)
            return Outcome(401, "stale timestamp" if stale else "invalid signature"), None, []
        except WebhookPayloadError as exc:  # signed, so PandaPon's: kept, not retried 5 times
            return self._quarantine(body, f"unreadable: {exc}")
        if self._evidence is not None:
            self._record(message)
        try:
            key = self._dedup_key(message)
        except Exception as exc:  # a retry would fail the same way: keep it instead
            return self._quarantine(body, f"no deduplication key: {type(exc).__name__}: {exc}")
        if not self.store.add(key, body):
            logger.info("duplicate %s (key %s): acknowledged, not dispatched", _type(message), key)
            return Outcome(200, "duplicate", message, duplicate=True), key, []
        handlers = self._handlers_for(message)
        logger.info("accepted %s (key %s) for %d handler(s)", _type(message), key, len(handlers))
        if not handlers:
            self.store.mark_done(key)
        return Outcome(200, "ok", message), key, handlers

    def _quarantine(self, body: bytes, reason: str) -> tuple[Outcome, str | None, list[_Handler]]:
        """Keep a signed push that cannot be taken in, and answer 200 so that PandaPon does not
        send it again in vain (it would give up after 5 tries, and the message would be lost)."""
        reason = repr(reason[:300])[1:-1]  # outside text: control characters escaped
        if not isinstance(self.store, QuarantineStore):
            logger.error(
                "could not take in a signed message (%s), and the store cannot quarantine it: "
                "answering 500",
                reason,
            )
            return Outcome(500, "internal error"), None, []
        key = quarantine_key(body)
        if self.store.quarantine(key, body, reason):
            logger.error(
                "quarantined a signed message (key %s): %s; see Receiver.quarantined()", key, reason
            )
        else:
            logger.info("redelivery of quarantined message %s: acknowledged", key)
        return Outcome(200, "quarantined"), None, []

    def quarantined(self) -> list[QuarantinedMessage]:
        """Signed pushes the receiver could not take in, kept byte for byte with why (oldest
        first); PandaPon was answered 200 and does not send them again."""
        return self.store.quarantined() if isinstance(self.store, QuarantineStore) else []

    def forget_quarantined(self, key: str) -> bool:
        """Drop a quarantined message once dealt with; False if there was none."""
        return isinstance(self.store, QuarantineStore) and self.store.forget_quarantined(key)

    def _schedule(self, outcome: Outcome, key: str | None, handlers: list[_Handler]) -> Outcome:
        """Start the handlers of an accepted message (on the running loop, if any)."""
        if not handlers or outcome.message is None or key is None:
            return outcome
        try:
            self._dispatch(outcome.message, key, handlers)
        except Exception:  # the redelivery would be a duplicate: keep it for retry_failed()
            self.store.mark_failed(key, [h.name for h in handlers])
            raise
        return outcome

    async def __call__(
        self,
        scope: Scope,
        receive: Receive,
        send: Send,
    ) -> None:
        """The ASGI app."""
        if scope["type"] == "lifespan":
            await self._lifespan(receive, send)
            return
        if scope["type"] != "http":
            return
        if scope["method"] != "POST":
            await asgi_reply(send, 405, "method not allowed", [(b"allow", b"POST")])
            return
        try:
            body = await asgi_body(receive, self._max_body_size)
        except BodyTooLarge:
            await asgi_reply(send, 413, "body too large")
            return
        if body is None:  # the client went away
            return
        authorization = next(
            (v.decode("latin-1") for k, v in scope["headers"] if k.lower() == b"authorization"),
            None,
        )
        # The store is called on a worker thread: a slow store must not stall other pushes (or
        # the async handlers) on this loop. The handlers are then started here, on the loop.
        loop = asyncio.get_running_loop()
        try:
            accepted = await loop.run_in_executor(None, self._accept, body, authorization)
            outcome = self._schedule(*accepted)
        except Exception:  # a store outage, say: 500 makes PandaPon try again later
            logger.exception("could not accept a message (500)")
            outcome = Outcome(500, "internal error")
        await asgi_reply(send, outcome.status, outcome.text)

    def wsgi(self, environ: dict[str, Any], start_response: Callable[..., Any]) -> Iterable[bytes]:
        """The WSGI app."""
        if environ.get("REQUEST_METHOD") != "POST":
            return wsgi_reply(start_response, 405, "method not allowed", [("Allow", "POST")])
        try:
            length = int(environ.get("CONTENT_LENGTH") or 0)
        except ValueError:
            return wsgi_reply(start_response, 400, "bad Content-Length")
        stream = environ["wsgi.input"]
        if length == 0 and environ.get("wsgi.input_terminated"):  # chunked: read to the end
            body = stream.read(self._max_body_size + 1)
        else:
            body = stream.read(length) if 0 < length <= self._max_body_size else b""
        if max(length, len(body)) > self._max_body_size:
            return wsgi_reply(start_response, 413, "body too large")
        outcome = self._guarded(body, environ.get("HTTP_AUTHORIZATION"))
        return wsgi_reply(start_response, outcome.status, outcome.text)

    def _record(self, message: Message[Any]) -> None:
        """The push's shape and signature base, into the evidence store (never raises)."""
        assert self._evidence is not None
        try:
            node = webhook_node(message.webhook) if message.webhook else None
            profile = inspect_shape(node, message.raw, profile=True).profile
        except Exception:  # the evidence store must never stand in a push's way
            profile = None
        self._evidence.pushed(webhook_of(message), profile, message.signature_base)

    def _guarded(self, body: bytes, authorization: str | None) -> Outcome:
        try:
            return self.handle(body, authorization)
        except Exception:  # a store outage, say: 500 makes PandaPon try again later
            logger.exception("could not accept a message (500)")
            return Outcome(500, "internal error")

    # --- after the answer -------------------------------------------------------------------

    def retry_failed(self) -> int:
        """Run the handlers that failed again, for every failed message; returns how many."""
        count = 0
        for failed in self.store.take_failed():
            try:  # it was verified on arrival, and its age no longer matters
                message = parse(failed.body)
            except WebhookPayloadError:
                logger.exception("cannot re-read failed message %s", failed.key)
                self.store.mark_failed(failed.key, failed.handlers)
                continue
            names = set(failed.handlers)
            handlers = [h for h in self._handlers_for(message) if not names or h.name in names]
            if handlers:
                self._dispatch(message, failed.key, handlers)
                count += 1
            else:
                self.store.mark_done(failed.key)
        return count

    def drain(self, timeout: float | None = None) -> bool:
        """Wait until no handler is running; False if ``timeout`` (seconds) ran out first."""
        try:
            loop = asyncio.get_running_loop()
        except RuntimeError:
            pass
        else:
            if any(task.get_loop() is loop for task in self._tasks):
                raise RuntimeError("handlers are running on this event loop: await adrain()")
        return self._wait_idle(timeout)

    async def adrain(self, timeout: float | None = None) -> bool:
        """``drain`` for async code: the loop keeps running the async handlers meanwhile."""
        return await asyncio.to_thread(self._wait_idle, timeout)

    def close(self, timeout: float | None = None) -> bool:
        """Wait for running handlers, then stop the worker threads (they restart if needed)."""
        drained = self.drain(timeout)
        self._shutdown_pool(wait=drained)
        return drained

    async def aclose(self, timeout: float | None = None) -> bool:
        drained = await self.adrain(timeout)
        self._shutdown_pool(wait=False)
        return drained

    def _handlers_for(self, message: Message[Any]) -> list[_Handler]:
        chosen: dict[int, _Handler] = {}
        for handler in self._handlers:
            if handler.matches(message):
                chosen.setdefault(id(handler.fn), handler)  # once, however many kinds match
        return list(chosen.values())

    def _dispatch(self, message: Message[Any], key: str, handlers: Sequence[_Handler]) -> None:
        with self._idle:
            self._in_flight += 1
        try:
            try:
                loop = asyncio.get_running_loop()
            except RuntimeError:
                self._executor().submit(self._run_in_thread, message, key, handlers)
            else:
                task = loop.create_task(self._run_on_loop(message, key, handlers))
                self._tasks.add(task)
                task.add_done_callback(self._tasks.discard)
        except BaseException:
            self._finished()
            raise

    def _run_in_thread(self, message: Message[Any], key: str, handlers: Sequence[_Handler]) -> None:
        failed: list[str] = []
        try:
            for handler in handlers:
                try:
                    result = handler.fn(message)
                    if inspect.isawaitable(result):
                        asyncio.run(_awaited(result))
                except Exception:
                    self._log_failure(handler, message, key)
                    failed.append(handler.name)
            self._settle(key, failed)
        finally:
            self._finished()

    async def _run_on_loop(
        self, message: Message[Any], key: str, handlers: Sequence[_Handler]
    ) -> None:
        loop = asyncio.get_running_loop()
        failed: list[str] = []
        pending = list(handlers)
        try:
            while pending:
                handler = pending[0]
                try:
                    if inspect.iscoroutinefunction(handler.fn):
                        result = handler.fn(message)
                    else:
                        result = await loop.run_in_executor(self._executor(), handler.fn, message)
                    if inspect.isawaitable(result):
                        await result
                except Exception:
                    self._log_failure(handler, message, key)
                    failed.append(handler.name)
                pending.pop(0)
        except asyncio.CancelledError:  # shutting down: what did not run counts as failed
            self._settle(key, failed + [h.name for h in pending])
            raise
        else:
            await loop.run_in_executor(None, self._settle, key, failed)  # the store: off the loop
        finally:
            self._finished()

    def _settle(self, key: str, failed: Sequence[str]) -> None:
        try:
            if failed:
                self.store.mark_failed(key, failed)
            else:
                self.store.mark_done(key)
        except Exception:
            logger.exception("could not record the outcome of message %s in the store", key)

    def _log_failure(self, handler: _Handler, message: Message[Any], key: str) -> None:
        logger.exception(
            "handler %s failed on %s (key %s); kept as failed for retry_failed()",
            handler.name,
            _type(message),
            key,
        )

    def _finished(self) -> None:
        with self._idle:
            self._in_flight -= 1
            self._idle.notify_all()

    def _wait_idle(self, timeout: float | None) -> bool:
        with self._idle:
            return self._idle.wait_for(lambda: self._in_flight == 0, timeout)

    def _executor(self) -> concurrent.futures.ThreadPoolExecutor:
        with self._pool_lock:
            if self._pool is None:
                self._pool = concurrent.futures.ThreadPoolExecutor(
                    self._max_workers, thread_name_prefix="pandapon-webhooks"
                )
            return self._pool

    def _shutdown_pool(self, *, wait: bool) -> None:
        with self._pool_lock:
            pool, self._pool = self._pool, None
        if pool is not None:
            pool.shutdown(wait=wait)

    async def _lifespan(
        self,
        receive: Receive,
        send: Send,
    ) -> None:
        while True:
            event = await receive()
            if event["type"] == "lifespan.startup":
                await send({"type": "lifespan.startup.complete"})
            elif event["type"] == "lifespan.shutdown":
                await self.aclose()
                await send({"type": "lifespan.shutdown.complete"})
                return


def _type(message: Message[Any]) -> str:
    """The message type for a log line: the sender's text only when it looks like a type."""
    text = message.message_type
    if not text:
        return "a message without messageType"
    return text if _PRINTABLE_TYPE.fullmatch(text) else "a message of an unreadable type"


async def _awaited(awaitable: Awaitable[Any]) -> None:
    await awaitable
