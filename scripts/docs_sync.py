"""Compare the spec with the doc portals' own exports, and optionally write what they show.

    python -m scripts.docs_sync                          # every PandaPon portal (PORTALS)
    python -m scripts.docs_sync --site http://127.0.0.1:8800 --report report.json
    python -m scripts.docs_sync --page https://doc-env2.pandapon.com/api-289121048.md
    python -m scripts.docs_sync --from-dir saved-pages/  # Markdown pages saved by hand
    python -m scripts.docs_sync --apply                  # write into openapi/, then regenerate

Each portal's ``llms.txt`` lists its ``api-<id>.md`` pages (one operation each, an OpenAPI block)
and ``doc-<id>.md`` prose pages. Every API page is matched to a spec operation (by page id, then
method and path, as written or by the path rule between generations, then the same path with any
method) and compared fact by fact; prose pages are compared with their snapshots under
``openapi/docs/``.

Pages are text anyone who can edit a portal controls. Only the portals' own hosts are asked
(a link or redirect elsewhere is ``off-site``, never fetched); every page is streamed under a
byte cap, ``--timeout`` bounds its whole download and ``--deadline`` the run's; YAML anchors and
aliases, and names or paths outside scripts/safe_names.py's patterns, make a page ``unsafe``
(reported, never applied); page text reaches the terminal escaped (scripts/pyliteral.py).

Exit code: 0 nothing differs; 1 something differs (a page changed, new, unparsable,
unreachable, unsafe or off-site, or two pages disagree); 2 the run itself failed (nothing could
be read, the spec could not be loaded, ``--apply`` could not produce a spec that lints and
generates, or an unexpected error). A page that cannot be read, whatever the reason, is that
page's error only.
"""

from __future__ import annotations

import argparse
import asyncio
import hashlib
import re
import sys
import traceback
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path, PurePosixPath
from typing import Any
from urllib.parse import unquote, urlsplit

from scripts import (
    apifox,
    doc_compare,
    lint_spec,
    safe_names,
    spec_apply,
    spec_diff,
    spec_transaction,
)
from scripts import spec as spec_mod
from scripts.apifox import ApiPage, ExportError, ProsePage, UnsafePage
from scripts.doc_compare import Change
from scripts.export_to_spec import DocOperation, to_doc_operation
from scripts.portal import MAX_PAGE_BYTES, Fetched, Portal, Progress, origin
from scripts.pyliteral import printable
from scripts.spec_apply import Applied, Disagreement
from scripts.spec_files import SpecFiles

#: The PandaPon doc portals, newest generation first (its pages are the most authoritative).
PORTALS = (
    "https://doc-env2.pandapon.com",  # newest (/v2), English
    "https://doc-cnv2.pandapon.com",  # newest, Chinese
    "https://doc-th.pandapon.com",  # newest, Thai
    "https://doc-en.pandapon.com",  # older generation, English
    "https://doc.pandapon.com",  # older, Chinese
    "https://doc-vnm.pandapon.com",  # older, Vietnamese
    "https://doc-es.pandapon.com",  # older, Spanish
)
STATUSES = ("unchanged", "changed", "new", "unparsable", "unreachable", "unsafe", "off-site")
DEFAULT_DEADLINE = 900.0  # seconds for the whole download; the workflow's job has 30 minutes
DEFAULT_CACHE = spec_mod.ROOT / ".docs-cache"
SNAPSHOT_DIR = "docs"  # under the spec directory
# Prose sections that decide pandapon.sign, the error classes and pandapon.webhooks.
_WATCHED = {
    "signature": re.compile(r"signat|签名|sign\b|ลายเซ็น|firma|chữ ký", re.I),
    "error codes": re.compile(r"error|错误|状态码|返回码|ข้อผิดพลาด|código|mã lỗi", re.I),
    "message callbacks": re.compile(
        r"callback|message|webhook|回调|消息|推送|การแจ้งเตือน|ข้อความ|mensaje|tin nhắn", re.I
    ),
}


