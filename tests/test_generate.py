"""The spec-diff gate: generated/ must be exactly what openapi/ produces, byte for byte."""

import shutil
from pathlib import Path

import pytest

from scripts import generate
from scripts import spec as spec_mod


@pytest.fixture(scope="module")
def fresh(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, str]:
    """One regeneration of the committed spec, shared by the tests below."""
    return generate.build(tmp_path_factory.mktemp("gen"))


def copy_checkout(tmp_path: Path) -> tuple[Path, Path, Path]:
    spec_dir = tmp_path / "openapi"
    target = tmp_path / "pandapon_api"
    ops_doc = tmp_path / "operations.md"
    shutil.copytree(spec_mod.SPEC_DIR, spec_dir)
    shutil.copytree(generate.TARGET, target)
    shutil.copyfile(generate.OPERATIONS_DOC, ops_doc)
    return spec_dir, target, ops_doc


def test_committed_tree_is_what_the_spec_produces(fresh: tuple[Path, str]) -> None:
    package, table = fresh
    assert generate.diff_trees(package, generate.TARGET) == []
    assert generate.OPERATIONS_DOC.read_text(encoding="utf-8") == table


def test_generation_leaves_no_cache_and_marks_the_package_typed(fresh: tuple[Path, str]) -> None:
    package, _ = fresh
    assert not (package / ".ruff_cache").exists()
    assert (package / "py.typed").exists()
    stamp = (package / "stamp.json").read_text(encoding="utf-8")
    assert spec_mod.source_hash() in stamp
    assert "openapi-python-client==0.29.1" in stamp


def test_hand_edit_of_generated_code_is_caught(tmp_path: Path) -> None:
    spec_dir, target, ops_doc = copy_checkout(tmp_path)
    model = target / "models" / "envelope.py"
    model.write_text(model.read_text(encoding="utf-8") + "# tweak\n", encoding="utf-8")
    (target / "api" / "extra.py").write_text("x = 1\n", encoding="utf-8")
    problems = generate.check(target, spec_dir, ops_doc)
    text = "\n".join(problems)
    assert "+# tweak" not in text  # the diff goes from committed to expected...
    assert "-# tweak" in text  # ...so the hand-added line shows as a removal
    assert "models/envelope.py" in text
    assert "not produced by the spec (hand-added?): api/extra.py" in text


def test_spec_edit_without_regenerating_is_caught(tmp_path: Path) -> None:
    spec_dir, target, ops_doc = copy_checkout(tmp_path)
    common = spec_dir / "common.yaml"
    common.write_text(
        common.read_text(encoding="utf-8").replace(
            "Text for the return code", "Human-readable text for the return code"
        ),
        encoding="utf-8",
    )
    problems = generate.check(target, spec_dir, ops_doc)
    assert "the spec changed since generated/ was made (stamp hash differs)" in problems
    assert any("Human-readable text for the return code" in line for line in problems)
