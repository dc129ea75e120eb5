"""The project's rules for the spec (openapi/README.md), each a check that names what is wrong
(``python -m scripts.lint_spec``, ``make lint-spec``)."""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import Any

from jsonschema import Draft202012Validator
from openapi_spec_validator import validate
from referencing import Registry, Resource
from referencing.jsonschema import DRAFT202012

from pandapon._spec import CONFIDENCES
from pandapon._validation import IGNORED, INFERRED, RULES, SUPPORTED
from scripts import spec as spec_mod
from scripts.spec import safe_names

TAGS = frozenset(
    {
        "taobao-goods",
        "taobao-order",
        "taobao-cart",
        "taobao-after-sales",
        "alibaba-goods",
        "alibaba-cart",
        "alibaba-order",
        "alibaba-after-sales",
        "address",
        "warehouse-logistics",
    }
)
CONFIDENCE = frozenset(CONFIDENCES)  # seen, observed, partial, inferred (pandapon/_spec.py)
_DATE = re.compile(r"^[0-9]{4}-[0-9]{2}-[0-9]{2}$")
PATH_SOURCES = frozenset({"seen", "legacy", "inferred"})
_IDENTIFIER = re.compile(r"^[a-z][a-z0-9_]*$")
_RESOURCE = re.compile(r"^[a-z][a-z0-9_]*(\.[a-z][a-z0-9_]*)?$")


def _schema(spec: dict[str, Any], ref: str) -> Any:
    return spec["components"]["schemas"].get(ref.rsplit("/", 1)[1])


_SHAPE_KEYWORDS = ("type", "$ref", "anyOf", "oneOf", "allOf", "enum", "const")


def _is_nullable(prop: dict[str, Any]) -> bool:
    if not any(key in prop for key in _SHAPE_KEYWORDS):
        return True  # an unconstrained schema accepts any JSON value, null included
    types = prop.get("type")
    if types == "null" or (isinstance(types, list) and "null" in types):
        return True
    for key in ("anyOf", "oneOf"):
        if any(isinstance(v, dict) and v.get("type") == "null" for v in prop.get(key) or []):
            return True
    return False


def _walk_response_schema(
    spec: dict[str, Any], node: Any, where: str, seen: set[str]
) -> Iterator[str]:
    """Yield problems with a schema reachable from a response (responses must be tolerant)."""
    if not isinstance(node, dict):
        return
    if "$ref" in node:
        name = node["$ref"].rsplit("/", 1)[1]
        if name in seen:
            return
        seen.add(name)
        target = _schema(spec, node["$ref"])
        if target is None:
            yield f"{where}: unknown schema {name}"
            return
        yield from _walk_response_schema(spec, target, name, seen)
        return
    yield from _check_tolerant(node, where)
    for name, prop in (node.get("properties") or {}).items():
        if isinstance(prop, dict) and not _is_nullable(prop):
            yield f"{where}.{name}: response property must be nullable"
        yield from _walk_response_schema(spec, prop, f"{where}.{name}", seen)
    for key in ("items", "additionalProperties"):
        if isinstance(node.get(key), dict):
            yield from _walk_response_schema(spec, node[key], f"{where}[]", seen)
    for key in ("allOf", "anyOf", "oneOf"):
        for i, sub in enumerate(node.get(key) or []):
            yield from _walk_response_schema(spec, sub, f"{where}/{key}{i}", seen)


def _check_tolerant(node: dict[str, Any], where: str) -> Iterator[str]:
    """What a response schema must not say, because real payloads drift."""
    if node.get("required"):
        yield f"{where}: response schemas must not require fields ({node['required']})"
    if "enum" in node:
        yield f"{where}: closed enum on a response field (use x-pandapon-known-values)"
    if node.get("format") in ("date-time", "date"):
        yield f"{where}: format {node['format']} on a response field (times are free-form strings)"
    if node.get("additionalProperties") is False:
        yield f"{where}: additionalProperties false on a response schema"