class SyncError(Exception):
    """The run cannot go on (the spec cannot be read, bad arguments)."""


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
        if self.applied is not None:
            out["applied"] = spec_transaction.applied_json(self.applied)
        if self.problems:
            out["problems"] = self.problems
        if self.failed:
            out["failed"] = self.failed
        return out


# --- gathering pages ---------------------------------------------------------------------------


@dataclass(frozen=True)
class _Source:
    url: str
    kind: str  # api | doc
    site: str
    title: str = ""
    key: str = ""  # a page read from a directory: its path there, without .md


def site_label(site: str) -> str:
    """A short, file-name-safe name of a portal (``doc-env2``, ``127.0.0.1-8800-env2``)."""
    parts = urlsplit(site)
    host = parts.hostname or "local"
    if host.endswith(".pandapon.com"):
        label = host.removesuffix(".pandapon.com")
    else:
        label = "-".join(x for x in (host, str(parts.port or ""), parts.path.strip("/")) if x)
    return re.sub(r"[^A-Za-z0-9.-]+", "-", label).strip("-") or "local"


def _site_of(page: str) -> str:
    return page.rsplit("/", 1)[0]


def _site_url(text: str) -> str:
    text = text.strip().rstrip("/")
    if text.endswith("/llms.txt"):
        text = text.removesuffix("/llms.txt")
    return text if "://" in text else f"https://{text}"


def _page_url(text: str) -> str:
    text = text.strip()
    if "://" not in text:
        text = f"https://{text}"
    return text if urlsplit(text).path.endswith(".md") else text.rstrip("/") + ".md"


def _kind(url: str, text: str | None = None) -> str:
    found = apifox.page_id(url)
    if found:
        return found.split("-", 1)[0]
    return "api" if text is not None and re.search(r"^openapi\s*:", text, re.M) else "doc"


class _Gatherer:
    def __init__(self, portal: Portal, report: Report) -> None:
        self.portal = portal
        self.report = report
        self._off_site_links = 0

    async def sites(self, sites: list[str]) -> list[_Source]:
        indexes = await self.portal.fetch_all([f"{site}/llms.txt" for site in sites])
        sources: list[_Source] = []
        for site, fetched in zip(sites, indexes, strict=True):
            self._count(fetched)
            problem = fetched.error
            if fetched.text is not None and apifox.looks_like_html(
                fetched.text, fetched.content_type
            ):
                problem = (
                    "the portal answered HTML, not llms.txt (password-protected, or export off?)"
                )
            if problem:
                status = "off-site" if fetched.off_site else "unreachable"
                self.report.pages.append(
                    PageResult(fetched.url, "index", status, site_label(site), error=problem)
                )
                continue
            links = self._on_site(apifox.parse_index(fetched.text or "", site), site)
            if not links and not self._off_site_links:
                self.report.pages.append(
                    PageResult(
                        fetched.url,
                        "index",
                        "unparsable",
                        site_label(site),
                        error="llms.txt lists no api-<id>.md or doc-<id>.md page",
                    )
                )
            sources += [
                _Source(link.url, link.kind, site_label(site), link.title) for link in links
            ]
        return sources

    def _on_site(self, links: list[apifox.Link], site: str) -> list[apifox.Link]:
        """The index's links on the portal's own host; every other one is reported
        ``off-site`` and never fetched."""
        own = origin(site)
        kept: list[apifox.Link] = []
        self._off_site_links = 0
        for link in links:
            if origin(link.url) == own:
                kept.append(link)
                continue
            self._off_site_links += 1
            where = printable(origin(link.url) or link.url.split(":", 1)[0])
            self.report.pages.append(
                PageResult(
                    link.url,
                    link.kind,
                    "off-site",
                    site_label(site),
                    link.page_id,
                    link.title,
                    error=f"skipped: off-site (on {where}, not the portal's host); not fetched",
                )
            )
        return kept

    def _count(self, fetched: Fetched) -> None:
        if fetched.downloaded:
            self.report.downloaded += 1
        elif fetched.status == 304:
            self.report.cached += 1

    async def pages(self, sources: list[_Source]) -> list[tuple[_Source, Fetched]]:
        progress = Progress(len(sources))

        def done(fetched: Fetched) -> None:
            self._count(fetched)
            progress.step()

        fetched = await self.portal.fetch_all([s.url for s in sources], done)
        return list(zip(sources, fetched, strict=True))


