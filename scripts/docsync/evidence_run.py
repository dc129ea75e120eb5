"""One evidence-apply run (``python -m scripts.evidence_apply``): evidence exports read as
untrusted input (scripts/docsync/evidence_file.py), merged, judged against the spec
(scripts/docsync/evidence_compare.py), and with ``--apply`` written into openapi/ and
regenerated, or every file put back (scripts/docsync/transaction.py); the report for the
terminal and as JSON.
"""

from __future__ import annotations

import argparse
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from scripts.docsync import evidence_compare, evidence_file, transaction
from scripts.docsync.evidence_compare import Disagreement, Judged
from scripts.docsync.evidence_file import EvidenceFile
from scripts.docsync.transaction import Applied
from scripts.spec.files import SpecFiles
from scripts.spec.load import SpecInputError, load_spec
from scripts.spec.names import ENVELOPE_CODES, OBSERVED
from scripts.spec.pyliteral import printable


@dataclass
class Report:
    files: list[EvidenceFile] = field(default_factory=list)
    operations: list[Judged] = field(default_factory=list)
    spec: str = ""  # the hash of the spec judged against
    applied: Applied | None = None
    problems: list[str] = field(default_factory=list)  # why --apply failed
    failed: str | None = None  # why the run failed as a whole

    @property
    def disagreements(self) -> list[Disagreement]:
        return [d for op in self.operations for d in op.disagreements]

    def refused(self) -> bool:
        return any(f.error or f.refused for f in self.files)

    def exit_code(self) -> int:
        if self.failed or self.problems:
            return 2
        differs = any(op.status != "unchanged" for op in self.operations)
        return 1 if differs or self.disagreements or self.refused() else 0

    def as_json(self) -> dict[str, Any]:
        statuses = ("changed", "held", "unchanged", "unknown")
        counts = {s: sum(op.status == s for op in self.operations) for s in statuses}
        out: dict[str, Any] = {
            "files": [f.as_json() for f in self.files],
            "spec": self.spec,
            "operations": [op.as_json() for op in self.operations],
            "disagreements": [d.as_json() for d in self.disagreements],
            "summary": {
                "files": len(self.files),
                "refused_files": sum(bool(f.error) for f in self.files),
                "operations": len(self.operations),
                **counts,
                "disagreements": len(self.disagreements),
            },
            "exit_code": self.exit_code(),
        }
        return {**out, **transaction.outcome_json(self.applied, self.problems, self.failed)}


# --- writing -------------------------------------------------------------------------------


def _doc_extension(doc: dict[str, Any], item: Judged) -> dict[str, Any]:
    """``x-pandapon-doc`` with the provenance (right after ``confidence``) and the raised
    confidence."""
    out: dict[str, Any] = {}
    for key, value in doc.items():
        if key == "observed":
            continue
        out[key] = value
        if key == "confidence":
            out["confidence"] = OBSERVED if item.raise_confidence else value
            observed = item.observed or doc.get("observed")
            if observed is not None:
                out["observed"] = observed
    return out


def _operation(op: dict[str, Any], item: Judged) -> dict[str, Any]:
    new = dict(op)
    new["x-pandapon-doc"] = _doc_extension(dict(op.get("x-pandapon-doc") or {}), item)
    if item.codes:
        new[ENVELOPE_CODES] = item.codes
    return new


def write_spec(report: Report, spec_dir: Path) -> Applied:
    """Every proposal of the report into the spec's part files (comments and order kept)."""
    files = SpecFiles(spec_dir)
    judged = [op for op in report.operations if op.kind != "unknown"]
    for edit in evidence_compare.plan([e for op in judged for e in op.edits]):
        schema = files.schema(edit.schema)
        if schema is None:
            raise ValueError(f"no schema {edit.schema} in {spec_dir}")
        files.set_schema(edit.schema, evidence_compare.apply_edit(schema, edit))
    for item in judged:
        if not item.changes:
            continue
        if item.kind == "operation":
            method, op = files.operation(item.name)
            files.set_operation(
                item.name, method, _operation(op, item), files.paths()[item.name][1]
            )
        else:
            part, post = files.webhook(item.name)
            files.set_webhook(item.name, _operation(post, item), part)
    files.save()
    return Applied(updated=[op.name for op in judged if op.changes])


