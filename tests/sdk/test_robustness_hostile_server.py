"""What a hostile server can do to a call, and what the SDK does about it.

A raw-socket server on loopback (tests/support/hostile.py) trickles bodies, announces huge ones,
redirects to another host, sends any Retry-After, answers 5xx to writes and drops connections;
it counts the requests it reads. Sync and async clients face the same server.
"""

from __future__ import annotations

import asyncio
import json
import logging
import re
import threading
import time
import zlib
from collections.abc import Iterator
from typing import Any

import brotli
import httpx
import pytest
import zstandard
from pandapon_api.api.alibaba_order import cancel_alibaba_order
from pandapon_api.models import CancelAlibabaOrderRequest

import pandapon
from pandapon._spec import operations
from tests.support.hostile import HostileServer, Script, hostile

READ = ("getTaobaoProduct", None, {"itemId": "WUnUC1cILiBjt-Jv3lDdlQ"})  # retried when safe
WRITE = ("createAlibabaOrder", {"flow": "general"}, None)  # never sent twice
SIGNED_QUERY = ("estimateFreight", {}, None)  # a warehouse call: `sign` in the query
QUICK = pandapon.RetryPolicy(initial_delay=0.05, max_delay=0.05, max_retry_after=0.2)


@pytest.fixture
def server() -> Iterator[HostileServer]:
    with hostile() as running:
        yield running


class Sender:
    """``send(server, operation, **client_options)``: one call through a fresh client."""

    def __init__(self, is_async: bool) -> None:
        self.is_async = is_async

    def http_client(self, **options: Any) -> httpx.Client | httpx.AsyncClient:
        return httpx.AsyncClient(**options) if self.is_async else httpx.Client(**options)

    def __call__(
        self, server: HostileServer, operation: tuple[str, Any, Any], **options: Any
    ) -> Any:
        options.setdefault("retry_policy", QUICK)
        options.setdefault("validate", "off")
        operation_id, body, params = operation
        if not self.is_async:
            with pandapon.PandaPon("key", "secret", "user", base_url=server.url, **options) as c:
                return c.call(operation_id, body, params=params)

        async def main() -> Any:
            async with pandapon.AsyncPandaPon(
                "key", "secret", "user", base_url=server.url, **options
            ) as client:
                return await client.call(operation_id, body, params=params)

        return asyncio.run(main())


@pytest.fixture(params=[False, True], ids=["sync", "async"])
def send(request: pytest.FixtureRequest) -> Sender:
    return Sender(request.param)


# -- the deadline ---------------------------------------------------------------------------


def test_a_trickling_server_cannot_outlast_the_deadline(
    server: HostileServer, send: Sender
) -> None:
    """40 bytes at 5 per second would take 8 s; every single read stays within the timeout."""
    server.script = Script(body=b" " * 40, trickle=0.2)
    started = time.monotonic()
    with pytest.raises(pandapon.APITimeoutError, match="deadline of 1 s was reached") as caught:
        send(server, READ, timeout=1.0, deadline=1.0)
    assert time.monotonic() - started < 4  # bounded by the deadline, not by the trickle
    assert len(server.requests) == 1  # no retry once the deadline has passed
    assert caught.value.outcome_unknown


def test_headers_trickled_byte_by_byte_end_at_the_deadline(
    server: HostileServer, send: Sender
) -> None:
    """What the README promises for each client. Async: the deadline is a hard limit, whatever
    the server does. Sync: every read is cut to the time left, but a server sending the status
    line and headers a byte at a time, each within that, holds the call until they are in (about
    5 s here); the body is then checked against the deadline, and the call ends with it."""
    server.script = Script(headers={"X-Pad": "p" * 40}, trickle_head=0.05)  # ~5 s of headers
    started = time.monotonic()
    with pytest.raises(pandapon.APITimeoutError, match=r"deadline of 0\.5 s was reached"):
        send(server, READ, timeout=5.0, deadline=0.5, max_retries=2)
    if send.is_async:
        assert time.monotonic() - started < 3.5  # the headers alone take about 5 s
    assert len(server.requests) == 1


