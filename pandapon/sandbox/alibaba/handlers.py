"""1688 operations: search, product detail, cart, orders through their life cycle, refunds.

Order statuses follow 1688: waitbuyerpay -> waitsellersend (paid) -> waitbuyerreceive (shipped)
-> confirm_goods (received); cancel only before payment. Refunds: waitselleragree (refund only),
or waitbuyersend (return accepted) -> waitsellerreceive (return shipped) -> refundsuccess.
"""

from __future__ import annotations

import base64
import binascii
import hashlib
from dataclasses import dataclass
from typing import Any

from .._errors import BAD_REQUEST, ILLEGAL_STATE, BusinessError, find, find_all, not_found
from .._paging import page_of, paged
from .._registry import Context, Handlers
from .._status import move, now_text, started
from .._stock import draw_stock, positive_quantity
from .._store import Store
from . import views
from .records import CART, ORDERS, PRODUCTS, REFUNDS, CartLine, Order, Product, Refund, Sku

PLATFORM = 1
MESSAGE = "1688_ORDER_BUYER_VIEW_"
REASONS = [
    (20001, "不想要了", False),
    (20002, "商品质量问题", True),
    (20003, "发错货", True),
    (20004, "未按约定时间发货", False),
]
#: Order ids handed out start above the ids the documentation uses (see seed.py).
ORDER_IDS_FROM = 2_542_285_634_920_881_000
#: A line's id (subItemID, orderEntryIds) is its order's plus this once per position, as the
#: spec's examples number them (order 2542285634920880794, line 2542285634921880794).
LINE_ID_STEP = 1_000_000


# -- lookups -----------------------------------------------------------------------------------


def product(store: Store, key: object) -> Product:
    """By encoded id or by the number of its detail.1688.com URL."""
    return find(store, PRODUCTS, key, "1688 product", "offer_id")


def sku_of(item: Product, spec_id: object) -> Sku:
    for sku in item["skus"]:
        if spec_id in (None, sku["spec_id"]):
            return sku
    raise not_found(f"SKU of {item['key']}", spec_id)


def order(store: Store, order_id: object) -> Order:
    return find(store, ORDERS, order_id, "1688 order")


def refund(store: Store, refund_id: object) -> Refund:
    return find(store, REFUNDS, refund_id, "1688 refund")


def _cart_lines(store: Store, ids: list[Any]) -> list[CartLine]:
    return find_all(store, CART, ids, "cart item")


# -- catalogue ---------------------------------------------------------------------------------


def _matches(item: Product, keyword: str) -> bool:
    text = f"{item['subject']} {item['subject_en']}".lower()
    return all(word in text for word in keyword.lower().split())


def search(ctx: Context) -> dict[str, Any]:
    keyword = str(ctx.field("keyword") or "").strip()
    seller = ctx.field("sellerOpenId")
    found = [
        p
        for p in ctx.store.select(PRODUCTS)
        if (not keyword or _matches(p, keyword)) and (not seller or p["seller_open_id"] == seller)
    ]
    items, page, size, pages = page_of(found, ctx.field("beginPage"), ctx.field("pageSize"))
    return {
        "totalRecords": len(found),
        "totalPage": pages,
        "pageSize": size,
        "currentPage": page,
        "data": [views.search_item(p) for p in items],
    }


def recommend(ctx: Context) -> list[dict[str, Any]]:
    exclude = ctx.field("offerId")
    products = [p for p in ctx.store.select(PRODUCTS) if p["key"] != exclude]
    page = ctx.field("beginPage") or ctx.field("pageNo")
    items, *_ = page_of(products, page, ctx.field("pageSize"))
    return [views.recommended_item(p) for p in items]


def product_detail(ctx: Context) -> dict[str, Any]:
    return views.product_detail(product(ctx.store, ctx.require("offerId")))


# -- cart --------------------------------------------------------------------------------------


def cart_add(ctx: Context) -> int:
    item = product(ctx.store, ctx.require("offerMapId"))
    sku = sku_of(item, ctx.field("specId"))
    cart_id = ctx.store.next_id("1688.cart", 1000)
    line: CartLine = {
        "id": cart_id,
        "offer_key": item["key"],
        "spec_id": sku["spec_id"],
        "quantity": positive_quantity(ctx.field("quantity") or 1),
    }
    ctx.store.put(CART, line)
    return cart_id


