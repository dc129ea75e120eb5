"""How many calls a bulk job keeps in flight: additive increase, multiplicative decrease.

The right number is the server's rate times its latency, which nobody knows in advance. The
limit starts at 1 and doubles every round trip (slow start) until the first sign of too much:
an answer 429, or answers slowing down (latency above twice the fastest seen lately, the
server queueing). From then on each such sign cuts the limit to ``decrease`` of itself (at
most once per round trip: answers to calls sent before a cut say nothing about the new
limit), and each round trip without one raises it by ``increase``. ``maximum`` is never
exceeded: the concurrency the user chose is an upper bound, not a guess to live with.
"""

from __future__ import annotations

import asyncio
import time
from collections import deque

#: Each cut keeps this share of the limit: gentle, so that the job stays near the ceiling.
DECREASE = 0.85
#: Calls added to the limit per round trip once out of slow start.
INCREASE = 0.1
#: Latency this many times the fastest recent one is a server queueing.
SLOW = 2.0
_RECENT = 200  # latencies the fastest one is taken from


class AdaptiveConcurrency:
    """A concurrency limit that follows the server (see the module's docstring)."""

    def __init__(
        self,
        maximum: int,
        *,
        adaptive: bool = True,
        decrease: float = DECREASE,
        increase: float = INCREASE,
    ) -> None:
        if maximum < 1:
            raise ValueError("maximum must be at least 1")
        self.maximum = maximum
        self.adaptive = adaptive
        self.limit = 1.0 if adaptive else float(maximum)
        self.decrease, self.increase = decrease, increase
        self.in_flight = 0
        self.cuts = 0
        self._slow_start = adaptive
        self._last_cut = 0.0
        self._latencies: deque[float] = deque(maxlen=_RECENT)
        self._changed = asyncio.Condition()

    async def acquire(self) -> float:
        """Wait for room under the limit; the monotonic time the call starts."""
        async with self._changed:
            await self._changed.wait_for(lambda: self.in_flight < max(1, int(self.limit)))
            self.in_flight += 1
        return time.monotonic()

    async def release(self) -> None:
        async with self._changed:
            self.in_flight -= 1
            self._changed.notify()  # one place freed: one waiter (128 woken would cost CPU)

    def observe(self, outcome: str, started: float, latency: float) -> None:
        """One attempt's outcome ("ok", "rate_limited" or "error"), when it was sent
        (monotonic) and how long its answer took."""
        if not self.adaptive:
            return
        if outcome == "rate_limited" or (outcome == "ok" and self._queueing(latency)):
            self._cut(started)
        elif outcome == "ok":
            self._latencies.append(latency)
            step = (1.0 if self._slow_start else self.increase) / max(self.limit, 1.0)
            self.limit = min(float(self.maximum), self.limit + step)

    def _queueing(self, latency: float) -> bool:
        if len(self._latencies) < 20:
            return False
        return latency > SLOW * min(self._latencies) + 0.005

    def _cut(self, started: float) -> None:
        if started < self._last_cut:
            return  # sent before the last cut: that cut already answered it
        self._slow_start = False
        self.limit = max(1.0, self.limit * self.decrease)
        self._last_cut = time.monotonic()
        self.cuts += 1
