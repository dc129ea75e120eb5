"""The spec tools' shared module: load and bundle the multi-file spec, walk its operations, and
the names every tool agrees on (system headers, HTTP methods, the path rule, case helpers).

Run the tools as modules from the checkout: ``python -m scripts.lint_spec`` (no ``sys.path``
edits needed).

The spec under ``openapi/`` is split by platform and group. ``openapi/pandapon.yaml`` is the
entry point; it refers to operations and schemas in part files with ordinary relative JSON
references (``taobao-goods.yaml#/operations/getTaobaoProduct``). Each part file has up to three
top-level sections: ``operations`` (path items keyed by operationId), ``schemas`` and ``webhooks``.

``bundle()`` turns that into one self-contained OpenAPI document: path items are inlined, every
schema reached through ``.../schemas/<Name>`` is hoisted to ``#/components/schemas/<Name>``, and
the result is independent of dict iteration order, so the generator sees the same input every time.
"""

from __future__ import annotations

import hashlib
import json
import re
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import yaml

from pandapon._validation import RULES

ROOT = Path(__file__).resolve().parent.parent
SPEC_DIR = ROOT / "openapi"
ENTRY = SPEC_DIR / "pandapon.yaml"

_SCHEMA_SECTIONS = ("schemas",)
_INLINE_SECTIONS = ("operations", "webhooks", "parameters", "responses")


class SpecError(Exception):
    """The spec source is malformed (bad reference, duplicate key, name clash)."""


try:  # libyaml's loader parses the spec several times faster than the pure-Python one
    from yaml import CSafeLoader as _BaseLoader
except ImportError:  # pragma: no cover - PyYAML built without libyaml
    from yaml import SafeLoader as _BaseLoader  # type: ignore[assignment]


class _StrictLoader(_BaseLoader):
    """A safe loader that refuses duplicate mapping keys (PyYAML silently keeps the last one)."""


def _construct_mapping(loader: _StrictLoader, node: yaml.MappingNode) -> dict[Any, Any]:
    mapping: dict[Any, Any] = {}
    for key_node, value_node in node.value:
        key = loader.construct_object(key_node)
        if key in mapping:
            mark = key_node.start_mark
            raise SpecError(f"{mark.name}:{mark.line + 1}: duplicate key {key!r}")
        mapping[key] = loader.construct_object(value_node, deep=True)
    return mapping


_StrictLoader.add_constructor(yaml.resolver.BaseResolver.DEFAULT_MAPPING_TAG, _construct_mapping)


def load_yaml(path: Path) -> Any:
    with path.open(encoding="utf-8") as fh:
        return yaml.load(fh, Loader=_StrictLoader)  # noqa: S506 - _StrictLoader is a SafeLoader


def source_files(spec_dir: Path = SPEC_DIR) -> list[Path]:
    """Every file that makes up the spec, in a stable order."""
    return sorted(p for p in spec_dir.rglob("*.yaml") if p.is_file())


def source_hash(spec_dir: Path = SPEC_DIR) -> str:
    """SHA-256 over the spec's source files (relative names and bytes), for the generation stamp."""
    digest = hashlib.sha256()
    for path in source_files(spec_dir):
        digest.update(path.relative_to(spec_dir).as_posix().encode())
        digest.update(b"\0")
        digest.update(path.read_bytes())
        digest.update(b"\0")
    return digest.hexdigest()


def _unescape(token: str) -> str:
    return token.replace("~1", "/").replace("~0", "~")


