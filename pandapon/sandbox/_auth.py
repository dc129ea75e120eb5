"""Checking a request's signature the way PandaPon (most likely) does.

Every check failing gives its own code, with HTTP 401, and nothing is processed. The codes are the
sandbox's own (PandaPon publishes no table); their messages name what failed.
"""

from __future__ import annotations

import hmac
import re
import threading
import time
from collections import OrderedDict
from collections.abc import Mapping
from dataclasses import dataclass

from .._signing import sign
from .._spec import system_headers

MISSING_HEADER = 4010
UNKNOWN_ACCESS_KEY = 4011
BAD_SIGNATURE = 4012
BAD_TIMESTAMP = 4013
REUSED_NONCE = 4014
SKEW_SECONDS = 600


#: Epoch milliseconds: ASCII digits, at most 16 (the year 318857); longer would not be a time.
_EPOCH_MS = re.compile(r"[0-9]{1,16}")


def _same(given: str, expected: str) -> bool:
    """Constant-time equality of any two strings (``compare_digest`` refuses non-ASCII str)."""
    return hmac.compare_digest(
        given.encode("utf-8", "surrogatepass"), expected.encode("utf-8", "surrogatepass")
    )


@dataclass(frozen=True)
class AuthFailure:
    code: int
    msg: str


class Authenticator:
    def __init__(self, access_key: str, access_secret: str) -> None:
        self.access_key = access_key
        self._access_secret = access_secret
        self._nonces: OrderedDict[str, float] = OrderedDict()
        self._lock = threading.Lock()

    def check(
        self, headers: Mapping[str, str], query: Mapping[str, str], query_signed: bool
    ) -> AuthFailure | None:
        for name in system_headers():
            if not headers.get(name):
                return AuthFailure(MISSING_HEADER, f"missing header: {name}")
        if query_signed:
            for name in ("timestamp", "sign"):
                if not query.get(name):
                    return AuthFailure(MISSING_HEADER, f"missing query parameter: {name}")
        if not _same(headers["access-key"], self.access_key):
            return AuthFailure(UNKNOWN_ACCESS_KEY, "unknown access-key")
        timestamp = headers["timestamp"]
        if not _EPOCH_MS.fullmatch(timestamp):  # not str.isdigit(): "²" is a digit to it
            return AuthFailure(BAD_TIMESTAMP, "timestamp must be epoch milliseconds")
        skew = abs(time.time() - int(timestamp) / 1000)
        if skew > SKEW_SECONDS:
            return AuthFailure(
                BAD_TIMESTAMP, f"timestamp out of range: {skew:.0f} s from server time (max 600 s)"
            )
        expected = sign(self.access_key, timestamp, headers["nonce-str"], self._access_secret)
        if not _same(headers["signature"].upper(), expected):
            return AuthFailure(BAD_SIGNATURE, "signature mismatch")
        if query_signed and not _same(query["sign"].upper(), expected):
            return AuthFailure(BAD_SIGNATURE, "sign query parameter mismatch")
        if not self._first_use(headers["nonce-str"]):
            return AuthFailure(REUSED_NONCE, "nonce-str already used")
        return None

    def _first_use(self, nonce: str) -> bool:
        now = time.monotonic()
        with self._lock:
            # Forget nonces older than the timestamp window: a replay that old fails anyway.
            # Oldest first, so this is O(1) per request (rebuilding the whole table on every
            # request once it held 10,000 nonces made a busy sandbox crawl).
            horizon = now - 2 * SKEW_SECONDS
            while self._nonces and next(iter(self._nonces.values())) < horizon:
                self._nonces.popitem(last=False)
            if nonce in self._nonces:
                return False
            self._nonces[nonce] = now
            return True
