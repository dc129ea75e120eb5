"""The evidence store: what PandaPon's answers looked like, learned from traffic (opt-in).

``PandaPon(evidence="evidence.db")`` (or ``PANDAPON_EVIDENCE=evidence.db``) records, per
operation: calls, HTTP statuses, envelope codes, the answer's shape (JSON paths with their JSON
types, how often each was seen, array and string lengths, and for strings only a kind such as
"digits, length 19"), the names of the request fields sent, which calls the server refused with
which code, first and last seen, the SDK version and the spec's hash. Never a value: no ids, no
text, no user id, no secret. A webhook ``Receiver`` records the pushes' shapes and which
signature base verified them. docs/evidence.md describes the file and its export.

Recording costs a few dictionary updates per call: counts are kept in memory and written to
SQLite (WAL, a busy timeout, one short transaction) every ``flush_interval`` seconds, at
``close()`` and at exit, so threads, tasks and processes can share one file. Answers that fit
the spec (the fast decoder path) are described in full for the first few of each operation and
then only as often as keeps that work under about 2% of the time the calls take; answers that
do not fit are always described. A store that fails logs once and switches itself off: it never
raises into a call.
"""

from __future__ import annotations

import atexit
import contextlib
import logging
import os
import sqlite3
import threading
import time
import weakref
from collections.abc import Iterable, Mapping
from pathlib import Path
from typing import TYPE_CHECKING, Any

from ._config import ENV_EVIDENCE
from ._exceptions import ConfigurationError
from ._shape import Profile, key_text, response_node
from ._shape import inspect as inspect_shape
from ._spec import spec_hash
from ._version import __version__

if TYPE_CHECKING:
    import httpx

logger = logging.getLogger("pandapon")

#: The file's format, and the export's (docs/evidence.md); a newer file is left alone.
FORMAT = "pandapon-evidence"
VERSION = 1
DEFAULT_MAX_BYTES = 32 * 1024 * 1024
DEFAULT_FLUSH_INTERVAL = 2.0
#: Answers of each operation described in full before sampling starts (per process).
FIRST_SAMPLES = 4
#: The share of the calls' own time that describing fitting answers may take.
SAMPLE_SHARE = 0.02
#: Distinct (path, type) pairs kept per operation; more (an answer keyed by ids) are dropped.
MAX_PATHS = 2000
_MAX_PENDING = 100_000

_SCHEMA = """
CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS events (
    operation TEXT NOT NULL, spec TEXT NOT NULL, sdk TEXT NOT NULL,
    what TEXT NOT NULL, detail TEXT NOT NULL,
    count INTEGER NOT NULL, first_seen REAL NOT NULL, last_seen REAL NOT NULL,
    PRIMARY KEY (operation, spec, sdk, what, detail)
) WITHOUT ROWID;
CREATE TABLE IF NOT EXISTS shapes (
    operation TEXT NOT NULL, spec TEXT NOT NULL, sdk TEXT NOT NULL,
    path TEXT NOT NULL, type TEXT NOT NULL, fit TEXT NOT NULL, expected TEXT,
    count INTEGER NOT NULL, min_length INTEGER, max_length INTEGER,
    first_seen REAL NOT NULL, last_seen REAL NOT NULL,
    PRIMARY KEY (operation, spec, sdk, path, type)
) WITHOUT ROWID;
CREATE TABLE IF NOT EXISTS strings (
    operation TEXT NOT NULL, spec TEXT NOT NULL, sdk TEXT NOT NULL,
    path TEXT NOT NULL, kind TEXT NOT NULL, count INTEGER NOT NULL,
    PRIMARY KEY (operation, spec, sdk, path, kind)
) WITHOUT ROWID;
"""
_ADD_EVENT = """
INSERT INTO events VALUES (?, ?, ?, ?, ?, ?, ?, ?)
ON CONFLICT DO UPDATE SET count = count + excluded.count,
    first_seen = min(first_seen, excluded.first_seen),
    last_seen = max(last_seen, excluded.last_seen)
"""
_ADD_SHAPE = """
INSERT INTO shapes VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
ON CONFLICT DO UPDATE SET count = count + excluded.count,
    fit = excluded.fit, expected = coalesce(excluded.expected, expected),
    min_length = coalesce(min(min_length, excluded.min_length), min_length, excluded.min_length),
    max_length = coalesce(max(max_length, excluded.max_length), max_length, excluded.max_length),
    first_seen = min(first_seen, excluded.first_seen),
    last_seen = max(last_seen, excluded.last_seen)
"""
_ADD_STRING = """
INSERT INTO strings VALUES (?, ?, ?, ?, ?, ?)
ON CONFLICT DO UPDATE SET count = count + excluded.count
"""
# Once the file is full: only rows it has already are counted on.
_BUMP_EVENT = """
UPDATE events SET count = count + ?5, last_seen = max(last_seen, ?7)
WHERE operation = ?1 AND spec = ?2 AND sdk = ?3 AND what = ?4 AND detail = ?8
"""
_BUMP_SHAPE = """
UPDATE shapes SET count = count + ?6, last_seen = max(last_seen, ?8)
WHERE operation = ?1 AND spec = ?2 AND sdk = ?3 AND path = ?4 AND type = ?5
"""

