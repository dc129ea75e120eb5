"""Hypothesis strategies drawn from the spec, shared by the robustness and decoder tests:
valid answers of every operation (``success_envelopes``), the same with one to three things
wrong (``mutated``), and bodies corrupted on the wire (``corruptions``)."""

from __future__ import annotations

import json
from collections.abc import Mapping
from typing import Any

from hypothesis import HealthCheck, settings
from hypothesis import strategies as st

from pandapon._spec import Operation, document, operations

OPERATIONS = list(operations().values())
SCHEMAS: Mapping[str, Any] = document()["components"]["schemas"]
MAX_DEPTH = 5
SETTINGS = settings(
    deadline=None,
    derandomize=True,  # the same examples on every run: a red build is reproducible
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)

# -- strategies from the spec ----------------------------------------------------------------

JSON_SCALARS = (
    st.none()
    | st.booleans()
    | st.integers(min_value=-(2**63), max_value=2**63)
    | st.floats(allow_nan=False, allow_infinity=False)
    | st.text(max_size=12)
)
ANY_JSON = st.recursive(
    JSON_SCALARS,
    lambda inner: (
        st.lists(inner, max_size=3) | st.dictionaries(st.text(max_size=6), inner, max_size=3)
    ),
    max_leaves=8,
)


def resolve(schema: Mapping[str, Any]) -> Mapping[str, Any]:
    while "$ref" in schema:
        schema = SCHEMAS[str(schema["$ref"]).rsplit("/", 1)[1]]
    return schema


def from_schema(schema: Mapping[str, Any], depth: int = 0) -> st.SearchStrategy[Any]:
    """Values valid against ``schema`` (the keywords the spec's response schemas use)."""
    schema = resolve(schema)
    if "allOf" in schema:
        parts = [from_schema(part, depth) for part in schema["allOf"]]

        def merge(values: tuple[Any, ...]) -> Any:
            merged: dict[str, Any] = {}
            for value in values:
                if isinstance(value, dict):
                    merged.update(value)
            return merged

        return st.tuples(*parts).map(merge)
    for key in ("anyOf", "oneOf"):
        if key in schema:
            return st.one_of([from_schema(option, depth) for option in schema[key]])
    if "const" in schema:
        return st.just(schema["const"])
    if "enum" in schema:
        return st.sampled_from(schema["enum"])
    types = schema.get("type", "object" if "properties" in schema else None)
    kinds = types if isinstance(types, list) else [types]
    return st.one_of([_of_kind(kind, schema, depth) for kind in kinds])


def _of_kind(kind: str | None, schema: Mapping[str, Any], depth: int) -> st.SearchStrategy[Any]:
    known = schema.get("x-pandapon-known-values")
    if kind == "null" or kind is None:
        return st.none() if kind == "null" else ANY_JSON
    if kind == "object":
        if depth >= MAX_DEPTH:
            return st.just({})
        properties = {
            name: from_schema(sub, depth + 1) for name, sub in schema.get("properties", {}).items()
        }
        required = set(schema.get("required", ()))
        objects = st.fixed_dictionaries(
            {k: v for k, v in properties.items() if k in required},
            optional={k: v for k, v in properties.items() if k not in required},
        )
        extra = schema.get("additionalProperties")
        if isinstance(extra, Mapping):
            more = st.dictionaries(st.text(max_size=8), from_schema(extra, depth + 1), max_size=3)
            objects = st.tuples(objects, more).map(lambda pair: {**pair[1], **pair[0]})
        return objects
    if kind == "array":
        if depth >= MAX_DEPTH or not isinstance(schema.get("items"), Mapping):
            return st.just([])
        items = schema["items"]
        if known:  # on an array the known values are those of its items
            items = {**resolve(items), "x-pandapon-known-values": known}
        return st.lists(from_schema(items, depth + 1), max_size=3)
    if kind == "boolean":
        return st.booleans()
    if kind == "integer":
        values = st.integers(
            min_value=schema.get("minimum", -(2**63)), max_value=schema.get("maximum", 2**63)
        )
        return values | st.sampled_from(known) if known else values
    if kind == "number":
        return st.floats(allow_nan=False, allow_infinity=False) | st.integers(-(10**12), 10**12)
    if kind == "string":
        text = st.text(min_size=schema.get("minLength", 0), max_size=schema.get("maxLength", 24))
        # Enum-like values are documented, not closed: unknown ones are valid too.
        return st.sampled_from([k for k in known if isinstance(k, str)]) | text if known else text
    raise AssertionError(f"no strategy for type {kind!r}")


