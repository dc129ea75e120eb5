"""Child processes for tests, never waited for without a timeout.

``child()``: a server the CLI starts, whose output lines are waited for with a timeout.
``stdout.readline()`` on a pipe blocks until a line comes, so a child that hangs or dies
silently would hang the test run: a thread reads the lines into a queue instead, and each
``line()`` waits at most ``timeout`` seconds. ``git()``: git in a scratch repository.
"""

from __future__ import annotations

import queue
import subprocess
import threading
from collections.abc import Iterator, Mapping
from contextlib import contextmanager
from pathlib import Path

_EOF = ""


class Child:
    def __init__(self, args: list[str], env: Mapping[str, str]) -> None:
        self.process = subprocess.Popen(args, env=dict(env), stdout=subprocess.PIPE, text=True)
        self._lines: queue.Queue[str] = queue.Queue()
        self._reader = threading.Thread(target=self._read, daemon=True)
        self._reader.start()

    def _read(self) -> None:
        assert self.process.stdout is not None
        for line in self.process.stdout:
            self._lines.put(line)
        self._lines.put(_EOF)

    def line(self, timeout: float = 30.0) -> str:
        """The next line the child prints; fails the test after ``timeout`` seconds or at EOF."""
        try:
            line = self._lines.get(timeout=timeout)
        except queue.Empty:
            raise AssertionError(f"{self.process.args}: no output within {timeout} s") from None
        if line == _EOF:
            code = self.process.wait(timeout=timeout)
            raise AssertionError(f"{self.process.args} ended (exit code {code}) without a line")
        return line

    def stop(self) -> None:
        self.process.terminate()
        try:
            self.process.wait(timeout=10)
        except subprocess.TimeoutExpired:
            self.process.kill()
            self.process.wait(timeout=10)
        self._reader.join(timeout=10)


@contextmanager
def child(args: list[str], env: Mapping[str, str]) -> Iterator[Child]:
    started = Child(args, env)
    try:
        yield started
    finally:
        started.stop()


def git(repo: Path, *args: str) -> None:
    """Run git in a scratch repository (with an identity for commits)."""
    subprocess.run(
        ["git", "-c", "user.name=t", "-c", "user.email=t@example.com", *args],
        cwd=repo,
        check=True,
        capture_output=True,
        timeout=60,
    )
