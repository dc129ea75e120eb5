"""Issue 21's "done when": the hostile doc portal, end to end, on a temporary copy of the
repository.

``python -m scripts.docs_sync --apply`` reads the portal of tests/support/hostile_portal.py (a
title, a description, a parameter name, a property name and a request example each trying to break
out of a literal; an off-site link and an off-site redirect; a YAML alias bomb; a page that never
ends; a page trickling a byte at a time; a ``../`` path), writes the copy's spec and regenerates its
client. Then the copy's package is imported and the new methods called against a loopback server,
the reference is built (``make docs``) and its example tests run, all with ``PANDAPON_MARKER``
naming a file every payload would create if it ever ran. The run is one subprocess, measured: it
must end within its ``--deadline`` (generous: its pages would otherwise hold it for ever) and under
1 GB.
"""

from __future__ import annotations

import json
import os
import re
import shutil
import subprocess
import sys
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest

from scripts import spec as spec_mod
from tests.support.hostile_portal import METHODS, PAGES, REFUSED_PATHS, SITE, arm, write_site
from tests.support.hostile_text import MARKER_VARIABLE, breakouts
from tests.support.portal import Counter, Portal

# Each test runs generation, the gate or a nested pytest on a copy of the repository (up to 25 s
# each on a quiet machine): more than the suite's 120 s limit allows under load.
pytestmark = pytest.mark.timeout(600)

ROOT = Path(__file__).resolve().parents[2]
COPIED = ("Makefile", "pyproject.toml", "README.md", "openapi", "generated", "docs", "scripts")
COPIED += ("pandapon", "tests")
DEADLINE = 240  # seconds: generous; a trickling page alone would hold an unbounded run forever
GIGABYTE = 1024**3
TIMEOUT = 600  # for every subprocess here

# Runs docs sync as its only child and reports how long it took and its peak memory.
_MEASURE = """
import json, resource, subprocess, sys, time
started = time.monotonic()
code = subprocess.run(sys.argv[1:], check=False).returncode
elapsed = time.monotonic() - started
peak = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss * 1024  # KiB on Linux
print(json.dumps({"code": code, "elapsed": elapsed, "peak": peak}))
"""


@dataclass
class Run:
    repo: Path
    marker: Path
    env: dict[str, str]
    code: int
    elapsed: float
    peak: int
    report: dict[str, Any]
    stdout: str
    off_site_connections: int
    spec_before: dict[str, Any]
    files_before: dict[str, bytes]

    def page(self, name: str) -> dict[str, Any]:
        found = [p for p in self.report["pages"] if p["url"].endswith(f"/{name}")]
        assert len(found) == 1, name
        return found[0]

    def run(self, *command: str, timeout: float = TIMEOUT) -> subprocess.CompletedProcess[str]:
        return subprocess.run(
            command,
            cwd=self.repo,
            env=self.env,
            capture_output=True,
            text=True,
            timeout=timeout,
            check=False,
        )


def _copy(tmp: Path) -> Path:
    repo = tmp / "repo"
    repo.mkdir()
    junk = shutil.ignore_patterns("__pycache__", ".ruff_cache", ".mypy_cache", ".pytest_cache")
    for name in COPIED:
        source = ROOT / name
        if source.is_dir():
            shutil.copytree(source, repo / name, ignore=junk)
        else:
            shutil.copy2(source, repo / name)
    return repo


@pytest.fixture(scope="module")
def hostile(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Run]:
    tmp = tmp_path_factory.mktemp("hostile")
    repo = _copy(tmp)
    marker = tmp / "payload-ran"
    outer = {"MAKEFLAGS", "MFLAGS", "MAKELEVEL"}
    env = {k: v for k, v in os.environ.items() if k not in outer and not k.startswith("COVERAGE")}
    env |= {
        "PYTHONPATH": os.pathsep.join([str(repo), str(repo / "generated")]),
        "PYTHONDONTWRITEBYTECODE": "1",
        MARKER_VARIABLE: str(marker),
    }
    spec_before = spec_mod.bundle(repo / "openapi" / "pandapon.yaml")
    files_before = {p.name: p.read_bytes() for p in (repo / "openapi").glob("*.yaml")}
    with Counter() as counter:
        write_site(tmp / "portal", counter.url())
        with Portal(tmp / "portal") as portal:
            arm(portal, counter)
            command = [
                sys.executable,
                "-m",
                "scripts.docs_sync",
                f"--site={portal.url(SITE)}",
                "--apply",
                "--no-cache",
                "--timeout=3",
                "--retries=1",
                f"--deadline={DEADLINE}",
                "--report",
                str(tmp / "report.json"),
            ]
            measured = subprocess.run(
                [sys.executable, "-c", _MEASURE, *command],
                cwd=repo,
                env=env,
                capture_output=True,
                text=True,
                timeout=DEADLINE + 120,
                check=False,
            )
        connections = counter.connections
    numbers = json.loads(measured.stdout.strip().splitlines()[-1])
    report = json.loads((tmp / "report.json").read_text(encoding="utf-8"))
    yield Run(
        repo,
        marker,
        env,
        numbers["code"],
        numbers["elapsed"],
        numbers["peak"],
        report,
        measured.stdout,
        connections,
        spec_before,
        files_before,
    )


def _assert_nothing_ran(run: Run) -> None:
    assert not run.marker.exists(), "a payload from a doc page ran"


