"""The HTTP clients a PandaPon client sends through: its own (with the async client's several
connection pools, ``Pools``, and the proxies of the environment), or one the user gave, adopted
with our base URL and signing; and new connections for a client used in a child process after
``fork()``."""

from __future__ import annotations

import os
import ssl
from collections.abc import AsyncIterator
from typing import Any, TypeVar

import httpx

# httpx's own reading of HTTP(S)_PROXY/ALL_PROXY/NO_PROXY (private, but the very function its
# clients call): proxies chosen exactly as for a plain httpx client.
from httpx._utils import get_environment_proxies

from . import _exceptions as exc
from ._auth import PandaPonAuth, SigningGuard
from ._logging import logger

H = TypeVar("H", httpx.Client, httpx.AsyncClient)
# Every connection the client may open is kept open for reuse: with fewer kept than opened
# (httpx's default keeps 20 of 100), a burst of concurrent calls closes most connections as soon
# as it ends and the next burst opens them again, a TLS handshake each (BENCHMARKS.md, "TLS").
# httpx keeps idle connections 5 s, exactly as long as common servers (uvicorn) keep them open:
# a request could then go out on a connection the server is closing. 4 s avoids that race.
LIMITS = httpx.Limits(max_connections=100, max_keepalive_connections=100, keepalive_expiry=4.0)
#: Connection pools behind one ``AsyncPandaPon`` (see ``Pools``), chosen by measurement.
POOLS = 16


def connect(
    given: H | None,
    cls: type[H],
    *,
    base_url: httpx.URL,
    auth: PandaPonAuth,
    timeout: httpx.Timeout,
    limits: httpx.Limits | None = None,
) -> H:
    """The HTTP client a PandaPon client sends through: the one given, or one of its own
    (with ``limits``, or ``LIMITS``)."""
    if given is not None and not isinstance(given, cls):
        raise exc.ConfigurationError(f"http_client must be an httpx.{cls.__name__}")
    if given is not None and limits is not None:
        raise exc.ConfigurationError(
            "limits= applies to the client's own connections; with http_client=, give the "
            "limits to your httpx client instead"
        )
    if limits is not None and not isinstance(limits, httpx.Limits):
        raise exc.ConfigurationError(f"limits must be an httpx.Limits, not {limits!r}")
    if given is None:
        given = _own(cls, base_url=base_url, auth=auth, timeout=timeout, limits=limits or LIMITS)
    _adopt(given, base_url, auth)
    return given


def _own(
    cls: type[H],
    *,
    base_url: httpx.URL,
    auth: PandaPonAuth,
    timeout: httpx.Timeout,
    limits: httpx.Limits,
) -> H:
    """A client's own HTTP client. The sync one is httpx's own (which mounts the proxies of
    HTTP_PROXY, HTTPS_PROXY, ALL_PROXY and NO_PROXY itself). The async one sends through
    ``Pools``; httpx ignores the environment's proxies for a client given a transport, so they
    are mounted here, each as httpx would (a scheme's or host's proxy, or none for NO_PROXY's
    hosts), through pools of their own."""
    if issubclass(cls, httpx.AsyncClient):
        # One TLS context for all (what httpx would make: certifi, or SSL_CERT_FILE/_DIR).
        tls = httpx.create_ssl_context(verify=True, trust_env=True)
        mounts: dict[str, Any] = {
            pattern: None if proxy is None else Pools(limits, tls=tls, proxy=proxy)
            for pattern, proxy in get_environment_proxies().items()
        }
        transport = Pools(limits, tls=tls)
        return cls(
            base_url=base_url, auth=auth, timeout=timeout, transport=transport, mounts=mounts
        )
    return cls(base_url=base_url, auth=auth, timeout=timeout, limits=limits)


def connect_after_fork(
    cls: type[H],
    *,
    made_by_us: bool,
    made_in: int,
    base_url: httpx.URL,
    auth: PandaPonAuth,
    timeout: httpx.Timeout,
    limits: httpx.Limits | None = None,
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
    return connect(None, cls, base_url=base_url, auth=auth, timeout=timeout, limits=limits)


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
    Every pool keeps its share of idle connections for reuse (``LIMITS``); ``proxy`` sends
    through a proxy (``_own``).
    """

    def __init__(
        self,
        limits: httpx.Limits,
        count: int = POOLS,
        *,
        tls: ssl.SSLContext | None = None,
        proxy: str | None = None,
    ) -> None:
        if limits.max_connections is not None:  # no pool with less than one connection
            count = max(1, min(count, limits.max_connections))

        def share(value: int | None, index: int) -> int | None:
            # The limit split exactly: the first pools (the first chosen) take the remainder.
            return None if value is None else value // count + (index < value % count)

        if tls is None:  # what httpx would make for one pool: certifi, or SSL_CERT_FILE
            tls = httpx.create_ssl_context(verify=True, trust_env=True)
        self.pools = [
            httpx.AsyncHTTPTransport(
                verify=tls,
                proxy=proxy,
                limits=httpx.Limits(
                    max_connections=share(limits.max_connections, index),
                    max_keepalive_connections=share(limits.max_keepalive_connections, index),
                    keepalive_expiry=limits.keepalive_expiry,
                ),
            )
            for index in range(count)
        ]
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
