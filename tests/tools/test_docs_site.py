"""`make docs`: the HTML reference builds, has a section for every operation, resolves every
internal link and anchor, loads nothing from another host, and its search covers operations and
fields. One build (a few seconds, examples run against the sandbox) serves every test here.

The browser test opens the site from the file system in headless chromium (skipped, with the
reason, where chromium is missing). With PANDAPON_DOCS_SCREENSHOT=path (`make docs-screenshot`)
it also saves the README's screenshot there.
"""

from __future__ import annotations

import html
import json
import os
import re
import shutil
from collections.abc import Iterator
from html.parser import HTMLParser
from pathlib import Path
from typing import Any
from urllib.parse import unquote, urlsplit

import markdown
import pytest

from scripts import spec as spec_mod
from scripts.reference import site as docs_site
from scripts.reference.models import code, prose
from scripts.reference.pages import request_rows
from tests.support.hostile_text import TEXTS

# Builds the HTML reference (MkDocs) once and drives a browser: up to 30 s of setup under load.
pytestmark = pytest.mark.timeout(600)

SPEC = spec_mod.bundle()
OPERATIONS = spec_mod.iter_operations(SPEC)
RESOURCES = {t["name"]: t["x-pandapon-resource"] for t in SPEC["tags"]}
# Elements that load what they point at (as opposed to <a>, which the reader follows).
_LOADS = {("script", "src"), ("link", "href"), ("img", "src"), ("iframe", "src"), ("source", "src")}


class Page(HTMLParser):
    """The ids of an HTML page, and every URL it links to or loads (tag, attribute, URL)."""

    def __init__(self, text: str) -> None:
        super().__init__()
        self.ids: set[str] = set()
        self.urls: list[tuple[str, str, str]] = []
        self.feed(text)

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        for name, value in attrs:
            if name in ("id", "name") and value:
                self.ids.add(value)
            if name in ("href", "src") and value is not None:
                self.urls.append((tag, name, value))


@pytest.fixture(scope="module")
def site(tmp_path_factory: pytest.TempPathFactory) -> Path:
    root = tmp_path_factory.mktemp("docs")
    return docs_site.build(root / "site", root / "work")


@pytest.fixture(scope="module")
def pages(site: Path) -> dict[Path, Page]:
    return {p: Page(p.read_text(encoding="utf-8")) for p in site.rglob("*.html")}


def section(site: Path, operation_id: str, page: str) -> str:
    """The text of one operation's section (from its heading to the next)."""
    text = (site / page).read_text(encoding="utf-8")
    found = re.search(rf'<h2 id="{operation_id}".*?(?=<h2 |</article>)', text, re.S)
    assert found, f"{page} has no section {operation_id}"
    return html.unescape(re.sub(r"<[^>]+>", "", found.group(0)))


@pytest.mark.parametrize(("path", "method", "op"), OPERATIONS, ids=lambda v: str(v)[:40])
def test_every_operation_has_a_section(
    site: Path, path: str, method: str, op: dict[str, Any]
) -> None:
    resource = RESOURCES[op["tags"][0]]
    page = resource.replace(".", "-") + ".html"
    text = section(site, op["operationId"], page)
    call = f"client.{resource}.{op['x-pandapon-sdk-method']}("
    assert call in text
    assert f"{method.upper()} {path}" in text
    assert op["x-pandapon-doc"]["confidence"] in text
    assert "with sandbox.running() as box, box.client() as client:" in text
    assert re.search(r"A fresh sandbox (returns|raises) \w+", text)
    # Every request field is listed, and each rule says whether the SDK checks it by default.
    fields = list(spec_mod.request_fields(SPEC, op))
    for field in fields:
        name = field.where.rsplit(".", 1)[-1].removeprefix("parameter ").removesuffix("[]")
        assert name in text, f"{op['operationId']}: request field {name} is not shown"
    rules = [(rule, rule in f.inferred()) for f in fields for rule in f.rules()]
    assert ("strict only" in text) == any(inferred for _, inferred in rules)
    assert ("enforced" in text) == any(not inferred for _, inferred in rules)
    if op.get("x-pandapon-pagination"):
        assert f"iter_{op['x-pandapon-sdk-method']}_pages(" in text
    for disagreement in op["x-pandapon-doc"].get("disagreements") or []:
        assert "The doc pages disagree" in text
        assert str(disagreement["where"]) in text
    index = (site / "operations.html").read_text(encoding="utf-8")
    assert f'href="{page}#{op["operationId"]}"' in index


