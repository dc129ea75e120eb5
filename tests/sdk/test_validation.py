"""Every keyword the request validator enforces, with a failing and a passing case.

Two halves:

- the validator itself (``pandapon._validation.Validator``) on small schemas, one keyword at a
  time, at its boundary: the last value that passes and the first that fails, with the exact
  message (field path included), and how ``x-pandapon-inferred`` marks split what each
  ``validate`` mode refuses, sends anyway or ignores;
- the same cases on the real spec's request fields, once through the SDK (``strict`` refuses
  before sending; ``docs`` sends a break of an inferred rule and refuses a stated one) and once
  through HTTP to the sandbox, which shares the validator and judges every rule as a server
  would. The spec's request schemas use a subset of the keywords; a test insists that every
  keyword they use has such a case.
"""

from __future__ import annotations

import copy
from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import Any

import pytest

import pandapon
from pandapon import sandbox
from pandapon._spec import document, operations
from pandapon._validation import INFERRED, RULES, SUPPORTED, Validator, integer_or_text
from pandapon.sandbox._synth import Synthesizer
from scripts import spec as spec_mod
from tests.support.fakes import FakePandaPon, SyncSDK, ok

LINE = {
    "type": "object",
    "required": ["sku"],
    "properties": {"sku": {"type": "string"}, "qty": {"type": "integer", "minimum": 1}},
}
VALIDATOR = Validator({"components": {"schemas": {"Line": LINE}}})


@dataclass
class Case:
    keyword: str
    schema: dict[str, Any]
    good: list[Any]
    bad: list[tuple[Any, list[str]]]  # (value, every error it gives)


def case(keyword: str, schema: dict[str, Any], good: list[Any], *bad: tuple[Any, Any]) -> Case:
    return Case(keyword, schema, good, [(v, e if isinstance(e, list) else [e]) for v, e in bad])


