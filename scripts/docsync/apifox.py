"""Read the PandaPon doc portals' machine-readable exports (Apifox).

An Apifox portal publishes ``<site>/llms.txt`` (an index of every page), ``<site>/api-<id>.md``
(one operation: a title line and a whole OpenAPI 3.0 document in a ```` ```yaml ```` block) and
``<site>/doc-<id>.md`` (a prose page). The format is described in
``shared/pandapon-docs/apifox-export.md``; this module only parses, it never downloads.
"""

from __future__ import annotations

import hashlib
import json
import re
from dataclasses import dataclass, field
from typing import Any
from urllib.parse import urljoin, urlsplit

import yaml

_LINK = re.compile(r"\[(?P<text>[^\]]*)\]\((?P<url>[^)\s]+)\)")
_PAGE_ID = re.compile(r"\b(?P<kind>api|doc)-(?P<digits>\d+)\b")
_FENCE = re.compile(r"^(?P<fence>```+|~~~+)\s*(?P<info>[\w-]*)\s*$")
_HEADING = re.compile(r"^(?P<marks>#{1,6})\s+(?P<text>.*?)\s*#*\s*$")
_HTML_START = re.compile(r"^\s*(?:<!doctype\s+html|<html|<head|<body|<\?xml)", re.IGNORECASE)
_CJK = re.compile(r"[\u4e00-\u9fff]")
_THAI = re.compile(r"[\u0e00-\u0e7f]")
_VIETNAMESE = re.compile(r"[ăâđêôơưạảấầẩẫậắằẳẵặẹẻẽếềểễệỉịọỏốồổỗộớờởỡợụủứừửữựỳỵỷỹ]", re.I)


class ExportError(Exception):
    """A page is not a usable export (HTML instead of Markdown, no or broken YAML block)."""


class UnsafePage(ExportError):
    """A page holding what docs sync refuses to act on: YAML anchors or aliases (the Apifox
    exports have none, and each alias could expand a few lines into gigabytes), or names and
    paths outside the safe patterns (scripts/spec/safe_names.py)."""


@dataclass(frozen=True)
class Link:
    """One page listed in ``llms.txt``."""

    url: str  # absolute, ending in .md
    kind: str  # "api" or "doc"
    page_id: str  # "api-289121048"
    title: str


@dataclass
class ApiPage:
    """One ``api-<id>.md`` page: its metadata and the single operation of its OpenAPI block."""

    url: str
    page_id: str | None
    title: str
    language: str
    method: str  # lower case
    path: str  # as the page writes it (older generations lack /v2)
    operation: dict[str, Any]
    components: dict[str, Any]  # the document's components (schemas by the doc's names, ...)
    folder: str = ""
    status: str = ""  # x-apifox-status
    content_hash: str = ""  # sha256 of the OpenAPI block, normalised
    system_headers: dict[str, bool] = field(default_factory=dict)  # header -> required on the page

    @property
    def schemas(self) -> dict[str, Any]:
        schemas = self.components.get("schemas")
        return schemas if isinstance(schemas, dict) else {}


@dataclass
class ProsePage:
    """One ``doc-<id>.md`` page, split into sections by its headings."""

    url: str
    page_id: str | None
    title: str
    text: str
    sections: list[tuple[str, str]]  # (heading, body)
    content_hash: str


def page_id(url: str) -> str | None:
    """``https://doc-env2.pandapon.com/api-289121048.md`` -> ``api-289121048`` (any host)."""
    found = list(_PAGE_ID.finditer(urlsplit(url).path or url))
    if not found:
        return None
    last = found[-1]  # the last id in the path names the page
    return f"{last['kind']}-{last['digits']}"


def page_url(url: str) -> str:
    """The page's address as the spec records it: no ``.md``, no query."""
    parts = urlsplit(url)
    return f"{parts.scheme}://{parts.netloc}{parts.path.removesuffix('.md')}"


def looks_like_html(text: str, content_type: str = "") -> bool:
    """A login form or an error page where Markdown was expected."""
    return "html" in content_type.lower() or bool(_HTML_START.match(text[:200]))


def language(text: str) -> str:
    """The page's language from its script: zh, th, vi or en."""
    if _THAI.search(text):
        return "th"
    if _CJK.search(text):
        return "zh"
    if _VIETNAMESE.search(text):
        return "vi"
    return "en"


def parse_index(text: str, base_url: str) -> list[Link]:
    """Every API and prose page linked from an ``llms.txt`` (each once, in index order)."""
    links: list[Link] = []
    seen: set[str] = set()
    for match in _LINK.finditer(text):
        url = urljoin(base_url.rstrip("/") + "/", match["url"])
        path = urlsplit(url).path
        found = _PAGE_ID.search(path.rsplit("/", 1)[-1])
        if not found or not path.endswith(".md") or url in seen:
            continue
        seen.add(url)
        pid = f"{found['kind']}-{found['digits']}"
        links.append(Link(url, found["kind"], pid, match["text"].strip()))
    return links


def _title(lines: list[str]) -> str:
    for line in lines:
        heading = _HEADING.match(line)
        if heading and len(heading["marks"]) == 1:
            return heading["text"]
    return ""


