"""What recorded answers show differently from the spec, and how the spec would take it in.

Evidence (scripts/docsync/evidence_file.py) gives, per operation or webhook, each JSON path of the
answers with each JSON type seen there and how often. Each is judged anew against the spec
being changed, the way the SDK's shape check walks an answer (``pandapon/_shape.py``: ``$ref``
followed, ``allOf`` merged, the first ``anyOf``/``oneOf`` alternative that takes the JSON type
chosen), whatever verdict the file carries:

- a type the spec does not allow at a path is a **type widened** (``what: type``; ``data``
  itself, or a webhook's ``messageBody``: ``what: shape``, its shape as seen). The node gains the
  JSON type in the spec's own style: a ``type`` list gets it before ``"null"``, an ``anyOf`` a
  ``{type: T}`` alternative before its ``{type: "null"}``, a bare ``$ref`` becomes ``anyOf``;
  an array so added takes any items (``items: {}``). The node is marked
  ``x-pandapon-confidence: observed``;
- a field the spec lacks, inside an object the spec declares under ``data`` (``messageBody``), is
  a **field added**: optional, with the JSON types seen (nullable; none when it was only ever
  null), marked ``observed``;
- an envelope ``code`` the spec does not know for the operation (neither ``Envelope.code``'s
  ``x-pandapon-known-values`` nor the operation's ``x-pandapon-envelope-codes``) is recorded in
  the latter;
- the operation records ``x-pandapon-doc.observed: {date, calls}`` (the last day of the
  traffic, the answers it rests on) and its confidence is raised from ``inferred`` to
  ``observed``.

A fact a doc page states is never overridden: where the node's confidence (its own
``x-pandapon-confidence``, else its model's, else the operation's) is ``seen`` or ``partial``, a
type it does not allow is a **disagreement**, reported, not applied. A change to a model that
requests use too (answers must not loosen what the SDK sends), or a field whose Python name
clashes with another's, is **held back** for a person. An operation with either keeps its
confidence. Fields of the envelope itself, keys that are no field names (``*``) and anything
inside a value of another shape are not turned into spec.
"""

from __future__ import annotations

import copy
import hashlib
import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Any

from scripts import spec as spec_mod
from scripts.docsync.doc_compare import Change
from scripts.docsync.evidence_file import Observed
from scripts.spec import schema as spec_schema
from scripts.spec.names import ENVELOPE_CODES, OBSERVED, TYPE_ORDER, ref_name

#: Where ``data`` lives in an answer (operations) and in a push (webhooks).
ROOTS = {"operation": "data", "webhook": "messageBody"}
_LOCATION = {"operation": "response", "webhook": "payload"}
#: Confidences that mean a doc page states it.
STATED = frozenset({"seen", "partial"})
_CONFIDENCE = "x-pandapon-confidence"
ADDED_DESCRIPTION = "In real answers (evidence); on no doc page."
ITEMS = "[]"  # a path's step into an array's items
_MAX_NESTING = 32  # $ref, allOf and anyOf followed no deeper (a schema may refer to itself)

Pointer = tuple[str | int, ...]


@dataclass(frozen=True)
class Slot:
    """A schema node where the spec writes it: inside the named schema ``schema`` at
    ``pointer``; ``confidence`` is how it is known (its own, else what holds it)."""

    schema: str
    pointer: Pointer
    node: dict[str, Any]
    confidence: str


# --- edits -----------------------------------------------------------------------------------


@dataclass(frozen=True)
class Widen:
    """The node at ``pointer`` in ``schema`` also takes ``types``."""

    schema: str
    pointer: Pointer
    types: tuple[str, ...]


@dataclass(frozen=True)
class AddField:
    """The object at ``pointer`` in ``schema`` gains the optional field ``name``."""

    schema: str
    pointer: Pointer
    name: str
    types: tuple[str, ...]


Edit = Widen | AddField


def _ordered(types: set[str] | tuple[str, ...]) -> list[str]:
    return sorted(types, key=TYPE_ORDER.index)