NAN, INF = float("nan"), float("inf")
CASES = [
    case("type", {"type": "string"}, ["x", ""], (1, "(body): expected string, got integer")),
    case(
        "type",
        {"type": "integer"},
        [3, -(2**70), 3.0],
        (2.5, "(body): expected integer, got number"),
        (True, "(body): expected integer, got boolean"),
        ("3", "(body): expected integer, got string"),
        (INF, "(body): expected integer, got non-finite number"),
    ),
    case(
        "type",
        {"type": "number"},
        [1, 1.5],
        (True, "(body): expected number, got boolean"),
        (NAN, "(body): expected number, got non-finite number"),
    ),
    case("type", {"type": "boolean"}, [True, False], (0, "(body): expected boolean, got integer")),
    case("type", {"type": "array"}, [[], (1, 2)], ({}, "(body): expected array, got object")),
    case(
        "type",
        {"type": "object"},
        [{}],
        ([], "(body): expected object, got array"),
        (object(), "(body): expected object, got object (not a JSON type)"),
    ),
    case("type", {"type": "null"}, [None], (0, "(body): expected null, got integer")),
    case(
        "type",
        {"type": ["string", "null"]},
        [None, "x"],
        (1, "(body): expected string or null, got integer"),
    ),
    case(
        "enum",
        {"enum": ["a", "b"]},
        ["a", "b"],
        ("c", "(body): must be one of ['a', 'b'], got 'c'"),
    ),
    case("const", {"const": 5}, [5], (6, "(body): must be 5")),
    case(
        "minLength",
        {"minLength": 2},
        ["ab", "张三", 5],  # characters, not bytes; only strings have a length
        ("a", "(body): at least 2 characters (got 1)"),
    ),
    case(
        "maxLength", {"maxLength": 3}, ["abc", ""], ("abcd", "(body): at most 3 characters (got 4)")
    ),
    case("minItems", {"minItems": 1}, [[1], "x"], ([], "(body): at least 1 items (got 0)")),
    case(
        "maxItems",
        {"maxItems": 2},
        [[1, 2], []],
        ([1, 2, 3], "(body): at most 2 items (got 3)"),
        ((1, 2, 3), "(body): at most 2 items (got 3)"),
    ),
    case(
        "minimum",
        {"minimum": 1},
        [1, 1.0, 2, "0"],
        (0, "(body): must be >= 1 (got 0)"),
        (0.999, "(body): must be >= 1 (got 0.999)"),
    ),
    case("maximum", {"maximum": 40}, [40, -1], (41, "(body): must be <= 40 (got 41)")),
    case(
        "exclusiveMinimum",
        {"exclusiveMinimum": 0},
        [0.001, 1],
        (0, "(body): must be > 0 (got 0)"),
        (-1, "(body): must be > 0 (got -1)"),
    ),
    case(
        "exclusiveMaximum",
        {"exclusiveMaximum": 10},
        [9.99, -10],
        (10, "(body): must be < 10 (got 10)"),
    ),
    case(
        "required",
        {"type": "object", "required": ["a"], "properties": {"a": {}}},
        [{"a": None}, {"a": 1, "b": 2}],
        ({}, "a: required field is missing"),
        ({"b": 1}, "a: required field is missing"),
    ),
    case(
        "properties",
        {"properties": {"a": {"type": "integer"}, "n": {"properties": {"b": {"type": "string"}}}}},
        [{"a": 1}, {}, {"z": "anything"}],  # without additionalProperties, extra keys pass
        ({"a": "x"}, "a: expected integer, got string"),
        ({"n": {"b": 1}}, "n.b: expected string, got integer"),
        ({1: "x"}, "(body): keys must be strings, got 1"),
    ),
    case(
        "items",
        {"items": {"type": "integer"}},
        [[1, 2], []],
        (
            [1, "x", 3, None],
            ["[1]: expected integer, got string", "[3]: expected integer, got null"],
        ),
    ),
    case(
        "additionalProperties",
        {"properties": {"a": {}}, "additionalProperties": {"type": "integer"}},
        [{"a": "x", "b": 1}],
        ({"b": "x"}, "b: expected integer, got string"),
    ),
    case(
        "additionalProperties",
        {"properties": {"a": {}}, "additionalProperties": False},
        [{"a": 1}, {}],
        ({"a": 1, "z": 1}, "z: unknown field"),
    ),
    case(
        "anyOf",
        {"anyOf": [{"type": "string", "minLength": 1}, {"type": "array", "minItems": 1}]},
        ["x", [1]],
        ("", "(body): at least 1 characters (got 0)"),  # the first of two equally close
        (5, "(body): expected string, got integer"),
    ),
    case(
        "anyOf",  # the alternative that came closest is the one reported
        {"anyOf": [{"type": "object", "required": ["a", "b"]}, {"required": ["c"]}]},
        [{"a": 1, "b": 2}, {"c": 1}],
        ({}, "c: required field is missing"),
    ),
    case(
        "oneOf",  # alternatives, like anyOf (the spec uses it for "this or that shape")
        {"oneOf": [{"type": "string", "maxLength": 2}, {"type": "integer"}]},
        [1, "ab"],
        ("abc", "(body): at most 2 characters (got 3)"),
    ),
    case(
        "allOf",
        {"allOf": [{"type": "object", "required": ["a"]}, {"required": ["b"]}]},
        [{"a": 1, "b": 2}],
        ({"a": 1}, "b: required field is missing"),
        ({}, ["a: required field is missing", "b: required field is missing"]),
    ),
    case(
        "properties",  # the rules of a nested object name its fields by their whole path
        {
            "properties": {
                "n": {
                    "type": "object",
                    "required": ["x"],
                    "properties": {"x": {}, "m": {"additionalProperties": False}},
                    "additionalProperties": {"type": "integer"},
                }
            }
        },
        [{"n": {"x": 1, "y": 2, "m": {}}}],
        ({"n": {}}, "n.x: required field is missing"),
        ({"n": {"x": 1, "y": "z"}}, "n.y: expected integer, got string"),
        ({"n": {"x": 1, "m": {"q": 1}}}, "n.m.q: unknown field"),
    ),
    case(
        "allOf",  # a part that judges a top-level list names its items by index alone
        {"allOf": [{"type": "array"}, {"items": {"type": "integer"}}]},
        [[1, 2]],
        ([1, "x"], "[1]: expected integer, got string"),
    ),
    case(
        "$ref",
        {"$ref": "#/components/schemas/Line"},
        [{"sku": "x"}, {"sku": "x", "qty": 1}],
        ({"qty": 0}, ["sku: required field is missing", "qty: must be >= 1 (got 0)"]),
    ),
    case(
        "$ref",  # through an array of models: the path names the index and the field
        {"properties": {"lines": {"items": {"$ref": "#/components/schemas/Line"}}}},
        [{"lines": [{"sku": "a"}]}],
        ({"lines": [{"sku": "a"}, {"sku": 1}]}, "lines[1].sku: expected string, got integer"),
    ),
]


