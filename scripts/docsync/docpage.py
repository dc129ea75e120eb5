"""The text of one PandaPon doc page as spec YAML, or compared with the spec
(``python -m scripts.docpage_to_spec``).

The page is the text copied from the browser (select all, copy) on doc-env2 (English), doc-cnv2
(Chinese) or doc-th (Thai): title, method, path, the header/query/path/body parameter lists, their
example, and the 200 response with its nested fields and schema names. Field nesting is read from
the examples (the copied text loses indentation).
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from typing import Any

import yaml

from scripts import spec as spec_mod
from scripts.docsync import doc_compare
from scripts.spec import schema as spec_schema
from scripts.spec import v2_path

ENVELOPE_REF = "common.yaml#/schemas/Envelope"

# Labels of the three doc languages (matched case-insensitively, whole line).
REQUIRED_LABELS = frozenset({"必需", "必填", "required", "จำเป็น", "ต้องระบุ"})
OPTIONAL_LABELS = frozenset({"可选", "optional", "ไม่จำเป็น", "ไม่บังคับ"})
EXAMPLE_LABELS = frozenset({"示例", "example", "ตัวอย่าง"})
SAMPLES_LABELS = frozenset(
    {"示例代码", "request code samples", "request samples", "code samples", "ตัวอย่างโค้ด"}
)
RESPONSE_LABELS = frozenset({"返回响应", "responses", "การตอบกลับ", "การตอบสนอง"})
END_PREFIXES = ("修改于", "modified at", "แก้ไขล่าสุด", "แก้ไขเมื่อ", "上一页", "previous page")
_SECTION_WORDS = r"(?:参数|params|parameters|พารามิเตอร์)"
_SECTION_RE = re.compile(
    rf"^(?:(header|query|path|body|cookie)\s*{_SECTION_WORDS}|{_SECTION_WORDS}\s*"
    rf"(header|query|path|body|cookie))\s*(.*)$",
    re.IGNORECASE,
)
# "默认值:" / "Default:" / "示例值:" / "Example:" — a value follows, on this line or the next.
_VALUE_LABEL_RE = re.compile(
    r"^(默认值|示例值|default(?: value)?|example|ค่าเริ่มต้น|ตัวอย่าง)\s*[:\uff1a]\s*(.*)$", re.IGNORECASE
)
_NAME_RE = re.compile(r"^[A-Za-z_$][\w$.\-]*$")
_TYPE_RE = re.compile(
    r"(?P<base>[a-z]+)\s*(?:<\s*(?P<fmt>[\w-]+)\s*>)?\s*(?:\[(?P<items>.*)\])?"
    r"\s*(?:\(\s*(?P<name>[A-Za-z_]\w*)\s*\))?"
)
_BASE_TYPES = frozenset({"string", "integer", "number", "boolean", "object", "array", "null"})
_STATUS_RE = re.compile(r"^\W*(\d{3})\D*$")
_PARAM_SECTIONS = ("header", "query", "path", "cookie")


class PageError(Exception):
    """The page text is not a PandaPon doc page in the expected format."""


# --- the model -------------------------------------------------------------------------------


@dataclass(frozen=True)
class TypeRef:
    """A field type as the page writes it: `array[object (X)] | null`, `integer <int64>`."""

    types: tuple[str, ...]  # JSON types in page order, "null" included; empty = any
    schema: str | None = None  # the name in parentheses of an object
    items: TypeRef | None = None
    format: str | None = None


@dataclass
class Field:
    name: str
    type: TypeRef
    required: bool | None
    description: str = ""
    children: list[Field] = field(default_factory=list)
    line: int = field(default=0, compare=False)


@dataclass
class DocPage:
    title: str
    method: str  # lower case
    path: str
    parameters: dict[str, list[Field]] = field(default_factory=dict)  # "query" -> fields
    body_media_type: str | None = None
    body_schema: str | None = None  # when the page names the request model
    body: list[Field] = field(default_factory=list)
    request_example: Any = None
    response: list[Field] = field(default_factory=list)  # envelope level: requestId … data
    response_example: Any = None


@dataclass
class Generated:
    """An operation in part-file form (refs like `#/schemas/X`), ready to paste."""

    path: str
    method: str
    operation_id: str
    operation: dict[str, Any]
    schemas: dict[str, Any]


# --- parsing -----------------------------------------------------------------------------------


def parse_type(text: str) -> TypeRef | None:
    """The type of a type line, or None when the line is not a type."""
    types: list[str] = []
    schema = fmt = None
    items: TypeRef | None = None
    for alternative in _split_top(text.strip(), "|"):
        match = _TYPE_RE.fullmatch(alternative.strip())
        if not match:
            return None
        base, kind_fmt = match["base"], match["fmt"]
        if match["items"] is not None and (
            base != "array" or (items := parse_type(match["items"])) is None
        ):
            return None
        if base == "enum" and kind_fmt in _BASE_TYPES:  # "enum<string>"
            base, kind_fmt = kind_fmt, None
        if base == "file":
            base, kind_fmt = "string", "binary"
        if base not in _BASE_TYPES and base != "any":
            return None
        if base != "any" and base not in types:
            types.append(base)
        schema = schema or match["name"]
        fmt = fmt or kind_fmt
    return TypeRef(tuple(types), schema, items, fmt)


def _split_top(text: str, sep: str) -> list[str]:
    parts, depth, current = [], 0, ""
    for char in text:
        depth += char in "[(<"
        depth -= char in "])>"
        if char == sep and depth == 0:
            parts.append(current)
            current = ""
        else:
            current += char
    return [*parts, current]


@dataclass
class _Block:
    kind: str  # header|query|path|body|cookie|example|samples|responses|request|end
    line: int
    rest: str
    lines: list[tuple[int, str]] = field(default_factory=list)


def _label(text: str) -> tuple[str, str] | None:
    match = _SECTION_RE.match(text)
    if match:
        return (match[1] or match[2]).lower(), match[3].strip()
    low = text.lower()
    if low in EXAMPLE_LABELS:
        return "example", ""
    if low in SAMPLES_LABELS:
        return "samples", ""
    if low in RESPONSE_LABELS:
        return "responses", ""
    if low.startswith(END_PREFIXES):
        return "end", ""
    return None


def _nonblank(text: str) -> list[tuple[int, str]]:
    return [(no, line.strip()) for no, line in enumerate(text.splitlines(), 1) if line.strip()]


def _find_endpoint(lines: list[tuple[int, str]]) -> tuple[int, str, str, str]:
    """(index of the path line, title, method, path): a method line followed by a /path."""
    for i in range(1, len(lines) - 1):
        method, path = lines[i][1].upper(), lines[i + 1][1]
        if method.lower() in spec_mod.METHODS and path.startswith("/"):
            return i + 1, lines[i - 1][1], method.lower(), path.split("?", 1)[0]
    raise PageError(
        "no endpoint found: expected a line with the method (GET, POST, …) followed by a line "
        "with the path starting with '/', below the page title"
    )


def _blocks(lines: list[tuple[int, str]]) -> list[_Block]:
    blocks = [_Block("request", 0, "")]
    for no, text in lines:
        found = _label(text)
        if found is None:
            blocks[-1].lines.append((no, text))
            continue
        blocks.append(_Block(found[0], no, found[1]))
        if found[0] == "end":
            break
    return blocks


def _starts_field(lines: list[tuple[int, str]], i: int) -> bool:
    return (
        i + 1 < len(lines)
        and bool(_NAME_RE.match(lines[i][1]))
        and parse_type(lines[i + 1][1]) is not None
    )


def _entries(lines: list[tuple[int, str]]) -> list[Field]:
    """The flat field list of a section: name line, type line, then marker/description lines."""
    entries: list[Field] = []
    i = 0
    while i < len(lines):
        no, text = lines[i]
        if _starts_field(lines, i):
            ftype = parse_type(lines[i + 1][1])
            assert ftype is not None  # _starts_field checked it
            entries.append(Field(text, ftype, None, line=no))
            i += 2
            continue
        i += 1
        if not entries:
            continue  # status line, media type, "Body": before the first field
        current = entries[-1]
        value_label = _VALUE_LABEL_RE.match(text)
        if text.lower() in REQUIRED_LABELS or text.lower() in OPTIONAL_LABELS:
            current.required = text.lower() in REQUIRED_LABELS
        elif value_label:
            if not value_label[2] and i < len(lines) and not _starts_field(lines, i):
                i += 1  # the value is on the next line
        else:
            current.description = f"{current.description} {text}".strip()
    return entries


def _is_container(ftype: TypeRef) -> bool:
    return "object" in ftype.types or bool(ftype.items and "object" in ftype.items.types)


def _child_example(ftype: TypeRef, value: Any) -> Any:
    """The example object of a container's fields; an empty one tells nothing."""
    if isinstance(value, list) and value:
        value = value[0]
    return value if isinstance(value, dict) and value else None


