"""The fast response decoders (``pandapon_api.decoders``) build exactly what the generator's own
``from_dict`` builds, and ``pandapon._decode.loads`` reads exactly what ``json.loads`` reads.

Payloads come from the strategies the robustness suite draws from
(tests/support/strategies.py): valid envelopes drawn from each operation's response schema, and
the same with one to three things wrong with them. Equality is attrs' own (class, every field,
``additional_properties``), checked again through ``repr`` and ``to_dict``.
"""

from __future__ import annotations

import importlib
import json
import subprocess
import sys
import tempfile
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from pandapon_api import sdk_metadata
from pandapon_api.decoders import Fallback

from pandapon._decode import loads, response_model
from pandapon._spec import Operation
from scripts import spec as spec_mod
from scripts.benchmarks import measure as bench
from scripts.codegen import decoders, generation, resources
from scripts.spec.generator_adapter import Model, Parsed, Prop
from tests.support.strategies import (
    ANY_JSON,
    OPERATIONS,
    SETTINGS,
    corruptions,
    mutated,
    success_envelopes,
)


def _decoder(op: Operation) -> ModuleType:
    module = sdk_metadata.RESPONSE_MODELS[op.operation_id].partition(":")[0]
    return importlib.import_module(f"pandapon_api.decoders.{module}")


def _outcome(parse: Any, payload: Any) -> tuple[str, Any]:
    try:
        return "model", parse(payload)
    except Exception as error:  # the generated parser raises many kinds on odd payloads
        return "error", (type(error), str(error))


def _assert_equal_models(fast: Any, reference: Any) -> None:
    assert fast == reference
    assert type(fast) is type(reference)
    assert repr(fast) == repr(reference)
    assert fast.to_dict() == reference.to_dict()


def assert_same(op: Operation, payload: Any) -> Any:
    """The decoder's ``from_dict`` and the model's agree on ``payload``, and so does the typed
    path (``from_json``) on its JSON text wherever it takes it; returns the model."""
    reference = _outcome(response_model(op.operation_id).from_dict, payload)
    fast = _outcome(_decoder(op).from_dict, payload)
    assert fast[0] == reference[0], (fast, reference)
    if reference[0] == "model":
        _assert_equal_models(fast[1], reference[1])
    else:
        assert fast[1] == reference[1]
    text = json.dumps(payload, ensure_ascii=False).encode("utf-8", "surrogatepass")
    typed = _outcome(_decoder(op).from_json, text)
    if typed[0] == "model":  # otherwise the SDK goes the dict path, checked above
        reference_from_text = response_model(op.operation_id).from_dict(json.loads(text))
        _assert_equal_models(typed[1], reference_from_text)
    return reference[1]


@pytest.mark.parametrize("op", OPERATIONS, ids=lambda op: op.operation_id)
@settings(SETTINGS, max_examples=10)
@given(data=st.data())
def test_valid_payloads_take_the_fast_path_to_the_same_models(
    op: Operation, data: st.DataObject
) -> None:
    payload = data.draw(success_envelopes(op), label="payload")
    expected = assert_same(op, payload)
    # The spec's own shapes never fall back to the generator's parser.
    assert _decoder(op).decode(payload) == expected


@pytest.mark.parametrize(
    "payload",
    [bench.product_with_skus(3), bench.product_with_skus(40)],
    ids=["3 SKUs", "40 SKUs"],
)
def test_answers_of_the_spec_s_exact_shape_take_the_typed_path(payload: bytes) -> None:
    op = next(o for o in OPERATIONS if o.operation_id == "getAlibabaProduct")
    expected = response_model(op.operation_id).from_dict(json.loads(payload))
    _assert_equal_models(_decoder(op).from_json(payload), expected)


def test_the_typed_path_refuses_what_it_cannot_build_exactly() -> None:
    op = next(o for o in OPERATIONS if o.operation_id == "getAlibabaProduct")
    decode = _decoder(op).from_json
    refused = [
        b'{"code": 200, "data": {"offerId": 1, "extra": true}}',  # a field the spec lacks
        b'{"code": 200, "data": {"productSkuInfos": {"skuId": 1}}}',  # an object for a list
        b'{"code": 200, "data": []}',  # neither the model nor null
        b'{"code": NaN}',
        b'{"code": 200, "msg": "\\ud800"}',
        b"\xef\xbb\xbf{}",
    ]
    for text in refused:
        with pytest.raises((ValueError, TypeError)):
            decode(text)
        if b"NaN" not in text:  # (NaN is not equal to itself)
            assert_same(op, json.loads(text))  # and the dict path agrees with from_dict
    # The last of duplicate keys wins, as with json.loads.
    twice = b'{"code": 500, "code": 200, "data": null, "data": {"offerId": 7}}'
    expected = response_model(op.operation_id).from_dict(json.loads(twice))
    _assert_equal_models(decode(twice), expected)


