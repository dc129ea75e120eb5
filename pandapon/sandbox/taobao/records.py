"""What the sandbox stores for Taobao, and the tables it is stored in.

Stored records use their own snake_case names; ``views.py`` turns them into PandaPon's API
shapes. Amounts are fen (integers).
"""

from __future__ import annotations

from typing import Any, TypedDict

from .._status import Lifecycle
from .._store import Table


class Property(TypedDict):
    prop_id: int
    prop_name: str
    value_id: int
    value_name: str
    value_desc: str


class Sku(TypedDict):
    sku_id: str
    mp_sku_id: str
    price: int
    promotion_price: int
    stock: int
    properties: list[Property]


class Product(TypedDict):
    item_map_id: str  # the encoded id
    item_id: int  # the number in item.taobao.com/item.htm?id=<item_id>
    mp_id: str  # the distribution product id (carts and orders use it)
    title: str
    title_en: str
    category_id: str
    category_name: str
    shop_id: int
    shop_name: str
    user_nick: str
    pic_url: str
    skus: list[Sku]


class CartLine(TypedDict):
    id: int
    item_map_id: str
    mp_sku_id: str
    quantity: int


class Parcel(TypedDict):
    company: str
    mail_no: str
    traces: list[list[str]]  # [time, status, description]


class SubOrder(TypedDict):
    sub_id: int  # subPurchaseOrderId
    mp_id: str
    mp_sku_id: str
    title: str
    quantity: int
    pay_amount: int
    supplier_nick: str
    image: str
    refund_id: str | None
    refund_status: int
    parcel: Parcel | None


class Order(Lifecycle):
    order_id: str  # PandaPon's order id, the developer's outerPurchaseId
    purchase_id: int
    created: str
    paid: str | None
    receiver: dict[str, Any]
    goods: int
    post_fee: int
    seller_order_number: str | None
    order_source: str | None
    warehouse_name: str | None
    warehouse_address: str | None
    sub_orders: list[SubOrder]


class RefundMessage(TypedDict):
    refundId: str  # stored as listTaobaoRefundMessages answers it
    refundMessage: str
    refundImages: Any


class Refund(TypedDict):
    refund_id: str
    sub_id: int
    order_id: str
    purchase_id: int
    status: int
    refund_type: int
    goods_status: int
    fee: int
    reason_id: int
    reason: str
    description: str | None
    logistics_no: str | None
    logistics_company: str | None
    messages: list[RefundMessage]
    created: str
    modified: str
    history: list[list[Any]]  # [time, status, what happened]


PRODUCTS: Table[Product] = Table(
    "taobao.products",
    key=lambda p: p["item_map_id"],
    lookups={"item_id": lambda p: [p["item_id"]], "mp_id": lambda p: [p["mp_id"]]},
)
CART: Table[CartLine] = Table("taobao.cart", key=lambda line: line["id"])
ORDERS: Table[Order] = Table(
    "taobao.orders",
    key=lambda o: o["order_id"],
    sort=lambda o: int(o["order_id"]),
    lookups={
        "purchase_id": lambda o: [o["purchase_id"]],
        "status": lambda o: [o["status"]],
        "sub_id": lambda o: [s["sub_id"] for s in o["sub_orders"]],
    },
)
REFUNDS: Table[Refund] = Table(
    "taobao.refunds",
    key=lambda r: r["refund_id"],
    lookups={
        "status": lambda r: [r["status"]],
        "order_id": lambda r: [r["order_id"]],
        "purchase_id": lambda r: [r["purchase_id"]],
    },
)
