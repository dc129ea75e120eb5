"""Render the SDK's typed resource layer from the spec (part of ``make generate``).

openapi-python-client gives one module per operation. On top of it this writes two modules into
the generated package, so nothing about individual operations is hand-written in ``pandapon/``:

- ``resources.py``: one class per resource (``client.alibaba.orders``) with one typed method per
  operation (``cancel(*, web_site, order_id, ...) -> bool | None``), sync and async, plus
  ``iter_<method>`` for paged operations;
- ``sdk_metadata.py``: tables the client reads at run time (response model, accepted ``data``
  types, pagination attribute names, money fields), with every model referenced by module name so
  that ``import pandapon`` does not import the ~300 model modules.

Names and types come from openapi-python-client's own parser (through
``scripts/generator_adapter.py``), so they always match the generated models exactly.
"""

from __future__ import annotations

import re
import textwrap
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from jinja2 import Environment, FileSystemLoader, StrictUndefined

from scripts.codegen import decoders
from scripts.spec import METHODS, body_media, pyliteral, snake
from scripts.spec import generator_adapter as gen
from scripts.spec.generator_adapter import Model, Prop

TEMPLATES = Path(__file__).resolve().parent / "templates"
#: Keyword arguments every typed method takes besides the operation's fields.
CALL_OPTIONS = frozenset({"extra_body", "extra_query", "extra_headers", "timeout", "deadline"})


@dataclass
class Argument:
    python_name: str
    type_string: str
    required: bool
    wire_name: str
    location: str  # "body", "path", "query" or "both" (body field also sent as query)
    description: str = ""

    def doc(self) -> list[str]:
        """The ``Args:`` entry: the spec's description, wrapped for editors' tooltips."""
        text = " ".join(self.description.split()) or "(not described by the docs)"
        lines = textwrap.wrap(f"{self.python_name}: {text}", 88)
        return [lines[0], *(f"    {line}" for line in lines[1:])]


@dataclass
class Method:
    name: str
    operation_id: str
    summary: str
    doc_line: str
    evidence: str  # the "Docs:" line: how much of the operation a doc page showed
    arguments: list[Argument]
    body_class: str | None
    body_module: str | None
    return_type: str
    item_type: str | None = None
    page_argument: str | None = None

    @property
    def positional(self) -> list[Argument]:
        return [a for a in self.arguments if a.location == "path"]

    @property
    def keyword(self) -> list[Argument]:
        return [a for a in self.arguments if a.location != "path"]


@dataclass
class Resource:
    attribute: str  # "orders"
    class_name: str  # "AlibabaOrders"
    namespace: str | None  # "alibaba", or None for top-level resources
    description: str
    methods: list[Method] = field(default_factory=list)


_EVIDENCE = {
    "seen": "seen (read on a PandaPon doc page)",
    "observed": "observed (the shape of real answers, recorded as evidence)",
    "partial": "partial (partly read, or read on an older-generation page)",
    "inferred": "inferred (only the title was visible; the shape is the spec's reconstruction)",
}


def _describe(prop: Prop, guessed: bool, given: str | None = None) -> str:
    text = given or prop.description  # escaped by the template's docstring filter
    if guessed:
        text += " Required only by inference: optional here, the server decides."
    return text.strip()


def _guessed_required(spec: dict[str, Any], op: dict[str, Any]) -> set[str]:
    """Wire names of the operation's inputs whose required flag the spec only infers."""
    schemas = spec.get("components", {}).get("schemas", {})
    names = {
        str(p["name"])
        for p in op.get("parameters") or []
        if "required" in (p.get("x-pandapon-inferred") or ())
    }
    media = body_media(op)
    ref = str((media.get("schema") or {}).get("$ref", ""))
    body = schemas.get(ref.rsplit("/", 1)[-1], {}) if ref else {}
    names |= {
        str(name)
        for name, prop in (body.get("properties") or {}).items()
        if isinstance(prop, dict) and "required" in (prop.get("x-pandapon-inferred") or ())
    }
    return names


def _type(prop: Prop, *, no_optional: bool = False) -> str:
    # Resources have methods named `list`, which would shadow the builtin in annotations.
    text = prop.type_string_no_optional if no_optional else prop.type_string
    return re.sub(r"(?<![\w.])list\[", "builtins.list[", text)


def _pascal(name: str) -> str:
    return "".join(part[:1].upper() + part[1:] for part in re.split(r"[._-]", name) if part)


_RUNTIME_TYPES: dict[str, list[str]] = {
    "list": ["list"],
    "bool": ["bool"],
    "int": ["int"],
    "float": ["int", "float"],
    "str": ["str"],
    "any": ["object"],
    "none": [],
}


