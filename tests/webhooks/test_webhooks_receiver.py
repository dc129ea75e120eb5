"""The webhook Receiver, driven over HTTP through httpx's ASGI and WSGI transports."""

from __future__ import annotations

import asyncio
import functools
import io
import re
import threading
import time
from collections.abc import Iterator, MutableMapping
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import httpx
import pytest

import pandapon
from pandapon.webhooks import (
    AlibabaOrderPriceModified,
    FailedMessage,
    InMemoryStore,
    Message,
    OrderRefund,
    Receiver,
    SQLiteStore,
    TaobaoOrderStatusChanged,
    UnknownMessage,
    message_key,
    sign_payload,
)
from pandapon.webhooks.testing import envelope, signed_request

SECRET = "rcv-AccessSecret-9f8e7d6c5b4a"
URL = "http://testserver/pandapon/messages"
PRICE = "1688_ORDER_BUYER_VIEW_ORDER_PRICE_MODIFY"
REFUND_1688 = "1688_ORDER_BUYER_VIEW_ORDER_BUYER_REFUND"
REFUND_TAOBAO = "TAOBAO_ORDER_BUYER_VIEW_ORDER_BUYER_REFUND"
PAID_TAOBAO = "TAOBAO_ORDER_PAY_SUCCESS"


def push(message_type: str, body: dict[str, Any], **kw: Any) -> tuple[bytes, dict[str, str]]:
    return signed_request(envelope(message_type, body, **kw), SECRET)


@pytest.fixture
def receiver() -> Iterator[Receiver]:
    rcv = Receiver(SECRET)
    yield rcv
    assert rcv.close(timeout=10)


async def _post_all(app: Any, *requests: tuple[bytes, dict[str, str]]) -> list[httpx.Response]:
    async with httpx.AsyncClient(transport=httpx.ASGITransport(app=app)) as client:
        return [await client.post(URL, content=body, headers=headers) for body, headers in requests]


def asgi_post(rcv: Receiver, *requests: tuple[bytes, dict[str, str]]) -> list[httpx.Response]:
    async def run() -> list[httpx.Response]:
        responses = await _post_all(rcv, *requests)
        assert await rcv.adrain(timeout=10)
        return responses

    return asyncio.run(run())


def wsgi_post(rcv: Receiver, *requests: tuple[bytes, dict[str, str]]) -> list[httpx.Response]:
    with httpx.Client(transport=httpx.WSGITransport(app=rcv.wsgi)) as client:
        responses = [client.post(URL, content=body, headers=headers) for body, headers in requests]
    assert rcv.drain(timeout=10)
    return responses


# --- dispatch --------------------------------------------------------------------------------


def test_asgi_dispatches_by_type_class_kind_and_catch_all(receiver: Receiver) -> None:
    seen: list[tuple[str, str | None]] = []

    @receiver.on(AlibabaOrderPriceModified)
    def price(message: AlibabaOrderPriceModified) -> None:
        assert message.body is not None
        seen.append(("price", str(message.body.base_info.id)))  # type: ignore[union-attr]

    @receiver.on(PAID_TAOBAO)
    async def paid(message: TaobaoOrderStatusChanged) -> None:
        await asyncio.sleep(0)
        seen.append(("paid", message.platform))

    @receiver.on(OrderRefund)
    def refund(message: OrderRefund[Any]) -> None:
        seen.append(("refund", message.platform))

    @receiver.on(Message)
    def everything(message: Message[Any]) -> None:
        seen.append(("any", message.message_type))

    responses = asgi_post(
        receiver,
        push(PRICE, {"baseInfo": {"id": 42}}),
        push(PAID_TAOBAO, {"purchase_id": 1}, body_as_string=True),
        push(REFUND_1688, {"refundId": "TQ1"}),
        push(REFUND_TAOBAO, {"refundId": "1"}),
        push("1688_BRAND_NEW_TYPE", {"x": 1}),
    )
    assert [(r.status_code, r.text) for r in responses] == [(200, "ok")] * 5
    assert sorted(seen) == sorted(
        [
            ("price", "42"),
            ("paid", "taobao"),
            ("refund", "1688"),
            ("refund", "taobao"),
            *[
                ("any", t)
                for t in (PRICE, PAID_TAOBAO, REFUND_1688, REFUND_TAOBAO, "1688_BRAND_NEW_TYPE")
            ],
        ]
    )


def test_a_handler_registered_twice_runs_once(receiver: Receiver) -> None:
    calls: list[str] = []

    @receiver.on(PAID_TAOBAO, TaobaoOrderStatusChanged)
    @receiver.on(Message)
    def handler(message: Message[Any]) -> None:
        calls.append("x")

    asgi_post(receiver, push(PAID_TAOBAO, {"purchase_id": 1}))
    assert calls == ["x"]


def test_unhandled_and_unknown_messages_are_acknowledged(receiver: Receiver) -> None:
    (response,) = asgi_post(receiver, push("SOMETHING_ELSE", {"a": 1}))
    assert (response.status_code, response.text) == (200, "ok")
    outcome = receiver.handle(*_body_and_auth(push("SOMETHING_ELSE", {"a": 2})))
    assert outcome.status == 200
    assert isinstance(outcome.message, UnknownMessage)


def _body_and_auth(request: tuple[bytes, dict[str, str]]) -> tuple[bytes, str]:
    return request[0], request[1]["Authorization"]


# --- rejections ------------------------------------------------------------------------------