def _from_dir(directory: Path, max_bytes: int) -> list[tuple[_Source, Fetched]]:
    if not directory.is_dir():
        raise SyncError(f"--from-dir {directory}: no such directory")
    found: list[tuple[_Source, Fetched]] = []
    for path in sorted(directory.rglob("*.md")):
        url = path.resolve().as_uri()
        key = path.relative_to(directory).with_suffix("").as_posix()
        if path.stat().st_size > max_bytes:
            error = f"larger than {max_bytes:,} bytes (--max-page-bytes); not read"
            found.append((_Source(url, _kind(url), "file", key=key), Fetched(url, None, error)))
            continue
        text = path.read_text(encoding="utf-8", errors="replace")
        found.append((_Source(url, _kind(url, text), "file", key=key), Fetched(url, text)))
    return found


# --- reading and comparing ------------------------------------------------------------------


class _SpecIndex:
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


def _read_api(source: _Source, fetched: Fetched, index: _SpecIndex) -> PageResult:
    result = PageResult(source.url, "api", "unparsable", source.site, apifox.page_id(source.url))
    result.title = source.title
    return _guarded(result, lambda: _fill_api(result, fetched, index))


def _fill_api(result: PageResult, fetched: Fetched, index: _SpecIndex) -> None:
    page = apifox.parse_api_page(
        fetched.text or "", result.url, spec_mod.SYSTEM_HEADERS, fetched.content_type
    )
    doc = to_doc_operation(page)
    result.title, result.language, result.page_id = page.title, page.language, page.page_id
    result.method, result.path = doc.method, doc.path
    unsafe = safe_names.page_problems(doc)
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


def _read_prose(source: _Source, fetched: Fetched, snapshots: Path) -> PageResult:
    result = PageResult(source.url, "doc", "unparsable", source.site, apifox.page_id(source.url))
    result.title = source.title
    return _guarded(result, lambda: _fill_prose(result, source, fetched, snapshots))


def _fill_prose(result: PageResult, source: _Source, fetched: Fetched, snapshots: Path) -> None:
    prose = apifox.parse_prose_page(fetched.text or "", source.url, fetched.content_type)
    result.prose, result.title = prose, prose.title or source.title
    result.language = apifox.language(prose.title or prose.text[:500])
    result.snapshot = snapshot_name(source)
    snapshot = snapshots / result.snapshot
    old = snapshot.read_text(encoding="utf-8") if snapshot.is_file() else None
    result.status = "new" if old is None else "unchanged" if old == prose.text else "changed"
    if result.status != "unchanged":
        before = dict(apifox.parse_prose_page(old, source.url).sections) if old else {}
        result.sections = [
            (heading, body)
            for heading, body in prose.sections
            if before.get(heading) != body and _watched(heading, body)
        ]


def _guarded(result: PageResult, fill: Callable[[], None]) -> PageResult:
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


def snapshot_name(source: _Source) -> str:
    """``<site>-doc-<id>.md``; a page without an id (read from a directory, or a ``--page``
    named by hand) by its own name: its path in the directory, or its URL's file name (the
    site label holds the rest of the URL). The same page gets the same name on every run."""
    found = apifox.page_id(source.url)
    if found:
        return f"{source.site}-{found}.md"
    key = source.key or PurePosixPath(unquote(urlsplit(source.url).path)).stem
    slug = re.sub(r"[^A-Za-z0-9._-]+", "-", key).strip("-.")
    if not slug or slug != key:  # characters were replaced: keep names that differ apart
        digest = hashlib.sha256(key.encode()).hexdigest()[:8]
        slug = f"{slug}-{digest}" if slug else digest
    return f"{source.site}-{slug}.md"


