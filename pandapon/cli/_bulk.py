"""``pandapon 1688 details`` / ``taobao details``: the CLI's side of ``pandapon.bulk``."""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from pathlib import Path
from typing import Any, Literal, TextIO

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
    stream: TextIO | Literal["stderr"] = "stderr",
) -> BulkResult:
    return await bulk.arun(
        client,
        ids,
        fetch,
        out=out,
        failures=failures,
        concurrency=concurrency,
        typed=typed,
        progress=stream,
    )