def test_asgi_rejects_bad_requests_without_dispatching() -> None:
    receiver = Receiver(SECRET, max_body_size=2000)
    calls: list[Message[Any]] = []
    receiver.on(Message)(calls.append)
    body, headers = push(PAID_TAOBAO, {"purchase_id": 1})
    yesterday = int((datetime.now(UTC) - timedelta(days=1)).timestamp())
    stale_body, stale_headers = push(PAID_TAOBAO, {}, timestamp=yesterday)

    async def run() -> list[httpx.Response]:
        async with httpx.AsyncClient(transport=httpx.ASGITransport(app=receiver)) as client:
            return [
                await client.post(URL, content=body + b" ", headers=headers),  # tampered
                await client.post(
                    URL, content=body, headers={"Authorization": sign_payload(body, "x")}
                ),
                await client.post(URL, content=body),  # no Authorization
                await client.post(URL, content=body, headers={"Authorization": ""}),
                await client.post(URL, content=stale_body, headers=stale_headers),
                await client.post(
                    URL, content=b"{oops", headers={"Authorization": sign_payload(b"{oops", SECRET)}
                ),
                await client.post(
                    URL, content=b"[]", headers={"Authorization": sign_payload(b"[]", SECRET)}
                ),
                await client.get(URL),
                await client.post(URL, content=b"x" * 2001, headers=headers),
            ]

    responses = asyncio.run(run())
    assert [(r.status_code, r.text) for r in responses] == [
        (401, "invalid signature"),
        (401, "invalid signature"),
        (401, "invalid signature"),
        (401, "invalid signature"),
        (401, "stale timestamp"),
        (200, "quarantined"),  # signed, so PandaPon's: kept (below), not retried in vain
        (200, "quarantined"),
        (405, "method not allowed"),
        (413, "body too large"),
    ]
    assert responses[7].headers["allow"] == "POST"
    assert receiver.close(timeout=5)
    assert calls == []
    assert isinstance(receiver.store, InMemoryStore)
    assert len(receiver.store) == 0  # nothing rejected is remembered: the retry can still succeed
    assert [q.body for q in receiver.quarantined()] == [b"{oops", b"[]"]


def test_a_store_outage_answers_500_so_pandapon_retries(caplog: pytest.LogCaptureFixture) -> None:
    class DownStore(InMemoryStore):
        def add(self, key: str, body: bytes) -> bool:
            raise ConnectionError("store unreachable")

    receiver = Receiver(SECRET, store=DownStore())
    with caplog.at_level("ERROR", logger="pandapon.webhooks"):
        (response,) = asgi_post(receiver, push(PAID_TAOBAO, {"purchase_id": 1}))
    assert (response.status_code, response.text) == (500, "internal error")
    assert "could not accept a message" in caplog.text


# --- duplicates ------------------------------------------------------------------------------


def test_duplicate_delivery_is_handled_once(receiver: Receiver) -> None:
    calls: list[str | None] = []
    receiver.on(REFUND_TAOBAO)(lambda m: calls.append(m.message_type))
    first = envelope(REFUND_TAOBAO, {"refundId": "1", "orderId": "2"}, timestamp="1")
    # PandaPon's retry of the same message, serialised with messageBody as a JSON string.
    again = envelope(
        REFUND_TAOBAO, {"refundId": "1", "orderId": "2"}, timestamp="1", body_as_string=True
    )
    later = envelope(REFUND_TAOBAO, {"refundId": "1", "orderId": "2"}, timestamp="2")  # a new event
    receiver_no_age = Receiver(SECRET, tolerance=None, store=receiver.store)
    receiver_no_age.on(REFUND_TAOBAO)(lambda m: calls.append(m.message_type))
    responses = asgi_post(
        receiver_no_age,
        signed_request(first, SECRET),
        signed_request(first, SECRET),
        signed_request(again, SECRET),
        signed_request(later, SECRET),
    )
    assert [(r.status_code, r.text) for r in responses] == [
        (200, "ok"),
        (200, "duplicate"),
        (200, "duplicate"),
        (200, "ok"),
    ]
    assert calls == [REFUND_TAOBAO, REFUND_TAOBAO]
    receiver_no_age.close()


def test_a_redelivery_after_a_restart_is_a_duplicate_with_a_sqlite_store(tmp_path: Path) -> None:
    calls: list[Any] = []
    stores: list[SQLiteStore] = []

    def start() -> Receiver:
        """What the application does when its process starts."""
        stores.append(SQLiteStore(tmp_path / "pushes.db"))
        rcv = Receiver(SECRET, store=stores[-1])
        rcv.on(REFUND_TAOBAO)(lambda m: calls.append(m.body))
        return rcv

    stamped = push(REFUND_TAOBAO, {"refundId": "1"})
    # Never age-checked (nothing to check): a replay is caught by the store, here after a restart.
    unstamped = signed_request(
        {"messageType": REFUND_TAOBAO, "messageBody": {"refundId": "2"}}, SECRET
    )
    first = start()
    assert [r.text for r in asgi_post(first, stamped, unstamped)] == ["ok", "ok"]
    assert first.close(timeout=10)
    stores[0].close()
    restarted = start()
    assert [r.text for r in asgi_post(restarted, stamped, unstamped)] == ["duplicate"] * 2
    assert len(calls) == 2  # each handled once, across the restart
    assert restarted.close(timeout=10)
    stores[1].close()


def test_handlers_cut_off_by_a_restart_run_again_from_retry_failed(tmp_path: Path) -> None:
    clock = [time.time()]
    store = SQLiteStore(tmp_path / "pushes.db", clock=lambda: clock[0])
    body, headers = push(REFUND_TAOBAO, {"refundId": "3"})
    # The previous process recorded the message (and answered 200), then died in its handler.
    assert store.add(message_key(pandapon.webhooks.parse(body)), body)
    rcv = Receiver(SECRET, store=store)
    calls: list[str] = []
    rcv.on(REFUND_TAOBAO)(lambda m: calls.append("bookkeeping"))
    rcv.on(OrderRefund)(lambda m: calls.append("notify"))
    assert rcv.retry_failed() == 0  # it may still be running somewhere
    clock[0] += pandapon.webhooks.DEFAULT_INTERRUPTED_AFTER.total_seconds()
    assert rcv.retry_failed() == 1
    assert rcv.drain(timeout=10)
    assert sorted(calls) == ["bookkeeping", "notify"]  # every handler: none is known to have run
    assert rcv.retry_failed() == 0
    (again,) = asgi_post(rcv, (body, headers))
    assert again.text == "duplicate"
    assert rcv.close(timeout=10)
    store.close()


# --- a slow handler does not delay the answer ------------------------------------------------