@pytest.mark.parametrize(("path", "method", "op"), OPERATIONS, ids=lambda v: str(v)[:40])
def test_every_rule_keeps_its_verdict(path: str, method: str, op: dict[str, Any]) -> None:
    """The request table shows each rule the spec tools find once, enforced or strict only."""
    fields = spec_mod.request_fields(SPEC, op)
    expected = sorted((rule, rule not in f.inferred()) for f in fields for rule in f.rules())
    shown = sorted(verdict for row in request_rows(SPEC, op) for verdict in row.rules.items())
    assert shown == expected


def test_nested_fields_are_named_from_the_request() -> None:
    (op,) = [op for _, _, op in OPERATIONS if op["operationId"] == "createAlibabaOrder"]
    rows = {row.name: row for row in request_rows(SPEC, op)}
    assert {"flow", "addressParam", "addressParam.fullName", "cargoParamList[].specId"} <= set(rows)
    assert rows["cargoParamList[].quantity"].rules == {"exclusiveMinimum": False}


def test_internal_links_and_anchors_resolve(site: Path, pages: dict[Path, Page]) -> None:
    broken = []
    for source, page in pages.items():
        for tag, attribute, url in page.urls:
            parts = urlsplit(url)
            if parts.scheme in ("http", "https") or url.startswith("//"):
                if (tag, attribute) in _LOADS and not (tag == "link" and "canonical" in url):
                    broken.append(f"{source.name}: <{tag} {attribute}> loads {url} at view time")
                continue
            if parts.scheme:  # mailto:, data: ...
                continue
            path = unquote(parts.path)
            if path.startswith("/"):
                # Only the 404 page may link from the root: a server shows it at any depth.
                if source.name != "404.html":
                    broken.append(f"{source.name}: {url} (from the root: breaks from a file)")
                    continue
                path = str(site / path.lstrip("/"))
            target = (source.parent / path).resolve() if path else source
            if target.is_dir():
                target = target / "index.html"
            if not target.is_file():
                broken.append(f"{source.name}: {url} (no such file)")
            elif parts.fragment and unquote(parts.fragment) not in pages[target].ids:
                broken.append(f"{source.name}: {url} (no such anchor)")
    assert not broken, "\n".join(broken[:30])
    assert sum(len(p.urls) for p in pages.values()) > 1000  # the walk saw the site


def test_a_broken_anchor_fails_the_build(site: Path, tmp_path: Path) -> None:
    work = shutil.copytree(site.parent / "work", tmp_path / "work")
    with (work / "src" / "operations.md").open("a", encoding="utf-8") as page:
        page.write("\n[gone](models.md#NoSuchModel)\n")
    with pytest.raises(RuntimeError, match="NoSuchModel"):
        docs_site.run_mkdocs(work / "mkdocs.yml", tmp_path / "site")


def test_search_covers_operations_and_fields(site: Path) -> None:
    index = json.loads((site / "search" / "search_index.json").read_text(encoding="utf-8"))
    sections = {doc["location"]: doc["text"] for doc in index["docs"]}
    for _, _, op in OPERATIONS:
        page = RESOURCES[op["tags"][0]].replace(".", "-") + ".html"
        text = sections.get(f"{page}#{op['operationId']}")
        assert text is not None, f"{op['operationId']} is not in the search index"
        for field in spec_mod.request_fields(SPEC, op):
            name = field.where.rsplit(".", 1)[-1].removeprefix("parameter ").removesuffix("[]")
            assert name in text
    for name in SPEC["components"]["schemas"]:
        if not name.endswith("Response"):
            assert f"models.html#{name}" in sections


# --- in a real browser, from the file system --------------------------------------------------

CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")
SCREENSHOT = os.environ.get("PANDAPON_DOCS_SCREENSHOT")


