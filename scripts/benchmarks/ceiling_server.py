"""A loopback PandaPon with a rate limit: a token bucket of ``rate`` calls per second (``burst``
at once), HTTP 429 beyond it, every answer held ``latency`` seconds, and a log of every request.

For the rate-limit and bulk tests and `make bench`'s bulk-at-ceiling table. It runs in a
process of its own (an asyncio protocol, no framework: it must not be the bottleneck) and
answers any call with a success envelope whose ``data.subject`` is the id it was asked for
(``offerId`` or ``itemId`` of the JSON body or query), except ids starting with ``missing``,
which get a 404 envelope. ``GET /_log`` returns ``[[arrival (epoch s), status, id], ...]``.
"""

from __future__ import annotations

import json
import multiprocessing
import os
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from multiprocessing.connection import Connection
from typing import Any
from urllib.parse import parse_qs

import httpx

from scripts.benchmarks._loopback import HTTPProtocol, in_process, serve

_ID_FIELDS = ("offerId", "itemId", "id")


def _answer(status: int, payload: Any) -> bytes:
    body = json.dumps(payload, ensure_ascii=False).encode()
    reason = {200: b"OK", 404: b"Not Found", 429: b"Too Many Requests"}.get(status, b"OK")
    return (
        b"HTTP/1.1 %d %s\r\ncontent-type: application/json\r\ncontent-length: %d\r\n\r\n"
        % (status, reason, len(body))
    ) + body


def _envelope(code: int, msg: str, data: Any) -> dict[str, Any]:
    return {"code": code, "msg": msg, "requestId": os.urandom(8).hex(), "data": data}


class _Bucket:
    def __init__(self, rate: float | None, burst: float) -> None:
        self.rate, self.burst = rate, burst
        self.tokens, self.at = burst, time.monotonic()

    def take(self) -> bool:
        if self.rate is None:
            return True
        now = time.monotonic()
        self.tokens = min(self.burst, self.tokens + (now - self.at) * self.rate)
        self.at = now
        if self.tokens >= 1:
            self.tokens -= 1
            return True
        return False


class _Protocol(HTTPProtocol):
    def __init__(self, bucket: _Bucket, latency: float, log: list[list[Any]]) -> None:
        super().__init__()
        self.bucket, self.latency, self.log = bucket, latency, log

    def respond(self, target: bytes, body: bytes) -> None:
        path, _, query = target.decode("latin-1").partition("?")
        if path == "/_log":
            self.send(_answer(200, self.log), 0.0)
            return
        item = _requested_id(body, query)
        arrival = time.time()
        if not self.bucket.take():
            status, payload = 429, _envelope(429, "too many requests", None)
        elif item.startswith("missing"):
            status, payload = 404, _envelope(404, f"no product {item}", None)
        else:
            data: dict[str, Any] = {"subject": item}  # names the id asked for, whatever it is
            if item.isdigit():
                data["offerId"] = int(item)
            status, payload = 200, _envelope(200, "success", data)
        self.log.append([arrival, status, item])
        self.send(_answer(status, payload), self.latency)


def _requested_id(body: bytes, query: str) -> str:
    try:
        payload = json.loads(body) if body else {}
    except ValueError:
        payload = {}
    fields = {k: v[0] for k, v in parse_qs(query).items()}
    if isinstance(payload, dict):
        fields.update(payload)
    for name in _ID_FIELDS:
        if name in fields:
            return str(fields[name])
    return ""


def _serve(rate: float | None, burst: float, latency: float, ready: Connection) -> None:
    bucket = _Bucket(rate, burst)
    log: list[list[Any]] = []
    serve(lambda: _Protocol(bucket, latency, log), ready, backlog=2048)


@dataclass
class CeilingServer:
    url: str
    rate: float | None
    process: multiprocessing.process.BaseProcess

    def log(self) -> list[tuple[float, int, str]]:
        """Every request so far: (arrival in epoch seconds, status, id), in arrival order."""
        answer = httpx.get(f"{self.url}/_log", timeout=60)
        return [(float(t), int(s), str(i)) for t, s, i in answer.json()]


@contextmanager
def running(
    rate: float | None = None, *, burst: float | None = None, latency: float = 0.0
) -> Iterator[CeilingServer]:
    """The server in a process of its own, for the ``with`` block. ``burst`` defaults to a
    tenth of a second's worth of calls (at least 1)."""
    tokens = burst if burst is not None else max(1.0, (rate or 0) / 10)
    with in_process(_serve, (rate, tokens, latency), "ceiling server") as (port, process):
        yield CeilingServer(f"http://127.0.0.1:{port}", rate, process)


def most_in_any_window(times: list[float], window: float = 1.0) -> int:
    """The most requests that arrived within any ``window`` seconds (a sliding window)."""
    ordered = sorted(times)
    most, start = 0, 0
    for end, at in enumerate(ordered):
        while at - ordered[start] >= window:
            start += 1
        most = max(most, end - start + 1)
    return most
