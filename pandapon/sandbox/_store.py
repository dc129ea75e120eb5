"""The sandbox's records in SQLite: one row per record, written per change.

A request runs in one transaction (``Store.transaction``); its writes touch only the rows it
changes, so a write costs the same with 100 orders or 100,000, and an error rolls them back.
Without a file the same code runs on ``:memory:``. A record is a JSON object; its ``Table`` says
how it is keyed, which other values find it (``lookups``, indexed) and how lists are ordered.
"""

from __future__ import annotations

import json
import sqlite3
import threading
from collections.abc import Callable, Iterable, Iterator, Mapping
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Generic, TypeVar, cast

R = TypeVar("R", bound=Mapping[str, Any])
_LARGEST = 2**63 - 1  # SQLite's largest INTEGER

_SCHEMA = """
CREATE TABLE IF NOT EXISTS records (
    id INTEGER PRIMARY KEY, tbl TEXT NOT NULL, key TEXT NOT NULL, sort INTEGER NOT NULL,
    body TEXT NOT NULL, UNIQUE (tbl, key));
CREATE INDEX IF NOT EXISTS records_sort ON records (tbl, sort, key);
CREATE TABLE IF NOT EXISTS lookups (
    tbl TEXT NOT NULL, name TEXT NOT NULL, value TEXT NOT NULL, sort INTEGER NOT NULL,
    key TEXT NOT NULL, PRIMARY KEY (tbl, name, value, sort, key)) WITHOUT ROWID;
CREATE INDEX IF NOT EXISTS lookups_key ON lookups (tbl, key);
CREATE TABLE IF NOT EXISTS counters (name TEXT PRIMARY KEY, value INTEGER NOT NULL);
"""


def _rows(table: Table[Any]) -> str:
    """The counter holding how many records a table has."""
    return f"rows:{table.name}"


def _no_lookups() -> dict[str, Callable[[Any], Iterable[object]]]:
    return {}


@dataclass(frozen=True)
class Table(Generic[R]):
    """A kind of record: its key, the other values it is found by, its list order."""

    name: str
    key: Callable[[R], object]
    lookups: Mapping[str, Callable[[R], Iterable[object]]] = field(default_factory=_no_lookups)
    #: Lists are ordered by this (a number that does not change); by insertion when None.
    sort: Callable[[R], int] | None = None