def _alternative(kind: str) -> dict[str, Any]:
    return {"type": kind, "items": {}} if kind == "array" else {"type": kind}


def _mark(node: dict[str, Any], extra: dict[str, Any]) -> dict[str, Any]:
    """``node`` with ``extra`` keys put where the part files have them: shape keys first,
    ``x-pandapon-confidence`` after the description."""
    out: dict[str, Any] = {}
    for key, value in node.items():
        if key == _CONFIDENCE:
            continue
        out[key] = value
        if key == "type" and "items" in extra:
            out["items"] = extra["items"]
    out.update({k: v for k, v in extra.items() if k not in out})
    order = [k for k in out if not k.startswith("x-")]
    order += [k for k in out if k == _CONFIDENCE] + [
        k for k in out if k.startswith("x-") and k != _CONFIDENCE
    ]
    return {k: out[k] for k in order}


def widened(node: dict[str, Any], types: tuple[str, ...]) -> dict[str, Any]:
    """``node`` that also takes the JSON ``types``, in the spec's style of tolerance."""
    out = copy.deepcopy(node)
    extra: dict[str, Any] = {_CONFIDENCE: OBSERVED}
    alternatives = "anyOf" if "anyOf" in out else "oneOf" if "oneOf" in out else None
    if alternatives is not None:
        options = list(out[alternatives])
        at = next((i for i, o in enumerate(options) if o == {"type": "null"}), len(options))
        fresh = [_alternative(t) for t in types if _alternative(t) not in options]
        out[alternatives] = [*options[:at], *fresh, *options[at:]]
    if "type" in out:
        given = out["type"] if isinstance(out["type"], list) else [out["type"]]
        kept = [t for t in given if t != "null"]
        out["type"] = [*kept, *(t for t in _ordered(set(types)) if t not in given and t != "null")]
        if "null" in given or "null" in types:
            out["type"].append("null")
        if "array" in types and "items" not in out:
            extra["items"] = {}
    elif alternatives is None:  # a bare $ref (or allOf): becomes one alternative of several
        shape = {k: out.pop(k) for k in ("$ref", "allOf") if k in out}
        out = {"anyOf": [shape, *map(_alternative, types)], **out}
    return _mark(out, extra)


def added_field(types: tuple[str, ...]) -> dict[str, Any]:
    """A field seen with ``types``: optional, nullable, those types (any, when only null)."""
    kinds = set(types) - {"null"}
    if "number" in kinds:
        kinds.discard("integer")  # an integer is a number
    node: dict[str, Any] = {}
    if kinds:
        node["type"] = [*_ordered(kinds), "null"]
        if "array" in kinds:
            node["items"] = {}
    node["description"] = ADDED_DESCRIPTION
    node[_CONFIDENCE] = OBSERVED
    return node


def plan(edits: list[Edit]) -> list[Edit]:
    """The edits of several operations as one set: one per node (JSON types merged), deepest
    first, so that an alternative added to an ``anyOf`` cannot move a node still to edit."""
    widen: dict[tuple[str, Pointer], set[str]] = {}
    add: dict[tuple[str, Pointer, str], set[str]] = {}
    for edit in edits:
        if isinstance(edit, Widen):
            widen.setdefault((edit.schema, edit.pointer), set()).update(edit.types)
        else:
            add.setdefault((edit.schema, edit.pointer, edit.name), set()).update(edit.types)
    out: list[Edit] = [Widen(s, p, tuple(_ordered(t))) for (s, p), t in widen.items()]
    out += [AddField(s, p, n, tuple(_ordered(t))) for (s, p, n), t in add.items()]
    return sorted(out, key=lambda e: (e.schema, -len(e.pointer), repr(e)))


def at(node: Any, pointer: Pointer) -> Any:
    for token in pointer:
        node = node[token]
    return node


def apply_edit(schema: dict[str, Any], edit: Edit) -> dict[str, Any]:
    """The named schema with ``edit`` made (the schema is changed in place and returned)."""
    if isinstance(edit, Widen):
        if not edit.pointer:
            raise ValueError(f"{edit.schema}: a whole schema is never widened")
        parent = at(schema, edit.pointer[:-1])
        parent[edit.pointer[-1]] = widened(parent[edit.pointer[-1]], edit.types)
    else:
        target = at(schema, edit.pointer)
        target.setdefault("properties", {})[edit.name] = added_field(edit.types)
    return schema


