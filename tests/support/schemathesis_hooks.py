"""Schemathesis hooks (``SCHEMATHESIS_HOOKS=tests.support.schemathesis_hooks``): every generated
request gets the five system headers, signed afresh with the sandbox's default credentials.

With ``PANDAPON_SCHEMATHESIS_SIGN_QUERY=1`` the query of the warehouse-logistics operations is
signed too (``timestamp`` and ``sign``): the requests a correctly signed client can send. Without
it their fuzzed query stays as generated: hostile input that must be refused before anything
else, with a 4xx.
"""

from __future__ import annotations

import os
from typing import Any

import schemathesis

from pandapon import sandbox, sign
from pandapon._signing import new_nonce, timestamp_ms

_SIGN_QUERY = os.environ.get("PANDAPON_SCHEMATHESIS_SIGN_QUERY") == "1"
_QUERY_SIGNED = "/v2/open/pp/logistics/"


@schemathesis.hook
def before_call(context: Any, case: Any, kwargs: dict[str, Any]) -> None:
    timestamp, nonce = timestamp_ms(), new_nonce()
    key, secret = sandbox.DEFAULT_ACCESS_KEY, sandbox.DEFAULT_ACCESS_SECRET
    signature = sign(key, timestamp, nonce, secret)
    case.headers = {
        **(case.headers or {}),
        "access-key": key,
        "timestamp": timestamp,
        "nonce-str": nonce,
        "user-id": sandbox.DEFAULT_USER_ID,
        "signature": signature,
    }
    if _SIGN_QUERY and case.operation.path.startswith(_QUERY_SIGNED):
        case.query = {**(case.query or {}), "timestamp": timestamp, "sign": signature}