def test_slow_sync_handler_is_acknowledged_first(receiver: Receiver) -> None:
    order: list[str] = []
    release = threading.Event()

    @receiver.on(PAID_TAOBAO)
    def slow(message: Message[Any]) -> None:
        order.append("handler started")
        release.wait(timeout=5)  # a handler far slower than PandaPon's 1000 ms
        order.append("handler finished")

    async def run() -> None:
        (response,) = await _post_all(receiver, push(PAID_TAOBAO, {"purchase_id": 1}))
        order.append(f"response {response.status_code}")
        release.set()
        assert await receiver.adrain(timeout=10)

    asyncio.run(run())
    assert order.index("response 200") < order.index("handler finished")


def test_slow_async_handler_is_acknowledged_first(receiver: Receiver) -> None:
    order: list[str] = []

    async def run() -> None:
        release = asyncio.Event()

        @receiver.on(PAID_TAOBAO)
        async def slow(message: Message[Any]) -> None:
            await asyncio.wait_for(release.wait(), timeout=5)
            order.append("handler finished")

        (response,) = await _post_all(receiver, push(PAID_TAOBAO, {"purchase_id": 1}))
        order.append(f"response {response.status_code}")
        with pytest.raises(RuntimeError, match="adrain"):
            receiver.drain()  # would deadlock the loop the handler needs
        release.set()
        assert await receiver.adrain(timeout=10)

    asyncio.run(run())
    assert order == ["response 200", "handler finished"]


def test_close_gives_up_after_its_timeout_while_a_handler_is_stuck() -> None:
    receiver = Receiver(SECRET)
    release = threading.Event()
    receiver.on(PAID_TAOBAO)(lambda message: release.wait(timeout=30))
    assert receiver.handle(*_body_and_auth(push(PAID_TAOBAO, {"purchase_id": 1}))).text == "ok"
    closed: list[bool] = []
    closer = threading.Thread(target=lambda: closed.append(receiver.close(timeout=0.2)))
    closer.start()
    closer.join(timeout=5)
    waited_past_the_timeout = closer.is_alive()
    release.set()
    closer.join(timeout=10)
    assert not waited_past_the_timeout
    assert closed == [False]  # the handler had not finished
    assert receiver.drain(timeout=10)


def test_close_stops_the_worker_threads_once_the_handlers_are_done() -> None:
    receiver = Receiver(SECRET)
    together = threading.Barrier(4, timeout=10)  # four handlers running at once: four threads
    workers: set[threading.Thread] = set()

    @receiver.on(PAID_TAOBAO)
    def hold(message: Message[Any]) -> None:
        workers.add(threading.current_thread())
        together.wait()

    for n in range(4):
        receiver.handle(*_body_and_auth(push(PAID_TAOBAO, {"purchase_id": n})))
    assert receiver.close(timeout=10)
    assert len(workers) == 4
    assert [t for t in workers if t.is_alive()] == []  # joined, not left to wind down


# --- failing handlers ------------------------------------------------------------------------


def test_failing_handler_is_logged_and_retried_alone(
    receiver: Receiver, caplog: pytest.LogCaptureFixture
) -> None:
    calls: list[str] = []
    broken = [True]

    @receiver.on(REFUND_1688)
    def bookkeeping(message: Message[Any]) -> None:
        calls.append("bookkeeping")

    @receiver.on(OrderRefund)
    async def notify(message: Message[Any]) -> None:
        calls.append("notify")
        if broken[0]:
            raise RuntimeError("mail server down")

    request = push(REFUND_1688, {"refundId": "TQ9"})
    with caplog.at_level("DEBUG", logger="pandapon"):
        (response,) = asgi_post(receiver, request)
        assert response.status_code == 200
        assert calls == ["bookkeeping", "notify"]
        failure = next(r for r in caplog.records if r.levelname == "ERROR")
        assert "notify failed on 1688_ORDER_BUYER_VIEW_ORDER_BUYER_REFUND" in failure.getMessage()
        assert message_key(pandapon.webhooks.parse(request[0])) in failure.getMessage()
        assert failure.exc_info is not None
        assert "mail server down" in caplog.text

        broken[0] = False
        assert receiver.retry_failed() == 1  # from sync code: the worker threads run it
        assert receiver.drain(timeout=10)
    assert calls == ["bookkeeping", "notify", "notify"]  # only the handler that failed
    assert receiver.retry_failed() == 0
    (again,) = asgi_post(receiver, request)
    assert again.text == "duplicate"
    assert calls == ["bookkeeping", "notify", "notify"]


def test_a_failing_handler_on_the_worker_threads_is_kept_for_retry_failed(
    receiver: Receiver, caplog: pytest.LogCaptureFixture
) -> None:
    """Under WSGI (no event loop) the handlers run on the worker threads: one that raises is
    logged with the message's key, and only it runs again from retry_failed()."""
    calls: list[str] = []
    broken = [True]

    @receiver.on(PAID_TAOBAO)
    def ship(message: Message[Any]) -> None:
        calls.append("ship")
        if broken[0]:
            raise RuntimeError("warehouse down")

    @receiver.on(Message)
    def audit(message: Message[Any]) -> None:
        calls.append("audit")

    body, headers = push(PAID_TAOBAO, {"purchase_id": 5})
    key = message_key(pandapon.webhooks.parse(body))
    with caplog.at_level("ERROR", logger="pandapon.webhooks"):
        (response,) = wsgi_post(receiver, (body, headers))
    assert (response.status_code, response.text) == (200, "ok")
    assert calls == ["ship", "audit"]
    (failure,) = [r for r in caplog.records if r.levelname == "ERROR"]
    text = failure.getMessage()
    assert f"ship failed on {PAID_TAOBAO}" in text
    assert key in text  # which stored message to look at
    assert failure.exc_info is not None

    broken[0] = False
    assert receiver.retry_failed() == 1
    assert receiver.drain(timeout=10)
    assert calls == ["ship", "audit", "ship"]  # only the handler that failed
    assert receiver.retry_failed() == 0  # it succeeded: nothing left to retry


class _ClosingStore(InMemoryStore):
    """A user's store that remembers which messages the receiver closed (mark_done)."""

    def __init__(self) -> None:
        super().__init__()
        self.done: list[str] = []

    def mark_done(self, key: str) -> None:
        self.done.append(key)
        super().mark_done(key)


