"""Pages of one operation against each other: the newest generation's pages speak for it (older
ones are marked superseded), and where they say different things, a disagreement for a person
to decide."""

from __future__ import annotations

from collections.abc import Iterable

from scripts.docsync import doc_compare
from scripts.docsync.report import Disagreement, PageResult, Report


def by_operation(pages: Iterable[PageResult]) -> dict[str, list[PageResult]]:
    grouped: dict[str, list[PageResult]] = {}
    for page in pages:
        if page.kind == "api" and page.operation_id and page.doc is not None:
            grouped.setdefault(page.operation_id, []).append(page)
    return grouped


def authoritative(pages: list[PageResult]) -> list[PageResult]:
    """The pages that speak for an operation: the newest generation's, if any shows it."""
    newest = [p for p in pages if p.generation == "newest"]
    return newest or pages


def cross_check(report: Report) -> None:
    """Pages of one operation that disagree; older pages superseded by newer ones."""
    for op_id, pages in by_operation(report.pages).items():
        chosen = authoritative(pages)
        for page in pages:
            if page not in chosen:
                page.superseded_by = chosen[0].url
        first = chosen[0]
        for other in chosen[1:]:
            assert first.doc is not None and other.doc is not None
            for change in doc_compare.compare_pages(first.doc, other.doc):
                report.disagreements.append(Disagreement(op_id, change, first.url, other.url))
