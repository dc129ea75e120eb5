"""Compare two versions of the PandaPon spec and print what changes for SDK users.

    python -m scripts.spec_diff OLD NEW        # each a bundled .json/.yaml, openapi/ or its entry
    python -m scripts.spec_diff --base HEAD~1  # the spec at a git ref vs the working tree
    python -m scripts.spec_diff --base origin/main --allow-breaking

Operations are matched by operationId, webhooks by name. Schemas are compared resolved ($ref and
allOf followed, `anyOf: [X, null]` read as "X or null"), field by field, with paths like
`createAlibabaRefund request.orderEntryCountList[].count`. Request-side rules apply to the body
and parameters, response-side rules to responses and message-callback payloads.

Exit code: 1 when a change is breaking (unless --allow-breaking), 2 for bad input, else 0.
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tempfile
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any

import yaml

from scripts import spec as spec_mod

# Field paths under these roots are what callers send; "response" and "payload" what they receive.
REQUEST_ROOTS = frozenset({"request", "query", "path", "header", "cookie"})
_TYPE_ORDER = ("string", "integer", "number", "boolean", "object", "array", "null")
_LOWER_BOUNDS = ("minLength", "minItems", "minimum", "exclusiveMinimum", "minProperties")
_UPPER_BOUNDS = ("maxLength", "maxItems", "maximum", "exclusiveMaximum", "maxProperties")
OBSERVED = "observed"  # the confidence evidence lends (scripts/evidence_apply.py)
ENVELOPE_CODES = "x-pandapon-envelope-codes"


class SpecDiffError(Exception):
    """Bad input: a missing file, an unreadable spec, an unknown git ref or schema."""


@dataclass(frozen=True)
class FieldInfo:
    """What a field looks like once its schema is resolved."""

    types: frozenset[str]  # JSON types, "null" included; empty means "any"
    required: bool = False
    schema: str | None = None  # component name of the object, or of the array's items
    items: frozenset[str] = frozenset()  # item types of an array
    enum: tuple[Any, ...] | None = None
    limits: tuple[tuple[str, float], ...] = ()  # (keyword, value), sorted
    description: str = ""
    # x-pandapon-confidence of the field, else of the schema holding it ("" when unmarked).
    confidence: str = ""


@dataclass(frozen=True)
class Delta:
    """One difference between two versions of a field (``old`` or ``new`` is None if absent)."""

    path: str
    aspect: str  # added | removed | required | type | schema | enum | limit | description
    old: FieldInfo | None
    new: FieldInfo | None
    keyword: str = ""  # for aspect "limit": which keyword changed


@dataclass(frozen=True)
class Change:
    breaking: bool
    text: str


# --- resolving schemas ---------------------------------------------------------------------------


@dataclass
class _Shape:
    types: set[str] = field(default_factory=set)
    name: str | None = None
    properties: dict[str, Any] = field(default_factory=dict)
    required: set[str] = field(default_factory=set)
    items: Any = None
    enum: list[Any] | None = None
    limits: dict[str, float] = field(default_factory=dict)
    description: str = ""
    confidence: str = ""  # the schema's own x-pandapon-confidence, inherited by its fields


def ref_name(ref: str) -> str:
    """`#/components/schemas/X`, `#/schemas/X` and `common.yaml#/schemas/X` all name X."""
    return ref.rsplit("/", 1)[-1]


def _merge(into: _Shape, other: _Shape) -> None:
    into.types |= other.types
    into.name = into.name or other.name
    for key, value in other.properties.items():
        into.properties.setdefault(key, value)
    into.required |= other.required
    into.items = into.items if into.items is not None else other.items
    into.enum = into.enum if into.enum is not None else other.enum
    into.limits = {**other.limits, **into.limits}
    into.description = into.description or other.description
    into.confidence = into.confidence or other.confidence


def _shape(node: Any, schemas: dict[str, Any], stack: frozenset[str]) -> _Shape:
    shape = _Shape()
    if not isinstance(node, dict):
        return shape
    if "$ref" in node:
        name = ref_name(str(node["$ref"]))
        if name not in schemas:
            raise SpecDiffError(f"reference to unknown schema {name!r}")
        if name in stack:  # a recursive schema: stop here, the name says enough
            return _Shape(types={"object"}, name=name)
        shape = _shape(schemas[name], schemas, stack | {name})
        shape.name = name
        if node.get("description"):
            shape.description = str(node["description"])
        return shape
    for key in ("allOf", "anyOf", "oneOf"):
        for sub in node.get(key) or []:
            _merge(shape, _shape(sub, schemas, stack))
    _own_keywords(shape, node)
    return shape


def _own_keywords(shape: _Shape, node: dict[str, Any]) -> None:
    types = node.get("type")
    if isinstance(types, str):
        shape.types.add(types)
    elif isinstance(types, list):
        shape.types |= {str(t) for t in types}
    if node.get("nullable") is True:  # OpenAPI 3.0 spelling
        shape.types.add("null")
    if "properties" in node and not types:
        shape.types.add("object")
    if "items" in node and not types:
        shape.types.add("array")
    shape.properties.update(node.get("properties") or {})
    shape.required |= set(node.get("required") or [])
    if "items" in node:
        shape.items = node["items"]
    if "enum" in node:
        shape.enum = list(node["enum"])
    for key in (*_LOWER_BOUNDS, *_UPPER_BOUNDS):
        if isinstance(node.get(key), int | float):
            shape.limits[key] = node[key]
    if node.get("description"):
        shape.description = str(node["description"])
    # A wrapper's subschema (anyOf: [$ref, null]) keeps its own confidence for its fields.
    shape.confidence = shape.confidence or str(node.get("x-pandapon-confidence") or "")


def _info(shape: _Shape, required: bool, item: _Shape | None, confidence: str = "") -> FieldInfo:
    return FieldInfo(
        types=frozenset(shape.types),
        required=required,
        schema=shape.name or (item.name if item else None),
        items=frozenset(item.types) if item else frozenset(),
        enum=tuple(shape.enum) if shape.enum is not None else None,
        limits=tuple(sorted(shape.limits.items())),
        description=" ".join(shape.description.split()),
        confidence=confidence,
    )


def flatten(
    node: Any,
    schemas: dict[str, Any],
    prefix: str,
    *,
    required: bool = True,
    out: dict[str, FieldInfo] | None = None,
    stack: frozenset[str] = frozenset(),
    parent_confidence: str = "",
) -> dict[str, FieldInfo]:
    """Every field reachable from ``node``, keyed by path (`request.list[].count`), pre-order."""
    out = {} if out is None else out
    shape = _shape(node, schemas, stack)
    item = _shape(shape.items, schemas, stack) if shape.items is not None else None
    own = node.get("x-pandapon-confidence") if isinstance(node, dict) else None
    confidence = str(own or parent_confidence)
    out[prefix] = _info(shape, required, item, confidence)
    _children(shape, schemas, prefix, out, stack, confidence=shape.confidence or confidence)
    return out


def _children(
    shape: _Shape,
    schemas: dict[str, Any],
    prefix: str,
    out: dict[str, FieldInfo],
    stack: frozenset[str],
    *,
    confidence: str = "",
) -> None:
    inner = stack | {shape.name} if shape.name else stack
    for name, prop in shape.properties.items():
        flatten(
            prop,
            schemas,
            f"{prefix}.{name}",
            required=name in shape.required,
            out=out,
            stack=inner,
            parent_confidence=confidence,
        )
    if shape.items is not None:
        items = _shape(shape.items, schemas, inner)
        own = shape.items.get("x-pandapon-confidence") if isinstance(shape.items, dict) else None
        inherited = items.confidence or str(own or confidence)
        _children(items, schemas, f"{prefix}[]", out, inner, confidence=inherited)


def _media(container: Any) -> tuple[str | None, Any]:
    """(content type, schema) of the first media type of a requestBody or response."""
    content = (container or {}).get("content") or {}
    for media_type, media in content.items():
        return str(media_type), (media or {}).get("schema")
    return None, None


def success_response(op: dict[str, Any]) -> Any:
    responses = op.get("responses") or {}
    for code in sorted(responses):
        if str(code).startswith("2"):
            return responses[code]
    return None


def operation_fields(op: dict[str, Any], schemas: dict[str, Any]) -> dict[str, FieldInfo]:
    """The fields of one operation: parameters (`query.x`), body (`request…`), `response…`."""
    fields: dict[str, FieldInfo] = {}
    for param in op.get("parameters") or []:
        path = f"{param.get('in')}.{param.get('name')}"
        flatten(
            param.get("schema") or {},
            schemas,
            path,
            required=bool(param.get("required")),
            out=fields,
        )
        if param.get("description"):
            fields[path] = replace(
                fields[path], description=" ".join(str(param["description"]).split())
            )
    body = op.get("requestBody")
    if body:
        _, schema = _media(body)
        flatten(schema or {}, schemas, "request", required=bool(body.get("required")), out=fields)
    _, schema = _media(success_response(op))
    if schema is not None:
        flatten(schema, schemas, "response", out=fields)
    return fields


# --- comparing fields ------------------------------------------------------------------------


def _is_under(path: str, root: str) -> bool:
    return path.startswith((root + ".", root + "[]"))


def field_deltas(old: dict[str, FieldInfo], new: dict[str, FieldInfo]) -> list[Delta]:
    """Differences field by field; inside an added or removed field only the field itself counts."""
    deltas: list[Delta] = []
    gone_or_new: list[str] = []
    for path in [*old, *(p for p in new if p not in old)]:
        if any(_is_under(path, root) for root in gone_or_new):
            continue
        if path not in new or path not in old:
            aspect = "removed" if path not in new else "added"
            deltas.append(Delta(path, aspect, old.get(path), new.get(path)))
            gone_or_new.append(path)
            continue
        deltas.extend(_aspect_deltas(path, old[path], new[path]))
    return deltas


def _aspect_deltas(path: str, old: FieldInfo, new: FieldInfo) -> Iterator[Delta]:
    if old.required != new.required:
        yield Delta(path, "required", old, new)
    if (old.types, old.items) != (new.types, new.items):
        yield Delta(path, "type", old, new)
    elif old.schema != new.schema:
        yield Delta(path, "schema", old, new)
    if old.enum != new.enum:
        yield Delta(path, "enum", old, new)
    old_limits, new_limits = dict(old.limits), dict(new.limits)
    for key in sorted(set(old_limits) | set(new_limits)):
        if old_limits.get(key) != new_limits.get(key):
            yield Delta(path, "limit", old, new, keyword=key)
    if old.description != new.description:
        yield Delta(path, "description", old, new)


def _type_word(kind: str, info: FieldInfo, *, item: bool = False) -> str:
    if kind == "object" and info.schema and (item or "array" not in info.types):
        return f"object ({info.schema})"
    if kind == "array":
        inner = " | ".join(_type_word(k, info, item=True) for k in _ordered_types(info.items))
        return f"array[{inner or 'any'}]"
    return kind


def _ordered_types(types: Iterable[str]) -> list[str]:
    return sorted(types, key=lambda t: (_TYPE_ORDER.index(t) if t in _TYPE_ORDER else 99, t))


def type_text(info: FieldInfo) -> str:
    """A field's type the way the doc pages write it: `array[object (X)] | null`."""
    return " | ".join(_type_word(k, info) for k in _ordered_types(info.types)) or "any"


