"""scripts/evidence_apply.py: evidence exports into the spec (issue 22, item 4).

End to end, on a temporary copy of the repository: the drift server's traffic
(tests/support/drift.py: every operation answered with a bare id, a list, and an object whose fields
carry other JSON types) is recorded by real clients into two evidence stores (the id and list drifts
in one, the fields drift in the other) and exported; with a hostile export and a file of another
format version, ``python -m scripts.evidence_apply ... --apply --report`` runs in the copy, which
writes the copy's spec, lints it, regenerates the copy's client and runs the generated-code gate.
The same traffic is then replayed by a subprocess importing the copy's regenerated package, in the
default mode and with ``validate="strict"``.

Smaller runs use a copy of openapi/ (``--spec-dir``, no regeneration), in-process.
"""

from __future__ import annotations

import copy
import json
import os
import shutil
import subprocess
import sys
import warnings
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest

import pandapon
from pandapon._evidence_report import export
from pandapon._shape import forget_warnings
from scripts import evidence_apply
from scripts import spec as spec_mod
from scripts.checks import rules as lint_rules
from scripts.checks.changes import compare_specs, render_changelog
from scripts.codegen import gate as code_gate
from scripts.spec.schema import operation_fields
from tests.support import drift
from tests.support.drift import OPERATIONS, request
from tests.support.fakes import KEY, SECRET, USER
from tests.support.processes import copy_repo

# Regeneration and gates on copies of the repository: up to 20 s each on a quiet machine.
pytestmark = pytest.mark.timeout(600)

TIMEOUT = 600  # seconds, for every subprocess here

# The replay, run with the copy's package: every operation in every drift, tolerant then strict.
_REPLAY = """
import json, sys, warnings
import pandapon
from pandapon._spec import document, operations
from pandapon.sandbox._synth import Synthesizer

def as_json(value):
    if isinstance(value, list):
        return [as_json(item) for item in value]
    to_dict = getattr(value, "to_dict", None)
    return to_dict() if callable(to_dict) else value

url, modes = sys.argv[1], sys.argv[2].split(",")
synth = Synthesizer(document())
calls = []
for mode in modes:
    for validate in ("docs", "strict"):
        with pandapon.PandaPon("k", "s", "u", base_url=f"{url}/{mode}", max_retries=0,
                               validate=validate) as sdk:
            for op in operations().values():
                params = {p.name: synth.value(p.schema, p.name) for p in op.parameters}
                body = synth.value(op.body_schema) if op.body_schema is not None else None
                with warnings.catch_warnings(record=True) as caught:
                    warnings.simplefilter("always")
                    try:
                        value, error = as_json(sdk.call(op.operation_id, body, params=params)), None
                    except pandapon.ResponseValidationError as exc:
                        value, error = None, str(exc)
                paths = sorted({w.message.path for w in caught
                                if isinstance(w.message, pandapon.ShapeWarning)})
                calls.append({"operation": op.operation_id, "mode": mode, "validate": validate,
                              "value": value, "error": error, "warned": paths})
print(json.dumps(calls))
"""


def _entry(operation: str, paths: list[tuple[str, str]], **fields: Any) -> dict[str, Any]:
    """An export entry of the form `pandapon evidence export` writes."""
    calls = fields.pop("calls", 1)
    return {
        "operation": operation,
        "kind": fields.pop("kind", "operation"),
        "spec": "sha256:0123456789abcdef",
        "sdk": "0.2.0",
        "first_seen": "2026-12-01T09:00:00Z",
        "last_seen": fields.pop("last_seen", "2026-12-01T10:00:00Z"),
        "calls": calls,
        "described": calls,
        "http_statuses": {"200": calls},
        "envelope_codes": fields.pop("codes", {"200": calls}),
        "data_types": {},
        "paths": [
            {
                "path": path,
                "type": kind,
                "count": calls,
                "fit": "unknown",
                "first_seen": None,
                "last_seen": None,
            }
            for path, kind in paths
        ],
        "request_fields": {},
        "refused": {},
        "refused_fields": [],
        **fields,
    }


def _export(*entries: dict[str, Any], version: Any = 1) -> dict[str, Any]:
    return {
        "format": "pandapon-evidence",
        "version": version,
        "exported": "2026-12-01T10:00:00Z",
        "operations": list(entries),
    }


