"""Evidence exports read as untrusted input, for scripts/evidence_apply.py.

``pandapon evidence export`` writes format ``pandapon-evidence``, version 1 (docs/evidence.md).
Anyone may send one, so a file is read under limits and checked field by field before anything
in it is believed:

- at most ``max_bytes`` (default 16 MB), strict JSON: no ``NaN``/``Infinity``, no key given twice
  in one object, not nested deeper than the format is;
- the format's name and version, and every field's type and form: counts are integers from 0 to
  10^15, times ``YYYY-MM-DDTHH:MM:SSZ``, codes, statuses, JSON types and string kinds as the SDK
  writes them; a key the format does not have refuses the file. Whatever is wrong, the file is
  refused as a whole, with a message that names where (``operations[3].calls``) and quotes the
  offending text escaped;
- at most ``MAX_OPERATIONS`` entries and, per entry, ``MAX_PATHS`` paths and ``MAX_KEYS`` keys
  in each count table;
- names that could reach the spec (and from there generated code) must fit
  scripts/spec/safe_names.py's patterns: an operation or webhook name outside them refuses that
  entry, a JSON path whose field names are outside them refuses that path (``*``, the SDK's stand-in
  for a key that is no name, passes here and is never applied). Those refusals are listed, escaped,
  and the rest of the file is used.

``merge`` sums what several files hold per operation: calls, described answers, codes, and each
path's count per JSON type.
"""

from __future__ import annotations

import json
import re
from collections import Counter
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from typing import Any

from pandapon._evidence import FORMAT, VERSION
from scripts.spec import safe_names
from scripts.spec.pyliteral import quoted

MAX_FILE_BYTES = 16 * 1024 * 1024
MAX_OPERATIONS = 2000
MAX_PATHS = 2000  # per entry: what the evidence store keeps per operation
MAX_KEYS = 1000  # per count table (statuses, codes, request fields...)
MAX_COUNT = 10**15
MAX_PATH_LENGTH = 400
_MAX_DEPTH = 8  # the format's own nesting is 5 deep
_SHOWN = 80  # characters of an offending text quoted in a message

TYPES = frozenset({"object", "array", "string", "integer", "number", "boolean", "null"})
_TOP_KEYS = frozenset({"format", "version", "exported", "operations"})
_ENTRY_KEYS = frozenset(
    {
        *("operation", "kind", "spec", "sdk", "first_seen", "last_seen", "calls", "described"),
        *("http_statuses", "envelope_codes", "data_types", "paths", "request_fields"),
        *("refused", "refused_fields"),
    }
)
_ENTRY_OPTIONAL = frozenset({"signature_bases"})
_PATH_KEYS = frozenset({"path", "type", "count", "fit", "first_seen", "last_seen"})
_PATH_OPTIONAL = frozenset({"expected", "length", "string_kinds"})

_TIME = re.compile(r"[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}:[0-9]{2}Z")
_SPEC = re.compile(r"sha256:[0-9a-f]{16}")
_SDK = re.compile(r"[0-9A-Za-z.+\-]{1,40}")
_STATUS = re.compile(r"[1-5][0-9]{2}")
_CODE = re.compile(r"-?[0-9]{1,12}|none")
_REASON = re.compile(r"code -?[0-9]{1,12}|HTTP [1-5][0-9]{2}")
_KIND = re.compile(
    r"digits, length [0-9]{1,6}|empty|decimal|negative digits|date|date-time|url|json text|text"
)
_EXPECTED = re.compile(r"[A-Za-z0-9 ()_,.\-]{1,300}")
# A JSON path as the SDK writes one: names (or *) joined by dots, each followed by any []s;
# "" is the whole answer. Request field names (never applied) may have empty segments.
_NAMED = r"(?:[A-Za-z0-9_\-]{1,64}|\*)(?:\[\])*"
_PATH = re.compile(rf"(?:{_NAMED}(?:\.{_NAMED})*)?")
_SEGMENT = r"(?:[A-Za-z0-9_\-]{1,64}|\*)?(?:\[\])*"
_FIELD = re.compile(rf"(?:query|body):{_SEGMENT}(?:\.{_SEGMENT})*")
_MESSAGE = re.compile(r"message:[A-Za-z0-9_*]{1,64}")
_BASES = frozenset({"body", "key+body", "unknown"})
_FITS = frozenset({"fits", "deviates", "unknown"})


class EvidenceError(ValueError):
    """A file that is not a sound evidence export; the message quotes outside text escaped."""


def shown(value: Any) -> str:
    """Outside text for a message: escaped, quoted, and cut short."""
    text = value if isinstance(value, str) else json.dumps(value, ensure_ascii=True)[:_SHOWN]
    cut = text[:_SHOWN] + ("..." if len(text) > _SHOWN else "")
    return quoted(cut)


