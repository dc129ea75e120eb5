"""The access secret and every signature stay out of logs, reprs and error messages.

A representative session (happy calls, API errors, retries, injected faults, the sandbox itself,
query-signed logistics calls, both clients, and message pushes signed, verified and rejected)
runs with every logger at DEBUG: the root logger, and httpx, httpcore and uvicorn, whose own
handlers would otherwise keep some records to themselves. Every signature the SDK sent and every
push signature is collected from the wire; none of them, nor the secret, may appear anywhere a
developer could see or log.
"""

from __future__ import annotations

import asyncio
import io
import json
import logging
import secrets
import traceback
from collections.abc import Iterator
from typing import Any
from urllib.parse import parse_qs

import httpx
import pytest

import pandapon
from pandapon import sandbox, webhooks
from pandapon.webhooks import testing

SECRET = "s3cr3t-" + secrets.token_hex(12)
CONFIG_KEY = "robust-access-key"
ADDRESS = {"fullName": "张三", "mobile": "18600888861", "cityText": "杭州市", "address": "文一西路"}
FREIGHT = {
    "itemId": "1",
    "skuId": "2",
    "quantity": 1,
    "currency": "CNY",
    "price": "9.90",
    "receiverAddress": {"country": "US", "city": "LA", "zip": "90001"},
}
FAST = pandapon.RetryPolicy(initial_delay=0.01, max_delay=0.02, max_retry_after=0.1)
LOGGERS = (
    "",
    "pandapon",
    "pandapon.sandbox",
    "pandapon.webhooks",
    "httpx",
    "httpcore",
    "uvicorn",
    "uvicorn.error",
    "uvicorn.access",
    "asyncio",
)


class Everything(logging.Handler):
    """Formats every record it sees, tracebacks included."""

    def __init__(self) -> None:
        super().__init__(level=logging.DEBUG)
        self.setFormatter(logging.Formatter("%(name)s %(levelname)s %(message)s"))
        self.lines: list[str] = []
        self.names: set[str] = set()

    def emit(self, record: logging.LogRecord) -> None:
        self.lines.append(self.format(record))
        self.names.add(record.name)

    def attach(self) -> None:
        """Listen to every logger at DEBUG. Call again after a uvicorn server starts: its
        logging config replaces the handlers and levels of its loggers (and stops them
        propagating to the root logger)."""
        for name in LOGGERS:
            logger = logging.getLogger(name)
            logger.setLevel(logging.DEBUG)
            if self not in logger.handlers:
                logger.addHandler(self)


@pytest.fixture
def logs() -> Iterator[Everything]:
    handler = Everything()
    saved = {name: logging.getLogger(name).level for name in LOGGERS}
    handler.attach()
    yield handler
    for name in LOGGERS:
        logger = logging.getLogger(name)
        logger.removeHandler(handler)
        logger.setLevel(saved[name])


class Wire:
    """Every signature that went over the wire: request headers and ``sign=`` parameters, read
    by the transport (an httpx event hook of the user's client sees them redacted)."""

    def __init__(self) -> None:
        self.signatures: set[str] = set()
        self.requests = 0

    def __call__(self, request: httpx.Request) -> None:
        self.requests += 1
        if "signature" in request.headers:
            self.signatures.add(request.headers["signature"])
        self.signatures.update(parse_qs(request.url.query.decode()).get("sign", []))

    def client(self) -> httpx.Client:
        wire, inner = self, httpx.HTTPTransport()

        class Tap(httpx.BaseTransport):
            def handle_request(self, request: httpx.Request) -> httpx.Response:
                wire(request)
                return inner.handle_request(request)

            def close(self) -> None:
                inner.close()

        return httpx.Client(transport=Tap())

    def async_client(self) -> httpx.AsyncClient:
        wire, inner = self, httpx.AsyncHTTPTransport()

        class Tap(httpx.AsyncBaseTransport):
            async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
                wire(request)
                return await inner.handle_async_request(request)

            async def aclose(self) -> None:
                await inner.aclose()

        return httpx.AsyncClient(transport=Tap())


