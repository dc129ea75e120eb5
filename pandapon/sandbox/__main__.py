"""``python -m pandapon.sandbox``: serve a local PandaPon on loopback."""

from __future__ import annotations

import argparse
import os
import shlex
import sys
from collections.abc import Sequence

from ._app import (
    DEFAULT_ACCESS_KEY,
    DEFAULT_ACCESS_SECRET,
    DEFAULT_USER_ID,
    SandboxApp,
    SandboxConfig,
)
from ._server import require_uvicorn

ENV_PREFIX = "PANDAPON_SANDBOX_"


def parse_args(argv: Sequence[str] | None = None) -> argparse.Namespace:
    env = os.environ.get
    parser = argparse.ArgumentParser(
        prog="python -m pandapon.sandbox",
        description="Serve a local PandaPon: signatures, state, callbacks, fault injection.",
    )
    parser.add_argument("--host", default=env(f"{ENV_PREFIX}HOST", "127.0.0.1"))
    parser.add_argument("--port", type=int, default=int(env(f"{ENV_PREFIX}PORT", "8765")))
    parser.add_argument("--access-key", default=env(f"{ENV_PREFIX}ACCESS_KEY", DEFAULT_ACCESS_KEY))
    parser.add_argument(
        "--access-secret", default=env(f"{ENV_PREFIX}ACCESS_SECRET", DEFAULT_ACCESS_SECRET)
    )
    parser.add_argument("--user-id", default=env(f"{ENV_PREFIX}USER_ID", DEFAULT_USER_ID))
    parser.add_argument("--seed", type=int, default=1688, help="catalogue seed (default 1688)")
    parser.add_argument("--db", help="persist the state in this SQLite file")
    parser.add_argument(
        "--callback-url",
        default=env(f"{ENV_PREFIX}CALLBACK_URL"),
        help="push order, price and refund messages here",
    )
    parser.add_argument(
        "--callback-retry-delays",
        default="1800,1800,1800,1800,1800",
        help="seconds between push retries (PandaPon: every 30 minutes, 5 times)",
    )
    return parser.parse_args(argv)


def banner(args: argparse.Namespace) -> list[str]:
    """What to tell the user: ``export`` lines a shell can run as they are, the rest comments.

    The secret is printed only when it is the published default; otherwise the line refers to
    where it came from.
    """
    url = f"http://{args.host}:{args.port}"
    secret_from_env = os.environ.get(f"{ENV_PREFIX}ACCESS_SECRET")
    if args.access_secret == DEFAULT_ACCESS_SECRET:
        secret = f"export PANDAPON_ACCESS_SECRET={shlex.quote(args.access_secret)}"
    elif args.access_secret == secret_from_env:
        secret = f'export PANDAPON_ACCESS_SECRET="${ENV_PREFIX}ACCESS_SECRET"'
    else:
        secret = "# PANDAPON_ACCESS_SECRET: the value given with --access-secret (not shown)"  # noqa: S105
    lines = [
        f"# PandaPon sandbox on {url} (state: {args.db or 'in memory'})",
        f"export PANDAPON_BASE_URL={shlex.quote(url)}",
        f"export PANDAPON_ACCESS_KEY={shlex.quote(args.access_key)}",
        secret,
        f"export PANDAPON_USER_ID={shlex.quote(args.user_id)}",
        f"# dashboard and test controls: {url}/_sandbox/",
    ]
    if args.callback_url:
        lines.append(f"# pushing messages to {args.callback_url}")
    return lines


def main(argv: Sequence[str] | None = None) -> int:
    args = parse_args(argv)
    try:
        uvicorn = require_uvicorn()
    except ImportError as error:
        print(error, file=sys.stderr)
        return 2
    delays = tuple(float(d) for d in args.callback_retry_delays.split(",") if d.strip())
    config = SandboxConfig(
        access_key=args.access_key,
        access_secret=args.access_secret,
        user_id=args.user_id,
        seed=args.seed,
        db_path=args.db,
        callback_url=args.callback_url,
        callback_retry_delays=delays,
    )
    print("\n".join(banner(args)), flush=True)
    # Keep-alive longer than clients keep idle connections (httpx: 5 s), so a request never
    # races the server closing its connection.
    uvicorn.run(
        SandboxApp(config),
        host=args.host,
        port=args.port,
        log_level="warning",
        timeout_keep_alive=30,
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
