"""The sandbox's command line: its options, the banner, serving in the foreground.

The options are defined once here and added both to ``python -m pandapon.sandbox`` and to the
``pandapon sandbox`` subcommand, so each is parsed by one parser in one pass.
"""

from __future__ import annotations

import argparse
import os
import shlex
import socket
import sys
from collections.abc import Mapping
from typing import Any

from .._cli_values import port, positive_int
from .._exceptions import ConfigurationError
from ._app import (
    DEFAULT_ACCESS_KEY,
    DEFAULT_ACCESS_SECRET,
    DEFAULT_MAX_BODY_SIZE,
    DEFAULT_USER_ID,
    SandboxApp,
    SandboxConfig,
)
from ._callbacks import CALLBACK_SIGNATURE_BASES, PANDAPON_RETRY_DELAYS
from ._server import require_uvicorn

ENV_PREFIX = "PANDAPON_SANDBOX_"
DESCRIPTION = "Serve a local PandaPon: signatures, state, callbacks, fault injection."

#: Options that fall back to ``PANDAPON_SANDBOX_<NAME>``, then to these defaults.
_FROM_ENV: dict[str, str | None] = {
    "host": "127.0.0.1",
    "port": "8765",
    "access_key": DEFAULT_ACCESS_KEY,
    "access_secret": DEFAULT_ACCESS_SECRET,
    "user_id": DEFAULT_USER_ID,
    "callback_url": None,
}
_DEFAULTS: dict[str, Any] = {
    "seed": 1688,
    "db": None,
    "callback_retry_delays": PANDAPON_RETRY_DELAYS,
    "callback_signature_base": "body",
    "max_body_size": DEFAULT_MAX_BODY_SIZE,
}


def _delays(text: str) -> tuple[float, ...]:
    try:
        return tuple(float(d) for d in text.split(",") if d.strip())
    except ValueError:
        raise argparse.ArgumentTypeError(
            f"expected seconds separated by commas (1,2,5), got {text!r}"
        ) from None


def add_arguments(parser: argparse.ArgumentParser) -> None:
    """Add the sandbox's options to ``parser``.

    An option that is not given stays out of the namespace (``argparse.SUPPRESS``) and
    ``settings`` fills it in, so under ``pandapon`` a ``--user-id`` given before the ``sandbox``
    command is not overwritten by this parser's default.
    """

    def add(*flags: str, **kwargs: Any) -> None:
        parser.add_argument(*flags, default=argparse.SUPPRESS, **kwargs)

    add("--host", help=_from_env("address to listen on", "host"))
    add("--port", type=port, help=_from_env("port to listen on", "port"))
    add("--access-key", help=_from_env("the AccessKey clients sign with", "access_key"))
    add(
        "--access-secret",
        help=f"the AccessSecret clients sign with (default: ${_env_name('access_secret')} or "
        "the published one)",
    )
    add("--user-id", help=_from_env("the user id clients send", "user_id"))
    add("--seed", type=int, help="catalogue seed (default 1688)")
    add("--db", help="persist the state in this SQLite file")
    add(
        "--callback-url",
        help=f"push order, price and refund messages here (default: ${_env_name('callback_url')})",
    )
    add(
        "--callback-retry-delays",
        type=_delays,
        help="seconds between push retries (default: PandaPon's, every 30 minutes, 5 times)",
    )
    add(
        "--callback-signature-base",
        choices=CALLBACK_SIGNATURE_BASES,
        help="what the pushes' Authorization signs: the raw body (default) or the AccessKey "
        "followed by it (key+body); the docs do not say which",
    )
    add(
        "--max-body-size",
        type=positive_int,
        help="largest request body in bytes; a larger one is answered 413 (default: "
        f"{DEFAULT_MAX_BODY_SIZE}, 1 MiB)",
    )


def _from_env(text: str, name: str) -> str:
    return f"{text} (default: ${_env_name(name)} or {_FROM_ENV[name]})"


