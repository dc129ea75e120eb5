"""A runnable example per operation for the reference (``scripts/docs_site.py``), made from the
spec's request example, and what a fresh sandbox answers to it.

The example calls the typed method when the spec's example maps onto it exactly (the generated
request model reads it and writes it back unchanged), else ``client.call(operationId, ...)``
with the example as it is. ``run()`` executes each example's code verbatim against one sandbox,
reset before each, so the page shows what the code really does.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from typing import Any

import attrs
from pandapon_api import models
from pandapon_api.types import Unset

import pandapon
from pandapon import sandbox
from scripts import spec as spec_mod
from scripts.reference.sdk import SdkMethod
from scripts.spec.generator_adapter import PythonIdentifier
from scripts.spec.pyliteral import literal

WIDTH = 84  # inside the four-space ``with`` block of an 88-column snippet
#: The generator's prefix for parameter names that are not identifiers (its default).
FIELD_PREFIX = "field_"
SHOWN_LINES = 24  # of a sandbox answer's JSON
ASSIGN = "data = "


class _Untyped(Exception):
    """The spec's example does not map exactly onto the typed method."""


@dataclass(frozen=True)
class Example:
    operation_id: str
    imports: tuple[str, ...]  # model classes the call names (from pandapon_api.models)
    statement: str  # ``data = client...(...)``: what run() executes

    def _import(self) -> list[str]:
        return [f"from pandapon_api.models import {', '.join(self.imports)}"] * bool(self.imports)

    @property
    def code(self) -> str:
        """The lines run() executes: the model imports and the call."""
        return "\n".join([*self._import(), self.statement]) + "\n"

    def snippet(self) -> str:
        """The whole script a reader can paste: a sandbox around the call."""
        call = "\n".join(f"    {line}" for line in self.statement.splitlines())
        return "\n".join(
            [
                "from pandapon import sandbox",
                *self._import(),
                "",
                "with sandbox.running() as box, box.client() as client:",
                call,
                "    print(data)",
            ]
        )


@dataclass(frozen=True)
class Outcome:
    """What a fresh sandbox answered: ``returned`` data (its type, its JSON) or ``raised``."""

    kind: str  # "returned" or "raised"
    type_name: str
    text: str


def request_example(op: dict[str, Any]) -> tuple[Any, dict[str, Any]]:
    """The spec's example body (None without one) and parameters (by wire name)."""
    media = spec_mod.body_media(op)
    params = {}
    for param in op.get("parameters") or []:
        value = param.get("example", (param.get("schema") or {}).get("example"))
        if value is not None:
            params[str(param["name"])] = value
    return media.get("example"), params


def _code(value: Any, indent: int, imports: set[str]) -> str:
    """Python source for a value: models as constructor calls, one argument a line if long."""
    if attrs.has(type(value)):
        if getattr(value, "additional_properties", None):
            raise _Untyped(f"{type(value).__name__} has fields its model does not know")
        imports.add(type(value).__name__)
        fields = [
            (f.name, getattr(value, f.name))
            for f in attrs.fields(type(value))
            if f.init and not isinstance(getattr(value, f.name), Unset)
        ]
        return _call(type(value).__name__, fields, indent, imports)
    if isinstance(value, list):
        items = [_code(item, indent + 4, imports) for item in value]
        return _wrap("[", items, "]", indent)
    if isinstance(value, dict):
        pairs = [
            f"{_code(k, 0, imports)}: {_code(v, indent + 4, imports)}" for k, v in value.items()
        ]
        return _wrap("{", pairs, "}", indent)
    # Every other value through the one literal renderer (scripts/spec/pyliteral.py): the example
    # is a doc page's text, and this code is run. YAML's dates and the like: as their text.
    try:
        return literal(value)
    except (TypeError, ValueError):
        return literal(str(value))


def _call(
    name: str, arguments: Iterable[tuple[str, Any]], indent: int, imports: set[str], lead: int = 0
) -> str:
    parts = [f"{key}={_code(value, indent + 4, imports)}" for key, value in arguments]
    return _wrap(f"{name}(", parts, ")", indent, lead)


