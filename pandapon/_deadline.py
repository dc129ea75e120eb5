"""A call's deadline: the seconds it may take, every attempt and every wait between included."""

from __future__ import annotations

import time
from typing import TYPE_CHECKING

import httpx

from . import _exceptions as exc

if TYPE_CHECKING:
    from ._spec import Operation


class Budget:
    """The time a call has left. The async client enforces it as a hard limit; the sync one
    through each read's timeout and between body chunks (see ``PandaPon._receive`` for what
    that leaves open)."""

    __slots__ = ("ends", "seconds")

    def __init__(self, seconds: float | None) -> None:
        self.seconds = seconds
        self.ends = None if seconds is None else time.monotonic() + seconds

    def left(self) -> float | None:
        return None if self.ends is None else self.ends - time.monotonic()

    def passed(self) -> bool:
        left = self.left()
        return left is not None and left <= 0

    def timeout(self, base: httpx.Timeout) -> httpx.Timeout:
        """``base`` with every phase cut to the time left (a slow read cannot outlive it)."""
        left = self.left()
        if left is None:
            return base
        left = max(left, 0.001)

        def cut(value: float | None) -> float:
            return left if value is None else min(value, left)

        return httpx.Timeout(
            connect=cut(base.connect),
            read=cut(base.read),
            write=cut(base.write),
            pool=cut(base.pool),
        )


def deadline_error(op: Operation, budget: Budget, *, outcome_unknown: bool) -> exc.APITimeoutError:
    """The error of a call whose deadline passed (``outcome_unknown``: it may have been sent)."""
    return exc.APITimeoutError(
        f"{op.method} {op.path}: the call's deadline of {budget.seconds:g} s was reached",
        operation_id=op.operation_id,
        outcome_unknown=outcome_unknown,
    )


class TraceSupport:
    """Whether a client's transport reports httpcore's trace events (set by the first one seen):
    if it does, a request with none yet is still waiting for a connection, not sent."""

    __slots__ = ("seen",)

    def __init__(self) -> None:
        self.seen = False


class SendWatch:
    """Follows one attempt through httpcore's ``trace`` events (a request extension): whether
    its request may have left, and each phase's timeout cut to what is left of the deadline as
    the phase starts. Without it the timeouts are cut once, when the request is built, so a
    request that waited in the connection pool then had its whole connect, write and read time
    again, past the deadline; and a wait cancelled at the deadline looked like a sent request."""

    __slots__ = ("budget", "op", "sent", "support", "timeouts")

    def __init__(self, op: Operation, budget: Budget, support: TraceSupport) -> None:
        self.op, self.budget, self.support = op, budget, support
        self.sent = False
        self.timeouts: dict[str, float | None] = {}

    def attach(self, request: httpx.Request, *, is_async: bool) -> None:
        if self.budget.ends is None and self.support.seen:
            return  # no deadline to keep, and whether a request was sent matters only at one
        # httpx hands httpcore this very dict, which reads each phase's timeout as it starts.
        timeouts = request.extensions.get("timeout")
        if isinstance(timeouts, dict):
            self.timeouts = timeouts
        request.extensions["trace"] = self._atrace if is_async else self._trace

    def may_have_sent(self) -> bool:
        """Whether the request may have reached the server: its headers started going out, or
        the transport does not say (no trace events from it yet)."""
        return self.sent or not self.support.seen

    def _trace(self, name: str, info: dict[str, object]) -> None:
        self.support.seen = True
        if not name.endswith(".started") or name.endswith(
            ("response_closed.started", "close.started")
        ):
            return
        if self.budget.passed():  # between phases: a wait for the pool or a connection
            raise deadline_error(self.op, self.budget, outcome_unknown=self.sent)
        if name.endswith("send_request_headers.started"):
            self.sent = True  # from here on, bytes of the request may be on the wire
        self._cut_timeouts(info)

    async def _atrace(self, name: str, info: dict[str, object]) -> None:
        self._trace(name, info)

    def _cut_timeouts(self, info: dict[str, object]) -> None:
        left = self.budget.left()
        if left is None:
            return
        left = max(left, 0.001)
        for phase, value in self.timeouts.items():
            self.timeouts[phase] = left if value is None else min(value, left)
        given = info.get("timeout")  # connect_tcp's and start_tls's, already read: cut here
        if isinstance(given, int | float) or ("timeout" in info and given is None):
            info["timeout"] = left if given is None else min(float(given), left)