def test_every_enforced_keyword_has_a_case() -> None:
    assert {c.keyword for c in CASES} == SUPPORTED
    assert RULES <= SUPPORTED


@pytest.mark.parametrize("index", range(len(CASES)), ids=[c.keyword for c in CASES])
def test_the_keyword_passes_and_fails_at_its_boundary(index: int) -> None:
    item = CASES[index]
    for value in item.good:
        assert VALIDATOR.errors(item.schema, value) == [], value
    for value, expected in item.bad:
        assert [str(e) for e in VALIDATOR.errors(item.schema, value)] == expected, value


def test_a_document_without_components_still_validates_plain_schemas() -> None:
    assert [str(e) for e in Validator({}).errors({"type": "string"}, 1)] == [
        "(body): expected string, got integer"
    ]
    assert Validator({"components": {}}).errors({"minItems": 1}, [1]) == []


def test_what_no_mark_can_excuse_is_refused_in_docs_mode() -> None:
    """Keys that are not strings and unknown fields of a closed object are never guesses."""
    closed = {"properties": {"a": {}}, "additionalProperties": False, INFERRED: list(RULES)}
    refused, sent = VALIDATOR.check(closed, {1: "x", "z": 2}, mode="docs")
    assert sent == []
    assert [str(e) for e in refused] == ["(body): keys must be strings, got 1", "z: unknown field"]


def test_check_names_the_items_of_a_top_level_list_by_index() -> None:
    refused, _ = VALIDATOR.check({"items": {"type": "integer"}}, [1, "x"], mode="strict")
    assert [str(e) for e in refused] == ["[1]: expected integer, got string"]


def test_a_parameter_is_named_by_its_own_name() -> None:
    problems = VALIDATOR.errors({"type": "string", "minLength": 1}, "", "orderId")
    assert [str(p) for p in problems] == ["orderId: at least 1 characters (got 0)"]


def test_enum_and_const_tell_booleans_from_numbers() -> None:
    # JSON Schema tells them apart; Python's == does not.
    assert VALIDATOR.errors({"enum": [1, 2]}, True) != []
    assert VALIDATOR.errors({"const": 0}, False) != []
    assert VALIDATOR.errors({"enum": [True]}, 1) != []
    assert VALIDATOR.errors({"enum": [1, 2]}, 1.0) == []  # the same JSON number
    assert VALIDATOR.errors({"const": [1, {"a": True}]}, [1, {"a": True}]) == []
    assert VALIDATOR.errors({"const": [1, {"a": True}]}, [1, {"a": 1}]) != []


def test_enum_and_const_compare_containers_only_with_containers() -> None:
    # A string is not the one-letter list it spells, and a scalar is no list or object.
    assert VALIDATOR.errors({"const": ["a"]}, "a") != []
    assert VALIDATOR.errors({"enum": [["a", "b"]]}, "ab") != []
    assert VALIDATOR.errors({"const": {"a": 1}}, "a") != []
    assert VALIDATOR.errors({"const": {"a": 1}}, ["a"]) != []
    assert VALIDATOR.errors({"const": [1]}, 1) != []


