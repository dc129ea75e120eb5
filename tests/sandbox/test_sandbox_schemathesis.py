"""Schemathesis, a property-based API tester, against a running sandbox: for whatever the spec
lets it generate (and the hostile values it adds), no answer is a 5xx and every answer fits the
spec.

Two runs, a bounded number of examples each, with a fixed seed (so a failure reproduces):

- the five system headers signed (tests/support/schemathesis_hooks.py), the rest as generated: the
  warehouse-logistics operations keep their fuzzed ``timestamp``/``sign`` query, which is hostile
  input before authentication and must be refused with a 401;
- their query signed too: what a correctly signed client can reach, past authentication, on every
  operation.

Each run is the ``st`` command as a subprocess; its JSON report says what was tested and found.
A failure prints Schemathesis's own report, with a ``curl`` line that reproduces it.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pandapon_api
import pytest

import pandapon
from pandapon import sandbox

# Schemathesis runs of every operation: about 10 s each on a quiet machine, 70 s under load.
pytestmark = pytest.mark.timeout(600)

ROOT = Path(__file__).resolve().parents[2]
SPEC = Path(pandapon_api.__file__).parent / "openapi.json"
ST = Path(sys.executable).parent / "st"  # Schemathesis's command, installed by the dev extra
EXAMPLES = 5  # per operation and phase: about 500 requests a run, 10-15 s
SEED = 1688
QUERY_SIGNED = sorted(
    f"{op.method} {op.path}" for op in pandapon.operations().values() if op.query_signed
)


#: A failure's report shows requests as curl lines: "sign" hides the signature header and the
#: logistics query's sign too (Schemathesis hides only names with its own markers).
_CONFIG = """
[output.sanitization]
sensitive-markers = ["token", "key", "secret", "password", "auth", "session", "passwd",
                     "credential", "sign"]
"""


@pytest.fixture(scope="module")
def box() -> Iterator[sandbox.RunningSandbox]:
    with sandbox.running() as running:
        yield running


def schemathesis(url: str, report_dir: Path, *, sign_query: bool) -> dict[str, Any]:
    """Run ``st run`` against ``url``; its JSON report."""
    assert ST.exists(), f"{ST} is missing: install the dev extra (make install)"
    config = report_dir / "schemathesis.toml"
    config.write_text(_CONFIG, encoding="utf-8")
    command = [
        str(ST),
        f"--config-file={config}",
        "run",
        str(SPEC),
        f"--url={url}",
        f"--max-examples={EXAMPLES}",
        f"--seed={SEED}",
        "--phases=examples,fuzzing",
        "--checks=not_a_server_error,response_schema_conformance",
        "--workers=1",
        "--generation-database=none",  # nothing carried over from an earlier run
        "--request-timeout=30",
        "--no-color",
        "--report=json",
        f"--report-dir={report_dir}",
    ]
    env = {
        **os.environ,
        "PYTHONPATH": str(ROOT),
        "SCHEMATHESIS_HOOKS": "tests.support.schemathesis_hooks",
        "PANDAPON_SCHEMATHESIS_SIGN_QUERY": "1" if sign_query else "0",
    }
    result = subprocess.run(
        command,
        env=env,
        cwd=report_dir,
        capture_output=True,
        text=True,
        timeout=300,
        check=False,
    )
    assert result.returncode == 0, result.stdout[-6000:] + result.stderr[-2000:]
    (report,) = report_dir.glob("*.json")
    parsed: dict[str, Any] = json.loads(report.read_text(encoding="utf-8"))
    return parsed


def assert_clean(report: dict[str, Any]) -> None:
    assert report["operations"]["tested"] == len(pandapon.operations())
    assert report["test_cases"]["generated"] >= 5 * len(pandapon.operations())
    assert report["failures"] == [] and report["errors"] == []


def test_hostile_input_before_authentication_gets_no_5xx(
    box: sandbox.RunningSandbox, tmp_path: Path
) -> None:
    report = schemathesis(box.url, tmp_path, sign_query=False)
    assert_clean(report)
    # The fuzzed query signature was refused (401) every time, and nothing worse happened.
    assert sorted(report["warnings"]["missing_auth"]) == QUERY_SIGNED


def test_every_operation_a_signed_client_reaches_answers_per_the_spec(
    box: sandbox.RunningSandbox, tmp_path: Path
) -> None:
    report = schemathesis(box.url, tmp_path, sign_query=True)
    assert_clean(report)
    assert report["warnings"]["missing_auth"] == []  # every operation got past authentication
