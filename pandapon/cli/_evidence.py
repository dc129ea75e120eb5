"""``pandapon evidence show`` and ``pandapon evidence export``: what the traffic taught.

The file is ``--file``, else ``PANDAPON_EVIDENCE``, else ``pandapon verify --live``'s default
(``evidence.db`` in the user's cache directory). docs/evidence.md describes it and the export.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
from pathlib import Path
from typing import TYPE_CHECKING, Any

from .._config import ENV_EVIDENCE
from . import _output
from ._errors import UsageError

if TYPE_CHECKING:
    from .._evidence_report import Summary


def default_path() -> Path:
    """Where the command line keeps evidence when ``PANDAPON_EVIDENCE`` does not say."""
    given = os.environ.get(ENV_EVIDENCE)
    if given:
        return Path(given)
    cache = os.environ.get("XDG_CACHE_HOME") or os.path.join(os.path.expanduser("~"), ".cache")
    return Path(cache) / "pandapon" / "evidence.db"


def _file(args: argparse.Namespace) -> Path:
    path = Path(args.file) if getattr(args, "file", None) else default_path()
    if not path.is_file():
        raise UsageError(
            f"no evidence file at {path}: record some with {ENV_EVIDENCE}={path} (or "
            "PandaPon(evidence=...)), or run `pandapon verify --live`"
        )
    return path


def _summaries(path: Path) -> list[Summary]:
    import sqlite3  # noqa: PLC0415 - only these commands read SQLite

    from .._evidence_report import summarize  # noqa: PLC0415

    try:
        return summarize(path)
    except (sqlite3.Error, ValueError) as error:
        raise UsageError(f"{path} is not a readable evidence file ({error})") from None


def show(args: argparse.Namespace) -> None:
    path = _file(args)
    summaries = _summaries(path)
    if args.json:
        _output.emit_json([s.as_json() for s in summaries])
        return
    print(f"evidence in {path}: {len(summaries)} operations and webhooks")
    _output.table(
        [
            (
                s.operation,
                s.calls,
                s.described,
                "yes" if s.fits else "no",
                len(s.deviations) or "-",
                len(s.unknown) or "-",
                len(s.never_seen()) or "-",
            )
            for s in summaries
        ],
        ["operation", "calls", "described", "fits", "deviations", "new fields", "never seen"],
    )
    deviating = [s for s in summaries if s.deviations]
    if deviating:
        print("\ndeviations (the JSON type seen where the spec expects another):")
        for s in deviating:
            for (at, kind), info in s.deviations.items():
                _output.line(
                    f"  {s.operation}  {at}: {kind} x{info['count']}, spec: {info['expected']}"
                )
    if any(s.other_spec for s in summaries):
        print("\nsome of it was recorded with another version of the spec", file=sys.stderr)


def export_file(args: argparse.Namespace) -> None:
    import sqlite3  # noqa: PLC0415 - only these commands read SQLite

    from .._evidence_report import export  # noqa: PLC0415

    path = _file(args)
    try:
        exported = export(path)
    except (sqlite3.Error, ValueError) as error:
        raise UsageError(f"{path} is not a readable evidence file ({error})") from None
    text = json.dumps(exported, ensure_ascii=True, indent=2, sort_keys=False) + "\n"
    try:
        Path(args.out).write_text(text, encoding="utf-8")
    except OSError as error:
        raise UsageError(f"--out {args.out}: {error.strerror}") from None
    count = len(exported["operations"])
    print(f"wrote {args.out}: {count} entries, shapes only (no values)", file=sys.stderr)


def add_commands(sub: Any) -> None:
    """``evidence show`` and ``evidence export`` under ``sub`` (the CLI's subcommands)."""
    evidence = sub.add_parser(
        "evidence", help="evidence show | export: what PandaPon's answers looked like"
    )
    actions = evidence.add_subparsers(dest="evidence_action", required=True, metavar="show|export")
    listing = actions.add_parser(
        "show", help="per operation: calls, fits or deviates, fields never seen"
    )
    listing.add_argument(
        "--file", help=f"the evidence file (default: ${ENV_EVIDENCE} or the cache)"
    )
    listing.set_defaults(offline=show)
    out = actions.add_parser("export", help="a shareable JSON of shapes only (no values)")
    out.add_argument("--out", required=True, help="the JSON file to write")
    out.add_argument("--file", help=f"the evidence file (default: ${ENV_EVIDENCE} or the cache)")
    out.set_defaults(offline=export_file)