def _check_doc_extension(doc: Any, where: str) -> Iterator[str]:
    if not isinstance(doc, dict):
        yield f"{where}: missing x-pandapon-doc"
        return
    if not isinstance(doc.get("menu"), str):
        yield f"{where}: x-pandapon-doc.menu missing"
    if doc.get("confidence") not in CONFIDENCE:
        yield f"{where}: x-pandapon-doc.confidence must be one of {sorted(CONFIDENCE)}"
    yield from _check_observed(doc, where)
    if "path" in doc and doc["path"] not in PATH_SOURCES:
        yield f"{where}: x-pandapon-doc.path must be one of {sorted(PATH_SOURCES)}"
    pages = doc.get("pages")
    if not isinstance(pages, list) or not all(isinstance(p, str) for p in pages):
        yield f"{where}: x-pandapon-doc.pages must be a list of page urls"
    # Written by docs sync (scripts/docs_sync.py): page hashes, disagreements, review flag.
    hashes = doc.get("hashes", {})
    if not isinstance(hashes, dict) or not all(
        isinstance(v, str) and v.startswith("sha256:") for v in hashes.values()
    ):
        yield f"{where}: x-pandapon-doc.hashes must map page ids to sha256:... hashes"
    disagreements = doc.get("disagreements", [])
    if not isinstance(disagreements, list) or not all(
        isinstance(d, dict) and {"where", "pages"} <= set(d) for d in disagreements
    ):
        yield f"{where}: x-pandapon-doc.disagreements must list {{where, in, what, pages}}"
    if "review" in doc and doc["review"] is not True:
        yield f"{where}: x-pandapon-doc.review is `true` until a person names the operation"


def _check_observed(doc: dict[str, Any], where: str) -> Iterator[str]:
    """``observed: {date, calls}``: when and from how many answers traffic taught the spec
    (scripts/evidence_apply.py writes it); confidence ``observed`` needs it."""
    observed = doc.get("observed")
    if observed is None:
        if doc.get("confidence") == "observed":
            yield f"{where}: confidence observed needs x-pandapon-doc.observed {{date, calls}}"
        return
    calls = observed.get("calls") if isinstance(observed, dict) else None
    if (
        not isinstance(observed, dict)
        or set(observed) != {"date", "calls"}
        or not (isinstance(observed["date"], str) and _DATE.match(observed["date"]))
        or isinstance(calls, bool)
        or not isinstance(calls, int)
        or calls < 1
    ):
        yield (
            f"{where}: x-pandapon-doc.observed must be {{date: YYYY-MM-DD, calls: a count >= 1}}"
        )


def _check_envelope_codes(op: dict[str, Any], where: str) -> Iterator[str]:
    """``x-pandapon-envelope-codes``: envelope codes real answers to the operation carried
    besides ``Envelope.code``'s known values (scripts/evidence_apply.py writes it)."""
    codes = op.get("x-pandapon-envelope-codes")
    if codes is None:
        return
    if (
        not isinstance(codes, list)
        or not codes
        or not all(isinstance(c, int) and not isinstance(c, bool) for c in codes)
        or codes != sorted(set(codes))
    ):
        yield f"{where}: x-pandapon-envelope-codes must be a sorted list of distinct integers"


def _check_identity(op: dict[str, Any], where: str) -> Iterator[str]:
    # The operationId's pattern (and every other name's) is scripts/spec/safe_names.py's.
    tags = op.get("tags") or []
    if len(tags) != 1 or tags[0] not in TAGS:
        yield f"{where}: needs exactly one tag out of {sorted(TAGS)}"
    if not op.get("summary"):
        yield f"{where}: missing summary"
    if not str(op.get("description", "")).startswith("Doc title: "):
        yield f"{where}: description must start with 'Doc title: <menu title>'"
    yield from _check_doc_extension(op.get("x-pandapon-doc"), where)
    if not _IDENTIFIER.match(str(op.get("x-pandapon-sdk-method", ""))):
        yield f"{where}: x-pandapon-sdk-method must be a snake_case Python name"


