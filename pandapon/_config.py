"""Client configuration: defaults, environment variables and the retry policy."""

from __future__ import annotations

import os
import random
from dataclasses import dataclass

import httpx

from ._exceptions import ConfigurationError

DEFAULT_BASE_URL = "https://api.pandapon.com"
#: The generated client has no timeout at all; 30 s to read, 10 s to connect is ours.
DEFAULT_TIMEOUT = httpx.Timeout(30.0, connect=10.0)
DEFAULT_MAX_RETRIES = 2

ENV_ACCESS_KEY = "PANDAPON_ACCESS_KEY"
ENV_ACCESS_SECRET = "PANDAPON_ACCESS_SECRET"  # noqa: S105 - the variable's name, not a secret
ENV_USER_ID = "PANDAPON_USER_ID"
ENV_BASE_URL = "PANDAPON_BASE_URL"
ENV_LOG = "PANDAPON_LOG"


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
        if not value:
            raise ConfigurationError(
                f"no {name}: pass {name}= or set the environment variable {variable}"
            )
        if not isinstance(value, str):
            raise ConfigurationError(f"{name} must be a str, not {type(value).__name__}")
        resolved[name] = value
    return Credentials(**resolved)


def resolve_base_url(base_url: str | httpx.URL | None) -> httpx.URL:
    url = httpx.URL(str(base_url or os.environ.get(ENV_BASE_URL) or DEFAULT_BASE_URL))
    if url.scheme not in ("http", "https") or not url.host:
        raise ConfigurationError(f"base_url must be an http(s) URL, got {str(url)!r}")
    return url


def resolve_timeout(timeout: float | httpx.Timeout | None) -> httpx.Timeout:
    if timeout is None:
        return DEFAULT_TIMEOUT
    if isinstance(timeout, httpx.Timeout):
        return timeout
    if isinstance(timeout, bool) or not isinstance(timeout, (int, float)) or timeout <= 0:
        raise ConfigurationError(f"timeout must be a positive number of seconds, got {timeout!r}")
    return httpx.Timeout(float(timeout))


def check_max_retries(max_retries: int) -> int:
    if isinstance(max_retries, bool) or not isinstance(max_retries, int) or max_retries < 0:
        raise ConfigurationError(f"max_retries must be an int >= 0, got {max_retries!r}")
    return max_retries


@dataclass(frozen=True)
class RetryPolicy:
    """How long to wait between attempts: exponential backoff with jitter, or ``Retry-After``.

    ``max_retry_after`` caps how long a server-requested ``Retry-After`` is honoured.
    """

    initial_delay: float = 0.5
    max_delay: float = 8.0
    max_retry_after: float = 60.0

    def delay(self, retries_done: int, retry_after: float | None) -> float:
        if retry_after is not None and retry_after >= 0:
            return min(retry_after, self.max_retry_after)
        base = min(self.initial_delay * float(2**retries_done), self.max_delay)
        return base * (1 - 0.25 * random.random())  # noqa: S311 - jitter, not cryptography
