"""Request hooks (``hooks=``): before send, after answer, on retry, with an OpenTelemetry span
in five lines (README: Request hooks and tracing), against the sandbox; and the signature never
reaching a span, a log line or an httpx event hook of a user's ``http_client``."""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest
from opentelemetry import trace
from opentelemetry.sdk.trace import TracerProvider
from opentelemetry.sdk.trace.export import SimpleSpanProcessor
from opentelemetry.sdk.trace.export.in_memory_span_exporter import InMemorySpanExporter
from pandapon_api.models import ReceiverAddressTO

import pandapon
from pandapon import sandbox


@pytest.fixture(scope="module")
def box() -> Iterator[sandbox.RunningSandbox]:
    with sandbox.running() as running:
        yield running


@pytest.fixture
def spans() -> Iterator[tuple[trace.Tracer, InMemorySpanExporter]]:
    exporter = InMemorySpanExporter()
    provider = TracerProvider()
    provider.add_span_processor(SimpleSpanProcessor(exporter))
    yield provider.get_tracer("my-shop"), exporter
    provider.shutdown()


class Signatures:
    """A signer that remembers every signature it made, to look for them afterwards."""

    def __init__(self) -> None:
        self.made: list[str] = []

    def __call__(self, *args: Any) -> str:
        signature = pandapon.sign(*args)
        self.made.append(signature)
        return signature

    def found_in(self, text: str) -> list[str]:
        return [s for s in self.made if s in text]


FIVE_LINES = """class Spans(pandapon.Hooks):
    def before_send(self, attempt):
        attempt.context["span"] = tracer.start_span(f"PandaPon {attempt.operation_id}")
    def after_answer(self, attempt):
        attempt.context["span"].set_attributes(attempt.attributes())
        attempt.context["span"].end()
"""


def test_the_readme_shows_the_five_lines_tested_here() -> None:
    readme = (Path(__file__).resolve().parents[2] / "README.md").read_text(encoding="utf-8")
    assert FIVE_LINES in readme


def _tracing(tracer: trace.Tracer) -> pandapon.Hooks:
    # The README's class (FIVE_LINES), as a module of yours would hold it.
    class Spans(pandapon.Hooks):
        def before_send(self, attempt):
            attempt.context["span"] = tracer.start_span(f"PandaPon {attempt.operation_id}")

        def after_answer(self, attempt):
            attempt.context["span"].set_attributes(attempt.attributes())
            attempt.context["span"].end()

    return Spans()


def _client(box: sandbox.RunningSandbox, **options: Any) -> pandapon.PandaPon:
    config = box.config
    return pandapon.PandaPon(
        config.access_key, config.access_secret, config.user_id, base_url=box.url, **options
    )


def _freight(client: Any) -> Any:
    return client.logistics.estimate_freight(  # signed in its query too (?timestamp&sign)
        item_id="1",
        sku_id="2",
        quantity=2,
        currency="CNY",
        price="9.90",
        receiver_address=ReceiverAddressTO(country="US", state="CA", city="X", zip_="91607"),
    )


def test_a_span_per_attempt_with_the_operation_attempt_and_request_id(
    box: sandbox.RunningSandbox, spans: tuple[trace.Tracer, InMemorySpanExporter]
) -> None:
    tracer, exporter = spans
    box.admin.reset()
    box.admin.inject_fault("error", operation_id="listAlibabaOrders")  # one 500, then a retry
    retries: list[tuple[int, float | None]] = []

    class Retries(pandapon.Hooks):
        def on_retry(self, attempt: pandapon.Attempt) -> None:
            retries.append((attempt.number, attempt.retry_in))

    with _client(box, hooks=[_tracing(tracer), Retries()]) as client:
        answer = client.with_raw_response.alibaba.orders.list(page_size=1)
    first, second = exporter.get_finished_spans()
    assert first.name == second.name == "PandaPon listAlibabaOrders"
    assert first.attributes is not None and second.attributes is not None
    assert (first.attributes["pandapon.attempt"], second.attributes["pandapon.attempt"]) == (1, 2)
    assert first.attributes["pandapon.outcome"] == "error"
    assert first.attributes["http.response.status_code"] == 500
    assert second.attributes["pandapon.outcome"] == "ok"
    assert second.attributes["pandapon.request_id"] == answer.request_id
    assert second.attributes["url.path"] == "/v2/alibaba/order/page"
    assert second.start_time is not None and second.end_time is not None
    assert second.end_time >= second.start_time
    assert len(retries) == 1 and retries[0][0] == 1 and (retries[0][1] or 0) > 0


