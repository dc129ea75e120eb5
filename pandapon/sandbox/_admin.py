"""Test controls, outside the PandaPon paths (``/_sandbox/...``), unauthenticated, JSON in and out.

=====  ================================================  =========================================
GET    /_sandbox/                                        the dashboard (HTML; _dashboard.py)
GET    /_sandbox/health
POST   /_sandbox/reset                                   reseed the state, drop pending faults
GET    /_sandbox/orders                                  every order: platform, id, status, history
GET    /_sandbox/refunds, /products, /carts              the other records (``?limit=N``: N each)
POST   /_sandbox/orders/{1688|taobao}/{id}/ship          the seller ships a paid order
POST   /_sandbox/orders/{1688|taobao}/{id}/deliver       the parcel arrives
POST   /_sandbox/orders/{1688|taobao}/{id}/price         ``{"total": fen}``: reprice an unpaid order
POST   /_sandbox/refunds/{1688|taobao}/{id}/complete     the seller refunds
POST   /_sandbox/products/{1688|taobao}/{id}/price       ``{"price": ...}``: reprice a product
POST   /_sandbox/faults                                  see ``SandboxAdmin.inject_fault``
GET    /_sandbox/faults                                  faults still pending
GET    /_sandbox/callbacks                               every pushed message and its delivery
GET    /_sandbox/requests                                the last API requests (newest first)
=====  ================================================  =========================================

Listings give 1688's rows, then Taobao's; orders and refunds newest first within a platform,
products and cart lines in the order they were added; ``?limit=N`` applies per platform.
"""

from __future__ import annotations

import math
import re
from collections.abc import Callable, Sequence
from dataclasses import asdict
from typing import Any

from .._spec import operations
from ._callbacks import CallbackPusher
from ._errors import NOT_FOUND, BusinessError
from ._faults import FAULT_KINDS, MAX_DELAY, Fault, Faults
from ._registry import Action, Context, Event, Marketplace
from ._requests import RequestLog
from ._state import State

_LISTINGS = ("orders", "refunds", "products", "carts")
_PRICE = re.compile(r"\d+(\.\d+)?")


def total_fen(payload: dict[str, Any]) -> int:
    """The ``total`` of a reprice request: an integer number of fen."""
    total = payload["total"]
    if isinstance(total, str) and total.strip().isdigit():
        return int(total)
    if isinstance(total, bool) or not isinstance(total, int):
        raise ValueError(f"total must be an integer number of fen, got {total!r}")
    return total


def price_digits(payload: dict[str, Any]) -> str:
    """The ``price`` of a product reprice request, as digits and maybe a decimal point."""
    price = payload["price"]
    digits = re.sub("[^0-9.]", "", str(price))
    if isinstance(price, bool) or not _PRICE.fullmatch(digits):
        raise ValueError(f"price must be a number (fen for Taobao, yuan for 1688), got {price!r}")
    return digits


def _number(value: Any) -> bool:
    return isinstance(value, int | float) and not isinstance(value, bool) and math.isfinite(value)


def _limit(query: dict[str, str]) -> int | None:
    text = query.get("limit", "")
    if not text:
        return None
    if not text.isdigit():
        raise ValueError(f"limit must be a whole number, got {text!r}")
    return int(text)


def _actions(marketplace: Marketplace) -> dict[tuple[str, str], Action]:
    """The seller's side by admin path: /_sandbox/{what}/{platform}/{id}/{action}."""
    seller = marketplace.seller
    return {
        ("orders", "ship"): seller.ship,
        ("orders", "deliver"): seller.deliver,
        ("orders", "price"): seller.reprice_order,
        ("refunds", "complete"): seller.complete_refund,
        ("products", "price"): seller.reprice_product,
    }


class Admin:
    """Answers ``/_sandbox/...`` requests against one sandbox's state."""

    def __init__(
        self,
        state: State,
        faults: Faults,
        requests: RequestLog,
        pusher: CallbackPusher | None,
        marketplaces: Sequence[Marketplace],
    ) -> None:
        self._state = state
        self._faults = faults
        self._requests = requests
        self._pusher = pusher
        self._marketplaces = {m.name: m for m in marketplaces}

    def dispatch(
        self, method: str, path: str, query: dict[str, str], payload: dict[str, Any]
    ) -> tuple[int, Any]:
        parts = path.strip("/").split("/")[1:]
        try:
            if method == "GET" and len(parts) == 1:
                return self._read(parts[0], _limit(query))
            if method == "POST" and parts == ["reset"]:
                self._state.reset()
                with self._faults.lock:  # a fault left from a test must not hit the next
                    self._faults.pending.clear()
                return 200, {"ok": True}
            if method == "POST" and parts == ["faults"]:
                return self._add_fault(payload)
            if method == "POST" and len(parts) == 4:
                return self._act(parts, payload)
        except BusinessError as error:  # what is missing is a 404; a wrong state a 409
            status = 404 if error.code == NOT_FOUND else 409
            return status, {"error": error.msg, "code": error.code}
        except KeyError as error:
            return 400, {"error": f"bad admin request: missing field {error}"}
        except (TypeError, ValueError) as error:
            return 400, {"error": f"bad admin request: {error}"}
        return 404, {"error": f"no admin endpoint {method} {path}"}

    def _read(self, what: str, limit: int | None) -> tuple[int, Any]:
        readers: dict[str, Callable[[], Any]] = {
            "health": lambda: {"ok": True},
            "callbacks": lambda: self._pusher.report() if self._pusher else [],
            "faults": self._pending_faults,
            "requests": lambda: self._requests.recent(limit),
        }
        if what in readers:
            return 200, readers[what]()
        if what in _LISTINGS:
            store = self._state.store
            return 200, [
                row for m in self._marketplaces.values() for row in m.listings[what](store, limit)
            ]
        return 404, {"error": f"no admin endpoint GET /_sandbox/{what}"}

    def _pending_faults(self) -> list[dict[str, Any]]:
        with self._faults.lock:
            return [asdict(f) for f in self._faults.pending]

    def _add_fault(self, payload: dict[str, Any]) -> tuple[int, Any]:
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
        elif not _number(seconds) or not 0 <= seconds <= MAX_DELAY:
            problem = f"seconds must be a number from 0 to {MAX_DELAY:g}, got {seconds!r}"
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
        with self._faults.lock:
            self._faults.pending.append(fault)
        return 200, {"ok": True}

    def _act(self, parts: list[str], payload: dict[str, Any]) -> tuple[int, Any]:
        what, platform, key, action = parts
        marketplace = self._marketplaces.get(platform)
        run = _actions(marketplace).get((what, action)) if marketplace else None
        if run is None:
            return 404, {"error": f"no admin action {'/'.join(parts)}"}
        ctx = Context(self._state.store)
        with self._state.store.transaction():
            status = run(ctx, key, payload)
        self.push(ctx.events)
        return 200, {"ok": True, "status": status}

    def push(self, events: list[Event]) -> None:
        if self._pusher and events:
            self._pusher.push(events)
