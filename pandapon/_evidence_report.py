"""Reading an evidence file: the shareable export and the per-operation summary.

``export(path)`` is the JSON that ``pandapon evidence export`` writes (docs/evidence.md gives its
format, version 1): shapes only. The file is read as untrusted data: every text in it must be of
the form the SDK writes (a JSON path, a JSON type, a string kind, a code...) or it is left out,
so an edited or hostile file cannot carry a value, an id or a control character into an export
or onto a terminal.
"""

from __future__ import annotations

import re
import sqlite3
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from ._evidence import FORMAT, VERSION
from ._shape import response_node, spec_paths, webhook_node
from ._spec import document, spec_hash

_PATH = re.compile(r"[A-Za-z0-9_*\-]*(?:(?:\.[A-Za-z0-9_*\-]+)|\[\])*")
_OPERATION = re.compile(r"[A-Za-z][A-Za-z0-9]{0,79}|message:[A-Za-z0-9_*]{1,64}")
_TYPES = frozenset({"object", "array", "string", "integer", "number", "boolean", "null"})
_KIND = re.compile(
    r"digits, length [0-9]{1,6}|empty|decimal|negative digits|date|date-time|url|json text|text"
)
_CODE = re.compile(r"-?[0-9]{1,12}|none")
_STATUS = re.compile(r"[1-5][0-9]{2}")
_REASON = re.compile(r"code -?[0-9]{1,12}|HTTP [1-5][0-9]{2}")
_FIELD = re.compile(r"(?:query|body):" + _PATH.pattern)
_EXPECTED = re.compile(r"[A-Za-z0-9 ()_,.\-]{1,300}")
_BASES = frozenset({"body", "key+body", "unknown"})
_HASH = re.compile(r"sha256:[0-9a-f]{16}")
_VERSION_TEXT = re.compile(r"[0-9A-Za-z.+\-]{1,40}")
_MAX_PATH = 400


def _ok(pattern: re.Pattern[str], text: Any) -> bool:
    return isinstance(text, str) and bool(pattern.fullmatch(text))


def _path_ok(text: Any) -> bool:
    return isinstance(text, str) and len(text) <= _MAX_PATH and bool(_PATH.fullmatch(text))


def _when(seconds: Any) -> str | None:
    if not isinstance(seconds, int | float):
        return None
    try:
        return datetime.fromtimestamp(seconds, UTC).strftime("%Y-%m-%dT%H:%M:%SZ")
    except (OverflowError, OSError, ValueError):
        return None


@dataclass
class Entry:
    """What one file holds about one operation (or webhook), for one spec and SDK version."""

    operation: str
    spec: str
    sdk: str
    calls: int = 0
    described: int = 0
    first: float | None = None
    last: float | None = None
    statuses: dict[str, int] = field(default_factory=dict)
    codes: dict[str, int] = field(default_factory=dict)
    fields: dict[str, int] = field(default_factory=dict)
    refused: dict[str, int] = field(default_factory=dict)
    refused_fields: list[dict[str, Any]] = field(default_factory=list)
    bases: dict[str, int] = field(default_factory=dict)
    paths: list[dict[str, Any]] = field(default_factory=list)

    @property
    def kind(self) -> str:
        return "operation" if self.operation in _operation_ids() else "webhook"

    def seen(self, first: Any, last: Any) -> None:
        if isinstance(first, int | float):
            self.first = first if self.first is None else min(self.first, first)
        if isinstance(last, int | float):
            self.last = last if self.last is None else max(self.last, last)


def _operation_ids() -> frozenset[str]:
    return frozenset(
        op["operationId"]
        for item in document().get("paths", {}).values()
        for op in item.values()
        if isinstance(op, dict) and "operationId" in op
    )


def load(path: str | Path) -> list[Entry]:
    """Every entry of an evidence file, read-only (a missing file raises FileNotFoundError)."""
    file = Path(path)
    if not file.is_file():
        raise FileNotFoundError(str(path))
    connection = sqlite3.connect(f"file:{file}?mode=ro", uri=True, timeout=10.0)
    try:
        version = connection.execute("SELECT value FROM meta WHERE key = 'version'").fetchone()
        if version is None or not str(version[0]).isdigit() or int(version[0]) > VERSION:
            raise ValueError(f"{path} is not an evidence file this SDK can read")
        entries: dict[tuple[str, str, str], Entry] = {}

        def entry(operation: Any, spec: Any, sdk: Any) -> Entry | None:
            if not (_ok(_OPERATION, operation) and _ok(_HASH, spec) and _ok(_VERSION_TEXT, sdk)):
                return None
            key = (operation, spec, sdk)
            if key not in entries:
                entries[key] = Entry(operation, spec, sdk)
            return entries[key]

        for row in connection.execute("SELECT * FROM events ORDER BY what, detail"):
            found = entry(*row[:3])
            if found is not None:
                _event(found, row[3:])
        strings: dict[tuple[str, str, str, str], dict[str, int]] = {}
        for operation, spec, sdk, at, kind, count in connection.execute("SELECT * FROM strings"):
            if _path_ok(at) and _ok(_KIND, kind) and isinstance(count, int):
                strings.setdefault((operation, spec, sdk, at), {})[kind] = count
        for row in connection.execute("SELECT * FROM shapes ORDER BY path, type"):
            found = entry(*row[:3])
            if found is not None:
                _shape(found, row[3:], strings.get((*row[:3], row[3]), {}))
    finally:
        connection.close()
    return sorted(entries.values(), key=lambda e: (e.operation, e.spec, e.sdk))


