"""``pandapon 1688 details`` / ``taobao details``: the CLI's side of ``pandapon.bulk``."""

from __future__ import annotations

import sys
from collections.abc import Awaitable, Callable
from pathlib import Path
from typing import Any, TextIO

import pandapon
from pandapon import bulk
from pandapon.bulk import BulkResult, read_ids

__all__ = ["BulkResult", "fetch_all", "read_ids"]

Fetch = Callable[[pandapon.AsyncPandaPon, str], Awaitable[Any]]


async def fetch_all(
    client: pandapon.AsyncPandaPon,
    ids: list[str],
    fetch: Fetch,
    *,
    out: Path,
    failures: Path,
    concurrency: int,
    typed: bool = False,
    stream: TextIO | None = None,
) -> BulkResult:
    # sys.stderr as it is now, not as it was at import (it may have been replaced since).
    return await bulk.arun(
        client,
        ids,
        fetch,
        out=out,
        failures=failures,
        concurrency=concurrency,
        typed=typed,
        progress=sys.stderr if stream is None else stream,
    )