HOSTILE_PATHS = {
    "escape": "data.pwned\x1b[2Jx",  # not a JSON path the SDK writes
    "hyphen": "data.evil-field",  # the SDK's form, but no property name the spec may hold
    "code": 'data.__import__("os")',
    "long": "data." + "z" * 81,
}
HOSTILE_OPERATION = 'getAlibabaHotList"""\n__import__("os").system("true")'
HOSTILE = _export(
    _entry(
        "getAlibabaHotList",
        [("", "object"), ("code", "integer"), ("data", "object"), ("data.observedExtra", "string")]
        + [(path, "string") for path in HOSTILE_PATHS.values()],
    ),
    _entry(HOSTILE_OPERATION, [("data", "string")]),
    _entry("message:SOME_NEW_TYPE", [("messageBody", "object")], kind="webhook"),
)
# Text that must never reach the spec, the generated code or the terminal as it is.
TRACES = ("pwned", "evil-field", "evil_field", '__import__("os")', "z" * 81, 'List"""')


def _record(url: str, store: pandapon.EvidenceStore, modes: tuple[str, ...]) -> None:
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", pandapon.ShapeWarning)
        for mode in modes:
            with pandapon.PandaPon(
                KEY, SECRET, USER, base_url=f"{url}/{mode}", max_retries=0, evidence=store
            ) as sdk:
                for op in OPERATIONS:
                    body, params = request(op)
                    sdk.call(op.operation_id, body, params=params)
    store.close()


def _env(repo: Path) -> dict[str, str]:
    outer = {"MAKEFLAGS", "MFLAGS", "MAKELEVEL"}
    env = {k: v for k, v in os.environ.items() if k not in outer and not k.startswith("COVERAGE")}
    env["PYTHONPATH"] = os.pathsep.join([str(repo), str(repo / "generated")])
    env["PYTHONDONTWRITEBYTECODE"] = "1"
    return env


def _run(repo: Path, *command: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        command,
        cwd=repo,
        env=_env(repo),
        capture_output=True,
        text=True,
        timeout=TIMEOUT,
        check=False,
    )


def _files(root: Path) -> dict[str, bytes]:
    return {
        str(p.relative_to(root)): p.read_bytes()
        for p in sorted(root.rglob("*"))
        if p.is_file() and "__pycache__" not in p.parts
    }


def _snapshot(repo: Path) -> dict[str, bytes]:
    """Every file the apply may write: the spec, the generated package, docs/operations.md."""
    found = {f"openapi/{k}": v for k, v in _files(repo / "openapi").items()}
    found |= {f"generated/{k}": v for k, v in _files(repo / "generated").items()}
    found["docs/operations.md"] = (repo / "docs" / "operations.md").read_bytes()
    return found


@dataclass
class Applied:
    repo: Path
    code: int
    stdout: str
    stderr: str
    report: dict[str, Any]
    exports: dict[str, dict[str, Any]]
    before: dict[str, Any]  # the bundled spec before
    after: dict[str, Any]
    before_files: dict[str, bytes]
    replay: list[dict[str, Any]]

    def operation(self, name: str) -> dict[str, Any]:
        found = [op for op in self.report["operations"] if op["operation_id"] == name]
        assert len(found) == 1, name
        return found[0]


def _operation(spec: dict[str, Any], op_id: str) -> dict[str, Any]:
    return next(op for _, _, op in spec_mod.iter_operations(spec) if op["operationId"] == op_id)


@pytest.fixture(scope="module")
def applied(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Applied]:
    tmp = tmp_path_factory.mktemp("evidence-apply")
    repo = copy_repo(tmp)
    before = spec_mod.bundle(repo / "openapi" / "pandapon.yaml")
    before_files = _snapshot(repo)
    forget_warnings()
    exports: dict[str, dict[str, Any]] = {}
    with drift.running() as (url, _):
        for name, modes in (("a.json", ("id", "list")), ("b.json", ("fields",))):
            store = pandapon.EvidenceStore(tmp / name.replace(".json", ".db"))
            _record(url, store, modes)
            exports[name] = export(store.path)
        exports["hostile.json"] = HOSTILE
        exports["newer.json"] = _export(_entry("createTaobaoOrder", []), version=2)
        for name, content in exports.items():
            (tmp / name).write_text(json.dumps(content), encoding="utf-8")
        files = [str(tmp / name) for name in exports]
        report = tmp / "report.json"
        result = _run(
            repo,
            sys.executable,
            "-m",
            "scripts.evidence_apply",
            *files,
            "--apply",
            "--report",
            str(report),
        )
        replayed = _run(repo, sys.executable, "-c", _REPLAY, url, ",".join(drift.MODES))
    assert replayed.returncode == 0, replayed.stderr[-3000:]
    yield Applied(
        repo=repo,
        code=result.returncode,
        stdout=result.stdout,
        stderr=result.stderr,
        report=json.loads(report.read_text(encoding="utf-8")),
        exports=exports,
        before=before,
        after=spec_mod.bundle(repo / "openapi" / "pandapon.yaml"),
        before_files=before_files,
        replay=json.loads(replayed.stdout),
    )


