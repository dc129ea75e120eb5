"""Taobao: products, cart, orders through their life cycle, logistics, refunds ("reverse orders").

Order statuses follow Taobao's distribution platform: WAIT_BUYER_P -> WAIT_SELLER_SEND_GOODS
(paid) -> WAIT_BUYER_CONFIRM_GOODS (shipped) -> TRADE_FINISHED (delivered); TRADE_CLOSED when
cancelled before payment. Refund statuses are the integer codes of the spec (10 applied, 20
agreed, 30 returned, 100 refunded, -20 closed). Amounts are fen (integers).
"""

from __future__ import annotations

import json
from typing import Any

from ._registry import BAD_REQUEST, Context, handles, page_of
from ._state import ILLEGAL_STATE, BusinessError, State, not_found, now_text

PLATFORM = 0
DISTRIBUTOR = "2100007341207"
CARRIERS = [("SF", "顺丰速运"), ("YTO", "圆通速递"), ("ZTO", "中通快递")]
REASONS = [(1001, "不想要了"), (1002, "商品质量问题"), (1003, "少件/漏发")]
APPLIED, AGREED, RETURNED, REFUNDED, CLOSED = 10, 20, 30, 100, -20


# -- products --------------------------------------------------------------------------------


def _product(state: State, key: Any) -> dict[str, Any]:
    products = state["taobao_products"]
    if str(key) in products:
        return dict(products[str(key)])
    for product in products.values():
        if str(key) in (str(product["itemId"]), product["mpId"]):
            return dict(product)
    raise not_found("Taobao product", key)


def _sku(product: dict[str, Any], key: Any) -> dict[str, Any]:
    for sku in product["skus"]:
        if key is None or str(key) in (sku["skuId"], sku["mpSkuId"]):
            return dict(sku)
    raise not_found(f"SKU of Taobao product {product['itemMapId']}", key)


@handles("getTaobaoProduct")
def product_detail(ctx: Context) -> dict[str, Any]:
    product = _product(ctx.state, ctx.require("itemId"))
    skus = product["skus"]
    return {
        "itemId": product["itemId"],
        "itemMapId": product["itemMapId"],
        "mpId": product["mpId"],
        "title": product["title"],
        "description": f"<p>{product['title']} ({product['titleEn']})</p>",
        "picUrls": [product["picUrl"]],
        "categoryId": product["categoryId"],
        "categoryName": product["categoryName"],
        "shopId": product["shopId"],
        "shopName": product["shopName"],
        "userNick": product["userNick"],
        "productUnit": "件",
        "quantity": sum(s["quantity"] for s in skus),
        "beginAmount": 1,
        "price": min(s["price"] for s in skus),
        "promotionPrice": min(s["promotionPrice"] for s in skus),
        "status": "active",
        "itemType": "HAVE_MATERIAL",
        "skuList": [
            {
                "skuId": s["skuId"],
                "mpSkuId": s["mpSkuId"],
                "picUrl": product["picUrl"],
                "quantity": s["quantity"],
                "price": s["price"],
                "promotionPrice": s["promotionPrice"],
                "status": "active",
                "properties": s["properties"],
            }
            for s in skus
        ],
    }


def _search_item(product: dict[str, Any]) -> dict[str, Any]:
    return {
        "itemId": product["itemMapId"],
        "title": product["title"],
        "mainImageUrl": product["picUrl"],
        "price": min(s["price"] for s in product["skus"]),
        "quantity": sum(s["quantity"] for s in product["skus"]),
        "shopName": product["shopName"],
        "multiLanguageInfo": {"language": "en", "title": product["titleEn"]},
    }


@handles("searchTaobaoProducts", "searchTaobaoProductsByImage")
def search(ctx: Context) -> dict[str, Any]:
    keyword = str(ctx.field("keyword") or "").lower()
    found = [
        p
        for p in ctx.state["taobao_products"].values()
        if not keyword or keyword in f"{p['title']} {p['titleEn']}".lower()
    ]
    items, page, size, _ = page_of(found, ctx.field("pageNo"), ctx.field("pageSize"))
    return {"pageNo": page, "pageSize": size, "data": [_search_item(p) for p in items]}


