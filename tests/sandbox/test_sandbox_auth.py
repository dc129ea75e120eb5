"""The sandbox's signature check, each rule at its edge, without a server.

``Authenticator.check`` is what a request to the sandbox meets first (tests/sandbox/test_sandbox.py
drives it over HTTP); here every check is taken one at a time, against a clock that only moves
when told to.
"""

from __future__ import annotations

import time

import pytest

from pandapon import sign
from pandapon.sandbox import _auth
from pandapon.sandbox._auth import (
    BAD_SIGNATURE,
    BAD_TIMESTAMP,
    MISSING_HEADER,
    REUSED_NONCE,
    SKEW_SECONDS,
    UNKNOWN_ACCESS_KEY,
    Authenticator,
)

KEY, SECRET = "sandbox-key", "sandbox-secret"
NOW = 1_800_000_000.0


class Clock:
    def __init__(self) -> None:
        self.wall = NOW
        self.monotonic = 1000.0

    def advance(self, seconds: float) -> None:
        self.wall += seconds
        self.monotonic += seconds


@pytest.fixture
def clock(monkeypatch: pytest.MonkeyPatch) -> Clock:
    fake = Clock()
    monkeypatch.setattr(_auth.time, "time", lambda: fake.wall)
    monkeypatch.setattr(_auth.time, "monotonic", lambda: fake.monotonic)
    return fake


_nonces = iter(range(10**9))


def signed(*, at: float = NOW, nonce: str | None = None, **overrides: str) -> dict[str, str]:
    """The five headers of a request signed right, then ``overrides`` applied."""
    timestamp = str(int(at * 1000))
    nonce = nonce or f"{next(_nonces):032d}"
    headers = {
        "access-key": KEY,
        "timestamp": timestamp,
        "nonce-str": nonce,
        "user-id": "u",
        "signature": sign(KEY, timestamp, nonce, SECRET),
    }
    headers.update(overrides)
    return headers


def failure(headers: dict[str, str], query: dict[str, str] | None = None) -> tuple[int, str]:
    found = Authenticator(KEY, SECRET).check(headers, query or {}, query is not None)
    assert found is not None, "accepted"
    return found.code, found.msg


def test_a_request_signed_right_passes(clock: Clock) -> None:
    assert Authenticator(KEY, SECRET).check(signed(), {}, False) is None
    # The signature's hex may come in lower case.
    headers = signed()
    headers["signature"] = headers["signature"].lower()
    assert Authenticator(KEY, SECRET).check(headers, {}, False) is None


@pytest.mark.parametrize("name", ["access-key", "timestamp", "nonce-str", "user-id", "signature"])
def test_each_missing_or_empty_header_is_named(clock: Clock, name: str) -> None:
    headers = signed()
    assert failure({**headers, name: ""}) == (MISSING_HEADER, f"missing header: {name}")
    del headers[name]
    assert failure(headers) == (MISSING_HEADER, f"missing header: {name}")


def test_query_signed_calls_need_timestamp_and_sign_in_the_query(clock: Clock) -> None:
    headers = signed()
    good = {"timestamp": headers["timestamp"], "sign": headers["signature"]}
    assert Authenticator(KEY, SECRET).check(headers, good, True) is None
    # The query is only looked at where the operation is query-signed.
    assert Authenticator(KEY, SECRET).check(headers, {}, False) is None
    for name in ("timestamp", "sign"):
        query = {k: v for k, v in good.items() if k != name}
        assert failure(headers, query) == (MISSING_HEADER, f"missing query parameter: {name}")
        assert failure(headers, {**query, name: ""})[0] == MISSING_HEADER
    wrong = {**good, "sign": "0" * 32}
    assert failure(headers, wrong) == (BAD_SIGNATURE, "sign query parameter mismatch")
    fresh = signed()
    fresh_query = {"timestamp": fresh["timestamp"], "sign": fresh["signature"].lower()}
    assert Authenticator(KEY, SECRET).check(fresh, fresh_query, True) is None


def test_an_unknown_access_key_is_refused_before_the_signature_is_looked_at(
    clock: Clock,
) -> None:
    headers = signed(**{"access-key": "somebody-else"})
    assert failure(headers) == (UNKNOWN_ACCESS_KEY, "unknown access-key")
    assert failure(signed(**{"access-key": KEY + "x"}))[0] == UNKNOWN_ACCESS_KEY


