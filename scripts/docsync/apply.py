"""Write what doc pages show into the spec (``docs_sync --apply``): per operation (its fields,
parameters, body and response), then for the whole run (new operations, models no longer used,
request examples the new schemas refuse, the prose snapshots), inside one transaction that
lints and regenerates, or puts every file back (scripts/docsync/transaction.py).

For each operation a page shows, the page's facts replace the spec's: path and method, fields,
required flags, types, nullability, stated limits and enums, the doc's schema names. What the
spec adds of its own stays: summaries, English descriptions, SDK names, retry safety, pagination,
money fields, known values, limits and enums the page does not state. A field the spec has and
no page shows is kept, optional and marked ``x-pandapon-confidence: inferred``. Where the pages
of one operation disagree, the spec keeps its fact for that field and records the disagreement
in ``x-pandapon-doc.disagreements`` for a person to decide. A page for an operation the spec
lacks becomes a new operation marked ``x-pandapon-doc.review: true``.
"""

from __future__ import annotations

import copy
from collections.abc import Iterable
from pathlib import Path
from typing import Any

from pandapon._validation import LIMITS
from scripts import spec as spec_mod
from scripts.checks import rules as lint_rules
from scripts.docsync import transaction
from scripts.docsync.apifox import page_url
from scripts.docsync.crosscheck import authoritative, by_operation
from scripts.docsync.doc_compare import Change, evidence, rank
from scripts.docsync.export_to_spec import DocOperation
from scripts.docsync.report import Disagreement, Report
from scripts.docsync.snapshots import SNAPSHOT_DIR, write_snapshots
from scripts.docsync.transaction import Applied
from scripts.spec import schema as spec_schema
from scripts.spec.files import SpecFiles
from scripts.spec.names import ref_name
from scripts.spec.schema import declared_types, non_null

# Spec-side keys a page never restates: kept on every node the page replaces.
_SPEC_ONLY = ("description", "default")
_PAGE_FACTS = ("type", "format", "enum", "const", *LIMITS)
_RETIRED = ("x-pandapon-confidence", "x-pandapon-source")


def _join(where: str, name: str) -> str:
    return f"{where}.{name}" if where else name


def _ref_of(node: Any) -> str | None:
    """X for ``{$ref: X}`` and ``{anyOf: [{$ref: X}, {type: null}]}``."""
    if not isinstance(node, dict):
        return None
    if "$ref" in node:
        return ref_name(node["$ref"])
    options = [o for o in node.get("anyOf") or [] if o != {"type": "null"}]
    if len(options) == 1 and isinstance(options[0], dict) and "$ref" in options[0]:
        return ref_name(options[0]["$ref"])
    return None