# --- reading the spec the way the SDK's shape check does -----------------------------------


class _Schemas:
    def __init__(self, spec: dict[str, Any]) -> None:
        self.schemas: dict[str, Any] = spec.get("components", {}).get("schemas", {})

    def slot(self, node: Any, schema: str, pointer: Pointer, inherited: str) -> Slot | None:
        if not isinstance(node, dict):
            return None
        return Slot(schema, pointer, node, str(node.get(_CONFIDENCE) or inherited))

    def parts(self, slot: Slot, depth: int = 0) -> Iterator[Slot]:
        """The slot and what it brings in: its ``$ref``'s model and ``allOf`` parts."""
        if depth > _MAX_NESTING:
            return
        ref = slot.node.get("$ref")
        if isinstance(ref, str):
            name = ref_name(ref)
            target = self.slot(self.schemas.get(name), name, (), slot.confidence)
            if target is not None:
                yield from self.parts(target, depth + 1)
            return
        yield slot
        for i, part in enumerate(slot.node.get("allOf") or ()):
            found = self.slot(part, slot.schema, (*slot.pointer, "allOf", i), slot.confidence)
            if found is not None:
                yield from self.parts(found, depth + 1)

    def alternatives(self, slot: Slot) -> list[Slot]:
        found: list[Slot] = []
        for part in self.parts(slot):
            for key in ("anyOf", "oneOf"):
                options = part.node.get(key)
                if options:
                    found = [
                        s
                        for i, option in enumerate(options)
                        if (
                            s := self.slot(
                                option, part.schema, (*part.pointer, key, i), part.confidence
                            )
                        )
                    ]
        return found

    def types(self, slot: Slot) -> frozenset[str] | None:
        found: set[str] | None = None
        props = False
        for part in self.parts(slot):
            given = part.node.get("type")
            if given is not None:
                kinds = set(given) if isinstance(given, list) else {given}
                found = kinds if found is None else found & kinds
            props = props or bool(part.node.get("properties"))
        if found is None and props and not self.alternatives(slot):
            found = {"object"}
        return None if found is None else frozenset(found)

    def pick(self, slot: Slot, kind: str, integral: bool, depth: int = 0) -> Slot | None:
        """The alternative that takes a value of JSON type ``kind`` (``integral``: a number
        without a fractional part), as ``_shape._Node.pick`` chooses it; None if none does
        (or the alternatives nest deeper than any sound schema: one that holds itself)."""
        options = self.alternatives(slot)
        if not options:
            return slot if _allows(self.types(slot), kind, integral) else None
        for option in options if depth < _MAX_NESTING else ():
            chosen = self.pick(option, kind, integral, depth + 1)
            if chosen is not None:
                return chosen
        return None

    def member(self, slot: Slot, name: str) -> Slot | None:
        """The field ``name`` of an object schema (``*``: its additionalProperties)."""
        found: Slot | None = None
        for part in self.parts(slot):
            if name == "*":
                extra = part.node.get("additionalProperties")
                pointer: Pointer = (*part.pointer, "additionalProperties")
                found = self.slot(extra, part.schema, pointer, part.confidence) or found
                continue
            props = part.node.get("properties")
            if isinstance(props, dict) and name in props:
                pointer = (*part.pointer, "properties", name)
                found = self.slot(props[name], part.schema, pointer, part.confidence) or found
        return found

    def items(self, slot: Slot) -> Slot | None:
        found: Slot | None = None
        for part in self.parts(slot):
            pointer: Pointer = (*part.pointer, "items")
            found = (
                self.slot(part.node.get("items"), part.schema, pointer, part.confidence) or found
            )
        return found

    def declared_object(self, slot: Slot) -> Slot | None:
        """Where a new field of this object goes: the last part that declares properties."""
        found = None
        for part in self.parts(slot):
            if isinstance(part.node.get("properties"), dict):
                found = part
        return found

    def text(self, slot: Slot) -> str:
        """What the node allows, as docs sync and the changelog write it."""
        info = spec_schema.flatten(slot.node, self.schemas, "x")["x"]
        return spec_schema.type_text(info)