def is_request_path(path: str) -> bool:
    return path.split(".", 1)[0].split("[", 1)[0] in REQUEST_ROOTS


# --- classifying -------------------------------------------------------------------------------


def _requirement(info: FieldInfo | None) -> str:
    return "required" if info and info.required else "optional"


def _classify(delta: Delta) -> list[Change]:
    old, new = delta.old, delta.new
    request = is_request_path(delta.path)
    if delta.aspect == "removed" and old:
        if request:
            return [
                Change(True, f"removed request field (was {type_text(old)}, {_requirement(old)})")
            ]
        return [Change(True, f"removed response field (was {type_text(old)})")]
    if delta.aspect == "added" and new:
        if not request:
            return [Change(False, f"added response field ({type_text(new)})")]
        if new.required:
            return [Change(True, f"new required request field ({type_text(new)})")]
        return [Change(False, f"added optional request field ({type_text(new)})")]
    if old is None or new is None:
        return []
    return _classify_change(delta, old, new, request)


def _classify_change(delta: Delta, old: FieldInfo, new: FieldInfo, request: bool) -> list[Change]:
    if delta.aspect == "required":
        made = "made required" if new.required else "made optional"
        # A caller must now send it (request), or can no longer count on it (response).
        return [Change(new.required == request, made)]
    if delta.aspect == "type":
        wider = old.types <= new.types and old.items <= new.items and old.schema == new.schema
        verb = "widened" if wider else "changed"
        # A caller may now send more (request: fine); an answer may now hold more (response:
        # typed code that relied on the old type must change, e.g. after evidence_apply).
        return [
            Change(not (request and wider), f"type {verb}: {type_text(old)} → {type_text(new)}")
        ]
    if delta.aspect == "schema":
        return [Change(True, f"schema renamed: {old.schema} → {new.schema}")]
    if delta.aspect == "enum":
        return _classify_enum(old.enum, new.enum, request)
    if delta.aspect == "limit":
        return [_classify_limit(delta.keyword, dict(old.limits), dict(new.limits), request)]
    return [Change(False, "description changed")]


