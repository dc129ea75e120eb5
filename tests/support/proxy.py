"""A real HTTP proxy on 127.0.0.1 that counts what passes through it.

It does what a forward proxy does, no more: a request in absolute form (``POST http://host/path``,
what a client sends a proxy for an ``http://`` URL) is sent on to its host and the answer
relayed back (then the connection is closed); ``CONNECT host:port`` (for ``https://``) opens a
tunnel and copies bytes both ways until either side closes. ``forwarded`` and ``tunnels`` list
the targets, so a test can tell which calls went through the proxy.
"""

from __future__ import annotations

import socket
import socketserver
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from urllib.parse import urlsplit


class _Handler(socketserver.StreamRequestHandler):
    server: _ProxyServer

    def handle(self) -> None:
        line = self.rfile.readline(65536).decode("latin-1").rstrip("\r\n")
        method, target, _version = line.split(" ", 2)
        headers: list[tuple[str, str]] = []
        while (header := self.rfile.readline(65536).decode("latin-1").rstrip("\r\n")) != "":
            name, _, value = header.partition(":")
            headers.append((name.strip(), value.strip()))
        if method == "CONNECT":
            self._tunnel(target)
        else:
            self._forward(method, target, headers)

    def _tunnel(self, target: str) -> None:
        host, _, port = target.rpartition(":")
        with self.server.lock:
            self.server.tunnels.append(target)
        upstream = socket.create_connection((host, int(port)))
        self.wfile.write(b"HTTP/1.1 200 Connection established\r\n\r\n")
        self.wfile.flush()
        done = threading.Event()

        def copy(source: socket.socket, sink: socket.socket) -> None:
            try:
                while chunk := source.recv(65536):
                    sink.sendall(chunk)
            except OSError:
                pass
            finally:
                done.set()

        threading.Thread(target=copy, args=(upstream, self.connection), daemon=True).start()
        threading.Thread(target=copy, args=(self.connection, upstream), daemon=True).start()
        done.wait()
        upstream.close()

    def _forward(self, method: str, target: str, headers: list[tuple[str, str]]) -> None:
        url = urlsplit(target)
        with self.server.lock:
            self.server.forwarded.append(target)
        length = next((int(v) for n, v in headers if n.lower() == "content-length"), 0)
        body = self.rfile.read(length)
        path = url.path + (f"?{url.query}" if url.query else "")
        kept = [(n, v) for n, v in headers if n.lower() not in {"connection", "proxy-connection"}]
        head = f"{method} {path} HTTP/1.1\r\n" + "".join(f"{n}: {v}\r\n" for n, v in kept)
        with socket.create_connection((url.hostname or "", url.port or 80)) as upstream:
            upstream.sendall(head.encode("latin-1") + b"Connection: close\r\n\r\n" + body)
            answer = b""
            while chunk := upstream.recv(65536):
                answer += chunk
                if _complete(answer):
                    break
        status_and_headers, _, content = answer.partition(b"\r\n\r\n")
        lines = [
            h for h in status_and_headers.split(b"\r\n") if not h.lower().startswith(b"connection:")
        ]
        self.wfile.write(b"\r\n".join([*lines, b"Connection: close"]) + b"\r\n\r\n" + content)


def _complete(answer: bytes) -> bool:
    head, found, content = answer.partition(b"\r\n\r\n")
    if not found:
        return False
    for line in head.split(b"\r\n")[1:]:
        name, _, value = line.partition(b":")
        if name.strip().lower() == b"content-length":
            return len(content) >= int(value.strip())
    return False


class _ProxyServer(socketserver.ThreadingTCPServer):
    daemon_threads = True
    allow_reuse_address = True

    def __init__(self) -> None:
        super().__init__(("127.0.0.1", 0), _Handler)
        self.lock = threading.Lock()
        self.forwarded: list[str] = []  # absolute URLs of the requests sent on
        self.tunnels: list[str] = []  # host:port of each CONNECT

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.server_address[1]}"


@contextmanager
def running() -> Iterator[_ProxyServer]:
    """A proxy for the ``with`` block."""
    server = _ProxyServer()
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield server
    finally:
        server.shutdown()
        server.server_close()