@pytest.mark.parametrize("op", OPERATIONS, ids=lambda op: op.operation_id)
@settings(SETTINGS, max_examples=25)
@given(data=st.data())
def test_mutated_payloads_give_the_same_models_or_the_same_errors(
    op: Operation, data: st.DataObject
) -> None:
    payload = data.draw(success_envelopes(op), label="payload")
    assert_same(op, data.draw(mutated(payload), label="mutated"))


@settings(SETTINGS, max_examples=200)
@given(op=st.sampled_from(OPERATIONS), value=ANY_JSON)
def test_any_json_value_gives_the_same_model_or_error(op: Operation, value: Any) -> None:
    assert_same(op, value)
    assert_same(op, {"code": 200, "data": value})


def test_nested_shapes_the_spec_does_not_describe_fall_back_alike() -> None:
    op = next(o for o in OPERATIONS if o.operation_id == "getAlibabaProduct")
    sku = {"skuId": 1, "skuAttributes": [{"attributeId": 2}, "not an object"]}
    odd = [
        {"data": {"productSkuInfos": [sku]}},  # an item of a list of models is a string
        {"data": {"productSkuInfos": [["skuId", 1]]}},  # a pair list: dict() takes it
        {"data": {"productSkuInfos": {"skuId": 1}}},  # an object where a list belongs
        {"data": {"productSkuInfos": ""}},
        {"data": []},
        {"data": "", "extra": {"kept": True}},
    ]
    for payload in odd:
        assert_same(op, payload)
    with pytest.raises(Fallback):
        _decoder(op).decode(odd[0])


# -- the JSON reader -------------------------------------------------------------------------

BIG_NUMBERS = st.sampled_from(
    [2**63, -(2**63) - 1, 2**64, 10**30, -(10**30), 1e308, 5e-324, -0.0, 0.1 + 0.2]
)
JSON_VALUES = st.recursive(
    ANY_JSON | BIG_NUMBERS | st.text(),
    lambda inner: st.lists(inner, max_size=4) | st.dictionaries(st.text(), inner, max_size=4),
    max_leaves=20,
)


def _read(parse: Any, content: bytes) -> tuple[str, Any]:
    try:
        value = parse(content)
    except (ValueError, RecursionError) as error:
        return "error", type(error)
    return "value", json.dumps(value)  # compares floats exactly, and NaN alike


@settings(SETTINGS, max_examples=300)
@given(value=JSON_VALUES, ascii_only=st.booleans())
def test_loads_reads_what_json_loads_reads(value: Any, ascii_only: bool) -> None:
    content = json.dumps(value, ensure_ascii=ascii_only).encode("utf-8", "surrogatepass")
    assert _read(loads, content) == _read(json.loads, content)


@settings(SETTINGS, max_examples=150)
@given(corruption=corruptions(), cut=st.integers(0, 64))
def test_loads_fails_where_json_loads_fails(corruption: tuple[int, bytes, Any], cut: int) -> None:
    _, content, _ = corruption
    for body in (content, content[:-cut] if cut else content):
        assert _read(loads, body) == _read(json.loads, body)


@pytest.mark.parametrize(
    "content",
    [
        b'{"a": 1, "a": 2}',
        b'{"code": NaN}',
        b"1e400",
        b'"\\ud800"',
        b"\xef\xbb\xbf{}",
        '{"é": 1}'.encode("utf-16"),
        b"-9223372036854775809",
        b"18446744073709551616",
        b"123456789012345678901234567890",
        b'"\xed\xa0\x80"',
    ],
)
def test_loads_agrees_on_the_edges_of_json(content: bytes) -> None:
    assert _read(loads, content) == _read(json.loads, content)


# -- the generator of the decoders -----------------------------------------------------------


def _prop(name: str, kind: Any, *, model: str | None = None, inner: tuple[Prop, ...] = ()) -> Prop:
    module = model.lower() if model else None
    return Prop(name, name, False, kind, "Any", "Any", "", False, model, module, inner)


