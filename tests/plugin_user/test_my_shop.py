"""A user's tests of their own code against the sandbox, through the pandapon_sandbox fixture.

Run in order by tests/sdk/test_testing_plugin.py, which checks that every one passes: the
second test sees the state the first left behind reset, and its fault gone.
"""

import asyncio

import pytest
from conftest import HANDLED, receiver

import pandapon

SEEDED_PAID_1688 = "2061523847195880794"  # shipped in the seed: waitbuyerreceive


def place_order(client: pandapon.PandaPon) -> str:
    """The user's code under test: pay for their first unpaid 1688 order."""
    page = client.alibaba.orders.list(order_status="waitbuyerpay")
    order_id = str(page.data[0].base_info.id)
    client.alibaba.orders.pay(order_id=order_id)
    return order_id


def test_a_client_bound_to_the_sandbox(pandapon_sandbox) -> None:
    order_id = place_order(pandapon_sandbox.client)
    statuses = {r["orderId"]: r["status"] for r in pandapon_sandbox.admin.orders()}
    assert statuses[order_id] == "waitsellersend"
    # left behind on purpose: the next test must not meet it
    pandapon_sandbox.inject_fault("error", count=5)


def test_b_each_test_starts_from_the_seed(pandapon_sandbox) -> None:
    assert pandapon_sandbox.admin.faults() == []
    statuses = [r["status"] for r in pandapon_sandbox.admin.orders()]
    assert "waitsellersend" not in statuses
    assert pandapon_sandbox.client.alibaba.orders.list(order_status="waitbuyerpay").data


def test_an_injected_fault_reaches_the_code(pandapon_sandbox) -> None:
    pandapon_sandbox.inject_fault("error", operation_id="payAlibabaOrder")
    client = pandapon_sandbox.new_client(max_retries=0)
    with pytest.raises(pandapon.InternalServerError):
        place_order(client)


def test_advancing_an_order(pandapon_sandbox) -> None:
    order_id = place_order(pandapon_sandbox.client)
    assert pandapon_sandbox.advance_order("1688", order_id, to="shipped") == "waitbuyerreceive"
    trace = pandapon_sandbox.client.alibaba.orders.get_logistics(order_id=order_id)
    assert trace is not None
    pandapon_sandbox.advance_order("1688", SEEDED_PAID_1688, to="delivered")
    history = next(
        r["history"] for r in pandapon_sandbox.admin.orders() if r["orderId"] == SEEDED_PAID_1688
    )
    assert "delivered" in str(history)


async def _list_async(pandapon_sandbox) -> int:
    async with pandapon_sandbox.async_client() as client:
        page = await client.alibaba.orders.list()
        return len(page.data)


def test_an_async_client(pandapon_sandbox) -> None:
    assert asyncio.run(_list_async(pandapon_sandbox)) > 0


def test_a_push_to_my_receiver(pandapon_sandbox, receiver_url) -> None:
    answer = pandapon_sandbox.push(
        receiver_url,
        "1688_ORDER_BUYER_VIEW_ORDER_PAY",
        {"orderId": 1, "currentStatus": "waitsellersend"},
    )
    assert answer.status_code == 200
    assert receiver.drain(timeout=10)
    assert len(HANDLED) == 1
    assert HANDLED[0].platform == "1688"


def test_the_environment_points_at_the_sandbox(pandapon_sandbox, monkeypatch) -> None:
    for name, value in pandapon_sandbox.env.items():
        monkeypatch.setenv(name, value)
    with pandapon.PandaPon() as client:
        assert client.alibaba.orders.list().data
