"""Faults injected into a real sandbox, and the sandbox under a burst of concurrent writes.

tests/sandbox/test_sandbox.py already covers a 1688 create dropped after commit, two 500s then
success and a 429 on a sync read (five distinct nonces), malformed JSON, and one sync timeout. This
file adds payments dropped after commit, a Taobao create, the async client, the ``retrying ... in
...s`` line that shows a Retry-After being honoured, timeouts on writes and reads, servers that
never answer, and a load burst that must lose no write.
"""

from __future__ import annotations

import asyncio
import logging
import time
from collections.abc import Callable, Iterator
from typing import Any

import httpx
import pytest

import pandapon
from pandapon import sandbox
from pandapon._spec import operations
from tests.support.flows import buy_1688
from tests.support.loopback import Loopback, loopback

ADDRESS = {"fullName": "张三", "mobile": "18600888861", "cityText": "杭州市", "address": "文一西路"}
FAST = pandapon.RetryPolicy(initial_delay=0.01, max_delay=0.05, max_retry_after=0.5)
#: A policy whose own backoff is long: a short wait can only come from Retry-After.
SLOW_BACKOFF = pandapon.RetryPolicy(initial_delay=30.0, max_delay=30.0, max_retry_after=60.0)


@pytest.fixture(scope="module")
def box() -> Iterator[sandbox.RunningSandbox]:
    # Messages go nowhere (nothing listens there); the sandbox still records each one it pushes,
    # which is how a test sees that a payment happened exactly once.
    config = sandbox.SandboxConfig(
        callback_url=f"http://127.0.0.1:{sandbox.free_port()}/", callback_retry_delays=(3600.0,)
    )
    with sandbox.running(config) as running:
        yield running


class Sent:
    """An httpx request hook: the requests of one operation that actually went out."""

    def __init__(self) -> None:
        self.requests: list[httpx.Request] = []

    def __call__(self, request: httpx.Request) -> None:
        self.requests.append(request)

    async def hook(self, request: httpx.Request) -> None:
        self.requests.append(request)

    def to(self, operation_id: str) -> list[httpx.Request]:
        path = operations()[operation_id].path
        return [r for r in self.requests if r.url.path == path]


def client_for(box: sandbox.RunningSandbox, sent: Sent, **options: Any) -> pandapon.PandaPon:
    http = httpx.Client(event_hooks={"request": [sent]})
    options.setdefault("retry_policy", FAST)
    return box.client(http_client=http, **options)


def async_client_for(
    box: sandbox.RunningSandbox, sent: Sent, **options: Any
) -> pandapon.AsyncPandaPon:
    config = box.config
    options.setdefault("retry_policy", FAST)
    return pandapon.AsyncPandaPon(
        config.access_key,
        config.access_secret,
        config.user_id,
        base_url=box.url,
        http_client=httpx.AsyncClient(event_hooks={"request": [sent.hook]}),
        **options,
    )


def new_taobao_order(client: pandapon.PandaPon) -> str:
    item = client.taobao.products.search(keyword="").data[0]
    product = client.taobao.products.get(item_id=str(item.item_id))
    line = {"itemId": str(item.item_id), "skuId": str(product.sku_list[0].mp_sku_id), "quantity": 1}
    created = client.call("createTaobaoOrder", {"orderLineList": [line]})
    return str(created.order_id)


def pushed(box: sandbox.RunningSandbox, message_type: str, order_id: str) -> int:
    """How many times the sandbox committed (and pushed) this event for this order."""
    bodies = [
        d["message"]["messageBody"]
        for d in box.admin.callbacks()
        if d["message"]["messageType"] == message_type
    ]
    # 1688 bodies name the order orderId; Taobao's (upstream snake_case) outer_purchase_id.
    return sum(1 for b in bodies if order_id in (str(b.get("orderId")), b.get("outer_purchase_id")))


# -- dropped after commit --------------------------------------------------------------------

PAYMENTS = [
    pytest.param(
        "1688",
        lambda client: str(buy_1688(client)),
        "payAlibabaOrder",
        lambda client, order_id: client.alibaba.orders.pay(order_id=order_id),
        "1688_ORDER_BUYER_VIEW_ORDER_PAY",
        "waitsellersend",
        id="1688",
    ),
    pytest.param(
        "taobao",
        new_taobao_order,
        "payTaobaoOrder",
        lambda client, order_id: client.taobao.orders.pay(order_id=order_id),
        "TAOBAO_ORDER_PAY_SUCCESS",
        "WAIT_SELLER_SEND_GOODS",
        id="taobao",
    ),
]


