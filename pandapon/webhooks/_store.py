"""Where the receiver remembers messages: to drop redeliveries and to retry failed handlers."""

from __future__ import annotations

import hashlib
import json
import logging
import threading
import time
from collections import OrderedDict
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import timedelta
from typing import Any, Protocol, runtime_checkable

from ._messages import Message, decoded_body

logger = logging.getLogger("pandapon.webhooks")

#: How long the stores remember a message: longer than the timestamp tolerance (6 h),
#: so a replay is either too old or recognised as a duplicate.
DEFAULT_TTL = timedelta(hours=24)


def positive_seconds(value: timedelta | float, name: str) -> float:
    """A duration option in seconds; refused unless positive."""
    seconds = value.total_seconds() if isinstance(value, timedelta) else float(value)
    if not seconds > 0:
        raise ValueError(f"{name} must be positive")
    return seconds


@dataclass(frozen=True)
class FailedMessage:
    """A message whose handlers (named by ``module.qualname``) raised."""

    key: str
    body: bytes
    handlers: tuple[str, ...]


@runtime_checkable
class MessageStore(Protocol):
    """What the receiver needs from a store. Implementations must be thread-safe."""

    def add(self, key: str, body: bytes) -> bool:
        """Record a new message as pending; False (and no change) if ``key`` is already known."""
        ...

    def mark_done(self, key: str) -> None:
        """Every handler succeeded; the body may be dropped, the key must still be remembered."""
        ...

    def mark_failed(self, key: str, handlers: Sequence[str]) -> None:
        """These handlers raised; keep the body so that ``take_failed`` can return it."""
        ...

    def take_failed(self) -> list[FailedMessage]:
        """The failed messages, switched back to pending (so two retries never run one twice)."""
        ...


def message_key(message: Message[Any]) -> str:
    """The default deduplication key: SHA-256 of the envelope's four fields, canonically.

    A retry resends the same message, so it gets the same key however it is serialised (key
    order, spacing, ``messageBody`` as object or string). The timestamp is part of it: two events
    with identical bodies (a refund message may carry only its ids) are different messages, and
    dropping one would lose it, whereas a redelivery that slips through only runs a handler twice,
    which handlers must tolerate anyway. Extra envelope fields (a retry counter?) are left out.
    """
    raw = message.raw
    identity = [
        raw.get("messagePlatform"),
        raw.get("messageType"),
        raw.get("timestamp"),
        decoded_body(raw),
    ]
    text = json.dumps(identity, sort_keys=True, separators=(",", ":"), ensure_ascii=False)
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


@dataclass
class _Entry:
    expires: float
    body: bytes | None
    failed: tuple[str, ...] | None = None  # None: pending or done


class InMemoryStore:
    """A per-process store that forgets messages ``ttl`` after they arrived (thread-safe).

    Failed messages are forgotten too (with a warning): retry them within ``ttl``. Use a shared
    store (Redis, a database) when several processes receive messages.
    """

    def __init__(
        self, ttl: timedelta | float = DEFAULT_TTL, *, clock: Callable[[], float] = time.monotonic
    ) -> None:
        self._ttl = positive_seconds(ttl, "ttl")
        self._clock = clock
        self._lock = threading.Lock()
        # Insertion order is expiry order (one ttl for all), so expiring pops from the front.
        self._entries: OrderedDict[str, _Entry] = OrderedDict()

    def __repr__(self) -> str:
        return f"InMemoryStore(ttl={self._ttl:g}s, entries={len(self._entries)})"

    def __len__(self) -> int:
        with self._lock:
            self._expire()
            return len(self._entries)

    def add(self, key: str, body: bytes) -> bool:
        with self._lock:
            self._expire()
            if key in self._entries:
                return False
            self._entries[key] = _Entry(self._clock() + self._ttl, body)
            return True

    def mark_done(self, key: str) -> None:
        with self._lock:
            entry = self._entries.get(key)
            if entry is not None:
                entry.body, entry.failed = None, None

    def mark_failed(self, key: str, handlers: Sequence[str]) -> None:
        with self._lock:
            entry = self._entries.get(key)
            if entry is not None and entry.body is not None:
                entry.failed = tuple(handlers)

    def take_failed(self) -> list[FailedMessage]:
        with self._lock:
            self._expire()
            taken = []
            for key, entry in self._entries.items():
                if entry.failed is not None and entry.body is not None:
                    taken.append(FailedMessage(key, entry.body, entry.failed))
                    entry.failed = None
            return taken

    def _expire(self) -> None:
        now = self._clock()
        while self._entries:
            key, entry = next(iter(self._entries.items()))
            if entry.expires > now:
                return
            del self._entries[key]
            if entry.failed is not None:
                logger.warning("forgetting failed message %s: it was not retried in time", key)
