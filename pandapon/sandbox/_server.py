"""Serving the sandbox with uvicorn: in a background thread (tests) or in the foreground (CLI)."""

from __future__ import annotations

import socket
import subprocess
import sys
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from types import ModuleType
from typing import Any

from .._client import PandaPon
from ._admin_client import SandboxAdmin
from ._app import SandboxApp, SandboxConfig

# The sandbox extra is uvicorn; until pandapon is on PyPI, `pandapon[sandbox]` is installed from
# a clone or a wheel (README: Install), so the message names what works everywhere.
UVICORN_MISSING = (
    "the sandbox needs uvicorn (the sandbox extra): pip install uvicorn, or in a clone of the "
    "SDK pip install -e '.[sandbox]'"
)


def require_uvicorn() -> ModuleType:
    """uvicorn, or the same ImportError message as ``python -m pandapon.sandbox`` prints."""
    try:
        import uvicorn  # noqa: PLC0415 - an optional dependency (the sandbox extra)
    except ImportError:
        raise ImportError(UVICORN_MISSING, name="uvicorn") from None
    return uvicorn


def free_port(host: str = "127.0.0.1") -> int:
    with socket.socket() as sock:
        sock.bind((host, 0))
        port: int = sock.getsockname()[1]
        return port


@contextmanager
def serving(app: Any, *, host: str = "127.0.0.1", port: int | None = None) -> Iterator[str]:
    """Serve any ASGI app on loopback in a background thread; yields its base URL.

    Handy beyond the sandbox too, e.g. to run a webhook receiver in your own tests.
    """
    uvicorn = require_uvicorn()
    port = port or free_port(host)
    server = uvicorn.Server(
        uvicorn.Config(
            app, host=host, port=port, log_level="warning", lifespan="auto", timeout_keep_alive=30
        )
    )
    thread = threading.Thread(target=server.run, name=f"asgi-{port}", daemon=True)
    thread.start()
    deadline = time.monotonic() + 10
    while not server.started:
        if not thread.is_alive() or time.monotonic() > deadline:
            raise RuntimeError(f"could not serve on {host}:{port}")
        time.sleep(0.01)
    try:
        yield f"http://{host}:{port}"
    finally:
        server.should_exit = True
        thread.join(timeout=10)


@contextmanager
def as_process(*args: str, port: int | None = None) -> Iterator[str]:
    """Run ``python -m pandapon.sandbox`` (with ``args``) as its own process on a free port, for
    the duration of the block; yields its URL once it answers. Its own process gets its own
    CPU, as a real server would (benchmarks, load tests, demos)."""
    port = port or free_port()
    process = subprocess.Popen(  # noqa: S603 - our own module, arguments from the caller
        [sys.executable, "-m", "pandapon.sandbox", "--port", str(port), *args],
        stdout=subprocess.DEVNULL,
    )
    url = f"http://127.0.0.1:{port}"
    admin = SandboxAdmin(url)
    try:
        admin.wait_ready()
        yield url
    finally:
        admin.close()
        process.terminate()
        process.wait(timeout=10)


@dataclass
class RunningSandbox:
    url: str
    app: SandboxApp
    admin: SandboxAdmin

    @property
    def config(self) -> SandboxConfig:
        return self.app.config

    def client(self, **options: Any) -> PandaPon:
        """A ``PandaPon`` client with this sandbox's URL and credentials."""
        config = self.app.config
        return PandaPon(
            config.access_key, config.access_secret, config.user_id, base_url=self.url, **options
        )


@contextmanager
def running(
    config: SandboxConfig | None = None, *, host: str = "127.0.0.1", port: int | None = None
) -> Iterator[RunningSandbox]:
    """Serve a sandbox on loopback in a background thread for the duration of the block."""
    require_uvicorn()  # before building the app: the clear message, not a traceback from inside
    app = SandboxApp(config)
    if host not in app.config.admin_hosts:  # the test controls answer to the address served
        app.config.admin_hosts = (*app.config.admin_hosts, host)
    with serving(app, host=host, port=port) as url:
        admin = SandboxAdmin(url)
        try:
            yield RunningSandbox(url, app, admin)
        finally:
            admin.close()
