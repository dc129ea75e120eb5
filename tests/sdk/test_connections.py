"""Connections: kept open and reused under concurrency (counted where the server accepts them),
``limits=`` honoured, the environment's proxies (HTTP_PROXY, HTTPS_PROXY, NO_PROXY) and CA
bundle (SSL_CERT_FILE) honoured by both clients, against real loopback servers and a real proxy.
"""

from __future__ import annotations

import asyncio
import json
import logging
import os
import ssl
import threading
from collections.abc import Iterator
from concurrent.futures import ThreadPoolExecutor
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import httpx
import pytest
import trustme
from pandapon_api.api.alibaba_goods import search_alibaba_products
from pandapon_api.models import SearchAlibabaProductsRequest

import pandapon
from pandapon import sandbox
from scripts.benchmarks import zero_server
from tests.support import proxy
from tests.support.fakes import KEY, SECRET, USER

ENVELOPE = {"code": 200, "msg": "成功", "requestId": "r", "data": {"offerId": 1}}
PATH = "/v2/alibaba/product/detail/get"
ANSWERS = {PATH: json.dumps(ENVELOPE).encode()}
PROXY_VARIABLES = ("HTTP_PROXY", "HTTPS_PROXY", "ALL_PROXY", "NO_PROXY")


@pytest.fixture(autouse=True)
def _clean_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    """No proxy or CA bundle of the machine's: each test sets its own."""
    for name in (*PROXY_VARIABLES, "SSL_CERT_FILE", "SSL_CERT_DIR"):
        monkeypatch.delenv(name, raising=False)
        monkeypatch.delenv(name.lower(), raising=False)


@pytest.fixture(scope="module")
def tls(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, tuple[str, str]]:
    """(the CA's certificate file, the server's (certificate, key) files), made for this run."""
    ca = trustme.CA()
    cert = ca.issue_cert("127.0.0.1", "localhost")
    folder = tmp_path_factory.mktemp("tls")
    ca_file, chain, key = folder / "ca.pem", folder / "server.pem", folder / "server.key"
    ca.cert_pem.write_to_path(str(ca_file))
    cert.private_key_pem.write_to_path(str(key))
    for blob in cert.cert_chain_pems:
        blob.write_to_path(str(chain), append=True)
    return ca_file, (str(chain), str(key))


def _async_calls(url: str, waves: int, tasks: int, **options: Any) -> list[Any]:
    async def main() -> list[Any]:
        results: list[Any] = []
        async with pandapon.AsyncPandaPon(KEY, SECRET, USER, base_url=url, **options) as client:
            for _ in range(waves):
                results += await asyncio.gather(
                    *(client.call("getAlibabaProduct", {"offerId": "1"}) for _ in range(tasks))
                )
        return results

    return asyncio.run(main())


def _sync_calls(url: str, waves: int, threads: int, **options: Any) -> list[Any]:
    """``waves`` rounds of ``threads`` calls sent at the same moment from as many threads."""
    results: list[Any] = []
    errors: list[BaseException] = []
    start = threading.Barrier(threads)
    with pandapon.PandaPon(KEY, SECRET, USER, base_url=url, **options) as client:

        def one() -> None:
            for _ in range(waves):
                start.wait()
                try:
                    results.append(client.call("getAlibabaProduct", {"offerId": "1"}))
                except Exception as error:  # raised in the test's own thread below
                    errors.append(error)

        workers = [threading.Thread(target=one) for _ in range(threads)]
        for worker in workers:
            worker.start()
        for worker in workers:
            worker.join()
    if errors:
        raise errors[0]
    return results


@contextmanager
def _opened(server: zero_server.ZeroServer) -> Iterator[list[int]]:
    """The connections the server accepts within the block (its own stats calls left out)."""
    before = server.connections()
    counted: list[int] = []
    yield counted
    counted.append(server.connections() - before - 1)


def test_concurrent_async_calls_reuse_their_connections() -> None:
    # 50 ms per answer: the 64 calls of a wave are all in flight at once. With fewer connections
    # kept than opened (as httpx's default and this client's before, 20 of 100), every wave
    # after the first would open most of its connections again.
    with zero_server.running(ANSWERS, latency=0.05) as server, _opened(server) as opened:
        results = _async_calls(server.url, waves=3, tasks=64)
    assert len(results) == 192 and all(r.offer_id == 1 for r in results)
    assert 0 < opened[0] <= 64


