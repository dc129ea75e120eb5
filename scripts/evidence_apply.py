"""Teach the spec what real answers looked like: evidence exports into openapi/.

    python -m scripts.evidence_apply shapes.json                       # compare and report
    python -m scripts.evidence_apply a.json b.json --report report.json
    python -m scripts.evidence_apply shapes.json --apply               # write openapi/, regenerate

The files are what ``pandapon evidence export`` writes (docs/evidence.md): per operation and
webhook, the JSON paths of the answers with their JSON types and counts, the envelope codes,
the calls. Several files are merged (counts summed). Each path is judged against the spec
(scripts/docsync/evidence_compare.py) and the report proposes, per operation: a type widened, a
field added, ``data``'s shape as seen, an envelope code seen, the provenance
``x-pandapon-doc.observed: {date, calls}`` and the confidence ``observed`` where it was
``inferred``. What a doc page states is never overridden: evidence against it is a
disagreement, reported and not applied.

The files are untrusted input (scripts/docsync/evidence_file.py): read under a size cap,
checked field by field, refused (as a whole, or one entry or path) with an escaped message;
their text reaches the terminal escaped (scripts/spec/pyliteral.py), and names outside
scripts/spec/safe_names.py's patterns never reach the spec. ``--apply`` writes the spec keeping
its comments and order (scripts/spec/files.py), then lints it, regenerates the client and runs
the generated-code gate; if any of them refuses, every file is put back
(scripts/docsync/transaction.py).

Exit code: 0 nothing to propose (the spec already takes every answer); 1 proposals, or
disagreements, or something refused or not in the spec; 2 the run failed (no file could be
read, the spec could not be loaded, ``--apply`` could not produce a spec that lints,
generates and passes the gate, or an unexpected error).
"""

from __future__ import annotations

import sys

if not __package__:  # run by path: the imports below would fail without a word of why
    sys.exit("run it from the checkout as a module: python -m scripts.evidence_apply")

import argparse
import traceback
from pathlib import Path

from scripts import spec as spec_mod
from scripts.docsync import evidence_file, transaction
from scripts.docsync.evidence_run import Report, render, run
from scripts.spec.pyliteral import printable

MAX_FILES = 64


def _count(text: str) -> int:
    try:
        value = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a number: {text!r}") from None
    if value < 1:
        raise argparse.ArgumentTypeError(f"must be at least 1, got {text}")
    return value


def parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(
        prog="python -m scripts.evidence_apply",
        description="Propose (and with --apply write) what evidence exports show into the spec.",
    )
    p.add_argument(
        "files",
        nargs="+",
        metavar="FILE",
        help="evidence exports (pandapon evidence export); several are merged, counts summed",
    )
    p.add_argument("--report", type=Path, metavar="FILE", help="also write the report as JSON")
    p.add_argument(
        "--apply",
        action="store_true",
        help="write the proposals into the spec, then lint, regenerate and gate (or put back)",
    )
    p.add_argument(
        "--max-file-bytes",
        type=_count,
        default=evidence_file.MAX_FILE_BYTES,
        metavar="N",
        help=f"a file larger than this is refused (default {evidence_file.MAX_FILE_BYTES:,})",
    )
    p.add_argument(
        "--spec-dir",
        type=Path,
        default=spec_mod.SPEC_DIR,
        metavar="DIR",
        help="the spec to compare and update (default openapi/)",
    )
    p.add_argument(
        "--no-generate", action="store_true", help="with --apply: do not regenerate generated/"
    )
    return p


def main(argv: list[str] | None = None) -> int:
    args = parser().parse_args(argv)
    if len(args.files) > MAX_FILES:
        print(f"evidence-apply: at most {MAX_FILES} files at once", file=sys.stderr)
        return 2
    try:
        report = run(args)
    except Exception as exc:
        # A bug or an unforeseen failure: exit 2 (the run failed), never Python's 1.
        for line in traceback.format_exc().splitlines():
            print(printable(line), file=sys.stderr)
        report = Report(failed=f"unexpected error: {exc.__class__.__name__}: {exc}")
        print(f"evidence-apply: {printable(report.failed)}", file=sys.stderr)
    sys.stdout.write(render(report))
    if args.report:
        transaction.write_report(args.report, report.as_json())
    return report.exit_code()


if __name__ == "__main__":
    sys.exit(main())
