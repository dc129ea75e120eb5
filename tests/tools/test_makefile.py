"""The Makefile keeps a newcomer's .venv usable: one made by another Python is rebuilt."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import pytest

# Each test makes a virtualenv or runs make: up to 10 s on a quiet machine, 70 s under load.
pytestmark = pytest.mark.timeout(600)

ROOT = Path(__file__).resolve().parents[2]
TINY = """[build-system]
requires = ["setuptools>=69"]
build-backend = "setuptools.build_meta"

[project]
name = "tiny"
version = "0"

[project.optional-dependencies]
dev = []

[tool.setuptools]
py-modules = []
"""


def make(where: Path, *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        ["make", "-s", "install", f"PYTHON={sys.executable}", *args],
        cwd=where,
        capture_output=True,
        text=True,
        timeout=300,
        check=False,
    )


def test_a_venv_made_by_another_python_is_made_anew(tmp_path: Path) -> None:
    shutil.copy(ROOT / "Makefile", tmp_path / "Makefile")
    (tmp_path / "pyproject.toml").write_text(TINY, encoding="utf-8")
    # What a failed `make demo PYTHON=python3.10` leaves: a .venv whose python is another one.
    fake = tmp_path / ".venv" / "bin" / "python"
    fake.parent.mkdir(parents=True)
    fake.write_text("#!/bin/sh\necho cpython-310\n", encoding="utf-8")
    fake.chmod(0o755)
    first = make(tmp_path)
    assert first.returncode == 0, first.stdout + first.stderr
    assert "was not made by" in first.stdout
    tag = f"cpython-{sys.version_info.major}{sys.version_info.minor}"
    assert (tmp_path / ".venv" / f".installed-{tag}").exists()
    real = subprocess.run(
        [str(tmp_path / ".venv" / "bin" / "python"), "-c", "import sys; print(sys.prefix)"],
        capture_output=True,
        text=True,
        timeout=60,
        check=True,
    )
    assert real.stdout.strip() == str(tmp_path / ".venv")
    # Made by the right Python: left alone.
    again = make(tmp_path)
    assert again.returncode == 0 and "was not made by" not in again.stdout


@pytest.mark.parametrize(
    ("apply", "applies"),
    [("", False), ("0", False), ("no", False), ("false", False), ("1", True), ("yes", True)],
)
def test_docs_sync_applies_only_when_asked(tmp_path: Path, apply: str, applies: bool) -> None:
    shutil.copy(ROOT / "Makefile", tmp_path / "Makefile")
    (tmp_path / "pyproject.toml").write_text(TINY, encoding="utf-8")
    dry = subprocess.run(  # -n: print the commands, run none
        ["make", "-n", "docs-sync", f"APPLY={apply}", f"PYTHON={sys.executable}"],
        cwd=tmp_path,
        capture_output=True,
        text=True,
        timeout=60,
        check=True,
    )
    command = next(line for line in dry.stdout.splitlines() if "scripts.docs_sync" in line)
    assert ("--apply" in command) is applies, command


@pytest.mark.parametrize(
    ("apply", "applies"),
    [("", False), ("0", False), ("no", False), ("1", True), ("yes", True), ("true", True)],
)
def test_evidence_apply_applies_only_when_asked(tmp_path: Path, apply: str, applies: bool) -> None:
    shutil.copy(ROOT / "Makefile", tmp_path / "Makefile")
    (tmp_path / "pyproject.toml").write_text(TINY, encoding="utf-8")
    files, python = "FILES=a.json b.json", f"PYTHON={sys.executable}"
    dry = subprocess.run(  # -n: print the commands, run none
        ["make", "-n", "evidence-apply", files, f"APPLY={apply}", python],
        cwd=tmp_path,
        capture_output=True,
        text=True,
        timeout=60,
        check=True,
    )
    command = next(line for line in dry.stdout.splitlines() if "scripts.evidence_apply" in line)
    assert " a.json b.json" in command
    assert ("--apply" in command) is applies, command


def test_plain_make_lists_every_target_with_what_it_does(tmp_path: Path) -> None:
    shutil.copy(ROOT / "Makefile", tmp_path / "Makefile")
    shown = subprocess.run(
        ["make", "-s"], cwd=tmp_path, capture_output=True, text=True, timeout=60, check=True
    )
    assert (
        shown.stdout
        == subprocess.run(
            ["make", "-s", "help"],
            cwd=tmp_path,
            capture_output=True,
            text=True,
            timeout=60,
            check=True,
        ).stdout
    )
    phony = next(
        line for line in (ROOT / "Makefile").read_text().splitlines() if line.startswith(".PHONY:")
    )
    listed = {line.split()[0]: line for line in shown.stdout.splitlines()[1:]}
    assert set(listed) == set(phony.split()[1:])
    assert all(len(line.split()) > 2 for line in listed.values())  # each says what it does
    assert "fast tier" in listed["check"]


def test_a_python_that_cannot_run_leaves_the_venv_alone(tmp_path: Path) -> None:
    """A probe: `make demo PYTHON=python3.12`, with no python3.12 installed, deleted a working
    .venv (its tag then read "none", which never matched)."""
    shutil.copy(ROOT / "Makefile", tmp_path / "Makefile")
    (tmp_path / "pyproject.toml").write_text(TINY, encoding="utf-8")
    kept = tmp_path / ".venv" / "bin" / "python"
    kept.parent.mkdir(parents=True)
    kept.write_text("#!/bin/sh\necho a working venv\n", encoding="utf-8")
    result = subprocess.run(
        ["make", "-s", "demo", "PYTHON=python3.invalid-for-this-test"],
        cwd=tmp_path,
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    assert result.returncode != 0
    assert "cannot be run here" in result.stderr and ".venv is left as it is" in result.stderr
    assert kept.read_text(encoding="utf-8") == "#!/bin/sh\necho a working venv\n"