RETRY_SAFE = "x-pandapon-retry-safe"
RETRY_SAFE_REASON = "x-pandapon-retry-safe-reason"


def check_retry_safety(path: str, method: str, op: dict[str, Any], where: str) -> Iterator[str]:
    """The retry flag is derived from what the operation does, not trusted: it must agree with
    the verbs of its operationId, summary and path (``spec.retry_safe_by_name``), unless
    ``x-pandapon-retry-safe-reason`` says why this operation is the exception."""
    flag = op.get(RETRY_SAFE)
    if not isinstance(flag, bool):
        yield f"{where}: {RETRY_SAFE} must be true or false"
        return
    names = (str(op.get("operationId", "")), str(op.get("summary", "")), path)
    derived = spec_mod.retry_safe_by_name(method, *names)
    reason = op.get(RETRY_SAFE_REASON)
    if reason is not None and (not isinstance(reason, str) or not reason.strip()):
        yield f"{where}: {RETRY_SAFE_REASON} must be a sentence saying why the name misleads"
    elif flag != derived and reason is None:
        does = "reads (safe to resend)" if derived else "writes (never resent)"
        yield (
            f"{where}: {RETRY_SAFE} is {str(flag).lower()}, but by its method and names it "
            f"{does}; fix the flag, or say why in {RETRY_SAFE_REASON}"
        )
    elif flag == derived and reason is not None:
        yield f"{where}: {RETRY_SAFE_REASON} explains nothing (the flag agrees with the name)"


def _check_security(path: str, op: dict[str, Any], where: str) -> Iterator[str]:
    query_signed = spec_mod.query_signed(path)
    wanted = set(spec_mod.security(signed_query=query_signed))
    security = op.get("security")
    if not security or any(set(req) != wanted for req in security):
        yield f"{where}: security must require exactly {sorted(wanted)}"
    for param in op.get("parameters") or []:
        name, location = param.get("name", ""), param.get("in")
        if location == "header" and name.lower() in spec_mod.SYSTEM_HEADERS:
            yield f"{where}: system header {name} declared as a parameter"
        if location == "query" and query_signed and name in ("timestamp", "sign"):
            yield f"{where}: {name} is a security scheme, not a parameter"


def _check_response(spec: dict[str, Any], op: dict[str, Any], where: str) -> Iterator[str]:
    responses = op.get("responses") or {}
    if set(responses) != {"200"}:
        yield f"{where}: the only response must be 200 (the envelope)"
        return
    schema = (responses["200"].get("content") or {}).get("application/json", {}).get("schema", {})
    name = f"{spec_mod.pascal(op.get('operationId', '?'))}Response"
    if schema.get("$ref") != f"#/components/schemas/{name}":
        yield f"{where}: 200 schema must be #/components/schemas/{name}, got {schema}"
        return
    parts = (_schema(spec, schema["$ref"]) or {}).get("allOf") or []
    if not parts or parts[0] != {"$ref": "#/components/schemas/Envelope"}:
        yield f"{where}: {name} must be allOf [Envelope, {{data}}]"
    elif len(parts) != 2 or "data" not in (parts[1].get("properties") or {}):
        yield f"{where}: {name} must declare `data`"
    elif not _is_nullable(parts[1]["properties"]["data"]):
        yield f"{where}: `data` must be nullable"
    yield from _walk_response_schema(spec, schema, f"{name}", set())