@pytest.mark.parametrize(("platform", "create", "operation", "pay", "message", "paid"), PAYMENTS)
def test_a_payment_dropped_after_commit_is_made_once_and_reported_as_unknown(
    box: sandbox.RunningSandbox,
    platform: str,
    create: Callable[[pandapon.PandaPon], str],
    operation: str,
    pay: Callable[[pandapon.PandaPon, str], Any],
    message: str,
    paid: str,
) -> None:
    sent = Sent()
    with client_for(box, sent, max_retries=5) as client:
        order_id = create(client)
        box.admin.inject_fault("drop_after_commit", operation_id=operation)
        with pytest.raises(pandapon.APIConnectionError) as caught:
            pay(client, order_id)
    assert caught.value.outcome_unknown is True
    assert "may have reached PandaPon" in str(caught.value)
    assert caught.value.operation_id == operation
    assert len(sent.to(operation)) == 1  # never re-sent, although five retries were allowed
    status = {(o["platform"], o["orderId"]): o["status"] for o in box.admin.orders()}
    assert status[(platform, order_id)] == paid
    assert pushed(box, message, order_id) == 1  # exactly one payment was committed


def test_a_taobao_create_dropped_after_commit_exists_exactly_once(
    box: sandbox.RunningSandbox,
) -> None:
    sent = Sent()
    with client_for(box, sent, max_retries=5) as client:
        before = {o["orderId"] for o in box.admin.orders() if o["platform"] == "taobao"}
        box.admin.inject_fault("drop_after_commit", operation_id="createTaobaoOrder")
        with pytest.raises(pandapon.APIConnectionError) as caught:
            new_taobao_order(client)
        after = {o["orderId"] for o in box.admin.orders() if o["platform"] == "taobao"}
        assert caught.value.outcome_unknown is True
        assert len(sent.to("createTaobaoOrder")) == 1
        assert len(after - before) == 1
        # The order the lost answer would have named is there, listable through the SDK.
        (created,) = after - before
        assert any(str(o.order_id) == created for o in client.taobao.orders.iter_list())


# -- retries ---------------------------------------------------------------------------------


def test_async_reads_survive_two_server_errors_with_three_nonces(
    box: sandbox.RunningSandbox,
) -> None:
    sent = Sent()
    signatures: list[str] = []

    def signer(*args: Any) -> str:
        signatures.append(pandapon.sign(*args))
        return signatures[-1]

    async def run() -> Any:
        async with async_client_for(box, sent, signer=signer) as client:
            box.admin.inject_fault("error", count=2, operation_id="listAlibabaCartItems")
            return await client.alibaba.cart.list()

    assert asyncio.run(run()) is not None
    attempts = sent.to("listAlibabaCartItems")
    assert len(attempts) == 3
    assert len({r.headers["nonce-str"] for r in attempts}) == 3
    assert len(set(signatures)) == 3  # signed afresh each time
    # which the hooks of a user's http_client see redacted (README: Logging and secrets)
    assert {r.headers["signature"] for r in attempts} == {"[redacted]"}


@pytest.mark.parametrize("kind", ["sync", "async"])
def test_retry_after_is_honoured_and_logged(
    box: sandbox.RunningSandbox, caplog: pytest.LogCaptureFixture, kind: str
) -> None:
    sent = Sent()
    box.admin.inject_fault("rate_limit", operation_id="listAlibabaCartItems", retry_after=0.3)
    with caplog.at_level(logging.INFO, logger="pandapon"):
        if kind == "sync":
            with client_for(box, sent, retry_policy=SLOW_BACKOFF) as client:
                assert client.alibaba.cart.list() is not None
        else:

            async def run() -> Any:
                async with async_client_for(box, sent, retry_policy=SLOW_BACKOFF) as client:
                    return await client.alibaba.cart.list()

            assert asyncio.run(run()) is not None
    waits = [r.getMessage() for r in caplog.records if r.getMessage().startswith("retrying")]
    # 0.30 s is the server's Retry-After; the policy's own backoff would have said 30 s or so.
    assert waits == ["retrying listAlibabaCartItems in 0.30s (RateLimitError)"]
    assert len(sent.to("listAlibabaCartItems")) == 2


