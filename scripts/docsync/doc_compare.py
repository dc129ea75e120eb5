"""What a doc page says differently from the spec (or from another page), fact by fact.

Facts compared: the method and path, the request content type, and per field its presence, the
required flag, the type, nullability (requests), the doc's schema name, and the limits and enum
values the page states. Not compared: descriptions (the spec words them in English on purpose),
limits or enums the page does not state (the spec may take them from the page's prose), and the
envelope around ``data``. A field the spec has and the page lacks is a change unless the spec
already marks it inferred (and, in a request, optional): that is how a kept guess is recorded.

Which spec operation a page shows by its method and path is ``find_endpoint``'s to say, for docs
sync and for ``docpage_to_spec`` alike.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

from scripts import spec as spec_mod
from scripts.docsync.export_to_spec import DocOperation
from scripts.spec import schema as spec_schema
from scripts.spec.schema import FieldInfo, non_null

_PARAMETER_ROOTS = ("query", "path", "header", "cookie")


@dataclass(frozen=True)
class Change:
    """One fact that differs; ``where`` names the field as the docs do (``a[].b``, ``data.c``).

    ``doc`` is what the other side says: a doc page (docs sync), or the answers recorded as
    evidence (``source="evidence"``, scripts/evidence_apply.py); ``source`` names that side in
    the report and the text."""

    what: str  # method | path | content-type | added | removed | required | type | nullable |
    #            schema | limit | enum | confidence; evidence adds data | code | observed
    where: str
    location: str  # request | query | path | header | cookie | response | payload | operation
    spec: Any
    doc: Any
    source: str = "doc"  # doc | evidence

    def as_json(self) -> dict[str, Any]:
        return {
            "what": self.what,
            "where": self.where,
            "in": self.location,
            "spec": self.spec,
            self.source: self.doc,
        }

    def text(self) -> str:
        where = self.where
        if self.location in _PARAMETER_ROOTS:
            where = f"{self.where} ({self.location})"
        spec, doc = _show(self.what, self.spec), _show(self.what, self.doc)
        return f"{where}: {self.what}: spec {spec}, {self.source} {doc}"


def _show(what: str, value: Any) -> str:
    if value is None:
        return "—"
    if isinstance(value, bool):
        words = ("null allowed", "not null") if what == "nullable" else ("required", "optional")
        return words[0] if value else words[1]
    return str(value)


def split_path(path: str) -> tuple[str, str]:
    """``request.a[].b`` -> (``request``, ``a[].b``); ``query.x`` -> (``query``, ``x``)."""
    root, _, rest = path.partition(".")
    root, bracket, tail = root.partition("[")
    rest = f"[{tail}" + (f".{rest}" if rest else "") if bracket else rest
    if root == "request":
        return "request", rest or "(body)"
    if root == "response":
        return "response", rest or "(response)"
    return root, rest


def compared_fields(op: dict[str, Any], schemas: dict[str, Any]) -> dict[str, FieldInfo]:
    """Parameters, body and the response's ``data`` of an operation (envelope fields left out)."""
    fields = spec_schema.operation_fields(op, schemas)
    return {
        path: info
        for path, info in fields.items()
        if not path.startswith("response") or path.startswith(("response.data", "response.data["))
    }


def _type_text(info: FieldInfo) -> str:
    return spec_schema.type_text(info)


def field_summary(info: FieldInfo, *, request: bool) -> str:
    """A field's type, and for a request field (not a response's) whether it is required."""
    text = _type_text(info)
    return f"{text}, {'required' if info.required else 'optional'}" if request else text


def _kept_guess(info: FieldInfo, location: str) -> bool:
    """A field the spec keeps on purpose although no page shows it: a guess, or one real
    answers hold (``observed``: the pages need not list every field)."""
    kept = info.confidence == "inferred" or (
        info.confidence == "observed" and location == "response"
    )
    return kept and (location == "response" or not info.required)


def compare_fields(
    before: dict[str, FieldInfo], after: dict[str, FieldInfo], *, keep_guesses: bool = True
) -> list[Change]:
    """Field facts of ``after`` (a page) that differ from ``before`` (the spec, or a page)."""
    changes: list[Change] = []
    gone_or_new: list[str] = []
    for path in [*before, *(p for p in after if p not in before)]:
        if any(path.startswith((root + ".", root + "[")) for root in gone_or_new):
            continue
        location, where = split_path(path)
        old, new = before.get(path), after.get(path)
        request = location != "response"
        if old is None and new is not None:
            summary = field_summary(new, request=request)
            changes.append(Change("added", where, location, None, summary))
            gone_or_new.append(path)
        elif new is None and old is not None:
            gone_or_new.append(path)
            if not (keep_guesses and _kept_guess(old, location)):
                summary = field_summary(old, request=request)
                changes.append(Change("removed", where, location, summary, None))
        elif old is not None and new is not None:
            changes.extend(_field_changes(where, location, old, new))
    return changes


