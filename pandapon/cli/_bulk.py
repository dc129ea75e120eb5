"""Fetching many product details at once: bounded concurrency, resumable, nothing dropped.

Every id ends up in exactly one of two JSON-lines files: the output (``{"id", "data"}``) or the
failures file (``{"id", "error", ...}``). Ids already in the output are skipped, so an
interrupted run continues where it stopped; failures are retried on the next run.
"""

from __future__ import annotations

import asyncio
import json
import os
import sys
import time
from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any, TextIO

import pandapon

from ._errors import fields
from ._output import plain

_BLOCK = 64 * 1024

Fetch = Callable[[pandapon.AsyncPandaPon, str], Awaitable[Any]]


@dataclass
class BulkResult:
    done: int
    failed: int
    skipped: int


def read_ids(path: Path, parse: Callable[[str], str]) -> list[str]:
    """Ids (or product URLs) one per line; blank lines and ``#`` comments are ignored."""
    ids: list[str] = []
    for line in path.read_text(encoding="utf-8").splitlines():
        text = (
            line.split("#", 1)[0].strip() if not line.lstrip().startswith("http") else line.strip()
        )
        if text:
            ids.append(parse(text))
    return list(dict.fromkeys(ids))  # each id once, in order


def drop_cut_off_line(path: Path) -> int:
    """Cut ``path`` back to its last whole line; how many bytes went.

    A run killed mid-write leaves a last line without its newline (perhaps mid-character), and
    the next record appended would be glued onto it and lost. Its id is fetched again instead.
    """
    if not path.exists():
        return 0
    with path.open("r+b") as file:
        size = end = file.seek(0, os.SEEK_END)
        while end > 0:  # backwards, a block at a time: the file may be large
            start = max(0, end - _BLOCK)
            file.seek(start)
            newline = file.read(end - start).rfind(b"\n")
            if newline >= 0:
                end = start + newline + 1
                break
            end = start
        file.truncate(end)
    return size - end


def already_done(path: Path) -> set[str]:
    done: set[str] = set()
    if path.exists():
        # Line by line in bytes: records end at b"\n" only, while str.splitlines() would also
        # cut at U+2028 or U+0085 inside a record's text and fetch that record again.
        with path.open("rb") as file:
            for line in file:
                try:
                    done.add(str(json.loads(line)["id"]))
                except (ValueError, KeyError, TypeError):
                    continue  # not a record of ours: its id is fetched again
    return done


class _Progress:
    def __init__(self, total: int, stream: TextIO) -> None:
        self.total, self.count, self.failed = total, 0, 0
        self._stream = stream
        self._tty = stream.isatty()
        self._last = 0.0

    def step(self, *, failed: bool) -> None:
        self.count += 1
        self.failed += failed
        now = time.monotonic()
        if self._tty and (now - self._last > 0.1 or self.count == self.total):
            filled = int(30 * self.count / max(self.total, 1))
            bar = "#" * filled + "." * (30 - filled)
            self._stream.write(f"\r[{bar}] {self.count}/{self.total}  failed {self.failed}")
            self._stream.flush()
            self._last = now

    def finish(self) -> None:
        if self._tty:
            self._stream.write("\n")


async def fetch_all(
    client: pandapon.AsyncPandaPon,
    ids: list[str],
    fetch: Fetch,
    *,
    out: Path,
    failures: Path,
    concurrency: int,
    stream: TextIO = sys.stderr,
) -> BulkResult:
    cut = drop_cut_off_line(out)
    if cut:
        stream.write(f"{out}: dropped a cut-off last line ({cut} bytes); fetching it again\n")
    done = already_done(out)
    todo = [i for i in ids if i not in done]
    progress = _Progress(len(todo), stream)
    queue: asyncio.Queue[str] = asyncio.Queue()
    for item in todo:
        queue.put_nowait(item)
    failed = 0
    with out.open("a", encoding="utf-8") as good, failures.open("w", encoding="utf-8") as bad:

        async def worker() -> None:
            nonlocal failed
            while not queue.empty():
                item = queue.get_nowait()
                try:
                    data = await fetch(client, item)
                except pandapon.PandaPonError as error:
                    failed += 1
                    bad.write(json.dumps(_failure(item, error), ensure_ascii=False) + "\n")
                    bad.flush()
                    progress.step(failed=True)
                    continue
                good.write(json.dumps({"id": item, "data": plain(data)}, ensure_ascii=False) + "\n")
                good.flush()
                progress.step(failed=False)

        await asyncio.gather(*(worker() for _ in range(max(1, min(concurrency, len(todo) or 1)))))
    progress.finish()
    return BulkResult(done=len(todo) - failed, failed=failed, skipped=len(ids) - len(todo))


def _failure(item: str, error: pandapon.PandaPonError) -> dict[str, Any]:
    return {"id": item, "error": str(error), **fields(error)}
