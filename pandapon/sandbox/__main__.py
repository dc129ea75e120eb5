"""``python -m pandapon.sandbox``: serve a local PandaPon on loopback."""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Sequence

from ._app import (
    DEFAULT_ACCESS_KEY,
    DEFAULT_ACCESS_SECRET,
    DEFAULT_USER_ID,
    SandboxApp,
    SandboxConfig,
)

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


def main(argv: Sequence[str] | None = None) -> int:
    args = parse_args(argv)
    try:
        import uvicorn  # noqa: PLC0415 - an optional dependency (the sandbox extra)
    except ImportError:
        print("the sandbox needs uvicorn: pip install 'pandapon[sandbox]'", file=sys.stderr)
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
    shown_secret = (
        args.access_secret
        if args.access_secret == DEFAULT_ACCESS_SECRET
        else f"(from --access-secret / {ENV_PREFIX}ACCESS_SECRET)"
    )
    url = f"http://{args.host}:{args.port}"
    print(f"PandaPon sandbox on {url}", flush=True)
    print(f"  PANDAPON_BASE_URL={url}")
    print(f"  PANDAPON_ACCESS_KEY={args.access_key}")
    print(f"  PANDAPON_ACCESS_SECRET={shown_secret}")
    print(f"  PANDAPON_USER_ID={args.user_id}")
    if args.callback_url:
        print(f"  pushing messages to {args.callback_url}")
    print(f"  test controls: {url}/_sandbox/  (state: {args.db or 'in memory'})", flush=True)
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