class _Merger:
    """Merges one page's operation into the spec files."""

    def __init__(
        self,
        files: SpecFiles,
        op_id: str,
        doc: DocOperation,
        veto: set[tuple[str, str]],
        models: dict[str, tuple[DocOperation, dict[str, Any]]],
    ) -> None:
        self.files = files
        self.op_id = op_id
        self.doc = doc
        self.veto = veto  # (location, where) the pages disagree on: the spec keeps its fact
        self.part = files.paths()[op_id][1]  # the operation's part file: new models go there
        self.models = models  # named models merged in this run: by whom, from what
        self.conflicts: list[Disagreement] = []

    # --- nodes -------------------------------------------------------------------------------

    def node(self, spec: Any, page: Any, where: str, location: str) -> Any:
        """The page's node for a field, carrying over what the spec adds of its own."""
        if (location, where) in self.veto:
            return spec
        if not isinstance(spec, dict):
            spec = None
        page_ref = _ref_of(page)
        if page_ref is not None:
            self.model(page_ref, self.doc.schemas.get(page_ref, {}), where, location)
            return self._carry(spec, copy.deepcopy(page), facts=False)
        spec_ref = _ref_of(spec)
        if spec_ref is not None and isinstance(page, dict) and "properties" in page:
            # An inline object on the page, a named model in the spec: keep the model's name.
            self.model(spec_ref, page, where, location)
            return copy.deepcopy(spec)
        out = copy.deepcopy(page)
        if "properties" in page:
            spec_object = self._object_of(spec)
            out["properties"], out_required = self._properties(spec_object, page, where, location)
            if out_required:
                out["required"] = out_required
            else:
                out.pop("required", None)
        if isinstance(page.get("items"), dict):
            spec_items = (spec or {}).get("items")
            out["items"] = self.node(spec_items, page["items"], f"{where}[]", location)
        return self._carry(spec, out, facts=True)

    def _object_of(self, spec: dict[str, Any] | None) -> dict[str, Any]:
        name = _ref_of(spec)
        if name is not None:
            return self.files.schema(name) or {}
        return spec or {}

    def _properties(
        self, spec: dict[str, Any], page: dict[str, Any], where: str, location: str
    ) -> tuple[dict[str, Any], list[str]]:
        spec_props: dict[str, Any] = dict(spec.get("properties") or {})
        spec_required = set(spec.get("required") or [])
        out: dict[str, Any] = {}
        required: list[str] = []
        for name, prop in (page.get("properties") or {}).items():
            at = _join(where, name)
            merged = self.node(spec_props.get(name), prop, at, location)
            if merged is None:  # the page adds it, but the pages disagree: not yet
                continue
            out[name] = merged
            vetoed = (location, at) in self.veto
            if (name in spec_required) if vetoed else (name in (page.get("required") or [])):
                required.append(name)
        for name, prop in spec_props.items():
            if name in out:
                continue
            at = _join(where, name)
            if (location, at) in self.veto:
                out[name] = prop
                if name in spec_required:
                    required.append(name)
                continue
            if prop.get("x-pandapon-confidence") == "observed":
                out[name] = prop  # in real answers (evidence), though no page lists it
                continue
            out[name] = {**prop, "x-pandapon-confidence": "inferred"}  # a guess no page shows
        return out, required

    @staticmethod
    def _carry(spec: dict[str, Any] | None, out: dict[str, Any], *, facts: bool) -> dict[str, Any]:
        """Keep the spec's own words and extensions, and the limits the page does not state."""
        if not spec:
            return out
        stated = set(out)  # what the page itself says of this field
        for key in _SPEC_ONLY:
            if key in spec:
                out[key] = spec[key]
        same_type = non_null(declared_types(spec)) == non_null(declared_types(out))
        for key, value in spec.items():
            if key.startswith("x-") and key not in _RETIRED:
                out.setdefault(key, value)
            elif facts and same_type and key in _PAGE_FACTS and key not in out and key != "type":
                out[key] = value  # e.g. a maxItems the page states only in prose
        # A rule the page states is no longer a guess; one kept from the spec still is.
        inferred = [
            k
            for k in out.get("x-pandapon-inferred") or []
            if k in out and k not in stated and k != "required"
        ]
        if inferred:
            out["x-pandapon-inferred"] = inferred
        else:
            out.pop("x-pandapon-inferred", None)
        return out

    # --- named models --------------------------------------------------------------------

    def model(self, name: str, page: dict[str, Any], where: str, location: str) -> None:
        if name in self.models:
            self._same_model(name, page)
            return
        self.models[name] = (self.doc, page)
        spec = self.files.schema(name)
        merged = self.node(spec or {}, page, where, location)
        merged["type"] = page.get("type", "object")
        vetoed = any(_under(where, at) for loc, at in self.veto if loc == location)
        current = str((spec or {}).get("x-pandapon-confidence"))
        merged["x-pandapon-confidence"] = _best(
            current, "partial" if vetoed else evidence(self.doc)
        )
        guesses = any(
            isinstance(p, dict) and p.get("x-pandapon-confidence") == "inferred"
            for p in (merged.get("properties") or {}).values()
        )
        if spec and "x-pandapon-source" in spec and guesses:
            merged["x-pandapon-source"] = spec["x-pandapon-source"]  # where the guesses came from
        else:
            merged.pop("x-pandapon-source", None)
        self.files.set_schema(name, _ordered_model(merged), self.part)

    def _same_model(self, name: str, page: dict[str, Any]) -> None:
        """A model two pages both describe: the first one's version stands; differences are
        recorded for a person, like any disagreement."""
        first_doc, first = self.models[name]
        if first_doc is self.doc:
            return
        pools = (first_doc.schemas, self.doc.schemas)
        before, after = (
            flatten_model(n, pool) for n, pool in zip((first, page), pools, strict=True)
        )
        if before != after:
            change = Change("schema", name, "model", "one shape", "another shape")
            self.conflicts.append(
                Disagreement(self.op_id, change, first_doc.page.url, self.doc.page.url)
            )


