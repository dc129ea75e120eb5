"""1688: search, product detail, cart, orders through their life cycle, logistics, refunds.

Order statuses follow 1688: waitbuyerpay -> waitsellersend (paid) -> waitbuyerreceive (shipped)
-> confirm_goods (received); cancel only before payment. Refunds: waitselleragree (refund only),
or waitbuyersend (return accepted) -> waitsellerreceive (return shipped) -> refundsuccess.
Amounts: SKU prices in yuan strings, order detail in yuan, previews and refunds in fen.
"""

from __future__ import annotations

import base64
import binascii
import hashlib
from typing import Any

from ._registry import BAD_REQUEST, Context, handles, page_of
from ._state import ILLEGAL_STATE, BusinessError, State, not_found, now_text

PLATFORM = 1
COMPANIES = [
    ("SF", "顺丰速运", "95338"),
    ("YTO", "圆通速递", "95554"),
    ("ZTO", "中通快递", "95311"),
    ("STO", "申通快递", "95543"),
    ("YUNDA", "韵达快递", "95546"),
    ("EMS", "中国邮政EMS", "11183"),
]
REASONS = [
    (20001, "不想要了", False),
    (20002, "商品质量问题", True),
    (20003, "发错货", True),
    (20004, "未按约定时间发货", False),
]
_MSG = "1688_ORDER_BUYER_VIEW_"


# -- catalogue -------------------------------------------------------------------------------


def _product(state: State, key: Any) -> dict[str, Any]:
    products = state["alibaba_products"]
    if isinstance(key, str) and key in products:
        return dict(products[key])
    for product in products.values():
        if str(product["offerId"]) == str(key):
            return dict(product)
    raise not_found("1688 product", key)


def _sku(product: dict[str, Any], spec_id: Any) -> dict[str, Any]:
    for sku in product["skus"]:
        if spec_id in (None, sku["specId"]):
            return dict(sku)
    raise not_found(f"SKU of {product['offerKey']}", spec_id)


def _list_item(product: dict[str, Any]) -> dict[str, Any]:
    return {
        "imageUrl": product["imageUrl"],
        "subject": product["subject"],
        "subjectTrans": product["subjectTrans"],
        "offerId": product["offerKey"],
        "isJxhy": False,
        "priceInfo": {"price": product["skus"][0]["price"]},
        "repurchaseRate": "12%",
        "monthSold": product["monthSold"],
        "isOnePsale": True,
        "sellerIdentities": ["tp_member"],
    }


def _matches(product: dict[str, Any], keyword: str) -> bool:
    text = f"{product['subject']} {product['subjectTrans']}".lower()
    return all(word in text for word in keyword.lower().split())


@handles(
    "searchAlibabaProducts",
    "searchAlibabaProductsByImage",
    "searchAlibabaSellerProducts",
    "searchAlibabaGlobalSelectedProducts",
    "searchAlibabaSelectedProducts",
)
def search(ctx: Context) -> dict[str, Any]:
    products = list(ctx.state["alibaba_products"].values())
    keyword = str(ctx.field("keyword") or "").strip()
    seller = ctx.field("sellerOpenId")
    found = [
        p
        for p in products
        if (not keyword or _matches(p, keyword)) and (not seller or p["sellerOpenId"] == seller)
    ]
    items, page, size, pages = page_of(found, ctx.field("beginPage"), ctx.field("pageSize"))
    return {
        "totalRecords": len(found),
        "totalPage": pages,
        "pageSize": size,
        "currentPage": page,
        "data": [_list_item(p) for p in items],
    }


@handles("getAlibabaProductRecommendations", "getAlibabaRelatedProducts")
def recommend(ctx: Context) -> list[dict[str, Any]]:
    exclude = ctx.field("offerId")
    products = [p for p in ctx.state["alibaba_products"].values() if p["offerKey"] != exclude]
    page = ctx.field("beginPage") or ctx.field("pageNo")
    items, *_ = page_of(products, page, ctx.field("pageSize"))
    return [
        {k: v for k, v in _list_item(p).items() if k not in ("isJxhy", "isOnePsale")} for p in items
    ]


