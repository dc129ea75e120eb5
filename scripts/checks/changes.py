"""What changes for SDK users between two versions of the spec, breaking or not, as a report or
a CHANGELOG.md section (``python -m scripts.spec_diff``).

Operations are matched by operationId, webhooks by name. Schemas are compared resolved ($ref and
allOf followed, `anyOf: [X, null]` read as "X or null"), field by field, with paths like
`createAlibabaRefund request.orderEntryCountList[].count` (scripts/spec/schema.py). Request-side
rules apply to the body and parameters, response-side rules to responses and message-callback
payloads.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from typing import Any

from scripts import spec as spec_mod
from scripts.spec.names import ENVELOPE_CODES, OBSERVED
from scripts.spec.operations import first_media
from scripts.spec.schema import (
    LOWER_BOUNDS,
    Delta,
    FieldInfo,
    field_deltas,
    flatten,
    is_request_path,
    operation_fields,
    schema_of,
    type_text,
)


@dataclass(frozen=True)
class Change:
    breaking: bool
    text: str


# --- classifying -------------------------------------------------------------------------------


def _requirement(info: FieldInfo | None) -> str:
    return "required" if info and info.required else "optional"


def _classify(delta: Delta) -> list[Change]:
    old, new = delta.old, delta.new
    request = is_request_path(delta.path)
    if delta.aspect == "removed" and old:
        if request:
            return [
                Change(True, f"removed request field (was {type_text(old)}, {_requirement(old)})")
            ]
        return [Change(True, f"removed response field (was {type_text(old)})")]
    if delta.aspect == "added" and new:
        if not request:
            return [Change(False, f"added response field ({type_text(new)})")]
        if new.required:
            return [Change(True, f"new required request field ({type_text(new)})")]
        return [Change(False, f"added optional request field ({type_text(new)})")]
    if old is None or new is None:
        return []
    return _classify_change(delta, old, new, request)


def _classify_change(delta: Delta, old: FieldInfo, new: FieldInfo, request: bool) -> list[Change]:
    if delta.aspect == "required":
        made = "made required" if new.required else "made optional"
        # A caller must now send it (request), or can no longer count on it (response).
        return [Change(new.required == request, made)]
    if delta.aspect == "type":
        wider = old.types <= new.types and old.items <= new.items and old.schema == new.schema
        verb = "widened" if wider else "changed"
        # A caller may now send more (request: fine); an answer may now hold more (response:
        # typed code that relied on the old type must change, e.g. after evidence_apply).
        return [
            Change(not (request and wider), f"type {verb}: {type_text(old)} → {type_text(new)}")
        ]
    if delta.aspect == "schema":
        return [Change(True, f"schema renamed: {old.schema} → {new.schema}")]
    if delta.aspect == "enum":
        return _classify_enum(old.enum, new.enum, request)
    if delta.aspect == "limit":
        return [_classify_limit(delta.keyword, dict(old.limits), dict(new.limits), request)]
    return [Change(False, "description changed")]


def _classify_enum(
    old: tuple[Any, ...] | None, new: tuple[Any, ...] | None, request: bool
) -> list[Change]:
    if old is None or new is None:
        if not request:
            return [Change(False, "enum added" if new is not None else "enum removed")]
        if new is not None:
            return [Change(True, f"values narrowed: now one of {_values(new)}")]
        return [Change(False, "values widened: enum removed")]
    changes: list[Change] = []
    removed = [v for v in old if v not in new]
    added = [v for v in new if v not in old]
    if removed:  # a request may no longer send them; a response just stops sending them
        changes.append(Change(request, f"enum values removed: {_values(removed)}"))
    if added:  # a closed response enum in a client rejects values it does not know
        changes.append(Change(not request, f"enum values added: {_values(added)}"))
    return changes


def _values(values: Iterable[Any]) -> str:
    return ", ".join(json.dumps(v, ensure_ascii=False) for v in values)


def _classify_limit(
    key: str, old: dict[str, float], new: dict[str, float], request: bool
) -> Change:
    before, after = old.get(key), new.get(key)
    lower = key in LOWER_BOUNDS
    if before is None:
        narrowed, text = True, f"{key} added: {after}"
    elif after is None:
        narrowed, text = False, f"{key} removed (was {before})"
    else:
        narrowed = after > before if lower else after < before
        text = f"{key} {'raised' if after > before else 'lowered'}: {before} → {after}"
    if not request:  # a response field's limits restrict the server, not the caller
        return Change(False, f"response {text}")
    return Change(narrowed, f"values {'narrowed' if narrowed else 'widened'}: {text}")


def _media_type(container: Any) -> str | None:
    found = first_media(container)
    return None if found is None else found[0]


def compare_operation(
    op_id: str,
    old: tuple[str, str, dict[str, Any]],
    new: tuple[str, str, dict[str, Any]],
    old_schemas: dict[str, Any],
    new_schemas: dict[str, Any],
) -> list[Change]:
    """Changes to one operation; ``old``/``new`` are (path, method, operation)."""
    (old_path, old_method, old_op), (new_path, new_method, new_op) = old, new
    changes: list[Change] = []
    if old_method != new_method:
        changes.append(
            Change(True, f"{op_id}: method changed: {old_method.upper()} → {new_method.upper()}")
        )
    if old_path != new_path:
        changes.append(Change(True, f"{op_id}: path changed: {old_path} → {new_path}"))
    changes.extend(_compare_identity(op_id, old_op, new_op))
    old_type = _media_type(old_op.get("requestBody"))
    new_type = _media_type(new_op.get("requestBody"))
    if old_type and new_type and old_type != new_type:
        changes.append(
            Change(True, f"{op_id}: request content type changed: {old_type} → {new_type}")
        )
    deltas = field_deltas(
        operation_fields(old_op, old_schemas), operation_fields(new_op, new_schemas)
    )
    for delta in deltas:
        for change in _classify(delta):
            changes.append(Change(change.breaking, f"{op_id} {delta.path}: {change.text}"))
    return changes


def _observed_text(record: Any) -> str | None:
    if not isinstance(record, dict) or not {"date", "calls"} <= set(record):
        return None
    return f"{record['calls']} calls up to {record['date']}"


def compare_knowledge(label: str, old: dict[str, Any], new: dict[str, Any]) -> Iterator[Change]:
    """How an operation (or webhook) is known: its confidence (``x-pandapon-doc``), the
    evidence it rests on (``observed: {date, calls}``), envelope codes seen in real answers.
    None of these changes what a call sends or gets."""
    before, after = old.get("x-pandapon-doc") or {}, new.get("x-pandapon-doc") or {}
    was, now = before.get("confidence"), after.get("confidence")
    observed = _observed_text(after.get("observed"))
    earlier = _observed_text(before.get("observed"))
    if was and now and was != now:
        said = now == OBSERVED and observed is not None
        yield Change(
            False, f"{label}: confidence {was} → {now}" + (f" ({observed})" if said else "")
        )
        if said:
            earlier = observed  # said once
    if observed and observed != earlier:
        was_text = f" (was {earlier})" if earlier else ""
        yield Change(False, f"{label}: observed in {observed}{was_text}")
    seen_before = old.get(ENVELOPE_CODES) or []
    codes = [c for c in new.get(ENVELOPE_CODES) or [] if c not in seen_before]
    if codes:
        yield Change(False, f"{label}: envelope codes seen: {', '.join(str(c) for c in codes)}")


def _compare_identity(op_id: str, old: dict[str, Any], new: dict[str, Any]) -> Iterator[Change]:
    yield from compare_knowledge(op_id, old, new)
    for key in ("summary", "description"):
        if " ".join(str(old.get(key, "")).split()) != " ".join(str(new.get(key, "")).split()):
            yield Change(False, f"{op_id}: {key} changed")
    # The SDK exposes an operation as client.<resource from the tag>.<x-pandapon-sdk-method>().
    for key in ("tags", "x-pandapon-sdk-method"):
        if key in old and old.get(key) != new.get(key):
            yield Change(
                True, f"{op_id}: SDK name changed ({key}: {old.get(key)} → {new.get(key)})"
            )


def _operations(spec: dict[str, Any]) -> dict[str, tuple[str, str, dict[str, Any]]]:
    found: dict[str, tuple[str, str, dict[str, Any]]] = {}
    for path, method, op in spec_mod.iter_operations(spec):
        found[str(op.get("operationId") or f"{method.upper()} {path}")] = (path, method, op)
    return found


def _webhooks(spec: dict[str, Any]) -> dict[str, dict[str, Any]]:
    return {
        name: item["post"]
        for name, item in (spec.get("webhooks") or {}).items()
        if isinstance(item, dict) and isinstance(item.get("post"), dict)
    }


def _schemas(spec: dict[str, Any]) -> dict[str, Any]:
    return dict((spec.get("components") or {}).get("schemas") or {})


def compare_specs(old: dict[str, Any], new: dict[str, Any]) -> list[Change]:
    """Every change from ``old`` to ``new`` (two bundled specs), in document order."""
    old_ops, new_ops = _operations(old), _operations(new)
    old_schemas, new_schemas = _schemas(old), _schemas(new)
    changes: list[Change] = []
    for op_id, (path, method, _) in old_ops.items():
        if op_id not in new_ops:
            changes.append(Change(True, f"{op_id}: operation removed ({method.upper()} {path})"))
        else:
            changes += compare_operation(
                op_id, old_ops[op_id], new_ops[op_id], old_schemas, new_schemas
            )
    for op_id, (path, method, _) in new_ops.items():
        if op_id not in old_ops:
            changes.append(Change(False, f"{op_id}: operation added ({method.upper()} {path})"))
    changes += _compare_webhooks(old, new, old_schemas, new_schemas)
    return changes


def _compare_webhooks(
    old: dict[str, Any],
    new: dict[str, Any],
    old_schemas: dict[str, Any],
    new_schemas: dict[str, Any],
) -> list[Change]:
    """Message-callback payloads are received by users: response-side rules."""
    old_hooks, new_hooks = _webhooks(old), _webhooks(new)
    changes: list[Change] = []
    for name in [*old_hooks, *(n for n in new_hooks if n not in old_hooks)]:
        if name not in new_hooks:
            changes.append(Change(True, f"webhook {name}: removed"))
            continue
        if name not in old_hooks:
            changes.append(Change(False, f"webhook {name}: added"))
            continue
        changes += compare_knowledge(f"webhook {name}", old_hooks[name], new_hooks[name])
        before = flatten(
            schema_of(old_hooks[name].get("requestBody")) or {}, old_schemas, "payload"
        )
        after = flatten(schema_of(new_hooks[name].get("requestBody")) or {}, new_schemas, "payload")
        for delta in field_deltas(before, after):
            changes += [
                Change(c.breaking, f"webhook {name} {delta.path}: {c.text}")
                for c in _classify(delta)
            ]
    return changes


def render_changelog(changes: list[Change]) -> str:
    """The changes as a CHANGELOG.md section (Keep a Changelog), for the release notes."""
    breaking = [c.text for c in changes if c.breaking]
    other = [c.text for c in changes if not c.breaking]
    lines = ["### Spec", ""]
    if not changes:
        return "\n".join([*lines, "No changes to operations, schemas or webhooks.", ""])
    for title, items in (("Breaking", breaking), ("Other changes", other)):
        if items:
            lines += [f"#### {title}", "", *(f"- {_code(text)}" for text in items), ""]
    return "\n".join(lines)


def _code(text: str) -> str:
    """`operationId field.path`: rest, with the names set as code."""
    head, sep, rest = text.partition(": ")
    return f"`{head}`{sep}{rest}" if sep else text


def render(changes: list[Change], old_label: str, new_label: str) -> str:
    breaking = [c.text for c in changes if c.breaking]
    other = [c.text for c in changes if not c.breaking]
    lines = [f"Spec changes: {old_label} → {new_label}", ""]
    if not changes:
        return "\n".join([*lines, "No changes to operations, schemas or webhooks."]) + "\n"
    for title, items in (("Breaking", breaking), ("Non-breaking", other)):
        lines.append(f"{title} ({len(items)})")
        lines.extend(f"  - {text}" for text in items)
        if not items:
            lines.append("  (none)")
        lines.append("")
    return "\n".join(lines)
