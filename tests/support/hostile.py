"""A hostile HTTP server on loopback, for the client's robustness tests.

It speaks HTTP/1.1 over a raw socket, so it can do what a well-behaved framework would not:
trickle a body (or the status line and headers) byte by byte, announce a huge body, redirect
elsewhere, send any Retry-After, answer 5xx, or drop the connection after reading the request.
Every request it reads is counted.
"""

from __future__ import annotations

import contextlib
import json
import socket
import socketserver
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field, replace
from typing import Any


def _envelope(data: Any = None, code: int = 200) -> bytes:
    return json.dumps({"requestId": "hostile-1", "code": code, "msg": "ok", "data": data}).encode()


@dataclass
class Script:
    """What the server does with every request (tests set it before calling)."""

    status: int = 200
    body: bytes = field(default_factory=_envelope)
    headers: dict[str, str] = field(default_factory=dict)
    trickle: float = 0.0  # seconds between body bytes
    trickle_head: float = 0.0  # seconds between bytes of the status line and headers
    declared_length: int | None = None  # a Content-Length that is not the body's
    endless: bool = False  # chunked junk until the client hangs up
    chunked: bool = False  # the body in 4 KiB chunks, with no Content-Length to go by
    drop: bool = False  # read the request, then close without answering
    pause: float = 0.0  # seconds of silence before the answer


@dataclass
class Seen:
    method: str
    target: str
    headers: dict[str, str]
    body: bytes


class HostileServer:
    """Answers each request with the next of ``scripts`` (the last one repeats)."""

    def __init__(self) -> None:
        self.scripts: list[Script] = [Script()]
        self.requests: list[Seen] = []
        server = self

        class Handler(socketserver.StreamRequestHandler):
            def handle(self) -> None:
                server._handle(self.connection, self.rfile)

        self._tcp = socketserver.ThreadingTCPServer(("127.0.0.1", 0), Handler)
        self._tcp.daemon_threads = True
        self._thread = threading.Thread(target=self._tcp.serve_forever, daemon=True)

    @property
    def script(self) -> Script:
        return self.scripts[0]

    @script.setter
    def script(self, script: Script) -> None:
        self.scripts = [script]

    @property
    def url(self) -> str:
        host, port = self._tcp.server_address[:2]
        return f"http://{host}:{port}"

    def __enter__(self) -> HostileServer:
        self._thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self._tcp.shutdown()
        self._tcp.server_close()

    def _handle(self, connection: socket.socket, rfile: Any) -> None:
        line = rfile.readline().decode("latin-1").strip()
        if not line:
            return
        method, target, _ = line.split(" ", 2)
        headers: dict[str, str] = {}
        while (raw := rfile.readline().decode("latin-1").strip()) != "":
            name, _, value = raw.partition(":")
            headers[name.strip().lower()] = value.strip()
        body = rfile.read(int(headers.get("content-length", "0")))
        self.requests.append(Seen(method, target, headers, body))
        script = self.scripts.pop(0) if len(self.scripts) > 1 else self.scripts[0]
        if script.drop:
            connection.shutdown(socket.SHUT_RDWR)
            return
        signature = headers.get("signature", "").encode("latin-1")
        if signature:  # "{signature}" in a script: the request's own, echoed back
            script = replace(
                script,
                body=script.body.replace(b"{signature}", signature),
                headers={
                    k: v.replace("{signature}", signature.decode())
                    for k, v in script.headers.items()
                },
            )
        with contextlib.suppress(OSError):  # the client hung up: what the tests want
            self._answer(connection, script)

    @staticmethod
    def _answer(connection: socket.socket, script: Script) -> None:
        # One request per connection, said so: a client that kept the connection for a next
        # call would race the close (a write then fails as RemoteProtocolError under load).
        head = [f"HTTP/1.1 {script.status} Whatever", "Content-Type: application/json"]
        head += ["Connection: close"]
        head += [f"{k}: {v}" for k, v in script.headers.items()]
        if script.endless or script.chunked:
            head.append("Transfer-Encoding: chunked")
        else:
            length = len(script.body) if script.declared_length is None else script.declared_length
            head.append(f"Content-Length: {length}")
        head_bytes = ("\r\n".join(head) + "\r\n\r\n").encode("latin-1")
        time.sleep(script.pause)
        if script.trickle_head:
            for byte in head_bytes:
                connection.sendall(bytes([byte]))
                time.sleep(script.trickle_head)
        else:
            connection.sendall(head_bytes)
        if script.endless:
            chunk = b"x" * 65536
            while True:
                connection.sendall(b"%x\r\n%s\r\n" % (len(chunk), chunk))
        if script.chunked:
            for start in range(0, len(script.body), 4096):
                piece = script.body[start : start + 4096]
                connection.sendall(b"%x\r\n%s\r\n" % (len(piece), piece))
            connection.sendall(b"0\r\n\r\n")
            return
        if script.trickle:
            for byte in script.body:
                connection.sendall(bytes([byte]))
                time.sleep(script.trickle)
            return
        connection.sendall(script.body if script.declared_length is None else script.body[:10])


@contextmanager
def hostile() -> Iterator[HostileServer]:
    with HostileServer() as server:
        yield server
