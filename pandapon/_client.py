"""``PandaPon`` and ``AsyncPandaPon``: signed, validated, retried calls to every operation."""

from __future__ import annotations

import datetime
import os
import time
from collections.abc import AsyncIterator, Iterator, Mapping
from functools import cache, cached_property
from typing import TYPE_CHECKING, Any, Literal, Self, TypeVar

import httpx
from pandapon_api.resource_roots import AsyncResources, SyncResources

from . import _exceptions as exc
from ._auth import SigningGuard
from ._base_client import (
    BaseClient,
    Budget,
    CallOptions,
    Pager,
    PreparedCall,
    RawResponse,
    deadline_error,
    redacted,
)
from ._config import DEFAULT_MAX_RESPONSE_BYTES, DEFAULT_MAX_RETRIES, RetryPolicy
from ._logging import logger
from ._response import APIResponse, Page
from ._signing import Signer
from ._spec import Operation
from ._validation import ValidationMode

if TYPE_CHECKING:
    from pandapon_api.raw_resources import AsyncRawResources, SyncRawResources

    from ._evidence import EvidenceStore
    from ._ratelimit import RateLimiter

#: What a send returns: the envelope's data, the whole answer unchecked (``call_raw``), or the
#: data with the HTTP metadata (``with_raw_response``).
_Result = Literal["data", "raw", "response"]

H = TypeVar("H", httpx.Client, httpx.AsyncClient)
# httpx keeps idle connections 5 s, exactly as long as common servers (uvicorn) keep them open:
# a request could then go out on a connection the server is closing. 4 s avoids that race.
_LIMITS = httpx.Limits(max_connections=100, max_keepalive_connections=20, keepalive_expiry=4.0)


def _connect(client: BaseClient, given: H | None, cls: type[H]) -> H:
    """The HTTP client a PandaPon client sends through: the one given, or one of its own."""
    if given is not None and not isinstance(given, cls):
        raise exc.ConfigurationError(f"http_client must be an httpx.{cls.__name__}")
    client._owns_http = given is None
    # The async client sends through several pools (Pools); `limits` still applies to the
    # proxies httpx mounts from the environment, as before.
    pools: dict[str, Any] = {}
    if given is None and cls is httpx.AsyncClient:
        pools["transport"] = Pools(_LIMITS)
    http = given or cls(
        base_url=client.base_url,
        auth=client._auth,
        timeout=client.timeout,
        limits=_LIMITS,
        **pools,
    )
    _adopt(http, client)
    client._made_http, client._pid = given is None, os.getpid()
    return http


def _after_fork(client: BaseClient, cls: type[H]) -> None:
    """A client made before ``fork()`` is used in the child: its connections belong to the
    parent, and two processes writing to one connection garble both. The child gets a pool of
    its own, and the parent's connections are left alone (closing them here could end the
    parent's TLS sessions). A client given its own ``http_client`` cannot be remade: refused."""
    if not client._made_http:
        raise exc.ConfigurationError(
            f"this client was made in process {client._pid} with an http_client of yours, and "
            f"is used in process {os.getpid()} after fork(): the connections would be shared. "
            "Make the client (and its http_client) in the process that uses it"
        )
    logger.debug("process %d: new connections for a client made before fork()", os.getpid())
    client._http = _connect(client, None, cls)
    client.__dict__.pop("raw", None)  # the generated client, bound to the old connections


#: Connection pools behind one ``AsyncPandaPon`` (see ``Pools``).
POOLS = 4


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


def _base_url(base_url: str | httpx.URL | None, http: object) -> str | httpx.URL | None:
    """A user-supplied HTTP client's own base URL stands in for ``base_url`` when none is given:
    ``call()`` and the generated functions (which send through that client) must go to the same
    place, and not silently to production."""
    own = getattr(http, "base_url", None)
    if base_url is None and isinstance(own, httpx.URL) and str(own):
        return own
    return base_url


def _adopt(http: httpx.Client | httpx.AsyncClient, client: BaseClient) -> None:
    """Give a user-supplied HTTP client our base URL and signing, unless it has its own."""
    if not str(http.base_url):
        http.base_url = client.base_url
    elif str(http.base_url).rstrip("/") != str(client.base_url).rstrip("/"):
        raise exc.ConfigurationError(
            f"base_url {str(client.base_url)!r} and http_client.base_url "
            f"{str(http.base_url)!r} differ; give one of them"
        )
    if http.auth is None:
        http.auth = client._auth
    guard = SigningGuard(client.base_url)
    hooks = dict(http.event_hooks)
    hook = guard.on_async_request if isinstance(http, httpx.AsyncClient) else guard
    hooks["request"] = [*hooks.get("request", []), hook]
    http.event_hooks = hooks


