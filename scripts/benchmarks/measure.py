"""What `make bench` measures (``python -m scripts.bench``): benchmarks, each a ratio against a
baseline measured in the same run, and BENCHMARKS.md's text.

Results go to BENCHMARKS.md with a description of the machine. Nothing here is a pass/fail
assertion; these machines are noisy, so every figure is a median over repeated rounds, and the
two sides of a comparison alternate within each round so that drift hits both alike.
"""

from __future__ import annotations

import asyncio
import copy
import gc
import hashlib
import importlib
import importlib.metadata
import json
import os
import platform
import statistics
import subprocess
import sys
import tempfile
import time
import tomllib
from collections.abc import AsyncIterator, Awaitable, Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any, TypeVar

import httpx
from pandapon_api import sdk_metadata
from pandapon_api.api.alibaba_goods import get_alibaba_product

import pandapon
from pandapon import sandbox
from pandapon._decode import loads as fast_loads
from pandapon._decode import response_decoder, response_model, typed_decoder
from pandapon._spec import document, operations
from pandapon._transport import LIMITS as SDK_LIMITS
from pandapon.sandbox._synth import Synthesizer
from pandapon.sandbox.alibaba.records import ORDERS
from scripts import spec as spec_mod
from scripts.benchmarks import bulk as bench_bulk
from scripts.benchmarks import tls as bench_tls
from scripts.benchmarks import zero_server
from scripts.codegen import generation

OUT = spec_mod.ROOT / "BENCHMARKS.md"
KEY, SECRET, USER = (
    sandbox.DEFAULT_ACCESS_KEY,
    sandbox.DEFAULT_ACCESS_SECRET,
    sandbox.DEFAULT_USER_ID,
)
CONCURRENCY = 50
WARM_UP = 1000  # requests before measuring anything under load
#: Idle connections are dropped after 2 s, before uvicorn's 5 s keep-alive timeout closes them:
#: with both at httpx's and uvicorn's default 5 s, a request can go out on a connection the
#: server is closing at that moment (a ReadError, and for a write an unknown outcome).
LIMITS = httpx.Limits(
    max_connections=CONCURRENCY, max_keepalive_connections=CONCURRENCY, keepalive_expiry=2.0
)
ADDRESS = {"fullName": "张三", "mobile": "18600888861", "cityText": "杭州市", "address": "文一西路"}


@dataclass(frozen=True)
class Row:
    what: str
    figure: str  # the measured value, with its unit
    ratio: str  # against the section's baseline


@dataclass(frozen=True)
class Rounds:
    """How much to repeat; --quick divides everything."""

    calls: int = 40  # per-call cost: calls per side per round (short rounds, many)
    call_rounds: int = 60
    async_calls: int = 320  # async throughput: calls per side per round
    async_rounds: int = 9
    parse_rounds: int = 15
    import_rounds: int = 21
    regen_rounds: int = 3
    load_requests: int = 500  # sandbox load: requests per endpoint per round
    load_rounds: int = 6
    state_calls: int = 100  # sandbox state: calls per operation per round, at each size
    state_rounds: int = 6
    bulk_rounds: int = 3  # bulk at the ceiling: runs of each configuration (about 12 s each)
    tls_rounds: int = 5  # TLS: rounds of every variant at each concurrency and latency
    record_rounds: int = 6  # bulk CPU per record: runs of each way (about 2 s each)


QUICK = Rounds(20, 9, 160, 3, 5, 7, 1, 300, 1, 50, 2, 1, 1, 2)


def _median_seconds(run: Callable[[], object], rounds: int) -> float:
    samples = []
    for _ in range(rounds):
        start = time.perf_counter()
        run()
        samples.append(time.perf_counter() - start)
    return statistics.median(samples)


def _ms(seconds: float) -> str:
    return f"{seconds * 1000:.2f} ms" if seconds < 0.1 else f"{seconds * 1000:.0f} ms"


# -- a sandbox in its own process, so that its CPU time is not the client's ------------------


def _first_offer(url: str) -> str:
    with pandapon.PandaPon(KEY, SECRET, USER, base_url=url) as client:
        return str(client.call("searchAlibabaProducts", {"keyword": "T恤"}).data[0].offer_id)


def _skus(url: str) -> list[tuple[str, str]]:
    """(offerMapId, specId) of every 1688 SKU, to spread orders over the stock."""
    found: list[tuple[str, str]] = []
    with pandapon.PandaPon(KEY, SECRET, USER, base_url=url) as client:
        page = client.call("searchAlibabaProducts", {"keyword": "", "pageSize": 50})
        for item in page.data:
            detail = client.call("getAlibabaProduct", {"offerId": str(item.offer_id)})
            found += [(str(detail.offer_id), str(s.spec_id)) for s in detail.product_sku_infos]
    return found


# -- per-call cost against a zero-work server -----------------------------------------------

PRODUCT_PATH = "/v2/alibaba/product/detail/get"
#: SKUs in the "20 kB" product detail (every property of every object filled in).
SKUS_20K = 38


