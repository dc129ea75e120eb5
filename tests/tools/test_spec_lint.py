"""The spec linter catches each kind of rule violation (checked on mutated copies of the spec)."""

import copy
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from scripts import spec as spec_mod
from scripts.checks import rules as lint_rules
from scripts.spec import safe_names

Spec = dict[str, Any]


@pytest.fixture(scope="module")
def pristine() -> Spec:
    return spec_mod.bundle()


def op(spec: Spec, path: str, method: str = "post") -> dict[str, Any]:
    operation: dict[str, Any] = spec["paths"][path][method]
    return operation


def schema(spec: Spec, name: str) -> dict[str, Any]:
    found: dict[str, Any] = spec["components"]["schemas"][name]
    return found


SUBMIT = "/v2/alibaba/refund/goods/return"


def drop_retry_flag(spec: Spec) -> None:
    del op(spec, SUBMIT)["x-pandapon-retry-safe"]


def non_ascii_operation_id(spec: Spec) -> None:
    op(spec, SUBMIT)["operationId"] = "提交退货"


def system_header_as_parameter(spec: Spec) -> None:
    op(spec, SUBMIT)["parameters"] = [
        {"name": "access-key", "in": "header", "required": True, "schema": {"type": "string"}}
    ]


def missing_signature_scheme(spec: Spec) -> None:
    op(spec, SUBMIT)["security"] = [
        {"accessKey": [], "timestamp": [], "nonceStr": [], "userId": []}
    ]


def logistics_without_query_sign(spec: Spec) -> None:
    op(spec, "/v2/open/pp/logistics/itemLogisticsPrice")["security"] = copy.deepcopy(
        op(spec, SUBMIT)["security"]
    )


def required_response_field(spec: Spec) -> None:
    schema(spec, "AlibabaRefundReturnGoodSubmitVO")["required"] = ["success"]


def closed_enum_in_response(spec: Spec) -> None:
    schema(spec, "AlibabaRefundReturnGoodSubmitVO")["properties"]["errorCode"]["enum"] = ["X"]


def non_nullable_response_field(spec: Spec) -> None:
    schema(spec, "AlibabaRefundReturnGoodSubmitVO")["properties"]["success"]["type"] = "boolean"


def response_without_envelope(spec: Spec) -> None:
    schema(spec, "SubmitAlibabaRefundReturnResponse")["allOf"].pop(0)


def invalid_request_example(spec: Spec) -> None:
    media = op(spec, SUBMIT)["requestBody"]["content"]["application/json"]
    media["example"] = {"refundId": "TQ1", "vouchers": ["v"] * 11}


def duplicate_operation_id(spec: Spec) -> None:
    op(spec, "/v2/alibaba/order/cancel")["operationId"] = "submitAlibabaRefundReturn"


def webhook_without_message_types(spec: Spec) -> None:
    del spec["webhooks"]["taobaoOrderPriceModified"]["post"]["x-pandapon-message-types"]


def unknown_confidence(spec: Spec) -> None:
    op(spec, SUBMIT)["x-pandapon-doc"]["confidence"] = "certain"


def unenforceable_request_keyword(spec: Spec) -> None:
    schema(spec, "SubmitAlibabaRefundReturnRequest")["properties"]["refundId"]["pattern"] = "^TQ"


def pagination_field_missing(spec: Spec) -> None:
    op(spec, "/v2/alibaba/product/keywords/query")["x-pandapon-pagination"]["page"] = "pageNum"


def sdk_method_taken_twice(spec: Spec) -> None:
    op(spec, "/v2/alibaba/order/create")["x-pandapon-sdk-method"] = "cancel"


def schema_without_confidence(spec: Spec) -> None:
    del schema(spec, "AlibabaRefundReturnGoodSubmitVO")["x-pandapon-confidence"]


def unknown_money_field(spec: Spec) -> None:
    spec["info"]["x-pandapon-money-fields"].append("priceInMars")


def unknown_own_id_field(spec: Spec) -> None:
    spec["info"]["x-pandapon-own-id-fields"].append("myOrderNumber")


def unmarked_inferred_required(spec: Spec) -> None:
    # getAlibabaHotList is inferred: its required `rankId` is a guess and must say so.
    del schema(spec, "GetAlibabaHotListRequest")["properties"]["rankId"]["x-pandapon-inferred"]


