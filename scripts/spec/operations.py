"""Walking a bundled spec's operations: every operation, its request body and its fields with
the rules they carry, its success response and the first media type of a body or response."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

from pandapon._validation import RULES
from scripts.spec.names import METHODS, ref_name


@dataclass(frozen=True)
class RequestField:
    """One field of an operation's request (body field, or parameter) with what the spec says
    of its evidence: ``confidence`` is the field's, else its model's, else the operation's."""

    where: str  # "CancelAlibabaOrderRequest.orderId", "parameter refundId"
    node: dict[str, Any]  # its schema (for a parameter: the parameter object's marks)
    required: bool  # whether the field's presence is a rule (a path parameter's is not)
    confidence: str

    def rules(self) -> list[str]:
        """The rules this field carries (``required``, limits, enums)."""
        present = [k for k in REQUEST_RULES if k in self.node and k != "required"]
        return present + (["required"] if self.required else [])

    def inferred(self) -> list[str]:
        marks = self.node.get("x-pandapon-inferred")
        return list(marks) if isinstance(marks, list) else []


#: The rules a request schema can state, in a stable order (the validator's own list).
REQUEST_RULES = tuple(sorted(RULES))


def body_media(op: dict[str, Any]) -> dict[str, Any]:
    """The JSON request body's media object of a bundled operation (its ``schema`` and
    ``example``), or ``{}`` when it takes no body."""
    media: dict[str, Any] = ((op.get("requestBody") or {}).get("content") or {}).get(
        "application/json"
    ) or {}
    return media


def request_fields(spec: dict[str, Any], op: dict[str, Any]) -> Iterator[RequestField]:
    """Every field of a bundled operation's request that may carry rules (each model once)."""
    schemas = (spec.get("components") or {}).get("schemas") or {}
    confidence = str((op.get("x-pandapon-doc") or {}).get("confidence"))
    done: set[str] = set()

    def walk(node: Any, where: str, conf: str) -> Iterator[RequestField]:
        if not isinstance(node, dict):
            return
        if "$ref" in node:
            name = ref_name(node["$ref"])
            if name in done or not isinstance(schemas.get(name), dict):
                return
            done.add(name)
            target = schemas[name]
            yield from walk(target, name, str(target.get("x-pandapon-confidence") or conf))
            return
        required = set(node.get("required") or [])
        for name, prop in (node.get("properties") or {}).items():
            if isinstance(prop, dict):
                at, own = f"{where}.{name}", str(prop.get("x-pandapon-confidence") or conf)
                yield RequestField(at, prop, name in required, own)
                yield from walk(prop, at, own)
        for key in ("items", "additionalProperties"):
            item = node.get(key)
            if isinstance(item, dict):
                if "$ref" not in item:
                    yield RequestField(f"{where}[]", item, False, conf)
                yield from walk(item, f"{where}[]", conf)
        for key in ("allOf", "anyOf", "oneOf"):
            for sub in node.get(key) or []:
                yield from walk(sub, where, conf)

    yield from walk(body_media(op).get("schema"), "body", confidence)
    for param in op.get("parameters") or []:
        own = str(param.get("x-pandapon-confidence") or confidence)
        at = f"parameter {param.get('name')}"
        # Presence is a rule of a query parameter; a path parameter is there by nature.
        flag = bool(param.get("required")) and param.get("in") != "path"
        yield RequestField(
            at, {"x-pandapon-inferred": param.get("x-pandapon-inferred", [])}, flag, own
        )
        schema = param.get("schema") or {}
        if "$ref" not in schema:
            yield RequestField(at, schema, False, own)
        yield from walk(schema, at, own)


def iter_operations(spec: dict[str, Any]) -> list[tuple[str, str, dict[str, Any]]]:
    """(path, method, operation) for every operation in a bundled spec, in document order."""
    return [
        (path, method, item[method])
        for path, item in (spec.get("paths") or {}).items()
        for method in METHODS
        if method in item
    ]


def success_response(op: dict[str, Any]) -> dict[str, Any] | None:
    """The operation's first 2xx response (by status code), or None."""
    responses = op.get("responses") or {}
    for code in sorted(responses, key=str):
        if str(code).startswith("2") and isinstance(responses[code], dict):
            return dict(responses[code])
    return None


def first_media(container: Any) -> tuple[str, dict[str, Any]] | None:
    """(content type, media object) of the first media type of a requestBody or response."""
    content = container.get("content") if isinstance(container, dict) else None
    if not isinstance(content, dict):
        return None
    for media_type, media in content.items():
        if isinstance(media, dict):
            return str(media_type), media
    return None