def _allows(types: frozenset[str] | None, kind: str, integral: bool) -> bool:
    if types is None or kind in types:
        return True
    if kind == "integer":
        return "number" in types
    return kind == "number" and "integer" in types and integral


def tokens(path: str) -> list[str]:
    """``data.list[].x`` -> ``["data", "list", "[]", "x"]``; the whole answer ``""`` -> []."""
    out: list[str] = []
    for segment in path.split(".") if path else []:
        name, _, rest = segment.partition("[")
        if name:
            out.append(name)
        out += [ITEMS] * (rest.count("]") if rest else 0)
    return out


# --- judging -------------------------------------------------------------------------------


@dataclass
class Disagreement:
    """Evidence against a fact a doc page states (the spec keeps it)."""

    operation_id: str
    change: Change
    stated: str  # the confidence that protects it: seen | partial

    def as_json(self) -> dict[str, Any]:
        return {"operation_id": self.operation_id, **self.change.as_json(), "stated": self.stated}

    def text(self) -> str:
        return f"{self.operation_id} {self.change.text()} (the spec's {self.stated} fact stays)"


@dataclass
class Held:
    """A change evidence calls for that is not made on its own, and why (a person decides)."""

    change: Change
    why: str

    def as_json(self) -> dict[str, Any]:
        return {**self.change.as_json(), "why": self.why}


@dataclass
class Judged:
    """One operation or webhook of the evidence against the spec."""

    name: str
    kind: str  # operation | webhook | unknown (not in the spec)
    seen: Observed
    confidence: str | None = None
    changes: list[Change] = field(default_factory=list)
    disagreements: list[Disagreement] = field(default_factory=list)
    edits: list[Edit] = field(default_factory=list)
    held: list[Held] = field(default_factory=list)
    skipped: list[str] = field(default_factory=list)
    observed: dict[str, Any] | None = None  # the new x-pandapon-doc.observed, if it changes
    raise_confidence: bool = False
    codes: list[int] = field(default_factory=list)  # x-pandapon-envelope-codes, if it changes

    @property
    def status(self) -> str:
        if self.kind == "unknown":
            return "unknown"
        return "changed" if self.changes else "held" if self.held else "unchanged"

    def as_json(self) -> dict[str, Any]:
        out: dict[str, Any] = {
            "operation_id": self.name,
            "kind": self.kind,
            "status": self.status,
            "confidence": self.confidence,
            "calls": self.seen.calls,
            "described": self.seen.described,
            "first_seen": self.seen.first_seen,
            "last_seen": self.seen.last_seen,
            "recorded_with": sorted(self.seen.specs),
            "changes": [c.as_json() for c in self.changes],
        }
        if self.held:
            out["held"] = [h.as_json() for h in self.held]
        if self.skipped:
            out["skipped"] = self.skipped
        return out


def _evidence_text(counts: dict[str, int]) -> str:
    return ", ".join(f"{kind} ×{count}" for kind, count in counts.items())


