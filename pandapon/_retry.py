"""Retries: how long to wait between attempts (``RetryPolicy``, ``Retry-After``), whether an
attempt that failed may be sent again, and what one attempt comes to.

Whether a call may be sent again is decided here only: reads are retried on connection errors,
timeouts, HTTP 408, 409, 429 and 5xx and a rejected timestamp; a write only when it provably
never left (no connection was opened). No retry starts after the call's deadline.
"""

from __future__ import annotations

import contextlib
import email.utils
import math
import random
import time
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, Protocol

import httpx

from . import _exceptions as exc
from ._config import is_number
from ._deadline import Budget, deadline_error
from ._decode import read_answer
from ._hooks import Attempt, Outcome, answered, retrying
from ._logging import log_attempt, logger
from ._request import PreparedCall, redacted
from ._response import Returns, UncheckedResponse, returned
from ._spec import Operation

if TYPE_CHECKING:
    from ._auth import Clock
    from ._evidence import EvidenceStore
    from ._ratelimit import RateLimiter
    from ._validation import ValidationMode

#: HTTP statuses below 500 after which a read is sent again.
RETRYABLE_STATUS = frozenset({408, 409, 429})


@dataclass(frozen=True)
class RetryPolicy:
    """How long to wait between attempts: exponential backoff with jitter, or ``Retry-After``.

    ``max_retry_after`` caps how long a server-requested ``Retry-After`` is honoured.
    """

    initial_delay: float = 0.5
    max_delay: float = 8.0
    max_retry_after: float = 60.0

    def __post_init__(self) -> None:
        for name in ("initial_delay", "max_delay", "max_retry_after"):
            value = getattr(self, name)
            if not is_number(value) or not math.isfinite(value) or value < 0:
                raise exc.ConfigurationError(
                    f"RetryPolicy.{name} must be a finite number of seconds >= 0, got {value!r}"
                )

    def delay(self, retries_done: int, retry_after: float | None) -> float:
        """Seconds before retry number ``retries_done + 1``: the server's ``Retry-After`` when
        it asked for a positive wait (capped at ``max_retry_after``), else backoff with jitter.
        A zero, negative or unreadable hint falls back to backoff, never to an instant retry."""
        if retry_after is not None and retry_after > 0:  # NaN fails the comparison too
            return min(retry_after, self.max_retry_after)
        base = min(self.initial_delay * 2.0 ** min(retries_done, 64), self.max_delay)
        return base * (1 - 0.25 * random.random())  # noqa: S311 - jitter, not cryptography


class Sender(Protocol):
    """What settling an attempt reads from the client that made it."""

    validate: ValidationMode
    max_retries: int
    _retry_policy: RetryPolicy
    _evidence: EvidenceStore | None
    _clock: Clock
    _rate_limiter: RateLimiter | None
    _attempt_hooks: tuple[object, ...]

    def _target(self) -> str: ...


def settle_attempt(
    client: Sender,
    call: PreparedCall,
    returns: Returns,
    budget: Budget,
    *,
    retries: int,
    started: float,
    response: httpx.Response | None,
    error: httpx.RequestError | None,
    attempt: Attempt | None = None,
) -> tuple[Any, float | None]:
    """What one attempt comes to, for the sync and the async client alike: ``(value, None)``
    to return, ``(None, delay)`` to send again after ``delay`` seconds, or the error raised.
    ``response`` is the answer read in full, or None when sending failed with ``error``;
    ``attempt`` is what the client's hooks were told before it was sent."""
    op = call.operation
    hooks = client._attempt_hooks
    failure: exc.PandaPonError
    cause: BaseException
    if response is None:
        assert error is not None
        log_attempt(op, retries, started, type(error).__name__, None)
        failure, cause = connection_error(op, error, budget, client._target()), error
        answered(hooks, attempt, "failed", error=failure)
    else:
        status = response.status_code
        try:
            data, request_id = read_answer(
                call,
                response,
                retries,
                started,
                validate=client.validate,
                evidence=client._evidence,
                clock=client._clock,
                plain=returns == "plain",
            )
            answered(hooks, attempt, "ok", http_status=status, request_id=request_id)
            return returned(returns, response, data, retries, started, request_id=request_id), None
        except exc.ResponseValidationError as invalid:
            answered(hooks, attempt, "ok", http_status=status, request_id=invalid.request_id)
            if returns != "unchecked":
                raise
            return UncheckedResponse.of(response), None
        except exc.APIError as api_error:
            failure, cause = api_error, api_error
        outcome: Outcome = "rate_limited" if isinstance(failure, exc.RateLimitError) else "error"
        request_id = getattr(failure, "request_id", None)
        answered(hooks, attempt, outcome, http_status=status, request_id=request_id, error=failure)
    limited = isinstance(failure, exc.RateLimitError)
    if limited and client._rate_limiter is not None:
        client._rate_limiter.slow_down(op)  # PandaPon's own limit is lower than ours: slow down
    delay = retry_delay(
        op,
        retries,
        failure,
        response,
        budget,
        policy=client._retry_policy,
        max_retries=client.max_retries,
    )
    if delay is None:
        if returns == "unchecked" and response is not None:
            return UncheckedResponse.of(response), None
        if failure is cause:
            raise failure
        raise failure from cause
    logger.info("retrying %s in %.2fs (%s)", op.operation_id, delay, type(failure).__name__)
    retrying(hooks, attempt, delay)
    return None, delay