def _request_schema_keywords(
    spec: dict[str, Any], node: Any, where: str, seen: set[str]
) -> Iterator[str]:
    """Request schemas may only use keywords the SDK's validator enforces (or descriptive ones)."""
    if isinstance(node, list):
        for item in node:
            yield from _request_schema_keywords(spec, item, where, seen)
        return
    if not isinstance(node, dict):
        return
    if "$ref" in node:
        name = node["$ref"].rsplit("/", 1)[1]
        if name not in seen:
            seen.add(name)
            yield from _request_schema_keywords(spec, _schema(spec, node["$ref"]), name, seen)
        return
    for key, value in node.items():
        if key.startswith("x-"):
            continue
        if key not in SUPPORTED and key not in IGNORED:
            yield f"{where}: request schemas may not use {key!r} (the SDK would not enforce it)"
        if key == "properties":
            for name, prop in value.items():
                yield from _request_schema_keywords(spec, prop, f"{where}.{name}", seen)
        elif key in ("items", "additionalProperties", "anyOf", "oneOf", "allOf"):
            yield from _request_schema_keywords(spec, value, where, seen)


def _check_request_schema(spec: dict[str, Any], op: dict[str, Any], where: str) -> Iterator[str]:
    media = spec_mod.body_media(op)
    yield from _request_schema_keywords(spec, media.get("schema"), where, set())
    for param in op.get("parameters") or []:
        yield from _request_schema_keywords(spec, param.get("schema"), where, set())


def check_examples(spec: dict[str, Any], op: dict[str, Any], where: str) -> Iterator[str]:
    """A request example must be valid against its own schema (the sandbox and docs use them)."""
    media = spec_mod.body_media(op)
    if "example" not in media or "schema" not in media:
        return
    for error in _validator(spec, media["schema"]).iter_errors(media["example"]):
        location = "/".join(str(p) for p in error.absolute_path) or "(body)"
        yield f"{where}: request example invalid at {location}: {error.message}"


def _validator(spec: dict[str, Any], schema: dict[str, Any]) -> Any:
    registry: Registry = Registry().with_resource(
        "urn:pandapon", Resource.from_contents(spec, default_specification=DRAFT202012)
    )
    ref = schema.get("$ref", "")
    return Draft202012Validator({"$ref": f"urn:pandapon{ref}"}, registry=registry)


def _properties(spec: dict[str, Any], node: Any) -> dict[str, Any]:
    """Properties of a schema, following $ref, allOf and the non-null anyOf branches."""
    if not isinstance(node, dict):
        return {}
    if "$ref" in node:
        return _properties(spec, _schema(spec, node["$ref"]))
    found: dict[str, Any] = {}
    for key in ("allOf", "anyOf", "oneOf"):
        for sub in node.get(key) or []:
            found.update(_properties(spec, sub))
    found.update(node.get("properties") or {})
    return found


def _check_pagination(spec: dict[str, Any], op: dict[str, Any], where: str) -> Iterator[str]:
    paging = op.get("x-pandapon-pagination")
    if paging is None:
        return
    media = spec_mod.body_media(op)
    inputs = set(_properties(spec, media.get("schema")))
    inputs |= {p["name"] for p in op.get("parameters") or []}
    for key in ("page", "size"):
        if paging.get(key) not in inputs:
            yield f"{where}: pagination {key} field {paging.get(key)!r} is not a request field"
    schema = op["responses"]["200"]["content"]["application/json"]["schema"]
    data = _properties(spec, schema).get("data", {})
    outputs = set(_properties(spec, data))
    for key in ("items", "total-pages", "total-items"):
        for name in paging.get(key, []):
            if name not in outputs:
                yield f"{where}: pagination {key} field {name!r} is not a field of `data`"


# Lower bounds that no doc page states (the audit found 42): an unmarked one is a guess passed
# off as a fact.
_INVENTED = (("minLength", 1), ("exclusiveMinimum", 0))


