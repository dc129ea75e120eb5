"""Build signed pushes for tests, as PandaPon would send them.

body, headers = signed_request(envelope("1688_ORDER_PAY_SUCCESS", {"orderId": "1"}), secret)
httpx.post(url, content=body, headers=headers)
"""

from __future__ import annotations

import json
import time
from typing import Any, Literal

from ._signature import sign_payload

_PLATFORMS = {"TAOBAO_": 0, "1688_": 1}


def signed_request(
    payload: dict[str, Any] | bytes,
    access_secret: str,
    *,
    access_key: str | None = None,
    signature_base: Literal["body", "key+body"] = "body",
) -> tuple[bytes, dict[str, str]]:
    """The body (``payload`` serialised as compact UTF-8 JSON, or as given) and its headers,
    signed over ``signature_base`` (``"key+body"`` needs ``access_key``)."""
    body = payload if isinstance(payload, bytes) else _dumps(payload)
    signature = sign_payload(
        body, access_secret, access_key=access_key, signature_base=signature_base
    )
    headers = {
        "Authorization": signature,
        "Content-Type": "application/json",
    }
    return body, headers


def envelope(
    message_type: str,
    body: dict[str, Any] | None = None,
    *,
    timestamp: int | str | None = None,
    body_as_string: bool = False,
) -> dict[str, Any]:
    """A message envelope; ``timestamp`` defaults to now in epoch milliseconds (as a string,
    as the twin platform sends it), ``body_as_string`` JSON-encodes ``messageBody`` like the twin.
    """
    platform = next((v for k, v in _PLATFORMS.items() if message_type.startswith(k)), None)
    return {
        "messageType": message_type,
        "messagePlatform": platform,
        "timestamp": str(time.time_ns() // 1_000_000) if timestamp is None else timestamp,
        "messageBody": _dumps(body).decode() if body_as_string and body is not None else body,
    }


def _dumps(value: Any) -> bytes:
    return json.dumps(value, ensure_ascii=False, separators=(",", ":")).encode("utf-8")
