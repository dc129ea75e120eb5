"""``construct_message``: verify the signature, parse, and check the timestamp's age."""

from __future__ import annotations

import dataclasses
import math
from datetime import UTC, datetime, timedelta
from typing import Any

from .._exceptions import ConfigurationError, SignatureVerificationError
from ._messages import Message, parse
from ._signature import SignatureBase, verify_signature

#: How far a message's timestamp may be from now. PandaPon retries an unacknowledged push every
#: 30 minutes, at most 5 times, so a redelivery can be 2.5 hours old if the timestamp is the first
#: push's; 6 hours leaves room for queueing and clock skew. Replays inside the window are caught
#: by the receiver's deduplication, whose default memory (24 hours) is longer than this.
DEFAULT_TOLERANCE = timedelta(hours=6)

Tolerance = timedelta | float | None


class StaleMessageError(SignatureVerificationError):
    """The message is correctly signed but its timestamp is outside the tolerance (a replay?)."""

    def __init__(self, timestamp: datetime, now: datetime, tolerance: timedelta) -> None:
        self.timestamp = timestamp
        self.now = now
        self.tolerance = tolerance
        super().__init__(
            f"the message timestamp {timestamp.isoformat()} is more than {tolerance} away from"
            f" now ({now.isoformat()})"
        )


def construct_message(
    body: bytes,
    authorization: str | None,
    access_secret: str,
    *,
    tolerance: Tolerance = DEFAULT_TOLERANCE,
    now: datetime | None = None,
    access_key: str | None = None,
    signature_base: SignatureBase = "either",
) -> Message[Any]:
    """Verify ``authorization`` against ``body``, parse it, and check its timestamp.

    ``tolerance`` is a ``timedelta`` or seconds; ``None`` turns the timestamp check off. Messages
    without a readable timestamp are not age-checked. ``now`` (timezone-aware) is for tests.
    ``signature_base`` and ``access_key`` as for ``verify_signature``; the message's
    ``signature_base`` says which base matched. Raises ``SignatureVerificationError``
    (``StaleMessageError`` for the age) or ``WebhookPayloadError``.
    """
    window = check_tolerance(tolerance)
    current = _now(now)  # checked up front, whether or not the message has a timestamp
    matched = verify_signature(  # before parsing untrusted input
        body, authorization, access_secret, access_key=access_key, signature_base=signature_base
    )
    message = dataclasses.replace(parse(body), signature_base=matched)
    stamp = message.timestamp
    if window is not None and stamp is not None and abs(current - stamp) > window:
        raise StaleMessageError(stamp, current, window)
    return message


def check_tolerance(tolerance: Tolerance) -> timedelta | None:
    if tolerance is None:
        return None
    if isinstance(tolerance, timedelta):
        window = tolerance
    elif (
        isinstance(tolerance, int | float)
        and not isinstance(tolerance, bool)
        and math.isfinite(tolerance)
    ):
        window = timedelta(seconds=tolerance)
    else:
        raise ConfigurationError(
            f"tolerance must be a timedelta, a finite number of seconds or None: {tolerance!r}"
        )
    if window < timedelta(0):
        raise ConfigurationError(f"tolerance must not be negative: {tolerance!r}")
    return window


def _now(now: datetime | None) -> datetime:
    if now is None:
        return datetime.now(UTC)
    if not isinstance(now, datetime) or now.tzinfo is None:
        raise ConfigurationError(f"now must be a timezone-aware datetime, got {now!r}")
    return now