class _Judge:
    def __init__(self, spec: dict[str, Any], today: str) -> None:
        self.schemas = _Schemas(spec)
        self.today = today
        self.operations = {
            str(op.get("operationId")): op for _, _, op in spec_mod.iter_operations(spec)
        }
        self.webhooks = {
            str(name): item["post"]
            for name, item in (spec.get("webhooks") or {}).items()
            if isinstance(item, dict) and isinstance(item.get("post"), dict)
        }
        self.request_models = _request_models(spec)
        envelope = self.schemas.schemas.get("Envelope") or {}
        code = (envelope.get("properties") or {}).get("code") or {}
        known = code.get("x-pandapon-known-values") or []
        self.known_codes = {c for c in known if isinstance(c, int) and not isinstance(c, bool)}

    def judge(self, seen: Observed) -> Judged:
        if seen.name in self.operations:
            op, kind = self.operations[seen.name], "operation"
            content = ((op.get("responses") or {}).get("200") or {}).get("content") or {}
        elif seen.name in self.webhooks:
            op, kind = self.webhooks[seen.name], "webhook"
            content = (op.get("requestBody") or {}).get("content") or {}
        else:
            return Judged(seen.name, "unknown", seen)
        doc = op.get("x-pandapon-doc") or {}
        result = Judged(seen.name, kind, seen, confidence=str(doc.get("confidence")))
        schema = (content.get("application/json") or {}).get("schema")
        root = self.schemas.slot(schema, "", (), result.confidence or "inferred")
        if seen.described and root is not None:
            self._shapes(result, root)
        if kind == "operation":
            self._codes(result, op)
        if seen.described:
            self._observed(result, doc)
        return result

    def _shapes(self, result: Judged, root: Slot) -> None:
        by_path: dict[str, dict[str, int]] = {}
        for (path, kind), count in sorted(result.seen.shapes.items()):
            by_path.setdefault(path, {})[kind] = count
        skipped: set[str] = set()
        for path in sorted(by_path, key=lambda p: (len(tokens(p)), p)):
            self._path(result, root, path, by_path[path], skipped)
        result.skipped = sorted(skipped)

    def _walk(self, root: Slot, parts: list[str]) -> tuple[Slot | None, Slot | None, int]:
        """Down ``parts`` from ``root``: (the path's node, the object or array it is in, how
        many parts were found); the node is None where the spec has no such field, or the
        value above was of another shape than the spec's."""
        slot: Slot | None = root
        parent: Slot | None = None
        for index, step in enumerate(parts):
            assert slot is not None
            array = step == ITEMS
            parent = self.schemas.pick(slot, "array" if array else "object", True)
            if parent is None:
                return None, None, index  # inside a value of another shape
            slot = self.schemas.items(parent) if array else self.schemas.member(parent, step)
            if slot is None:
                return None, parent, index
        return slot, parent, len(parts)

    def _path(
        self, result: Judged, root: Slot, path: str, kinds: dict[str, int], skipped: set[str]
    ) -> None:
        parts = tokens(path)
        if not parts:
            return  # the envelope as a whole: an object, or the SDK would have refused it
        slot, parent, found = self._walk(root, parts)
        location, data_root = _LOCATION[result.kind], ROOTS[result.kind]
        if slot is None:
            # Only the first field the spec lacks on a path counts (what is under it comes
            # with it); an array without items and a value of another shape take anything.
            if parent is None or found != len(parts) - 1 or parts[-1] == ITEMS:
                return
            if parts[-1] == "*":
                skipped.add(f"{path}: keys that are not field names (ids?) are not made fields")
            elif parts[0] != data_root:
                skipped.add(f"{path}: a field of the envelope, not of {data_root}; not added")
            else:
                self._add(result, parent, path, kinds)
            return
        missing = {
            kind: count
            for kind, count in kinds.items()
            if self.schemas.pick(slot, kind, self._integral(result, path, kind)) is None
        }
        if not missing:
            return
        what = "shape" if path == data_root else "type"
        change = Change(
            what, path, location, self.schemas.text(slot), _evidence_text(missing), "evidence"
        )
        if slot.confidence in STATED or not slot.pointer:
            result.disagreements.append(Disagreement(result.name, change, slot.confidence))
        elif slot.schema in self.request_models:
            result.held.append(Held(change, _request_model(slot.schema)))
        else:
            result.changes.append(change)
            result.edits.append(Widen(slot.schema, slot.pointer, tuple(_ordered(set(missing)))))

    @staticmethod
    def _integral(result: Judged, path: str, kind: str) -> bool:
        """A number where the spec says integer fits when it had no fractional part: only the
        recording SDK saw the values, so its verdict decides."""
        return kind != "number" or result.seen.fits.get((path, kind)) != "deviates"

    def _add(self, result: Judged, parent: Slot, path: str, kinds: dict[str, int]) -> None:
        target = self.schemas.declared_object(parent)
        if target is None:
            return  # a free-form object: any field fits
        location, name = _LOCATION[result.kind], tokens(path)[-1]
        change = Change("added", path, location, None, _evidence_text(kinds), "evidence")
        taken = {
            python_name(other): other
            for part in self.schemas.parts(parent)
            for other in part.node.get("properties") or {}
        }
        if target.schema in self.request_models:
            result.held.append(Held(change, _request_model(target.schema)))
            return
        if python_name(name) in taken:
            clash = taken[python_name(name)]
            why = f"its Python name is that of the field {clash}; add it by hand, renamed"
            result.held.append(Held(change, why))
            return
        result.changes.append(change)
        types = tuple(_ordered(set(kinds)))
        result.edits.append(AddField(target.schema, target.pointer, name, types))

    def _codes(self, result: Judged, op: dict[str, Any]) -> None:
        recorded = [
            c
            for c in op.get(ENVELOPE_CODES) or []
            if isinstance(c, int) and not isinstance(c, bool)
        ]
        known = self.known_codes | set(recorded)
        new = {
            int(code): count
            for code, count in result.seen.codes.items()
            if code != "none" and int(code) not in known
        }
        if not new:
            return
        result.codes = sorted({*recorded, *new})
        shown = ", ".join(str(c) for c in sorted(known)) or None
        counts = {str(code): count for code, count in sorted(new.items())}
        result.changes.append(
            Change("code", "code", "response", shown, _evidence_text(counts), "evidence")
        )

    def _observed(self, result: Judged, doc: dict[str, Any]) -> None:
        last = result.seen.last_seen
        record = {"date": last[:10] if last else self.today, "calls": result.seen.calls}
        current = doc.get("observed")
        if isinstance(current, dict):
            before = (str(current.get("date")), current.get("calls"))
            after = (record["date"], record["calls"])
            if not isinstance(before[1], int) or after > before:  # newer, or more answers
                result.observed = record
        else:
            result.observed = record
        if result.observed is not None:
            shown = f"{record['calls']} calls up to {record['date']}"
            old = (
                f"{current['calls']} calls up to {current['date']}"
                if isinstance(current, dict)
                else None
            )
            result.changes.append(
                Change("observed", "(operation)", "operation", old, shown, "evidence")
            )
        confidence = str(doc.get("confidence"))
        if confidence == "inferred" and not (result.disagreements or result.held):
            result.raise_confidence = True
            result.changes.append(
                Change("confidence", "(operation)", "operation", confidence, OBSERVED, "evidence")
            )