@handles("batchCheckTaobaoProducts")
def batch_check(ctx: Context) -> dict[str, Any]:
    try:
        wanted = json.loads(ctx.require("params"))
    except ValueError:
        raise BusinessError(
            BAD_REQUEST, "params must be a JSON array of {itemId, skuIds}"
        ) from None
    found, missing = [], []
    for entry in wanted if isinstance(wanted, list) else []:
        try:
            product = _product(ctx.state, entry.get("itemId"))
        except BusinessError:
            missing.append(str(entry.get("itemId")))
            continue
        found.append(
            {
                "itemId": str(entry.get("itemId")),
                "mpId": product["mpId"],
                "mpSkuIds": [s["mpSkuId"] for s in product["skus"]],
            }
        )
    return {
        "mpProducts": found,
        "noMpProductItemIds": missing,
        "noMpReasonList": [{"itemId": m, "reason": "not a distribution product"} for m in missing],
    }


@handles("getTaobaoImLink")
def im_link(ctx: Context) -> str:
    return (
        f"https://distributor.taobao.global/apps/open/imchat?sandbox=1&bizId={ctx.require('bizId')}"
    )


# -- cart ------------------------------------------------------------------------------------


@handles("addTaobaoCartItem")
def cart_add(ctx: Context) -> bool:
    product = _product(ctx.state, ctx.require("mpId"))
    sku = _sku(product, ctx.require("mpSkuId"))
    quantity = ctx.field("quantity") or 1
    if quantity < 1:
        raise BusinessError(BAD_REQUEST, "quantity must be at least 1")
    cart_id = ctx.state.next_id("taobao_cart", 70)
    ctx.state["taobao_cart"][str(cart_id)] = {
        "id": cart_id,
        "itemMapId": product["itemMapId"],
        "mpSkuId": sku["mpSkuId"],
        "quantity": quantity,
    }
    return True


def _cart_lines(ctx: Context) -> list[dict[str, Any]]:
    ids = ctx.require("ids")
    cart = ctx.state["taobao_cart"]
    missing = [i for i in ids if str(i) not in cart]
    if missing or not ids:
        raise not_found("Taobao cart item", missing or "(none given)")
    return [dict(cart[str(i)]) for i in ids]


@handles("listTaobaoCartItems")
def cart_list(ctx: Context) -> dict[str, Any]:
    shops: dict[tuple[int, str], list[dict[str, Any]]] = {}
    for line in ctx.state["taobao_cart"].values():
        product = _product(ctx.state, line["itemMapId"])
        sku = _sku(product, line["mpSkuId"])
        shops.setdefault((product["shopId"], product["shopName"]), []).append(
            {
                "id": line["id"],
                "itemMapId": product["itemMapId"],
                "mpId": product["mpId"],
                "mpSkuId": sku["mpSkuId"],
                "skuId": sku["skuId"],
                "itemTitle": product["title"],
                "itemPic": product["picUrl"],
                "price": sku["price"],
                "promotionPrice": sku["promotionPrice"],
                "quantity": line["quantity"],
                "skuQuantity": str(sku["quantity"]),
                "properties": json.dumps(sku["properties"], ensure_ascii=False),
            }
        )
    return {
        "enableList": [
            {"shopId": shop_id, "shopName": name, "cartItemInfos": items}
            for (shop_id, name), items in shops.items()
        ],
        "disableList": [],
    }


@handles("deleteTaobaoCartItems")
def cart_delete(ctx: Context) -> bool:
    for line in _cart_lines(ctx):
        del ctx.state["taobao_cart"][str(line["id"])]
    return True


@handles("updateTaobaoCartItemQuantity")
def cart_quantity(ctx: Context) -> bool:
    cart_id = str(ctx.require("id"))
    if cart_id not in ctx.state["taobao_cart"]:
        raise not_found("Taobao cart item", cart_id)
    quantity = ctx.require("quantity")
    if quantity < 1:
        raise BusinessError(BAD_REQUEST, "quantity must be at least 1")
    ctx.state["taobao_cart"][cart_id]["quantity"] = quantity
    return True


