"""``pandapon webhooks listen``: a receiver that prints every verified push (for development)."""

from __future__ import annotations

import argparse
import contextlib
import sys
from typing import Any
from wsgiref.simple_server import WSGIRequestHandler, make_server

from pandapon import webhooks

from ..bulk._files import dumps
from ._output import line


def listen(args: argparse.Namespace) -> int:
    receiver = webhooks.Receiver(args.secret)

    @receiver.on(webhooks.Message)
    def show(message: webhooks.Message[Any]) -> None:
        if args.json:
            print(dumps(message.raw), flush=True)
        else:
            line(f"{message.timestamp or '-'}  {message.platform or '?':6}  {message.message_type}")
            sys.stdout.flush()

    class _Quiet(WSGIRequestHandler):
        def log_message(self, format: str, *args: Any) -> None:
            pass

    with make_server(args.host, args.port, receiver.wsgi, handler_class=_Quiet) as server:
        print(
            f"listening on http://{args.host}:{args.port}/ for PandaPon messages (Ctrl-C stops)",
            file=sys.stderr if args.json else sys.stdout,  # --json: stdout holds only messages
            flush=True,
        )
        with contextlib.suppress(KeyboardInterrupt):
            server.serve_forever()
    receiver.close(timeout=5)
    return 0