def _wrap(opening: str, parts: list[str], closing: str, indent: int, lead: int = 0) -> str:
    """One line if it fits (``lead``: what stands before it on its line), else a part a line."""
    flat = f"{opening}{', '.join(parts)}{closing}"
    if not parts or ("\n" not in flat and indent + lead + len(flat) <= WIDTH):
        return flat
    inner = "".join(f"{' ' * (indent + 4)}{part},\n" for part in parts)
    return f"{opening}\n{inner}{' ' * indent}{closing}"


def _typed_arguments(
    op: dict[str, Any], method: SdkMethod, body: Any, params: Mapping[str, Any]
) -> list[tuple[str, Any]]:
    """The typed method's keyword arguments for the example, or _Untyped."""
    arguments: list[tuple[str, Any]] = []
    if body is not None:
        schema = spec_mod.body_media(op).get("schema") or {}
        model = getattr(models, str(schema.get("$ref", "")).rsplit("/", 1)[-1], None)
        if model is None or not isinstance(body, dict):
            raise _Untyped("the body is not one generated model")
        try:
            instance = model.from_dict(body)
        except (KeyError, TypeError, ValueError) as exc:
            raise _Untyped(f"the model does not read the example: {exc}") from exc
        if instance.to_dict() != body:
            raise _Untyped("the model does not write the example back unchanged")
        arguments += [
            (f.name, getattr(instance, f.name))
            for f in attrs.fields(model)
            if f.init and not isinstance(getattr(instance, f.name), Unset)
        ]
    arguments += [(PythonIdentifier(name, FIELD_PREFIX), value) for name, value in params.items()]
    accepted = {p.name: p for p in method.parameters if p.kind is p.KEYWORD_ONLY}
    names = [name for name, _ in arguments]
    if len(set(names)) != len(names) or not set(names) <= set(accepted):
        raise _Untyped("the example's fields are not the method's arguments")
    if any(p.default is p.empty and name not in names for name, p in accepted.items()):
        raise _Untyped("the example lacks a required argument")
    return arguments


def example(op: dict[str, Any], method: SdkMethod) -> Example:
    """The example of one (bundled) operation, in the typed form where it maps exactly."""
    body, params = request_example(op)
    imports: set[str] = set()
    try:
        arguments = _typed_arguments(op, method, body, params)
        statement = ASSIGN + _call(method.call, arguments, 0, imports, len(ASSIGN))
    except _Untyped:
        imports.clear()
        positional = [literal(str(op["operationId"]))]
        positional += [_code(body, 4, imports)] * (body is not None)
        extra = [f"params={_code(params, 4, imports)}"] * bool(params)
        statement = ASSIGN + _wrap("client.call(", positional + extra, ")", 0, len(ASSIGN))
    return Example(str(op["operationId"]), tuple(sorted(imports)), statement)


def _jsonable(value: Any) -> Any:
    if isinstance(value, list):
        return [_jsonable(item) for item in value]
    return value.to_dict() if hasattr(value, "to_dict") else value


def _answer(data: Any) -> Outcome:
    text = json.dumps(_jsonable(data), ensure_ascii=False, indent=2, default=str)
    lines = text.splitlines()
    if len(lines) > SHOWN_LINES:
        lines = [*lines[:SHOWN_LINES], f"... ({len(lines) - SHOWN_LINES} more lines)"]
    return Outcome("returned", type(data).__name__, "\n".join(lines))


def run(examples: Iterable[Example]) -> dict[str, Outcome]:
    """Run each example's code against a sandbox reset to its seed first.

    An API error or a request the SDK refuses is an outcome to show; anything else (a
    ``TypeError`` from a wrong argument, an answer off the spec) is a broken example and raises.
    """
    outcomes: dict[str, Outcome] = {}
    with sandbox.running() as box, box.client() as client:
        for item in examples:
            box.admin.reset()
            namespace: dict[str, Any] = {"client": client}
            try:
                exec(compile(item.code, item.operation_id, "exec"), namespace)  # noqa: S102 - our own generated code
            except pandapon.APIError as error:
                message = f"[{error.code}] {error.msg}"
                outcomes[item.operation_id] = Outcome("raised", type(error).__name__, message)
            except pandapon.RequestValidationError as error:
                outcomes[item.operation_id] = Outcome("raised", type(error).__name__, str(error))
            else:
                outcomes[item.operation_id] = _answer(namespace["data"])
    return outcomes
