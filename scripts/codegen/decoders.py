"""Fast response decoders: ``pandapon_api/decoders/`` (part of ``make generate``).

For every model that a response can hold, a module ``decoders/<model module>.py`` with two
ways to build exactly what ``Model.from_dict`` builds:

- The typed path, ``from_json(content)``: msgspec decodes the JSON text straight into a
  ``Struct`` of the model's exact shape (fields by wire name, ``forbid_unknown_fields``, the
  members of unions that hold a model typed, every other value ``Any``), and ``build(struct)``
  makes the attrs models from it by attribute access. Text of any other shape (a field the spec
  lacks, a value of a type it does not allow, NaN, a lone surrogate...) makes msgspec raise; the
  SDK then takes the dict path. About 0.7x ``json.loads`` for the whole decode.
- The dict path: ``decode(src)`` builds the model from ``json.loads``-style data in
  straight-line code: every field read with one ``dict.get``, the instance made with one
  positional ``__init__`` call, no per-field ``Unset`` branching, no nested functions, no copy
  of the input. Any shape the spec does not describe (a missing required field, a list where an
  object belongs...) raises ``Fallback``; ``from_dict(src)`` then calls the generator's own
  ``Model.from_dict``, which builds the model (or raises) exactly as it always did.

tests/sdk/test_decoders.py proves both equal to ``Model.from_dict`` over the robustness payloads.
The plan for each model comes from the generator's own parse (``scripts/generator_adapter.py``),
so field names, order and types always match the generated models.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from scripts.spec.generator_adapter import Model, Parsed, Prop
from scripts.spec.pyliteral import identifier, literal

#: Kinds the generated ``from_dict`` passes through unchanged (no ``construct`` in its templates).
_PASSTHROUGH = frozenset({"str", "int", "float", "bool", "none", "any"})


class Unsupported(Exception):
    """A shape this generator does not compile: the model's decoder delegates to from_dict."""


@dataclass
class Step:
    """One field that needs more than a ``dict.get``: the code lines computing its value."""

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
    # The typed path: a msgspec Struct of the model's exact shape, and how to build the model
    # from it (see _TypedPlanner).
    typed: bool = False
    struct_fields: list[StructField] = field(default_factory=list)
    build_steps: list[Step] = field(default_factory=list)
    build_args: list[str] = field(default_factory=list)
    structs: dict[str, str] = field(default_factory=dict)  # module -> local alias of the module


@dataclass
class StructField:
    name: str  # the model's attribute name
    wire: str
    type: str  # the annotation, as msgspec reads it
    required: bool


def _passes_through(prop: Prop) -> bool:
    if prop.kind in _PASSTHROUGH:
        return True
    if prop.kind == "list":
        return _passes_through(prop.inner[0])
    if prop.kind == "union":
        return all(_passes_through(p) for p in prop.inner)
    return False


def _init_args(model: Model, values: dict[str, str]) -> list[str]:
    """``values`` (by python name) in the order attrs' ``__init__`` takes the fields: the order
    the model template declares them, required ones without a default first, then the rest."""
    first = [p for p in model.props if p.required and not p.has_default]
    rest = [p for p in model.props if not (p.required and not p.has_default)]
    return [values[p.python_name] for p in first + rest]


class _Planner:
    def alias(self, plan: Plan, prop: Prop) -> str:
        module = identifier(prop.module)
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
            if prop.required:
                lines += ["else:", "    raise Fallback"]
            else:
                lines += [f"elif {var} is not UNSET:", "    raise Fallback"]
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
            wire = literal(prop.wire_name)
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
            plan.steps.append(Step(lines))
            values[prop.python_name] = var
        plan.args = _init_args(model, values)


#: msgspec types for scalars. Floats are ``int | float``: msgspec would turn a JSON integer into
#: a float for ``float``.
_SCALARS = {"str": "str", "int": "int", "float": "int | float", "bool": "bool", "none": "None"}


def _holds_any(prop: Prop) -> bool:
    """Whether ``prop`` (or a union it is a member of) lets any JSON value through."""
    return prop.kind == "any" or (
        prop.kind == "union" and any(_holds_any(inner) for inner in prop.inner)
    )


def _msgspec_kind(annotation: str) -> str:
    """What msgspec tells union members apart by: a list, a Struct, or each scalar."""
    if annotation.startswith("list["):
        return "list"
    if annotation.endswith(".Struct"):
        return "struct"
    return annotation


