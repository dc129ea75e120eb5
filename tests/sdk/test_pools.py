"""``AsyncPandaPon`` sends through several connection pools (pandapon._transport.Pools): each
request to the least busy, the counts kept right whatever happens to the request."""

from __future__ import annotations

import asyncio
import json
from pathlib import Path
from typing import Any

import httpx
import pytest

import pandapon
from pandapon._transport import LIMITS, POOLS, Pools
from scripts.benchmarks import zero_server
from tests.support.fakes import KEY, SECRET, USER

ENVELOPE = {"code": 200, "msg": "成功", "requestId": "r", "data": {"offerId": 1}}


def _client(url: str = "http://pandapon.test", **options: Any) -> pandapon.AsyncPandaPon:
    return pandapon.AsyncPandaPon(KEY, SECRET, USER, base_url=url, **options)


def _mocked(pools: Pools, handler: Any) -> list[int]:
    """Replace each pool by a mock transport; returns the list of requests each one got."""
    seen = [0] * len(pools.pools)

    def counting(index: int) -> httpx.MockTransport:
        async def handle(request: httpx.Request) -> httpx.Response:
            seen[index] += 1
            return await handler(request)

        return httpx.MockTransport(handle)

    pools.pools = [counting(i) for i in range(len(pools.pools))]  # type: ignore[misc]
    return seen


def test_the_default_async_client_has_the_pools_and_a_given_one_is_left_alone() -> None:
    client = _client()
    transport = client._http._transport
    assert isinstance(transport, Pools) and len(transport.pools) == POOLS
    assert transport.busy == [0] * POOLS
    given = httpx.AsyncClient()
    assert _client(http_client=given)._http._transport is given._transport
    # The sync client is unchanged: one pool.
    sync = pandapon.PandaPon(KEY, SECRET, USER, base_url="http://pandapon.test")
    assert isinstance(sync._http._transport, httpx.HTTPTransport)


def test_the_pools_share_the_connection_limits() -> None:
    pools = Pools(LIMITS)
    per_pool = [p._pool._max_connections for p in pools.pools]
    assert sum(per_pool) == LIMITS.max_connections
    # Every connection opened is kept for reuse.
    assert [p._pool._max_keepalive_connections for p in pools.pools] == per_pool
    # Fewer connections than pools: fewer pools, one connection each.
    few = Pools(httpx.Limits(max_connections=5, max_keepalive_connections=5))
    assert [p._pool._max_connections for p in few.pools] == [1] * 5
    unlimited = Pools(httpx.Limits(max_connections=None), 3).pools[0]._pool._max_connections
    assert (
        unlimited
        == httpx.AsyncHTTPTransport(
            limits=httpx.Limits(max_connections=None)
        )._pool._max_connections
    )


def test_one_call_at_a_time_always_uses_the_first_pool() -> None:
    async def main() -> list[int]:
        client = _client()
        transport = client._http._transport
        assert isinstance(transport, Pools)

        async def answer(request: httpx.Request) -> httpx.Response:
            return httpx.Response(200, json=ENVELOPE)

        seen = _mocked(transport, answer)
        async with client:
            for _ in range(5):
                await client.call("getAlibabaProduct", {"offerId": "1"})
        assert transport.busy == [0] * POOLS
        return seen

    assert asyncio.run(main()) == [5] + [0] * (POOLS - 1)