class _Nester:
    """Rebuild the field tree from the flat list, using the example's keys to see where a nested
    object ends (a nested field list ends where the next sibling key of an outer level starts)."""

    def __init__(self, entries: list[Field]) -> None:
        self.entries = entries
        self.pos = 0

    def level(self, example: Any, outer: frozenset[str]) -> list[Field]:
        keys = list(example) if isinstance(example, dict) else None
        fields: list[Field] = []
        while self.pos < len(self.entries):
            entry = self.entries[self.pos]
            if entry.name in outer and (keys is None or entry.name not in keys):
                break  # a sibling of an enclosing object
            if keys is not None and not keys and outer:
                break  # every key of this nested example is done
            self.pos += 1
            if keys is not None and entry.name in keys:
                keys = keys[keys.index(entry.name) + 1 :]
            if _is_container(entry.type):
                value = example.get(entry.name) if isinstance(example, dict) else None
                entry.children = self.level(
                    _child_example(entry.type, value), outer | frozenset(keys or ())
                )
            fields.append(entry)
        return fields


def _nest(entries: list[Field], example: Any) -> list[Field]:
    return _Nester(entries).level(example, frozenset())


def _json_example(block: _Block) -> Any:
    text = "\n".join(line for _, line in block.lines)
    start = min((i for i in (text.find("{"), text.find("[")) if i >= 0), default=-1)
    if start < 0:
        return None
    try:
        value, _ = json.JSONDecoder().raw_decode(text[start:])
    except json.JSONDecodeError:
        return None  # nesting then falls back to "children run to the end"
    return value