def response_schema(op: Operation) -> Mapping[str, Any]:
    name = op.operation_id[0].upper() + op.operation_id[1:] + "Response"
    return {"$ref": f"#/components/schemas/{name}"}


@st.composite
def success_envelopes(draw: st.DrawFn, op: Operation) -> dict[str, Any]:
    """A valid response envelope whose code means success (or says nothing)."""
    payload = draw(from_schema(response_schema(op)))
    code = draw(st.sampled_from([200, 0, None, "absent"]))
    if code == "absent":
        payload.pop("code", None)
    else:
        payload["code"] = code
    return dict(payload)


# -- mutations -------------------------------------------------------------------------------


def _paths(value: Any, path: tuple[Any, ...] = ()) -> list[tuple[Any, ...]]:
    """Every location in a JSON tree (the root is ``()``)."""
    found = [path]
    if isinstance(value, dict):
        for key, item in value.items():
            found += _paths(item, (*path, key))
    elif isinstance(value, list):
        for index, item in enumerate(value):
            found += _paths(item, (*path, index))
    return found


def _get(value: Any, path: tuple[Any, ...]) -> Any:
    for step in path:
        value = value[step]
    return value


def _replace(root: Any, path: tuple[Any, ...], new: Any) -> Any:
    if not path:
        return new
    _get(root, path[:-1])[path[-1]] = new
    return root


def _nested(depth: int, leaf: Any) -> Any:
    for level in range(depth):
        leaf = [leaf] if level % 2 else {"n": leaf}
    return leaf


WRONG_TYPES: dict[type, st.SearchStrategy[Any]] = {
    str: st.integers() | st.booleans() | st.lists(st.integers(), max_size=2) | st.just({}),
    int: st.text(max_size=8) | st.floats(allow_nan=False) | st.just([]) | st.just({"v": 1}),
    float: st.text(max_size=8) | st.booleans() | st.just({}),
    bool: st.sampled_from(["true", "1", 1, 0, "是"]),
    list: st.text(max_size=8) | st.integers() | st.just({"0": {}}),
    dict: st.text(max_size=8) | st.integers() | st.lists(ANY_JSON, max_size=3),
    type(None): ANY_JSON,
}


@st.composite
def mutated(draw: st.DrawFn, payload: dict[str, Any]) -> Any:
    """``payload`` with one to three things wrong with it."""
    root: Any = payload
    for _ in range(draw(st.integers(1, 3))):
        paths = _paths(root)
        path = draw(st.sampled_from(paths))
        target = _get(root, path)
        kind = draw(
            st.sampled_from(
                [
                    "extra key",
                    "missing key",
                    "null",
                    "wrong type",
                    "unknown enum-like value",
                    "huge string",
                    "deep nesting",
                    "odd envelope",
                ]
            )
        )
        if kind == "extra key" and isinstance(target, dict):
            target[draw(st.text(max_size=10))] = draw(ANY_JSON)
        elif kind == "missing key" and isinstance(target, dict) and target:
            del target[draw(st.sampled_from(sorted(target)))]
        elif kind == "null":
            root = _replace(root, path, None)
        elif kind == "wrong type":
            wrong = WRONG_TYPES.get(type(target), ANY_JSON)
            root = _replace(root, path, draw(wrong))
        elif kind == "unknown enum-like value" and isinstance(target, str):
            root = _replace(root, path, draw(st.text(min_size=1, max_size=16)))
        elif kind == "huge string":
            size = draw(st.sampled_from([10_000, 300_000, 1_000_000]))
            root = _replace(root, path, draw(st.sampled_from(["x", "价", "\u0000"])) * size)
        elif kind == "deep nesting":
            root = _replace(root, path, _nested(draw(st.integers(20, 200)), draw(JSON_SCALARS)))
        elif kind == "odd envelope" and isinstance(root, dict):
            field = draw(st.sampled_from(["code", "msg", "requestId", "data", "developId"]))
            root[field] = draw(
                ANY_JSON
                | st.sampled_from(
                    [10**30, -1, 1e300, "200", " 200 ", "OK", 200.0, 200.5, True, [200], {}]
                )
            )
    return root