def _runtime_types(prop: Prop) -> list[str]:
    """What ``data`` may be at run time, as importable references ("bool", "module:Class")."""
    if prop.kind == "union":
        return [t for inner in prop.inner for t in _runtime_types(inner)]
    if prop.kind == "model":
        return [f"{prop.module}:{prop.model}"]
    return _RUNTIME_TYPES.get(prop.kind, ["object"])


def _alternatives(prop: Prop) -> list[Prop]:
    return list(prop.inner) if prop.kind == "union" else [prop]


def _is_model_list(prop: Prop) -> bool:
    return prop.kind == "list" and prop.inner[0].kind == "model"


class _Collector:
    def __init__(self, spec: dict[str, Any], data: gen.Parsed) -> None:
        self.spec = spec
        self.endpoints = data.endpoints
        self.models = list(data.models.values())
        self.models_by_name = data.models
        self.resources: dict[str, Resource] = {}
        self.response_models: dict[str, str] = {}
        self.data_types: dict[str, list[str]] = {}
        self.paging: dict[str, dict[str, Any]] = {}
        self.used_models: set[str] = set()

    def model_props(self, model: Model | Prop) -> list[Prop]:
        """Properties of a model (or of the model a property refers to)."""
        if isinstance(model, Prop):
            model = self.models_by_name[str(model.model)]
        return list(model.props)

    def paging_attrs(
        self, data_prop: Prop, paging: dict[str, Any]
    ) -> tuple[dict[str, list[str]], str | None]:
        """Python attribute names of the pagination fields in ``data``, and the item model name."""
        attrs: dict[str, list[str]] = {"items": [], "total_pages": [], "total_items": []}
        item_type: str | None = None
        keys = {"items": "items", "total-pages": "total_pages", "total-items": "total_items"}
        for alt in _alternatives(data_prop):
            if _is_model_list(alt):
                item_type = item_type or str(alt.inner[0].model)
            if alt.kind != "model":
                continue
            by_wire = {p.wire_name: p for p in self.model_props(alt)}
            for spec_key, attr_key in keys.items():
                for wire in paging.get(spec_key, []):
                    prop = by_wire.get(wire)
                    if prop is None:
                        continue
                    attrs[attr_key].append(prop.python_name)
                    if spec_key == "items" and item_type is None:
                        for inner in _alternatives(prop):
                            if _is_model_list(inner):
                                item_type = str(inner.inner[0].model)
        return attrs, item_type

    def resource_for(self, tag: str) -> Resource:
        tags = {t["name"]: t for t in self.spec.get("tags", [])}
        path = str(tags[tag]["x-pandapon-resource"])
        if path not in self.resources:
            namespace, _, attribute = path.rpartition(".")
            self.resources[path] = Resource(
                attribute=attribute,
                class_name=_pascal(path),
                namespace=namespace or None,
                description=str(tags[tag].get("description", "")),
            )
        return self.resources[path]

    def note_types(self, type_string: str) -> None:
        for name in re.findall(r"[A-Za-z_][A-Za-z0-9_]*", type_string):
            if name in self.models_by_name:
                self.used_models.add(name)

    def add(self, path: str, method: str, op: dict[str, Any]) -> None:
        op_id = str(op["operationId"])
        endpoint = self.endpoints[snake(op_id)]
        arguments = self._arguments(endpoint, op)
        body_class = body_module = None
        if endpoint.body is not None:
            body_class, body_module = endpoint.body.class_name, endpoint.body.module_name
        response = endpoint.response
        data_prop = next(p for p in self.model_props(response) if p.wire_name == "data")
        return_type = _type(data_prop, no_optional=True)
        if "None" not in return_type.split(" | "):
            return_type += " | None"
        self.note_types(return_type)
        # Honest about tolerant reading: where even the top level of `data` does not fit the
        # spec, the JSON value comes back as sent. `| Any` says so and keeps mypy checking
        # attribute names against the model (README: When the API differs from the spec).
        return_type += " | Any"
        self.response_models[op_id] = f"{response.module_name}:{response.class_name}"
        self.data_types[op_id] = sorted(set(_runtime_types(data_prop)))
        doc = op.get("x-pandapon-doc", {})
        retry = "retried on failure" if op.get("x-pandapon-retry-safe") else "never retried"
        item = Method(
            name=str(op["x-pandapon-sdk-method"]),
            operation_id=op_id,
            summary=str(op.get("summary", "")),
            doc_line=f"``{op_id}``: {method.upper()} {path} ({retry}).",
            evidence=_EVIDENCE.get(str(doc.get("confidence")), str(doc.get("confidence"))),
            arguments=arguments,
            body_class=body_class,
            body_module=body_module,
            return_type=return_type,
        )
        paging = op.get("x-pandapon-pagination")
        if paging:
            attrs, item.item_type = self.paging_attrs(data_prop, paging)
            if item.item_type:
                self.used_models.add(item.item_type)
            page = next((a for a in arguments if a.wire_name == paging["page"]), None)
            size = next((a for a in arguments if a.wire_name == paging["size"]), None)
            item.page_argument = page.python_name if page else None
            self.paging[op_id] = {
                "page": paging["page"],
                "size": paging["size"],
                "page_location": page.location if page else "body",
                "size_location": size.location if size else "body",
                **attrs,
            }
        self.resource_for(op["tags"][0]).methods.append(item)

    def _arguments(self, endpoint: gen.Endpoint, op: dict[str, Any]) -> list[Argument]:
        arguments: list[Argument] = []
        guessed = _guessed_required(self.spec, op)
        # A parameter's words are on the parameter, not on its schema.
        described = {
            str(p["name"]): str(p.get("description") or "") for p in op.get("parameters") or []
        }
        for location, props in (
            ("path", endpoint.path_parameters),
            ("query", endpoint.query_parameters),
        ):
            for prop in props:
                arguments.append(
                    Argument(
                        prop.python_name,
                        _type(prop),
                        prop.required,
                        prop.wire_name,
                        location,
                        _describe(prop, prop.wire_name in guessed, described.get(prop.wire_name)),
                    )
                )
        if endpoint.body is not None:
            for prop in self.model_props(endpoint.body):
                twin = next((a for a in arguments if a.python_name == prop.python_name), None)
                if twin is not None:
                    # Same field in the body and the query (the docs disagree where it goes).
                    twin.location, twin.required = "both", twin.required or prop.required
                    twin.type_string = _type(prop)
                    continue
                arguments.append(
                    Argument(
                        prop.python_name,
                        _type(prop),
                        prop.required,
                        prop.wire_name,
                        "body",
                        _describe(prop, prop.wire_name in guessed),
                    )
                )
        for argument in arguments:
            if argument.python_name in CALL_OPTIONS:
                raise ValueError(
                    f"{endpoint.name}: a field named {argument.python_name!r} would shadow the "
                    "per-call option of that name"
                )
            self.note_types(argument.type_string)
        # Required keyword arguments first, for readability of the signatures.
        return sorted(arguments, key=lambda a: (a.location != "path", not a.required))

    def money_fields(self) -> dict[str, dict[str, str]]:
        names = set(self.spec.get("info", {}).get("x-pandapon-money-fields") or [])
        table: dict[str, dict[str, str]] = {}
        for model in self.models:
            fields = {
                p.python_name: p.wire_name for p in self.model_props(model) if p.wire_name in names
            }
            if fields:
                table[model.class_name] = dict(sorted(fields.items()))
        return dict(sorted(table.items()))


