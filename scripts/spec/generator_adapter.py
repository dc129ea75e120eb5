"""The one module that knows openapi-python-client's internals.

``scripts/codegen/resources.py`` and ``scripts/codegen/decoders.py`` render SDK modules from the
same parse of the spec that the generator makes (so that names and types always match the
generated models), ``scripts/codegen/patches.py`` patches the generator's own templates,
``scripts/reference/examples.py`` names arguments by the generator's rule (``PythonIdentifier``),
and ``scripts/codegen/generation.py`` runs the generator's command line as ``python -m
scripts.generator_adapter`` (so that the patched templates have ``scripts/spec/pyliteral.py``'s
filters). All of them reach the generator only through this module: the parsed spec comes back
as the plain dataclasses below, and the templates directory as a path. Upgrading the pinned
generator means re-checking this file (and the template patches), not every script; see
CONTRIBUTING.md.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Literal

import openapi_python_client
from openapi_python_client.config import Config, ConfigFile, MetaType
from openapi_python_client.parser import GeneratorData
from openapi_python_client.parser.properties.any import AnyProperty
from openapi_python_client.parser.properties.boolean import BooleanProperty
from openapi_python_client.parser.properties.float import FloatProperty
from openapi_python_client.parser.properties.int import IntProperty
from openapi_python_client.parser.properties.list_property import ListProperty
from openapi_python_client.parser.properties.model_property import ModelProperty
from openapi_python_client.parser.properties.none import NoneProperty
from openapi_python_client.parser.properties.string import StringProperty
from openapi_python_client.parser.properties.union import UnionProperty
from openapi_python_client.strings import PythonIdentifier

from scripts.spec import pyliteral

__all__ = [
    "TEMPLATES",
    "Endpoint",
    "Model",
    "Parsed",
    "Prop",
    "PythonIdentifier",
    "generator_command",
    "parse",
    "text",
]

#: The generator's own Jinja templates (what the patches in scripts/codegen/templates/ apply to).
TEMPLATES: Path = Path(openapi_python_client.__file__).resolve().parent / "templates"

Kind = Literal["model", "list", "union", "str", "int", "float", "bool", "none", "any", "other"]

_KINDS: tuple[tuple[type, Kind], ...] = (
    (ModelProperty, "model"),
    (ListProperty, "list"),
    (UnionProperty, "union"),
    (StringProperty, "str"),
    (IntProperty, "int"),
    (FloatProperty, "float"),
    (BooleanProperty, "bool"),
    (NoneProperty, "none"),
    (AnyProperty, "any"),
)


@dataclass(frozen=True)
class Prop:
    """A property (a model's field, a parameter, a union member or a list's item type)."""

    wire_name: str
    python_name: str
    required: bool
    kind: Kind
    #: The annotation in the generated code, and without ``| Unset`` (``no_optional``).
    type_string: str
    type_string_no_optional: str
    description: str
    has_default: bool
    #: Class and module name of the model (kind "model").
    model: str | None = None
    module: str | None = None
    #: Union members (kind "union") or the item type (kind "list", one element).
    inner: tuple[Prop, ...] = ()


@dataclass(frozen=True)
class Model:
    class_name: str
    module_name: str
    #: Fields in the order the generator writes them (required first, as in ``from_dict``).
    props: tuple[Prop, ...]
    #: The type of additional properties (``None``: the model keeps none).
    additional: Prop | None


@dataclass(frozen=True)
class Endpoint:
    name: str
    path_parameters: tuple[Prop, ...]
    query_parameters: tuple[Prop, ...]
    body: Model | None
    response: Model


@dataclass
class Parsed:
    models: dict[str, Model] = field(default_factory=dict)  # by class name
    endpoints: dict[str, Endpoint] = field(default_factory=dict)  # by snake-case name


def text(value: Any) -> str:
    """A generator value (untrusted text, a code snippet, or plain) as a str."""
    if hasattr(value, "get_untrusted_value"):
        return str(value.get_untrusted_value())
    if hasattr(value, "as_unembedded_code"):
        return str(value.as_unembedded_code())
    return str(value)


def _kind(prop: Any) -> Kind:
    for cls, kind in _KINDS:
        if isinstance(prop, cls):
            return kind
    return "other"


def _prop(prop: Any) -> Prop:
    kind = _kind(prop)
    inner: tuple[Prop, ...] = ()
    if kind == "union":
        inner = tuple(_prop(p) for p in prop.inner_properties)
    elif kind == "list":
        inner = (_prop(prop.inner_property),)
    description = getattr(prop, "description", None)
    return Prop(
        wire_name=text(prop.name),
        python_name=str(prop.python_name),
        required=bool(prop.required),
        kind=kind,
        type_string=text(prop.get_type_string()),
        type_string_no_optional=text(prop.get_type_string(no_optional=True)),
        description=text(description) if description is not None else "",
        has_default=prop.default is not None,
        model=str(prop.class_info.name) if kind == "model" else None,
        module=str(prop.class_info.module_name) if kind == "model" else None,
        inner=inner,
    )


def _model(model: Any) -> Model:
    additional = model.additional_properties
    return Model(
        class_name=str(model.class_info.name),
        module_name=str(model.class_info.module_name),
        props=tuple(_prop(p) for p in [*model.required_properties, *model.optional_properties]),
        additional=None
        if not additional
        else _prop(additional)
        if not isinstance(additional, bool)
        else Prop("", "", False, "any", "Any", "Any", "", False),
    )


def parse(spec: dict[str, Any], spec_file: Path, config: dict[str, Any]) -> Parsed:
    """The spec as the generator parses it (``config``: the generator's config, as a dict)."""
    cfg = Config.from_sources(
        ConfigFile(**{k: v for k, v in config.items() if k != "post_hooks"}),
        MetaType.NONE,
        spec_file,
        "utf-8",
        False,
        None,
    )
    data = GeneratorData.from_dict(spec, config=cfg)
    if not isinstance(data, GeneratorData):
        raise RuntimeError(f"the generator could not parse the spec: {data}")
    parsed = Parsed()
    for model in data.models:
        parsed.models[str(model.class_info.name)] = _model(model)
    for collection in data.endpoint_collections_by_tag.values():
        for ep in collection.endpoints:
            body: Any = ep.bodies[0].prop if ep.bodies else None
            response: Any = ep.responses.patterns[0].prop
            parsed.endpoints[str(ep.name)] = Endpoint(
                name=str(ep.name),
                path_parameters=tuple(_prop(p) for p in ep.path_parameters),
                query_parameters=tuple(_prop(p) for p in ep.query_parameters),
                body=parsed.models[str(body.class_info.name)] if body is not None else None,
                response=parsed.models[str(response.class_info.name)],
            )
    return parsed


def generator_command(argv: list[str]) -> int:
    """The generator's own command line (``openapi-python-client ARGS``), with the filters of
    ``scripts/spec/pyliteral.py`` (``literal``, ``docstring``, ``identifier``, ``annotation``)
    in the environment its templates (and so the patches in scripts/codegen/templates/) render
    in (``python -m scripts.generator_adapter``)."""
    from openapi_python_client import TEMPLATE_FILTERS  # noqa: PLC0415 - only when run
    from openapi_python_client.cli import app  # noqa: PLC0415

    TEMPLATE_FILTERS.update(pyliteral.FILTERS)
    try:
        app(args=argv, prog_name="openapi-python-client")
    except SystemExit as exc:
        return exc.code if isinstance(exc.code, int) else 1
    return 0