class PandaPon(SyncResources, BaseClient):
    """The PandaPon client.

    >>> with PandaPon() as client:  # credentials from PANDAPON_ACCESS_KEY / _SECRET / _USER_ID
    ...     page = client.alibaba.products.search(keyword="T恤", page_size=5)

    Every operation is a typed method (``client.alibaba.orders.cancel(...)``); ``call()`` reaches
    any operation by its operationId. A successful answer is returned as PandaPon sent it, even
    where its shape differs from the spec's (a ``ShapeWarning`` says where), unless
    ``validate="strict"``; ``evidence=`` (a path, or ``PANDAPON_EVIDENCE``) records the answers'
    shapes, never their values (README: When the API differs from the spec).

    Reads are retried, within ``max_retries`` and the deadline, on connection errors (an answer
    whose body cannot be decoded included), timeouts, HTTP 408, 409, 429 and 5xx, and a rejected
    timestamp (signed afresh, with the server's clock when its Date header gives it). Calls that
    create, pay, cancel, submit or modify are never sent twice: one is sent again only when it
    provably never left (no connection was opened).

    ``rate_limit=`` caps the calls per second (``10``, ``{"*": 20, "1688": 10}``, or a
    ``pandapon.RateLimiter`` / ``RedisRateLimiter`` shared with other clients and processes);
    waiting for it counts against the deadline. Thread-safe; a client made before ``fork()``
    makes a new connection pool in the child (README: "Running on several machines").
    """

    def __init__(
        self,
        access_key: str | None = None,
        access_secret: str | None = None,
        user_id: str | None = None,
        *,
        base_url: str | httpx.URL | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int = DEFAULT_MAX_RETRIES,
        http_client: httpx.Client | None = None,
        signer: Signer | None = None,
        retry_policy: RetryPolicy | None = None,
        clock_offset: float = 0.0,
        validate: ValidationMode = "docs",
        deadline: float | None = None,
        max_response_bytes: int = DEFAULT_MAX_RESPONSE_BYTES,
        evidence: EvidenceStore | str | os.PathLike[str] | bool | None = None,
        rate_limit: float | Mapping[str, float] | RateLimiter | None = None,
    ) -> None:
        super().__init__(
            access_key,
            access_secret,
            user_id,
            base_url=_base_url(base_url, http_client),
            timeout=timeout,
            max_retries=max_retries,
            signer=signer,
            retry_policy=retry_policy,
            clock_offset=clock_offset,
            validate=validate,
            deadline=deadline,
            max_response_bytes=max_response_bytes,
            evidence=evidence,
            rate_limit=rate_limit,
        )
        self._http: httpx.Client = _connect(self, http_client, httpx.Client)

    def call(
        self,
        operation_id: str,
        body: Any = None,
        *,
        params: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        timeout: float | httpx.Timeout | None = None,
        deadline: float | None = None,
    ) -> Any:
        """Send any operation by operationId; returns the envelope's ``data`` as a typed model.

        ``body`` is a mapping with the docs' field names or a generated request model; ``params``
        fills the path and query parameters by name. ``extra_body``/``extra_query`` add fields
        the spec does not know; ``extra_headers`` adds headers (not the signed system headers);
        ``timeout`` is this call's own; ``deadline`` the seconds the whole call may take, every
        attempt and wait included (by default the client's, or 3 x the read timeout of
        ``timeout`` when only that is given).
        """
        options = CallOptions(extra_body, extra_query, extra_headers, timeout, deadline)
        return self._send(self._prepare(operation_id, body, params, options), "data")

    def call_raw(
        self,
        operation_id: str,
        body: Any = None,
        *,
        params: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        timeout: float | httpx.Timeout | None = None,
        deadline: float | None = None,
    ) -> RawResponse:
        """Like ``call``, but return PandaPon's whole answer (error envelopes included) instead
        of unwrapping ``data`` or raising ``APIError``; for debugging and ``pandapon call --raw``.
        Input is still validated, requests still signed and reads still retried.
        """
        options = CallOptions(extra_body, extra_query, extra_headers, timeout, deadline)
        raw: RawResponse = self._send(self._prepare(operation_id, body, params, options), "raw")
        return raw

    @cached_property
    def with_raw_response(self) -> SyncRawResources:
        """The same typed methods, returning an :class:`APIResponse` (HTTP status, headers,
        request id, elapsed time, ``.json()``, and ``.parse()`` for the typed data)."""
        from ._raw import RawResponses  # noqa: PLC0415 - the raw tree loads on first use

        return RawResponses(self)

    def _send(self, call: PreparedCall, result: _Result) -> Any:
        op = call.operation
        budget = self._budget(call)
        self._announce()
        if self._pid != os.getpid():
            _after_fork(self, httpx.Client)
        retries = 0
        while True:
            if self._rate_limiter is not None:  # every attempt takes a permit, within the deadline
                from ._ratelimit import wait_for_permit  # noqa: PLC0415

                wait_for_permit(self._rate_limiter, op, budget)
            request = self._build_request(self._http, call, budget)
            started = time.monotonic()
            try:
                response, error = self._receive(op, request, budget), None
            except httpx.RequestError as failed:  # also DecodingError: a body it cannot decode
                response, error = None, failed
            except exc.APIConnectionError as failed:  # the deadline, a redirect, a huge answer
                self._log(op, retries, started, type(failed).__name__, None)
                raise
            value, delay = _settle(
                self,
                call,
                result,
                budget,
                retries=retries,
                started=started,
                response=response,
                error=error,
            )
            if delay is None:
                return value
            time.sleep(delay)
            retries += 1

    def _receive(self, op: Operation, request: httpx.Request, budget: Budget) -> httpx.Response:
        """One attempt: send, then read the answer within the size limit and, as far as a sync
        client can, the deadline. Each connect, write and read was cut to the time left when the
        request was built (``Budget.timeout``) and the body is checked against the deadline chunk
        by chunk, but a read in progress cannot be interrupted: a server sending the status line
        and headers a few bytes at a time, each within that cut, holds the attempt until they are
        in. The async client's deadline is a hard limit (README: Retries, timeouts)."""
        response = self._http.send(request, auth=self._auth, stream=True, follow_redirects=False)
        try:
            self._refuse_redirect(op, response)
            body = self._body(op, response, budget)
            for chunk in response.iter_bytes():
                body.add(chunk)
            body.finish()
        finally:
            response.close()
        return response

    def paginate(
        self,
        operation_id: str,
        body: Any = None,
        *,
        params: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        timeout: float | httpx.Timeout | None = None,
        deadline: float | None = None,
    ) -> Iterator[Any]:
        """Every item of every page of a paged operation, fetching pages lazily."""
        pages = self.iter_pages(
            operation_id,
            body,
            params=params,
            extra_body=extra_body,
            extra_query=extra_query,
            extra_headers=extra_headers,
            timeout=timeout,
            deadline=deadline,
        )
        return (item for page in pages for item in page.items)

    def iter_pages(
        self,
        operation_id: str,
        body: Any = None,
        *,
        params: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        timeout: float | httpx.Timeout | None = None,
        deadline: float | None = None,
    ) -> Iterator[Page[Any]]:
        """Every page of a paged operation, with its items and the totals PandaPon sent."""
        pager = Pager.start(operation_id, body, params)
        options = CallOptions(extra_body, extra_query, extra_headers, timeout, deadline)
        return self._pages(operation_id, pager, options)

    def _pages(self, operation_id: str, pager: Pager, options: CallOptions) -> Iterator[Page[Any]]:
        while True:
            page_body, page_params = pager.request()
            call = self._prepare(operation_id, page_body, page_params, options)
            page, more = pager.advance(self._send(call, "data"))
            yield page
            if not more:
                return

    def close(self) -> None:
        """Close the HTTP client if this client created it."""
        if self._owns_http:
            self._http.close()

    def __enter__(self) -> Self:
        return self

    def __exit__(self, *_: object) -> None:
        self.close()