def test_concurrent_sync_calls_reuse_their_connections() -> None:
    with zero_server.running(ANSWERS, latency=0.05) as server, _opened(server) as opened:
        results = _sync_calls(server.url, waves=3, threads=24)
    assert len(results) == 72 and all(r.offer_id == 1 for r in results)
    assert 0 < opened[0] <= 24


def test_the_limits_given_are_honoured_by_both_clients() -> None:
    limits = httpx.Limits(max_connections=6, max_keepalive_connections=6)
    with zero_server.running(ANSWERS, latency=0.02) as server:
        with _opened(server) as opened_async:
            assert len(_async_calls(server.url, waves=2, tasks=40, limits=limits)) == 80
        with _opened(server) as opened_sync:
            assert len(_sync_calls(server.url, waves=2, threads=12, limits=limits)) == 24
    assert 0 < opened_async[0] <= 6
    assert 0 < opened_sync[0] <= 6


def test_limits_are_refused_with_a_client_of_your_own_or_of_the_wrong_type() -> None:
    limits = httpx.Limits(max_connections=6)
    with pytest.raises(pandapon.ConfigurationError, match="limits"):
        pandapon.AsyncPandaPon(KEY, SECRET, USER, http_client=httpx.AsyncClient(), limits=limits)
    with pytest.raises(pandapon.ConfigurationError, match="limits"):
        pandapon.PandaPon(KEY, SECRET, USER, http_client=httpx.Client(), limits=limits)
    with pytest.raises(pandapon.ConfigurationError, match=r"httpx\.Limits"):
        pandapon.PandaPon(KEY, SECRET, USER, limits=10)  # type: ignore[arg-type]


def _one_call(kind: str, url: str, **options: Any) -> Any:
    if kind == "sync":
        return _sync_calls(url, waves=1, threads=1, **options)[0]
    return _async_calls(url, waves=1, tasks=1, **options)[0]


CLIENTS = ["sync", "async"]