class _TypedPlanner:
    """The typed path: ``from_json(content)`` decodes the JSON text straight into msgspec
    Structs of the spec's exact shape (``forbid_unknown_fields``: a field the spec lacks is an
    error, so ``additional_properties`` is always empty there; every value must have one of the
    spec's types), then builds the attrs models from them by attribute access. A payload of any
    other shape fails to decode and goes the dict path, so the result never differs."""

    def module(self, plan: Plan, prop: Prop) -> str:
        """The local alias of the decoder module of ``prop``'s model."""
        module = identifier(prop.module)
        return plan.structs.setdefault(module, f"_s_{module}")

    def struct(self, plan: Plan, prop: Prop) -> str:
        return f"{self.module(plan, prop)}.Struct"

    def annotation(self, plan: Plan, prop: Prop) -> str:
        """The Struct field's type; Unsupported if msgspec cannot hold the shape exactly.

        Scalars are typed too (``str``, ``int``, ``int | float``...), not ``Any``: the typed
        path then takes only values of the spec's types, so an answer it takes has no
        deviation from the spec (pandapon/_shape.py looks for them only on the dict path)."""
        if prop.kind == "any" or _holds_any(prop):
            return "Any"
        if prop.kind in _SCALARS:
            return _SCALARS[prop.kind]
        if prop.kind == "model":
            return self.struct(plan, prop)
        if prop.kind == "list":
            return f"list[{self.annotation(plan, prop.inner[0])}]"
        if prop.kind != "union":
            raise Unsupported(prop.kind)
        members: list[str] = []
        for inner in prop.inner:
            if inner.kind in ("model", "list") or inner.kind in _SCALARS:
                members.append(self.annotation(plan, inner))
            else:
                raise Unsupported(f"a union member of kind {inner.kind}")
        kinds = [_msgspec_kind(member) for member in members]
        if len(kinds) != len(set(kinds)):  # two lists, or two Structs: msgspec cannot choose
            raise Unsupported("a union msgspec cannot tell apart")
        return " | ".join(dict.fromkeys(" | ".join(members).split(" | ")))

    def build(self, plan: Plan, prop: Prop, var: str) -> list[str]:
        """Lines turning the Struct's value in ``var`` into the model's value."""
        if _passes_through(prop):
            return []
        if prop.kind == "model":
            call = f"{var} = {self.builder(plan, prop)}({var})"
            return [call] if prop.required else [f"if {var} is not UNSET:", f"    {call}"]
        if prop.kind == "list":
            comprehension = f"{var} = [{self.builder(plan, prop.inner[0])}(i) for i in {var}]"
            if prop.required:
                return [comprehension]
            return [f"if {var} is not UNSET:", f"    {comprehension}"]
        lines: list[str] = []
        keyword = "if"
        for inner in prop.inner:
            if inner.kind == "model":
                struct = self.struct(plan, inner)
                lines += [
                    f"{keyword} {var}.__class__ is {struct}:",
                    f"    {var} = {self.builder(plan, inner)}({var})",
                ]
                keyword = "elif"
            elif inner.kind == "list" and not _passes_through(inner):
                item = self.builder(plan, inner.inner[0])
                lines += [
                    f"{keyword} {var}.__class__ is list:",
                    f"    {var} = [{item}(i) for i in {var}]",
                ]
                keyword = "elif"
        return lines

    def builder(self, plan: Plan, prop: Prop) -> str:
        return f"{self.module(plan, prop)}.build"

    def plan(self, plan: Plan) -> None:
        model = plan.model
        values: dict[str, str] = {}
        for index, prop in enumerate(model.props):
            annotation = self.annotation(plan, prop)
            plan.struct_fields.append(
                StructField(prop.python_name, prop.wire_name, annotation, prop.required)
            )
            read = f"s.{identifier(prop.python_name)}"
            lines = self.build(plan, prop, f"v{index}")
            if lines:
                plan.build_steps.append(Step([f"v{index}: Any = {read}", *lines]))
                values[prop.python_name] = f"v{index}"
            else:
                values[prop.python_name] = read
        plan.build_args = _init_args(model, values)


def _plan_typed(plans: list[Plan]) -> None:
    """Give every model whose whole tree msgspec can hold exactly a typed path."""
    by_module = {plan.model.module_name: plan for plan in plans}
    planner = _TypedPlanner()
    candidates: set[str] = set()
    for plan in plans:
        trial = Plan(plan.model)
        try:
            planner.plan(trial)
        except Unsupported:
            continue
        plan.struct_fields, plan.build_steps = trial.struct_fields, trial.build_steps
        plan.build_args, plan.structs = trial.build_args, trial.structs
        candidates.add(plan.model.module_name)
    # A model is typed only if every model it holds is (until nothing changes).
    changed = True
    while changed:
        changed = False
        for module in sorted(candidates):
            if any(ref not in candidates for ref in by_module[module].structs):
                candidates.discard(module)
                changed = True
    for plan in plans:
        plan.typed = plan.model.module_name in candidates


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
    planner = _Planner()
    found = [planner.plan(model) for model in reachable(parsed, roots)]
    _plan_typed(found)
    return found
