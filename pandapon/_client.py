"""``PandaPon`` and ``AsyncPandaPon``: signed, validated, retried calls to every operation.

A typed call's walk: the method checks and prepares the call (``_request``), ``_send`` sends
each attempt and reads the answer within the size limit and the deadline (``_transport``,
``_decode.BodyReader``), and ``_retry.settle_attempt`` decides what the attempt comes to: the
data (``_decode.read_answer``), an error, or another attempt after a wait. The two clients differ
only in how they wait and send.
"""

from __future__ import annotations

import os
import time
from collections.abc import AsyncIterator, Coroutine, Iterable, Iterator, Mapping
from functools import cache, cached_property
from typing import TYPE_CHECKING, Any, Self

import httpx
from pandapon_api.resource_roots import AsyncResources, SyncResources

from . import _exceptions as exc
from ._base_client import BaseClient
from ._config import DEFAULT_MAX_RESPONSE_BYTES, DEFAULT_MAX_RETRIES
from ._deadline import Budget, SendWatch, TraceSupport, deadline_error
from ._decode import BodyReader, refuse_redirect
from ._deprecation import deprecated
from ._hooks import answered, begin
from ._logging import log_attempt
from ._pagination import Page, Pager, async_items
from ._request import CallOptions, PreparedCall, build_request
from ._response import Returns, UncheckedResponse
from ._retry import RetryPolicy, settle_attempt
from ._settle import DEFAULT_MAX_PAGES, Settlement, note_own_ids, settling
from ._signing import Signer
from ._spec import Operation
from ._transport import connect, connect_after_fork, given_base_url
from ._validation import ValidationMode

