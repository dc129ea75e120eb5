"""What both platforms share: business errors, "find it or 404", status moves, paging, time."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from datetime import UTC, datetime, timedelta
from typing import Any, TypedDict, TypeVar

from ._store import Store, Table

BAD_REQUEST = 400
NOT_FOUND = 404
ILLEGAL_STATE = 4090
_CHINA = timedelta(hours=8)

R = TypeVar("R", bound=Mapping[str, Any])
T = TypeVar("T")


class BusinessError(Exception):
    """A request that is well formed but not allowed now (pay a cancelled order, ...)."""

    def __init__(self, code: int, msg: str) -> None:
        super().__init__(msg)
        self.code = code
        self.msg = msg


def now_text() -> str:
    """PandaPon's time format: China time, "yyyy-MM-dd HH:mm:ss"."""
    return (datetime.now(UTC) + _CHINA).strftime("%Y-%m-%d %H:%M:%S")


def not_found(what: str, key: object) -> BusinessError:
    return BusinessError(NOT_FOUND, f"{what} {key} not found")


def find(store: Store, table: Table[R], key: object, what: str, *lookups: str) -> R:
    """The record with this key (or found by one of ``lookups``), or a 404 naming ``what``."""
    record = store.find(table, key, *lookups)
    if record is None:
        raise not_found(what, key)
    return record


def find_all(store: Store, table: Table[R], keys: list[Any], what: str) -> list[R]:
    """The records with these keys, in the order given, or a 404 naming the missing ones."""
    found = {str(table.key(r)): r for r in store.select(table, keys=keys)}
    missing = [k for k in keys if str(k) not in found]
    if missing or not keys:
        raise not_found(what, missing or "(none given)")
    return [found[str(k)] for k in keys]


def positive_quantity(value: Any) -> int:
    """A quantity to buy: at least one."""
    if isinstance(value, bool) or not isinstance(value, int) or value < 1:
        raise BusinessError(BAD_REQUEST, "quantity must be at least 1")
    return value


def draw_stock(drawn: dict[Any, int], sku: Any, name: str, quantity: int, stock: int) -> None:
    """Counts ``quantity`` of ``sku`` (named ``name`` in the refusal) against its stock;
    ``drawn`` holds what the order's earlier lines took, so two lines of one SKU cannot
    together ask for more than there is."""
    drawn[sku] = drawn.get(sku, 0) + quantity
    if drawn[sku] > stock:
        raise BusinessError(ILLEGAL_STATE, f"only {stock} of {name} left")


class Lifecycle(TypedDict):
    """The part of a stored order that moves through statuses."""

    status: str
    modified: str
    #: [time, status, what happened], oldest first (shown on the dashboard).
    history: list[list[str]]


def started(status: str, note: str) -> Lifecycle:
    now = now_text()
    return {"status": status, "modified": now, "history": [[now, status, note]]}


def move(record: Lifecycle, allowed: Sequence[str], to: str, what: str, verb: str) -> None:
    """Move ``record`` (``what``: "1688 order 123") to status ``to`` if it is in ``allowed``."""
    if record["status"] not in allowed:
        raise BusinessError(ILLEGAL_STATE, f"{what} cannot be {verb}: it is {record['status']}")
    note(record, to, verb)


def note(record: Lifecycle, status: str, text: str) -> None:
    """Record a change (of status or not) in the history."""
    now = now_text()
    record["status"] = status
    record["modified"] = now
    record["history"].append([now, status, text])


def page_numbers(page: Any, size: Any) -> tuple[int, int]:
    """(page, size) for 1-based paging, with defaults for missing or silly values."""
    page_number = page if isinstance(page, int) and page > 0 else 1
    page_size = size if isinstance(size, int) and size > 0 else 20
    return page_number, page_size


def paged(
    store: Store,
    table: Table[R],
    page: Any,
    size: Any,
    *,
    where: dict[str, list[object]] | None = None,
    keys: list[object] | None = None,
    descending: bool = False,
) -> tuple[list[R], int, int, int, int]:
    """(records on the page, page, size, total pages, total records) of a filtered list."""
    page_number, page_size = page_numbers(page, size)
    total = store.count(table, where=where, keys=keys)
    items = store.select(
        table,
        where=where,
        keys=keys,
        descending=descending,
        offset=(page_number - 1) * page_size,
        limit=page_size,
    )
    return items, page_number, page_size, max(1, -(-total // page_size)), total


def page_of(items: list[T], page: Any, size: Any) -> tuple[list[T], int, int, int]:
    """(items on the page, page, size, total pages) of a list held in memory."""
    page_number, page_size = page_numbers(page, size)
    start = (page_number - 1) * page_size
    pages = max(1, -(-len(items) // page_size))
    return items[start : start + page_size], page_number, page_size, pages
