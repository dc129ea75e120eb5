"""The reference's operation pages (``scripts/docs_site.py``): one Markdown page per SDK resource,
one section per operation (anchored by its operationId), and the index of all operations.

Everything comes from the bundled spec, the generated client (``SdkMethod``) and the examples run
against the sandbox; nothing is written per operation by hand.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any
from urllib.parse import urlsplit

from pandapon._spec import CONFIDENCES
from scripts import spec as spec_mod
from scripts.reference.examples import Example, Outcome
from scripts.reference.models import (
    MODELS_PAGE,
    alternatives,
    badge,
    cell,
    code,
    fields_table,
    is_array,
    model_refs,
    prose,
    type_markdown,
    wrapper,
)
from scripts.reference.sdk import SdkMethod

INDEX_PAGE = "operations.md"
_PLAIN_URL = re.compile(r"[A-Za-z0-9:/._~%?#=&+-]+")
PATH_SOURCES = {
    "seen": "read on a v2 page",
    "legacy": "derived from an older-generation path by the docs' prefix rule",
    "inferred": "chosen from its siblings",
}
LEGEND = """\
Each operation shows how it is known: {seen} read on a PandaPon doc page, {observed} observed
in real answers (traffic recorded as evidence and applied to the spec, with the date and the
number of calls it rests on), {partial} partly read, {inferred} inferred from sibling operations
and the upstream APIs. An answer whose shape differs from what is shown here is still returned,
as sent, with a `pandapon.ShapeWarning` (README: When the API differs from the spec).
Request rules marked *enforced* are stated by the docs and checked before sending by default
(`validate="docs"`); *strict only* rules are inferred: checked only with `validate="strict"`,
otherwise sent for the server to judge. Every example runs against the local sandbox.
""".format(**{level: badge(level) for level in CONFIDENCES})


@dataclass(frozen=True)
class Operation:
    """One operation with everything its section shows."""

    path: str
    method: str
    op: dict[str, Any]
    sdk: SdkMethod
    example: Example
    outcome: Outcome

    @property
    def operation_id(self) -> str:
        return str(self.op["operationId"])


@dataclass
class _Row:
    name: str  # "addressParam.fullName", "refundId"
    location: str  # "body", "query", "path"
    confidence: str
    node: dict[str, Any] = field(default_factory=dict)
    description: str = ""
    rules: dict[str, bool] = field(default_factory=dict)  # rule -> enforced by default


def page_name(resource: str) -> str:
    return resource.replace(".", "-") + ".md"


def _display(where: str, aliases: dict[str, str]) -> str:
    """The path in the request of a body field's ``RequestField.where`` ("FastAdress.fullName"
    -> "addressParam.fullName"): the model it starts from is replaced by the field holding it."""
    cut = min((i for i in (where.find("."), where.find("[")) if i >= 0), default=len(where))
    head, rest = where[:cut], where[cut:]
    return (aliases.get(head, head if head != "body" else "") + rest).lstrip(".")


def request_rows(spec: dict[str, Any], op: dict[str, Any]) -> list[_Row]:
    """The request's fields as a reader sees them (nested models under the field holding them),
    with the rules ``spec.request_fields`` finds and whether each is enforced by default."""
    media = spec_mod.body_media(op)
    root = (media.get("schema") or {}).get("$ref", "")
    aliases = {str(root).rsplit("/", 1)[-1]: ""} if root else {}
    params = {str(p.get("name")): p for p in op.get("parameters") or []}
    rows: dict[str, _Row] = {}
    for item in spec_mod.request_fields(spec, op):
        if item.where.startswith("parameter "):
            name = item.where.removeprefix("parameter ")
            param = params.get(name) or {}
            # A parameter's words are on the parameter object, its type on its schema.
            row = rows.setdefault(name, _Row(name, str(param.get("in")), item.confidence))
            row.description = row.description or str(param.get("description") or "")
        else:
            name = _display(item.where, aliases)
            row = rows.setdefault(name, _Row(name, "body", item.confidence))
        if "type" in item.node or "$ref" in item.node or "anyOf" in item.node:
            row.node = item.node
            row.description = str(item.node.get("description") or row.description)
        inferred = item.inferred()
        for rule in item.rules():
            row.rules[rule] = rule not in inferred
        for model in model_refs(item.node):
            aliases.setdefault(model, name + "[]" * is_array(item.node))
    # An array's item row only matters when the items carry rules of their own.
    return [r for r in rows.values() if not r.name.endswith("[]") or r.rules]


def _rules(row: _Row) -> str:
    """Each rule of a field, and whether the SDK checks it by default."""
    parts = []
    if row.location == "path":
        parts.append("required (path)")
    for rule, enforced in sorted(row.rules.items(), key=lambda kv: kv[0] != "required"):
        value = row.node.get(rule)
        if rule == "required":
            shown = "required"
        elif isinstance(value, list):
            shown = f"{rule} " + ", ".join(code(v) for v in value)
        else:
            shown = f"{rule} {prose(value)}"
        verdict = "enforced" if enforced else "*strict only*"
        parts.append(f'<span class="pp-rule">{shown} · {verdict}</span>')
    return "<br>".join(parts)


def _request(spec: dict[str, Any], op: dict[str, Any], page: str) -> list[str]:
    rows = request_rows(spec, op)
    if not rows:
        return ["**Request**: no fields.", ""]
    lines = [
        "**Request**",
        "",
        "| field | type | rules | description |",
        "|---|---|---|---|",
    ]
    for row in rows:
        description = cell(prose(row.description))
        known = row.node.get("x-pandapon-known-values")
        if known:
            description += " Known values: " + ", ".join(code(v) for v in known) + "."
        where = "" if row.location == "body" else f" {row.location}"
        lines.append(
            f"| `{row.name}`<br>{badge(row.confidence)}{where} "
            f"| {cell(type_markdown(row.node, page))} | {_rules(row)} | {description} |"
        )
    return [*lines, ""]


def _data_node(spec: dict[str, Any], op: dict[str, Any]) -> dict[str, Any]:
    answer = spec["components"]["schemas"][wrapper(str(op["operationId"]))]
    for member in answer.get("allOf") or []:
        data = (member.get("properties") or {}).get("data")
        if isinstance(data, dict):
            return data
    return {}


def _response(spec: dict[str, Any], op: dict[str, Any], page: str) -> list[str]:
    data = _data_node(spec, op)
    lines = [f"**Response** `data`: {type_markdown(data, page)}", ""]
    if data.get("description"):
        lines += [prose(" ".join(str(data["description"]).split())), ""]
    for name in model_refs(data):
        lines += [f"Fields of `{name}`:", "", *fields_table(spec, name, page)]
    if not alternatives(data):
        lines += ["`data` is always `null`.", ""]
    return lines


def _retry(op: dict[str, Any]) -> str:
    if op.get("x-pandapon-retry-safe"):
        return (
            "**Retries**: safe to resend (a read): retried on connection errors, timeouts, "
            "408/409/429 and 5xx, up to `max_retries`."
        )
    return (
        "**Retries**: not safe to resend: the SDK never sends it twice (unless the connection "
        "could not even be opened); a dropped connection or a gateway 5xx raises an error with "
        "`outcome_unknown=True`."
    )


def _pagination(op: dict[str, Any], sdk: SdkMethod) -> list[str]:
    paging = op.get("x-pandapon-pagination")
    if not paging:
        return []
    items = ", ".join(f"`data.{i}`" for i in paging.get("items") or []) or "`data` itself"
    totals = [f"`{t}`" for key in ("total-pages", "total-items") for t in paging.get(key) or []]
    lines = [
        f"**Pagination**: page number in `{paging['page']}`, page size in `{paging['size']}`; "
        f"the items are {items}"
        + (f", the totals {', '.join(totals)}." if totals else ", no totals are sent."),
        "",
    ]
    for name, returns in sdk.iterators:
        lines.append(f"- `client.{sdk.resource}.{name}(...) -> {returns}`")
    return [*lines, ""]


def _page_label(url: str) -> str:
    parts = urlsplit(url)
    return prose(f"{parts.netloc.split('.')[0]} {parts.path.strip('/')}".strip())


def _page_link(url: str) -> str:
    """A doc page's address as a link, only for a plain http(s) URL; anything else as text."""
    if urlsplit(url).scheme not in ("http", "https") or not _PLAIN_URL.fullmatch(url):
        return prose(url)
    return f"[{_page_label(url)}]({url})"