def test_retry_failed_keeps_a_message_it_cannot_read_and_retries_the_rest(
    caplog: pytest.LogCaptureFixture,
) -> None:
    store = _ClosingStore()
    receiver = Receiver(SECRET, store=store)
    seen: list[str] = []

    @receiver.on(REFUND_TAOBAO)
    def refund(message: Message[Any]) -> None:
        seen.append(message.raw["messageBody"]["refundId"])
        raise RuntimeError("ledger down")

    # A failed message the receiver cannot parse again (written by another version, say),
    # stored before two readable ones whose handler fails.
    assert store.add("unreadable-key", b"not json")
    store.mark_failed("unreadable-key", ["app.old_handler"])
    requests = [push(REFUND_TAOBAO, {"refundId": n}) for n in ("1", "2")]
    keys = [message_key(pandapon.webhooks.parse(body)) for body, _ in requests]
    wsgi_post(receiver, *requests)
    assert seen == ["1", "2"]

    with caplog.at_level("ERROR", logger="pandapon.webhooks"):
        assert receiver.retry_failed() == 2  # the two it could read
        assert receiver.drain(timeout=10)
    assert sorted(seen) == ["1", "1", "2", "2"]
    (unreadable,) = [r for r in caplog.records if "unreadable-key" in r.getMessage()]
    assert "message unreadable-key" in unreadable.getMessage()
    assert unreadable.levelname == "ERROR" and unreadable.exc_info is not None
    # Nothing was lost: all three are failed again, each with the handlers that failed.
    assert {f.key: (f.body, f.handlers) for f in store.take_failed()} == {
        "unreadable-key": (b"not json", ("app.old_handler",)),
        keys[0]: (requests[0][0], (refund.__module__ + "." + refund.__qualname__,)),
        keys[1]: (requests[1][0], (refund.__module__ + "." + refund.__qualname__,)),
    }
    assert store.done == []
    assert receiver.close(timeout=10)


def test_retry_failed_closes_a_message_whose_failed_handler_is_gone() -> None:
    store = _ClosingStore()
    body, _ = push(REFUND_TAOBAO, {"refundId": "4"})
    key = message_key(pandapon.webhooks.parse(body))
    assert store.add(key, body)
    store.mark_failed(key, ["app.removed_handler"])  # failed before a deploy removed it
    receiver = Receiver(SECRET, store=store)
    calls: list[Message[Any]] = []
    receiver.on(REFUND_TAOBAO)(calls.append)  # a handler that never failed on it
    assert receiver.retry_failed() == 0
    assert store.done == [key]  # nothing left to run: the store may drop the body
    assert store.take_failed() == []
    assert calls == []
    assert receiver.close(timeout=10)


def test_handlers_without_a_qualified_name_are_retried_alone(receiver: Receiver) -> None:
    """A functools.partial (or a callable object) has no __qualname__: the store names it by
    its repr, so that only the one that failed runs again."""
    calls: list[str] = []
    broken = [True]

    def record(label: str, message: Message[Any]) -> None:
        calls.append(label)
        if label == "notify" and broken[0]:
            raise RuntimeError("mail server down")

    receiver.on(PAID_TAOBAO)(functools.partial(record, "bookkeeping"))
    receiver.on(PAID_TAOBAO)(functools.partial(record, "notify"))
    wsgi_post(receiver, push(PAID_TAOBAO, {"purchase_id": 3}))
    assert calls == ["bookkeeping", "notify"]
    broken[0] = False
    assert receiver.retry_failed() == 1
    assert receiver.drain(timeout=10)
    assert calls == ["bookkeeping", "notify", "notify"]


def test_the_store_hears_how_each_message_ended(caplog: pytest.LogCaptureFixture) -> None:
    store = _ClosingStore()
    receiver = Receiver(SECRET, store=store)
    receiver.on(PAID_TAOBAO)(lambda message: None)
    body, headers = push(PAID_TAOBAO, {"purchase_id": 11})
    wsgi_post(receiver, (body, headers))
    key = message_key(pandapon.webhooks.parse(body))
    assert store.done == [key]  # done: the store may drop the body

    class Flaky(_ClosingStore):  # takes messages in, then cannot record how they ended
        def mark_done(self, key: str) -> None:
            raise ConnectionError("store unreachable")

    receiver = Receiver(SECRET, store=Flaky())
    receiver.on(PAID_TAOBAO)(lambda message: None)
    with caplog.at_level("ERROR", logger="pandapon.webhooks"):
        (response,) = wsgi_post(receiver, (body, headers))
    assert response.text == "ok"
    (record,) = caplog.records
    assert f"could not record the outcome of message {key}" in record.getMessage()
    assert record.exc_info is not None


def test_handlers_that_cannot_be_started_leave_the_message_failed() -> None:
    """Any failure to start the handlers (here a pool that cannot be made) answers 500, and
    the message is kept as failed: PandaPon's redelivery is then a duplicate."""
    receiver = Receiver(SECRET, max_workers=0)

    @receiver.on(PAID_TAOBAO)
    def ship(message: Message[Any]) -> None: ...

    body, headers = push(PAID_TAOBAO, {"purchase_id": 12})
    assert [r.status_code for r in wsgi_post(receiver, (body, headers))] == [500]
    (failed,) = receiver.store.take_failed()
    key = message_key(pandapon.webhooks.parse(body))
    assert (failed.key, failed.handlers) == (key, (f"{__name__}.{ship.__qualname__}",))
    assert wsgi_post(receiver, (body, headers))[0].text == "duplicate"


def test_a_redelivery_does_not_close_a_failed_message(receiver: Receiver) -> None:
    receiver.on(PAID_TAOBAO)(lambda message: 1 / 0)
    request = push(PAID_TAOBAO, {"purchase_id": 13})
    assert [r.text for r in wsgi_post(receiver, request)] == ["ok"]
    assert [r.text for r in wsgi_post(receiver, request)] == ["duplicate"]
    assert [r.text for r in asgi_post(receiver, request)] == ["duplicate"]
    (failed,) = receiver.store.take_failed()  # still there for retry_failed()
    assert failed.body == request[0]