def apply(report: Report, spec_dir: Path, *, regenerate: bool) -> None:
    """Write, lint, regenerate and gate, or put every file back (scripts/docsync/transaction.py)."""

    def write(backup: transaction.Backup) -> Applied:
        applied = write_spec(report, spec_dir)
        applied.files = backup.changed()
        return applied

    outcome = transaction.apply(spec_dir, write, regenerate=regenerate)
    report.applied, report.problems = outcome.applied, outcome.problems


# --- the run -------------------------------------------------------------------------------


def run(args: argparse.Namespace) -> Report:
    report = Report()
    spec_dir = Path(args.spec_dir)
    try:
        spec = load_spec(spec_dir)
    except SpecInputError as exc:
        report.failed = f"cannot read the spec: {exc}"
        return report
    report.spec = evidence_compare.spec_hash(spec)
    report.files = [
        evidence_file.read(Path(name), max_bytes=args.max_file_bytes) for name in args.files
    ]
    if all(f.error for f in report.files):
        report.failed = "nothing could be read: every evidence file was refused"
        return report
    report.operations = evidence_compare.judge(spec, evidence_file.merge(report.files))
    if args.apply and any(op.changes for op in report.operations):
        regenerate = transaction.is_project_spec(spec_dir) and not args.no_generate
        apply(report, spec_dir, regenerate=regenerate)
    return report


# --- output --------------------------------------------------------------------------------


def _heading(item: Judged) -> str:
    seen = item.seen
    last = f" up to {seen.last_seen[:10]}" if seen.last_seen else ""
    raised = " → observed" if item.raise_confidence else ""
    return printable(
        f"{item.name}  ({item.confidence}{raised}; {seen.calls} calls{last}, "
        f"{seen.described} described)"
    )


def render(report: Report) -> str:
    summary = report.as_json()["summary"]
    out = [
        f"evidence-apply: {summary['files']} files ({summary['refused_files']} refused), "
        f"{summary['operations']} operations and webhooks: {summary['changed']} to change, "
        f"{summary['held']} held back, {summary['unchanged']} already fit, "
        f"{summary['unknown']} not in the spec; "
        f"{summary['disagreements']} disagreements with the docs"
    ]
    refusals = [(f.name, f.error) for f in report.files if f.error]
    refusals += [(f.name, r) for f in report.files for r in f.refused]
    if refusals:
        out.append(f"\nRefused ({len(refusals)})")
        out.extend(f"  {printable(name)}: {printable(why)}" for name, why in refusals)
    changed = [op for op in report.operations if op.status == "changed"]
    if changed:
        out.append(f"\nChanged ({len(changed)})")
        for item in changed:
            out.append(f"  {_heading(item)}")
            out.extend(f"      - {printable(change.text())}" for change in item.changes)
            out.extend(f"      (skipped) {printable(why)}" for why in item.skipped)
    held = [(op, h) for op in report.operations for h in op.held]
    if held:
        out.append(f"\nNot applied ({len(held)}): a person decides")
        out.extend(
            f"  {printable(op.name)} {printable(h.change.text())}: {printable(h.why)}"
            for op, h in held
        )
    unknown = [op for op in report.operations if op.status == "unknown"]
    if unknown:
        out.append(f"\nNot in the spec ({len(unknown)}): recorded by another SDK version?")
        out.extend(f"  {printable(op.name)}  ({op.seen.calls} calls)" for op in unknown)
    disagreements = report.disagreements
    if disagreements:
        out.append(
            f"\nDisagreements with the docs ({len(disagreements)}): the spec keeps what a doc "
            "page states; a person decides"
        )
        out.extend(f"  {printable(d.text())}" for d in disagreements)
    out += transaction.render_outcome(report.applied, report.problems)
    if report.failed:
        out.append(f"\nevidence-apply failed: {printable(report.failed)}")
    return "\n".join(out) + "\n"