def _classify_enum(
    old: tuple[Any, ...] | None, new: tuple[Any, ...] | None, request: bool
) -> list[Change]:
    if old is None or new is None:
        if not request:
            return [Change(False, "enum added" if new is not None else "enum removed")]
        if new is not None:
            return [Change(True, f"values narrowed: now one of {_values(new)}")]
        return [Change(False, "values widened: enum removed")]
    changes: list[Change] = []
    removed = [v for v in old if v not in new]
    added = [v for v in new if v not in old]
    if removed:  # a request may no longer send them; a response just stops sending them
        changes.append(Change(request, f"enum values removed: {_values(removed)}"))
    if added:  # a closed response enum in a client rejects values it does not know
        changes.append(Change(not request, f"enum values added: {_values(added)}"))
    return changes


def _values(values: Iterable[Any]) -> str:
    return ", ".join(json.dumps(v, ensure_ascii=False) for v in values)


def _classify_limit(
    key: str, old: dict[str, float], new: dict[str, float], request: bool
) -> Change:
    before, after = old.get(key), new.get(key)
    lower = key in _LOWER_BOUNDS
    if before is None:
        narrowed, text = True, f"{key} added: {after}"
    elif after is None:
        narrowed, text = False, f"{key} removed (was {before})"
    else:
        narrowed = after > before if lower else after < before
        text = f"{key} {'raised' if after > before else 'lowered'}: {before} → {after}"
    if not request:  # a response field's limits restrict the server, not the caller
        return Change(False, f"response {text}")
    return Change(narrowed, f"values {'narrowed' if narrowed else 'widened'}: {text}")


