"""Refusals the sandbox answers with, as PandaPon would: a business error with its code, and
"find it or 404"."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from ._store import Store, Table

BAD_REQUEST = 400
NOT_FOUND = 404
ILLEGAL_STATE = 4090

R = TypeVar("R", bound=Mapping[str, Any])


class BusinessError(Exception):
    """A request that is well formed but not allowed now (pay a cancelled order, ...)."""

    def __init__(self, code: int, msg: str) -> None:
        super().__init__(msg)
        self.code = code
        self.msg = msg


def not_found(what: str, key: object) -> BusinessError:
    return BusinessError(NOT_FOUND, f"{what} {key} not found")


def find(store: Store, table: Table[R], key: object, what: str, *lookups: str) -> R:
    """The record with this key (or found by one of ``lookups``), or a 404 naming ``what``."""
    record = store.find(table, key, *lookups)
    if record is None:
        raise not_found(what, key)
    return record


def find_all(store: Store, table: Table[R], keys: list[Any], what: str) -> list[R]:
    """The records with these keys, in the order given, or a 404 naming the missing ones."""
    found = {str(table.key(r)): r for r in store.select(table, keys=keys)}
    missing = [k for k in keys if str(k) not in found]
    if missing or not keys:
        raise not_found(what, missing or "(none given)")
    return [found[str(k)] for k in keys]
