"""``PostgresStore``: the receiver's memory in a PostgreSQL table, shared by every replica.

One row per message, as in ``SQLiteStore``. A key is claimed by ``INSERT ... ON CONFLICT DO
NOTHING`` (exactly one replica's insert wins); ``take_failed`` switches the rows it returns
back to pending in the same statement, skipping rows another replica has locked, so no two
replicas retry one message. Times are the database server's, so the replicas' clocks do not
matter.

Needs the ``postgres`` extra (``pip install 'pandapon[postgres]'``: psycopg 3).
"""

from __future__ import annotations

import json
import logging
import os
import threading
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from datetime import timedelta
from typing import Any

from ._sqlite import DEFAULT_INTERRUPTED_AFTER
from ._store import DEFAULT_TTL, FailedMessage, QuarantinedMessage, positive_seconds

logger = logging.getLogger("pandapon.webhooks")

#: Epoch seconds on the database server's clock.
_NOW = "extract(epoch from clock_timestamp())"

_SCHEMA = """
CREATE TABLE IF NOT EXISTS {table} (
    key TEXT PRIMARY KEY,
    state TEXT NOT NULL,                -- pending, failed or done
    body BYTEA,                         -- dropped when done
    handlers TEXT,                      -- failed: JSON list of the handlers that raised
    since DOUBLE PRECISION NOT NULL,    -- arrived, or last taken for a retry (epoch seconds)
    expires DOUBLE PRECISION NOT NULL);
CREATE INDEX IF NOT EXISTS {expires_index} ON {table} (expires);
CREATE TABLE IF NOT EXISTS {quarantine} (
    key TEXT PRIMARY KEY,               -- SHA-256 of the body
    body BYTEA NOT NULL,
    reason TEXT NOT NULL,
    received DOUBLE PRECISION NOT NULL);
"""