def test_the_default_deadline_is_a_multiple_of_the_timeout(
    server: HostileServer, send: Sender
) -> None:
    server.script = Script(body=b" " * 40, trickle=0.2)
    with pytest.raises(pandapon.APITimeoutError, match=r"deadline of 1\.5 s was reached"):
        send(server, READ, timeout=0.5)
    assert pandapon.PandaPon("k", "s", "u").deadline == 90.0  # 3 x the default 30 s


def test_a_retry_that_would_pass_the_deadline_is_not_made(
    server: HostileServer, send: Sender
) -> None:
    server.script = Script(status=503, headers={"Retry-After": "99999"})
    policy = pandapon.RetryPolicy(max_retry_after=120)
    started = time.monotonic()
    with pytest.raises(pandapon.InternalServerError) as caught:
        send(server, READ, timeout=5, retry_policy=policy)
    assert time.monotonic() - started < 4  # it did not sleep 120 s (3 attempts, before)
    assert "not retried: the call's deadline of 15 s would pass first" in str(caught.value)
    assert len(server.requests) == 1


# -- Retry-After ------------------------------------------------------------------------------


def _waits(caplog: pytest.LogCaptureFixture) -> list[float]:
    found = (re.search(r"in ([\d.]+)s", r.getMessage()) for r in caplog.records)
    return [float(m.group(1)) for m in found if m]


@pytest.mark.parametrize(
    ("header", "capped"),
    [
        ("inf", True),
        ("1e308", True),
        ("99999", True),
        ("-5", False),
        ("nan", False),
        ("0", False),
        ("soon", False),
        # A past date (HTTP's own example), fixed: a parameter computed from the clock differs
        # between the collections of pytest-xdist's workers, which refuses to run then.
        ("Sun, 06 Nov 1994 08:49:37 GMT", False),
    ],
)
def test_garbage_retry_after_is_clamped_or_backs_off(
    server: HostileServer,
    send: Sender,
    caplog: pytest.LogCaptureFixture,
    header: str,
    capped: bool,
) -> None:
    server.script = Script(status=429, headers={"Retry-After": header})
    with caplog.at_level(logging.INFO, logger="pandapon"), pytest.raises(pandapon.RateLimitError):
        send(server, READ, max_retries=1)
    assert len(server.requests) == 2
    (wait,) = _waits(caplog)
    # Capped at max_retry_after (0.2 s); otherwise backoff: 0.05 s less up to 25 % jitter.
    assert wait == 0.2 if capped else 0.03 <= wait <= 0.05


# -- redirects --------------------------------------------------------------------------------


def test_a_call_never_follows_a_redirect(server: HostileServer, send: Sender) -> None:
    with hostile() as elsewhere:
        server.script = Script(status=307, headers={"Location": f"{elsewhere.url}/steal"})
        with pytest.raises(pandapon.RedirectError, match="does not follow redirects") as caught:
            send(server, WRITE, http_client=send.http_client(follow_redirects=True))
        assert elsewhere.requests == []  # neither the order nor the signature left
        assert len(server.requests) == 1
        assert caught.value.outcome_unknown


def test_the_generated_functions_never_carry_a_signature_to_another_host(
    server: HostileServer,
) -> None:
    """``client.generated_client`` sends through the SDK's HTTP client, which follows
    redirects here."""
    with hostile() as elsewhere:
        server.script = Script(status=307, headers={"Location": f"{elsewhere.url}/steal"})
        http = httpx.Client(follow_redirects=True)
        client = pandapon.PandaPon("key", "secret", "user", base_url=server.url, http_client=http)
        body = CancelAlibabaOrderRequest(web_site="1688", order_id=1)
        cancel_alibaba_order.sync_detailed(client=client.generated_client, body=body)
        (followed,) = elsewhere.requests  # httpx followed it, as that client was told to
        assert server.requests[0].headers["signature"]
        assert not {"signature", "access-key", "nonce-str", "timestamp"} & set(followed.headers)


