"""Hostile strings pushed through every template, on a temporary copy of the spec.

Every text slot a doc page can fill (operation summaries and descriptions, tag, model, field,
parameter and response descriptions, examples, enum values, known values, the API's title and
description) gets a string of tests/support/hostile_text.py: every quote style, triple
quotes, backslashes, newlines, NUL, U+2028, ``{{``/``{%``, ``</script>``. The package generated
from it passes the code gate, imports, answers calls and holds each text as exactly that text,
and no payload runs. Names are the lint's: each kind of name holding a hostile string is
refused, quoted escaped; and even past the lint (names pushed through generation as well), the
generated package passes the gate and runs nothing.
"""

from __future__ import annotations

import copy
import itertools
import json
import os
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from scripts import spec as spec_mod
from scripts.checks import rules as lint_rules
from scripts.codegen import gate as code_gate
from scripts.codegen import generation
from scripts.spec.pyliteral import literal
from tests.support.hostile_text import MARKER_VARIABLE, TEXTS, breakouts

# Generation and gates on a hostile copy of the spec: up to 8 s on a quiet machine, 45 s under load.
pytestmark = pytest.mark.timeout(600)

ROOT = Path(__file__).resolve().parents[2]
SPEC = spec_mod.bundle()
#: Every text a spec file can hold: not the empty one (no case of its own), not a lone
#: surrogate (no UTF-8 file holds one; a page's YAML escape of one makes that page unparsable).
CORPUS = [t for t in TEXTS if t and not any(0xD800 <= ord(c) <= 0xDFFF for c in t)]
ENUM_MODEL, ENUM_FIELD = "CancelAlibabaOrderRequest", "cancelReason"


def _texts() -> Iterator[str]:
    return itertools.cycle(CORPUS)


def _strings(node: Any, texts: Iterator[str]) -> Any:
    """Every string value of an example replaced by a hostile text (the shape kept)."""
    if isinstance(node, dict):
        return {k: _strings(v, texts) for k, v in node.items()}
    if isinstance(node, list):
        return [_strings(v, texts) for v in node]
    return next(texts) if isinstance(node, str) else node


def hostile_texts(spec: dict[str, Any]) -> dict[str, Any]:
    """The spec with every text slot holding a hostile string (each string in many slots)."""
    spec = copy.deepcopy(spec)
    texts = _texts()
    spec["info"]["title"], spec["info"]["description"] = next(texts), next(texts)
    for tag in spec["tags"]:
        tag["description"] = next(texts)
    for _, _, op in spec_mod.iter_operations(spec):
        op["summary"] = next(texts)
        op["description"] = "Doc title: " + next(texts)
        for param in op.get("parameters") or []:
            param["description"] = next(texts)
            param["example"] = next(texts)
        media = spec_mod.body_media(op)
        if "example" in media:
            media["example"] = _strings(media["example"], texts)
    for schema in spec["components"]["schemas"].values():
        schema["description"] = next(texts)  # (a page never sets a title: class names come of it)
        for prop in (schema.get("properties") or {}).values():
            prop["description"] = next(texts)
            if "x-pandapon-known-values" in prop:
                prop["x-pandapon-known-values"] = [next(texts), next(texts)]
        for member in schema.get("allOf") or []:
            for prop in (member.get("properties") or {}).values():
                prop["description"] = next(texts)
    # A closed enum of hostile values on a request field (the generator writes an Enum class).
    field = spec["components"]["schemas"][ENUM_MODEL]["properties"][ENUM_FIELD]
    field["type"] = "string"
    field["enum"] = [f"v{i} {text}" for i, text in enumerate(breakouts())]
    spec["components"]["schemas"][ENUM_MODEL]["example"] = {"hostile": next(texts)}
    return spec


def hostile_names(spec: dict[str, Any]) -> dict[str, Any]:
    """The spec with hostile property and query parameter names (what the lint refuses)."""
    spec = copy.deepcopy(spec)
    names = iter(breakouts())
    for name in ("AlibabaRefundReturnGoodSubmitVO", "FastAdress"):
        props = spec["components"]["schemas"][name]["properties"]
        props[next(names)] = {"type": ["string", "null"], "description": "a hostile name"}
    for _, _, op in spec_mod.iter_operations(spec):
        for param in op.get("parameters") or []:
            if param["in"] == "query":
                param["name"] = f"p {next(names, 'x')}"
    return spec