@dataclass
class Callers:
    """The four ways to fetch a product detail, sync and async, on one connection pool each."""

    url: str
    body: dict[str, Any]

    def __post_init__(self) -> None:
        self.content = json.dumps(self.body, separators=(",", ":")).encode()
        self.headers = {"content-type": "application/json"}
        self.request_model = _request_model("getAlibabaProduct").from_dict(self.body)

    # sync

    def sync(self) -> tuple[Any, dict[str, Callable[[], object]]]:
        auth = pandapon.PandaPonAuth(KEY, SECRET, USER)
        raw = httpx.Client(base_url=self.url, auth=auth)
        sdk = pandapon.PandaPon(KEY, SECRET, USER, base_url=self.url)
        generated = sdk.generated_client
        offer = str(self.body["offerId"])

        def by_hand() -> object:
            response = raw.post(PRODUCT_PATH, content=self.content, headers=self.headers)
            return json.loads(response.content)

        def generated_function() -> object:
            return get_alibaba_product.sync(client=generated, body=self.request_model)

        def call() -> object:
            return sdk.call("getAlibabaProduct", self.body)

        def typed() -> object:
            return sdk.alibaba.products.get(offer_id=offer)

        def close() -> None:
            raw.close()
            sdk.close()

        return close, {
            "raw": by_hand,
            "generated": generated_function,
            "call": call,
            "typed": typed,
        }

    # async

    def async_(
        self, alternatives: bool = False
    ) -> tuple[Any, dict[str, Callable[[], Awaitable[object]]]]:
        """The four callers; with ``alternatives``, also the typed method through one
        connection pool (as before ``pandapon._transport.Pools``) and through one pool with at most
        32 calls in flight (the other way to keep httpcore's pool short)."""
        auth = pandapon.PandaPonAuth(KEY, SECRET, USER)
        raw = httpx.AsyncClient(base_url=self.url, auth=auth)
        sdk = pandapon.AsyncPandaPon(KEY, SECRET, USER, base_url=self.url)
        generated = sdk.generated_client
        offer = str(self.body["offerId"])
        others = {
            "one_pool": httpx.AsyncClient(base_url=self.url, limits=SDK_LIMITS),
            "bounded": httpx.AsyncClient(base_url=self.url, transport=Bounded(32, SDK_LIMITS)),
        }
        clients = {
            name: pandapon.AsyncPandaPon(KEY, SECRET, USER, base_url=self.url, http_client=http)
            for name, http in others.items()
        }

        async def by_hand() -> object:
            response = await raw.post(PRODUCT_PATH, content=self.content, headers=self.headers)
            return json.loads(response.content)

        async def generated_function() -> object:
            return await get_alibaba_product.asyncio(client=generated, body=self.request_model)

        async def call() -> object:
            return await sdk.call("getAlibabaProduct", self.body)

        async def typed() -> object:
            return await sdk.alibaba.products.get(offer_id=offer)

        def typed_through(client: pandapon.AsyncPandaPon) -> Callable[[], Awaitable[object]]:
            async def typed() -> object:
                return await client.alibaba.products.get(offer_id=offer)

            return typed

        async def close() -> None:
            await raw.aclose()
            await sdk.close()
            for http in others.values():
                await http.aclose()

        variants: dict[str, Callable[[], Awaitable[object]]] = {
            "raw": by_hand,
            "generated": generated_function,
            "call": call,
            "typed": typed,
        }
        if alternatives:
            variants.update({name: typed_through(c) for name, c in clients.items()})
        return close, variants


def _request_model(operation_id: str) -> Any:
    module, _, name = sdk_metadata.RESPONSE_MODELS[operation_id].partition(":")
    module = module.removesuffix("_response") + "_request"
    return getattr(importlib.import_module(f"pandapon_api.models.{module}"), name[:-8] + "Request")


_TITLES = {
    "raw": "signed `httpx` post + `json.loads` (baseline)",
    "generated": "the generated function (`get_alibaba_product.sync`/`.asyncio`)",
    "call": '`call("getAlibabaProduct", ...)`',
    "typed": "the typed method (`client.alibaba.products.get`)",
    "one_pool": "the typed method, one connection pool (as before)",
    "bounded": "the typed method, one pool, at most 32 calls in flight",
}


class _Released(httpx.AsyncByteStream):
    def __init__(self, stream: httpx.AsyncByteStream, release: Callable[[], None]) -> None:
        self.stream, self.release, self.open = stream, release, True

    async def __aiter__(self) -> AsyncIterator[bytes]:
        async for chunk in self.stream:
            yield chunk

    async def aclose(self) -> None:
        if self.open:
            self.open = False
            self.release()
        await self.stream.aclose()


class Bounded(httpx.AsyncBaseTransport):
    """One connection pool with at most ``limit`` requests in it (the rest wait outside): the
    alternative to ``pandapon._transport.Pools`` that the bench measures it against."""

    def __init__(self, limit: int, limits: httpx.Limits) -> None:
        self.inner = httpx.AsyncHTTPTransport(limits=limits)
        self.limit = asyncio.Semaphore(limit)

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        await self.limit.acquire()
        try:
            response = await self.inner.handle_async_request(request)
        except BaseException:
            self.limit.release()
            raise
        assert isinstance(response.stream, httpx.AsyncByteStream)
        response.stream = _Released(response.stream, self.limit.release)
        return response

    async def aclose(self) -> None:
        await self.inner.aclose()


class ServerMeter:
    """The zero-work server's CPU seconds per second of the client's work."""

    def __init__(self, server: zero_server.ZeroServer) -> None:
        self.server = server
        self.cpu, self.requests = server.stats()
        self.started = time.perf_counter()

    def share(self) -> tuple[float, float]:
        """(server CPU / wall time, server CPU µs per request) since this meter started."""
        cpu, requests = self.server.stats()
        wall = time.perf_counter() - self.started
        spent = cpu - self.cpu
        return spent / wall, spent / max(requests - self.requests, 1)


@dataclass(frozen=True)
class Measured:
    """A variant's median: seconds per call, or calls per second; and the client's own CPU
    seconds per call (this process only: neither the server nor the machine's other load)."""

    value: float
    cpu: float


def _ratio_rows(medians: dict[str, Measured], unit: str, goal: dict[str, str]) -> list[Row]:
    base = medians["raw"]
    rows = []
    for name, measured in medians.items():
        figure = f"{_figure(measured.value, unit)} (CPU {measured.cpu * 1e6:.0f} µs a call)"
        if name == "raw":
            rows.append(Row(_TITLES[name], figure, "1.00x (CPU 1.00x)"))
            continue
        ratio = measured.value / base.value
        cpu = measured.cpu / base.cpu
        extra = f", {goal[name]}" if name in goal else ""
        rows.append(Row(_TITLES[name], figure, f"{ratio:.2f}x (CPU {cpu:.2f}x{extra})"))
    return rows


def _figure(value: float, unit: str) -> str:
    return f"{value * 1e6:.0f} µs" if unit == "us" else f"{value:.0f}/s"


def _medians(samples: dict[str, list[tuple[float, float]]]) -> dict[str, Measured]:
    return {
        name: Measured(
            statistics.median(v for v, _ in values), statistics.median(c for _, c in values)
        )
        for name, values in samples.items()
    }


T = TypeVar("T")


def _rotation(items: Sequence[T], index: int) -> list[T]:
    """``items`` starting at round ``index``'s turn: who goes first changes every round, so the
    machine's drift during a run hits every variant alike."""
    shift = index % len(items)
    return [*items[shift:], *items[:shift]]