def _priced_lines(ctx: Context, lines: list[dict[str, Any]]) -> list[dict[str, Any]]:
    priced = []
    for line in lines:
        product = _product(ctx.state, line["product"])
        sku = _sku(product, line["sku"])
        quantity = int(line["quantity"])
        if quantity > sku["quantity"]:
            raise BusinessError(ILLEGAL_STATE, f"only {sku['quantity']} of SKU {sku['skuId']} left")
        priced.append(
            {
                "product": product,
                "sku": sku,
                "quantity": quantity,
                "amount": sku["promotionPrice"] * quantity,
            }
        )
    return priced


@handles("previewTaobaoCartOrder")
def cart_preview(ctx: Context) -> dict[str, Any]:
    lines = _priced_lines(
        ctx,
        [
            {"product": ln["itemMapId"], "sku": ln["mpSkuId"], "quantity": ln["quantity"]}
            for ln in _cart_lines(ctx)
        ],
    )
    total = sum(line["amount"] for line in lines) + 800
    return {
        "renderItemList": [
            {
                "nick": lines[0]["product"]["shopName"],
                "sellerId": lines[0]["product"]["shopId"],
                "itemPriceInfos": [
                    {
                        "itemId": ln["product"]["itemId"],
                        "skuId": ln["sku"]["skuId"],
                        "quantity": ln["quantity"],
                        "originPrice": {"amount": ln["sku"]["price"], "currency": "CNY"},
                        "discountPrice": {"amount": ln["sku"]["promotionPrice"], "currency": "CNY"},
                    }
                    for ln in lines
                ],
                "mainlandShippingFee": {"amount": 800, "currency": "CNY"},
                "currencyCode": "CNY",
            }
        ],
        "unavailableSkuList": [],
        "totalRealPayPrice": {"amount": total, "currency": "CNY"},
    }


# -- orders ----------------------------------------------------------------------------------


def _create(ctx: Context, lines: list[dict[str, Any]], receiver: dict[str, Any]) -> dict[str, Any]:
    priced = _priced_lines(ctx, lines)
    if not priced:
        raise BusinessError(BAD_REQUEST, "an order needs at least one line")
    order_number = ctx.state.next_id("taobao_order", 1_024_285_237_573_584_000)
    purchase_id = ctx.state.next_id("taobao_purchase", 200_048_859_000)
    now = now_text()
    goods = sum(line["amount"] for line in priced)
    order = {
        "orderId": str(order_number),
        "purchaseId": purchase_id,
        "status": "WAIT_BUYER_P",
        "createdTime": now,
        "modifyTime": now,
        "receiver": receiver,
        "goods": goods,
        "postFee": 800,
        "sellerOrderNumber": ctx.field("sellerOrderNumber"),
        "orderSource": ctx.field("orderSource"),
        "subOrders": [
            {
                "subPurchaseOrderId": purchase_id * 100 + i + 1,
                "itemId": ln["product"]["mpId"],
                "skuId": ln["sku"]["mpSkuId"],
                "title": ln["product"]["title"],
                "quantity": ln["quantity"],
                "payAmount": ln["amount"],
                "supplierNick": ln["product"]["shopName"],
                "image": ln["product"]["picUrl"],
                "refundId": None,
                "refundStatus": 0,
                "logistics": None,
            }
            for i, ln in enumerate(priced)
        ],
    }
    ctx.state["taobao_orders"][order["orderId"]] = order
    ctx.emit(PLATFORM, "TAOBAO_ORDER_CREATE", status_message(order))
    return order