# -- timeouts and servers that never answer --------------------------------------------------


def test_a_read_that_times_out_is_retried_then_reported(box: sandbox.RunningSandbox) -> None:
    sent = Sent()
    box.admin.inject_fault("delay", count=2, operation_id="listAlibabaCartItems", seconds=1.0)
    with (
        client_for(box, sent, timeout=0.2, max_retries=1) as client,
        pytest.raises(pandapon.APITimeoutError) as caught,
    ):
        client.alibaba.cart.list()
    assert caught.value.outcome_unknown is True  # a read timed out after it was sent
    assert len(sent.to("listAlibabaCartItems")) == 2


def test_a_write_that_times_out_is_sent_once_and_may_have_happened(
    box: sandbox.RunningSandbox,
) -> None:
    sent = Sent()
    with client_for(box, sent, timeout=5.0, max_retries=5) as client:
        offer = str(client.alibaba.products.search(keyword="T恤").data[0].offer_id)
        before = len(box.admin.carts())
        box.admin.inject_fault("delay", operation_id="addAlibabaCartItem", seconds=0.6)
        with pytest.raises(pandapon.APITimeoutError) as caught:
            client.with_options(timeout=0.15).alibaba.cart.add(offer_map_id=offer)
        assert caught.value.outcome_unknown is True
        assert len(sent.to("addAlibabaCartItem")) == 1
        # The sandbox finishes the request after the client gave up: the outcome really was
        # unknown, and the SDK did not add the item a second time.
        wait_for(lambda: len(box.admin.carts()) == before + 1)
        time.sleep(0.2)  # were it sent twice, the second would have landed by now
        assert len(box.admin.carts()) == before + 1


def test_a_delay_shorter_than_the_timeout_is_waited_for(box: sandbox.RunningSandbox) -> None:
    sent = Sent()
    box.admin.inject_fault("delay", operation_id="listAlibabaCartItems", seconds=0.2)
    with client_for(box, sent, timeout=5.0, max_retries=0) as client:
        assert client.alibaba.cart.list() is not None
    assert len(sent.to("listAlibabaCartItems")) == 1


def test_async_timeouts_raise_the_same_error(box: sandbox.RunningSandbox) -> None:
    sent = Sent()
    box.admin.inject_fault("delay", count=3, operation_id="listAlibabaCartItems", seconds=1.0)

    async def run() -> None:
        async with async_client_for(box, sent, timeout=0.2, max_retries=2) as client:
            await client.alibaba.cart.list()

    with pytest.raises(pandapon.APITimeoutError):
        asyncio.run(run())
    assert len(sent.to("listAlibabaCartItems")) == 3


@pytest.fixture
def silent() -> Iterator[Loopback]:
    """A server that reads every request and never answers."""
    with loopback("silent") as server:
        yield server


def test_a_server_that_never_answers_does_not_hang_the_client(silent: Loopback) -> None:
    with pandapon.PandaPon(
        "k", "s", "u", base_url=silent.url, timeout=0.2, max_retries=2, retry_policy=FAST
    ) as client:
        with pytest.raises(pandapon.APITimeoutError) as caught:
            client.alibaba.cart.list()
        assert caught.value.outcome_unknown is True
        with pytest.raises(pandapon.APITimeoutError):
            client.alibaba.orders.pay(order_id="1")  # a write: one attempt
    cart, pay = (operations()[name].path for name in ("listAlibabaCartItems", "payAlibabaOrder"))
    paths = [line.split()[1].split("?")[0] for line in silent.settle()]
    assert paths == [cart] * 3 + [pay]  # three attempts of the read, one of the write


def test_a_server_that_never_answers_does_not_hang_the_async_client(silent: Loopback) -> None:
    async def run() -> None:
        async with pandapon.AsyncPandaPon(
            "k", "s", "u", base_url=silent.url, timeout=0.2, max_retries=1, retry_policy=FAST
        ) as client:
            await asyncio.gather(client.alibaba.cart.list(), client.taobao.cart.list())

    with pytest.raises(pandapon.APITimeoutError):
        asyncio.run(run())
    assert len(silent.settle()) == 4  # two reads, two attempts each


