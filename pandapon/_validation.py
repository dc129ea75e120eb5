"""Checking a request against its schema before anything is sent.

A small validator for exactly the JSON-Schema keywords the spec's request schemas use (the spec
linter refuses any other keyword there), so that every call is checked without the cost of a
general validator. Errors name the field as a path: ``cargoParamList[0].quantity``.

Each rule knows whether the docs state it: a schema lists the rules the spec only infers in
``x-pandapon-inferred`` (``[minLength, required]``; ``required`` on a property means its required
flag). ``check(..., mode="docs")`` refuses what breaks a stated rule and returns what breaks only
inferred ones separately, so the caller can send it anyway and let the server judge.
"""

from __future__ import annotations

import math
from collections.abc import Iterator, Mapping
from typing import Any, Literal

from ._exceptions import FieldError

#: How much a request is checked before it is sent.
ValidationMode = Literal["docs", "strict", "off"]
MODES: tuple[ValidationMode, ...] = ("docs", "strict", "off")
#: The extension listing a schema's inferred rules.
INFERRED = "x-pandapon-inferred"

#: Bounds on a string's length, an array's size or a number's value.
LIMITS = (
    "minLength",
    "maxLength",
    "minItems",
    "maxItems",
    "minimum",
    "maximum",
    "exclusiveMinimum",
    "exclusiveMaximum",
)
#: The rules a request schema can state (what ``x-pandapon-inferred`` may list).
RULES = frozenset({"required", "enum", "const", *LIMITS})
#: Keywords this validator enforces: the rules and the shape; descriptive keywords are ignored.
SUPPORTED = RULES | {
    "$ref",
    "type",
    "properties",
    "items",
    "anyOf",
    "oneOf",
    "allOf",
    "additionalProperties",
}
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


def _json_equal(a: Any, b: Any) -> bool:
    """Equality as JSON Schema has it: ``true`` is not ``1``, ``false`` is not ``0`` (Python's
    ``==`` says they are), and 1 equals 1.0."""
    if isinstance(a, bool) or isinstance(b, bool):
        return isinstance(a, bool) and isinstance(b, bool) and a == b
    if isinstance(a, (list, tuple)) and isinstance(b, (list, tuple)):
        return len(a) == len(b) and all(_json_equal(x, y) for x, y in zip(a, b, strict=True))
    if isinstance(a, Mapping) and isinstance(b, Mapping):
        return a.keys() == b.keys() and all(_json_equal(a[k], b[k]) for k in a)
    return bool(a == b)


def _join(path: str, key: str) -> str:
    return f"{path}.{key}" if path else key


def integer_or_text(text: str) -> int | str:
    """A query value where the spec wants an integer: a whole number in ASCII digits becomes
    an ``int``; anything else (``--5``, ``²``, ``1.5``) stays text, for the validator to judge."""
    digits = text[1:] if text.startswith("-") else text
    return int(text) if digits.isascii() and digits.isdigit() else text


def is_inferred(schema: Mapping[str, Any], rule: str) -> bool:
    """Whether ``rule`` of this schema node is the spec's inference, not a documented fact."""
    marks = schema.get(INFERRED)
    return isinstance(marks, list) and rule in marks


# A problem and whether the rule it breaks is only inferred.
_Problem = tuple[FieldError, bool]


