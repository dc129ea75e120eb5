"""One docs-sync run (``python -m scripts.docs_sync``): gather the pages, read each against the
spec (API pages) or its snapshot (prose pages), cross-check the pages of each operation, and
with ``--apply`` write what they show (scripts/docsync/apply.py)."""

from __future__ import annotations

import argparse
import asyncio
from pathlib import Path

from scripts.docsync import apifox, transaction
from scripts.docsync.apply import apply
from scripts.docsync.crosscheck import cross_check
from scripts.docsync.gather import gather
from scripts.docsync.pages import SpecIndex, read_api
from scripts.docsync.report import PageResult, Report
from scripts.docsync.snapshots import SNAPSHOT_DIR, read_prose
from scripts.spec.load import SpecInputError, load_spec


def run(args: argparse.Namespace) -> Report:
    report = Report()
    spec_dir = Path(args.spec_dir)
    try:
        spec = load_spec(spec_dir)
    except SpecInputError as exc:
        report.failed = f"cannot read the spec: {exc}"
        return report
    index = SpecIndex(spec)
    found = asyncio.run(gather(args, report))
    for source, fetched in found:
        if fetched.text is None:
            report.pages.append(
                PageResult(
                    source.url,
                    source.kind,
                    "off-site" if fetched.off_site else "unreachable",
                    source.site,
                    apifox.page_id(source.url),
                    source.title,
                    error=fetched.error,
                )
            )
        elif source.kind == "api":
            report.pages.append(read_api(source, fetched, index))
        else:
            report.pages.append(read_prose(source, fetched, spec_dir / SNAPSHOT_DIR))
    if not any(p.status not in ("unreachable", "off-site") for p in report.pages):
        report.failed = "nothing could be read: every portal and page was unreachable"
        return report
    cross_check(report)
    if args.apply:
        regenerate = transaction.is_project_spec(spec_dir) and not args.no_generate
        apply(report, spec_dir, regenerate=regenerate)
    return report
