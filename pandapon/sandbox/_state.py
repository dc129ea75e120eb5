"""The sandbox's state: catalogue, carts, orders, refunds, addresses; in memory or in SQLite.

Everything is plain JSON-able dicts, so persisting is a dump per collection. Handlers change the
state under one lock; a change is written to the database before the response is sent.
"""

from __future__ import annotations

import json
import marshal
import random
import sqlite3
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

from ._catalogue import alibaba_products, taobao_products

_CHINA = timedelta(hours=8)
COLLECTIONS = (
    "alibaba_products",
    "taobao_products",
    "alibaba_cart",
    "taobao_cart",
    "alibaba_orders",
    "taobao_orders",
    "alibaba_refunds",
    "taobao_refunds",
    "addresses",
    "freight_renders",
    "logistics_orders",
    "counters",
)


def now_text() -> str:
    """PandaPon's time format: China time, "yyyy-MM-dd HH:mm:ss"."""
    return (datetime.now(UTC) + _CHINA).strftime("%Y-%m-%d %H:%M:%S")


class BusinessError(Exception):
    """A request that is well formed but not allowed now (pay a cancelled order, ...)."""

    def __init__(self, code: int, msg: str) -> None:
        super().__init__(msg)
        self.code = code
        self.msg = msg


NOT_FOUND = 404
ILLEGAL_STATE = 4090


def not_found(what: str, key: object) -> BusinessError:
    return BusinessError(NOT_FOUND, f"{what} {key} not found")


@dataclass
class State:
    seed: int = 1688
    products_per_platform: int = 24
    db_path: Path | None = None
    data: dict[str, dict[str, Any]] = field(default_factory=dict)
    lock: threading.RLock = field(default_factory=threading.RLock)

    def __post_init__(self) -> None:
        if self.db_path is not None and self._load():
            return
        self.reset()

    def reset(self) -> None:
        rng = random.Random(self.seed)  # noqa: S311 - a reproducible catalogue, not a secret
        with self.lock:
            self.data = {name: {} for name in COLLECTIONS}
            self.data["alibaba_products"] = alibaba_products(rng, self.products_per_platform)
            self.data["taobao_products"] = taobao_products(rng, self.products_per_platform)
            self.data["addresses"] = {
                "1": {
                    "id": 1,
                    "name": "张三",
                    "province": "浙江省",
                    "city": "杭州市",
                    "district": "余杭区",
                    "address": "文一西路969号",
                    "phone": "18600888861",
                },
            }
            self.data["counters"] = {"address": 1}
            self.save()

    def next_id(self, name: str, start: int) -> int:
        counters = self.data["counters"]
        counters[name] = counters.get(name, start) + 1
        return int(counters[name])

    def __getitem__(self, collection: str) -> dict[str, Any]:
        return self.data[collection]

    @contextmanager
    def change(self) -> Iterator[State]:
        """Hold the lock for a change: all or nothing, persisted afterwards.

        A ``BusinessError`` raised half-way restores the state as it was. marshal copies the
        JSON-like state exactly, several times faster than a JSON round trip.
        """
        with self.lock:
            snapshot = marshal.dumps(self.data)
            try:
                yield self
            except BusinessError:
                # The bytes are our own snapshot, never the network's.
                self.data = marshal.loads(snapshot)  # noqa: S302
                raise
            self.save()

    # -- persistence -------------------------------------------------------------------------

    def _connect(self) -> sqlite3.Connection:
        assert self.db_path is not None
        connection = sqlite3.connect(self.db_path)
        connection.execute("CREATE TABLE IF NOT EXISTS state (name TEXT PRIMARY KEY, body TEXT)")
        return connection

    def _load(self) -> bool:
        with self._connect() as connection:
            rows = dict(connection.execute("SELECT name, body FROM state").fetchall())
        connection.close()
        if not rows:
            return False
        self.data = {name: json.loads(rows.get(name, "{}")) for name in COLLECTIONS}
        return True

    def save(self) -> None:
        if self.db_path is None:
            return
        with self.lock, self._connect() as connection:
            connection.executemany(
                "INSERT OR REPLACE INTO state (name, body) VALUES (?, ?)",
                [(name, json.dumps(self.data[name], ensure_ascii=False)) for name in COLLECTIONS],
            )
        connection.close()
