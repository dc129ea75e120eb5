"""Schemas in the reference (``scripts/docs_site.py``): type names, field tables and the Models
page, in Markdown. Every model has an anchor of its own name on the Models page: types link there.
"""

from __future__ import annotations

import html
import re
from typing import Any

from pandapon._spec import CONFIDENCES
from scripts.spec import pascal
from scripts.spec.names import ref_name

MODELS_PAGE = "models.md"
#: What each badge's tooltip says.
_MEANINGS = {
    "seen": "read on a PandaPon doc page",
    "observed": "observed in real answers (x-pandapon-doc.observed)",
    "partial": "partly read, or read on an older-generation page",
    "inferred": "inferred: not read on a doc page",
}
_MARKDOWN = frozenset("\\`*_{}[]()#+-.!|~:")


def wrapper(operation_id: str) -> str:
    """The schema of an operation's whole answer: ``<OperationId>Response`` (a spec rule)."""
    return f"{pascal(operation_id)}Response"


def cell(text: Any) -> str:
    """Text for one Markdown table cell: one line, pipes escaped."""
    return " ".join(str(text).split()).replace("|", "\\|")


def prose(value: Any) -> str:
    """Spec text (a doc page may have written it) as Markdown that shows that text: no raw
    HTML (``<script>``, ``</script>``), no links or images, no attribute lists; code spans and
    emphasis still render."""
    escaped = html.escape(str(value), quote=False)
    escaped = re.sub(r"([\\\[\]{}])", r"\\\1", escaped)
    # A line of its own must not turn into a heading or an admonition.
    return re.sub(r"^(\s*)([#!])", r"\1\\\2", escaped, flags=re.M)


def code(value: Any) -> str:
    """A value (an enum member, a known value) as inline code on one line, whatever characters
    it holds (Markdown reads inside inline HTML: its own characters are entities here)."""
    text = html.escape(" ".join(str(value).split()))
    return "<code>" + "".join(f"&#{ord(c)};" if c in _MARKDOWN else c for c in text) + "</code>"


def badge(confidence: Any) -> str:
    """The confidence badge (styled by reference.css)."""
    level = confidence if confidence in CONFIDENCES else "inferred"
    return f'<span class="pp-badge pp-{level}" title="{level}: {_MEANINGS[level]}">{level}</span>'


def model_name(node: dict[str, Any]) -> str | None:
    """The model a schema node refers to (``$ref``), or None."""
    ref = node.get("$ref")
    return ref_name(ref) if isinstance(ref, str) else None


def link(name: str, page: str = MODELS_PAGE) -> str:
    return f"[{name}]({page}#{name})"


def alternatives(node: dict[str, Any]) -> list[dict[str, Any]]:
    """The non-null alternatives of a schema (its ``anyOf``/``oneOf`` members, or itself)."""
    members = node.get("anyOf") or node.get("oneOf") or [node]
    return [m for m in members if isinstance(m, dict) and m.get("type") != "null"]


def type_markdown(node: Any, page: str = MODELS_PAGE) -> str:
    """A schema's type in a few words: ``string | null``, ``FastCargo[]`` (models linked)."""
    if not isinstance(node, dict):
        return "any"
    name = model_name(node)
    if name:
        return link(name, page)
    for key in ("anyOf", "oneOf"):
        if node.get(key):
            return " | ".join(type_markdown(member, page) for member in node[key])
    if len(node.get("allOf") or []) == 1:
        return type_markdown(node["allOf"][0], page)
    types = node.get("type")
    names = [types] if isinstance(types, str) else list(types or [])
    if not names:
        return "any"
    words = []
    for kind in names:
        if kind == "array":
            inner = type_markdown(node.get("items"), page)
            words.append(f"({inner})[]" if " | " in inner else f"{inner}[]")
        else:
            words.append(str(kind))
    text = " | ".join(words)
    return f"{text} ({prose(node['format'])})" if node.get("format") else text


def is_array(node: dict[str, Any]) -> bool:
    """Whether a schema (or one of its alternatives) is an array."""
    for alt in alternatives(node):
        kinds = alt.get("type")
        if kinds == "array" or (isinstance(kinds, list) and "array" in kinds):
            return True
    return False


def model_refs(node: Any) -> list[str]:
    """The models a field holds directly: itself, its items, or one of its alternatives."""
    if not isinstance(node, dict):
        return []
    names = []
    for alt in alternatives(node):
        for candidate in (alt, alt.get("items")):
            name = model_name(candidate) if isinstance(candidate, dict) else None
            if name and name not in names:
                names.append(name)
    return names


def _own_fields(schema: dict[str, Any]) -> tuple[list[str], dict[str, Any], set[str]]:
    """The models a schema extends (``allOf`` references), its own properties and required ones."""
    bases: list[str] = []
    props: dict[str, Any] = dict(schema.get("properties") or {})
    required = set(schema.get("required") or [])
    for member in schema.get("allOf") or []:
        name = model_name(member)
        if name:
            bases.append(name)
        else:
            props.update(member.get("properties") or {})
            required |= set(member.get("required") or [])
    return bases, props, required


def fields_table(spec: dict[str, Any], name: str, page: str = MODELS_PAGE) -> list[str]:
    """Markdown lines: the fields of one model (with the models it extends named first)."""
    schema = spec["components"]["schemas"][name]
    money = set(spec.get("info", {}).get("x-pandapon-money-fields") or [])
    bases, props, required = _own_fields(schema)
    lines = []
    if bases:
        lines += ["Every field of " + ", ".join(link(b, page) for b in bases) + ", and:", ""]
    if not props:
        return [*lines, "No fields are documented; whatever arrives is kept.", ""]
    lines += ["| field | type | description |", "|---|---|---|"]
    for field, prop in props.items():
        notes = []
        if field in required:
            notes.append("**required**")
        if field in money:
            notes.append('money (exact: `pandapon.money(obj, "' + field + '")`)')
        own = prop.get("x-pandapon-confidence") if isinstance(prop, dict) else None
        if own:
            notes.append(f"docs: {badge(own)}")
        known = prop.get("x-pandapon-known-values") if isinstance(prop, dict) else None
        if known:
            notes.append("known values: " + ", ".join(code(v) for v in known))
        description = prop.get("description", "") if isinstance(prop, dict) else ""
        text = " · ".join([cell(prose(description)), *notes]) if description else " · ".join(notes)
        lines.append(f"| `{field}` | {cell(type_markdown(prop, page))} | {text} |")
    return [*lines, ""]


def models_page(spec: dict[str, Any], wrappers: set[str]) -> str:
    """Every schema but the response wrappers (``wrappers``), one section each."""
    lines = [
        "# Models",
        "",
        "Every schema of the spec, as the generated package names it (`pandapon_api.models`). "
        "Responses keep every field nullable and unknown fields as received.",
        "",
    ]
    for name, schema in spec["components"]["schemas"].items():
        if name in wrappers:
            continue
        lines += [
            f"## {name} {{#{name}}}",
            "",
            f"docs: {badge(schema.get('x-pandapon-confidence'))}",
            "",
        ]
        if schema.get("description"):
            lines += [prose(" ".join(str(schema["description"]).split())), ""]
        lines += fields_table(spec, name, page="")
    return "\n".join(lines)
