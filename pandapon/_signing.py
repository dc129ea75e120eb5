"""The PandaPon request signature.

The docs never show the rule (the section defining it was not retrievable). The evidence is a
public third-party client using the same five headers, and the docs' sample signature, which has
the shape of an upper-case MD5 digest:

    UPPER(HEX(MD5(access_key + timestamp + nonce_str + access_secret)))

Because that is an inference, the scheme is replaceable: pass any ``Signer`` to the client.
"""

from __future__ import annotations

import hashlib
import secrets
import time
from typing import Protocol

from ._exceptions import InvalidArgumentError

NONCE_LENGTH = 32


class Signer(Protocol):
    """Computes the ``signature`` header; the default is :func:`sign`."""

    def __call__(
        self, access_key: str, timestamp: str, nonce_str: str, access_secret: str
    ) -> str: ...


def _require_str(name: str, value: object) -> str:
    if not isinstance(value, str):
        raise InvalidArgumentError(f"{name} must be a str, not {type(value).__name__}")
    return value


def _timestamp_text(value: object) -> str:
    """The timestamp as the header carries it: text, or int epoch milliseconds."""
    if isinstance(value, int) and not isinstance(value, bool):
        if value < 0:
            raise InvalidArgumentError(f"timestamp must not be negative, got {value}")
        return str(value)
    if isinstance(value, str):
        return value
    raise InvalidArgumentError(
        f"timestamp must be epoch milliseconds (an int or a str), not {type(value).__name__}"
    )


def sign(access_key: str, timestamp: str | int, nonce_str: str, access_secret: str) -> str:
    """Upper-case hex MD5 of ``access_key + timestamp + nonce_str + access_secret``.

    ``timestamp`` is epoch milliseconds, as the ``timestamp`` header sends it (int or its text).
    """
    parts = (
        _require_str("access_key", access_key),
        _timestamp_text(timestamp),
        _require_str("nonce_str", nonce_str),
        _require_str("access_secret", access_secret),
    )
    # MD5 is the platform's choice, not a security decision of ours.
    return hashlib.md5("".join(parts).encode("utf-8"), usedforsecurity=False).hexdigest().upper()


def new_nonce() -> str:
    """A fresh 32-character random nonce: 128 random bits as hex digits."""
    return secrets.token_hex(NONCE_LENGTH // 2)


def timestamp_ms(clock: float | None = None) -> str:
    """UTC epoch milliseconds as a string (the docs' 13-digit form)."""
    return str(int((time.time() if clock is None else clock) * 1000))
