"""A call's answer with its metadata (``client.with_raw_response``), and pages of paged calls."""

from __future__ import annotations

import datetime
import json
from dataclasses import dataclass, field
from functools import cached_property
from typing import Any, Generic, TypeVar

import httpx

T = TypeVar("T")


def request_id_text(value: Any) -> str | None:
    """A ``requestId`` as every surface shows it (errors, logs, ``call_raw``, ``APIResponse``):
    what PandaPon sent, as text (``0`` is ``"0"``, ``""`` stays ``""``); None only when absent
    or null."""
    return None if value is None else str(value)


def envelope_request_id(payload: Any) -> str | None:
    """The ``requestId`` of an envelope (None when the payload is not a JSON object)."""
    return request_id_text(payload.get("requestId") if isinstance(payload, dict) else None)


class APIResponse(Generic[T]):
    """PandaPon's answer to one successful call: the HTTP response's metadata, and its ``data``.

    >>> response = client.with_raw_response.alibaba.orders.cancel(web_site="1688", order_id=1)
    >>> response.request_id, response.headers["date"], response.parse()
    """

    def __init__(
        self,
        http_response: httpx.Response,
        data: T,
        *,
        retries: int,
        elapsed: datetime.timedelta,
    ) -> None:
        self.http_response = http_response
        self._data = data
        #: How many times the call was sent again before this answer (0: the first attempt).
        self.retries = retries
        #: From sending this attempt to its answer being read and checked.
        self.elapsed = elapsed

    @property
    def http_status(self) -> int:
        return self.http_response.status_code

    @property
    def headers(self) -> httpx.Headers:
        return self.http_response.headers

    @cached_property
    def request_id(self) -> str | None:
        """The envelope's ``requestId``, to quote when asking PandaPon about the call (read
        from the body once, on first use)."""
        return envelope_request_id(self.json())

    def json(self) -> Any:
        """The whole envelope as JSON."""
        return json.loads(self.http_response.content)

    def parse(self) -> T:
        """The envelope's ``data`` as the typed model (what the plain method returns)."""
        return self._data

    def __repr__(self) -> str:
        return f"<APIResponse [{self.http_status}] request_id={self.request_id!r}>"


@dataclass(frozen=True)
class Page(Generic[T]):
    """One page of a paged operation: its items and the totals PandaPon sent (None if not)."""

    number: int
    items: list[T]
    total_pages: int | None
    total_items: int | None
    data: Any = field(repr=False)  # the page's whole ``data`` model
