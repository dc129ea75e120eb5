"""Taobao operations: products, cart, orders through their life cycle, refunds ("reverse orders").

Order statuses follow Taobao's distribution platform: WAIT_BUYER_P -> WAIT_SELLER_SEND_GOODS
(paid) -> WAIT_BUYER_CONFIRM_GOODS (shipped) -> TRADE_FINISHED (delivered); TRADE_CLOSED when
cancelled before payment. Refund statuses are the integer codes of the spec (10 applied, 20
agreed, 30 returned, 100 refunded, -20 closed).
"""

from __future__ import annotations

from typing import Any

from .._errors import BAD_REQUEST, ILLEGAL_STATE, BusinessError, find, find_all, not_found
from .._input import BodyError, embedded_json, nested_form
from .._paging import page_of, paged
from .._registry import Context, Handlers
from .._status import move, now_text, started
from .._stock import draw_stock, positive_quantity
from .._store import Store
from . import views
from .records import (
    CART,
    ORDERS,
    PRODUCTS,
    REFUNDS,
    CartLine,
    Order,
    Product,
    Refund,
    Sku,
    SubOrder,
)

PLATFORM = 0
CARRIERS = [("SF", "顺丰速运"), ("YTO", "圆通速递"), ("ZTO", "中通快递")]
REASONS = [(1001, "不想要了"), (1002, "商品质量问题"), (1003, "少件/漏发")]
APPLIED, AGREED, RETURNED, REFUNDED, CLOSED = 10, 20, 30, 100, -20
REFUND_MESSAGE = "TAOBAO_ORDER_BUYER_VIEW_ORDER_BUYER_REFUND"
#: Numbers handed out start above the ones the documentation uses (see seed.py).
ORDER_IDS_FROM = 1_024_285_237_573_585_000
PURCHASE_IDS_FROM = 200_048_859_000
REFUND_IDS_FROM = 110_002_686_000
CART_IDS_FROM = 76


# -- lookups -----------------------------------------------------------------------------------


def product(store: Store, key: object) -> Product:
    """By encoded id, item id or distribution (mp) id."""
    return find(store, PRODUCTS, key, "Taobao product", "item_id", "mp_id")


def sku_of(item: Product, key: object) -> Sku:
    for sku in item["skus"]:
        if key is None or str(key) in (sku["sku_id"], sku["mp_sku_id"]):
            return sku
    raise not_found(f"SKU of Taobao product {item['item_map_id']}", key)


def order(store: Store, order_id: object) -> Order:
    """By order id (outerPurchaseId) or purchase id."""
    return find(store, ORDERS, order_id, "Taobao order", "purchase_id")


def sub_order(store: Store, sub_id: object) -> tuple[Order, SubOrder]:
    parent = find(store, ORDERS, sub_id, "Taobao sub-order", "sub_id")
    return parent, next(s for s in parent["sub_orders"] if str(s["sub_id"]) == str(sub_id))


def refund(store: Store, refund_id: object) -> Refund:
    return find(store, REFUNDS, refund_id, "Taobao refund")


def _cart_lines(ctx: Context) -> list[CartLine]:
    return find_all(ctx.store, CART, ctx.require("ids"), "Taobao cart item")


# -- products ----------------------------------------------------------------------------------


def product_detail(ctx: Context) -> dict[str, Any]:
    return views.product_detail(product(ctx.store, ctx.require("itemId")))


def search(ctx: Context) -> dict[str, Any]:
    keyword = str(ctx.field("keyword") or "").lower()
    found = [
        p
        for p in ctx.store.select(PRODUCTS)
        if not keyword or keyword in f"{p['title']} {p['title_en']}".lower()
    ]
    items, page, size, _ = page_of(found, ctx.field("pageNo"), ctx.field("pageSize"))
    return {"pageNo": page, "pageSize": size, "data": [views.search_item(p) for p in items]}


