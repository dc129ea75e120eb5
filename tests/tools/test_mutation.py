"""scripts/mutation.py's report, on fake mutmut records: a target that matched nothing fails.

mutmut keeps, per mutated module, ``mutants/<module>.meta``: JSON whose ``exit_code_by_key``
maps each mutant's name to the exit code of the tests run against it (1: killed).
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from scripts.checks import mutants as mutation

KILLED = 1


def _name(pattern: str) -> str:
    """A mutant name the pattern matches (mutmut writes class members as xǁClassǁmethod)."""
    base = pattern.replace("?", "ǁ").removesuffix("*")
    return base + ("x_f__mutmut_1" if base.endswith(".") else "mutmut_1")


def _records(root: Path, names_by_module: dict[str, list[str]]) -> Path:
    for module, names in names_by_module.items():
        meta = root / f"{module}.meta"
        meta.parent.mkdir(parents=True, exist_ok=True)
        codes = {name: KILLED for name in names}
        meta.write_text(json.dumps({"exit_code_by_key": codes}), encoding="utf-8")
    return root


def _every_target() -> dict[str, list[str]]:
    return {module: [_name(p) for p in group] for module, group in mutation.TARGETS.items()}


def test_every_target_killed_passes(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    mutants = mutation.collect(_records(tmp_path, _every_target()))
    assert len(mutants) == len(mutation.patterns())
    assert mutation.report(mutants, {}) == 0
    assert "matched no mutant" not in capsys.readouterr().out


def test_a_pattern_that_matches_no_mutant_fails_the_report(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    # error_class renamed: mutmut's records hold the new name, the target still the old one.
    names = _every_target()
    names["pandapon/_decode.py"] = ["pandapon._decode.x_classify__mutmut_1"]
    assert mutation.report(mutation.collect(_records(tmp_path, names)), {}) == 1
    out = capsys.readouterr().out
    assert "TARGETS pattern pandapon._decode.x_error_class__* matched no mutant" in out


def test_a_target_module_without_records_fails_the_report(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    names = _every_target()
    del names["pandapon/_signing.py"]  # no .meta: mutmut did not mutate it
    assert mutation.report(mutation.collect(_records(tmp_path, names)), {}) == 1
    assert "TARGETS pattern pandapon._signing.* matched no mutant" in capsys.readouterr().out


def test_the_targets_are_the_modules_pyproject_has_mutmut_mutate(tmp_path: Path) -> None:
    assert mutation.config_problems() == []
    pyproject = tmp_path / "pyproject.toml"
    modules = [m for m in mutation.TARGETS if m != "pandapon/_retry.py"]
    only = ", ".join(json.dumps(m) for m in [*modules, "pandapon/_extra.py"])
    pyproject.write_text(f"[tool.mutmut]\nonly_mutate = [{only}]\n", encoding="utf-8")
    problems = mutation.config_problems(pyproject)
    assert any("pandapon/_retry.py" in p and "not in" in p for p in problems), problems
    assert any("pandapon/_extra.py" in p and "no TARGETS" in p for p in problems), problems


def test_one_area_is_reported_alone(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    # `make mutation TARGET=cli`: only the cli area's modules were run this time.
    names = {m: n for m, n in _every_target().items() if m in mutation.AREAS["cli"]}
    records = _records(tmp_path, names)
    # An explanation of a survivor in another area is not stale here: that area was not run.
    elsewhere = {("pandapon._signing.x_sign", "a line"): "equivalent"}
    assert mutation.report(mutation.collect(records, ["cli"]), elsewhere, ["cli"]) == 0
    out = capsys.readouterr().out
    assert "| cli | `pandapon/cli/_ids.py` | 1 | 0 | 1 | 0 | 0 | 100.0% |" in out
    assert "promises" not in out and "does not survive now" not in out
    # Reported as a whole, the areas that were not run fail the report.
    assert mutation.report(mutation.collect(records), elsewhere) == 1
    assert "TARGETS pattern pandapon._signing.* matched no mutant" in capsys.readouterr().out


def test_a_survivor_is_counted_in_its_area_and_must_be_explained(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    meta = tmp_path / "pandapon" / "cli" / "_ids.py.meta"
    meta.parent.mkdir(parents=True)
    codes = {"pandapon.cli._ids.x__is__mutmut_1": 0, "pandapon.cli._ids.x__is__mutmut_2": KILLED}
    meta.write_text(json.dumps({"exit_code_by_key": codes}), encoding="utf-8")
    (tmp_path / "pandapon" / "_cli_values.py.meta").write_text(
        json.dumps({"exit_code_by_key": {"pandapon._cli_values.x_f__mutmut_1": KILLED}}),
        encoding="utf-8",
    )
    source = "def x__is__mutmut_orig(host):\n    return host\n"
    source += "def x__is__mutmut_1(host):\n    return None\n"
    (tmp_path / "pandapon" / "cli" / "_ids.py").write_text(source, encoding="utf-8")
    mutants = mutation.collect(tmp_path, ["cli"])
    original = mutation.MUTANTS
    try:
        mutation.MUTANTS = tmp_path  # where change() reads mutmut's copy of the module
        mutation._functions.cache_clear()
        assert mutation.report(mutants, {}, ["cli"]) == 1
        out = capsys.readouterr().out
        assert "| cli | `pandapon/cli/_ids.py` | 2 | 0 | 1 | 0 | 1 | 50.0% |" in out
        assert "pandapon.cli._ids.x__is__mutmut_1 [survived, NOT EXPLAINED]: return None" in out
        reasons = {("pandapon.cli._ids.x__is", "return None"): "equivalent, because ..."}
        assert mutation.report(mutants, reasons, ["cli"]) == 0
    finally:
        mutation.MUTANTS = original
        mutation._functions.cache_clear()


def test_an_unknown_area_is_refused_by_name() -> None:
    with pytest.raises(ValueError, match="no such area: nowhere"):
        mutation.targets(["nowhere"])


def test_only_a_changed_message_in_the_sandbox_s_handlers_is_wording(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    module = "pandapon/sandbox/taobao/handlers.py"
    prefix = "pandapon.sandbox.taobao.handlers.x_cancel__mutmut_"
    original = "    if paid:\n        raise BusinessError(BAD_REQUEST, f\"order {o['id']} paid\")\n"
    variants = {
        1: original.replace('paid")', 'paidXX")'),  # wording
        2: original.replace("order {", "ORDER {"),  # wording
        3: original.replace("BAD_REQUEST", "None"),  # the code users match on
        4: original.replace("if paid:", "if not paid:"),  # the rule
        5: original.replace("BusinessError(", "ValueError("),  # another error
        6: original.replace("['id']", "['ID']"),  # a KeyError instead of the message
    }
    source = f"def x_cancel__mutmut_orig(paid):\n{original}"
    for number, body in variants.items():
        source += f"def x_cancel__mutmut_{number}(paid):\n{body}"
    path = tmp_path / module
    path.parent.mkdir(parents=True)
    path.write_text(source, encoding="utf-8")
    original_root = mutation.MUTANTS
    try:
        mutation.MUTANTS = tmp_path
        mutation._functions.cache_clear()
        found = {
            number: mutation.wording_only(mutation.Mutant(f"{prefix}{number}", module, 0))
            for number in variants
        }
        assert found == {1: True, 2: True, 3: False, 4: False, 5: False, 6: False}
        # The same change in a module whose messages are promised is a survivor like any other.
        promised = "pandapon/_request.py"
        elsewhere = mutation.Mutant("pandapon._request.x_cancel__mutmut_1", promised, 0)
        assert not mutation.wording_only(elsewhere)
    finally:
        mutation.MUTANTS = original_root
        mutation._functions.cache_clear()


def test_a_stopped_run_is_resumed_with_the_mutants_it_left(tmp_path: Path) -> None:
    meta = tmp_path / "pandapon" / "cli" / "_ids.py.meta"
    meta.parent.mkdir(parents=True)
    codes = {
        "pandapon.cli._ids.x__is__mutmut_1": KILLED,
        "pandapon.cli._ids.x__is__mutmut_2": None,  # not run yet
        "pandapon.cli._ids.x__is__mutmut_3": 0,  # survived: a verdict, not run again
    }
    meta.write_text(json.dumps({"exit_code_by_key": codes}), encoding="utf-8")
    left = {"pandapon._client.xǁPandaPonǁcall__mutmut_7": None}
    (tmp_path / "pandapon" / "_client.py.meta").write_text(
        json.dumps({"exit_code_by_key": left}), encoding="utf-8"
    )
    assert mutation.not_run(["cli"], tmp_path) == ["pandapon.cli._ids.x__is__mutmut_2"]
    assert mutation.not_run(["cli", "client"], tmp_path) == [
        "pandapon.cli._ids.x__is__mutmut_2",
        "pandapon._client.xǁPandaPonǁcall__mutmut_7",
    ]


def test_a_stopped_run_is_scored_on_what_it_ran_and_fails_the_report(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    codes = {"pandapon.cli._ids.x__is__mutmut_1": KILLED, "pandapon.cli._ids.x__is__mutmut_2": None}
    _records(tmp_path, {"pandapon/_cli_values.py": ["pandapon._cli_values.x_f__mutmut_1"]})
    meta = tmp_path / "pandapon" / "cli" / "_ids.py.meta"
    meta.parent.mkdir(parents=True)
    meta.write_text(json.dumps({"exit_code_by_key": codes}), encoding="utf-8")
    assert mutation.report(mutation.collect(tmp_path, ["cli"]), {}, ["cli"]) == 1
    out = capsys.readouterr().out
    assert "| cli | `pandapon/cli/_ids.py` | 2 | 1 | 1 | 0 | 0 | 100.0% |" in out
    assert "1 mutants have no verdict yet" in out
    assert "0 surviving mutants" in out