def test_every_bad_page_gets_its_own_verdict(hostile: Run) -> None:
    for name, (why, status) in PAGES.items():
        assert hostile.page(name)["status"] == status, (name, why, hostile.page(name))
    assert hostile.code == 1, hostile.stdout  # the pages differ; the run did not fail
    payloads = breakouts()
    # An unsafe page names what is wrong, the page's text escaped (one printable line).
    parameter = hostile.page("api-3.md")["error"]
    assert parameter.startswith("parameter name ") and "is outside the safe pattern" in parameter
    assert json.dumps(payloads[2], ensure_ascii=False)[1:-1] in parameter
    assert "property name" in hostile.page("api-4.md")["error"]
    assert "YAML anchors and aliases are refused" in hostile.page("api-8.md")["error"]
    assert "holds '..'" in hostile.page("api-11.md")["error"]
    assert "skipped: off-site" in hostile.page("api-6.md")["error"]
    assert "redirects on" in hostile.page("api-7.md")["error"]
    assert "--max-page-bytes" in hostile.page("api-9.md")["error"]
    assert hostile.page("api-10.md")["error"] == "timed out after 3 s"
    assert sorted(hostile.report["applied"]["added"]) == sorted(METHODS)
    for page in hostile.report["pages"]:
        assert all(line.isprintable() for line in str(page.get("error", "")).splitlines())


def test_no_off_site_host_is_contacted(hostile: Run) -> None:
    assert hostile.off_site_connections == 0


def test_the_run_ends_within_its_deadline_and_under_a_gigabyte(hostile: Run) -> None:
    assert hostile.elapsed < DEADLINE
    assert 0 < hostile.peak < GIGABYTE


def test_the_spec_is_untouched_where_a_page_was_refused(hostile: Run) -> None:
    spec_dir = hostile.repo / "openapi"
    after = spec_mod.bundle(spec_dir / "pandapon.yaml")
    before_ops = {
        op["operationId"]: (p, m, op) for p, m, op in spec_mod.iter_operations(hostile.spec_before)
    }
    after_ops = {op["operationId"]: (p, m, op) for p, m, op in spec_mod.iter_operations(after)}
    assert set(after_ops) - set(before_ops) == set(METHODS)  # the applied pages only
    assert all(after_ops[op_id] == before_ops[op_id] for op_id in before_ops)
    text = "\n".join(p.read_text(encoding="utf-8") for p in spec_dir.rglob("*.yaml"))
    for path in REFUSED_PATHS:
        assert path not in text
    assert "Internal page" not in text  # nothing of the other host
    changed = {
        name
        for name, data in hostile.files_before.items()
        if (spec_dir / name).read_bytes() != data
    }
    assert changed == {"alibaba-goods.yaml", "pandapon.yaml"}
    assert not (spec_dir / "docs").exists()  # no prose page was read, none written


def test_the_generated_code_passes_the_gate_and_holds_the_text_as_text(hostile: Run) -> None:
    result = hostile.run(sys.executable, "-m", "scripts.generate", "--check")
    assert result.returncode == 0, result.stdout + result.stderr
    resources = (hostile.repo / "generated" / "pandapon_api" / "resources.py").read_text("utf-8")
    assert "def hostile_title(" in resources
    _assert_nothing_ran(hostile)


_CALL = """
import json, pandapon
from tests.support.hostile import HostileServer

with HostileServer() as server, pandapon.PandaPon("k", "s", "u", base_url=server.url) as client:
    products = client.alibaba.products
    print("DOC", json.dumps(products.hostile_title.__doc__))
    assert products.hostile_title() is None
    assert products.hostile_text(item_id="1", note="n") is None
    assert products.hostile_example(note="n", tags=["a"]) is None
    print("requests", len(server.requests))
"""


def test_importing_the_package_and_calling_the_new_methods_runs_no_payload(hostile: Run) -> None:
    result = hostile.run(sys.executable, "-c", _CALL)
    assert result.returncode == 0, result.stdout + result.stderr
    assert "requests 3" in result.stdout
    doc = json.loads(result.stdout.split("DOC ", 1)[1].splitlines()[0])
    assert doc.startswith(breakouts()[0])  # the docstring holds the page's title, as text
    _assert_nothing_ran(hostile)


def test_the_reference_and_its_example_tests_run_no_payload(hostile: Run) -> None:
    site = hostile.repo / "site"
    built = hostile.run(
        sys.executable,
        "-m",
        "scripts.docs_site",
        "--site",
        str(site),
        "--work",
        str(site.parent / "w"),
    )
    assert built.returncode == 0, built.stdout[-3000:] + built.stderr[-3000:]
    _assert_nothing_ran(hostile)
    page = (site / "alibaba-products.html").read_text(encoding="utf-8")
    assert "hostile_title" in page and "hostile_example" in page
    assert "<script>alert(1)</script>" not in page
    assert "&lt;/script&gt;&lt;script&gt;alert(1)&lt;/script&gt;" in page
    assert not re.search(r"<a [^>]*href=\"javascript:", page)
    examples = hostile.run(
        sys.executable,
        "-m",
        "pytest",
        "-v",
        "-p",
        "no:cacheprovider",
        "tests/tools/test_reference_examples.py",
    )
    _assert_nothing_ran(hostile)
    assert examples.returncode == 0, examples.stdout[-3000:]
    for op_id in METHODS:  # the new operations' examples ran too, the hostile one included
        assert f"test_the_example_succeeds[{op_id}] PASSED" in examples.stdout
