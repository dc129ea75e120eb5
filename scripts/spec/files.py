"""Edit the spec's part files in place, keeping their comments and layout.

The part files are hand-written YAML; a tool that rewrites them must leave every untouched line
as it was. ruamel.yaml's round-trip mode does (checked: loading and dumping every part file gives
the same bytes). Nodes handed out are plain dicts with schema references in one form,
``#/schemas/<Name>`` (names are global across files); writing a node back turns each reference
into the file-relative form (``common.yaml#/schemas/Envelope``) the bundler expects. The entry
file's path table is edited as text, one line per path.
"""

from __future__ import annotations

import copy
import io
import re
from pathlib import Path
from typing import Any

import yaml
from ruamel.yaml import YAML
from ruamel.yaml.comments import CommentedMap, CommentedSeq
from ruamel.yaml.scalarstring import DoubleQuotedScalarString, LiteralScalarString

from pandapon._validation import LIMITS
from scripts import spec as spec_mod

_PATH_LINE = re.compile(
    r'^(?P<indent>\s+)(?P<path>/\S*):\s*\{\$ref:\s*"(?P<file>[\w.-]+)#/operations/(?P<op>\w+)"\}\s*$'
)
_RESOLVER = yaml.resolver.Resolver()
_STR = "tag:yaml.org,2002:str"


def _plain_tag(value: str) -> str:
    """The tag YAML gives ``value`` written unquoted (``"null"`` would become null)."""
    tag: str = _RESOLVER.resolve(yaml.ScalarNode, value, (True, False))  # type: ignore[no-untyped-call]
    return tag


# Keys first in these orders, the rest after them as they come (the part files' own style).
_OPERATION_ORDER = (
    "operationId",
    "tags",
    "summary",
    "description",
    "x-pandapon-doc",
    "x-pandapon-retry-safe",
    "x-pandapon-retry-safe-reason",
    "x-pandapon-sdk-method",
    "x-pandapon-pagination",
    "x-pandapon-envelope-codes",
    "security",
    "parameters",
    "requestBody",
    "responses",
    "name",
    "in",
    "required",
)
_MODEL_ORDER = (
    "type",
    "x-pandapon-confidence",
    "x-pandapon-source",
    "description",
    "required",
    "properties",
)
_FIELD_ORDER = (
    "$ref",
    "type",
    "format",
    "anyOf",
    "oneOf",
    "allOf",
    "items",
    "enum",
    *LIMITS,
    "description",
    "x-pandapon-confidence",
    "x-pandapon-source",
)


def _yaml() -> YAML:
    handler = YAML()
    handler.preserve_quotes = True
    handler.width = 4096  # the part files keep long lines whole
    handler.indent(mapping=2, sequence=4, offset=2)
    return handler


def plain(node: Any) -> Any:
    """ruamel's containers as plain dicts and lists (scalars keep their values)."""
    if isinstance(node, dict):
        return {str(k): plain(v) for k, v in node.items()}
    if isinstance(node, list):
        return [plain(v) for v in node]
    if isinstance(node, str):
        return str(node)
    return node


def _order(node: dict[str, Any]) -> list[str]:
    order: tuple[str, ...]
    if "operationId" in node or "in" in node:
        order = _OPERATION_ORDER
    else:
        order = _MODEL_ORDER if "properties" in node else _FIELD_ORDER
    ranked = [k for k in order if k in node]
    return ranked + [k for k in node if k not in ranked]


def styled(node: Any, *, key: str = "") -> Any:
    """A plain value as ruamel nodes in the part files' style: short scalar lists and small
    mappings in flow style (``[a, b]``, ``{accessKey: []}``), multi-line text as ``|-``."""
    if isinstance(node, dict):
        out = CommentedMap()
        for k in _order(node):
            out[_scalar(k)] = styled(node[k], key=k)
        scalars = all(not isinstance(v, dict | list) for v in node.values())
        if (
            set(node) == {"$ref"}
            or (node and all(v == [] for v in node.values()))  # {accessKey: [], ...}
            or (key in ("items", "x-pandapon-pagination", "observed") and scalars)
        ):
            out.fa.set_flow_style()
        return out
    if isinstance(node, list):
        seq = CommentedSeq(styled(v) for v in node)
        if all(not isinstance(v, dict | list) for v in node) and key != "pages":
            seq.fa.set_flow_style()
        return seq
    return _scalar(node, key)


def update(target: Any, new: Any, *, key: str = "") -> Any:
    """``target`` (ruamel nodes) changed in place to equal ``new``; what did not change keeps
    its layout and comments. Returns the node to store (a new one where types differ)."""
    if isinstance(target, CommentedMap) and isinstance(new, dict) and _fits(target, new):
        for k in [k for k in target if str(k) not in new]:
            _delete(target, k)
        for k, value in new.items():
            if k in target:
                if plain(target[k]) != value:
                    target[k] = update(target[k], value, key=k)
            else:
                _insert(target, list(new), k, styled(value, key=k))
        return target
    if isinstance(target, CommentedSeq) and isinstance(new, list) and _fits(target, new):
        if len(target) != len(new):
            return _resize(target, new)
        for i, value in enumerate(new):
            if plain(target[i]) != value:
                target[i] = update(target[i], value)
        return target
    return styled(new, key=key)