class _Bundler:
    def __init__(self) -> None:
        self._docs: dict[Path, Any] = {}
        self.schemas: dict[str, Any] = {}
        self._schema_origin: dict[str, tuple[Path, str]] = {}

    def loaded_files(self) -> list[Path]:
        return list(self._docs)

    def doc(self, path: Path) -> Any:
        path = path.resolve()
        if path not in self._docs:
            if not path.is_file():
                raise SpecError(f"reference to missing file {path}")
            self._docs[path] = load_yaml(path)
        return self._docs[path]

    def _target(self, base: Path, ref: str) -> tuple[Path, list[str]]:
        file_part, _, pointer = ref.partition("#")
        path = (base.parent / file_part).resolve() if file_part else base.resolve()
        tokens = [_unescape(t) for t in pointer.split("/")[1:]] if pointer else []
        return path, tokens

    def _resolve(self, path: Path, tokens: list[str], ref: str) -> Any:
        node = self.doc(path)
        for token in tokens:
            if not isinstance(node, dict) or token not in node:
                raise SpecError(f"unresolvable reference {ref!r} (from {path.name})")
            node = node[token]
        return node

    def walk(self, node: Any, base: Path) -> Any:
        if isinstance(node, list):
            return [self.walk(item, base) for item in node]
        if not isinstance(node, dict):
            return node
        if "$ref" in node:
            return self._ref(node, base)
        return {key: self.walk(value, base) for key, value in node.items()}

    def _ref(self, node: dict[str, Any], base: Path) -> Any:
        ref = node["$ref"]
        if not isinstance(ref, str):
            raise SpecError(f"$ref must be a string in {base.name}: {ref!r}")
        if ref.startswith("#/components/"):
            raise SpecError(
                f"{base.name}: refer to schemas by file ('common.yaml#/schemas/X'), not {ref!r}"
            )
        path, tokens = self._target(base, ref)
        if len(tokens) == 2 and tokens[0] in _SCHEMA_SECTIONS:
            name = tokens[1]
            self.hoist(name, path, tokens, ref)
            extra = {k: v for k, v in node.items() if k != "$ref"}
            return {"$ref": f"#/components/schemas/{name}", **self.walk(extra, base)}
        if len(tokens) == 2 and tokens[0] in _INLINE_SECTIONS:
            return self.walk(self._resolve(path, tokens, ref), path)
        raise SpecError(f"{base.name}: unsupported reference {ref!r}")

    def hoist(self, name: str, path: Path, tokens: list[str], ref: str) -> None:
        origin = (path.resolve(), "/".join(tokens))
        if name in self._schema_origin:
            if self._schema_origin[name] != origin:
                other = self._schema_origin[name]
                raise SpecError(
                    f"schema name {name!r} is defined twice: {other[0].name}#{other[1]} "
                    f"and {path.name}#{'/'.join(tokens)}"
                )
            return
        self._schema_origin[name] = origin
        self.schemas[name] = self.walk(self._resolve(path, tokens, ref), path)


def bundle(entry: Path = ENTRY, *, root: dict[str, Any] | None = None) -> dict[str, Any]:
    """Return the spec as one self-contained OpenAPI document.

    ``root`` replaces the entry document's content (its refs still resolve from ``entry``'s
    folder); ``scripts/lint_spec.py --only`` uses it to check one part file on its own.
    """
    bundler = _Bundler()
    doc = bundler.doc(entry) if root is None else root
    if not isinstance(doc, dict):
        raise SpecError(f"{entry.name} is not a mapping")
    out: dict[str, Any] = bundler.walk(doc, entry)
    # Every schema of every part file in use becomes a component, referenced or not: payload
    # models (message callbacks) must exist even where no operation points at them.
    done: set[Path] = {entry.resolve()}
    while pending := sorted(set(bundler.loaded_files()) - done):
        for part in pending:
            done.add(part)
            part_doc = bundler.doc(part)
            names = part_doc.get("schemas") or {} if isinstance(part_doc, dict) else {}
            for name in names:
                bundler.hoist(name, part, ["schemas", name], f"{part.name}#/schemas/{name}")
    components = dict(out.get("components") or {})
    if "schemas" in components:
        raise SpecError(f"{entry.name}: keep schemas in part files, not in components/schemas")
    components["schemas"] = {name: bundler.schemas[name] for name in sorted(bundler.schemas)}
    out["components"] = components
    return out


def dumps(spec: dict[str, Any]) -> str:
    """Canonical JSON text of a bundled spec (stable across runs)."""
    return json.dumps(spec, indent=2, ensure_ascii=False) + "\n"


# --- names every tool agrees on ---------------------------------------------------------------

