"""Platform operations: saved addresses and international freight (quotes, previews, bookings)."""

from __future__ import annotations

from typing import Any

from ._registry import BAD_REQUEST, Context, handles
from ._state import BusinessError, not_found

SERVICES = [("1", "云途物流 YunExpress", "standard"), ("2", "燕文物流 Yanwen", "economy")]
_RATES_FEN = {"1": 4500, "2": 2800}  # per item, fen


@handles("listAddresses")
def list_addresses(ctx: Context) -> list[dict[str, Any]]:
    return [dict(a) for a in ctx.state["addresses"].values()]


@handles("saveAddress")
def save_address(ctx: Context) -> dict[str, Any]:
    fields = ("name", "province", "city", "district", "address", "phone")
    address_id = ctx.field("id")
    addresses = ctx.state["addresses"]
    if address_id:
        if str(address_id) not in addresses:
            raise not_found("address", address_id)
        address = addresses[str(address_id)]
    else:
        address_id = ctx.state.next_id("address", 1)
        address = addresses.setdefault(str(address_id), {"id": address_id})
    address.update({k: ctx.field(k) for k in fields if ctx.field(k) is not None})
    return {"id": address_id}


def _quote(service: str, quantity: int) -> int:
    if service not in _RATES_FEN:
        raise BusinessError(BAD_REQUEST, f"unknown freight service {service!r}")
    return _RATES_FEN[service] * max(1, quantity)


@handles("estimateFreight")
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


@handles("previewOrderFreight")
def preview(ctx: Context) -> dict[str, Any]:
    items = []
    for index, item in enumerate(ctx.field("renderItems") or []):
        service = str((item.get("freightInfo") or {}).get("serviceId") or "")
        if not service:
            raise BusinessError(
                BAD_REQUEST, f"renderItems[{index}].freightInfo.serviceId is required"
            )
        items.append(
            {**item, "price": f"{_quote(service, item['quantity']) / 100:.2f}", "currency": "CNY"}
        )
    render_id = f"FF{ctx.state.next_id('freight_render', 2024080200000)}"
    total = sum(float(i["price"]) for i in items)
    ctx.state["freight_renders"][render_id] = {"renderId": render_id, "items": items}
    return {"renderId": render_id, "price": f"{total:.2f}", "currency": "CNY", "renderItems": items}


@handles("createInternationalLogisticsOrder")
def book(ctx: Context) -> dict[str, Any]:
    render_id = ctx.field("renderId")
    if render_id and render_id not in ctx.state["freight_renders"]:
        raise not_found("freight preview", render_id)
    order_id = str(ctx.state.next_id("logistics_order", 2100))
    tmall = (ctx.field("tmallOrderInfo") or {}).get("tmallOrderId")
    ctx.state["logistics_orders"][order_id] = {
        "orderId": order_id,
        "renderId": render_id,
        "tmallOrderId": tmall,
        "parcels": [],
    }
    return {"orderId": order_id, "renderId": render_id, "tmallOrderId": tmall}


@handles("updateDomesticLogistics")
def update_domestic(ctx: Context) -> bool:
    order_id = str(ctx.require("orderId"))
    order = ctx.state["logistics_orders"].get(order_id)
    if order is None:
        raise not_found("international logistics order", order_id)
    order["parcels"] = ctx.field("logisticInfos") or []
    return True