def _kind_of(value: Any) -> str:
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "a boolean"
    if isinstance(value, int | float):
        return "a number"
    if isinstance(value, str):
        return "a string"
    return "a list" if isinstance(value, list) else "an object"


# --- the parts of a file ---------------------------------------------------------------------


@dataclass
class Entry:
    """One entry of one file: an operation (or webhook) as one SDK recorded it."""

    name: str
    kind: str  # operation | webhook, as the SDK that recorded it saw it
    spec: str
    calls: int
    described: int
    first_seen: str | None
    last_seen: str | None
    codes: dict[str, int]
    shapes: dict[tuple[str, str], int]  # (JSON path, JSON type) -> described answers
    fits: dict[tuple[str, str], str]  # (JSON path, JSON type) -> the recorder's verdict


@dataclass
class EvidenceFile:
    """A file as read: ``error`` when refused as a whole, else its entries and what of them
    was refused (``refused``: escaped messages)."""

    name: str
    error: str | None = None
    exported: str | None = None
    entries: list[Entry] = field(default_factory=list)
    refused: list[str] = field(default_factory=list)

    def as_json(self) -> dict[str, Any]:
        out: dict[str, Any] = {"file": self.name, "status": "refused" if self.error else "read"}
        if self.error:
            out["error"] = self.error
        else:
            out["operations"] = len(self.entries)
            out["refused"] = self.refused
        return out


# --- checking ------------------------------------------------------------------------------


class _Checker:
    """Field-by-field checks; each failure raises ``EvidenceError`` naming where."""

    @staticmethod
    def object(value: Any, where: str, keys: frozenset[str], optional: frozenset[str]) -> None:
        if not isinstance(value, dict):
            raise EvidenceError(f"{where}: expected an object, got {_kind_of(value)}")
        missing = sorted(keys - set(value))
        if missing:
            raise EvidenceError(f"{where}: missing {', '.join(missing)}")
        extra = sorted(set(value) - keys - optional, key=str)
        if extra:
            raise EvidenceError(f"{where}: {shown(extra[0])} is not a field of the format")

    @staticmethod
    def count(value: Any, where: str) -> int:
        if isinstance(value, bool) or not isinstance(value, int) or not 0 <= value <= MAX_COUNT:
            got = _kind_of(value) if not isinstance(value, int) else shown(value)
            raise EvidenceError(f"{where}: expected a count (an integer 0 to 10^15), got {got}")
        return value

    @staticmethod
    def text(value: Any, where: str, pattern: re.Pattern[str], what: str) -> str:
        if not isinstance(value, str):
            raise EvidenceError(f"{where}: expected {what} (a string), got {_kind_of(value)}")
        if not pattern.fullmatch(value):
            raise EvidenceError(f"{where}: {shown(value)} is not {what}")
        return value

    def time(self, value: Any, where: str) -> str | None:
        if value is None:
            return None
        text = self.text(value, where, _TIME, "a time YYYY-MM-DDTHH:MM:SSZ")
        try:
            datetime.strptime(text, "%Y-%m-%dT%H:%M:%SZ")
        except ValueError:
            raise EvidenceError(f"{where}: {shown(text)} is not a time") from None
        return text

    def table(
        self, value: Any, where: str, key: Callable[[str], bool], what: str
    ) -> dict[str, int]:
        if not isinstance(value, dict):
            raise EvidenceError(f"{where}: expected an object, got {_kind_of(value)}")
        if len(value) > MAX_KEYS:
            raise EvidenceError(f"{where}: more than {MAX_KEYS} keys")
        for name, count in value.items():
            if not key(name):
                raise EvidenceError(f"{where}: key {shown(name)} is not {what}")
            self.count(count, f"{where}[{shown(name)}]")
        return dict(value)

    @staticmethod
    def array(value: Any, where: str, limit: int) -> list[Any]:
        if not isinstance(value, list):
            raise EvidenceError(f"{where}: expected a list, got {_kind_of(value)}")
        if len(value) > limit:
            raise EvidenceError(f"{where}: more than {limit} items")
        return value


def _matches(pattern: re.Pattern[str]) -> Callable[[str], bool]:
    return lambda text: bool(pattern.fullmatch(text))


def _in(values: frozenset[str]) -> Callable[[str], bool]:
    return lambda text: text in values


def path_problem(path: str) -> str | None:
    """Why a JSON path may not reach the spec: a field name outside scripts/spec/safe_names.py's
    property pattern (``*``, a key that is no name, is allowed: it is never applied)."""
    for segment in path.split("."):
        name = segment.split("[", 1)[0]
        if name in ("", "*"):
            continue
        problem = safe_names.name_problem("property name", name)
        if problem:
            return problem
    return None