# --- the run and its report --------------------------------------------------------------


def test_the_run_applies_and_reports_in_docs_syncs_format(applied: Applied) -> None:
    assert applied.code == 1, applied.stdout[-3000:] + applied.stderr[-3000:]
    report = applied.report
    assert set(report) == {
        "files",
        "spec",
        "operations",
        "disagreements",
        "summary",
        "applied",
        "exit_code",
    }
    assert report["exit_code"] == 1
    # The spec judged against is the one the recording SDK carried (the same hash).
    assert applied.operation("createTaobaoOrder")["recorded_with"] == [report["spec"]]
    assert [(f["file"].rsplit("/", 1)[-1], f["status"]) for f in report["files"]] == [
        ("a.json", "read"),
        ("b.json", "read"),
        ("hostile.json", "read"),
        ("newer.json", "refused"),
    ]
    statuses = [op["status"] for op in report["operations"]]
    summary = report["summary"]
    assert summary == {
        "files": 4,
        "refused_files": 1,
        "operations": len(report["operations"]),
        "changed": statuses.count("changed"),
        "held": statuses.count("held"),
        "unchanged": statuses.count("unchanged"),
        "unknown": statuses.count("unknown"),
        "disagreements": len(report["disagreements"]),
    }
    for op in report["operations"]:
        assert {"operation_id", "kind", "status", "confidence", "calls", "changes"} <= set(op)
        for change in op["changes"]:
            assert set(change) == {"what", "where", "in", "spec", "evidence"}
            assert change["what"] in {"type", "shape", "added", "code", "observed", "confidence"}
    for item in report["disagreements"]:
        assert set(item) == {"operation_id", "what", "where", "in", "spec", "evidence", "stated"}
        assert item["stated"] in {"seen", "partial"}
    assert report["applied"]["files"] and "Applied:" in applied.stdout
    assert set(report["applied"]["updated"]) == {
        op["operation_id"] for op in report["operations"] if op["changes"]
    }
    # Every kind of proposal the drift calls for is there.
    kinds = {c["what"] for op in report["operations"] for c in op["changes"]}
    assert {"type", "shape", "added", "observed", "confidence"} <= kinds


def test_the_same_traffic_is_quiet_afterwards(applied: Applied) -> None:
    """What evidence may change, it changed: replayed with the regenerated package, the only
    warnings left are at facts a doc page states (the reported disagreements), every one of
    those still warns, and every other operation is quiet and passes validate="strict"."""
    disagreeing = {(d["operation_id"], d["where"]) for d in applied.report["disagreements"]}
    held = {op["operation_id"] for op in applied.report["operations"] if op.get("held")}
    protected = {op for op, _ in disagreeing} | held
    tolerant = [c for c in applied.replay if c["validate"] == "docs"]
    warned = {(c["operation"], path) for c in tolerant for path in c["warned"]}
    assert warned == disagreeing
    quiet = {op.operation_id for op in OPERATIONS} - protected
    assert len(quiet) >= 30, sorted(protected)  # most of the drift was the spec's to learn
    for call in applied.replay:
        sent = drift.envelope(call["operation"], call["mode"])["data"]
        if call["validate"] == "docs":
            assert call["value"] == sent, call["operation"]  # a success is returned as sent
        if call["operation"] in quiet:
            assert call["warned"] == [], call
            assert call["error"] is None, call  # strict accepts it now
            assert call["value"] == sent, call["operation"]
    refused = {c["operation"] for c in applied.replay if c["error"]}
    assert refused <= protected


