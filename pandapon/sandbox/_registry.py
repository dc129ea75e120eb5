"""What handlers get to work with, and how the platforms plug into the sandbox.

Nothing registers itself on import: each platform package exports a ``Marketplace`` (or, for
the PandaPon-wide operations, a handler table), and the app lists them (``_app.py``).
"""

from __future__ import annotations

import random
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from typing import Any

from ._errors import BAD_REQUEST, BusinessError
from ._store import R, Store, Table


@dataclass
class Event:
    """A message to push to the callback URL (see _callbacks.py)."""

    platform: int  # 0 Taobao, 1 1688 (messagePlatform)
    message_type: str
    body: dict[str, Any]


@dataclass
class Context:
    """One request, as a handler sees it: the validated body and parameters, and the store."""

    store: Store
    body: dict[str, Any] = field(default_factory=dict)
    params: dict[str, Any] = field(default_factory=dict)
    events: list[Event] = field(default_factory=list)

    def emit(self, platform: int, message_type: str, body: dict[str, Any]) -> None:
        self.events.append(Event(platform, message_type, body))

    def field(self, name: str, default: Any = None) -> Any:
        """A body field, else a query/path parameter of that name."""
        if self.body.get(name) is not None:
            return self.body[name]
        return self.params.get(name, default)

    def filters(self, by: Mapping[str, str]) -> dict[str, list[object]]:
        """``{lookup: values}`` for each request field in ``by`` (field -> lookup) that was
        given; a list gives all its values."""
        where: dict[str, list[object]] = {}
        for name, lookup in by.items():
            value = self.field(name)
            if value is not None and value != "":
                where[lookup] = list(value) if isinstance(value, list) else [value]
        return where

    def require(self, name: str) -> Any:
        value = self.field(name)
        if value is None or value == "":
            raise BusinessError(BAD_REQUEST, f"{name} is required")
        return value


Handler = Callable[[Context], Any]
Handlers = Mapping[str, Handler]
#: An admin action on one record: (context, its id, the request's JSON) -> the new status.
Action = Callable[[Context, str, dict[str, Any]], str]
#: An admin listing for the dashboard: (store, at most this many) -> JSON rows.
Listing = Callable[[Store, int | None], list[dict[str, Any]]]


def listing(
    table: Table[R], row: Callable[[R], dict[str, Any]], *, newest_first: bool = False
) -> Listing:
    """An admin listing of a table's records, each shown as ``row`` shows it."""

    def rows(store: Store, limit: int | None) -> list[dict[str, Any]]:
        return [row(r) for r in store.select(table, descending=newest_first, limit=limit)]

    return rows


@dataclass(frozen=True)
class SellerSide:
    """What the other side of a platform does, driven by the admin endpoints and dashboard."""

    ship: Action
    deliver: Action
    reprice_order: Action
    complete_refund: Action
    reprice_product: Action


@dataclass(frozen=True)
class Marketplace:
    """One platform of the sandbox: its operations, its seller's side, its seed."""

    name: str  # as in the admin paths: "1688" or "taobao"
    handlers: Handlers
    seller: SellerSide
    #: Admin listings by kind: "orders", "refunds", "products", "carts".
    listings: Mapping[str, Listing]
    #: Fills a fresh store: the catalogue and the documentation's examples.
    seed: Callable[[Context, random.Random], None]


def merged(*tables: Handlers) -> dict[str, Handler]:
    """One handler table from several; an operation handled twice is a programming error."""
    result: dict[str, Handler] = {}
    for table in tables:
        for operation_id, handler in table.items():
            if operation_id in result:
                raise RuntimeError(f"two handlers for {operation_id}")
            result[operation_id] = handler
    return result
