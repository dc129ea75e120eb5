"""``SQLiteStore``: the receiver's memory in a SQLite file, so that it survives a restart.

With the in-memory store a restarted receiver has forgotten every message, and PandaPon's
redelivery of one it had already handled runs the handlers again. In a file, the keys (and the
bodies of messages not handled yet) outlive the process: a redelivery is a duplicate, a failed
message can still be retried, and a message whose handlers were cut off by the process stopping
is handed back by ``take_failed`` once ``interrupted_after`` has passed.
"""

from __future__ import annotations

import json
import logging
import os
import sqlite3
import threading
import time
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from datetime import timedelta

from ._store import DEFAULT_TTL, FailedMessage, QuarantinedMessage, positive_seconds

logger = logging.getLogger("pandapon.webhooks")

#: A message still pending this long after it arrived (or was last taken for a retry) was
#: interrupted: its process stopped before the handlers finished.
DEFAULT_INTERRUPTED_AFTER = timedelta(hours=1)

_SCHEMA = """
CREATE TABLE IF NOT EXISTS pandapon_messages (
    key TEXT PRIMARY KEY,
    state TEXT NOT NULL,        -- pending, failed or done
    body BLOB,                  -- dropped when done
    handlers TEXT,              -- failed: JSON list of the handlers that raised
    since REAL NOT NULL,        -- arrived, or last taken for a retry (epoch seconds)
    expires REAL NOT NULL);
CREATE INDEX IF NOT EXISTS pandapon_messages_expires ON pandapon_messages (expires);
CREATE TABLE IF NOT EXISTS pandapon_quarantine (
    key TEXT PRIMARY KEY,       -- SHA-256 of the body
    body BLOB NOT NULL,
    reason TEXT NOT NULL,
    received REAL NOT NULL);    -- epoch seconds
"""


class SQLiteStore:
    """A ``MessageStore`` in a SQLite file (thread-safe; processes on one machine may share
    the file). Messages are forgotten ``ttl`` after they arrived, failed ones with a warning.

    The file holds the bodies of messages whose handlers have not all succeeded (they carry
    addresses): keep it where the application's own data is.
    """

    def __init__(
        self,
        path: str | os.PathLike[str],
        ttl: timedelta | float = DEFAULT_TTL,
        *,
        interrupted_after: timedelta | float = DEFAULT_INTERRUPTED_AFTER,
        clock: Callable[[], float] = time.time,
    ) -> None:
        self._ttl = positive_seconds(ttl, "ttl")
        self._interrupted_after = positive_seconds(interrupted_after, "interrupted_after")
        self._clock = clock  # wall-clock time: it must mean the same after a restart
        self._path = os.fspath(path)
        self._lock = threading.Lock()
        # Autocommit, with explicit transactions; wait for another process's write lock.
        self._db = sqlite3.connect(
            self._path, timeout=30, isolation_level=None, check_same_thread=False
        )
        self._db.execute("PRAGMA journal_mode=WAL")
        # The 200 tells PandaPon the message is recorded: it must survive a power cut too.
        self._db.execute("PRAGMA synchronous=FULL")
        self._db.executescript(_SCHEMA)

    def __repr__(self) -> str:
        return f"SQLiteStore({self._path!r}, ttl={self._ttl:g}s)"

    def __len__(self) -> int:
        with self._transaction() as db:
            row = db.execute("SELECT count(*) FROM pandapon_messages").fetchone()
            return int(row[0])

    def close(self) -> None:
        with self._lock:
            self._db.close()

    def add(self, key: str, body: bytes) -> bool:
        now = self._clock()
        with self._transaction() as db:
            added = db.execute(
                "INSERT OR IGNORE INTO pandapon_messages (key, state, body, since, expires) "
                "VALUES (?, 'pending', ?, ?, ?)",
                (key, body, now, now + self._ttl),
            )
            return added.rowcount == 1

    def mark_done(self, key: str) -> None:
        with self._transaction() as db:
            db.execute(
                "UPDATE pandapon_messages SET state = 'done', body = NULL, handlers = NULL "
                "WHERE key = ?",
                (key,),
            )

    def mark_failed(self, key: str, handlers: Sequence[str]) -> None:
        with self._transaction() as db:
            db.execute(
                "UPDATE pandapon_messages SET state = 'failed', handlers = ? "
                "WHERE key = ? AND body IS NOT NULL",
                (json.dumps(list(handlers)), key),
            )

    def take_failed(self) -> list[FailedMessage]:
        """Failed messages, and interrupted ones, switched back to pending: a second call, here
        or in another process, does not return them again. An interrupted first delivery comes
        back with all its handlers; an interrupted retry with the ones it was retrying."""
        now = self._clock()
        with self._transaction() as db:
            rows = db.execute(
                "SELECT key, body, handlers FROM pandapon_messages WHERE body IS NOT NULL "
                "AND (state = 'failed' OR (state = 'pending' AND since <= ?)) ORDER BY since",
                (now - self._interrupted_after,),
            ).fetchall()
            # The handlers still to run stay recorded: if this retry is cut off too, the next
            # one runs those, not the ones that had already succeeded.
            db.executemany(
                "UPDATE pandapon_messages SET state = 'pending', since = ? WHERE key = ?",
                [(now, key) for key, _body, _handlers in rows],
            )
        return [
            FailedMessage(key, bytes(body), tuple(json.loads(handlers)) if handlers else ())
            for key, body, handlers in rows
        ]

    def quarantine(self, key: str, body: bytes, reason: str) -> bool:
        with self._transaction() as db:
            added = db.execute(
                "INSERT OR IGNORE INTO pandapon_quarantine (key, body, reason, received) "
                "VALUES (?, ?, ?, ?)",
                (key, body, reason, time.time()),
            )
            return added.rowcount == 1

    def quarantined(self) -> list[QuarantinedMessage]:
        with self._transaction() as db:
            rows = db.execute(
                "SELECT key, body, reason, received FROM pandapon_quarantine ORDER BY received"
            ).fetchall()
        return [QuarantinedMessage(k, bytes(b), r, float(t)) for k, b, r, t in rows]

    def forget_quarantined(self, key: str) -> bool:
        with self._transaction() as db:
            gone = db.execute("DELETE FROM pandapon_quarantine WHERE key = ?", (key,))
            return gone.rowcount == 1

    @contextmanager
    def _transaction(self) -> Iterator[sqlite3.Connection]:
        """One write transaction, expired messages dropped first."""
        with self._lock:
            self._db.execute("BEGIN IMMEDIATE")
            try:
                self._expire()
                yield self._db
                self._db.execute("COMMIT")
            except BaseException:
                if self._db.in_transaction:  # a failed COMMIT may have rolled back already
                    self._db.execute("ROLLBACK")
                raise

    def _expire(self) -> None:
        now = self._clock()
        # SELECT then DELETE, not DELETE ... RETURNING: that needs SQLite 3.35.
        unhandled = self._db.execute(
            "SELECT key, state FROM pandapon_messages WHERE expires <= ? AND body IS NOT NULL",
            (now,),
        ).fetchall()
        self._db.execute("DELETE FROM pandapon_messages WHERE expires <= ?", (now,))
        for key, state in unhandled:
            if state == "failed":
                logger.warning("forgetting failed message %s: it was not retried in time", key)
            else:
                logger.warning("forgetting message %s: its handlers never finished", key)