def batch_check(ctx: Context) -> dict[str, Any]:
    wanted = _json_field("params", ctx.require("params"), None)
    if not isinstance(wanted, list) or not all(isinstance(e, dict) for e in wanted):
        raise BusinessError(BAD_REQUEST, "params must be a JSON array of {itemId, skuIds}")
    found, missing = [], []
    for entry in wanted:
        item = ctx.store.find(PRODUCTS, entry.get("itemId"), "item_id", "mp_id")
        if item is None:
            missing.append(str(entry.get("itemId")))
            continue
        found.append(
            {
                "itemId": str(entry.get("itemId")),
                "mpId": item["mp_id"],
                "mpSkuIds": [s["mp_sku_id"] for s in item["skus"]],
            }
        )
    return {
        "mpProducts": found,
        "noMpProductItemIds": missing,
        "noMpReasonList": [{"itemId": m, "reason": "not a distribution product"} for m in missing],
    }


def im_link(ctx: Context) -> str:
    return (
        f"https://distributor.taobao.global/apps/open/imchat?sandbox=1&bizId={ctx.require('bizId')}"
    )


# -- cart --------------------------------------------------------------------------------------


def cart_add(ctx: Context) -> bool:
    item = product(ctx.store, ctx.require("mpId"))
    sku = sku_of(item, ctx.require("mpSkuId"))
    line: CartLine = {
        "id": ctx.store.next_id("taobao.cart", CART_IDS_FROM),
        "item_map_id": item["item_map_id"],
        "mp_sku_id": sku["mp_sku_id"],
        "quantity": positive_quantity(ctx.field("quantity") or 1),
    }
    ctx.store.put(CART, line)
    return True


def cart_list(ctx: Context) -> dict[str, Any]:
    shops: dict[tuple[int, str], list[dict[str, Any]]] = {}
    for line in ctx.store.select(CART):
        item = product(ctx.store, line["item_map_id"])
        sku = sku_of(item, line["mp_sku_id"])
        shop = (item["shop_id"], item["shop_name"])
        shops.setdefault(shop, []).append(views.cart_item(line, item, sku))
    return {
        "enableList": [
            {"shopId": shop_id, "shopName": name, "cartItemInfos": items}
            for (shop_id, name), items in shops.items()
        ],
        "disableList": [],
    }


def cart_delete(ctx: Context) -> bool:
    for line in _cart_lines(ctx):
        ctx.store.delete(CART, line["id"])
    return True


def cart_quantity(ctx: Context) -> bool:
    line = find(ctx.store, CART, ctx.require("id"), "Taobao cart item")
    line["quantity"] = positive_quantity(ctx.require("quantity"))
    ctx.store.put(CART, line)
    return True


def _priced(store: Store, wanted: list[tuple[Any, Any, int]]) -> list[tuple[Product, Sku, int]]:
    priced = []
    drawn: dict[str, int] = {}
    for key, sku_key, quantity in wanted:
        item = product(store, key)
        sku = sku_of(item, sku_key)
        draw_stock(drawn, sku["sku_id"], f"SKU {sku['sku_id']}", quantity, sku["stock"])
        priced.append((item, sku, quantity))
    return priced


def _from_cart(lines: list[CartLine]) -> list[tuple[Any, Any, int]]:
    return [(line["item_map_id"], line["mp_sku_id"], line["quantity"]) for line in lines]


def cart_preview(ctx: Context) -> dict[str, Any]:
    lines = _priced(ctx.store, _from_cart(_cart_lines(ctx)))
    total = sum(sku["promotion_price"] * quantity for _, sku, quantity in lines) + 800
    first = lines[0][0]
    return {
        "renderItemList": [
            {
                "nick": first["shop_name"],
                "sellerId": first["shop_id"],
                "itemPriceInfos": [
                    {
                        "itemId": item["item_id"],
                        "skuId": sku["sku_id"],
                        "quantity": quantity,
                        "originPrice": {"amount": sku["price"], "currency": "CNY"},
                        "discountPrice": {"amount": sku["promotion_price"], "currency": "CNY"},
                    }
                    for item, sku, quantity in lines
                ],
                "mainlandShippingFee": {"amount": 800, "currency": "CNY"},
                "currencyCode": "CNY",
            }
        ],
        "unavailableSkuList": [],
        "totalRealPayPrice": {"amount": total, "currency": "CNY"},
    }