def python_name(name: str) -> str:
    """The attribute name a field gets in the generated models (``orderId`` -> ``order_id``),
    to tell which fields would clash there."""
    spaced = re.sub(r"(?<=[a-z0-9])(?=[A-Z])|(?<=[A-Z])(?=[A-Z][a-z])", "_", name)
    return re.sub(r"_+", "_", spaced).strip("_").lower()


def _request_model(name: str) -> str:
    return f"{name} is a request model too: answers never loosen what the SDK sends; by hand"


def _request_models(spec: dict[str, Any]) -> set[str]:
    """Named schemas a request reaches (its body or parameters)."""
    schemas = spec.get("components", {}).get("schemas", {})
    roots = [
        [op.get("requestBody"), op.get("parameters")] for _, _, op in spec_mod.iter_operations(spec)
    ]
    return spec_schema.reachable_schemas(roots, schemas)


def judge(
    spec: dict[str, Any], observed: dict[str, Observed], *, today: str | None = None
) -> list[Judged]:
    """Every operation and webhook of the evidence against the bundled ``spec``."""
    date = today or datetime.now(UTC).strftime("%Y-%m-%d")
    judge = _Judge(spec, date)
    return [judge.judge(seen) for seen in observed.values()]


def spec_hash(spec: dict[str, Any]) -> str:
    """The hash the SDK records evidence against (``pandapon._spec.spec_hash``) for a spec."""
    return "sha256:" + hashlib.sha256(spec_mod.dumps(spec).encode("utf-8")).hexdigest()[:16]