def unmarked_inferred_limit(spec: Spec) -> None:
    prop = schema(spec, "ListAlibabaOrdersRequest")["properties"]["pageSize"]
    prop["x-pandapon-inferred"].remove("minimum")


def unmarked_inferred_query_parameter(spec: Spec) -> None:
    params = op(spec, "/v2/taobao/order/detail", "get")["parameters"]
    del next(p for p in params if p["name"] == "orderId")["x-pandapon-inferred"]


def invented_lower_bound(spec: Spec) -> None:
    # A seen operation, a "must not be empty" no page states.
    schema(spec, "SubmitAlibabaRefundReturnRequest")["properties"]["freightBill"].pop(
        "x-pandapon-inferred"
    )


def stale_inferred_mark(spec: Spec) -> None:
    prop = schema(spec, "SubmitAlibabaRefundReturnRequest")["properties"]["description"]
    prop["x-pandapon-inferred"] = ["maxItems"]


def docs_sync_review_flag(spec: Spec) -> None:
    op(spec, SUBMIT)["x-pandapon-doc"]["review"] = "yes"


def docs_sync_hashes(spec: Spec) -> None:
    op(spec, SUBMIT)["x-pandapon-doc"]["hashes"] = {"api-289121048": "md5:0"}


def two_tags(spec: Spec) -> None:
    op(spec, SUBMIT)["tags"] = ["alibaba-after-sales", "alibaba-order"]


def no_summary(spec: Spec) -> None:
    op(spec, SUBMIT)["summary"] = ""


def description_without_doc_title(spec: Spec) -> None:
    op(spec, SUBMIT)["description"] = "Submits the return."


def sdk_method_not_snake_case(spec: Spec) -> None:
    op(spec, SUBMIT)["x-pandapon-sdk-method"] = "submitReturn"


def no_doc_extension(spec: Spec) -> None:
    del op(spec, SUBMIT)["x-pandapon-doc"]


def doc_menu_missing(spec: Spec) -> None:
    del op(spec, SUBMIT)["x-pandapon-doc"]["menu"]


def doc_path_source_unknown(spec: Spec) -> None:
    op(spec, SUBMIT)["x-pandapon-doc"]["path"] = "guessed"


def doc_pages_not_a_list(spec: Spec) -> None:
    op(spec, SUBMIT)["x-pandapon-doc"]["pages"] = "https://doc-env2.pandapon.com/api-289121048"


def doc_disagreement_without_pages(spec: Spec) -> None:
    op(spec, SUBMIT)["x-pandapon-doc"]["disagreements"] = [{"where": "refundId"}]


def query_signature_as_parameter(spec: Spec) -> None:
    op(spec, "/v2/open/pp/logistics/itemLogisticsPrice")["parameters"] = [
        {"name": "sign", "in": "query", "required": True, "schema": {"type": "string"}}
    ]


def second_response(spec: Spec) -> None:
    op(spec, SUBMIT)["responses"]["500"] = {"description": "Server error"}


def response_schema_misnamed(spec: Spec) -> None:
    media = op(spec, SUBMIT)["responses"]["200"]["content"]["application/json"]
    media["schema"] = {"$ref": "#/components/schemas/CancelAlibabaOrderResponse"}


def envelope_without_data(spec: Spec) -> None:
    schema(spec, "SubmitAlibabaRefundReturnResponse")["allOf"][1]["properties"] = {"x": {}}


def data_not_nullable(spec: Spec) -> None:
    data = {"$ref": "#/components/schemas/AlibabaRefundReturnGoodSubmitVO"}
    schema(spec, "SubmitAlibabaRefundReturnResponse")["allOf"][1]["properties"]["data"] = data


def response_unknown_schema(spec: Spec) -> None:
    props = schema(spec, "AlibabaRefundReturnGoodSubmitVO")["properties"]
    props["detail"] = {"anyOf": [{"$ref": "#/components/schemas/Nowhere"}, {"type": "null"}]}


def date_time_in_response(spec: Spec) -> None:
    props = schema(spec, "AlibabaRefundReturnGoodSubmitVO")["properties"]
    props["errorCode"]["format"] = "date-time"