def retry_delay(
    op: Operation,
    retries_done: int,
    error: exc.PandaPonError,
    response: httpx.Response | None,
    budget: Budget,
    *,
    policy: RetryPolicy,
    max_retries: int,
) -> float | None:
    """Seconds to wait before the next attempt, or None to give up and raise ``error``."""
    delay = _retryable_wait(
        op, retries_done, error, response, policy=policy, max_retries=max_retries
    )
    left = budget.left()
    if delay is not None and left is not None and delay >= left:
        # A retry that could only start after the deadline is not made; the error says so.
        error.args = (
            f"{error.args[0] if error.args else error} (not retried: the call's deadline "
            f"of {budget.seconds:g} s would pass first)",
        )
        return None
    return delay


def _retryable_wait(
    op: Operation,
    retries_done: int,
    error: exc.PandaPonError,
    response: httpx.Response | None,
    *,
    policy: RetryPolicy,
    max_retries: int,
) -> float | None:
    """The wait before sending ``op`` again after ``error``, or None when it may not be sent
    again (whatever the deadline)."""
    if retries_done >= max_retries:
        return None
    if isinstance(error, exc.APIConnectionError):
        # A request that never left can always be sent; one that may have arrived only
        # if repeating it is harmless.
        retry = op.retry_safe or not error.outcome_unknown
    elif isinstance(error, exc.APIError):
        retry = op.retry_safe and (
            isinstance(error, (exc.RateLimitError, exc.InternalServerError, exc.TimestampError))
            or error.http_status in RETRYABLE_STATUS
            or error.http_status >= 500
        )
    else:
        retry = False
    if not retry:
        return None
    return policy.delay(retries_done, retry_after(response))


def retry_after(response: httpx.Response | None) -> float | None:
    """Seconds the server asked to wait, as it wrote them (``RetryPolicy.delay`` judges them:
    a past date, zero, negative or NaN falls back to backoff; a huge value is capped)."""
    if response is None:
        return None
    header = response.headers.get("retry-after")
    if not header:
        return None
    try:
        return float(header)
    except ValueError:
        pass
    try:
        return email.utils.parsedate_to_datetime(header).timestamp() - time.time()
    except (TypeError, ValueError, OverflowError, IndexError):
        return None  # garbage: backoff


def connection_error(
    op: Operation, error: httpx.RequestError, budget: Budget, target: str
) -> exc.APIConnectionError:
    """The SDK's error for a failed send to ``target`` (scheme and host), with whether the
    request may have reached PandaPon (``outcome_unknown``), which decides about a retry."""
    # The exception keeps the request it failed on: never with its signature.
    with contextlib.suppress(RuntimeError):  # raised before a request existed
        error.request = redacted(error.request)
    cause = str(error).strip()
    # "https://host (production: ...)": the note goes after the whole URL, not inside it.
    host, _, note = target.partition(" (")
    url = f"{host}{op.path}" + (f" ({note}" if note else "")
    if isinstance(error, httpx.DecodingError):
        # A status line and headers came, then a body its Content-Encoding does not fit: the
        # request reached PandaPon (or a proxy), so it may have taken effect.
        return exc.APIConnectionError(
            f"{op.method} {url} answered, but the answer's body could "
            f"not be decoded: {type(error).__name__}" + (f" ({cause})" if cause else ""),
            operation_id=op.operation_id,
            outcome_unknown=True,
        )
    # Connect failures happen before a byte of the request is sent; anything later is ambiguous.
    unsent = isinstance(error, (httpx.ConnectError, httpx.ConnectTimeout, httpx.PoolTimeout))
    if isinstance(error, httpx.TimeoutException) and budget.passed():
        return deadline_error(op, budget, outcome_unknown=not unsent)
    kind = (
        exc.APITimeoutError if isinstance(error, httpx.TimeoutException) else exc.APIConnectionError
    )
    what = "timed out" if kind is exc.APITimeoutError else "failed"
    # The host and the cause (a DNS failure, a refused connection) in the message itself.
    return kind(
        f"{op.method} {url} {what}: {type(error).__name__}" + (f" ({cause})" if cause else ""),
        operation_id=op.operation_id,
        outcome_unknown=not unsent,
    )
