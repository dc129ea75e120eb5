"""The Python side of each operation for the reference (``scripts/docs_site.py``): the typed
method, its signature, its async twin and its iterators, read from the generated client itself
(``pandapon_api.resources``) so that the reference shows what a user can actually call.
"""

from __future__ import annotations

import inspect
from dataclasses import dataclass
from functools import cached_property
from typing import Any

from pandapon_api import resources as generated

from scripts.codegen.resources import CALL_OPTIONS


@dataclass(frozen=True)
class SdkMethod:
    """``client.<resource>.<name>()`` for one operation."""

    resource: str  # "alibaba.orders"
    name: str  # "create"
    arguments: tuple[str, ...]  # ("*", "flow: str", "message: None | str | Unset = UNSET", ...)
    returns: str  # "AlibabaCreateOrderResult | None"
    has_async_twin: bool
    iterators: tuple[tuple[str, str], ...]  # ("iter_list", "Iterator[TaobaoOrder]"), ...
    parameters: tuple[inspect.Parameter, ...]  # without self and the per-call options
    options: tuple[str, ...]  # the per-call options it takes, in its order

    @property
    def call(self) -> str:
        return f"client.{self.resource}.{self.name}"

    def signature(self, width: int = 88) -> str:
        """``client.x.y.z(...) -> T`` on one line if it fits, else one argument a line."""
        one = f"{self.call}({', '.join(self.arguments)}) -> {self.returns}"
        if len(one) <= width:
            return one
        body = "".join(f"    {argument},\n" for argument in self.arguments)
        return f"{self.call}(\n{body}) -> {self.returns}"


def _resource_class(root: type, path: str) -> type:
    """Follow ``client.taobao.products`` through the generated classes' cached properties."""
    cls = root
    for part in path.split("."):
        prop = cls.__dict__.get(part)
        if not isinstance(prop, cached_property):
            raise LookupError(f"{cls.__name__} has no resource {part!r} (of {path!r})")
        # Annotations are strings (``from __future__ import annotations``): a class name.
        cls = getattr(generated, str(prop.func.__annotations__["return"]))
    return cls


def _annotation(value: Any) -> str:
    # Generated annotations spell ``builtins.list`` because resources have a ``list`` method.
    return str(value).replace("builtins.", "")


def _arguments(parameters: list[inspect.Parameter]) -> tuple[str, ...]:
    parts: list[str] = []
    keyword_only = False
    for param in parameters:
        if param.kind is param.KEYWORD_ONLY and not keyword_only:
            parts.append("*")
            keyword_only = True
        text = f"{param.name}: {_annotation(param.annotation)}"
        if param.default is not param.empty:
            text += f" = {param.default!r}"
        parts.append(text)
    return tuple(parts)


def sdk_method(resource: str, name: str) -> SdkMethod:
    """The typed method ``client.<resource>.<name>`` and what goes with it."""
    sync_cls = _resource_class(generated.SyncResources, resource)
    async_cls = _resource_class(generated.AsyncResources, resource)
    function = getattr(sync_cls, name)
    signature = inspect.signature(function)
    own = [
        p for p in signature.parameters.values() if p.name != "self" and p.name not in CALL_OPTIONS
    ]
    iterators = tuple(
        (attr, _annotation(inspect.signature(getattr(sync_cls, attr)).return_annotation))
        for attr in (f"iter_{name}", f"iter_{name}_pages")
        if hasattr(sync_cls, attr)
    )
    twin = getattr(async_cls, name, None)
    return SdkMethod(
        resource=resource,
        name=name,
        arguments=_arguments(own),
        returns=_annotation(signature.return_annotation),
        has_async_twin=inspect.iscoroutinefunction(twin),
        iterators=iterators,
        parameters=tuple(own),
        options=tuple(p for p in signature.parameters if p in CALL_OPTIONS),
    )