def closed_response_object(spec: Spec) -> None:
    schema(spec, "AlibabaRefundReturnGoodSubmitVO")["additionalProperties"] = False


def inferred_mark_not_a_rule(spec: Spec) -> None:
    prop = schema(spec, "SubmitAlibabaRefundReturnRequest")["properties"]["refundId"]
    prop["x-pandapon-inferred"] = ["pattern"]


def invented_exclusive_minimum(spec: Spec) -> None:
    prop = schema(spec, "FastCargo")["properties"]["quantity"]
    prop.pop("x-pandapon-inferred")


def pagination_items_missing(spec: Spec) -> None:
    op(spec, "/v2/alibaba/product/keywords/query")["x-pandapon-pagination"]["items"] = ["rows"]


def webhook_not_a_post(spec: Spec) -> None:
    item = spec["webhooks"]["taobaoOrderPriceModified"]
    item["get"] = item.pop("post")


def webhook_without_payload(spec: Spec) -> None:
    post = spec["webhooks"]["taobaoOrderPriceModified"]["post"]
    post["requestBody"]["content"]["application/json"]["schema"] = {"type": "object"}


def webhook_payload_required_field(spec: Spec) -> None:
    post = spec["webhooks"]["taobaoOrderPriceModified"]["post"]
    ref = post["requestBody"]["content"]["application/json"]["schema"]["$ref"]
    schema(spec, ref.rsplit("/", 1)[1])["required"] = ["messageType"]


def resource_not_a_name(spec: Spec) -> None:
    spec["tags"][0]["x-pandapon-resource"] = "Taobao Products"


def non_ascii_schema_name(spec: Spec) -> None:
    spec["components"]["schemas"]["退货"] = {"type": "object", "x-pandapon-confidence": "seen"}


def hostile_parameter_name(spec: Spec) -> None:
    param = {"name": 'web"Site', "in": "query", "required": False, "schema": {"type": "string"}}
    op(spec, SUBMIT)["parameters"] = [param]


def hostile_header_name(spec: Spec) -> None:
    param = {"name": "X Trace\r\nSet-Cookie", "in": "header", "schema": {"type": "string"}}
    op(spec, SUBMIT)["parameters"] = [param]


def hostile_property_name(spec: Spec) -> None:
    props = schema(spec, "AlibabaRefundReturnGoodSubmitVO")["properties"]
    props['x"""; __import__("os")\n'] = {"type": ["string", "null"]}


def nested_hostile_property_name(spec: Spec) -> None:
    props = schema(spec, "AlibabaRefundReturnGoodSubmitVO")["properties"]
    props["nested"] = {"type": ["object", "null"], "properties": {"a-b": {"type": "string"}}}


def _move(spec: Spec, path: str) -> None:
    spec["paths"][path] = spec["paths"].pop(SUBMIT)


def dotdot_path(spec: Spec) -> None:
    _move(spec, "/v2/alibaba/../../admin")


def path_outside_pattern(spec: Spec) -> None:
    _move(spec, "/v2/alibaba/refund goods?x=1")


def path_template_not_a_name(spec: Spec) -> None:
    _move(spec, "/v2/alibaba/{id}}/{a-b}")