def cart_list(ctx: Context) -> dict[str, Any]:
    shops: dict[tuple[str, str], list[dict[str, Any]]] = {}
    for line in ctx.store.select(CART):
        item = product(ctx.store, line["offer_key"])
        seller = (item["seller_open_id"], item["seller_nick"])
        sku = sku_of(item, line["spec_id"])
        shops.setdefault(seller, []).append(views.cart_item(line, item, sku))
    return {
        "enableList": [
            {"sellerOpenId": seller, "sellerNickName": nick, "cartItemInfos": items}
            for (seller, nick), items in shops.items()
        ],
        "disableList": [],
    }


def cart_delete(ctx: Context) -> bool:
    for line in _cart_lines(ctx.store, ctx.require("cartIds")):
        ctx.store.delete(CART, line["id"])
    return True


def cart_quantity(ctx: Context) -> bool:
    line = _cart_lines(ctx.store, [ctx.require("id")])[0]
    line["quantity"] = positive_quantity(ctx.require("quantity"))
    ctx.store.put(CART, line)
    return True


# -- orders ------------------------------------------------------------------------------------


@dataclass
class _Line:
    product: Product
    sku: Sku
    quantity: int

    @property
    def unit_fen(self) -> int:
        return round(float(self.sku["price"]) * 100)

    @property
    def amount_fen(self) -> int:
        return self.unit_fen * self.quantity


def _cargo(ctx: Context) -> list[tuple[Any, Any, int]]:
    """(offer, spec id, quantity) of each cargoParamList entry."""
    cargo = ctx.field("cargoParamList") or []
    if not cargo:
        raise BusinessError(BAD_REQUEST, "cargoParamList must not be empty")
    lines = []
    for index, entry in enumerate(cargo):
        key = entry.get("offerMapId") or entry.get("offerId")
        if key is None:
            raise BusinessError(BAD_REQUEST, f"cargoParamList[{index}].offerMapId is required")
        lines.append((key, entry.get("specId"), int(entry.get("quantity") or 1)))
    return lines


def _from_cart(lines: list[CartLine]) -> list[tuple[Any, Any, int]]:
    return [(line["offer_key"], line["spec_id"], line["quantity"]) for line in lines]


def _priced(store: Store, wanted: list[tuple[Any, Any, int]]) -> dict[str, list[_Line]]:
    """Order lines grouped by seller."""
    by_seller: dict[str, list[_Line]] = {}
    drawn: dict[tuple[int, str], int] = {}
    for key, spec_id, quantity in wanted:
        item = product(store, key)
        sku = sku_of(item, spec_id)
        key_of_sku = (item["offer_id"], sku["spec_id"])
        draw_stock(drawn, key_of_sku, sku["spec_id"], quantity, sku["stock"])
        by_seller.setdefault(item["seller_open_id"], []).append(_Line(item, sku, quantity))
    return by_seller


def _carriage_fen(lines: list[_Line]) -> int:
    return 600 + 100 * max(0, sum(line.quantity for line in lines) - 1)


def _preview(by_seller: dict[str, list[_Line]]) -> dict[str, Any]:
    results = []
    for lines in by_seller.values():
        goods = sum(line.amount_fen for line in lines)
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
                        "amount": line.amount_fen,
                        "finalUnitPrice": line.unit_fen,
                        "specId": line.sku["spec_id"],
                        "skuId": line.sku["sku_id"],
                        "offerId": line.product["key"],
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


def adjust_stock(store: Store, offer_key: str, spec_id: str, delta: int) -> None:
    item = product(store, offer_key)
    for sku in item["skus"]:
        if sku["spec_id"] == spec_id:
            sku["stock"] += delta
    store.put(PRODUCTS, item)


