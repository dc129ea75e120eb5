"""The last requests the sandbox answered, for the dashboard's live log.

What is kept: method, path (without the query string, which may hold a ``sign``), operation,
HTTP status, PandaPon's code and the signature check's verdict. Never a header or a body.
"""

from __future__ import annotations

import threading
import time
from collections import deque
from dataclasses import asdict, dataclass
from typing import Any

KEPT = 200


@dataclass(frozen=True)
class LoggedRequest:
    at: float  # epoch seconds
    method: str
    path: str
    operation: str | None
    status: int
    code: int | None
    signature: str  # "ok", what failed, or "-" when it was not checked
    ms: float


class RequestLog:
    def __init__(self, kept: int = KEPT) -> None:
        self._entries: deque[LoggedRequest] = deque(maxlen=kept)
        self._lock = threading.Lock()

    def add(
        self,
        method: str,
        path: str,
        operation: str | None,
        *,
        status: int,
        code: int | None,
        signature: str,
        started: float,
    ) -> None:
        entry = LoggedRequest(
            time.time(),
            method,
            path,
            operation,
            status,
            code,
            signature,
            round((time.perf_counter() - started) * 1000, 2),
        )
        with self._lock:
            self._entries.append(entry)

    def recent(self, limit: int | None = None) -> list[dict[str, Any]]:
        """Newest first."""
        with self._lock:
            entries = list(self._entries)
        entries.reverse()
        return [asdict(e) for e in entries[:limit]]