def _watched(heading: str, body: str) -> bool:
    return any(p.search(heading) or p.search(body[:400]) for p in _WATCHED.values())


def _by_operation(pages: Iterable[PageResult]) -> dict[str, list[PageResult]]:
    grouped: dict[str, list[PageResult]] = {}
    for page in pages:
        if page.kind == "api" and page.operation_id and page.doc is not None:
            grouped.setdefault(page.operation_id, []).append(page)
    return grouped


def _authoritative(pages: list[PageResult]) -> list[PageResult]:
    """The pages that speak for an operation: the newest generation's, if any shows it."""
    newest = [p for p in pages if p.generation == "newest"]
    return newest or pages


def _cross_check(report: Report) -> None:
    """Pages of one operation that disagree; older pages superseded by newer ones."""
    for op_id, pages in _by_operation(report.pages).items():
        chosen = _authoritative(pages)
        for page in pages:
            if page not in chosen:
                page.superseded_by = chosen[0].url
        first = chosen[0]
        for other in chosen[1:]:
            assert first.doc is not None and other.doc is not None
            for change in doc_compare.compare_pages(first.doc, other.doc):
                report.disagreements.append(Disagreement(op_id, change, first.url, other.url))


# --- applying ------------------------------------------------------------------------------


def _sdk_methods(spec: dict[str, Any]) -> dict[str, set[str]]:
    taken: dict[str, set[str]] = {}
    for _, _, op in spec_mod.iter_operations(spec):
        tag = (op.get("tags") or ["?"])[0]
        taken.setdefault(tag, set()).add(str(op.get("x-pandapon-sdk-method")))
    return taken


def _fix_examples(files: SpecFiles, spec_dir: Path, examples: dict[str, Any]) -> None:
    """A request example the new schema refuses is replaced by the page's, or dropped."""
    for attempt in ("page", "none"):
        spec = spec_mod.bundle(spec_dir / spec_mod.ENTRY.name)
        ops = {str(op.get("operationId")): op for _, _, op in spec_mod.iter_operations(spec)}
        for op_id, example in examples.items():
            if not list(lint_spec.check_examples(spec, ops[op_id], op_id)):
                continue
            method, op = files.operation(op_id)
            media = next(iter(op["requestBody"]["content"].values()))
            if attempt == "page" and example is not None:
                media["example"] = example
            else:
                media.pop("example", None)
            files.set_operation(op_id, method, op, files.paths()[op_id][1])
        files.save()


def apply(report: Report, spec_dir: Path, *, regenerate: bool) -> None:
    """Write the pages' facts into the spec and the prose snapshots, lint, then regenerate; on
    any failure (lint, generation, the gate, an exception) every file is put back as it was
    (scripts/spec_transaction.py)."""

    def write(backup: spec_transaction.Backup) -> Applied:
        applied = _write_spec(report, spec_dir)
        applied.files = sorted({*backup.changed(), *_write_snapshots(report, spec_dir)})
        return applied

    snapshots = spec_dir / SNAPSHOT_DIR
    outcome = spec_transaction.apply(spec_dir, write, regenerate=regenerate, also=[snapshots])
    report.applied, report.problems = outcome.applied, outcome.problems


