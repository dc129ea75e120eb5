"""Paged operations: pages (``Page``), the items of one page, and the request advanced from
page to page until the last (``Pager``), for ``paginate`` and ``iter_pages`` of both clients."""

from __future__ import annotations

from collections.abc import AsyncIterator, Iterable, Mapping
from dataclasses import dataclass, field
from typing import Any, Generic, TypeVar

from pandapon_api import sdk_metadata

from . import _exceptions as exc
from ._request import as_wire_body, lookup, not_a_mapping
from ._types import is_absent

T = TypeVar("T")


@dataclass(frozen=True)
class Page(Generic[T]):
    """One page of a paged operation: its items and the totals PandaPon sent (None if not)."""

    number: int
    items: list[T]
    total_pages: int | None
    total_items: int | None
    data: Any = field(repr=False)  # the page's whole ``data`` model


def page_items(data: Any, paging: Mapping[str, Any]) -> tuple[list[Any], int | None, int | None]:
    """Items, total pages and total items of one page of ``data`` (per sdk_metadata.PAGINATION).

    ``data`` of a shape the spec does not give it (kept as sent: a dict, text, a number) holds
    no items the SDK can find: the page is empty and the iteration ends (``Page.data`` keeps
    what came)."""
    if data is None or isinstance(data, dict | str | int | float):
        return [], None, None
    if isinstance(data, list):
        return data, None, None

    def first(names: Iterable[str]) -> Any:
        for name in names:
            value = getattr(data, name, None)
            if not is_absent(value):
                return value
        return None

    items = first(paging["items"])
    total_pages = first(paging["total_pages"])
    total_items = first(paging["total_items"])
    return (
        list(items) if isinstance(items, list) else [],
        total_pages if isinstance(total_pages, int) else None,
        total_items if isinstance(total_items, int) else None,
    )


class Pager:
    """The request of a paged call, advanced one page at a time."""

    __slots__ = ("body", "page", "paging", "params", "previous", "seen", "size")

    def __init__(
        self,
        body: dict[str, Any] | None,
        params: dict[str, Any],
        paging: Mapping[str, Any],
        page: int,
        size: int | None,
    ) -> None:
        self.body, self.params, self.paging, self.page, self.size = (
            body,
            params,
            paging,
            page,
            size,
        )
        self.seen = 0
        self.previous: list[Any] | None = None

    @classmethod
    def start(cls, operation_id: str, body: Any, params: Mapping[str, Any] | None) -> Pager:
        lookup(operation_id)
        paging = sdk_metadata.PAGINATION.get(operation_id)
        if paging is None:
            raise exc.ConfigurationError(f"{operation_id} is not a paged operation")
        wire = as_wire_body(body)
        if wire is not None and not isinstance(wire, dict):
            raise exc.RequestValidationError(operation_id, [not_a_mapping("(body)", wire)])
        if params is not None and not isinstance(params, Mapping):
            raise exc.RequestValidationError(operation_id, [not_a_mapping("(params)", params)])
        pager = cls(
            wire, {k: v for k, v in (params or {}).items() if not is_absent(v)}, paging, 1, None
        )
        holder = pager._holder(paging["page_location"])
        page = holder.get(paging["page"])
        pager.page = (
            page if isinstance(page, int) and not isinstance(page, bool) and page > 0 else 1
        )
        size = pager._holder(paging["size_location"]).get(paging["size"])
        pager.size = size if isinstance(size, int) and size > 0 else None
        return pager

    def _holder(self, location: str) -> dict[str, Any]:
        if location == "body":
            if self.body is None:
                self.body = {}
            return self.body
        return self.params

    def request(self) -> tuple[dict[str, Any] | None, dict[str, Any]]:
        self._holder(self.paging["page_location"])[self.paging["page"]] = self.page
        return self.body, self.params

    def advance(self, data: Any) -> tuple[Page[Any], bool]:
        """The page ``data`` is (numbered before the count moves on), and whether there are
        more pages to fetch."""
        number = self.page
        items, total_pages, total_items = page_items(data, self.paging)
        if items and items == self.previous:
            # A server that ignores the page number would repeat itself forever.
            return Page(number, [], total_pages, total_items, data), False
        self.seen += len(items)
        done = (
            not items
            or (total_pages is not None and self.page >= total_pages)
            or (total_items is not None and self.seen >= total_items)
            or (self.size is not None and len(items) < self.size)
        )
        self.previous = items
        self.page += 1
        return Page(number, items, total_pages, total_items, data), not done


async def async_items(pages: AsyncIterator[Page[Any]]) -> AsyncIterator[Any]:
    """Every item of every page (``AsyncPandaPon.paginate``)."""
    async for page in pages:
        for item in page.items:
            yield item