class AsyncPandaPon(AsyncResources, BaseClient):
    """The asyncio/trio twin of :class:`PandaPon`: the same methods, awaitable."""

    def __init__(
        self,
        access_key: str | None = None,
        access_secret: str | None = None,
        user_id: str | None = None,
        *,
        base_url: str | httpx.URL | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int = DEFAULT_MAX_RETRIES,
        http_client: httpx.AsyncClient | None = None,
        signer: Signer | None = None,
        retry_policy: RetryPolicy | None = None,
        clock_offset: float = 0.0,
        validate: ValidationMode = "docs",
        deadline: float | None = None,
        max_response_bytes: int = DEFAULT_MAX_RESPONSE_BYTES,
        evidence: EvidenceStore | str | os.PathLike[str] | bool | None = None,
        rate_limit: float | Mapping[str, float] | RateLimiter | None = None,
    ) -> None:
        super().__init__(
            access_key,
            access_secret,
            user_id,
            base_url=_base_url(base_url, http_client),
            timeout=timeout,
            max_retries=max_retries,
            signer=signer,
            retry_policy=retry_policy,
            clock_offset=clock_offset,
            validate=validate,
            deadline=deadline,
            max_response_bytes=max_response_bytes,
            evidence=evidence,
            rate_limit=rate_limit,
        )
        self._http: httpx.AsyncClient = _connect(self, http_client, httpx.AsyncClient)

    async def call(
        self,
        operation_id: str,
        body: Any = None,
        *,
        params: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        timeout: float | httpx.Timeout | None = None,
        deadline: float | None = None,
    ) -> Any:
        """Send any operation by operationId; see :meth:`PandaPon.call`."""
        options = CallOptions(extra_body, extra_query, extra_headers, timeout, deadline)
        return await self._send(self._prepare(operation_id, body, params, options), "data")

    async def call_raw(
        self,
        operation_id: str,
        body: Any = None,
        *,
        params: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        timeout: float | httpx.Timeout | None = None,
        deadline: float | None = None,
    ) -> RawResponse:
        """Like ``call``, but return PandaPon's whole answer (error envelopes included) instead
        of unwrapping ``data`` or raising ``APIError``; for debugging and ``pandapon call --raw``.
        Input is still validated, requests still signed and reads still retried.
        """
        options = CallOptions(extra_body, extra_query, extra_headers, timeout, deadline)
        call = self._prepare(operation_id, body, params, options)
        raw: RawResponse = await self._send(call, "raw")
        return raw

    @cached_property
    def with_raw_response(self) -> AsyncRawResources:
        """The same typed methods, returning an :class:`APIResponse`; see
        :attr:`PandaPon.with_raw_response`."""
        from ._raw import AsyncRawResponses  # noqa: PLC0415 - loads on first use

        return AsyncRawResponses(self)

    async def _send(self, call: PreparedCall, result: _Result) -> Any:
        op = call.operation
        budget = self._budget(call)
        self._announce()
        if self._pid != os.getpid():
            _after_fork(self, httpx.AsyncClient)
        retries = 0
        while True:
            if self._rate_limiter is not None:  # every attempt takes a permit, within the deadline
                from ._ratelimit import await_permit  # noqa: PLC0415

                await await_permit(self._rate_limiter, op, budget)
            request = self._build_request(self._http, call, budget)
            started = time.monotonic()
            try:
                response, error = await self._receive(op, request, budget), None
            except httpx.RequestError as failed:  # also DecodingError: a body it cannot decode
                response, error = None, failed
            except exc.APIConnectionError as failed:  # the deadline, a redirect, a huge answer
                self._log(op, retries, started, type(failed).__name__, None)
                raise
            value, delay = _settle(
                self,
                call,
                result,
                budget,
                retries=retries,
                started=started,
                response=response,
                error=error,
            )
            if delay is None:
                return value
            await _anyio().sleep(delay)
            retries += 1

    async def _receive(
        self, op: Operation, request: httpx.Request, budget: Budget
    ) -> httpx.Response:
        """One attempt, cancelled when the call's deadline passes (whatever the server does)."""
        try:
            with _anyio().fail_after(budget.left()):
                response = await self._http.send(
                    request, auth=self._auth, stream=True, follow_redirects=False
                )
                try:
                    self._refuse_redirect(op, response)
                    body = self._body(op, response, budget)
                    async for chunk in response.aiter_bytes():
                        body.add(chunk)
                    body.finish()
                finally:
                    await response.aclose()
        except TimeoutError:
            raise deadline_error(op, budget, outcome_unknown=True) from None
        return response

    def paginate(
        self,
        operation_id: str,
        body: Any = None,
        *,
        params: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        timeout: float | httpx.Timeout | None = None,
        deadline: float | None = None,
    ) -> AsyncIterator[Any]:
        """Every item of every page of a paged operation (``async for``)."""
        pages = self.iter_pages(
            operation_id,
            body,
            params=params,
            extra_body=extra_body,
            extra_query=extra_query,
            extra_headers=extra_headers,
            timeout=timeout,
            deadline=deadline,
        )
        return _items(pages)

    def iter_pages(
        self,
        operation_id: str,
        body: Any = None,
        *,
        params: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        timeout: float | httpx.Timeout | None = None,
        deadline: float | None = None,
    ) -> AsyncIterator[Page[Any]]:
        """Every page of a paged operation (``async for``); see :meth:`PandaPon.iter_pages`."""
        pager = Pager.start(operation_id, body, params)
        options = CallOptions(extra_body, extra_query, extra_headers, timeout, deadline)
        return self._pages(operation_id, pager, options)

    async def _pages(
        self, operation_id: str, pager: Pager, options: CallOptions
    ) -> AsyncIterator[Page[Any]]:
        while True:
            page_body, page_params = pager.request()
            call = self._prepare(operation_id, page_body, page_params, options)
            page, more = pager.advance(await self._send(call, "data"))
            yield page
            if not more:
                return

    async def close(self) -> None:
        """Close the HTTP client if this client created it."""
        if self._owns_http:
            await self._http.aclose()

    async def __aenter__(self) -> Self:
        return self

    async def __aexit__(self, *_: object) -> None:
        await self.close()