def _interleaved(
    variants: dict[str, Callable[[], object]], calls: int, rounds: int
) -> dict[str, Measured]:
    """Median seconds per call of each variant, and CPU seconds per call; the order rotates
    from round to round, and rounds are short, so that the machine's drift hits all alike."""
    samples: dict[str, list[tuple[float, float]]] = {name: [] for name in variants}
    names = list(variants)
    for name in names:  # warm up: connections, imports, caches
        for _ in range(max(10, calls // 5)):
            variants[name]()
    for index in range(rounds):
        for name in _rotation(names, index):
            run = variants[name]
            start, cpu = time.perf_counter(), time.process_time()
            for _ in range(calls):
                run()
            samples[name].append(
                ((time.perf_counter() - start) / calls, (time.process_time() - cpu) / calls)
            )
    return _medians(samples)


async def _interleaved_async(
    variants: dict[str, Callable[[], Awaitable[object]]], calls: int, rounds: int, tasks: int
) -> dict[str, Measured]:
    """Median seconds per call (one task) or calls per second (``tasks`` > 1) of each variant,
    and CPU seconds per call."""
    samples: dict[str, list[tuple[float, float]]] = {name: [] for name in variants}
    names = list(variants)

    async def batch(run: Callable[[], Awaitable[object]], count: int) -> tuple[float, float]:
        todo = iter(range(count))

        async def worker() -> None:
            for _ in todo:
                await run()

        start, cpu = time.perf_counter(), time.process_time()
        await asyncio.gather(*(worker() for _ in range(tasks)))
        return time.perf_counter() - start, time.process_time() - cpu

    for name in names:  # warm up: open the connections
        await batch(variants[name], max(tasks * 4, calls // 5))
    for index in range(rounds):
        for name in _rotation(names, index):
            seconds, cpu = await batch(variants[name], calls)
            value = seconds / calls if tasks == 1 else calls / seconds
            samples[name].append((value, cpu / calls))
    return _medians(samples)


def zero_work_calls(rounds: Rounds) -> dict[str, list[Row]]:
    """The four callers on a 20 kB product detail from the zero-work server: per call (sync,
    and async with one task), then calls per second with 64 and 128 tasks."""
    answer = _envelope(product_detail(SKUS_20K))
    size = f"{len(answer) / 1e3:.0f} kB"
    sections: dict[str, list[Row]] = {}
    goal = {"typed": "goal <= 1.10x, moonshot <= 1.0x"}
    with zero_server.running({PRODUCT_PATH: answer}) as server:
        callers = Callers(server.url, {"offerId": "600126245031"})
        meter = ServerMeter(server)
        close, sync_variants = callers.sync()
        medians = _interleaved(sync_variants, rounds.calls, rounds.call_rounds)
        close()
        share, per_request = meter.share()
        rows = _ratio_rows(medians, "us", goal)
        rows.append(_server_row(share, per_request))
        sections[f"Per call, sync: a {size} product detail from a zero-work server"] = rows

        async def per_call() -> dict[str, Measured]:
            close, variants = callers.async_()
            try:
                return await _interleaved_async(variants, rounds.calls, rounds.call_rounds, 1)
            finally:
                await close()

        meter = ServerMeter(server)
        medians = asyncio.run(per_call())
        share, per_request = meter.share()
        rows = _ratio_rows(medians, "us", goal)
        rows.append(_server_row(share, per_request))
        sections[f"Per call, async (one task): the same {size} product detail"] = rows

        for tasks in (64, 128):

            async def bulk(tasks: int = tasks) -> dict[str, Measured]:
                close, variants = callers.async_(alternatives=True)
                try:
                    return await _interleaved_async(
                        variants, rounds.async_calls, rounds.async_rounds, tasks
                    )
                finally:
                    await close()

            meter = ServerMeter(server)
            medians = asyncio.run(bulk())
            share, per_request = meter.share()
            rows = _ratio_rows(medians, "rate", {"typed": "goal >= 1.0x"})
            rows.append(_server_row(share, per_request))
            sections[f"Throughput, async, {tasks} tasks: the same {size} product detail"] = rows
    return sections


def _server_row(share: float, per_request: float) -> Row:
    return Row(
        "the zero-work server's own CPU (not the bottleneck while well under 100%)",
        f"{per_request * 1e6:.0f} µs a request",
        f"{share:.0%} of one core",
    )


# -- the evidence store ------------------------------------------------------------------------


def evidence_cost(rounds: Rounds) -> list[Row]:
    """The typed read of the 20 kB product detail from the zero-work server, with the evidence
    store off and on (issue 22: goal <= 1.05x); and the same answer with one field the spec
    lacks, which takes the dict path and the deviation check (pandapon/_shape.py)."""
    answer = _envelope(product_detail(SKUS_20K))
    extra = json.loads(answer)
    extra["data"]["fieldTheSpecLacks"] = 1
    answers = {PRODUCT_PATH: answer, f"/lacking{PRODUCT_PATH}": _wire(extra)}
    with zero_server.running(answers) as server, tempfile.TemporaryDirectory() as folder:
        store = pandapon.EvidenceStore(Path(folder) / "bench.db")
        off = pandapon.PandaPon(KEY, SECRET, USER, base_url=server.url, evidence=False)
        on = pandapon.PandaPon(KEY, SECRET, USER, base_url=server.url, evidence=store)
        lacking = pandapon.PandaPon(
            KEY, SECRET, USER, base_url=f"{server.url}/lacking", evidence=False
        )
        offer = "600126245031"
        variants: dict[str, Callable[[], object]] = {
            "off": lambda: off.alibaba.products.get(offer_id=offer),
            "on": lambda: on.alibaba.products.get(offer_id=offer),
            "lacking": lambda: lacking.alibaba.products.get(offer_id=offer),
        }
        medians = _interleaved(variants, rounds.calls, rounds.call_rounds)
        store.close()
        described = _described(store)
        for client in (off, on, lacking):
            client.close()
    base = medians["off"]
    rows = [
        Row(
            "the typed method, evidence off (baseline)",
            f"{base.value * 1e6:.0f} µs (CPU {base.cpu * 1e6:.0f} µs a call)",
            "1.00x (CPU 1.00x)",
        )
    ]
    on_value = medians["on"]
    rows.append(
        Row(
            f"the typed method, evidence on ({described})",
            f"{on_value.value * 1e6:.0f} µs (CPU {on_value.cpu * 1e6:.0f} µs a call)",
            f"{on_value.value / base.value:.2f}x "
            f"(CPU {on_value.cpu / base.cpu:.2f}x, goal <= 1.05x)",
        )
    )
    other = medians["lacking"]
    rows.append(
        Row(
            "the typed method, evidence off, an answer with one field the spec lacks (the dict "
            "path and the deviation check)",
            f"{other.value * 1e6:.0f} µs (CPU {other.cpu * 1e6:.0f} µs a call)",
            f"{other.value / base.value:.2f}x (CPU {other.cpu / base.cpu:.2f}x)",
        )
    )
    return rows


def _described(store: pandapon.EvidenceStore) -> str:
    from pandapon._evidence_report import export  # noqa: PLC0415

    entries = [e for e in export(store.path)["operations"] if e["operation"] == "getAlibabaProduct"]
    if not entries:
        return "nothing recorded"
    calls, described = entries[0]["calls"], entries[0]["described"]
    return f"{described} of {calls} answers described in full"


def _wire(payload: Any) -> bytes:
    return json.dumps(payload, ensure_ascii=False).encode("utf-8")


# -- many calls in flight, with network latency ---------------------------------------------

LATENCY = 0.05


def latency_throughput(rounds: Rounds) -> list[Row]:
    """128 tasks against a zero-work server that holds every answer 50 ms (a far-away API):
    raw httpx with its default settings against ``AsyncPandaPon`` with its own."""
    answer = _envelope(product_detail(SKUS_20K))
    with zero_server.running({PRODUCT_PATH: answer}, latency=LATENCY) as server:
        callers = Callers(server.url, {"offerId": "600126245031"})

        async def main() -> dict[str, Measured]:
            close, variants = callers.async_(alternatives=True)
            try:
                chosen = {k: variants[k] for k in ("raw", "typed", "one_pool", "bounded")}
                return await _interleaved_async(chosen, 128 * 4, rounds.async_rounds, 128)
            finally:
                await close()

        medians = asyncio.run(main())
    return _ratio_rows(medians, "rate", {"typed": "goal >= 1.0x"})


# -- parsing large responses -----------------------------------------------------------------


def _full(name: str) -> Any:
    """An instance of a schema with every property filled in (the parser's worst case)."""
    return Synthesizer(document()).value({"$ref": f"#/components/schemas/{name}"})


def _envelope(data: Any) -> bytes:
    payload = {"requestId": "0f1e2d3c", "code": 200, "developId": "1", "msg": "成功", "data": data}
    return json.dumps(payload, ensure_ascii=False).encode("utf-8")


def product_detail(count: int) -> dict[str, Any]:
    """A 1688 product with ``count`` SKUs, every property filled in."""
    product: dict[str, Any] = _full("AlibabaProductDetail")
    sku = _full("AlibabaProductSkuInfo")
    skus = []
    for index in range(count):
        one = copy.deepcopy(sku)
        one.update(skuId=5_000_000_000_000 + index, specId=f"{index:032x}", price=f"{index:.2f}")
        skus.append(one)
    product["productSkuInfos"] = skus
    return product


def product_with_skus(count: int = 500) -> bytes:
    return _envelope(product_detail(count))


def order_page(count: int = 200) -> bytes:
    page = _full("AlibabaOrderPage")
    order = _full("AlibabaBuyerViewOrder")
    orders = []
    for index in range(count):
        one = copy.deepcopy(order)
        one["baseInfo"]["id"] = 2_542_285_634_920_880_000 + index
        orders.append(one)
    page.update(totalRecords=count, totalPage=1, pageSize=count, currentPage=1, data=orders)
    return _envelope(page)


def _size(body: bytes) -> str:
    return f"{len(body) / 1e6:.1f} MB" if len(body) > 1e6 else f"{len(body) / 1e3:.0f} kB"


def parse_cost(rounds: Rounds) -> list[Row]:
    """Bytes to typed model: ``json.loads`` alone (the baseline), then the generator's own
    ``from_dict`` after it, then what the SDK does: the typed path for answers of exactly the
    spec's shape (all of these), and the dict path that any other answer takes."""
    rows: list[Row] = []
    cases = (
        ("getAlibabaProduct", f"a 1688 product with {SKUS_20K} SKUs", product_with_skus(SKUS_20K)),
        ("getAlibabaProduct", "a 1688 product with 500 SKUs", product_with_skus(500)),
        ("listAlibabaOrders", "a page of 200 1688 orders", order_page()),
    )
    for operation_id, what, body in cases:
        model = response_model(operation_id)
        decoder = response_decoder(operation_id)
        typed = typed_decoder(operation_id)
        assert typed is not None
        repeat = max(1, int(2_000_000 / len(body)))  # about 2 MB of JSON a sample

        def loads(body: bytes = body, repeat: int = repeat) -> object:
            for _ in range(repeat):
                json.loads(body)
            return None

        def generated(body: bytes = body, model: Any = model, repeat: int = repeat) -> object:
            for _ in range(repeat):
                model.from_dict(json.loads(body))
            return None

        def sdk(body: bytes = body, typed: Any = typed, repeat: int = repeat) -> object:
            for _ in range(repeat):
                typed(body)
            return None

        def msgspec_only(body: bytes = body, repeat: int = repeat) -> object:
            for _ in range(repeat):
                fast_loads(body)
            return None

        def dict_path(body: bytes = body, decoder: Any = decoder, repeat: int = repeat) -> object:
            for _ in range(repeat):
                decoder(fast_loads(body))
            return None

        sdk()  # warm up: imports
        dict_path()
        gc.collect()
        variants: dict[str, Callable[[], object]] = {
            "loads": loads,
            "generated": generated,
            "sdk": sdk,
            "dict": dict_path,
            "msgspec": msgspec_only,
        }
        medians = {k: v / repeat for k, v in _rotated(variants, rounds.parse_rounds).items()}
        base = medians["loads"]
        goal = " (goal <= 1.3x)" if "500" in what else ""
        rows += [
            Row(f"{what} ({_size(body)}): `json.loads` (baseline)", _ms(base), "1.00x"),
            Row(
                f"{what}: `json.loads` + the generated `{model.__name__}.from_dict`",
                _ms(medians["generated"]),
                f"{medians['generated'] / base:.2f}x",
            ),
            Row(
                f"{what}: the SDK (the typed path: msgspec Structs, then the models)",
                _ms(medians["sdk"]),
                f"{medians['sdk'] / base:.2f}x{goal}",
            ),
            Row(
                f"{what}: the SDK's dict path (an answer not of the spec's exact shape)",
                _ms(medians["dict"]),
                f"{medians['dict'] / base:.2f}x",
            ),
            Row(
                f"{what}: of which the JSON to dicts (msgspec, `json.loads` values)",
                _ms(medians["msgspec"]),
                f"{medians['msgspec'] / base:.2f}x",
            ),
        ]
    return rows


def _rotated(variants: dict[str, Callable[[], object]], rounds: int) -> dict[str, float]:
    """Median seconds of each variant, the order rotating from round to round."""
    samples: dict[str, list[float]] = {name: [] for name in variants}
    names = list(variants)
    for index in range(rounds):
        for name in _rotation(names, index):
            start = time.perf_counter()
            variants[name]()
            samples[name].append(time.perf_counter() - start)
    return {name: statistics.median(values) for name, values in samples.items()}


# -- import and regeneration -----------------------------------------------------------------


FIRST_CALL = """
import httpx, pandapon
data = {"code": 200, "data": {"offerId": 1, "productSkuInfos": [{"skuId": 1}]}}
fake = httpx.MockTransport(lambda request: httpx.Response(200, json=data))
with pandapon.PandaPon("k", "s", "u", http_client=httpx.Client(transport=fake)) as client:
    client.alibaba.products.get(offer_id="1")
"""

#: Runs ``CODE`` in a fresh interpreter; prints its seconds and the process's peak RSS (kB).
_TIMED = """
import time
_t = time.perf_counter()
exec(compile({code!r}, "<bench>", "exec"))
_t = time.perf_counter() - _t
# VmHWM: this process's own peak (ru_maxrss would keep the forking parent's across exec).
_kb = [l.split()[1] for l in open("/proc/self/status") if l.startswith("VmHWM:")][0]
print(_t, _kb)
"""


def clean_python() -> Path:
    """A virtual environment with the package's runtime dependencies and nothing else (no dev
    extras: in the dev one, ``import httpx`` also loads rich and click). Made once per set of
    dependencies, under .venv/."""
    pyproject = tomllib.loads((spec_mod.ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    deps = list(pyproject["project"]["dependencies"])
    key = hashlib.sha256("\n".join([sys.version, *deps]).encode()).hexdigest()[:12]
    where = spec_mod.ROOT / ".venv" / f"bench-clean-{key}"
    python = where / "bin" / "python"
    if not (where / "ready").exists():
        subprocess.run([sys.executable, "-m", "venv", "--clear", str(where)], check=True)
        subprocess.run(
            [str(python), "-m", "pip", "install", "--quiet", "--disable-pip-version-check", *deps],
            check=True,
        )
        (where / "ready").touch()
    return python


def import_time(rounds: Rounds) -> dict[str, list[Row]]:
    """Import time and memory in a fresh interpreter of a clean environment: the package from
    this checkout (PYTHONPATH), its runtime dependencies installed, nothing else."""
    python = clean_python()
    env = {
        "PATH": os.environ.get("PATH", ""),
        "PYTHONPATH": os.pathsep.join([str(spec_mod.ROOT), str(spec_mod.ROOT / "generated")]),
    }
    cases = {
        "bare": "pass",
        "httpx": "import httpx",
        "pandapon": "import pandapon",
        "first": FIRST_CALL,
    }

    def run(code: str) -> tuple[float, float]:
        out = subprocess.run(
            [str(python), "-c", _TIMED.format(code=code)],
            check=True,
            env=env,
            capture_output=True,
            text=True,
        ).stdout.split()
        return float(out[0]), float(out[1]) * 1024

    for code in cases.values():
        run(code)  # writes the byte-code caches
    samples: dict[str, list[tuple[float, float]]] = {name: [] for name in cases}
    names = list(cases)
    for index in range(rounds.import_rounds):
        for name in _rotation(names, index):
            samples[name].append(run(cases[name]))
    seconds = {name: statistics.median(s for s, _ in values) for name, values in samples.items()}
    rss = {name: statistics.median(r for _, r in values) for name, values in samples.items()}
    base = seconds["httpx"]
    times = [
        Row("`import httpx` (baseline)", _ms(base), "1.00x"),
        Row(
            "`import pandapon` (httpx included)",
            _ms(seconds["pandapon"]),
            f"{seconds['pandapon'] / base:.2f}x (goal <= 1.25x)",
        ),
        Row(
            "`import pandapon` and a first `getAlibabaProduct` call (mock transport)",
            _ms(seconds["first"]),
            f"{seconds['first'] / base:.2f}x",
        ),
    ]

    def mb(value: float) -> str:
        return f"{value / 2**20:.1f} MB"

    memory = [
        Row("an interpreter that imports nothing (baseline)", mb(rss["bare"]), "1.00x"),
        Row("after `import httpx`", mb(rss["httpx"]), f"{rss['httpx'] / rss['bare']:.2f}x"),
        Row(
            "after `import pandapon`", mb(rss["pandapon"]), f"{rss['pandapon'] / rss['bare']:.2f}x"
        ),
        Row(
            "after a first `getAlibabaProduct` call",
            mb(rss["first"]),
            f"{rss['first'] / rss['bare']:.2f}x",
        ),
    ]
    return {
        "Import time (a fresh interpreter in a clean environment)": times,
        "Memory (peak RSS of that interpreter)": memory,
    }


def regeneration_time(rounds: Rounds) -> list[Row]:
    spec = spec_mod.bundle()
    ops = len(spec_mod.iter_operations(spec))

    def once() -> None:
        with tempfile.TemporaryDirectory() as tmp:
            generation.build(Path(tmp))

    bundle_s = _median_seconds(spec_mod.bundle, rounds.regen_rounds)
    total = _median_seconds(once, rounds.regen_rounds)
    return [
        Row("bundle the spec (baseline)", _ms(bundle_s), "1.00x"),
        Row(f"regenerate the client ({ops} operations)", _ms(total), f"{total / bundle_s:.0f}x"),
    ]


async def _concurrently(total: int, one: Callable[[int], Awaitable[object]]) -> list[float]:
    """Run ``one(i)`` for i < total, CONCURRENCY at a time; the latency of each, in seconds."""
    latencies: list[float] = []
    next_index = iter(range(total))

    async def worker() -> None:
        for index in next_index:
            start = time.perf_counter()
            await one(index)
            latencies.append(time.perf_counter() - start)

    await asyncio.gather(*(worker() for _ in range(CONCURRENCY)))
    return latencies


# -- the sandbox under load ------------------------------------------------------------------


def _p(latencies: list[float], quantile: float) -> float:
    ordered = sorted(latencies)
    return ordered[min(len(ordered) - 1, int(len(ordered) * quantile))]


def sandbox_load(url: str, rounds: Rounds) -> list[Row]:
    """Requests/s and latency of the sandbox, CONCURRENCY clients at once."""
    offer = _first_offer(url)
    skus = _skus(url)
    limits = LIMITS

    async def main() -> dict[str, tuple[float, float, float, float, float]]:
        # One pool of connections for everything: an endpoint measured after the others must not
        # find its connections closed by the server's 5 s keep-alive timeout and reconnect.
        shared = httpx.AsyncClient(base_url=url, limits=limits)
        sdk = pandapon.AsyncPandaPon(
            KEY, SECRET, USER, base_url=url, http_client=shared, max_retries=0
        )

        async def health(_: int) -> None:
            (await shared.get("/_sandbox/health")).raise_for_status()

        async def read(_: int) -> None:
            await sdk.call("getAlibabaProduct", {"offerId": offer})

        async def write(index: int) -> None:
            offer_id, spec_id = skus[index % len(skus)]
            cargo = [{"offerMapId": offer_id, "specId": spec_id, "quantity": 1}]
            await sdk.call(
                "createAlibabaOrder",
                {"flow": "general", "addressParam": ADDRESS, "cargoParamList": cargo},
            )

        kinds: dict[str, Callable[[int], Awaitable[None]]] = {
            "health": health,
            "read": read,
            "write": write,
        }
        results: dict[str, list[tuple[float, float, float]]] = {k: [] for k in kinds}
        async with shared, sdk:
            for one in kinds.values():
                await _concurrently(WARM_UP // 2, one)  # warm up: the first requests run slower
            order = list(kinds.items())
            for index in range(rounds.load_rounds):
                # Rotate which goes first: no endpoint always follows the writes.
                for name, one in _rotation(order, index):
                    start = time.perf_counter()
                    latencies = await _concurrently(rounds.load_requests, one)
                    rate = rounds.load_requests / (time.perf_counter() - start)
                    results[name].append((rate, _p(latencies, 0.5), _p(latencies, 0.99)))
        return {
            name: (
                statistics.median(r[0] for r in runs),
                statistics.median(r[1] for r in runs),
                statistics.median(r[2] for r in runs),
                min(r[0] for r in runs),
                max(r[0] for r in runs),
            )
            for name, runs in results.items()
        }

    measured = asyncio.run(main())
    base_rate = measured["health"][0]
    titles = {
        "health": "`GET /_sandbox/health`, plain httpx (baseline: no auth check, no state)",
        "read": "read: `getAlibabaProduct` through `AsyncPandaPon`",
        "write": "write: `createAlibabaOrder` through `AsyncPandaPon`",
    }
    rows = []
    for name, (rate, p50, p99, low, high) in measured.items():
        ratio = "1.00x" if name == "health" else f"{rate / base_rate:.2f}x of the baseline's rate"
        figure = f"{rate:.0f} req/s (rounds: {low:.0f}-{high:.0f}), p50 {_ms(p50)}, p99 {_ms(p99)}"
        rows.append(Row(titles[name], figure, ratio))
    return rows


# -- the sandbox's state as it grows ----------------------------------------------------------

STATE_SIZES = (1_000, 10_000, 100_000)


def _grown(size: int, db_path: Path | None = None) -> sandbox.SandboxApp:
    """A sandbox holding ``size`` 1688 orders: copies of a seeded one, written in one go."""
    app = sandbox.SandboxApp(sandbox.SandboxConfig(db_path=str(db_path) if db_path else None))
    store = app.state.store
    template = store.select(ORDERS, limit=1)[0]
    with store.transaction():
        for _ in range(size - store.count(ORDERS)):
            order = copy.deepcopy(template)
            order["id"] = store.next_id("1688.order", 2_542_285_634_920_881_000)
            store.put(ORDERS, order)
    return app


class _StateCalls:
    """The requests measured, handled in process by ``SandboxApp.handle`` (validation, the
    transaction, the handler; no HTTP)."""

    def __init__(self, app: sandbox.SandboxApp) -> None:
        self.app = app
        self.ops = operations()
        detail = self.handle("getAlibabaProduct", {"offerId": 600126245031})
        self.offer = detail["offerId"]
        self.specs = [s["specId"] for s in detail["productSkuInfos"]]
        self.oldest = app.state.store.select(ORDERS, limit=1)[0]["id"]

    def handle(
        self, operation_id: str, body: dict[str, Any] | None, params: dict[str, str] | None = None
    ) -> Any:
        raw = json.dumps(body).encode() if body is not None else b""
        _, payload = self.app.handle(self.ops[operation_id], raw, params or {})
        if payload["code"] != 200:
            raise RuntimeError(payload)
        return payload["data"]

    def measure(self, calls: int, samples: dict[str, list[float]]) -> None:
        created = []
        for index in range(calls):
            cargo = [{"offerMapId": self.offer, "specId": self.specs[index % len(self.specs)]}]
            start = time.perf_counter()
            order = self.handle(
                "createAlibabaOrder",
                {"flow": "general", "addressParam": ADDRESS, "cargoParamList": cargo},
            )
            samples["create"].append(time.perf_counter() - start)
            created.append(order["orderId"])
        reads: dict[str, Callable[[], Any]] = {
            "pay": lambda: self.handle("payAlibabaOrder", None, {"orderId": created.pop()}),
            "by id": lambda: self.handle("listAlibabaOrders", {"orderIds": [self.oldest]}),
            "page": lambda: self.handle("listAlibabaOrders", {"page": 1, "pageSize": 20}),
            "product": lambda: self.handle("getAlibabaProduct", {"offerId": self.offer}),
        }
        for name, call in reads.items():
            for _ in range(calls):
                start = time.perf_counter()
                call()
                samples[name].append(time.perf_counter() - start)


def sandbox_state(rounds: Rounds) -> list[Row]:
    """What one request costs as the sandbox's state grows, in memory and on disk (--db)."""
    with tempfile.TemporaryDirectory() as tmp:
        cases = {f"{size // 1000}k orders": _grown(size) for size in STATE_SIZES}
        for size in (STATE_SIZES[0], STATE_SIZES[-1]):
            path = Path(tmp) / f"{size}.sqlite"
            cases[f"{size // 1000}k orders on disk (`--db`)"] = _grown(size, path)
        calls = {name: _StateCalls(app) for name, app in cases.items()}
        kinds = ("create", "pay", "by id", "page", "product")
        samples: dict[str, dict[str, list[float]]] = {
            name: {kind: [] for kind in kinds} for name in cases
        }
        for one in calls.values():
            one.measure(max(10, rounds.state_calls // 5), {kind: [] for kind in kinds})  # warm up
        names = list(calls)
        for index in range(rounds.state_rounds):
            # Rotate which size goes first, so that drift hits them alike.
            for name in _rotation(names, index):
                calls[name].measure(rounds.state_calls, samples[name])
        for app in cases.values():
            app.state.store.close()
    medians = {
        name: {kind: statistics.median(values) for kind, values in kinds_.items()}
        for name, kinds_ in samples.items()
    }
    titles = {
        "create": "write: `createAlibabaOrder` (a new order, stock taken)",
        "pay": "write: `payAlibabaOrder` (an order changed)",
        "by id": "read: `listAlibabaOrders` by `orderIds` (one old order)",
        "page": "read: `listAlibabaOrders`, the newest 20 and the total",
        "product": "read: `getAlibabaProduct`",
    }
    baselines = {False: "1k orders", True: "1k orders on disk (`--db`)"}
    rows = []
    for kind in kinds:
        for name in cases:
            base = medians[baselines["disk" in name]][kind]
            ratio = medians[name][kind] / base
            target = " (target <= 1.5x)" if kind == "create" and name == "100k orders" else ""
            rows.append(
                Row(
                    f"{titles[kind]} with {name}"
                    + (" (baseline)" if name in baselines.values() else ""),
                    _ms(medians[name][kind]),
                    f"{ratio:.2f}x{target}",
                )
            )
    return rows


# -- the report ------------------------------------------------------------------------------


def machine() -> str:
    cpu = platform.processor() or platform.machine()
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass

    def version(name: str) -> str:
        try:
            return importlib.metadata.version(name)
        except importlib.metadata.PackageNotFoundError:
            return "not installed"

    libraries = ", ".join(
        f"{name} {version(name)}"
        for name in ("httpx", "httpcore", "anyio", "msgspec", "uvicorn", "attrs")
    )
    return (
        f"{platform.platform()}, {cpu}, {os.cpu_count()} CPUs, "
        f"Python {platform.python_version()}; {libraries}; sniffio {version('sniffio')}."
    )


NOTES = """\
Notes:

- Before issue 16 (commit 8cb6a56, measured on this machine with the same zero-work server and
  the same method): the typed method cost 1.31x a raw httpx call + `json.loads` (sync) and 1.24x
  (async, one task); at 128 tasks `AsyncPandaPon` made 0.93x raw httpx's calls per second;
  `import pandapon` took 1.49x `import httpx` in the clean environment; parsing was what the
  rows of the generated `from_dict` above show (2.1x to 2.3x `json.loads`).
- The zero-work server (`scripts/benchmarks/zero_server.py`) is a raw asyncio protocol in a process
  of its own that answers every request with bytes prepared in advance: no routing, no JSON, no auth
  check. Its CPU use is shown under each section (per request, and as a share of one core over the
  section): while it stays well under a core, the client is what is measured.
- The baseline signs with `pandapon.PandaPonAuth`, posts the body and decodes the answer with
  `json.loads`. The generated function is openapi-python-client's `get_alibaba_product` through
  `client.generated_client` (its own `from_dict`, no validation); `call()` and the typed method
  also check the input, read the answer in chunks within the deadline and the size cap, check
  the envelope and build the typed model. Every variant has its own connection pool, warmed up
  first. Rounds are short (40 calls) and many, in an order that rotates; beside each wall-clock
  median is the client's own CPU per call (`time.process_time` of this process), which the
  machine's other load moves less.
- Decoding: `json.loads` + the generator's `from_dict` cost about 2x `json.loads` alone (the attrs
  models' construction, a dict copy and a `pop` per field, a nested function defined per union
  field). The SDK now takes an answer in one of two ways, both compiled by `make generate` from the
  spec (`pandapon_api/decoders/`, scripts/codegen/decoders.py). An answer of exactly the spec's
  shape (no field the spec lacks, every value of a type it allows: all the answers measured here) is
  decoded by msgspec straight into Structs of that shape, and the attrs models are built from them
  by attribute access. Any other answer is decoded by msgspec into dicts (to the very values
  `json.loads` gives; what msgspec would read differently, such as NaN or a lone surrogate, goes to
  `json.loads`) and built by straight-line decoders, one `dict.get` per field and one positional
  `__init__` per model, which fall back to the generator's `from_dict` for shapes the spec does not
  describe. Either way the models are the ones `from_dict` builds (tests/sdk/test_decoders.py). What
  remains is creating the attrs objects (one call and an `additional_properties` dict per object)
  and the garbage collector scanning them: the floor for the classes users have.
- Bulk: httpcore's connection pool scans all its connections and waiting requests whenever a
  request starts or ends, so its cost per call grows with the calls in flight; at 128 tasks it
  was most of the client's CPU. `AsyncPandaPon` now sends through four pools, each call to the
  least busy (one call at a time always uses the first, so sequential use opens one
  connection); the connection limit over all pools is the same. The alternative, one pool with
  a cap on calls in flight, is as cheap per call but caps throughput at cap / latency: against
  the server 50 ms away it falls behind raw httpx (the rows above).
- TLS (issue 27): the zero-work server over HTTPS on loopback, with a certificate `trustme`
  makes for the run (trusted through `SSL_CERT_FILE`), counting the connections it accepts;
  the 21 kB product detail; the typed method against a signed `httpx` post + `json.loads`.
  Before each measured batch every variant sends one call per task (its connections open, as
  in steady use), so "of calls connect" is what steady use costs: a TCP connect and a TLS
  handshake each (about 1-2 ms of client CPU here). Raw httpx keeps 20 of its 100
  connections, so with 50 ms of latency most of its calls connect. The SDK keeps all 100 and
  spreads them over 16 pools. The other rows are the SDK with other settings (`Pools` with
  those limits, as `http_client=`): one pool keeps its connections too, but its scans cost
  more than the handshakes saved; 4 pools do as well as 16 at 32 tasks and fall back towards
  raw httpx at 128; 32 pools (3 connections each) do about as well as 16, better or worse
  from table to table, and open a few more connections at 32 tasks. The run shared the
  machine's 2 cores with other work (a load average of 4 to 8): ratios within a table are
  what counts.
- Bulk, CPU per record (issue 27): the client process's CPU for a whole `bulk.arun` (signing,
  HTTP, reading, writing the line) divided by the records. By default a record's `data` is
  the answer's JSON as sent (decoded by msgspec into dicts, then `json.dumps`); `typed=True`
  (CLI `--typed`) builds the typed model first and turns it back with `to_dict`.
- Import time is measured in a fresh interpreter of a virtual environment with the runtime
  dependencies only (in the dev one, `import httpx` also loads rich and click), the package from
  this checkout. `import pandapon` loads httpx and what a client needs; attrs and the generated
  types, the 5,000-line resource tree, the models, msgspec, anyio, difflib and decimal load with
  the first call that needs them (the row after).
- The sandbox runs in its own process (uvicorn, one worker); the clients run in this one. Both
  share the machine's CPUs, and on 2 cores the single Python client saturates first: the load
  figures measure the client as much as the sandbox, and swing a lot from round to round (the
  range is shown).
- The sandbox's state is SQLite, a row per record and a transaction per request (rolled back on
  error): a write touches only its own rows, and lists read their page through an index (the
  total comes from a maintained count), so neither grows with the number of orders. Before,
  every write snapshotted the whole state for rollback and `--db` rewrote every collection: a
  create cost 1.6 ms at 200 orders, 12 ms at 5k and 27 ms at 10k. The orders of the state
  section are copies of a seeded order written in one transaction; each size is a sandbox of its
  own, measured in turn within each round.
- The evidence store (issue 22) counts every answer in memory (a few dictionary updates) and
  writes to SQLite every 2 s from a thread of its own; an answer that fits the spec is described
  in full (loaded into dicts again and walked: about 1 ms for this 20 kB answer) for the first
  four of each operation, then only while that work stays under 2% of the calls' own time (the
  row says how many were). An answer with a field the spec lacks cannot take the typed path: it
  pays the failed typed attempt, the dict decode and the deviation check (a walk of the answer
  against the spec, about 0.15 ms here, which tolerant reading needs to find each deviation);
  against PandaPon's real round trips (tens of milliseconds) that is well under 1%.
- Bulk at the ceiling: `pandapon.bulk.arun` (what `pandapon 1688 details` runs) against
  `scripts/benchmarks/ceiling_server.py`, whose token bucket holds a tenth of a second's worth of
  calls. The rate is the served calls over the time between the first and the last; "fixed" keeps
  the client's own retries of a 429 (backoff) and puts an id answered 429 five times more back in
  the queue, then gives up on it. The adaptive limit (`bulk.AdaptiveConcurrency`) starts at 1 call
  in flight; the test (tests/sdk/test_bulk.py) asserts that no id is lost or fetched twice and that
  at most 2% of calls meet a 429 at --concurrency 16 and 128, never the rate.
- Without `sniffio` installed (anyio >= 4.11 no longer pulls it in), httpcore attempts a failing
  `import sniffio` for every async lock it creates (encode/httpcore#1103): raw httpx and
  `AsyncPandaPon` pay it alike.
"""


def sandbox_calls(url: str, rounds: Rounds) -> list[Row]:
    """The four callers against the sandbox (which validates, signs and builds its answer)."""
    callers = Callers(url, {"offerId": _first_offer(url)})
    close, variants = callers.sync()
    try:
        medians = _interleaved(variants, rounds.calls, rounds.call_rounds)
    finally:
        close()
    return _ratio_rows(medians, "us", {})


PARTS = (
    "zero",
    "evidence",
    "latency",
    "tls",
    "parse",
    "import",
    "regen",
    "sandbox",
    "state",
    "bulk",
)


def report(parts: set[str], rounds: Rounds) -> str:
    """BENCHMARKS.md's text: the sections of ``parts``, measured with ``rounds``."""
    started = time.perf_counter()
    sections: dict[str, list[Row]] = {}
    if "zero" in parts:
        sections.update(zero_work_calls(rounds))
    if "evidence" in parts:
        title = "Per call, sync: the typed read with the evidence store off and on"
        sections[title] = evidence_cost(rounds)
    if "latency" in parts:
        title = f"Throughput, async, 128 tasks, {LATENCY * 1000:.0f} ms of latency per answer"
        sections[title] = latency_throughput(rounds)
    if "tls" in parts:
        answer = _envelope(product_detail(SKUS_20K))
        for title, table in bench_tls.tls_throughput(answer, rounds.tls_rounds).items():
            sections[title] = [Row(*row) for row in table]
    if "parse" in parts:
        sections["Parsing: bytes to typed models (in process)"] = parse_cost(rounds)
    if "import" in parts:
        sections.update(import_time(rounds))
    if "sandbox" in parts:
        with sandbox.as_process() as url:
            sections["Per call, sync, against the sandbox (its own work included)"] = sandbox_calls(
                url, rounds
            )
            sections[f"The sandbox under load ({CONCURRENCY} concurrent clients)"] = sandbox_load(
                url, rounds
            )
    if "state" in parts:
        sections["The sandbox's state as it grows (in process, no HTTP)"] = sandbox_state(rounds)
    if "regen" in parts:
        sections["Regeneration"] = regeneration_time(rounds)
    if "bulk" in parts:
        title = (
            f"Bulk at the ceiling: {bench_bulk.IDS} ids, a server allowing R = {bench_bulk.R} "
            f"calls/s ({bench_bulk.LATENCY * 1000:.0f} ms latency, 429 beyond)"
        )
        sections[title] = [Row(*row) for row in bench_bulk.bulk_at_ceiling(rounds.bulk_rounds)]
        title = (
            f"Bulk, CPU per record: {bench_bulk.RECORDS} product details (21 kB) from a "
            f"zero-work server, {bench_bulk.RECORD_CONCURRENCY} in flight"
        )
        answer = _envelope(product_detail(SKUS_20K))
        records = bench_bulk.per_record_cpu(answer, rounds.record_rounds)
        sections[title] = [Row(*row) for row in records]
    lines = [
        "# Benchmarks",
        "",
        "Written by `make bench`. Each figure is a median over repeated rounds and is compared",
        "with a baseline measured in the same run; absolute times vary from machine to machine.",
        "",
        f"Machine: {machine()}",
    ]
    for title, rows in sections.items():
        lines += ["", f"## {title}", "", "| what | median | ratio |", "|---|---|---|"]
        lines += [f"| {row.what} | {row.figure} | {row.ratio} |" for row in rows]
    lines += ["", NOTES.rstrip(), "", f"The whole run took {time.perf_counter() - started:.0f} s."]
    return "\n".join(lines) + "\n"
