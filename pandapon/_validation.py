"""Checking a request against its schema before anything is sent.

A small validator for exactly the JSON-Schema keywords the spec's request schemas use (the spec
linter refuses any other keyword there), so that every call is checked without the cost of a
general validator. Errors name the field as a path: ``cargoParamList[0].quantity``.
"""

from __future__ import annotations

import math
from collections.abc import Iterator, Mapping
from typing import Any

from ._exceptions import FieldError

#: Keywords this validator enforces; descriptive keywords are ignored.
SUPPORTED = frozenset(
    {
        "$ref",
        "type",
        "properties",
        "required",
        "items",
        "anyOf",
        "oneOf",
        "allOf",
        "enum",
        "const",
        "minLength",
        "maxLength",
        "minItems",
        "maxItems",
        "minimum",
        "maximum",
        "exclusiveMinimum",
        "exclusiveMaximum",
        "additionalProperties",
    }
)
IGNORED = frozenset(
    {"description", "title", "format", "example", "examples", "default", "nullable"}
)

_JSON_TYPES = ("string", "integer", "number", "boolean", "array", "object", "null")


# Checked in order: bool before int (a bool is an int in Python, not in JSON).
_PYTHON_TO_JSON: tuple[tuple[type | tuple[type, ...], str], ...] = (
    (type(None), "null"),
    (bool, "boolean"),
    (int, "integer"),
    (float, "number"),
    (str, "string"),
    ((list, tuple), "array"),
    (Mapping, "object"),
)


def _json_type(value: Any) -> str:
    if isinstance(value, float) and not math.isfinite(value):
        return "non-finite number"  # NaN and infinities have no JSON form
    for python_type, json_type in _PYTHON_TO_JSON:
        if isinstance(value, python_type):
            return json_type
    # Never a JSON type name: an object() must not pass for a JSON "object".
    return f"{type(value).__name__} (not a JSON type)"


def _type_matches(value: Any, wanted: str) -> bool:
    actual = _json_type(value)
    if wanted == "number":
        return actual in ("integer", "number")
    if wanted == "integer" and actual == "number":
        return bool(math.isfinite(value) and float(value).is_integer())
    return actual == wanted


def _join(path: str, key: str) -> str:
    return f"{path}.{key}" if path else key


class Validator:
    """Validates values against schemas of one bundled OpenAPI document."""

    def __init__(self, document: Mapping[str, Any]) -> None:
        self._schemas: Mapping[str, Any] = document.get("components", {}).get("schemas", {})

    def errors(self, schema: Mapping[str, Any], value: Any, path: str = "") -> list[FieldError]:
        return list(self._check(schema, value, path))

    def _resolve(self, schema: Mapping[str, Any]) -> Mapping[str, Any]:
        while "$ref" in schema:
            schema = self._schemas[str(schema["$ref"]).rsplit("/", 1)[1]]
        return schema

    def _check(self, schema: Mapping[str, Any], value: Any, path: str) -> Iterator[FieldError]:
        schema = self._resolve(schema)
        where = path or "(body)"
        for sub in schema.get("allOf", ()):
            yield from self._check(sub, value, path)
        for key in ("anyOf", "oneOf"):
            if key in schema:
                yield from self._check_alternatives(schema[key], value, path)
        if "type" in schema:
            wanted = schema["type"] if isinstance(schema["type"], list) else [schema["type"]]
            if not any(_type_matches(value, t) for t in wanted):
                expected = " or ".join(t for t in wanted if t in _JSON_TYPES)
                yield FieldError(where, f"expected {expected}, got {_json_type(value)}")
                return
        if "enum" in schema and value not in schema["enum"]:
            yield FieldError(where, f"must be one of {schema['enum']!r}, got {value!r}")
        if "const" in schema and value != schema["const"]:
            yield FieldError(where, f"must be {schema['const']!r}")
        if isinstance(value, str):
            yield from self._check_string(schema, value, where)
        elif isinstance(value, (int, float)) and not isinstance(value, bool):
            yield from self._check_number(schema, value, where)
        elif isinstance(value, (list, tuple)):
            yield from self._check_array(schema, value, path)
        elif isinstance(value, Mapping):
            yield from self._check_object(schema, value, path)

    def _check_alternatives(
        self, options: list[Mapping[str, Any]], value: Any, path: str
    ) -> Iterator[FieldError]:
        failures = [self.errors(option, value, path) for option in options]
        if all(failures):
            # Report the alternative that came closest (fewest problems).
            yield from min(failures, key=len)

    def _check_string(
        self, schema: Mapping[str, Any], value: str, where: str
    ) -> Iterator[FieldError]:
        if "minLength" in schema and len(value) < schema["minLength"]:
            yield FieldError(where, f"at least {schema['minLength']} characters (got {len(value)})")
        if "maxLength" in schema and len(value) > schema["maxLength"]:
            yield FieldError(where, f"at most {schema['maxLength']} characters (got {len(value)})")

    def _check_number(
        self, schema: Mapping[str, Any], value: float, where: str
    ) -> Iterator[FieldError]:
        if "minimum" in schema and value < schema["minimum"]:
            yield FieldError(where, f"must be >= {schema['minimum']} (got {value})")
        if "maximum" in schema and value > schema["maximum"]:
            yield FieldError(where, f"must be <= {schema['maximum']} (got {value})")
        if "exclusiveMinimum" in schema and value <= schema["exclusiveMinimum"]:
            yield FieldError(where, f"must be > {schema['exclusiveMinimum']} (got {value})")
        if "exclusiveMaximum" in schema and value >= schema["exclusiveMaximum"]:
            yield FieldError(where, f"must be < {schema['exclusiveMaximum']} (got {value})")

    def _check_array(
        self, schema: Mapping[str, Any], value: list[Any] | tuple[Any, ...], path: str
    ) -> Iterator[FieldError]:
        where = path or "(body)"
        if "minItems" in schema and len(value) < schema["minItems"]:
            yield FieldError(where, f"at least {schema['minItems']} items (got {len(value)})")
        if "maxItems" in schema and len(value) > schema["maxItems"]:
            yield FieldError(where, f"at most {schema['maxItems']} items (got {len(value)})")
        items = schema.get("items")
        if isinstance(items, Mapping):
            for index, item in enumerate(value):
                yield from self._check(items, item, f"{path}[{index}]")

    def _check_object(
        self, schema: Mapping[str, Any], value: Mapping[str, Any], path: str
    ) -> Iterator[FieldError]:
        properties: Mapping[str, Any] = schema.get("properties", {})
        for name in schema.get("required", ()):
            if name not in value:
                yield FieldError(_join(path, name), "required field is missing")
        for name, item in value.items():
            if not isinstance(name, str):
                yield FieldError(path or "(body)", f"keys must be strings, got {name!r}")
            elif name in properties:
                yield from self._check(properties[name], item, _join(path, name))
            elif isinstance(schema.get("additionalProperties"), Mapping):
                yield from self._check(schema["additionalProperties"], item, _join(path, name))
            elif schema.get("additionalProperties") is False:
                yield FieldError(_join(path, name), "unknown field")