def _check_markers(fields: list[Field], section: str) -> None:
    for entry in fields:
        if entry.required is None:
            raise PageError(
                f"line {entry.line}: field {entry.name!r} ({section}) has no required/optional "
                "line: expected 必需/可选, Required/Optional or จำเป็น/ไม่จำเป็น"
            )
        _check_markers(entry.children, section)


def _response_lines(block: _Block) -> list[tuple[int, str]]:
    """The lines of the first (success) response; a second status line starts another one."""
    statuses = [i for i, (_, text) in enumerate(block.lines) if _STATUS_RE.match(text)]
    return block.lines[: statuses[1]] if len(statuses) > 1 else block.lines


def parse_page(text: str) -> DocPage:
    """Read one doc page's text (Chinese, English or Thai labels)."""
    lines = _nonblank(text)
    if not lines:
        raise PageError("the page is empty")
    path_index, title, method, path = _find_endpoint(lines)
    page = DocPage(title=title, method=method, path=path)
    last = ""
    saw_response = False
    pending: dict[str, list[Field]] = {}
    for block in _blocks(lines[path_index + 1 :]):
        if block.kind in (*_PARAM_SECTIONS, "body"):
            pending[block.kind] = _entries(block.lines)
            if block.kind == "body":
                page.body_media_type = _media_type(block.rest)
                page.body_schema = _named_root(block.lines)
        elif block.kind == "responses":
            saw_response = True
            pending["response"] = _entries(_response_lines(block))
        elif block.kind == "example" and last in ("body", "responses"):
            example = _json_example(block)
            if last == "body":
                page.request_example = example
            else:
                page.response_example = example
        if block.kind != "example":
            last = block.kind
    if not saw_response:
        raise PageError(
            "no response section: expected a line '返回响应', 'Responses' or 'การตอบกลับ' "
            "followed by the 200 response's fields"
        )
    _assemble(page, pending)
    return page


def _media_type(rest: str) -> str:
    match = re.search(r"[\w.+-]+/[\w.+-]+", rest)
    return match[0] if match else "application/json"


def _named_root(lines: list[tuple[int, str]]) -> str | None:
    """`object (CreateOrderParam)` before the first body field names the request model."""
    for i, (_, text) in enumerate(lines):
        if _starts_field(lines, i):
            return None
        match = re.fullmatch(r"object\s*\(\s*([A-Za-z_]\w*)\s*\)", text)
        if match:
            return match[1]
    return None


