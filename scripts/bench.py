"""`make bench`: benchmarks, each a ratio against a baseline measured in the same run.

Results go to BENCHMARKS.md with a description of the machine. Nothing here is a pass/fail
assertion; these machines are noisy, so every figure is a median over repeated rounds, and the
two sides of a comparison alternate within each round so that drift hits both alike.

    python -m scripts.bench            # everything (about a minute and a half on 2 cores)
    python -m scripts.bench --quick    # fewer rounds, for trying a change
"""

from __future__ import annotations

import argparse
import asyncio
import copy
import importlib.metadata
import json
import os
import platform
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import httpx

import pandapon
from pandapon import sandbox
from pandapon._base_client import _response_model
from pandapon._spec import document, operations
from pandapon.sandbox._synth import Synthesizer
from pandapon.sandbox.alibaba.records import ORDERS
from scripts import generate
from scripts import spec as spec_mod

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

    calls: int = 150  # per-call cost: calls per side per round
    call_rounds: int = 15
    async_calls: int = 600  # async throughput: calls per side per round
    async_rounds: int = 5
    parse_rounds: int = 15
    import_rounds: int = 21
    regen_rounds: int = 3
    load_requests: int = 500  # sandbox load: requests per endpoint per round
    load_rounds: int = 6
    state_calls: int = 100  # sandbox state: calls per operation per round, at each size
    state_rounds: int = 6


QUICK = Rounds(50, 3, 200, 2, 5, 7, 1, 300, 1, 50, 2)


def _median_seconds(run: Callable[[], object], rounds: int) -> float:
    samples = []
    for _ in range(rounds):
        start = time.perf_counter()
        run()
        samples.append(time.perf_counter() - start)
    return statistics.median(samples)


def _alternating(
    baseline: Callable[[], object], candidate: Callable[[], object], rounds: int
) -> tuple[float, float]:
    """Median seconds of each, alternating which goes first from one round to the next."""
    base: list[float] = []
    cand: list[float] = []
    for index in range(rounds):
        order = [(baseline, base), (candidate, cand)]
        for run, samples in order if index % 2 == 0 else reversed(order):
            start = time.perf_counter()
            run()
            samples.append(time.perf_counter() - start)
    return statistics.median(base), statistics.median(cand)


def _ms(seconds: float) -> str:
    return f"{seconds * 1000:.2f} ms" if seconds < 0.1 else f"{seconds * 1000:.0f} ms"


def _us(seconds: float) -> str:
    return f"{seconds * 1e6:.0f} µs"


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


# -- per-call cost ---------------------------------------------------------------------------


def _per_call(
    rounds: Rounds, raw: httpx.Client, sdk: pandapon.PandaPon, body: dict[str, Any]
) -> tuple[float, float]:
    """Seconds per call: a hand-written signed ``httpx`` request, then ``PandaPon.call``."""
    path = "/v2/alibaba/product/detail/get"
    content = json.dumps(body, ensure_ascii=False, separators=(",", ":")).encode()

    def by_hand() -> None:
        for _ in range(rounds.calls):
            response = raw.post(path, content=content, headers={"content-type": "application/json"})
            payload = response.json()
            if payload["code"] != 200:
                raise RuntimeError(payload)

    def through_sdk() -> None:
        for _ in range(rounds.calls):
            sdk.call("getAlibabaProduct", body)

    with raw, sdk:
        by_hand()  # warm up: connections, imports, caches
        through_sdk()
        base, cand = _alternating(by_hand, through_sdk, rounds.call_rounds)
    return base / rounds.calls, cand / rounds.calls


