"""The project's changes to openapi-python-client's templates, kept as patches.

Each ``scripts/codegen/templates/openapi-python-client/<template>.patch`` is a unified diff
against the pinned generator's own template (``generator_adapter.TEMPLATES``), preceded by a
few lines that say what it changes and why. At generation time ``write_patched()`` applies them
into the generation's temporary working directory, which the generator reads as its custom
templates (``patched_templates()`` does the same into a directory of its own). A patch applies only
where every context and removed line matches the upstream template exactly (an offset is
allowed, never fuzz): when a new generator changed the lines a patch touches, generation stops
with the hunk that no longer fits, instead of silently shipping a stale copy of the template.
``python -m scripts.template_patches`` applies, updates and checks them by hand.

CONTRIBUTING.md ("Upgrading the generator") walks through changing a patch and upgrading.
"""

from __future__ import annotations

import difflib
import re
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

from scripts.spec import generator_adapter

PATCHES = Path(__file__).resolve().parent / "templates" / "openapi-python-client"
_HUNK = re.compile(r"^@@ -(\d+)(?:,(\d+))? \+(\d+)(?:,(\d+))? @@")


class PatchError(Exception):
    """A patch that does not apply to the generator's template as it is."""


@dataclass
class Hunk:
    old_start: int  # 1-based line in the upstream template
    lines: list[str]  # " context", "-removed", "+added" (each without its newline)

    @property
    def old(self) -> list[str]:
        return [line[1:] for line in self.lines if line[:1] in (" ", "-")]

    @property
    def new(self) -> list[str]:
        return [line[1:] for line in self.lines if line[:1] in (" ", "+")]


@dataclass
class Patch:
    template: str  # path under the generator's templates directory
    preamble: str  # what the patch changes and why
    hunks: list[Hunk]


def patch_files() -> list[Path]:
    return sorted(PATCHES.rglob("*.patch"))


def template_name(patch_file: Path) -> str:
    return patch_file.relative_to(PATCHES).as_posix().removesuffix(".patch")


def parse(text: str, template: str) -> Patch:
    lines = text.rstrip("\n").split("\n")
    try:
        start = next(i for i, line in enumerate(lines) if line.startswith("--- "))
    except StopIteration:
        raise PatchError(f"{template}.patch: no '--- ' line: not a unified diff") from None
    if not lines[start + 1].startswith("+++ "):
        raise PatchError(f"{template}.patch: '--- ' not followed by '+++ '")
    preamble = "\n".join(lines[:start]).strip()
    hunks: list[Hunk] = []
    for line in lines[start + 2 :]:
        match = _HUNK.match(line)
        if match:
            hunks.append(Hunk(int(match.group(1)), []))
        elif line.startswith("\\"):  # "\ No newline at end of file"
            continue
        elif line[:1] in (" ", "-", "+") and hunks:
            hunks[-1].lines.append(line)
        elif line == "" and hunks:
            hunks[-1].lines.append(" ")  # an empty context line whose space an editor stripped
        else:
            raise PatchError(f"{template}.patch: unexpected line {line!r}")
    if not hunks:
        raise PatchError(f"{template}.patch: no hunks")
    return Patch(template, preamble, hunks)


def _find(lines: list[str], old: list[str], near: int) -> int | None:
    """Where ``old`` occurs in ``lines``, nearest to ``near`` (a 0-based index)."""
    found = [i for i in range(len(lines) - len(old) + 1) if lines[i : i + len(old)] == old]
    return min(found, key=lambda i: abs(i - near)) if found else None


def apply(patch: Patch, upstream: str) -> str:
    """``upstream`` with ``patch`` applied; PatchError naming the hunk if any does not fit."""
    lines = upstream.split("\n")
    offset = 0
    for number, hunk in enumerate(patch.hunks, 1):
        where = _find(lines, hunk.old, hunk.old_start - 1 + offset)
        if where is None:
            shown = "\n".join(hunk.lines)
            raise PatchError(
                f"the patch for {patch.template} no longer applies to openapi-python-client's "
                f"template (hunk {number} of {len(patch.hunks)}, at line {hunk.old_start}):\n"
                f"{shown}\nSee CONTRIBUTING.md, 'Upgrading the generator'."
            )
        lines[where : where + len(hunk.old)] = hunk.new
        offset = where + len(hunk.new) - (hunk.old_start - 1) - len(hunk.old)
    return "\n".join(lines)


def upstream_template(template: str) -> str:
    path = generator_adapter.TEMPLATES / template
    if not path.is_file():
        raise PatchError(f"openapi-python-client has no template {template} any more")
    return path.read_text(encoding="utf-8")


def write_patched(directory: Path) -> list[Path]:
    """Write every patched template into ``directory``; return their paths."""
    written = []
    for patch_file in patch_files():
        template = template_name(patch_file)
        patch = parse(patch_file.read_text(encoding="utf-8"), template)
        target = directory / template
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_text(apply(patch, upstream_template(template)), encoding="utf-8")
        written.append(target)
    return written


@contextmanager
def patched_templates() -> Iterator[Path]:
    """A temporary directory of the patched templates, for ``--custom-template-path``."""
    with tempfile.TemporaryDirectory(prefix="pandapon-templates-") as tmp:
        write_patched(Path(tmp))
        yield Path(tmp)


def make_patch(template: str, preamble: str, edited: str) -> str:
    """The text of a patch file turning the upstream ``template`` into ``edited``."""
    diff = difflib.unified_diff(
        upstream_template(template).split("\n"),
        edited.split("\n"),
        f"a/{template}",
        f"b/{template}",
        lineterm="",
    )
    return preamble.strip() + "\n\n" + "\n".join(diff) + "\n"


def update(directory: Path) -> list[Path]:
    """Rewrite each patch from the edited template of the same name in ``directory``."""
    changed = []
    for patch_file in patch_files():
        template = template_name(patch_file)
        edited = directory / template
        if not edited.is_file():
            continue
        old = patch_file.read_text(encoding="utf-8")
        new = make_patch(template, parse(old, template).preamble, edited.read_text("utf-8"))
        if new != old:
            patch_file.write_text(new, encoding="utf-8")
            changed.append(patch_file)
    return changed