def _under(where: str, at: str) -> bool:
    return not where or at == where or at.startswith((where + ".", where + "["))


def _ordered_model(node: dict[str, Any]) -> dict[str, Any]:
    order = ("type", "description", "x-pandapon-confidence", "required", "properties")
    return {
        **{k: node[k] for k in order if k in node},
        **{k: v for k, v in node.items() if k not in order},
    }


# --- operations ------------------------------------------------------------------------------


def _best(current: str, lent: str) -> str:
    """The confidence after a page lends ``lent``: the stronger one, except that a page always
    replaces ``observed``: what a page states is then a doc fact, which evidence never
    overrides (scripts/evidence_apply.py)."""
    if current == "observed":
        return lent
    return lent if rank(lent) > rank(current) else current


def _record_pages(
    doc_ext: dict[str, Any], docs: list[DocOperation], disagreements: list[Disagreement]
) -> dict[str, Any]:
    out = dict(doc_ext)
    pages = list(out.get("pages") or [])
    known = {url.rsplit("/", 1)[-1] for url in pages}
    hashes = dict(out.get("hashes") or {})
    for doc in docs:
        url = page_url(doc.page.url)
        if doc.page.page_id and doc.page.page_id not in known:
            pages.append(url)
            known.add(doc.page.page_id)
        hashes[doc.page.page_id or url] = doc.page.content_hash
    out["pages"] = pages
    out["hashes"] = dict(sorted(hashes.items()))
    if disagreements:
        out["disagreements"] = [d.record() for d in disagreements]
    else:
        out.pop("disagreements", None)
    return out


def _parameters(
    merger: _Merger, spec_params: list[dict[str, Any]], doc: DocOperation
) -> list[dict[str, Any]]:
    by_key = {(p.get("in"), p.get("name")): p for p in spec_params}
    out: list[dict[str, Any]] = []
    for param in doc.parameters:
        key = (param["in"], param["name"])
        spec = by_key.pop(key, None)
        if (param["in"], param["name"]) in merger.veto:
            if spec is not None:
                out.append(spec)
            continue
        merged = dict(param)
        if spec is not None:
            for k in ("description", "example"):
                if k in spec:
                    merged[k] = spec[k]
            merged.update(
                {k: v for k, v in spec.items() if k.startswith("x-") and k not in _RETIRED}
            )
        where = str(param["name"])
        merged["schema"] = merger.node(
            (spec or {}).get("schema"), param["schema"], where, str(param["in"])
        )
        out.append(merged)
    for spec in by_key.values():  # parameters no page shows: kept as optional guesses
        kept = {**spec, "x-pandapon-confidence": "inferred"}
        if kept.get("in") != "path":
            kept["required"] = False
            # No longer required, so no longer an inferred "required" either (the lint refuses
            # an x-pandapon-inferred that names a rule the field does not have).
            inferred = [k for k in kept.get("x-pandapon-inferred") or [] if k != "required"]
            if inferred:
                kept["x-pandapon-inferred"] = inferred
            else:
                kept.pop("x-pandapon-inferred", None)
        out.append(kept)
    return out