def check_request_evidence(spec: dict[str, Any], op: dict[str, Any], where: str) -> Iterator[str]:
    """Every request rule the docs do not state is marked so (``x-pandapon-inferred``): the SDK
    enforces only the others by default."""
    for field in spec_mod.request_fields(spec, op):
        at = f"{where} {field.where}"
        marks = field.node.get(INFERRED, [])
        if not isinstance(marks, list) or not all(m in RULES for m in marks):
            yield f"{at}: {INFERRED} must list rules out of {sorted(RULES)}"
            continue
        rules = field.rules()
        for mark in marks:
            if mark not in rules:
                yield f"{at}: {INFERRED} lists {mark!r}, which this field does not have"
        if field.confidence == "inferred":
            for rule in rules:
                if rule not in marks:
                    yield (
                        f"{at}: the {rule!r} rule of an inferred field must be marked "
                        f"{INFERRED} (the docs do not state it)"
                    )
        for rule, value in _INVENTED:
            if field.node.get(rule) == value and rule not in marks:
                yield f"{at}: {rule}: {value} is on no doc page; mark it in {INFERRED} or drop it"


def check_operation(
    spec: dict[str, Any], path: str, method: str, op: dict[str, Any]
) -> Iterator[str]:
    where = f"{method.upper()} {path} ({op.get('operationId') or 'no operationId'})"
    yield from _check_identity(op, where)
    yield from _check_envelope_codes(op, where)
    yield from check_retry_safety(path, method, op, where)
    yield from _check_security(path, op, where)
    yield from _check_response(spec, op, where)
    yield from _check_request_schema(spec, op, where)
    yield from check_examples(spec, op, where)
    yield from check_request_evidence(spec, op, where)
    yield from _check_pagination(spec, op, where)


def check_webhook(spec: dict[str, Any], name: str, item: dict[str, Any]) -> Iterator[str]:
    op = item.get("post")
    if not isinstance(op, dict):
        yield f"webhook {name}: must be a POST"
        return
    yield from _check_doc_extension(op.get("x-pandapon-doc"), f"webhook {name}")
    if not isinstance(op.get("x-pandapon-message-types"), list):
        yield f"webhook {name}: x-pandapon-message-types must list the message type names"
    body = (op.get("requestBody") or {}).get("content", {}).get("application/json", {})
    ref = body.get("schema", {}).get("$ref")
    if not ref or _schema(spec, ref) is None:
        yield f"webhook {name}: requestBody must refer to a payload schema"
    else:
        yield from _walk_response_schema(spec, body["schema"], f"webhook {name}", set())


def _check_sdk_names(spec: dict[str, Any]) -> Iterator[str]:
    """Each tag names an SDK resource; each (resource, method) pair is unique."""
    resources = {t["name"]: t.get("x-pandapon-resource") for t in spec.get("tags") or []}
    for tag, resource in resources.items():
        if not _RESOURCE.match(str(resource)):
            yield f"tag {tag}: x-pandapon-resource must be like 'alibaba.orders'"
    taken: dict[tuple[str, str], str] = {}
    for _, _, op in spec_mod.iter_operations(spec):
        tag = (op.get("tags") or ["?"])[0]
        key = (str(resources.get(tag)), str(op.get("x-pandapon-sdk-method")))
        if key in taken:
            name = ".".join(key)
            yield f"{op.get('operationId')}: SDK method {name} already used by {taken[key]}"
        taken[key] = str(op.get("operationId"))


def _check_money_fields(spec: dict[str, Any]) -> Iterator[str]:
    """Each name in the (whole spec's) money-field list is a property somewhere."""
    money = spec.get("info", {}).get("x-pandapon-money-fields") or []
    used = {
        name for schema in spec["components"]["schemas"].values() for name in _all_names(schema)
    }
    for name in money:
        if name not in used:
            yield f"x-pandapon-money-fields: {name!r} is not a property anywhere"
    for name in spec.get("info", {}).get("x-pandapon-own-id-fields") or []:
        if name not in used:
            yield f"x-pandapon-own-id-fields: {name!r} is not a property anywhere"


def _all_names(node: Any) -> Iterator[str]:
    if isinstance(node, dict):
        yield from (node.get("properties") or {})
        for value in node.values():
            yield from _all_names(value)
    elif isinstance(node, list):
        for value in node:
            yield from _all_names(value)


