"""Running a bulk job: every id fetched once, at the rate the server allows, resumably."""

from __future__ import annotations

import asyncio
import sys
import time
from collections.abc import Awaitable, Callable, Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Literal, TextIO

from .._client import AsyncPandaPon
from .._exceptions import APIConnectionError, InternalServerError, PandaPonError, RateLimitError
from .._hooks import Attempt, Hooks
from .._spec import operations
from ._adaptive import AdaptiveConcurrency
from ._files import already_done, drop_cut_off_line, failure_line, result_line, unique

#: ``fetch(client, id)``: one id's data (what the client's call returned: JSON values as sent,
#: or with ``typed=True`` a model; a list; anything JSON-able, models through ``to_dict``).
Fetch = Callable[[AsyncPandaPon, str], Awaitable[Any]]
#: A 429 that outlived the client's own retries puts its id back in the queue this many times
#: (the limit has been cut meanwhile); after that it goes to the failures file like any error.
REQUEUES = 5


@dataclass
class BulkResult:
    """What a run did: ids fetched now, failed (in the failures file), skipped (already in the
    results), and what the server said about the rate."""

    done: int
    failed: int
    skipped: int
    attempts: int = 0  # requests sent, retries included
    rate_limited: int = 0  # of which answered 429
    final_concurrency: float = 0.0
    seconds: float = 0.0


#: A progress stream: a stream, None for none, or "stderr": ``sys.stderr`` as it is when the run
#: starts (not as it was at import: a test runner or a notebook may have replaced it since).
Progress = TextIO | Literal["stderr"] | None


class _Progress:
    def __init__(self, total: int, stream: TextIO | None) -> None:
        self.total, self.count, self.failed = total, 0, 0
        self._stream = stream
        self._tty = stream is not None and stream.isatty()
        self._last = 0.0

    def step(self, *, failed: bool) -> None:
        self.count += 1
        self.failed += failed
        now = time.monotonic()
        if self._stream and self._tty and (now - self._last > 0.1 or self.count == self.total):
            filled = int(30 * self.count / max(self.total, 1))
            bar = "#" * filled + "." * (30 - filled)
            self._stream.write(f"\r[{bar}] {self.count}/{self.total}  failed {self.failed}")
            self._stream.flush()
            self._last = now

    def finish(self) -> None:
        if self._stream and self._tty:
            self._stream.write("\n")


async def arun(
    client: AsyncPandaPon,
    ids: Iterable[str],
    fetch: Fetch,
    *,
    out: str | Path,
    failures: str | Path | None = None,
    concurrency: int = 32,
    adaptive: bool = True,
    typed: bool = False,
    progress: Progress = None,
) -> BulkResult:
    """Fetch every id into ``out`` (JSON lines ``{"id", "data"}``), or into ``failures``
    (``{"id", "error", "type", "code", ...}``; default ``OUT.failures.jsonl``).

    ``fetch``'s calls return the answer's ``data`` as the server sent it (dicts and lists, the
    value the tolerant reader gives for any shape), which is written as it is: no model is built
    and turned back into JSON (about a fifth of a record's CPU; BENCHMARKS.md). With ``typed``
    they return the typed models, for a ``fetch`` that reads their attributes. Pages
    (``iter_*``) are typed either way.

    Ids already in ``out`` are skipped, so a stopped run resumes; the failures file is written
    afresh. At most ``concurrency`` calls are in flight; with ``adaptive`` (the default) fewer,
    as many as the server takes without answering 429 or slowing down (``pandapon.bulk``'s
    docstring). ``fetch`` is given the client and one id; it must not send a call that may
    not be repeated, since an id answered 429 is fetched again.
    """
    started = time.monotonic()
    stream = sys.stderr if progress == "stderr" else progress
    out = Path(out)
    failures = Path(failures) if failures is not None else Path(f"{out}.failures.jsonl")
    items = unique(ids)
    cut = drop_cut_off_line(out)
    if cut and stream is not None:
        stream.write(f"{out}: dropped a cut-off last line ({cut} bytes); fetching it again\n")
    done = already_done(out)
    todo = [i for i in items if i not in done]
    limit = AdaptiveConcurrency(max(1, concurrency), adaptive=adaptive)
    counts = {"attempts": 0, "rate_limited": 0}

    class Observe(Hooks):
        def after_answer(self, attempt: Attempt) -> None:
            if attempt.outcome is None:
                return
            counts["attempts"] += 1
            counts["rate_limited"] += attempt.outcome == "rate_limited"
            limit.observe(attempt.outcome, attempt.started, attempt.elapsed or 0.0)

    observe = Observe()

    # A copy of the client that reports every attempt and, when adaptive, leaves 429s to the
    # job: a call sleeping before its retry would hold a place in flight without using it, and
    # the limit would grow past what the server takes. The caller's client is left as it is,
    # and gives other failures their usual retries (_Job._fetch).
    watched = client.with_options(max_retries=0 if adaptive else None)
    watched._attempt_hooks = (*client._attempt_hooks, observe)
    retrying = client.with_options()
    retrying._attempt_hooks = watched._attempt_hooks
    watched._plain_data = retrying._plain_data = not typed
    meter = _Progress(len(todo), stream)
    with out.open("a", encoding="utf-8") as good, failures.open("w", encoding="utf-8") as bad:
        job = _Job(
            watched, retrying, fetch, limit=limit, todo=todo, good=good, bad=bad, meter=meter
        )
        await asyncio.gather(*(job.work() for _ in range(max(1, min(concurrency, len(todo))))))
    meter.finish()
    failed = job.failed
    return BulkResult(
        done=len(todo) - failed,
        failed=failed,
        skipped=len(items) - len(todo),
        attempts=counts["attempts"],
        rate_limited=counts["rate_limited"],
        final_concurrency=limit.limit,
        seconds=time.monotonic() - started,
    )