def render(spec: dict[str, Any], spec_file: Path, config: dict[str, Any]) -> dict[str, str]:
    """The generated SDK modules (path in the package -> source), before formatting."""
    data = gen.parse(spec, spec_file, config)
    collector = _Collector(spec, data)
    for path, item in spec["paths"].items():
        for method in METHODS:
            if method in item:
                collector.add(path, method, item[method])
    modules = {m.class_name: m.module_name for m in collector.models}
    resources = list(collector.resources.values())
    namespaces: dict[str, list[Resource]] = {}
    for resource in resources:
        if resource.namespace:
            namespaces.setdefault(resource.namespace, []).append(resource)
    env = Environment(  # noqa: S701 - renders Python source, not HTML
        loader=FileSystemLoader(TEMPLATES),
        undefined=StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
        keep_trailing_newline=True,
    )
    # Spec text reaches the modules only through these (scripts/spec/pyliteral.py).
    env.filters.update(pyliteral.FILTERS)
    context = {
        "resources": resources,
        "namespaces": namespaces,
        "top_level": [r for r in resources if not r.namespace],
        "used_models": sorted(collector.used_models),
        "model_modules": modules,
        "response_models": collector.response_models,
        "data_types": {op: tuple(types) for op, types in collector.data_types.items()},
        "paging": collector.paging,
        "money_fields": collector.money_fields(),
        "pascal": _pascal,
    }
    template = env.get_template("resources.py.jinja")
    modules_out = {
        "resources.py": template.render(**context, raw=False),
        "raw_resources.py": template.render(**context, raw=True),
        "resource_roots.py": env.get_template("resource_roots.py.jinja").render(**context),
        "sdk_metadata.py": env.get_template("sdk_metadata.py.jinja").render(**context),
        "decoders/__init__.py": env.get_template("decoders_init.py.jinja").render(),
    }
    roots = sorted({ref.partition(":")[2] for ref in collector.response_models.values()})
    decoder = env.get_template("decoder.py.jinja")
    for plan in decoders.plans(data, roots):
        source = decoder.render(plan=plan)
        modules_out[f"decoders/{plan.model.module_name}.py"] = source
    return modules_out