def test_a_redirect_elsewhere_keeping_the_query_carries_no_signature_there(
    server: HostileServer,
) -> None:
    """A query-signed call (``?timestamp=&sign=``) redirected to another host the way a
    host-canonicalising proxy does it, path and query kept: the query arrives there without
    ``sign`` and ``timestamp``, its other values as they were."""
    path = operations()["previewOrderFreight"].path
    assert operations()["previewOrderFreight"].query_signed
    with hostile() as elsewhere:
        http = httpx.Client(follow_redirects=True)
        pandapon.PandaPon("key", "secret", "user", base_url=server.url, http_client=http)
        # The Location the proxy would write: this request's own path and signed query.
        location = f"{elsewhere.url}{path}?keep=1&timestamp=1715669977082&sign=6BA840AD0431BC84"
        server.script = Script(status=301, headers={"Location": location})
        http.post(f"{server.url}{path}?keep=1", json={})
        http.close()
        sent = httpx.URL(server.requests[0].target)
        assert sent.params["sign"] and sent.params["timestamp"]  # signed for PandaPon
        (followed,) = elsewhere.requests
        assert dict(httpx.URL(followed.target).params) == {"keep": "1"}
        assert not {"signature", "access-key", "nonce-str", "timestamp"} & set(followed.headers)


# -- writes and gateway errors ----------------------------------------------------------------


@pytest.mark.parametrize("status", [500, 502, 503, 504])
def test_a_gateway_error_on_a_write_is_an_unknown_outcome(
    server: HostileServer, send: Sender, status: int
) -> None:
    server.script = Script(status=status, body=b"<html>Bad Gateway</html>")
    with pytest.raises(pandapon.InternalServerError) as caught:
        send(server, WRITE, max_retries=3)
    assert len(server.requests) == 1  # never sent twice
    assert caught.value.outcome_unknown
    assert "may have taken effect" in str(caught.value)


def test_a_clear_refusal_is_a_known_outcome(server: HostileServer, send: Sender) -> None:
    server.script = Script(status=429, headers={"Retry-After": "0"})
    with pytest.raises(pandapon.RateLimitError) as caught:
        send(server, WRITE, max_retries=3)
    assert len(server.requests) == 1
    assert not caught.value.outcome_unknown


# -- huge answers ------------------------------------------------------------------------------


def test_a_huge_announced_answer_is_not_read(server: HostileServer, send: Sender) -> None:
    server.script = Script(declared_length=200 * 1024 * 1024)
    with pytest.raises(pandapon.ResponseTooLargeError, match="larger than max_response_bytes"):
        send(server, READ)
    assert len(server.requests) == 1  # a huge answer is not asked for again


def test_a_huge_answer_to_a_write_says_the_write_may_have_happened(
    server: HostileServer, send: Sender
) -> None:
    """PandaPon answered, so the order may exist: the error says so (``settle`` relies on it),
    names the operation, and the write is not sent again."""
    server.script = Script(declared_length=200 * 1024 * 1024)
    with pytest.raises(pandapon.ResponseTooLargeError) as caught:
        send(server, WRITE, max_retries=3)
    assert caught.value.outcome_unknown is True
    assert caught.value.operation_id == "createAlibabaOrder"
    assert len(server.requests) == 1


def test_an_endless_answer_stops_at_the_limit(server: HostileServer, send: Sender) -> None:
    server.script = Script(endless=True)
    with pytest.raises(pandapon.ResponseTooLargeError, match="> 100000 bytes"):
        send(server, READ, max_response_bytes=100_000)