def test_the_async_client_tells_the_same_hooks(
    box: sandbox.RunningSandbox, spans: tuple[trace.Tracer, InMemorySpanExporter]
) -> None:
    tracer, exporter = spans
    config = box.config

    async def run() -> None:
        async with pandapon.AsyncPandaPon(
            config.access_key,
            config.access_secret,
            config.user_id,
            base_url=box.url,
            hooks=[_tracing(tracer)],
        ) as client:
            await client.alibaba.orders.list(page_size=1)
            with pytest.raises(pandapon.NotFoundError):
                await client.taobao.orders.get(order_id="404")

    asyncio.run(run())
    ok, missing = exporter.get_finished_spans()
    assert ok.attributes is not None and ok.attributes["pandapon.outcome"] == "ok"
    assert missing.attributes is not None
    assert missing.attributes["pandapon.operation_id"] == "getTaobaoOrder"
    assert missing.attributes["error.type"] == "NotFoundError"
    assert missing.attributes["pandapon.request_id"]


def test_a_failed_attempt_is_reported_too() -> None:
    seen: list[pandapon.Attempt] = []

    class Record(pandapon.Hooks):
        def after_answer(self, attempt: pandapon.Attempt) -> None:
            seen.append(attempt)

    url = f"http://127.0.0.1:{sandbox.free_port()}"  # nothing listens there
    client = pandapon.PandaPon("k", "s", "u", base_url=url, max_retries=1, hooks=[Record()])
    with client, pytest.raises(pandapon.APIConnectionError):
        # a write, sent again because it provably never left (the connection was refused)
        client.call("cancelAlibabaOrder", {"webSite": "1688", "orderId": 1})
    assert [(a.number, a.outcome, a.http_status, type(a.error)) for a in seen] == [
        (1, "failed", None, pandapon.APIConnectionError),
        (2, "failed", None, pandapon.APIConnectionError),
    ]
    assert seen[0].retry_in is not None and seen[1].retry_in is None


def test_a_hook_that_raises_does_not_change_the_call(
    box: sandbox.RunningSandbox, caplog: pytest.LogCaptureFixture
) -> None:
    class Broken(pandapon.Hooks):
        def after_answer(self, attempt: pandapon.Attempt) -> None:
            raise RuntimeError("the exporter is down")

    with _client(box, hooks=[Broken()]) as client:
        assert client.alibaba.orders.list(page_size=1).data
    assert "a request hook failed in after_answer (listAlibabaOrders)" in caplog.text


def test_hooks_must_be_hooks() -> None:
    with pytest.raises(pandapon.ConfigurationError, match="before_send, after_answer or on_retry"):
        pandapon.PandaPon("k", "s", "u", hooks=[object()])
    with pytest.raises(pandapon.ConfigurationError, match="a list of hook objects"):
        pandapon.PandaPon("k", "s", "u", hooks=pandapon.Hooks())  # type: ignore[arg-type]


def test_no_signature_reaches_a_span_a_log_or_an_httpx_event_hook(
    box: sandbox.RunningSandbox,
    spans: tuple[trace.Tracer, InMemorySpanExporter],
    caplog: pytest.LogCaptureFixture,
) -> None:
    tracer, exporter = spans
    signatures = Signatures()
    seen: list[str] = []

    def on_request(request: httpx.Request) -> None:
        seen.append(f"{request.url} {dict(request.headers)} {request.content!r}")

    def on_response(response: httpx.Response) -> None:
        seen.append(f"{response.request.url} {dict(response.request.headers)}")

    caplog.set_level(logging.DEBUG)
    http = httpx.Client(event_hooks={"request": [on_request], "response": [on_response]})
    with _client(box, http_client=http, signer=signatures, hooks=[_tracing(tracer)]) as client:
        assert _freight(client)  # signed in the header and the query, and accepted
        client.alibaba.orders.list(page_size=1)
    http.close()
    assert len(signatures.made) == 2 and len(seen) == 4
    assert "sign=%5Bredacted%5D" in seen[0] and "'signature': '[redacted]'" in seen[0]
    assert "itemLogisticsPrice" in seen[0] and "91607" in seen[0]  # the body is shown too
    assert signatures.found_in(" ".join(seen)) == []
    span_text = " ".join(str(s.attributes) + s.name for s in exporter.get_finished_spans())
    assert signatures.found_in(span_text) == []
    assert signatures.found_in(caplog.text) == []
    assert any("itemLogisticsPrice" in r.getMessage() for r in caplog.records)  # it did log


def test_an_async_http_clients_event_hooks_see_no_signature(box: sandbox.RunningSandbox) -> None:
    signatures = Signatures()
    seen: list[str] = []

    async def on_request(request: httpx.Request) -> None:
        seen.append(f"{request.url} {dict(request.headers)}")

    async def run() -> None:
        config = box.config
        async with (
            httpx.AsyncClient(event_hooks={"request": [on_request]}) as http,
            pandapon.AsyncPandaPon(
                config.access_key,
                config.access_secret,
                config.user_id,
                base_url=box.url,
                http_client=http,
                signer=signatures,
            ) as client,
        ):
            await _freight(client)

    asyncio.run(run())
    assert len(seen) == 1 and "sign=%5Bredacted%5D" in seen[0]
    assert signatures.made and signatures.found_in(" ".join(seen)) == []
