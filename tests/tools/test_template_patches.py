"""The generator-template patches: they apply to the pinned generator, fail loudly when they no
longer do, and the generator's internals stay behind scripts/generator_adapter.py."""

from __future__ import annotations

import difflib
import locale
import re
import tomllib
from pathlib import Path

import pytest

from scripts import spec as spec_mod
from scripts import template_patches as template_patches_command
from scripts.codegen import generation
from scripts.codegen import patches as template_patches
from scripts.spec import generator_adapter

SEVEN = {
    "endpoint_module.py.jinja",
    "model.py.jinja",
    "models_init.py.jinja",
    "package_init.py.jinja",
    "types.py.jinja",
    "property_templates/model_property.py.jinja",
    "property_templates/union_property.py.jinja",
}


def test_each_override_is_a_small_patch_that_applies_to_the_pinned_generator() -> None:
    names = {template_patches.template_name(p) for p in template_patches.patch_files()}
    assert names == SEVEN
    for patch_file in template_patches.patch_files():
        name = template_patches.template_name(patch_file)
        text = patch_file.read_text(encoding="utf-8")
        patch = template_patches.parse(text, name)
        assert patch.preamble, f"{name}.patch does not say what it changes"
        upstream = template_patches.upstream_template(name)
        patched = template_patches.apply(patch, upstream)
        assert patched != upstream
        # The committed patch is exactly what `update` would write: no hand-made drift.
        assert template_patches.make_patch(name, patch.preamble, patched) == text