def taobao_order(order: dict[str, Any]) -> dict[str, Any]:
    """The TaobaoOrder view of a stored order."""
    return {
        "orderId": order["orderId"],
        "purchaseId": order["purchaseId"],
        "status": order["status"],
        "sellerOrderNumber": order.get("sellerOrderNumber"),
        "orderSource": order.get("orderSource"),
        "distributorNick": "sandbox-distributor",
        "purchaseAmount": order["goods"] + order["postFee"],
        "purchaseCurrency": "CNY",
        "payAmount": order["goods"] + order["postFee"],
        "payCurrency": "CNY",
        "productAmount": order["goods"],
        "domesticPostFee": order["postFee"],
        "createdTime": order["createdTime"],
        "modifyTime": order["modifyTime"],
        "payTime": order.get("payTime"),
        "warehouseName": order.get("warehouseName"),
        "warehouseAddress": order.get("warehouseAddress"),
        "receiver": order["receiver"],
        "subPurchaseOrders": [
            {
                "subPurchaseOrderId": sub["subPurchaseOrderId"],
                "purchaseOrderOuterId": str(sub["subPurchaseOrderId"]),
                "status": order["status"],
                "itemId": sub["itemId"],
                "skuId": sub["skuId"],
                "title": sub["title"],
                "quantity": sub["quantity"],
                "payAmount": sub["payAmount"],
                "payCurrency": "CNY",
                "supplierNick": sub["supplierNick"],
                "refundId": sub["refundId"],
                "refundStatus": sub["refundStatus"],
                "canConfirmReceipt": order["status"] == "WAIT_BUYER_CONFIRM_GOODS",
                "logisticOrders": [
                    {
                        "logisticCompanyName": sub["logistics"]["company"],
                        "logisticNumber": sub["logistics"]["mailNo"],
                    }
                ]
                if sub["logistics"]
                else [],
            }
            for sub in order["subOrders"]
        ],
    }


def status_message(order: dict[str, Any]) -> dict[str, Any]:
    """messageBody of a Taobao order-status message (upstream snake_case keys)."""
    return {
        "business_time": now_text(),
        "outer_purchase_id": order["orderId"],
        "purchase_id": order["purchaseId"],
        "seller_id": order["subOrders"][0]["supplierNick"],
        "status": order["status"],
        "sku_list": [
            {"sku_id": sub["skuId"], "item_id": sub["itemId"], "quantity": sub["quantity"]}
            for sub in order["subOrders"]
        ],
    }


def _receiver(value: Any) -> dict[str, Any]:
    if isinstance(value, str):
        try:
            value = json.loads(value)
        except ValueError:
            raise BusinessError(BAD_REQUEST, "receiver is not valid JSON") from None
    return dict(value or {})


@handles("createTaobaoOrder")
def create(ctx: Context) -> dict[str, Any]:
    raw_lines = ctx.require("orderLineList")
    if isinstance(raw_lines, str):
        try:
            raw_lines = json.loads(raw_lines)
        except ValueError:
            raise BusinessError(BAD_REQUEST, "orderLineList is not valid JSON") from None
    lines = [
        {"product": ln.get("itemId"), "sku": ln.get("skuId"), "quantity": ln.get("quantity", 1)}
        for ln in raw_lines
    ]
    order = _create(ctx, lines, _receiver(ctx.field("receiver")))
    return {"orderId": order["orderId"], "success": True, "orderList": [taobao_order(order)]}


@handles("createTaobaoCartOrder")
def create_from_cart(ctx: Context) -> dict[str, Any]:
    cart_lines = _cart_lines(ctx)
    lines = [
        {"product": ln["itemMapId"], "sku": ln["mpSkuId"], "quantity": ln["quantity"]}
        for ln in cart_lines
    ]
    order = _create(ctx, lines, _receiver(ctx.field("orderAddress")))
    for line in cart_lines:
        del ctx.state["taobao_cart"][str(line["id"])]
    return {
        "success": True,
        "outerPurchaseId": order["orderId"],
        "orderList": [
            {
                "purchaseId": order["purchaseId"],
                "supplierNick": order["subOrders"][0]["supplierNick"],
                "estimateAmount": order["goods"],
                "estimateCurrency": "CNY",
                "orderLineList": [
                    {
                        "itemId": s["itemId"],
                        "skuId": s["skuId"],
                        "quantity": s["quantity"],
                        "subPurchaseOrderId": s["subPurchaseOrderId"],
                        "estimateAmount": s["payAmount"],
                    }
                    for s in order["subOrders"]
                ],
            }
        ],
    }