#: HTTP methods an OpenAPI path item may hold, in the order tools walk them.
METHODS = ("get", "put", "post", "delete", "options", "head", "patch", "trace")
#: The five system headers' security schemes, and the header names they stand for.
SYSTEM_SCHEMES = ("accessKey", "timestamp", "nonceStr", "userId", "signature")
SYSTEM_HEADERS = frozenset({"access-key", "timestamp", "nonce-str", "user-id", "signature"})
#: The warehouse-logistics pages also ask for ``?timestamp=&sign=`` (query security schemes).
QUERY_SCHEMES = ("queryTimestamp", "querySign")
QUERY_SIGNED_PREFIX = "/v2/open/pp/logistics/"


def query_signed(path: str) -> bool:
    """Whether the operation at a (v2) path also carries the query signature."""
    return path.startswith(QUERY_SIGNED_PREFIX)


def security(*, signed_query: bool) -> dict[str, list[str]]:
    """The security requirement of an operation (openapi/README.md)."""
    schemes = SYSTEM_SCHEMES + (QUERY_SCHEMES if signed_query else ())
    return {scheme: [] for scheme in schemes}


def v2_path(path: str) -> str:
    """The newest-generation path of a doc path (the docs' prefix rules; v2 paths unchanged).

    1688, basis and logistics: ``/v2`` + the older path; Taobao: ``/v2/taobao/`` + the older
    path minus ``/open/`` (``/open/product/get`` -> ``/v2/taobao/product/get``).
    """
    if path.startswith("/v2/"):
        return path
    if path.startswith(("/open/product/", "/open/order/")):
        return "/v2/taobao/" + path.removeprefix("/open/")
    return "/v2" + path


def tag_for_path(path: str) -> str:
    """The spec tag (part file) an operation at a v2 path most likely belongs to."""
    if path.startswith("/v2/open/pp/logistics/"):
        return "warehouse-logistics"
    if path.startswith("/v2/open/address/"):
        return "address"
    platform = "taobao" if path.startswith("/v2/taobao/") else "alibaba"
    for word, group in (("refund", "after-sales"), ("cart", "cart"), ("order", "order")):
        if f"/{word}" in path:
            return f"{platform}-{group}"
    return f"{platform}-goods"


# Words that say what an operation does. A computation (preview, render, estimate) is a read
# even when its name also says "create"; any other write word makes a call unsafe to resend.
# Reading a value back (decrypt: an openUid turned into the nickname it stands for) is a read.
# The spec lint holds every operation's x-pandapon-retry-safe to this rule (or to a stated
# x-pandapon-retry-safe-reason), so a word moved between the sets shows there at once.
_COMPUTATIONS = frozenset({"preview", "render", "estimate"})
_WRITES = frozenset(
    {
        "create",
        "submit",
        "pay",
        "cancel",
        "confirm",
        "delete",
        "add",
        "edit",
        "update",
        "upload",
        "modify",
        "save",
        "receivegoods",
        "booking",
    }
)
_READS = frozenset(
    {"get", "list", "query", "search", "detail", "page", "check", "trace", "decrypt"}
)


def name_words(text: str) -> list[str]:
    """Lower-case words of an operationId, path or summary (camelCase and separators split)."""
    spaced = re.sub(r"(?<=[a-z0-9])(?=[A-Z])", " ", text)
    return [w.lower() for w in re.findall(r"[A-Za-z]+", spaced)]


def retry_safe_by_name(method: str, *texts: str) -> bool:
    """Whether an operation reads (safe to resend), judged by its method and names."""
    words = {w for text in texts for w in name_words(text)}
    if words & _COMPUTATIONS:
        return True
    if words & _WRITES:
        return False
    return bool(words & _READS) or method.lower() == "get"


def pascal(name: str) -> str:
    """``getTaobaoProduct`` -> ``GetTaobaoProduct`` (the first letter only)."""
    return name[:1].upper() + name[1:]


def snake(operation_id: str) -> str:
    """The generated module name of an operation: ``getTaobaoProduct`` -> ``get_taobao_product``."""
    return re.sub(r"(?<!^)(?=[A-Z])", "_", operation_id).lower()