def test_a_fact_a_doc_page_states_is_reported_not_overridden(applied: Applied) -> None:
    """Each disagreement's field has the type it had (and, in the replay, still warns: see
    above); the operation keeps its confidence."""
    schemas_before = applied.before["components"]["schemas"]
    schemas_after = applied.after["components"]["schemas"]
    assert applied.report["disagreements"]
    compared = 0
    for item in applied.report["disagreements"]:
        op_id = item["operation_id"]
        old = operation_fields(_operation(applied.before, op_id), schemas_before)
        new = operation_fields(_operation(applied.after, op_id), schemas_after)
        path = f"response.{item['where']}"
        if path in old:  # spec_diff names a field reached through an anyOf one way only
            assert (new[path].types, new[path].items) == (old[path].types, old[path].items)
            compared += 1
        confidence = _operation(applied.before, op_id)["x-pandapon-doc"]["confidence"]
        assert _operation(applied.after, op_id)["x-pandapon-doc"]["confidence"] == confidence
    assert compared > len(applied.report["disagreements"]) // 2
    # One by name: a seen operation keeps its seen shape and its confidence, and gains only
    # the provenance.
    stated = [d for d in applied.report["disagreements"] if d["operation_id"] == "payAlibabaOrder"]
    assert {"what": "shape", "where": "data", "stated": "seen"}.items() <= stated[0].items()
    doc = _operation(applied.after, "payAlibabaOrder")["x-pandapon-doc"]
    assert doc["confidence"] == "seen" and doc["observed"]["calls"] == 3
    assert "disagreements with the docs" in applied.stdout
    assert "(the spec's seen fact stays)" in applied.stdout


def test_provenance_and_observed_are_recorded(applied: Applied) -> None:
    last = max(
        entry["last_seen"]
        for name in ("a.json", "b.json")
        for entry in applied.exports[name]["operations"]
        if entry["operation"] == "createTaobaoOrder"
    )
    doc = _operation(applied.after, "createTaobaoOrder")["x-pandapon-doc"]
    assert doc["confidence"] == "observed"
    assert doc["observed"] == {"date": last[:10], "calls": 3}
    wrapper = applied.after["components"]["schemas"]["CreateTaobaoOrderResponse"]
    data = wrapper["allOf"][1]["properties"]["data"]
    assert data["x-pandapon-confidence"] == "observed"
    assert {"type": "string"} in data["anyOf"] and data["anyOf"][-1] == {"type": "null"}
    # Only an inferred operation is raised; a partial one records the provenance alone.
    before = _operation(applied.before, "getTaobaoProduct")["x-pandapon-doc"]["confidence"]
    after = _operation(applied.after, "getTaobaoProduct")["x-pandapon-doc"]
    assert (before, after["confidence"]) == ("partial", "partial") and after["observed"]
    assert lint_rules.lint(applied.after, validate_document=False) == []
    changelog = render_changelog(compare_specs(applied.before, applied.after))
    assert f"- `createTaobaoOrder`: confidence inferred → observed (3 calls up to {last[:10]})" in (
        changelog
    )
    assert f"- `getTaobaoProduct`: observed in 3 calls up to {last[:10]}" in changelog


def test_two_files_are_merged_counts_summed(applied: Applied) -> None:
    calls = {
        name: {e["operation"]: e["calls"] for e in applied.exports[name]["operations"]}
        for name in ("a.json", "b.json")
    }
    assert calls["a.json"]["createTaobaoOrder"] == 2 and calls["b.json"]["createTaobaoOrder"] == 1
    assert applied.operation("createTaobaoOrder")["calls"] == 3
    # Three files speak of getAlibabaHotList: the two recordings and the hostile one.
    assert applied.operation("getAlibabaHotList")["calls"] == 4
    # A path seen in one file only still counts; fields of one drift and shapes of the other
    # both reached the spec.
    model = applied.after["components"]["schemas"]["TaobaoOrderCreateResult"]["properties"]
    assert "integer" in model["outerPurchaseId"]["type"]  # the fields drift (b.json)
    wrapper = applied.after["components"]["schemas"]["CreateTaobaoOrderResponse"]
    options = wrapper["allOf"][1]["properties"]["data"]["anyOf"]
    assert {"type": "array", "items": {}} in options  # the list drift (a.json)


def test_the_part_files_keep_their_comments_and_order(applied: Applied) -> None:
    for name, old in applied.before_files.items():
        if not name.startswith("openapi/") or not name.endswith(".yaml"):
            continue
        new = (applied.repo / name).read_text(encoding="utf-8")
        comments = [line for line in old.decode().splitlines() if line.lstrip().startswith("#")]
        assert [line for line in new.splitlines() if line.lstrip().startswith("#")] == comments
        keys = [
            line for line in old.decode().splitlines() if line.startswith("  ") and line[2] != " "
        ]
        assert [
            line for line in new.splitlines() if line.startswith("  ") and line[2] != " "
        ] == keys