def test_handlers_run_on_the_receivers_own_threads() -> None:
    """Sync handlers run on the receiver's pool (max_workers at once, threads named
    pandapon-webhooks), under ASGI too, not on the event loop's default executor."""
    receiver = Receiver(SECRET, max_workers=1)
    lock = threading.Lock()
    running, most, names = [0], [0], set()

    @receiver.on(PAID_TAOBAO)
    def handler(message: Message[Any]) -> None:
        with lock:
            running[0] += 1
            most[0] = max(most[0], running[0])
            names.add(threading.current_thread().name)
        time.sleep(0.05)
        with lock:
            running[0] -= 1

    requests = [push(PAID_TAOBAO, {"purchase_id": n}) for n in range(3)]

    async def run() -> None:
        async with httpx.AsyncClient(transport=httpx.ASGITransport(app=receiver)) as client:
            await asyncio.gather(*(client.post(URL, content=b, headers=h) for b, h in requests))
            assert await receiver.adrain(timeout=10)
        assert receiver.drain(timeout=1)  # the finished tasks are gone from this loop

    asyncio.run(run())
    for n in range(3, 6):  # and with no event loop, as under WSGI
        outcome = receiver.handle(*_body_and_auth(push(PAID_TAOBAO, {"purchase_id": n})))
        assert outcome.text == "ok"
    assert receiver.drain(timeout=10)
    assert most == [1]
    assert names and all(name.startswith("pandapon-webhooks") for name in names)
    assert receiver.close(timeout=10)


def test_by_default_eight_sync_handlers_run_at_once() -> None:
    """docs/webhooks.md: sync handlers run on a thread pool of max_workers=8."""
    receiver = Receiver(SECRET)
    lock = threading.Lock()
    running, most = [0], [0]

    @receiver.on(PAID_TAOBAO)
    def handler(message: Message[Any]) -> None:
        with lock:
            running[0] += 1
            most[0] = max(most[0], running[0])
        time.sleep(0.5)
        with lock:
            running[0] -= 1

    requests = [_body_and_auth(push(PAID_TAOBAO, {"purchase_id": n})) for n in range(10)]
    for request in requests:
        receiver.handle(*request)
    assert receiver.close(timeout=10)
    assert most == [8]


def test_async_handlers_do_not_wait_for_the_sync_handlers_pool() -> None:
    """An async handler runs on the loop at once, even while every pool thread is busy."""
    receiver = Receiver(SECRET, max_workers=1)
    release = threading.Event()
    order: list[str] = []
    receiver.on(PAID_TAOBAO)(lambda message: release.wait(timeout=10))

    @receiver.on(REFUND_TAOBAO)
    async def notify(message: Message[Any]) -> None:
        order.append("async handler ran")

    async def run() -> None:
        await _post_all(receiver, push(PAID_TAOBAO, {"purchase_id": 18}))
        await _post_all(receiver, push(REFUND_TAOBAO, {"refundId": "18"}))
        for _ in range(100):
            if order:
                break
            await asyncio.sleep(0.01)
        order.append("pool released")
        release.set()
        assert await receiver.adrain(timeout=10)

    asyncio.run(run())
    assert order == ["async handler ran", "pool released"]
    assert receiver.close(timeout=10)


def test_aclose_gives_up_after_its_timeout_without_waiting_for_the_handler() -> None:
    receiver = Receiver(SECRET)
    finished = threading.Event()

    @receiver.on(PAID_TAOBAO)
    def slow(message: Message[Any]) -> None:
        time.sleep(2)
        finished.set()

    receiver.handle(*_body_and_auth(push(PAID_TAOBAO, {"purchase_id": 19})))  # on the pool
    assert asyncio.run(receiver.aclose(timeout=0.2)) is False
    assert not finished.is_set()  # aclose returned while the handler still ran
    assert receiver.drain(timeout=10) and finished.is_set()


def test_adrain_gives_up_after_its_timeout() -> None:
    receiver = Receiver(SECRET)
    release = threading.Event()
    receiver.on(PAID_TAOBAO)(lambda message: release.wait(timeout=30))

    async def run() -> bool:
        receiver.handle(*_body_and_auth(push(PAID_TAOBAO, {"purchase_id": 14})))
        try:
            return await asyncio.wait_for(receiver.adrain(timeout=0.2), timeout=5)
        finally:
            release.set()

    assert asyncio.run(run()) is False
    assert receiver.close(timeout=10)


def test_a_message_type_reaches_the_log_only_when_it_looks_like_one(
    receiver: Receiver, caplog: pytest.LogCaptureFixture
) -> None:
    hostile = "EVIL\x1b[2J\nINFO forged line"
    with caplog.at_level("INFO", logger="pandapon.webhooks"):
        asgi_post(receiver, push(hostile, {"a": 1}), push(PAID_TAOBAO, {"purchase_id": 15}))
    accepted = [r.getMessage() for r in caplog.records if r.getMessage().startswith("accepted")]
    assert len(accepted) == 2
    assert "accepted a message of an unreadable type" in accepted[0]
    assert f"accepted {PAID_TAOBAO}" in accepted[1]
    assert "EVIL" not in caplog.text and "\x1b" not in caplog.text


def test_the_asgi_app_answers_only_post_with_an_allow_header() -> None:
    sent: list[dict[str, Any]] = []

    async def receive() -> dict[str, Any]:
        return {"type": "http.request", "body": b"", "more_body": False}

    async def send(event: MutableMapping[str, Any]) -> None:
        sent.append(dict(event))

    scope = {"type": "http", "method": "GET", "headers": []}
    asyncio.run(Receiver(SECRET)(scope, receive, send))
    assert sent[0]["status"] == 405
    assert (b"allow", b"POST") in sent[0]["headers"]  # ASGI header names are lower case
    assert b"".join(e.get("body", b"") for e in sent[1:]) == b"method not allowed"