def place(
    ctx: Context,
    wanted: list[tuple[Any, Any, int]],
    address: dict[str, Any],
    *,
    order_id: int | None = None,
    out_order_id: str | None = None,
) -> list[Order]:
    """One order per seller, stock taken, BUYER_MAKE pushed; ``order_id`` for seeded orders."""
    orders = []
    for lines in _priced(ctx.store, wanted).values():
        number = order_id or ctx.store.next_id("1688.order", ORDER_IDS_FROM)
        first = lines[0].product
        record: Order = {
            **started("waitbuyerpay", "ordered"),
            "id": number,
            "created": now_text(),
            "paid": None,
            "shipped": None,
            "received": None,
            "seller_open_id": first["seller_open_id"],
            "seller_nick": first["seller_nick"],
            "flow": ctx.field("flow") or "general",
            "message": ctx.field("message"),
            "out_order_id": out_order_id,
            "goods_fen": sum(line.amount_fen for line in lines),
            "carriage_fen": _carriage_fen(lines),
            "address": address,
            "items": [
                {
                    "sub_item_id": number + (i + 1) * LINE_ID_STEP,
                    "offer_key": line.product["key"],
                    "offer_id": line.product["offer_id"],
                    "name": line.product["subject"],
                    "spec_id": line.sku["spec_id"],
                    "sku_id": line.sku["sku_id"],
                    "unit_fen": line.unit_fen,
                    "quantity": line.quantity,
                    "image": line.product["image_url"],
                }
                for i, line in enumerate(lines)
            ],
            "logistics": None,
            "refund_ids": [],
            "refund_status": None,
            "close_reason": None,
        }
        for line in lines:
            adjust_stock(ctx.store, line.product["key"], line.sku["spec_id"], -line.quantity)
        ctx.store.put(ORDERS, record)
        orders.append(record)
        ctx.emit(PLATFORM, MESSAGE + "BUYER_MAKE", views.status_message(record))
    return orders


def preview(ctx: Context) -> dict[str, Any]:
    return _preview(_priced(ctx.store, _cargo(ctx)))


def preview_cart(ctx: Context) -> dict[str, Any]:
    return _preview(_priced(ctx.store, _from_cart(_cart_lines(ctx.store, ctx.require("cartIds")))))


def _one_or_many(orders: list[Order]) -> dict[str, Any] | list[dict[str, Any]]:
    results = [views.created(o) for o in orders]
    return results[0] if len(results) == 1 else results


def create(ctx: Context) -> dict[str, Any] | list[dict[str, Any]]:
    ctx.require("cargoParamList")
    return _one_or_many(place(ctx, _cargo(ctx), ctx.field("addressParam") or {}))


def batch_create(ctx: Context) -> list[dict[str, Any]]:
    ctx.require("cargoParamList")
    return [views.buyer_view(o) for o in place(ctx, _cargo(ctx), ctx.field("addressParam") or {})]


def create_from_cart(ctx: Context) -> dict[str, Any] | list[dict[str, Any]]:
    lines = _cart_lines(ctx.store, ctx.require("cartIds"))
    orders = place(ctx, _from_cart(lines), ctx.field("addressParam") or {})
    for line in lines:
        ctx.store.delete(CART, line["id"])
    return _one_or_many(orders)


def pay_order(ctx: Context, order_id: object) -> Order:
    record = order(ctx.store, order_id)
    move(record, ("waitbuyerpay",), "waitsellersend", f"1688 order {order_id}", "paid")
    record["paid"] = record["modified"]
    ctx.store.put(ORDERS, record)
    ctx.emit(PLATFORM, MESSAGE + "ORDER_PAY", views.status_message(record))
    return record


def pay(ctx: Context) -> dict[str, Any]:
    record = pay_order(ctx, ctx.require("orderId"))
    return {"orderId": str(record["id"]), "protocolPaySuccess": True, "cantPayOrderList": []}


def batch_pay(ctx: Context) -> dict[str, Any]:
    paid, failed = [], []
    for order_id in ctx.require("orderIds"):
        try:
            with ctx.store.transaction():  # one order failing leaves the others paid
                pay_order(ctx, order_id)
            paid.append(str(order_id))
        except BusinessError as error:
            failed.append({"orderId": str(order_id), "reason": error.msg})
    return {"payedOrderIds": paid, "failedOrders": failed}


def cancel(ctx: Context) -> bool:
    order_id = ctx.require("orderId")
    record = order(ctx.store, order_id)
    move(record, ("waitbuyerpay",), "cancel", f"1688 order {order_id}", "cancelled")
    record["close_reason"] = ctx.field("cancelReason") or "buyerCancel"
    ctx.store.put(ORDERS, record)
    for item in record["items"]:
        adjust_stock(ctx.store, item["offer_key"], item["spec_id"], item["quantity"])
    ctx.emit(PLATFORM, MESSAGE + "ORDER_BUYER_CLOSE", views.status_message(record))
    return True