def _write_spec(report: Report, spec_dir: Path) -> Applied:
    """The pages' facts into the spec files."""
    before = spec_mod.bundle(spec_dir / spec_mod.ENTRY.name)
    files = SpecFiles(spec_dir)
    applied = Applied()
    models: dict[str, tuple[DocOperation, dict[str, Any]]] = {}
    shown = _by_operation(report.pages)
    for op_id, pages in shown.items():
        chosen = [p.doc for p in _authoritative(pages) if p.doc is not None]
        disagreements = [d for d in report.disagreements if d.operation_id == op_id]
        report.disagreements += spec_apply.update_operation(
            files, op_id, chosen, disagreements, models
        )
    taken = _sdk_methods(before)
    for page in report.pages:
        if page.kind == "api" and page.status == "new" and page.doc is not None:
            op_id = spec_apply.add_operation(files, page.doc, taken, models)
            page.operation_id = op_id
            applied.added.append(op_id)
    files.save()
    after = spec_mod.bundle(spec_dir / spec_mod.ENTRY.name)
    orphans = spec_apply.referenced_schemas(before) - spec_apply.referenced_schemas(after)
    for name in sorted(orphans):
        files.remove_schema(name)
        applied.removed_schemas.append(name)
    files.save()
    examples = {
        p.operation_id: (p.doc.body or {}).get("example")
        for p in report.pages
        if p.operation_id and p.doc is not None and p.superseded_by is None
    }
    _fix_examples(files, spec_dir, examples)
    final = spec_mod.bundle(spec_dir / spec_mod.ENTRY.name)
    applied.updated = [op for op in shown if _as_written(before, op) != _as_written(final, op)]
    return applied


def _as_written(spec: dict[str, Any], op_id: str) -> Any:
    """An operation as the spec has it: path, method, the operation and every model it reaches
    (what "updated" means: any of these changed)."""
    schemas = spec.get("components", {}).get("schemas", {})
    for path, method, op in spec_mod.iter_operations(spec):
        if op.get("operationId") == op_id:
            alone = {"paths": {path: {method: op}}, "components": {"schemas": schemas}}
            names = sorted(spec_apply.referenced_schemas(alone))
            return path, method, op, {name: schemas.get(name) for name in names}
    return None


def _write_snapshots(report: Report, spec_dir: Path) -> list[str]:
    written: list[str] = []
    directory = spec_dir / SNAPSHOT_DIR
    for page in report.pages:
        if page.kind != "doc" or page.prose is None or page.status == "unchanged":
            continue
        directory.mkdir(parents=True, exist_ok=True)
        name = page.snapshot
        (directory / name).write_text(page.prose.text, encoding="utf-8")
        written.append(f"{SNAPSHOT_DIR}/{name}")
    return written


# --- the run -------------------------------------------------------------------------------


async def _gather(args: argparse.Namespace, report: Report) -> list[tuple[_Source, Fetched]]:
    sites = [_site_url(s) for s in args.site]
    if not sites and not args.page and not args.from_dir:
        sites = list(PORTALS)
    found: list[tuple[_Source, Fetched]] = []
    async with Portal(
        cache_dir=None if args.no_cache else args.cache,
        concurrency=args.concurrency,
        timeout=args.timeout,
        retries=args.retries,
        # The portals' own hosts (a page named with --page: its host, given by the user).
        hosts=[*sites, *(_page_url(page) for page in args.page)],
        max_bytes=args.max_page_bytes,
        deadline=args.deadline,
    ) as portal:
        gatherer = _Gatherer(portal, report)
        sources = await gatherer.sites(sites)
        listed = {s.url for s in sources}
        for page in args.page:
            url = _page_url(page)
            if url not in listed:
                sources.append(_Source(url, _kind(url), site_label(_site_of(url))))
                listed.add(url)
        found = await gatherer.pages(sources)
    for directory in args.from_dir:
        found += _from_dir(Path(directory), args.max_page_bytes)
    return found


def run(args: argparse.Namespace) -> Report:
    report = Report()
    spec_dir = Path(args.spec_dir)
    try:
        spec = spec_diff.load_spec(spec_dir)
    except spec_diff.SpecDiffError as exc:
        report.failed = f"cannot read the spec: {exc}"
        return report
    index = _SpecIndex(spec)
    found = asyncio.run(_gather(args, report))
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
            report.pages.append(_read_api(source, fetched, index))
        else:
            report.pages.append(_read_prose(source, fetched, spec_dir / SNAPSHOT_DIR))
    if not any(p.status not in ("unreachable", "off-site") for p in report.pages):
        report.failed = "nothing could be read: every portal and page was unreachable"
        return report
    _cross_check(report)
    if args.apply:
        regenerate = spec_transaction.is_project_spec(spec_dir) and not args.no_generate
        apply(report, spec_dir, regenerate=regenerate)
    return report