def test_handle_says_which_message_a_duplicate_was(caplog: pytest.LogCaptureFixture) -> None:
    store = _ClosingStore()
    receiver = Receiver(SECRET, store=store)  # no handlers: closed at once
    body, auth = _body_and_auth(push(PAID_TAOBAO, {"purchase_id": 16}))
    key = message_key(pandapon.webhooks.parse(body))
    with caplog.at_level("INFO", logger="pandapon.webhooks"):
        first = receiver.handle(body, auth)
        again = receiver.handle(body, auth)
        rejected = receiver.handle(body, auth.upper() + "0")
    assert (first.text, first.duplicate) == ("ok", False)
    assert store.done == [key]
    assert (again.status, again.text, again.duplicate) == (200, "duplicate", True)
    assert again.message is not None and again.message.raw == first.message.raw  # type: ignore[union-attr]
    assert rejected.status == 401
    accepted, duplicate, refused = (r.getMessage() for r in caplog.records)
    assert f"accepted {PAID_TAOBAO} (key {key})" in accepted
    assert f"duplicate {PAID_TAOBAO} (key {key})" in duplicate
    assert "rejected a message (401): " in refused and "signature" in refused


def test_the_receiver_accepts_only_the_signature_base_it_was_given() -> None:
    key = "58c0201dfdf148eca63cbf6bb5e7cf03"
    body = push(PAID_TAOBAO, {"purchase_id": 17})[0]
    keyed = sign_payload(body, SECRET, access_key=key, signature_base="key+body")
    strict = Receiver(SECRET, access_key=key, signature_base="body")
    assert (strict.handle(body, keyed).status, strict.handle(body, keyed).text) == (
        401,
        "invalid signature",
    )
    outcome = Receiver(SECRET, access_key=key).handle(body, keyed)  # "either"
    assert outcome.message is not None and outcome.message.signature_base == "key+body"


def test_a_receiver_without_an_access_key_says_what_it_verifies(
    monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture
) -> None:
    monkeypatch.delenv("PANDAPON_ACCESS_KEY", raising=False)
    with caplog.at_level("INFO", logger="pandapon.webhooks"):
        Receiver(SECRET, access_key="58c0201dfdf148eca63cbf6bb5e7cf03")
        Receiver(SECRET, signature_base="body")
        assert caplog.records == []  # a key, or a base chosen on purpose: nothing to say
        Receiver(SECRET)
    (record,) = caplog.records
    assert "PANDAPON_ACCESS_KEY" in record.getMessage()
    assert "raw body only" in record.getMessage()


def test_secret_and_signature_never_reach_the_logs(
    receiver: Receiver, caplog: pytest.LogCaptureFixture
) -> None:
    receiver.on(Message)(lambda m: 1 / 0)
    body, headers = push(PRICE, {"baseInfo": {"id": 1}})
    with caplog.at_level("DEBUG"):
        asgi_post(receiver, (body, headers), (body, headers), (body + b" ", headers))
        wsgi_post(receiver, (body, {"Authorization": headers["Authorization"].upper() + "0"}))
    assert len(caplog.records) >= 4
    assert SECRET not in caplog.text
    assert headers["Authorization"] not in caplog.text.lower()
    assert SECRET not in repr(receiver)


# --- WSGI ------------------------------------------------------------------------------------


def test_wsgi_accepts_rejects_and_deduplicates(receiver: Receiver) -> None:
    calls: list[Any] = []
    receiver.on(AlibabaOrderPriceModified)(lambda m: calls.append(m.body.base_info.id))

    @receiver.on(PRICE)
    async def also_async(message: Message[Any]) -> None:  # no loop under WSGI: asyncio.run
        await asyncio.sleep(0)
        calls.append("async")

    body, headers = push(PRICE, {"baseInfo": {"id": 7}})
    upper = {"Authorization": headers["Authorization"].upper()}
    responses = wsgi_post(
        receiver, (body, upper), (body, headers), (body, {"Authorization": sign_payload(body, "x")})
    )
    assert [(r.status_code, r.text) for r in responses] == [
        (200, "ok"),
        (200, "duplicate"),
        (401, "invalid signature"),
    ]
    assert sorted(map(str, calls)) == ["7", "async"]
    with httpx.Client(transport=httpx.WSGITransport(app=receiver.wsgi)) as client:
        assert client.get(URL).status_code == 405
        signed_junk = {"Authorization": sign_payload(b"{oops", SECRET)}
        assert client.post(URL, content=b"{oops", headers=signed_junk).text == "quarantined"


class _Unreadable(io.BytesIO):
    """A request stream that must not be read (a socket would block)."""

    def read(self, size: int | None = -1) -> bytes:
        raise AssertionError("the receiver read a body it was not announced")


def _wsgi(receiver: Receiver, environ: dict[str, Any]) -> tuple[str, dict[str, str], bytes]:
    started: list[tuple[str, list[tuple[str, str]]]] = []
    body = b"".join(
        receiver.wsgi(
            {"REQUEST_METHOD": "POST", **environ},
            lambda status, headers: started.append((status, headers)),
        )
    )
    ((status, headers),) = started
    return status, dict(headers), body


