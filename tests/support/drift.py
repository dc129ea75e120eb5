"""A drift server: PandaPon's paths and envelope, with ``data`` of another shape than the spec's.

An ASGI app served on loopback (``pandapon.sandbox.serving``). The first segment of the path
picks the drift, so a base URL names it (``http://127.0.0.1:PORT/id``):

- ``/id/...``: ``data`` is a bare id (a string of 19 digits), as a create might answer;
- ``/list/...``: ``data`` is a list of one object;
- ``/fields/...``: ``data`` is an object whose fields carry other JSON types than the spec's (for
  an array of objects, a list of one such object).

Every answer is a success envelope (HTTP 200, code 200) with planted ``requestId``, ``developId``
and ``msg`` too. Every value it sends is distinctive and listed in ``PLANTED`` (no value hides in
a key), so a test can prove that none reaches an evidence export. Authentication is not checked.
"""

from __future__ import annotations

import json
import re
import threading
from collections import Counter
from collections.abc import Callable, Iterator, Mapping
from contextlib import contextmanager
from functools import cache
from typing import Any

from jsonschema import Draft202012Validator, ValidationError
from referencing import Registry, Resource
from referencing.jsonschema import DRAFT202012

from pandapon._spec import Operation, document, operations, path_pattern
from pandapon.sandbox import serving
from pandapon.sandbox._synth import Synthesizer

MODES = ("id", "list", "fields")
BARE_ID = "9170000000000000731"
REQUEST_ID = "PLANTED-request-9f8e7d"
DEVELOP_ID = "PLANTED-develop-6c5b4a"
MESSAGE = "PLANTED-message-成功"
_NUMBER = 88_000_123_457


class _Planter:
    """Distinctive values of each JSON type, every one remembered."""

    def __init__(self) -> None:
        self.values: list[str] = []

    def text(self) -> str:
        value = f"PLANTED-value-{len(self.values):04d}"
        self.values.append(value)
        return value

    def number(self) -> int:
        value = _NUMBER + 1000 * len(self.values)
        self.values.append(str(value))
        return value

    def other_than(self, allowed: set[str]) -> Any:
        """A value of a JSON type ``allowed`` does not hold."""
        if "string" not in allowed:
            return self.text()
        if not allowed & {"integer", "number"}:
            return self.number()
        if "array" not in allowed:
            return [self.text()]
        return {"extra": self.text()}


_planter = _Planter()
_SCHEMAS: Mapping[str, Any] = document()["components"]["schemas"]


def _resolve(schema: Mapping[str, Any]) -> Mapping[str, Any]:
    while "$ref" in schema:
        schema = _SCHEMAS[str(schema["$ref"]).rsplit("/", 1)[1]]
    return schema


def _types(schema: Mapping[str, Any]) -> set[str]:
    """The JSON types a (response) schema allows."""
    schema = _resolve(schema)
    found: set[str] = set()
    for key in ("anyOf", "oneOf"):
        for option in schema.get(key) or ():
            found |= _types(option)
    given = schema.get("type")
    if given is not None:
        found |= set(given) if isinstance(given, list) else {given}
    elif "properties" in schema:
        found.add("object")
    if "integer" in found:
        found.add("number")
    return found


def _object_option(schema: Mapping[str, Any]) -> Mapping[str, Any] | None:
    """The alternative of ``schema`` that is an object with properties, if any."""
    schema = _resolve(schema)
    if schema.get("properties"):
        return schema
    for key in ("anyOf", "oneOf", "allOf"):
        for option in schema.get(key) or ():
            found = _object_option(option)
            if found is not None:
                return found
    return None


def _array_items(schema: Mapping[str, Any]) -> Mapping[str, Any] | None:
    schema = _resolve(schema)
    if isinstance(schema.get("items"), Mapping):
        return schema["items"]
    for key in ("anyOf", "oneOf"):
        for option in schema.get(key) or ():
            found = _array_items(option)
            if found is not None:
                return found
    return None


def data_schema(operation_id: str) -> Mapping[str, Any]:
    """The spec's schema of ``data`` in the operation's answer."""
    op = operations()[operation_id]
    item = document()["paths"][op.path][op.method.lower()]
    wrapper = _resolve(item["responses"]["200"]["content"]["application/json"]["schema"])
    for part in wrapper["allOf"]:
        data = _resolve(part).get("properties", {}).get("data")
        if data is not None:
            return data  # type: ignore[no-any-return]
    raise LookupError(operation_id)


def _other_fields(schema: Mapping[str, Any]) -> dict[str, Any]:
    return {
        name: _planter.other_than(_types(prop))
        for name, prop in (schema.get("properties") or {}).items()
    }