# --- output --------------------------------------------------------------------------------


def _line(page: PageResult) -> str:
    where = f"{page.method.upper()} {page.path}" if page.method and page.path else ""
    name = page.operation_id or ""
    what = "  ".join(x for x in (name, where) if x)
    return printable(f"{what}  ← {page.url}" if what else page.url)


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
    out += spec_transaction.render_outcome(report.applied, report.problems)
    if report.failed:
        out.append(f"\ndocs-sync failed: {printable(report.failed)}")
    return "\n".join(out) + "\n"


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


def _number(kind: type[int] | type[float], *, least: float, strict: bool = True) -> Any:
    def parse(text: str) -> int | float:
        try:
            value = kind(text)
        except ValueError:
            raise argparse.ArgumentTypeError(f"not a number: {text!r}") from None
        if not (value > least if strict else value >= least):
            word = "more than" if strict else "at least"
            raise argparse.ArgumentTypeError(f"must be {word} {least:g}, got {text}")
        return value

    return parse


def parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(
        prog="python -m scripts.docs_sync",
        description="Compare the spec with the PandaPon doc portals' exports (llms.txt, api-*.md).",
    )
    p.add_argument(
        "--site",
        action="append",
        default=[],
        metavar="URL",
        help="a portal (repeatable); default: every PandaPon portal",
    )
    p.add_argument(
        "--page",
        action="append",
        default=[],
        metavar="URL",
        help="one api-<id>.md or doc-<id>.md page (repeatable)",
    )
    p.add_argument(
        "--from-dir",
        action="append",
        default=[],
        metavar="DIR",
        help="Markdown pages saved by hand (repeatable)",
    )
    p.add_argument(
        "--cache",
        type=Path,
        default=DEFAULT_CACHE,
        metavar="DIR",
        help="conditional-request cache (default .docs-cache/)",
    )
    p.add_argument("--no-cache", action="store_true", help="download everything anew")
    p.add_argument("--report", type=Path, metavar="FILE", help="also write the report as JSON")
    p.add_argument(
        "--apply",
        action="store_true",
        help="write what the pages show into the spec, then regenerate",
    )
    p.add_argument(
        "--concurrency",
        type=_number(int, least=0),
        default=4,
        metavar="N",
        help="downloads at a time (default 4)",
    )
    p.add_argument(
        "--timeout",
        type=_number(float, least=0),
        default=30.0,
        metavar="S",
        help="seconds for one page's whole download, redirects included (default 30)",
    )
    p.add_argument(
        "--deadline",
        type=_number(float, least=0),
        default=DEFAULT_DEADLINE,
        metavar="S",
        help=f"seconds for the run's whole download (default {DEFAULT_DEADLINE:g}); "
        "pages not read by then are reported unreachable",
    )
    p.add_argument(
        "--max-page-bytes",
        type=_number(int, least=0),
        default=MAX_PAGE_BYTES,
        metavar="N",
        help=f"a page larger than this is not read (default {MAX_PAGE_BYTES:,}, 5 MB)",
    )
    p.add_argument(
        "--retries",
        type=_number(int, least=0, strict=False),
        default=3,
        metavar="N",
        help="retries on HTTP 429, 500, 502, 503, 504, timeouts and connection errors (default 3)",
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
    try:
        report = run(args)
    except SyncError as exc:
        print(f"docs-sync: {exc}", file=sys.stderr)
        return 2
    except Exception as exc:
        # A bug or an unforeseen failure: exit 2 (the run failed), never Python's 1, which
        # would read as "the pages differ".
        traceback.print_exc()
        report = Report(failed=f"unexpected error: {exc.__class__.__name__}: {exc}")
        print(f"docs-sync: {report.failed}", file=sys.stderr)
    sys.stdout.write(render(report))
    if args.report:
        spec_transaction.write_report(args.report, report.as_json())
    return report.exit_code()


if __name__ == "__main__":
    sys.exit(main())