def _assemble(page: DocPage, pending: dict[str, list[Field]]) -> None:
    for kind in _PARAM_SECTIONS:
        if kind in pending:
            fields = _nest(pending[kind], None)
            if kind == "header":
                fields = [f for f in fields if f.name.lower() not in spec_mod.SYSTEM_HEADERS]
            _check_markers(fields, f"{kind} parameters")
            if fields:
                page.parameters[kind] = fields
    if "body" in pending:
        page.body = _nest(pending["body"], page.request_example)
        _check_markers(page.body, "body")
    if "response" in pending:
        page.response = _nest(pending["response"], page.response_example)


# --- generating the operation ---------------------------------------------------------------


def derive_operation_id(page: DocPage) -> str:
    """camelCase ASCII from the title's words (or the method and path when it has none)."""
    words: list[str] = re.findall(r"[A-Za-z0-9]+", page.title)
    if not words:
        words = [page.method, *re.findall(r"[A-Za-z0-9]+", page.path.removeprefix("/v2"))]
    name = words[0].lower() + "".join(w[:1].upper() + w[1:] for w in words[1:])
    if name[0].isdigit():  # "1688 Create …": operationIds must start with a letter
        platform = "taobao" if "/taobao/" in page.path else "alibaba"
        name = platform + spec_mod.pascal(name)
    return name


def _property(
    ftype: TypeRef, children: list[Field], side: str, schemas: dict[str, Any], *, nullable: bool
) -> dict[str, Any]:
    kinds = [t for t in ftype.types if t != "null"]
    if kinds == ["object"]:
        target = _object(children, ftype.schema, side, schemas)
        if "$ref" in target:
            return {"anyOf": [target, {"type": "null"}]} if nullable else target
        return {"type": ["object", "null"] if nullable else "object", **target}
    schema: dict[str, Any] = {}
    if kinds:
        schema["type"] = [*kinds, "null"] if nullable else (kinds[0] if len(kinds) == 1 else kinds)
    if ftype.format:
        schema["format"] = ftype.format
    if "array" in kinds:
        item = ftype.items or TypeRef(())
        schema["items"] = _property(item, children, side, schemas, nullable="null" in item.types)
    return schema


def _field_schema(entry: Field, side: str, schemas: dict[str, Any]) -> dict[str, Any]:
    # Responses are tolerant (openapi/README.md): every property may be null.
    nullable = side == "response" or "null" in entry.type.types
    schema = _property(entry.type, entry.children, side, schemas, nullable=nullable)
    if entry.description:
        schema["description"] = entry.description
    return schema


def _object(
    fields: list[Field], name: str | None, side: str, schemas: dict[str, Any]
) -> dict[str, Any]:
    """An object schema from its fields: a component when the page names it, else inline."""
    if name and name in schemas:
        return {"$ref": f"#/schemas/{name}"}
    if name:
        schemas[name] = {}  # reserve the slot so components come out parent first
    body: dict[str, Any] = {}
    required = [f.name for f in fields if f.required] if side == "request" else []
    if required:
        body["required"] = required
    body["properties"] = {f.name: _field_schema(f, side, schemas) for f in fields}
    if not name:
        return body
    schemas[name] = {"type": "object", "x-pandapon-confidence": "seen", **body}
    return {"$ref": f"#/schemas/{name}"}


def _parameters(page: DocPage, schemas: dict[str, Any]) -> list[dict[str, Any]]:
    params: list[dict[str, Any]] = []
    for location, fields in page.parameters.items():
        for entry in fields:
            if location == "query" and entry.name in ("timestamp", "sign"):
                continue  # the warehouse pages' query signature: security schemes, not parameters
            param: dict[str, Any] = {"name": entry.name, "in": location}
            param["required"] = True if location == "path" else bool(entry.required)
            if entry.description:
                param["description"] = entry.description
            nullable = "null" in entry.type.types
            param["schema"] = _property(
                entry.type, entry.children, "request", schemas, nullable=nullable
            )
            params.append(param)
    return params


def _query_signed(page: DocPage) -> bool:
    names = {f.name for f in page.parameters.get("query", [])}
    return {"timestamp", "sign"} <= names or spec_mod.query_signed(v2_path(page.path))


