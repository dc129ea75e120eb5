"""``pandapon.contrib.celery`` on a real Celery worker pool (2 processes) and a real Redis
(broker, result backend and rate limit): 20,000 ids, a pool process killed with SIGKILL in
the middle, and still every id's result exactly once and the server never above the limit in
any second. And an SDK error raised in a task arrives through the result backend whole."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest
from celery.result import AsyncResult

import pandapon
from scripts.benchmarks import ceiling_server
from scripts.benchmarks.ceiling_server import most_in_any_window
from tests.support.fakes import KEY, SECRET, USER
from tests.support.servers import Server

ROOT = Path(__file__).resolve().parents[2]
IDS = 20_000
RATE = 600


def _children(pid: int) -> list[int]:
    path = Path(f"/proc/{pid}/task/{pid}/children")
    return [int(p) for p in path.read_text().split()] if path.exists() else []


@pytest.fixture
def worker(
    redis_server: Server, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> Iterator[tuple[subprocess.Popen[bytes], str]]:
    with ceiling_server.running() as server:
        env = {
            **os.environ,
            "PYTHONPATH": str(ROOT),
            "PANDAPON_TEST_REDIS": redis_server.url,
            "PANDAPON_TEST_RATE": str(RATE),
            "PANDAPON_BASE_URL": server.url,
            "PANDAPON_ACCESS_KEY": KEY,
            "PANDAPON_ACCESS_SECRET": SECRET,
            "PANDAPON_USER_ID": USER,
        }
        monkeypatch.setenv("PANDAPON_TEST_REDIS", redis_server.url)  # for the app here too
        log = (tmp_path / "worker.log").open("wb")
        process = subprocess.Popen(
            [
                *(sys.executable, "-m", "celery", "-A", "tests.support.celery_app", "worker"),
                *("--pool=prefork", "--concurrency=2", "--loglevel=WARNING"),
                *("--without-gossip", "--without-mingle", "-n", f"w{uuid.uuid4().hex[:6]}@%h"),
            ],
            env=env,
            cwd=ROOT,
            stdout=log,
            stderr=subprocess.STDOUT,
        )
        deadline = time.monotonic() + 60
        while len(_children(process.pid)) < 2:
            assert process.poll() is None, (tmp_path / "worker.log").read_text()
            assert time.monotonic() < deadline, "the worker pool did not start"
            time.sleep(0.1)
        try:
            yield process, server.url
        finally:
            process.send_signal(signal.SIGTERM)
            try:
                process.wait(timeout=30)
            except subprocess.TimeoutExpired:
                process.kill()
                process.wait(timeout=10)
            log.close()


@pytest.mark.timeout(600)  # about 50 s on a quiet machine
def test_twenty_thousand_ids_once_each_through_a_killed_worker_under_one_limit(
    worker: tuple[subprocess.Popen[bytes], str], redis_server: Server
) -> None:
    from tests.support import celery_app  # noqa: PLC0415 - needs PANDAPON_TEST_REDIS set first

    process, url = worker
    job = f"job-{uuid.uuid4().hex[:8]}"
    ids = [str(700_000_000 + i) for i in range(IDS)]
    started = time.time()
    celery_app.bulk.submit(job, ids, "getAlibabaProduct", "offerId", {"country": "en"})
    while celery_app.bulk.count(job) < IDS // 4:
        assert time.time() - started < 120, "the workers made no progress"
        time.sleep(0.05)
    victim = _children(process.pid)[0]
    os.kill(victim, signal.SIGKILL)  # mid-chunk: the pool process dies with its chunk
    celery_app.bulk.wait(job, IDS, timeout=300)
    assert victim not in _children(process.pid)  # it did die, and the pool replaced it
    results = celery_app.bulk.results(job)
    assert sorted(results) == sorted(ids)  # every id, once (a hash: one entry per id)
    assert all(results[i]["subject"] == i for i in ids)
    assert celery_app.bulk.failures(job) == {}
    log = ceiling_server.CeilingServer(url, None, None).log()  # type: ignore[arg-type]
    served = {item for _, status, item in log if status == 200}
    assert served == set(ids)
    assert len(log) >= IDS  # some ids of the killed chunk were fetched again: never written twice
    assert most_in_any_window([at for at, _, _ in log]) <= RATE


def test_an_sdk_error_arrives_through_the_result_backend_whole(
    worker: tuple[subprocess.Popen[bytes], str],
) -> None:
    from tests.support import celery_app  # noqa: PLC0415

    _, url = worker
    result: AsyncResult = celery_app.raise_sdk_error.delay(url)
    with pytest.raises(pandapon.NotFoundError) as raised:
        result.get(timeout=60)
    error = raised.value
    assert (error.code, error.http_status, error.operation_id) == (404, 404, "getAlibabaProduct")
    assert error.request_id and error.outcome_unknown is False
    assert "no product missing-7" in str(error)
