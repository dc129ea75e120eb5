"""A hostile Apifox-format portal: every way a doc page has been tried against docs sync.

``write_site(root, off_site)`` writes the site ``hostile`` under a tests/support/portal.py root, and
``arm(portal, counter)`` gives the portal the behaviours no file can (a redirect off the host,
an endless page, a trickling page). ``PAGES`` says what each page tries and the verdict docs
sync must give it. The payloads create the marker file of tests/support/hostile_text.py if they ever
run; each new operation's SDK method is named in ``METHODS`` so that a test can call it.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import yaml

from tests.support.hostile_text import breakouts
from tests.support.portal import Counter, Portal

SITE = "hostile"
#: page file -> (what it tries, the status docs sync must report)
PAGES: dict[str, tuple[str, str]] = {
    "api-1.md": ("a title breaking out of a docstring", "new"),
    "api-2.md": ("descriptions breaking out of docstrings and literals", "new"),
    "api-3.md": ("a query parameter's name breaking out of a dict key", "unsafe"),
    "api-4.md": ("a property's name breaking out of a literal", "unsafe"),
    "api-5.md": ("a request example breaking out of the reference's example code", "new"),
    "api-6.md": ("an llms.txt link to another host", "off-site"),
    "api-7.md": ("a redirect to another host", "off-site"),
    "api-8.md": ("a YAML alias bomb", "unsafe"),
    "api-9.md": ("a page that never ends", "unreachable"),
    "api-10.md": ("a page trickling a byte at a time", "unreachable"),
    "api-11.md": ("a path with ../", "unsafe"),
    "api-12.md": ("a path parameter named to break out of a URL template", "unsafe"),
}
#: operationId of each page that is applied -> its SDK method under client.alibaba.products
METHODS = {
    "alibabaHostileTitle": "hostile_title",
    "alibabaHostileText": "hostile_text",
    "alibabaHostileExample": "hostile_example",
}
#: Paths of the pages refused: nothing of them may reach the spec.
REFUSED_PATHS = (
    "/v2/alibaba/hostile/param",
    "/v2/alibaba/hostile/property",
    "/v2/alibaba/hostile/alias",
    "/v2/alibaba/hostile/../../admin/users",
    "/v2/alibaba/hostile/item/{id}}.format(",
)

_HEADERS = [
    {"name": name, "in": "header", "required": True, "example": "x", "schema": {"type": "string"}}
    for name in ("access-key", "nonce-str", "timestamp", "user-id", "signature")
]


def _page(
    title: str,
    path: str,
    *,
    description: str = "",
    parameters: list[dict[str, Any]] | None = None,
    properties: dict[str, Any] | None = None,
    example: Any = None,
    data: dict[str, Any] | None = None,
) -> str:
    op: dict[str, Any] = {
        "summary": title,
        "deprecated": False,
        "description": description,
        "tags": ["1688/Goods"],
        "parameters": [*(parameters or []), *_HEADERS],
    }
    if properties is not None:
        media: dict[str, Any] = {"schema": {"type": "object", "properties": properties}}
        if example is not None:
            media["example"] = example
        op["requestBody"] = {"content": {"application/json": media}}
    envelope = {
        "type": "object",
        "properties": {
            "requestId": {"type": "string"},
            "code": {"type": "integer"},
            "msg": {"type": "string"},
            "data": data or {"type": "boolean", "nullable": True},
        },
    }
    op["responses"] = {
        "200": {"description": "", "content": {"application/json": {"schema": envelope}}}
    }
    doc = {
        "openapi": "3.0.1",
        "info": {"title": "", "description": "", "version": "1.0.0"},
        "paths": {path: {"post": op}},
        "components": {"schemas": {}},
    }
    block = yaml.safe_dump(doc, allow_unicode=True, sort_keys=False, width=1000)
    heading = title.replace("\n", " ")  # a heading is one line; the summary keeps the rest
    return f"# {heading}\n\n## OpenAPI Specification\n\n```yaml\n{block}```\n"


_ALIAS_BOMB = """# 1688 Alias bomb

## OpenAPI Specification