# -- x-pandapon-inferred: what each mode refuses, sends anyway, or ignores --------------------

#: For each rule: a schema stating it, and a value breaking it.
BREAKS: dict[str, tuple[dict[str, Any], Any]] = {
    "enum": ({"enum": ["a"]}, "b"),
    "const": ({"const": 1}, 2),
    "minLength": ({"minLength": 1}, ""),
    "maxLength": ({"maxLength": 1}, "ab"),
    "minItems": ({"minItems": 1}, []),
    "maxItems": ({"maxItems": 1}, [1, 2]),
    "minimum": ({"minimum": 1}, 0),
    "maximum": ({"maximum": 1}, 2),
    "exclusiveMinimum": ({"exclusiveMinimum": 0}, 0),
    "exclusiveMaximum": ({"exclusiveMaximum": 0}, 0),
}


def broken(rule: str, *, inferred: bool) -> tuple[dict[str, Any], Any]:
    if rule == "required":
        prop: dict[str, Any] = {INFERRED: ["required"]} if inferred else {}
        return {"type": "object", "required": ["a"], "properties": {"a": prop}}, {}
    schema, value = copy.deepcopy(BREAKS[rule])
    return ({**schema, INFERRED: [rule]} if inferred else schema), value


def test_every_rule_can_be_marked_inferred() -> None:
    assert set(BREAKS) | {"required"} == RULES


@pytest.mark.parametrize("rule", sorted(RULES))
def test_an_inferred_rule_is_sent_in_docs_refused_in_strict_ignored_when_off(rule: str) -> None:
    schema, value = broken(rule, inferred=True)
    problems = VALIDATOR.errors(schema, value)  # the sandbox's view: every rule counts
    assert len(problems) == 1
    assert VALIDATOR.check(schema, value, mode="docs") == ([], problems)
    assert VALIDATOR.check(schema, value, mode="strict") == (problems, [])
    assert VALIDATOR.check(schema, value, mode="off") == ([], [])


@pytest.mark.parametrize("rule", sorted(RULES))
def test_a_stated_rule_is_refused_in_docs_and_strict(rule: str) -> None:
    schema, value = broken(rule, inferred=False)
    problems = VALIDATOR.errors(schema, value)
    assert len(problems) == 1
    assert VALIDATOR.check(schema, value, mode="docs") == (problems, [])
    assert VALIDATOR.check(schema, value, mode="strict") == (problems, [])
    assert VALIDATOR.check(schema, value, mode="off") == ([], [])


def test_a_mark_covers_only_the_rule_it_names() -> None:
    schema = {"type": "string", "minLength": 2, "maxLength": 3, INFERRED: ["minLength"]}
    assert [str(e) for e in VALIDATOR.check(schema, "a", mode="docs")[1]] == [
        "(body): at least 2 characters (got 1)"
    ]
    refused, sent = VALIDATOR.check(schema, "abcd", mode="docs")
    assert ([str(e) for e in refused], sent) == (["(body): at most 3 characters (got 4)"], [])
    # A wrong type is never a guess: refused in docs mode whatever the marks say.
    assert len(VALIDATOR.check(schema, 5, mode="docs")[0]) == 1


# -- the same cases on the spec's own request fields: the SDK, and the sandbox over HTTP -------

MISSING = object()
_SYNTH = Synthesizer(document())


@dataclass
class Real:
    keyword: str
    operation_id: str
    where: tuple[str | int, ...]  # into the body; ("?", name) for a query parameter
    good: Any
    bad: Any
    error: str
    inferred: bool  # whether the spec marks the rule as inferred (checked below)
    base: dict[str, Any] = field(default_factory=dict)

    def request(self, value: Any) -> tuple[Any, dict[str, Any] | None]:
        op = operations()[self.operation_id]
        if self.where[0] == "?":
            return None, ({} if value is MISSING else {str(self.where[1]): value})
        body = _SYNTH.value(op.body_schema) if op.body_schema is not None else {}
        body.update(copy.deepcopy(self.base))
        holder = body
        for key in self.where[:-1]:
            holder = holder[key]
        if value is MISSING:
            holder.pop(self.where[-1], None)
        else:
            holder[self.where[-1]] = value
        return body, None


