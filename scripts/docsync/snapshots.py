"""Prose pages and their snapshots under ``openapi/docs/``: a prose page is compared with its
snapshot (the sections that decide signing, the error classes and the message callbacks are
shown when they change), and ``--apply`` writes the new text."""

from __future__ import annotations

import hashlib
import re
from pathlib import Path, PurePosixPath
from urllib.parse import unquote, urlsplit

from scripts.docsync import apifox
from scripts.docsync.gather import Source
from scripts.docsync.portal import Fetched
from scripts.docsync.report import PageResult, Report, guarded

SNAPSHOT_DIR = "docs"  # under the spec directory
# Prose sections that decide pandapon.sign, the error classes and pandapon.webhooks.
_WATCHED = {
    "signature": re.compile(r"signat|签名|sign\b|ลายเซ็น|firma|chữ ký", re.I),
    "error codes": re.compile(r"error|错误|状态码|返回码|ข้อผิดพลาด|código|mã lỗi", re.I),
    "message callbacks": re.compile(
        r"callback|message|webhook|回调|消息|推送|การแจ้งเตือน|ข้อความ|mensaje|tin nhắn", re.I
    ),
}


def read_prose(source: Source, fetched: Fetched, snapshots: Path) -> PageResult:
    result = PageResult(source.url, "doc", "unparsable", source.site, apifox.page_id(source.url))
    result.title = source.title
    return guarded(result, lambda: _fill_prose(result, source, fetched, snapshots))


def _fill_prose(result: PageResult, source: Source, fetched: Fetched, snapshots: Path) -> None:
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


def snapshot_name(source: Source) -> str:
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


def write_snapshots(report: Report, spec_dir: Path) -> list[str]:
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
