"""scripts/spec_diff.py: a changelog of spec changes, grouped by whether they break SDK users."""

from __future__ import annotations

import copy
import json
import shutil
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
import yaml

from scripts import spec as spec_mod
from scripts import spec_diff
from scripts.checks import changes as spec_changes
from scripts.spec.load import load_spec
from tests.support.processes import git

ROOT = Path(__file__).resolve().parents[2]
FIXTURES = ROOT / "tests" / "fixtures" / "spec_diff"
MODULE = "scripts.spec_diff"
BASE = yaml.safe_load((FIXTURES / "base.yaml").read_text(encoding="utf-8"))
CASES = yaml.safe_load((FIXTURES / "cases.yaml").read_text(encoding="utf-8"))


def _tokens(pointer: str) -> list[str]:
    return [t.replace("~1", "/").replace("~0", "~") for t in pointer.split("/")[1:]]


def _parent(doc: Any, pointer: str) -> tuple[Any, str | int]:
    *path, last = _tokens(pointer)
    node = doc
    for token in path:
        node = node[int(token)] if isinstance(node, list) else node[token]
    return node, int(last) if isinstance(node, list) else last


def _get(doc: Any, pointer: str) -> Any:
    node, key = _parent(doc, pointer)
    return node[key]


def apply_patch(doc: dict[str, Any], steps: list[dict[str, Any]]) -> dict[str, Any]:
    out = copy.deepcopy(doc)
    for step in steps:
        if "set" in step:
            node, key = _parent(out, step["set"])
            node[key] = copy.deepcopy(step["value"])
        elif "delete" in step:
            node, key = _parent(out, step["delete"])
            del node[key]
        elif "move" in step or "copy" in step:
            source = step.get("move") or step["copy"]
            value = copy.deepcopy(_get(out, source))
            if "move" in step:
                node, key = _parent(out, source)
                del node[key]
            node, key = _parent(out, step["to"])
            node[key] = value
        else:
            raise ValueError(f"unknown patch step {step}")
    return out


def _grouped(changes: list[spec_changes.Change]) -> tuple[list[str], list[str]]:
    return (
        sorted(c.text for c in changes if c.breaking),
        sorted(c.text for c in changes if not c.breaking),
    )


def run_script(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", MODULE, *args],
        capture_output=True,
        text=True,
        cwd=ROOT,
        check=False,
        timeout=60,
    )


# --- classification, one case per kind ------------------------------------------------------


def test_the_fixture_covers_every_kind_of_change() -> None:
    ids = {case["id"] for case in CASES}
    for kind in (
        "removed-operation",
        "removed-response-field",
        "new-required-request-field",
        "field-made-required",
        "request-type-change",
        "request-content-type-change",
        "enum-values-removed",
        "max-length-lowered",
        "max-items-lowered",
        "min-length-raised",
        "method-change",
        "path-change",
        "removed-request-field",
        "added-operation",
        "added-optional-field",
        "added-response-field",
        "description-change",
        "summary-change",
        "max-length-raised",
        "enum-values-added",
        "response-type-widened",
        "confidence-observed",
        "observed-provenance",
        "envelope-codes-seen",
    ):
        assert kind in ids


def test_identical_specs_have_no_changes() -> None:
    assert spec_changes.compare_specs(BASE, copy.deepcopy(BASE)) == []


@pytest.mark.parametrize("case", CASES, ids=[c["id"] for c in CASES])
def test_each_change_is_classified(case: dict[str, Any]) -> None:
    before = apply_patch(BASE, case.get("before", []))
    after = apply_patch(before, case["patch"])
    breaking, other = _grouped(spec_changes.compare_specs(before, after))
    assert breaking == sorted(case.get("breaking", []))
    assert other == sorted(case.get("non_breaking", []))


def test_descendants_of_an_added_field_are_not_reported_separately() -> None:
    line = {
        "type": ["object", "null"],
        "properties": {"sku": {"type": "string"}},
        "required": ["sku"],
    }
    after = apply_patch(
        BASE,
        [{"set": "/components/schemas/CreateThingRequest/properties/extra", "value": line}],
    )
    texts = [c.text for c in spec_changes.compare_specs(BASE, after)]
    assert texts == ["createThing request.extra: added optional request field (object | null)"]


