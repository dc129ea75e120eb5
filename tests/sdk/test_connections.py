"""Connections: kept open and reused under concurrency (counted where the server accepts them),
``limits=`` honoured, the environment's proxies (HTTP_PROXY, HTTPS_PROXY, NO_PROXY) and CA
bundle (SSL_CERT_FILE) honoured by both clients, against real loopback servers and a real proxy.
"""

from __future__ import annotations

import asyncio
import json
import ssl
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import httpx
import pytest
import trustme

import pandapon
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
