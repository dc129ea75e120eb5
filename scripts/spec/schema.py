"""What a field is once its schema is resolved: every field of an operation or a schema,
flattened to paths such as ``request.orderEntryCountList[].count`` (``$ref`` and ``allOf``
followed, ``anyOf: [X, null]`` read as "X or null"), the differences between two versions of
a field, and its type in words. spec_diff's changelog, the doc page comparisons and evidence
all read fields through this."""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field, replace
from typing import Any

from scripts.spec.load import SpecInputError
from scripts.spec.names import TYPE_ORDER, ref_name
from scripts.spec.operations import first_media, success_response

# Field paths under these roots are what callers send; "response" and "payload" what they receive.
REQUEST_ROOTS = frozenset({"request", "query", "path", "header", "cookie"})
LOWER_BOUNDS = ("minLength", "minItems", "minimum", "exclusiveMinimum", "minProperties")
UPPER_BOUNDS = ("maxLength", "maxItems", "maximum", "exclusiveMaximum", "maxProperties")


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
            raise SpecInputError(f"reference to unknown schema {name!r}")
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
    for key in (*LOWER_BOUNDS, *UPPER_BOUNDS):
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
        schema = schema_of(body)
        flatten(schema or {}, schemas, "request", required=bool(body.get("required")), out=fields)
    schema = schema_of(success_response(op))
    if schema is not None:
        flatten(schema, schemas, "response", out=fields)
    return fields


def reachable_schemas(roots: Iterable[Any], schemas: dict[str, Any]) -> set[str]:
    """Names of the component schemas ``roots`` reach through ``$ref``, directly or through
    other schemas (a bundled spec: every ref is ``#/components/schemas/<name>``)."""
    found: set[str] = set()
    pending: list[Any] = list(roots)
    while pending:
        node = pending.pop()
        if isinstance(node, dict):
            ref = node.get("$ref")
            if isinstance(ref, str) and ref.startswith("#/components/schemas/"):
                name = ref_name(ref)
                if name not in found:
                    found.add(name)
                    pending.append(schemas.get(name))
            pending.extend(node.values())
        elif isinstance(node, list):
            pending.extend(node)
    return found


def schema_of(container: Any) -> Any:
    """The schema of the first media type of a requestBody or response (None if none)."""
    found = first_media(container)
    return None if found is None else found[1].get("schema")


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
    return sorted(types, key=lambda t: (TYPE_ORDER.index(t) if t in TYPE_ORDER else 99, t))


def type_text(info: FieldInfo) -> str:
    """A field's type the way the doc pages write it: `array[object (X)] | null`."""
    return " | ".join(_type_word(k, info) for k in _ordered_types(info.types)) or "any"


def is_request_path(path: str) -> bool:
    return path.split(".", 1)[0].split("[", 1)[0] in REQUEST_ROOTS


def non_null(types: Iterable[str]) -> frozenset[str]:
    """The JSON types other than ``null``."""
    return frozenset(str(t) for t in types if t != "null")


def declared_types(node: dict[str, Any]) -> list[str]:
    """A schema node's own ``type`` keyword, as a list (``[]`` when it has none)."""
    types = node.get("type")
    return [str(t) for t in types] if isinstance(types, list) else [str(types)] if types else []
