"""An exported doc page's operation, in the spec's conventions (openapi/README.md).

The portal's page holds OpenAPI 3.0 as Apifox writes it: `nullable: true`, system headers as
parameters, the whole envelope as the 200 schema, `x-apifox-*` keys. ``DocOperation`` is what is
left once that is read the way the spec is written: 3.1 types (`[string, "null"]`), the system
headers set aside, the envelope reduced to its ``data``, request schemas strict as documented,
response schemas tolerant (nothing required, everything nullable, enums as known values).
Schema references take the part-file form ``#/schemas/<Name>`` with the doc's names.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from pandapon._validation import LIMITS
from scripts import spec as spec_mod
from scripts.docsync.apifox import ApiPage
from scripts.spec import safe_names
from scripts.spec.names import ref_name
from scripts.spec.operations import first_media, success_response

REQUEST, RESPONSE = "request", "response"
_DROPPED_HEADERS = frozenset({"content-type", "accept", "authorization"})
_TIME_FORMATS = frozenset({"date", "date-time"})


@dataclass
class DocOperation:
    """What one page says about one operation."""

    page: ApiPage
    method: str
    path: str  # the newest-generation (v2) form
    parameters: list[dict[str, Any]]
    body: dict[str, Any] | None  # {"required", "media_type", "schema", "example"?}
    data: dict[str, Any] | None  # the response's `data` schema; None when the page has none
    schemas: dict[str, dict[str, Any]] = field(default_factory=dict)  # the doc's models used

    @property
    def generation(self) -> str:
        """``newest`` for a /v2 page, ``older`` for the previous generation of the docs."""
        return "newest" if self.page.path.startswith("/v2/") else "older"

    @property
    def body_name(self) -> str | None:
        """The doc's name of the request model, when the page names one."""
        ref = ((self.body or {}).get("schema") or {}).get("$ref")
        return ref_name(ref) if ref else None

    def as_operation(self) -> dict[str, Any]:
        """The page as a spec operation (for field-by-field comparison)."""
        op: dict[str, Any] = {"parameters": self.parameters}
        if self.body is not None:
            media = {"schema": self.body["schema"]}
            op["requestBody"] = {
                "required": self.body["required"],
                "content": {self.body["media_type"]: media},
            }
        data = self.data if self.data is not None else {}
        wrapper = {"type": "object", "properties": {"data": data}}
        op["responses"] = {"200": {"content": {"application/json": {"schema": wrapper}}}}
        return op


def _ref(name: str) -> dict[str, Any]:
    return {"$ref": f"#/schemas/{name}"}


class _Converter:
    """OpenAPI 3.0 schema nodes of one page -> the spec's 3.1 part-file form."""

    def __init__(self, page_schemas: dict[str, Any]) -> None:
        self.page_schemas = page_schemas
        self.used: dict[str, str] = {}  # schema name -> side it is first reached from

    def schema(self, node: Any, side: str, *, field: bool = True) -> dict[str, Any]:
        """``field``: the node is a property (or ``data``), which responses make nullable;
        array items and union members are left as the page has them."""
        if not isinstance(node, dict):
            return {}
        tolerant = side == RESPONSE and field
        if "$ref" in node:
            name = ref_name(node["$ref"])
            self._reach(name, side)
            ref = _ref(name)
            nullable = tolerant or node.get("nullable") is True
            return {"anyOf": [ref, {"type": "null"}]} if nullable else ref
        out = self._scalar_keys(node, side, nullable=tolerant)
        for key in ("allOf", "anyOf", "oneOf"):
            if isinstance(node.get(key), list):
                out[key] = [self.schema(sub, side, field=False) for sub in node[key]]
        if tolerant and "anyOf" in out and {"type": "null"} not in out["anyOf"]:
            out["anyOf"].append({"type": "null"})
        if isinstance(node.get("properties"), dict):
            out["properties"] = {
                str(name): self.schema(prop, side) for name, prop in node["properties"].items()
            }
        if side == REQUEST and isinstance(node.get("required"), list) and node["required"]:
            out["required"] = [str(name) for name in node["required"]]
        if isinstance(node.get("items"), dict):
            out["items"] = self.schema(node["items"], side, field=False)
        if isinstance(node.get("additionalProperties"), dict):
            out["additionalProperties"] = self.schema(node["additionalProperties"], side)
        return {**out, **self._values(node, side)}

    def _scalar_keys(self, node: dict[str, Any], side: str, *, nullable: bool) -> dict[str, Any]:
        out: dict[str, Any] = {}
        types = self._types(node, nullable=nullable)
        if types:
            out["type"] = types[0] if len(types) == 1 else types
        if isinstance(node.get("format"), str) and not (
            side == RESPONSE and node["format"] in _TIME_FORMATS
        ):
            out["format"] = node["format"]
        return out

    def _values(self, node: dict[str, Any], side: str) -> dict[str, Any]:
        """Value rules (enums, stated limits) and the description."""
        out: dict[str, Any] = {}
        if isinstance(node.get("enum"), list):
            key = "enum" if side == REQUEST else "x-pandapon-known-values"
            out[key] = [v for v in node["enum"] if v is not None]
        if side == REQUEST:
            out.update(self._limits(node))
        if isinstance(node.get("description"), str) and node["description"].strip():
            out["description"] = node["description"].strip()
        return out

    @staticmethod
    def _types(node: dict[str, Any], *, nullable: bool) -> list[str]:
        raw = node.get("type")
        types = [str(t) for t in raw] if isinstance(raw, list) else [str(raw)] if raw else []
        if not types and "properties" in node:
            types = ["object"]
        if not types and "items" in node:
            types = ["array"]
        if types and (nullable or node.get("nullable") is True) and "null" not in types:
            types.append("null")
        return types

    @staticmethod
    def _limits(node: dict[str, Any]) -> dict[str, Any]:
        limits = {
            key: node[key]
            for key in LIMITS
            if isinstance(node.get(key), int | float) and not isinstance(node.get(key), bool)
        }
        # OpenAPI 3.0 writes an exclusive bound as a flag beside minimum/maximum.
        for flag, bound in (("exclusiveMinimum", "minimum"), ("exclusiveMaximum", "maximum")):
            if node.get(flag) is True and bound in limits:
                limits[flag] = limits.pop(bound)
        return limits

    def _reach(self, name: str, side: str) -> None:
        before = self.used.get(name)
        if before in (side, RESPONSE):
            return
        # A model both sides use is read tolerantly, like every response model.
        self.used[name] = side if before is None else RESPONSE
        self.schema(self.page_schemas.get(name), self.used[name])  # reach what it refers to

    def component(self, name: str) -> dict[str, Any]:
        """A named model; nullability belongs to where it is used, not to the model."""
        converted = self.schema(self.page_schemas.get(name), self.used[name], field=False)
        types = converted.get("type")
        if isinstance(types, list):
            kept = [t for t in types if t != "null"]
            converted["type"] = kept[0] if len(kept) == 1 else kept
        converted.setdefault("type", "object")
        return {**converted, "x-pandapon-confidence": "seen"}


