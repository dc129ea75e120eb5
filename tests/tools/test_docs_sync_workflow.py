""".github/workflows/docs-sync.yml: the job that reads doc pages cannot write, and the job that
can write runs nothing from the checkout or the patch.

Its structure is checked (permissions, persisted credentials, secrets, what each job runs), and
the write job's own shell steps are run for real, with git, on temporary repositories and a
fake ``gh``: a patch touching anything but openapi/, generated/ and docs/ is refused, a good
one becomes a commit and a pull request whose body lists every changed file and the report.
(tests/tools/test_docs_sync.py validates the file against GitHub's workflow schema.)
"""

from __future__ import annotations

import os
import re
import stat
import subprocess
from pathlib import Path
from typing import Any

import pytest
import yaml

ROOT = Path(__file__).resolve().parents[2]
WORKFLOW = ROOT / ".github" / "workflows" / "docs-sync.yml"
DATA: dict[Any, Any] = yaml.safe_load(WORKFLOW.read_text(encoding="utf-8"))
JOBS: dict[str, Any] = DATA["jobs"]
# What running code from the checkout looks like in a step.
_RUNS_CODE = re.compile(
    r"\b(make|python3?|pip|pytest|ruff|mypy|source)\b|\.venv|\b(scripts|tests|examples)/|"
    r"\b(bash|sh|exec|eval) |(^|\s)\./"
)


def git(repo: Path, *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        ["git", "-c", "user.name=t", "-c", "user.email=t@example.com", *args],
        cwd=repo,
        check=True,
        capture_output=True,
        text=True,
        timeout=60,
    )


def _runs(job: dict[str, Any]) -> str:
    return "\n".join(str(step.get("run", "")) for step in job["steps"])


def _untrusted() -> tuple[str, dict[str, Any]]:
    found = [(n, j) for n, j in JOBS.items() if "scripts.docs_sync --apply" in _runs(j)]
    assert len(found) == 1
    return found[0]


def _writer() -> tuple[str, dict[str, Any]]:
    found = [(n, j) for n, j in JOBS.items() if "write" in (j.get("permissions") or {}).values()]
    assert len(found) == 1
    return found[0]


def test_the_job_that_reads_the_pages_has_a_read_only_token_not_kept_and_no_secrets() -> None:
    assert DATA["permissions"] == {}  # nothing by default
    _, job = _untrusted()
    assert job["permissions"] == {"contents": "read"}
    checkouts = [s for s in job["steps"] if str(s.get("uses", "")).startswith("actions/checkout")]
    assert checkouts and all(s["with"]["persist-credentials"] is False for s in checkouts)
    text = yaml.safe_dump(job)
    assert "secrets." not in text and "github.token" not in text and "GH_TOKEN" not in text
    runs = _runs(job)
    assert "make test" in runs and "git diff" in runs
    uploads = [s for s in job["steps"] if str(s.get("uses", "")).startswith("actions/upload")]
    assert len(uploads) == 1


def test_the_job_that_writes_runs_nothing_from_the_checkout() -> None:
    name, job = _writer()
    untrusted, _ = _untrusted()
    assert job["needs"] == untrusted
    assert job["permissions"] == {"contents": "write", "pull-requests": "write"}
    uses = [str(s["uses"]).split("@")[0] for s in job["steps"] if "uses" in s]
    assert uses == ["actions/checkout", "actions/download-artifact"]
    runs = _runs(job)
    assert not _RUNS_CODE.search(runs), _RUNS_CODE.search(runs)
    assert "git apply" in runs and "gh pr create" in runs
    for other_name, other in JOBS.items():
        if other_name != name:
            assert "write" not in (other.get("permissions") or {}).values()


# --- the write job's steps, run ---------------------------------------------------------------


def _step(name: str) -> str:
    _, job = _writer()
    return str(next(s["run"] for s in job["steps"] if s.get("name") == name))


def _repo(tmp_path: Path) -> Path:
    repo = tmp_path / "repo"
    for folder in ("openapi", "generated/pkg", "docs", "scripts", ".github/workflows"):
        (repo / folder).mkdir(parents=True)
    (repo / "openapi" / "common.yaml").write_text("a: 1\n", encoding="utf-8")
    (repo / "generated" / "pkg" / "m.py").write_text("X = 1\n", encoding="utf-8")
    (repo / "scripts" / "run.py").write_text("print(1)\n", encoding="utf-8")
    (repo / ".github" / "workflows" / "ci.yml").write_text("on: push\n", encoding="utf-8")
    git(repo, "init", "-q", "-b", "main")
    git(repo, "add", "-A")
    git(repo, "commit", "-q", "-m", "start")
    return repo


