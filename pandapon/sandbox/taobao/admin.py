"""The Taobao supplier's side, driven by the sandbox's test controls (``box.admin``, dashboard)."""

from __future__ import annotations

from typing import Any

from .._admin import price_digits, total_fen
from .._errors import ILLEGAL_STATE, BusinessError
from .._registry import Context, Listing, SellerSide, listing
from .._status import move, note
from .._store import Store
from . import handlers, views
from .records import CART, ORDERS, PRODUCTS, REFUNDS


def ship(ctx: Context, order_id: str, _: dict[str, Any]) -> str:
    """The supplier ships every sub-order of a paid order."""
    order = handlers.order(ctx.store, order_id)
    what = f"Taobao order {order['order_id']}"
    move(order, ("WAIT_SELLER_SEND_GOODS",), "WAIT_BUYER_CONFIRM_GOODS", what, "shipped")
    now = order["modified"]
    for n, sub in enumerate(order["sub_orders"]):
        code, company = handlers.CARRIERS[(sub["sub_id"] + n) % len(handlers.CARRIERS)]
        sub["parcel"] = {
            "company": company,
            "mail_no": f"{code}{sub['sub_id']}",
            "traces": [[now, "COLLECTED", "已揽收"], [now, "TRANSPORT", "运输中"]],
        }
    ctx.store.put(ORDERS, order)
    return order["status"]


def deliver(ctx: Context, order_id: str, _: dict[str, Any]) -> str:
    """The parcels arrive; the order is finished."""
    order = handlers.order(ctx.store, order_id)
    what = f"Taobao order {order['order_id']}"
    move(order, ("WAIT_BUYER_CONFIRM_GOODS",), "TRADE_FINISHED", what, "delivered")
    for sub in order["sub_orders"]:
        if sub["parcel"]:
            sub["parcel"]["traces"].append([order["modified"], "SIGNED", "已签收"])
    ctx.store.put(ORDERS, order)
    return order["status"]


def reprice_order(ctx: Context, order_id: str, payload: dict[str, Any]) -> str:
    """The supplier changes the price of an unpaid order (a price-change message follows)."""
    total = total_fen(payload)
    order = handlers.order(ctx.store, order_id)
    if order["status"] != "WAIT_BUYER_P":
        raise BusinessError(
            ILLEGAL_STATE, f"Taobao order {order_id} is {order['status']}: price is final"
        )
    order["goods"] = max(0, total - order["post_fee"])
    note(order, order["status"], f"repriced to {total} fen")
    ctx.store.put(ORDERS, order)
    message = views.price_message(order, total)
    ctx.emit(handlers.PLATFORM, "TAOBAO_ORDER_BUYER_VIEW_ORDER_PRICE_MODIFY", message)
    return order["status"]


def complete_refund(ctx: Context, refund_id: str, _: dict[str, Any]) -> str:
    """The supplier refunds (after receiving the return, for a return)."""
    refund = handlers.refund(ctx.store, refund_id)
    if refund["status"] not in (handlers.APPLIED, handlers.RETURNED):
        raise BusinessError(ILLEGAL_STATE, f"refund {refund_id} is {refund['status']}")
    handlers.set_refund_status(ctx, refund, handlers.REFUNDED, "refunded")
    ctx.emit(handlers.PLATFORM, handlers.REFUND_MESSAGE, views.refund_message(refund))
    return str(refund["status"])


def reprice_product(ctx: Context, product_id: str, payload: dict[str, Any]) -> str:
    """Every SKU of a product gets this price (fen), promotion price included."""
    fen = int(float(price_digits(payload)))
    product = handlers.product(ctx.store, product_id)
    for sku in product["skus"]:
        sku["price"] = sku["promotion_price"] = fen
    ctx.store.put(PRODUCTS, product)
    return "repriced"


def _carts(store: Store, limit: int | None) -> list[dict[str, Any]]:
    rows = []
    for line in store.select(CART, limit=limit):
        product = handlers.product(store, line["item_map_id"])
        sku = handlers.sku_of(product, line["mp_sku_id"])
        rows.append({"platform": "taobao", **views.cart_item(line, product, sku)})
    return rows


SELLER = SellerSide(ship, deliver, reprice_order, complete_refund, reprice_product)
LISTINGS: dict[str, Listing] = {
    "orders": listing(ORDERS, views.admin_order, newest_first=True),
    "refunds": listing(REFUNDS, views.admin_refund, newest_first=True),
    "products": listing(PRODUCTS, views.admin_product),
    "carts": _carts,
}
