"""What a new user runs into first: where calls go, why a connection failed, what a model holds."""

from __future__ import annotations

import asyncio
import logging
import subprocess
import sys
from decimal import Decimal
from pathlib import Path
from typing import Any

import httpx
import pytest
from pandapon_api.models import AlibabaBuyerViewOrder, FastCargo

import pandapon
from pandapon import webhooks
from pandapon.webhooks import testing as webhook_testing

ROOT = Path(__file__).resolve().parents[2]


def test_a_refused_connection_names_the_host_and_the_cause() -> None:
    client = pandapon.PandaPon("k", "s", "u", base_url="http://127.0.0.1:9", max_retries=0)
    with pytest.raises(pandapon.APIConnectionError) as caught:
        client.call("getTaobaoProduct", params={"itemId": "x"})
    message = str(caught.value)
    assert "GET http://127.0.0.1:9/v2/taobao/product/get failed: ConnectError" in message
    assert "refused" in message.lower()  # the cause, not only in __cause__
    assert "production" not in message


def _unreachable(request: httpx.Request) -> httpx.Response:
    raise httpx.ConnectError("network is unreachable", request=request)


def test_calls_that_go_to_production_by_default_say_so(
    monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture
) -> None:
    """Only the three credential variables set: the target is production, with real money."""
    monkeypatch.delenv("PANDAPON_BASE_URL", raising=False)
    http = httpx.Client(transport=httpx.MockTransport(_unreachable))
    client = pandapon.PandaPon("k", "s", "u", http_client=http, max_retries=0)
    with (
        caplog.at_level(logging.INFO, logger="pandapon"),
        pytest.raises(pandapon.APIConnectionError) as caught,
    ):
        client.call("getTaobaoProduct", params={"itemId": "x"})
    expected = "https://api.pandapon.com (production: no base_url or PANDAPON_BASE_URL given)"
    # The note after the whole URL (a probe found it spliced in before the path).
    path = pandapon.operations()["getTaobaoProduct"].path
    assert f"https://api.pandapon.com{path} (production: no base_url" in str(caught.value)
    first = caplog.records[0].getMessage()
    assert first.startswith(f"calling {expected}: real orders and payments")
    # Said once per client, not on every call.
    with pytest.raises(pandapon.APIConnectionError):
        client.call("getTaobaoProduct", params={"itemId": "x"})
    assert sum("real orders" in r.getMessage() for r in caplog.records) == 1


def test_a_model_shows_only_the_fields_it_has() -> None:
    assert repr(FastCargo(offer_map_id="L0P", quantity=2)) == (
        "FastCargo(offer_map_id='L0P', quantity=2)"
    )
    order = AlibabaBuyerViewOrder.from_dict({"baseInfo": {"id": 7}, "newField": True})
    assert repr(order) == (
        "AlibabaBuyerViewOrder(base_info=AlibabaOrderBaseInfo(id=7), "
        "additional_properties={'newField': True})"
    )
    assert "UNSET" not in repr(AlibabaBuyerViewOrder.from_dict({}))


def test_money_fields_finds_the_money_inside_nested_models() -> None:
    order = AlibabaBuyerViewOrder.from_dict(
        {
            "baseInfo": {"totalAmount": 12.1, "sumProductPayment": "10.10"},
            "productItems": [{"price": 3.3}, {"price": 4}],
        }
    )
    found = pandapon.money_fields(order)
    assert found["base_info.total_amount"] == Decimal("12.1")
    assert found["base_info.sum_product_payment"] == Decimal("10.10")
    assert [found[f"product_items[{i}].price"] for i in (0, 1)] == [Decimal("3.3"), Decimal(4)]
    assert found["base_info.shipping_fee"] is None  # a money field the answer left out


def test_the_demo_prints_each_message_below_the_step_that_caused_it() -> None:
    """`make demo`, as a newcomer sees it: steps, and what each step made PandaPon push."""
    demo = subprocess.run(
        [sys.executable, str(ROOT / "examples" / "run_demo.py")],
        capture_output=True,
        text=True,
        timeout=180,
        check=False,
    )
    assert demo.returncode == 0, demo.stdout[-2000:] + demo.stderr[-2000:]
    lines = demo.stdout.splitlines()

    def after(step: str) -> str:
        index = next(i for i, line in enumerate(lines) if step in line)
        return lines[index + 1]

    assert "<- callback 1688_ORDER_BUYER_VIEW_BUYER_MAKE" in after("5. order created")
    assert "<- callback 1688_ORDER_BUYER_VIEW_ORDER_PAY" in after("6. paid")
    assert "<- callback TAOBAO_ORDER_CREATE" in after("2. order created from the cart")
    assert "callback" not in after("1. search")  # a search pushes nothing
    # One unit for money: yuan.
    assert "fen" not in demo.stdout
    preview = next(line for line in lines if "4. preview" in line)
    assert "payable ¥" in preview and "incl. freight" in preview
    assert "All steps passed." in lines


def _readme_block(marker: str) -> str:
    text = (ROOT / "README.md").read_text(encoding="utf-8")
    start = text.index("```python\n", text.index(marker)) + len("```python\n")
    return text[start : text.index("```", start)]


def test_the_readmes_webhooks_example_receives_pushes_at_the_registered_url(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """Run as written (a whole FastAPI app now): PandaPon posts to exactly /pandapon/messages."""
    monkeypatch.setenv("PANDAPON_ACCESS_SECRET", "readme-secret")
    namespace: dict[str, Any] = {}
    exec(_readme_block("### Message callbacks"), namespace)
    app = namespace["app"]
    seen: list[str] = []
    namespace["receiver"].on(webhooks.Message)(lambda message: seen.append(message.message_type))
    push = webhook_testing.envelope("1688_ORDER_BUYER_VIEW_ORDER_PRICE_MODIFY", {"orderId": "1"})
    body, headers = webhook_testing.signed_request(push, "readme-secret")

    async def post() -> httpx.Response:
        transport = httpx.ASGITransport(app=app)
        async with httpx.AsyncClient(transport=transport, base_url="http://app") as http:
            answer = await http.post("/pandapon/messages", content=body, headers=headers)
            await namespace["receiver"].aclose()  # the handlers run after the 200
            return answer

    answer = asyncio.run(post())
    assert answer.status_code == 200  # not a 307 to /pandapon/messages/
    assert seen == ["1688_ORDER_BUYER_VIEW_ORDER_PRICE_MODIFY"]
