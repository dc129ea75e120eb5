"""How operation handlers are registered and what they get to work with."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from ._state import BusinessError, State

BAD_REQUEST = 400


@dataclass
class Event:
    """A message to push to the callback URL (see _callbacks.py)."""

    platform: int  # 0 Taobao, 1 1688 (messagePlatform)
    message_type: str
    body: dict[str, Any]


@dataclass
class Context:
    """One request, as a handler sees it: the validated body and parameters, and the state."""

    state: State
    body: dict[str, Any]
    params: dict[str, str]
    events: list[Event] = field(default_factory=list)

    def emit(self, platform: int, message_type: str, body: dict[str, Any]) -> None:
        self.events.append(Event(platform, message_type, body))

    def field(self, name: str, default: Any = None) -> Any:
        """A body field, else a query/path parameter of that name."""
        if self.body.get(name) is not None:
            return self.body[name]
        return self.params.get(name, default)

    def require(self, name: str) -> Any:
        value = self.field(name)
        if value is None or value == "":
            raise BusinessError(BAD_REQUEST, f"{name} is required")
        return value


Handler = Callable[[Context], Any]
HANDLERS: dict[str, Handler] = {}


def handles(*operation_ids: str) -> Callable[[Handler], Handler]:
    """Register a stateful handler for operations (anything unregistered gets example data)."""

    def register(handler: Handler) -> Handler:
        for operation_id in operation_ids:
            if operation_id in HANDLERS:
                raise RuntimeError(f"two handlers for {operation_id}")
            HANDLERS[operation_id] = handler
        return handler

    return register


def page_of(items: list[Any], page: Any, size: Any) -> tuple[list[Any], int, int, int]:
    """(items on the page, page, size, total pages) for 1-based paging with defaults."""
    page_number = page if isinstance(page, int) and page > 0 else 1
    page_size = size if isinstance(size, int) and size > 0 else 20
    total_pages = max(1, -(-len(items) // page_size))
    start = (page_number - 1) * page_size
    return items[start : start + page_size], page_number, page_size, total_pages
