"""Request hooks: told before each attempt is sent, after its answer (or failure), and before a
retry, with the operationId, the attempt's number and timing and, once known, the request id.

``PandaPon(hooks=[...])`` takes any objects with some of the three methods; ``Hooks`` is a base
with all three doing nothing. The same list serves the SDK itself (``pandapon.bulk`` adapts its
concurrency through one). An attempt carries no URL, header or body: nothing a hook sees can
hold the signature or the credentials. A hook that raises is logged and does not change the call
(an order placed is not reported as failed because a span could not be closed).
"""

from __future__ import annotations

import time
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any, Literal

from ._logging import logger
from ._spec import Operation

Outcome = Literal["ok", "rate_limited", "error", "failed"]


@dataclass(eq=False)
class Attempt:
    """One attempt of a call, as hooks see it; the same object goes to ``before_send``,
    ``after_answer`` and ``on_retry``, so ``context`` can carry a span from one to the next.

    ``outcome`` (after the answer): ``"ok"``, ``"rate_limited"`` (a 429 or PandaPon's limit
    code), ``"error"`` (any other error answer) or ``"failed"`` (no usable answer: a dropped
    connection, a timeout, the deadline). ``started`` is ``time.monotonic()`` when it was sent,
    ``elapsed`` the seconds until its answer was read, ``retry_in`` (``on_retry``) the seconds
    before the next attempt.
    """

    operation_id: str
    method: str
    path: str  # the spec's path template: no query, no ids
    number: int  # 1 for the first attempt
    retry_safe: bool
    started: float
    elapsed: float | None = None
    outcome: Outcome | None = None
    http_status: int | None = None
    request_id: str | None = None
    error: BaseException | None = field(default=None, repr=False)
    retry_in: float | None = None
    context: dict[str, Any] = field(default_factory=dict, repr=False)

    def attributes(self) -> dict[str, str | int | float | bool]:
        """What is known of the attempt, as span or metric attributes (``pandapon.*``)."""
        found: dict[str, str | int | float | bool | None] = {
            "pandapon.operation_id": self.operation_id,
            "http.request.method": self.method,
            "url.path": self.path,
            "pandapon.attempt": self.number,
            "pandapon.retry_safe": self.retry_safe,
            "pandapon.outcome": self.outcome,
            "http.response.status_code": self.http_status,
            "pandapon.request_id": self.request_id,
            "pandapon.elapsed_s": self.elapsed,
            "error.type": type(self.error).__name__ if self.error is not None else None,
        }
        return {key: value for key, value in found.items() if value is not None}


class Hooks:
    """Override what you need; each is called with the attempt."""

    def before_send(self, attempt: Attempt) -> None:
        """Just before the attempt is sent (after any rate-limit wait)."""

    def after_answer(self, attempt: Attempt) -> None:
        """Once its answer is read, or sending it failed (``outcome``, ``error``)."""

    def on_retry(self, attempt: Attempt) -> None:
        """When it will be sent again, in ``attempt.retry_in`` seconds."""


_STAGES = ("before_send", "after_answer", "on_retry")


def check_hooks(hooks: Iterable[object]) -> tuple[object, ...]:
    """``hooks=`` as the client keeps it; each must have at least one of the three methods."""
    from ._exceptions import ConfigurationError  # noqa: PLC0415

    if isinstance(hooks, (str, bytes)) or not isinstance(hooks, Iterable):
        raise ConfigurationError(
            f"hooks must be a list of hook objects, got {type(hooks).__name__}"
        )
    kept = tuple(hooks)
    for hook in kept:
        if not any(callable(getattr(hook, stage, None)) for stage in _STAGES):
            raise ConfigurationError(
                f"a hook needs before_send, after_answer or on_retry (see pandapon.Hooks); "
                f"{type(hook).__name__} has none"
            )
    return kept


def begin(hooks: Iterable[object], op: Operation, retries: int, started: float) -> Attempt | None:
    """The attempt about to be sent, its hooks told; None when there are no hooks."""
    hooks = tuple(hooks)
    if not hooks:
        return None
    attempt = Attempt(
        op.operation_id, op.method, op.path, retries + 1, op.retry_safe, started=started
    )
    _tell(hooks, "before_send", attempt)
    return attempt


def answered(
    hooks: Iterable[object],
    attempt: Attempt | None,
    outcome: Outcome,
    *,
    http_status: int | None = None,
    request_id: str | None = None,
    error: BaseException | None = None,
) -> None:
    if attempt is None:
        return
    attempt.elapsed = time.monotonic() - attempt.started
    attempt.outcome = outcome
    attempt.http_status = http_status
    attempt.request_id = request_id
    attempt.error = error
    _tell(hooks, "after_answer", attempt)


def retrying(hooks: Iterable[object], attempt: Attempt | None, delay: float) -> None:
    if attempt is None:
        return
    attempt.retry_in = delay
    _tell(hooks, "on_retry", attempt)


def _tell(hooks: Iterable[object], stage: str, attempt: Attempt) -> None:
    for hook in hooks:
        method = getattr(hook, stage, None)
        if method is None:
            continue
        try:
            method(attempt)
        except Exception:  # a hook's failure is the hook's: the call goes on
            logger.exception("a request hook failed in %s (%s)", stage, attempt.operation_id)