@handles("getAlibabaProduct")
def product_detail(ctx: Context) -> dict[str, Any]:
    product = _product(ctx.state, ctx.require("offerId"))
    return {
        "offerId": product["offerKey"],
        "categoryId": product["categoryId"],
        "categoryName": product["categoryName"],
        "subject": product["subject"],
        "subjectTrans": product["subjectTrans"],
        "description": f"<p>{product['subject']}</p>",
        "productImage": {"images": [product["imageUrl"]]},
        "productSkuInfos": [
            {
                "amountOnSale": sku["amountOnSale"],
                "price": sku["price"],
                "skuId": sku["skuId"],
                "specId": sku["specId"],
                "skuAttributes": [
                    {
                        "attributeName": n_zh,
                        "attributeNameTrans": n_en,
                        "value": v_zh,
                        "valueTrans": v_en,
                    }
                    for n_zh, n_en, v_zh, v_en in sku["attributes"]
                ],
            }
            for sku in product["skus"]
        ],
        "productSaleInfo": {
            "amountOnSale": sum(s["amountOnSale"] for s in product["skus"]),
            "quoteType": 1,
            "priceRangeList": [{"startQuantity": 1, "price": product["skus"][0]["price"]}],
        },
        "productShippingInfo": {"sendGoodsAddressText": "浙江省 金华市", "weight": 0.5},
        "sellerOpenId": product["sellerOpenId"],
        "minOrderQuantity": product["minOrderQuantity"],
        "status": "published",
        "tagInfoList": [{"key": "isOnePsale", "value": True}],
    }


# -- cart ------------------------------------------------------------------------------------


@handles("addAlibabaCartItem")
def cart_add(ctx: Context) -> int:
    product = _product(ctx.state, ctx.require("offerMapId"))
    sku = _sku(product, ctx.field("specId"))
    quantity = ctx.field("quantity") or 1
    if quantity < 1:
        raise BusinessError(BAD_REQUEST, "quantity must be at least 1")
    cart_id = ctx.state.next_id("alibaba_cart", 1000)
    ctx.state["alibaba_cart"][str(cart_id)] = {
        "id": cart_id,
        "offerMapId": product["offerKey"],
        "specId": sku["specId"],
        "quantity": quantity,
    }
    return cart_id


def _cart_line(state: State, line: dict[str, Any]) -> dict[str, Any]:
    product = _product(state, line["offerMapId"])
    sku = _sku(product, line["specId"])
    return {
        "id": line["id"],
        "offerMapId": product["offerKey"],
        "specId": sku["specId"],
        "skuId": str(sku["skuId"]),
        "itemTitle": product["subject"],
        "itemPic": product["imageUrl"],
        "price": float(sku["price"]),
        "quantity": line["quantity"],
        "amountOnSale": sku["amountOnSale"],
        "properties": " ".join(v for _, _, v, _ in sku["attributes"]),
        "_seller": (product["sellerOpenId"], product["sellerNick"]),
    }


@handles("listAlibabaCartItems")
def cart_list(ctx: Context) -> dict[str, Any]:
    shops: dict[tuple[str, str], list[dict[str, Any]]] = {}
    for line in ctx.state["alibaba_cart"].values():
        item = _cart_line(ctx.state, line)
        shops.setdefault(item.pop("_seller"), []).append(item)
    return {
        "enableList": [
            {"sellerOpenId": seller, "sellerNickName": nick, "cartItemInfos": items}
            for (seller, nick), items in shops.items()
        ],
        "disableList": [],
    }


def _cart_lines(ctx: Context, ids: list[Any]) -> list[dict[str, Any]]:
    cart = ctx.state["alibaba_cart"]
    missing = [i for i in ids if str(i) not in cart]
    if missing or not ids:
        raise not_found("cart item", missing or "(none given)")
    return [dict(cart[str(i)]) for i in ids]


@handles("deleteAlibabaCartItems")
def cart_delete(ctx: Context) -> bool:
    for line in _cart_lines(ctx, ctx.require("cartIds")):
        del ctx.state["alibaba_cart"][str(line["id"])]
    return True