def _resolve(node: Any, pool: dict[str, Any]) -> Any:
    """Follow local references (``#/components/<section>/<Name>``) within one pool."""
    seen: set[str] = set()
    while isinstance(node, dict) and "$ref" in node and str(node["$ref"]) not in seen:
        seen.add(str(node["$ref"]))
        node = pool.get(ref_name(node["$ref"]), {})
    return node


def _properties(node: Any, page: ApiPage) -> dict[str, Any]:
    node = _resolve(node, page.schemas)
    if not isinstance(node, dict):
        return {}
    found: dict[str, Any] = {}
    for sub in node.get("allOf") or []:
        found.update(_properties(sub, page))
    found.update(node.get("properties") or {})
    return found


def _example(media: dict[str, Any]) -> Any:
    if "example" in media:
        return media["example"]
    examples = media.get("examples")
    if isinstance(examples, dict):
        for value in examples.values():
            if isinstance(value, dict) and "value" in value:
                return value["value"]
    return None


def _parameters(page: ApiPage, path: str, convert: _Converter) -> list[dict[str, Any]]:
    signed = spec_mod.query_signed(path)
    params: list[dict[str, Any]] = []
    for raw in page.operation.get("parameters") or []:
        param = _resolve(raw, page.components.get("parameters") or {})
        if not isinstance(param, dict) or not param.get("name"):
            continue
        name, location = str(param["name"]), str(param.get("in") or "query")
        if location == "header" and name.lower() in spec_mod.SYSTEM_HEADERS | _DROPPED_HEADERS:
            continue  # signed by the SDK (or set by httpx), never a parameter
        if location == "query" and signed and name in ("timestamp", "sign"):
            continue  # the warehouse pages' query signature: security schemes
        out: dict[str, Any] = {"name": name, "in": location}
        out["required"] = True if location == "path" else bool(param.get("required"))
        if isinstance(param.get("description"), str) and param["description"].strip():
            out["description"] = param["description"].strip()
        out["schema"] = convert.schema(param.get("schema") or {}, REQUEST)
        if "example" in param:
            out["example"] = param["example"]
        params.append(out)
    return params


def _body(page: ApiPage, convert: _Converter) -> dict[str, Any] | None:
    body = page.operation.get("requestBody")
    found = first_media(body)
    if found is None:
        return None
    media_type, media = found
    out: dict[str, Any] = {
        "required": bool((body or {}).get("required", True)),
        "media_type": media_type,
        "schema": convert.schema(media.get("schema") or {}, REQUEST),
    }
    example = _example(media)
    if example is not None:
        out["example"] = example
    return out


def _data(page: ApiPage, convert: _Converter) -> dict[str, Any] | None:
    found = first_media(success_response(page.operation))
    if found is None:
        return None
    data = _properties(found[1].get("schema"), page).get("data")
    if data is None:
        return None
    return convert.schema(data, RESPONSE)


def to_doc_operation(page: ApiPage) -> DocOperation:
    """Read a page's operation in the spec's conventions."""
    convert = _Converter(page.schemas)
    path = spec_mod.v2_path(page.path)
    parameters = _parameters(page, path, convert)
    body = _body(page, convert)
    data = _data(page, convert)
    schemas = {name: convert.component(name) for name in list(convert.used)}
    return DocOperation(page, page.method, path, parameters, body, data, schemas)


def unsafe_names(doc: DocOperation) -> list[str]:
    """Every unsafe name and path in what one doc page would write into the spec: its path (as
    written and as the spec would have it), parameters, request and response schemas, and the
    models it names."""
    problems: list[str] = []
    for path in dict.fromkeys((doc.page.path, doc.path)):
        problem = safe_names.path_problem(path)
        if problem:
            problems.append(problem)
    for param in doc.page.operation.get("parameters") or []:
        problem = safe_names.parameter_problem(param)
        if problem:
            problems.append(problem)
    problems += safe_names.schema_problems((doc.body or {}).get("schema"), "request")
    problems += safe_names.schema_problems(doc.data, "data")
    for name, schema in doc.schemas.items():
        problem = safe_names.name_problem("schema name", name)
        problems += [problem] if problem else safe_names.schema_problems(schema, f"schema {name}")
    return list(dict.fromkeys(problems))