class Validator:
    """Validates values against schemas of one bundled OpenAPI document."""

    def __init__(self, document: Mapping[str, Any]) -> None:
        self._schemas: Mapping[str, Any] = document.get("components", {}).get("schemas", {})

    def errors(self, schema: Mapping[str, Any], value: Any, path: str = "") -> list[FieldError]:
        """Every rule ``value`` breaks, stated or inferred (the sandbox judges like this)."""
        return [problem for problem, _ in self._check(schema, value, path)]

    def check(
        self, schema: Mapping[str, Any], value: Any, path: str = "", *, mode: ValidationMode
    ) -> tuple[list[FieldError], list[FieldError]]:
        """(errors, inferred): what ``mode`` refuses, and what breaks only inferred rules and
        is sent anyway (``docs`` mode). ``off`` checks nothing here."""
        if mode == "off":
            return [], []
        errors: list[FieldError] = []
        inferred: list[FieldError] = []
        for problem, guess in self._check(schema, value, path):
            (inferred if guess and mode == "docs" else errors).append(problem)
        return errors, inferred

    def _resolve(self, schema: Mapping[str, Any]) -> Mapping[str, Any]:
        while "$ref" in schema:
            schema = self._schemas[str(schema["$ref"]).rsplit("/", 1)[1]]
        return schema

    def _check(self, schema: Mapping[str, Any], value: Any, path: str) -> Iterator[_Problem]:
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
                yield FieldError(where, f"expected {expected}, got {_json_type(value)}"), False
                return
        if "enum" in schema and not any(_json_equal(value, v) for v in schema["enum"]):
            message = f"must be one of {schema['enum']!r}, got {value!r}"
            yield FieldError(where, message), is_inferred(schema, "enum")
        if "const" in schema and not _json_equal(value, schema["const"]):
            yield FieldError(where, f"must be {schema['const']!r}"), is_inferred(schema, "const")
        if isinstance(value, str):
            yield from self._bounds(schema, len(value), where, _STRING_BOUNDS)
        elif isinstance(value, (int, float)) and not isinstance(value, bool):
            yield from self._bounds(schema, value, where, _NUMBER_BOUNDS)
        elif isinstance(value, (list, tuple)):
            yield from self._check_array(schema, value, path)
        elif isinstance(value, Mapping):
            yield from self._check_object(schema, value, path)

    def _check_alternatives(
        self, options: list[Mapping[str, Any]], value: Any, path: str
    ) -> Iterator[_Problem]:
        failures = [list(self._check(option, value, path)) for option in options]
        if all(failures):
            # Report the alternative that came closest (fewest problems).
            yield from min(failures, key=len)

    @staticmethod
    def _bounds(
        schema: Mapping[str, Any], measure: float, where: str, checks: tuple[_Bound, ...]
    ) -> Iterator[_Problem]:
        for rule, broken, text in checks:
            if rule in schema and broken(measure, schema[rule]):
                yield (
                    FieldError(where, text.format(schema[rule], measure)),
                    is_inferred(schema, rule),
                )

    def _check_array(
        self, schema: Mapping[str, Any], value: list[Any] | tuple[Any, ...], path: str
    ) -> Iterator[_Problem]:
        yield from self._bounds(schema, len(value), path or "(body)", _ARRAY_BOUNDS)
        items = schema.get("items")
        if isinstance(items, Mapping):
            for index, item in enumerate(value):
                yield from self._check(items, item, f"{path}[{index}]")

    def _check_object(
        self, schema: Mapping[str, Any], value: Mapping[str, Any], path: str
    ) -> Iterator[_Problem]:
        properties: Mapping[str, Any] = schema.get("properties", {})
        for name in schema.get("required", ()):
            if name not in value:
                guess = is_inferred(properties.get(name) or {}, "required")
                yield FieldError(_join(path, name), "required field is missing"), guess
        for name, item in value.items():
            if not isinstance(name, str):
                yield FieldError(path or "(body)", f"keys must be strings, got {name!r}"), False
            elif name in properties:
                yield from self._check(properties[name], item, _join(path, name))
            elif isinstance(schema.get("additionalProperties"), Mapping):
                yield from self._check(schema["additionalProperties"], item, _join(path, name))
            elif schema.get("additionalProperties") is False:
                yield FieldError(_join(path, name), "unknown field"), False


# (rule, broken(measure, limit), message given (limit, measure)) per kind of value.
_Bound = tuple[str, Any, str]
_STRING_BOUNDS: tuple[_Bound, ...] = (
    ("minLength", lambda n, limit: n < limit, "at least {0} characters (got {1})"),
    ("maxLength", lambda n, limit: n > limit, "at most {0} characters (got {1})"),
)
_NUMBER_BOUNDS: tuple[_Bound, ...] = (
    ("minimum", lambda v, limit: v < limit, "must be >= {0} (got {1})"),
    ("maximum", lambda v, limit: v > limit, "must be <= {0} (got {1})"),
    ("exclusiveMinimum", lambda v, limit: v <= limit, "must be > {0} (got {1})"),
    ("exclusiveMaximum", lambda v, limit: v >= limit, "must be < {0} (got {1})"),
)
_ARRAY_BOUNDS: tuple[_Bound, ...] = (
    ("minItems", lambda n, limit: n < limit, "at least {0} items (got {1})"),
    ("maxItems", lambda n, limit: n > limit, "at most {0} items (got {1})"),
)