def compare_operation(
    op_id: str,
    old: tuple[str, str, dict[str, Any]],
    new: tuple[str, str, dict[str, Any]],
    old_schemas: dict[str, Any],
    new_schemas: dict[str, Any],
) -> list[Change]:
    """Changes to one operation; ``old``/``new`` are (path, method, operation)."""
    (old_path, old_method, old_op), (new_path, new_method, new_op) = old, new
    changes: list[Change] = []
    if old_method != new_method:
        changes.append(
            Change(True, f"{op_id}: method changed: {old_method.upper()} → {new_method.upper()}")
        )
    if old_path != new_path:
        changes.append(Change(True, f"{op_id}: path changed: {old_path} → {new_path}"))
    changes.extend(_compare_identity(op_id, old_op, new_op))
    old_type, _ = _media(old_op.get("requestBody"))
    new_type, _ = _media(new_op.get("requestBody"))
    if old_type and new_type and old_type != new_type:
        changes.append(
            Change(True, f"{op_id}: request content type changed: {old_type} → {new_type}")
        )
    deltas = field_deltas(
        operation_fields(old_op, old_schemas), operation_fields(new_op, new_schemas)
    )
    for delta in deltas:
        for change in _classify(delta):
            changes.append(Change(change.breaking, f"{op_id} {delta.path}: {change.text}"))
    return changes


