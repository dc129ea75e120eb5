"""scripts/docpage_to_spec.py: doc page text -> spec YAML, and the page compared with the spec.

The pages under tests/fixtures/docpages/ are written for these tests in the structure of a copied
PandaPon doc page (title, method, path, parameter lists, example, response with schema names).
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
import yaml

from scripts import docpage_to_spec
from scripts import spec as spec_mod
from scripts.checks import rules as lint_rules
from scripts.docsync import docpage as dp

ROOT = Path(__file__).resolve().parents[2]
PAGES = ROOT / "tests" / "fixtures" / "docpages"
MODULE = "scripts.docpage_to_spec"
RETURN_ZH = "return_submit.zh.txt"


@pytest.fixture(scope="module")
def spec() -> dict[str, Any]:
    return spec_mod.bundle()


def page_text(name: str) -> str:
    return (PAGES / name).read_text(encoding="utf-8")


def mutate(text: str, *replacements: tuple[str, str]) -> str:
    for old, new in replacements:
        assert text.count(old) == 1, f"{old!r} must occur exactly once in the page"
        text = text.replace(old, new)
    return text


def run_script(*args: str, stdin: str | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", MODULE, *args],
        capture_output=True,
        text=True,
        cwd=ROOT,
        input=stdin,
        check=False,
        timeout=60,
    )


# --- parsing ---------------------------------------------------------------------------------


def test_types_are_read_as_the_pages_write_them() -> None:
    assert dp.parse_type("array[object (OrderEntryCount)] | null") == dp.TypeRef(
        ("array", "null"), None, dp.TypeRef(("object",), "OrderEntryCount")
    )
    assert dp.parse_type("object (AlibabaPayOrderVO) ") == dp.TypeRef(
        ("object",), "AlibabaPayOrderVO"
    )
    assert dp.parse_type("integer <int64>") == dp.TypeRef(("integer",), format="int64")
    assert dp.parse_type("string  | null ") == dp.TypeRef(("string", "null"))
    assert dp.parse_type("enum<string>") == dp.TypeRef(("string",))
    assert dp.parse_type("退款单号") is None
    assert dp.parse_type("refundId") is None


def test_the_page_is_read_into_the_model() -> None:
    page = dp.parse_page(page_text(RETURN_ZH))
    assert (page.title, page.method, page.path) == (
        "1688 买家提交退货物流信息",
        "post",
        "/v2/alibaba/refund/goods/return",
    )
    assert page.parameters == {}  # the five system headers become security, not parameters
    assert page.body_media_type == "application/json"
    assert [(f.name, f.required) for f in page.body] == [
        ("refundId", True),
        ("logisticsCompanyNo", True),
        ("freightBill", True),
        ("description", False),
        ("vouchers", False),
    ]
    assert page.body[1].description == "承运商代码"  # marker before or after the description
    assert page.body[4].type == dp.TypeRef(("array", "null"), items=dp.TypeRef(("string",)))
    assert [f.name for f in page.response] == ["requestId", "code", "developId", "msg", "data"]
    data = page.response[-1]
    assert data.type.schema == "AlibabaRefundReturnGoodSubmitVO"
    assert [f.name for f in data.children] == ["errorCode", "errorInfo", "success"]
    assert page.request_example["vouchers"] == ["string"]


def test_nested_request_fields_are_read_from_the_example() -> None:
    page = dp.parse_page(page_text("refund_create.zh.txt"))
    names = [f.name for f in page.body]
    assert names[-1] == "orderEntryCountList"
    assert [c.name for c in page.body[-1].children] == ["id", "count"]
    assert page.body[0].type.format == "int64"


MINIMAL_PAGE = """Create lines

POST
/v2/alibaba/lines/create

Body 参数application/json
lines
array[object (Line)] | null
可选
id
integer
必需
count
integer
可选
note
string
可选
示例
{"lines": [], "note": "string"}

