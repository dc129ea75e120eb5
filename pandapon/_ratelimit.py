"""``rate_limit=``: at most so many calls per second, for all calls or per group of operations,
counted in this process (``RateLimiter``) or in Redis by every process and machine that shares
it (``RedisRateLimiter``).

Each limit is a sliding window (pyrate-limiter's buckets: the in-memory list, or a Redis sorted
set changed by one Lua script): never more than ``rate`` calls in any second, plus ``margin``.
Every attempt takes a permit, retries included, before it is built and signed; waiting for one
counts against the call's deadline, and a call that could only get its permit after the
deadline is not sent at all (``APITimeoutError`` with ``outcome_unknown`` False). An answer 429
slows every limit the call counted against: the rate is halved, then recovers linearly to the
full rate over ``recovery`` seconds, and a second 429 within a second of the first (calls that
were already on their way) does not halve it again.

Needs the ``ratelimit`` extra (``pip install 'pandapon[ratelimit]'``), and ``redis`` for the
shared limiter. BENCHMARKS.md and TESTING.md say why pyrate-limiter.
"""

from __future__ import annotations

import math
import threading
import time
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from . import _exceptions as exc
from ._spec import Operation, operations

if TYPE_CHECKING:
    import redis

    from ._deadline import Budget

#: The group every operation is in.
ALL = "*"
#: Seconds added to every window: a permit is taken a little before the request reaches the
#: server, and not always equally long before, so a window of exactly one second could let the
#: server count one call too many in some second of its own.
DEFAULT_MARGIN = 0.05
DEFAULT_RECOVERY = 30.0
#: How far 429s can slow a limit: a tenth of its rate.
_FLOOR = 0.1
#: 429s this soon after a slow-down answer calls sent before it: they do not slow it again.
_COOLDOWN = 1.0
_LEAK_EVERY = 5.0  # seconds between trims of a bucket's old entries
_CACHE = 0.2  # seconds a RedisRateLimiter trusts its copy of the shared slow-down


def groups_of(op: Operation) -> tuple[str, ...]:
    """The groups an operation is in, narrowest first: its operationId, its method
    (``alibaba.products.get``), its resource (``alibaba.products``), its platform (``1688``,
    ``taobao`` or ``platform``) and ``*``."""
    resource = op.python_method.rsplit(".", 1)[0]
    return (op.operation_id, op.python_method, resource, op.platform, ALL)


def _known_groups() -> set[str]:
    return {group for op in operations().values() for group in groups_of(op)}


def _check_limits(limits: float | Mapping[str, float]) -> dict[str, float]:
    table = dict(limits) if isinstance(limits, Mapping) else {ALL: limits}
    if not table:
        raise exc.ConfigurationError("rate_limit needs at least one limit")
    known = _known_groups()
    for group, rate in table.items():
        if group not in known:
            import difflib  # noqa: PLC0415 - only for the error message

            close = difflib.get_close_matches(str(group), sorted(known), n=3)
            hint = f"; did you mean {', '.join(close)}?" if close else ""
            raise exc.ConfigurationError(
                f"rate_limit: {group!r} is not '*', a platform (1688, taobao, platform), a "
                f"resource (alibaba.products), a method (alibaba.products.get) or an "
                f"operationId{hint}"
            )
        if (
            isinstance(rate, bool)
            or not isinstance(rate, int | float)
            or not math.isfinite(rate)
            or rate <= 0
        ):
            raise exc.ConfigurationError(
                f"rate_limit[{group!r}] must be a positive number of calls per second, got {rate!r}"
            )
    return {group: float(rate) for group, rate in table.items()}


def _pyrate() -> Any:
    try:
        import pyrate_limiter  # noqa: PLC0415 - the ratelimit extra, loaded with the first limit
    except ImportError:
        raise exc.ConfigurationError(
            "rate_limit= needs pyrate-limiter: pip install 'pandapon[ratelimit]'"
        ) from None
    return pyrate_limiter


class _Slowdown:
    """How much 429s have slowed one limit: ``factor`` (1.0: not at all) since ``at``."""

    __slots__ = ("at", "factor")

    def __init__(self, factor: float = 1.0, at: float = 0.0) -> None:
        self.factor, self.at = factor, at

    def now(self, recovery: float, when: float) -> float:
        """The factor at ``when``: it grows back linearly, to 1.0 over ``recovery`` seconds."""
        if self.factor >= 1.0:
            return 1.0
        return min(1.0, self.factor + max(0.0, when - self.at) / recovery)

    def slowed(self, recovery: float, when: float) -> _Slowdown | None:
        """The state after a 429 at ``when``, or None if it changes nothing."""
        if self.factor < 1.0 and when - self.at < _COOLDOWN:
            return None
        return _Slowdown(max(_FLOOR, self.now(recovery, when) / 2), when)