def _identity(page: DocPage, existing: dict[str, Any] | None) -> dict[str, Any]:
    """The hand-written parts: kept from the spec when the operation exists, else to be filled."""
    if existing:
        keep = ("tags", "summary", "description", "x-pandapon-doc", "x-pandapon-retry-safe")
        found = {
            k: existing[k]
            for k in (
                *keep,
                "x-pandapon-retry-safe-reason",
                "x-pandapon-sdk-method",
                "x-pandapon-pagination",
            )
            if k in existing
        }
        doc = dict(found.get("x-pandapon-doc") or {})
        found["x-pandapon-doc"] = {**doc, "confidence": "seen", "path": _path_source(page)}
        return found
    return {
        "tags": [spec_mod.tag_for_path(v2_path(page.path))],
        "summary": "TODO: short English summary",
        "description": f"Doc title: {page.title}\n\nTODO: what the call does, in our own words.",
        "x-pandapon-doc": {
            "menu": "TODO: key in menu.yaml",
            "confidence": "seen",
            "path": _path_source(page),
            "pages": [],
        },
        "x-pandapon-retry-safe": spec_mod.retry_safe_by_name(page.method, page.path),
        "x-pandapon-sdk-method": "todo",
    }


def _path_source(page: DocPage) -> str:
    return "seen" if page.path.startswith("/v2/") else "legacy"


def to_operation(
    page: DocPage, operation_id: str, existing: dict[str, Any] | None = None
) -> Generated:
    """The page as a part-file operation and its schemas (the conventions of openapi/README.md).

    ``existing`` is the spec's current operation, whose hand-written parts (summary, tag, SDK
    name, doc pages) are kept.
    """
    schemas: dict[str, Any] = {}
    op: dict[str, Any] = {"operationId": operation_id, **_identity(page, existing)}
    op["security"] = [spec_mod.security(signed_query=_query_signed(page))]
    params = _parameters(page, schemas)
    if params:
        op["parameters"] = params
    if page.body or page.body_schema:
        name = page.body_schema or f"{spec_mod.pascal(operation_id)}Request"
        media: dict[str, Any] = {"schema": _object(page.body, name, "request", schemas)}
        example = _existing_example(existing)
        if example is None:  # Apifox's examples are placeholders ("string", 0): a start only
            example = page.request_example
        if example is not None:
            media["example"] = example
        op["requestBody"] = {
            "required": True,
            "content": {page.body_media_type or "application/json": media},
        }
    response_name = f"{spec_mod.pascal(operation_id)}Response"
    schemas[response_name] = _response_schema(page, schemas)
    op["responses"] = {
        "200": {
            "description": "Envelope; `data` as shown on the doc page.",
            "content": {"application/json": {"schema": {"$ref": f"#/schemas/{response_name}"}}},
        }
    }
    return Generated(v2_path(page.path), page.method, operation_id, op, schemas)


def _existing_example(existing: dict[str, Any] | None) -> Any:
    content = ((existing or {}).get("requestBody") or {}).get("content") or {}
    return next((m.get("example") for m in content.values() if isinstance(m, dict)), None)


def _response_schema(page: DocPage, schemas: dict[str, Any]) -> dict[str, Any]:
    data = next((f for f in page.response if f.name == "data"), None)
    data_schema = (
        _field_schema(data, "response", schemas)
        if data
        else {"description": "Not shown on the doc page."}
    )
    return {
        "allOf": [{"$ref": ENVELOPE_REF}, {"type": "object", "properties": {"data": data_schema}}]
    }


def to_yaml(generated: Generated) -> str:
    part = generated.operation["tags"][0]
    header = (
        f"# Paste into openapi/{part}.yaml (operations, schemas); map the path in pandapon.yaml:\n"
        f'#   {generated.path}: {{$ref: "{part}.yaml#/operations/{generated.operation_id}"}}\n'
    )
    document = {
        "operations": {generated.operation_id: {generated.method: generated.operation}},
        "schemas": generated.schemas,
    }
    return header + yaml.dump(
        document, Dumper=_Dumper, sort_keys=False, allow_unicode=True, width=100
    )


class _Dumper(yaml.SafeDumper):
    """Multi-line strings as `|-` blocks, like the hand-written part files."""


def _represent_str(dumper: yaml.SafeDumper, value: str) -> yaml.ScalarNode:
    style = "|" if "\n" in value else None
    return dumper.represent_scalar("tag:yaml.org,2002:str", value, style=style)


_Dumper.add_representer(str, _represent_str)


# --- comparing with the spec -----------------------------------------------------------------