返回响应
data
boolean | null
可选
"""


def test_a_container_with_an_empty_example_ends_at_the_next_outer_key() -> None:
    page = dp.parse_page(MINIMAL_PAGE)
    assert [f.name for f in page.body] == ["lines", "note"]
    assert [(c.name, c.required) for c in page.body[0].children] == [("id", True), ("count", False)]
    assert page.response[0].type == dp.TypeRef(("boolean", "null"))


def test_query_parameters_and_value_lines() -> None:
    page = dp.parse_page(page_text("pay_order.en.txt"))
    assert page.method == "get"
    [order_id] = page.parameters["query"]
    assert (order_id.name, order_id.required, order_id.description) == (
        "orderId",
        True,
        "The 1688 order to pay",  # the "Example:" value line is not part of it
    )
    assert page.body == []


def test_english_and_thai_labels_parse_to_the_same_model() -> None:
    chinese = dp.parse_page(page_text(RETURN_ZH))
    assert dp.parse_page(page_text("return_submit.en.txt")) == chinese
    assert dp.parse_page(page_text("return_submit.th.txt")) == chinese


def test_a_page_without_an_endpoint_is_refused() -> None:
    with pytest.raises(dp.PageError, match=r"expected a line with the method \(GET, POST"):
        dp.parse_page("Some title\n\nBody 参数application/json\nrefundId\nstring\n必需\n")


def test_a_field_without_a_required_marker_names_its_line() -> None:
    text = page_text(RETURN_ZH)
    lines = text.splitlines()
    line_no = lines.index("refundId") + 1
    broken = mutate(text, ("退款单编号\n必需\n", "退款单编号\n"))
    with pytest.raises(dp.PageError, match=rf"line {line_no}: field 'refundId' \(body\)"):
        dp.parse_page(broken)


def test_a_page_without_responses_is_refused() -> None:
    text = page_text(RETURN_ZH)
    with pytest.raises(dp.PageError, match="no response section: expected a line '返回响应'"):
        dp.parse_page(text[: text.index("返回响应")])


def test_empty_page_is_refused() -> None:
    with pytest.raises(dp.PageError, match="empty"):
        dp.parse_page("  \n\n")


# --- generating --------------------------------------------------------------------------------


def test_operation_ids_are_derived_from_the_title() -> None:
    page = dp.parse_page(
        mutate(page_text(RETURN_ZH), ("1688 买家提交退货物流信息", "Query return status"))
    )
    assert dp.derive_operation_id(page) == "queryReturnStatus"
    page.title = "1688 Return status"
    assert dp.derive_operation_id(page) == "alibaba1688ReturnStatus"
    page.title = "查询退货状态"
    assert dp.derive_operation_id(page) == "postAlibabaRefundGoodsReturn"


def _walk(node: Any) -> Any:
    if isinstance(node, dict):
        yield node
        for value in node.values():
            yield from _walk(value)
    elif isinstance(node, list):
        for value in node:
            yield from _walk(value)


def _new_operation_page() -> dp.DocPage:
    text = mutate(
        page_text("refund_create.zh.txt"),
        ("1688 创建退款退货申请", "Create return request"),
        ("/v2/alibaba/refund/detail/create\n", "/v2/alibaba/refund/return/create\n"),
    )
    return dp.parse_page(text)


def test_a_new_operation_follows_the_spec_conventions() -> None:
    generated = dp.to_operation(_new_operation_page(), "createReturnRequest")
    op, schemas = generated.operation, generated.schemas
    assert op["x-pandapon-doc"]["confidence"] == "seen"
    assert op["security"] == [spec_mod.security(signed_query=False)]
    assert op["tags"] == ["alibaba-after-sales"]
    body = op["requestBody"]["content"]["application/json"]["schema"]
    assert body == {"$ref": "#/schemas/CreateReturnRequestRequest"}
    assert "orderId" in schemas["CreateReturnRequestRequest"]["required"]
    assert schemas["OrderEntryCount"]["properties"]["count"]["type"] == ["integer", "null"]
    response = op["responses"]["200"]["content"]["application/json"]["schema"]
    assert response == {"$ref": "#/schemas/CreateReturnRequestResponse"}
    envelope, data = schemas["CreateReturnRequestResponse"]["allOf"]
    assert envelope == {"$ref": dp.ENVELOPE_REF}
    assert data["properties"]["data"]["anyOf"][1] == {"type": "null"}
    created = schemas["AlibabaRefundCreateVO"]
    assert created["properties"]["refundId"]["type"] == ["string", "null"]
    for node in _walk([created, schemas["CreateReturnRequestResponse"]]):
        assert "required" not in node  # responses are tolerant


def test_a_generated_operation_passes_the_spec_linter(spec: dict[str, Any]) -> None:
    generated = dp.to_operation(_new_operation_page(), "createReturnRequest")
    # Bundle by hand: part-file refs become component refs, as scripts/spec.py does.
    text = json.dumps([generated.operation, generated.schemas])
    for prefix in ("common.yaml#/schemas/", "#/schemas/"):
        text = text.replace(f'"{prefix}', '"#/components/schemas/')
    operation, schemas = json.loads(text)
    merged = {**spec, "components": {**spec["components"]}}
    merged["components"]["schemas"] = {**spec["components"]["schemas"], **schemas}
    problems = list(lint_rules.check_operation(merged, generated.path, "post", operation))
    assert problems == []


def test_yaml_output_keeps_the_hand_written_parts_of_an_existing_operation() -> None:
    result = run_script(str(PAGES / RETURN_ZH))
    assert result.returncode == 0, result.stderr
    assert result.stdout.startswith("# Paste into openapi/alibaba-after-sales.yaml")
    document = yaml.safe_load(result.stdout)
    op = document["operations"]["submitAlibabaRefundReturn"]["post"]
    assert op["x-pandapon-sdk-method"] == "submit_return"
    assert op["requestBody"]["content"]["application/json"]["example"]["refundId"] == "TQ1234567890"
    assert set(document["schemas"]) == {
        "SubmitAlibabaRefundReturnRequest",
        "AlibabaRefundReturnGoodSubmitVO",
        "SubmitAlibabaRefundReturnResponse",
    }


def test_operation_id_option_names_the_operation(capsys: pytest.CaptureFixture[str]) -> None:
    assert docpage_to_spec.main([str(PAGES / RETURN_ZH), "--operation-id", "returnGoods"]) == 0
    document = yaml.safe_load(capsys.readouterr().out)
    assert list(document["operations"]) == ["returnGoods"]
    assert "ReturnGoodsResponse" in document["schemas"]


# --- comparing with the spec ---------------------------------------------------------------------


@pytest.mark.parametrize("name", sorted(p.name for p in PAGES.glob("*.txt")))
def test_pages_of_operations_in_the_spec_show_no_difference(
    name: str, spec: dict[str, Any]
) -> None:
    assert dp.diff_against_spec(dp.parse_page(page_text(name)), spec) == []


MUTATIONS = [
    (
        "type",
        RETURN_ZH,
        [("freightBill\nstring \n", "freightBill\ninteger \n")],
        ["request.freightBill: type integer on the page, string in the spec"],
    ),
    (
        "nullability",
        RETURN_ZH,
        [("description\nstring  | null \n", "description\nstring \n")],
        ["request.description: type string on the page, string | null in the spec"],
    ),
    (
        "required-flag",
        RETURN_ZH,
        [("string  | null \n可选\n退货备注", "string  | null \n必需\n退货备注")],
        ["request.description: required on the page, optional in the spec"],
    ),
    (
        "removed-field",
        RETURN_ZH,
        [
            ("vouchers\narray[string] | null \n可选\n凭证图片地址列表\n", ""),
            (',\n    "vouchers": [\n        "string"\n    ]', ""),
        ],
        ["request.vouchers: in the spec (array[string] | null, optional), not on the page"],
    ),
    (
        "new-field",
        RETURN_ZH,
        [
            (
                "凭证图片地址列表\n",
                "凭证图片地址列表\nreturnReason\nstring  | null \n可选\n退货原因\n",
            )
        ],
        ["request.returnReason: on the page (string | null, optional), not in the spec"],
    ),
    (
        "removed-response-field",
        RETURN_ZH,
        [("errorInfo\nstring  | null \n失败原因\n可选\n", ""), ('    "errorInfo": "",\n', "")],
        ["response.data.errorInfo: in the spec (string | null), not on the page"],
    ),
    (
        "response-type",
        RETURN_ZH,
        [("success\nboolean  | null", "success\nstring  | null")],
        ["response.data.success: type string | null on the page, boolean | null in the spec"],
    ),
    (
        "schema-name",
        RETURN_ZH,
        [("object (AlibabaRefundReturnGoodSubmitVO)", "object (AlibabaRefundReturnResultVO)")],
        [
            "response.data: schema AlibabaRefundReturnResultVO on the page, "
            "AlibabaRefundReturnGoodSubmitVO in the spec"
        ],
    ),
    (
        "method",
        RETURN_ZH,
        [("\nPOST\n/v2/", "\nPUT\n/v2/")],
        ["method: PUT on the page, POST in the spec"],
    ),
    (
        "envelope-field",
        RETURN_ZH,
        [("developId\ninteger \n开发者编号\n可选\n", "")],
        ["response.developId: in the spec's Envelope, not on the page"],
    ),
    (
        "nested-type",
        "refund_create.zh.txt",
        [("count\ninteger  | null", "count\nstring  | null")],
        [
            "request.orderEntryCountList[].count: type string | null on the page, "
            "integer | null in the spec"
        ],
    ),
    (
        "nested-new-field",
        "refund_create.zh.txt",
        [
            ("可选\n数量\n", "可选\n数量\nsku\nstring \n必需\n规格\n"),
            ('"count": 0\n', '"count": 0,\n            "sku": ""\n'),
        ],
        ["request.orderEntryCountList[].sku: on the page (string, required), not in the spec"],
    ),
    (
        "query-parameter",
        "pay_order.en.txt",
        [("Required\nThe 1688 order to pay", "Optional\nThe 1688 order to pay")],
        ["query.orderId: optional on the page, required in the spec"],
    ),
    (
        "legacy-path-is-the-same-operation",
        RETURN_ZH,
        [("\n/v2/alibaba/refund/goods/return\n", "\n/alibaba/refund/goods/return\n")],
        [],
    ),
]


@pytest.mark.parametrize(
    ("name", "replacements", "expected"),
    [m[1:] for m in MUTATIONS],
    ids=[m[0] for m in MUTATIONS],
)
def test_one_changed_field_is_reported_precisely(
    name: str, replacements: list[tuple[str, str]], expected: list[str], spec: dict[str, Any]
) -> None:
    page = dp.parse_page(mutate(page_text(name), *replacements))
    assert dp.diff_against_spec(page, spec) == expected


def test_a_moved_path_is_found_by_operation_id(spec: dict[str, Any]) -> None:
    text = mutate(page_text(RETURN_ZH), ("/goods/return\n\n请求参数", "/goods/submit\n\n请求参数"))
    page = dp.parse_page(text)
    assert dp.diff_against_spec(page, spec) == [
        "POST /v2/alibaba/refund/goods/submit: not in the spec (a new operation)"
    ]
    assert dp.diff_against_spec(page, spec, "submitAlibabaRefundReturn") == [
        "path: /v2/alibaba/refund/goods/submit on the page, "
        "/v2/alibaba/refund/goods/return in the spec"
    ]


def test_the_path_as_written_is_matched_before_its_v2_form() -> None:
    """Same order as docs_sync (doc_compare.find_endpoint), not the spec's document order."""
    spec = {
        "paths": {
            "/v2/open/x": {"get": {"operationId": "newest"}},
            "/open/x": {"get": {"operationId": "legacy"}, "post": {"operationId": "legacyPost"}},
        }
    }
    page = dp.DocPage(title="X", method="get", path="/open/x")
    found = dp.find_operation(page, spec)
    assert found is not None and found.operation["operationId"] == "legacy"
    other = dp.DocPage(title="X", method="delete", path="/open/x")
    found = dp.find_operation(other, spec)
    assert found is not None and found.operation["operationId"] == "legacy"  # path only
    found = dp.find_operation(other, spec, "newest")
    assert found is not None and found.operation["operationId"] == "newest"


