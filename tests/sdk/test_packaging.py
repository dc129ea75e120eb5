"""The package can be released: it builds, its metadata passes twine's checks, and the wheel
installed into a clean virtual environment imports and runs its command."""

from __future__ import annotations

import json
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

import pandapon

# Builds the sdist and wheel and installs the wheel in a fresh virtualenv: up to 40 s under load.
pytestmark = pytest.mark.timeout(600)

ROOT = Path(__file__).resolve().parents[2]


def run(*args: str | Path, cwd: Path = ROOT) -> str:
    result = subprocess.run(
        [str(a) for a in args], cwd=cwd, capture_output=True, text=True, timeout=600, check=False
    )
    assert result.returncode == 0, result.stdout[-2000:] + result.stderr[-2000:]
    return result.stdout


@pytest.fixture(scope="module")
def dist(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("dist")
    run(sys.executable, "-m", "build", "--sdist", "--wheel", "--outdir", out, ROOT)
    return out


def test_the_distributions_pass_the_checks(dist: Path) -> None:
    (wheel,) = dist.glob("*.whl")
    (sdist,) = dist.glob("*.tar.gz")
    assert wheel.name == f"pandapon-{pandapon.__version__}-py3-none-any.whl"
    assert sdist.name == f"pandapon-{pandapon.__version__}.tar.gz"
    run(sys.executable, "-m", "twine", "check", "--strict", wheel, sdist)
    names = set(zipfile.ZipFile(wheel).namelist())
    for needed in (
        "pandapon/py.typed",
        "pandapon_api/py.typed",
        "pandapon_api/openapi.json",  # the SDK reads the spec at run time
        "pandapon/sandbox/dashboard.html",
        f"pandapon-{pandapon.__version__}.dist-info/licenses/LICENSE",
    ):
        assert needed in names, needed
    assert not [n for n in names if n.startswith(("tests/", "scripts/", "openapi/"))]


def test_the_wheel_works_in_a_clean_environment(dist: Path, tmp_path: Path) -> None:
    """Installed as README's "Install" says, until pandapon is on PyPI: the built wheel, with
    the sandbox extra (a probe: `pip install 'pandapon[sandbox]'` fails, not published)."""
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    assert "pip install -e '.[sandbox]'" in readme
    assert 'pip install "$(ls dist/pandapon-*.whl)[sandbox]"' in readme
    (wheel,) = dist.glob("*.whl")
    venv = tmp_path / "venv"
    run(sys.executable, "-m", "venv", venv)
    python = venv / "bin" / "python"
    run(
        python,
        "-m",
        "pip",
        "install",
        "--quiet",
        "--disable-pip-version-check",
        f"{wheel}[sandbox]",
    )
    assert "--callback-url" in run(python, "-m", "pandapon.sandbox", "--help", cwd=tmp_path)
    code = (
        "import importlib.metadata, json, pandapon; "
        "print(json.dumps([pandapon.__version__, importlib.metadata.version('pandapon'), "
        "len(pandapon.operations()), pandapon.__file__]))"
    )
    version, installed, operations, where = json.loads(run(python, "-c", code, cwd=tmp_path))
    assert version == installed == pandapon.__version__  # one version source
    assert operations == len(pandapon.operations())
    assert str(venv) in where  # the installed copy, not the checkout
    listed = json.loads(run(venv / "bin" / "pandapon", "ops", "--json", cwd=tmp_path))
    assert len(listed) == operations