def _order(state: State, order_id: Any) -> dict[str, Any]:
    for order in state["taobao_orders"].values():
        if str(order_id) in (order["orderId"], str(order["purchaseId"])):
            return order  # type: ignore[no-any-return]
    raise not_found("Taobao order", order_id)


def _move(order: dict[str, Any], allowed: tuple[str, ...], to: str, verb: str) -> None:
    if order["status"] not in allowed:
        raise BusinessError(
            ILLEGAL_STATE,
            f"Taobao order {order['orderId']} cannot be {verb}: it is {order['status']}",
        )
    order["status"] = to
    order["modifyTime"] = now_text()


@handles("getTaobaoOrder")
def order_detail(ctx: Context) -> dict[str, Any]:
    return taobao_order(_order(ctx.state, ctx.require("orderId")))


@handles("listTaobaoOrders")
def list_orders(ctx: Context) -> dict[str, Any]:
    wanted = ctx.field("status")
    orders = [o for o in ctx.state["taobao_orders"].values() if not wanted or o["status"] == wanted]
    orders.sort(key=lambda o: o["orderId"], reverse=ctx.field("sortType") != "ASC")
    items, page, size, pages = page_of(orders, ctx.field("pageNo"), ctx.field("pageSize"))
    return {
        "resultsTotal": len(orders),
        "totalRecords": len(orders),
        "totalPage": pages,
        "pageNo": page,
        "currentPage": page,
        "pageSize": size,
        "data": [taobao_order(o) for o in items],
    }


@handles("payTaobaoOrder")
def pay(ctx: Context) -> dict[str, Any]:
    order = _order(ctx.state, ctx.require("orderId"))
    _move(order, ("WAIT_BUYER_P",), "WAIT_SELLER_SEND_GOODS", "paid")
    order["payTime"] = now_text()
    ctx.emit(PLATFORM, "TAOBAO_ORDER_PAY_SUCCESS", status_message(order))
    return {"willPayPurchaseOrderIds": [order["purchaseId"]], "payFailurePurchaseOrderIds": []}


@handles("cancelTaobaoOrder")
def cancel(ctx: Context) -> bool:
    order = _order(ctx.state, ctx.require("orderId"))
    _move(order, ("WAIT_BUYER_P",), "TRADE_CLOSED", "cancelled")
    ctx.emit(PLATFORM, "TAOBAO_ORDER_CANCEL", status_message(order))
    return True


@handles("updateTaobaoOrderWarehouse")
def update_warehouse(ctx: Context) -> bool:
    order = _order(ctx.state, ctx.require("orderId"))
    if order["status"] in ("WAIT_BUYER_CONFIRM_GOODS", "TRADE_FINISHED", "TRADE_CLOSED"):
        raise BusinessError(ILLEGAL_STATE, f"Taobao order {order['orderId']} is {order['status']}")
    order.update(
        warehouseName=ctx.field("warehouseName"), warehouseAddress=ctx.field("warehouseAddress")
    )
    return True


def ship(ctx: Context, order_id: Any) -> dict[str, Any]:
    """Admin: the supplier ships every sub-order of a paid order."""
    order = _order(ctx.state, order_id)
    _move(order, ("WAIT_SELLER_SEND_GOODS",), "WAIT_BUYER_CONFIRM_GOODS", "shipped")
    for n, sub in enumerate(order["subOrders"]):
        code, company = CARRIERS[(sub["subPurchaseOrderId"] + n) % len(CARRIERS)]
        sub["logistics"] = {
            "company": company,
            "mailNo": f"{code}{sub['subPurchaseOrderId']}",
            "traces": [[now_text(), "COLLECTED", "已揽收"], [now_text(), "TRANSPORT", "运输中"]],
        }
    return order


def deliver(ctx: Context, order_id: Any) -> dict[str, Any]:
    """Admin: the parcels arrive; the order is finished."""
    order = _order(ctx.state, order_id)
    _move(order, ("WAIT_BUYER_CONFIRM_GOODS",), "TRADE_FINISHED", "delivered")
    for sub in order["subOrders"]:
        sub["logistics"]["traces"].append([now_text(), "SIGNED", "已签收"])
    return order