def per_call_cost(url: str, rounds: Rounds) -> list[Row]:
    """``PandaPon.call`` against a hand-written signed httpx request, same endpoint and body:
    on loopback, and on a mock transport replaying the sandbox's answer (the client side alone,
    without the server's time and its noise)."""
    body = {"offerId": _first_offer(url)}
    auth = pandapon.PandaPonAuth(KEY, SECRET, USER)
    loop_base, loop_sdk = _per_call(
        rounds,
        httpx.Client(base_url=url, auth=auth),
        pandapon.PandaPon(KEY, SECRET, USER, base_url=url),
        body,
    )
    with pandapon.PandaPon(KEY, SECRET, USER, base_url=url) as client:
        answer = client.call_raw("getAlibabaProduct", body).text.encode()
    replay = httpx.MockTransport(lambda _request: httpx.Response(200, content=answer))
    mock_base, mock_sdk = _per_call(
        rounds,
        httpx.Client(base_url=url, auth=auth, transport=replay),
        pandapon.PandaPon(
            KEY, SECRET, USER, base_url=url, http_client=httpx.Client(transport=replay)
        ),
        body,
    )
    return [
        Row(
            "loopback: signed `httpx.Client.post` + `response.json()` (baseline)",
            _us(loop_base),
            "1.00x",
        ),
        Row(
            "loopback: `PandaPon.call` (validate, sign, send, parse into the model)",
            f"{_us(loop_sdk)} ({(loop_sdk - loop_base) * 1e6:+.0f} µs)",
            f"{loop_sdk / loop_base:.2f}x (target <= 1.10x)",
        ),
        Row("mock transport: the same hand-written request (baseline)", _us(mock_base), "1.00x"),
        Row(
            "mock transport: `PandaPon.call`",
            f"{_us(mock_sdk)} ({(mock_sdk - mock_base) * 1e6:+.0f} µs)",
            f"{mock_sdk / mock_base:.2f}x",
        ),
    ]


# -- async throughput ------------------------------------------------------------------------


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


def async_throughput(url: str, rounds: Rounds) -> list[Row]:
    """``AsyncPandaPon`` against raw ``httpx.AsyncClient``, CONCURRENCY calls in flight."""
    body = {"offerId": _first_offer(url)}
    path = "/v2/alibaba/product/detail/get"
    content = json.dumps(body, ensure_ascii=False, separators=(",", ":")).encode()
    headers = {"content-type": "application/json"}
    limits = LIMITS

    async def main() -> tuple[float, float]:
        auth = pandapon.PandaPonAuth(KEY, SECRET, USER)
        raw = httpx.AsyncClient(base_url=url, auth=auth, limits=limits)
        sdk = pandapon.AsyncPandaPon(
            KEY,
            SECRET,
            USER,
            base_url=url,
            http_client=httpx.AsyncClient(base_url=url, limits=limits),
        )

        async def by_hand(_: int) -> None:
            response = await raw.post(path, content=content, headers=headers)
            if response.json()["code"] != 200:
                raise RuntimeError(response.text)

        async def through_sdk(_: int) -> None:
            await sdk.call("getAlibabaProduct", body)

        base: list[float] = []
        cand: list[float] = []
        async with raw, sdk:
            # Warm up: open the connections; the first thousand or so requests of a process
            # run markedly slower on this kind of machine.
            await _concurrently(WARM_UP, by_hand)
            await _concurrently(WARM_UP, through_sdk)
            for index in range(rounds.async_rounds):
                order = [(by_hand, base), (through_sdk, cand)]
                for one, samples in order if index % 2 == 0 else reversed(order):
                    start = time.perf_counter()
                    await _concurrently(rounds.async_calls, one)
                    samples.append(rounds.async_calls / (time.perf_counter() - start))
        return statistics.median(base), statistics.median(cand)

    base, cand = asyncio.run(main())
    return [
        Row(
            f"raw `httpx.AsyncClient`, {CONCURRENCY} in flight (baseline)", f"{base:.0f}/s", "1.00x"
        ),
        Row(
            f"`AsyncPandaPon.call`, {CONCURRENCY} in flight",
            f"{cand:.0f}/s",
            f"{cand / base:.2f}x (target >= 0.9x)",
        ),
    ]


# -- parsing large responses -----------------------------------------------------------------


def _full(name: str) -> Any:
    """An instance of a schema with every property filled in (the parser's worst case)."""
    return Synthesizer(document()).value({"$ref": f"#/components/schemas/{name}"})


def _envelope(data: Any) -> bytes:
    payload = {"requestId": "0f1e2d3c", "code": 200, "developId": "1", "msg": "成功", "data": data}
    return json.dumps(payload, ensure_ascii=False).encode("utf-8")


