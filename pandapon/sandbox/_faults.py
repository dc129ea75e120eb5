"""Faults to inject into the next requests, so that clients can be tested against failures.

A fault is taken by the next *authenticated* request (of its operation, if it names one): an
unsigned probe never uses up a fault meant for the client under test.
"""

from __future__ import annotations

import threading
from dataclasses import dataclass, field

FAULT_KINDS = ("delay", "error", "rate_limit", "drop_after_commit", "malformed_json")
#: The longest ``delay`` (seconds): longer than any client timeout worth testing, and short
#: enough that a mistyped one (1e300) cannot hang a request for good.
MAX_DELAY = 300.0


@dataclass
class Fault:
    kind: str
    remaining: int
    operation_id: str | None = None
    seconds: float = 0.0
    retry_after: float | None = None


@dataclass
class Faults:
    pending: list[Fault] = field(default_factory=list)
    lock: threading.Lock = field(default_factory=threading.Lock)

    def take(self, operation_id: str) -> Fault | None:
        with self.lock:
            for fault in self.pending:
                if fault.operation_id in (None, operation_id):
                    fault.remaining -= 1
                    if fault.remaining <= 0:
                        self.pending.remove(fault)
                    return fault
        return None
