"""`make demo`: start the sandbox and a callback receiver, run purchase_flow.py, stop everything.

Everything runs on loopback with the sandbox's published credentials; no network, no account.
Below each step, the demo prints the messages that step made the sandbox push.
"""

from __future__ import annotations

import os
import sys
import time
from typing import Any

import purchase_flow

from pandapon import sandbox, webhooks


def describe(message: webhooks.Message[Any]) -> str:
    raw = message.raw.get("messageBody")
    body = raw if isinstance(raw, dict) else {}
    subject = body.get("orderId") or body.get("outer_purchase_id") or body.get("salesOrderId")
    refund = f" refund {body['refundId']}" if body.get("refundId") else ""
    return f"{message.message_type} (order {subject}{refund})"


def main() -> int:
    secret = sandbox.DEFAULT_ACCESS_SECRET
    receiver = webhooks.Receiver(secret)
    received: list[str] = []

    @receiver.on(webhooks.Message)
    def show(message: webhooks.Message[Any]) -> None:
        received.append(f"      <- callback {describe(message)}")

    messages = "/pandapon/messages"
    with (
        sandbox.serving(receiver) as receiver_url,
        sandbox.as_process(
            "--callback-url", receiver_url + messages, "--callback-retry-delays", "1,2,5"
        ) as url,
    ):
        print(f"Sandbox on {url}; messages go to {receiver_url}{messages}")
        os.environ.update(
            PANDAPON_BASE_URL=url,
            PANDAPON_ACCESS_KEY=sandbox.DEFAULT_ACCESS_KEY,
            PANDAPON_ACCESS_SECRET=secret,
            PANDAPON_USER_ID=sandbox.DEFAULT_USER_ID,
        )
        admin = sandbox.SandboxAdmin(url)

        def messages_of_the_step() -> None:
            """Print what the step just done made PandaPon push, below it."""
            _settle(admin, receiver)
            while received:
                print(received.pop(0), flush=True)

        try:
            return purchase_flow.main(after_step=messages_of_the_step)
        finally:
            admin.close()


def _settle(admin: sandbox.SandboxAdmin, receiver: webhooks.Receiver, wait: float = 3.0) -> None:
    """Until every push so far has been delivered and handled (or `wait` seconds passed)."""
    until = time.monotonic() + wait
    while time.monotonic() < until and not all(d["delivered"] for d in admin.callbacks()):
        time.sleep(0.02)
    receiver.drain(timeout=max(until - time.monotonic(), 0.1))


if __name__ == "__main__":
    sys.exit(main())
