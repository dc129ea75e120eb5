"""International freight, which PandaPon runs for both platforms: quotes, previews, bookings,
and the domestic parcels of a booking."""

from __future__ import annotations

from typing import Any, TypedDict

from ._errors import BAD_REQUEST, BusinessError, find, not_found
from ._registry import Context, Handlers
from ._store import Table

SERVICES = [("1", "云途物流 YunExpress", "standard"), ("2", "燕文物流 Yanwen", "economy")]
_RATES_FEN = {"1": 4500, "2": 2800}  # per item, fen


class FreightRender(TypedDict):
    renderId: str
    items: list[dict[str, Any]]


class LogisticsOrder(TypedDict):
    orderId: str
    renderId: str | None
    tmallOrderId: str | None
    parcels: list[dict[str, Any]]


FREIGHT_RENDERS: Table[FreightRender] = Table("freight.renders", key=lambda r: r["renderId"])
LOGISTICS_ORDERS: Table[LogisticsOrder] = Table("freight.orders", key=lambda o: o["orderId"])

#: The booking example books freight preview FF2024080200007 (of the preview example's lines);
#: the domestic-logistics example updates logistics order 21 (of Tmall order 12345667).
DOC_RENDER_ID = "FF2024080200007"
DOC_RENDER_ITEMS: list[dict[str, Any]] = [
    {"itemId": item, "skuId": sku, "quantity": quantity, "freightInfo": {"serviceId": service}}
    for item, sku, quantity, service in [
        ("2048020617114736", "413185732720", 1, "1"),
        ("2048232789087639", "4970432383383", 2, "2"),
    ]
]
DOC_LOGISTICS_ORDER: LogisticsOrder = {
    "orderId": "21",
    "renderId": None,
    "tmallOrderId": "12345667",
    "parcels": [],
}
#: Numbers handed out start above the ones the documentation uses.
RENDER_IDS_FROM = 2024080200007


def seed(ctx: Context) -> None:
    render: FreightRender = {"renderId": DOC_RENDER_ID, "items": _priced(DOC_RENDER_ITEMS)}
    ctx.store.put(FREIGHT_RENDERS, render)
    ctx.store.put(LOGISTICS_ORDERS, DOC_LOGISTICS_ORDER)


def _quote(service: str, quantity: int) -> int:
    if service not in _RATES_FEN:
        raise BusinessError(BAD_REQUEST, f"unknown freight service {service!r}")
    return _RATES_FEN[service] * max(1, quantity)


def estimate(ctx: Context) -> list[dict[str, Any]]:
    if not (ctx.require("receiverAddress") or {}).get("country"):
        raise BusinessError(BAD_REQUEST, "receiverAddress.country is required for a quote")
    quantity = ctx.require("quantity")
    return [
        {
            "serviceId": sid,
            "companyName": name,
            "serviceCategory": category,
            "price": f"{_quote(sid, quantity) / 100:.2f}",
            "currency": "CNY",
        }
        for sid, name, category in SERVICES
    ]


def _priced(render_items: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """A preview's lines, each with its freight."""
    items = []
    for index, item in enumerate(render_items):
        service = str((item.get("freightInfo") or {}).get("serviceId") or "")
        if not service:
            raise BusinessError(
                BAD_REQUEST, f"renderItems[{index}].freightInfo.serviceId is required"
            )
        items.append(
            {**item, "price": f"{_quote(service, item['quantity']) / 100:.2f}", "currency": "CNY"}
        )
    return items


def preview(ctx: Context) -> dict[str, Any]:
    items = _priced(ctx.field("renderItems") or [])
    render_id = f"FF{ctx.store.next_id('freight_render', RENDER_IDS_FROM)}"
    total = sum(float(i["price"]) for i in items)
    render: FreightRender = {"renderId": render_id, "items": items}
    ctx.store.put(FREIGHT_RENDERS, render)
    return {"renderId": render_id, "price": f"{total:.2f}", "currency": "CNY", "renderItems": items}


def book(ctx: Context) -> dict[str, Any]:
    render_id = ctx.field("renderId")
    if render_id and ctx.store.get(FREIGHT_RENDERS, render_id) is None:
        raise not_found("freight preview", render_id)
    order_id = str(ctx.store.next_id("logistics_order", 2100))
    tmall = (ctx.field("tmallOrderInfo") or {}).get("tmallOrderId")
    order: LogisticsOrder = {
        "orderId": order_id,
        "renderId": render_id,
        "tmallOrderId": tmall,
        "parcels": [],
    }
    ctx.store.put(LOGISTICS_ORDERS, order)
    return {"orderId": order_id, "renderId": render_id, "tmallOrderId": tmall}


def update_domestic(ctx: Context) -> bool:
    order = find(
        ctx.store, LOGISTICS_ORDERS, ctx.require("orderId"), "international logistics order"
    )
    order["parcels"] = ctx.field("logisticInfos") or []
    ctx.store.put(LOGISTICS_ORDERS, order)
    return True


HANDLERS: Handlers = {
    "estimateFreight": estimate,
    "previewOrderFreight": preview,
    "createInternationalLogisticsOrder": book,
    "updateDomesticLogistics": update_domestic,
}