# -- orders ------------------------------------------------------------------------------------


def place(
    ctx: Context,
    wanted: list[tuple[Any, Any, int]],
    receiver: dict[str, Any],
    *,
    order_id: int | None = None,
    purchase_id: int | None = None,
    sub_ids: list[int] | None = None,
) -> Order:
    """One order, TAOBAO_ORDER_CREATE pushed; ``order_id``, ``purchase_id`` and ``sub_ids`` (one
    a line) for the seed."""
    priced = _priced(ctx.store, wanted)
    if not priced:
        raise BusinessError(BAD_REQUEST, "an order needs at least one line")
    number = order_id or ctx.store.next_id("taobao.order", ORDER_IDS_FROM)
    purchase = purchase_id or ctx.store.next_id("taobao.purchase", PURCHASE_IDS_FROM)
    record: Order = {
        **started("WAIT_BUYER_P", "ordered"),
        "order_id": str(number),
        "purchase_id": purchase,
        "created": now_text(),
        "paid": None,
        "receiver": receiver,
        "goods": sum(sku["promotion_price"] * quantity for _, sku, quantity in priced),
        "post_fee": 800,
        "seller_order_number": ctx.field("sellerOrderNumber"),
        "order_source": ctx.field("orderSource"),
        "warehouse_name": None,
        "warehouse_address": None,
        "sub_orders": [
            {
                "sub_id": sub_ids[i] if sub_ids else purchase * 100 + i + 1,
                "mp_id": item["mp_id"],
                "mp_sku_id": sku["mp_sku_id"],
                "title": item["title"],
                "quantity": quantity,
                "pay_amount": sku["promotion_price"] * quantity,
                "supplier_nick": item["shop_name"],
                "image": item["pic_url"],
                "refund_id": None,
                "refund_status": 0,
                "parcel": None,
            }
            for i, (item, sku, quantity) in enumerate(priced)
        ],
    }
    ctx.store.put(ORDERS, record)
    ctx.emit(PLATFORM, "TAOBAO_ORDER_CREATE", views.status_message(record))
    return record


def _count(value: Any, where: str) -> int:
    """A quantity, which the older page sends as a string: a whole number from 1."""
    text = str(value)
    if isinstance(value, bool) or not (text.isascii() and text.isdigit() and len(text) < 10):
        text = "0"  # not a count at all
    if int(text) < 1:
        raise BusinessError(BAD_REQUEST, f"{where}.quantity must be a whole number >= 1")
    return int(text)


def _json_field(name: str, value: Any, request: str | None) -> Any:
    """A field sent nested or as JSON text (the older pages); text is read and checked as the
    nested form of the field in ``request`` (a request schema's name) would be."""
    if not isinstance(value, str):
        return value
    try:
        return embedded_json(value, name, nested_form(request, name) if request else None)
    except BodyError as error:
        raise BusinessError(BAD_REQUEST, str(error)) from None


def create(ctx: Context) -> dict[str, Any]:
    request = "CreateTaobaoOrderRequest"
    raw_lines = _json_field("orderLineList", ctx.require("orderLineList"), request)
    wanted = [
        (ln.get("itemId"), ln.get("skuId"), _count(ln.get("quantity", 1), f"orderLineList[{i}]"))
        for i, ln in enumerate(raw_lines)
    ]
    receiver = dict(_json_field("receiver", ctx.field("receiver"), request) or {})
    record = place(ctx, wanted, receiver)
    return {
        "orderId": record["order_id"],
        "success": True,
        "orderList": [views.taobao_order(record)],
    }


def create_from_cart(ctx: Context) -> dict[str, Any]:
    lines = _cart_lines(ctx)
    receiver = dict(
        _json_field("orderAddress", ctx.field("orderAddress"), "CreateTaobaoCartOrderRequest") or {}
    )
    record = place(ctx, _from_cart(lines), receiver)
    for line in lines:
        ctx.store.delete(CART, line["id"])
    return views.cart_order(record)