@pytest.fixture(scope="module")
def texts_package(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, dict[str, Any]]:
    spec = hostile_texts(SPEC)
    package = generation.run_generator(spec, tmp_path_factory.mktemp("texts"))
    return package, spec


def _python(package: Path, code: str, marker: Path, *args: str) -> subprocess.CompletedProcess[str]:
    """Run ``code`` with the generated ``package`` first on the path and the marker armed."""
    env = {k: v for k, v in os.environ.items() if not k.startswith("COVERAGE")}
    env["PYTHONPATH"] = os.pathsep.join([str(package.parent), str(ROOT)])
    env[MARKER_VARIABLE] = str(marker)
    env["PYTHONDONTWRITEBYTECODE"] = "1"
    return subprocess.run(
        [sys.executable, "-c", code, *args],
        env=env,
        capture_output=True,
        text=True,
        timeout=300,
        check=False,
    )


def test_every_text_slot_holds_a_hostile_string() -> None:
    spec = hostile_texts(SPEC)
    seen = json.dumps(spec, ensure_ascii=False)
    for text in CORPUS:
        assert json.dumps(text, ensure_ascii=False)[1:-1] in seen


def test_the_package_generated_from_hostile_texts_passes_the_gate(
    texts_package: tuple[Path, dict[str, Any]],
) -> None:
    package, _ = texts_package
    assert code_gate.check_tree(package) == []


# Imports every module of the package, calls typed methods against a loopback server, and
# prints what the texts became: docstrings, enum values, the package's docstring.
_EXERCISE = """
import importlib, json, pkgutil, sys
import pandapon, pandapon_api
from tests.support.hostile import HostileServer

for info in pkgutil.walk_packages(pandapon_api.__path__, "pandapon_api."):
    importlib.import_module(info.name)
from pandapon_api import resources, raw_resources
from pandapon_api.models import cancel_alibaba_order_request_cancel_reason as enum_module

enum = next(
    v for v in vars(enum_module).values()
    if isinstance(v, type) and v.__module__ == enum_module.__name__
)
reason = next(m for m in enum if m.value.startswith("v0 "))
with HostileServer() as server, pandapon.PandaPon("k", "s", "u", base_url=server.url) as client:
    client.alibaba.orders.cancel(web_site="1688", order_id=1, cancel_reason=reason)
    client.alibaba.products.get_category(category_id=1)
    calls = len(server.requests)
    sent = json.loads(server.requests[0].body)["cancelReason"]
docs = {
    name: getattr(getattr(resources, cls), name).__doc__
    for cls, name in [("AlibabaOrders", "cancel"), ("AsyncTaobaoProducts", "get")]
}
print(json.dumps({
    "calls": calls,
    "sent": sent,
    "docs": docs,
    "raw": raw_resources.RawAlibabaOrders.cancel.__doc__,
    "enum": sorted(str(m.value) for m in enum),
    "package": pandapon_api.__doc__,
    "class": resources.AlibabaOrders.__doc__,
}))
"""


