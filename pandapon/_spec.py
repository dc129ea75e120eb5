"""The operation table, read from the bundled spec shipped inside the generated package.

Nothing about individual operations is hand-written in ``pandapon``: method, path, parameters,
retry safety and signing needs all come from ``pandapon_api/openapi.json``, which ``make generate``
writes from ``openapi/``.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, field
from functools import cache
from typing import Any

_METHODS = ("get", "post", "put", "patch", "delete")
#: How an operation or schema is known (``x-pandapon-doc.confidence``), strongest first: read on
#: a PandaPon doc page, observed in real answers (``x-pandapon-doc.observed``), partly read or
#: read on an older page, inferred.
CONFIDENCES = ("seen", "observed", "partial", "inferred")


@dataclass(frozen=True)
class Parameter:
    name: str
    location: str  # "path" or "query"
    required: bool
    schema: dict[str, Any] = field(repr=False)
    required_inferred: bool = False  # the spec's guess, not the docs' word


@dataclass(frozen=True)
class Operation:
    """One PandaPon API operation, as described by the spec."""

    operation_id: str
    method: str
    path: str
    tag: str
    summary: str
    python_method: str  # "alibaba.orders.cancel": client.alibaba.orders.cancel()
    platform: str
    group: str
    confidence: str
    path_source: str
    retry_safe: bool
    query_signed: bool
    parameters: tuple[Parameter, ...] = field(repr=False)
    body_schema: dict[str, Any] | None = field(repr=False)
    body_required: bool = field(repr=False)


def path_pattern(template: str) -> str:
    """A regular expression for a path template; ``{name}`` becomes the group ``name``."""
    return re.sub(r"\\\{([^}]+)\\\}", r"(?P<\1>[^/]+)", re.escape(template))


@cache
def _text() -> str:
    from importlib import resources  # noqa: PLC0415 - once per process

    return resources.files("pandapon_api").joinpath("openapi.json").read_text(encoding="utf-8")


@cache
def document() -> dict[str, Any]:
    """The bundled OpenAPI document (parsed once per process)."""
    doc: dict[str, Any] = json.loads(_text())
    return doc


@cache
def spec_hash() -> str:
    """Which spec this SDK carries: ``sha256:`` and the first 16 hex digits of the bundled
    document's hash (evidence is recorded against it)."""
    import hashlib  # noqa: PLC0415 - once per process, and only for the evidence store

    return "sha256:" + hashlib.sha256(_text().encode("utf-8")).hexdigest()[:16]


def spec_version() -> str:
    """The spec's ``info.version``."""
    return str(document().get("info", {}).get("version", "?"))


@cache
def _resources() -> dict[str, str]:
    """Tag -> the SDK resource it names (``alibaba-order`` -> ``alibaba.orders``)."""
    return {t["name"]: str(t.get("x-pandapon-resource", "")) for t in document().get("tags", [])}


def _operation(path: str, method: str, op: dict[str, Any]) -> Operation:
    doc = op.get("x-pandapon-doc", {})
    platform, group, _ = str(doc.get("menu", "?/?/?")).split("/", 2)
    body = op.get("requestBody")
    body_schema = None
    if body:
        body_schema = body["content"]["application/json"]["schema"]
    parameters = tuple(
        Parameter(
            p["name"],
            p["in"],
            bool(p.get("required")),
            p.get("schema", {}),
            "required" in (p.get("x-pandapon-inferred") or ()),
        )
        for p in op.get("parameters", [])
    )
    security = op.get("security") or [{}]
    return Operation(
        operation_id=op["operationId"],
        method=method.upper(),
        path=path,
        tag=op["tags"][0],
        summary=op.get("summary", ""),
        python_method=f"{_resources().get(op['tags'][0])}.{op.get('x-pandapon-sdk-method')}",
        platform=platform,
        group=group,
        confidence=str(doc.get("confidence", "inferred")),
        path_source=str(doc.get("path", "inferred")),
        retry_safe=bool(op.get("x-pandapon-retry-safe", False)),
        query_signed=any("querySign" in req for req in security),
        parameters=parameters,
        body_schema=body_schema,
        body_required=bool(body and body.get("required")),
    )


@cache
def operations() -> dict[str, Operation]:
    """Every operation of the spec by operationId, in document order."""
    table: dict[str, Operation] = {}
    for path, item in document()["paths"].items():
        for method in _METHODS:
            if method in item:
                operation = _operation(path, method, item[method])
                table[operation.operation_id] = operation
    return table


def request_example(operation_id: str) -> Any:
    """The spec's example request body of an operation (the reference runs it), or None."""
    op = operations()[operation_id]
    body = document()["paths"][op.path][op.method.lower()].get("requestBody") or {}
    return body.get("content", {}).get("application/json", {}).get("example")


@cache
def system_headers() -> tuple[str, ...]:
    """The header names every operation's security requires (the five system headers)."""
    doc = document()
    schemes = doc["components"]["securitySchemes"]
    required = [
        set(requirement)
        for item in doc["paths"].values()
        for method in _METHODS
        if method in item
        for requirement in item[method].get("security", [])
    ]
    common = set.intersection(*required) if required else set()
    return tuple(
        scheme["name"]
        for key, scheme in schemes.items()
        if key in common and scheme.get("in") == "header"
    )


@cache
def query_signed_paths() -> frozenset[str]:
    """Path templates whose pages ask for ``?timestamp=&sign=`` on top of the headers."""
    return frozenset(op.path for op in operations().values() if op.query_signed)
