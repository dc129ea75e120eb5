"""``RedisStore``: the receiver's memory in Redis (or Valkey), shared by every replica.

Each message is a hash (``state``, ``body``, ``handlers``, ``since``) that Redis expires ``ttl``
after it arrived. A sorted set indexes the messages ``take_failed`` may have to return, scored
by when they become due: a failed message at once, a pending one ``interrupted_after`` after it
arrived (or was last taken), so a message whose receiver died mid-handler comes back. Every
change is one Lua script, so a key is claimed by exactly one replica and a failed message is
taken by exactly one.

Needs the ``redis`` extra (``pip install 'pandapon[redis]'``).
"""

from __future__ import annotations

import json
import logging
from collections.abc import Sequence
from datetime import timedelta
from typing import TYPE_CHECKING, Any

from ._sqlite import DEFAULT_INTERRUPTED_AFTER
from ._store import DEFAULT_TTL, FailedMessage, QuarantinedMessage, positive_seconds

if TYPE_CHECKING:
    import redis

logger = logging.getLogger("pandapon.webhooks")

#: Braces: a hash tag, so that Redis Cluster keeps a store's keys in one slot.
DEFAULT_PREFIX = "{pandapon:webhooks}"

# KEYS: message, index. ARGV: body, index member, ttl ms, due ms (server time).
_ADD = """
if redis.call('EXISTS', KEYS[1]) == 1 then return 0 end
local now = redis.call('TIME')
local ms = now[1] * 1000 + math.floor(now[2] / 1000)
redis.call('HSET', KEYS[1], 'state', 'pending', 'body', ARGV[1], 'since', ms)
redis.call('PEXPIRE', KEYS[1], ARGV[3])
redis.call('ZADD', KEYS[2], ms + tonumber(ARGV[4]), ARGV[2])
return 1
"""

# KEYS: message, index. ARGV: index member.
_DONE = """
if redis.call('EXISTS', KEYS[1]) == 1 then
  redis.call('HSET', KEYS[1], 'state', 'done')
  redis.call('HDEL', KEYS[1], 'body', 'handlers')
end
redis.call('ZREM', KEYS[2], ARGV[1])
return 1
"""

# KEYS: message, index. ARGV: index member, handlers (JSON).
_FAILED = """
if redis.call('HEXISTS', KEYS[1], 'body') == 0 then return 0 end
redis.call('HSET', KEYS[1], 'state', 'failed', 'handlers', ARGV[2])
redis.call('ZADD', KEYS[2], 0, ARGV[1])
return 1
"""

# KEYS: index. ARGV: message key prefix, interrupted_after ms, at most this many.
# Returns {key, body, handlers or false, ...} for the messages taken, then {key, state} pairs
# of those Redis had already expired with their handlers unfinished (to be logged).
_TAKE = """
local now = redis.call('TIME')
local ms = now[1] * 1000 + math.floor(now[2] / 1000)
local due = redis.call('ZRANGEBYSCORE', KEYS[1], '-inf', ms, 'LIMIT', 0, tonumber(ARGV[3]))
local taken, lost = {}, {}
for _, member in ipairs(due) do
  local key = ARGV[1] .. member
  local fields = redis.call('HMGET', key, 'state', 'body', 'handlers')
  if fields[2] then
    redis.call('HSET', key, 'state', 'pending', 'since', ms)
    redis.call('ZADD', KEYS[1], ms + tonumber(ARGV[2]), member)
    table.insert(taken, member)
    table.insert(taken, fields[2])
    table.insert(taken, fields[3] or false)
  else
    redis.call('ZREM', KEYS[1], member)
    if not fields[1] then
      table.insert(lost, member)
    end
  end
end
return {taken, lost}
"""

# KEYS: bodies, details. ARGV: key, body, reason. Details are "received ms|reason".
_QUARANTINE = """
if redis.call('HSETNX', KEYS[1], ARGV[1], ARGV[2]) == 0 then return 0 end
local now = redis.call('TIME')
local ms = now[1] * 1000 + math.floor(now[2] / 1000)
redis.call('HSET', KEYS[2], ARGV[1], ms .. '|' .. ARGV[3])
return 1
"""

#: Messages one ``take_failed`` call returns at most (the next call returns the rest).
_TAKE_BATCH = 1000


