"""Which names and paths may come from the docs: checked before any of them becomes code.

Names in the spec become Python names, dict keys, module and class names, URL templates and
file names in generated/ and the reference. Text there is quoted (scripts/spec/pyliteral.py), but a
name is better refused than escaped: the spec lint (``make lint-spec``) refuses, and
``docs_sync --apply`` reports as ``unsafe`` (and does not apply), every name outside these
patterns, quoting it escaped. The patterns admit every name the PandaPon docs use:

==========================  =============================================================
operationIds                ``^[a-z][A-Za-z0-9]*$`` (camelCase, as the spec writes them)
schema names                ``^[A-Za-z][A-Za-z0-9_]*$`` (``AlibabaRefundReturnGoodSubmitVO``)
property names, query and   ``^[A-Za-z_][A-Za-z0-9_]*$`` (``cargoParamList``, ``webSite``)
path parameter names
header parameter names      ``^[A-Za-z][A-Za-z0-9_-]*$`` (headers may have ``-``)
paths                       ``^/[A-Za-z0-9/_{}.-]+$``, no ``..``, and every ``{...}`` a
                            parameter name
==========================  =============================================================

Each name is also at most ``MAX_LENGTH`` characters.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import Any

from scripts.spec.pyliteral import quoted

MAX_LENGTH = 80
OPERATION_ID = re.compile(r"[a-z][A-Za-z0-9]*")
SCHEMA = re.compile(r"[A-Za-z][A-Za-z0-9_]*")
NAME = re.compile(r"[A-Za-z_][A-Za-z0-9_]*")
HEADER = re.compile(r"[A-Za-z][A-Za-z0-9_-]*")
PATH = re.compile(r"/[A-Za-z0-9/_{}.-]+")
_TEMPLATE = re.compile(r"\{([^{}]*)\}")

_PATTERNS = {
    "operationId": OPERATION_ID,
    "schema name": SCHEMA,
    "property name": NAME,
    "parameter name": NAME,
    "header name": HEADER,
}


def name_problem(kind: str, name: Any) -> str | None:
    """Why ``name`` (an operationId, schema, property, parameter or header name) is unsafe."""
    pattern = _PATTERNS[kind]
    if not isinstance(name, str) or not pattern.fullmatch(name) or len(name) > MAX_LENGTH:
        return (
            f"{kind} {quoted(name)} is outside the safe pattern ^{pattern.pattern}$ "
            f"(at most {MAX_LENGTH} characters)"
        )
    return None


def path_problem(path: Any) -> str | None:
    """Why a path is unsafe: outside ``^/[A-Za-z0-9/_{}.-]+$``, holding ``..``, or a template
    that is not ``{name}``."""
    text = str(path)
    if not isinstance(path, str) or not PATH.fullmatch(text):
        return f"path {quoted(text)} is outside the safe pattern ^{PATH.pattern}$"
    if ".." in text:
        return f"path {quoted(text)} holds '..'"
    rest = _TEMPLATE.sub("", text)
    if (
        "{" in rest
        or "}" in rest
        or any(not NAME.fullmatch(name) for name in _TEMPLATE.findall(text))
    ):
        return f"path {quoted(text)} has a template that is not {{name}}"
    return None


def parameter_problem(param: Any) -> str | None:
    if not isinstance(param, dict):
        return None
    kind = "header name" if param.get("in") == "header" else "parameter name"
    return name_problem(kind, param.get("name"))


def schema_problems(node: Any, where: str) -> Iterator[str]:
    """Every property name in a schema (nested ones included) outside the pattern."""
    if isinstance(node, list):
        for item in node:
            yield from schema_problems(item, where)
        return
    if not isinstance(node, dict):
        return
    properties = node.get("properties")
    if isinstance(properties, dict):
        for name, prop in properties.items():
            problem = name_problem("property name", name)
            if problem:
                yield f"{where}: {problem}"
            yield from schema_problems(prop, f"{where}.{name}" if problem is None else where)
    required = node.get("required")
    names = required if isinstance(required, list) else []
    ref = node.get("$ref")
    checks = [("property name", name, "required ") for name in names]
    if isinstance(ref, str):
        checks.append(("schema name", ref.rsplit("/", 1)[-1], "$ref "))
    for kind, name, label in checks:
        problem = name_problem(kind, name)
        if problem:
            yield f"{where}: {label}{problem}"
    for key in ("items", "additionalProperties", "not", "allOf", "anyOf", "oneOf"):
        yield from schema_problems(node.get(key), where)


def operation_problems(path: str, op: dict[str, Any], where: str) -> Iterator[str]:
    """A spec operation's path, operationId, parameters and inline schemas."""
    problem = path_problem(path)
    if problem:
        yield f"{where}: {problem}"
    if "operationId" in op:
        problem = name_problem("operationId", op.get("operationId"))
        if problem:
            yield f"{where}: {problem}"
    for param in op.get("parameters") or []:
        problem = parameter_problem(param)
        if problem:
            yield f"{where}: {problem}"
        if isinstance(param, dict):
            yield from schema_problems(param.get("schema"), where)
    for container in (op.get("requestBody"), *(op.get("responses") or {}).values()):
        content = container.get("content") if isinstance(container, dict) else None
        for media in (content or {}).values() if isinstance(content, dict) else ():
            if isinstance(media, dict):
                yield from schema_problems(media.get("schema"), where)


def spec_problems(spec: dict[str, Any]) -> list[str]:
    """Every unsafe name and path in a bundled spec."""
    problems: list[str] = []
    for path, item in (spec.get("paths") or {}).items():
        for method, op in (item or {}).items():
            if isinstance(op, dict):
                where = f"{str(method).upper()} {quoted(path)}"
                problems += operation_problems(str(path), op, where)
    for name, item in (spec.get("webhooks") or {}).items():
        problem = name_problem("operationId", name)
        if problem:
            problems.append(f"webhook: {problem}")
        for op in (item or {}).values():
            if isinstance(op, dict):
                problems += operation_problems("/webhook", op, f"webhook {quoted(name)}")
    for name, schema in (spec.get("components", {}).get("schemas") or {}).items():
        problem = name_problem("schema name", name)
        if problem:
            problems.append(problem)
        else:
            problems += schema_problems(schema, f"schema {name}")
    return problems