class Body(bytes):
    """Response bytes with a short repr, so that a failing example stays readable."""

    def __repr__(self) -> str:
        head = bytes(self[:40])
        return f"Body({head!r}{'...' if len(self) > 40 else ''}, {len(self)} bytes)"


def wire(payload: Any) -> bytes:
    return json.dumps(payload, ensure_ascii=False).encode("utf-8")


def corruptions() -> st.SearchStrategy[tuple[int, bytes, dict[str, str]]]:
    statuses = st.sampled_from([200, 201, 204, 301, 400, 401, 403, 404, 408, 429, 500, 502, 503])
    html = st.sampled_from(
        [
            b"<html><body><h1>502 Bad Gateway</h1><hr>nginx</body></html>",
            "<html><head><title>系统维护</title></head><body>维护中</body></html>".encode(),
            b"<!DOCTYPE html><html>" + b"<p>x</p>" * 20_000 + b"</html>",
        ]
    )
    json_like = st.sampled_from(
        [
            b"[" * 100_000 + b"]" * 100_000,  # deeper than any parser recursion limit
            b'{"data":' * 50_000 + b"1" + b"}" * 50_000,
            b'{"code": Infinity, "msg": "x"}',
            b'{"code": -Infinity}',
            b'{"code": NaN, "data": NaN}',
            b'{"code": 1e999}',
            b'{"code": ' + b"9" * 5000 + b"}",
            b'{"code": 200, "data": ' + b"1" * 5000 + b"}",
            b'{"code": 200, "requestId": ' + b"[" * 500 + b"]" * 500 + b"}",
            b'{"code": 200, "data": {"a": "\\ud800"}}',  # a lone surrogate
            b'{"code":200,"data":null}\x00',
            b"null",
            b"true",
            b'"a string"',
            b"\xef\xbb\xbf" + b'{"code":200,"data":null}',  # a byte-order mark
        ]
    )
    envelope = {"requestId": "r", "code": 200, "msg": "成功", "data": {"orderId": "1", "价": "元"}}
    valid = wire(envelope)
    non_utf8 = st.sampled_from(
        [
            json.dumps(envelope, ensure_ascii=False).encode("gbk"),
            valid.replace(b"\xe6", b"\xff"),
            b"\xff\xfe\x00garbage",
            valid[: len(valid) // 2] + b"\x80\x81" + valid[len(valid) // 2 :],
        ]
    )
    truncated = st.integers(0, len(valid) - 1).map(lambda n: valid[:n])
    bodies = (html | json_like | non_utf8 | truncated | st.just(b"") | st.binary(max_size=64)).map(
        Body
    )
    headers = st.dictionaries(
        st.sampled_from(["content-type", "retry-after", "date", "content-encoding-x"]),
        st.sampled_from(
            [
                "text/html; charset=utf-8",
                "application/json; charset=gbk",
                "application/json; charset=nonsense",
                "1e400",
                "-5",
                "nan",
                "Wed, 01 Jan 99999 00:00:00 GMT",
                "Mon, 32 Foo 2024 99:99:99 GMT",
                "",
            ]
        ),
        max_size=3,
    )
    return st.tuples(statuses, bodies, headers)