def test_shapes_the_planner_does_not_compile_delegate_the_whole_model() -> None:
    a = Model("A", "a", (), None)
    b = Model("B", "b", (), None)
    two_models = _prop(
        "x", "union", inner=(_prop("", "model", model="A"), _prop("", "model", model="B"))
    )
    other = _prop("y", "other")
    parsed = Parsed(
        models={
            "A": a,
            "B": b,
            "Two": Model("Two", "two", (two_models,), None),
            "Odd": Model("Odd", "odd", (other,), None),
            "Fine": Model("Fine", "fine", (_prop("z", "model", model="A"),), _prop("", "any")),
        }
    )
    plans = {plan.model.class_name: plan for plan in decoders.plans(parsed, ["Two", "Odd", "Fine"])}
    assert not plans["Two"].supported
    assert not plans["Odd"].supported
    assert plans["Fine"].supported and plans["Fine"].keeps_extra
    assert plans["Fine"].decoders == {"a": "_a"}


def test_a_union_no_member_of_which_takes_a_value_as_it_is_falls_back_for_anything_else() -> None:
    a = Model("A", "a", (), None)
    item = _prop("", "model", model="A")
    members = (_prop("", "list", inner=(item,)), item)
    strict = Prop("x", "x", True, "union", "Any", "Any", "", False, None, None, members)
    loose = _prop("y", "union", inner=(*members, _prop("", "none")))
    parsed = Parsed(models={"A": a, "M": Model("M", "m", (strict, loose), _prop("", "any"))})
    plan = next(p for p in decoders.plans(parsed, ["M"]) if p.model.class_name == "M")
    strict_lines, loose_lines = (step.lines for step in plan.steps)
    assert strict_lines[-2:] == ["else:", "    raise Fallback"]
    assert "raise Fallback" not in "\n".join(loose_lines)  # None and anything else: as it is
    assert plan.required == ["x"] and plan.args == ["v0", "v1"]


def test_the_committed_decoders_are_what_the_generator_writes_for_the_spec() -> None:
    """The tests above prove generated/'s decoders equal to ``from_dict``; this proves those
    decoders are what scripts/codegen/decoders.py writes for the project's spec, in process
    (``make check-generated`` runs the whole generator in a subprocess): a change to the
    generator's output is seen here without regenerating."""
    spec = spec_mod.bundle()
    view = generation.generator_view(spec)
    with tempfile.TemporaryDirectory() as tmp:
        view_file = Path(tmp) / "generator-view.json"
        view_file.write_text(spec_mod.dumps(view), encoding="utf-8")
        rendered = resources.render(view, view_file, generation._CONFIG)
        written = {k: v for k, v in rendered.items() if k.startswith("decoders/")}
        package = Path(tmp) / "package"
        for name, source in written.items():
            (package / name).parent.mkdir(parents=True, exist_ok=True)
            (package / name).write_text(source, encoding="utf-8")
        ruff = str(Path(sys.executable).parent / "ruff")
        for step in generation._RUFF_STEPS:  # as generation formats them
            subprocess.run([ruff, *step, *written], cwd=package, check=True, capture_output=True)
        committed = generation.TARGET / "decoders"
        assert sorted(written) == sorted(f"decoders/{p.name}" for p in committed.glob("*.py"))
        for name in written:
            assert (package / name).read_text(encoding="utf-8") == (
                generation.TARGET / name
            ).read_text(encoding="utf-8"), name


def test_an_optional_union_of_a_model_and_a_plain_list_keeps_the_list_and_refuses_the_rest() -> (
    None
):
    # from_dict: a dict becomes the model, a list of strings stays as it is, an absent field
    # stays UNSET; for anything else it raises, so the decoder falls back to it.
    a = Model("A", "a", (), None)
    strings = _prop("", "list", inner=(_prop("", "str"),))
    field = _prop("y", "union", inner=(_prop("", "model", model="A"), strings))
    parsed = Parsed(models={"A": a, "M": Model("M", "m", (field,), _prop("", "any"))})
    plan = next(p for p in decoders.plans(parsed, ["M"]) if p.model.class_name == "M")
    assert [step.lines for step in plan.steps] == [
        [
            'v0 = g("y", UNSET)',
            "if isinstance(v0, dict):",
            "    v0 = _a(v0)",
            "elif isinstance(v0, list):",
            "    pass",
            "elif v0 is not UNSET:",
            "    raise Fallback",
        ]
    ]
    assert plan.required == [] and plan.args == ["v0"]