def _sub_order(state: State, sub_id: Any) -> tuple[dict[str, Any], dict[str, Any]]:
    for order in state["taobao_orders"].values():
        for sub in order["subOrders"]:
            if str(sub["subPurchaseOrderId"]) == str(sub_id):
                return order, sub
    raise not_found("Taobao sub-order", sub_id)


@handles("getTaobaoOrderLogistics")
def logistics(ctx: Context) -> dict[str, Any]:
    order, sub = _sub_order(ctx.state, ctx.require("subPurchaseOrderId"))
    parcels = []
    if sub["logistics"]:
        parcel = sub["logistics"]
        receiver = order["receiver"]
        parcels.append(
            {
                "mailNo": parcel["mailNo"],
                "logisticsTraces": [
                    {
                        "time": t,
                        "status": s,
                        "statusDesc": d,
                        "standerdDesc": d,
                        "city": receiver.get("city"),
                    }
                    for t, s, d in parcel["traces"]
                ],
                "logisticsPartner": [{"company": parcel["company"]}],
                "receiver": {
                    "name": receiver.get("name"),
                    "city": receiver.get("city"),
                    "address": receiver.get("address"),
                },
                "logisticsGoods": [{"title": sub["title"], "quantity": str(sub["quantity"])}],
            }
        )
    return {"purchaseOrderOuterId": str(sub["subPurchaseOrderId"]), "pnmLogisticsDetails": parcels}


# -- refunds ---------------------------------------------------------------------------------


def _aggregate(state: State, refund: dict[str, Any]) -> dict[str, Any]:
    order, sub = _sub_order(state, refund["subOrderId"])
    return {
        "refundOrder": {
            "refundId": refund["refundId"],
            "refundStatus": refund["status"],
            "refundType": refund["refundType"],
            "goodsStatus": refund["goodsStatus"],
            "refundFee": refund["refundFee"],
            "reasonId": refund["reasonId"],
            "reasonDesc": refund["reasonDesc"],
            "refundDesc": refund.get("refundDesc"),
            "payOrderId": order["orderId"],
            "canEditFee": refund["status"] == APPLIED,
        },
        "purchaseOrderLine": {
            "salesOrderId": order["orderId"],
            "quantity": sub["quantity"],
            "totalPrice": sub["payAmount"],
            "itemTitle": sub["title"],
            "purchaseOrderLineId": sub["subPurchaseOrderId"],
            "purchaseOrderId": order["purchaseId"],
            "supplierNick": sub["supplierNick"],
        },
        "logistics": {
            "receiverAddress": "浙江省杭州市余杭区 退货仓 (sandbox return warehouse)",
            "logisticsNo": refund.get("logisticsNo"),
            "logisticsCompany": {"logisticsCompanyCode": refund.get("logisticsCompanyCode")}
            if refund.get("logisticsNo")
            else None,
        },
    }


def _refund(state: State, refund_id: Any) -> dict[str, Any]:
    refund = state["taobao_refunds"].get(str(refund_id))
    if refund is None:
        raise not_found("Taobao refund", refund_id)
    return refund  # type: ignore[no-any-return]


def _refund_result(state: State, refund: dict[str, Any]) -> dict[str, Any]:
    return {
        "refundId": refund["refundId"],
        "distributorId": DISTRIBUTOR,
        "currency": "CNY",
        "refundOrderAggregate": _aggregate(state, refund),
    }


@handles("renderTaobaoRefund")
def render(ctx: Context) -> dict[str, Any]:
    order, sub = _sub_order(ctx.state, ctx.require("subOrderId"))
    allowed = order["status"] in (
        "WAIT_SELLER_SEND_GOODS",
        "WAIT_BUYER_CONFIRM_GOODS",
        "TRADE_FINISHED",
    )
    return {
        "refundOrderTemplate": {
            "refundReasons": [{"reasonId": rid, "reasonDesc": desc} for rid, desc in REASONS],
            "goodsStatusList": ["1", "2"],
            "maxRefundFee": {
                "refundFee": sub["payAmount"],
                "minRefundFee": 1,
                "canEditRefundFee": True,
            },
        },
        "distributorId": DISTRIBUTOR,
        "currency": "CNY",
        "saleFlag": allowed and sub["refundId"] is None,
    }


