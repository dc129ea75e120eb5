"""A docs-sync report for the terminal: statuses, changes, disagreements, inconsistent system
headers, changed prose sections, what ``--apply`` did. Page text is escaped
(scripts/spec/pyliteral.py)."""

from __future__ import annotations

from scripts.docsync import transaction
from scripts.docsync.report import STATUSES, PageResult, Report
from scripts.spec.pyliteral import printable


def render(report: Report) -> str:
    out: list[str] = []
    api = [p for p in report.pages if p.kind == "api"]
    prose = [p for p in report.pages if p.kind == "doc"]
    out.append(
        f"docs-sync: {len(api)} API pages, {len(prose)} prose pages; "
        f"{report.downloaded} downloaded, {report.cached} unchanged since the last run (cache)"
    )
    for status in STATUSES:
        pages = [p for p in report.pages if p.status == status and p.kind != "doc"]
        if not pages:
            continue
        heading = "Skipped: off-site" if status == "off-site" else status.capitalize()
        out.append(f"\n{heading} ({len(pages)})")
        for page in pages:
            note = " [older generation, superseded]" if page.superseded_by else ""
            out.append(f"  {_line(page)}{note}")
            if page.error:
                out.append(f"      {printable(page.error)}")
            if status == "new" and page.title:
                out.append(f"      title: {printable(page.title)} ({page.language})")
            out.extend(f"      - {printable(change.text())}" for change in page.changes)
    if report.disagreements:
        out.append(f"\nDisagreements between pages ({len(report.disagreements)})")
        out.extend(f"  {printable(item.text())}" for item in report.disagreements)
    out += _render_headers(api)
    out += _render_prose(prose)
    out += transaction.render_outcome(report.applied, report.problems)
    if report.failed:
        out.append(f"\ndocs-sync failed: {printable(report.failed)}")
    return "\n".join(out) + "\n"


def _line(page: PageResult) -> str:
    where = f"{page.method.upper()} {page.path}" if page.method and page.path else ""
    name = page.operation_id or ""
    what = "  ".join(x for x in (name, where) if x)
    return printable(f"{what}  ← {page.url}" if what else page.url)


def _render_headers(pages: list[PageResult]) -> list[str]:
    flags: dict[str, dict[bool, int]] = {}
    for page in pages:
        for name, required in page.system_headers.items():
            flags.setdefault(name, {True: 0, False: 0})[required] += 1
    mixed = {n: c for n, c in flags.items() if c[True] and c[False]}
    if not mixed:
        return []
    out = ["\nSystem headers marked inconsistently (the SDK always sends all five)"]
    for name, count in sorted(mixed.items()):
        out.append(f"  {name}: required on {count[True]} pages, optional on {count[False]}")
    return out


def _render_prose(pages: list[PageResult]) -> list[str]:
    out: list[str] = []
    for page in pages:
        if page.status == "unchanged":
            continue
        shown = printable(f"{page.title or page.url}  ← {page.url}")
        out.append(f"\nProse page {page.status}: {shown}")
        if page.error:
            out.append(f"  {printable(page.error)}")
        for heading, body in page.sections:
            out.append(f"  ## {printable(heading)}")
            out.extend(f"  | {printable(line)}" for line in body.split("\n"))
    return out
