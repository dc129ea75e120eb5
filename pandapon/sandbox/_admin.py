"""Test controls, outside the PandaPon paths (``/_sandbox/...``), unauthenticated, JSON in and out.

=====  ================================================  =========================================
GET    /_sandbox/health
POST   /_sandbox/reset                                   reseed the state
GET    /_sandbox/orders                                  every order: platform, id, status
POST   /_sandbox/orders/{1688|taobao}/{id}/ship          the seller ships a paid order
POST   /_sandbox/orders/{1688|taobao}/{id}/deliver       the parcel arrives
POST   /_sandbox/orders/{1688|taobao}/{id}/price         ``{"total": fen}``: reprice an unpaid order
POST   /_sandbox/refunds/{1688|taobao}/{id}/complete     the seller refunds
POST   /_sandbox/products/{1688|taobao}/{id}/price       ``{"price": ...}``: reprice a product
POST   /_sandbox/faults                                  see ``SandboxAdmin.inject_fault``
GET    /_sandbox/callbacks                               every pushed message and its delivery
=====  ================================================  =========================================
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from . import _alibaba, _taobao
from ._faults import FAULT_KINDS, Fault
from ._registry import Context
from ._state import BusinessError

if TYPE_CHECKING:
    from ._app import SandboxApp

Action = Callable[[Context, str, dict[str, Any]], Any]

_ORDER_ACTIONS: dict[tuple[str, str], Action] = {
    ("1688", "ship"): lambda ctx, key, _: _alibaba.ship(ctx, key)["status"],
    ("1688", "deliver"): lambda ctx, key, _: _alibaba.deliver(ctx, key)["status"],
    ("1688", "price"): lambda ctx, key, p: _alibaba.change_order_price(ctx, key, int(p["total"]))[
        "status"
    ],
    ("taobao", "ship"): lambda ctx, key, _: _taobao.ship(ctx, key)["status"],
    ("taobao", "deliver"): lambda ctx, key, _: _taobao.deliver(ctx, key)["status"],
    ("taobao", "price"): lambda ctx, key, p: _taobao.change_order_price(ctx, key, int(p["total"]))[
        "status"
    ],
}
_REFUND_ACTIONS: dict[str, Action] = {
    "1688": lambda ctx, key, _: _alibaba.complete_refund(ctx, key)["status"],
    "taobao": lambda ctx, key, _: _taobao.complete_refund(ctx, key)["status"],
}


def dispatch(app: SandboxApp, method: str, path: str, payload: dict[str, Any]) -> tuple[int, Any]:
    parts = path.strip("/").split("/")[1:]
    try:
        if method == "GET" and parts == ["health"]:
            return 200, {"ok": True}
        if method == "GET" and parts == ["orders"]:
            return 200, _orders(app)
        if method == "GET" and parts == ["callbacks"]:
            deliveries = app.pusher.deliveries if app.pusher else []
            return 200, [vars(d) | {"next_attempt": None} for d in deliveries]
        if method == "POST" and parts == ["reset"]:
            app.state.reset()
            return 200, {"ok": True}
        if method == "POST" and parts == ["faults"]:
            return _add_fault(app, payload)
        if method == "POST" and len(parts) == 4 and parts[0] in ("orders", "refunds", "products"):
            return _change(app, parts, payload)
    except BusinessError as error:
        return 409, {"error": error.msg, "code": error.code}
    except (KeyError, TypeError, ValueError) as error:
        return 400, {"error": f"bad admin request: {error}"}
    return 404, {"error": f"no admin endpoint {method} {path}"}


def _orders(app: SandboxApp) -> list[dict[str, Any]]:
    return [
        {"platform": "1688", "orderId": str(o["id"]), "status": o["status"]}
        for o in app.state["alibaba_orders"].values()
    ] + [
        {"platform": "taobao", "orderId": o["orderId"], "status": o["status"]}
        for o in app.state["taobao_orders"].values()
    ]


def _add_fault(app: SandboxApp, payload: dict[str, Any]) -> tuple[int, Any]:
    kind = payload.get("kind")
    if kind not in FAULT_KINDS:
        return 400, {"error": f"kind must be one of {', '.join(FAULT_KINDS)}"}
    fault = Fault(
        kind=kind,
        remaining=int(payload.get("count", 1)),
        operation_id=payload.get("operationId"),
        seconds=float(payload.get("seconds", 0)),
        retry_after=payload.get("retryAfter"),
    )
    with app.faults.lock:
        app.faults.pending.append(fault)
    return 200, {"ok": True}


def _change(app: SandboxApp, parts: list[str], payload: dict[str, Any]) -> tuple[int, Any]:
    what, platform, key, action = parts
    ctx = Context(app.state, {}, {})
    with app.state.change():
        if what == "orders" and (platform, action) in _ORDER_ACTIONS:
            result = _ORDER_ACTIONS[(platform, action)](ctx, key, payload)
        elif what == "refunds" and action == "complete" and platform in _REFUND_ACTIONS:
            result = _REFUND_ACTIONS[platform](ctx, key, payload)
        elif what == "products" and action == "price":
            result = _set_product_price(app, platform, key, payload["price"])
        else:
            return 404, {"error": f"no admin action {'/'.join(parts)}"}
    if app.pusher and ctx.events:
        app.pusher.push(ctx.events)
    return 200, {"ok": True, "status": result}


def _set_product_price(app: SandboxApp, platform: str, key: str, price: Any) -> str:
    collection = "alibaba_products" if platform == "1688" else "taobao_products"
    product = app.state[collection].get(key)
    if product is None:
        raise BusinessError(404, f"{platform} product {key} not found")
    for sku in product["skus"]:
        if platform == "1688":
            sku["price"] = f"{float(re.sub('[^0-9.]', '', str(price))):.2f}"
        else:
            sku["price"] = sku["promotionPrice"] = int(price)
    return "repriced"
