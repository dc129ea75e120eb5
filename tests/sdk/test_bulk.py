"""``pandapon.bulk`` and ``pandapon 1688 details`` on top of it, against a loopback server that
allows R calls per second (a token bucket, 429 beyond) and answers after 50 ms: whatever
``--concurrency`` is given, no id is lost or fetched twice and few calls meet a 429. (How close
to R the job gets is a benchmark, `make bench`, not a test: this machine is shared.)"""

from __future__ import annotations

import json
from collections import Counter
from pathlib import Path
from typing import Any

import pytest

import pandapon
from pandapon import bulk, cli
from scripts.benchmarks import ceiling_server
from tests.support.fakes import KEY, SECRET, USER

# 2,000-id jobs at the server's ceiling: about 11 s each on a quiet machine, 30 s under load.
pytestmark = pytest.mark.timeout(600)

R = 200  # calls per second the server allows
IDS = 2000


@pytest.fixture
def credentials(monkeypatch: pytest.MonkeyPatch) -> None:
    for name, value in (("ACCESS_KEY", KEY), ("ACCESS_SECRET", SECRET), ("USER_ID", USER)):
        monkeypatch.setenv(f"PANDAPON_{name}", value)


@pytest.mark.parametrize("concurrency", [16, 128])
def test_a_job_at_the_server_s_ceiling_loses_nothing_whatever_the_concurrency(
    concurrency: int, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, credentials: None
) -> None:
    ids = [str(600_000_000 + i) for i in range(IDS)]
    (tmp_path / "ids.txt").write_text("\n".join(ids) + "\n", encoding="utf-8")
    out = tmp_path / "details.jsonl"
    with ceiling_server.running(R, latency=0.05) as server:
        monkeypatch.setenv("PANDAPON_BASE_URL", server.url)
        argv = ["1688", "details", "--ids-file", str(tmp_path / "ids.txt"), "--out", str(out)]
        assert cli.main([*argv, "--concurrency", str(concurrency)]) == 0
        log = server.log()
    records = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    assert Counter(r["id"] for r in records) == Counter(ids)  # each once, none lost
    assert all(r["data"]["subject"] == r["id"] for r in records)
    served = Counter(item for _, status, item in log if status == 200)
    assert served == Counter(ids)  # none fetched twice
    limited = sum(1 for _, status, _ in log if status == 429)
    assert limited / len(log) <= 0.02, f"{limited} of {len(log)} calls answered 429"


async def _detail(client: pandapon.AsyncPandaPon, item: str) -> Any:
    return await client.alibaba.products.get(offer_id=item, country="en")


def test_the_api_writes_failures_apart_and_resumes(tmp_path: Path) -> None:
    ids = [*(f"p{i}" for i in range(30)), "missing-1", "p3"]
    out = tmp_path / "out.jsonl"
    with ceiling_server.running() as server:
        options = {"access_key": KEY, "access_secret": SECRET, "user_id": USER}
        first = bulk.run(ids, _detail, out=out, base_url=server.url, progress=None, **options)
        assert (first.done, first.failed, first.skipped) == (30, 1, 0)
        failures = Path(f"{out}.failures.jsonl").read_text().splitlines()
        (failure,) = [json.loads(line) for line in failures]
        assert (failure["id"], failure["type"], failure["code"]) == (
            "missing-1",
            "NotFoundError",
            404,
        )
        # A run stopped after 10 records, the last one cut off mid-line.
        kept = out.read_bytes().splitlines(keepends=True)[:10]
        out.write_bytes(b"".join(kept) + b'{"id": "p2')
        again = bulk.run(ids, _detail, out=out, base_url=server.url, progress=None, **options)
        log = server.log()
    assert (again.done, again.failed, again.skipped) == (20, 1, 10)
    records = [json.loads(line) for line in out.read_text().splitlines()]
    assert sorted(r["id"] for r in records) == sorted(f"p{i}" for i in range(30))
    assert again.attempts == 21 and again.rate_limited == 0
    assert len(log) == 31 + 21


def test_adaptive_concurrency_stays_within_its_bounds() -> None:
    limit = bulk.AdaptiveConcurrency(6)
    assert limit.limit == 1
    for _ in range(200):
        limit.observe("ok", 0.0, 0.05)
    assert limit.limit == 6  # grown to the maximum, never past it
    limit.observe("rate_limited", started=1e9, latency=0.05)
    assert limit.limit == pytest.approx(6 * 0.85)
    limit.observe("rate_limited", started=0.0, latency=0.05)  # sent before the cut
    assert limit.limit == pytest.approx(6 * 0.85)
    fixed = bulk.AdaptiveConcurrency(6, adaptive=False)
    fixed.observe("rate_limited", started=1e9, latency=0.05)
    assert fixed.limit == 6