def test_the_package_imports_answers_calls_and_keeps_each_text_as_text(
    texts_package: tuple[Path, dict[str, Any]], tmp_path: Path
) -> None:
    package, spec = texts_package
    marker = tmp_path / "ran"
    result = _python(package, _EXERCISE, marker)
    assert result.returncode == 0, result.stdout[-2000:] + result.stderr[-4000:]
    assert not marker.exists(), "a payload ran"
    out = json.loads(result.stdout.strip().splitlines()[-1])
    assert out["calls"] == 2
    assert out["sent"] == "v0 " + breakouts()[0]  # the enum value went out exactly as written
    ops = {op["operationId"]: op for _, _, op in spec_mod.iter_operations(spec)}
    for op_id, name in (("cancelAlibabaOrder", "cancel"), ("getTaobaoProduct", "get")):
        summary = str(ops[op_id]["summary"]).rstrip(".")
        assert out["docs"][name].startswith(summary + ".\n"), (op_id, out["docs"][name][:200])
    assert out["raw"].startswith(str(ops["cancelAlibabaOrder"]["summary"]).rstrip("."))
    tags = {t["x-pandapon-resource"]: t["description"] for t in spec["tags"]}
    assert out["class"] == tags["alibaba.orders"]
    # The generator drops control characters and line separators from enum values (its
    # in_double_quote_literal); every other character arrives.
    wanted = spec["components"]["schemas"][ENUM_MODEL]["properties"][ENUM_FIELD]["enum"]
    dropped = {chr(c) for c in range(32) if chr(c) not in "\t\b\f"} | {"\x7f", "\u2028", "\u2029"}
    assert out["enum"] == sorted("".join(c for c in v if c not in dropped) for v in wanted)


_KINDS = ("operationId", "parameter name", "header name", "property name", "schema name", "path")


def _with_name(spec: dict[str, Any], kind: str, text: str) -> dict[str, Any]:
    spec = copy.deepcopy(spec)
    path = "/v2/alibaba/order/cancel"
    op = spec["paths"][path]["post"]
    if kind == "operationId":
        op["operationId"] = text
    elif kind in ("parameter name", "header name"):
        where = "header" if kind == "header name" else "query"
        op["parameters"] = [{"name": text, "in": where, "schema": {"type": "string"}}]
    elif kind == "property name":
        props = spec["components"]["schemas"][ENUM_MODEL]["properties"]
        props[text] = {"type": "string"}
    elif kind == "schema name":
        spec["components"]["schemas"][text] = {"type": "object"}
    else:
        spec["paths"][f"/v2/{text}"] = spec["paths"].pop(path)
    return spec


@pytest.mark.parametrize("kind", _KINDS)
@pytest.mark.parametrize("text", breakouts(), ids=range(len(breakouts())))
def test_the_lint_refuses_every_hostile_name_quoting_it_escaped(kind: str, text: str) -> None:
    problems = lint_rules.lint(_with_name(SPEC, kind, text), validate_document=False)
    quoted = literal(text if kind != "path" else f"/v2/{text}")
    found = [p for p in problems if quoted in p]
    assert found, problems
    assert all(p.isprintable() for p in found)


def test_hostile_names_past_the_lint_still_make_only_safe_code(tmp_path: Path) -> None:
    """Defence in depth: names the lint would refuse, generated anyway (the generator makes
    Python names of them, and our templates write the wire names as literals)."""
    spec = hostile_names(hostile_texts(SPEC))
    assert lint_rules.lint(spec, validate_document=False)  # the lint does refuse it
    (tmp_path / "gen").mkdir()
    package = generation.run_generator(spec, tmp_path / "gen")
    assert code_gate.check_tree(package) == []
    marker = tmp_path / "ran"
    # Every module is imported (msgspec itself refuses a field renamed to such a name, so a
    # decoder holding one fails to import: with an error, never by running it).
    code = (
        "import importlib, pkgutil, pandapon_api\n"
        "failed = []\n"
        "for info in pkgutil.walk_packages(pandapon_api.__path__, 'pandapon_api.'):\n"
        "    try:\n"
        "        importlib.import_module(info.name)\n"
        "    except ValueError as exc:\n"
        "        failed.append(info.name)\n"
        "from pandapon_api.models.fast_adress import FastAdress\n"
        "import json, sys\n"
        "known = FastAdress.from_dict({sys.argv[1]: 'v'}).to_dict() == {sys.argv[1]: 'v'}\n"
        "print(json.dumps([failed, known]))\n"
    )
    result = _python(package, code, marker, breakouts()[1])
    assert result.returncode == 0, result.stderr[-3000:]
    assert not marker.exists()
    failed, known = json.loads(result.stdout.strip().splitlines()[-1])
    assert "pandapon_api.decoders.alibaba_refund_return_good_submit_vo" in failed
    assert known  # the wire name, written as a literal, is exactly the spec's, both ways