REFUND = "submitAlibabaRefundReturn"
CARGO = {"offerId": 600126245031, "specId": "b266f1f0a0e1f9fe2ea2c8fbc4f5f2e0", "quantity": 1}
REAL = [
    Real("required", REFUND, ("logisticsCompanyNo",), "SF", MISSING,
         "logisticsCompanyNo: required field is missing", inferred=False),
    Real("type", REFUND, ("refundId",), "TQ1", 1234,
         "refundId: expected string, got integer", inferred=False),
    Real("minLength", REFUND, ("description",), "ab", "a",
         "description: at least 2 characters (got 1)", inferred=False),
    Real("maxLength", REFUND, ("description",), "x" * 200, "x" * 201,
         "description: at most 200 characters (got 201)", inferred=False),
    Real("maxItems", REFUND, ("vouchers",), ["v"] * 10, ["v"] * 11,
         "vouchers: at most 10 items (got 11)", inferred=False),
    Real("minimum", "searchTaobaoProducts", ("pageSize",), 1, 0,
         "pageSize: must be >= 1 (got 0)", inferred=False),
    Real("maximum", "searchTaobaoProducts", ("pageSize",), 40, 41,
         "pageSize: must be <= 40 (got 41)", inferred=False),
    Real("items", "batchPreviewAlibabaOrders", ("cargoParamList", 0, "specId"), "abc", 7,
         "cargoParamList[0].specId: expected string or null, got integer", inferred=False,
         base={"cargoParamList": [CARGO]}),
    Real("exclusiveMinimum", "batchPreviewAlibabaOrders", ("cargoParamList", 0, "quantity"),
         0.5, 0, "cargoParamList[0].quantity: must be > 0 (got 0)", inferred=True,
         base={"cargoParamList": [CARGO]}),
    Real("minItems", "batchPreviewAlibabaOrders", ("cargoParamList",), [CARGO], [],
         "cargoParamList: at least 1 items (got 0)", inferred=True),
    Real("anyOf", "createTaobaoOrder", ("orderLineList",), "[]", 5,
         "orderLineList: expected string, got integer", inferred=False),
    Real("required", "getTaobaoOrder", ("?", "orderId"), "1024285237573584051", MISSING,
         "orderId: required query parameter is missing", inferred=True),
    Real("minLength", REFUND, ("freightBill",), "S", "",
         "freightBill: at least 1 characters (got 0)", inferred=True),
]  # fmt: skip
REAL_IDS = [f"{r.keyword}-{r.operation_id}-{r.where[-1]}" for r in REAL]


def test_every_keyword_the_spec_uses_in_requests_has_a_case_over_http() -> None:
    spec = spec_mod.bundle()
    used = {"type"}
    for _, _, op in spec_mod.iter_operations(spec):
        for request_field in spec_mod.request_fields(spec, op):
            used.update(request_field.rules())
            used.update(k for k in ("anyOf", "oneOf", "allOf", "items") if k in request_field.node)
    assert used <= {r.keyword for r in REAL}, used - {r.keyword for r in REAL}


@pytest.mark.parametrize("real", REAL, ids=REAL_IDS)
def test_the_case_is_what_the_spec_says(real: Real) -> None:
    """The row's inferred flag is the spec's (so the mode expectations below are the spec's)."""
    op = operations()[real.operation_id]
    body, params = real.request(real.bad)
    if params is not None:
        inferred = next(p for p in op.parameters if p.name == real.where[1]).required_inferred
    else:
        assert op.body_schema is not None
        refused, guessed = VALIDATOR_REAL.check(op.body_schema, body, mode="docs")
        assert [str(e) for e in refused + guessed] == [real.error]
        inferred = bool(guessed)
    assert inferred is real.inferred