class RedisStore:
    """A ``MessageStore`` in Redis or Valkey, for receivers on several machines.

    ``RedisStore("redis://host:6379/0")`` or ``RedisStore(redis.Redis(...))``. Messages are
    forgotten ``ttl`` after they arrived (Redis expires them); a message still pending
    ``interrupted_after`` after it arrived, or was last taken for a retry, is handed back by
    ``take_failed``: keep that longer than your slowest handler. Times are the Redis server's,
    so the replicas' clocks do not matter.

    The 200 that tells PandaPon a message is recorded is only as durable as the server: run it
    with ``appendonly yes`` (``appendfsync everysec`` loses at most a second on a power cut).
    """

    def __init__(
        self,
        redis_or_url: str | redis.Redis,
        ttl: timedelta | float = DEFAULT_TTL,
        *,
        interrupted_after: timedelta | float = DEFAULT_INTERRUPTED_AFTER,
        prefix: str = DEFAULT_PREFIX,
    ) -> None:
        self._ttl_ms = max(1, int(positive_seconds(ttl, "ttl") * 1000))
        self._interrupted_ms = max(
            1, int(positive_seconds(interrupted_after, "interrupted_after") * 1000)
        )
        if isinstance(redis_or_url, str):
            import redis  # noqa: PLC0415 - the redis extra, only for this store

            self._redis: Any = redis.Redis.from_url(redis_or_url)
            self._owns_client = True
        else:
            self._redis = redis_or_url
            self._owns_client = False
        self._prefix = prefix
        self._index = f"{prefix}:due"
        self._add = self._redis.register_script(_ADD)
        self._done = self._redis.register_script(_DONE)
        self._failed = self._redis.register_script(_FAILED)
        self._take = self._redis.register_script(_TAKE)
        self._quarantine_script = self._redis.register_script(_QUARANTINE)
        # Quarantined messages never expire: two hashes, bodies and "received ms|reason".
        self._quarantine = (f"{prefix}:quarantine", f"{prefix}:quarantine:why")

    def __repr__(self) -> str:
        return f"RedisStore(prefix={self._prefix!r}, ttl={self._ttl_ms / 1000:g}s)"

    def close(self) -> None:
        """Close the connections, if this store opened them (given a URL)."""
        if self._owns_client:
            self._redis.close()

    def _key(self, key: str) -> str:
        return f"{self._prefix}:m:{key}"

    def add(self, key: str, body: bytes) -> bool:
        added = self._add(
            keys=[self._key(key), self._index], args=[body, key, self._ttl_ms, self._interrupted_ms]
        )
        return bool(added)

    def mark_done(self, key: str) -> None:
        self._done(keys=[self._key(key), self._index], args=[key])

    def mark_failed(self, key: str, handlers: Sequence[str]) -> None:
        self._failed(keys=[self._key(key), self._index], args=[key, json.dumps(list(handlers))])

    def take_failed(self) -> list[FailedMessage]:
        """Failed messages, and interrupted ones, switched back to pending (atomically: another
        replica's call does not return them again). An interrupted first delivery comes back
        with all its handlers; an interrupted retry with the ones it was retrying."""
        taken, lost = self._take(
            keys=[self._index], args=[f"{self._prefix}:m:", self._interrupted_ms, _TAKE_BATCH]
        )
        for member in lost:
            logger.warning(
                "forgetting message %s: it expired before its handlers succeeded", _text(member)
            )
        return [
            FailedMessage(
                _text(taken[i]),
                _bytes(taken[i + 1]),
                tuple(json.loads(taken[i + 2])) if taken[i + 2] else (),
            )
            for i in range(0, len(taken), 3)
        ]

    def quarantine(self, key: str, body: bytes, reason: str) -> bool:
        return bool(self._quarantine_script(keys=list(self._quarantine), args=[key, body, reason]))

    def quarantined(self) -> list[QuarantinedMessage]:
        bodies, details = self._quarantine
        kept = []
        for key, body in self._redis.hgetall(bodies).items():
            received, _, reason = _text(self._redis.hget(details, key) or "0|").partition("|")
            kept.append(QuarantinedMessage(_text(key), _bytes(body), reason, int(received) / 1000))
        return sorted(kept, key=lambda message: message.received)

    def forget_quarantined(self, key: str) -> bool:
        bodies, details = self._quarantine
        pipe = self._redis.pipeline()  # MULTI/EXEC: both hashes, or neither
        pipe.hdel(bodies, key)
        pipe.hdel(details, key)
        gone, _ = pipe.execute()
        return bool(gone)


def _text(value: bytes | str) -> str:
    return value.decode() if isinstance(value, bytes) else value


def _bytes(value: bytes | str) -> bytes:
    # A client made with decode_responses=True hands back text.
    return value if isinstance(value, bytes) else value.encode()
