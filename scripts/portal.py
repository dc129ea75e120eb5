"""Download doc-portal pages: bounded concurrency, retries with backoff, a conditional cache.

A weekly run should download only what changed: every answer is kept under the cache directory
with its ``ETag`` and ``Last-Modified``, and the next request for the same URL is conditional
(``If-None-Match`` / ``If-Modified-Since``); a ``304`` is served from the cache. HTTP 429, 500,
502, 503 and 504 (``RETRY_STATUSES``), timeouts and connection errors are retried with
exponential backoff and jitter (``Retry-After`` honoured, capped); other request errors (too
many redirects, an undecodable body) are not. A failure is reported per URL and never stops the
other downloads.
"""

from __future__ import annotations

import asyncio
import hashlib
import json
import random
import sys
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import Any, TextIO

import httpx

RETRY_STATUSES = frozenset({429, 500, 502, 503, 504})
MAX_RETRY_AFTER = 30.0
USER_AGENT = "pandapon-docs-sync (+https://github.com/pandapon)"


@dataclass(frozen=True)
class Fetched:
    """One URL's outcome: its text, or why there is none."""

    url: str
    text: str | None
    error: str | None = None
    status: int | None = None  # the last HTTP status seen
    content_type: str = ""
    downloaded: bool = False  # False when the cache answered (304) or nothing arrived
    retry_after: float | None = None  # what the server asked for before a retry


class _Cache:
    """One JSON file per URL: validators, content type and the body."""

    def __init__(self, root: Path | None) -> None:
        self.root = root

    def _file(self, url: str) -> Path | None:
        if self.root is None:
            return None
        return self.root / (hashlib.sha256(url.encode()).hexdigest()[:40] + ".json")

    def get(self, url: str) -> dict[str, Any] | None:
        path = self._file(url)
        if path is None or not path.is_file():
            return None
        try:
            entry = json.loads(path.read_text(encoding="utf-8"))
        except (OSError, ValueError):
            return None  # a damaged entry is only a missed shortcut
        return entry if isinstance(entry, dict) and entry.get("url") == url else None

    def put(self, url: str, response: httpx.Response, text: str) -> None:
        path = self._file(url)
        if path is None:
            return
        entry = {
            "url": url,
            "etag": response.headers.get("etag"),
            "last_modified": response.headers.get("last-modified"),
            "content_type": response.headers.get("content-type", ""),
            "text": text,
        }
        path.parent.mkdir(parents=True, exist_ok=True)
        tmp = path.with_suffix(".tmp")
        tmp.write_text(json.dumps(entry, ensure_ascii=False), encoding="utf-8")
        tmp.replace(path)


def _conditional(entry: dict[str, Any] | None) -> dict[str, str]:
    headers: dict[str, str] = {}
    if entry and entry.get("etag"):
        headers["If-None-Match"] = str(entry["etag"])
    if entry and entry.get("last_modified"):
        headers["If-Modified-Since"] = str(entry["last_modified"])
    return headers


def retry_after(value: str | None) -> float | None:
    """Seconds from a ``Retry-After`` header in seconds (dates and garbage: None)."""
    try:
        seconds = float(value) if value is not None else None
    except ValueError:
        return None
    if seconds is None or not seconds >= 0:  # NaN fails the comparison too
        return None
    return min(seconds, MAX_RETRY_AFTER)


class Progress:
    """A one-line progress bar on a terminal; silent otherwise."""

    def __init__(self, total: int, stream: TextIO = sys.stderr, label: str = "pages") -> None:
        self.total, self.done, self.stream, self.label = total, 0, stream, label
        self.enabled = total > 0 and stream.isatty()

    def step(self) -> None:
        self.done += 1
        if not self.enabled:
            return
        width = 30
        filled = width * self.done // self.total
        bar = "#" * filled + "." * (width - filled)
        end = "\n" if self.done >= self.total else ""
        self.stream.write(f"\rdocs-sync [{bar}] {self.done}/{self.total} {self.label}{end}")
        self.stream.flush()


class Portal:
    """Downloads pages for docs sync; one instance per run."""

    def __init__(
        self,
        *,
        cache_dir: Path | None = None,
        concurrency: int = 4,
        timeout: float = 30.0,
        retries: int = 3,
        backoff: float = 0.5,
        transport: httpx.AsyncBaseTransport | None = None,
    ) -> None:
        if concurrency < 1:
            raise ValueError("concurrency must be at least 1")
        self._cache = _Cache(cache_dir)
        self._limit = asyncio.Semaphore(concurrency)
        self._timeout = timeout
        self._retries = retries
        self._backoff = backoff
        self._client = httpx.AsyncClient(
            timeout=httpx.Timeout(timeout),
            follow_redirects=True,
            headers={"User-Agent": USER_AGENT},
            transport=transport,
        )

    async def __aenter__(self) -> Portal:
        return self

    async def __aexit__(self, *exc: object) -> None:
        await self._client.aclose()

    async def fetch_all(
        self, urls: Iterable[str], on_done: Callable[[Fetched], None] | None = None
    ) -> list[Fetched]:
        """Every URL, at most ``concurrency`` at a time, in the order given."""

        async def one(url: str) -> Fetched:
            async with self._limit:
                result = await self.fetch(url)
            if on_done is not None:
                on_done(result)
            return result

        return list(await asyncio.gather(*(one(url) for url in urls)))

    async def fetch(self, url: str) -> Fetched:
        cached = self._cache.get(url)
        last: Fetched | None = None
        for attempt in range(self._retries + 1):
            if attempt:
                await asyncio.sleep(self._delay(attempt, last))
            last = await self._attempt(url, cached)
            if last.error is None or not self._retryable(last):
                return last
        assert last is not None
        return last

    def _delay(self, attempt: int, last: Fetched | None) -> float:
        base = self._backoff * 2.0 ** (attempt - 1)
        jittered = base * (0.5 + random.random() / 2)  # noqa: S311 - spreading retries, not a secret
        hinted = last.retry_after if last is not None else None
        return max(jittered, hinted) if hinted is not None else jittered

    @staticmethod
    def _retryable(result: Fetched) -> bool:
        return result.status is None or result.status in RETRY_STATUSES

    async def _attempt(self, url: str, cached: dict[str, Any] | None) -> Fetched:
        try:
            response = await self._client.get(url, headers=_conditional(cached))
        except httpx.TimeoutException:
            return Fetched(url, None, f"timed out after {self._timeout:g} s")
        except httpx.TransportError as exc:
            return Fetched(url, None, f"connection failed: {exc.__class__.__name__}: {exc}")
        except httpx.RequestError as exc:
            # Not transient (too many redirects, an undecodable body): status 0, no retry.
            return Fetched(url, None, f"request failed: {exc.__class__.__name__}: {exc}", status=0)
        except httpx.InvalidURL as exc:
            return Fetched(url, None, f"invalid URL: {exc}", status=0)
        content_type = response.headers.get("content-type", "")
        if response.status_code == 304 and cached is not None:
            return Fetched(
                url, str(cached.get("text", "")), None, 304, str(cached.get("content_type", ""))
            )
        if response.status_code != 200:
            return Fetched(
                url,
                None,
                f"HTTP {response.status_code} {response.reason_phrase}".strip(),
                response.status_code,
                content_type,
                retry_after=retry_after(response.headers.get("retry-after")),
            )
        text = response.content.decode("utf-8", errors="replace")
        self._cache.put(url, response, text)
        return Fetched(url, text, None, 200, content_type, downloaded=True)