@handles("updateAlibabaCartItemQuantity")
def cart_quantity(ctx: Context) -> bool:
    line = _cart_lines(ctx, [ctx.require("id")])[0]
    quantity = ctx.require("quantity")
    if quantity < 1:
        raise BusinessError(BAD_REQUEST, "quantity must be at least 1")
    ctx.state["alibaba_cart"][str(line["id"])]["quantity"] = quantity
    return True


# -- orders ----------------------------------------------------------------------------------


def _lines_from_cargo(ctx: Context, cargo: list[dict[str, Any]]) -> list[dict[str, Any]]:
    if not cargo:
        raise BusinessError(BAD_REQUEST, "cargoParamList must not be empty")
    lines = []
    for index, item in enumerate(cargo):
        key = item.get("offerMapId") or item.get("offerId")
        if key is None:
            raise BusinessError(BAD_REQUEST, f"cargoParamList[{index}].offerMapId is required")
        lines.append(
            {"offerMapId": key, "specId": item.get("specId"), "quantity": item.get("quantity") or 1}
        )
    return lines


def _priced(state: State, lines: list[dict[str, Any]]) -> dict[str, list[dict[str, Any]]]:
    """Order lines grouped by seller, with product, SKU and fen amounts."""
    by_seller: dict[str, list[dict[str, Any]]] = {}
    for line in lines:
        product = _product(state, line["offerMapId"])
        sku = _sku(product, line["specId"])
        quantity = int(line["quantity"])
        if quantity > sku["amountOnSale"]:
            raise BusinessError(
                ILLEGAL_STATE, f"only {sku['amountOnSale']} of {sku['specId']} left"
            )
        unit_fen = round(float(sku["price"]) * 100)
        by_seller.setdefault(product["sellerOpenId"], []).append(
            {
                "product": product,
                "sku": sku,
                "quantity": quantity,
                "unit_fen": unit_fen,
                "amount_fen": unit_fen * quantity,
            }
        )
    return by_seller


def _carriage_fen(lines: list[dict[str, Any]]) -> int:
    return 600 + 100 * max(0, sum(int(line["quantity"]) for line in lines) - 1)


def _preview(by_seller: dict[str, list[dict[str, Any]]]) -> dict[str, Any]:
    results = []
    for lines in by_seller.values():
        goods = sum(line["amount_fen"] for line in lines)
        carriage = _carriage_fen(lines)
        results.append(
            {
                "discountFee": 0,
                "tradeModeNameList": ["assureTrade"],
                "status": True,
                "sumPayment": goods + carriage,
                "sumCarriage": carriage,
                "sumPaymentNoCarriage": goods,
                "flowFlag": "general",
                "cargoList": [
                    {
                        "amount": line["amount_fen"],
                        "finalUnitPrice": line["unit_fen"],
                        "specId": line["sku"]["specId"],
                        "skuId": line["sku"]["skuId"],
                        "offerId": line["product"]["offerKey"],
                    }
                    for line in lines
                ],
                "tradeModelList": [
                    {"tradeType": "assureTrade", "name": "担保交易", "opSupport": True}
                ],
            }
        )
    return {
        "orderPreviewResuslt": results,
        "success": True,
        "unsupportedCrossBorderPayOfferList": [],
    }


def _create_orders(ctx: Context, lines: list[dict[str, Any]]) -> list[dict[str, Any]]:
    address = ctx.field("addressParam") or {}
    orders = []
    for lines_of_seller in _priced(ctx.state, lines).values():
        order_id = ctx.state.next_id("alibaba_order", 2_542_285_634_920_880_000)
        now = now_text()
        product = lines_of_seller[0]["product"]
        goods = sum(line["amount_fen"] for line in lines_of_seller)
        order = {
            "id": order_id,
            "status": "waitbuyerpay",
            "createTime": now,
            "modifyTime": now,
            "sellerOpenId": product["sellerOpenId"],
            "sellerNick": product["sellerNick"],
            "flow": ctx.field("flow") or "general",
            "message": ctx.field("message"),
            "goods_fen": goods,
            "carriage_fen": _carriage_fen(lines_of_seller),
            "address": address,
            "items": [
                {
                    "subItemID": order_id * 10 + i,
                    "offerKey": line["product"]["offerKey"],
                    "offerId": line["product"]["offerId"],
                    "name": line["product"]["subject"],
                    "specId": line["sku"]["specId"],
                    "skuId": line["sku"]["skuId"],
                    "unit_fen": line["unit_fen"],
                    "quantity": line["quantity"],
                    "image": line["product"]["imageUrl"],
                }
                for i, line in enumerate(lines_of_seller)
            ],
            "logistics": None,
            "refundIds": [],
        }
        for line in lines_of_seller:
            _adjust_stock(
                ctx.state, line["product"]["offerKey"], line["sku"]["specId"], -line["quantity"]
            )
        ctx.state["alibaba_orders"][str(order_id)] = order
        orders.append(order)
        ctx.emit(PLATFORM, _MSG + "BUYER_MAKE", status_message(order))
    return orders