@dataclass(frozen=True)
class Found:
    path: str
    method: str
    operation: dict[str, Any]


def find_operation(
    page: DocPage, spec: dict[str, Any], operation_id: str | None = None
) -> Found | None:
    """The spec's operation for the page: same method and path (as written, then the page path's
    v2 form), else the given operationId, else the same path with another method."""
    operations = spec_mod.iter_operations(spec)
    found = doc_compare.find_endpoint(operations, page.path, page.method)
    if found is None and operation_id:
        found = next((o for o in operations if o[2].get("operationId") == operation_id), None)
    found = found or doc_compare.find_endpoint(operations, page.path)
    return None if found is None else Found(*found)


def diff_against_spec(
    page: DocPage, spec: dict[str, Any], operation_id: str | None = None
) -> list[str]:
    """What the page says differently from the spec, one line each (empty: no difference)."""
    found = find_operation(page, spec, operation_id)
    if found is None:
        return [f"{page.method.upper()} {page.path}: not in the spec (a new operation)"]
    schemas = dict((spec.get("components") or {}).get("schemas") or {})
    op_id = str(found.operation.get("operationId"))
    generated = to_operation(page, op_id, found.operation)
    lines = list(_endpoint_differences(page, found))
    lines += _envelope_differences(page, schemas)
    page_schemas = {**generated.schemas, "Envelope": schemas.get("Envelope", {})}
    before = spec_schema.operation_fields(found.operation, schemas)
    after = spec_schema.operation_fields(generated.operation, page_schemas)
    for delta in spec_schema.field_deltas(before, after):
        if delta.path == "request" and delta.aspect == "schema" and not page.body_schema:
            continue  # the page did not name the request model
        line = _describe(delta)
        if line:
            lines.append(line)
    return lines


# The words for doc_compare.endpoint_changes' facts (Change.what).
_ENDPOINT_FACTS = {"method": "method", "path": "path", "content-type": "request content type"}


def _endpoint_differences(page: DocPage, found: Found) -> Iterator[str]:
    # The page's path as written is no difference, nor its v2 form (docs sync counts only the
    # v2 form: its --apply moves the operation there).
    paths = (page.path, v2_path(page.path))
    spec = (found.path, found.method, found.operation)
    for change in doc_compare.endpoint_changes(page.method, paths, page.body_media_type, spec):
        yield f"{_ENDPOINT_FACTS[change.what]}: {change.doc} on the page, {change.spec} in the spec"


def _envelope_differences(page: DocPage, schemas: dict[str, Any]) -> Iterator[str]:
    """The envelope is shared (common.yaml): compare its field names only; its types are widened
    on purpose (developId arrives as a string)."""
    if not page.response:
        return
    on_page = [f.name for f in page.response if f.name != "data"]
    in_spec = list(((schemas.get("Envelope") or {}).get("properties")) or {})
    for name in on_page:
        if name not in in_spec:
            yield f"response.{name}: on the page, not in the spec's Envelope"
    for name in in_spec:
        if name not in on_page:
            yield f"response.{name}: in the spec's Envelope, not on the page"


def _describe(delta: spec_schema.Delta) -> str | None:
    old, new = delta.old, delta.new
    if delta.path.startswith("response.") and delta.path.split(".")[1].split("[")[0] != "data":
        return None  # envelope fields: compared by name above
    request = spec_schema.is_request_path(delta.path)  # responses require nothing
    if delta.aspect == "added" and new:
        summary = doc_compare.field_summary(new, request=request)
        return f"{delta.path}: on the page ({summary}), not in the spec"
    if delta.aspect == "removed" and old:
        summary = doc_compare.field_summary(old, request=request)
        return f"{delta.path}: in the spec ({summary}), not on the page"
    # Descriptions, enums and limits are not compared: the page's wording is not the spec's.
    if old is None or new is None or delta.aspect not in _ASPECTS:
        return None
    label, text = _ASPECTS[delta.aspect]
    return f"{delta.path}: {label}{text(new)} on the page, {text(old)} in the spec"


def _req(info: spec_schema.FieldInfo) -> str:
    return "required" if info.required else "optional"


_ASPECTS: dict[str, tuple[str, Callable[[spec_schema.FieldInfo], str]]] = {
    "required": ("", _req),
    "type": ("type ", spec_schema.type_text),
    "schema": ("schema ", lambda info: str(info.schema)),
}
