"""The generated-code gate: generated/ must be exactly what openapi/ produces, byte for byte.

That the gate fails on a hand edit or an unregenerated spec edit is tested where CI meets it:
``python -m scripts.generate --check`` and ``make check-generated`` on copies of the repository
(tests/tools/test_gates.py)."""

from pathlib import Path

import pytest

from scripts import spec as spec_mod
from scripts.codegen import generation


@pytest.fixture(scope="module")
def fresh(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, str]:
    """One regeneration of the committed spec, shared by the tests below."""
    return generation.build(tmp_path_factory.mktemp("gen"))


def test_committed_tree_is_what_the_spec_produces(fresh: tuple[Path, str]) -> None:
    package, table = fresh
    assert generation.diff_trees(package, generation.TARGET) == []
    assert generation.OPERATIONS_DOC.read_text(encoding="utf-8") == table


def test_generation_leaves_no_cache_and_marks_the_package_typed(fresh: tuple[Path, str]) -> None:
    package, _ = fresh
    assert not (package / ".ruff_cache").exists()
    assert (package / "py.typed").exists()
    stamp = (package / "stamp.json").read_text(encoding="utf-8")
    assert spec_mod.source_hash() in stamp
    assert "openapi-python-client==0.29.1" in stamp