def parser() -> argparse.ArgumentParser:
    """The parser of ``python -m pandapon.sandbox``."""
    result = argparse.ArgumentParser(prog="python -m pandapon.sandbox", description=DESCRIPTION)
    add_arguments(result)
    return result


def settings(
    args: argparse.Namespace, environ: Mapping[str, str] | None = None
) -> argparse.Namespace:
    """Every option's value: given, else from the environment, else the default. A bad value in
    the environment raises ``ConfigurationError`` naming the variable."""
    environ = os.environ if environ is None else environ
    values = {name: getattr(args, name, default) for name, default in _DEFAULTS.items()}
    for name, default in _FROM_ENV.items():
        given = getattr(args, name, None)
        values[name] = given if given is not None else environ.get(_env_name(name), default)
    if isinstance(values["port"], str):
        try:
            values["port"] = port(values["port"])
        except argparse.ArgumentTypeError as error:
            raise ConfigurationError(f"{_env_name('port')}: {error}") from None
    return argparse.Namespace(**values)


def _env_name(option: str) -> str:
    return f"{ENV_PREFIX}{option.upper()}"


def banner(args: argparse.Namespace) -> list[str]:
    """What to tell the user: ``export`` lines a shell can run as they are, the rest comments.

    The secret is printed only when it is the published default; otherwise the line refers to
    where it came from.
    """
    url = f"http://{args.host}:{args.port}"
    secret_from_env = os.environ.get(_env_name("access_secret"))
    if args.access_secret == DEFAULT_ACCESS_SECRET:
        secret = f"export PANDAPON_ACCESS_SECRET={shlex.quote(args.access_secret)}"
    elif args.access_secret == secret_from_env:
        secret = f'export PANDAPON_ACCESS_SECRET="${_env_name("access_secret")}"'
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
        lines.append(
            f"# pushing messages to {args.callback_url} (signed over the "
            f"{'AccessKey + body' if args.callback_signature_base == 'key+body' else 'raw body'})"
        )
    return lines


def serve(args: argparse.Namespace) -> int:
    """Serve the sandbox in the foreground until interrupted; the exit code (2: bad usage)."""
    try:
        uvicorn = require_uvicorn()
        options = settings(args)
        config = SandboxConfig(
            access_key=options.access_key,
            access_secret=options.access_secret,
            user_id=options.user_id,
            seed=options.seed,
            db_path=options.db,
            callback_url=options.callback_url,
            callback_retry_delays=options.callback_retry_delays,
            callback_signature_base=options.callback_signature_base,
            max_body_size=options.max_body_size,
            # Its own address names a Host the controls answer to (a wildcard names none).
            admin_hosts=() if options.host in ("0.0.0.0", "::", "") else (options.host,),  # noqa: S104
        )
    except (ImportError, ConfigurationError) as error:
        print(error, file=sys.stderr)
        return 2
    try:  # bound before anything is said: the banner means the sandbox is there
        listening = _bind(options.host, options.port)
    except OSError as error:
        print(
            f"python -m pandapon.sandbox: cannot listen on {options.host}:{options.port}: "
            f"{error.strerror or error} (another sandbox running? --port or "
            f"{_env_name('port')} picks another port)",
            file=sys.stderr,
        )
        return 1
    print("\n".join(banner(options)), flush=True)
    # Keep-alive longer than clients keep idle connections (httpx: 5 s), so a request never
    # races the server closing its connection.
    server = uvicorn.Server(
        uvicorn.Config(
            SandboxApp(config),
            host=options.host,
            port=options.port,
            log_level="warning",
            timeout_keep_alive=30,
        )
    )
    with listening:
        server.run(sockets=[listening])
    return 0


def _bind(host: str, port: int) -> socket.socket:
    """A socket bound to ``host:port`` (uvicorn listens on it), or OSError: the port is taken,
    the address is not this machine's."""
    family = socket.AF_INET6 if ":" in host else socket.AF_INET
    sock = socket.socket(family, socket.SOCK_STREAM)
    try:
        sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)  # as uvicorn does
        sock.bind((host.strip("[]"), port))
    except OSError:
        sock.close()
        raise
    return sock
