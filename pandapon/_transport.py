"""The HTTP clients a PandaPon client sends through: its own (with the async client's several
connection pools, ``Pools``), or one the user gave, adopted with our base URL and signing; and
new connections for a client used in a child process after ``fork()``."""

from __future__ import annotations

import os
from collections.abc import AsyncIterator
from typing import Any, TypeVar

import httpx

from . import _exceptions as exc
from ._auth import PandaPonAuth, SigningGuard
from ._logging import logger

H = TypeVar("H", httpx.Client, httpx.AsyncClient)
# httpx keeps idle connections 5 s, exactly as long as common servers (uvicorn) keep them open:
# a request could then go out on a connection the server is closing. 4 s avoids that race.
LIMITS = httpx.Limits(max_connections=100, max_keepalive_connections=20, keepalive_expiry=4.0)
#: Connection pools behind one ``AsyncPandaPon`` (see ``Pools``).
POOLS = 4


def connect(
    given: H | None,
    cls: type[H],
    *,
    base_url: httpx.URL,
    auth: PandaPonAuth,
    timeout: httpx.Timeout,
) -> H:
    """The HTTP client a PandaPon client sends through: the one given, or one of its own."""
    if given is not None and not isinstance(given, cls):
        raise exc.ConfigurationError(f"http_client must be an httpx.{cls.__name__}")
    # The async client sends through several pools (Pools); `limits` still applies to the
    # proxies httpx mounts from the environment, as before.
    pools: dict[str, Any] = {}
    if given is None and cls is httpx.AsyncClient:
        pools["transport"] = Pools(LIMITS)
    http = given or cls(base_url=base_url, auth=auth, timeout=timeout, limits=LIMITS, **pools)
    _adopt(http, base_url, auth)
    return http


def connect_after_fork(
    cls: type[H],
    *,
    made_by_us: bool,
    made_in: int,
    base_url: httpx.URL,
    auth: PandaPonAuth,
    timeout: httpx.Timeout,
) -> H:
    """New connections for a client made in process ``made_in`` and used in this one, a child
    of it after ``fork()``: the parent's connections belong to the parent, and two processes
    writing to one connection garble both. The parent's are left alone (closing them here could
    end its TLS sessions). A client given its own ``http_client`` cannot be remade: refused."""
    if not made_by_us:
        raise exc.ConfigurationError(
            f"this client was made in process {made_in} with an http_client of yours, and "
            f"is used in process {os.getpid()} after fork(): the connections would be shared. "
            "Make the client (and its http_client) in the process that uses it"
        )
    logger.debug("process %d: new connections for a client made before fork()", os.getpid())
    return connect(None, cls, base_url=base_url, auth=auth, timeout=timeout)


def given_base_url(base_url: str | httpx.URL | None, http: object) -> str | httpx.URL | None:
    """A user-supplied HTTP client's own base URL stands in for ``base_url`` when none is given:
    ``call()`` and the generated functions (which send through that client) must go to the same
    place, and not silently to production."""
    own = getattr(http, "base_url", None)
    if base_url is None and isinstance(own, httpx.URL) and str(own):
        return own
    return base_url


def _adopt(http: httpx.Client | httpx.AsyncClient, base_url: httpx.URL, auth: PandaPonAuth) -> None:
    """Give a user-supplied HTTP client our base URL and signing, unless it has its own."""
    if not str(http.base_url):
        http.base_url = base_url
    elif str(http.base_url).rstrip("/") != str(base_url).rstrip("/"):
        raise exc.ConfigurationError(
            f"base_url {str(base_url)!r} and http_client.base_url "
            f"{str(http.base_url)!r} differ; give one of them"
        )
    if http.auth is None:
        http.auth = auth
    guard = SigningGuard(base_url)
    is_async = isinstance(http, httpx.AsyncClient)
    hooks = guard.shielded(http.event_hooks, is_async=is_async)  # theirs never see a signature
    hook = guard.on_async_request if is_async else guard
    hooks["request"] = [*hooks.get("request", []), hook]
    http.event_hooks = hooks


class Pools(httpx.AsyncBaseTransport):
    """Several connection pools behind one async client; each request goes to the least busy.

    httpcore's pool scans every connection and every waiting request whenever a request starts
    or ends, so its cost per request grows with the calls in flight: at 128 concurrent calls it
    was most of the client's CPU, and raw httpx outran the SDK. ``count`` pools with a share of
    the connections each keep those scans short, while the client may still open as many
    connections in all (``limits``), which a cap on calls in flight would not: such a cap limits
    throughput to cap / latency, and against a server 50 ms away it falls behind raw httpx
    (BENCHMARKS.md, "Throughput, async, 128 tasks, 50 ms of latency per answer", has the figures).
    One call at a time always uses the first pool, so sequential use opens one connection.
    """

    def __init__(self, limits: httpx.Limits, count: int = POOLS) -> None:
        def share(value: int | None) -> int | None:
            return None if value is None else max(1, -(-value // count))

        each = httpx.Limits(
            max_connections=share(limits.max_connections),
            max_keepalive_connections=share(limits.max_keepalive_connections),
            keepalive_expiry=limits.keepalive_expiry,
        )
        # One TLS context for all (what httpx would make for one pool: certifi, SSL_CERT_FILE).
        tls = httpx.create_ssl_context(verify=True, trust_env=True)
        self.pools = [httpx.AsyncHTTPTransport(verify=tls, limits=each) for _ in range(count)]
        self.busy = [0] * count  # requests sent through each pool and not yet closed

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        busy = self.busy
        index = busy.index(min(busy))
        busy[index] += 1
        try:
            response = await self.pools[index].handle_async_request(request)
        except BaseException:
            busy[index] -= 1
            raise
        if response.is_closed:  # read in full already (a mock transport): nothing in flight
            busy[index] -= 1
        else:
            assert isinstance(response.stream, httpx.AsyncByteStream)
            response.stream = _Counted(response.stream, busy, index)
        return response

    async def aclose(self) -> None:
        for pool in self.pools:
            await pool.aclose()


class _Counted(httpx.AsyncByteStream):
    """A response body that tells its pool's counter when it is closed."""

    __slots__ = ("busy", "index", "stream")

    def __init__(self, stream: httpx.AsyncByteStream, busy: list[int], index: int) -> None:
        self.stream, self.busy, self.index = stream, busy, index

    async def __aiter__(self) -> AsyncIterator[bytes]:
        async for chunk in self.stream:
            yield chunk

    async def aclose(self) -> None:
        if self.index >= 0:
            self.busy[self.index] -= 1
            self.index = -1
        await self.stream.aclose()