def test_recursive_schemas_terminate() -> None:
    recursive = {"$ref": "#/components/schemas/ThingLine"}
    after = apply_patch(
        BASE, [{"set": "/components/schemas/ThingLine/properties/parent", "value": recursive}]
    )
    texts = [c.text for c in spec_changes.compare_specs(BASE, after)]
    assert (
        "createThing request.lines[].parent: added optional request field (object (ThingLine))"
        in texts
    )


# --- the command line ------------------------------------------------------------------------


def _write_pair(tmp_path: Path, case_id: str) -> tuple[Path, Path]:
    case = next(c for c in CASES if c["id"] == case_id)
    old, new = tmp_path / "old.json", tmp_path / "new.yaml"
    old.write_text(json.dumps(BASE), encoding="utf-8")
    new.write_text(yaml.safe_dump(apply_patch(BASE, case["patch"])), encoding="utf-8")
    return old, new


def test_breaking_changes_exit_1_unless_allowed(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    old, new = _write_pair(tmp_path, "max-items-lowered")
    assert spec_diff.main([str(old), str(new)]) == 1
    out = capsys.readouterr().out
    assert (
        "Breaking (1)\n  - createThing request.tags: values narrowed: maxItems lowered: 10 → 5"
        in out
    )
    assert "Non-breaking (0)\n  (none)" in out
    assert spec_diff.main([str(old), str(new), "--allow-breaking"]) == 0


def test_the_changelog_section_for_release_notes(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    old, new = _write_pair(tmp_path, "max-items-lowered")
    assert spec_diff.main([str(old), str(new), "--changelog"]) == 0  # a report, not a gate
    assert capsys.readouterr().out == (
        "### Spec\n\n#### Breaking\n\n"
        "- `createThing request.tags`: values narrowed: maxItems lowered: 10 → 5\n"
    )


def _one_breaking_one_not(tmp_path: Path) -> tuple[Path, Path]:
    """Two spec files: the base, and the base with a breaking and a non-breaking change."""
    cases = [c for c in CASES if c["id"] in {"max-items-lowered", "summary-change"}]
    old, new = tmp_path / "old.json", tmp_path / "new.json"
    old.write_text(json.dumps(BASE), encoding="utf-8")
    patch = [step for case in cases for step in case["patch"]]
    new.write_text(json.dumps(apply_patch(BASE, patch)), encoding="utf-8")
    return old, new


def test_the_report_lists_breaking_changes_then_the_others(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    old, new = _one_breaking_one_not(tmp_path)
    assert spec_diff.main([str(old), str(new)]) == 1
    assert capsys.readouterr().out == (
        f"Spec changes: {old} → {new}\n\n"
        "Breaking (1)\n"
        "  - createThing request.tags: values narrowed: maxItems lowered: 10 → 5\n\n"
        "Non-breaking (1)\n"
        "  - createThing: summary changed\n"
    )


def test_the_report_says_when_nothing_changed(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    old = tmp_path / "old.json"
    old.write_text(json.dumps(BASE), encoding="utf-8")
    assert spec_diff.main([str(old), str(old)]) == 0
    assert capsys.readouterr().out == (
        f"Spec changes: {old} → {old}\n\nNo changes to operations, schemas or webhooks.\n"
    )


def test_the_changelog_section_lists_breaking_changes_before_the_others(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    old, new = _one_breaking_one_not(tmp_path)
    assert spec_diff.main([str(old), str(new), "--changelog"]) == 0
    assert capsys.readouterr().out == (
        "### Spec\n\n#### Breaking\n\n"
        "- `createThing request.tags`: values narrowed: maxItems lowered: 10 → 5\n\n"
        "#### Other changes\n\n"
        "- `createThing`: summary changed\n"
    )


def test_the_changelog_section_says_when_nothing_changed(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    old = tmp_path / "old.json"
    old.write_text(json.dumps(BASE), encoding="utf-8")
    assert spec_diff.main([str(old), str(old), "--changelog"]) == 0
    assert capsys.readouterr().out == (
        "### Spec\n\nNo changes to operations, schemas or webhooks.\n"
    )


def test_non_breaking_changes_exit_0(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    old, new = _write_pair(tmp_path, "added-optional-field")
    assert spec_diff.main([str(old), str(new)]) == 0
    assert "Breaking (0)" in capsys.readouterr().out


def test_subprocess_reports_and_exits_1(tmp_path: Path) -> None:
    old, new = _write_pair(tmp_path, "removed-operation")
    result = run_script(str(old), str(new))
    assert result.returncode == 1, result.stderr
    assert "  - getThing: operation removed (GET /v2/thing/get)" in result.stdout
    assert "--allow-breaking" in result.stderr


def test_bad_input_exits_2_with_a_readable_message(tmp_path: Path) -> None:
    result = run_script(str(tmp_path / "missing.yaml"), str(FIXTURES / "base.yaml"))
    assert result.returncode == 2
    assert "missing.yaml: no such file or directory" in result.stderr
    (tmp_path / "notes.yaml").write_text("just: a mapping\n", encoding="utf-8")
    result = run_script(str(tmp_path / "notes.yaml"), str(FIXTURES / "base.yaml"))
    assert result.returncode == 2
    assert "not an OpenAPI document" in result.stderr


# --- real spec directories and git refs ----------------------------------------------------------


@pytest.fixture
def spec_copy(tmp_path: Path) -> Path:
    target = tmp_path / "repo" / "openapi"
    shutil.copytree(spec_mod.SPEC_DIR, target, ignore=shutil.ignore_patterns("*.md"))
    return target


def _edit(path: Path, old: str, new: str) -> None:
    text = path.read_text(encoding="utf-8")
    assert text.count(old) == 1, f"{old!r} is not unique in {path.name}"
    path.write_text(text.replace(old, new), encoding="utf-8")


def _order_entry_count_to_string(spec_dir: Path) -> None:
    tail = '"null"]\n        description: Quantity of that line.'
    _edit(
        spec_dir / "alibaba-after-sales.yaml",
        f"      count:\n        type: [integer, {tail}",
        f"      count:\n        type: [string, {tail}",
    )


def test_the_spec_compared_with_itself_has_no_changes() -> None:
    result = run_script("openapi", "openapi")
    assert result.returncode == 0, result.stderr
    assert "No changes to operations, schemas or webhooks." in result.stdout


def test_directories_are_bundled_and_nested_fields_named(spec_copy: Path) -> None:
    _order_entry_count_to_string(spec_copy)
    changes = spec_changes.compare_specs(load_spec(spec_mod.SPEC_DIR), load_spec(spec_copy))
    assert (
        spec_changes.Change(
            True,
            "createAlibabaRefund request.orderEntryCountList[].count: type changed: "
            "integer | null → string | null",
        )
        in changes
    )
    # the entry file works as well as the directory
    again = load_spec(spec_copy / "pandapon.yaml")
    assert again == load_spec(spec_copy)


def test_base_ref_compares_the_committed_spec_with_the_working_tree(
    spec_copy: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    repo = spec_copy.parent
    git(repo, "init", "-q")
    git(repo, "add", "openapi")
    git(repo, "commit", "-q", "-m", "spec")
    argv = ["--base", "HEAD", "--spec-dir", str(spec_copy)]
    assert spec_diff.main(argv) == 0
    assert "Spec changes: HEAD → working tree" in capsys.readouterr().out
    _edit(spec_copy / "alibaba-after-sales.yaml", "        maxItems: 10\n", "        maxItems: 5\n")
    assert spec_diff.main(argv) == 1
    assert (
        "submitAlibabaRefundReturn request.vouchers: values narrowed: maxItems lowered: 10 → 5"
        in capsys.readouterr().out
    )


def test_unknown_base_ref_exits_2(spec_copy: Path, capsys: pytest.CaptureFixture[str]) -> None:
    repo = spec_copy.parent
    git(repo, "init", "-q")
    git(repo, "add", "openapi")
    git(repo, "commit", "-q", "-m", "first")
    assert spec_diff.main(["--base", "HEAD~1", "--spec-dir", str(spec_copy)]) == 2
    assert "git ref 'HEAD~1' not found" in capsys.readouterr().err


def test_usage_errors_exit_2() -> None:
    result = run_script("only-one.yaml")
    assert result.returncode == 2
    assert "give OLD and NEW" in result.stderr
