"""Never twice: a call that is not retry-safe reaches the server at most once, whatever goes wrong.

Every operation whose spec flag says it writes, times every answer a read would be retried on
(408, 409, 429, 500, 502, 503, 504) and the two transport failures after the request was sent (a
connection reset, a read timeout), through both clients, with retries allowed: the server sees
exactly one request. The statuses come from a scripted transport (the retry decision is what is
under test); the reset and the timeout from a real socket on 127.0.0.1 (there the client's
handling of the socket is). A read under the same failures is retried, so the harness can see a
second request when one is sent.
"""

from __future__ import annotations

import asyncio
import re
from collections.abc import Iterator
from typing import Any

import httpx
import pytest

import pandapon
from pandapon._spec import Operation, document, operations
from pandapon.sandbox._synth import Synthesizer
from tests.support.fakes import FAST, KEY, SECRET, USER, FakePandaPon, envelope
from tests.support.loopback import Loopback, loopback

STATUSES = (408, 409, 429, 500, 502, 503, 504)
TRANSPORT = ("reset", "silent")
FAILURES = [str(status) for status in STATUSES] + list(TRANSPORT)
WRITES = sorted(op.operation_id for op in operations().values() if not op.retry_safe)
#: A read sent as a GET and one sent as a POST with a body.
READS = ("listAlibabaCartItems", "searchAlibabaProducts")
RETRIES = 2
#: What httpx raises when the connection is reset after the request went out, or times out.
DISCONNECTS = ("ReadError", "RemoteProtocolError", "WriteError")
TIMEOUTS = ("ReadTimeout",)
#: Per server. The silent one never answers: its read timeout is the failure under test, short so
#: that the test is quick. The reset one answers every request with a reset, which may come late on
#: a loaded machine: its read waits as long as the connect may, so the reset, never a timeout, is
#: what the client sees (with the silent server's 20 ms a late reset once read as a timeout).
TIMEOUTS_BY_SERVER = {"reset": httpx.Timeout(10.0), "silent": httpx.Timeout(10.0, read=0.02)}
_SYNTH = Synthesizer(document())


def request_for(op: Operation) -> tuple[Any, dict[str, Any] | None]:
    """A body and parameters valid for the operation (its own schema's example values)."""
    body = _SYNTH.value(op.body_schema) if op.body_schema is not None else None
    params = {p.name: _SYNTH.value(p.schema, p.name) for p in op.parameters}
    return body, params or None


@pytest.fixture(scope="module")
def servers() -> Iterator[dict[str, Loopback]]:
    with loopback("reset") as reset, loopback("silent") as silent:
        yield {"reset": reset, "silent": silent}