@pytest.mark.parametrize("size", [50_000, 4096 * 3 + 1])
def test_the_limit_counts_the_bytes_of_a_body_sent_without_a_length(
    server: HostileServer, send: Sender, size: int
) -> None:
    """With no Content-Length to go by, the client counts what it reads: a body of exactly
    ``max_response_bytes`` is read, one byte more is refused, whatever the chunks."""
    envelope = json.dumps({"requestId": "r", "code": 200, "msg": "ok", "data": None}).encode()
    body = envelope + b" " * (size - len(envelope))  # JSON may end in whitespace
    server.script = Script(body=body, chunked=True)
    assert send(server, READ, max_response_bytes=size) is None
    with pytest.raises(pandapon.ResponseTooLargeError) as caught:
        send(server, READ, max_response_bytes=size - 1)
    read = int(re.search(r"\((\d+) > ", str(caught.value))[1])
    assert size - 1 < read <= size  # what was read when it stopped, not a guess


# -- what errors and responses keep ------------------------------------------------------------


def test_a_failed_request_kept_on_the_error_carries_no_signature(server: HostileServer) -> None:
    server.script = Script(drop=True)
    client = pandapon.PandaPon(
        "key", "secret", "user", base_url=server.url, max_retries=0, validate="off"
    )
    with pytest.raises(pandapon.APIConnectionError) as caught:
        client.call(*SIGNED_QUERY[:2])
    signature = server.requests[0].headers["signature"]
    assert signature in server.requests[0].target  # the warehouse call signs the query too
    kept = caught.value.__cause__.request  # type: ignore[union-attr]
    shown = " ".join([repr(kept), str(kept.url), repr(dict(kept.headers)), str(caught.value)])
    assert signature not in shown
    assert "sign=%5Bredacted%5D" in str(kept.url)


def test_with_raw_response_keeps_no_signature_in_its_request(server: HostileServer) -> None:
    server.script = Script(body=_data({"fee": 1}))
    client = pandapon.PandaPon("key", "secret", "user", base_url=server.url, validate="off")
    response = client.with_raw_response.call("estimateFreight", {})
    signature = server.requests[0].headers["signature"]
    request = response.http_response.request
    assert signature not in repr(request) + str(request.url) + str(dict(request.headers))


def _data(data: Any) -> bytes:
    return json.dumps({"requestId": "r1", "code": 200, "msg": "ok", "data": data}).encode()


# -- answers that cannot be decoded -------------------------------------------------------------


@pytest.mark.parametrize(
    ("operation", "attempts"),
    [(WRITE, 1), (SIGNED_QUERY, 3), (READ, 3)],
    ids=["write", "signed-query-read", "read"],
)
def test_an_answer_that_cannot_be_decoded_is_a_typed_error_without_the_signature(
    server: HostileServer,
    send: Sender,
    caplog: pytest.LogCaptureFixture,
    operation: tuple[str, Any, Any],
    attempts: int,
) -> None:
    """``Content-Encoding: gzip`` on a body that is not gzip: PandaPon (or a proxy) answered, so
    a write's outcome is unknown and it is not sent again; a read is retried like any answer it
    could not read. httpx's DecodingError keeps the request: it must not keep the signature."""
    server.script = Script(body=b"this is not gzip", headers={"Content-Encoding": "gzip"})
    undecodable = pytest.raises(pandapon.APIConnectionError, match="could not be decoded")
    with caplog.at_level(logging.INFO, logger="pandapon"), undecodable as caught:
        send(server, operation, max_retries=2)
    assert len(server.requests) == attempts
    error = caught.value
    assert error.outcome_unknown and "may have reached PandaPon" in str(error)
    assert isinstance(error.__cause__, httpx.DecodingError)
    kept = error.__cause__.request
    shown = " ".join(
        [str(error), repr(error), repr(kept), str(kept.url), repr(dict(kept.headers))]
        + [record.getMessage() for record in caplog.records]
    )
    signatures = {seen.headers["signature"] for seen in server.requests}
    assert not any(signature in shown for signature in signatures)
    if operation is SIGNED_QUERY:
        assert "sign=%5Bredacted%5D" in str(kept.url)
    assert sum("DecodingError" in record.getMessage() for record in caplog.records) == attempts


# -- compressed answers: the size limit counts decoded bytes ------------------------------------


