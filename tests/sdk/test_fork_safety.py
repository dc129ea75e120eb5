"""A client made before ``fork()`` and used on both sides: each process gets answers to its own
requests (the child opens connections of its own), and a client built on the caller's own
``http_client`` is refused in the child instead of sharing its connections."""

from __future__ import annotations

import asyncio
import multiprocessing
import threading
from typing import Any

import httpx
import pytest

import pandapon
from scripts.benchmarks import ceiling_server
from tests.support.fakes import KEY, SECRET, USER

CALLS = 300


def _check_answers(client: pandapon.PandaPon, tag: str) -> list[str]:
    wrong = []
    for i in range(CALLS):
        item = f"{tag}-{i}"
        product = client.alibaba.products.get(offer_id=item, country="en")
        if product is None or product.subject != item:
            wrong.append(f"asked {item}, got {product and product.subject}")
    return wrong


def _in_child(client: Any, tag: str, out: Any) -> None:
    try:
        if isinstance(client, pandapon.AsyncPandaPon):

            async def run() -> list[str]:
                answers = [
                    await client.alibaba.products.get(offer_id=f"{tag}-{i}", country="en")
                    for i in range(CALLS)
                ]
                return [
                    f"{tag}-{i}: {a and a.subject}"
                    for i, a in enumerate(answers)
                    if a is None or a.subject != f"{tag}-{i}"
                ]

            out.put(("ok", asyncio.run(run())))
        else:
            out.put(("ok", _check_answers(client, tag)))
    except Exception as error:
        out.put(("error", f"{type(error).__name__}: {error}"))


def _fork(client: Any, tag: str) -> tuple[Any, Any]:
    context = multiprocessing.get_context("fork")
    out = context.Queue()
    process = context.Process(target=_in_child, args=(client, tag, out))
    process.start()
    return process, out


def test_a_client_made_before_fork_works_in_both_processes() -> None:
    with ceiling_server.running() as server:
        client = pandapon.PandaPon(KEY, SECRET, USER, base_url=server.url, max_retries=0)
        copy = client.with_options(timeout=20)
        assert client.alibaba.products.get(offer_id="warm", country="en") is not None  # pooled
        children = [_fork(client, "child"), _fork(copy, "copy")]
        wrong: list[str] = []
        parent = threading.Thread(target=lambda: wrong.extend(_check_answers(client, "parent")))
        parent.start()
        results = [out.get(timeout=120) for _, out in children]
        parent.join(timeout=120)
        for process, _ in children:
            process.join(timeout=30)
        client.close()
    assert results == [("ok", []), ("ok", [])]
    assert wrong == []


def test_an_async_client_made_before_fork_works_in_the_child() -> None:
    with ceiling_server.running() as server:
        client = pandapon.AsyncPandaPon(KEY, SECRET, USER, base_url=server.url)

        async def warm() -> None:
            assert await client.alibaba.products.get(offer_id="warm", country="en") is not None

        asyncio.run(warm())
        process, out = _fork(client, "child")
        assert out.get(timeout=120) == ("ok", [])
        process.join(timeout=30)


def test_a_client_on_your_own_http_client_is_refused_after_fork() -> None:
    with ceiling_server.running() as server:
        http = httpx.Client(base_url=server.url)
        client = pandapon.PandaPon(KEY, SECRET, USER, http_client=http)
        client.alibaba.products.get(offer_id="warm", country="en")
        process, out = _fork(client, "child")
        status, message = out.get(timeout=60)
        process.join(timeout=30)
        assert status == "error"
        assert message.startswith("ConfigurationError: this client was made in process")
        assert "after fork()" in message
        assert client.alibaba.products.get(offer_id="still", country="en") is not None
        http.close()


@pytest.mark.parametrize("threads", [8])
def test_one_client_is_shared_by_threads(threads: int) -> None:
    with ceiling_server.running() as server:
        client = pandapon.PandaPon(KEY, SECRET, USER, base_url=server.url)
        wrong: list[str] = []
        workers = [
            threading.Thread(target=lambda n=n: wrong.extend(_check_answers(client, f"t{n}")))
            for n in range(threads)
        ]
        for worker in workers:
            worker.start()
        for worker in workers:
            worker.join(timeout=120)
        client.close()
    assert wrong == []