class _Job:
    """The workers' shared state: the queue, the files, the limit."""

    def __init__(
        self,
        client: AsyncPandaPon,
        retrying: AsyncPandaPon,
        fetch: Fetch,
        *,
        limit: AdaptiveConcurrency,
        todo: list[str],
        good: TextIO,
        bad: TextIO,
        meter: _Progress,
    ) -> None:
        self.client, self.retrying, self.fetch, self.limit = client, retrying, fetch, limit
        self.good, self.bad, self.meter = good, bad, meter
        self.queue: asyncio.Queue[tuple[str, int]] = asyncio.Queue()
        for item in todo:
            self.queue.put_nowait((item, 0))
        self.failed = 0

    async def work(self) -> None:
        while not self.queue.empty():
            item, requeued = self.queue.get_nowait()
            await self.limit.acquire()
            try:
                data = await self._fetch(item)
            except RateLimitError as error:
                if requeued < REQUEUES:  # not served: it goes round again, more slowly
                    self.queue.put_nowait((item, requeued + 1))
                else:
                    self._failed(item, error)
                continue
            except PandaPonError as error:
                self._failed(item, error)
                continue
            finally:
                await self.limit.release()
            self.good.write(result_line(item, data))
            self.good.flush()
            self.meter.step(failed=False)

    async def _fetch(self, item: str) -> Any:
        try:
            return await self.fetch(self.client, item)
        except (APIConnectionError, InternalServerError) as error:
            if error.outcome_unknown and not _retry_safe(error):
                raise  # it may have taken effect: never sent again by the SDK on its own
            # The client's own retries (backoff, Retry-After), as any call of the caller's gets.
            return await self.fetch(self.retrying, item)
        except (AttributeError, TypeError, KeyError) as error:
            if self.client._plain_data:
                error.add_note(
                    "pandapon.bulk: calls return data as sent (dicts and lists) unless "
                    "typed=True is given (CLI: --typed); a fetch reading model attributes "
                    "needs typed=True"
                )
            raise

    def _failed(self, item: str, error: PandaPonError) -> None:
        self.failed += 1
        self.bad.write(failure_line(item, error))
        self.bad.flush()
        self.meter.step(failed=True)


def _retry_safe(error: APIConnectionError | InternalServerError) -> bool:
    operation = operations().get(error.operation_id or "")
    return operation is not None and operation.retry_safe


def run(
    ids: Iterable[str],
    fetch: Fetch,
    *,
    out: str | Path,
    failures: str | Path | None = None,
    concurrency: int = 32,
    adaptive: bool = True,
    typed: bool = False,
    progress: Progress = "stderr",
    **client_options: Any,
) -> BulkResult:
    """``arun`` from sync code, with an ``AsyncPandaPon(**client_options)`` of its own
    (credentials from the environment unless given). ``progress`` is a stream, None for no
    progress line, or ``"stderr"``: ``sys.stderr`` as it is when the run starts."""

    async def main() -> BulkResult:
        async with AsyncPandaPon(**client_options) as client:
            return await arun(
                client,
                ids,
                fetch,
                out=out,
                failures=failures,
                concurrency=concurrency,
                adaptive=adaptive,
                typed=typed,
                progress=progress,
            )

    return asyncio.run(main())