# --- the command line --------------------------------------------------------------------------


def test_diff_subprocess_no_difference() -> None:
    result = run_script(str(PAGES / RETURN_ZH), "--diff")
    assert result.returncode == 0, result.stderr
    assert result.stdout.splitlines()[-1] == "no difference"


def test_diff_subprocess_lists_differences_and_exits_1(tmp_path: Path) -> None:
    page = tmp_path / "page.txt"
    page.write_text(
        mutate(page_text(RETURN_ZH), ("freightBill\nstring \n", "freightBill\ninteger \n"))
    )
    result = run_script(str(page), "--diff")
    assert result.returncode == 1
    assert "1 difference:\n  - request.freightBill: type integer on the page" in result.stdout


def test_page_from_stdin() -> None:
    result = run_script("-", "--diff", stdin=page_text("return_submit.th.txt"))
    assert result.returncode == 0, result.stderr
    assert "no difference" in result.stdout


def test_bad_input_exits_2(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert docpage_to_spec.main([str(tmp_path / "nope.txt"), "--diff"]) == 2
    assert "nope.txt: no such file" in capsys.readouterr().err
    page = tmp_path / "menu-only.txt"
    page.write_text("PandaPon OpenAPI\n  • 1688\n    • 售后\n", encoding="utf-8")
    assert docpage_to_spec.main([str(page)]) == 2
    assert "no endpoint found" in capsys.readouterr().err
    result = run_script(str(PAGES / RETURN_ZH), "--diff", "--spec", str(tmp_path / "missing"))
    assert result.returncode == 2
    assert "cannot read the spec" in result.stderr