def _field_changes(where: str, location: str, old: FieldInfo, new: FieldInfo) -> Iterator[Change]:
    request = location != "response"
    if request and old.required != new.required and where != "(body)":
        yield Change("required", where, location, old.required, new.required)
    if new.types and (
        non_null(old.types) != non_null(new.types) or non_null(old.items) != non_null(new.items)
    ):
        yield Change("type", where, location, _type_text(old), _type_text(new))
    elif new.schema and old.schema != new.schema:
        yield Change("schema", where, location, old.schema, new.schema)
    if request and new.types and ("null" in old.types) != ("null" in new.types):
        yield Change("nullable", where, location, "null" in old.types, "null" in new.types)
    if not request:
        return
    if new.enum is not None and old.enum != new.enum:
        yield Change("enum", where, location, _values(old.enum), _values(new.enum))
    old_limits, new_limits = dict(old.limits), dict(new.limits)
    for key, value in new_limits.items():
        if old_limits.get(key) != value:
            spec_side = f"{key} {old_limits[key]}" if key in old_limits else None
            yield Change("limit", where, location, spec_side, f"{key} {value}")


def _values(values: tuple[Any, ...] | None) -> str | None:
    return None if values is None else ", ".join(str(v) for v in values)


#: A spec operation as ``spec.iter_operations`` gives it: (path, method, operation).
Operation = tuple[str, str, dict[str, Any]]


def find_endpoint(
    operations: list[Operation], path: str, method: str | None = None
) -> Operation | None:
    """The operation at a page's path as written, else at its v2 form (``spec.v2_path``): the one
    with ``method``, or without it the first in document order."""
    return next(
        (
            found
            for form in (path, spec_mod.v2_path(path))
            for found in operations
            if found[0] == form and (method is None or found[1] == method)
        ),
        None,
    )


def endpoint_changes(
    method: str,
    paths: tuple[str, ...],
    media_type: str | None,
    spec: Operation,
) -> Iterator[Change]:
    """A page's method, path and request content type against the spec operation's.

    ``paths`` are the forms of the page's path that count as the spec's (the first is reported);
    ``media_type`` is None when the page shows no request body.
    """
    spec_path, spec_method, op = spec
    if method != spec_method:
        yield Change("method", "(operation)", "operation", spec_method.upper(), method.upper())
    if spec_path not in paths:
        yield Change("path", "(operation)", "operation", spec_path, paths[0])
    content = ((op.get("requestBody") or {}).get("content")) or {}
    if media_type is not None and content and media_type not in content:
        yield Change("content-type", "(body)", "request", ", ".join(content), media_type)


def compare_endpoint(
    doc: DocOperation, method: str, path: str, op: dict[str, Any]
) -> Iterator[Change]:
    # Only the v2 form counts: --apply moves an operation to it (spec_apply.update_operation).
    media_type = doc.body["media_type"] if doc.body is not None else None
    return endpoint_changes(doc.method, (doc.path,), media_type, (path, method, op))


def evidence(doc: DocOperation) -> str:
    """The confidence a page lends an operation it fully shows."""
    return "seen" if doc.generation == "newest" else "partial"


def compare(
    doc: DocOperation, spec_schemas: dict[str, Any], method: str, path: str, op: dict[str, Any]
) -> list[Change]:
    """Everything the page says differently from the spec operation at ``method path``."""
    changes = list(compare_endpoint(doc, method, path, op))
    before = compared_fields(op, spec_schemas)
    after = compared_fields(doc.as_operation(), doc.schemas)
    changes += compare_fields(before, after)
    current = (op.get("x-pandapon-doc") or {}).get("confidence")
    lent = evidence(doc)
    if rank(lent) > rank(str(current)):
        changes.append(Change("confidence", "(operation)", "operation", current, lent))
    return changes


def compare_pages(first: DocOperation, other: DocOperation) -> list[Change]:
    """Where two pages of one operation disagree (``spec`` is ``first``'s value)."""
    changes = list(compare_endpoint(other, first.method, first.path, _as_spec(first)))
    before = compared_fields(first.as_operation(), first.schemas)
    after = compared_fields(other.as_operation(), other.schemas)
    return changes + compare_fields(before, after, keep_guesses=False)


def _as_spec(doc: DocOperation) -> dict[str, Any]:
    if doc.body is None:
        return {}
    return {"requestBody": {"content": {doc.body["media_type"]: {}}}}


#: How much of a thing is known, weakest first (``x-pandapon-confidence``): ``observed`` (real
#: answers, recorded as evidence) ranks between what a page partly shows and what it shows.
CONFIDENCE_RANK = {"inferred": 0, "partial": 1, "observed": 2, "seen": 3}


def rank(confidence: str) -> int:
    """A confidence's place in ``CONFIDENCE_RANK``; anything else ranks below all."""
    return CONFIDENCE_RANK.get(confidence, -1)