class Seen:
    """Everything a developer could print: reprs, messages, tracebacks."""

    def __init__(self) -> None:
        self.texts: list[str] = []

    def add(self, *objects: object) -> None:
        for obj in objects:
            self.texts += [repr(obj), str(obj)]
            if isinstance(obj, BaseException):
                self.texts.append("".join(traceback.format_exception(obj)))
                self.texts += [repr(arg) for arg in obj.args]

    def error(self, call: Any, *args: Any, **kwargs: Any) -> BaseException:
        try:
            call(*args, **kwargs)
        except pandapon.PandaPonError as error:
            self.add(error)
            return error
        raise AssertionError(f"{call} did not fail")

    async def async_error(self, call: Any, *args: Any, **kwargs: Any) -> BaseException:
        try:
            await call(*args, **kwargs)
        except pandapon.PandaPonError as error:
            self.add(error)
            return error
        raise AssertionError(f"{call} did not fail")


def test_no_secret_or_signature_is_ever_shown(logs: Everything) -> None:
    wire = Wire()
    seen = Seen()
    pushes: list[tuple[str, bytes]] = []
    receiver = webhooks.Receiver(SECRET)
    receiver.on(webhooks.Message)(seen.add)

    async def capture_push(scope: Any, receive: Any, send: Any) -> None:
        """Note the push signature, then let the real receiver verify and answer."""
        if scope["type"] == "http":
            authorization = dict(scope["headers"]).get(b"authorization", b"").decode()
            body = b""
            while True:
                message = await receive()
                body += message.get("body", b"")
                if not message.get("more_body"):
                    break
            pushes.append((authorization, body))

            async def replay() -> dict[str, Any]:
                return {"type": "http.request", "body": body, "more_body": False}

            await receiver(scope, replay, send)
            return
        await receiver(scope, receive, send)

    with sandbox.serving(capture_push) as receiver_url:
        config = sandbox.SandboxConfig(
            access_key=CONFIG_KEY,
            access_secret=SECRET,
            callback_url=receiver_url,
            callback_retry_delays=(0.05,),
        )
        with sandbox.running(config) as box:
            logs.attach()
            seen.add(config, box.config, box)
            run_sync_session(box, wire, seen)
            asyncio.run(run_async_session(box, wire, seen))
            receiver.drain(timeout=5)
    run_webhook_checks(seen, pushes)

    assert wire.requests >= 20 and len(wire.signatures) >= wire.requests
    assert len(pushes) >= 3
    push_signatures = {authorization for authorization, _ in pushes}
    for name in ("pandapon", "pandapon.webhooks", "httpx", "httpcore", "uvicorn.access"):
        assert any(n == name or n.startswith(name + ".") for n in logs.names), name
    text = "\n".join(logs.lines + seen.texts)
    assert SECRET not in text
    leaked = [s for s in wire.signatures | push_signatures if s and s in text]
    where = [line[:300] for line in logs.lines + seen.texts if any(s in line for s in leaked)]
    assert leaked == [], where[:5]
    assert "sign=***" in text  # the query signature was there to leak, and was redacted


