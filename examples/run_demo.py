"""`make demo`: start the sandbox and a callback receiver, run purchase_flow.py, stop everything.

Everything runs on loopback with the sandbox's published credentials; no network, no account.
The receiver prints each message the sandbox pushes while the purchase runs.
"""

from __future__ import annotations

import os
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

from pandapon import sandbox, webhooks

HERE = Path(__file__).resolve().parent


def describe(message: webhooks.Message[Any]) -> str:
    raw = message.raw.get("messageBody")
    body = raw if isinstance(raw, dict) else {}
    subject = body.get("orderId") or body.get("outer_purchase_id") or body.get("salesOrderId")
    refund = f" refund {body['refundId']}" if body.get("refundId") else ""
    return f"{message.message_type} (order {subject}{refund})"


def main() -> int:
    secret = sandbox.DEFAULT_ACCESS_SECRET
    receiver = webhooks.Receiver(secret)

    @receiver.on(webhooks.Message)
    def show(message: webhooks.Message[Any]) -> None:
        print(f"      <- callback {describe(message)}", flush=True)

    messages = "/pandapon/messages"
    with (
        sandbox.serving(receiver) as receiver_url,
        sandbox.as_process(
            "--callback-url", receiver_url + messages, "--callback-retry-delays", "1,2,5"
        ) as url,
    ):
        print(f"Sandbox on {url}; messages go to {receiver_url}{messages}")
        env = {
            **os.environ,
            "PANDAPON_BASE_URL": url,
            "PANDAPON_ACCESS_KEY": sandbox.DEFAULT_ACCESS_KEY,
            "PANDAPON_ACCESS_SECRET": secret,
            "PANDAPON_USER_ID": sandbox.DEFAULT_USER_ID,
        }
        flow = subprocess.run(  # noqa: S603 - our own example
            [sys.executable, "-u", str(HERE / "purchase_flow.py")], env=env, check=False
        )
        time.sleep(0.5)  # the last pushes are on their way
        receiver.drain(timeout=5)
    return flow.returncode


if __name__ == "__main__":
    sys.exit(main())