def order_detail(ctx: Context) -> dict[str, Any]:
    return views.taobao_order(order(ctx.store, ctx.require("orderId")))


def list_orders(ctx: Context) -> dict[str, Any]:
    where = ctx.filters({"status": "status", "purchaseIds": "purchase_id"})
    outer = ctx.field("outerPurchaseId")
    items, page, size, pages, total = paged(
        ctx.store,
        ORDERS,
        ctx.field("pageNo"),
        ctx.field("pageSize"),
        where=where,
        keys=[outer] if outer else None,
        descending=ctx.field("sortType") != "ASC",
    )
    return {
        "resultsTotal": total,
        "totalRecords": total,
        "totalPage": pages,
        "pageNo": page,
        "currentPage": page,
        "pageSize": size,
        "data": [views.taobao_order(o) for o in items],
    }


def pay_order(ctx: Context, order_id: object) -> Order:
    record = order(ctx.store, order_id)
    what = f"Taobao order {record['order_id']}"
    move(record, ("WAIT_BUYER_P",), "WAIT_SELLER_SEND_GOODS", what, "paid")
    record["paid"] = record["modified"]
    ctx.store.put(ORDERS, record)
    ctx.emit(PLATFORM, "TAOBAO_ORDER_PAY_SUCCESS", views.status_message(record))
    return record


def pay(ctx: Context) -> dict[str, Any]:
    record = pay_order(ctx, ctx.require("orderId"))
    return {"willPayPurchaseOrderIds": [record["purchase_id"]], "payFailurePurchaseOrderIds": []}


def cancel(ctx: Context) -> bool:
    record = order(ctx.store, ctx.require("orderId"))
    move(
        record, ("WAIT_BUYER_P",), "TRADE_CLOSED", f"Taobao order {record['order_id']}", "cancelled"
    )
    ctx.store.put(ORDERS, record)
    ctx.emit(PLATFORM, "TAOBAO_ORDER_CANCEL", views.status_message(record))
    return True


def update_warehouse(ctx: Context) -> bool:
    record = order(ctx.store, ctx.require("orderId"))
    if record["status"] in ("WAIT_BUYER_CONFIRM_GOODS", "TRADE_FINISHED", "TRADE_CLOSED"):
        raise BusinessError(
            ILLEGAL_STATE, f"Taobao order {record['order_id']} is {record['status']}"
        )
    record.update(
        {
            "warehouse_name": ctx.field("warehouseName"),
            "warehouse_address": ctx.field("warehouseAddress"),
        }
    )
    ctx.store.put(ORDERS, record)
    return True


def logistics(ctx: Context) -> dict[str, Any]:
    return views.logistics(*sub_order(ctx.store, ctx.require("subPurchaseOrderId")))


# -- refunds -----------------------------------------------------------------------------------


def _result(store: Store, record: Refund) -> dict[str, Any]:
    return views.refund_result(record, *sub_order(store, record["sub_id"]))


def set_refund_status(ctx: Context, record: Refund, status: int, what: str) -> None:
    """Move a refund on, with its history and its sub-order's refundStatus."""
    now = now_text()
    record.update({"status": status, "modified": now})
    record["history"].append([now, str(status), what])
    ctx.store.put(REFUNDS, record)
    parent, sub = sub_order(ctx.store, record["sub_id"])
    sub["refund_status"] = status
    ctx.store.put(ORDERS, parent)


def render(ctx: Context) -> dict[str, Any]:
    parent, sub = sub_order(ctx.store, ctx.require("subOrderId"))
    allowed = parent["status"] in (
        "WAIT_SELLER_SEND_GOODS",
        "WAIT_BUYER_CONFIRM_GOODS",
        "TRADE_FINISHED",
    )
    return {
        "refundOrderTemplate": {
            "refundReasons": [{"reasonId": rid, "reasonDesc": desc} for rid, desc in REASONS],
            "goodsStatusList": ["1", "2"],
            "maxRefundFee": {
                "refundFee": sub["pay_amount"],
                "minRefundFee": 1,
                "canEditRefundFee": True,
            },
        },
        "distributorId": views.DISTRIBUTOR,
        "currency": "CNY",
        "saleFlag": allowed and sub["refund_id"] is None,
    }