def send(kind: str, operation_id: str, failure: str, servers: dict[str, Loopback]) -> list[str]:
    """Call the operation against a server that fails as told; the requests the server saw."""
    op = operations()[operation_id]
    body, params = request_for(op)
    options: dict[str, Any] = {"max_retries": RETRIES, "retry_policy": FAST}
    if failure in TRANSPORT:
        server = servers[failure]
        server.reset()
        # The call's deadline (by default three read timeouts) must not be what stops it.
        options |= {"base_url": server.url, "timeout": TIMEOUTS_BY_SERVER[failure], "deadline": 30}
        fake = None
        expected: type[pandapon.PandaPonError] = pandapon.APIConnectionError
    else:
        status = int(failure)
        reply = httpx.Response(
            status, json=envelope(code=status, msg="busy"), headers={"Retry-After": "0"}
        )
        fake = FakePandaPon(reply)
        expected = pandapon.APIError
    try:
        if kind == "sync":
            http = httpx.Client(transport=httpx.MockTransport(fake)) if fake else None
            with pandapon.PandaPon(KEY, SECRET, USER, http_client=http, **options) as client:
                client.call(operation_id, body, params=params)
        else:

            async def run() -> None:
                transport = httpx.MockTransport(fake) if fake else None
                http = httpx.AsyncClient(transport=transport) if fake else None
                async with pandapon.AsyncPandaPon(
                    KEY, SECRET, USER, http_client=http, **options
                ) as client:
                    await client.call(operation_id, body, params=params)

            asyncio.run(run())
    except pandapon.PandaPonError as error:
        assert isinstance(error, expected), repr(error)
        if isinstance(error, pandapon.APIConnectionError):
            assert error.outcome_unknown is True  # it was sent: it may have happened
            assert error.operation_id == operation_id
            # A reset is a connection error, the silence a timeout; the message says which.
            timed_out = failure == "silent"
            assert isinstance(error, pandapon.APITimeoutError) is timed_out
            # The request kept on the cause (shown in tracebacks) carries no signature.
            assert error.__cause__.request.headers["signature"] == "[redacted]"
            # The cause's own text, when it has one, is in the message; no empty "()".
            cause = str(error.__cause__).strip()
            assert (f" ({cause})" in str(error)) if cause else ("()" not in str(error))
            # The host it went to, then the operation's path.
            where = re.escape(f"{servers[failure].url}{op.path}")
            said = re.search(rf"^{op.method} {where} (failed|timed out): (\w+)", str(error))
            assert said is not None, str(error)
            assert said[1] == ("timed out" if timed_out else "failed"), str(error)
            assert said[2] in (TIMEOUTS if timed_out else DISCONNECTS), str(error)
        else:
            assert isinstance(error, pandapon.APIError)
            assert error.http_status == int(failure)
    else:
        raise AssertionError(f"{operation_id} succeeded against a failing server")
    if fake is not None:
        return [f"{r.method} {r.url.path}" for r in fake.requests]
    return servers[failure].settle()


@pytest.mark.parametrize("kind", ["sync", "async"])
@pytest.mark.parametrize("failure", FAILURES)
@pytest.mark.parametrize("operation_id", WRITES)
def test_a_write_reaches_the_server_exactly_once(
    operation_id: str, failure: str, kind: str, servers: dict[str, Loopback]
) -> None:
    seen = send(kind, operation_id, failure, servers)
    op = operations()[operation_id]
    assert len(seen) == 1, seen
    assert seen[0].startswith(f"{op.method} {op.path.split('{')[0]}")


@pytest.mark.parametrize("kind", ["sync", "async"])
@pytest.mark.parametrize("failure", FAILURES)
@pytest.mark.parametrize("operation_id", READS)
def test_a_read_is_retried_under_the_same_failures(
    operation_id: str, failure: str, kind: str, servers: dict[str, Loopback]
) -> None:
    seen = send(kind, operation_id, failure, servers)
    assert len(seen) == RETRIES + 1, seen


def test_every_write_of_the_spec_is_covered() -> None:
    assert len(WRITES) >= 25 and "createAlibabaRefund" in WRITES
    assert all(operations()[name].retry_safe for name in READS)


@pytest.mark.parametrize("kind", ["sync", "async"])
@pytest.mark.parametrize("operation_id", ["createAlibabaRefund", "listAlibabaCartItems"])
def test_a_read_timeout_that_reaches_the_deadline_says_so_and_ends_the_call(
    operation_id: str, kind: str, servers: dict[str, Loopback]
) -> None:
    """The read timeout is cut to the time the call has left; when it fires, the call is over
    (a read is not retried either), and the error names the deadline."""
    op = operations()[operation_id]
    body, params = request_for(op)
    server = servers["silent"]
    server.reset()
    options: dict[str, Any] = {
        "base_url": server.url,
        "timeout": 5.0,
        "deadline": 0.05,
        "max_retries": RETRIES,
        "retry_policy": FAST,
    }
    with pytest.raises(pandapon.APITimeoutError) as caught:
        if kind == "sync":
            with pandapon.PandaPon(KEY, SECRET, USER, **options) as client:
                client.call(operation_id, body, params=params)
        else:

            async def run() -> None:
                async with pandapon.AsyncPandaPon(KEY, SECRET, USER, **options) as client:
                    await client.call(operation_id, body, params=params)

            asyncio.run(run())
    error = caught.value
    assert str(error).startswith(
        f"{op.method} {op.path}: the call's deadline of 0.05 s was reached"
    )
    assert error.outcome_unknown is True and error.operation_id == operation_id
    assert len(server.settle()) == 1
