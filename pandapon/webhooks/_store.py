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


@dataclass(frozen=True)
class QuarantinedMessage:
    """A correctly signed push the receiver could not take in (its body is not a JSON object,
    holds a number too long to read, or its deduplication key could not be made), kept byte
    for byte with why, and when it arrived (epoch seconds). PandaPon was answered 200, so it
    does not send it again: inspect it, act on it by hand, then ``forget_quarantined``."""

    key: str  # SHA-256 of the body
    body: bytes
    reason: str
    received: float


#: Quarantined messages the in-memory store keeps at most (the oldest go first, with a warning).
MAX_QUARANTINED = 1000


@runtime_checkable
class QuarantineStore(Protocol):
    """What a store needs to keep signed pushes that cannot be taken in (every store of
    ``pandapon.webhooks`` has it). A store without it makes the receiver answer 500 for them,
    as before: PandaPon then retries them 5 times and gives up."""

    def quarantine(self, key: str, body: bytes, reason: str) -> bool:
        """Keep the message (until forgotten); False if ``key`` is already quarantined."""
        ...

    def quarantined(self) -> list[QuarantinedMessage]:
        """The quarantined messages, oldest first."""
        ...

    def forget_quarantined(self, key: str) -> bool:
        """Drop a quarantined message (once dealt with); False if there was none."""
        ...


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
    # surrogatepass: a lone surrogate escape ("\\ud800") is valid JSON, and must not make the
    # key (and so the push) fail; text without one encodes as before, so keys do not change.
    return hashlib.sha256(text.encode("utf-8", "surrogatepass")).hexdigest()


def quarantine_key(body: bytes) -> str:
    """A quarantined message's key: SHA-256 of the body as sent (a redelivery has the same)."""
    return hashlib.sha256(body).hexdigest()


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
        self._quarantine: OrderedDict[str, QuarantinedMessage] = OrderedDict()

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

    def quarantine(self, key: str, body: bytes, reason: str) -> bool:
        with self._lock:
            if key in self._quarantine:
                return False
            if len(self._quarantine) >= MAX_QUARANTINED:
                dropped, _ = self._quarantine.popitem(last=False)
                logger.warning("forgetting quarantined message %s: the store keeps 1000", dropped)
            self._quarantine[key] = QuarantinedMessage(key, body, reason, time.time())
            return True

    def quarantined(self) -> list[QuarantinedMessage]:
        with self._lock:
            return list(self._quarantine.values())

    def forget_quarantined(self, key: str) -> bool:
        with self._lock:
            return self._quarantine.pop(key, None) is not None

    def _expire(self) -> None:
        now = self._clock()
        while self._entries:
            key, entry = next(iter(self._entries.items()))
            if entry.expires > now:
                return
            del self._entries[key]
            if entry.failed is not None:
                logger.warning("forgetting failed message %s: it was not retried in time", key)
