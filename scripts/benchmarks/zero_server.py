"""A loopback HTTP server that does no work: canned answers, for `make bench`.

It answers every request with bytes prepared in advance (the answer for the request's path, or
the default one), over HTTP/1.1 keep-alive, from a raw asyncio protocol in a process of its own:
no routing framework, no JSON, no auth check, so that a benchmark against it measures the
client. ``GET /_stats`` returns its CPU seconds and request count, so the bench can show the
server is not the bottleneck. With ``latency`` it holds each answer that long (a far-away
server), without using any CPU meanwhile. With ``tls`` (a certificate and key file) it speaks
HTTPS; ``GET /_stats`` also counts the connections it accepted, so that a benchmark or a test
can tell how many calls opened one.
"""

from __future__ import annotations

import asyncio
import json
import multiprocessing
import ssl
import time
from collections.abc import Iterator, Mapping
from contextlib import contextmanager
from dataclasses import dataclass
from multiprocessing.connection import Connection
from typing import Any

from scripts.benchmarks._loopback import HTTPProtocol, in_process, serve


def _answer(body: bytes, content_type: bytes = b"application/json") -> bytes:
    head = (
        b"HTTP/1.1 200 OK\r\ncontent-type: "
        + content_type
        + b"\r\ncontent-length: "
        + str(len(body)).encode()
        + b"\r\n\r\n"
    )
    return head + body


class _Stats:
    requests = 0
    connections = 0


class _Protocol(HTTPProtocol):
    def __init__(self, answers: Mapping[bytes, bytes], default: bytes, latency: float) -> None:
        super().__init__()
        self.answers, self.default, self.latency = answers, default, latency

    def connection_made(self, transport: asyncio.BaseTransport) -> None:
        super().connection_made(transport)
        _Stats.connections += 1

    def respond(self, target: bytes, body: bytes) -> None:
        _Stats.requests += 1
        path = target.split(b"?", 1)[0]
        if path == b"/_stats":
            stats = {
                "cpu": time.process_time(),
                "requests": _Stats.requests,
                "connections": _Stats.connections,
            }
            answer = _answer(json.dumps(stats).encode())
        else:
            answer = self.answers.get(path, self.default)
        self.send(answer, self.latency)


def _serve(
    answers: dict[str, bytes],
    default: bytes,
    latency: float,
    tls: tuple[str, str] | None,
    ready: Connection,
) -> None:
    canned = {path.encode(): _answer(body) for path, body in answers.items()}
    context = None
    if tls is not None:
        context = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
        context.load_cert_chain(*tls)
    serve(lambda: _Protocol(canned, _answer(default), latency), ready, backlog=1024, tls=context)


@dataclass
class ZeroServer:
    url: str
    process: multiprocessing.process.BaseProcess
    verify: ssl.SSLContext | bool = True  # what trusts its certificate (with ``tls``)

    def stats(self) -> tuple[float, int]:
        """(CPU seconds the server has used, requests it has answered)."""
        stats = self._stats()
        return float(stats["cpu"]), int(stats["requests"])

    def connections(self) -> int:
        """The connections it has accepted (its own ``/_stats`` calls' included)."""
        return int(self._stats()["connections"])

    def _stats(self) -> dict[str, Any]:
        import httpx  # noqa: PLC0415 - the server process itself does not need it

        with httpx.Client(verify=self.verify, trust_env=False) as client:
            stats: dict[str, Any] = client.get(f"{self.url}/_stats").json()
        return stats


@contextmanager
def running(
    answers: Mapping[str, bytes],
    default: bytes = b"{}",
    latency: float = 0.0,
    tls: tuple[str, str] | None = None,
    verify: ssl.SSLContext | bool = True,
) -> Iterator[ZeroServer]:
    """A zero-work server in a process of its own, for the ``with`` block; with ``tls``
    (certificate and key files) over HTTPS, ``verify`` trusting its certificate."""
    with in_process(_serve, (dict(answers), default, latency, tls), "zero-work server") as (
        port,
        process,
    ):
        scheme = "https" if tls else "http"
        yield ZeroServer(f"{scheme}://127.0.0.1:{port}", process, verify)