def test_hostile_evidence_is_refused_with_escaped_messages(applied: Applied) -> None:
    hostile = next(f for f in applied.report["files"] if f["file"].endswith("hostile.json"))
    refused = "\n".join(hostile["refused"])
    assert len(hostile["refused"]) == len(HOSTILE_PATHS) + 1
    assert "\\x1b[2J" in refused and "\x1b" not in refused
    assert "is outside the safe pattern" in refused  # the hyphen, the length
    assert "is not of the form the SDK writes" in refused
    assert "operations[1].operation: operationId" in refused
    newer = next(f for f in applied.report["files"] if f["file"].endswith("newer.json"))
    assert 'version "2"' in newer["error"] and "knows only that one" in newer["error"]
    # Escaped on the terminal too; the rest of the hostile file was used.
    assert "\x1b" not in applied.stdout and "\\x1b[2J" in applied.stdout
    hot = applied.after["components"]["schemas"]["AlibabaHotList"]["properties"]
    assert hot["observedExtra"]["x-pandapon-confidence"] == "observed"
    assert applied.operation("message:SOME_NEW_TYPE")["status"] == "unknown"
    assert "Not in the spec (1)" in applied.stdout
    # None of it reached the spec or the generated code, and the gate finds nothing there.
    for name in [*applied.before_files, "docs/operations.md"]:
        path = applied.repo / name
        if path.is_file() and path.suffix in (".yaml", ".py", ".json", ".md"):
            text = path.read_text(encoding="utf-8")
            assert not any(trace in text for trace in TRACES), name
    assert code_gate.check_tree(applied.repo / "generated" / "pandapon_api") == []


def test_a_second_run_has_nothing_more_to_propose(applied: Applied, tmp_path: Path) -> None:
    files = []
    for name in ("a.json", "b.json"):
        (tmp_path / name).write_text(json.dumps(applied.exports[name]), encoding="utf-8")
        files.append(str(tmp_path / name))
    again = _run(
        applied.repo,
        sys.executable,
        "-m",
        "scripts.evidence_apply",
        *files,
        "--report",
        str(tmp_path / "again.json"),
    )
    report = json.loads((tmp_path / "again.json").read_text(encoding="utf-8"))
    assert report["summary"]["changed"] == 0, [
        (op["operation_id"], op["changes"]) for op in report["operations"] if op["changes"]
    ]
    # The disagreements stay: a person decides them.
    assert again.returncode == 1 and report["disagreements"] == applied.report["disagreements"]


# --- rolling back ------------------------------------------------------------------------


SMALL = _export(
    _entry("createTaobaoOrder", [("", "object"), ("data", "string"), ("data.newField", "integer")])
)


def test_a_gate_refusal_puts_every_file_back(tmp_path: Path) -> None:
    """The generated-code gate refuses what the (here sabotaged) templates write: nothing of
    the spec, the generated package or docs/operations.md stays changed."""
    repo = copy_repo(tmp_path)
    template = repo / "scripts" / "codegen" / "templates" / "sdk_metadata.py.jinja"
    template.write_text(template.read_text(encoding="utf-8") + '\nprint("loaded")\n', "utf-8")
    evidence = tmp_path / "small.json"
    evidence.write_text(json.dumps(SMALL), encoding="utf-8")
    before = _snapshot(repo)
    result = _run(
        repo,
        sys.executable,
        "-m",
        "scripts.evidence_apply",
        str(evidence),
        "--apply",
        "--report",
        str(tmp_path / "report.json"),
    )
    assert result.returncode == 2, result.stdout + result.stderr
    assert "the generated code holds constructs the templates never write" in result.stderr
    assert "--apply failed; the spec was left as it was" in result.stdout
    report = json.loads((tmp_path / "report.json").read_text(encoding="utf-8"))
    assert report["problems"] == ["make generate failed on the updated spec (see above)"]
    assert "applied" not in report
    assert _snapshot(repo) == before