```yaml
openapi: 3.0.1
info: {title: '', description: '', version: 1.0.0}
x-a: &a ["lol", "lol", "lol", "lol", "lol", "lol", "lol", "lol", "lol"]
x-b: &b [*a, *a, *a, *a, *a, *a, *a, *a, *a]
x-c: &c [*b, *b, *b, *b, *b, *b, *b, *b, *b]
x-d: &d [*c, *c, *c, *c, *c, *c, *c, *c, *c]
x-e: &e [*d, *d, *d, *d, *d, *d, *d, *d, *d]
x-f: &f [*e, *e, *e, *e, *e, *e, *e, *e, *e]
x-g: &g [*f, *f, *f, *f, *f, *f, *f, *f, *f]
x-h: &h [*g, *g, *g, *g, *g, *g, *g, *g, *g]
x-i: &i [*h, *h, *h, *h, *h, *h, *h, *h, *h]
paths:
  /v2/alibaba/hostile/alias:
    post:
      summary: 1688 Alias bomb
      x-bomb: [*i, *i, *i, *i, *i, *i, *i, *i, *i]
      responses: {'200': {description: ''}}
```
"""


def write_site(root: Path, off_site: str) -> Path:
    """The hostile site under ``root`` (``off_site``: a URL on another host, for its links)."""
    site = root / SITE
    site.mkdir(parents=True, exist_ok=True)
    payloads = breakouts()
    text = {"type": "string", "nullable": True}
    pages = {
        "api-1.md": _page(payloads[0], "/v2/alibaba/hostile/title"),
        "api-2.md": _page(
            "1688 Hostile text",
            "/v2/alibaba/hostile/text",
            description=payloads[6],
            parameters=[
                {
                    "name": "itemId",
                    "in": "query",
                    "description": payloads[2],
                    "example": payloads[3],
                    "schema": {"type": "string"},
                }
            ],
            properties={
                "note": {**text, "description": payloads[1]},
                "memo": {**text, "description": "</script><script>alert(1)</script>"},
                "kind": {"type": "string", "enum": [payloads[4], payloads[11]]},
            },
            data={"type": "string", "nullable": True, "description": payloads[5]},
        ),
        "api-3.md": _page(
            "1688 Hostile parameter",
            "/v2/alibaba/hostile/param",
            parameters=[{"name": payloads[2], "in": "query", "schema": {"type": "string"}}],
        ),
        "api-4.md": _page(
            "1688 Hostile property",
            "/v2/alibaba/hostile/property",
            properties={payloads[3]: dict(text), "fine": dict(text)},
        ),
        "api-5.md": _page(
            "1688 Hostile example",
            "/v2/alibaba/hostile/example",
            properties={"note": text, "tags": {"type": "array", "items": {"type": "string"}}},
            example={"note": payloads[10], "tags": [payloads[8], payloads[12]]},
        ),
        "api-8.md": _ALIAS_BOMB,
        "api-11.md": _page("1688 Up and out", REFUSED_PATHS[3]),
        "api-12.md": _page(
            "1688 Template",
            REFUSED_PATHS[4],
            parameters=[
                {"name": "id", "in": "path", "required": True, "schema": {"type": "string"}}
            ],
        ),
    }
    for name, body in pages.items():
        (site / name).write_text(body, encoding="utf-8")
    # api-7 redirects (arm()), api-9 and api-10 never end: no files.
    links = [f"- 1688 > Goods [{name}]({name}): {why}" for name, (why, _) in PAGES.items()]
    links = [line.replace("(api-6.md)", f"({off_site.rstrip('/')}/api-6.md)") for line in links]
    index = "# Hostile portal\n\n## API Docs\n" + "\n".join(links) + "\n"
    (site / "llms.txt").write_text(index, encoding="utf-8")
    return site


def arm(portal: Portal, counter: Counter, *, trickle: float = 0.2) -> None:
    """The behaviours a file cannot have: api-7 redirects to the other host, api-9 never ends,
    api-10 sends one byte every ``trickle`` seconds for ever."""
    portal.behaviour.redirects[f"/{SITE}/api-7.md"] = counter.url("api-7.md")
    portal.behaviour.endless.add(f"/{SITE}/api-9.md")
    portal.behaviour.trickle[f"/{SITE}/api-10.md"] = trickle