_stores: weakref.WeakSet[EvidenceStore] = weakref.WeakSet()
_by_path: dict[str, EvidenceStore] = {}
_by_path_lock = threading.Lock()


class EvidenceStore:
    """Shapes of PandaPon's answers, recorded from traffic into a SQLite file.

    Give one to several clients and a webhook ``Receiver`` (``evidence=store``), or a path
    (``evidence="evidence.db"``: clients in one process given the same path share one store).
    ``max_bytes`` bounds the file: once it is reached, only what it already holds is counted.
    """

    def __init__(
        self,
        path: str | os.PathLike[str],
        *,
        max_bytes: int = DEFAULT_MAX_BYTES,
        flush_interval: float = DEFAULT_FLUSH_INTERVAL,
    ) -> None:
        if isinstance(max_bytes, bool) or not isinstance(max_bytes, int) or max_bytes < 1:
            raise ConfigurationError(f"max_bytes must be an int >= 1, got {max_bytes!r}")
        if not isinstance(flush_interval, int | float) or not flush_interval > 0:
            raise ConfigurationError(f"flush_interval must be seconds > 0, got {flush_interval!r}")
        self.path = Path(path)
        self.max_bytes = max_bytes
        self.flush_interval = float(flush_interval)
        self._spec = spec_hash()
        self._sdk = __version__
        self._reset()
        self._off = False
        self._full = False
        self._ready = False
        _stores.add(self)

    def _reset(self) -> None:
        """Fresh in-memory state (also in a forked child: the parent writes what it had)."""
        self._lock = threading.Lock()
        self._flush_lock = threading.Lock()
        self._events: dict[tuple[str, str, str], list[float]] = {}
        self._shapes: dict[tuple[str, str, str], list[Any]] = {}
        self._strings: dict[tuple[str, str, str], int] = {}
        self._paths: dict[str, int] = {}  # distinct shapes kept per operation
        self._fitted: dict[str, int] = {}  # fitting answers seen per operation
        self._budget = 0.0  # seconds that describing fitting answers may still take
        self._thread: threading.Thread | None = None
        self._wake = threading.Event()
        self._closing = False

    def __repr__(self) -> str:
        state = "off" if self._off else "full" if self._full else "on"
        return f"EvidenceStore({str(self.path)!r}, {state})"

    # -- recording (the SDK calls these; none of them ever raises) ---------------------------

    def fitted(
        self,
        operation: str,
        response: httpx.Response,
        code: int | None,
        fields: Iterable[str],
        started: float | None = None,
    ) -> None:
        """An answer of exactly the spec's shape (the fast path): counted, and described when
        this operation's first answers or the time budget allow."""
        if self._off:
            return
        try:
            now = time.time()
            seen = self._fitted.get(operation, 0)
            self._fitted[operation] = seen + 1
            if started is not None:
                self._budget += SAMPLE_SHARE * max(time.monotonic() - started, 0.0)
            profile = None
            if seen < FIRST_SAMPLES or self._budget > 0:
                began = time.perf_counter()
                from ._decode import loads  # noqa: PLC0415 - a cycle at import time

                node = response_node(operation)
                profile = inspect_shape(node, loads(response.content), profile=True).profile
                self._budget -= time.perf_counter() - began
            self._answer(operation, response.status_code, code, fields, profile, now=now)
        except Exception as error:
            self._fail(error)

    def answered(
        self,
        operation: str,
        status: int,
        code: int | None,
        fields: Iterable[str],
        profile: Profile | None,
    ) -> None:
        """A successful answer (``profile``: its shape, None when it was not JSON)."""
        if self._off:
            return
        try:
            self._answer(operation, status, code, fields, profile, now=time.time())
        except Exception as error:
            self._fail(error)

    def refused(self, operation: str, status: int, code: int | None, fields: Iterable[str]) -> None:
        """An error answer: counted with the names of the fields the refused call sent."""
        if self._off:
            return
        try:
            now = time.time()
            names = sorted(set(fields))
            reason = f"code {code}" if code is not None else f"HTTP {status}"
            with self._lock:
                self._count(operation, "call", "", now)
                self._count(operation, "status", str(status), now)
                self._count(operation, "code", "none" if code is None else str(code), now)
                self._count(operation, "refused", reason, now)
                self._count(operation, "refused_fields", f"{reason}|{','.join(names)}"[:2000], now)
                for name in names:
                    self._count(operation, "request_field", name, now)
            self._started()
        except Exception as error:
            self._fail(error)

    def pushed(self, webhook: str, profile: Profile | None, signature_base: str | None) -> None:
        """A verified push (``webhook``: the spec's webhook name, or ``message:<type>``)."""
        if self._off:
            return
        try:
            now = time.time()
            with self._lock:
                self._count(webhook, "call", "", now)
                self._count(webhook, "signature_base", signature_base or "unknown", now)
                if profile is not None:
                    self._count(webhook, "sampled", "", now)
                    self._merge(webhook, profile, now)
            self._started()
        except Exception as error:
            self._fail(error)

    def _answer(
        self,
        operation: str,
        status: int,
        code: int | None,
        fields: Iterable[str],
        profile: Profile | None,
        *,
        now: float,
    ) -> None:
        with self._lock:
            self._count(operation, "call", "", now)
            self._count(operation, "status", str(status), now)
            self._count(operation, "code", "none" if code is None else str(code), now)
            for name in fields:
                self._count(operation, "request_field", name, now)
            if profile is not None:
                self._count(operation, "sampled", "", now)
                self._merge(operation, profile, now)
        self._started()

    def _count(self, operation: str, what: str, detail: str, now: float) -> None:
        key = (operation, what, detail)
        row = self._events.get(key)
        if row is None:
            if len(self._events) >= _MAX_PENDING:
                return
            self._events[key] = [1, now, now]
        else:
            row[0] += 1
            row[2] = now

    def _merge(self, operation: str, profile: Profile, now: float) -> None:
        for (path, kind), shape in profile.items():
            key = (operation, path, kind)
            row = self._shapes.get(key)
            if row is None:
                kept = self._paths.get(operation, 0)
                if kept >= MAX_PATHS or len(self._shapes) >= _MAX_PENDING:
                    continue
                self._paths[operation] = kept + 1
                row = self._shapes[key] = [0, shape.fit, shape.expected, None, None, now, now]
            row[0] += 1
            row[1] = shape.fit
            row[2] = shape.expected or row[2]
            if shape.min_length is not None:
                row[3] = shape.min_length if row[3] is None else min(row[3], shape.min_length)
            if shape.max_length is not None:
                row[4] = shape.max_length if row[4] is None else max(row[4], shape.max_length)
            row[6] = now
            for string_kind in shape.kinds:
                skey = (operation, path, string_kind)
                self._strings[skey] = self._strings.get(skey, 0) + 1

    # -- writing -------------------------------------------------------------------------------

    def _started(self) -> None:
        if self._thread is None:
            with self._lock:
                if self._thread is None and not self._closing:
                    self._thread = threading.Thread(
                        target=self._run, name="pandapon-evidence", daemon=True
                    )
                    self._thread.start()

    def _run(self) -> None:
        while not self._closing and not self._off:
            self._wake.wait(self.flush_interval)
            self._wake.clear()
            self.flush()

    def flush(self) -> None:
        """Write what was recorded since the last flush (the SDK does this every
        ``flush_interval`` seconds, at ``close()`` and at exit)."""
        if self._off:
            return
        with self._flush_lock:
            with self._lock:
                events, self._events = self._events, {}
                shapes, self._shapes = self._shapes, {}
                strings, self._strings = self._strings, {}
            if not (events or shapes or strings):
                return
            try:
                self._write(events, shapes, strings)
            except Exception as error:
                self._fail(error)

    def close(self) -> None:
        """Write what is left and stop the writer thread (recording starts it again)."""
        self._closing = True
        self._wake.set()
        thread = self._thread
        if thread is not None and thread is not threading.current_thread():
            thread.join(timeout=10)
        self.flush()
        with self._lock:
            self._thread = None
            self._closing = False

    def _connect(self) -> sqlite3.Connection:
        if not self._ready:
            self.path.parent.mkdir(parents=True, exist_ok=True)
        connection = sqlite3.connect(self.path, timeout=10.0, isolation_level=None)
        connection.execute("PRAGMA busy_timeout = 10000")
        if not self._ready:
            connection.execute("PRAGMA journal_mode = WAL")
            # The write-ahead log is emptied into the file as it goes; keep what is left small.
            connection.execute("PRAGMA journal_size_limit = 1048576")
            connection.executescript(_SCHEMA)
            row = connection.execute("SELECT value FROM meta WHERE key = 'version'").fetchone()
            if row is None:
                connection.execute(
                    "INSERT OR IGNORE INTO meta VALUES ('format', ?), ('version', ?)",
                    (FORMAT, str(VERSION)),
                )
            elif int(row[0]) > VERSION:
                connection.close()
                raise ValueError(f"the file is of a newer evidence format ({row[0]})")
            self._ready = True
        return connection

    def _write(
        self,
        events: Mapping[tuple[str, str, str], list[float]],
        shapes: Mapping[tuple[str, str, str], list[Any]],
        strings: Mapping[tuple[str, str, str], int],
    ) -> None:
        spec, sdk = self._spec, self._sdk
        connection = self._connect()
        try:
            connection.execute("BEGIN IMMEDIATE")
            pages = connection.execute("PRAGMA page_count").fetchone()[0]
            size = connection.execute("PRAGMA page_size").fetchone()[0]
            full = pages * size >= self.max_bytes
            if full and not self._full:
                logger.warning(
                    "the evidence store %s reached %d bytes: new shapes are no longer "
                    "recorded, known ones are still counted",
                    self.path,
                    self.max_bytes,
                )
            self._full = full
            if full:
                connection.executemany(
                    _BUMP_EVENT,
                    [
                        (op, spec, sdk, what, int(c), f, last, detail)
                        for (op, what, detail), (c, f, last) in events.items()
                    ],
                )
                connection.executemany(
                    _BUMP_SHAPE,
                    [
                        (op, spec, sdk, path, kind, r[0], r[5], r[6])
                        for (op, path, kind), r in shapes.items()
                    ],
                )
            else:
                connection.executemany(
                    _ADD_EVENT,
                    [
                        (op, spec, sdk, what, detail, int(c), f, last)
                        for (op, what, detail), (c, f, last) in events.items()
                    ],
                )
                connection.executemany(
                    _ADD_SHAPE,
                    [
                        (op, spec, sdk, path, kind, r[1], r[2], r[0], r[3], r[4], r[5], r[6])
                        for (op, path, kind), r in shapes.items()
                    ],
                )
                connection.executemany(
                    _ADD_STRING,
                    [(op, spec, sdk, path, kind, n) for (op, path, kind), n in strings.items()],
                )
            connection.execute("COMMIT")
        except BaseException:
            with contextlib.suppress(sqlite3.Error):
                connection.execute("ROLLBACK")
            raise
        finally:
            connection.close()

    def _fail(self, error: BaseException) -> None:
        if self._off:
            return
        self._off = True
        logger.warning(
            "the evidence store %s failed (%s: %s); evidence recording is off for this "
            "process, calls go on as before",
            self.path,
            type(error).__name__,
            error,
        )


