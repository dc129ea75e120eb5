"""One webhook receiver replica, as an application would run it: a ``Receiver`` on a shared
store, served by uvicorn on a port it shares with the other replicas (``SO_REUSEPORT``: the
kernel spreads connections between them), and a thread retrying failed or interrupted messages.

    python tests/support/receiver_process.py PORT STORE URL NAMESPACE RECORD [INTERRUPTED_AFTER]

Its handler appends ``started PID KEY`` and then ``handled PID KEY`` to RECORD (one
``O_APPEND`` write each, so replicas never interleave within a line). A message whose body has
``"slow": true`` stops between the two the first time it is seen anywhere (to be killed there).
Prints ``ready PID`` once it accepts connections.
"""

from __future__ import annotations

import os
import socket
import sys
import threading
import time
from pathlib import Path
from typing import Any

import uvicorn

from pandapon.webhooks import Message, PostgresStore, Receiver, RedisStore

SECRET = "replica-AccessSecret-5a4b3c2d1e"
#: Short, so that the test does not wait long for a killed replica's message to come back.
INTERRUPTED_AFTER = 2.0
RETRY_EVERY = 0.25


def main() -> None:
    port, kind, url, namespace, record = sys.argv[1:6]
    interrupted_after = float(sys.argv[6]) if len(sys.argv) > 6 else INTERRUPTED_AFTER
    store: Any
    if kind == "redis":
        store = RedisStore(url, interrupted_after=interrupted_after, prefix=f"{{{namespace}}}")
    else:
        store = PostgresStore(url, interrupted_after=interrupted_after, table=namespace)
    receiver = Receiver(SECRET, store=store, max_workers=16)
    path = Path(record)

    def write(line: str) -> None:
        fd = os.open(path, os.O_WRONLY | os.O_APPEND | os.O_CREAT, 0o644)
        try:
            os.write(fd, line.encode())
        finally:
            os.close(fd)

    @receiver.on(Message)
    def record_it(message: Message[Any]) -> None:
        key = str(message.raw["messageBody"]["id"])
        write(f"started {os.getpid()} {key}\n")
        if message.raw["messageBody"].get("slow"):
            runs = [
                line
                for line in path.read_text().splitlines()
                if line.startswith("started ") and line.endswith(f" {key}")
            ]
            if len(runs) == 1:  # the first run anywhere: stop here, to be killed
                time.sleep(3600)
        write(f"handled {os.getpid()} {key}\n")

    def retry_forever() -> None:
        while True:
            time.sleep(RETRY_EVERY)
            try:
                receiver.retry_failed()
            except Exception as error:  # a store hiccup: try again on the next round
                print(f"retry_failed: {error!r}", file=sys.stderr, flush=True)

    sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEPORT, 1)
    sock.bind(("127.0.0.1", int(port)))
    server = uvicorn.Server(uvicorn.Config(receiver, lifespan="off", log_level="warning"))

    def announce() -> None:
        while not server.started:
            time.sleep(0.01)
        threading.Thread(target=retry_forever, daemon=True).start()
        print(f"ready {os.getpid()}", flush=True)

    threading.Thread(target=announce, daemon=True).start()
    server.run(sockets=[sock])


if __name__ == "__main__":
    main()