@handles("createTaobaoRefund")
def create_refund(ctx: Context) -> dict[str, Any]:
    order, sub = _sub_order(ctx.state, ctx.require("subOrderId"))
    if order["status"] in ("WAIT_BUYER_P", "TRADE_CLOSED"):
        raise BusinessError(
            ILLEGAL_STATE,
            f"Taobao order {order['orderId']} is {order['status']}: nothing to refund",
        )
    if (
        sub["refundId"] is not None
        and ctx.state["taobao_refunds"][sub["refundId"]]["status"] != CLOSED
    ):
        raise BusinessError(
            ILLEGAL_STATE, f"sub-order {sub['subPurchaseOrderId']} already has an open refund"
        )
    fee = ctx.field("refundFee", sub["payAmount"])
    if not 0 < fee <= sub["payAmount"]:
        raise BusinessError(BAD_REQUEST, f"refundFee must be between 1 and {sub['payAmount']} fen")
    refund_type = ctx.field("refundType", 1)
    reason_id = ctx.field("reasonId", REASONS[0][0])
    refund_id = str(ctx.state.next_id("taobao_refund", 110_002_685_000))
    returning = refund_type == 2
    refund = {
        "refundId": refund_id,
        "subOrderId": sub["subPurchaseOrderId"],
        "status": AGREED if returning else APPLIED,
        "refundType": refund_type,
        "goodsStatus": ctx.field("goodsStatus", 1),
        "refundFee": fee,
        "reasonId": reason_id,
        "reasonDesc": dict(REASONS).get(reason_id, "其他"),
        "refundDesc": ctx.field("refundDesc"),
        "messages": [],
    }
    ctx.state["taobao_refunds"][refund_id] = refund
    sub.update(refundId=refund_id, refundStatus=refund["status"])
    ctx.emit(
        PLATFORM,
        "TAOBAO_ORDER_BUYER_VIEW_ORDER_BUYER_REFUND",
        {"refundId": refund_id, "orderId": order["orderId"]},
    )
    return _refund_result(ctx.state, refund)


@handles("updateTaobaoRefund")
def update_refund(ctx: Context) -> dict[str, Any]:
    refund = _refund(ctx.state, ctx.require("refundId"))
    if refund["status"] not in (APPLIED, AGREED):
        raise BusinessError(ILLEGAL_STATE, f"refund {refund['refundId']} can no longer be changed")
    for name in ("refundFee", "refundDesc", "reasonId", "goodsStatus"):
        if ctx.field(name) is not None:
            refund[name] = ctx.field(name)
    return _refund_result(ctx.state, refund)


@handles("getTaobaoRefund")
def refund_detail(ctx: Context) -> dict[str, Any]:
    refund = _refund(ctx.state, ctx.require("refundId"))
    result = _refund_result(ctx.state, refund)
    del result["refundId"]
    return result


@handles("listTaobaoRefunds")
def list_refunds(ctx: Context) -> dict[str, Any]:
    refunds = [
        r
        for r in ctx.state["taobao_refunds"].values()
        if ctx.field("refundId") in (None, r["refundId"])
        and ctx.field("refundStatus") in (None, r["status"])
    ]
    items, page, size, pages = page_of(refunds, ctx.field("pageNo"), ctx.field("pageSize"))
    return {
        "totalRecords": len(refunds),
        "totalPage": pages,
        "pageSize": size,
        "currentPage": page,
        "data": [_aggregate(ctx.state, r) for r in items],
    }


@handles("cancelTaobaoRefund")
def cancel_refund(ctx: Context) -> dict[str, Any]:
    refund = _refund(ctx.state, ctx.require("refundId"))
    if refund["status"] not in (APPLIED, AGREED):
        raise BusinessError(ILLEGAL_STATE, f"refund {refund['refundId']} cannot be cancelled now")
    refund["status"] = CLOSED
    _, sub = _sub_order(ctx.state, refund["subOrderId"])
    sub["refundStatus"] = CLOSED
    result = _refund_result(ctx.state, refund)
    del result["refundId"]
    return {"cancelSuccess": True, **result}