CASES: dict[str, tuple[Callable[[Spec], None], str]] = {
    "parameter name": (
        hostile_parameter_name,
        'parameter name "web\\"Site" is outside the safe pattern ^[A-Za-z_][A-Za-z0-9_]*$',
    ),
    "header name": (
        hostile_header_name,
        'header name "X Trace\\r\\nSet-Cookie" is outside the safe pattern',
    ),
    "property name": (
        hostile_property_name,
        'schema AlibabaRefundReturnGoodSubmitVO: property name "x\\"\\"\\"; '
        '__import__(\\"os\\")\\n" is outside the safe pattern',
    ),
    "nested property name": (
        nested_hostile_property_name,
        'schema AlibabaRefundReturnGoodSubmitVO.nested: property name "a-b" is outside',
    ),
    "dotdot path": (dotdot_path, "path \"/v2/alibaba/../../admin\" holds '..'"),
    "path pattern": (path_outside_pattern, "is outside the safe pattern ^/[A-Za-z0-9/_{}.-]+$"),
    "path template": (path_template_not_a_name, "has a template that is not {name}"),
    "two tags": (two_tags, "needs exactly one tag"),
    "summary": (no_summary, "missing summary"),
    "doc title": (description_without_doc_title, "description must start with 'Doc title: "),
    "sdk method name": (sdk_method_not_snake_case, "x-pandapon-sdk-method must be a snake_case"),
    "doc extension": (no_doc_extension, "(submitAlibabaRefundReturn): missing x-pandapon-doc"),
    "doc menu": (doc_menu_missing, "x-pandapon-doc.menu missing"),
    "doc path": (doc_path_source_unknown, "x-pandapon-doc.path must be one of"),
    "doc pages": (doc_pages_not_a_list, "x-pandapon-doc.pages must be a list"),
    "disagreements": (doc_disagreement_without_pages, "x-pandapon-doc.disagreements must list"),
    "sign parameter": (query_signature_as_parameter, "sign is a security scheme, not a parameter"),
    "second response": (second_response, "the only response must be 200"),
    "response name": (
        response_schema_misnamed,
        "200 schema must be #/components/schemas/SubmitAlibabaRefundReturnResponse",
    ),
    "data declared": (envelope_without_data, "SubmitAlibabaRefundReturnResponse must declare"),
    "data nullable": (data_not_nullable, "`data` must be nullable"),
    "unknown schema": (response_unknown_schema, "unknown schema Nowhere"),
    "date-time": (date_time_in_response, "format date-time on a response field"),
    "closed response": (closed_response_object, "additionalProperties false on a response"),
    "inferred mark": (inferred_mark_not_a_rule, "x-pandapon-inferred must list rules out of"),
    "invented exclusive bound": (
        invented_exclusive_minimum,
        "FastCargo.quantity: exclusiveMinimum: 0 is on no doc page",
    ),
    "pagination items": (pagination_items_missing, "pagination items field 'rows' is not a field"),
    "webhook post": (webhook_not_a_post, "webhook taobaoOrderPriceModified: must be a POST"),
    "webhook payload": (webhook_without_payload, "requestBody must refer to a payload schema"),
    "webhook tolerant": (webhook_payload_required_field, "must not require fields"),
    "resource name": (resource_not_a_name, "x-pandapon-resource must be like"),
    "schema name": (
        non_ascii_schema_name,
        'schema name "退货" is outside the safe pattern ^[A-Za-z][A-Za-z0-9_]*$',
    ),
    "inferred required": (
        unmarked_inferred_required,
        "GetAlibabaHotListRequest.rankId: the 'required' rule of an inferred field",
    ),
    "inferred limit": (unmarked_inferred_limit, "pageSize: the 'minimum' rule"),
    "inferred parameter": (
        unmarked_inferred_query_parameter,
        "parameter orderId: the 'required' rule",
    ),
    "invented bound": (invented_lower_bound, "freightBill: minLength: 1 is on no doc page"),
    "stale mark": (stale_inferred_mark, "lists 'maxItems', which this field does not have"),
    "review flag": (docs_sync_review_flag, "x-pandapon-doc.review is `true`"),
    "page hashes": (docs_sync_hashes, "x-pandapon-doc.hashes must map"),
    "retry flag": (drop_retry_flag, "x-pandapon-retry-safe"),
    "ascii id": (
        non_ascii_operation_id,
        'operationId "提交退货" is outside the safe pattern ^[a-z][A-Za-z0-9]*$',
    ),
    "header param": (system_header_as_parameter, "system header access-key"),
    "security": (missing_signature_scheme, "security must require exactly"),
    "query sign": (logistics_without_query_sign, "querySign"),
    "required": (required_response_field, "must not require fields"),
    "enum": (closed_enum_in_response, "closed enum"),
    "nullable": (non_nullable_response_field, "success: response property must be nullable"),
    "envelope": (response_without_envelope, "must be allOf [Envelope"),
    "example": (invalid_request_example, "request example invalid"),
    "duplicate id": (duplicate_operation_id, "used twice"),
    "webhook": (webhook_without_message_types, "x-pandapon-message-types"),
    "confidence": (unknown_confidence, "confidence must be one of"),
    "request keyword": (unenforceable_request_keyword, "may not use 'pattern'"),
    "pagination": (pagination_field_missing, "pagination page field 'pageNum'"),
    "sdk method": (sdk_method_taken_twice, "alibaba.orders.cancel already used"),
    "money": (unknown_money_field, "'priceInMars' is not a property"),
    "own id": (unknown_own_id_field, "x-pandapon-own-id-fields: 'myOrderNumber' is not a property"),
    "schema confidence": (
        schema_without_confidence,
        "AlibabaRefundReturnGoodSubmitVO: x-pandapon-confidence",
    ),
}


