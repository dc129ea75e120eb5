"""Reading the spec: load and bundle the multi-file spec under ``openapi/`` into one document,
its source hash, and a bundled spec from a file, a directory or a git ref.

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
import subprocess
import tempfile
from pathlib import Path
from typing import Any

import yaml

ROOT = Path(__file__).resolve().parents[2]
SPEC_DIR = ROOT / "openapi"
ENTRY = SPEC_DIR / "pandapon.yaml"

_SCHEMA_SECTIONS = ("schemas",)
_INLINE_SECTIONS = ("operations", "webhooks", "parameters", "responses")


class SpecError(Exception):
    """The spec source is malformed (bad reference, duplicate key, name clash)."""


class SpecInputError(SpecError):
    """Bad input: a missing file, an unreadable spec, an unknown git ref or schema."""


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


def load_spec(path: Path) -> dict[str, Any]:
    """A bundled spec from a bundled .json/.yaml file, an entry file or an openapi/ directory."""
    if not path.exists():
        raise SpecInputError(f"{path}: no such file or directory")
    if path.is_dir():
        entry = path / "pandapon.yaml"
        if not entry.is_file():
            raise SpecInputError(f"{path}: a spec directory needs an entry file pandapon.yaml")
        return _bundle(entry)
    try:
        if path.suffix == ".json":
            data = json.loads(path.read_text(encoding="utf-8"))
        elif path.suffix in (".yaml", ".yml"):
            data = load_yaml(path)
        else:
            raise SpecInputError(f"{path}: expected a .json or .yaml spec or an openapi/ directory")
    except (yaml.YAMLError, json.JSONDecodeError, SpecError, UnicodeDecodeError) as exc:
        raise SpecInputError(f"{path}: not readable as a spec: {exc}") from exc
    if not isinstance(data, dict) or "paths" not in data:
        raise SpecInputError(f"{path}: not an OpenAPI document (no `paths`)")
    if "schemas" in (data.get("components") or {}):
        return data  # already bundled: entry files may not hold schemas
    return _bundle(path)


def _bundle(entry: Path) -> dict[str, Any]:
    try:
        return bundle(entry)
    except (SpecError, yaml.YAMLError) as exc:
        raise SpecInputError(f"{entry}: cannot bundle the spec: {exc}") from exc


def _git(repo: Path, *args: str) -> str:
    result = subprocess.run(
        ["git", "-C", str(repo), *args], capture_output=True, text=True, check=False
    )
    if result.returncode != 0:
        raise SpecInputError(f"git {' '.join(args)}: {result.stderr.strip() or 'failed'}")
    return result.stdout


def spec_at_ref(ref: str, spec_dir: Path) -> dict[str, Any]:
    """The bundled spec as it was at git ``ref``: every openapi/*.yaml written to a temp dir."""
    if not spec_dir.is_dir():
        raise SpecInputError(f"{spec_dir}: no such spec directory")
    top = Path(_git(spec_dir, "rev-parse", "--show-toplevel").strip()).resolve()
    try:
        _git(top, "rev-parse", "--verify", "--quiet", f"{ref}^{{commit}}")
    except SpecInputError:
        raise SpecInputError(f"git ref {ref!r} not found (a first commit has no HEAD~1)") from None
    rel = spec_dir.resolve().relative_to(top).as_posix()
    names = [
        n
        for n in _git(top, "ls-tree", "-r", "--name-only", ref, "--", rel).splitlines()
        if n.endswith(".yaml")
    ]
    if not names:
        raise SpecInputError(f"no {rel}/*.yaml files at {ref}")
    with tempfile.TemporaryDirectory(prefix="spec-diff-") as tmp:
        for name in names:
            target = Path(tmp) / Path(name).relative_to(rel)
            target.parent.mkdir(parents=True, exist_ok=True)
            target.write_text(_git(top, "show", f"{ref}:{name}"), encoding="utf-8")
        return load_spec(Path(tmp))
