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

import math
import re
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from .._spec import operations
from . import _alibaba, _taobao
from ._faults import FAULT_KINDS, Fault
from ._registry import Context
from ._state import BusinessError

if TYPE_CHECKING:
    from ._app import SandboxApp

Action = Callable[[Context, str, dict[str, Any]], Any]


def _fen(payload: dict[str, Any]) -> int:
    total = payload["total"]
    if isinstance(total, str) and total.strip().isdigit():
        return int(total)
    if isinstance(total, bool) or not isinstance(total, int):
        raise ValueError(f"total must be an integer number of fen, got {total!r}")
    return total


_ORDER_ACTIONS: dict[tuple[str, str], Action] = {
    ("1688", "ship"): lambda ctx, key, _: _alibaba.ship(ctx, key)["status"],
    ("1688", "deliver"): lambda ctx, key, _: _alibaba.deliver(ctx, key)["status"],
    ("1688", "price"): lambda ctx, key, p: _alibaba.change_order_price(ctx, key, _fen(p))["status"],
    ("taobao", "ship"): lambda ctx, key, _: _taobao.ship(ctx, key)["status"],
    ("taobao", "deliver"): lambda ctx, key, _: _taobao.deliver(ctx, key)["status"],
    ("taobao", "price"): lambda ctx, key, p: _taobao.change_order_price(ctx, key, _fen(p))[
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
    except KeyError as error:
        return 400, {"error": f"bad admin request: missing field {error}"}
    except (TypeError, ValueError) as error:
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


def _number(value: Any) -> bool:
    return isinstance(value, int | float) and not isinstance(value, bool) and math.isfinite(value)


def _add_fault(app: SandboxApp, payload: dict[str, Any]) -> tuple[int, Any]:
    kind = payload.get("kind")
    count = payload.get("count", 1)
    operation_id = payload.get("operationId")
    seconds = payload.get("seconds", 0)
    retry_after = payload.get("retryAfter")
    problem = None
    if kind not in FAULT_KINDS:
        problem = f"kind must be one of {', '.join(FAULT_KINDS)}"
    elif isinstance(count, bool) or not isinstance(count, int) or count < 1:
        problem = f"count must be an integer >= 1, got {count!r}"
    elif operation_id is not None and operation_id not in operations():
        problem = f"operationId {operation_id!r} is not an operation of the spec"
    elif not _number(seconds) or seconds < 0:
        problem = f"seconds must be a number >= 0, got {seconds!r}"
    elif retry_after is not None and (not _number(retry_after) or retry_after < 0):
        problem = f"retryAfter must be a number >= 0 or null, got {retry_after!r}"
    if problem:
        return 400, {"error": problem}
    fault = Fault(
        kind=str(kind),
        remaining=count,
        operation_id=operation_id,
        seconds=float(seconds),
        retry_after=retry_after,
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
    digits = re.sub("[^0-9.]", "", str(price))
    if isinstance(price, bool) or not re.fullmatch(r"\d+(\.\d+)?", digits):
        raise ValueError(f"price must be a number (fen for Taobao, yuan for 1688), got {price!r}")
    collection = "alibaba_products" if platform == "1688" else "taobao_products"
    product = app.state[collection].get(key)
    if product is None:
        raise BusinessError(404, f"{platform} product {key} not found")
    for sku in product["skus"]:
        if platform == "1688":
            sku["price"] = f"{float(digits):.2f}"
        else:
            sku["price"] = sku["promotionPrice"] = int(float(digits))
    return "repriced"
