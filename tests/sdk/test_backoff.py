"""How long the client waits between attempts: the backoff sequence, its cap, its jitter, and
``Retry-After`` in seconds, as an HTTP date, as garbage and as huge values.

Nothing sleeps: a fake clock stands in for ``time.time`` (which dates are measured against),
``time.sleep`` and ``anyio.sleep`` (which the two clients wait with), and records each wait.
The jitter's random draw is pinned where an exact value is asserted, and left free where only
its bounds are.
"""

from __future__ import annotations

import asyncio
import email.utils
import math
import random
import time
from typing import Any

import anyio
import httpx
import pytest

import pandapon
from pandapon import RetryPolicy
from pandapon._deadline import Budget
from pandapon._retry import retry_delay
from pandapon._spec import operations
from tests.support.fakes import KEY, SECRET, USER, FakePandaPon, envelope, ok

POLICY = RetryPolicy(initial_delay=0.5, max_delay=8.0, max_retry_after=60.0)
NOW = 1_800_000_000.0  # 2027-01-15, a whole second: HTTP dates are exact to the second


class FakeClock:
    def __init__(self) -> None:
        self.now = NOW
        self.waits: list[float] = []

    def time(self) -> float:
        return self.now

    def monotonic(self) -> float:  # a call's deadline is measured on it
        return self.now - NOW

    def sleep(self, seconds: float) -> None:
        self.waits.append(seconds)
        self.now += seconds

    async def async_sleep(self, seconds: float) -> None:
        self.sleep(seconds)


@pytest.fixture
def clock(monkeypatch: pytest.MonkeyPatch) -> FakeClock:
    fake = FakeClock()
    monkeypatch.setattr(time, "time", fake.time)
    monkeypatch.setattr(time, "sleep", fake.sleep)
    monkeypatch.setattr(time, "monotonic", fake.monotonic)
    monkeypatch.setattr(anyio, "sleep", fake.async_sleep)
    return fake


def pin_jitter(monkeypatch: pytest.MonkeyPatch, draw: float) -> None:
    monkeypatch.setattr(random, "random", lambda: draw)


# -- RetryPolicy.delay: the sequence, the cap, the jitter ---------------------------------------


