"""Settling a write whose outcome is unknown: did PandaPon take it? (``client.settle(error)``)

PandaPon has no idempotency keys; what it has are the developer's own ids (the spec lists their
names in ``info.x-pandapon-own-id-fields``). A write whose request carries one can be looked up
afterwards in a paged list of its platform whose items carry the same name: filtered by it when
the list takes it as a filter, else read page by page. Which write has which id, and which list
finds it, is read from the spec, never written here per operation.

The look-up is a plan (a generator yielding the list requests it needs), so that the sync and
the async client drive the same steps.
"""

from __future__ import annotations

import json
from collections.abc import Generator, Mapping
from dataclasses import dataclass, field
from functools import cache
from typing import Any, Literal

from ._spec import Operation, document, operations

Outcome = Literal["created", "not_created", "cannot_tell"]
#: The pages a look-up reads, at most, where the list cannot be filtered by the id.
DEFAULT_MAX_PAGES = 20
_SUCCESS = (200, 0)

#: One request of a look-up: the list's operationId and its body.
Step = tuple[str, dict[str, Any]]


@dataclass(frozen=True)
class Settlement:
    """What ``client.settle(error)`` found out about a write whose outcome was unknown.

    ``outcome``: ``"created"`` (``order`` is the record found, its JSON as PandaPon sent it),
    ``"not_created"`` (the list holds no record with the id: sending the write again is safe
    as far as PandaPon's list shows now), or ``"cannot_tell"`` (``reason`` says why: the write
    carries no id of yours, the list could not be read to the end...). ``own_id`` is the
    ``(field, value)`` looked up by, ``lookup_operation`` the list that was read.
    """

    outcome: Outcome
    operation_id: str | None
    reason: str
    own_id: tuple[str, str] | None = None
    lookup_operation: str | None = None
    order: dict[str, Any] | None = field(default=None, repr=False)

    @property
    def created(self) -> bool:
        return self.outcome == "created"

    @property
    def not_created(self) -> bool:
        return self.outcome == "not_created"

    @property
    def cannot_tell(self) -> bool:
        return self.outcome == "cannot_tell"


@dataclass(frozen=True)
class Lookup:
    """How a write is found again: by ``own_id_field`` in the paged list ``operation_id``."""

    own_id_field: str
    operation_id: str
    filtered: bool  # the list's request takes the id as a filter
    page: str
    size: str
    items: tuple[str, ...]
    total_pages: tuple[str, ...]
    max_size: int | None


def own_id_fields() -> tuple[str, ...]:
    names = document().get("info", {}).get("x-pandapon-own-id-fields") or ()
    return tuple(str(name) for name in names)


def _resolve(schema: Any) -> dict[str, Any]:
    seen = 0
    while isinstance(schema, dict) and "$ref" in schema and seen < 32:
        schema = document()["components"]["schemas"][str(schema["$ref"]).rsplit("/", 1)[-1]]
        seen += 1
    return schema if isinstance(schema, dict) else {}


def _properties(schema: Any) -> dict[str, Any]:
    """The properties of an object schema, through ``$ref``, ``allOf`` and ``anyOf``/``oneOf``
    alternatives (a field of any alternative counts)."""
    schema = _resolve(schema)
    found = dict(schema.get("properties") or {})
    for key in ("allOf", "anyOf", "oneOf"):
        for part in schema.get(key) or ():
            found.update(_properties(part))
    return found


def _raw(op: Operation) -> dict[str, Any]:
    raw: dict[str, Any] = document()["paths"][op.path][op.method.lower()]
    return raw


def _item_properties(op: Operation, items: tuple[str, ...]) -> dict[str, Any]:
    answer = _raw(op).get("responses", {}).get("200", {}).get("content", {})
    schema = answer.get("application/json", {}).get("schema")
    node = _properties(schema).get("data")
    for name in items:
        node = _properties(node).get(name)
    node = _resolve(node)
    if "items" not in node:  # a nullable list: the array alternative of an anyOf
        node = next((_resolve(p) for p in node.get("anyOf") or () if "items" in _resolve(p)), node)
    return _properties(node.get("items"))


@cache
def sent_own_id_fields(operation_id: str) -> tuple[str, ...]:
    """The own-id fields a write's request carries (none for a read)."""
    op = operations().get(operation_id)
    if op is None or op.retry_safe or op.body_schema is None:
        return ()
    body = _properties(op.body_schema)
    return tuple(name for name in own_id_fields() if name in body)


