"""Reading an API page against the spec: the operation it shows (by page id, then method and
path, as written or by the path rule, then the path alone), fact by fact. A page whose names or
paths fall outside scripts/spec/safe_names.py's patterns is ``unsafe``: reported, never compared
or applied."""

from __future__ import annotations

from typing import Any

from scripts import spec as spec_mod
from scripts.docsync import apifox, doc_compare
from scripts.docsync.apifox import ApiPage, UnsafePage
from scripts.docsync.export_to_spec import to_doc_operation, unsafe_names
from scripts.docsync.gather import Source
from scripts.docsync.portal import Fetched
from scripts.docsync.report import PageResult, guarded


class SpecIndex:
    """Finds the spec operation a page shows."""

    def __init__(self, spec: dict[str, Any]) -> None:
        self.spec = spec
        self.schemas: dict[str, Any] = spec.get("components", {}).get("schemas", {})
        self.ops: dict[str, tuple[str, str, dict[str, Any]]] = {}
        self.by_page: dict[str, str] = {}
        self.operations = spec_mod.iter_operations(spec)
        for path, method, op in self.operations:
            op_id = str(op.get("operationId"))
            self.ops[op_id] = (path, method, op)
            for url in (op.get("x-pandapon-doc") or {}).get("pages") or []:
                pid = apifox.page_id(str(url))
                if pid:
                    self.by_page.setdefault(pid, op_id)

    def match(self, page: ApiPage) -> str | None:
        """By page id, then method and path (as written, then by the path rule), then path."""
        if page.page_id and page.page_id in self.by_page:
            return self.by_page[page.page_id]
        found = doc_compare.find_endpoint(self.operations, page.path, page.method)
        found = found or doc_compare.find_endpoint(self.operations, page.path)
        return None if found is None else str(found[2].get("operationId"))


def read_api(source: Source, fetched: Fetched, index: SpecIndex) -> PageResult:
    result = PageResult(source.url, "api", "unparsable", source.site, apifox.page_id(source.url))
    result.title = source.title
    return guarded(result, lambda: _fill_api(result, fetched, index))


def _fill_api(result: PageResult, fetched: Fetched, index: SpecIndex) -> None:
    page = apifox.parse_api_page(
        fetched.text or "", result.url, spec_mod.SYSTEM_HEADERS, fetched.content_type
    )
    doc = to_doc_operation(page)
    result.title, result.language, result.page_id = page.title, page.language, page.page_id
    result.method, result.path = doc.method, doc.path
    unsafe = unsafe_names(doc)
    if unsafe:  # names become code: such a page is reported, never compared or applied
        raise UnsafePage("; ".join(unsafe))
    result.doc = doc
    result.generation, result.system_headers = doc.generation, page.system_headers
    op_id = index.match(page)
    if op_id is None:
        result.status = "new"
        return
    path, method, op = index.ops[op_id]
    result.operation_id = op_id
    result.changes = doc_compare.compare(doc, index.schemas, method, path, op)
    result.status = "changed" if result.changes else "unchanged"