def _resize(target: CommentedSeq, new: list[Any]) -> CommentedSeq:
    """A sequence that gains or loses items (an ``anyOf`` alternative added): the items that
    stay keep their nodes (layout, comments), in order; the block's trailing comment stays
    last."""
    tail = _pop_tail(target)
    old = list(target)
    values = [plain(item) for item in old]
    kept: list[Any] = []
    moved: dict[int, Any] = {}
    start = 0
    for index, value in enumerate(new):
        found = next((i for i in range(start, len(old)) if values[i] == value), None)
        if found is None:
            kept.append(styled(value))
            continue
        kept.append(old[found])
        if found in target.ca.items:
            moved[index] = target.ca.items[found]
        start = found + 1
    del target[:]
    target.ca.items.clear()
    target.extend(kept)
    target.ca.items.update(moved)
    if tail is not None:
        _put_tail(target, tail)
    return target


def _fits(target: CommentedMap | CommentedSeq, new: dict[str, Any] | list[Any]) -> bool:
    """A flow-style node (``{$ref: X}``) stays one only while its content stays flat."""
    values = new.values() if isinstance(new, dict) else new
    return not target.fa.flow_style() or all(
        not isinstance(v, dict | list) or not v for v in values
    )


def _pop_tail(node: Any) -> Any:
    """Take the comment (blank lines too) that ruamel keeps after a block's last value: it
    hangs on the innermost last key."""
    if isinstance(node, CommentedMap) and len(node):
        last = list(node)[-1]
        inner = _pop_tail(node[last])
        if inner is not None:
            return inner
        entry = node.ca.items.get(last)
        if entry and len(entry) > 2 and entry[2] is not None:
            return node.ca.items.pop(last)
    elif isinstance(node, CommentedSeq) and len(node):
        inner = _pop_tail(node[-1])
        if inner is not None:
            return inner
        entry = node.ca.items.get(len(node) - 1)
        if entry and entry[0] is not None:
            return node.ca.items.pop(len(node) - 1)
    return None


def _put_tail(node: Any, comment: Any) -> None:
    """Hang a block's trailing comment on its (new) innermost last key."""
    if isinstance(node, CommentedSeq) and len(node):
        last = node[-1]
        if isinstance(last, CommentedMap) and last and not last.fa.flow_style():
            _put_tail(last, comment)
        elif isinstance(comment, list) and comment and comment[0] is not None:
            node.ca.items[len(node) - 1] = comment
        return
    if isinstance(node, CommentedMap) and len(node):
        last = list(node)[-1]
        value = node[last]
        if isinstance(value, CommentedMap | CommentedSeq) and value and not value.fa.flow_style():
            _put_tail(value, comment)
        elif isinstance(comment, list) and len(comment) > 2:
            node.ca.items[last] = comment


def _delete(target: CommentedMap, key: Any) -> None:
    comment = _pop_tail(target) if list(target)[-1] == key else None
    del target[key]
    if comment is not None:
        _put_tail(target, comment)  # the blank line after a block stays


def _insert(target: CommentedMap, order: list[str], key: str, value: Any) -> None:
    """Add ``key`` where ``order`` puts it among the keys ``target`` already has."""
    before = order[: order.index(key)]
    position = sum(1 for k in target if str(k) in before)
    comment = _pop_tail(target) if position == len(target) else None
    target.insert(position, _scalar(key), value)
    if comment is not None:
        _put_tail(target, comment)


def _scalar(value: Any, key: str = "") -> Any:
    if key == "$ref" and isinstance(value, str):
        return DoubleQuotedScalarString(value)
    if isinstance(value, str) and "\n" in value:
        return LiteralScalarString(value)
    if isinstance(value, str) and _plain_tag(value) != _STR:
        return DoubleQuotedScalarString(value)  # "null", "200", "true": strings, not values
    return value


def normalise_refs(node: Any) -> Any:
    """Every schema reference as ``#/schemas/<Name>``."""
    if isinstance(node, dict):
        out = {k: normalise_refs(v) for k, v in node.items()}
        ref = out.get("$ref")
        if isinstance(ref, str) and "/schemas/" in ref:
            out["$ref"] = "#/schemas/" + ref.rsplit("/", 1)[-1]
        return out
    if isinstance(node, list):
        return [normalise_refs(v) for v in node]
    return node