def open_refund(ctx: Context, *, refund_id: str | None = None) -> Refund:
    """createTaobaoRefund's work; ``refund_id`` for the seed."""
    parent, sub = sub_order(ctx.store, ctx.require("subOrderId"))
    if parent["status"] in ("WAIT_BUYER_P", "TRADE_CLOSED"):
        raise BusinessError(
            ILLEGAL_STATE,
            f"Taobao order {parent['order_id']} is {parent['status']}: nothing to refund",
        )
    previous = ctx.store.get(REFUNDS, sub["refund_id"]) if sub["refund_id"] else None
    if previous is not None and previous["status"] != CLOSED:
        raise BusinessError(ILLEGAL_STATE, f"sub-order {sub['sub_id']} already has an open refund")
    fee = _refund_fee(ctx.field("refundFee", sub["pay_amount"]), sub)
    refund_type = ctx.field("refundType", 1)
    reason_id = ctx.field("reasonId", REASONS[0][0])
    status = AGREED if refund_type == 2 else APPLIED
    now = now_text()
    record: Refund = {
        "refund_id": refund_id or str(ctx.store.next_id("taobao.refund", REFUND_IDS_FROM)),
        "sub_id": sub["sub_id"],
        "order_id": parent["order_id"],
        "purchase_id": parent["purchase_id"],
        "status": status,
        "refund_type": refund_type,
        "goods_status": ctx.field("goodsStatus", 1),
        "fee": fee,
        "reason_id": reason_id,
        "reason": dict(REASONS).get(reason_id, "其他"),
        "description": ctx.field("refundDesc"),
        "logistics_no": None,
        "logistics_company": None,
        "messages": [],
        "created": now,
        "modified": now,
        "history": [[now, str(status), "applied"]],
    }
    ctx.store.put(REFUNDS, record)
    sub.update({"refund_id": record["refund_id"], "refund_status": status})
    ctx.store.put(ORDERS, parent)
    ctx.emit(PLATFORM, REFUND_MESSAGE, views.refund_message(record))
    return record


def _refund_fee(fee: Any, sub: SubOrder) -> Any:
    """A refund asks for at most what the sub-order cost, and more than nothing."""
    if not 0 < fee <= sub["pay_amount"]:
        raise BusinessError(BAD_REQUEST, f"refundFee must be between 1 and {sub['pay_amount']} fen")
    return fee


def create_refund(ctx: Context) -> dict[str, Any]:
    return _result(ctx.store, open_refund(ctx))


def update_refund(ctx: Context) -> dict[str, Any]:
    record = refund(ctx.store, ctx.require("refundId"))
    if record["status"] not in (APPLIED, AGREED):
        raise BusinessError(ILLEGAL_STATE, f"refund {record['refund_id']} can no longer be changed")
    if ctx.field("refundFee") is not None:
        record["fee"] = _refund_fee(
            ctx.field("refundFee"), sub_order(ctx.store, record["sub_id"])[1]
        )
    if ctx.field("refundDesc") is not None:
        record["description"] = ctx.field("refundDesc")
    if ctx.field("reasonId") is not None:
        record["reason_id"] = ctx.field("reasonId")
        record["reason"] = dict(REASONS).get(record["reason_id"], "其他")
    if ctx.field("goodsStatus") is not None:
        record["goods_status"] = ctx.field("goodsStatus")
    ctx.store.put(REFUNDS, record)
    return _result(ctx.store, record)


def refund_detail(ctx: Context) -> dict[str, Any]:
    result = _result(ctx.store, refund(ctx.store, ctx.require("refundId")))
    del result["refundId"]
    return result


