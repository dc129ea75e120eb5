"""`make bench`'s bulk-at-ceiling table: ``pandapon.bulk`` against a server that allows R calls
per second (a token bucket holding a tenth of a second's worth, 429 beyond) and answers after
50 ms. Fixed concurrency 8, 32 and 128 against the adaptive limit (capped at 128): the rate
achieved as a share of R, and the share of calls answered 429. Every configuration runs once
per round, in a rotating order; the figures are medians over the rounds."""

from __future__ import annotations

import asyncio
import statistics
import tempfile
import time
from pathlib import Path
from typing import Any

import pandapon
from pandapon import bulk
from scripts.benchmarks import ceiling_server, zero_server

R = 200
LATENCY = 0.05
IDS = 2000
KEY, SECRET, USER = "bench-key", "bench-secret-0123456789", "2100007341207"
#: (label, concurrency, adaptive)
CONFIGURATIONS = [
    ("fixed concurrency 8", 8, False),
    ("fixed concurrency 32", 32, False),
    ("fixed concurrency 128", 128, False),
    ("adaptive (at most 128)", 128, True),
]


async def _detail(client: pandapon.AsyncPandaPon, item: str) -> Any:
    return await client.alibaba.products.get(offer_id=item, country="en")


def _one(concurrency: int, adaptive: bool) -> tuple[float, float, int]:
    """(achieved calls/s served, share of calls answered 429, ids not fetched)."""
    with ceiling_server.running(R, latency=LATENCY) as server, tempfile.TemporaryDirectory() as d:

        async def main() -> bulk.BulkResult:
            async with pandapon.AsyncPandaPon(KEY, SECRET, USER, base_url=server.url) as client:
                return await bulk.arun(
                    client,
                    [str(600_000_000 + i) for i in range(IDS)],
                    _detail,
                    out=Path(d) / "out.jsonl",
                    concurrency=concurrency,
                    adaptive=adaptive,
                )

        result = asyncio.run(main())
        log = server.log()
    served = [at for at, status, _ in log if status == 200]
    limited = sum(1 for _, status, _ in log if status == 429)
    rate = len(served) / max(max(served) - min(served), 1e-9)
    return rate, limited / len(log), result.failed


def bulk_at_ceiling(rounds: int) -> list[tuple[str, str, str]]:
    samples: dict[str, list[tuple[float, float, int]]] = {c[0]: [] for c in CONFIGURATIONS}
    for index in range(rounds):
        shift = index % len(CONFIGURATIONS)
        for label, concurrency, adaptive in CONFIGURATIONS[shift:] + CONFIGURATIONS[:shift]:
            samples[label].append(_one(concurrency, adaptive))
    rows = [("the server's limit R (baseline)", f"{R}/s, {LATENCY * 1000:.0f} ms latency", "1.00x")]
    for label, runs in samples.items():
        rate = statistics.median(r for r, _, _ in runs)
        share = statistics.median(s for _, s, _ in runs)
        lost = max(f for _, _, f in runs)
        note = f", {lost} ids failed (429s past the job's retries)" if lost else ""
        rows.append(
            (
                label,
                f"{rate:.0f}/s, {share:.1%} of calls answered 429{note}",
                f"{rate / R:.2f}x of R",
            )
        )
    return rows


#: Records per run of the per-record CPU table, and calls in flight.
RECORDS = 1000
RECORD_CONCURRENCY = 32


def _record_run(url: str, typed: bool) -> float:
    """This process's CPU seconds per record of one ``bulk.arun`` over RECORDS ids."""
    with tempfile.TemporaryDirectory() as d:

        async def main() -> float:
            async with pandapon.AsyncPandaPon(KEY, SECRET, USER, base_url=url) as client:
                ids = [str(600_000_000 + i) for i in range(RECORDS)]
                await bulk.arun(  # warm up: connections, imports, decoders
                    client, ids[:64], _detail, out=Path(d) / "warm.jsonl", typed=typed
                )
                cpu = time.process_time()
                result = await bulk.arun(
                    client,
                    ids,
                    _detail,
                    out=Path(d) / "out.jsonl",
                    concurrency=RECORD_CONCURRENCY,
                    adaptive=False,
                    typed=typed,
                )
                assert result.done == RECORDS
                return (time.process_time() - cpu) / RECORDS

        return asyncio.run(main())


def per_record_cpu(answer: bytes, rounds: int) -> list[tuple[str, str, str]]:
    """``bulk.arun`` against the zero-work server answering ``answer`` at once: the client's
    CPU per record written, typed (the model built, then ``to_dict`` and ``json.dumps``; the
    baseline) against as sent (the default). Runs alternate; medians over the rounds."""
    samples: dict[bool, list[float]] = {True: [], False: []}
    with zero_server.running({"/v2/alibaba/product/detail/get": answer}) as server:
        for index in range(rounds):
            for typed in (True, False) if index % 2 == 0 else (False, True):
                samples[typed].append(_record_run(server.url, typed))
    typed_cpu = statistics.median(samples[True])
    plain_cpu = statistics.median(samples[False])
    return [
        (
            "`typed=True` / `--typed`: the model, `to_dict`, `json.dumps` (baseline)",
            f"{typed_cpu * 1e6:.0f} µs a record",
            "1.00x",
        ),
        (
            "the default: `data` as sent, `json.dumps`",
            f"{plain_cpu * 1e6:.0f} µs a record",
            f"{plain_cpu / typed_cpu:.2f}x ({(typed_cpu - plain_cpu) * 1e6:.0f} µs less)",
        ),
    ]