@pytest.mark.parametrize("case", sorted(CASES))
def test_violation_is_reported(pristine: Spec, case: str) -> None:
    mutate, expected = CASES[case]
    spec = copy.deepcopy(pristine)
    mutate(spec)
    problems = lint_rules.lint(spec, validate_document=False)
    assert any(expected in p for p in problems), problems


def test_invalid_openapi_document_is_reported(pristine: Spec) -> None:
    spec = copy.deepcopy(pristine)
    op(spec, SUBMIT)["responses"]["200"].pop("description")
    assert any("not a valid OpenAPI document" in p for p in lint_rules.lint(spec))


def test_every_menu_key_is_reported_once_per_operation(pristine: Spec) -> None:
    spec = copy.deepcopy(pristine)
    op(spec, "/v2/alibaba/order/cancel")["x-pandapon-doc"]["menu"] = (
        "1688/after_sales/1688-buyer-submits-refund-information"
    )
    keys = lint_rules.menu_keys(spec)
    assert keys.count("1688/after_sales/1688-buyer-submits-refund-information") == 2


# -- what traffic taught the spec (scripts/evidence_apply.py writes these) --------------------

OBSERVED_WRONG = "x-pandapon-doc.observed must be {date: YYYY-MM-DD, calls: a count >= 1}"


@pytest.mark.parametrize(
    "observed",
    [
        "41 calls",
        {"date": "2026-12-01"},
        {"calls": 41},
        {"date": "2026-12-01", "calls": 41, "by": "evidence"},
        {"date": "2026-12-1", "calls": 41},
        {"date": "on 2026-12-01", "calls": 41},
        {"date": 20261201, "calls": 41},
        {"date": "2026-12-01", "calls": True},
        {"date": "2026-12-01", "calls": "41"},
        {"date": "2026-12-01", "calls": 0},
    ],
)
def test_an_observed_record_of_the_wrong_shape_is_reported(pristine: Spec, observed: Any) -> None:
    spec = copy.deepcopy(pristine)
    op(spec, SUBMIT)["x-pandapon-doc"]["observed"] = observed
    problems = lint_rules.lint(spec, validate_document=False)
    assert problems == [f"POST {SUBMIT} (submitAlibabaRefundReturn): {OBSERVED_WRONG}"]


def test_confidence_observed_needs_its_record(pristine: Spec) -> None:
    spec = copy.deepcopy(pristine)
    doc = op(spec, SUBMIT)["x-pandapon-doc"]
    doc["confidence"] = "observed"
    assert lint_rules.lint(spec, validate_document=False) == [
        f"POST {SUBMIT} (submitAlibabaRefundReturn): confidence observed needs "
        "x-pandapon-doc.observed {date, calls}"
    ]
    doc["observed"] = {"date": "2026-12-01", "calls": 1}  # one answer is enough
    assert lint_rules.lint(spec, validate_document=False) == []
    doc["confidence"] = "seen"  # a record without the confidence is fine too
    assert lint_rules.lint(spec, validate_document=False) == []


@pytest.mark.parametrize(
    "codes", ["4090", [], ["4090"], [True], [4090.0], [5001, 4090], [4090, 4090]]
)
def test_envelope_codes_must_be_a_sorted_list_of_distinct_integers(
    pristine: Spec, codes: Any
) -> None:
    spec = copy.deepcopy(pristine)
    op(spec, SUBMIT)["x-pandapon-envelope-codes"] = codes
    assert lint_rules.lint(spec, validate_document=False) == [
        f"POST {SUBMIT} (submitAlibabaRefundReturn): "
        "x-pandapon-envelope-codes must be a sorted list of distinct integers"
    ]
    op(spec, SUBMIT)["x-pandapon-envelope-codes"] = [-1, 4090, 5001]
    assert lint_rules.lint(spec, validate_document=False) == []


