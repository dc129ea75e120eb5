"""What the benchmarks' loopback servers share: HTTP/1.1 keep-alive framing on a raw asyncio
protocol (no framework: the server must not be the bottleneck), answers held ``delay`` seconds
without using CPU, and a process of its own that stops on SIGTERM."""

from __future__ import annotations

import asyncio
import multiprocessing
import os
import signal
import ssl
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from multiprocessing.connection import Connection
from typing import Any


class HTTPProtocol(asyncio.Protocol):
    """Splits the bytes of a connection into requests and hands each to ``respond``."""

    def __init__(self) -> None:
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
            body = self.buffer[end + 4 : end + 4 + length]
            self.buffer = self.buffer[end + 4 + length :]
            self.respond(head.split(b" ", 2)[1], body)

    def respond(self, target: bytes, body: bytes) -> None:
        """Answer one request (``target``: its path and query)."""
        raise NotImplementedError

    def send(self, answer: bytes, delay: float) -> None:
        transport = self.transport
        if transport is None:
            return
        if delay:
            asyncio.get_running_loop().call_later(delay, _write, transport, answer)
        else:
            transport.write(answer)


def _write(transport: asyncio.Transport, answer: bytes) -> None:
    if not transport.is_closing():
        transport.write(answer)


def serve(
    protocol: Callable[[], asyncio.Protocol],
    ready: Connection,
    *,
    backlog: int,
    tls: ssl.SSLContext | None = None,
) -> None:
    """Serve on a free loopback port (sent through ``ready``) until SIGTERM."""

    async def main() -> None:
        loop = asyncio.get_running_loop()
        server = await loop.create_server(protocol, "127.0.0.1", 0, backlog=backlog, ssl=tls)
        ready.send(server.sockets[0].getsockname()[1])
        stop = asyncio.Event()
        loop.add_signal_handler(signal.SIGTERM, stop.set)
        await stop.wait()
        server.close()

    asyncio.run(main())


@contextmanager
def in_process(
    target: Callable[..., None], args: tuple[Any, ...], what: str
) -> Iterator[tuple[int, multiprocessing.process.BaseProcess]]:
    """``target(*args, ready)`` in a process of its own for the ``with`` block: its port and
    the process."""
    context: Any = multiprocessing.get_context("fork" if os.name == "posix" else "spawn")
    parent, child = context.Pipe()
    process = context.Process(target=target, args=(*args, child), daemon=True)
    process.start()
    try:
        if not parent.poll(10):
            raise RuntimeError(f"the {what} did not start")
        yield int(parent.recv()), process
    finally:
        process.terminate()
        process.join(5)
        if process.is_alive():
            process.kill()
            process.join()
