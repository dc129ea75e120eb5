"""The store conformance suite (tests/support/store_conformance.py) against every store: SQLite,
Redis
(a real Valkey server) and PostgreSQL (a real server), and the in-memory store where it applies.
"""

from __future__ import annotations

import functools
import uuid
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from pandapon.webhooks import InMemoryStore, PostgresStore, RedisStore, SQLiteStore
from tests.support import store_conformance
from tests.support.servers import Server
from tests.support.store_conformance import StoreUnderTest

KINDS = ["sqlite", "redis", "postgres", "memory"]


def _memory(**times: float) -> InMemoryStore:
    return InMemoryStore(times["ttl"])


@pytest.fixture
def store_under_test(request: pytest.FixtureRequest, tmp_path: Path) -> StoreUnderTest:
    """A fresh namespace (file, key prefix, table) in the kind of store the test asks for."""
    kind: str = request.param
    unique = uuid.uuid4().hex[:12]
    if kind == "sqlite":
        make: Callable[..., Any] = functools.partial(SQLiteStore, tmp_path / "pushes.db")
        return StoreUnderTest(kind, make, shared=True, remembers=True)
    if kind == "redis":
        server: Server = request.getfixturevalue("redis_server")
        make = functools.partial(RedisStore, server.url, prefix=f"{{test:{unique}}}")
        return StoreUnderTest(kind, make, shared=True, remembers=True)
    if kind == "postgres":
        server = request.getfixturevalue("postgres_server")
        make = functools.partial(PostgresStore, server.url, table=f"messages_{unique}")
        return StoreUnderTest(kind, make, shared=True, remembers=True)
    if kind == "memory":
        return StoreUnderTest(kind, _memory, shared=False, remembers=False)
    raise AssertionError(kind)


@pytest.mark.parametrize("store_under_test", KINDS, indirect=True)
@pytest.mark.parametrize("check", store_conformance.CHECKS, ids=lambda c: c.__name__[6:])
def test_store_conformance(
    store_under_test: StoreUnderTest, check: Callable[[StoreUnderTest], None]
) -> None:
    check(store_under_test)