def _adjust_stock(state: State, offer_key: str, spec_id: str, delta: int) -> None:
    for sku in state["alibaba_products"][offer_key]["skus"]:
        if sku["specId"] == spec_id:
            sku["amountOnSale"] += delta


def _yuan(fen: int) -> float:
    return round(fen / 100, 2)


def buyer_view(order: dict[str, Any]) -> dict[str, Any]:
    """The 1688 buyer-view order (AlibabaBuyerViewOrder) of a stored order."""
    address = order["address"]
    logistics = order.get("logistics")
    refund_status = order.get("refundStatus")
    return {
        "baseInfo": {
            "id": order["id"],
            "idOfStr": str(order["id"]),
            "status": order["status"],
            "businessType": "cb",
            "buyerID": "b2b-sandboxbuyer",
            "sellerID": order["sellerOpenId"],
            "sellerLoginId": order["sellerNick"],
            "createTime": order["createTime"],
            "modifyTime": order["modifyTime"],
            "payTime": order.get("payTime"),
            "allDeliveredTime": order.get("shipTime"),
            "receivingTime": order.get("receiveTime"),
            "totalAmount": _yuan(order["goods_fen"] + order["carriage_fen"]),
            "sumProductPayment": _yuan(order["goods_fen"]),
            "shippingFee": _yuan(order["carriage_fen"]),
            "currency": "CNY",
            "tradeType": "50060",
            "refundStatus": refund_status,
            "refundId": order["refundIds"][-1] if order["refundIds"] else None,
            "closeReason": order.get("closeReason"),
            "remark": order.get("message"),
            "overSeaOrder": True,
        },
        "productItems": [
            {
                "name": item["name"],
                "price": _yuan(item["unit_fen"]),
                "itemAmount": _yuan(item["unit_fen"] * item["quantity"]),
                "quantity": item["quantity"],
                "productID": item["offerId"],
                "skuID": item["skuId"],
                "specId": item["specId"],
                "subItemID": item["subItemID"],
                "subItemIDString": str(item["subItemID"]),
                "productImgUrl": [item["image"]],
                "status": order["status"],
                "unit": "件",
            }
            for item in order["items"]
        ],
        "nativeLogistics": {
            "contactPerson": address.get("fullName"),
            "mobile": address.get("mobile"),
            "telephone": address.get("phone"),
            "province": address.get("provinceText"),
            "city": address.get("cityText"),
            "area": address.get("areaText"),
            "town": address.get("townText"),
            "address": address.get("address"),
            "zip": address.get("postCode"),
            "areaCode": address.get("districtCode"),
            "logisticsItems": [
                {
                    "logisticsCode": logistics["billNo"],
                    "logisticsCompanyNo": logistics["companyNo"],
                    "logisticsCompanyName": logistics["companyName"],
                    "logisticsBillNo": logistics["billNo"],
                    "deliveredTime": order.get("shipTime"),
                    "status": "alreadysend",
                    "type": "0",
                }
            ]
            if logistics
            else [],
        },
    }


def status_message(order: dict[str, Any]) -> dict[str, Any]:
    """messageBody of a 1688 order-status message: the order plus the upstream event fields."""
    return {
        **buyer_view(order),
        "orderId": order["id"],
        "currentStatus": order["status"],
        "msgSendTime": now_text(),
        "buyerMemberId": "b2b-sandboxbuyer",
        "sellerMemberId": order["sellerOpenId"],
    }


