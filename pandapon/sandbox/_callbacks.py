"""Pushing order, price and refund messages to the developer's callback URL, like PandaPon.

Each message is the documented envelope (messageType, messageBody, messagePlatform, timestamp),
POSTed as JSON with ``Authorization`` = hex HMAC-SHA256 keyed with the AccessSecret, of the raw
body or (``signature_base="key+body"``) of the AccessKey followed by it: PandaPon's docs do not
say which, so the sandbox can push with either (``--callback-signature-base``).
A push that does not get HTTP 200 within 1000 ms is retried on a schedule (PandaPon: every 30
minutes, at most 5 times), shortened in tests with ``retry_delays``.
"""

from __future__ import annotations

import heapq
import itertools
import json
import logging
import threading
import time
from collections import deque
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any, Literal

import httpx

from ..webhooks import sign_payload
from ._registry import Event

logger = logging.getLogger("pandapon.sandbox")

PANDAPON_RETRY_DELAYS = (1800.0,) * 5
CALLBACK_SIGNATURE_BASES = ("body", "key+body")
ACK_TIMEOUT = 1.0
KEPT = 10_000  # deliveries the admin endpoint shows
_ANSWER_SHOWN = 200  # characters of the callback URL's answer kept for the dashboard
#: Bytes of the callback URL's answer read at most (the rest is never read): PandaPon wants
#: only its status, and a callback answering gigabytes must not exhaust the sandbox.
ANSWER_READ = 64 * 1024


@dataclass
class Delivery:
    """One message and what happened to it (shown by the admin endpoint and the dashboard)."""

    message: dict[str, Any]
    attempts: int = 0
    delivered: bool = False
    last_error: str | None = None
    #: The callback URL's last answer: "HTTP 200: ok" (the body cut short), or None.
    last_answer: str | None = None
    #: When the next attempt is due (time.monotonic()); None once delivered or given up.
    next_attempt: float | None = field(default_factory=time.monotonic)

    def report(self) -> dict[str, Any]:
        """JSON for the admin endpoint: ``next_attempt`` as epoch seconds."""
        due = self.next_attempt
        return {
            "message": self.message,
            "attempts": self.attempts,
            "delivered": self.delivered,
            "last_error": self.last_error,
            "last_answer": self.last_answer,
            "next_attempt": None if due is None else time.time() + due - time.monotonic(),
        }


class CallbackPusher:
    def __init__(
        self,
        url: str,
        access_secret: str,
        retry_delays: Sequence[float] = PANDAPON_RETRY_DELAYS,
        *,
        access_key: str | None = None,
        signature_base: Literal["body", "key+body"] = "body",
    ) -> None:
        self.url = url
        self._access_secret = access_secret
        self._access_key = access_key
        self._signature_base: Literal["body", "key+body"] = signature_base
        self._retry_delays = tuple(retry_delays)
        #: The last messages pushed, for the admin endpoint (older ones are dropped).
        self.deliveries: deque[Delivery] = deque(maxlen=KEPT)
        # Deliveries waiting for their attempt, soonest first: the thread sleeps until the
        # soonest is due or a push wakes it, however many retries are waiting.
        self._due: list[tuple[float, int, Delivery]] = []
        self._order = itertools.count()  # ties keep push order; Delivery is not comparable
        self._closed = False
        self._wake = threading.Condition()
        self._thread = threading.Thread(target=self._run, name="sandbox-callbacks", daemon=True)
        self._thread.start()

    def push(self, events: Sequence[Event]) -> None:
        for event in events:
            message = {
                "messageType": event.message_type,
                "messageBody": event.body,
                "messagePlatform": event.platform,
                "timestamp": str(int(time.time() * 1000)),
            }
            delivery = Delivery(message)
            with self._wake:
                self.deliveries.append(delivery)
                self._schedule(delivery)

    def report(self) -> list[dict[str, Any]]:
        with self._wake:
            return [d.report() for d in self.deliveries]

    def close(self) -> None:
        with self._wake:
            self._closed = True
            self._wake.notify()
        self._thread.join(timeout=5)

    def _schedule(self, delivery: Delivery) -> None:
        """Queue ``delivery`` for its ``next_attempt`` (the caller holds ``_wake``)."""
        due = delivery.next_attempt or 0.0
        heapq.heappush(self._due, (due, next(self._order), delivery))
        self._wake.notify()

    def _next_due(self) -> Delivery | None:
        """The next delivery whose attempt is due, waiting for it; None once closed."""
        with self._wake:
            while not self._closed:
                wait = self._due[0][0] - time.monotonic() if self._due else None
                if wait is not None and wait <= 0:
                    return heapq.heappop(self._due)[2]
                self._wake.wait(wait)
            return None

    def _run(self) -> None:
        # identity: the answer is read raw, never inflated (a small gzip body can be huge).
        with httpx.Client(timeout=ACK_TIMEOUT, headers={"accept-encoding": "identity"}) as http:
            while (delivery := self._next_due()) is not None:
                body = json.dumps(delivery.message, ensure_ascii=False).encode("utf-8")
                headers = {
                    "content-type": "application/json",
                    "authorization": sign_payload(
                        body,
                        self._access_secret,
                        access_key=self._access_key,
                        signature_base=self._signature_base,
                    ),
                }
                self._attempt(http, delivery, body, headers)

    def _attempt(
        self, http: httpx.Client, delivery: Delivery, body: bytes, headers: dict[str, str]
    ) -> None:
        try:
            status, text = _post(http, self.url, body, headers)
            delivered = status == 200
            error = None if delivered else f"HTTP {status}"
            answer = f"HTTP {status}: {text[:_ANSWER_SHOWN]}"
        except Exception as failure:  # any failure is the attempt's, never the thread's
            delivered, error = False, type(failure).__name__
            answer = error
        retries_done = delivery.attempts  # before this one
        again = not delivered and retries_done < len(self._retry_delays)
        # The admin reads deliveries from another thread: the outcome is in place before the
        # attempt is counted, so a counted attempt always shows its answer and what comes next.
        delivery.delivered, delivery.last_error, delivery.last_answer = delivered, error, answer
        delivery.next_attempt = (
            time.monotonic() + self._retry_delays[retries_done] if again else None
        )
        delivery.attempts += 1
        if delivered:
            return
        if again:
            with self._wake:
                self._schedule(delivery)
        else:
            logger.warning(
                "gave up pushing %s after %d attempts (%s)",
                delivery.message["messageType"],
                delivery.attempts,
                delivery.last_error,
            )


def _post(http: httpx.Client, url: str, body: bytes, headers: dict[str, str]) -> tuple[int, str]:
    """POST a push; the answer's status and the start of its text, at most ``ANSWER_READ``
    bytes read, and only what arrived within ``ACK_TIMEOUT`` of sending (the rest is left)."""
    started = time.monotonic()
    with http.stream("POST", url, content=body, headers=headers) as response:
        kept = bytearray()
        for chunk in response.iter_raw():
            kept += chunk[: ANSWER_READ - len(kept)]
            if len(kept) >= ANSWER_READ or time.monotonic() - started > ACK_TIMEOUT:
                break
        return response.status_code, kept.decode("utf-8", "replace")