@cache
def drifted_data(operation_id: str, mode: str) -> Any:
    """What the drift server sends as ``data`` for the operation (the same on every call)."""
    if mode == "id":
        return BARE_ID
    if mode == "list":
        return [{"id": _planter.text(), "amount": _planter.number()}]
    schema = data_schema(operation_id)
    items = _array_items(schema)
    if items is not None and _object_option(items) is not None:
        return [_other_fields(_object_option(items) or {})]
    target = _object_option(schema)
    if target is None:
        return {"extra": _planter.text()}  # a scalar `data`: an object is the other type
    return _other_fields(target)


def envelope(operation_id: str, mode: str) -> dict[str, Any]:
    return {
        "requestId": REQUEST_ID,
        "code": 200,
        "developId": DEVELOP_ID,
        "msg": MESSAGE,
        "data": drifted_data(operation_id, mode),
    }


def planted() -> list[str]:
    """Every value the server has sent so far (call after the traffic)."""
    return [*_planter.values, BARE_ID, REQUEST_ID, DEVELOP_ID, MESSAGE, "PLANTED"]


@cache
def _routes() -> list[tuple[str, re.Pattern[str], str]]:
    return [
        (op.method, re.compile(path_pattern(op.path) + "$"), op.operation_id)
        for op in operations().values()
    ]


class DriftApp:
    """The ASGI app; ``requests`` counts the requests per operationId."""

    def __init__(self) -> None:
        self.requests: Counter[str] = Counter()
        self._lock = threading.Lock()

    async def __call__(
        self, scope: dict[str, Any], receive: Callable[..., Any], send: Callable[..., Any]
    ) -> None:
        if scope["type"] != "http":
            return
        while (await receive()).get("more_body"):
            pass
        mode, _, rest = str(scope["path"]).lstrip("/").partition("/")
        operation_id = next(
            (
                op_id
                for method, pattern, op_id in _routes()
                if method == scope["method"] and pattern.match("/" + rest)
            ),
            None,
        )
        if mode not in MODES or operation_id is None:
            status, body = 404, {"code": 404, "msg": "no such drift or path", "data": None}
        else:
            with self._lock:
                self.requests[operation_id] += 1
            status, body = 200, envelope(operation_id, mode)
        content = json.dumps(body, ensure_ascii=False).encode("utf-8")
        await send(
            {
                "type": "http.response.start",
                "status": status,
                "headers": [(b"content-type", b"application/json; charset=utf-8")],
            }
        )
        await send({"type": "http.response.body", "body": content})


@contextmanager
def running() -> Iterator[tuple[str, DriftApp]]:
    """The drift server on a free loopback port: (its URL without a mode, the app)."""
    app = DriftApp()
    with serving(app) as url:
        yield url, app


# -- what the drift tests compare against ---------------------------------------------------

#: Every operation of the spec.
OPERATIONS = list(operations().values())
_SYNTH = Synthesizer(document())
_REGISTRY: Registry = Registry().with_resource(
    "urn:pandapon", Resource.from_contents(document(), default_specification=DRAFT202012)
)


def request(op: Operation) -> tuple[Any, dict[str, Any]]:
    """A request the docs accept (the sandbox's example values)."""
    params = {p.name: _SYNTH.value(p.schema, p.name) for p in op.parameters}
    body = _SYNTH.value(op.body_schema) if op.body_schema is not None else None
    return body, params


def _path(error: ValidationError) -> str:
    text = ""
    for part in error.absolute_path:
        text += "[]" if isinstance(part, int) else (f".{part}" if text else str(part))
    return text


def _leaves(error: ValidationError) -> set[str]:
    """Where an error really is: inside an anyOf, in the alternatives whose type fitted (those
    that failed only deeper down); the anyOf itself when none did."""
    if not error.context:
        return {_path(error)}
    here = _path(error)
    by_option: dict[Any, list[ValidationError]] = {}
    for sub in error.context:
        by_option.setdefault(sub.relative_schema_path[0], []).append(sub)
    deeper = [subs for subs in by_option.values() if all(_path(s) != here for s in subs)]
    if not deeper:
        return {here}
    return {leaf for subs in deeper for sub in subs for leaf in _leaves(sub)}


def misfits(operation_id: str, payload: Any) -> set[str]:
    """The JSON paths where ``payload`` does not fit the operation's response schema."""
    ref = f"urn:pandapon#/components/schemas/{operation_id[0].upper()}{operation_id[1:]}Response"
    validator = Draft202012Validator({"$ref": ref}, registry=_REGISTRY)
    return {leaf for error in validator.iter_errors(payload) for leaf in _leaves(error)}