def confirm_receipt_of(ctx: Context, order_id: object) -> Order:
    record = order(ctx.store, order_id)
    what = f"1688 order {order_id}"
    move(record, ("waitbuyerreceive",), "confirm_goods", what, "confirmed as received")
    record["received"] = record["modified"]
    ctx.store.put(ORDERS, record)
    ctx.emit(PLATFORM, MESSAGE + "ORDER_COMFIRM_RECEIVEGOODS", views.status_message(record))
    return record


def confirm_receipt(ctx: Context) -> dict[str, Any]:
    confirm_receipt_of(ctx, ctx.require("orderId"))
    return {"success": True}


def logistics_trace(ctx: Context) -> dict[str, Any]:
    return views.logistics_trace(order(ctx.store, ctx.require("orderId")))


def list_orders(ctx: Context) -> dict[str, Any]:
    where = ctx.filters(
        {"orderStatus": "status", "refundStatus": "refund_status", "outOrderId": "out_order_id"}
    )
    ids = ctx.field("orderIds")
    items, page, size, pages, total = paged(
        ctx.store,
        ORDERS,
        ctx.field("page"),
        ctx.field("pageSize"),
        where=where,
        keys=list(ids) if ids is not None else None,
        descending=True,
    )
    return {
        "totalRecords": total,
        "totalPage": pages,
        "pageSize": size,
        "currentPage": page,
        "data": [views.buyer_view(o) for o in items],
    }


def wangwang(ctx: Context) -> dict[str, Any]:
    digest = hashlib.sha256(str(ctx.require("openUid")).encode()).hexdigest()[:8]
    return {"wangwangNick": f"sandbox_seller_{digest}"}


# -- refunds -----------------------------------------------------------------------------------


def companies(ctx: Context) -> list[dict[str, Any]]:
    return [
        {
            "id": i + 1,
            "companyNo": code,
            "companyName": name,
            "companyPhone": phone,
            "supportPrint": True,
        }
        for i, (code, name, phone) in enumerate(views.COMPANIES)
    ]


def refund_reasons(ctx: Context) -> dict[str, Any]:
    order(ctx.store, ctx.require("orderId"))
    return {
        "reasons": [
            {"id": rid, "name": name, "needVoucher": voucher, "noRefundCarriage": False}
            for rid, name, voucher in REASONS
        ]
    }


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


def _refund_type(record: Order) -> str:
    after_sales = record["status"] in ("confirm_goods", "success")
    return MESSAGE + ("ORDER_REFUND_AFTER_SALES" if after_sales else "ORDER_BUYER_REFUND_IN_SALES")


def open_refund(ctx: Context, *, refund_id: str | None = None) -> Refund:
    """createAlibabaRefund's work; ``refund_id`` for seeded refunds."""
    order_id = ctx.require("orderId")
    record = order(ctx.store, order_id)
    if record["status"] in ("waitbuyerpay", "cancel"):
        raise BusinessError(
            ILLEGAL_STATE, f"1688 order {order_id} is {record['status']}: nothing to refund"
        )
    if record["refund_status"] not in (None, "refundclose"):
        raise BusinessError(ILLEGAL_STATE, f"1688 order {order_id} already has an open refund")
    paid = record["goods_fen"] + record["carriage_fen"]
    if ctx.require("applyPayment") + ctx.require("applyCarriage") > paid:
        raise BusinessError(BAD_REQUEST, f"applyPayment + applyCarriage exceed the {paid} fen paid")
    reasons = {r[0]: r[1] for r in REASONS}
    if ctx.require("applyReasonId") not in reasons:
        raise BusinessError(BAD_REQUEST, "applyReasonId is not one of listAlibabaRefundReasons")
    returning = ctx.require("disputeRequest") == "returnRefund"
    now = now_text()
    status = "waitbuyersend" if returning else "waitselleragree"
    operations: list[list[str | None]] = [["apply", None, "waitselleragree", now]]
    if returning:
        operations.append(["agree", "waitselleragree", status, now])
    new: Refund = {
        "refund_id": refund_id or f"TQ{ctx.store.next_id('1688.refund', 60_000_000_000)}",
        "order_id": record["id"],
        "status": status,
        "dispute_request": ctx.field("disputeRequest"),
        "goods_status": ctx.field("goodsStatus"),
        "apply_payment": ctx.field("applyPayment"),
        "apply_carriage": ctx.field("applyCarriage"),
        "reason_id": ctx.field("applyReasonId"),
        "reason": reasons[ctx.field("applyReasonId")],
        "description": ctx.field("description"),
        "vouchers": ctx.field("vouchers") or [],
        "freight_bill": None,
        "logistics_company_no": None,
        "created": now,
        "modified": now,
        "operations": operations,
    }
    ctx.store.put(REFUNDS, new)
    record["refund_status"] = status
    record["refund_ids"].append(new["refund_id"])
    ctx.store.put(ORDERS, record)
    ctx.emit(PLATFORM, _refund_type(record), views.refund_message(new, "apply"))
    return new