def _observed_text(record: Any) -> str | None:
    if not isinstance(record, dict) or not {"date", "calls"} <= set(record):
        return None
    return f"{record['calls']} calls up to {record['date']}"


def compare_knowledge(label: str, old: dict[str, Any], new: dict[str, Any]) -> Iterator[Change]:
    """How an operation (or webhook) is known: its confidence (``x-pandapon-doc``), the
    evidence it rests on (``observed: {date, calls}``), envelope codes seen in real answers.
    None of these changes what a call sends or gets."""
    before, after = old.get("x-pandapon-doc") or {}, new.get("x-pandapon-doc") or {}
    was, now = before.get("confidence"), after.get("confidence")
    observed = _observed_text(after.get("observed"))
    earlier = _observed_text(before.get("observed"))
    if was and now and was != now:
        said = now == OBSERVED and observed is not None
        yield Change(
            False, f"{label}: confidence {was} → {now}" + (f" ({observed})" if said else "")
        )
        if said:
            earlier = observed  # said once
    if observed and observed != earlier:
        was_text = f" (was {earlier})" if earlier else ""
        yield Change(False, f"{label}: observed in {observed}{was_text}")
    seen_before = old.get(ENVELOPE_CODES) or []
    codes = [c for c in new.get(ENVELOPE_CODES) or [] if c not in seen_before]
    if codes:
        yield Change(False, f"{label}: envelope codes seen: {', '.join(str(c) for c in codes)}")


def _compare_identity(op_id: str, old: dict[str, Any], new: dict[str, Any]) -> Iterator[Change]:
    yield from compare_knowledge(op_id, old, new)
    for key in ("summary", "description"):
        if " ".join(str(old.get(key, "")).split()) != " ".join(str(new.get(key, "")).split()):
            yield Change(False, f"{op_id}: {key} changed")
    # The SDK exposes an operation as client.<resource from the tag>.<x-pandapon-sdk-method>().
    for key in ("tags", "x-pandapon-sdk-method"):
        if key in old and old.get(key) != new.get(key):
            yield Change(
                True, f"{op_id}: SDK name changed ({key}: {old.get(key)} → {new.get(key)})"
            )


def _operations(spec: dict[str, Any]) -> dict[str, tuple[str, str, dict[str, Any]]]:
    found: dict[str, tuple[str, str, dict[str, Any]]] = {}
    for path, method, op in spec_mod.iter_operations(spec):
        found[str(op.get("operationId") or f"{method.upper()} {path}")] = (path, method, op)
    return found


def _webhooks(spec: dict[str, Any]) -> dict[str, dict[str, Any]]:
    return {
        name: item["post"]
        for name, item in (spec.get("webhooks") or {}).items()
        if isinstance(item, dict) and isinstance(item.get("post"), dict)
    }


def _schemas(spec: dict[str, Any]) -> dict[str, Any]:
    return dict((spec.get("components") or {}).get("schemas") or {})


def compare_specs(old: dict[str, Any], new: dict[str, Any]) -> list[Change]:
    """Every change from ``old`` to ``new`` (two bundled specs), in document order."""
    old_ops, new_ops = _operations(old), _operations(new)
    old_schemas, new_schemas = _schemas(old), _schemas(new)
    changes: list[Change] = []
    for op_id, (path, method, _) in old_ops.items():
        if op_id not in new_ops:
            changes.append(Change(True, f"{op_id}: operation removed ({method.upper()} {path})"))
        else:
            changes += compare_operation(
                op_id, old_ops[op_id], new_ops[op_id], old_schemas, new_schemas
            )
    for op_id, (path, method, _) in new_ops.items():
        if op_id not in old_ops:
            changes.append(Change(False, f"{op_id}: operation added ({method.upper()} {path})"))
    changes += _compare_webhooks(old, new, old_schemas, new_schemas)
    return changes