def _order(state: State, order_id: Any) -> dict[str, Any]:
    order = state["alibaba_orders"].get(str(order_id))
    if order is None:
        raise not_found("1688 order", order_id)
    return dict(order)


def _transition(
    ctx: Context, order_id: Any, allowed: tuple[str, ...], to: str, verb: str
) -> dict[str, Any]:
    order = ctx.state["alibaba_orders"].get(str(order_id))
    if order is None:
        raise not_found("1688 order", order_id)
    if order["status"] not in allowed:
        raise BusinessError(
            ILLEGAL_STATE, f"1688 order {order_id} cannot be {verb}: it is {order['status']}"
        )
    order["status"] = to
    order["modifyTime"] = now_text()
    return dict(order)


@handles("previewAlibabaOrder", "batchPreviewAlibabaOrders")
def preview(ctx: Context) -> dict[str, Any]:
    return _preview(_priced(ctx.state, _lines_from_cargo(ctx, ctx.field("cargoParamList") or [])))


@handles("previewAlibabaCartOrder")
def preview_cart(ctx: Context) -> dict[str, Any]:
    return _preview(_priced(ctx.state, _cart_lines(ctx, ctx.require("cartIds"))))


def _create_result(order: dict[str, Any]) -> dict[str, Any]:
    return {
        **buyer_view(order),
        "orderId": str(order["id"]),
        "totalSuccessAmount": order["goods_fen"] + order["carriage_fen"],
        "postFee": order["carriage_fen"],
        "success": True,
    }


@handles("createAlibabaOrder")
def create(ctx: Context) -> dict[str, Any] | list[dict[str, Any]]:
    orders = _create_orders(ctx, _lines_from_cargo(ctx, ctx.require("cargoParamList")))
    results = [_create_result(o) for o in orders]
    return results[0] if len(results) == 1 else results


@handles("batchCreateAlibabaOrders")
def batch_create(ctx: Context) -> list[dict[str, Any]]:
    orders = _create_orders(ctx, _lines_from_cargo(ctx, ctx.require("cargoParamList")))
    return [buyer_view(o) for o in orders]


@handles("createAlibabaCartOrder")
def create_from_cart(ctx: Context) -> dict[str, Any] | list[dict[str, Any]]:
    lines = _cart_lines(ctx, ctx.require("cartIds"))
    orders = _create_orders(ctx, lines)
    for line in lines:
        del ctx.state["alibaba_cart"][str(line["id"])]
    results = [_create_result(o) for o in orders]
    return results[0] if len(results) == 1 else results


def _pay(ctx: Context, order_id: Any) -> dict[str, Any]:
    order = _transition(ctx, order_id, ("waitbuyerpay",), "waitsellersend", "paid")
    stored = ctx.state["alibaba_orders"][str(order_id)]
    stored["payTime"] = now_text()
    ctx.emit(PLATFORM, _MSG + "ORDER_PAY", status_message(stored))
    return order


@handles("payAlibabaOrder")
def pay(ctx: Context) -> dict[str, Any]:
    order = _pay(ctx, ctx.require("orderId"))
    return {"orderId": str(order["id"]), "protocolPaySuccess": True, "cantPayOrderList": []}


@handles("batchPayAlibabaOrders")
def batch_pay(ctx: Context) -> dict[str, Any]:
    paid, failed = [], []
    for order_id in ctx.require("orderIds"):
        try:
            _pay(ctx, order_id)
            paid.append(str(order_id))
        except BusinessError as error:
            failed.append({"orderId": str(order_id), "reason": error.msg})
    return {"payedOrderIds": paid, "failedOrders": failed}


@handles("cancelAlibabaOrder")
def cancel(ctx: Context) -> bool:
    order_id = ctx.require("orderId")
    _transition(ctx, order_id, ("waitbuyerpay",), "cancel", "cancelled")
    stored = ctx.state["alibaba_orders"][str(order_id)]
    stored["closeReason"] = ctx.field("cancelReason") or "buyerCancel"
    for item in stored["items"]:
        _adjust_stock(ctx.state, item["offerKey"], item["specId"], item["quantity"])
    ctx.emit(PLATFORM, _MSG + "ORDER_BUYER_CLOSE", status_message(stored))
    return True