def _evidence(op: dict[str, Any]) -> list[str]:
    doc = op.get("x-pandapon-doc") or {}
    pages = ", ".join(_page_link(str(u)) for u in doc.get("pages") or []) or "none"
    path = doc.get("path")
    observed = doc.get("observed")
    seen = (
        f" · observed in {int(observed['calls'])} calls up to {cell(observed['date'])}"
        if isinstance(observed, dict) and {"date", "calls"} <= set(observed)
        else ""
    )
    return [
        f"**Docs**: {badge(doc.get('confidence'))}{seen} · path {path} "
        f"({PATH_SOURCES.get(str(path), 'unknown')}) · doc pages: {pages}",
        "",
    ]


def _disagreements(op: dict[str, Any]) -> list[str]:
    found = (op.get("x-pandapon-doc") or {}).get("disagreements") or []
    if not found:
        return []
    lines = ['!!! warning "The doc pages disagree (the spec keeps its reading until decided)"', ""]
    for item in found:
        where = f"{code(item.get('where'))} ({prose(item.get('in'))}, {prose(item.get('what'))})"
        lines.append(f"    - {where}:")
        for url, text in (item.get("pages") or {}).items():
            lines.append(f"        - {_page_link(str(url))}: {prose(' '.join(str(text).split()))}")
    return [*lines, ""]