def test_a_response_problem_is_named_by_its_place_in_the_nested_shape(pristine: Spec) -> None:
    spec = copy.deepcopy(pristine)
    props = schema(spec, "AlibabaRefundReturnGoodSubmitVO")["properties"]
    props["lines"] = {
        "type": ["array", "null"],
        "items": {"type": "object", "properties": {"count": {"type": "integer"}}},
    }
    props["extra"] = {
        "anyOf": [
            {"type": "null"},
            {
                "type": "object",
                "properties": {"at": {"type": ["string", "null"], "format": "date"}},
            },
        ]
    }
    props["byId"] = {
        "type": ["object", "null"],
        "additionalProperties": {"type": "object", "required": ["id"]},
    }
    # Tolerant shapes: anything (no shape keyword), a null type, a nullable oneOf.
    props["anything"] = {"description": "Any JSON value."}
    props["nothing"] = {"type": "null"}
    props["either"] = {"oneOf": [{"type": "integer"}, {"type": "null"}]}
    model = "AlibabaRefundReturnGoodSubmitVO"
    # Named from the model, wherever an operation reaches it.
    assert lint_rules.lint(spec, validate_document=False) == [
        f"{model}.lines[].count: response property must be nullable",
        f"{model}.extra/anyOf1.at: format date on a response field (times are free-form strings)",
        f"{model}.byId[]: response schemas must not require fields (['id'])",
    ]


def test_an_unenforced_request_keyword_is_named_wherever_it_hides(pristine: Spec) -> None:
    spec = copy.deepcopy(pristine)
    request = schema(spec, "SubmitAlibabaRefundReturnRequest")
    request["properties"]["marks"] = {
        "type": "array",
        "items": {"type": "string", "pattern": "^M"},
        "x-pandapon-note": "extensions are free",
    }
    request["properties"]["extra"] = {
        "anyOf": [
            {"type": "null"},
            {"type": "object", "properties": {"code": {"type": "string", "uniqueItems": True}}},
        ]
    }
    request["properties"]["byId"] = {
        "type": "object",
        "additionalProperties": {"type": "integer", "multipleOf": 2},
    }
    request["properties"]["both"] = {"allOf": [{"$ref": "#/components/schemas/Encoded"}]}
    spec["components"]["schemas"]["Encoded"] = {"type": "string", "contentEncoding": "base64"}
    # Named from the model it is in (format, descriptions and x- extensions are allowed).
    refused = [p for p in lint_rules.lint(spec, validate_document=False) if "may not use" in p]
    assert refused == [
        f"{at}: request schemas may not use {word!r} (the SDK would not enforce it)"
        for at, word in [
            ("SubmitAlibabaRefundReturnRequest.marks", "pattern"),
            ("SubmitAlibabaRefundReturnRequest.extra.code", "uniqueItems"),
            ("SubmitAlibabaRefundReturnRequest.byId", "multipleOf"),
            ("Encoded", "contentEncoding"),
        ]
    ]


def test_what_awaits_a_person_is_listed_without_failing_the_lint(pristine: Spec) -> None:
    name = f"submitAlibabaRefundReturn (POST {SUBMIT})"
    assert not any(name in line for line in lint_rules.awaiting_review(pristine))
    spec = copy.deepcopy(pristine)
    doc = op(spec, SUBMIT)["x-pandapon-doc"]
    doc["review"] = True
    doc["disagreements"] = [
        {"where": "freightBill", "in": "request", "what": "required", "pages": {"a": 1, "b": 2}},
        {"where": "refundId", "in": "request", "what": "type", "pages": {"a": "x", "b": "y"}},
    ]
    assert [line for line in lint_rules.awaiting_review(spec) if name in line] == [
        f"needs review: {name} was added by docs sync; give it a name, summary and SDK method, "
        "add its menu key to tests/tools/test_spec.py and drop `review`",
        f"pages disagree: {name} freightBill: {{'a': 1, 'b': 2}}",
        f"pages disagree: {name} refundId: {{'a': 'x', 'b': 'y'}}",
    ]
    assert not any("disagree" in p for p in lint_rules.lint(spec, validate_document=False))