class SpecFiles:
    """The spec directory, loaded for editing; ``save()`` writes only the files that changed."""

    def __init__(self, spec_dir: Path) -> None:
        self.dir = spec_dir
        self.entry = spec_dir / spec_mod.ENTRY.name
        self._yaml = _yaml()
        self._parts: dict[str, CommentedMap] = {}
        self._dirty: set[str] = set()
        self._entry_lines = self.entry.read_text(encoding="utf-8").splitlines(keepends=True)
        self._entry_dirty = False
        for path in sorted(spec_dir.glob("*.yaml")):
            if path.name != self.entry.name:
                self._parts[path.name] = self._yaml.load(path.read_text(encoding="utf-8"))
        self.schema_home: dict[str, str] = {
            name: file for file, doc in self._parts.items() for name in (doc.get("schemas") or {})
        }

    # --- operations -------------------------------------------------------------------------

    def paths(self) -> dict[str, tuple[str, str]]:
        """operationId -> (path, part file), from the entry's path table."""
        found: dict[str, tuple[str, str]] = {}
        for line in self._entry_lines:
            match = _PATH_LINE.match(line.rstrip("\n"))
            if match:
                found[match["op"]] = (match["path"], match["file"])
        return found

    def operation(self, op_id: str) -> tuple[str, dict[str, Any]]:
        """(method, operation) of an operation, references normalised."""
        _, file = self.paths()[op_id]
        item = self._parts[file]["operations"][op_id]
        method = next(iter(item))
        return str(method), normalise_refs(plain(item[method]))

    def set_operation(self, op_id: str, method: str, op: dict[str, Any], file: str) -> None:
        doc = self._parts.setdefault(file, CommentedMap())
        operations = doc.setdefault("operations", CommentedMap())
        new = {method: self._relative({k: op[k] for k in _order(op)}, file)}
        current = operations.get(op_id)
        if current is not None and plain(current) == new:
            return
        operations[op_id] = update(current, new)
        self._dirty.add(file)

    def set_path(self, op_id: str, path: str, file: str) -> None:
        """Map ``path`` to the operation: move its line, or add one after its file's last."""
        line = f'  {path}: {{$ref: "{file}#/operations/{op_id}"}}\n'
        last_of_file = None
        for i, text in enumerate(self._entry_lines):
            match = _PATH_LINE.match(text.rstrip("\n"))
            if match and match["op"] == op_id:
                if text != line:
                    self._entry_lines[i] = line
                    self._entry_dirty = True
                return
            if match and match["file"] == file:
                last_of_file = i
        if last_of_file is None:
            raise ValueError(f"no path of {file} in {self.entry.name} to add {op_id} after")
        self._entry_lines.insert(last_of_file + 1, line)
        self._entry_dirty = True

    def webhook(self, name: str) -> tuple[str, dict[str, Any]]:
        """(part file, the webhook's POST operation) of a webhook, references normalised."""
        for file, doc in self._parts.items():
            item = (doc.get("webhooks") or {}).get(name)
            if item is not None:
                return file, normalise_refs(plain(item["post"]))
        raise KeyError(name)

    def set_webhook(self, name: str, post: dict[str, Any], file: str) -> None:
        webhooks = self._parts[file]["webhooks"]
        new = {"post": self._relative(post, file)}
        if plain(webhooks[name]) != new:
            webhooks[name] = update(webhooks[name], new)
            self._dirty.add(file)

    # --- schemas ----------------------------------------------------------------------------

    def schema(self, name: str) -> dict[str, Any] | None:
        file = self.schema_home.get(name)
        if file is None:
            return None
        node = self._parts[file]["schemas"][name]
        result: dict[str, Any] = normalise_refs(plain(node))
        return result

    def set_schema(self, name: str, node: dict[str, Any], file: str | None = None) -> None:
        home = self.schema_home.get(name) or file
        if home is None:
            raise ValueError(f"schema {name} is new: say which part file it goes into")
        doc = self._parts.setdefault(home, CommentedMap())
        schemas = doc.setdefault("schemas", CommentedMap())
        relative = self._relative(node, home)
        current = schemas.get(name)
        if current is not None and plain(current) == relative:
            return
        schemas[name] = update(current, relative)
        self.schema_home[name] = home
        self._dirty.add(home)

    def remove_schema(self, name: str) -> None:
        home = self.schema_home.pop(name, None)
        if home is not None:
            del self._parts[home]["schemas"][name]
            self._dirty.add(home)

    def _relative(self, node: Any, file: str) -> Any:
        """References in ``file``'s form: same file ``#/schemas/X``, else ``other.yaml#/...``."""
        node = copy.deepcopy(node)
        if isinstance(node, dict):
            out = {k: self._relative(v, file) for k, v in node.items()}
            ref = out.get("$ref")
            if isinstance(ref, str) and ref.startswith("#/schemas/"):
                name = ref.rsplit("/", 1)[-1]
                home = self.schema_home.get(name, file)
                out["$ref"] = ref if home == file else f"{home}{ref}"
            return out
        if isinstance(node, list):
            return [self._relative(v, file) for v in node]
        return node

    # --- writing ------------------------------------------------------------------------------

    def changed_files(self) -> list[str]:
        return sorted(self._dirty | ({self.entry.name} if self._entry_dirty else set()))

    def save(self) -> list[str]:
        """Write what changed; return the names of the files written."""
        for file in sorted(self._dirty):
            buffer = io.StringIO()
            self._yaml.dump(self._parts[file], buffer)
            (self.dir / file).write_text(buffer.getvalue(), encoding="utf-8")
        if self._entry_dirty:
            self.entry.write_text("".join(self._entry_lines), encoding="utf-8")
        written = self.changed_files()
        self._dirty.clear()
        self._entry_dirty = False
        return written