@pytest.mark.parametrize("timestamp", ["-1", "1.5e12", "soon", " 1800000000000"])
def test_a_timestamp_that_is_not_epoch_milliseconds_is_refused(
    clock: Clock, timestamp: str
) -> None:
    code, msg = failure(signed(timestamp=timestamp))
    assert (code, msg) == (BAD_TIMESTAMP, "timestamp must be epoch milliseconds")


@pytest.mark.parametrize("direction", [-1, 1])
def test_the_timestamp_may_be_600_seconds_off_and_no_more(clock: Clock, direction: int) -> None:
    edge = NOW + direction * SKEW_SECONDS
    assert Authenticator(KEY, SECRET).check(signed(at=edge), {}, False) is None
    code, msg = failure(signed(at=edge + direction * 1.0))
    assert code == BAD_TIMESTAMP
    assert msg == "timestamp out of range: 601 s from server time (max 600 s)"


def test_a_wrong_signature_is_refused(clock: Clock) -> None:
    assert failure(signed(signature="0" * 32)) == (BAD_SIGNATURE, "signature mismatch")
    other = signed()
    other["signature"] = sign(KEY, other["timestamp"], other["nonce-str"], SECRET + "x")
    assert failure(other) == (BAD_SIGNATURE, "signature mismatch")


def test_a_nonce_is_accepted_once(clock: Clock) -> None:
    auth = Authenticator(KEY, SECRET)
    assert auth.check(signed(nonce="n" * 32), {}, False) is None
    again = auth.check(signed(nonce="n" * 32), {}, False)
    assert again is not None and (again.code, again.msg) == (REUSED_NONCE, "nonce-str already used")
    # A request refused for another reason does not use up its nonce.
    assert auth.check(signed(nonce="m" * 32, signature="0" * 32), {}, False) is not None
    assert auth.check(signed(nonce="m" * 32), {}, False) is None


def test_nonces_are_forgotten_after_twice_the_timestamp_window(clock: Clock) -> None:
    auth = Authenticator(KEY, SECRET)
    assert auth.check(signed(nonce="a" * 32), {}, False) is None
    clock.advance(2 * SKEW_SECONDS)  # exactly the horizon: still remembered
    again = auth.check(signed(at=clock.wall, nonce="a" * 32), {}, False)
    assert again is not None and again.code == REUSED_NONCE
    clock.advance(1)
    assert auth.check(signed(at=clock.wall, nonce="a" * 32), {}, False) is None


def test_forgetting_stops_at_the_first_nonce_still_in_the_window(clock: Clock) -> None:
    auth = Authenticator(KEY, SECRET)
    assert auth.check(signed(nonce="old" + "0" * 29), {}, False) is None
    clock.advance(SKEW_SECONDS)
    assert auth.check(signed(at=clock.wall, nonce="new" + "0" * 29), {}, False) is None
    clock.advance(SKEW_SECONDS + 1)  # "old" is past the horizon, "new" is not
    now = clock.wall
    assert auth.check(signed(at=now, nonce="old" + "0" * 29), {}, False) is None
    reused = auth.check(signed(at=now, nonce="new" + "0" * 29), {}, False)
    assert reused is not None and reused.code == REUSED_NONCE


def test_text_that_is_not_unicode_is_compared_without_a_crash(clock: Clock) -> None:
    # Only an in-process caller can pass a lone surrogate (HTTP headers arrive as latin-1).
    refused = failure(signed(**{"access-key": "\ud800"}))
    assert refused == (UNKNOWN_ACCESS_KEY, "unknown access-key")
    odd = Authenticator("\udfff", SECRET)
    found = odd.check(signed(), {}, False)
    assert found is not None and found.code == UNKNOWN_ACCESS_KEY
    assert failure(signed(signature="\ud800" * 32)) == (BAD_SIGNATURE, "signature mismatch")


@pytest.mark.parametrize("timestamp", ["\u00b2", "1" * 17])
def test_digits_only_ascii_and_at_most_16_of_them(clock: Clock, timestamp: str) -> None:
    code, msg = failure(signed(timestamp=timestamp))
    assert (code, msg) == (BAD_TIMESTAMP, "timestamp must be epoch milliseconds")


def test_the_real_clock_is_what_a_timestamp_is_judged_against() -> None:
    now = time.time()
    assert Authenticator(KEY, SECRET).check(signed(at=now), {}, False) is None
    refused = Authenticator(KEY, SECRET).check(signed(at=now - 3600), {}, False)
    assert refused is not None and refused.code == BAD_TIMESTAMP
