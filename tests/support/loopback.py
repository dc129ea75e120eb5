"""A real TCP server on 127.0.0.1 that reads whole HTTP requests, counts them, then misbehaves.

For the failures a mock transport cannot honestly stand in for, because the client's handling
of the socket is what is under test:

- ``"reset"``: once a request is in (headers and ``Content-Length`` body), the connection is
  closed with a TCP reset (``SO_LINGER`` 0): the request was sent, no answer ever comes;
- ``"silent"``: the request is read and never answered, so the client's read timeout fires.

One thread runs a selector loop; nothing sleeps. ``settle()`` returns once every byte that
reached the server has been read, so ``requests`` can be asserted on exactly.
"""

from __future__ import annotations

import selectors
import socket
import struct
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Literal

Behaviour = Literal["reset", "silent"]
_HEADERS_END = b"\r\n\r\n"


class Loopback:
    def __init__(self, behaviour: Behaviour) -> None:
        self.behaviour = behaviour
        self.requests: list[str] = []  # request lines ("POST /v2/... HTTP/1.1"), in order
        self.connections = 0
        self._listener = socket.create_server(("127.0.0.1", 0))
        self._listener.setblocking(False)
        self.url = f"http://127.0.0.1:{self._listener.getsockname()[1]}"
        self._selector = selectors.DefaultSelector()
        self._selector.register(self._listener, selectors.EVENT_READ)
        self._buffers: dict[socket.socket, bytes] = {}
        self._lock = threading.Lock()
        self._quiet_since = 0.0  # start of the latest select that found nothing to do
        self._stopping = False
        self._thread = threading.Thread(target=self._loop, name="loopback", daemon=True)
        self._thread.start()

    def reset(self) -> None:
        """Forget what was counted (between tests sharing one server)."""
        self.settle()
        with self._lock:
            self.requests.clear()
            self.connections = 0

    def settle(self, seconds: float = 10.0) -> list[str]:
        """The requests received, once everything the clients sent has been read."""
        asked = time.monotonic()
        deadline = asked + seconds
        while True:
            with self._lock:
                if self._quiet_since > asked:
                    return list(self.requests)
            if time.monotonic() > deadline:
                raise AssertionError("the loopback server never caught up")
            time.sleep(0.001)

    def close(self) -> None:
        self._stopping = True
        self._thread.join(timeout=10)
        for sock in list(self._buffers):
            sock.close()
        self._listener.close()
        self._selector.close()

    def _loop(self) -> None:
        while not self._stopping:
            started = time.monotonic()
            events = self._selector.select(timeout=0.005)
            if not events:
                with self._lock:
                    self._quiet_since = started
            for key, _ in events:
                sock = key.fileobj
                assert isinstance(sock, socket.socket)
                if sock is self._listener:
                    self._accept()
                else:
                    self._read(sock)

    def _accept(self) -> None:
        try:
            connection, _ = self._listener.accept()
        except BlockingIOError:
            return
        connection.setblocking(False)
        self._selector.register(connection, selectors.EVENT_READ)
        self._buffers[connection] = b""
        with self._lock:
            self.connections += 1

    def _read(self, sock: socket.socket) -> None:
        try:
            chunk = sock.recv(65536)
        except (BlockingIOError, InterruptedError):
            return
        except OSError:
            chunk = b""
        if not chunk:
            self._drop(sock)
            return
        buffer = self._buffers[sock] + chunk
        while (request := _one_request(buffer)) is not None:
            line, buffer = request
            with self._lock:
                self.requests.append(line)
            if self.behaviour == "reset":
                # Linger 0: close() sends RST instead of FIN; the client's read fails.
                sock.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0))
                self._drop(sock)
                return
        self._buffers[sock] = buffer

    def _drop(self, sock: socket.socket) -> None:
        self._selector.unregister(sock)
        del self._buffers[sock]
        sock.close()


def _one_request(buffer: bytes) -> tuple[str, bytes] | None:
    """(request line, what follows the request) once a whole request is in the buffer."""
    head, found, rest = buffer.partition(_HEADERS_END)
    if not found:
        return None
    lines = head.decode("latin-1").split("\r\n")
    length = 0
    for line in lines[1:]:
        name, _, value = line.partition(":")
        if name.strip().lower() == "content-length":
            length = int(value.strip())
    if len(rest) < length:
        return None
    return lines[0], rest[length:]


@contextmanager
def loopback(behaviour: Behaviour) -> Iterator[Loopback]:
    server = Loopback(behaviour)
    try:
        yield server
    finally:
        server.close()
