"""`make bench`'s TLS section: ``AsyncPandaPon`` against raw httpx over HTTPS on loopback.

The zero-work server (``zero_server``) speaks TLS with a certificate made for the run by
``trustme`` (trusted through ``SSL_CERT_FILE``, as a user's CA would be) and counts the
connections it accepts, so each row says how many calls opened a connection (a TCP connect and
a TLS handshake). At 1, 32 and 128 tasks, with answers at once and held 50 ms (a far-away API):
raw httpx with its defaults, the SDK's default, and the SDK with other connection settings (the
pool count and the connections kept), so that the default's choice can be checked.
"""

from __future__ import annotations

import asyncio
import json
import os
import ssl
import tempfile
import time
from collections.abc import Awaitable, Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import httpx
import trustme

import pandapon
from pandapon._transport import LIMITS, POOLS, Pools
from scripts.benchmarks import zero_server

KEY, SECRET, USER = "bench-key", "bench-secret-0123456789", "2100007341207"
PATH = "/v2/alibaba/product/detail/get"
#: (tasks, seconds each answer is held)
CONFIGURATIONS = [(1, 0.0), (1, 0.05), (32, 0.0), (32, 0.05), (128, 0.0), (128, 0.05)]
#: The SDK's other settings measured beside its default: (pools, connections kept of the 100).
SETTINGS = {
    "before": (4, 20),
    "one_pool": (1, 100),
    "four_pools": (4, 100),
    "many_pools": (32, 100),
}
TITLES = {
    "raw": "raw httpx (defaults: 100 connections, 20 kept) + `json.loads` (baseline)",
    "sdk": f"`AsyncPandaPon`, default ({POOLS} pools, all {LIMITS.max_connections} kept)",
    "before": "`AsyncPandaPon`, 4 pools, 20 of 100 kept (before issue 27)",
    "one_pool": "`AsyncPandaPon`, 1 pool, all 100 kept",
    "four_pools": "`AsyncPandaPon`, 4 pools, all 100 kept",
    "many_pools": "`AsyncPandaPon`, 32 pools, all 100 kept",
}


@dataclass
class Sample:
    rate: float  # calls per second (or, at 1 task, seconds per call)
    cpu: float  # this process's CPU seconds per call
    opened: float  # connections accepted by the server per call


@contextmanager
def certificate() -> Iterator[tuple[str, tuple[str, str]]]:
    """(the CA file, the server's (certificate, key) files), made for this run."""
    ca = trustme.CA()
    cert = ca.issue_cert("127.0.0.1")
    with tempfile.TemporaryDirectory() as folder:
        ca_file, chain, key = (str(Path(folder) / n) for n in ("ca.pem", "chain.pem", "key.pem"))
        ca.cert_pem.write_to_path(ca_file)
        cert.private_key_pem.write_to_path(key)
        for blob in cert.cert_chain_pems:
            blob.write_to_path(chain, append=True)
        yield ca_file, (chain, key)


def _variants(
    url: str, body: dict[str, Any]
) -> tuple[Callable[[], Awaitable[None]], dict[str, Callable[[], Awaitable[object]]]]:
    auth = pandapon.PandaPonAuth(KEY, SECRET, USER)
    raw = httpx.AsyncClient(base_url=url, auth=auth)  # SSL_CERT_FILE trusts the server
    content = httpx.Request("POST", url, json=body).content
    headers = {"content-type": "application/json"}
    clients = {"sdk": pandapon.AsyncPandaPon(KEY, SECRET, USER, base_url=url)}
    for name, (count, kept) in SETTINGS.items():
        limits = httpx.Limits(
            max_connections=LIMITS.max_connections,
            max_keepalive_connections=kept,
            keepalive_expiry=LIMITS.keepalive_expiry,
        )
        http = httpx.AsyncClient(base_url=url, transport=Pools(limits, count))
        clients[name] = pandapon.AsyncPandaPon(KEY, SECRET, USER, base_url=url, http_client=http)
    offer = str(body["offerId"])

    async def by_hand() -> object:
        response = await raw.post(PATH, content=content, headers=headers)
        return json.loads(response.content)

    def typed(client: pandapon.AsyncPandaPon) -> Callable[[], Awaitable[object]]:
        async def call() -> object:
            return await client.alibaba.products.get(offer_id=offer)

        return call

    async def close() -> None:
        await raw.aclose()
        for client in clients.values():
            await client._http.aclose()

    return close, {"raw": by_hand, **{name: typed(c) for name, c in clients.items()}}