def request_fields(query: Iterable[str], body: Any) -> tuple[str, ...]:
    """The names (never the values) of what a request sends: ``query:itemId``,
    ``body:cargoParamList[].quantity``."""
    names = [f"query:{key_text(str(name))}" for name in query]
    found: set[str] = set()
    _body_names(body, "", found, 0)
    return (*names, *(f"body:{name}" for name in sorted(found)))


def _body_names(value: Any, path: str, found: set[str], depth: int) -> None:
    if depth > 16:
        return
    if isinstance(value, dict):
        for key, item in value.items():
            where = f"{path}.{key_text(str(key))}" if path else key_text(str(key))
            found.add(where)
            _body_names(item, where, found, depth + 1)
    elif isinstance(value, list):
        for item in value:
            _body_names(item, f"{path}[]", found, depth + 1)


def resolve(evidence: EvidenceStore | str | os.PathLike[str] | bool | None) -> EvidenceStore | None:
    """The store a client or receiver records into: the one given, one for the path given
    (shared by everything in this process given that path), ``PANDAPON_EVIDENCE``'s when
    nothing is given, none with ``False``."""
    if evidence is False:
        return None
    if isinstance(evidence, EvidenceStore):
        return evidence
    if evidence is None or evidence is True:
        evidence = os.environ.get(ENV_EVIDENCE) or None
        if evidence is None:
            return None
    if not isinstance(evidence, str | os.PathLike):
        raise ConfigurationError(
            "evidence must be a path, a pandapon.EvidenceStore or False, "
            f"not {type(evidence).__name__}"
        )
    key = os.path.abspath(os.fspath(evidence))
    with _by_path_lock:
        store = _by_path.get(key)
        if store is None:
            store = _by_path[key] = EvidenceStore(key)
        return store


def _flush_all() -> None:
    for store in list(_stores):
        with contextlib.suppress(Exception):
            store.close()


def _after_fork() -> None:
    for store in list(_stores):
        store._reset()


atexit.register(_flush_all)
if hasattr(os, "register_at_fork"):
    os.register_at_fork(after_in_child=_after_fork)
