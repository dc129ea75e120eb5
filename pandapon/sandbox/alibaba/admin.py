"""The 1688 seller's side, driven by the sandbox's test controls (``box.admin``, dashboard)."""

from __future__ import annotations

from typing import Any

from .._admin import price_digits, total_fen
from .._errors import ILLEGAL_STATE, BusinessError
from .._registry import Context, Listing, SellerSide, listing
from .._status import move, note, now_text
from .._store import Store
from . import handlers, views
from .records import CART, ORDERS, PRODUCTS, REFUNDS


def ship(ctx: Context, order_id: str, _: dict[str, Any]) -> str:
    """The seller ships a paid order."""
    order = handlers.order(ctx.store, order_id)
    move(order, ("waitsellersend",), "waitbuyerreceive", f"1688 order {order_id}", "shipped")
    code, name, _phone = views.COMPANIES[order["id"] % len(views.COMPANIES)]
    order["shipped"] = order["modified"]
    order["logistics"] = {
        "company_no": code,
        "company_name": name,
        "bill_no": f"{code}{order['id'] % 10**12:012d}",
        "steps": [[order["modified"], "卖家已发货，包裹已揽收 (parcel collected)"]],
    }
    ctx.store.put(ORDERS, order)
    ctx.emit(
        handlers.PLATFORM, handlers.MESSAGE + "ANNOUNCE_SENDGOODS", views.status_message(order)
    )
    return order["status"]


_DELIVERED = "已签收 (delivered)"


def deliver(ctx: Context, order_id: str, _: dict[str, Any]) -> str:
    """The parcel arrives (the buyer still confirms receipt)."""
    order = handlers.order(ctx.store, order_id)
    if order["status"] != "waitbuyerreceive" or not order["logistics"]:
        raise BusinessError(
            ILLEGAL_STATE, f"1688 order {order_id} is {order['status']}: no parcel on its way"
        )
    steps = order["logistics"]["steps"]
    if any(step[1] == _DELIVERED for step in steps):
        raise BusinessError(ILLEGAL_STATE, f"1688 order {order_id} was delivered already")
    steps.append([now_text(), _DELIVERED])
    note(order, order["status"], "delivered")
    ctx.store.put(ORDERS, order)
    return order["status"]


def reprice_order(ctx: Context, order_id: str, payload: dict[str, Any]) -> str:
    """The seller changes the price of an unpaid order (a price-change message follows)."""
    total = total_fen(payload)
    order = handlers.order(ctx.store, order_id)
    if order["status"] != "waitbuyerpay":
        raise BusinessError(
            ILLEGAL_STATE, f"1688 order {order_id} is {order['status']}: price is final"
        )
    order["goods_fen"] = max(0, total - order["carriage_fen"])
    note(order, order["status"], f"repriced to {total} fen")
    ctx.store.put(ORDERS, order)
    ctx.emit(handlers.PLATFORM, handlers.MESSAGE + "ORDER_PRICE_MODIFY", views.buyer_view(order))
    return order["status"]


def complete_refund(ctx: Context, refund_id: str, _: dict[str, Any]) -> str:
    """The seller accepts the return / refund; the money goes back."""
    refund = handlers.refund(ctx.store, refund_id)
    if refund["status"] not in ("waitselleragree", "waitsellerreceive"):
        raise BusinessError(ILLEGAL_STATE, f"refund {refund_id} is {refund['status']}")
    handlers.set_refund_status(ctx, refund, "refundsuccess", "success")
    return refund["status"]


def reprice_product(ctx: Context, product_id: str, payload: dict[str, Any]) -> str:
    """Every SKU of a product gets this price (yuan)."""
    digits = price_digits(payload)
    product = handlers.product(ctx.store, product_id)
    for sku in product["skus"]:
        sku["price"] = f"{float(digits):.2f}"
    ctx.store.put(PRODUCTS, product)
    return "repriced"


def _carts(store: Store, limit: int | None) -> list[dict[str, Any]]:
    rows = []
    for line in store.select(CART, limit=limit):
        product = handlers.product(store, line["offer_key"])
        sku = handlers.sku_of(product, line["spec_id"])
        rows.append({"platform": "1688", **views.cart_item(line, product, sku)})
    return rows


SELLER = SellerSide(ship, deliver, reprice_order, complete_refund, reprice_product)
LISTINGS: dict[str, Listing] = {
    "orders": listing(ORDERS, views.admin_order, newest_first=True),
    "refunds": listing(REFUNDS, views.admin_refund, newest_first=True),
    "products": listing(PRODUCTS, views.admin_product),
    "carts": _carts,
}
