"""client.settle(error): after a write whose outcome is unknown, the order looked up by the
developer's own id, against the sandbox with the answer lost (issue 25)."""

from __future__ import annotations

import asyncio
import json
import pickle
from collections.abc import Iterator

import pytest

import pandapon
from pandapon import sandbox


@pytest.fixture(scope="module")
def box() -> Iterator[sandbox.RunningSandbox]:
    with sandbox.running() as running:
        yield running


@pytest.fixture
def client(box: sandbox.RunningSandbox) -> Iterator[pandapon.PandaPon]:
    box.admin.reset()
    with box.client() as sdk:
        yield sdk


def _line(client: pandapon.PandaPon) -> str:
    item = client.taobao.products.search(keyword="").data[0]
    sku = client.taobao.products.get(item_id=str(item.item_id)).sku_list[0]
    return json.dumps([{"itemId": str(item.item_id), "skuId": str(sku.sku_id), "quantity": "1"}])


def _taobao_orders_with(box: sandbox.RunningSandbox, number: str) -> int:
    page = box.client().call("listTaobaoOrders", {"pageSize": 100})
    return sum(1 for order in page.data if order.seller_order_number == number)


def _lost_create(client: pandapon.PandaPon, box: sandbox.RunningSandbox, kind: str, **body: str):
    box.admin.inject_fault(kind, operation_id="createTaobaoOrder")
    with pytest.raises(pandapon.PandaPonError) as caught:
        client.call("createTaobaoOrder", {"orderLineList": _line(client), **body})
    assert caught.value.outcome_unknown  # type: ignore[attr-defined]
    return caught.value


def test_an_order_created_but_the_answer_lost_is_found(
    client: pandapon.PandaPon, box: sandbox.RunningSandbox
) -> None:
    error = _lost_create(client, box, "drop_after_commit", sellerOrderNumber="SHOP-1001")
    assert _taobao_orders_with(box, "SHOP-1001") == 1  # it was created
    assert error.own_ids == {"sellerOrderNumber": "SHOP-1001"}  # type: ignore[attr-defined]

    settled = client.settle(error)
    assert settled.outcome == "created" and settled.created
    assert settled.own_id == ("sellerOrderNumber", "SHOP-1001")
    assert settled.lookup_operation == "listTaobaoOrders"
    assert settled.order is not None and settled.order["sellerOrderNumber"] == "SHOP-1001"
    # the error still settles in another process (a task queue's retry), and says the same there
    again = pickle.loads(pickle.dumps(error))
    assert client.settle(again).created
    assert (str(again), again.args) == (str(error), error.args) and str(error)


def test_an_order_refused_before_it_was_made_is_not_created(
    client: pandapon.PandaPon, box: sandbox.RunningSandbox
) -> None:
    error = _lost_create(client, box, "error", sellerOrderNumber="SHOP-1002")  # an HTTP 500
    assert isinstance(error, pandapon.InternalServerError)
    assert _taobao_orders_with(box, "SHOP-1002") == 0

    settled = client.settle(error)
    assert settled.outcome == "not_created" and settled.order is None
    assert "SHOP-1002" in settled.reason
    # another order with another number does not count as this one
    client.call("createTaobaoOrder", {"orderLineList": _line(client), "sellerOrderNumber": "X"})
    assert client.settle(error).not_created


def test_a_write_without_an_own_id_cannot_tell(
    client: pandapon.PandaPon, box: sandbox.RunningSandbox
) -> None:
    offer = client.alibaba.products.get(offer_id=600126245031)
    box.admin.inject_fault("drop_after_commit", operation_id="createAlibabaOrder")
    with pytest.raises(pandapon.APIConnectionError) as caught:
        client.call(
            "createAlibabaOrder",
            {
                "flow": "general",
                "addressParam": {"fullName": "张三", "mobile": "18600888861", "address": "x 1"},
                "cargoParamList": [
                    {"offerMapId": offer.offer_id, "specId": offer.product_sku_infos[0].spec_id}
                ],
            },
        )
    settled = client.settle(caught.value)
    assert settled.outcome == "cannot_tell" and settled.order is None
    assert "createAlibabaOrder's request carries none of your own ids" in settled.reason


def test_an_order_sent_without_its_number_cannot_tell_until_given_one(
    client: pandapon.PandaPon, box: sandbox.RunningSandbox
) -> None:
    error = _lost_create(client, box, "drop_after_commit")
    settled = client.settle(error)
    assert settled.cannot_tell and "pass own_id=" in settled.reason
    assert client.settle(error, own_id="never-sent").not_created


def test_a_long_list_read_only_in_part_cannot_tell(
    client: pandapon.PandaPon, box: sandbox.RunningSandbox
) -> None:
    error = _lost_create(client, box, "error", sellerOrderNumber="SHOP-1003")
    for number in range(25):  # more than one page of 20 without the number
        client.call(
            "createTaobaoOrder", {"orderLineList": _line(client), "sellerOrderNumber": str(number)}
        )
    settled = client.settle(error, max_pages=1)
    assert settled.cannot_tell and "max_pages" in settled.reason
    assert client.settle(error).not_created


def test_an_error_that_says_nothing_was_done_is_not_created(client: pandapon.PandaPon) -> None:
    with pytest.raises(pandapon.APIError) as caught:
        client.call("payTaobaoOrder", {"orderId": "1"})  # no such order: refused
    assert not caught.value.outcome_unknown
    assert client.settle(caught.value).not_created


def test_the_async_client_settles_the_same(
    client: pandapon.PandaPon, box: sandbox.RunningSandbox
) -> None:
    error = _lost_create(client, box, "drop_after_commit", sellerOrderNumber="SHOP-1004")

    async def settle() -> pandapon.Settlement:
        config = box.config
        async with pandapon.AsyncPandaPon(
            config.access_key, config.access_secret, config.user_id, base_url=box.url
        ) as sdk:
            box.admin.inject_fault("drop_after_commit", operation_id="createTaobaoOrder")
            with pytest.raises(pandapon.APIConnectionError) as caught:
                await sdk.call(
                    "createTaobaoOrder",
                    {"orderLineList": _line(client), "sellerOrderNumber": "SHOP-1005"},
                )
            assert caught.value.own_ids == {"sellerOrderNumber": "SHOP-1005"}  # type: ignore[attr-defined]
            assert (await sdk.settle(caught.value)).created
            # an own id given is the one looked up, over the one the request carried
            assert (await sdk.settle(caught.value, own_id="never-sent")).not_created
            return await sdk.settle(error)

    assert asyncio.run(settle()).order["sellerOrderNumber"] == "SHOP-1004"  # type: ignore[index]
