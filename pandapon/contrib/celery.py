"""Bulk jobs across machines on Celery: chunks of ids fetched through one shared rate limit,
each id's result written once however often its chunk runs.

    # tasks.py, imported by every worker (celery -A tasks worker)
    from celery import Celery
    from pandapon.contrib.celery import BulkTasks

    app = Celery("tasks", broker="redis://redis:6379/0", backend="redis://redis:6379/0")
    bulk = BulkTasks(app, "redis://redis:6379/0", rate_limit=50)

    # anywhere (a script, a web request):
    bulk.submit("catalogue-2026-11", ids, "getAlibabaProduct", "offerId", {"country": "en"})
    bulk.wait("catalogue-2026-11", len(ids))
    details = bulk.results("catalogue-2026-11")      # {id: data (JSON, the docs' names)}

The task (``pandapon.bulk.fetch_chunk``) is ``acks_late`` and ``reject_on_worker_lost``: a
chunk whose worker died (``kill -9``, a lost machine) goes back to the broker and is run again.
That is safe because a chunk skips the ids already written, and writes each result with
``HSETNX``: the first write of an id wins, a second changes nothing. Every call takes a permit
from one ``RedisRateLimiter`` on the same Redis, so all the workers together stay under
``rate_limit`` (a 429 anywhere slows them all). Credentials and the base URL come from the
workers' environment (``PANDAPON_ACCESS_KEY``, ...), or ``client_options``.

Needs the ``celery`` extra (``pip install 'pandapon[celery]'``). README: "Running on several
machines".
"""

from __future__ import annotations

import json
import os
import time
from collections.abc import Iterable, Mapping
from typing import Any

import redis

from .._client import PandaPon
from .._exceptions import PandaPonError, RateLimitError
from .._ratelimit import RedisRateLimiter
from .._spec import operations
from ..bulk._files import error_fields, plain

#: Ids per task: small enough that a redone chunk costs little, large enough to amortise a task.
CHUNK_SIZE = 100
TASK_NAME = "pandapon.bulk.fetch_chunk"


class BulkTasks:
    """The bulk task registered on ``app``, and the job's results in Redis (see the module)."""

    def __init__(
        self,
        app: Any,
        redis_url: str,
        *,
        rate_limit: float | Mapping[str, float],
        prefix: str = "{pandapon:bulk}",
        client_options: Mapping[str, Any] | None = None,
        margin: float | None = None,
    ) -> None:
        self.app = app
        self.redis_url = redis_url
        self.prefix = prefix
        self.rate_limit = rate_limit
        self.client_options = dict(client_options or {})
        self.margin = margin
        self._redis = redis.Redis.from_url(redis_url)
        self._client: PandaPon | None = None
        self._pid = 0
        bulk = self

        def fetch_chunk(  # noqa: PLR0917 - a Celery task's arguments are positional
            task: Any,
            job: str,
            ids: list[str],
            operation_id: str,
            id_param: str,
            params: dict[str, Any],
        ) -> dict[str, int]:
            try:
                return bulk.run_chunk(job, ids, operation_id, id_param, params)
            except RateLimitError as error:  # 429s outlasted the client's retries: later
                raise task.retry(exc=error, countdown=2) from error

        self.task = app.task(
            name=TASK_NAME,
            bind=True,
            acks_late=True,  # acknowledged when done: a chunk whose worker died is run again
            reject_on_worker_lost=True,
            max_retries=None,
        )(fetch_chunk)

    def __repr__(self) -> str:
        return f"BulkTasks(prefix={self.prefix!r}, rate_limit={self.rate_limit!r})"

    # -- the caller's side -----------------------------------------------------------------

    def submit(
        self,
        job: str,
        ids: Iterable[str],
        operation_id: str,
        id_param: str,
        params: Mapping[str, Any] | None = None,
        *,
        chunk_size: int = CHUNK_SIZE,
    ) -> list[Any]:
        """Send a job's ids in chunks; one ``AsyncResult`` per chunk. Ids already written are
        skipped by the tasks, so submitting a job again finishes what is missing."""
        items = list(dict.fromkeys(str(i) for i in ids))
        return [
            self.task.delay(
                job, items[i : i + chunk_size], operation_id, id_param, dict(params or {})
            )
            for i in range(0, len(items), chunk_size)
        ]

    def results(self, job: str) -> dict[str, Any]:
        """Every id's data written so far."""
        return {
            _text(key): json.loads(value)
            for key, value in self._redis.hgetall(self._key(job, "results")).items()
        }

    def failures(self, job: str) -> dict[str, dict[str, Any]]:
        """The ids that failed (not found, refused, ...) with the error's fields."""
        return {
            _text(key): json.loads(value)
            for key, value in self._redis.hgetall(self._key(job, "failures")).items()
        }

    def count(self, job: str) -> int:
        """Ids written so far, results and failures."""
        pipe = self._redis.pipeline()
        pipe.hlen(self._key(job, "results"))
        pipe.hlen(self._key(job, "failures"))
        return sum(pipe.execute())

    def wait(self, job: str, total: int, *, timeout: float = 3600, poll: float = 0.5) -> None:
        """Block until ``total`` ids are written (results and failures)."""
        deadline = time.monotonic() + timeout
        while self.count(job) < total:
            if time.monotonic() > deadline:
                raise TimeoutError(f"job {job}: {self.count(job)} of {total} ids after {timeout} s")
            time.sleep(poll)

    # -- the worker's side -----------------------------------------------------------------

    def client(self) -> PandaPon:
        """This worker process's client (made in the process that uses it)."""
        if self._client is None or self._pid != os.getpid():
            options: dict[str, Any] = {}
            if self.margin is not None:
                options["margin"] = self.margin
            limiter = RedisRateLimiter(
                self.redis_url, self.rate_limit, prefix=f"{self.prefix}:rate", **options
            )
            self._client = PandaPon(**self.client_options, rate_limit=limiter)
            self._redis = redis.Redis.from_url(self.redis_url)
            self._pid = os.getpid()
        return self._client

    def _key(self, job: str, what: str) -> str:
        return f"{self.prefix}:{job}:{what}"

    def run_chunk(
        self,
        job: str,
        ids: list[str],
        operation_id: str,
        id_param: str,
        params: Mapping[str, Any],
    ) -> dict[str, int]:
        """Fetch the ids of a chunk not written yet (the task's body); what it did."""
        client = self.client()
        results, failures = self._key(job, "results"), self._key(job, "failures")
        in_body = id_param not in {p.name for p in operations()[operation_id].parameters}
        counts = {"fetched": 0, "skipped": 0, "failed": 0}
        for item, written in zip(ids, self._redis.hmget(results, ids), strict=True):
            if written is not None:  # a chunk run again: this one was done before
                counts["skipped"] += 1
                continue
            try:
                if in_body:
                    data = client.call(operation_id, {**params, id_param: item})
                else:
                    data = client.call(operation_id, params={**params, id_param: item})
            except RateLimitError:
                raise
            except PandaPonError as error:
                record = {"error": str(error), **error_fields(error)}
                self._redis.hset(failures, item, json.dumps(record, default=str))
                counts["failed"] += 1
                continue
            pipe = self._redis.pipeline()
            pipe.hsetnx(results, item, json.dumps(plain(data), ensure_ascii=False))
            pipe.hdel(failures, item)
            pipe.execute()
            counts["fetched"] += 1
        return counts


def _text(value: bytes | str) -> str:
    return value.decode() if isinstance(value, bytes) else value