@cache
def lookup_for(operation_id: str) -> Lookup | str:
    """How ``operation_id`` is found again, or why it cannot be."""
    op = operations().get(operation_id)
    if op is None:
        return f"{operation_id!r} is not an operation of the spec"
    if op.retry_safe:
        return f"{operation_id} is a read: it changes nothing to settle"
    sent = sent_own_id_fields(operation_id)
    if not sent:
        names = ", ".join(own_id_fields())
        return (
            f"{operation_id}'s request carries none of your own ids ({names}): the SDK cannot "
            "tell whether it took effect; look the record up yourself before sending it again"
        )
    found: list[Lookup] = []
    for other in operations().values():
        if other.platform != op.platform or not other.retry_safe:
            continue
        paging = _raw(other).get("x-pandapon-pagination")
        if not isinstance(paging, dict) or other.body_schema is None:
            continue
        items = tuple(paging.get("items") or ())
        carried = _item_properties(other, items)
        request = _properties(other.body_schema)
        for name in sent:
            if name in carried:
                size = _resolve(request.get(str(paging["size"])))
                maximum = size.get("maximum")
                found.append(
                    Lookup(
                        own_id_field=name,
                        operation_id=other.operation_id,
                        filtered=name in request,
                        page=str(paging["page"]),
                        size=str(paging["size"]),
                        items=items,
                        total_pages=tuple(paging.get("total-pages") or ()),
                        max_size=maximum if isinstance(maximum, int) else None,
                    )
                )
    if not found:
        return (
            f"no paged list of {op.platform} returns {', '.join(sent)}: the SDK cannot tell "
            f"whether {operation_id} took effect"
        )
    # a list that filters by the id first, then by operationId for a stable choice
    return min(found, key=lambda lookup: (not lookup.filtered, lookup.operation_id))


def note_own_ids(error: BaseException, operation_id: str, content: bytes | None) -> None:
    """Keep, on an error whose outcome is unknown, the own ids its request carried (the
    look-up's key), as ``error.own_ids``."""
    if not getattr(error, "outcome_unknown", False) or not content:
        return
    names = sent_own_id_fields(operation_id)
    if not names:
        return
    try:
        body = json.loads(content)
    except ValueError:
        return
    if isinstance(body, dict):
        ids = {n: str(body[n]) for n in names if body.get(n) not in (None, "")}
        if ids:
            error.own_ids = ids  # type: ignore[attr-defined]


def _follow(node: Any, path: tuple[str, ...]) -> Any:
    for name in path:
        node = node.get(name) if isinstance(node, dict) else None
    return node


def settling(
    error: BaseException, own_id: str | None, max_pages: int
) -> Generator[Step, Any, Settlement]:
    """The look-up, as a plan: yields ``(list operationId, body)`` and is sent each answer's
    JSON (the whole envelope); returns the settlement."""
    operation_id = getattr(error, "operation_id", None)
    if not isinstance(operation_id, str):
        return Settlement("cannot_tell", None, "the error names no operation")
    if not getattr(error, "outcome_unknown", False):
        return Settlement(
            "not_created",
            operation_id,
            "the error says the call did not take effect (outcome_unknown is False): it was "
            "refused, or never sent",
        )
    lookup = lookup_for(operation_id)
    if isinstance(lookup, str):
        return Settlement("cannot_tell", operation_id, lookup)
    ids: Mapping[str, str] = getattr(error, "own_ids", None) or {}
    value = own_id if own_id is not None else ids.get(lookup.own_id_field)
    if value is None:
        return Settlement(
            "cannot_tell",
            operation_id,
            f"the request carried no {lookup.own_id_field}: pass own_id= (and give one to "
            f"every {operation_id} from now on)",
            lookup_operation=lookup.operation_id,
        )
    key = (lookup.own_id_field, str(value))
    body: dict[str, Any] = {lookup.own_id_field: str(value)} if lookup.filtered else {}
    if lookup.max_size is not None:
        body[lookup.size] = lookup.max_size
    for page in range(1, max_pages + 1):
        answer = yield lookup.operation_id, {**body, lookup.page: page}
        code = answer.get("code") if isinstance(answer, dict) else None
        if code not in _SUCCESS:
            message = answer.get("msg") if isinstance(answer, dict) else None
            return Settlement(
                "cannot_tell",
                operation_id,
                f"{lookup.operation_id} answered code {code!r} ({message!r}): try again later",
                key,
                lookup.operation_id,
            )
        data = answer.get("data")
        items = _follow(data, lookup.items)
        if not isinstance(items, list):
            return Settlement(
                "cannot_tell",
                operation_id,
                f"{lookup.operation_id}'s answer holds no list of records",
                key,
                lookup.operation_id,
            )
        for item in items:
            if isinstance(item, dict) and str(item.get(lookup.own_id_field)) == key[1]:
                return Settlement(
                    "created",
                    operation_id,
                    f"{lookup.operation_id} holds a record with {key[0]} {key[1]!r}",
                    key,
                    lookup.operation_id,
                    item,
                )
        total = _follow(data, lookup.total_pages)
        if not items or (isinstance(total, int) and page >= total):
            return Settlement(
                "not_created",
                operation_id,
                f"no record of {lookup.operation_id} has {key[0]} {key[1]!r} "
                f"({page} page{'s' if page > 1 else ''} read)",
                key,
                lookup.operation_id,
            )
    return Settlement(
        "cannot_tell",
        operation_id,
        f"{max_pages} pages of {lookup.operation_id} read without finding {key[0]} "
        f"{key[1]!r}, and more remain: pass a larger max_pages",
        key,
        lookup.operation_id,
    )