def run_sync_session(box: sandbox.RunningSandbox, wire: Wire, seen: Seen) -> None:
    http = wire.client()
    with box.client(http_client=http, retry_policy=FAST) as client:
        seen.add(client, client.with_options(user_id="sub-account", timeout=3), client._auth)
        # Happy: a 1688 purchase, then the query-signed logistics calls.
        offer = client.alibaba.products.search(keyword="T恤").data[0].offer_id
        detail = client.alibaba.products.get(offer_id=str(offer))
        cargo = [{"offerMapId": str(offer), "specId": detail.product_sku_infos[0].spec_id}]
        order = client.call(
            "createAlibabaOrder",
            {"flow": "general", "addressParam": ADDRESS, "cargoParamList": cargo},
        )
        client.alibaba.orders.pay(order_id=str(order.order_id))
        seen.add(order, list(client.alibaba.orders.iter_list(page_size=5))[:1])
        client.call("estimateFreight", FREIGHT)
        seen.add(client.call_unchecked("previewOrderFreight", {"renderItems": []}))
        # API errors.
        seen.error(client.alibaba.orders.pay, order_id="1")
        seen.error(client.call, "cancelAlibabaOrder", {"webSite": "1688"})
        seen.error(client.call, "cancelAlibabaOrdr", {})
        # Retries, then injected faults.
        box.admin.inject_fault("error", count=2, operation_id="listAlibabaCartItems")
        client.alibaba.cart.list()
        box.admin.inject_fault("rate_limit", operation_id="listAlibabaCartItems", retry_after=0.05)
        client.alibaba.cart.list()
        box.admin.inject_fault("malformed_json", operation_id="listAlibabaCartItems")
        seen.error(client.with_options(max_retries=0).alibaba.cart.list)
        box.admin.inject_fault("drop_after_commit", operation_id="createAlibabaOrder")
        seen.error(
            client.call,
            "createAlibabaOrder",
            {"flow": "general", "addressParam": ADDRESS, "cargoParamList": cargo},
        )
        box.admin.inject_fault("delay", operation_id="estimateFreight", seconds=0.5)
        seen.error(client.with_options(timeout=0.1, max_retries=0).call, "estimateFreight", FREIGHT)
    # Rejected signatures: a wrong secret, a clock far off (for a write: not retried).
    config = box.config
    with pandapon.PandaPon(
        config.access_key,
        "wrong-" + SECRET[::-1],
        config.user_id,
        base_url=box.url,
        http_client=wire.client(),
    ) as wrong:
        seen.add(wrong, seen.error(wrong.alibaba.cart.list))
    http = wire.client()
    with box.client(http_client=http, clock_offset=3600) as skewed:
        seen.error(skewed.alibaba.cart.add, offer_map_id=str(offer))


async def run_async_session(box: sandbox.RunningSandbox, wire: Wire, seen: Seen) -> None:
    config = box.config
    async with pandapon.AsyncPandaPon(
        config.access_key,
        config.access_secret,
        config.user_id,
        base_url=box.url,
        http_client=wire.async_client(),
        retry_policy=FAST,
    ) as client:
        seen.add(client)
        await client.alibaba.cart.list()
        box.admin.inject_fault("error", operation_id="listTaobaoCartItems")
        await client.taobao.cart.list()
        await client.call("previewOrderFreight", {"renderItems": []})
        missing = await seen.async_error(client.alibaba.orders.pay, order_id="404")
        assert isinstance(missing, pandapon.NotFoundError), repr(missing)


def run_webhook_checks(seen: Seen, pushes: list[tuple[str, bytes]]) -> None:
    """Signing, verifying and rejecting pushes shows neither the secret nor a signature."""
    payload = testing.envelope("1688_ORDER_BUYER_VIEW_ORDER_PAY", {"orderId": 1})
    body, headers = testing.signed_request(payload, SECRET)
    seen.add(headers.keys(), webhooks.construct_message(body, headers["Authorization"], SECRET))
    for authorization, pushed in pushes:
        seen.add(webhooks.construct_message(pushed, authorization, SECRET))
        # Tampered bodies and wrong secrets are rejected without naming either signature.
        seen.error(webhooks.verify_signature, pushed + b" ", authorization, SECRET)
        seen.error(webhooks.verify_signature, pushed, authorization, SECRET + "x")
        seen.error(webhooks.verify_signature, pushed, "HMAC-SHA256 " + authorization.upper(), "k")
    stale = json.dumps({**payload, "timestamp": "1000000000000"}).encode()
    seen.error(webhooks.construct_message, stale, webhooks.sign_payload(stale, SECRET), SECRET)
    receiver = webhooks.Receiver(SECRET)
    seen.add(receiver)
    environ = {
        "REQUEST_METHOD": "POST",
        "CONTENT_LENGTH": str(len(body)),
        "HTTP_AUTHORIZATION": "0" * 64,
        "wsgi.input": io.BytesIO(body),
    }
    seen.add(b"".join(receiver.wsgi(environ, lambda status, headers: None)))