class PostgresStore:
    """A ``MessageStore`` in PostgreSQL, for receivers on several machines (thread-safe).

    ``PostgresStore("postgresql://user@host/db")`` opens its own connection (and reopens it
    after a failure or in a forked child); ``PostgresStore(pool)`` uses a
    ``psycopg_pool.ConnectionPool``. The table (``pandapon_messages`` by default) is created if
    missing. Messages are forgotten ``ttl`` after they arrived; one still pending
    ``interrupted_after`` after it arrived, or was last taken for a retry, is handed back by
    ``take_failed``: keep that longer than your slowest handler.

    The table holds the bodies of messages whose handlers have not all succeeded (they carry
    addresses): keep it where the application's own data is.
    """

    def __init__(
        self,
        conninfo_or_pool: str | Any,
        ttl: timedelta | float = DEFAULT_TTL,
        *,
        interrupted_after: timedelta | float = DEFAULT_INTERRUPTED_AFTER,
        table: str = "pandapon_messages",
    ) -> None:
        from psycopg import sql  # noqa: PLC0415 - the postgres extra, only for this store

        self._ttl = positive_seconds(ttl, "ttl")
        self._interrupted_after = positive_seconds(interrupted_after, "interrupted_after")
        self._conninfo = conninfo_or_pool if isinstance(conninfo_or_pool, str) else None
        self._pool = None if isinstance(conninfo_or_pool, str) else conninfo_or_pool
        self._table = table
        self._lock = threading.Lock()
        self._connection: Any = None
        self._pid = os.getpid()
        name = sql.Identifier(table)
        quarantine = sql.Identifier(f"{table}_quarantine")
        now = sql.SQL(_NOW)
        self._sql = {
            "add": sql.SQL(
                "INSERT INTO {t} (key, state, body, since, expires) "
                "VALUES (%s, 'pending', %s, {now}, {now} + %s) "
                # A key whose message has expired is claimed afresh.
                "ON CONFLICT (key) DO UPDATE SET state = 'pending', body = excluded.body, "
                "handlers = NULL, since = excluded.since, expires = excluded.expires "
                "WHERE {t}.expires <= {now}"
            ).format(t=name, now=now),
            "done": sql.SQL(
                "UPDATE {t} SET state = 'done', body = NULL, handlers = NULL WHERE key = %s"
            ).format(t=name),
            "failed": sql.SQL(
                "UPDATE {t} SET state = 'failed', handlers = %s WHERE key = %s AND body IS NOT NULL"
            ).format(t=name),
            "take": sql.SQL(
                "UPDATE {t} SET state = 'pending', since = {now} WHERE key IN ("
                "SELECT key FROM {t} WHERE body IS NOT NULL AND expires > {now} "
                "AND (state = 'failed' OR (state = 'pending' AND since <= {now} - %s)) "
                "ORDER BY since LIMIT 1000 FOR UPDATE SKIP LOCKED) "
                "RETURNING key, body, handlers"
            ).format(t=name, now=now),
            "expire": sql.SQL(
                "DELETE FROM {t} WHERE expires <= {now} RETURNING key, state, body IS NOT NULL"
            ).format(t=name, now=now),
            "count": sql.SQL("SELECT count(*) FROM {t}").format(t=name),
            "quarantine": sql.SQL(
                "INSERT INTO {q} (key, body, reason, received) VALUES (%s, %s, %s, {now}) "
                "ON CONFLICT (key) DO NOTHING"
            ).format(q=quarantine, now=now),
            "quarantined": sql.SQL(
                "SELECT key, body, reason, received FROM {q} ORDER BY received"
            ).format(q=quarantine),
            "forget_quarantined": sql.SQL("DELETE FROM {q} WHERE key = %s").format(q=quarantine),
            "schema": sql.SQL(_SCHEMA).format(
                table=name,
                expires_index=sql.Identifier(f"{table}_expires"),
                quarantine=quarantine,
            ),
        }
        with self._cursor() as cursor:
            # Replicas starting together: CREATE TABLE IF NOT EXISTS is not safe concurrently.
            cursor.execute("SELECT pg_advisory_xact_lock(hashtext(%s))", (table,))
            cursor.execute(self._sql["schema"])

    def __repr__(self) -> str:
        return f"PostgresStore(table={self._table!r}, ttl={self._ttl:g}s)"

    def __len__(self) -> int:
        with self._cursor() as cursor:
            cursor.execute(self._sql["count"])
            row = cursor.fetchone()
            return int(row[0]) if row else 0

    def close(self) -> None:
        """Close the store's own connection (a pool given to it is the caller's to close)."""
        with self._lock:
            if self._connection is not None:
                self._connection.close()
                self._connection = None

    def add(self, key: str, body: bytes) -> bool:
        with self._cursor() as cursor:
            cursor.execute(self._sql["add"], (key, body, self._ttl))
            return bool(cursor.rowcount == 1)

    def mark_done(self, key: str) -> None:
        with self._cursor() as cursor:
            cursor.execute(self._sql["done"], (key,))

    def mark_failed(self, key: str, handlers: Sequence[str]) -> None:
        with self._cursor() as cursor:
            cursor.execute(self._sql["failed"], (json.dumps(list(handlers)), key))

    def take_failed(self) -> list[FailedMessage]:
        """Failed messages, and interrupted ones, switched back to pending (another replica's
        call does not return them again). An interrupted first delivery comes back with all its
        handlers; an interrupted retry with the ones it was retrying."""
        with self._cursor() as cursor:
            cursor.execute(self._sql["expire"])
            for key, state, unhandled in cursor.fetchall():
                if unhandled:
                    logger.warning(
                        "forgetting message %s: it expired before its handlers succeeded (%s)",
                        key,
                        state,
                    )
            cursor.execute(self._sql["take"], (self._interrupted_after,))
            rows = cursor.fetchall()
        return [
            FailedMessage(key, bytes(body), tuple(json.loads(handlers)) if handlers else ())
            for key, body, handlers in rows
        ]

    def quarantine(self, key: str, body: bytes, reason: str) -> bool:
        with self._cursor() as cursor:
            cursor.execute(self._sql["quarantine"], (key, body, reason))
            return bool(cursor.rowcount == 1)

    def quarantined(self) -> list[QuarantinedMessage]:
        with self._cursor() as cursor:
            cursor.execute(self._sql["quarantined"])
            rows = cursor.fetchall()
        return [QuarantinedMessage(k, bytes(b), r, float(t)) for k, b, r, t in rows]

    def forget_quarantined(self, key: str) -> bool:
        with self._cursor() as cursor:
            cursor.execute(self._sql["forget_quarantined"], (key,))
            return bool(cursor.rowcount == 1)

    @contextmanager
    def _cursor(self) -> Iterator[Any]:
        """A cursor in a transaction of its own (committed when the block ends)."""
        if self._pool is not None:
            with self._pool.connection() as connection, connection.transaction():
                yield connection.cursor()
            return
        with self._lock:
            connection = self._connect()
            try:
                with connection.transaction():
                    yield connection.cursor()
            except Exception:
                if connection.closed or connection.broken:
                    self._connection = None  # reopened by the next call
                raise

    def _connect(self) -> Any:
        import psycopg  # noqa: PLC0415

        if self._pid != os.getpid():
            # A connection made before fork() belongs to the parent: never use or close it here.
            self._connection, self._pid = None, os.getpid()
        if self._connection is None or self._connection.closed:
            assert self._conninfo is not None  # given a pool, connections come from it
            self._connection = psycopg.connect(self._conninfo, autocommit=True)
        return self._connection