def lint(spec: dict[str, Any], *, validate_document: bool = True, part: bool = False) -> list[str]:
    """Every rule violation in a bundled spec (empty when clean).

    ``validate_document=False`` skips the (slow) OpenAPI schema validation and checks only the
    project's own rules. ``part=True``: ``spec`` is one part file bundled alone (``lint_spec
    --only``), so the rules about the whole spec (the money-field list names fields of every
    part) are left to the whole spec's lint.
    """
    # Names and paths first: they become code (scripts/spec/safe_names.py).
    problems: list[str] = safe_names.spec_problems(spec)
    if validate_document:
        try:
            validate(spec)
        except Exception as exc:  # the validator raises several unrelated types
            problems.append(f"not a valid OpenAPI document: {str(exc).splitlines()[0]}")
    seen_ids: dict[str, str] = {}
    for path, method, op in spec_mod.iter_operations(spec):
        problems.extend(check_operation(spec, path, method, op))
        op_id = op.get("operationId", "")
        if op_id in seen_ids:
            problems.append(f"operationId {op_id} used twice ({seen_ids[op_id]} and {path})")
        seen_ids[op_id] = path
    problems.extend(_check_sdk_names(spec))
    if not part:
        problems.extend(_check_money_fields(spec))
    for name, item in (spec.get("webhooks") or {}).items():
        problems.extend(check_webhook(spec, name, item))
    for name, schema in spec["components"]["schemas"].items():
        # Envelope wrappers (<OperationId>Response) carry no fact of their own.
        if not name.endswith("Response") and schema.get("x-pandapon-confidence") not in CONFIDENCE:
            problems.append(
                f"schema {name}: x-pandapon-confidence must say {', '.join(CONFIDENCES)}"
            )
    return problems


def awaiting_review(spec: dict[str, Any]) -> list[str]:
    """What a person still has to decide: operations docs sync added and pages that disagree.
    Listed by every lint run (so by `make test`), without failing it."""
    lines: list[str] = []
    for path, method, op in spec_mod.iter_operations(spec):
        doc = op.get("x-pandapon-doc") or {}
        name = f"{op.get('operationId')} ({method.upper()} {path})"
        if doc.get("review"):
            lines.append(
                f"needs review: {name} was added by docs sync; give it a name, summary and SDK "
                "method, add its menu key to tests/tools/test_spec.py and drop `review`"
            )
        for item in doc.get("disagreements") or []:
            lines.append(f"pages disagree: {name} {item.get('where')}: {item.get('pages')}")
    return lines


def menu_keys(spec: dict[str, Any]) -> list[str]:
    """The menu key of every operation and webhook, in document order (duplicates kept)."""
    keys = [op.get("x-pandapon-doc", {}).get("menu") for _, _, op in spec_mod.iter_operations(spec)]
    keys += [
        item.get("post", {}).get("x-pandapon-doc", {}).get("menu")
        for item in (spec.get("webhooks") or {}).values()
    ]
    return [k for k in keys if isinstance(k, str)]


def part_entry(part: str) -> dict[str, Any]:
    """The entry document reduced to the paths and webhooks that live in one part file."""
    root = dict(spec_mod.load_yaml(spec_mod.ENTRY))

    part_file = spec_mod.SPEC_DIR / part
    doc = spec_mod.load_yaml(part_file) if part_file.exists() else {}

    def keep(item: Any) -> bool:
        # Only the entries of this part that exist already, so a half-written part can be tried.
        file, _, pointer = str(item.get("$ref", "") if isinstance(item, dict) else "").partition(
            "#"
        )
        section, _, key = pointer.strip("/").partition("/")
        return file == part and key in (doc.get(section) or {})

    root["paths"] = {p: v for p, v in (root.get("paths") or {}).items() if keep(v)}
    root["webhooks"] = {p: v for p, v in (root.get("webhooks") or {}).items() if keep(v)}
    return root