@handles("confirmAlibabaOrderReceipt")
def confirm_receipt(ctx: Context) -> dict[str, Any]:
    order_id = ctx.require("orderId")
    _transition(ctx, order_id, ("waitbuyerreceive",), "confirm_goods", "confirmed as received")
    stored = ctx.state["alibaba_orders"][str(order_id)]
    stored["receiveTime"] = now_text()
    ctx.emit(PLATFORM, _MSG + "ORDER_COMFIRM_RECEIVEGOODS", status_message(stored))
    return {"success": True}


def ship(ctx: Context, order_id: Any) -> dict[str, Any]:
    """Admin: the seller ships a paid order."""
    order = _transition(ctx, order_id, ("waitsellersend",), "waitbuyerreceive", "shipped")
    stored = ctx.state["alibaba_orders"][str(order_id)]
    code, name, _ = COMPANIES[int(order["id"]) % len(COMPANIES)]
    stored["shipTime"] = now_text()
    stored["logistics"] = {
        "companyNo": code,
        "companyName": name,
        "billNo": f"{code}{order['id'] % 10**12:012d}",
        "steps": [[now_text(), "卖家已发货，包裹已揽收 (parcel collected)"]],
    }
    ctx.emit(PLATFORM, _MSG + "ANNOUNCE_SENDGOODS", status_message(stored))
    return dict(stored)


def deliver(ctx: Context, order_id: Any) -> dict[str, Any]:
    """Admin: the parcel arrives (the buyer still confirms receipt)."""
    stored = ctx.state["alibaba_orders"].get(str(order_id))
    if stored is None or not stored.get("logistics"):
        raise BusinessError(ILLEGAL_STATE, f"1688 order {order_id} has not been shipped")
    stored["logistics"]["steps"].append([now_text(), "已签收 (delivered)"])
    return dict(stored)


@handles("getAlibabaOrderLogistics")
def logistics_trace(ctx: Context) -> dict[str, Any]:
    order = _order(ctx.state, ctx.require("orderId"))
    logistics = order.get("logistics")
    traces = []
    if logistics:
        traces.append(
            {
                "logisticsId": f"LP{order['id']}",
                "orderId": order["id"],
                "logisticsBillNo": logistics["billNo"],
                "logisticsSteps": [{"acceptTime": t, "remark": r} for t, r in logistics["steps"]],
            }
        )
    return {"logisticsTrace": traces, "success": True}


@handles("listAlibabaOrders")
def list_orders(ctx: Context) -> dict[str, Any]:
    wanted = ctx.field("orderStatus")
    orders = [
        o for o in ctx.state["alibaba_orders"].values() if not wanted or o["status"] == wanted
    ]
    orders.sort(key=lambda o: o["id"], reverse=True)
    items, page, size, pages = page_of(orders, ctx.field("page"), ctx.field("pageSize"))
    return {
        "totalRecords": len(orders),
        "totalPage": pages,
        "pageSize": size,
        "currentPage": page,
        "data": [buyer_view(o) for o in items],
    }


@handles("decryptAlibabaWangwangNick")
def wangwang(ctx: Context) -> dict[str, Any]:
    digest = hashlib.sha256(str(ctx.require("openUid")).encode()).hexdigest()[:8]
    return {"wangwangNick": f"sandbox_seller_{digest}"}


# -- refunds ---------------------------------------------------------------------------------


@handles("listAlibabaLogisticsCompanies")
def companies(ctx: Context) -> list[dict[str, Any]]:
    return [
        {
            "id": i + 1,
            "companyNo": code,
            "companyName": name,
            "companyPhone": phone,
            "supportPrint": True,
        }
        for i, (code, name, phone) in enumerate(COMPANIES)
    ]


@handles("listAlibabaRefundReasons")
def refund_reasons(ctx: Context) -> dict[str, Any]:
    _order(ctx.state, ctx.require("orderId"))
    return {
        "reasons": [
            {"id": rid, "name": name, "needVoucher": voucher, "noRefundCarriage": False}
            for rid, name, voucher in REASONS
        ]
    }