def _bomb(coding: str, size: int) -> bytes:
    """``size`` zero bytes in ``coding``: a few kilobytes on the wire."""
    zeros = b"\0" * size
    if coding == "br":
        return bytes(brotli.compress(zeros, quality=11))
    if coding == "zstd":
        return bytes(zstandard.ZstdCompressor(level=19).compress(zeros))
    if coding == "deflate":
        return zlib.compress(zeros, 9)
    packer = zlib.compressobj(9, zlib.DEFLATED, 16 + zlib.MAX_WBITS)
    return packer.compress(zeros) + packer.flush()


@pytest.mark.parametrize("coding", ["br", "zstd"])
def test_brotli_and_zstd_are_neither_asked_for_nor_decoded(
    server: HostileServer, send: Sender, coding: str
) -> None:
    """A probe: 6.5 KB of brotli became 4 GB and a bare MemoryError, past max_response_bytes
    (httpx asks for and decodes br and zstd whenever their packages are installed, as here)."""
    body = _bomb(coding, 256 * 1024 * 1024)
    assert len(body) < 300_000
    server.script = Script(body=body, headers={"Content-Encoding": coding})
    with pytest.raises(pandapon.APIConnectionError, match="does not decode") as caught:
        send(server, WRITE, max_response_bytes=1_000_000)
    assert caught.value.outcome_unknown  # PandaPon answered: the write may have happened
    assert server.requests[0].headers["accept-encoding"] == "gzip, deflate"


@pytest.mark.parametrize("coding", ["gzip", "deflate"])
def test_a_gzip_bomb_stops_at_the_limit_of_decoded_bytes(
    server: HostileServer, send: Sender, coding: str
) -> None:
    bomb = _bomb(coding, 64 * 1024 * 1024)
    server.script = Script(body=bomb, headers={"Content-Encoding": coding})
    with pytest.raises(pandapon.ResponseTooLargeError, match=r"\(1000001 > 1000000 bytes\)"):
        send(server, READ, max_response_bytes=1_000_000)
    assert len(server.requests) == 1


@pytest.mark.parametrize("coding", ["gzip", "deflate", "raw deflate"])
def test_compressed_answers_within_the_limit_are_read(
    server: HostileServer, send: Sender, coding: str
) -> None:
    plain = _data({"title": "T恤" * 1000})
    if coding == "raw deflate":
        packer = zlib.compressobj(9, zlib.DEFLATED, -zlib.MAX_WBITS)
        body, coding = packer.compress(plain) + packer.flush(), "deflate"
    elif coding == "deflate":
        body = zlib.compress(plain)
    else:
        packer = zlib.compressobj(9, zlib.DEFLATED, 16 + zlib.MAX_WBITS)
        body = packer.compress(plain) + packer.flush()
    server.script = Script(body=body, headers={"Content-Encoding": coding})
    assert send(server, READ, max_response_bytes=len(plain)).title == "T恤" * 1000


# -- round three: what an answer says about the outcome, and what it may echo --------------------


@pytest.mark.parametrize("body", [b"<html>OK</html>", b"", b"[1, 2]", b'{"code": "fine"}'])
def test_a_write_answered_200_with_no_envelope_is_an_unknown_outcome(
    server: HostileServer, send: Sender, body: bytes
) -> None:
    """A probe: a write answered 200 with a body that is not JSON said nothing of its outcome;
    the write may well have happened (a proxy's page, a body cut off)."""
    server.script = Script(body=body)
    with pytest.raises(pandapon.ResponseValidationError) as caught:
        send(server, WRITE, max_retries=3)
    assert caught.value.outcome_unknown
    assert "may have taken effect" in str(caught.value)
    assert len(server.requests) == 1


def test_a_success_refused_for_its_shape_is_a_known_outcome(
    server: HostileServer, send: Sender
) -> None:
    server.script = Script(body=_data([1, 2]))  # data of a type the spec does not allow
    with pytest.raises(pandapon.ResponseValidationError) as caught:
        send(server, READ, validate="strict")
    assert not caught.value.outcome_unknown  # PandaPon said it succeeded