def test_menu_keys_cover_the_message_callbacks_after_the_operations(pristine: Spec) -> None:
    keys = lint_rules.menu_keys(pristine)
    operations = [op["x-pandapon-doc"]["menu"] for _, _, op in spec_mod.iter_operations(pristine)]
    callbacks = [item["post"]["x-pandapon-doc"]["menu"] for item in pristine["webhooks"].values()]
    assert len(callbacks) == 6
    assert keys == operations + callbacks
    assert "1688/callback/1688-order-after-sales-refund" in keys


def test_menu_keys_skip_entries_without_a_menu_key_instead_of_failing(pristine: Spec) -> None:
    # The linter reports the missing x-pandapon-doc; the coverage check must still run.
    spec = copy.deepcopy(pristine)
    del op(spec, "/v2/alibaba/order/cancel")["x-pandapon-doc"]
    first, second, *rest = spec["webhooks"]
    del spec["webhooks"][first]["post"]["x-pandapon-doc"]
    spec["webhooks"][second] = {}  # a webhook with no post operation at all
    keys = lint_rules.menu_keys(spec)
    assert len(keys) == len(lint_rules.menu_keys(pristine)) - 3
    assert keys[-len(rest) :] == [
        spec["webhooks"][n]["post"]["x-pandapon-doc"]["menu"] for n in rest
    ]
    del spec["webhooks"]
    assert lint_rules.menu_keys(spec) == keys[: -len(rest)]


# -- retry safety is derived from what an operation does, not trusted ------------------------

BUNDLED = spec_mod.bundle()
WRITES = sorted(
    op["operationId"]
    for _, _, op in spec_mod.iter_operations(BUNDLED)
    if op["x-pandapon-retry-safe"] is False
)
READS = sorted(
    op["operationId"]
    for _, _, op in spec_mod.iter_operations(BUNDLED)
    if op["x-pandapon-retry-safe"] is True
)


def by_id(spec: Spec, operation_id: str) -> dict[str, Any]:
    return next(o for _, _, o in spec_mod.iter_operations(spec) if o["operationId"] == operation_id)


def retry_problems(spec: Spec) -> list[str]:
    return [p for p in lint_rules.lint(spec, validate_document=False) if "retry-safe" in p]


def test_the_spec_has_writes_and_reads_to_check() -> None:
    assert "createAlibabaRefund" in WRITES and "payAlibabaOrder" in WRITES
    assert len(WRITES) >= 20 and len(READS) >= 30


@pytest.mark.parametrize("operation_id", WRITES)
def test_a_write_flagged_retry_safe_fails_the_lint(pristine: Spec, operation_id: str) -> None:
    spec = copy.deepcopy(pristine)
    by_id(spec, operation_id)["x-pandapon-retry-safe"] = True
    problems = retry_problems(spec)
    assert len(problems) == 1, problems
    assert f"({operation_id}): x-pandapon-retry-safe is true" in problems[0]
    assert "writes (never resent)" in problems[0]


def test_every_read_flagged_unsafe_fails_the_lint(pristine: Spec) -> None:
    spec = copy.deepcopy(pristine)
    for operation_id in READS:
        by_id(spec, operation_id)["x-pandapon-retry-safe"] = False
    problems = retry_problems(spec)
    assert sorted(p.split("(", 1)[1].split(")", 1)[0] for p in problems) == READS
    assert all("reads (safe to resend)" in p for p in problems)


def test_a_stated_reason_allows_the_exception_and_nothing_else(pristine: Spec) -> None:
    spec = copy.deepcopy(pristine)
    refund = by_id(spec, "createAlibabaRefund")
    refund["x-pandapon-retry-safe"] = True
    refund["x-pandapon-retry-safe-reason"] = "PandaPon deduplicates refunds by order line."
    assert retry_problems(spec) == []
    refund["x-pandapon-retry-safe-reason"] = "  "
    assert any("must be a sentence" in p for p in retry_problems(spec))
    refund["x-pandapon-retry-safe-reason"] = True
    assert any("must be a sentence" in p for p in retry_problems(spec))
    # A reason on a flag that already agrees with the name is stale.
    refund["x-pandapon-retry-safe"] = False
    refund["x-pandapon-retry-safe-reason"] = "It is a write."
    assert any("explains nothing" in p for p in retry_problems(spec))


