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