def _python(item: Operation) -> list[str]:
    sdk = item.sdk
    options = ", ".join(f"`{o}`" for o in sdk.options)
    twin = (
        f"Async: `await client.{sdk.resource}.{sdk.name}(...)` on `pandapon.AsyncPandaPon`, "
        "same arguments. "
        if sdk.has_async_twin
        else ""
    )
    return [
        "```python",
        sdk.signature(),
        "```",
        "",
        f"{twin}Per-call options: {options}. "
        f'By operationId: `client.call("{item.operation_id}", body, params=...)` with the '
        "docs' field names.",
        "",
    ]


def _example(item: Operation) -> list[str]:
    outcome = item.outcome
    said = "raises" if outcome.kind == "raised" else "returns"
    body = ["    ```text", *(f"    {line}" for line in outcome.text.splitlines()), "    ```"]
    return [
        "**Example**, with the spec's request example, against the local sandbox:",
        "",
        "```python",
        item.example.snippet(),
        "```",
        "",
        f'??? example "A fresh sandbox {said} `{outcome.type_name}`"',
        "",
        *body,
        "",
    ]


def operation_section(spec: dict[str, Any], item: Operation, page: str = MODELS_PAGE) -> str:
    """The Markdown section of one operation (its heading's id is the operationId)."""
    op, sdk = item.op, item.sdk
    retry = "safe to retry" if op.get("x-pandapon-retry-safe") else "never retried"
    summary = prose(" ".join(str(op.get("summary", "")).split()))
    lines = [
        f'## `{sdk.name}()` · {summary} {{#{item.operation_id} data-toc-label="{sdk.name}()"}}',
        "",
        f"`{item.operation_id}` · **{item.method.upper()}** `{item.path}` · {retry}",
        "",
        *_python(item),
        *_evidence(op),
        prose(str(op.get("description", "")).strip()),
        "",
        *_disagreements(op),
        *_request(spec, op, page),
        *_response(spec, op, page),
        _retry(op),
        "",
        *_pagination(op, sdk),
        *_example(item),
    ]
    return "\n".join(lines)


def resource_page(
    spec: dict[str, Any], resource: str, descriptions: list[str], items: list[Operation]
) -> str:
    lines = [f"# client.{resource}", "", *(f"{prose(d)}  " for d in descriptions), "", LEGEND]
    return "\n".join(lines + [operation_section(spec, item) for item in items])


def index_page(resources: dict[str, list[Operation]]) -> str:
    """All operations in one table, each linked to its section."""
    lines = [
        "---",
        "hide: [toc]",  # the table needs the width more than a one-entry contents list
        "---",
        "# Operations",
        "",
        LEGEND,
        "| operation · Python method | HTTP | docs | retry | paged |",
        "|---|---|---|---|---|",
    ]
    for resource, items in resources.items():
        for item in items:
            paged = "yes" if item.op.get("x-pandapon-pagination") else ""
            retry = "yes" if item.op.get("x-pandapon-retry-safe") else "no"
            confidence = (item.op.get("x-pandapon-doc") or {}).get("confidence")
            lines.append(
                f"| [`{item.operation_id}`]({page_name(resource)}#{item.operation_id})<br>"
                f"`{item.sdk.call}()` | {item.method.upper()}<br>`{item.path}` "
                f"| {badge(confidence)} | {retry} | {paged} |"
            )
    return "\n".join(lines) + "\n"
