"""``pandapon verify --live`` and ``pandapon doctor``, run as the user would: subprocesses against
the sandbox, the drift server (tests/support/drift.py) and servers that refuse in particular
ways."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

import pandapon
from pandapon import sandbox
from pandapon._evidence_report import export
from pandapon.cli._verify import CHECKS
from scripts import spec as spec_mod
from tests.support import drift


@pytest.fixture(scope="module")
def box() -> Iterator[sandbox.RunningSandbox]:
    with sandbox.running() as running:
        yield running


@pytest.fixture(scope="module")
def drifting() -> Iterator[str]:
    with drift.running() as (url, _):
        yield url


def credentials(box: sandbox.RunningSandbox, **overrides: str) -> dict[str, str]:
    return {
        "PANDAPON_ACCESS_KEY": box.config.access_key,
        "PANDAPON_ACCESS_SECRET": box.config.access_secret,
        "PANDAPON_USER_ID": box.config.user_id,
        **overrides,
    }


def cli(tmp_path: Path, *args: str, **env: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "pandapon", *args],
        env={
            "PATH": os.environ.get("PATH", ""),
            **{k: v for k, v in os.environ.items() if k.startswith("COVERAGE_")},
            "XDG_CACHE_HOME": str(tmp_path / "cache"),  # never the user's own cache
            **env,
        },
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )


class Refusing:
    """An ASGI app answering every call with one error envelope."""

    def __init__(self, code: int, msg: str) -> None:
        self.body = json.dumps({"code": code, "msg": msg, "data": None}).encode()

    async def __call__(self, scope: dict[str, Any], receive: Any, send: Any) -> None:
        if scope["type"] != "http":
            return
        await receive()
        await send({"type": "http.response.start", "status": 200, "headers": []})
        await send({"type": "http.response.body", "body": self.body})


# -- verify --live -------------------------------------------------------------------------------


def test_the_list_holds_only_free_reads() -> None:
    table = pandapon.operations()
    for check in CHECKS:
        op = table[check.operation_id]
        assert op.retry_safe, op.operation_id  # the spec's flag: a read
        assert spec_mod.retry_safe_by_name(op.method, op.operation_id, op.summary, op.path)
        words = set(spec_mod.name_words(op.operation_id))
        writes = {"create", "pay", "cancel", "submit", "delete", "add", "update", "confirm"}
        assert not words & writes, op.operation_id
    named = {c.operation_id for c in CHECKS}
    assert {"searchTaobaoProducts", "getAlibabaProduct", "listAlibabaLogisticsCompanies"} <= named


def test_verify_live_fits_against_the_sandbox_and_records_evidence(
    box: sandbox.RunningSandbox, tmp_path: Path
) -> None:
    evidence = tmp_path / "verify.db"
    result = cli(
        tmp_path, "verify", "--live", "--base-url", box.url, "--evidence", str(evidence),
        **credentials(box),
    )  # fmt: skip
    assert result.returncode == 0, result.stdout + result.stderr
    lines = {line.split()[0]: line for line in result.stdout.splitlines() if line.strip()}
    for check in CHECKS:
        assert " yes " in lines[check.operation_id], lines[check.operation_id]
    recorded = {e["operation"]: e for e in export(evidence)["operations"]}
    assert {c.operation_id for c in CHECKS} <= set(recorded)
    assert all(recorded[c.operation_id]["calls"] == 1 for c in CHECKS)


def test_verify_live_lists_the_deviations_of_a_drifted_api(
    box: sandbox.RunningSandbox, drifting: str, tmp_path: Path
) -> None:
    result = cli(
        tmp_path, "verify", "--live", "--base-url", f"{drifting}/fields", **credentials(box)
    )
    assert result.returncode == 1, result.stdout + result.stderr
    assert "data.pageNo: string (spec: integer or null)" in result.stdout  # searchTaobaoProducts
    as_json = cli(
        tmp_path, "verify", "--live", "--json", "--base-url", f"{drifting}/id", **credentials(box)
    )
    assert as_json.returncode == 1
    report = json.loads(as_json.stdout)
    rows = {row["operation"]: row for row in report["checks"]}
    assert rows["listAlibabaLogisticsCompanies"]["deviations"] == [
        {"path": "data", "seen": "string", "expected": "array of AlibabaLogisticsCompany or null"}
    ]
    # Without a product id from the search, the detail reads are not guessed at.
    assert rows["getTaobaoProduct"]["outcome"] == "skipped"
    assert report["exit_code"] == 1 and Path(report["evidence"]).is_file()
    assert str(tmp_path / "cache") in report["evidence"]  # the default: the user's cache


@pytest.mark.parametrize(
    ("server", "words"),
    [
        ("credentials refused", "credentials: PandaPon refused them"),
        ("clock", "clock: PandaPon refused the timestamp"),
        ("closed port", "network:"),
        ("no credentials", "no access_key"),
    ],
)
def test_verify_live_exits_2_saying_why_it_could_not_run(
    box: sandbox.RunningSandbox, tmp_path: Path, server: str, words: str
) -> None:
    env = credentials(box)
    if server == "no credentials":
        env = {}
    if server == "credentials refused":
        env["PANDAPON_ACCESS_SECRET"] = "not-the-secret"
    url = box.url if server != "closed port" else f"http://127.0.0.1:{sandbox.free_port()}"
    if server == "clock":
        with sandbox.serving(Refusing(401, "timestamp expired")) as refusing:
            result = cli(tmp_path, "verify", "--live", "--base-url", refusing, **env)
    else:
        result = cli(tmp_path, "verify", "--live", "--base-url", url, **env)
    assert result.returncode == 2, result.stdout + result.stderr
    assert words in result.stdout + result.stderr
    assert "not-the-secret" not in result.stdout + result.stderr


def test_verify_wants_live_said_out_loud(box: sandbox.RunningSandbox, tmp_path: Path) -> None:
    result = cli(tmp_path, "verify", "--base-url", box.url, **credentials(box))
    assert result.returncode == 2 and "pandapon verify --live" in result.stderr


# -- doctor --------------------------------------------------------------------------------------


def test_doctor_says_where_calls_go_and_that_a_signed_call_works(
    box: sandbox.RunningSandbox, tmp_path: Path
) -> None:
    env = credentials(box, HTTP_PROXY="http://bob:hunter2@proxy.example:3128", NO_PROXY="127.0.0.1")
    result = cli(tmp_path, "doctor", "--json", "--base-url", box.url, **env)
    assert result.returncode == 0, result.stdout + result.stderr
    shown = json.loads(result.stdout)
    assert shown["base url"].endswith("given with --base-url")
    assert shown["signed call"].startswith("listAlibabaLogisticsCompanies: accepted (HTTP 200")
    assert "http://***@proxy.example:3128" in shown["proxies"] and "NO_PROXY" in shown["proxies"]
    assert "fine" in shown["clock"] and pandapon.__version__ in shown["sdk"]
    assert shown["access secret"].startswith(f"set, {len(box.config.access_secret)} characters")
    assert shown["exit_code"] == 0
    people = cli(tmp_path, "doctor", "--base-url", box.url, **env)
    assert people.returncode == 0 and "signed call" in people.stdout
    for output in (result, people):
        for secret in (box.config.access_secret, "hunter2", box.config.access_key):
            assert secret not in output.stdout + output.stderr
    from_env = cli(tmp_path, "doctor", "--json", **credentials(box, PANDAPON_BASE_URL=box.url))
    assert json.loads(from_env.stdout)["base url"].endswith("from PANDAPON_BASE_URL")


def test_doctor_exits_1_when_the_call_is_refused_and_2_when_it_cannot_try(
    box: sandbox.RunningSandbox, tmp_path: Path
) -> None:
    refused = cli(
        tmp_path, "doctor", "--base-url", box.url,
        **credentials(box, PANDAPON_ACCESS_SECRET="not-the-secret"),
    )  # fmt: skip
    assert refused.returncode == 1 and "REFUSED" in refused.stdout
    assert "not-the-secret" not in refused.stdout + refused.stderr
    missing = cli(tmp_path, "doctor", "--base-url", box.url)
    assert missing.returncode == 2
    assert "missing: set PANDAPON_ACCESS_KEY" in missing.stdout
    assert "not tried" in missing.stdout
    closed = cli(
        tmp_path, "doctor", "--base-url", f"http://127.0.0.1:{sandbox.free_port()}",
        **credentials(box),
    )  # fmt: skip
    assert closed.returncode == 1 and "could not be reached" in closed.stdout