class RateLimiter:
    """At most ``limits`` calls per second, counted in this process (every thread, every client
    given this limiter, and their ``with_options`` copies).

    ``RateLimiter(10)`` limits every call; ``RateLimiter({"*": 20, "1688": 10,
    "alibaba.products.get": 5})`` limits all calls to 20/s, 1688 calls to 10/s, and product
    details to 5/s among those. A call counts against every limit of a group it is in (see
    ``groups_of``). Passing a number or a mapping as ``rate_limit=`` makes one of these.
    A process started with ``fork()`` gets a copy with its own count: to share one limit
    between processes or machines, use ``RedisRateLimiter``.
    """

    #: Whether ``reserve`` waits on the network (the async client then calls it on a thread).
    blocking_io = False

    def __init__(
        self,
        limits: float | Mapping[str, float],
        *,
        margin: float = DEFAULT_MARGIN,
        recovery: float = DEFAULT_RECOVERY,
    ) -> None:
        self.limits = _check_limits(limits)
        for name, value in (("margin", margin), ("recovery", recovery)):
            if not isinstance(value, int | float) or not math.isfinite(value) or value < 0:
                raise exc.ConfigurationError(f"{name} must be seconds >= 0, got {value!r}")
        self.margin = float(margin)
        self.recovery = max(float(recovery), 1e-3)
        self._lock = threading.Lock()
        self._buckets: dict[str, Any] = {}
        self._applied: dict[str, float] = {}  # the factor each bucket's rate was set for
        self._leaked: dict[str, float] = {}
        self._slow: dict[str, _Slowdown] = {}

    def __repr__(self) -> str:
        limits = ", ".join(f"{g!r}: {r:g}/s" for g, r in self.limits.items())
        return f"{type(self).__name__}({{{limits}}})"

    # -- what the client calls ---------------------------------------------------------------

    def reserve(self, op: Operation) -> float:
        """Take a permit from each of the call's limits, narrowest first; 0.0 when it has them
        all, else the seconds to wait before asking again. Permits taken before a refusal are
        spent (pyrate's buckets cannot give one back): every limit holds, but a narrow one can
        stay below its rate while a broader one is what the calls wait for."""
        for group in groups_of(op):
            if group in self.limits and (wait := self._take(group)) > 0:
                return wait
        return 0.0

    def slow_down(self, op: Operation) -> None:
        """PandaPon answered a call of ``op`` with 429: slow each of its limits."""
        now = time.time()
        for group in groups_of(op):
            if group in self.limits:
                self._slow_group(group, now)

    def rate(self, group: str = ALL) -> float:
        """The calls per second allowed for ``group`` now (less than its limit after 429s)."""
        return self.limits[group] * self._factor(group, time.time())

    # -- one limit -----------------------------------------------------------------------------

    def _factor(self, group: str, now: float) -> float:
        return self._slow.get(group, _Slowdown()).now(self.recovery, now)

    def _slow_group(self, group: str, now: float) -> None:
        with self._lock:
            slowed = self._slow.get(group, _Slowdown()).slowed(self.recovery, now)
            if slowed is not None:
                self._slow[group] = slowed

    def _rates(self, group: str, factor: float) -> list[Any]:
        """The bucket's windows: ``count`` calls per ``count / rate`` seconds plus the margin
        (about a second: the limit itself), and at most a tenth of those in a tenth of the time,
        so that the calls are spread over the second rather than sent in one burst (a server's
        token bucket may hold far less than a second's worth; and a burst leaves the last
        calls of it waiting on the client, later than their permits)."""
        pyrate = _pyrate()
        rate = self.limits[group] * factor
        count = max(1, math.floor(rate)) if rate >= 1 else 1
        rates = [pyrate.Rate(count, round((count / rate + self.margin) * 1000))]
        if (spread := max(1, count // 10)) < count:
            rates.insert(0, pyrate.Rate(spread, round(spread / rate * 1000)))
        return rates

    def _take(self, group: str) -> float:
        now = time.time()
        factor = self._factor(group, now)
        with self._lock:
            bucket = self._buckets.get(group)
            if bucket is None:
                bucket = self._buckets[group] = self._new_bucket(group, self._rates(group, factor))
                self._applied[group] = factor
                self._leaked[group] = now
            elif abs(self._applied[group] - factor) > 0.01:  # 429s, or recovering from them
                bucket.rates = self._rates(group, factor)
                self._applied[group] = factor
            item = _pyrate().RateItem(group, bucket.now())
            if bucket.put(item):
                if now - self._leaked[group] > _LEAK_EVERY:
                    bucket.leak(item.timestamp)  # old entries: a bucket stays small
                    self._leaked[group] = now
                return 0.0
            wait_ms = bucket.waiting(item)
        return max(int(wait_ms), 1) / 1000

    def _new_bucket(self, group: str, rates: list[Any]) -> Any:
        return _pyrate().InMemoryBucket(rates)


class RedisRateLimiter(RateLimiter):
    """``RateLimiter``, counted in Redis (or Valkey): one limit for every process and machine
    whose clients use the same server and ``prefix``.

    ``RedisRateLimiter("redis://host:6379/0", 10)``, or with a ``redis.Redis`` client. A 429
    seen by any of them slows all of them. The windows are kept in the callers' wall-clock
    time: keep the machines' clocks synchronised (NTP), as any distributed limit needs. With
    Celery, put the broker and the limit on the same Redis (README: "Running on several
    machines").
    """

    blocking_io = True

    def __init__(
        self,
        redis_or_url: str | redis.Redis,
        limits: float | Mapping[str, float],
        *,
        prefix: str = "{pandapon:ratelimit}",
        margin: float = DEFAULT_MARGIN,
        recovery: float = DEFAULT_RECOVERY,
    ) -> None:
        super().__init__(limits, margin=margin, recovery=recovery)
        if isinstance(redis_or_url, str):
            try:
                import redis  # noqa: PLC0415 - the redis extra
            except ImportError:
                raise exc.ConfigurationError(
                    "RedisRateLimiter needs redis: pip install 'pandapon[ratelimit,redis]'"
                ) from None
            self._redis: Any = redis.Redis.from_url(redis_or_url)
        else:
            self._redis = redis_or_url
        self.prefix = prefix
        self._seen: dict[str, tuple[float, _Slowdown]] = {}  # group -> (read at, state)

    def _new_bucket(self, group: str, rates: list[Any]) -> Any:
        # Its entries are stamped with the caller's wall clock, which the machines share.
        return _pyrate().RedisBucket.init(rates, self._redis, f"{self.prefix}:{group}")

    def _shared(self, group: str, now: float) -> _Slowdown:
        seen = self._seen.get(group)
        if seen is not None and now - seen[0] < _CACHE:
            return seen[1]
        raw = self._redis.get(f"{self.prefix}:slow:{group}")
        state = _Slowdown()
        if raw:
            factor, at = (float(part) for part in raw.split())
            state = _Slowdown(factor, at)
        self._seen[group] = (now, state)
        return state

    def _factor(self, group: str, now: float) -> float:
        return self._shared(group, now).now(self.recovery, now)

    def _slow_group(self, group: str, now: float) -> None:
        self._seen.pop(group, None)
        slowed = self._shared(group, now).slowed(self.recovery, now)
        if slowed is not None:
            ttl = max(1, math.ceil((1.0 - slowed.factor) * self.recovery * 1000))
            key = f"{self.prefix}:slow:{group}"
            self._redis.set(key, f"{slowed.factor!r} {slowed.at!r}", px=ttl)
            self._seen[group] = (now, slowed)


def resolve_rate_limit(
    rate_limit: float | Mapping[str, float] | RateLimiter | None,
) -> RateLimiter | None:
    """``rate_limit=`` as the client keeps it."""
    if rate_limit is None or isinstance(rate_limit, RateLimiter):
        return rate_limit
    if isinstance(rate_limit, bool) or not isinstance(rate_limit, int | float | Mapping):
        raise exc.ConfigurationError(
            "rate_limit must be calls per second, a mapping of groups to calls per second, or a "
            f"pandapon.RateLimiter, got {type(rate_limit).__name__}"
        )
    limiter = RateLimiter(rate_limit)
    _pyrate()  # the missing extra is a ConfigurationError now, not at the first call
    return limiter


def _not_sent(op: Operation, budget: Budget, wait: float) -> exc.APITimeoutError:
    return exc.APITimeoutError(
        f"{op.method} {op.path}: the call's deadline of {budget.seconds:g} s would pass while "
        f"waiting {wait:.2f} s for the rate limit; it was not sent",
        operation_id=op.operation_id,
        outcome_unknown=False,
    )


def wait_for_permit(limiter: RateLimiter, op: Operation, budget: Budget) -> None:
    """Block until the call may be sent (sync client)."""
    while (wait := limiter.reserve(op)) > 0:
        left = budget.left()
        if left is not None and wait >= left:
            raise _not_sent(op, budget, wait)
        time.sleep(wait)


async def await_permit(limiter: RateLimiter, op: Operation, budget: Budget) -> None:
    """Wait until the call may be sent (async client); Redis is asked from a worker thread."""
    import anyio  # noqa: PLC0415 - the async client has loaded it already

    while True:
        if limiter.blocking_io:
            wait = await anyio.to_thread.run_sync(limiter.reserve, op)
        else:
            wait = limiter.reserve(op)
        if wait <= 0:
            return
        left = budget.left()
        if left is not None and wait >= left:
            raise _not_sent(op, budget, wait)
        await anyio.sleep(wait)