@handles("renderTaobaoReturnLogistics")
def render_return(ctx: Context) -> dict[str, Any]:
    _refund(ctx.state, ctx.require("refundId"))
    return {
        "receiverAddress": "浙江省杭州市余杭区 退货仓 (sandbox return warehouse)",
        "returnGoodsDesc": "请保持商品完好 (keep the goods intact)",
        "logisticsCompanies": [
            {"logisticsCompanyCode": code, "logisticsCompanyName": name} for code, name in CARRIERS
        ],
    }


@handles("submitTaobaoReturnLogistics")
def submit_return(ctx: Context) -> bool:
    refund = _refund(ctx.state, ctx.require("refundId"))
    if refund["status"] != AGREED:
        raise BusinessError(ILLEGAL_STATE, f"refund {refund['refundId']} expects no return now")
    refund.update(
        status=RETURNED,
        logisticsNo=ctx.require("logisticsNo"),
        logisticsCompanyCode=ctx.field("logisticsCompanyCode"),
    )
    _, sub = _sub_order(ctx.state, refund["subOrderId"])
    sub["refundStatus"] = RETURNED
    return True


@handles("submitTaobaoRefundMessage")
def submit_message(ctx: Context) -> dict[str, Any]:
    refund = _refund(ctx.state, ctx.require("refundId"))
    refund["messages"].append(
        {
            "refundId": refund["refundId"],
            "refundMessage": ctx.require("refundMessage"),
            "refundImages": ctx.field("refundImages"),
        }
    )
    return {}


@handles("listTaobaoRefundMessages")
def list_messages(ctx: Context) -> list[dict[str, Any]]:
    refund = _refund(ctx.state, ctx.require("refundId"))
    items, *_ = page_of(refund["messages"], ctx.field("pageNo"), ctx.field("pageSize"))
    return items


def complete_refund(ctx: Context, refund_id: str) -> dict[str, Any]:
    """Admin: the supplier refunds (after receiving the return, for a return)."""
    refund = _refund(ctx.state, refund_id)
    if refund["status"] not in (APPLIED, RETURNED):
        raise BusinessError(ILLEGAL_STATE, f"refund {refund_id} is {refund['status']}")
    refund["status"] = REFUNDED
    order, sub = _sub_order(ctx.state, refund["subOrderId"])
    sub["refundStatus"] = REFUNDED
    ctx.emit(
        PLATFORM,
        "TAOBAO_ORDER_BUYER_VIEW_ORDER_BUYER_REFUND",
        {"refundId": refund_id, "orderId": order["orderId"]},
    )
    return refund


def change_order_price(ctx: Context, order_id: Any, total_fen: int) -> dict[str, Any]:
    """Admin: the supplier changes the price of an unpaid order (a price-change message follows)."""
    order = _order(ctx.state, order_id)
    if order["status"] != "WAIT_BUYER_P":
        raise BusinessError(
            ILLEGAL_STATE, f"Taobao order {order_id} is {order['status']}: price is final"
        )
    order["goods"] = max(0, total_fen - order["postFee"])
    order["modifyTime"] = now_text()
    ctx.emit(
        PLATFORM,
        "TAOBAO_ORDER_BUYER_VIEW_ORDER_PRICE_MODIFY",
        {
            "salesOrderId": order["orderId"],
            "subOrders": [
                {
                    "purchase_order_outer_id": str(order["purchaseId"]),
                    "purchase_order_line_outer_id": str(s["subPurchaseOrderId"]),
                    "product_amount": str(s["payAmount"]),
                    "quantity": s["quantity"],
                }
                for s in order["subOrders"]
            ],
            "purchaseOrderPriceDTO": {
                "purchaseCurrency": "CNY",
                "purchaseTotalFee": total_fen,
                "purchaseProductFee": order["goods"],
                "purchaseShippingFee": order["postFee"],
            },
        },
    )
    return order
