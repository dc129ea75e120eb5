"""Fast response decoders: ``pandapon_api/decoders/`` (part of ``make generate``).

For every model that a response can hold, a module ``decoders/<model module>.py`` with

- ``decode(src)``: builds the same attrs instance as ``Model.from_dict(src)`` for the shapes the
  spec describes, in straight-line code: every field read with one ``dict.get``, the instance
  made with one positional ``__init__`` call, no per-field ``Unset`` branching, no nested
  functions, no copy of the input. Any other shape (a missing required field, a list where an
  object belongs...) raises ``Fallback``; nothing else differs.
- ``from_dict(src)``: ``decode``, or on any exception the generator's own ``Model.from_dict``,
  which then builds the model (or raises) exactly as it always did. The SDK parses responses
  with it; tests/test_decoders.py proves it equal to ``Model.from_dict`` over the robustness
  payloads.

The plan for each model comes from the generator's own parse (``scripts/generator_adapter.py``),
so field names, order and types always match the generated models.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from scripts.generator_adapter import Model, Parsed, Prop

#: Kinds the generated ``from_dict`` passes through unchanged (no ``construct`` in its templates).
_PASSTHROUGH = frozenset({"str", "int", "float", "bool", "none", "any"})


class Unsupported(Exception):
    """A shape this generator does not compile: the model's decoder delegates to from_dict."""


@dataclass
class Step:
    """One field that needs more than a ``dict.get``: code lines computing ``var``."""

    var: str
    lines: list[str]


@dataclass
class Plan:
    model: Model
    supported: bool = True
    required: list[str] = field(default_factory=list)  # wire names
    steps: list[Step] = field(default_factory=list)
    args: list[str] = field(default_factory=list)  # positional __init__ arguments
    known: list[str] = field(default_factory=list)
    keeps_extra: bool = False
    decoders: dict[str, str] = field(default_factory=dict)  # module -> local alias


def _passes_through(prop: Prop) -> bool:
    if prop.kind in _PASSTHROUGH:
        return True
    if prop.kind == "list":
        return _passes_through(prop.inner[0])
    if prop.kind == "union":
        return all(_passes_through(p) for p in prop.inner)
    return False


def quote(text: str) -> str:
    """A Python string literal of ``text``."""
    return '"' + text.replace("\\", "\\\\").replace('"', '\\"') + '"'


class _Planner:
    def __init__(self, models: dict[str, Model]) -> None:
        self.models = models

    def alias(self, plan: Plan, prop: Prop) -> str:
        module = str(prop.module)
        return plan.decoders.setdefault(module, f"_{module}")

    def model_list(self, plan: Plan, prop: Prop, var: str, indent: str) -> list[str]:
        """A list of models: each item decoded (a non-dict item raises Fallback there)."""
        item = prop.inner[0]
        if item.kind != "model":
            raise Unsupported(f"a list of {item.kind}")
        return [f"{indent}{var} = [{self.alias(plan, item)}(i) for i in {var}]"]

    def union(self, plan: Plan, prop: Prop, var: str) -> list[str]:
        dict_member = [p for p in prop.inner if p.kind == "model"]
        list_member = [p for p in prop.inner if p.kind == "list"]
        other = [p for p in prop.inner if p.kind not in ("model", "list")]
        if len(dict_member) > 1 or len(list_member) > 1:
            raise Unsupported("two members of one kind in a union: the first to fit wins")
        if any(p.kind not in _PASSTHROUGH for p in other):
            raise Unsupported("a union member that converts its value")
        lines: list[str] = []
        keyword = "if"
        if dict_member:
            lines += [
                f"{keyword} isinstance({var}, dict):",
                f"    {var} = {self.alias(plan, dict_member[0])}({var})",
            ]
            keyword = "elif"
        if list_member and not _passes_through(list_member[0]):
            lines += [f"{keyword} isinstance({var}, list):"]
            lines += self.model_list(plan, list_member[0], var, "    ")
            keyword = "elif"
        elif list_member and not other:
            lines += [f"{keyword} isinstance({var}, list):", "    pass"]
            keyword = "elif"
        if not other:
            # No member takes the value as it is: from_dict raises for anything else.
            allowed = [] if prop.required else [f"{var} is not UNSET"]
            condition = " and ".join(allowed) or "True"
            lines += [f"{keyword} {condition}:", "    raise Fallback"]
        return lines

    def plan(self, model: Model) -> Plan:
        plan = Plan(model)
        try:
            self._plan(plan)
        except Unsupported:
            plan = Plan(model, supported=False)
        return plan

    def _plan(self, plan: Plan) -> None:
        model = plan.model
        if model.additional is not None:
            if not _passes_through(model.additional):
                raise Unsupported("additional properties that convert their values")
            plan.keeps_extra = True
        values: dict[str, str] = {}
        for index, prop in enumerate(model.props):
            wire = quote(prop.wire_name)
            plan.known.append(prop.wire_name)
            read = f"src[{wire}]" if prop.required else f"g({wire}, UNSET)"
            if prop.required:
                plan.required.append(prop.wire_name)
            if _passes_through(prop):
                values[prop.python_name] = read
                continue
            var = f"v{index}"
            lines = [f"{var} = {read}"]
            if prop.kind == "model":
                call = f"{var} = {self.alias(plan, prop)}({var})"
                lines += [call] if prop.required else [f"if {var} is not UNSET:", f"    {call}"]
            elif prop.kind == "list":
                body = self.model_list(plan, prop, var, "    ")
                check = f"if {var}.__class__ is not list:"
                if prop.required:
                    lines += [check, "    raise Fallback", *(line[4:] for line in body)]
                else:
                    lines += [
                        f"if {var} is not UNSET:",
                        f"    {check}",
                        "        raise Fallback",
                        *(f"    {line}" for line in body),
                    ]
            elif prop.kind == "union":
                lines += self.union(plan, prop, var)
            else:
                raise Unsupported(f"a field of kind {prop.kind}")
            plan.steps.append(Step(var, lines))
            values[prop.python_name] = var
        # attrs' __init__ takes the fields in the order the model template declares them:
        # required ones without a default first, then the rest.
        first = [p for p in model.props if p.required and not p.has_default]
        rest = [p for p in model.props if not (p.required and not p.has_default)]
        plan.args = [values[p.python_name] for p in first + rest]


def reachable(parsed: Parsed, roots: list[str]) -> list[Model]:
    """The models ``roots`` (class names) can hold, the roots included, in a stable order."""
    seen: dict[str, Model] = {}
    todo = list(roots)

    def refs(prop: Prop) -> list[str]:
        if prop.kind == "model":
            return [str(prop.model)]
        return [name for inner in prop.inner for name in refs(inner)]

    while todo:
        name = todo.pop()
        if name in seen:
            continue
        model = parsed.models[name]
        seen[name] = model
        for prop in model.props:
            todo += refs(prop)
    return sorted(seen.values(), key=lambda m: m.module_name)


def plans(parsed: Parsed, roots: list[str]) -> list[Plan]:
    planner = _Planner(parsed.models)
    return [planner.plan(model) for model in reachable(parsed, roots)]