def test_the_backoff_doubles_from_the_initial_delay_up_to_the_cap(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    pin_jitter(monkeypatch, 0.0)  # no jitter taken off
    assert [POLICY.delay(n, None) for n in range(8)] == [0.5, 1, 2, 4, 8, 8, 8, 8]
    assert POLICY.delay(60, None) == 8  # long past the cap, still the cap
    small = RetryPolicy(initial_delay=0.1, max_delay=0.3)
    assert [small.delay(n, None) for n in range(4)] == [0.1, 0.2, 0.3, 0.3]
    assert RetryPolicy(initial_delay=0, max_delay=8).delay(5, None) == 0


@pytest.mark.parametrize("draw", [0.0, 0.5, 0.999999])
def test_jitter_takes_off_at_most_a_quarter(monkeypatch: pytest.MonkeyPatch, draw: float) -> None:
    pin_jitter(monkeypatch, draw)
    for n, base in enumerate([0.5, 1, 2, 4, 8, 8]):
        assert POLICY.delay(n, None) == pytest.approx(base * (1 - 0.25 * draw))


def test_jitter_spreads_the_waits_within_its_bounds() -> None:
    for n, base in enumerate([0.5, 1, 2, 4, 8, 8]):
        waits = [POLICY.delay(n, None) for _ in range(200)]
        assert all(0.75 * base <= w <= base for w in waits), (n, min(waits), max(waits))
        assert len(set(waits)) > 100  # spread: clients that failed together retry apart


def test_retry_after_replaces_the_backoff_up_to_its_own_cap(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    pin_jitter(monkeypatch, 0.0)
    assert POLICY.delay(0, 3.0) == 3.0
    assert POLICY.delay(0, 0.001) == 0.001  # any positive wait is the server's to ask
    assert POLICY.delay(0, 20.0) == 20.0  # above max_delay: the server's wish wins...
    assert POLICY.delay(0, 3600.0) == 60.0  # ...up to max_retry_after
    assert RetryPolicy(max_retry_after=0).delay(0, 30.0) == 0.0


@pytest.mark.parametrize("value", [0.0, -1.0, -math.inf, math.nan])
def test_a_retry_after_of_zero_below_zero_or_not_a_number_falls_back_to_the_backoff(
    monkeypatch: pytest.MonkeyPatch, value: float
) -> None:
    pin_jitter(monkeypatch, 0.0)
    assert POLICY.delay(2, value) == 2.0  # never an instant retry on the server's say-so


def test_an_infinite_retry_after_is_capped(monkeypatch: pytest.MonkeyPatch) -> None:
    pin_jitter(monkeypatch, 0.0)
    assert POLICY.delay(0, math.inf) == 60.0


def test_the_cap_holds_however_many_retries_were_allowed(monkeypatch: pytest.MonkeyPatch) -> None:
    pin_jitter(monkeypatch, 0.0)
    assert POLICY.delay(1100, None) == 8  # max_retries has no upper bound


def test_the_doubling_stops_at_64_so_a_roomy_cap_still_gives_a_finite_wait(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """``2.0 ** n`` overflows past n = 1023; the doubling stops at 64, so a policy whose cap is
    above initial_delay x 2**64 waits exactly that, never an OverflowError or infinity."""
    pin_jitter(monkeypatch, 0.0)
    roomy = RetryPolicy(initial_delay=1.0, max_delay=1e300)
    assert roomy.delay(63, None) == 2.0**63
    assert [roomy.delay(n, None) for n in (64, 65, 1100, 10**6)] == [2.0**64] * 4


# -- what the clients wait, through their public surface --------------------------------------


def busy(retry_after: str | None = None) -> httpx.Response:
    headers = {} if retry_after is None else {"Retry-After": retry_after}
    return httpx.Response(429, json=envelope(code=429, msg="too many requests"), headers=headers)


def search(kind: str, fake: FakePandaPon, *, raw: bool = False, **options: Any) -> Any:
    """``alibaba.products.search`` (or its ``with_raw_response`` twin) through a sync or an
    async client answered by ``fake``."""
    options = {"retry_policy": POLICY, "timeout": 600, **options}

    def pick(client: Any) -> Any:
        return client.with_raw_response if raw else client

    if kind == "sync":
        http = httpx.Client(transport=httpx.MockTransport(fake))
        with pandapon.PandaPon(KEY, SECRET, USER, http_client=http, **options) as client:
            return pick(client).alibaba.products.search(keyword="包")

    async def run() -> Any:
        http = httpx.AsyncClient(transport=httpx.MockTransport(fake))
        async with pandapon.AsyncPandaPon(KEY, SECRET, USER, http_client=http, **options) as client:
            return await pick(client).alibaba.products.search(keyword="包")

    return asyncio.run(run())


def waits(clock: FakeClock, kind: str, *replies: httpx.Response, **options: Any) -> list[float]:
    """Call a read that meets ``replies`` (then success); the waits between its attempts."""
    fake = FakePandaPon(*replies, ok({"totalRecords": 0}))
    search(kind, fake, max_retries=len(replies), **options)
    assert len(fake.requests) == len(replies) + 1
    return clock.waits


KINDS = pytest.mark.parametrize("kind", ["sync", "async"])


@KINDS
def test_the_client_backs_off_by_the_sequence(
    clock: FakeClock, monkeypatch: pytest.MonkeyPatch, kind: str
) -> None:
    pin_jitter(monkeypatch, 0.0)
    assert waits(clock, kind, *[httpx.Response(503)] * 5) == [0.5, 1, 2, 4, 8]


@KINDS
def test_the_client_waits_what_retry_after_says_in_seconds(
    clock: FakeClock, monkeypatch: pytest.MonkeyPatch, kind: str
) -> None:
    pin_jitter(monkeypatch, 0.0)
    assert waits(clock, kind, busy("7"), busy("2.5"), busy("30")) == [7, 2.5, 30]


@KINDS
def test_the_client_waits_until_an_http_date(
    clock: FakeClock, monkeypatch: pytest.MonkeyPatch, kind: str
) -> None:
    pin_jitter(monkeypatch, 0.0)
    in_30s = email.utils.formatdate(NOW + 30, usegmt=True)  # "Fri, 15 Jan 2027 08:00:30 GMT"
    # The second date is read after the first wait: the clock has moved on by 30 s.
    in_45s = email.utils.formatdate(NOW + 30 + 45, usegmt=True)
    assert waits(clock, kind, busy(in_30s), busy(in_45s)) == [30, 45]


@KINDS
def test_a_huge_retry_after_is_capped(
    clock: FakeClock, monkeypatch: pytest.MonkeyPatch, kind: str
) -> None:
    pin_jitter(monkeypatch, 0.0)
    next_year = email.utils.formatdate(NOW + 365 * 86400, usegmt=True)
    assert waits(clock, kind, busy("86400"), busy(next_year), busy("9" * 400)) == [60, 60, 60]


@KINDS
def test_garbage_retry_after_falls_back_to_the_backoff(
    clock: FakeClock, monkeypatch: pytest.MonkeyPatch, kind: str
) -> None:
    pin_jitter(monkeypatch, 0.0)
    garbage = ("soon", "7 seconds", "Fri, 32 Foo 2027 99:00:00 GMT", "", "0x10")
    assert waits(clock, kind, *[busy(g) for g in garbage]) == [0.5, 1, 2, 4, 8]


@KINDS
@pytest.mark.parametrize(
    ("header", "wait"),
    [
        ("0", 0.5),  # "now" is no reason for an instant retry: the backoff
        ("-5", 0.5),
        ("nan", 0.5),
        ("-inf", 0.5),
        ("inf", 60.0),  # the cap
        ("1e400", 60.0),
        (email.utils.formatdate(NOW - 3600, usegmt=True), 0.5),  # an hour ago
        (email.utils.formatdate(NOW, usegmt=True), 0.5),  # this very second
    ],
)
def test_retry_after_values_that_make_no_sense_wait_the_backoff_or_the_cap(
    clock: FakeClock, monkeypatch: pytest.MonkeyPatch, kind: str, header: str, wait: float
) -> None:
    pin_jitter(monkeypatch, 0.0)
    assert waits(clock, kind, busy(header)) == [wait]


@KINDS
def test_the_jittered_waits_of_a_client_stay_in_bounds(clock: FakeClock, kind: str) -> None:
    seen = waits(clock, kind, *[httpx.Response(500)] * 5)
    for wait, base in zip(seen, [0.5, 1, 2, 4, 8], strict=True):
        assert 0.75 * base <= wait <= base


def test_a_retry_that_could_only_start_at_the_deadline_is_not_made(clock: FakeClock) -> None:
    fake = FakePandaPon(busy("10"), ok({"totalRecords": 0}))
    http = httpx.Client(transport=httpx.MockTransport(fake))
    options: dict[str, Any] = {"retry_policy": POLICY, "timeout": 600, "deadline": 10}
    with (
        pandapon.PandaPon(KEY, SECRET, USER, http_client=http, **options) as client,
        pytest.raises(pandapon.RateLimitError) as caught,
    ):
        client.alibaba.products.search(keyword="包")
    assert (len(fake.requests), clock.waits) == (1, [])
    assert str(caught.value).endswith(
        " (not retried: the call's deadline of 10 s would pass first)"
    ), str(caught.value)


def test_a_retry_that_starts_before_the_deadline_is_made(clock: FakeClock) -> None:
    fake = FakePandaPon(busy("9.5"), ok({"totalRecords": 0}))
    http = httpx.Client(transport=httpx.MockTransport(fake))
    options: dict[str, Any] = {"retry_policy": POLICY, "timeout": 600, "deadline": 10}
    with pandapon.PandaPon(KEY, SECRET, USER, http_client=http, **options) as client:
        client.alibaba.products.search(keyword="包")
    assert (len(fake.requests), clock.waits) == (2, [9.5])


@pytest.mark.parametrize("kind", ["sync", "async"])
def test_with_raw_response_reports_how_long_the_answering_attempt_took(
    clock: FakeClock, kind: str
) -> None:
    def answer_after(seconds: float, reply: httpx.Response) -> Any:
        def respond(request: httpx.Request) -> httpx.Response:
            clock.now += seconds  # the server's time to answer
            return reply

        return respond

    fake = FakePandaPon(answer_after(0.25, busy("2.5")), answer_after(0.75, ok({})))
    response = search(kind, fake, raw=True)
    assert (response.retries, clock.waits) == (1, [2.5])
    # The second attempt's own time: not the first attempt, not the wait between them.
    assert response.elapsed.total_seconds() == pytest.approx(0.75)


# -- what may be sent again: the decision itself -----------------------------------------------


@pytest.mark.parametrize("operation_id", ["createAlibabaRefund", "listAlibabaCartItems"])
def test_a_failure_of_no_known_kind_is_never_sent_again(operation_id: str) -> None:
    """``retry_delay`` decides for connection errors and API errors; anything else a caller
    hands it (a validation error, a configuration error) is never a reason to send again,
    whether the operation writes or reads."""
    op = operations()[operation_id]
    for error in (
        pandapon.ResponseValidationError(
            "the answer did not fit", operation_id=operation_id, http_status=200, body="{}"
        ),
        pandapon.PandaPonError("something else"),
    ):
        assert retry_delay(op, 0, error, None, Budget(None), policy=POLICY, max_retries=5) is None


@pytest.mark.parametrize("kind", ["sync", "async"])
def test_a_request_hook_that_cannot_connect_is_a_connection_error_never_sent(kind: str) -> None:
    """An httpx error raised by the user's own request hook carries no request (httpx attaches
    one only to the errors of its transport): it still becomes the SDK's error, as a failure
    before anything was sent."""

    def refuse(request: httpx.Request) -> None:
        raise httpx.ConnectError("the proxy refused")

    async def refuse_async(request: httpx.Request) -> None:
        refuse(request)

    sent = FakePandaPon(ok(True))
    if kind == "sync":
        http = httpx.Client(transport=httpx.MockTransport(sent), event_hooks={"request": [refuse]})
        with (
            pandapon.PandaPon(KEY, SECRET, USER, http_client=http, max_retries=0) as client,
            pytest.raises(pandapon.APIConnectionError) as caught,
        ):
            client.alibaba.orders.cancel(web_site="1688", order_id=1)
    else:

        async def run() -> None:
            transport = httpx.MockTransport(sent)
            hooks = {"request": [refuse_async]}
            http = httpx.AsyncClient(transport=transport, event_hooks=hooks)
            async with pandapon.AsyncPandaPon(
                KEY, SECRET, USER, http_client=http, max_retries=0
            ) as client:
                await client.alibaba.orders.cancel(web_site="1688", order_id=1)

        with pytest.raises(pandapon.APIConnectionError) as caught:
            asyncio.run(run())
    assert caught.value.outcome_unknown is False
    assert "the proxy refused" in str(caught.value)
    assert sent.requests == []