VALIDATOR_REAL = Validator(document())


def sdk_send(mode: str, real: Real, value: Any) -> tuple[FakePandaPon, Exception | None]:
    fake = FakePandaPon(ok(None))
    body, params = real.request(value)
    try:
        SyncSDK(fake, validate=mode).call(real.operation_id, body, params=params)
    except pandapon.RequestValidationError as error:
        return fake, error
    return fake, None


@pytest.mark.parametrize("real", REAL, ids=REAL_IDS)
def test_the_sdk_judges_the_case_by_its_mode(real: Real) -> None:
    fake, error = sdk_send("strict", real, real.good)
    assert error is None and len(fake.requests) == 1
    fake, error = sdk_send("strict", real, real.bad)
    assert isinstance(error, pandapon.RequestValidationError) and fake.requests == []
    assert [str(e) for e in error.errors] == [real.error]
    # docs: a break of an inferred rule is sent (the server decides), a stated one is not.
    fake, error = sdk_send("docs", real, real.bad)
    assert (error is None, len(fake.requests)) == ((True, 1) if real.inferred else (False, 0))


@pytest.mark.parametrize("kind", ["call", "typed method"])
def test_an_inferred_rule_on_a_query_parameter_is_sent_in_docs_mode(kind: str) -> None:
    """getTaobaoProduct's itemId is required (the docs say so) and at least one character long
    (our guess, ``x-pandapon-inferred: [minLength]``): in docs mode an empty itemId is sent and
    the server judges it; in strict mode it is refused before anything is sent."""
    (item_id,) = [p for p in operations()["getTaobaoProduct"].parameters if p.name == "itemId"]
    assert item_id.location == "query" and item_id.required and not item_id.required_inferred

    def send(mode: str) -> FakePandaPon:
        fake = FakePandaPon(ok(None))
        sdk = SyncSDK(fake, validate=mode)
        if kind == "call":
            sdk.call("getTaobaoProduct", None, params={"itemId": ""})
        else:
            sdk.run(lambda c: c.taobao.products.get(item_id=""))
        return fake

    (sent,) = send("docs").requests
    assert sent.url.params["itemId"] == ""
    with pytest.raises(pandapon.RequestValidationError) as caught:
        send("strict")
    assert [str(e) for e in caught.value.errors] == ["itemId: at least 1 characters (got 0)"]


@pytest.fixture(scope="module")
def box() -> Iterator[sandbox.RunningSandbox]:
    with sandbox.running() as running:
        yield running


@pytest.mark.parametrize("real", REAL, ids=REAL_IDS)
def test_the_sandbox_judges_the_same_case_over_http(
    real: Real, box: sandbox.RunningSandbox
) -> None:
    # The request reaches the sandbox: an inferred rule's break is sent in the default mode,
    # a stated rule's only with validation off.
    mode = "docs" if real.inferred else "off"
    with box.client(validate=mode) as client:
        body, params = real.request(real.bad)
        refused = client.call_unchecked(real.operation_id, body, params=params)
        assert (refused.http_status, refused.json["code"]) == (400, 400)
        assert refused.json["msg"] == f"invalid request: {real.error}"
        body, params = real.request(real.good)
        accepted = client.call_unchecked(real.operation_id, body, params=params)
        assert accepted.http_status != 400, accepted.json  # a business answer at most
        assert not str(accepted.json["msg"]).startswith("invalid request"), accepted.json


def test_integer_query_values_are_read_only_from_ascii_digits() -> None:
    # The CLI's --param and the sandbox's query parsing: never a ValueError from int().
    assert [integer_or_text(t) for t in ("7", "-7", "007")] == [7, -7, 7]
    for text in ("--5", "-", "²", "١٢", "1.5", " 7", ""):
        assert integer_or_text(text) == text
