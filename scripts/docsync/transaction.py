"""Change the spec as one transaction: write, lint, regenerate, or put every file back.

The tools that write ``openapi/`` from outside text (``python -m scripts.docs_sync --apply``
from doc pages, ``python -m scripts.evidence_apply --apply`` from evidence files) share this,
and the pieces of their reports that say what was applied. ``apply`` runs the tool's writer,
then the spec lint (``scripts/checks/rules.py``) on the result, then ``make generate``'s
machinery (``scripts/codegen/generation.py``: the generator, then the generated-code gate of
``scripts/codegen/gate.py``, which writes nothing it refuses). If any of them refuses, or anything
raises, every file is put back as it was: the spec's part files, the tool's snapshots, and (when
regenerating) ``generated/pandapon_api`` and ``docs/operations.md``.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from scripts import spec as spec_mod
from scripts.checks import rules as lint_rules
from scripts.codegen import generation
from scripts.spec.pyliteral import printable


@dataclass
class Applied:
    """What an apply wrote, for the run's summary."""

    updated: list[str] = field(default_factory=list)  # operationIds
    added: list[str] = field(default_factory=list)
    removed_schemas: list[str] = field(default_factory=list)
    files: list[str] = field(default_factory=list)


class Backup:
    """Files as they were: the spec's part files, and every file under ``also`` (files or
    directories: a snapshot directory, the generated package)."""

    def __init__(self, spec_dir: Path, also: Iterable[Path] = ()) -> None:
        self.spec_dir = spec_dir
        self.roots = list(also)
        self.had = {root: root.exists() for root in self.roots}
        self.files = {path: path.read_bytes() for path in self._present()}

    def _present(self) -> list[Path]:
        found = list(self.spec_dir.glob("*.yaml"))
        for root in self.roots:
            if root.is_file():
                found.append(root)
            elif root.is_dir():
                found += [p for p in root.rglob("*") if p.is_file()]
        return found

    def changed(self) -> list[str]:
        """The spec files (not the others) that differ from the backup."""
        return [
            p.name
            for p in sorted(self.spec_dir.glob("*.yaml"))
            if self.files.get(p) != p.read_bytes()
        ]

    def restore(self) -> None:
        """Every file back as it was; files that were not there removed (a file that did not
        change is left untouched)."""
        for path in self._present():
            if path not in self.files:
                path.unlink()
        for path, data in self.files.items():
            if not path.is_file() or path.read_bytes() != data:
                path.parent.mkdir(parents=True, exist_ok=True)
                path.write_bytes(data)
        for root in self.roots:
            if not self.had[root] and root.is_dir():
                for directory in sorted(root.rglob("*"), reverse=True):
                    if directory.is_dir() and not any(directory.iterdir()):
                        directory.rmdir()
                if not any(root.iterdir()):
                    root.rmdir()


@dataclass
class Outcome:
    """What ``apply`` did: ``applied`` when the spec was written (and regenerated), else the
    ``problems`` that refused it (the spec left as it was)."""

    applied: Applied | None = None
    problems: list[str] = field(default_factory=list)


def is_project_spec(spec_dir: Path) -> bool:
    """Whether ``spec_dir`` is the spec ``make generate`` reads (only that one is regenerated)."""
    return spec_dir.resolve() == spec_mod.SPEC_DIR.resolve()


def apply(
    spec_dir: Path,
    write: Callable[[Backup], Applied],
    *,
    regenerate: bool,
    also: Iterable[Path] = (),
) -> Outcome:
    """``write(backup)`` the spec (returning what it did), then lint the result and, with
    ``regenerate``, run ``make generate``'s machinery; on any refusal or error put back every
    file (the spec, ``also``, and what generation writes)."""
    generated = [generation.TARGET, generation.OPERATIONS_DOC] if regenerate else []
    backup = Backup(spec_dir, [*also, *generated])
    stage = "could not write the spec"
    outcome = Outcome()
    try:
        applied = write(backup)
        stage = "could not lint the updated spec"
        outcome.problems = lint_rules.lint(spec_mod.bundle(spec_dir / spec_mod.ENTRY.name))
        if outcome.problems:
            return outcome
        stage = "make generate failed on the updated spec"
        if regenerate and generation.make_generate() != 0:
            outcome.problems = [f"{stage} (see above)"]
            return outcome
        outcome.applied = applied
    except Exception as exc:
        outcome.problems = [f"{stage}: {exc.__class__.__name__}: {exc}"]
    finally:
        if outcome.applied is None:
            backup.restore()
    return outcome


# --- the report's common pieces --------------------------------------------------------------


def applied_json(applied: Applied) -> dict[str, Any]:
    return {
        "updated": applied.updated,
        "added": applied.added,
        "removed_schemas": applied.removed_schemas,
        "files": applied.files,
    }


def outcome_json(
    applied: Applied | None, problems: list[str], failed: str | None
) -> dict[str, Any]:
    """The report's closing keys as JSON: what was applied, the problems, why the run failed
    (each only when there is one)."""
    out: dict[str, Any] = {}
    if applied is not None:
        out["applied"] = applied_json(applied)
    if problems:
        out["problems"] = problems
    if failed:
        out["failed"] = failed
    return out


def render_outcome(applied: Applied | None, problems: list[str]) -> list[str]:
    """The report's closing lines: what was applied, or why nothing was (escaped)."""
    out: list[str] = []
    if applied is not None:
        out.append(
            f"\nApplied: {len(applied.updated)} operations updated, {len(applied.added)} added "
            f"({', '.join(applied.added) or 'none'}), {len(applied.removed_schemas)} unused "
            f"models removed; files: {', '.join(applied.files) or 'none'}"
        )
    if problems:
        out.append("\n--apply failed; the spec was left as it was:")
        out.extend(f"  {printable(p)}" for p in problems)
    return out


def write_report(path: Path, report: dict[str, Any]) -> None:
    """The report as JSON (UTF-8; outside text stays data: JSON escapes what must be)."""
    path.parent.mkdir(parents=True, exist_ok=True)
    text = json.dumps(report, indent=2, ensure_ascii=False)
    path.write_text(text + "\n", encoding="utf-8")