def product_with_skus(count: int = 500) -> bytes:
    product = _full("AlibabaProductDetail")
    sku = _full("AlibabaProductSkuInfo")
    skus = []
    for index in range(count):
        one = copy.deepcopy(sku)
        one.update(skuId=5_000_000_000_000 + index, specId=f"{index:032x}", price=f"{index:.2f}")
        skus.append(one)
    product["productSkuInfos"] = skus
    return _envelope(product)


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


def parse_cost(rounds: Rounds) -> list[Row]:
    rows: list[Row] = []
    cases = (
        ("getAlibabaProduct", "a 1688 product with 500 SKUs", product_with_skus()),
        ("listAlibabaOrders", "a page of 200 1688 orders", order_page()),
    )
    for operation_id, what, body in cases:
        model = _response_model(operation_id)
        fake = httpx.MockTransport(lambda _request, body=body: httpx.Response(200, content=body))
        client = pandapon.PandaPon(
            KEY, SECRET, USER, http_client=httpx.Client(transport=fake), max_retries=0
        )
        args: dict[str, Any] = (
            {"offerId": "1"} if operation_id == "getAlibabaProduct" else {"pageSize": 50}
        )
        size = f"{len(body) / 1e6:.2f} MB" if len(body) > 1e6 else f"{len(body) / 1e3:.0f} kB"
        with client:
            client.call(operation_id, args)  # warm up: imports

            def loads(body: bytes = body) -> object:
                return json.loads(body)

            def through_model(body: bytes = body, model: Any = model) -> object:
                return model.from_dict(json.loads(body))

            def through_call(
                operation_id: str = operation_id, args: Any = args, client: Any = client
            ) -> object:
                return client.call(operation_id, args)

            base = _median_seconds(loads, rounds.parse_rounds)
            parsed = _median_seconds(through_model, rounds.parse_rounds)
            called = _median_seconds(through_call, rounds.parse_rounds)
        rows += [
            Row(f"{what} ({size}): `json.loads` (baseline)", _ms(base), "1.00x"),
            Row(
                f"{what}: `json.loads` + `{model.__name__}.from_dict`",
                _ms(parsed),
                f"{parsed / base:.2f}x",
            ),
            Row(
                f"{what}: the whole `PandaPon.call` over a mock transport",
                _ms(called),
                f"{called / base:.2f}x",
            ),
        ]
    return rows


# -- import and regeneration -----------------------------------------------------------------


FIRST_CALL = """
import httpx, pandapon
data = {"code": 200, "data": {"offerId": 1, "productSkuInfos": [{"skuId": 1}]}}
fake = httpx.MockTransport(lambda request: httpx.Response(200, json=data))
with pandapon.PandaPon("k", "s", "u", http_client=httpx.Client(transport=fake)) as client:
    client.alibaba.products.get(offer_id="1")
"""


def import_time(rounds: Rounds) -> list[Row]:
    # As installed: byte-code cached (this checkout may run with PYTHONDONTWRITEBYTECODE set).
    env = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}

    def fresh(code: str) -> float:
        def run() -> None:
            subprocess.run([sys.executable, "-c", code], check=True, env=env)

        run()  # writes the byte-code caches
        return _median_seconds(run, rounds.import_rounds)

    bare = fresh("pass")
    httpx_s = fresh("import httpx") - bare
    sdk_s = fresh("import pandapon") - bare
    first_s = fresh(FIRST_CALL) - bare
    return [
        Row("`import httpx` (baseline)", _ms(httpx_s), "1.00x"),
        Row(
            "`import pandapon` (httpx included)",
            _ms(sdk_s),
            f"{sdk_s / httpx_s:.2f}x (target <= 2x)",
        ),
        Row(
            "`import pandapon` and a first `getAlibabaProduct` call (mock transport)",
            _ms(first_s),
            f"{first_s / httpx_s:.2f}x",
        ),
    ]