def _yaml_block(lines: list[str]) -> tuple[str, int]:
    """The first YAML code block holding an OpenAPI document, and its first line number."""
    i = 0
    while i < len(lines):
        opening = _FENCE.match(lines[i])
        if not opening:
            i += 1
            continue
        fence = opening["fence"]
        end = next(
            (j for j in range(i + 1, len(lines)) if lines[j].strip().startswith(fence)), None
        )
        if end is None:
            raise ExportError(f"line {i + 1}: the code block is never closed")
        body = "\n".join(lines[i + 1 : end])
        if opening["info"].lower() in ("yaml", "yml", "") and re.search(
            r"^openapi\s*:", body, re.M
        ):
            return body, i + 2
        i = end + 1
    raise ExportError("no YAML block with an OpenAPI document (## OpenAPI Specification)")


class _AnchorRefused(yaml.YAMLError):
    def __init__(self, mark: Any) -> None:
        super().__init__("an anchor or alias")
        self.mark = mark


class _PageLoader(yaml.SafeLoader):
    """A safe loader that refuses every anchor and alias before it builds anything."""

    def compose_node(self, parent: Any, index: Any) -> Any:
        event = self.peek_event()  # type: ignore[no-untyped-call]
        if isinstance(event, yaml.AliasEvent) or getattr(event, "anchor", None):
            raise _AnchorRefused(event.start_mark)
        return super().compose_node(parent, index)


def _load(block: str, first_line: int) -> dict[str, Any]:
    try:
        doc = yaml.load(block, Loader=_PageLoader)  # noqa: S506 - a SafeLoader
    except _AnchorRefused as refused:
        line = first_line + (refused.mark.line if refused.mark else 0)
        raise UnsafePage(
            f"line {line}: YAML anchors and aliases are refused (the Apifox exports have "
            "none; each could expand a few lines into gigabytes)"
        ) from None
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        where = f"line {first_line + mark.line}" if mark is not None else "the YAML block"
        problem = getattr(exc, "problem", None) or str(exc).splitlines()[0]
        raise ExportError(f"{where}: malformed YAML ({problem})") from None
    if not isinstance(doc, dict):
        raise ExportError("the YAML block is not an OpenAPI document (not a mapping)")
    return doc


def _only_operation(doc: dict[str, Any]) -> tuple[str, str, dict[str, Any]]:
    paths = doc.get("paths")
    if not isinstance(paths, dict) or not paths:
        raise ExportError("the OpenAPI document has no paths")
    found = [
        (path, method, op)
        for path, item in paths.items()
        if isinstance(item, dict)
        for method, op in item.items()
        if method in ("get", "put", "post", "delete", "patch", "head", "options")
        and isinstance(op, dict)
    ]
    if len(found) != 1:
        raise ExportError(f"expected exactly one operation in the page, found {len(found)}")
    path, method, op = found[0]
    if not isinstance(path, str) or not path.startswith("/"):
        raise ExportError(f"the operation's path {path!r} does not start with /")
    return path, method, op


def _system_headers(op: dict[str, Any], system: frozenset[str]) -> dict[str, bool]:
    return {
        str(p["name"]).lower(): bool(p.get("required"))
        for p in op.get("parameters") or []
        if isinstance(p, dict) and p.get("in") == "header" and str(p.get("name")).lower() in system
    }


def content_hash(doc: Any) -> str:
    """A stable hash of a page's OpenAPI document (key order and YAML layout do not count)."""
    text = json.dumps(doc, sort_keys=True, ensure_ascii=False, default=str)
    return "sha256:" + hashlib.sha256(text.encode()).hexdigest()


def _not_html(text: str, content_type: str) -> None:
    if looks_like_html(text, content_type):
        raise ExportError("the page is HTML, not Markdown (password-protected or export off?)")


def parse_api_page(
    text: str, url: str, system_headers: frozenset[str], content_type: str = ""
) -> ApiPage:
    """An ``api-<id>.md`` page (``content_type``: as served, if it was); ``ExportError`` names
    what is wrong with a broken one."""
    _not_html(text, content_type)
    lines = text.splitlines()
    doc = _load(*_yaml_block(lines))
    path, method, op = _only_operation(doc)
    components = doc.get("components")
    title = _title(lines) or str(op.get("summary") or "")
    pid = page_id(url) or page_id(str(op.get("x-run-in-apifox") or ""))
    return ApiPage(
        url=url,
        page_id=pid,
        title=title,
        language=language(title),
        method=method,
        path=path,
        operation=op,
        components=components if isinstance(components, dict) else {},
        folder=str(op.get("x-apifox-folder") or ""),
        status=str(op.get("x-apifox-status") or ""),
        content_hash=content_hash(doc),
        system_headers=_system_headers(op, system_headers),
    )


def parse_prose_page(text: str, url: str, content_type: str = "") -> ProsePage:
    """A ``doc-<id>.md`` page, split at its headings (code blocks are kept whole); HTML (by its
    text or ``content_type``) is an ``ExportError``, as for an API page."""
    _not_html(text, content_type)
    sections: list[tuple[str, list[str]]] = [("", [])]
    fence: str | None = None
    for line in text.splitlines():
        opening = _FENCE.match(line)
        if opening and fence is None:
            fence = opening["fence"]
        elif fence is not None and line.strip().startswith(fence):
            fence = None
        heading = _HEADING.match(line) if fence is None else None
        if heading:
            sections.append((heading["text"], []))
        else:
            sections[-1][1].append(line)
    split = [(h, "\n".join(body).strip()) for h, body in sections if h or "".join(body).strip()]
    lines = text.splitlines()
    return ProsePage(
        url=url,
        page_id=page_id(url),
        title=_title(lines),
        text=text,
        sections=split,
        content_hash="sha256:" + hashlib.sha256(text.encode()).hexdigest(),
    )
