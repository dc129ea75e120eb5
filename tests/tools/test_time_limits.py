"""A hung test fails on its own, with the stack it hung in, and the session goes on.

Issue 26: a regression in the pager's loop guard once hung ``make test`` for ten minutes at
9 GB instead of failing. The suite's pytest configuration (pyproject.toml) gives every test a
time limit; these tests run a small pytest session under that same configuration, with the
limit cut to two seconds, on tests that hang the ways a test can hang.
"""

from __future__ import annotations

import os
import subprocess
import sys
import time
import tomllib
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]

HANGING = """
import threading
import time


def test_sleeps_forever():
    time.sleep(3600)


def test_spins_forever():
    pages = []
    while True:  # the pager's old regression: a loop that never sees its end
        pages.append(len(pages))
        del pages[:-1]


def test_waits_for_an_event_nobody_sets():
    threading.Event().wait()


def test_after_the_hangs_still_runs():
    assert True
"""


def _pytest_settings() -> dict[str, object]:
    with (ROOT / "pyproject.toml").open("rb") as f:
        settings: dict[str, object] = tomllib.load(f)["tool"]["pytest"]["ini_options"]
    return settings


def test_every_test_has_a_time_limit_that_fails_it_with_a_traceback() -> None:
    settings = _pytest_settings()
    assert isinstance(settings["timeout"], int)
    assert 0 < settings["timeout"] <= 300
    # "signal" fails the one test and goes on; "thread" would end the whole session.
    assert settings["timeout_method"] == "signal"


def test_a_hanging_test_fails_within_the_limit_and_the_session_goes_on(tmp_path: Path) -> None:
    settings = _pytest_settings()
    # The project's own settings, in a project of one file; only the limit is shortened.
    (tmp_path / "pyproject.toml").write_text(
        "[tool.pytest.ini_options]\n"
        f"timeout = 2\ntimeout_method = {settings['timeout_method']!r}\n",
        encoding="utf-8",
    )
    (tmp_path / "test_hangs.py").write_text(HANGING, encoding="utf-8")
    env = {k: v for k, v in os.environ.items() if k != "PYTEST_ADDOPTS"}
    started = time.monotonic()
    done = subprocess.run(
        [
            sys.executable,
            "-m",
            "pytest",
            "-p",
            "no:cacheprovider",
            "-p",
            "no:xdist",
            "-rA",
            "--tb=short",
        ],
        cwd=tmp_path,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,  # the proof must not hang either; three hangs of 2 s end long before
        check=False,
    )
    elapsed = time.monotonic() - started
    out = done.stdout + done.stderr
    assert done.returncode == 1, out
    assert "3 failed, 1 passed" in out, out
    for name in (
        "test_sleeps_forever",
        "test_spins_forever",
        "test_waits_for_an_event_nobody_sets",
    ):
        assert f"FAILED test_hangs.py::{name} - Failed: Timeout" in out, out
        assert f": in {name}\n" in out, out  # the traceback shows where it hung
    assert "time.sleep(3600)\nE   Failed: Timeout" in out, out
    # Three limits of 2 s, plus the interpreter's start; far below the 3,600 s it would sleep.
    assert elapsed < 60, out


@pytest.mark.timeout(5)
def test_a_test_can_ask_for_a_limit_of_its_own(request: pytest.FixtureRequest) -> None:
    marker = request.node.get_closest_marker("timeout")
    assert marker is not None and marker.args == (5,)


def test_ci_stops_a_make_test_that_runs_past_its_job_limit() -> None:
    # Outside any test (an install, a lint, a session fixture) only the job's limit holds.
    run = (ROOT / ".ci" / "run").read_text(encoding="utf-8")
    assert 'timeout --kill-after=30s "${CI_TEST_MINUTES}m" make test' in run
