"""The ``Authorization`` header of a pushed message: hex HMAC-SHA256 of the raw body.

The docs say the header carries the HMAC-SHA256 of the request, keyed with the AccessSecret; the
sentence defining the signed string was cut off, and the raw body is its most likely reading.
"""

from __future__ import annotations

import hashlib
import hmac
import re

from .._exceptions import ConfigurationError, SignatureVerificationError

_HEX_SHA256 = re.compile(r"[0-9a-fA-F]{64}")


def sign_payload(body: bytes, access_secret: str) -> str:
    """The value PandaPon puts in ``Authorization``: lower-case hex HMAC-SHA256 of ``body``."""
    return hmac.new(_key(access_secret), _raw(body), hashlib.sha256).hexdigest()


def verify_signature(body: bytes, authorization: str | None, access_secret: str) -> None:
    """Raise ``SignatureVerificationError`` unless ``authorization`` signs ``body``.

    Upper- and lower-case hex are both accepted. So is an RFC 7235 scheme in front of the hex
    (``HMAC-SHA256 <hex>``): that is how an ``Authorization`` value is normally shaped, the docs'
    description of the header is incomplete, and only the hex is compared, so it costs nothing.
    """
    expected = sign_payload(body, access_secret)
    if isinstance(authorization, bytes):  # a raw header value (ASGI scopes carry bytes)
        authorization = authorization.decode("latin-1")
    if authorization is not None and not isinstance(authorization, str):
        raise TypeError(
            "authorization must be the Authorization header's value (str) or None, not "
            f"{type(authorization).__name__}"
        )
    given = _signature_of(authorization)
    if given is None:
        raise SignatureVerificationError("the message has no Authorization signature")
    # Compare bytes: compare_digest rejects non-ASCII str, and the header is attacker-controlled.
    if not hmac.compare_digest(expected.encode(), given.lower().encode("utf-8", "replace")):
        raise SignatureVerificationError(
            "the Authorization signature does not match the body (wrong AccessSecret, or the"
            " body was changed in transit)"
        )


def _signature_of(authorization: str | None) -> str | None:
    if authorization is None:
        return None
    parts = authorization.split()
    if not parts:
        return None
    if len(parts) == 2 and _HEX_SHA256.fullmatch(parts[1]):
        return parts[1]
    return parts[0] if len(parts) == 1 else authorization


def _raw(body: bytes) -> bytes:
    if not isinstance(body, bytes | bytearray | memoryview):
        # The signature covers the exact bytes received: a str would have to be re-encoded.
        raise TypeError(f"body must be the raw request body as bytes, not {type(body).__name__}")
    return bytes(body)


def _key(access_secret: str) -> bytes:
    # An empty key would make every forged message verify; refuse it outright.
    if not isinstance(access_secret, str) or not access_secret:
        raise ConfigurationError("the AccessSecret must be a non-empty str")
    return access_secret.encode("utf-8")
