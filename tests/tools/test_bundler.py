"""The multi-file spec bundler: references, hoisting, and refusing malformed sources."""

from pathlib import Path

import pytest

from scripts import spec as spec_mod


def write(directory: Path, name: str, text: str) -> None:
    (directory / name).write_text(text, encoding="utf-8")


ENTRY = """
openapi: 3.1.0
info: {title: t, version: "1"}
paths:
  /a: {$ref: "part.yaml#/operations/getA"}
"""

PART = """
operations:
  getA:
    get:
      operationId: getA
      responses:
        "200":
          description: ok
          content: {application/json: {schema: {$ref: "#/schemas/AResponse"}}}
schemas:
  AResponse:
    allOf:
      - $ref: "common.yaml#/schemas/Base"
      - {type: object, properties: {data: {$ref: "#/schemas/A"}}}
  A: {type: object, properties: {child: {$ref: "#/schemas/A"}}}
  Unreferenced: {type: string}
"""

COMMON = """
schemas:
  Base: {type: object, properties: {code: {type: integer}}}
"""


@pytest.fixture
def spec_dir(tmp_path: Path) -> Path:
    write(tmp_path, "pandapon.yaml", ENTRY)
    write(tmp_path, "part.yaml", PART)
    write(tmp_path, "common.yaml", COMMON)
    return tmp_path


def test_inlines_operations_and_hoists_schemas(spec_dir: Path) -> None:
    doc = spec_mod.bundle(spec_dir / "pandapon.yaml")
    op = doc["paths"]["/a"]["get"]
    assert op["operationId"] == "getA"
    schema = op["responses"]["200"]["content"]["application/json"]["schema"]
    assert schema == {"$ref": "#/components/schemas/AResponse"}
    schemas = doc["components"]["schemas"]
    assert list(schemas) == ["A", "AResponse", "Base", "Unreferenced"]
    assert schemas["AResponse"]["allOf"][0] == {"$ref": "#/components/schemas/Base"}
    # A self-reference is rewritten, not followed forever.
    assert schemas["A"]["properties"]["child"] == {"$ref": "#/components/schemas/A"}


def test_output_is_stable(spec_dir: Path) -> None:
    first = spec_mod.dumps(spec_mod.bundle(spec_dir / "pandapon.yaml"))
    second = spec_mod.dumps(spec_mod.bundle(spec_dir / "pandapon.yaml"))
    assert first == second


def test_duplicate_yaml_key_is_refused(spec_dir: Path) -> None:
    write(spec_dir, "common.yaml", COMMON + "  Base: {type: string}\n")
    with pytest.raises(spec_mod.SpecError, match="duplicate key 'Base'"):
        spec_mod.bundle(spec_dir / "pandapon.yaml")


def test_schema_name_defined_in_two_files_is_refused(spec_dir: Path) -> None:
    write(spec_dir, "common.yaml", COMMON + "  A: {type: string}\n")
    with pytest.raises(spec_mod.SpecError, match="schema name 'A' is defined twice"):
        spec_mod.bundle(spec_dir / "pandapon.yaml")


def test_dangling_reference_names_the_reference(spec_dir: Path) -> None:
    write(spec_dir, "pandapon.yaml", ENTRY.replace("getA", "getB"))
    with pytest.raises(spec_mod.SpecError, match="getB"):
        spec_mod.bundle(spec_dir / "pandapon.yaml")


def test_components_refs_in_parts_are_refused(spec_dir: Path) -> None:
    write(spec_dir, "part.yaml", PART.replace('"#/schemas/A"}}}', '"#/components/schemas/A"}}}'))
    with pytest.raises(spec_mod.SpecError, match="refer to schemas by file"):
        spec_mod.bundle(spec_dir / "pandapon.yaml")


def test_source_hash_changes_with_any_source_file(spec_dir: Path) -> None:
    before = spec_mod.source_hash(spec_dir)
    write(spec_dir, "common.yaml", COMMON + "# a comment\n")
    assert spec_mod.source_hash(spec_dir) != before