def test_a_patch_that_no_longer_fits_stops_generation_with_the_hunk(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    upstream = tmp_path / "upstream"
    upstream.mkdir()
    for name in SEVEN:
        (upstream / name).parent.mkdir(parents=True, exist_ok=True)
        text = (generator_adapter.TEMPLATES / name).read_text(encoding="utf-8")
        if name == "endpoint_module.py.jinja":  # as if a new release reworded the import
            text = text.replace("from ...types import Response, UNSET", "from ...types import *")
        (upstream / name).write_text(text, encoding="utf-8")
    monkeypatch.setattr(generator_adapter, "TEMPLATES", upstream)
    with pytest.raises(generation.GenerationError) as caught:
        generation.run_generator({"openapi": "3.1.0"}, tmp_path)
    message = str(caught.value)
    assert "endpoint_module.py.jinja no longer applies" in message
    assert "-from ...types import Response, UNSET" in message
    assert "Upgrading the generator" in message


def test_patches_find_their_place_when_upstream_lines_move() -> None:
    name = "endpoint_module.py.jinja"
    patch_file = template_patches.PATCHES / f"{name}.patch"
    patch = template_patches.parse(patch_file.read_text(encoding="utf-8"), name)
    upstream = template_patches.upstream_template(name)
    moved = "{# a new comment upstream #}\n" * 5 + upstream
    assert template_patches.apply(patch, moved) == (
        "{# a new comment upstream #}\n" * 5 + template_patches.apply(patch, upstream)
    )


def _patches_copy(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A copy of the committed patches, made the module's patches for one test."""
    patches = tmp_path / "patches"
    for patch_file in template_patches.patch_files():
        target = patches / patch_file.relative_to(template_patches.PATCHES)
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_bytes(patch_file.read_bytes())
    monkeypatch.setattr(template_patches, "PATCHES", patches)
    return patches


def test_update_turns_an_edited_template_back_into_its_patch(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    patches = _patches_copy(tmp_path, monkeypatch)
    edited = tmp_path / "edited"
    template_patches.write_patched(edited)
    assert template_patches.update(edited) == []  # nothing edited: nothing rewritten
    types = edited / "types.py.jinja"
    types.write_text(types.read_text(encoding="utf-8") + "# one more line\n", encoding="utf-8")
    assert template_patches.update(edited) == [patches / "types.py.jinja.patch"]
    assert "+# one more line" in (patches / "types.py.jinja.patch").read_text(encoding="utf-8")
    assert template_patches_command.main(["check"]) == 0


def test_update_rewrites_the_templates_given_and_leaves_the_others(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    _patches_copy(tmp_path, monkeypatch)
    edited = tmp_path / "edited"
    template_patches.write_patched(edited)
    first, *_, last = template_patches.patch_files()
    (edited / template_patches.template_name(first)).unlink()  # not given: left as it is
    before = first.read_bytes()
    name = template_patches.template_name(last)
    (edited / name).write_text(
        (edited / name).read_text(encoding="utf-8") + "# one more line\n", encoding="utf-8"
    )
    assert template_patches.update(edited) == [last]
    assert "+# one more line" in last.read_text(encoding="utf-8")
    assert first.read_bytes() == before


def test_update_reads_and_writes_utf8_whatever_the_locale(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # A contributor's note or template line may hold any character; an ASCII (or Windows)
    # locale must neither refuse it nor write it in another encoding.
    patches = _patches_copy(tmp_path, monkeypatch)
    types_patch = patches / "types.py.jinja.patch"
    types_patch.write_text(
        "Price → 价格: kept in UTF-8.\n" + types_patch.read_text(encoding="utf-8"),
        encoding="utf-8",
    )
    edited = tmp_path / "edited"
    template_patches.write_patched(edited)
    types = edited / "types.py.jinja"
    types.write_text(types.read_text(encoding="utf-8") + "# 价格 → price\n", encoding="utf-8")
    previous = locale.setlocale(locale.LC_CTYPE)
    locale.setlocale(locale.LC_CTYPE, "C")  # the locale's encoding is now ASCII
    try:
        assert template_patches.update(edited) == [types_patch]
    finally:
        locale.setlocale(locale.LC_CTYPE, previous)
    text = types_patch.read_text(encoding="utf-8")
    assert text.startswith("Price → 价格: kept in UTF-8.\n")
    assert "+# 价格 → price" in text


def test_update_names_the_patch_file_it_cannot_read(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    patches = _patches_copy(tmp_path, monkeypatch)
    (patches / "types.py.jinja.patch").write_text("just a note, no diff\n", encoding="utf-8")
    edited = tmp_path / "edited"
    edited.mkdir()
    (edited / "types.py.jinja").write_text("{# edited #}\n", encoding="utf-8")
    with pytest.raises(template_patches.PatchError) as caught:
        template_patches.update(edited)
    assert str(caught.value) == "types.py.jinja.patch: no '--- ' line: not a unified diff"


def test_check_exits_1_naming_a_patch_that_no_longer_applies(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    patches = _patches_copy(tmp_path, monkeypatch)
    assert template_patches_command.main(["check"]) == 0
    capsys.readouterr()
    broken = patches / "types.py.jinja.patch"
    text = broken.read_text(encoding="utf-8")
    # A context line upstream does not have: the hunk has nowhere to go.
    context = next(line for line in text.splitlines() if line.startswith(" ") and line.strip())
    broken.write_text(text.replace(context, " # a line upstream never had", 1), encoding="utf-8")
    assert template_patches_command.main(["check"]) == 1
    err = capsys.readouterr().err
    assert err.startswith("template_patches: ") and "types.py.jinja" in err


def test_only_the_adapter_imports_the_generator() -> None:
    root = spec_mod.ROOT
    importers = {
        path.relative_to(root).as_posix()
        for path in (root / "scripts").rglob("*.py")
        if re.search(r"^\s*(from|import) openapi_python_client", path.read_text("utf-8"), re.M)
    }
    assert importers == {"scripts/spec/generator_adapter.py"}


def test_the_generator_pin_is_one_version_everywhere() -> None:
    pyproject = tomllib.loads((spec_mod.ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    pins = [d for d in pyproject["project"]["optional-dependencies"]["dev"] if "python-client" in d]
    assert pins == [f"{generation.GENERATOR[0]}=={generation.GENERATOR[1]}"]
    stamp = (generation.TARGET / "stamp.json").read_text(encoding="utf-8")
    assert f"{generation.GENERATOR[0]}=={generation.GENERATOR[1]}" in stamp


def _diff(upstream: str, edited: str) -> str:
    """A patch file's text, as make_patch writes one (any template, not only the generator's)."""
    lines = difflib.unified_diff(
        upstream.split("\n"), edited.split("\n"), "a/t.jinja", "b/t.jinja", lineterm=""
    )
    return "Why: a test.\n\n" + "\n".join(lines) + "\n"


def test_a_patch_applies_each_hunk_where_it_belongs_among_repeated_lines() -> None:
    # Every block of four lines looks alike: a hunk fits in many places, and only its
    # position (shifted by what earlier hunks added) says which one it means.
    upstream = "\n".join(["{% a %}", "b", "c", "{% endd %}"] * 12)
    lines = upstream.split("\n")
    edited_lines = list(lines)
    edited_lines[13] = "B"  # block 4
    edited_lines[22:22] = ["inserted one", "inserted two"]  # block 6, two lines more
    edited_lines[39] = "C"  # block 9 (after the insertion)
    edited = "\n".join(edited_lines)
    text = _diff(upstream, edited)
    patch = template_patches.parse(text, "t.jinja")
    assert len(patch.hunks) == 3
    assert patch.preamble == "Why: a test."
    assert template_patches.apply(patch, upstream) == edited


def test_a_patch_read_back_keeps_lines_an_editor_or_diff_marked() -> None:
    upstream = "first\n\nsecond\nlast"
    edited = "first\n\nsecond changed\nlast line"
    text = _diff(upstream, edited)
    # An editor strips the lone space of an empty context line; diff marks a last line
    # without a newline. Neither changes what the patch does.
    text = text.replace("\n \n", "\n\n")
    text = text.replace("-last\n", "-last\n\\ No newline at end of file\n")
    text = text.replace("+last line\n", "+last line\n\\ No newline at end of file\n")
    assert "\n first\n\n-second\n" in text
    assert text.count("\\ No newline at end of file") == 2
    patch = template_patches.parse(text, "t.jinja")
    assert template_patches.apply(patch, upstream) == edited


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("--- a/t.jinja\n+++ b/t.jinja\n", "t.jinja.patch: no hunks"),
        (
            "--- a/t.jinja\n+++ b/t.jinja\n+a line before any hunk\n@@ -1 +1 @@\n-a\n+b\n",
            "t.jinja.patch: unexpected line '+a line before any hunk'",
        ),
        (
            "--- a/t.jinja\n+++ b/t.jinja\n@@ -1 +1 @@\n-a\n+b\nnot a diff line\n",
            "t.jinja.patch: unexpected line 'not a diff line'",
        ),
        (
            "Why.\n--- a/t.jinja\n@@ -1 +1 @@\n-a\n+b\n",
            "t.jinja.patch: '--- ' not followed by '+++ '",
        ),
        ("Why: no diff at all.\n", "t.jinja.patch: no '--- ' line: not a unified diff"),
    ],
)
def test_a_patch_file_that_is_not_a_usable_diff_is_refused(text: str, message: str) -> None:
    with pytest.raises(template_patches.PatchError) as caught:
        template_patches.parse(text, "t.jinja")
    assert str(caught.value) == message
