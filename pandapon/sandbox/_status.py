"""How a stored order or refund moves through statuses, with its history, in PandaPon's time."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import UTC, datetime, timedelta
from typing import TypedDict

from ._errors import ILLEGAL_STATE, BusinessError

_CHINA = timedelta(hours=8)


def now_text() -> str:
    """PandaPon's time format: China time, "yyyy-MM-dd HH:mm:ss"."""
    return (datetime.now(UTC) + _CHINA).strftime("%Y-%m-%d %H:%M:%S")


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
