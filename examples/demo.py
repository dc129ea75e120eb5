"""`make demo`: what the SDK knows about PandaPon, and one fully signed request (built, not sent).

Uses only the public SDK: the operation table derived from the spec, and the signing that every
request goes through. Credentials come from PANDAPON_ACCESS_KEY / PANDAPON_ACCESS_SECRET /
PANDAPON_USER_ID, or sandbox defaults; nothing leaves the machine.
"""

from __future__ import annotations

import json
import os
from collections import Counter

import httpx

import pandapon

BASE_URL = os.environ.get("PANDAPON_BASE_URL", "https://api.pandapon.com")
ACCESS_KEY = os.environ.get("PANDAPON_ACCESS_KEY", "sandbox-access-key")
ACCESS_SECRET = os.environ.get("PANDAPON_ACCESS_SECRET", "sandbox-access-secret")
USER_ID = os.environ.get("PANDAPON_USER_ID", "sandbox-user")


def print_operation_table() -> None:
    ops = pandapon.operations()
    print(f"PandaPon OpenAPI: {len(ops)} operations\n")
    print(f"{'operation':<38} {'method':<6} {'path':<50} {'doc':<9} retry")
    for op in ops.values():
        retry = "yes" if op.retry_safe else "no"
        print(f"{op.operation_id:<38} {op.method:<6} {op.path:<50} {op.confidence:<9} {retry}")
    by_confidence = Counter(op.confidence for op in ops.values())
    print("\nevidence:", ", ".join(f"{n} {level}" for level, n in sorted(by_confidence.items())))


def print_signed_request() -> None:
    op = pandapon.operations()["searchAlibabaProducts"]
    body = {"keyword": "T恤", "beginPage": 1, "pageSize": 5, "country": "en"}
    auth = pandapon.PandaPonAuth(ACCESS_KEY, ACCESS_SECRET, USER_ID)
    with httpx.Client(base_url=BASE_URL) as http:
        request = http.build_request(op.method, op.path, json=body)
    signed = auth.sign_request(request)

    print(f"\nA signed request for {op.operation_id} ({op.summary}), not sent:\n")
    print(f"  {signed.method} {signed.url}")
    for name, value in signed.headers.items():
        shown = "<32 hex characters, redacted>" if name == "signature" else value
        print(f"  {name}: {shown}")
    print(f"\n  {json.dumps(json.loads(signed.content), ensure_ascii=False)}")

    expected = pandapon.sign(
        ACCESS_KEY, signed.headers["timestamp"], signed.headers["nonce-str"], ACCESS_SECRET
    )
    ok = signed.headers["signature"] == expected
    verdict = "OK" if ok else "MISMATCH"
    print(f"\nsignature = upper-hex MD5(access-key + timestamp + nonce-str + secret): {verdict}")
    if not ok:
        raise SystemExit(1)


if __name__ == "__main__":
    print_operation_table()
    print_signed_request()