def _body(merger: _Merger, op_id: str, spec_op: dict[str, Any], doc: DocOperation) -> Any:
    spec_body = spec_op.get("requestBody")
    if doc.body is None:
        return spec_body  # kept only while nothing contradicts it (see doc_compare)
    contents: list[dict[str, Any]] = list(((spec_body or {}).get("content") or {}).values())
    spec_media = contents[0] if contents else {}
    spec_schema = spec_media.get("schema")
    page_schema = doc.body["schema"]
    if doc.body_name is not None:
        schema = merger.node(spec_schema, page_schema, "", "request")
    else:
        name = _ref_of(spec_schema) or f"{spec_mod.pascal(op_id)}Request"
        merger.model(name, page_schema, "", "request")
        schema = {"$ref": f"#/schemas/{name}"}
    media: dict[str, Any] = {"schema": schema}
    if "example" in spec_media:
        media["example"] = spec_media["example"]
    elif "example" in doc.body:
        media["example"] = doc.body["example"]
    return {"required": doc.body["required"], "content": {doc.body["media_type"]: media}}


def _response(merger: _Merger, op_id: str, doc: DocOperation) -> None:
    name = f"{spec_mod.pascal(op_id)}Response"
    wrapper = merger.files.schema(name) or {
        "allOf": [{"$ref": "#/schemas/Envelope"}, {"type": "object", "properties": {}}]
    }
    if doc.data is None:
        return
    parts = wrapper["allOf"]
    own = parts[1].setdefault("properties", {})
    own["data"] = merger.node(own.get("data"), doc.data, "data", "response")
    merger.files.set_schema(name, wrapper, merger.part)


def update_operation(
    files: SpecFiles,
    op_id: str,
    docs: list[DocOperation],
    disagreements: list[Disagreement],
    models: dict[str, tuple[DocOperation, dict[str, Any]]],
) -> list[Disagreement]:
    """Merge the first (most authoritative) page of an operation into the spec; return the
    models it shares with an earlier page that describes them differently."""
    doc = docs[0]
    path, part = files.paths()[op_id]
    method, op = files.operation(op_id)
    veto = {(d.change.location, d.change.where) for d in disagreements}
    merger = _Merger(files, op_id, doc, veto, models)
    new = dict(op)
    if ("operation", "(operation)") not in veto:
        method = doc.method
        if doc.path != path:
            files.set_path(op_id, doc.path, part)
    params = _parameters(merger, list(op.get("parameters") or []), doc)
    if params:
        new["parameters"] = params
    else:
        new.pop("parameters", None)
    body = _body(merger, op_id, op, doc)
    if body is None:
        new.pop("requestBody", None)
    else:
        new["requestBody"] = body
    _response(merger, op_id, doc)
    ext = dict(new.get("x-pandapon-doc") or {})
    lent = "partial" if disagreements else evidence(doc)
    ext["confidence"] = _best(str(ext.get("confidence")), lent)
    if doc.generation == "newest":
        ext["path"] = "seen"
    new["x-pandapon-doc"] = _record_pages(ext, docs, disagreements)
    new["security"] = [spec_mod.security(signed_query=spec_mod.query_signed(doc.path))]
    files.set_operation(op_id, method, new, part)
    return merger.conflicts


def new_operation_id(doc: DocOperation, taken: Iterable[str]) -> str:
    """A readable ASCII operationId from the path: ``/v2/alibaba/order/memo/update`` ->
    ``alibabaOrderMemoUpdate`` (the method is added when that is taken)."""
    segments = [s for s in doc.path.split("/") if s and s not in ("v2", "open") and "{" not in s]
    words = [w for s in segments for w in spec_mod.name_words(s)]
    name = spec_mod.camel(words) or doc.method
    taken = set(taken)
    if name in taken:
        name = spec_mod.camel([doc.method, *words])
    index = 2
    base = name
    while name in taken:
        name, index = f"{base}{index}", index + 1
    return name