def test_wsgi_reads_exactly_the_announced_body() -> None:
    receiver = Receiver(SECRET, max_body_size=500)
    body, headers = push(PAID_TAOBAO, {"purchase_id": 9})
    auth = headers["Authorization"]
    receiver_at_the_limit = Receiver(SECRET, max_body_size=len(body))

    # Content-Length bytes and no more: what follows on the connection is not this request's.
    stream = io.BytesIO(body + b"next request")
    environ = {"CONTENT_LENGTH": str(len(body)), "wsgi.input": stream}
    assert _wsgi(receiver_at_the_limit, {**environ, "HTTP_AUTHORIZATION": auth})[0] == "200 OK"
    assert stream.tell() == len(body)
    # A one-byte body is read too (signed, so PandaPon's: kept).
    one = {"CONTENT_LENGTH": "1", "wsgi.input": io.BytesIO(b"1")}
    assert _wsgi(receiver, {**one, "HTTP_AUTHORIZATION": sign_payload(b"1", SECRET)}) == (
        "200 OK",
        {"Content-Type": "text/plain; charset=utf-8", "Content-Length": "11"},
        b"quarantined",
    )
    # No Content-Length and not chunked: an empty body, the stream left alone.
    empty = {"wsgi.input": _Unreadable(), "HTTP_AUTHORIZATION": sign_payload(b"", SECRET)}
    assert _wsgi(receiver, empty)[2] == b"quarantined"
    # Announced too large: refused unread. Chunked and too large: read one byte past the limit.
    stream = io.BytesIO(b"x" * 10_000)
    big = {"CONTENT_LENGTH": "10000", "wsgi.input": stream, "HTTP_AUTHORIZATION": auth}
    assert _wsgi(receiver, big)[:1] == ("413 Content Too Large",)
    assert stream.tell() == 0
    stream = io.BytesIO(b"x" * 10_000)
    chunked = {"wsgi.input": stream, "wsgi.input_terminated": True, "HTTP_AUTHORIZATION": auth}
    assert _wsgi(receiver, chunked)[::2] == ("413 Content Too Large", b"body too large")
    assert stream.tell() == 501
    # A Content-Length that is not a number.
    bad = {"CONTENT_LENGTH": "12x", "wsgi.input": _Unreadable()}
    assert _wsgi(receiver, bad) == (
        "400 Bad Request",
        {"Content-Type": "text/plain; charset=utf-8", "Content-Length": "18"},
        b"bad Content-Length",
    )
    assert receiver.close(timeout=10) and receiver_at_the_limit.close(timeout=10)


def test_wsgi_answers_only_post_and_says_so() -> None:
    receiver = Receiver(SECRET)
    status, headers, body = _wsgi(receiver, {"REQUEST_METHOD": "GET"})
    allow = httpx.Headers(headers)["allow"]  # header names are case-insensitive
    assert (status, allow, body) == ("405 Method Not Allowed", "POST", b"method not allowed")


def test_wsgi_answers_500_when_the_store_is_down(caplog: pytest.LogCaptureFixture) -> None:
    class DownStore(InMemoryStore):
        def add(self, key: str, body: bytes) -> bool:
            raise ConnectionError("store unreachable")

    receiver = Receiver(SECRET, store=DownStore())
    with caplog.at_level("ERROR", logger="pandapon.webhooks"):
        (response,) = wsgi_post(receiver, push(PAID_TAOBAO, {"purchase_id": 1}))
    assert (response.status_code, response.text) == (500, "internal error")
    (record,) = caplog.records
    assert "could not accept a message" in record.getMessage()
    assert record.exc_info is not None  # with the store's error


def test_wsgi_slow_handler_is_acknowledged_first(receiver: Receiver) -> None:
    order: list[str] = []
    release = threading.Event()

    @receiver.on(PAID_TAOBAO)
    def slow(message: Message[Any]) -> None:
        release.wait(timeout=5)
        order.append("handler finished")

    with httpx.Client(transport=httpx.WSGITransport(app=receiver.wsgi)) as client:
        body, headers = push(PAID_TAOBAO, {"purchase_id": 1})
        response = client.post(URL, content=body, headers=headers)
    order.append(f"response {response.status_code}")
    release.set()
    assert receiver.drain(timeout=10)
    assert order == ["response 200", "handler finished"]


def test_wsgi_rejects_an_oversized_body() -> None:
    receiver = Receiver(SECRET, max_body_size=10)
    with httpx.Client(transport=httpx.WSGITransport(app=receiver.wsgi)) as client:
        response = client.post(URL, content=b"x" * 11, headers={"Authorization": "0" * 64})
    assert response.status_code == 413


# --- configuration and lifecycle -------------------------------------------------------------


def test_secret_comes_from_the_argument_or_the_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("PANDAPON_ACCESS_SECRET", raising=False)
    with pytest.raises(pandapon.ConfigurationError, match="PANDAPON_ACCESS_SECRET"):
        Receiver()
    monkeypatch.setenv("PANDAPON_ACCESS_SECRET", SECRET)
    outcome = Receiver().handle(*_body_and_auth(push(PAID_TAOBAO, {})))
    assert outcome.status == 200


def test_on_rejects_what_it_cannot_match(receiver: Receiver) -> None:
    with pytest.raises(TypeError, match="on\\(Message\\)"):
        receiver.on()
    with pytest.raises(TypeError, match="not <class 'int'>"):
        receiver.on(int)  # type: ignore[arg-type]


def test_asgi_lifespan_shutdown_waits_for_handlers(receiver: Receiver) -> None:
    finished: list[str] = []

    @receiver.on(PAID_TAOBAO)
    async def handler(message: Message[Any]) -> None:
        await asyncio.sleep(0.05)
        finished.append("done")

    async def run() -> list[MutableMapping[str, Any]]:
        events = asyncio.Queue[dict[str, Any]]()
        sent: list[MutableMapping[str, Any]] = []

        async def send(event: MutableMapping[str, Any]) -> None:
            sent.append(event)

        await events.put({"type": "lifespan.startup"})
        lifespan = asyncio.create_task(receiver({"type": "lifespan"}, events.get, send))
        await _post_all(receiver, push(PAID_TAOBAO, {"purchase_id": 1}))
        await events.put({"type": "lifespan.shutdown"})
        await lifespan
        return sent

    sent = asyncio.run(run())
    assert [e["type"] for e in sent] == ["lifespan.startup.complete", "lifespan.shutdown.complete"]
    assert finished == ["done"]


def test_shutdown_cancellation_keeps_unfinished_handlers_as_failed(receiver: Receiver) -> None:
    @receiver.on(PAID_TAOBAO)
    async def never_finishes(message: Message[Any]) -> None:
        await asyncio.sleep(3600)

    async def run() -> None:
        await _post_all(receiver, push(PAID_TAOBAO, {"purchase_id": 1}))
        await asyncio.sleep(0)
        # asyncio.run() cancels the still-running handler task when this returns

    asyncio.run(run())
    (failed,) = receiver.store.take_failed()
    assert isinstance(failed, FailedMessage)
    assert failed.handlers[0].endswith("never_finishes")


