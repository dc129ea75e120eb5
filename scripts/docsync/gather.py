"""Gathering a docs-sync run's pages: each portal's ``llms.txt`` and the pages it lists (on the
portal's own host only; anything elsewhere is reported ``off-site``, never fetched), pages named
one by one, and pages saved by hand in a directory."""

from __future__ import annotations

import argparse
import re
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import urlsplit

from scripts.docsync import apifox
from scripts.docsync.portal import Fetched, Portal, Progress, origin
from scripts.docsync.report import PageResult, Report
from scripts.spec.pyliteral import printable

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


class SyncError(Exception):
    """The run cannot go on (the spec cannot be read, bad arguments)."""


@dataclass(frozen=True)
class Source:
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

    async def sites(self, sites: list[str]) -> list[Source]:
        indexes = await self.portal.fetch_all([f"{site}/llms.txt" for site in sites])
        sources: list[Source] = []
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
            sources += [Source(link.url, link.kind, site_label(site), link.title) for link in links]
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

    async def pages(self, sources: list[Source]) -> list[tuple[Source, Fetched]]:
        progress = Progress(len(sources))

        def done(fetched: Fetched) -> None:
            self._count(fetched)
            progress.step()

        fetched = await self.portal.fetch_all([s.url for s in sources], done)
        return list(zip(sources, fetched, strict=True))


def _from_dir(directory: Path, max_bytes: int) -> list[tuple[Source, Fetched]]:
    if not directory.is_dir():
        raise SyncError(f"--from-dir {directory}: no such directory")
    found: list[tuple[Source, Fetched]] = []
    for path in sorted(directory.rglob("*.md")):
        url = path.resolve().as_uri()
        key = path.relative_to(directory).with_suffix("").as_posix()
        if path.stat().st_size > max_bytes:
            error = f"larger than {max_bytes:,} bytes (--max-page-bytes); not read"
            found.append((Source(url, _kind(url), "file", key=key), Fetched(url, None, error)))
            continue
        text = path.read_text(encoding="utf-8", errors="replace")
        found.append((Source(url, _kind(url, text), "file", key=key), Fetched(url, text)))
    return found


async def gather(args: argparse.Namespace, report: Report) -> list[tuple[Source, Fetched]]:
    sites = [_site_url(s) for s in args.site]
    if not sites and not args.page and not args.from_dir:
        sites = list(PORTALS)
    found: list[tuple[Source, Fetched]] = []
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
                sources.append(Source(url, _kind(url), site_label(_site_of(url))))
                listed.add(url)
        found = await gatherer.pages(sources)
    for directory in args.from_dir:
        found += _from_dir(Path(directory), args.max_page_bytes)
    return found