if TYPE_CHECKING:
    from pandapon_api.raw_resources import AsyncRawResources, SyncRawResources

    from ._evidence import EvidenceStore
    from ._ratelimit import RateLimiter


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

    Connections are kept open and reused (``limits=``, an ``httpx.Limits``: by default at most
    100, all kept for reuse 4 s); the proxies of ``HTTP_PROXY``/``HTTPS_PROXY``/``ALL_PROXY``/
    ``NO_PROXY`` and the CA bundle of ``SSL_CERT_FILE`` are honoured, as by httpx (README:
    "Proxies, certificates and HTTP/2"). ``http_client=`` sends through an httpx client of
    yours instead, left as you made it (its limits, proxies, TLS settings, HTTP/2).

    ``hooks=`` are told of every attempt: ``before_send``, ``after_answer``, ``on_retry``
    (``pandapon.Hooks``; README: "Request hooks and tracing").
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
        limits: httpx.Limits | None = None,
        signer: Signer | None = None,
        retry_policy: RetryPolicy | None = None,
        clock_offset: float = 0.0,
        validate: ValidationMode = "docs",
        deadline: float | None = None,
        max_response_bytes: int = DEFAULT_MAX_RESPONSE_BYTES,
        evidence: EvidenceStore | str | os.PathLike[str] | bool | None = None,
        rate_limit: float | Mapping[str, float] | RateLimiter | None = None,
        hooks: Iterable[object] = (),
    ) -> None:
        super().__init__(
            access_key,
            access_secret,
            user_id,
            base_url=given_base_url(base_url, http_client),
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
            hooks=hooks,
        )
        self._owns_http = self._made_http = http_client is None
        self._pid = os.getpid()
        self._limits = limits
        self._trace_support = TraceSupport()
        self._http: httpx.Client = connect(
            http_client,
            httpx.Client,
            base_url=self.base_url,
            auth=self._auth,
            timeout=self.timeout,
            limits=limits,
        )

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
        call = self._prepare(operation_id, body, params, options)
        return self._send(call, "plain" if self._plain_data else "data")

    def call_unchecked(
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
    ) -> UncheckedResponse:
        """Like ``call``, but return PandaPon's whole answer unchecked (error envelopes and
        answers of any shape included) instead of unwrapping ``data`` or raising ``APIError``;
        for debugging and ``pandapon call --raw``. Input is still validated, requests still
        signed and reads still retried.
        """
        options = CallOptions(extra_body, extra_query, extra_headers, timeout, deadline)
        call = self._prepare(operation_id, body, params, options)
        answer: UncheckedResponse = self._send(call, "unchecked")
        return answer

    def call_raw(self, operation_id: str, body: Any = None, **options: Any) -> UncheckedResponse:
        """Deprecated alias of :meth:`call_unchecked` (goes in 0.4.0)."""
        deprecated("PandaPon.call_raw()", "PandaPon.call_unchecked()")
        return self.call_unchecked(operation_id, body, **options)

    @cached_property
    def with_raw_response(self) -> SyncRawResources:
        """The same typed methods, returning an :class:`APIResponse` (HTTP status, headers,
        request id, elapsed time, ``.json()``, and ``.parse()`` for the typed data)."""
        from ._with_raw_response import WithRawResponse  # noqa: PLC0415 - loads on first use

        return WithRawResponse(self)

    def settle(
        self, error: BaseException, *, own_id: str | None = None, max_pages: int = DEFAULT_MAX_PAGES
    ) -> Settlement:
        """After a write failed with ``outcome_unknown=True``: did PandaPon take it? Looks the
        record up by the id of yours its request carried (``own_id`` to give it yourself) and
        answers ``created`` (with the record), ``not_created`` or ``cannot_tell`` (with why).
        README: Settling an unknown outcome."""
        plan = settling(error, own_id, max_pages)
        try:
            step = next(plan)
            while True:
                operation_id, body = step
                step = plan.send(self.call_unchecked(operation_id, body).json)
        except StopIteration as done:
            settlement: Settlement = done.value
            return settlement

    def _send(self, call: PreparedCall, returns: Returns) -> Any:
        try:
            return self._attempts(call, returns)
        except exc.PandaPonError as error:
            note_own_ids(error, call.operation.operation_id, call.content)
            raise

    def _attempts(self, call: PreparedCall, returns: Returns) -> Any:
        op = call.operation
        budget = Budget(call.deadline)
        self._announce()
        if self._pid != os.getpid():
            _reconnect_after_fork(self, httpx.Client)
        retries = 0
        while True:
            if self._rate_limiter is not None:  # every attempt takes a permit, within the deadline
                from ._ratelimit import wait_for_permit  # noqa: PLC0415

                wait_for_permit(self._rate_limiter, op, budget)
            request = build_request(self._http, call, self.base_url, self.timeout, budget)
            SendWatch(op, budget, self._trace_support).attach(request, is_async=False)
            started = time.monotonic()
            attempt = begin(self._attempt_hooks, op, retries, started)
            try:
                response, error = self._receive(op, request, budget), None
            except httpx.RequestError as failed:  # also DecodingError: a body it cannot decode
                response, error = None, failed
            except exc.APIConnectionError as failed:  # the deadline, a redirect, a huge answer
                log_attempt(op, retries, started, type(failed).__name__, None)
                answered(self._attempt_hooks, attempt, "failed", error=failed)
                raise
            value, delay = settle_attempt(
                self,
                call,
                returns,
                budget,
                retries=retries,
                started=started,
                response=response,
                error=error,
                attempt=attempt,
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
            refuse_redirect(op, response)
            body = BodyReader(op, response, budget, self.max_response_bytes)
            for chunk in () if body.read_already() else response.iter_raw():
                body.add_raw(chunk)
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
    """The asyncio/trio twin of :class:`PandaPon`: the same methods, awaitable. Its own HTTP
    client sends through several connection pools (``limits=`` shared among them), each call to
    the least busy, so that many concurrent calls reuse their connections cheaply."""

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
        limits: httpx.Limits | None = None,
        signer: Signer | None = None,
        retry_policy: RetryPolicy | None = None,
        clock_offset: float = 0.0,
        validate: ValidationMode = "docs",
        deadline: float | None = None,
        max_response_bytes: int = DEFAULT_MAX_RESPONSE_BYTES,
        evidence: EvidenceStore | str | os.PathLike[str] | bool | None = None,
        rate_limit: float | Mapping[str, float] | RateLimiter | None = None,
        hooks: Iterable[object] = (),
    ) -> None:
        super().__init__(
            access_key,
            access_secret,
            user_id,
            base_url=given_base_url(base_url, http_client),
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
            hooks=hooks,
        )
        self._owns_http = self._made_http = http_client is None
        self._pid = os.getpid()
        self._limits = limits
        self._trace_support = TraceSupport()
        self._http: httpx.AsyncClient = connect(
            http_client,
            httpx.AsyncClient,
            base_url=self.base_url,
            auth=self._auth,
            timeout=self.timeout,
            limits=limits,
        )

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
        call = self._prepare(operation_id, body, params, options)
        return await self._send(call, "plain" if self._plain_data else "data")

    async def call_unchecked(
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
    ) -> UncheckedResponse:
        """PandaPon's whole answer, unchecked; see :meth:`PandaPon.call_unchecked`."""
        options = CallOptions(extra_body, extra_query, extra_headers, timeout, deadline)
        call = self._prepare(operation_id, body, params, options)
        answer: UncheckedResponse = await self._send(call, "unchecked")
        return answer

    def call_raw(
        self, operation_id: str, body: Any = None, **options: Any
    ) -> Coroutine[Any, Any, UncheckedResponse]:
        """Deprecated alias of :meth:`call_unchecked` (goes in 0.4.0). A plain method returning
        the awaitable, so that the warning names the line that calls it."""
        deprecated("AsyncPandaPon.call_raw()", "AsyncPandaPon.call_unchecked()")
        return self.call_unchecked(operation_id, body, **options)

    @cached_property
    def with_raw_response(self) -> AsyncRawResources:
        """The same typed methods, returning an :class:`APIResponse`; see
        :attr:`PandaPon.with_raw_response`."""
        from ._with_raw_response import AsyncWithRawResponse  # noqa: PLC0415 - on first use

        return AsyncWithRawResponse(self)

    async def settle(
        self, error: BaseException, *, own_id: str | None = None, max_pages: int = DEFAULT_MAX_PAGES
    ) -> Settlement:
        """After a write failed with ``outcome_unknown=True``: did PandaPon take it? As
        :meth:`PandaPon.settle`."""
        plan = settling(error, own_id, max_pages)
        try:
            step = next(plan)
            while True:
                operation_id, body = step
                answer = await self.call_unchecked(operation_id, body)
                step = plan.send(answer.json)
        except StopIteration as done:
            settlement: Settlement = done.value
            return settlement

    async def _send(self, call: PreparedCall, returns: Returns) -> Any:
        try:
            return await self._attempts(call, returns)
        except exc.PandaPonError as error:
            note_own_ids(error, call.operation.operation_id, call.content)
            raise

    async def _attempts(self, call: PreparedCall, returns: Returns) -> Any:
        op = call.operation
        budget = Budget(call.deadline)
        self._announce()
        if self._pid != os.getpid():
            _reconnect_after_fork(self, httpx.AsyncClient)
        retries = 0
        while True:
            if self._rate_limiter is not None:  # every attempt takes a permit, within the deadline
                from ._ratelimit import await_permit  # noqa: PLC0415

                await await_permit(self._rate_limiter, op, budget)
            request = build_request(self._http, call, self.base_url, self.timeout, budget)
            watch = SendWatch(op, budget, self._trace_support)
            watch.attach(request, is_async=True)
            started = time.monotonic()
            attempt = begin(self._attempt_hooks, op, retries, started)
            try:
                response, error = await self._receive(op, request, budget, watch), None
            except httpx.RequestError as failed:  # also DecodingError: a body it cannot decode
                response, error = None, failed
            except exc.APIConnectionError as failed:  # the deadline, a redirect, a huge answer
                log_attempt(op, retries, started, type(failed).__name__, None)
                answered(self._attempt_hooks, attempt, "failed", error=failed)
                raise
            value, delay = settle_attempt(
                self,
                call,
                returns,
                budget,
                retries=retries,
                started=started,
                response=response,
                error=error,
                attempt=attempt,
            )
            if delay is None:
                return value
            await _anyio().sleep(delay)
            retries += 1

    async def _receive(
        self, op: Operation, request: httpx.Request, budget: Budget, watch: SendWatch
    ) -> httpx.Response:
        """One attempt, cancelled when the call's deadline passes (whatever the server does);
        ``watch`` says whether the request had started to leave by then."""
        try:
            with _anyio().fail_after(budget.left()):
                response = await self._http.send(
                    request, auth=self._auth, stream=True, follow_redirects=False
                )
                try:
                    refuse_redirect(op, response)
                    body = BodyReader(op, response, budget, self.max_response_bytes)
                    if not body.read_already():
                        async for chunk in response.aiter_raw():
                            body.add_raw(chunk)
                    body.finish()
                finally:
                    await response.aclose()
        except TimeoutError:
            raise deadline_error(op, budget, outcome_unknown=watch.may_have_sent()) from None
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
        return async_items(pages)

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


def _reconnect_after_fork(client: PandaPon | AsyncPandaPon, cls: type[Any]) -> None:
    """A client made before ``fork()``, used in the child: connections of its own
    (``_transport.connect_after_fork``), and a generated client bound to them."""
    client._http = connect_after_fork(
        cls,
        made_by_us=client._made_http,
        made_in=client._pid,
        base_url=client.base_url,
        auth=client._auth,
        timeout=client.timeout,
        limits=client._limits,
    )
    client._pid = os.getpid()
    client.__dict__.pop("generated_client", None)  # bound to the old connections


@cache
def _anyio() -> Any:
    """anyio, imported by the first async call rather than by ``import pandapon``."""
    import anyio  # noqa: PLC0415

    return anyio
