"""Download doc-portal pages: bounded concurrency, retries with backoff, a conditional cache,
and limits that a hostile portal cannot talk past.

A weekly run should download only what changed: every answer is kept under the cache directory
with its ``ETag`` and ``Last-Modified``, and the next request for the same URL is conditional
(``If-None-Match`` / ``If-Modified-Since``); a ``304`` is served from the cache. HTTP 429, 500,
502, 503 and 504 (``RETRY_STATUSES``), timeouts and connection errors are retried with
exponential backoff and jitter (``Retry-After`` honoured, capped); other request errors (too
many redirects, an undecodable body) are not. A failure is reported per URL and never stops the
other downloads.

Pages are text anyone who can edit a portal controls, so:

- **Off-site is off-limits.** With ``hosts`` (the run's portals, as origins: scheme, host and
  port), a URL elsewhere is never fetched, and a redirect is followed (by this module, not by
  httpx) only to those hosts; without, only to the origin of the URL asked for. Anything else
  is a result with ``off_site`` set, the request never made.
- **Limits.** A page is streamed and given up past ``max_bytes`` (never read whole first);
  ``timeout`` bounds a page's whole download (connection, redirects, every byte), not each read;
  ``deadline`` bounds the whole run: what is not read by then is reported as such.
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
from urllib.parse import urljoin, urlsplit

import httpx

from scripts.spec.pyliteral import printable

RETRY_STATUSES = frozenset({429, 500, 502, 503, 504})
REDIRECT_STATUSES = frozenset({301, 302, 303, 307, 308})
MAX_RETRY_AFTER = 30.0
MAX_REDIRECTS = 10
MAX_PAGE_BYTES = 5_000_000
USER_AGENT = "pandapon-docs-sync (+https://github.com/pandapon)"
_PORTS = {"http": 80, "https": 443}


def origin(url: str) -> str | None:
    """``https://doc-env2.pandapon.com:443`` for any http(s) URL on that host; None for any
    other kind of URL (``file:``, ``javascript:``, no host)."""
    try:
        parts = urlsplit(url)
        port = parts.port
    except ValueError:
        return None
    scheme = parts.scheme.lower()
    if scheme not in _PORTS or not parts.hostname:
        return None
    return f"{scheme}://{parts.hostname.lower()}:{port or _PORTS[scheme]}"


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
    off_site: bool = False  # the URL, or a redirect, led off the run's hosts: never fetched


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

    def __init__(self, total: int, stream: TextIO | None = None, label: str = "pages") -> None:
        # sys.stderr as it is now, not as it was at import (pytest, redirect_stderr replace it).
        stream = sys.stderr if stream is None else stream
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
    """Downloads pages for docs sync; one instance per run (its ``deadline`` starts with it)."""

    def __init__(
        self,
        *,
        cache_dir: Path | None = None,
        concurrency: int = 4,
        timeout: float = 30.0,
        retries: int = 3,
        backoff: float = 0.5,
        transport: httpx.AsyncBaseTransport | None = None,
        hosts: Iterable[str] | None = None,
        max_bytes: int = MAX_PAGE_BYTES,
        deadline: float | None = None,
    ) -> None:
        if concurrency < 1:
            raise ValueError("concurrency must be at least 1")
        self._cache = _Cache(cache_dir)
        self._limit = asyncio.Semaphore(concurrency)
        self._timeout = timeout
        self._retries = retries
        self._backoff = backoff
        self._hosts = None if hosts is None else {o for o in map(origin, hosts) if o}
        self._max_bytes = max_bytes
        self._deadline = deadline
        self._ends: float | None = None  # the loop time the deadline passes, once started
        self._client = httpx.AsyncClient(
            timeout=httpx.Timeout(timeout),
            follow_redirects=False,  # followed by _attempt, only to the allowed hosts
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

    def _remaining(self) -> float | None:
        """Seconds left before the run's deadline (None: no deadline)."""
        if self._deadline is None:
            return None
        now = asyncio.get_running_loop().time()
        if self._ends is None:
            self._ends = now + self._deadline
        return self._ends - now

    def _late(self, url: str) -> Fetched:
        return Fetched(
            url, None, f"the run's deadline ({self._deadline:g} s, --deadline) passed first", 0
        )

    def _allowed(self, url: str, asked: str) -> bool:
        found = origin(url)
        if self._hosts is None:
            return found is not None and found == origin(asked)
        return found in self._hosts

    async def fetch(self, url: str) -> Fetched:
        if not self._allowed(url, url):
            return _off_site(url, url)
        cached = self._cache.get(url)
        last: Fetched | None = None
        for attempt in range(self._retries + 1):
            if attempt:
                delay = self._delay(attempt, last)
                remaining = self._remaining()
                if remaining is not None and remaining <= delay:
                    return self._late(url) if last is None else last
                await asyncio.sleep(delay)
            last = await self._bounded(url, cached)
            if last.error is None or not self._retryable(last):
                return last
        assert last is not None
        return last

    async def _bounded(self, url: str, cached: dict[str, Any] | None) -> Fetched:
        """One attempt, whole, within ``timeout`` and what is left of the deadline."""
        remaining = self._remaining()
        if remaining is not None and remaining <= 0:
            return self._late(url)
        limit = self._timeout if remaining is None else min(self._timeout, remaining)
        try:
            async with asyncio.timeout(limit):
                return await self._attempt(url, cached)
        except TimeoutError:
            if limit < self._timeout:
                return self._late(url)
            return Fetched(url, None, f"timed out after {self._timeout:g} s")

    def _delay(self, attempt: int, last: Fetched | None) -> float:
        base = self._backoff * 2.0 ** (attempt - 1)
        jittered = base * (0.5 + random.random() / 2)  # noqa: S311 - spreading retries, not a secret
        hinted = last.retry_after if last is not None else None
        return max(jittered, hinted) if hinted is not None else jittered

    @staticmethod
    def _retryable(result: Fetched) -> bool:
        return result.status is None or result.status in RETRY_STATUSES

    async def _attempt(self, url: str, cached: dict[str, Any] | None) -> Fetched:
        target = url
        try:
            for _ in range(MAX_REDIRECTS + 1):
                headers = _conditional(cached) if target == url else {}
                async with self._client.stream("GET", target, headers=headers) as response:
                    location = response.headers.get("location")
                    if response.status_code in REDIRECT_STATUSES and location:
                        target = urljoin(target, location)
                        if not self._allowed(target, url):
                            return _off_site(url, target)
                        continue
                    return await self._answer(url, response, cached)
            return Fetched(url, None, f"too many redirects (more than {MAX_REDIRECTS})", status=0)
        except httpx.TimeoutException:
            return Fetched(url, None, f"timed out after {self._timeout:g} s")
        except httpx.TransportError as exc:
            return Fetched(url, None, f"connection failed: {exc.__class__.__name__}: {exc}")
        except httpx.RequestError as exc:
            # Not transient (an undecodable body): status 0, no retry.
            return Fetched(url, None, f"request failed: {exc.__class__.__name__}: {exc}", status=0)
        except httpx.InvalidURL as exc:
            return Fetched(url, None, f"invalid URL: {exc}", status=0)

    async def _answer(
        self, url: str, response: httpx.Response, cached: dict[str, Any] | None
    ) -> Fetched:
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
        declared = response.headers.get("content-length", "")
        if declared.isdigit() and int(declared) > self._max_bytes:
            return self._too_large(url, content_type)
        chunks: list[bytes] = []
        size = 0
        async for chunk in response.aiter_bytes():  # decoded: a compressed bomb counts whole
            size += len(chunk)
            if size > self._max_bytes:
                return self._too_large(url, content_type)
            chunks.append(chunk)
        text = b"".join(chunks).decode("utf-8", errors="replace")
        self._cache.put(url, response, text)
        return Fetched(url, text, None, 200, content_type, downloaded=True)

    def _too_large(self, url: str, content_type: str) -> Fetched:
        error = f"larger than {self._max_bytes:,} bytes (--max-page-bytes); not read"
        return Fetched(url, None, error, 0, content_type)


def _off_site(url: str, target: str) -> Fetched:
    where = origin(target) or urlsplit(target).scheme or "?"
    how = "is" if url == target else "redirects"
    error = f"skipped: off-site ({how} on {printable(where)}, not the portal's host); not fetched"
    return Fetched(url, None, error, 0, off_site=True)
