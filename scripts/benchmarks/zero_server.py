"""A loopback HTTP server that does no work: canned answers, for `make bench`.

It answers every request with bytes prepared in advance (the answer for the request's path, or
the default one), over HTTP/1.1 keep-alive, from a raw asyncio protocol in a process of its own:
no routing framework, no JSON, no auth check, so that a benchmark against it measures the
client. ``GET /_stats`` returns its CPU seconds and request count, so the bench can show the
server is not the bottleneck. With ``latency`` it holds each answer that long (a far-away
server), without using any CPU meanwhile.
"""

from __future__ import annotations

import asyncio
import json
import multiprocessing
import os
import signal
import time
from collections.abc import Iterator, Mapping
from contextlib import contextmanager
from dataclasses import dataclass
from multiprocessing.connection import Connection
from typing import Any


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


class _Protocol(asyncio.Protocol):
    def __init__(self, answers: Mapping[bytes, bytes], default: bytes, latency: float) -> None:
        self.answers, self.default, self.latency = answers, default, latency
        self.buffer = b""
        self.transport: asyncio.Transport | None = None

    def connection_made(self, transport: asyncio.BaseTransport) -> None:
        assert isinstance(transport, asyncio.Transport)
        self.transport = transport

    def data_received(self, data: bytes) -> None:
        self.buffer += data
        while True:
            end = self.buffer.find(b"\r\n\r\n")
            if end < 0:
                return
            head = self.buffer[:end]
            length = 0
            for line in head.split(b"\r\n")[1:]:
                name, _, value = line.partition(b":")
                if name.strip().lower() == b"content-length":
                    length = int(value.strip())
            if len(self.buffer) < end + 4 + length:
                return
            self.buffer = self.buffer[end + 4 + length :]
            path = head.split(b" ", 2)[1].split(b"?", 1)[0]
            self.respond(path)

    def respond(self, path: bytes) -> None:
        _Stats.requests += 1
        if path == b"/_stats":
            stats = {"cpu": time.process_time(), "requests": _Stats.requests}
            answer = _answer(json.dumps(stats).encode())
        else:
            answer = self.answers.get(path, self.default)
        transport = self.transport
        if transport is None:
            return
        if self.latency:
            asyncio.get_running_loop().call_later(self.latency, _write, transport, answer)
        else:
            transport.write(answer)


def _write(transport: asyncio.Transport, answer: bytes) -> None:
    if not transport.is_closing():
        transport.write(answer)


def _serve(answers: dict[str, bytes], default: bytes, latency: float, ready: Connection) -> None:
    canned = {path.encode(): _answer(body) for path, body in answers.items()}

    async def main() -> None:
        loop = asyncio.get_running_loop()
        server = await loop.create_server(
            lambda: _Protocol(canned, _answer(default), latency), "127.0.0.1", 0, backlog=1024
        )
        ready.send(server.sockets[0].getsockname()[1])
        stop = asyncio.Event()
        loop.add_signal_handler(signal.SIGTERM, stop.set)
        await stop.wait()
        server.close()

    asyncio.run(main())


@dataclass
class ZeroServer:
    url: str
    process: multiprocessing.process.BaseProcess

    def stats(self) -> tuple[float, int]:
        """(CPU seconds the server has used, requests it has answered)."""
        import httpx  # noqa: PLC0415 - the server process itself does not need it

        stats = httpx.get(f"{self.url}/_stats").json()
        return float(stats["cpu"]), int(stats["requests"])


@contextmanager
def running(
    answers: Mapping[str, bytes], default: bytes = b"{}", latency: float = 0.0
) -> Iterator[ZeroServer]:
    """A zero-work server in a process of its own, for the ``with`` block."""
    context: Any = multiprocessing.get_context("fork" if os.name == "posix" else "spawn")
    parent, child = context.Pipe()
    process = context.Process(
        target=_serve, args=(dict(answers), default, latency, child), daemon=True
    )
    process.start()
    try:
        if not parent.poll(10):
            raise RuntimeError("the zero-work server did not start")
        port = parent.recv()
        yield ZeroServer(f"http://127.0.0.1:{port}", process)
    finally:
        process.terminate()
        process.join(5)
        if process.is_alive():
            process.kill()
            process.join()