def _compare_webhooks(
    old: dict[str, Any],
    new: dict[str, Any],
    old_schemas: dict[str, Any],
    new_schemas: dict[str, Any],
) -> list[Change]:
    """Message-callback payloads are received by users: response-side rules."""
    old_hooks, new_hooks = _webhooks(old), _webhooks(new)
    changes: list[Change] = []
    for name in [*old_hooks, *(n for n in new_hooks if n not in old_hooks)]:
        if name not in new_hooks:
            changes.append(Change(True, f"webhook {name}: removed"))
            continue
        if name not in old_hooks:
            changes.append(Change(False, f"webhook {name}: added"))
            continue
        changes += compare_knowledge(f"webhook {name}", old_hooks[name], new_hooks[name])
        before = flatten(
            _media(old_hooks[name].get("requestBody"))[1] or {}, old_schemas, "payload"
        )
        after = flatten(_media(new_hooks[name].get("requestBody"))[1] or {}, new_schemas, "payload")
        for delta in field_deltas(before, after):
            changes += [
                Change(c.breaking, f"webhook {name} {delta.path}: {c.text}")
                for c in _classify(delta)
            ]
    return changes


def render_changelog(changes: list[Change]) -> str:
    """The changes as a CHANGELOG.md section (Keep a Changelog), for the release notes."""
    breaking = [c.text for c in changes if c.breaking]
    other = [c.text for c in changes if not c.breaking]
    lines = ["### Spec", ""]
    if not changes:
        return "\n".join([*lines, "No changes to operations, schemas or webhooks.", ""])
    for title, items in (("Breaking", breaking), ("Other changes", other)):
        if items:
            lines += [f"#### {title}", "", *(f"- {_code(text)}" for text in items), ""]
    return "\n".join(lines)


def _code(text: str) -> str:
    """`operationId field.path`: rest, with the names set as code."""
    head, sep, rest = text.partition(": ")
    return f"`{head}`{sep}{rest}" if sep else text


def render(changes: list[Change], old_label: str, new_label: str) -> str:
    breaking = [c.text for c in changes if c.breaking]
    other = [c.text for c in changes if not c.breaking]
    lines = [f"Spec changes: {old_label} → {new_label}", ""]
    if not changes:
        return "\n".join([*lines, "No changes to operations, schemas or webhooks."]) + "\n"
    for title, items in (("Breaking", breaking), ("Non-breaking", other)):
        lines.append(f"{title} ({len(items)})")
        lines.extend(f"  - {text}" for text in items)
        if not items:
            lines.append("  (none)")
        lines.append("")
    return "\n".join(lines)


# --- loading --------------------------------------------------------------------------------


def load_spec(path: Path) -> dict[str, Any]:
    """A bundled spec from a bundled .json/.yaml file, an entry file or an openapi/ directory."""
    if not path.exists():
        raise SpecDiffError(f"{path}: no such file or directory")
    if path.is_dir():
        entry = path / "pandapon.yaml"
        if not entry.is_file():
            raise SpecDiffError(f"{path}: a spec directory needs an entry file pandapon.yaml")
        return _bundle(entry)
    try:
        if path.suffix == ".json":
            data = json.loads(path.read_text(encoding="utf-8"))
        elif path.suffix in (".yaml", ".yml"):
            data = spec_mod.load_yaml(path)
        else:
            raise SpecDiffError(f"{path}: expected a .json or .yaml spec or an openapi/ directory")
    except (yaml.YAMLError, json.JSONDecodeError, spec_mod.SpecError, UnicodeDecodeError) as exc:
        raise SpecDiffError(f"{path}: not readable as a spec: {exc}") from exc
    if not isinstance(data, dict) or "paths" not in data:
        raise SpecDiffError(f"{path}: not an OpenAPI document (no `paths`)")
    if "schemas" in (data.get("components") or {}):
        return data  # already bundled: entry files may not hold schemas
    return _bundle(path)