@cache
def _anyio() -> Any:
    """anyio, imported by the first async call rather than by ``import pandapon``."""
    import anyio  # noqa: PLC0415

    return anyio


def _settle(
    client: BaseClient,
    call: PreparedCall,
    result: _Result,
    budget: Budget,
    *,
    retries: int,
    started: float,
    response: httpx.Response | None,
    error: httpx.RequestError | None,
) -> tuple[Any, float | None]:
    """What one attempt comes to, for the sync and the async client alike: ``(value, None)``
    to return, ``(None, delay)`` to send again after ``delay`` seconds, or the error raised.
    Whether a call may be sent again is decided here and in ``_retry_delay`` only."""
    op = call.operation
    failure: exc.PandaPonError
    cause: BaseException
    if response is None:
        assert error is not None
        client._log(op, retries, started, type(error).__name__, None)
        failure, cause = client._connection_error(op, error, budget), error
    else:
        try:
            data = client._process(call, response, retries, started)
            _report(client, op, "ok", started)
            return _result(result, response, data, retries, started), None
        except exc.ResponseValidationError:
            _report(client, op, "ok", started)
            if result != "raw":
                raise
            return RawResponse.of(response), None
        except exc.APIError as api_error:
            failure, cause = api_error, api_error
    limited = isinstance(failure, exc.RateLimitError)
    _report(client, op, "rate_limited" if limited else "error", started)
    if limited and client._rate_limiter is not None:
        client._rate_limiter.slow_down(op)  # PandaPon's own limit is lower than ours: slow down
    delay = client._retry_delay(op, retries, failure, response, budget)
    if delay is None:
        if result == "raw" and response is not None:
            return RawResponse.of(response), None
        if failure is cause:
            raise failure
        raise failure from cause
    logger.info("retrying %s in %.2fs (%s)", op.operation_id, delay, type(failure).__name__)
    return None, delay


def _report(client: BaseClient, op: Operation, outcome: str, started: float) -> None:
    for hook in client._attempt_hooks:
        hook(op, outcome, started, time.monotonic() - started)


def _result(
    result: _Result, response: httpx.Response, data: Any, retries: int, started: float
) -> Any:
    if result == "data":
        return data
    if result == "raw":
        return RawResponse.of(response)
    elapsed = datetime.timedelta(seconds=time.monotonic() - started)
    response.request = redacted(response.request)  # handed out: no signature in it
    return APIResponse(response, data, retries=retries, elapsed=elapsed)


async def _items(pages: AsyncIterator[Page[Any]]) -> AsyncIterator[Any]:
    async for page in pages:
        for item in page.items:
            yield item