def test_a_lint_refusal_puts_every_file_back(tmp_path: Path) -> None:
    spec_dir = tmp_path / "openapi"
    shutil.copytree(spec_mod.SPEC_DIR, spec_dir)
    # A spec the lint refuses once written: a write flagged safe to resend.
    part = spec_dir / "taobao-order.yaml"
    text = part.read_text(encoding="utf-8")
    start = text.index("      operationId: createTaobaoOrder\n")
    flag = text.index("x-pandapon-retry-safe: false", start)
    part.write_text(text[:flag] + "x-pandapon-retry-safe: true" + text[flag + 28 :], "utf-8")
    evidence = tmp_path / "small.json"
    evidence.write_text(json.dumps(SMALL), encoding="utf-8")
    before = _files(spec_dir)
    report_file = tmp_path / "report.json"
    code = evidence_apply.main(
        [str(evidence), "--apply", "--spec-dir", str(spec_dir), "--report", str(report_file)]
    )
    report = json.loads(report_file.read_text(encoding="utf-8"))
    assert code == 2 and report["exit_code"] == 2
    assert any("x-pandapon-retry-safe is true" in p for p in report["problems"])
    assert _files(spec_dir) == before


# --- smaller cases, on a copy of openapi/ ------------------------------------------------


@pytest.fixture
def spec_dir(tmp_path: Path) -> Path:
    target = tmp_path / "openapi"
    shutil.copytree(spec_mod.SPEC_DIR, target)
    return target


def _apply(spec_dir: Path, content: dict[str, Any], *flags: str) -> tuple[int, dict[str, Any]]:
    evidence = spec_dir.parent / f"evidence-{len(list(spec_dir.parent.glob('evidence-*')))}.json"
    evidence.write_text(json.dumps(content), encoding="utf-8")
    report = spec_dir.parent / "report.json"
    argv = [str(evidence), "--spec-dir", str(spec_dir), "--report", str(report), *flags]
    code = evidence_apply.main(argv)
    return code, json.loads(report.read_text(encoding="utf-8"))


def test_an_envelope_code_seen_is_recorded_once(spec_dir: Path) -> None:
    content = _export(_entry("createTaobaoOrder", [], calls=4, codes={"200": 3, "4090": 1}))
    code, report = _apply(spec_dir, content, "--apply")
    assert code == 1
    (changes,) = [op["changes"] for op in report["operations"]]
    assert {
        "what": "code",
        "where": "code",
        "in": "response",
        "spec": "200",
        "evidence": "4090 ×1",
    } in changes
    spec = spec_mod.bundle(spec_dir / "pandapon.yaml")
    assert _operation(spec, "createTaobaoOrder")["x-pandapon-envelope-codes"] == [4090]
    assert lint_rules.lint(spec, validate_document=False) == []
    code, again = _apply(spec_dir, content)
    assert code == 0 and again["summary"]["changed"] == 0  # nothing left to propose


def test_what_evidence_must_not_change_on_its_own_is_held_back(spec_dir: Path) -> None:
    receiver = [("data", "object"), ("data.receiver", "object")]
    content = _export(
        # TaobaoOrderReceiver is a request model too (createTaobaoOrder sends it): a field the
        # answers hold is not added there; its name, partly seen, is not widened either.
        _entry(
            "getTaobaoOrder",
            [*receiver, ("data.receiver.doorNumber", "string"), ("data.receiver.name", "integer")],
        ),
        # orderId is a field already: order_id would be the same attribute in Python.
        _entry("createTaobaoOrder", [("data", "object"), ("data.order_id", "string")]),
    )
    code, report = _apply(spec_dir, content, "--apply")
    assert code == 1
    held = {op["operation_id"]: op.get("held", []) for op in report["operations"]}
    assert [h["where"] for h in held["getTaobaoOrder"]] == ["data.receiver.doorNumber"]
    assert "TaobaoOrderReceiver is a request model too" in held["getTaobaoOrder"][0]["why"]
    assert [h["where"] for h in held["createTaobaoOrder"]] == ["data.order_id"]
    assert "the field orderId" in held["createTaobaoOrder"][0]["why"]
    assert [(d["where"], d["stated"]) for d in report["disagreements"]] == [
        ("data.receiver.name", "partial")
    ]
    spec = spec_mod.bundle(spec_dir / "pandapon.yaml")
    fields = spec["components"]["schemas"]["TaobaoOrderReceiver"]["properties"]
    assert "doorNumber" not in fields and fields["name"]["type"] == ["string", "null"]
    assert "order_id" not in spec["components"]["schemas"]["TaobaoOrderCreateResult"]["properties"]
    # With something held back, an inferred operation is not raised to observed; the
    # provenance is recorded all the same.
    for op_id in ("getTaobaoOrder", "createTaobaoOrder"):
        doc = _operation(spec, op_id)["x-pandapon-doc"]
        assert doc["confidence"] == "inferred" and doc["observed"]["calls"] == 1