def test_wsgi_reads_a_chunked_body_to_its_end() -> None:
    # A server that de-chunks (gunicorn, werkzeug) sends no CONTENT_LENGTH but sets this flag.
    receiver = Receiver(SECRET, max_body_size=500)
    statuses: list[str] = []
    body, headers = push(PAID_TAOBAO, {"purchase_id": 1})
    for content in (body, b"{" + b" " * 600 + b"}"):
        environ = {
            "REQUEST_METHOD": "POST",
            "wsgi.input": io.BytesIO(content),
            "wsgi.input_terminated": True,
            "HTTP_AUTHORIZATION": headers["Authorization"],
        }
        receiver.wsgi(environ, lambda status, _headers: statuses.append(status))
    assert statuses == ["200 OK", "413 Content Too Large"]
    receiver.close()


# --- signed pushes that cannot be taken in ------------------------------------------------------


def _raw_push(message_body: bytes) -> tuple[bytes, dict[str, str]]:
    stamp = str(time.time_ns() // 1_000_000).encode()
    raw = (
        b'{"messageType":"1688_ORDER_PAY_SUCCESS","messagePlatform":1,"timestamp":"'
        + stamp
        + b'","messageBody":'
        + message_body
        + b"}"
    )
    return signed_request(raw, SECRET)


@pytest.mark.parametrize("store_kind", ["memory", "sqlite"])
@pytest.mark.parametrize("post", [asgi_post, wsgi_post], ids=["asgi", "wsgi"])
def test_a_lone_surrogate_or_a_huge_number_is_kept_not_lost(
    tmp_path: Path, store_kind: str, post: Any, caplog: pytest.LogCaptureFixture
) -> None:
    """A probe: both failed in message_key with HTTP 500 on every redelivery, so PandaPon gave
    up after 5 tries and the message was lost. Now the surrogate is handled like any message;
    the number, which Python cannot read, is answered 200 and quarantined, redeliveries too."""
    store = SQLiteStore(tmp_path / "q.db") if store_kind == "sqlite" else InMemoryStore()
    receiver = Receiver(SECRET, store=store)
    seen: list[Any] = []
    receiver.on(Message)(lambda message: seen.append(message.raw["messageBody"]))
    surrogate = _raw_push(b'{"orderId":"\\ud800"}')
    huge = _raw_push(b'{"orderId":' + b"9" * 100_000 + b"}")
    with caplog.at_level("INFO", logger="pandapon.webhooks"):
        responses = post(receiver, surrogate, surrogate, huge, huge)
    assert [(r.status_code, r.text) for r in responses] == [
        (200, "ok"),
        (200, "duplicate"),
        (200, "quarantined"),
        (200, "quarantined"),
    ]
    assert seen == [{"orderId": "\ud800"}]
    (kept,) = receiver.quarantined()
    assert kept.body == huge[0]
    assert "number too long" in kept.reason
    # "(500)" or "answering 500": a bare "500" is in one key in 70 (a hex SHA-256).
    assert not any(
        record.levelname == "ERROR" and re.search(r"\(500\)|answering 500", record.getMessage())
        for record in caplog.records
    )
    # The log says which message was kept and why, and that its redelivery was acknowledged.
    keyed = [r for r in caplog.records if kept.key in r.getMessage()]
    assert [r.levelname for r in keyed] == ["ERROR", "INFO"]
    assert "number too long" in keyed[0].getMessage()
    assert "redelivery" in keyed[1].getMessage()
    assert receiver.forget_quarantined(kept.key)
    assert receiver.quarantined() == []
    assert receiver.close(timeout=10)


def test_a_dedup_key_that_fails_quarantines_the_message() -> None:
    def broken(message: Message[Any]) -> str:
        raise RuntimeError("no key for \x1b[2J this one")

    receiver = Receiver(SECRET, dedup_key=broken)
    (response,) = asgi_post(receiver, push(PRICE, {"baseInfo": {"id": 7}}))
    assert response.text == "quarantined"
    (kept,) = receiver.quarantined()
    assert kept.reason == "no deduplication key: RuntimeError: no key for \\x1b[2J this one"


def test_a_quarantine_reason_is_cut_to_300_characters() -> None:
    """The reason holds the sender's text (here through the exception): it is bounded."""
    text = "a" * 1000

    def broken(message: Message[Any]) -> str:
        raise RuntimeError(text)

    receiver = Receiver(SECRET, dedup_key=broken)
    (response,) = asgi_post(receiver, push(PRICE, {"baseInfo": {"id": 8}}))
    assert response.text == "quarantined"
    (kept,) = receiver.quarantined()
    assert kept.reason == f"no deduplication key: RuntimeError: {text}"[:300]


def test_a_store_that_cannot_quarantine_answers_500_as_before(
    caplog: pytest.LogCaptureFixture,
) -> None:
    class Minimal:  # the four methods of MessageStore, as a user's own store may have
        def add(self, key: str, body: bytes) -> bool:
            return True

        def mark_done(self, key: str) -> None: ...

        def mark_failed(self, key: str, handlers: Any) -> None: ...

        def take_failed(self) -> list[FailedMessage]:
            return []

    receiver = Receiver(SECRET, store=Minimal())
    signed_junk = (b"{oops", {"Authorization": sign_payload(b"{oops", SECRET)})
    with caplog.at_level("ERROR", logger="pandapon.webhooks"):
        (response,) = asgi_post(receiver, signed_junk)
        # From one's own route too: handle() returns the answer, it does not raise.
        outcome = receiver.handle(b"{oops", sign_payload(b"{oops", SECRET))
    assert (response.status_code, response.text) == (500, "internal error")
    assert (outcome.status, outcome.text, outcome.message) == (500, "internal error", None)
    assert receiver.quarantined() == []
    # Logged as an error, with why: the message is not kept, PandaPon's retries are its chance.
    # ("answering 500" is what test_a_lone_surrogate_or_a_huge_number_is_kept_not_lost looks
    # for to tell that a quarantining store did not answer 500.)
    logged = [r.getMessage() for r in caplog.records if r.levelname == "ERROR"]
    assert len(logged) == 2
    assert all("unreadable" in text and "answering 500" in text for text in logged)