def _event(entry: Entry, row: tuple[Any, ...]) -> None:
    what, detail, count, first, last = row
    if not isinstance(count, int) or count < 0:
        return
    if what == "call":
        entry.calls += count
        entry.seen(first, last)
    elif what == "sampled":
        entry.described += count
    elif what == "status" and _ok(_STATUS, detail):
        entry.statuses[detail] = count
    elif what == "code" and _ok(_CODE, detail):
        entry.codes[detail] = count
    elif what == "request_field" and _ok(_FIELD, detail) and len(detail) <= _MAX_PATH:
        entry.fields[detail] = count
    elif what == "refused" and _ok(_REASON, detail):
        entry.refused[detail] = count
    elif what == "refused_fields" and isinstance(detail, str):
        reason, _, names = detail.partition("|")
        listed = [n for n in names.split(",") if n]
        if _ok(_REASON, reason) and all(_ok(_FIELD, n) for n in listed):
            entry.refused_fields.append({"reason": reason, "fields": listed, "count": count})
    elif what == "signature_base" and detail in _BASES:
        entry.bases[detail] = count


def _shape(entry: Entry, row: tuple[Any, ...], kinds: dict[str, int]) -> None:
    at, kind, fit, expected, count, low, high, first, last = row
    if not (_path_ok(at) and kind in _TYPES and fit in ("fits", "deviates", "unknown")):
        return
    if not isinstance(count, int):
        return
    shape: dict[str, Any] = {"path": at, "type": kind, "count": count, "fit": fit}
    if fit == "deviates" and _ok(_EXPECTED, expected):
        shape["expected"] = expected
    if isinstance(low, int) and isinstance(high, int):
        shape["length"] = {"min": low, "max": high}
    if kinds and kind == "string":
        shape["string_kinds"] = dict(sorted(kinds.items()))
    shape["first_seen"], shape["last_seen"] = _when(first), _when(last)
    entry.paths.append(shape)


def _root(entry: Entry) -> str:
    return "data" if entry.kind == "operation" else "messageBody"


def export(path: str | Path) -> dict[str, Any]:
    """The shareable export of an evidence file (docs/evidence.md): shapes, counts, codes and
    field names; never a value."""
    entries = load(path)
    return {
        "format": FORMAT,
        "version": VERSION,
        "exported": _when(datetime.now(UTC).timestamp()),
        "operations": [
            {
                "operation": e.operation,
                "kind": e.kind,
                "spec": e.spec,
                "sdk": e.sdk,
                "first_seen": _when(e.first),
                "last_seen": _when(e.last),
                "calls": e.calls,
                "described": e.described,
                "http_statuses": dict(sorted(e.statuses.items())),
                "envelope_codes": dict(sorted(e.codes.items())),
                "data_types": {p["type"]: p["count"] for p in e.paths if p["path"] == _root(e)},
                "paths": e.paths,
                "request_fields": dict(sorted(e.fields.items())),
                "refused": dict(sorted(e.refused.items())),
                "refused_fields": e.refused_fields,
                **({"signature_bases": dict(sorted(e.bases.items()))} if e.bases else {}),
            }
            for e in entries
        ],
    }


@dataclass
class Summary:
    """One operation across every entry of the file (``pandapon evidence show``)."""

    operation: str
    kind: str
    calls: int = 0
    described: int = 0
    deviations: dict[tuple[str, str], dict[str, Any]] = field(default_factory=dict)
    unknown: set[str] = field(default_factory=set)
    seen_paths: set[str] = field(default_factory=set)
    bases: dict[str, int] = field(default_factory=dict)
    other_spec: bool = False

    @property
    def fits(self) -> bool:
        return not self.deviations

    def never_seen(self) -> list[str]:
        """Fields the spec has that no described answer held (only once some were described;
        a path under one never seen is not listed again)."""
        if not self.described:
            return []
        node = (
            response_node(self.operation)
            if self.kind == "operation"
            else webhook_node(self.operation)
        )
        missing = sorted(spec_paths(node) - self.seen_paths)
        return [p for p in missing if not any(_under(p, m) for m in missing)]

    def as_json(self) -> dict[str, Any]:
        return {
            "operation": self.operation,
            "kind": self.kind,
            "calls": self.calls,
            "described": self.described,
            "fits": self.fits,
            "deviations": [
                {"path": at, "type": kind, **info} for (at, kind), info in self.deviations.items()
            ],
            "unknown_fields": sorted(self.unknown),
            "never_seen": self.never_seen(),
            **({"signature_bases": self.bases} if self.bases else {}),
            **({"recorded_with_another_spec": True} if self.other_spec else {}),
        }


def _under(path: str, parent: str) -> bool:
    return path.startswith((f"{parent}.", f"{parent}[]"))


def summarize(path: str | Path) -> list[Summary]:
    """Per operation: calls, whether every described answer fitted, each deviation with its
    count, fields the spec lacks, and (``never_seen``) fields the spec has that never came."""
    found: dict[str, Summary] = {}
    current = spec_hash()
    for e in load(path):
        summary = found.setdefault(e.operation, Summary(e.operation, e.kind))
        summary.calls += e.calls
        summary.described += e.described
        summary.other_spec |= e.spec != current
        for base, count in e.bases.items():
            summary.bases[base] = summary.bases.get(base, 0) + count
        for shape in e.paths:
            at, kind = shape["path"], shape["type"]
            summary.seen_paths.add(at)
            if shape["fit"] == "deviates":
                info = summary.deviations.setdefault(
                    (at, kind), {"expected": shape.get("expected"), "count": 0}
                )
                info["count"] += shape["count"]
            elif shape["fit"] == "unknown":
                summary.unknown.add(at)
    return sorted(found.values(), key=lambda s: s.operation)