@handles("uploadAlibabaRefundVoucher")
def upload_voucher(ctx: Context) -> dict[str, Any]:
    try:
        image = base64.b64decode(str(ctx.require("imageBase64")), validate=True)
    except (binascii.Error, ValueError):
        raise BusinessError(BAD_REQUEST, "imageBase64 is not valid Base64") from None
    if len(image) > 1024 * 1024:
        raise BusinessError(BAD_REQUEST, "a voucher image may be at most 1 MB")
    name = hashlib.sha256(image).hexdigest()[:24]
    return {
        "imageDomain": "https://cbu01.alicdn.com",
        "imageRelativeUrl": f"/img/ibank/refund/{name}.jpg",
    }


@handles("createAlibabaRefund")
def create_refund(ctx: Context) -> dict[str, Any]:
    order_id = ctx.require("orderId")
    order = ctx.state["alibaba_orders"].get(str(order_id))
    if order is None:
        raise not_found("1688 order", order_id)
    if order["status"] in ("waitbuyerpay", "cancel"):
        raise BusinessError(
            ILLEGAL_STATE, f"1688 order {order_id} is {order['status']}: nothing to refund"
        )
    if order.get("refundStatus") not in (None, "refundclose"):
        raise BusinessError(ILLEGAL_STATE, f"1688 order {order_id} already has an open refund")
    paid = order["goods_fen"] + order["carriage_fen"]
    if ctx.require("applyPayment") + ctx.require("applyCarriage") > paid:
        raise BusinessError(BAD_REQUEST, f"applyPayment + applyCarriage exceed the {paid} fen paid")
    if ctx.require("applyReasonId") not in [r[0] for r in REASONS]:
        raise BusinessError(BAD_REQUEST, "applyReasonId is not one of listAlibabaRefundReasons")
    returning = ctx.require("disputeRequest") == "returnRefund"
    refund_id = f"TQ{ctx.state.next_id('alibaba_refund', 60_000_000_000)}"
    status = "waitbuyersend" if returning else "waitselleragree"
    now = now_text()
    ctx.state["alibaba_refunds"][refund_id] = {
        "refundId": refund_id,
        "orderId": order["id"],
        "status": status,
        "disputeRequest": ctx.field("disputeRequest"),
        "goodsStatus": ctx.field("goodsStatus"),
        "applyPayment": ctx.field("applyPayment"),
        "applyCarriage": ctx.field("applyCarriage"),
        "applyReasonId": ctx.field("applyReasonId"),
        "applyReason": dict((r[0], r[1]) for r in REASONS)[ctx.field("applyReasonId")],
        "description": ctx.field("description"),
        "vouchers": ctx.field("vouchers") or [],
        "gmtCreate": now,
        "gmtModified": now,
        "operations": [["apply", None, "waitselleragree", now]],
    }
    if returning:
        ctx.state["alibaba_refunds"][refund_id]["operations"].append(
            ["agree", "waitselleragree", status, now]
        )
    order["refundStatus"] = status
    order["refundIds"].append(refund_id)
    ctx.emit(PLATFORM, _refund_type(order), refund_message(ctx.state, refund_id, "apply"))
    return {"refundId": refund_id}


def _refund_type(order: dict[str, Any]) -> str:
    after_sales = order["status"] in ("confirm_goods", "success")
    return _MSG + ("ORDER_REFUND_AFTER_SALES" if after_sales else "ORDER_BUYER_REFUND_IN_SALES")


def refund_message(state: State, refund_id: str, action: str) -> dict[str, Any]:
    refund = state["alibaba_refunds"][refund_id]
    return {
        "refundId": refund_id,
        "orderId": refund["orderId"],
        "currentStatus": refund["status"],
        "refundAction": action,
        "operator": "buyer",
        "msgSendTime": now_text(),
        "buyerMemberId": "b2b-sandboxbuyer",
    }