def _bundle(entry: Path) -> dict[str, Any]:
    try:
        return spec_mod.bundle(entry)
    except (spec_mod.SpecError, yaml.YAMLError) as exc:
        raise SpecDiffError(f"{entry}: cannot bundle the spec: {exc}") from exc


def _git(repo: Path, *args: str) -> str:
    result = subprocess.run(
        ["git", "-C", str(repo), *args], capture_output=True, text=True, check=False
    )
    if result.returncode != 0:
        raise SpecDiffError(f"git {' '.join(args)}: {result.stderr.strip() or 'failed'}")
    return result.stdout


def spec_at_ref(ref: str, spec_dir: Path) -> dict[str, Any]:
    """The bundled spec as it was at git ``ref``: every openapi/*.yaml written to a temp dir."""
    if not spec_dir.is_dir():
        raise SpecDiffError(f"{spec_dir}: no such spec directory")
    top = Path(_git(spec_dir, "rev-parse", "--show-toplevel").strip()).resolve()
    try:
        _git(top, "rev-parse", "--verify", "--quiet", f"{ref}^{{commit}}")
    except SpecDiffError:
        raise SpecDiffError(f"git ref {ref!r} not found (a first commit has no HEAD~1)") from None
    rel = spec_dir.resolve().relative_to(top).as_posix()
    names = [
        n
        for n in _git(top, "ls-tree", "-r", "--name-only", ref, "--", rel).splitlines()
        if n.endswith(".yaml")
    ]
    if not names:
        raise SpecDiffError(f"no {rel}/*.yaml files at {ref}")
    with tempfile.TemporaryDirectory(prefix="spec-diff-") as tmp:
        for name in names:
            target = Path(tmp) / Path(name).relative_to(rel)
            target.parent.mkdir(parents=True, exist_ok=True)
            target.write_text(_git(top, "show", f"{ref}:{name}"), encoding="utf-8")
        return load_spec(Path(tmp))


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=(__doc__ or "").split("\n")[0])
    parser.add_argument(
        "specs", nargs="*", metavar="SPEC", help="OLD NEW (or only NEW with --base)"
    )
    parser.add_argument(
        "--base", metavar="GIT_REF", help="compare the spec at this git ref with NEW"
    )
    parser.add_argument(
        "--spec-dir", type=Path, default=spec_mod.SPEC_DIR, help="spec directory (--base)"
    )
    parser.add_argument(
        "--allow-breaking", action="store_true", help="exit 0 even on breaking changes"
    )
    parser.add_argument(
        "--changelog",
        action="store_true",
        help="print a CHANGELOG.md section (Keep a Changelog) instead of the report",
    )
    args = parser.parse_args(argv)
    wanted = 1 if args.base else 2
    if len(args.specs) > wanted or (not args.base and len(args.specs) != 2):
        parser.error("give OLD and NEW, or --base GIT_REF and at most NEW")
    try:
        if args.base:
            old, old_label = spec_at_ref(args.base, args.spec_dir), f"{args.base}"
            new_path = Path(args.specs[0]) if args.specs else args.spec_dir
        else:
            old, old_label = load_spec(Path(args.specs[0])), args.specs[0]
            new_path = Path(args.specs[1])
        new = load_spec(new_path)
        changes = compare_specs(old, new)
    except SpecDiffError as exc:
        print(f"spec_diff: {exc}", file=sys.stderr)
        return 2
    label = "working tree" if args.base and not args.specs else str(new_path)
    if args.changelog:
        print(render_changelog(changes), end="", flush=True)
        return 0
    print(render(changes, old_label, label), end="", flush=True)
    if any(c.breaking for c in changes) and not args.allow_breaking:
        print("Breaking changes found (pass --allow-breaking to accept them).", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