def test_a_port_nobody_listens_on_is_a_connection_error_that_was_never_sent() -> None:
    url = f"http://127.0.0.1:{sandbox.free_port()}"
    with (
        pandapon.PandaPon("k", "s", "u", base_url=url, max_retries=0) as client,
        pytest.raises(pandapon.APIConnectionError) as caught,
    ):
        client.alibaba.orders.pay(order_id="1")
    assert caught.value.outcome_unknown is False
    assert not isinstance(caught.value, pandapon.APITimeoutError)


def wait_for(condition: Callable[[], bool], seconds: float = 10.0) -> None:
    deadline = time.monotonic() + seconds
    while not condition():
        assert time.monotonic() < deadline, "the condition never held"
        time.sleep(0.05)


# -- load: a burst of concurrent writes loses none -------------------------------------------

BURST = 5_000  # requests in all; see the test's docstring
CONCURRENCY = 50


@pytest.fixture
def sandbox_process() -> Iterator[str]:
    """A sandbox in its own process: under load it gets a core of its own, as a server would."""
    with sandbox.as_process() as url:
        yield url


@pytest.mark.timeout(600)  # about 30 s on a quiet machine
def test_a_burst_of_concurrent_writes_loses_none(sandbox_process: str) -> None:
    """BURST requests, CONCURRENCY at a time through AsyncPandaPon: three in four create an
    order, the rest read a page of orders. Every order whose creation was acknowledged is listed
    afterwards, and the sandbox holds exactly the acknowledged ones."""
    url = sandbox_process
    admin = sandbox.SandboxAdmin(url)
    credentials = (
        sandbox.DEFAULT_ACCESS_KEY,
        sandbox.DEFAULT_ACCESS_SECRET,
        sandbox.DEFAULT_USER_ID,
    )
    with pandapon.PandaPon(*credentials, base_url=url) as client:
        skus = [
            (str(detail.offer_id), str(sku.spec_id))
            for hit in client.alibaba.products.search(keyword="", page_size=50).data
            for detail in [client.alibaba.products.get(offer_id=str(hit.offer_id))]
            for sku in detail.product_sku_infos
        ]
    before = {o["orderId"] for o in admin.orders() if o["platform"] == "1688"}
    created: list[str] = []
    failures: list[BaseException] = []

    async def burst() -> list[Any]:
        # Idle connections go before uvicorn's 5 s keep-alive timeout would close them under a
        # request (httpx's default expiry is also 5 s: a race that would lose a write's answer).
        limits = httpx.Limits(max_connections=CONCURRENCY, keepalive_expiry=2.0)
        async with pandapon.AsyncPandaPon(
            *credentials,
            base_url=url,
            http_client=httpx.AsyncClient(limits=limits),
            max_retries=0,  # a lost write must show, not be papered over
            timeout=60,
        ) as client:
            queue = iter(range(BURST))

            async def worker() -> None:
                for index in queue:
                    try:
                        if index % 4 == 3:
                            await client.alibaba.orders.list(page_size=20)
                            continue
                        offer, spec = skus[index % len(skus)]
                        cargo = [{"offerMapId": offer, "specId": spec, "quantity": 1}]
                        result = await client.call(
                            "createAlibabaOrder",
                            {"flow": "general", "addressParam": ADDRESS, "cargoParamList": cargo},
                        )
                        created.append(str(result.order_id))
                    except pandapon.PandaPonError as error:
                        failures.append(error)

            await asyncio.gather(*(worker() for _ in range(CONCURRENCY)))
            return [o async for o in client.alibaba.orders.iter_list(page_size=100)]

    listed = asyncio.run(burst())
    stored = {o["orderId"] for o in admin.orders() if o["platform"] == "1688"}
    admin.close()
    assert failures == []
    assert len(created) == BURST - BURST // 4
    assert len(set(created)) == len(created)  # no id handed out twice
    listed_ids = {str(o.base_info.id) for o in listed}
    assert len(listed) == len(listed_ids) == len(stored)  # every page, no order twice
    assert set(created) <= listed_ids
    assert stored - before == set(created)  # and nothing else appeared
    assert listed_ids == stored