def _refund(state: State, refund_id: Any) -> dict[str, Any]:
    refund: dict[str, Any] | None = state["alibaba_refunds"].get(str(refund_id))
    if refund is None:
        raise not_found("1688 refund", refund_id)
    return refund  # the stored refund: callers change it in place


@handles("submitAlibabaRefundReturn")
def submit_return(ctx: Context) -> dict[str, Any]:
    refund = _refund(ctx.state, ctx.require("refundId"))
    company = ctx.require("logisticsCompanyNo")
    if company not in [c[0] for c in COMPANIES]:
        raise BusinessError(BAD_REQUEST, f"logisticsCompanyNo {company} is not a known carrier")
    if refund["status"] != "waitbuyersend":
        raise BusinessError(
            ILLEGAL_STATE, f"refund {refund['refundId']} is {refund['status']}: no return expected"
        )
    now = now_text()
    refund.update(
        status="waitsellerreceive",
        freightBill=ctx.require("freightBill"),
        logisticsCompanyNo=company,
        gmtModified=now,
    )
    refund["operations"].append(["return", "waitbuyersend", "waitsellerreceive", now])
    ctx.state["alibaba_orders"][str(refund["orderId"])]["refundStatus"] = refund["status"]
    ctx.emit(
        PLATFORM,
        _MSG + "ORDER_REFUND_AFTER_SALES",
        refund_message(ctx.state, refund["refundId"], "return"),
    )
    return {"success": True}


@handles("getAlibabaRefund")
def refund_detail(ctx: Context) -> dict[str, Any]:
    refund = _refund(ctx.state, ctx.require("refundId"))
    company = next((c for c in COMPANIES if c[0] == refund.get("logisticsCompanyNo")), None)
    return {
        "refundId": refund["refundId"],
        "orderId": refund["orderId"],
        "status": refund["status"],
        "disputeRequest": refund["disputeRequest"],
        "goodsStatus": refund["goodsStatus"],
        "applyPayment": refund["applyPayment"],
        "applyCarriage": refund["applyCarriage"],
        "applyReasonId": refund["applyReasonId"],
        "applyReason": refund["applyReason"],
        "freightBill": refund.get("freightBill"),
        "buyerLogisticsName": company[1] if company else None,
        "buyerSendGoods": refund.get("freightBill") is not None,
        "gmtCreate": refund["gmtCreate"],
        "gmtModified": refund["gmtModified"],
        "refundOperationList": [
            {
                "refundId": refund["refundId"],
                "operateRemark": action,
                "beforeOperateStatus": before,
                "afterOperateStatus": after,
                "gmtCreate": when,
            }
            for action, before, after, when in refund["operations"]
        ],
    }


def complete_refund(ctx: Context, refund_id: str) -> dict[str, Any]:
    """Admin: the seller accepts the return / refund; the money goes back."""
    state = ctx.state
    refund = _refund(state, refund_id)
    if refund["status"] not in ("waitselleragree", "waitsellerreceive"):
        raise BusinessError(ILLEGAL_STATE, f"refund {refund_id} is {refund['status']}")
    now = now_text()
    refund["operations"].append(["complete", refund["status"], "refundsuccess", now])
    refund.update(status="refundsuccess", gmtModified=now)
    state["alibaba_orders"][str(refund["orderId"])]["refundStatus"] = "refundsuccess"
    ctx.emit(
        PLATFORM, _MSG + "ORDER_REFUND_AFTER_SALES", refund_message(state, refund_id, "success")
    )
    return refund


def change_order_price(ctx: Context, order_id: Any, total_fen: int) -> dict[str, Any]:
    """Admin: the seller changes the price of an unpaid order (a price-change message follows)."""
    order = ctx.state["alibaba_orders"].get(str(order_id))
    if order is None:
        raise not_found("1688 order", order_id)
    if order["status"] != "waitbuyerpay":
        raise BusinessError(
            ILLEGAL_STATE, f"1688 order {order_id} is {order['status']}: price is final"
        )
    order["goods_fen"] = max(0, total_fen - order["carriage_fen"])
    order["modifyTime"] = now_text()
    ctx.emit(PLATFORM, _MSG + "ORDER_PRICE_MODIFY", buyer_view(order))
    return dict(order)