async def _measure(
    server: zero_server.ZeroServer,
    variants: dict[str, Callable[[], Awaitable[object]]],
    tasks: int,
    calls: int,
    rounds: int,
) -> dict[str, Sample]:
    """Medians over ``rounds`` of each variant, in an order that rotates from round to round.
    Each variant runs one call per task before each measured batch (its connections open, as
    for a client in steady use): what is counted is what steady use costs."""
    samples: dict[str, list[Sample]] = {name: [] for name in variants}
    names = list(variants)

    async def batch(run: Callable[[], Awaitable[object]], count: int) -> None:
        todo = iter(range(count))

        async def worker() -> None:
            for _ in todo:
                await run()

        await asyncio.gather(*(worker() for _ in range(tasks)))

    for index in range(rounds):
        shift = index % len(names)
        for name in names[shift:] + names[:shift]:
            run = variants[name]
            await batch(run, tasks)
            before = await asyncio.to_thread(server.connections)
            start, cpu = time.perf_counter(), time.process_time()
            await batch(run, calls)
            seconds, used = time.perf_counter() - start, time.process_time() - cpu
            opened = await asyncio.to_thread(server.connections) - before - 1
            rate = seconds / calls if tasks == 1 else calls / seconds
            samples[name].append(Sample(rate, used / calls, opened / calls))
    return {
        name: Sample(
            _median([s.rate for s in runs]),
            _median([s.cpu for s in runs]),
            sum(s.opened for s in runs) / len(runs),
        )
        for name, runs in samples.items()
    }


def _median(values: list[float]) -> float:
    ordered = sorted(values)
    middle = len(ordered) // 2
    return ordered[middle] if len(ordered) % 2 else (ordered[middle - 1] + ordered[middle]) / 2


def tls_throughput(
    answer: bytes, rounds: int, configurations: list[tuple[int, float]] = CONFIGURATIONS
) -> dict[str, list[tuple[str, str, str]]]:
    """A table per (tasks, latency): rows of (what, figure, ratio against raw httpx)."""
    tables: dict[str, list[tuple[str, str, str]]] = {}
    with certificate() as (ca_file, cert):
        saved = os.environ.get("SSL_CERT_FILE")
        os.environ["SSL_CERT_FILE"] = ca_file
        try:
            for tasks, latency in configurations:
                title = (
                    f"TLS, async, {tasks} task{'s' if tasks > 1 else ''}, "
                    f"{latency * 1000:.0f} ms of latency per answer"
                )
                tables[title] = _configuration(
                    answer, cert, ca_file, tasks=tasks, latency=latency, rounds=rounds
                )
        finally:
            if saved is None:
                os.environ.pop("SSL_CERT_FILE", None)
            else:
                os.environ["SSL_CERT_FILE"] = saved
    return tables


def _configuration(
    answer: bytes,
    cert: tuple[str, str],
    ca_file: str,
    *,
    tasks: int,
    latency: float,
    rounds: int,
) -> list[tuple[str, str, str]]:
    verify = ssl.create_default_context(cafile=ca_file)
    # Batches of about a second or less: many rounds, little drift within one.
    per_task = 8 if latency else 6
    calls = (20 if latency else 100) if tasks == 1 else tasks * per_task
    with zero_server.running({PATH: answer}, latency=latency, tls=cert, verify=verify) as server:

        async def main() -> dict[str, Sample]:
            close, variants = _variants(server.url, {"offerId": "600126245031"})
            try:
                return await _measure(server, variants, tasks, calls, rounds)
            finally:
                await close()

        medians = asyncio.run(main())
    base = medians["raw"]
    rows = []
    for name, sample in medians.items():
        if tasks == 1:
            figure = f"{sample.rate * 1e6:.0f} µs a call"
            ratio = base.rate / sample.rate  # speed: higher is better
        else:
            figure = f"{sample.rate:.0f}/s"
            ratio = sample.rate / base.rate
        figure += f", CPU {sample.cpu * 1e6:.0f} µs a call, {sample.opened:.1%} of calls connect"
        rows.append((TITLES[name], figure, f"{ratio:.2f}x (CPU {sample.cpu / base.cpu:.2f}x)"))
    return rows