def _read_entry(check: _Checker, raw: Any, where: str, out: EvidenceFile) -> Entry | None:
    check.object(raw, where, _ENTRY_KEYS, _ENTRY_OPTIONAL)
    kind = check.text(raw["kind"], f"{where}.kind", re.compile("operation|webhook"), "a kind")
    name = raw["operation"]
    if not isinstance(name, str):
        raise EvidenceError(f"{where}.operation: expected a name, got {_kind_of(name)}")
    entry = Entry(
        name=name,
        kind=kind,
        spec=check.text(raw["spec"], f"{where}.spec", _SPEC, "a spec hash sha256:<16 hex>"),
        calls=check.count(raw["calls"], f"{where}.calls"),
        described=check.count(raw["described"], f"{where}.described"),
        first_seen=check.time(raw["first_seen"], f"{where}.first_seen"),
        last_seen=check.time(raw["last_seen"], f"{where}.last_seen"),
        codes=check.table(
            raw["envelope_codes"], f"{where}.envelope_codes", _matches(_CODE), "a code"
        ),
        shapes={},
        fits={},
    )
    check.text(raw["sdk"], f"{where}.sdk", _SDK, "an SDK version")
    if entry.described > entry.calls:
        raise EvidenceError(f"{where}: more answers described ({entry.described}) than received")
    check.table(raw["http_statuses"], f"{where}.http_statuses", _matches(_STATUS), "a status")
    check.table(raw["data_types"], f"{where}.data_types", _in(TYPES), "a JSON type")
    check.table(raw["request_fields"], f"{where}.request_fields", _field_ok, "a field")
    check.table(raw["refused"], f"{where}.refused", _matches(_REASON), "a reason")
    for i, item in enumerate(
        check.array(raw["refused_fields"], f"{where}.refused_fields", MAX_KEYS)
    ):
        at = f"{where}.refused_fields[{i}]"
        check.object(item, at, frozenset({"reason", "fields", "count"}), frozenset())
        check.text(item["reason"], f"{at}.reason", _REASON, "a reason")
        check.count(item["count"], f"{at}.count")
        for j, name in enumerate(check.array(item["fields"], f"{at}.fields", MAX_KEYS)):
            check.text(name, f"{at}.fields[{j}]", _FIELD, "a request field")
    if "signature_bases" in raw:
        check.table(raw["signature_bases"], f"{where}.signature_bases", _in(_BASES), "a base")
    paths = check.array(raw["paths"], f"{where}.paths", MAX_PATHS)
    for i, item in enumerate(paths):
        _read_path(check, item, f"{where}.paths[{i}]", entry, out)
    unsafe = _name_problem(name, kind)
    if unsafe:
        out.refused.append(f"{where}.operation: {unsafe}; the entry is not used")
        return None
    return entry


def _field_ok(text: str) -> bool:
    return len(text) <= MAX_PATH_LENGTH and bool(_FIELD.fullmatch(text))


def _name_problem(name: str, kind: str) -> str | None:
    if kind == "webhook" and _MESSAGE.fullmatch(name):
        return None  # a message type the recording SDK did not know: reported, never applied
    return safe_names.name_problem("operationId", name)


def _read_path(check: _Checker, item: Any, where: str, entry: Entry, out: EvidenceFile) -> None:
    check.object(item, where, _PATH_KEYS, _PATH_OPTIONAL)
    kind = check.text(item["type"], f"{where}.type", re.compile("|".join(TYPES)), "a JSON type")
    fit = check.text(item["fit"], f"{where}.fit", re.compile("|".join(_FITS)), "a fit")
    count = check.count(item["count"], f"{where}.count")
    check.time(item["first_seen"], f"{where}.first_seen")
    check.time(item["last_seen"], f"{where}.last_seen")
    if "expected" in item:
        check.text(item["expected"], f"{where}.expected", _EXPECTED, "a type description")
    if "length" in item:
        check.object(item["length"], f"{where}.length", frozenset({"min", "max"}), frozenset())
        low = check.count(item["length"]["min"], f"{where}.length.min")
        if low > check.count(item["length"]["max"], f"{where}.length.max"):
            raise EvidenceError(f"{where}.length: min is more than max")
    if "string_kinds" in item:
        check.table(item["string_kinds"], f"{where}.string_kinds", _matches(_KIND), "a kind")
    path = item["path"]
    if not isinstance(path, str):
        raise EvidenceError(f"{where}.path: expected a JSON path, got {_kind_of(path)}")
    unsafe = None
    if len(path) > MAX_PATH_LENGTH or not _PATH.fullmatch(path):
        unsafe = f"JSON path {shown(path)} is not of the form the SDK writes"
    else:
        unsafe = path_problem(path)
    if unsafe:
        out.refused.append(f"{where}.path: {unsafe}; the path is not used")
        return
    key = (path, kind)
    entry.shapes[key] = entry.shapes.get(key, 0) + count
    if entry.fits.get(key) != "deviates":
        entry.fits[key] = fit