def test_a_flag_that_is_not_a_boolean_fails_the_lint(pristine: Spec) -> None:
    spec = copy.deepcopy(pristine)
    by_id(spec, "createAlibabaRefund")["x-pandapon-retry-safe"] = "false"
    assert any("must be true or false" in p for p in retry_problems(spec))


WRITE_WORDS = (
    "create submit pay cancel confirm delete add edit update upload modify save "
    "receivegoods booking"
)
READ_WORDS = "get list query search detail page check trace decrypt preview render estimate"


@pytest.mark.parametrize("word", WRITE_WORDS.split())
def test_write_words_are_never_retry_safe(word: str) -> None:
    # Even as a GET, and even next to a read word: the write wins.
    assert spec_mod.retry_safe_by_name("GET", f"{word}Thing", "Get the thing") is False
    assert spec_mod.retry_safe_by_name("POST", "/v2/thing", f"{word.title()} a thing") is False


@pytest.mark.parametrize("word", READ_WORDS.split())
def test_read_words_are_retry_safe_even_as_a_post(word: str) -> None:
    assert spec_mod.retry_safe_by_name("POST", f"{word}Thing") is True
    assert spec_mod.retry_safe_by_name("POST", f"/v2/thing/{word}") is True


def test_a_computation_is_a_read_even_when_it_says_create() -> None:
    assert spec_mod.retry_safe_by_name("POST", "/v2/alibaba/order/create/preview") is True
    assert spec_mod.retry_safe_by_name("POST", "createThing", "Render the form") is True


def test_without_a_known_verb_the_method_decides() -> None:
    assert spec_mod.retry_safe_by_name("GET", "thingStatus") is True
    assert spec_mod.retry_safe_by_name("POST", "thingStatus") is False


def test_every_name_and_path_the_docs_use_fits_the_safe_patterns(pristine: Spec) -> None:
    """The patterns admit the spec as it is: operationIds, schemas, properties, parameters
    (headers with `-`), paths with templates."""
    assert safe_names.spec_problems(pristine) == []
    params = [p for _, _, o in spec_mod.iter_operations(pristine) for p in o.get("parameters", [])]
    assert {p["in"] for p in params} >= {"path", "query"}
    assert safe_names.parameter_problem({"name": "nonce-str", "in": "header"}) is None
    assert safe_names.path_problem("/v2/alibaba/refund/{refundId}/detail") is None
    assert safe_names.name_problem("property name", "x" * 81) is not None


PARTS = sorted(
    p.name
    for p in (Path(__file__).resolve().parents[2] / "openapi").glob("*.yaml")
    if p.name not in ("pandapon.yaml", "common.yaml")
)


@pytest.mark.parametrize("part", PARTS)
def test_each_part_file_lints_clean_on_its_own(part: str) -> None:
    """A probe: README's "try one part file" command reported 46 problems on a clean checkout,
    every one the money-field list (the whole spec's) naming fields of other parts."""
    spec = spec_mod.bundle(root=lint_rules.part_entry(part))
    assert lint_rules.lint(spec, part=True) == []
    # The whole spec's rules still run on the whole spec.
    assert "money" not in " ".join(lint_rules.lint(spec_mod.bundle(), validate_document=False))


def test_the_readme_command_for_one_part_file_passes() -> None:
    readme = (Path(__file__).resolve().parents[2] / "README.md").read_text(encoding="utf-8")
    line = next(text for text in readme.splitlines() if "scripts.lint_spec --only" in text)
    command = line.split("#", 1)[0].split()
    assert command[:3] == [".venv/bin/python", "-m", "scripts.lint_spec"]
    result = subprocess.run(
        [sys.executable, *command[1:]],
        cwd=Path(__file__).resolve().parents[2],
        capture_output=True,
        text=True,
        timeout=600,
        check=False,
    )
    assert result.returncode == 0, result.stdout + result.stderr
    assert ", 0 problems" in result.stdout and "generator: 4 endpoint modules" in result.stdout