HOSTILE_FILES = {
    "not json": (b"{'format': 1}", "not JSON"),
    "NaN": (b'{"format": "pandapon-evidence", "version": 1, "x": NaN}', "NaN is not JSON"),
    "a key twice": (
        b'{"format": "pandapon-evidence", "format": "other", "version": 1}',
        'the key "format" appears twice',
    ),
    "deep": (b"[" * 5000 + b"]" * 5000, "not readable as JSON"),
    "another format": (
        json.dumps({"format": "other\x1b[31m", "version": 1}).encode(),
        'format "other\\x1b[31m"',
    ),
    "a count that is a boolean": (
        json.dumps(_export(_entry("createTaobaoOrder", [], calls=True))).encode(),
        "operations[0].calls: expected a count",
    ),
    "a negative count": (
        json.dumps(_export({**_entry("createTaobaoOrder", []), "described": -1})).encode(),
        "operations[0].described: expected a count",
    ),
    "an unknown field": (
        json.dumps(_export({**_entry("createTaobaoOrder", []), "value\u202e": "x"})).encode(),
        '"value\\u202e" is not a field of the format',
    ),
    "a code that is text": (
        json.dumps(_export(_entry("createTaobaoOrder", [], codes={"ok\n": 1}))).encode(),
        'key "ok\\n" is not a code',
    ),
    "a type that is not JSON's": (
        json.dumps(_export(_entry("createTaobaoOrder", [("data", "date")]))).encode(),
        'operations[0].paths[0].type: "date" is not a JSON type',
    ),
    "a time that is not one": (
        json.dumps(
            _export(_entry("createTaobaoOrder", [], last_seen="2026-13-45T99:00:00Z"))
        ).encode(),
        "operations[0].last_seen: ",
    ),
    "too many entries": (
        json.dumps(_export(*[_entry("createTaobaoOrder", [])] * 2001)).encode(),
        "operations: more than 2000 items",
    ),
}


@pytest.mark.parametrize("case", sorted(HOSTILE_FILES))
def test_a_file_that_is_not_a_sound_export_is_refused(
    case: str, spec_dir: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    content, message = HOSTILE_FILES[case]
    evidence = spec_dir.parent / "evidence.json"
    evidence.write_bytes(content)
    report_file = spec_dir.parent / "report.json"
    code = evidence_apply.main(
        [str(evidence), "--spec-dir", str(spec_dir), "--report", str(report_file)]
    )
    out = capsys.readouterr().out
    report = json.loads(report_file.read_text(encoding="utf-8"))
    assert code == 2 and report["failed"].startswith("nothing could be read")
    assert message in report["files"][0]["error"], report["files"][0]["error"]
    assert message in out and not any(c in out for c in ("\x1b", "\u202e"))


def test_a_file_over_the_size_cap_is_not_read(spec_dir: Path) -> None:
    content = copy.deepcopy(SMALL)
    code, report = _apply(spec_dir, content, "--max-file-bytes", "100")
    assert code == 2
    assert report["files"][0]["error"] == "larger than 100 bytes (--max-file-bytes)"


def test_nothing_to_propose_exits_0(spec_dir: Path) -> None:
    # An answer exactly of the spec's shape, already recorded as the provenance says.
    content = _export(_entry("createTaobaoOrder", [("", "object"), ("data", "object")]))
    code, _ = _apply(spec_dir, content, "--apply")
    assert code == 1  # provenance and confidence written
    code, report = _apply(spec_dir, content)
    assert code == 0 and report["exit_code"] == 0
    assert [op["status"] for op in report["operations"]] == ["unchanged"]


def test_the_command_line_contract() -> None:
    result = subprocess.run(
        [sys.executable, "-m", "scripts.evidence_apply", "--help"],
        cwd=spec_mod.ROOT,
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    assert result.returncode == 0
    for flag in ("--report", "--apply", "--spec-dir", "--no-generate", "--max-file-bytes"):
        assert flag in result.stdout
    missing = subprocess.run(
        [sys.executable, "-m", "scripts.evidence_apply"],
        cwd=spec_mod.ROOT,
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    assert missing.returncode == 2 and "FILE" in missing.stderr
