"""Child processes for tests, never waited for without a timeout: a line of a server's output
(``read_line``), and git in a scratch repository (``git``)."""

from __future__ import annotations

import queue
import shutil
import subprocess
import threading
from pathlib import Path
from typing import IO


def read_line(stream: IO[str] | None, timeout: float = 20.0) -> str:
    """The next line of ``stream`` (a subprocess pipe); fails the test after ``timeout`` seconds
    instead of blocking forever when the process prints nothing."""
    assert stream is not None, "the process was started without a pipe"
    lines: queue.Queue[str] = queue.Queue()
    threading.Thread(target=lambda: lines.put(stream.readline()), daemon=True).start()
    try:
        return lines.get(timeout=timeout)
    except queue.Empty:
        raise AssertionError(f"no line within {timeout:g} s") from None


def git(repo: Path, *args: str) -> None:
    """Run git in a scratch repository (with an identity for commits)."""
    subprocess.run(
        ["git", "-c", "user.name=t", "-c", "user.email=t@example.com", *args],
        cwd=repo,
        check=True,
        capture_output=True,
        timeout=60,
    )


#: What a copy of the repository holds for the gates (tests/tools/test_gates.py) to run in.
COPIED = ("Makefile", "pyproject.toml", "openapi", "generated", "docs", "scripts", "pandapon")
ROOT = Path(__file__).resolve().parents[2]


def copy_repo(tmp_path: Path) -> Path:
    repo = tmp_path / "repo"
    repo.mkdir()
    junk = shutil.ignore_patterns("__pycache__", ".ruff_cache", ".mypy_cache")
    for name in COPIED:
        source = ROOT / name
        if source.is_dir():
            shutil.copytree(source, repo / name, ignore=junk)
        else:
            shutil.copy2(source, repo / name)
    return repo