def add_operation(
    files: SpecFiles,
    doc: DocOperation,
    taken_methods: dict[str, set[str]],
    models: dict[str, tuple[DocOperation, dict[str, Any]]],
) -> str:
    """A page without a spec operation becomes one, marked for a person's review."""
    op_id = new_operation_id(doc, files.paths())
    tag = spec_mod.tag_for_path(doc.path)
    part = f"{tag}.yaml"
    words = spec_mod.name_words(op_id)
    platform = (
        "taobao" if "/taobao/" in doc.path else "alibaba" if "/alibaba/" in doc.path else "platform"
    )
    sdk = "_".join(w for w in words if w not in ("taobao", "alibaba")) or op_id.lower()
    used = taken_methods.setdefault(tag, set())
    base, index = sdk, 2
    while sdk in used:
        sdk, index = f"{base}_{index}", index + 1
    used.add(sdk)
    title = doc.page.title or str(doc.page.operation.get("summary") or op_id)
    op: dict[str, Any] = {
        "operationId": op_id,
        "tags": [tag],
        "summary": title,
        "description": (
            f"Doc title: {title}\n\nAdded by docs sync from {page_url(doc.page.url)}; its name, "
            "summary and SDK method await a person's review."
        ),
        "x-pandapon-doc": {
            "menu": f"{platform}/{tag.split('-', 1)[-1]}/{doc.page.page_id or op_id}",
            "confidence": evidence(doc),
            "path": "seen" if doc.generation == "newest" else "legacy",
            "review": True,
        },
        "x-pandapon-retry-safe": spec_mod.retry_safe_by_name(doc.method, doc.path, title),
        "x-pandapon-sdk-method": sdk,
        "security": [spec_mod.security(signed_query=spec_mod.query_signed(doc.path))],
        "responses": {
            "200": {
                "description": "Envelope; `data` as the doc page shows it.",
                "content": {
                    "application/json": {
                        "schema": {"$ref": f"#/schemas/{spec_mod.pascal(op_id)}Response"}
                    }
                },
            }
        },
    }
    op["x-pandapon-doc"] = _record_pages(op["x-pandapon-doc"], [doc], [])
    files.set_schema(
        f"{spec_mod.pascal(op_id)}Response",
        {"allOf": [{"$ref": "#/schemas/Envelope"}, {"type": "object", "properties": {}}]},
        part,
    )
    files.set_path(op_id, doc.path, part)
    files.set_operation(op_id, doc.method, op, part)
    update_operation(files, op_id, [doc], [], models)
    if doc.data is None:  # the page shows no response body: `data` may be anything
        files.set_schema(
            f"{spec_mod.pascal(op_id)}Response",
            {
                "allOf": [
                    {"$ref": "#/schemas/Envelope"},
                    {"type": "object", "properties": {"data": {"description": "Not shown."}}},
                ]
            },
            part,
        )
    return op_id


def referenced_schemas(spec: dict[str, Any]) -> set[str]:
    """Models reachable from the paths and webhooks of a bundled spec."""
    schemas = spec.get("components", {}).get("schemas", {})
    return spec_schema.reachable_schemas([spec.get("paths"), spec.get("webhooks")], schemas)


def flatten_model(node: dict[str, Any], schemas: dict[str, Any]) -> dict[str, Any]:
    """A model's fields, for telling whether two pages describe one model alike."""
    fields = spec_schema.flatten(node, schemas, "model")
    return {
        path: (info.types, info.required, info.schema, info.limits) for path, info in fields.items()
    }


# --- a run's pages into the spec -----------------------------------------------------------