def create_refund(ctx: Context) -> dict[str, Any]:
    return {"refundId": open_refund(ctx)["refund_id"]}


def set_refund_status(ctx: Context, record: Refund, status: str, action: str) -> None:
    """Move a refund on, with its operation log, its order's refundStatus and the message."""
    now = now_text()
    record["operations"].append([action, record["status"], status, now])
    record.update({"status": status, "modified": now})
    ctx.store.put(REFUNDS, record)
    parent = order(ctx.store, record["order_id"])
    parent["refund_status"] = status
    ctx.store.put(ORDERS, parent)
    message = views.refund_message(record, action)
    ctx.emit(PLATFORM, MESSAGE + "ORDER_REFUND_AFTER_SALES", message)


def submit_return(ctx: Context) -> dict[str, Any]:
    record = refund(ctx.store, ctx.require("refundId"))
    company = ctx.require("logisticsCompanyNo")
    if company not in [c[0] for c in views.COMPANIES]:
        raise BusinessError(BAD_REQUEST, f"logisticsCompanyNo {company} is not a known carrier")
    if record["status"] != "waitbuyersend":
        raise BusinessError(
            ILLEGAL_STATE,
            f"refund {record['refund_id']} is {record['status']}: no return expected",
        )
    record.update({"freight_bill": ctx.require("freightBill"), "logistics_company_no": company})
    set_refund_status(ctx, record, "waitsellerreceive", "return")
    return {"success": True}


def refund_detail(ctx: Context) -> dict[str, Any]:
    return views.refund_detail(refund(ctx.store, ctx.require("refundId")))


HANDLERS: Handlers = {
    "searchAlibabaProducts": search,
    "searchAlibabaProductsByImage": search,
    "searchAlibabaSellerProducts": search,
    "searchAlibabaGlobalSelectedProducts": search,
    "searchAlibabaSelectedProducts": search,
    "getAlibabaProductRecommendations": recommend,
    "getAlibabaRelatedProducts": recommend,
    "getAlibabaProduct": product_detail,
    "addAlibabaCartItem": cart_add,
    "listAlibabaCartItems": cart_list,
    "deleteAlibabaCartItems": cart_delete,
    "updateAlibabaCartItemQuantity": cart_quantity,
    "previewAlibabaOrder": preview,
    "batchPreviewAlibabaOrders": preview,
    "previewAlibabaCartOrder": preview_cart,
    "createAlibabaOrder": create,
    "batchCreateAlibabaOrders": batch_create,
    "createAlibabaCartOrder": create_from_cart,
    "payAlibabaOrder": pay,
    "batchPayAlibabaOrders": batch_pay,
    "cancelAlibabaOrder": cancel,
    "confirmAlibabaOrderReceipt": confirm_receipt,
    "getAlibabaOrderLogistics": logistics_trace,
    "listAlibabaOrders": list_orders,
    "decryptAlibabaWangwangNick": wangwang,
    "listAlibabaLogisticsCompanies": companies,
    "listAlibabaRefundReasons": refund_reasons,
    "uploadAlibabaRefundVoucher": upload_voucher,
    "createAlibabaRefund": create_refund,
    "submitAlibabaRefundReturn": submit_return,
    "getAlibabaRefund": refund_detail,
}