class Store:
    """Records in SQLite, one row each. Every method takes the lock; so does a transaction."""

    def __init__(self, path: str | Path | None = None) -> None:
        self.path = str(path) if path is not None else ":memory:"
        # The event loop, the tests' threads and the callback thread all read: one connection
        # behind one lock.
        self._db = sqlite3.connect(self.path, isolation_level=None, check_same_thread=False)
        if self.path != ":memory:":
            # Committing without an fsync per request; a crash may lose the last writes, never
            # corrupt the file.
            self._db.execute("PRAGMA journal_mode=WAL")
            self._db.execute("PRAGMA synchronous=NORMAL")
        self._db.executescript(_SCHEMA)
        self.lock = threading.RLock()
        self._depth = 0

    def close(self) -> None:
        with self.lock:
            self._db.close()

    @contextmanager
    def transaction(self) -> Iterator[Store]:
        """All or nothing: committed when the block ends, rolled back if it raises. Nested
        blocks are savepoints, so an inner failure can be caught and the rest kept."""
        with self.lock:
            savepoint = f"s{self._depth}"
            self._db.execute("BEGIN IMMEDIATE" if self._depth == 0 else f"SAVEPOINT {savepoint}")
            self._depth += 1
            try:
                yield self
            except BaseException:
                self._depth -= 1
                if self._depth == 0:
                    self._db.execute("ROLLBACK")
                else:
                    self._db.execute(f"ROLLBACK TO {savepoint}")
                    self._db.execute(f"RELEASE {savepoint}")
                raise
            self._depth -= 1
            if self._depth:
                self._db.execute(f"RELEASE {savepoint}")
                return
            try:
                self._db.execute("COMMIT")
            except sqlite3.Error:
                # A COMMIT that fails (disk full, I/O error) may leave the transaction open, and
                # every later BEGIN would fail: roll it back, as SQLite's documentation advises.
                if self._db.in_transaction:
                    self._db.execute("ROLLBACK")
                raise

    # -- reading -----------------------------------------------------------------------------

    def get(self, table: Table[R], key: object) -> R | None:
        with self.lock:
            row = self._db.execute(
                "SELECT body FROM records WHERE tbl = ? AND key = ?", (table.name, str(key))
            ).fetchone()
        return None if row is None else cast(R, json.loads(row[0]))

    def find(self, table: Table[R], key: object, *lookups: str) -> R | None:
        """The record with this key, else the first found by one of these lookups."""
        record = self.get(table, key)
        for name in lookups:
            if record is not None:
                break
            record = next(iter(self.select(table, where={name: [key]}, limit=1)), None)
        return record

    def select(
        self,
        table: Table[R],
        *,
        where: Mapping[str, Iterable[object]] | None = None,
        keys: Iterable[object] | None = None,
        descending: bool = False,
        offset: int = 0,
        limit: int | None = None,
    ) -> list[R]:
        """Records matching every lookup in ``where`` (any of its values) and ``keys``."""
        source, condition, args = self._query(table, where, keys)
        order = "DESC" if descending else "ASC"
        by = "l0" if where else "r"  # the index that is read in order
        sql = (
            f"SELECT r.body FROM {source} WHERE {condition} "  # noqa: S608 - no value in the text
            f"ORDER BY {by}.sort {order}, {by}.key {order} LIMIT ? OFFSET ?"
        )
        # Beyond SQLite's integers (a fuzzed page number), a page is as empty as the last one.
        limit, offset = min(limit, _LARGEST) if limit is not None else -1, min(offset, _LARGEST)
        with self.lock:
            rows = self._db.execute(sql, [*args, limit, offset])
            return [cast(R, json.loads(body)) for (body,) in rows.fetchall()]

    def count(
        self,
        table: Table[R],
        *,
        where: Mapping[str, Iterable[object]] | None = None,
        keys: Iterable[object] | None = None,
    ) -> int:
        with self.lock:
            if not where and keys is None:  # kept up to date by put and delete
                row = self._db.execute("SELECT value FROM counters WHERE name = ?", (_rows(table),))
            else:
                source, condition, args = self._query(table, where, keys)
                sql = f"SELECT count(*) FROM {source} WHERE {condition}"  # noqa: S608 - ditto
                row = self._db.execute(sql, args)
            found = row.fetchone()
            return int(found[0]) if found else 0

    @staticmethod
    def _query(
        table: Table[Any],
        where: Mapping[str, Iterable[object]] | None,
        keys: Iterable[object] | None,
    ) -> tuple[str, str, list[object]]:
        """(FROM, WHERE, arguments) of a list. Filtered by lookups, it starts from the first
        one's index, which also gives the order: a page costs what its rows cost, not what the
        table holds."""
        filters = [(name, [str(v) for v in values]) for name, values in (where or {}).items()]
        args: list[object] = []
        if filters:
            source = "lookups l0 CROSS JOIN records r"
            condition = "r.tbl = l0.tbl AND r.key = l0.key AND l0.tbl = ? AND l0.name = ? "
            condition += f"AND l0.value IN ({', '.join('?' * len(filters[0][1]))})"
            args += [table.name, filters[0][0], *filters[0][1]]
        else:
            source, condition = "records r", "r.tbl = ?"
            args.append(table.name)
        for name, values in filters[1:]:
            placeholders = ", ".join("?" * len(values))
            lookup = "SELECT key FROM lookups WHERE tbl = r.tbl AND name = ? AND value IN"
            condition += f" AND r.key IN ({lookup} ({placeholders}))"
            args += [name, *values]
        if keys is not None:
            values = [str(k) for k in keys]
            condition += f" AND r.key IN ({', '.join('?' * len(values))})"
            args += values
        return source, condition, args

    # -- writing -----------------------------------------------------------------------------

    def put(self, table: Table[R], record: R) -> None:
        key = str(table.key(record))
        body = json.dumps(record, ensure_ascii=False, separators=(",", ":"))
        with self.lock:
            # No RETURNING: it needs SQLite 3.35, newer than some systems' Python has.
            updated = self._db.execute(
                "UPDATE records SET body = ? WHERE tbl = ? AND key = ?", (body, table.name, key)
            )
            if updated.rowcount == 0:
                sort = table.sort(record) if table.sort else self.next_id(f"seq:{table.name}", 0)
                self._db.execute(
                    "INSERT INTO records (tbl, key, sort, body) VALUES (?, ?, ?, ?)",
                    (table.name, key, sort, body),
                )
                self.next_id(_rows(table), 0)
            elif table.lookups:
                sort = self._db.execute(
                    "SELECT sort FROM records WHERE tbl = ? AND key = ?", (table.name, key)
                ).fetchone()[0]
            if table.lookups:
                self._db.execute("DELETE FROM lookups WHERE tbl = ? AND key = ?", (table.name, key))
                self._db.executemany(
                    "INSERT OR IGNORE INTO lookups (tbl, name, value, sort, key) "
                    "VALUES (?, ?, ?, ?, ?)",
                    [
                        (table.name, name, str(value), sort, key)
                        for name, values in table.lookups.items()
                        for value in values(record)
                        if value is not None
                    ],
                )

    def delete(self, table: Table[Any], key: object) -> None:
        with self.lock:
            args = (table.name, str(key))
            gone = self._db.execute("DELETE FROM records WHERE tbl = ? AND key = ?", args)
            if gone.rowcount:
                self._db.execute(
                    "UPDATE counters SET value = value - 1 WHERE name = ?", (_rows(table),)
                )
            self._db.execute("DELETE FROM lookups WHERE tbl = ? AND key = ?", args)

    def next_id(self, name: str, start: int) -> int:
        """The next number of a sequence; the first is ``start + 1``."""
        with self.lock:
            self._db.execute(
                "INSERT INTO counters (name, value) VALUES (?, ?) "
                "ON CONFLICT (name) DO UPDATE SET value = value + 1",
                (name, start + 1),
            )
            row = self._db.execute("SELECT value FROM counters WHERE name = ?", (name,)).fetchone()
            return int(row[0])

    def clear(self) -> None:
        with self.lock:
            for table in ("records", "lookups", "counters"):
                self._db.execute(f"DELETE FROM {table}")  # noqa: S608 - our own table names

    def is_empty(self) -> bool:
        with self.lock:
            return self._db.execute("SELECT 1 FROM records LIMIT 1").fetchone() is None
