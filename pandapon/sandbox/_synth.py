"""Example data for any schema of the spec, for operations the sandbox has no state for.

Deterministic and valid against the schema by construction: the first known value where the
spec lists some, otherwise a plain value of the first non-null type.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

_MAX_DEPTH = 4


class Synthesizer:
    def __init__(self, document: Mapping[str, Any]) -> None:
        self._schemas: Mapping[str, Any] = document["components"]["schemas"]

    def value(self, schema: Mapping[str, Any], name: str = "value", depth: int = 0) -> Any:
        while "$ref" in schema:
            schema = self._schemas[str(schema["$ref"]).rsplit("/", 1)[1]]
        known = schema.get("x-pandapon-known-values")
        if known:
            # On an array the known values are those of its items.
            return [known[0]] if "array" in str(schema.get("type")) else known[0]
        if "allOf" in schema:
            merged: dict[str, Any] = {}
            for part in schema["allOf"]:
                part_value = self.value(part, name, depth)
                if isinstance(part_value, dict):
                    merged.update(part_value)
            return merged
        for key in ("anyOf", "oneOf"):
            if key in schema:
                options = [o for o in schema[key] if o.get("type") != "null"]
                return self.value(options[0], name, depth) if options else None
        types = schema.get("type")
        kinds = [t for t in (types if isinstance(types, list) else [types]) if t and t != "null"]
        kind = kinds[0] if kinds else ("object" if "properties" in schema else None)
        return self._of_kind(kind, schema, name, depth)

    def _of_kind(self, kind: str | None, schema: Mapping[str, Any], name: str, depth: int) -> Any:
        if kind == "object":
            if depth >= _MAX_DEPTH:
                return {}
            return {
                prop: self.value(sub, prop, depth + 1)
                for prop, sub in (schema.get("properties") or {}).items()
            }
        if kind == "array":
            if depth >= _MAX_DEPTH or not isinstance(schema.get("items"), Mapping):
                return []
            return [self.value(schema["items"], name, depth + 1)]
        simple: dict[str | None, Any] = {
            "string": f"sandbox-{name}",
            "integer": 1,
            "number": 1.0,
            "boolean": True,
            None: None,
        }
        return simple.get(kind)
