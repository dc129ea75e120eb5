"""Client configuration: defaults, environment variables, and checks of the options."""

from __future__ import annotations

import math
import os
import re
from dataclasses import dataclass

import httpx

from ._exceptions import ConfigurationError
from ._validation import MODES, ValidationMode

DEFAULT_BASE_URL = "https://api.pandapon.com"
#: The generated client has no timeout at all; 30 s to read, 10 s to connect is ours.
DEFAULT_TIMEOUT = httpx.Timeout(30.0, connect=10.0)
DEFAULT_MAX_RETRIES = 2
#: Without ``deadline=``, a call (every attempt and every wait between them) may take at most
#: this many times the read timeout: 90 s with the default 30 s timeout.
DEADLINE_FACTOR = 3
#: Answers larger than this are not read whole (ResponseTooLargeError); PandaPon's largest
#: documented answers (product details with hundreds of SKUs) are a few MB.
DEFAULT_MAX_RESPONSE_BYTES = 64 * 1024 * 1024
#: The content codings the SDK asks for, and the only ones it reads (``_decode.BodyReader``
#: decodes them in steps bounded by ``max_response_bytes``). Not brotli or zstd: httpx asks for
#: them when their packages are installed, and decodes a chunk whole, so a few kilobytes could
#: become gigabytes before any limit is checked.
ACCEPT_ENCODING = "gzip, deflate"

ENV_ACCESS_KEY = "PANDAPON_ACCESS_KEY"
ENV_ACCESS_SECRET = "PANDAPON_ACCESS_SECRET"  # noqa: S105 - the variable's name, not a secret
ENV_USER_ID = "PANDAPON_USER_ID"
ENV_BASE_URL = "PANDAPON_BASE_URL"
ENV_LOG = "PANDAPON_LOG"
#: A SQLite file where clients (and webhook receivers) record the shapes of PandaPon's answers.
ENV_EVIDENCE = "PANDAPON_EVIDENCE"
#: Characters that cannot be in a header value (tab is allowed).
CONTROL_CHARACTERS = re.compile(r"[\x00-\x08\x0a-\x1f\x7f]")


@dataclass(frozen=True)
class Credentials:
    access_key: str
    access_secret: str
    user_id: str

    def __repr__(self) -> str:
        return (
            f"Credentials(access_key={self.access_key!r}, user_id={self.user_id!r}, "
            "access_secret='***')"
        )


def resolve_credentials(
    access_key: str | None, access_secret: str | None, user_id: str | None
) -> Credentials:
    """Arguments win; missing ones come from the environment; still missing ones are an error."""
    values = {
        "access_key": (access_key, ENV_ACCESS_KEY),
        "access_secret": (access_secret, ENV_ACCESS_SECRET),
        "user_id": (user_id, ENV_USER_ID),
    }
    resolved: dict[str, str] = {}
    for name, (given, variable) in values.items():
        value = given if given is not None else os.environ.get(variable)
        if value is not None and not isinstance(value, str):
            raise ConfigurationError(f"{name} must be a str, not {type(value).__name__}")
        if not value:
            raise ConfigurationError(
                f"no {name}: pass {name}= or set the environment variable {variable}"
            )
        if name != "access_secret" and CONTROL_CHARACTERS.search(value):
            # Sent as a header value, where a line break would end the header (h11 refuses it).
            raise ConfigurationError(f"{name} must not contain control characters or line breaks")
        resolved[name] = value
    return Credentials(**resolved)


def resolve_base_url(base_url: str | httpx.URL | None) -> httpx.URL:
    text = str(base_url or os.environ.get(ENV_BASE_URL) or DEFAULT_BASE_URL)
    try:
        url = httpx.URL(text)
    except httpx.InvalidURL as error:
        raise ConfigurationError(f"base_url is not a valid URL ({error}): {text!r}") from None
    if url.scheme not in ("http", "https") or not url.host:
        raise ConfigurationError(f"base_url must be an http(s) URL, got {str(url)!r}")
    return url


def is_number(value: object) -> bool:
    return isinstance(value, (int, float)) and not isinstance(value, bool)


def resolve_timeout(timeout: float | httpx.Timeout | None) -> httpx.Timeout:
    if timeout is None:
        return DEFAULT_TIMEOUT
    if isinstance(timeout, httpx.Timeout):
        return timeout
    if not is_number(timeout) or not math.isfinite(timeout) or timeout <= 0:
        raise ConfigurationError(
            f"timeout must be a positive, finite number of seconds (or an httpx.Timeout), "
            f"got {timeout!r}"
        )
    return httpx.Timeout(float(timeout))


def resolve_deadline(deadline: float | None, timeout: httpx.Timeout) -> float | None:
    """Seconds a whole call may take (None: no limit, only when reads have no timeout)."""
    if deadline is None:
        read = timeout.read
        return None if read is None else DEADLINE_FACTOR * read
    if not is_number(deadline) or not math.isfinite(deadline) or deadline <= 0:
        raise ConfigurationError(
            f"deadline must be a positive, finite number of seconds, got {deadline!r}"
        )
    return float(deadline)


def check_max_response_bytes(limit: int) -> int:
    if isinstance(limit, bool) or not isinstance(limit, int) or limit < 1:
        raise ConfigurationError(f"max_response_bytes must be an int >= 1, got {limit!r}")
    return limit


def check_validate(validate: str) -> ValidationMode:
    if validate not in MODES:
        raise ConfigurationError(f"validate must be one of {', '.join(MODES)}; got {validate!r}")
    return validate


def check_max_retries(max_retries: int) -> int:
    if isinstance(max_retries, bool) or not isinstance(max_retries, int) or max_retries < 0:
        raise ConfigurationError(f"max_retries must be an int >= 0, got {max_retries!r}")
    return max_retries


def check_clock_offset(clock_offset: float) -> float:
    if not is_number(clock_offset) or not math.isfinite(clock_offset):
        raise ConfigurationError(
            f"clock_offset must be a finite number of seconds, got {clock_offset!r}"
        )
    return float(clock_offset)