def test_calls_in_flight_spread_over_the_pools_and_every_count_comes_back() -> None:
    async def main() -> tuple[list[int], Pools]:
        client = _client(max_retries=0)
        transport = client._http._transport
        assert isinstance(transport, Pools)
        gate = asyncio.Event()
        arrived = 0

        async def slow(request: httpx.Request) -> httpx.Response:
            nonlocal arrived
            arrived += 1
            if arrived == 4 * POOLS:
                gate.set()
            await gate.wait()
            body = json.loads(request.content)
            if body["offerId"] == "fail":
                raise httpx.ReadError("connection reset")
            return httpx.Response(200, json=ENVELOPE)

        seen = _mocked(transport, slow)
        ids = ["1"] * (3 * POOLS) + ["fail"] * POOLS
        async with client:
            results = await asyncio.gather(
                *(client.call("getAlibabaProduct", {"offerId": i}) for i in ids),
                return_exceptions=True,
            )
        assert sum(isinstance(r, pandapon.APIConnectionError) for r in results) == POOLS
        return seen, transport

    seen, transport = asyncio.run(main())
    assert seen == [4] * POOLS
    assert transport.busy == [0] * POOLS


def test_a_deadline_or_a_cancelled_task_gives_its_place_back() -> None:
    async def main() -> Pools:
        client = _client(max_retries=0, deadline=0.05)
        transport = client._http._transport
        assert isinstance(transport, Pools)

        async def never(request: httpx.Request) -> httpx.Response:
            await asyncio.sleep(3600)
            raise AssertionError("unreachable")

        _mocked(transport, never)
        async with client:
            with pytest.raises(pandapon.APITimeoutError):
                await client.call("getAlibabaProduct", {"offerId": "1"})
            task = asyncio.ensure_future(client.call("getAlibabaProduct", {"offerId": "1"}))
            await asyncio.sleep(0.01)
            task.cancel()
            with pytest.raises(asyncio.CancelledError):
                await task
        return transport

    assert asyncio.run(main()).busy == [0] * POOLS


def test_many_calls_against_a_real_server_all_arrive() -> None:
    answer = json.dumps(ENVELOPE).encode()
    with zero_server.running({"/v2/alibaba/product/detail/get": answer}) as server:

        async def main() -> Pools:
            client = _client(server.url)
            transport = client._http._transport
            assert isinstance(transport, Pools)
            async with client:
                results = await asyncio.gather(
                    *(client.alibaba.products.get(offer_id=str(i)) for i in range(300))
                )
                assert all(r is not None and r.offer_id == 1 for r in results)
                assert transport.busy == [0] * POOLS
                # More than one pool opened connections, none beyond its share.
                opened = [len(p._pool.connections) for p in transport.pools]
                assert sum(1 for n in opened if n) > 1
                assert LIMITS.max_connections is not None
                share = -(-LIMITS.max_connections // POOLS)
                assert all(n <= share for n in opened)
            return transport

        asyncio.run(main())


def test_the_cli_bulk_details_command_fetches_through_the_pools(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from pandapon import cli  # noqa: PLC0415 - the CLI, as `pandapon 1688 details` runs it
    from pandapon.cli import _bulk  # noqa: PLC0415

    transports: list[object] = []
    real = _bulk.fetch_all

    async def spying(client: pandapon.AsyncPandaPon, *args: Any, **kwargs: Any) -> Any:
        transports.append(client._http._transport)
        return await real(client, *args, **kwargs)

    monkeypatch.setattr(_bulk, "fetch_all", spying)
    ids = tmp_path / "ids.txt"
    ids.write_text("\n".join(str(600_000 + i) for i in range(40)) + "\n", encoding="utf-8")
    out = tmp_path / "out.jsonl"
    answer = json.dumps(ENVELOPE).encode()
    with zero_server.running({"/v2/alibaba/product/detail/get": answer}) as server:
        monkeypatch.setenv("PANDAPON_BASE_URL", server.url)
        for name, value in (("ACCESS_KEY", KEY), ("ACCESS_SECRET", SECRET), ("USER_ID", USER)):
            monkeypatch.setenv(f"PANDAPON_{name}", value)
        argv = ["1688", "details", "--ids-file", str(ids), "--out", str(out)]
        assert cli.main([*argv, "--concurrency", "16"]) == 0
    assert len(out.read_text(encoding="utf-8").splitlines()) == 40
    assert len(transports) == 1 and isinstance(transports[0], Pools)