# --- reading -------------------------------------------------------------------------------


def _no_duplicates(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    found: dict[str, Any] = {}
    for key, value in pairs:
        if key in found:
            raise EvidenceError(f"the key {shown(key)} appears twice in one object")
        found[key] = value
    return found


def _no_constants(name: str) -> Any:
    raise EvidenceError(f"{name} is not JSON")


def _depth(value: Any, limit: int = _MAX_DEPTH) -> None:
    pending = [(value, 0)]
    while pending:
        node, depth = pending.pop()
        if depth > limit:
            raise EvidenceError(f"nested deeper than the format ({limit} levels)")
        if isinstance(node, dict):
            pending += [(v, depth + 1) for v in node.values()]
        elif isinstance(node, list):
            pending += [(v, depth + 1) for v in node]


def parse(text: str, name: str) -> EvidenceFile:
    """A file's text, checked (``EvidenceFile.error`` set when it is refused)."""
    out = EvidenceFile(name)
    try:
        try:
            data = json.loads(text, object_pairs_hook=_no_duplicates, parse_constant=_no_constants)
        except json.JSONDecodeError as error:
            raise EvidenceError(f"not JSON: {error.msg} at line {error.lineno}") from None
        except (RecursionError, ValueError) as error:
            if isinstance(error, EvidenceError):
                raise
            raise EvidenceError(f"not readable as JSON: {error.__class__.__name__}") from None
        _depth(data)
        check = _Checker()
        if not isinstance(data, dict):
            raise EvidenceError(f"expected an object, got {_kind_of(data)}")
        if data.get("format") != FORMAT or data.get("version") != VERSION:
            raise EvidenceError(
                f"not format {FORMAT} version {VERSION} (format {shown(data.get('format'))}, "
                f"version {shown(data.get('version'))}); this reader knows only that one"
            )
        check.object(data, "the file", _TOP_KEYS, frozenset())
        out.exported = check.time(data["exported"], "exported")
        entries = check.array(data["operations"], "operations", MAX_OPERATIONS)
        for i, raw in enumerate(entries):
            entry = _read_entry(check, raw, f"operations[{i}]", out)
            if entry is not None:
                out.entries.append(entry)
    except EvidenceError as error:
        return EvidenceFile(name, error=str(error))
    return out


def read(path: Path, *, max_bytes: int = MAX_FILE_BYTES) -> EvidenceFile:
    """A file from disk, under ``max_bytes`` (read no further than that)."""
    name = str(path)
    try:
        with path.open("rb") as handle:
            data = handle.read(max_bytes + 1)
    except OSError as error:
        return EvidenceFile(name, error=f"cannot read it: {error.strerror or error}")
    if len(data) > max_bytes:
        return EvidenceFile(name, error=f"larger than {max_bytes:,} bytes (--max-file-bytes)")
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError:
        return EvidenceFile(name, error="not UTF-8 text")
    return parse(text, name)


# --- merging -------------------------------------------------------------------------------


@dataclass
class Observed:
    """One operation (or webhook) over every file: counts summed."""

    name: str
    calls: int = 0
    described: int = 0
    first_seen: str | None = None
    last_seen: str | None = None
    codes: Counter[str] = field(default_factory=Counter)
    shapes: Counter[tuple[str, str]] = field(default_factory=Counter)
    fits: dict[tuple[str, str], str] = field(default_factory=dict)
    specs: set[str] = field(default_factory=set)

    def add(self, entry: Entry) -> None:
        self.calls += entry.calls
        self.described += entry.described
        self.codes.update(entry.codes)
        self.shapes.update(entry.shapes)
        for key, fit in entry.fits.items():
            if self.fits.get(key) != "deviates":
                self.fits[key] = fit
        self.specs.add(entry.spec)
        if entry.first_seen is not None:
            self.first_seen = min(filter(None, (self.first_seen, entry.first_seen)))
        if entry.last_seen is not None:
            self.last_seen = max(filter(None, (self.last_seen, entry.last_seen)))


def merge(files: Iterable[EvidenceFile]) -> dict[str, Observed]:
    """Every entry of the files that were read, by operation name, counts summed."""
    found: dict[str, Observed] = {}
    for file in files:
        for entry in file.entries:
            found.setdefault(entry.name, Observed(entry.name)).add(entry)
    return dict(sorted(found.items()))