def apply(report: Report, spec_dir: Path, *, regenerate: bool) -> None:
    """Write the pages' facts into the spec and the prose snapshots, lint, then regenerate; on
    any failure (lint, generation, the gate, an exception) every file is put back as it was
    (scripts/docsync/transaction.py)."""

    def write(backup: transaction.Backup) -> Applied:
        applied = write_spec(report, spec_dir)
        applied.files = sorted({*backup.changed(), *write_snapshots(report, spec_dir)})
        return applied

    snapshots = spec_dir / SNAPSHOT_DIR
    outcome = transaction.apply(spec_dir, write, regenerate=regenerate, also=[snapshots])
    report.applied, report.problems = outcome.applied, outcome.problems


def write_spec(report: Report, spec_dir: Path) -> Applied:
    """The pages' facts into the spec files."""
    before = spec_mod.bundle(spec_dir / spec_mod.ENTRY.name)
    files = SpecFiles(spec_dir)
    applied = Applied()
    models: dict[str, tuple[DocOperation, dict[str, Any]]] = {}
    shown = by_operation(report.pages)
    for op_id, pages in shown.items():
        chosen = [p.doc for p in authoritative(pages) if p.doc is not None]
        disagreements = [d for d in report.disagreements if d.operation_id == op_id]
        report.disagreements += update_operation(files, op_id, chosen, disagreements, models)
    taken = _sdk_methods(before)
    for page in report.pages:
        if page.kind == "api" and page.status == "new" and page.doc is not None:
            op_id = add_operation(files, page.doc, taken, models)
            page.operation_id = op_id
            applied.added.append(op_id)
    files.save()
    after = spec_mod.bundle(spec_dir / spec_mod.ENTRY.name)
    orphans = referenced_schemas(before) - referenced_schemas(after)
    for name in sorted(orphans):
        files.remove_schema(name)
        applied.removed_schemas.append(name)
    files.save()
    examples = {
        p.operation_id: (p.doc.body or {}).get("example")
        for p in report.pages
        if p.operation_id and p.doc is not None and p.superseded_by is None
    }
    _fix_examples(files, spec_dir, examples)
    final = spec_mod.bundle(spec_dir / spec_mod.ENTRY.name)
    applied.updated = [op for op in shown if _as_written(before, op) != _as_written(final, op)]
    return applied


def _as_written(spec: dict[str, Any], op_id: str) -> Any:
    """An operation as the spec has it: path, method, the operation and every model it reaches
    (what "updated" means: any of these changed)."""
    schemas = spec.get("components", {}).get("schemas", {})
    for path, method, op in spec_mod.iter_operations(spec):
        if op.get("operationId") == op_id:
            alone = {"paths": {path: {method: op}}, "components": {"schemas": schemas}}
            names = sorted(referenced_schemas(alone))
            return path, method, op, {name: schemas.get(name) for name in names}
    return None


def _fix_examples(files: SpecFiles, spec_dir: Path, examples: dict[str, Any]) -> None:
    """A request example the new schema refuses is replaced by the page's, or dropped."""
    for attempt in ("page", "none"):
        spec = spec_mod.bundle(spec_dir / spec_mod.ENTRY.name)
        ops = {str(op.get("operationId")): op for _, _, op in spec_mod.iter_operations(spec)}
        for op_id, example in examples.items():
            if not list(lint_rules.check_examples(spec, ops[op_id], op_id)):
                continue
            method, op = files.operation(op_id)
            media = next(iter(op["requestBody"]["content"].values()))
            if attempt == "page" and example is not None:
                media["example"] = example
            else:
                media.pop("example", None)
            files.set_operation(op_id, method, op, files.paths()[op_id][1])
        files.save()


def _sdk_methods(spec: dict[str, Any]) -> dict[str, set[str]]:
    taken: dict[str, set[str]] = {}
    for _, _, op in spec_mod.iter_operations(spec):
        tag = (op.get("tags") or ["?"])[0]
        taken.setdefault(tag, set()).add(str(op.get("x-pandapon-sdk-method")))
    return taken
