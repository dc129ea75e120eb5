"""1-based paging of the sandbox's lists, with defaults for missing or silly page values."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from ._store import Store, Table

R = TypeVar("R", bound=Mapping[str, Any])
T = TypeVar("T")


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