def camel(words: list[str]) -> str:
    """``["alibaba", "order", "preview"]`` -> ``alibabaOrderPreview`` (ASCII words only)."""
    parts = [w for w in words if w]
    if not parts:
        return ""
    return parts[0][:1].lower() + parts[0][1:] + "".join(pascal(w) for w in parts[1:])


@dataclass(frozen=True)
class RequestField:
    """One field of an operation's request (body field, or parameter) with what the spec says
    of its evidence: ``confidence`` is the field's, else its model's, else the operation's."""

    where: str  # "CancelAlibabaOrderRequest.orderId", "parameter refundId"
    node: dict[str, Any]  # its schema (for a parameter: the parameter object's marks)
    required: bool  # whether the field's presence is a rule (a path parameter's is not)
    confidence: str

    def rules(self) -> list[str]:
        """The rules this field carries (``required``, limits, enums)."""
        present = [k for k in REQUEST_RULES if k in self.node and k != "required"]
        return present + (["required"] if self.required else [])

    def inferred(self) -> list[str]:
        marks = self.node.get("x-pandapon-inferred")
        return list(marks) if isinstance(marks, list) else []


#: The rules a request schema can state, in a stable order (the validator's own list).
REQUEST_RULES = tuple(sorted(RULES))


def body_media(op: dict[str, Any]) -> dict[str, Any]:
    """The JSON request body's media object of a bundled operation (its ``schema`` and
    ``example``), or ``{}`` when it takes no body."""
    media: dict[str, Any] = ((op.get("requestBody") or {}).get("content") or {}).get(
        "application/json"
    ) or {}
    return media


def request_fields(spec: dict[str, Any], op: dict[str, Any]) -> Iterator[RequestField]:
    """Every field of a bundled operation's request that may carry rules (each model once)."""
    schemas = (spec.get("components") or {}).get("schemas") or {}
    confidence = str((op.get("x-pandapon-doc") or {}).get("confidence"))
    done: set[str] = set()

    def walk(node: Any, where: str, conf: str) -> Iterator[RequestField]:
        if not isinstance(node, dict):
            return
        if "$ref" in node:
            name = str(node["$ref"]).rsplit("/", 1)[-1]
            if name in done or not isinstance(schemas.get(name), dict):
                return
            done.add(name)
            target = schemas[name]
            yield from walk(target, name, str(target.get("x-pandapon-confidence") or conf))
            return
        required = set(node.get("required") or [])
        for name, prop in (node.get("properties") or {}).items():
            if isinstance(prop, dict):
                at, own = f"{where}.{name}", str(prop.get("x-pandapon-confidence") or conf)
                yield RequestField(at, prop, name in required, own)
                yield from walk(prop, at, own)
        for key in ("items", "additionalProperties"):
            item = node.get(key)
            if isinstance(item, dict):
                if "$ref" not in item:
                    yield RequestField(f"{where}[]", item, False, conf)
                yield from walk(item, f"{where}[]", conf)
        for key in ("allOf", "anyOf", "oneOf"):
            for sub in node.get(key) or []:
                yield from walk(sub, where, conf)

    yield from walk(body_media(op).get("schema"), "body", confidence)
    for param in op.get("parameters") or []:
        own = str(param.get("x-pandapon-confidence") or confidence)
        at = f"parameter {param.get('name')}"
        # Presence is a rule of a query parameter; a path parameter is there by nature.
        flag = bool(param.get("required")) and param.get("in") != "path"
        yield RequestField(
            at, {"x-pandapon-inferred": param.get("x-pandapon-inferred", [])}, flag, own
        )
        schema = param.get("schema") or {}
        if "$ref" not in schema:
            yield RequestField(at, schema, False, own)
        yield from walk(schema, at, own)


def iter_operations(spec: dict[str, Any]) -> list[tuple[str, str, dict[str, Any]]]:
    """(path, method, operation) for every operation in a bundled spec, in document order."""
    return [
        (path, method, item[method])
        for path, item in (spec.get("paths") or {}).items()
        for method in METHODS
        if method in item
    ]
