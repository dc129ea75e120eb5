"""The ``Authorization`` header of a pushed message: hex HMAC-SHA256 of a base string.

PandaPon's manual writes ``Authorization = HEX_ENCODE(HMAC-SHA256(Base, Secret))`` with
``Secret`` the AccessSecret, and never defines ``Base``. The push-signature template it was
translated from (Lazada's push guide, Alibaba.com's webhook notes, the Taobao Global SDK's
``VerifySignature``) defines ``Base = AppKey + raw body``; PandaPon's AccessKey plays the AppKey's
part. The raw body alone stays possible (the line was removed). Both are inferences, so
``verify_signature`` accepts either base by default, compares in constant time, and says which
one matched (docs/webhooks.md, "Signature base", has the sources and test vectors).
"""

from __future__ import annotations

import hashlib
import hmac
import re
from typing import Literal

from .._exceptions import ConfigurationError, SignatureVerificationError

#: Which string the signature covers: the raw body, the AccessKey followed by the raw body, or
#: either of the two (verification only).
SignatureBase = Literal["either", "body", "key+body"]
SIGNATURE_BASES: tuple[SignatureBase, ...] = ("either", "body", "key+body")
_HEX_SHA256 = re.compile(r"[0-9a-fA-F]{64}")


def sign_payload(
    body: bytes,
    access_secret: str,
    *,
    access_key: str | None = None,
    signature_base: Literal["body", "key+body"] = "body",
) -> str:
    """The value for ``Authorization``: lower-case hex HMAC-SHA256 of the base string, keyed
    with the AccessSecret. ``signature_base="key+body"`` signs the AccessKey followed by the raw
    body (the template's rule, ``access_key`` required); ``"body"`` the raw body alone."""
    if signature_base not in ("body", "key+body"):
        raise ConfigurationError(
            f"signature_base must be 'body' or 'key+body' to sign, got {signature_base!r}"
        )
    return _digest(_base(_raw(body), signature_base, access_key), access_secret)


def verify_signature(
    body: bytes,
    authorization: str | None,
    access_secret: str,
    *,
    access_key: str | None = None,
    signature_base: SignatureBase = "either",
) -> Literal["body", "key+body"]:
    """Raise ``SignatureVerificationError`` unless ``authorization`` signs ``body``; return the
    base that matched (``"body"`` or ``"key+body"``).

    ``signature_base="either"`` (the default) accepts a signature of the raw body or of the
    AccessKey followed by it (the latter only when ``access_key`` is given); ``"body"`` and
    ``"key+body"`` accept only theirs. Every candidate is computed and compared in constant
    time, whichever matches. Upper- and lower-case hex are both accepted, and so is an RFC 7235
    scheme in front of the hex (``HMAC-SHA256 <hex>``): only the hex is compared.
    """
    raw = _raw(body)
    bases = _candidates(signature_base, access_key)
    expected = [(base, _digest(_base(raw, base, access_key), access_secret)) for base in bases]
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
    offered = given.lower().encode("utf-8", "replace")
    matched = [base for base, digest in expected if hmac.compare_digest(digest.encode(), offered)]
    if not matched:
        raise SignatureVerificationError(
            "the Authorization signature does not match the body (wrong AccessSecret, or the "
            f"body was changed in transit; bases tried: {', '.join(bases)})"
        )
    return matched[0]


def check_signature_base(signature_base: str, access_key: str | None) -> None:
    """Refuse a ``signature_base`` that cannot be checked (at construction, not per push)."""
    _candidates(signature_base, access_key)


def _candidates(
    signature_base: str, access_key: str | None
) -> tuple[Literal["body", "key+body"], ...]:
    if signature_base not in SIGNATURE_BASES:
        raise ConfigurationError(
            f"signature_base must be one of {', '.join(SIGNATURE_BASES)}; got {signature_base!r}"
        )
    if access_key is not None and (not isinstance(access_key, str) or not access_key):
        raise ConfigurationError("the AccessKey must be a non-empty str")
    if signature_base == "key+body":
        if access_key is None:
            raise ConfigurationError(
                "signature_base='key+body' needs the access_key (PANDAPON_ACCESS_KEY)"
            )
        return ("key+body",)
    if signature_base == "body" or access_key is None:
        return ("body",)
    return ("body", "key+body")


def _base(raw: bytes, signature_base: str, access_key: str | None) -> bytes:
    if signature_base == "body":
        return raw
    if not isinstance(access_key, str) or not access_key:
        raise ConfigurationError("signing with signature_base='key+body' needs the access_key")
    return access_key.encode("utf-8") + raw


def _digest(base: bytes, access_secret: str) -> str:
    return hmac.new(_key(access_secret), base, hashlib.sha256).hexdigest()


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