def regeneration_time(rounds: Rounds) -> list[Row]:
    spec = spec_mod.bundle()
    ops = len(spec_mod.iter_operations(spec))

    def once() -> None:
        with tempfile.TemporaryDirectory() as tmp:
            generate.build(Path(tmp))

    bundle_s = _median_seconds(spec_mod.bundle, rounds.regen_rounds)
    total = _median_seconds(once, rounds.regen_rounds)
    return [
        Row("bundle the spec (baseline)", _ms(bundle_s), "1.00x"),
        Row(f"regenerate the client ({ops} operations)", _ms(total), f"{total / bundle_s:.0f}x"),
    ]


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
                await _concurrently(WARM_UP // 2, one)  # warm up (see async_throughput)
            order = list(kinds.items())
            for index in range(rounds.load_rounds):
                # Rotate which goes first: no endpoint always follows the writes.
                shift = index % len(order)
                for name, one in order[shift:] + order[:shift]:
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
            for name in names[index % len(names) :] + names[: index % len(names)]:
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
        f"{name} {version(name)}" for name in ("httpx", "httpcore", "anyio", "uvicorn", "attrs")
    )
    return (
        f"{platform.platform()}, {cpu}, {os.cpu_count()} CPUs, "
        f"Python {platform.python_version()}; {libraries}; sniffio {version('sniffio')}."
    )


NOTES = """\
Notes:

- The sandbox runs in its own process (uvicorn, one worker); the clients run in this one. Both
  share the machine's CPUs, and on 2 cores the single Python client saturates first (a profile
  of the server shows it idle in epoll most of the time): the load figures measure the client
  as much as the sandbox, and swing a lot from round to round (the range is shown).
- Per-call cost and async throughput call `getAlibabaProduct` (a product with 8 SKUs) on the
  sandbox over loopback; the baseline signs with `pandapon.PandaPonAuth` and decodes the JSON,
  the SDK also validates the input and builds the typed model.
- The large responses have every property of every object filled in (the parser's worst case).
  Before the generator template overrides in `scripts/templates/openapi-python-client/`
  (`union_property.py.jinja`, `model.py.jinja`), `json.loads` + `from_dict` cost 4.7x
  `json.loads` for the product and 5.2x for the order page on this machine; before
  `models_init.py.jinja`, the first call of a process loaded all ~300 models (about 330 ms).
  What remains is mostly object creation (attrs `__init__`, one dict copy per object) and the
  garbage collector running over the new objects.
- Per call, the SDK's own work (on a mock transport) is about 40 µs: the input check, building
  the typed model and signing; caching the request URL per operation took 30 µs off it.
- The sandbox's state is SQLite, a row per record and a transaction per request (rolled back on
  error): a write touches only its own rows, and lists read their page through an index (the
  total comes from a maintained count), so neither grows with the number of orders. Before,
  every write snapshotted the whole state for rollback and `--db` rewrote every collection: a
  create cost 1.6 ms at 200 orders, 12 ms at 5k and 27 ms at 10k. The orders of the state
  section are copies of a seeded order written in one transaction; each size is a sandbox of its
  own, measured in turn within each round.
- Without `sniffio` installed (anyio >= 4.11 no longer pulls it in), httpcore attempts a failing
  `import sniffio` for every async lock it creates (encode/httpcore#1103): raw httpx and
  `AsyncPandaPon` pay it alike.
"""


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--quick", action="store_true", help="fewer rounds")
    args = parser.parse_args(argv)
    rounds = QUICK if args.quick else Rounds()
    started = time.perf_counter()
    sections: dict[str, list[Row]] = {}
    with sandbox.as_process() as url:
        sections["Per-call cost (sync)"] = per_call_cost(url, rounds)
        sections["Async throughput"] = async_throughput(url, rounds)
    sections["Parsing a large response"] = parse_cost(rounds)
    sections["Import time (fresh interpreter, start-up subtracted)"] = import_time(rounds)
    sections["Regeneration"] = regeneration_time(rounds)
    with sandbox.as_process() as url:
        sections[f"The sandbox under load ({CONCURRENCY} concurrent clients)"] = sandbox_load(
            url, rounds
        )
    sections["The sandbox's state as it grows (in process, no HTTP)"] = sandbox_state(rounds)
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
    text = "\n".join(lines) + "\n"
    if not args.quick:
        OUT.write_text(text, encoding="utf-8")
    print(text)
    return 0


if __name__ == "__main__":
    sys.exit(main())
