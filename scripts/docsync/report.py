"""What a docs-sync run found: one ``PageResult`` per page (or portal index) with its status
and changes, pages that disagree, and the run's ``Report`` (its JSON and its exit code)."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from scripts.docsync import transaction
from scripts.docsync.apifox import ExportError, ProsePage, UnsafePage, page_url
from scripts.docsync.doc_compare import Change
from scripts.docsync.export_to_spec import DocOperation
from scripts.docsync.transaction import Applied

STATUSES = ("unchanged", "changed", "new", "unparsable", "unreachable", "unsafe", "off-site")


@dataclass
class Disagreement:
    """Pages of one operation (or one named model) that say different things."""

    operation_id: str
    change: Change  # spec = the first page's value, doc = the other page's
    first: str  # page urls
    other: str

    def as_json(self) -> dict[str, Any]:
        return {"operation_id": self.operation_id, **self.record()}

    def record(self) -> dict[str, Any]:
        """What ``x-pandapon-doc.disagreements`` keeps for a person to decide."""
        values: tuple[Any, ...] = (self.change.spec, self.change.doc)
        if self.change.what in ("added", "removed"):  # relative words: say what each page has
            values = tuple("absent" if v is None else f"present ({v})" for v in values)
        return {
            "where": self.change.where,
            "in": self.change.location,
            "what": "field" if self.change.what in ("added", "removed") else self.change.what,
            "pages": {page_url(self.first): values[0], page_url(self.other): values[1]},
        }

    def text(self) -> str:
        record = self.record()
        shown = "; ".join(f"{url}: {value}" for url, value in record["pages"].items())
        return f"{self.operation_id} {record['where']} ({record['in']}, {record['what']}): {shown}"


@dataclass
class PageResult:
    """One page (or one portal index) and what it says against the spec."""

    url: str
    kind: str  # api | doc | index
    status: str
    site: str = ""
    page_id: str | None = None
    title: str = ""
    language: str = ""
    operation_id: str | None = None
    method: str | None = None
    path: str | None = None
    changes: list[Change] = field(default_factory=list)
    error: str | None = None
    generation: str | None = None
    superseded_by: str | None = None  # an older-generation page whose operation has a v2 page
    system_headers: dict[str, bool] = field(default_factory=dict)
    sections: list[tuple[str, str]] = field(default_factory=list)  # prose: watched, new/changed
    doc: DocOperation | None = field(default=None, repr=False)
    prose: ProsePage | None = field(default=None, repr=False)
    snapshot: str = field(default="", repr=False)  # its snapshot's file name (prose)

    def as_json(self) -> dict[str, Any]:
        out: dict[str, Any] = {
            "url": self.url,
            "page_id": self.page_id,
            "title": self.title,
            "status": self.status,
            "operation_id": self.operation_id,
            "method": self.method.upper() if self.method else None,
            "path": self.path,
            "changes": [c.as_json() for c in self.changes],
            "kind": self.kind,
            "site": self.site,
            "language": self.language,
        }
        if self.error:
            out["error"] = self.error
        if self.generation:
            out["generation"] = self.generation
        if self.superseded_by:
            out["superseded_by"] = self.superseded_by
        if self.system_headers:
            out["system_headers"] = self.system_headers
        if self.sections:
            out["sections"] = [{"heading": h, "text": t} for h, t in self.sections]
        return out

    @property
    def counts(self) -> bool:
        """Whether this page decides the exit code (superseded older pages only inform)."""
        return self.superseded_by is None


@dataclass
class Report:
    pages: list[PageResult] = field(default_factory=list)
    disagreements: list[Disagreement] = field(default_factory=list)
    downloaded: int = 0
    cached: int = 0
    applied: Applied | None = None
    problems: list[str] = field(default_factory=list)  # why --apply failed
    failed: str | None = None  # why the run failed as a whole

    def confirmations(self) -> dict[str, list[str]]:
        """operationId -> the pages that show it exactly as the spec has it."""
        found: dict[str, list[str]] = {}
        for page in self.pages:
            if page.operation_id and page.kind == "api":
                found.setdefault(page.operation_id, [])
                if page.status == "unchanged":
                    found[page.operation_id].append(page.url)
        return found

    def exit_code(self) -> int:
        if self.failed or self.problems:
            return 2
        differs = any(p.status != "unchanged" and p.counts for p in self.pages)
        return 1 if differs or self.disagreements else 0

    def as_json(self) -> dict[str, Any]:
        counts = {status: 0 for status in STATUSES}
        for page in self.pages:
            counts[page.status] += 1
        out: dict[str, Any] = {
            "pages": [p.as_json() for p in self.pages],
            "disagreements": [d.as_json() for d in self.disagreements],
            "operations": {
                op: {"confirmed_by": urls} for op, urls in sorted(self.confirmations().items())
            },
            "summary": {**counts, "downloaded": self.downloaded, "from_cache": self.cached},
            "exit_code": self.exit_code(),
        }
        return {**out, **transaction.outcome_json(self.applied, self.problems, self.failed)}


def guarded(result: PageResult, fill: Callable[[], None]) -> PageResult:
    """Read one page; whatever goes wrong makes that page unparsable (or unsafe), never the
    run fail (valid YAML of an unexpected shape raises TypeError and its kind, not
    ExportError)."""
    try:
        fill()
    except Exception as exc:  # one page's problem, reported as such
        error = str(exc)
        if not isinstance(exc, ExportError):
            error = f"could not read the page: {exc.__class__.__name__}: {exc}"
        status = "unsafe" if isinstance(exc, UnsafePage) else "unparsable"
        fresh = PageResult(result.url, result.kind, status, result.site, result.page_id)
        fresh.title, fresh.language, fresh.error = result.title, result.language, error
        fresh.method, fresh.path = result.method, result.path
        return fresh
    return result
