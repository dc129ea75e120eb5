"""The gates fail when they should, run as CI runs them, on temporary copies of the repository.

- ``python -m scripts.generate --check`` and ``make check-generated``: a hand-edited generated
  file, and a spec edited without regenerating;
- ``make spec-diff``: a breaking spec change committed without saying so;
- ``make lint-spec``: a write whose retry flag says it may be resent.

Never on this checkout's own files: each test copies what the gate reads into a temporary
directory and runs the gate there, with the interpreter (and, for make, the virtualenv) that
runs the tests. Every subprocess has a timeout.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from tests.support.processes import copy_repo, git

# Regeneration and gates on copies of the repository: up to 15 s each on a quiet machine.
pytestmark = pytest.mark.timeout(600)

ROOT = Path(__file__).resolve().parents[2]
VENV = Path(sys.executable).parent.parent
TIMEOUT = 300  # seconds; a regeneration takes a few


def run(repo: Path, *command: str) -> subprocess.CompletedProcess[str]:
    """Run a gate in the copy; its own modules and generated package come first on the path."""
    # Not the outer make's flags (`make test` runs these tests), nor coverage's: the copy's
    # files are not this checkout's.
    outer = {"MAKEFLAGS", "MFLAGS", "MAKELEVEL"}
    env = {k: v for k, v in os.environ.items() if k not in outer and not k.startswith("COVERAGE")}
    env["PYTHONPATH"] = os.pathsep.join([str(repo), str(repo / "generated")])
    env["PYTHONDONTWRITEBYTECODE"] = "1"
    return subprocess.run(
        command, cwd=repo, env=env, capture_output=True, text=True, timeout=TIMEOUT, check=False
    )


def make(repo: Path, target: str, *variables: str) -> subprocess.CompletedProcess[str]:
    """``make TARGET`` in the copy, with the test run's virtualenv (already installed: ``-o``
    keeps make from reinstalling it)."""
    installed = str(VENV / ".installed")  # named on the command line: whatever the Makefile's
    return run(
        repo, "make", "-o", installed, target, f"VENV={VENV}", f"INSTALLED={installed}", *variables
    )


def hand_edit_generated(repo: Path) -> None:
    model = repo / "generated" / "pandapon_api" / "models" / "envelope.py"
    model.write_text(model.read_text(encoding="utf-8") + "# tweak\n", encoding="utf-8")
    (repo / "generated" / "pandapon_api" / "api" / "extra.py").write_text("x = 1\n")


def edit_spec(repo: Path) -> None:
    common = repo / "openapi" / "common.yaml"
    text = common.read_text(encoding="utf-8")
    assert text.count("Text for the return code") == 1
    common.write_text(
        text.replace("Text for the return code", "Human-readable text for the return code"),
        encoding="utf-8",
    )


EDITS = {"hand-edited generated file": hand_edit_generated, "spec edit not regenerated": edit_spec}


@pytest.mark.parametrize("how", ["python -m scripts.generate --check", "make check-generated"])
@pytest.mark.parametrize("edit", sorted(EDITS))
def test_the_generated_code_gate_fails_on_drift(tmp_path: Path, edit: str, how: str) -> None:
    repo = copy_repo(tmp_path)
    EDITS[edit](repo)
    if how.startswith("make"):
        result = make(repo, "check-generated")
    else:
        result = run(repo, sys.executable, "-m", "scripts.generate", "--check")
    assert result.returncode != 0, result.stdout
    out = result.stdout
    assert "generated/ is not exactly what openapi/ produces; run `make generate`." in out
    if edit == "hand-edited generated file":
        assert "-# tweak" in out and "committed/models/envelope.py" in out
        assert "not produced by the spec (hand-added?): api/extra.py" in out
        assert "stamp hash differs" not in out
    else:
        assert "the spec changed since generated/ was made (stamp hash differs)" in out
        assert "Human-readable text for the return code" in out  # in the bundled openapi.json
    # The checkout the copy came from is untouched.
    assert "Human-readable" not in (ROOT / "openapi" / "common.yaml").read_text(encoding="utf-8")


def test_spec_diff_fails_on_an_unannounced_breaking_change(tmp_path: Path) -> None:
    repo = copy_repo(tmp_path)
    git(repo, "init", "-q")
    git(repo, "add", "openapi")
    git(repo, "commit", "-q", "-m", "spec")
    part = repo / "openapi" / "alibaba-after-sales.yaml"
    text = part.read_text(encoding="utf-8")
    assert text.count("        maxItems: 10\n") == 1
    part.write_text(text.replace("        maxItems: 10\n", "        maxItems: 5\n"), "utf-8")
    git(repo, "commit", "-q", "-am", "fewer vouchers")

    result = make(repo, "spec-diff", "BASE=HEAD~1")
    assert result.returncode != 0
    assert (
        "submitAlibabaRefundReturn request.vouchers: values narrowed: maxItems lowered: 10 → 5"
        in result.stdout
    )
    assert "Breaking changes found (pass --allow-breaking to accept them)." in result.stderr
    # Announced (CI passes the flag when the commit message says [breaking]), it passes.
    announced = make(repo, "spec-diff", "BASE=HEAD~1", "SPEC_DIFF_FLAGS=--allow-breaking")
    assert announced.returncode == 0, announced.stderr


def test_the_spec_lint_gate_fails_on_a_write_flagged_retry_safe(tmp_path: Path) -> None:
    repo = copy_repo(tmp_path)
    part = repo / "openapi" / "alibaba-after-sales.yaml"
    text = part.read_text(encoding="utf-8")
    flag = "      operationId: createAlibabaRefund\n"
    start = text.index(flag)
    end = text.index("x-pandapon-retry-safe: false", start)
    part.write_text(text[:end] + "x-pandapon-retry-safe: true" + text[end + 28 :], "utf-8")

    result = make(repo, "lint-spec")
    assert result.returncode != 0
    assert (
        "POST /v2/alibaba/refund/detail/create (createAlibabaRefund): x-pandapon-retry-safe is "
        "true, but by its method and names it writes (never resent)" in result.stdout
    )
    assert "1 problems" in result.stdout


def test_the_generated_code_gate_refuses_code_the_templates_never_write(tmp_path: Path) -> None:
    """A statement slipped into a generated module fails `make check-generated` by the
    code gate's own rule, not only as drift."""
    repo = copy_repo(tmp_path)
    resources = repo / "generated" / "pandapon_api" / "resources.py"
    text = resources.read_text(encoding="utf-8")
    resources.write_text(text + '\n__import__("os").system("true")\n', encoding="utf-8")
    result = make(repo, "check-generated")
    assert result.returncode != 0
    assert "the generated code holds constructs the templates never write" in result.stdout
    assert "resources.py:" in result.stdout
    assert "an expression statement at module level" in result.stdout
    assert "the name __import__" in result.stdout


def test_make_generate_writes_nothing_the_gate_refuses(tmp_path: Path) -> None:
    """A template that starts writing a call at module level (a regression, or a spec string
    it failed to quote) stops generation before anything in generated/ is replaced."""
    repo = copy_repo(tmp_path)
    template = repo / "scripts" / "codegen" / "templates" / "sdk_metadata.py.jinja"
    template.write_text(
        template.read_text(encoding="utf-8") + '\nprint("loaded")\n', encoding="utf-8"
    )
    before = {p: p.read_bytes() for p in (repo / "generated").rglob("*") if p.is_file()}
    result = make(repo, "generate")
    assert result.returncode != 0
    assert "nothing written" in result.stderr
    assert "sdk_metadata.py:" in result.stderr and "print(" in result.stderr
    after = {p: p.read_bytes() for p in (repo / "generated").rglob("*") if p.is_file()}
    assert after == before
