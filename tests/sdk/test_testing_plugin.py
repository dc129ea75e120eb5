"""The pytest plugin (``pandapon.testing``), used as a user would: a project of their own
(tests/plugin_user) run by pytest in a subprocess, the plugin found through its entry point."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from importlib.metadata import entry_points
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
PROJECT = ROOT / "tests" / "plugin_user"


def _pytest(project: Path, *args: str) -> subprocess.CompletedProcess[str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith(("PYTEST_", "PANDAPON_"))}
    return subprocess.run(
        [sys.executable, "-m", "pytest", "-q", *args],
        cwd=project,
        env=env,
        capture_output=True,
        text=True,
        timeout=300,
        check=False,
    )


def _copy(tmp_path: Path) -> Path:
    project = tmp_path / "my-shop"
    shutil.copytree(PROJECT, project, ignore=shutil.ignore_patterns("__pycache__"))
    return project


def test_the_plugin_is_registered_as_a_pytest_entry_point() -> None:
    plugins = {e.name: e.value for e in entry_points(group="pytest11")}
    assert plugins.get("pandapon") == "pandapon.testing"


def test_a_users_project_passes_with_the_fixture(tmp_path: Path) -> None:
    result = _pytest(_copy(tmp_path))
    tests = (PROJECT / "test_my_shop.py").read_text(encoding="utf-8").count("\ndef test_")
    assert result.returncode == 0, result.stdout + result.stderr
    assert f"{tests} passed" in result.stdout, result.stdout


def test_without_the_plugin_the_fixture_is_unknown(tmp_path: Path) -> None:
    # the same project with the plugin turned off: what made it pass is the entry point
    result = _pytest(_copy(tmp_path), "-p", "no:pandapon")
    assert result.returncode != 0
    assert "fixture 'pandapon_sandbox' not found" in result.stdout