def list_refunds(ctx: Context) -> dict[str, Any]:
    where = ctx.filters(
        {"refundStatus": "status", "purchaseOrderId": "purchase_id", "salesOrderId": "order_id"}
    )
    refund_id = ctx.field("refundId")
    items, page, size, pages, total = paged(
        ctx.store,
        REFUNDS,
        ctx.field("pageNo"),
        ctx.field("pageSize"),
        where=where,
        keys=[refund_id] if refund_id is not None else None,
    )
    return {
        "totalRecords": total,
        "totalPage": pages,
        "pageSize": size,
        "currentPage": page,
        "data": [views.aggregate(r, *sub_order(ctx.store, r["sub_id"])) for r in items],
    }


def cancel_refund(ctx: Context) -> dict[str, Any]:
    record = refund(ctx.store, ctx.require("refundId"))
    if record["status"] not in (APPLIED, AGREED):
        raise BusinessError(ILLEGAL_STATE, f"refund {record['refund_id']} cannot be cancelled now")
    set_refund_status(ctx, record, CLOSED, "cancelled")
    result = _result(ctx.store, record)
    del result["refundId"]
    return {"cancelSuccess": True, **result}


def render_return(ctx: Context) -> dict[str, Any]:
    refund(ctx.store, ctx.require("refundId"))
    return {
        "receiverAddress": views.RETURN_ADDRESS,
        "returnGoodsDesc": "请保持商品完好 (keep the goods intact)",
        "logisticsCompanies": [
            {"logisticsCompanyCode": code, "logisticsCompanyName": name} for code, name in CARRIERS
        ],
    }


def submit_return(ctx: Context) -> bool:
    record = refund(ctx.store, ctx.require("refundId"))
    if record["status"] != AGREED:
        raise BusinessError(ILLEGAL_STATE, f"refund {record['refund_id']} expects no return now")
    record["logistics_no"] = ctx.require("logisticsNo")
    record["logistics_company"] = ctx.field("logisticsCompanyCode")
    set_refund_status(ctx, record, RETURNED, "returned")
    return True


def submit_message(ctx: Context) -> dict[str, Any]:
    record = refund(ctx.store, ctx.require("refundId"))
    record["messages"].append(
        {
            "refundId": record["refund_id"],
            "refundMessage": ctx.require("refundMessage"),
            "refundImages": ctx.field("refundImages"),
        }
    )
    ctx.store.put(REFUNDS, record)
    return {}


def list_messages(ctx: Context) -> list[Any]:
    record = refund(ctx.store, ctx.require("refundId"))
    items, *_ = page_of(record["messages"], ctx.field("pageNo"), ctx.field("pageSize"))
    return items


HANDLERS: Handlers = {
    "getTaobaoProduct": product_detail,
    "searchTaobaoProducts": search,
    "searchTaobaoProductsByImage": search,
    "batchCheckTaobaoProducts": batch_check,
    "getTaobaoImLink": im_link,
    "addTaobaoCartItem": cart_add,
    "listTaobaoCartItems": cart_list,
    "deleteTaobaoCartItems": cart_delete,
    "updateTaobaoCartItemQuantity": cart_quantity,
    "previewTaobaoCartOrder": cart_preview,
    "createTaobaoOrder": create,
    "createTaobaoCartOrder": create_from_cart,
    "getTaobaoOrder": order_detail,
    "listTaobaoOrders": list_orders,
    "payTaobaoOrder": pay,
    "cancelTaobaoOrder": cancel,
    "updateTaobaoOrderWarehouse": update_warehouse,
    "getTaobaoOrderLogistics": logistics,
    "renderTaobaoRefund": render,
    "createTaobaoRefund": create_refund,
    "updateTaobaoRefund": update_refund,
    "getTaobaoRefund": refund_detail,
    "listTaobaoRefunds": list_refunds,
    "cancelTaobaoRefund": cancel_refund,
    "renderTaobaoReturnLogistics": render_return,
    "submitTaobaoReturnLogistics": submit_return,
    "submitTaobaoRefundMessage": submit_message,
    "listTaobaoRefundMessages": list_messages,
}