@pytest.mark.parametrize("kind", CLIENTS)
def test_http_calls_go_through_the_proxy_of_http_proxy(
    kind: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    with zero_server.running(ANSWERS) as server, proxy.running() as through:
        monkeypatch.setenv("HTTP_PROXY", through.url)
        assert _one_call(kind, server.url).offer_id == 1
    assert through.forwarded == [f"{server.url}{PATH}"]
    assert through.tunnels == []


@pytest.mark.parametrize("kind", CLIENTS)
def test_https_calls_tunnel_through_the_proxy_of_https_proxy_and_trust_ssl_cert_file(
    kind: str, monkeypatch: pytest.MonkeyPatch, tls: tuple[Path, tuple[str, str]]
) -> None:
    ca_file, cert = tls
    with zero_server.running(ANSWERS, tls=cert, verify=False) as server, proxy.running() as through:
        monkeypatch.setenv("HTTPS_PROXY", through.url)
        monkeypatch.setenv("SSL_CERT_FILE", str(ca_file))
        assert _one_call(kind, server.url).offer_id == 1
    assert through.tunnels == [server.url.removeprefix("https://")]
    assert through.forwarded == []


@pytest.mark.parametrize("kind", CLIENTS)
def test_no_proxy_hosts_are_reached_directly(kind: str, monkeypatch: pytest.MonkeyPatch) -> None:
    with zero_server.running(ANSWERS) as server, proxy.running() as through:
        monkeypatch.setenv("HTTP_PROXY", through.url)
        monkeypatch.setenv("ALL_PROXY", through.url)
        monkeypatch.setenv("NO_PROXY", "example.com,127.0.0.1")
        assert _one_call(kind, server.url).offer_id == 1
    assert through.forwarded == [] and through.tunnels == []


@pytest.mark.parametrize("kind", CLIENTS)
def test_a_certificate_of_an_unknown_ca_is_refused_and_one_of_ssl_cert_file_accepted(
    kind: str, monkeypatch: pytest.MonkeyPatch, tls: tuple[Path, tuple[str, str]]
) -> None:
    ca_file, cert = tls
    with zero_server.running(ANSWERS, tls=cert, verify=False) as server:
        with pytest.raises(pandapon.APIConnectionError):
            _one_call(kind, server.url, max_retries=0)
        monkeypatch.setenv("SSL_CERT_FILE", str(ca_file))
        assert _one_call(kind, server.url).offer_id == 1


def test_an_http_client_of_yours_with_its_own_verify_is_used_as_made(
    tls: tuple[Path, tuple[str, str]],
) -> None:
    ca_file, cert = tls
    with zero_server.running(ANSWERS, tls=cert, verify=False) as server:
        trusting = ssl.create_default_context(cafile=str(ca_file))
        sync = httpx.Client(verify=trusting)
        assert _one_call("sync", server.url, http_client=sync).offer_id == 1
        given = httpx.AsyncClient(verify=trusting)
        assert _one_call("async", server.url, http_client=given).offer_id == 1


# -- after fork(): connections of the child's own ----------------------------------------------
# tests/sdk/test_fork_safety.py forks for real; what runs in a child is out of mutmut's reach, so
# these tests stand in a process id other than the one the client was made in, which is how the
# client knows it is in a child.


def _in_a_child(monkeypatch: pytest.MonkeyPatch) -> int:
    """From now on, this test runs "in a child of this process": its process id is another."""
    child = os.getpid() + 1
    monkeypatch.setattr(os, "getpid", lambda: child)
    return child


def test_a_client_made_before_fork_opens_connections_of_its_own_in_the_child(
    monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture
) -> None:
    """In the child, the client and its generated client send through new connections (the
    parent's are the parent's), with the client's base URL, signing and timeout, and are made
    once; the async client too."""
    with sandbox.running() as box:
        config = box.config
        timeout = httpx.Timeout(7, read=11)
        with pandapon.PandaPon(
            config.access_key,
            config.access_secret,
            config.user_id,
            base_url=box.url,
            timeout=timeout,
        ) as client:
            client.taobao.products.search(keyword="")
            parents = client.generated_client.get_httpx_client()
            child = _in_a_child(monkeypatch)
            with caplog.at_level(logging.DEBUG, logger="pandapon"):
                assert client.taobao.products.search(keyword="").data
                assert client.taobao.products.search(keyword="").data
            ours = client.generated_client.get_httpx_client()
            assert ours is not parents and not parents.is_closed  # the parent's left alone
            assert ours.timeout == timeout
            # the generated functions go to the client's base URL, signed (the sandbox checks)
            answer = search_alibaba_products.sync_detailed(
                client=client.generated_client, body=SearchAlibabaProductsRequest(keyword="")
            )
            assert answer.status_code == 200 and answer.parsed is not None
            assert answer.parsed.code == 200, answer.parsed
        reconnected = [r.getMessage() for r in caplog.records if "fork()" in r.getMessage()]
        assert reconnected == [f"process {child}: new connections for a client made before fork()"]

        async def made_before_used_after() -> Any:
            async with pandapon.AsyncPandaPon(
                config.access_key, config.access_secret, config.user_id, base_url=box.url
            ) as made_before:
                await made_before.taobao.products.search(keyword="")
                _in_a_child(monkeypatch)
                return (await made_before.taobao.products.search(keyword="")).data

        monkeypatch.undo()  # back in the parent, to make the async client
        assert asyncio.run(made_before_used_after())


def test_the_childs_connections_keep_the_limits_given() -> None:
    limits = httpx.Limits(max_connections=3, max_keepalive_connections=3)
    with (
        zero_server.running(ANSWERS, latency=0.02) as server,
        pandapon.PandaPon(KEY, SECRET, USER, base_url=server.url, limits=limits) as client,
    ):
        client.call("getAlibabaProduct", {"offerId": "1"})
        with pytest.MonkeyPatch.context() as monkeypatch:  # undone before the server stops
            _in_a_child(monkeypatch)
            client.call("getAlibabaProduct", {"offerId": "1"})  # the child's connections
            with _opened(server) as opened, ThreadPoolExecutor(12) as threads:
                answers = list(
                    threads.map(
                        lambda _: client.call("getAlibabaProduct", {"offerId": "1"}), range(36)
                    )
                )
    assert len(answers) == 36 and all(a.offer_id == 1 for a in answers)
    assert 0 <= opened[0] <= 3


def test_a_client_on_your_own_http_client_is_refused_in_the_child() -> None:
    made_in = os.getpid()
    with (
        zero_server.running(ANSWERS) as server,
        pandapon.PandaPon(
            KEY, SECRET, USER, http_client=httpx.Client(base_url=server.url)
        ) as client,
    ):
        assert client.call("getAlibabaProduct", {"offerId": "1"}).offer_id == 1
        with (
            pytest.MonkeyPatch.context() as monkeypatch,
            pytest.raises(pandapon.ConfigurationError) as refused,
        ):
            child = _in_a_child(monkeypatch)
            client.call("getAlibabaProduct", {"offerId": "1"})
    assert str(refused.value) == (
        f"this client was made in process {made_in} with an http_client of yours, and is used "
        f"in process {child} after fork(): the connections would be shared. Make the client "
        "(and its http_client) in the process that uses it"
    )