def _patch(repo: Path, edit: Any) -> str:
    """The patch of an edit, made as the untrusted job makes it; the edit is undone."""
    edit(repo)
    git(repo, "add", "--intent-to-add", "-A")
    text = git(repo, "diff", "--binary", "--no-renames").stdout
    git(repo, "reset", "-q")
    git(repo, "checkout", "-q", "--", ".")
    git(repo, "clean", "-qfd")
    return text


def _good(repo: Path) -> None:
    (repo / "openapi" / "common.yaml").write_text("a: 2\n", encoding="utf-8")
    (repo / "generated" / "pkg" / "new.py").write_text("Y = 2\n", encoding="utf-8")
    (repo / "docs" / "operations.md").write_text("# Ops\n", encoding="utf-8")


def _bash(script: str, cwd: Path, env: dict[str, str]) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        ["bash", "-e", "-c", script],
        cwd=cwd,
        env={**os.environ, **env},
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )


def _sync_dir(tmp_path: Path, patch: str, report: str = "report\n") -> Path:
    sync = tmp_path / "docs-sync"
    sync.mkdir()
    (sync / "changes.patch").write_text(patch, encoding="utf-8")
    (sync / "docs-sync-report.txt").write_text(report, encoding="utf-8")
    (sync / "spec-diff.txt").write_text("Non-breaking: x\n", encoding="utf-8")
    return sync


def _outside_scripts(repo: Path) -> None:
    (repo / "scripts" / "run.py").write_text("import os\n", encoding="utf-8")


def _workflow(repo: Path) -> None:
    (repo / ".github" / "workflows" / "ci.yml").write_text("on: [push, pull_request]\n", "utf-8")


def _dot_file(repo: Path) -> None:
    (repo / "openapi" / ".gitattributes").write_text("* filter=x\n", encoding="utf-8")


def _symlink(repo: Path) -> None:
    (repo / "openapi" / "link.yaml").symlink_to("../scripts/run.py")


def _executable(repo: Path) -> None:
    target = repo / "generated" / "pkg" / "m.py"
    target.chmod(target.stat().st_mode | stat.S_IXUSR)


@pytest.mark.parametrize(
    "edit",
    [_outside_scripts, _workflow, _dot_file, _symlink, _executable],
    ids=["scripts/", ".github/", "dot file", "symlink", "mode change"],
)
def test_a_patch_reaching_outside_the_generated_files_is_refused(tmp_path: Path, edit: Any) -> None:
    repo = _repo(tmp_path)
    patch = _patch(repo, lambda r: (_good(r), edit(r)))
    sync = _sync_dir(tmp_path, patch)
    result = _bash(_step("Check and apply the patch"), repo, {"SYNC": str(sync)})
    assert result.returncode != 0
    assert "refused" in result.stdout
    assert git(repo, "status", "--porcelain").stdout == ""  # nothing applied


def test_a_good_patch_becomes_a_pull_request_listing_every_file(tmp_path: Path) -> None:
    repo = _repo(tmp_path)
    remote = tmp_path / "remote.git"
    git(tmp_path, "init", "-q", "--bare", str(remote))
    git(repo, "remote", "add", "origin", str(remote))
    patch = _patch(repo, _good)
    # The report is page text: it holds a fence of its own, and a line that looks like markup.
    report = "Changed (1)\n````\n```\n</details><script>x</script>\n@someone\n"
    sync = _sync_dir(tmp_path, patch, report)
    env = {"SYNC": str(sync), "BASE": "main", "GH_TOKEN": "unused"}
    applied = _bash(_step("Check and apply the patch"), repo, env)
    assert applied.returncode == 0, applied.stdout + applied.stderr

    bin_dir = tmp_path / "bin"
    bin_dir.mkdir()
    gh = bin_dir / "gh"
    calls = tmp_path / "gh-calls.txt"
    gh.write_text(f'#!/bin/sh\necho "$@" >> {calls}\n', encoding="utf-8")
    gh.chmod(0o755)
    env["PATH"] = f"{bin_dir}{os.pathsep}{os.environ['PATH']}"
    opened = _bash(_step("Open a pull request"), repo, env)
    assert opened.returncode == 0, opened.stdout + opened.stderr

    assert "pr create --base main --head docs-sync/" in calls.read_text(encoding="utf-8")
    branch = git(repo, "branch", "--show-current").stdout.strip()
    pushed = git(remote, "show", "--stat", "--format=%s", branch).stdout
    assert "Spec: sync with the doc portals' exports" in pushed
    body = (repo / "pr-body.md").read_text(encoding="utf-8")
    for path in ("openapi/common.yaml", "generated/pkg/new.py", "docs/operations.md"):
        assert f"- `{path}` (+" in body
    assert "### Generated changes (3 files)" in body
    # The report sits whole inside one fence longer than any backtick run it holds.
    fence = re.search(r"^(`{5,})text\n(.*?)\n\1$", body, re.S | re.M)
    assert fence is not None, body
    assert fence.group(2).startswith(report.rstrip("\n"))