@pytest.mark.parametrize(
    "script",
    [
        Script(
            body=b'{"requestId": "{signature}", "code": 4001, "msg": "want {signature}",'
            b' "data": {"echo": ["{signature}"]}}'
        ),
        Script(status=502, body=b"<html>upstream said {signature}</html>"),
        Script(status=200, body=b"not json, but {signature}"),
        Script(status=302, headers={"Location": "https://elsewhere.example/?s={signature}"}),
    ],
    ids=["envelope", "gateway-text", "not-json", "redirect"],
)
@pytest.mark.parametrize("operation", [READ, SIGNED_QUERY], ids=["header", "query"])
def test_a_signature_echoed_back_never_reaches_the_error(
    server: HostileServer, send: Sender, script: Script, operation: tuple[str, Any, Any]
) -> None:
    """A probe: a server echoing the request's signature put it verbatim into str(e)."""
    server.script = script
    with pytest.raises(pandapon.PandaPonError) as caught:
        send(server, operation, max_retries=0)
    signature = server.requests[0].headers["signature"]
    error = caught.value
    data = json.dumps(getattr(error, "json", None), default=str)
    shown = " ".join([str(error), repr(error), repr(vars(error)), data])
    assert signature not in shown
    assert "[redacted]" in shown


def test_a_call_that_waited_in_the_pool_keeps_its_deadline(server: HostileServer) -> None:
    """A probe: a sync call that got its connection late (the pool wait) still had its whole
    read timeout, and overran its deadline (by 0.9 s then). Each phase is now cut to what is left
    as it starts: the second call here would wait for its answer until about 3.5 s. (Long
    pauses, so that the bound below leaves a loaded machine 0.8 s of slack.)"""
    server.script = Script(pause=1.8)
    http = httpx.Client(limits=httpx.Limits(max_connections=1))
    client = pandapon.PandaPon(
        "key", "secret", "user", base_url=server.url, http_client=http, validate="off"
    )
    first = threading.Thread(target=lambda: client.call(*READ[:1], params=READ[2]))
    first.start()
    time.sleep(0.1)  # the first call holds the only connection until about 1.8 s
    started = time.monotonic()
    with pytest.raises(pandapon.APITimeoutError, match="deadline of 2 s") as caught:
        client.call(*WRITE[:2], deadline=2.0)
    elapsed = time.monotonic() - started
    first.join()
    http.close()
    assert caught.value.outcome_unknown  # it was sent, and the answer did not come in time
    assert elapsed < 2.8, elapsed  # the deadline, not the deadline plus the pool wait


def test_calls_that_never_left_the_pool_are_known_outcomes(server: HostileServer) -> None:
    """A probe: of 1,000 concurrent writes, those still waiting for a connection at the deadline
    said outcome_unknown=True, though nothing was sent. Now only those that were sent say so."""
    server.script = Script(pause=3.0)

    async def main() -> list[BaseException]:
        async with pandapon.AsyncPandaPon(
            "key", "secret", "user", base_url=server.url, validate="off", deadline=1.5
        ) as client:
            calls = [client.call(*WRITE[:2]) for _ in range(1000)]
            return list(await asyncio.gather(*calls, return_exceptions=True))

    errors = asyncio.run(main())
    # Timeouts, mostly; on a loaded machine a few connects fail outright (still connection
    # errors, and their outcome is as known).
    assert all(isinstance(e, pandapon.APIConnectionError) for e in errors), errors[:3]
    unknown = sum(1 for e in errors if e.outcome_unknown)  # type: ignore[attr-defined]
    # Every request the server saw came from a call that said it may have been sent.
    assert len(server.requests) <= unknown
    # About max_connections (100) were sent; a few more when a connection freed by a timed-out
    # call went to a waiting call just before its own deadline (up to 120 seen under load).
    # The rest waited for a connection, said nothing was sent, and nothing was.
    assert len(errors) - unknown >= 800
