"""What the sandbox stores for 1688, and the tables it is stored in.

Stored records use their own snake_case names; ``views.py`` turns them into PandaPon's API
shapes. Amounts: SKU prices in yuan strings (as 1688 sends them), everything else in fen.
"""

from __future__ import annotations

from typing import Any, TypedDict

from .._status import Lifecycle
from .._store import Table


class Attribute(TypedDict):
    name: str
    name_en: str
    value: str
    value_en: str


class Sku(TypedDict):
    sku_id: int
    spec_id: str
    price: str  # yuan
    stock: int
    attributes: list[Attribute]


class Product(TypedDict):
    key: str  # the encoded offer id (offerId in search results, offerMapId in carts)
    offer_id: int  # the number in detail.1688.com/offer/<offer_id>.html
    subject: str
    subject_en: str
    category_id: int
    category_name: str
    seller_open_id: str
    seller_nick: str
    image_url: str
    month_sold: int
    min_order_quantity: int
    skus: list[Sku]


class CartLine(TypedDict):
    id: int
    offer_key: str
    spec_id: str
    quantity: int


class OrderItem(TypedDict):
    sub_item_id: int
    offer_key: str
    offer_id: int
    name: str
    spec_id: str
    sku_id: int
    unit_fen: int
    quantity: int
    image: str


class Logistics(TypedDict):
    company_no: str
    company_name: str
    bill_no: str
    steps: list[list[str]]  # [time, remark]


class Order(Lifecycle):
    id: int
    created: str
    paid: str | None
    shipped: str | None
    received: str | None
    seller_open_id: str
    seller_nick: str
    flow: str
    message: str | None
    out_order_id: str | None  # the developer's order number (seeded orders only: no API sets it)
    goods_fen: int
    carriage_fen: int
    address: dict[str, Any]  # the FastAdress as sent
    items: list[OrderItem]
    logistics: Logistics | None
    refund_ids: list[str]
    refund_status: str | None
    close_reason: str | None


class Refund(TypedDict):
    refund_id: str
    order_id: int
    status: str
    dispute_request: str
    goods_status: str | None
    apply_payment: int
    apply_carriage: int
    reason_id: int
    reason: str
    description: str | None
    vouchers: list[str]
    freight_bill: str | None
    logistics_company_no: str | None
    created: str
    modified: str
    operations: list[list[str | None]]  # [action, status before, status after, time]


PRODUCTS: Table[Product] = Table(
    "1688.products", key=lambda p: p["key"], lookups={"offer_id": lambda p: [p["offer_id"]]}
)
CART: Table[CartLine] = Table("1688.cart", key=lambda line: line["id"])
ORDERS: Table[Order] = Table(
    "1688.orders",
    key=lambda o: o["id"],
    sort=lambda o: o["id"],
    lookups={
        "status": lambda o: [o["status"]],
        "refund_status": lambda o: [o["refund_status"]],
        "out_order_id": lambda o: [o["out_order_id"]],
    },
)
REFUNDS: Table[Refund] = Table("1688.refunds", key=lambda r: r["refund_id"])