@pytest.fixture
def browser() -> Iterator[Any]:
    if CHROMIUM is None:
        pytest.skip("no chromium on this machine: apt-get install chromium (.ci/run does)")
    sync_api = pytest.importorskip("playwright.sync_api", reason="Playwright is not installed")
    with sync_api.sync_playwright() as playwright:
        # --no-sandbox: the tests run as root in CI; Debian's build, not a downloaded one.
        launched = playwright.chromium.launch(executable_path=CHROMIUM, args=["--no-sandbox"])
        yield launched
        launched.close()


def test_search_works_offline_in_a_browser(site: Path, browser: Any) -> None:
    page = browser.new_page(viewport={"width": 1280, "height": 800})
    requests: list[str] = []
    page.on("request", lambda request: requests.append(request.url))
    page.goto((site / "alibaba-orders.html").as_uri() + "#cancelAlibabaOrder")
    page.set_default_timeout(30_000)
    if SCREENSHOT:  # an operation's section, as a reader lands on it
        page.screenshot(path=SCREENSHOT)
    query = page.locator("input[data-md-component=search-query]")
    query.click()
    # The worker builds the index first (seconds on a busy machine); Material answers keys.
    meta = page.locator(".md-search-result__meta")
    ready = "el => !el.textContent.includes('Initializing')"
    page.wait_for_function(ready, arg=meta.element_handle())
    query.press_sequentially("cancelReason")  # a request field: found in its operation's section
    result = page.locator(".md-search-result__item a[href$='#cancelAlibabaOrder']")
    result.first.wait_for(state="attached")
    elsewhere = [url for url in requests if not url.startswith("file://")]
    assert not elsewhere, f"the site loaded from elsewhere: {elsewhere}"


@pytest.mark.parametrize("text", TEXTS, ids=range(len(TEXTS)))
def test_spec_text_renders_as_text_never_as_markup(text: str) -> None:
    """Descriptions, summaries and values from doc pages go into the reference's Markdown
    through prose() and code(): whatever they hold, no element, link or attribute comes of it."""
    for source in (prose(text), code(text), f"## Title · {prose(text)} {{#anchor}}"):
        rendered = markdown.markdown(source, extensions=["attr_list", "tables", "admonition"])
        tags = re.findall(r"<([a-z0-9]+)[\s>]", rendered)
        assert set(tags) <= {"p", "code", "h2", "em", "strong", "pre", "br"}, rendered
        assert "<script" not in rendered and "href=" not in rendered


# --- the repository's guides, and Chinese search (issue 25) -----------------------------------


def test_the_guides_are_pages_and_links_to_them_are_links(
    site: Path, pages: dict[Path, Page]
) -> None:
    """A probe: the site left out docs/webhooks.md (and the other docs pages), and README's
    links to BENCHMARKS, TESTING and CONTRIBUTING became their names in code."""
    for _, _, path in docs_site.GUIDES:
        assert (site / path).with_suffix(".html").is_file(), path
    home = {url for tag, _, url in pages[site / "index.html"].urls if tag == "a"}
    for target in ("docs/webhooks.html", "BENCHMARKS.html", "TESTING.html", "CONTRIBUTING.html"):
        assert any(url.split("#")[0] == target for url in home), target
    text = (site / "index.html").read_text(encoding="utf-8")
    assert "(<code>TESTING.md</code>)" not in text and "(<code>BENCHMARKS.md</code>)" not in text
    webhooks = {url for tag, _, url in pages[site / "docs" / "webhooks.html"].urls if tag == "a"}
    assert "several-machines.html" in webhooks  # between guides, too


def test_chinese_search_finds_the_pages_that_say_it(site: Path, browser: Any) -> None:
    """A probe: searching 退款 (refund) found nothing: Chinese has no spaces, so a whole run of
    ideographs was one token. jieba now cuts it into words as the index is built (a zero-width
    space between them, which the search separator splits on)."""
    page = browser.new_page(viewport={"width": 1280, "height": 800})
    page.goto((site / "index.html").as_uri())
    page.set_default_timeout(30_000)
    query = page.locator("input[data-md-component=search-query]")
    query.click()
    meta = page.locator(".md-search-result__meta")
    ready = "el => !el.textContent.includes('Initializing')"
    page.wait_for_function(ready, arg=meta.element_handle())
    query.fill("退款")  # as an input method enters it: whole, not key by key
    query.press("End")
    result = page.locator(".md-search-result__item a[href*='alibaba-refunds.html']")
    result.first.wait_for(state="attached")
