"""The client through its public surface, sync and async, against a scripted PandaPon."""

from __future__ import annotations

import contextlib
import email.utils
import json
import logging
import re
import subprocess
import sys
import time
from decimal import Decimal
from pathlib import Path
from typing import Any

import httpx
import pytest
from pandapon_api.api.alibaba_after_sales import submit_alibaba_refund_return
from pandapon_api.models import (
    AlibabaRefundReturnGoodSubmitVO,
    FastAdress,
    FastCargo,
    SubmitAlibabaRefundReturnRequest,
)

import pandapon
from pandapon._evidence_report import export
from pandapon._shape import forget_warnings
from tests.support.fakes import KEY, SECRET, USER, AsyncSDK, FakePandaPon, SyncSDK, envelope, ok

SDKS = [SyncSDK, AsyncSDK]


@pytest.fixture(params=SDKS, ids=lambda c: c.kind)
def sdk_class(request: pytest.FixtureRequest) -> type[SyncSDK]:
    cls: type[SyncSDK] = request.param
    return cls


SUBMIT = {"refundId": "TQ1234567890", "logisticsCompanyNo": "SF", "freightBill": "SF1234"}


# -- success ---------------------------------------------------------------------------------


def test_call_returns_data_as_the_generated_model(sdk_class: type[SyncSDK]) -> None:
    fake = FakePandaPon(ok({"success": True, "errorCode": None, "surprise": 1}))
    data = sdk_class(fake).call("submitAlibabaRefundReturn", SUBMIT)
    assert isinstance(data, AlibabaRefundReturnGoodSubmitVO)
    assert data.success is True
    assert data.additional_properties == {"surprise": 1}  # unknown fields are kept
    request = fake.requests[0]
    assert request.method == "POST"
    assert request.url == "https://api.pandapon.com/v2/alibaba/refund/goods/return"
    assert fake.body() == SUBMIT


def test_typed_resource_method_builds_the_body(sdk_class: type[SyncSDK]) -> None:
    fake = FakePandaPon(ok(True))
    result = sdk_class(fake).run(
        lambda c: c.alibaba.orders.cancel(web_site="1688", order_id=2542285634920880794)
    )
    assert result is True
    # An order id beyond 2**53 goes out exactly.
    assert b'"orderId":2542285634920880794' in fake.requests[0].content
    assert fake.body() == {"webSite": "1688", "orderId": 2542285634920880794}


def test_nested_models_and_plain_values(sdk_class: type[SyncSDK]) -> None:
    fake = FakePandaPon(ok({"orderPreviewResuslt": [{"sumPayment": 6400}], "success": True}))
    preview = sdk_class(fake).run(
        lambda c: c.alibaba.orders.preview(
            address_param=FastAdress(full_name="张三", mobile="18600888861", city_text="杭州市"),
            cargo_param_list=[FastCargo(offer_map_id="L0PTnwSnx_dWNZWCtgK7Gg", quantity=2)],
        )
    )
    assert preview.order_preview_resuslt[0].sum_payment == 6400
    assert fake.body() == {
        "addressParam": {"fullName": "张三", "mobile": "18600888861", "cityText": "杭州市"},
        "cargoParamList": [{"offerMapId": "L0PTnwSnx_dWNZWCtgK7Gg", "quantity": 2}],
    }


def test_plain_string_and_boolean_data(sdk_class: type[SyncSDK]) -> None:
    fake = FakePandaPon(ok("https://distributor.taobao.global/apps/open/imchat?t=1"))
    link = sdk_class(fake).run(lambda c: c.taobao.orders.get_im_link(biz_id="700187748440"))
    assert link == "https://distributor.taobao.global/apps/open/imchat?t=1"


def test_path_and_query_parameters(sdk_class: type[SyncSDK]) -> None:
    fake = FakePandaPon(ok({"cancelSuccess": True}))
    sdk = sdk_class(fake)
    sdk.call("cancelTaobaoRefund", params={"refundId": "11/0 2"})
    assert fake.requests[0].url.raw_path == b"/v2/taobao/order/refund/cancel/11%2F0%202"
    sdk.run(lambda c: c.taobao.products.get(item_id="WUnUC1cILiBjt-Jv3lDdlQ"))
    assert fake.requests[1].url.params["itemId"] == "WUnUC1cILiBjt-Jv3lDdlQ"
    assert fake.requests[1].content == b""


def test_warehouse_logistics_calls_sign_in_the_query_too(sdk_class: type[SyncSDK]) -> None:
    fake = FakePandaPon(ok(None))
    sdk_class(fake).call(
        "estimateFreight",
        {
            "itemId": "1",
            "skuId": "2",
            "quantity": 1,
            "currency": "CNY",
            "price": "9.90",
            "receiverAddress": {"country": "US"},
        },
    )
    request = fake.requests[0]
    assert request.url.params["sign"] == request.headers["signature"]
    assert request.url.params["timestamp"] == request.headers["timestamp"]


def test_tolerates_real_world_envelopes(sdk_class: type[SyncSDK]) -> None:
    weird = {
        "requestId": None,
        "code": "200",
        "developId": 1110890638347337996,
        "msg": None,
        "data": {"success": None, "errorInfo": "中文"},
    }
    fake = FakePandaPon(httpx.Response(200, json=weird))
    with pytest.warns(pandapon.ShapeWarning, match="code is a string"):  # kept, and said so
        data = sdk_class(fake).call("submitAlibabaRefundReturn", SUBMIT)
    assert data.error_info == "中文"
    assert data.success is None


def test_missing_data_is_none(sdk_class: type[SyncSDK]) -> None:
    fake = FakePandaPon(httpx.Response(200, json={"code": 200, "msg": "成功"}))
    assert sdk_class(fake).call("submitAlibabaRefundReturn", SUBMIT) is None


# -- bad input -------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("body", "fields"),
    [
        ({"logisticsCompanyNo": "SF", "freightBill": "1"}, ["refundId"]),
        ({**SUBMIT, "refundId": 42}, ["refundId"]),
        ({**SUBMIT, "description": "x" * 201}, ["description"]),
        ({**SUBMIT, "vouchers": ["v"] * 11}, ["vouchers"]),
        ({**SUBMIT, "vouchers": ["ok", 3]}, ["vouchers[1]"]),
        ([1, 2], ["(body)"]),
        ({"freightBill": "1"}, ["refundId", "logisticsCompanyNo"]),  # every problem, in order
    ],
)
def test_bad_input_names_the_field_and_sends_nothing(
    sdk_class: type[SyncSDK], body: Any, fields: list[str]
) -> None:
    fake = FakePandaPon()
    with pytest.raises(pandapon.RequestValidationError) as caught:
        sdk_class(fake).call("submitAlibabaRefundReturn", body)
    assert caught.value.fields == fields
    assert caught.value.operation_id == "submitAlibabaRefundReturn"
    assert fake.requests == []
    # The message: the operation, then every problem with its field, one after the other.
    problems = "; ".join(f"{e.field}: {e.message}" for e in caught.value.errors)
    assert str(caught.value) == f"invalid input for submitAlibabaRefundReturn: {problems}"


def test_nested_field_paths_in_errors(sdk_class: type[SyncSDK]) -> None:
    fake = FakePandaPon()
    body = {"addressParam": {"fullName": 1}, "cargoParamList": [{"quantity": 0}]}
    with pytest.raises(pandapon.RequestValidationError) as caught:
        # strict: a quantity > 0 is the spec's inference (no page states it)
        sdk_class(fake, validate="strict").call("previewAlibabaOrder", body)
    assert set(caught.value.fields) == {"addressParam.fullName", "cargoParamList[0].quantity"}
    assert "must be > 0" in str(caught.value)


def test_parameters_are_checked(sdk_class: type[SyncSDK]) -> None:
    sdk = sdk_class(FakePandaPon())
    with pytest.raises(pandapon.RequestValidationError, match="refundId: required path"):
        sdk.call("cancelTaobaoRefund")
    with pytest.raises(pandapon.RequestValidationError, match="refundid: unknown parameter"):
        sdk.call("cancelTaobaoRefund", params={"refundId": "1", "refundid": "1"})
    with pytest.raises(pandapon.RequestValidationError, match="takes no body"):
        sdk.call("cancelTaobaoRefund", {"x": 1}, params={"refundId": "1"})


def test_unknown_operation_suggests_close_matches(sdk_class: type[SyncSDK]) -> None:
    with pytest.raises(pandapon.UnknownOperationError) as caught:
        sdk_class(FakePandaPon()).call("cancelAlibabaOrdr", {})
    assert caught.value.operation_id == "cancelAlibabaOrdr"
    suggestions = caught.value.suggestions
    assert suggestions[0] == "cancelAlibabaOrder" and len(suggestions) > 1
    assert str(caught.value) == (
        f"unknown operation 'cancelAlibabaOrdr'; did you mean {', '.join(suggestions)}?"
    )
    with pytest.raises(pandapon.UnknownOperationError) as caught:
        sdk_class(FakePandaPon()).call("zzzzzzqqq", {})
    assert caught.value.suggestions == []
    assert str(caught.value) == "unknown operation 'zzzzzzqqq'"  # no empty suggestion


# -- API errors ------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("status", "code", "msg", "error"),
    [
        (200, 500, "系统异常", pandapon.InternalServerError),
        (200, 401, "access-key not found", pandapon.AuthenticationError),
        (200, 401, "signature mismatch", pandapon.SignatureError),
        (200, 401, "timestamp expired", pandapon.TimestampError),
        (200, 404, "order not found", pandapon.NotFoundError),
        (200, 429, "too many requests", pandapon.RateLimitError),
        (200, 400, "参数错误", pandapon.BadRequestError),
        (200, 10001, "库存不足", pandapon.APIError),
        (403, None, "forbidden", pandapon.AuthenticationError),
        (502, None, "bad gateway", pandapon.InternalServerError),
        # No error-code table is published: Chinese messages name the failed check too.
        (200, 401, "时间戳已过期", pandapon.TimestampError),
        (200, 403, "签名错误", pandapon.SignatureError),
        # An envelope code is taken as an HTTP-style status only from 400 to 599.
        (200, 599, "x", pandapon.InternalServerError),
        (200, 600, "x", pandapon.APIError),
    ],
)
def test_error_envelopes_raise_typed_errors(
    sdk_class: type[SyncSDK], status: int, code: int | None, msg: str, error: type[Exception]
) -> None:
    fake = FakePandaPon(httpx.Response(status, json=envelope(None, code=code, msg=msg)))
    with pytest.raises(error) as caught:
        sdk_class(fake, max_retries=0).call("submitAlibabaRefundReturn", SUBMIT)
    err = caught.value
    assert type(err) is error
    assert isinstance(err, pandapon.APIError)
    assert (err.code, err.msg, err.http_status) == (code, msg, status)
    assert err.request_id == "0f1e2d3c4b5a"
    assert msg in err.body
    shown = str(err)
    assert msg in shown and "0f1e2d3c4b5a" in shown
    assert str(code if code is not None else f"HTTP {status}") in shown


def test_html_error_page_keeps_the_body(sdk_class: type[SyncSDK]) -> None:
    page = "<html><body><h1>502 Bad Gateway</h1></body></html>"
    fake = FakePandaPon(httpx.Response(502, text=page))
    with pytest.raises(pandapon.InternalServerError) as caught:
        sdk_class(fake, max_retries=0).call("submitAlibabaRefundReturn", SUBMIT)
    assert caught.value.body == page
    assert caught.value.code is None


@pytest.mark.parametrize(
    ("reply", "reason", "validate"),
    [
        ({"text": "<html>maintenance</html>"}, "not JSON", "docs"),
        ({"content": b""}, "empty", "docs"),
        ({"content": b"\xff\xfe\x00garbage"}, "not JSON", "off"),
        ({"json": [1, 2]}, "JSON list", "docs"),
        # A success of another shape is refused only in strict mode (tests/sdk/test_drift.py).
        ({"json": envelope("a string")}, "data is a string, the spec expects object", "strict"),
        ({"json": envelope({"success": True}, code="OK")}, "not a number", "docs"),
    ],
)
def test_payloads_that_do_not_fit_keep_everything(
    sdk_class: type[SyncSDK], reply: dict[str, Any], reason: str, validate: str
) -> None:
    response = httpx.Response(200, **reply)
    fake = FakePandaPon(response)
    with pytest.raises(pandapon.ResponseValidationError, match=reason) as caught:
        sdk_class(fake, validate=validate).call("submitAlibabaRefundReturn", SUBMIT)
    assert caught.value.body == response.text
    assert caught.value.http_status == 200
    if "json" in reply:
        assert caught.value.json == reply["json"]
    enveloped = isinstance(reply.get("json"), dict)
    assert caught.value.operation_id == "submitAlibabaRefundReturn"
    assert caught.value.request_id == (envelope()["requestId"] if enveloped else None)
    # Not an envelope PandaPon could have meant: nothing says whether the call took effect,
    # and the message says so; only a success refused for its shape (strict) is known.
    assert caught.value.outcome_unknown is (validate != "strict")
    unknown = " The request may have taken effect: check the state before sending it again."
    assert str(caught.value).endswith(
        "(operation submitAlibabaRefundReturn, HTTP 200)"
        + (unknown if caught.value.outcome_unknown else "")
    )


def test_a_response_validation_error_is_a_known_outcome_unless_said() -> None:
    made = pandapon.ResponseValidationError("odd", operation_id="op", http_status=200, body="")
    assert made.outcome_unknown is False
    assert str(made) == "odd (operation op, HTTP 200)"


def _rejected_at(when: float) -> httpx.Response:
    return httpx.Response(
        200,
        json=envelope(None, code=401, msg="timestamp out of range"),
        headers={"Date": email.utils.formatdate(when, usegmt=True)},
    )


def _clock_warnings(caplog: pytest.LogCaptureFixture) -> list[str]:
    return [
        r.getMessage()
        for r in caplog.records
        if r.name == "pandapon" and r.levelno == logging.WARNING and "Date header" in str(r.msg)
    ]


def test_timestamp_rejection_teaches_the_clock(
    sdk_class: type[SyncSDK], caplog: pytest.LogCaptureFixture
) -> None:
    tomorrow = time.time() + 86_400  # this machine's clock is a day behind the server's
    fake = FakePandaPon(_rejected_at(tomorrow), ok(True))
    sdk = sdk_class(fake, max_retries=0)
    with (
        caplog.at_level(logging.WARNING, logger="pandapon"),
        pytest.raises(pandapon.TimestampError),
    ):
        sdk.call("cancelAlibabaOrder", {"webSite": "1688", "orderId": 1})
    assert 86_000 < sdk.client.clock_offset < 86_800
    # Said once, with the offset now used (the operator's clue that this machine's clock is off).
    assert _clock_warnings(caplog) == [
        f"clock offset learned from the server's Date header: {sdk.client.clock_offset:+.1f} s"
    ]
    sdk.call("cancelAlibabaOrder", {"webSite": "1688", "orderId": 1})
    sent = int(fake.requests[1].headers["timestamp"]) / 1000
    assert abs(sent - tomorrow) < 600  # signed with the server's time


def test_a_date_years_away_is_not_adopted(
    sdk_class: type[SyncSDK], caplog: pytest.LogCaptureFixture
) -> None:
    """A broken or hostile Date (year 2031, 9999) must not throw the signing clock off."""
    fake = FakePandaPon(_rejected_at(1_924_991_999), ok(True))
    sdk = sdk_class(fake, max_retries=0)
    before = time.time()
    with (
        caplog.at_level(logging.WARNING, logger="pandapon"),
        pytest.raises(pandapon.TimestampError),
    ):
        sdk.call("cancelAlibabaOrder", {"webSite": "1688", "orderId": 1})
    after = time.time()
    assert sdk.client.clock_offset == 0.0
    (said,) = _clock_warnings(caplog)  # and says which Date it ignored, by its distance
    shown = re.fullmatch(r"ignoring a Date header \+(\d+) s from the local clock", said)
    assert shown is not None, said
    assert 1_924_991_999 - after - 1 <= int(shown[1]) <= 1_924_991_999 - before + 1


# -- retries ---------------------------------------------------------------------------------


def test_reads_are_retried_with_fresh_signatures(sdk_class: type[SyncSDK]) -> None:
    fake = FakePandaPon(httpx.Response(503), httpx.Response(503), ok({"totalRecords": 0}))
    data = sdk_class(fake).call("searchAlibabaProducts", {"keyword": "T恤"})
    assert data.total_records == 0
    assert len(fake.requests) == 3
    nonces = {r.headers["nonce-str"] for r in fake.requests}
    signatures = {r.headers["signature"] for r in fake.requests}
    assert len(nonces) == 3 and len(signatures) == 3
    for request in fake.requests:
        headers = request.headers
        assert headers["signature"] == pandapon.sign(
            KEY, headers["timestamp"], headers["nonce-str"], SECRET
        )


@pytest.mark.parametrize(("status", "attempts"), [(499, 1), (500, 2), (501, 2), (599, 2)])
def test_a_read_is_retried_on_any_http_5xx_whatever_the_envelope_says(
    sdk_class: type[SyncSDK], status: int, attempts: int
) -> None:
    # The envelope says 404 (a NotFoundError); the HTTP status says the server failed.
    fake = FakePandaPon(httpx.Response(status, json=envelope(code=404, msg="not found")))
    with pytest.raises(pandapon.NotFoundError):
        sdk_class(fake, max_retries=1).call("searchAlibabaProducts", {})
    assert len(fake.requests) == attempts


def test_writes_are_never_sent_twice(sdk_class: type[SyncSDK]) -> None:
    fake = FakePandaPon(httpx.Response(503), ok(True))
    with pytest.raises(pandapon.InternalServerError):
        sdk_class(fake, max_retries=5).call("cancelAlibabaOrder", {"webSite": "1688", "orderId": 1})
    assert len(fake.requests) == 1


def test_dropped_connection_after_sending_a_create_is_reported_as_unknown(
    sdk_class: type[SyncSDK],
) -> None:
    fake = FakePandaPon(httpx.RemoteProtocolError("Server disconnected"), ok({"orderId": "1"}))
    body = {"flow": "general", "addressParam": {}, "cargoParamList": [{"quantity": 1}]}
    with pytest.raises(pandapon.APIConnectionError) as caught:
        sdk_class(fake, max_retries=5).call("createAlibabaOrder", body)
    assert caught.value.outcome_unknown is True
    assert "may have reached PandaPon" in str(caught.value)
    assert len(fake.requests) == 1


def test_a_write_that_never_left_is_sent_once_it_can_be(sdk_class: type[SyncSDK]) -> None:
    fake = FakePandaPon(httpx.ConnectError("refused"), ok(True))
    assert sdk_class(fake).call("cancelAlibabaOrder", {"webSite": "1688", "orderId": 1}) is True
    assert len(fake.requests) == 2  # the first never reached the server


def test_timeouts_raise_api_timeout_error(sdk_class: type[SyncSDK]) -> None:
    fake = FakePandaPon(httpx.ReadTimeout("slow"))
    with pytest.raises(pandapon.APITimeoutError) as caught:
        sdk_class(fake, max_retries=1).call("searchAlibabaProducts", {})
    assert len(fake.requests) == 2
    assert caught.value.outcome_unknown is True
    assert isinstance(caught.value, pandapon.APIConnectionError)


def test_retry_after_is_honoured_and_capped(
    sdk_class: type[SyncSDK], caplog: pytest.LogCaptureFixture
) -> None:
    limited = httpx.Response(429, headers={"Retry-After": "0.02"}, json=envelope(code=429))
    capped = httpx.Response(429, headers={"Retry-After": "3600"}, json=envelope(code=429))
    fake = FakePandaPon(limited, capped, ok({}))
    with caplog.at_level(logging.INFO, logger="pandapon"):
        sdk_class(fake).call("searchAlibabaProducts", {})
    waits = [r.getMessage() for r in caplog.records if r.getMessage().startswith("retrying")]
    assert waits == [
        "retrying searchAlibabaProducts in 0.02s (RateLimitError)",
        "retrying searchAlibabaProducts in 0.05s (RateLimitError)",  # FAST caps at 0.05 s
    ]


def test_max_retries_per_client_and_per_call(sdk_class: type[SyncSDK]) -> None:
    fake = FakePandaPon(httpx.Response(500))
    sdk = sdk_class(fake, max_retries=3)
    with pytest.raises(pandapon.InternalServerError):
        sdk.call("searchAlibabaProducts", {})
    assert len(fake.requests) == 4
    once = sdk.client.with_options(max_retries=0)
    with pytest.raises(pandapon.InternalServerError):
        sdk.run(lambda _: once.call("searchAlibabaProducts", {}))
    assert len(fake.requests) == 5


def test_with_options_overrides_user_and_timeout(sdk_class: type[SyncSDK]) -> None:
    fake = FakePandaPon(ok(True))
    sdk = sdk_class(fake)
    other = sdk.client.with_options(user_id="2100000000001", timeout=2.5)
    sdk.run(lambda _: other.alibaba.orders.cancel(web_site="1688", order_id=1))
    sdk.run(lambda c: c.alibaba.orders.cancel(web_site="1688", order_id=1))
    first, second = fake.requests
    assert first.headers["user-id"] == "2100000000001"
    assert first.extensions["timeout"]["read"] == 2.5
    assert second.headers["user-id"] == USER
    assert other.timeout.read == 2.5 and sdk.client.timeout.read == 30.0


def test_with_options_checks_its_values_at_once_and_limits_the_copy_only(
    sdk_class: type[SyncSDK],
) -> None:
    fake = FakePandaPon(ok({"title": "x" * 500}))
    sdk = sdk_class(fake)
    with pytest.raises(pandapon.ConfigurationError, match="deadline must be a positive"):
        sdk.client.with_options(deadline=-1)
    small = sdk.client.with_options(max_response_bytes=100)
    with pytest.raises(pandapon.ResponseTooLargeError, match=r"> 100 bytes"):
        sdk.run(lambda _: small.call("getTaobaoProduct", params={"itemId": "1"}))
    assert sdk.call("getTaobaoProduct", params={"itemId": "1"}).title == "x" * 500


def test_your_request_hooks_still_shape_your_own_requests_to_other_hosts() -> None:
    """Hooks of an ``http_client`` given to the SDK see PandaPon's requests unsigned (a copy);
    the requests the caller sends elsewhere through it are theirs to change, as before."""
    seen: list[str | None] = []

    def answer(request: httpx.Request) -> httpx.Response:
        seen.append(request.headers.get("x-added"))
        return httpx.Response(200, json=envelope(True))

    def hook(request: httpx.Request) -> None:
        request.headers["x-added"] = "1"

    http = httpx.Client(transport=httpx.MockTransport(answer), event_hooks={"request": [hook]})
    with pandapon.PandaPon(KEY, SECRET, USER, http_client=http):
        http.get("https://elsewhere.example/x")
    assert seen == ["1"]


def test_closing_a_copy_leaves_the_clients_connections_open(sdk_class: type[SyncSDK]) -> None:
    """A ``with_options`` copy shares the connections; closing it (``with ... as copy``) must
    not close them under the client it came from."""
    fake = FakePandaPon(ok(True))
    sdk = sdk_class(fake)
    sdk.run(lambda c: c.with_options(timeout=5).close())
    assert sdk.call("cancelAlibabaOrder", {"webSite": "1688", "orderId": 1}) is True


# -- pagination ------------------------------------------------------------------------------


def page(items: list[str], total_pages: int | None = None) -> httpx.Response:
    return ok({"totalPage": total_pages, "data": [{"subject": s} for s in items]})


def test_pages_until_the_last_page(sdk_class: type[SyncSDK]) -> None:
    fake = FakePandaPon(page(["a", "b"], 3), page(["c", "d"], 3), page(["e"], 3))
    items = sdk_class(fake).run(lambda c: c.alibaba.products.iter_search(keyword="包", page_size=2))
    assert [i.subject for i in items] == ["a", "b", "c", "d", "e"]
    assert [fake.body(i)["beginPage"] for i in range(3)] == [1, 2, 3]
    assert all(fake.body(i)["keyword"] == "包" for i in range(3))


def test_no_page_is_fetched_past_the_last_one_the_server_counts(sdk_class: type[SyncSDK]) -> None:
    # Full pages, no page size asked: only totalPage says where the pages end.
    fake = FakePandaPon(page(["a", "b"], 2), page(["c", "d"], 2), page(["never"], 2))
    items = sdk_class(fake).paginate("searchAlibabaProducts", {})
    assert [i.subject for i in items] == ["a", "b", "c", "d"]
    assert [fake.body(i)["beginPage"] for i in range(len(fake.requests))] == [1, 2]


def test_no_page_is_fetched_past_the_items_the_server_counts(sdk_class: type[SyncSDK]) -> None:
    # Full pages, no page size asked, no page count: the total of items says where they end.
    def items(*subjects: str) -> httpx.Response:
        return ok({"totalRecords": 4, "data": [{"subject": s} for s in subjects]})

    fake = FakePandaPon(items("a", "b"), items("c", "d"), items("never"))
    got = sdk_class(fake).paginate("searchAlibabaProducts", {})
    assert [i.subject for i in got] == ["a", "b", "c", "d"]
    assert [fake.body(i)["beginPage"] for i in range(len(fake.requests))] == [1, 2]


def test_pages_stop_on_an_empty_page_and_start_where_asked(sdk_class: type[SyncSDK]) -> None:
    fake = FakePandaPon(page(["x"]), page([]))
    items = sdk_class(fake).paginate("searchAlibabaProducts", {"beginPage": 4})
    assert [i.subject for i in items] == ["x"]
    assert [fake.body(i)["beginPage"] for i in range(2)] == [4, 5]


def test_a_page_number_or_size_the_sdk_cannot_use_is_not_relied_on(
    sdk_class: type[SyncSDK],
) -> None:
    """A first page below 1 starts at page 1; a page size that is not a positive whole number
    (sent as given when not validated) does not decide where the pages end."""
    fake = FakePandaPon(page(["a"]), page([]))
    sdk_class(fake, validate="off").paginate("searchAlibabaProducts", {"beginPage": 0})
    assert [fake.body(i)["beginPage"] for i in range(len(fake.requests))] == [1, 2]
    fake = FakePandaPon(page(["a"]), page(["b"]), page([]))
    items = sdk_class(fake, validate="off").paginate("searchAlibabaProducts", {"pageSize": "2"})
    assert [i.subject for i in items] == ["a", "b"]
    assert [fake.body(i)["pageSize"] for i in range(len(fake.requests))] == ["2"] * 3


def test_pages_stop_on_a_short_page(sdk_class: type[SyncSDK]) -> None:
    fake = FakePandaPon(page(["a", "b"]), page(["c"]), page(["never"]))
    items = sdk_class(fake).paginate("searchAlibabaProducts", {"pageSize": 2})
    assert [i.subject for i in items] == ["a", "b", "c"]
    assert len(fake.requests) == 2


def test_pages_whose_data_is_a_plain_list(sdk_class: type[SyncSDK]) -> None:
    fake = FakePandaPon(ok([{"offerId": "1"}, {"offerId": "2"}]), ok([]))
    items = sdk_class(fake).run(
        lambda c: c.alibaba.products.iter_related(offer_id="f6vE-dfY1NV37oG_fz9WSA")
    )
    assert len(items) == 2
    assert [fake.body(i)["pageNo"] for i in range(2)] == [1, 2]


def test_a_server_ignoring_the_page_number_does_not_loop_forever(sdk_class: type[SyncSDK]) -> None:
    fake = FakePandaPon(page(["same", "items"]))
    items = sdk_class(fake).paginate("searchAlibabaProducts", {})
    assert [i.subject for i in items] == ["same", "items"]
    assert len(fake.requests) == 2
    # The repeated page comes as an empty one, with the totals it was sent with; no body is
    # needed to page: the page number makes one.
    same = {"totalPage": 5, "totalRecords": 9, "data": [{"subject": "same"}, {"subject": "x"}]}
    fake = FakePandaPon(ok(same))
    pages = sdk_class(fake).run(lambda c: c.iter_pages("searchAlibabaProducts"))
    assert [(p.number, len(p.items), p.total_pages, p.total_items) for p in pages] == [
        (1, 2, 5, 9),
        (2, 0, 5, 9),
    ]
    assert pages[1].data == pages[0].data and pages[1].data.total_records == 9
    assert [json.loads(r.content) for r in fake.requests] == [{"beginPage": 1}, {"beginPage": 2}]


# -- configuration and secrets ---------------------------------------------------------------


def test_credentials_come_from_the_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("PANDAPON_ACCESS_KEY", "env-key")
    monkeypatch.setenv("PANDAPON_ACCESS_SECRET", "env-secret")
    monkeypatch.setenv("PANDAPON_USER_ID", "env-user")
    monkeypatch.setenv("PANDAPON_BASE_URL", "http://127.0.0.1:8765")
    with pandapon.PandaPon() as client:
        assert (client.access_key, client.user_id) == ("env-key", "env-user")
        assert str(client.base_url) == "http://127.0.0.1:8765"
    with pandapon.PandaPon("arg-key") as client:
        assert client.access_key == "arg-key"


@pytest.mark.parametrize(
    "missing", ["PANDAPON_ACCESS_KEY", "PANDAPON_ACCESS_SECRET", "PANDAPON_USER_ID"]
)
def test_a_missing_credential_is_named(monkeypatch: pytest.MonkeyPatch, missing: str) -> None:
    for name in ("PANDAPON_ACCESS_KEY", "PANDAPON_ACCESS_SECRET", "PANDAPON_USER_ID"):
        monkeypatch.setenv(name, "set")
    monkeypatch.delenv(missing)
    for cls in (pandapon.PandaPon, pandapon.AsyncPandaPon):
        with pytest.raises(pandapon.ConfigurationError, match=missing):
            cls()


def test_the_default_base_url_and_bad_options(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("PANDAPON_BASE_URL", raising=False)
    with pandapon.PandaPon("k", "s", "u") as client:
        assert str(client.base_url) == "https://api.pandapon.com"
        assert client.timeout.read == 30.0 and client.max_retries == 2
    with pytest.raises(pandapon.ConfigurationError, match="max_retries"):
        pandapon.PandaPon("k", "s", "u", max_retries=-1)
    with pytest.raises(pandapon.ConfigurationError, match="timeout"):
        pandapon.PandaPon("k", "s", "u", timeout=0)
    with pytest.raises(pandapon.ConfigurationError, match="base_url"):
        pandapon.PandaPon("k", "s", "u", base_url="ftp://example.com")


def test_context_managers_close_the_clients_they_made() -> None:
    with pandapon.PandaPon("k", "s", "u") as client:
        http = client._http
    assert http.is_closed
    shared = httpx.Client(transport=httpx.MockTransport(FakePandaPon()))
    with pandapon.PandaPon("k", "s", "u", http_client=shared):
        pass
    assert not shared.is_closed  # a client passed in belongs to the caller


def test_secrets_never_appear_in_logs_reprs_or_errors(
    sdk_class: type[SyncSDK], caplog: pytest.LogCaptureFixture
) -> None:
    fake = FakePandaPon(
        httpx.Response(503),
        ok({"renderId": "FF2024080200007"}),
        httpx.Response(200, json=envelope(None, code=401, msg="signature mismatch")),
        httpx.ReadError("reset"),
    )
    sdk = sdk_class(fake, max_retries=1)
    seen: list[str] = [repr(sdk.client), repr(sdk.client.with_options(user_id="x"))]
    # The client's class, where it sends, as whom, and that a secret is set (masked).
    assert seen[1] == (
        f"{type(sdk.client).__name__}(base_url='https://api.pandapon.com', "
        f"access_key={KEY!r}, user_id='x', access_secret='***')"
    )
    with caplog.at_level(logging.DEBUG):
        sdk.call("previewOrderFreight", {"renderItems": []})
        for op in ("submitAlibabaRefundReturn", "searchAlibabaProducts"):
            with pytest.raises(pandapon.PandaPonError) as caught:
                sdk.call(op, SUBMIT if op.startswith("submit") else {})
            seen += [str(caught.value), repr(caught.value)]
    seen += [r.getMessage() for r in caplog.records]
    signatures = {r.headers["signature"] for r in fake.requests}
    text = "\n".join(seen)
    assert SECRET not in text
    assert not any(sig in text for sig in signatures)
    assert any("previewOrderFreight" in r.getMessage() for r in caplog.records) or any(
        "/v2/open/pp/logistics/orderRenderFreight" in r.getMessage() for r in caplog.records
    )


# -- generated functions and money -----------------------------------------------------------


def test_generated_functions_work_through_the_generated_client() -> None:
    fake = FakePandaPon(ok({"success": True}))
    http = httpx.Client(transport=httpx.MockTransport(fake))
    with pandapon.PandaPon(KEY, SECRET, USER, http_client=http) as client:
        body = SubmitAlibabaRefundReturnRequest(
            refund_id="TQ1", logistics_company_no="SF", freight_bill="1"
        )
        response = submit_alibaba_refund_return.sync_detailed(
            client=client.generated_client, body=body
        )
    assert response.parsed is not None and response.parsed.data.success is True
    headers = fake.requests[0].headers
    assert headers["signature"] == pandapon.sign(
        KEY, headers["timestamp"], headers["nonce-str"], SECRET
    )
    assert str(fake.requests[0].url) == "https://api.pandapon.com/v2/alibaba/refund/goods/return"


def test_the_generated_client_of_a_copy_for_another_user_is_refused() -> None:
    # Generated functions send through the shared HTTP client, which signs as USER.
    fake = FakePandaPon(ok({"success": True}))
    http = httpx.Client(transport=httpx.MockTransport(fake))
    with pandapon.PandaPon(KEY, SECRET, USER, http_client=http) as client:
        with pytest.raises(
            pandapon.ConfigurationError, match=r"with_options\(user_id=\.\.\.\) copy"
        ):
            _ = client.with_options(user_id="sub-account").generated_client
        copy = client.with_options(user_id="sub-account").with_options(user_id=USER)
        same_user = copy.generated_client
        body = SubmitAlibabaRefundReturnRequest(
            refund_id="TQ1", logistics_company_no="SF", freight_bill="1"
        )
        submit_alibaba_refund_return.sync_detailed(client=same_user, body=body)
        # The copy's own calls sign as the copy's user.
        client.with_options(user_id="sub-account").call(
            "submitAlibabaRefundReturn",
            {"refundId": "TQ1", "logisticsCompanyNo": "SF", "freightBill": "1"},
        )
    assert [r.headers["user-id"] for r in fake.requests] == [USER, "sub-account"]


def test_money_fields_are_exact_decimals(sdk_class: type[SyncSDK]) -> None:
    fake = FakePandaPon(ok({"price": 12.1, "promotionPrice": 1999, "quantity": 3}))
    with pytest.warns(pandapon.ShapeWarning, match="data.price is a number"):  # the spec: fen
        product = sdk_class(fake).run(lambda c: c.taobao.products.get(item_id="1"))
    assert pandapon.money(product, "price") == Decimal("12.1")
    assert pandapon.money(product, "promotionPrice") == Decimal(1999)  # wire name works too
    assert pandapon.money_fields(product)["promotion_price"] == Decimal(1999)
    with pytest.raises(ValueError, match="quantity is not a money field"):
        pandapon.money(product, "quantity")
    assert pandapon.to_decimal("633.69") == Decimal("633.69")
    assert pandapon.to_decimal(0.1) + pandapon.to_decimal(0.2) == Decimal("0.3")


def test_a_shape_warning_says_where_and_what_came_never_the_value(
    sdk_class: type[SyncSDK],
) -> None:
    """What a user filters on (``operation_id``, ``path``, ``expected``, ``seen``) and reads:
    the JSON type that came, with its article, and that the value was returned as sent."""
    fake = FakePandaPon(ok({"price": 12.1, "title": 5}))
    forget_warnings()  # once per process: this test must see its own
    with pytest.warns(pandapon.ShapeWarning) as seen:
        sdk_class(fake).call("getTaobaoProduct", params={"itemId": "1"})
    warned = [w.message for w in seen if isinstance(w.message, pandapon.ShapeWarning)]
    assert [(w.operation_id, w.path, w.expected, w.seen, str(w)) for w in warned] == [
        (
            "getTaobaoProduct",
            "data.price",
            "integer or null",
            "number",
            "getTaobaoProduct: data.price is a number where the spec expects integer or null; "
            "returned as sent",
        ),
        (
            "getTaobaoProduct",
            "data.title",
            "string or null",
            "integer",
            "getTaobaoProduct: data.title is an integer where the spec expects string or null; "
            "returned as sent",
        ),
    ]


@pytest.mark.parametrize(
    "text",
    # More digits than a float holds (about 17): read as text, each digit is kept.
    ["12345678901234567.89", "0.10000000000000000001", "99999999999999999999.99", "1.50"],
)
def test_money_sent_as_text_keeps_every_digit(sdk_class: type[SyncSDK], text: str) -> None:
    assert str(pandapon.to_decimal(text)) == text
    assert str(pandapon.to_decimal(f" {text}\n")) == text
    fake = FakePandaPon(ok({"price": text, "quantity": 3}))
    forget_warnings()  # once per process: this test must see its own
    # The spec has a number there: a string is kept as sent, and said so.
    with pytest.warns(pandapon.ShapeWarning, match=r"getTaobaoProduct: .*price"):
        product = sdk_class(fake).run(lambda c: c.taobao.products.get(item_id="1"))
    assert str(pandapon.money(product, "price")) == text


def test_pandapon_log_env_turns_logging_on() -> None:
    script = (
        "import httpx, pandapon\n"
        "def answer(request):\n"
        "    return httpx.Response(200, json={'requestId': 'rid-42', 'code': 200, 'data': True})\n"
        "http = httpx.Client(transport=httpx.MockTransport(answer))\n"
        "with pandapon.PandaPon('k', 's', 'u', http_client=http) as client:\n"
        "    client.alibaba.orders.cancel(web_site='1688', order_id=1)\n"
    )
    for level, expect_line in (("info", True), ("", False)):
        result = subprocess.run(
            [sys.executable, "-c", script],
            env={"PANDAPON_LOG": level, "PATH": ""},
            capture_output=True,
            text=True,
            check=True,
            timeout=60,
        )
        line = "POST /v2/alibaba/order/cancel -> 200 request_id=rid-42"
        assert (line in result.stderr) is expect_line, result.stderr


def test_call_unchecked_returns_the_whole_answer(sdk_class: type[SyncSDK]) -> None:
    refused = envelope(None, code=4090, msg="order is cancelled")
    fake = FakePandaPon(httpx.Response(200, json=refused), httpx.Response(502, text="<html>"))
    sdk = sdk_class(fake, max_retries=0)
    raw = sdk.run(
        lambda c: c.call_unchecked("cancelAlibabaOrder", {"webSite": "1688", "orderId": 1})
    )
    assert isinstance(raw, pandapon.UncheckedResponse)
    assert (raw.http_status, raw.json, raw.request_id) == (200, refused, "0f1e2d3c4b5a")
    raw = sdk.run(lambda c: c.call_unchecked("searchAlibabaProducts", {}))
    assert (raw.http_status, raw.text, raw.json) == (502, "<html>", None)
    with pytest.raises(pandapon.RequestValidationError):
        sdk.run(lambda c: c.call_unchecked("cancelAlibabaOrder", {"orderId": "x"}))


@pytest.mark.parametrize(("sent", "kept"), [(0, "0"), ("", ""), (7.5, "7.5"), (None, None)])
def test_the_request_id_is_the_same_text_on_every_surface(
    sdk_class: type[SyncSDK], caplog: pytest.LogCaptureFixture, sent: Any, kept: str | None
) -> None:
    """``requestId`` as the envelope has it, as text (None only when absent or null): on
    ``call_unchecked``, ``with_raw_response``, errors and the log line alike."""
    answer = httpx.Response(200, json=envelope({"items": []}, requestId=sent))
    refused = httpx.Response(200, json=envelope(None, code=4090, msg="no", requestId=sent))
    sdk = sdk_class(FakePandaPon(answer, answer, refused), max_retries=0)
    # A requestId that is not text does not fit the spec: kept, and said so (once).
    with (
        pytest.warns(pandapon.ShapeWarning, match="requestId")
        if isinstance(sent, float | int)
        else contextlib.nullcontext()
    ):
        raw = sdk.run(lambda c: c.call_unchecked("searchAlibabaProducts", {}))
    assert raw.request_id == kept
    with caplog.at_level(logging.INFO, logger="pandapon"):
        response = sdk.run(lambda c: c.with_raw_response.call("searchAlibabaProducts", {}))
    assert response.request_id == kept and f"request_id={kept!r}" in repr(response)
    with pytest.raises(pandapon.APIError) as caught:
        sdk.call("searchAlibabaProducts", {})
    assert caught.value.request_id == kept
    (line,) = [r.getMessage() for r in caplog.records if "->" in r.getMessage()]
    assert f"request_id={kept or '-'} " in line


def test_call_unchecked_hands_back_an_answer_that_does_not_fit_the_spec(
    sdk_class: type[SyncSDK],
) -> None:
    # call() refuses these; call_unchecked() is how a user looks at them.
    fake = FakePandaPon(httpx.Response(200, text="<html>maintenance</html>"))
    with pytest.raises(pandapon.ResponseValidationError):
        sdk_class(fake).call("searchAlibabaProducts", {})
    raw = sdk_class(fake).run(lambda c: c.call_unchecked("searchAlibabaProducts", {}))
    assert isinstance(raw, pandapon.UncheckedResponse)
    assert (raw.http_status, raw.text, raw.json) == (200, "<html>maintenance</html>", None)


def test_the_evidence_store_records_each_answer_the_client_reads(
    sdk_class: type[SyncSDK], tmp_path: Path
) -> None:
    store = pandapon.EvidenceStore(tmp_path / "evidence.db")
    refused = httpx.Response(200, json=envelope(None, code=4090, msg="no"))
    sdk = sdk_class(FakePandaPon(ok({"items": []}), refused), evidence=store, max_retries=0)
    sdk.call("searchAlibabaProducts", {"keyword": "包"})
    with pytest.raises(pandapon.APIError):
        sdk.call("searchAlibabaProducts", {})
    store.close()
    (entry,) = [e for e in export(store.path)["operations"] if e["kind"] == "operation"]
    assert entry["operation"] == "searchAlibabaProducts"
    assert (entry["calls"], entry["envelope_codes"]) == (2, {"200": 1, "4090": 1})
    assert entry["request_fields"] == {"body:keyword": 1}


def test_every_attempt_is_reported_to_the_hooks(sdk_class: type[SyncSDK]) -> None:
    """What pandapon.bulk watches to adapt its concurrency, and users trace (``hooks=``): each
    attempt, with its operation, what it came to, when it was sent and how long its answer
    took."""
    seen: list[pandapon.Attempt] = []

    class Record(pandapon.Hooks):
        def after_answer(self, attempt: pandapon.Attempt) -> None:
            seen.append(attempt)

    before = time.monotonic()
    busy = httpx.Response(503, json=envelope(code=503, msg="busy"))
    limited = httpx.Response(429, json=envelope(code=429, msg="slow down"))
    fake = FakePandaPon(httpx.ConnectError("refused"), busy, limited, ok({"items": []}))
    sdk = sdk_class(fake, max_retries=3, hooks=[Record()])
    sdk.call("searchAlibabaProducts", {})
    strict = sdk_class(FakePandaPon(ok("an id")), validate="strict", hooks=[Record()])
    with pytest.raises(pandapon.ResponseValidationError):  # an answer came: the attempt is ok
        strict.call("getTaobaoProduct", params={"itemId": "1"})
    after = time.monotonic()
    assert [(a.operation_id, a.number, a.outcome) for a in seen] == [
        ("searchAlibabaProducts", 1, "failed"),
        ("searchAlibabaProducts", 2, "error"),
        ("searchAlibabaProducts", 3, "rate_limited"),
        ("searchAlibabaProducts", 4, "ok"),
        ("getTaobaoProduct", 1, "ok"),
    ]
    assert [a.http_status for a in seen] == [None, 503, 429, 200, 200]
    # What went wrong, for the attempts that did not come to an answer the call could return.
    assert [type(a.error).__name__ for a in seen] == [
        "APIConnectionError",
        "InternalServerError",
        "RateLimitError",
        "NoneType",
        "NoneType",
    ]
    sent = [a.started for a in seen]
    assert sent == sorted(sent) and before <= sent[0] and sent[-1] <= after
    assert all(a.elapsed is not None and 0 <= a.elapsed <= after - a.started for a in seen)


def test_a_429_slows_the_clients_rate_limit_and_nothing_else_does(
    sdk_class: type[SyncSDK],
) -> None:
    limiter = pandapon.RateLimiter(40, recovery=600.0)
    busy = httpx.Response(503, json=envelope(code=503, msg="busy"))
    limited = httpx.Response(429, json=envelope(code=429, msg="slow down"))
    sdk = sdk_class(FakePandaPon(busy, limited), rate_limit=limiter, max_retries=0)
    with pytest.raises(pandapon.InternalServerError):
        sdk.call("searchAlibabaProducts", {})
    assert limiter.rate() == 40
    with pytest.raises(pandapon.RateLimitError):
        sdk.call("searchAlibabaProducts", {})
    assert limiter.rate() == pytest.approx(20, abs=0.5)


# -- deprecated names (CHANGELOG.md, "Deprecated"): they work as before, and warn -------------


def test_call_raw_still_works_and_warns(sdk_class: type[SyncSDK]) -> None:
    refused = envelope(None, code=4090, msg="order is cancelled")
    fake = FakePandaPon(httpx.Response(200, json=refused))
    sdk = sdk_class(fake, max_retries=0)
    with pytest.warns(
        DeprecationWarning, match=r"call_raw\(\) is deprecated .*call_unchecked"
    ) as seen:
        raw = sdk.run(lambda c: c.call_raw("cancelAlibabaOrder", {"webSite": "1688", "orderId": 1}))
    assert (raw.http_status, raw.json, raw.request_id) == (200, refused, "0f1e2d3c4b5a")
    assert isinstance(raw, pandapon.UncheckedResponse)
    assert [w.filename for w in seen] == [__file__]  # the warning names the caller's line
    with pytest.warns(DeprecationWarning), pytest.raises(pandapon.RequestValidationError):
        sdk.run(lambda c: c.call_raw("cancelAlibabaOrder", {"orderId": "x"}, deadline=5))


def test_call_raw_sends_what_call_unchecked_would_and_names_both(
    sdk_class: type[SyncSDK],
) -> None:
    """The same call as ``call_unchecked`` (the operation, the body, every option), and a warning
    that names the old method and the new one. (The test above also checks the line the
    warning names; mutmut's trampolines add a frame, so that one is left out of its runs.)"""
    fake = FakePandaPon(ok({"success": True}))
    sdk = sdk_class(fake)
    name = "AsyncPandaPon" if sdk_class.kind == "async" else "PandaPon"
    with pytest.warns(DeprecationWarning) as seen:
        raw = sdk.run(
            lambda c: c.call_raw("submitAlibabaRefundReturn", SUBMIT, extra_headers={"x-t": "1"})
        )
    assert [str(w.message) for w in seen] == [
        f"{name}.call_raw() is deprecated and goes in pandapon 0.4.0: use {name}.call_unchecked()"
    ]
    assert raw.json == envelope({"success": True})
    (sent,) = fake.requests
    assert sent.url.path == "/v2/alibaba/refund/goods/return"
    assert fake.body() == SUBMIT and sent.headers["x-t"] == "1"


def test_pandapon_raw_response_is_the_unchecked_response_and_warns() -> None:
    with pytest.warns(DeprecationWarning, match=r"pandapon\.RawResponse is deprecated"):
        old = pandapon.RawResponse
    assert old is pandapon.UncheckedResponse
    with pytest.warns(DeprecationWarning):
        from pandapon import RawResponse  # noqa: PLC0415
    assert RawResponse is pandapon.UncheckedResponse
    assert "RawResponse" not in pandapon.__all__  # `import *` does not warn


def test_client_raw_is_the_generated_client_and_warns() -> None:
    fake = FakePandaPon(ok({"success": True}))
    http = httpx.Client(transport=httpx.MockTransport(fake))
    with pandapon.PandaPon(KEY, SECRET, USER, http_client=http) as client:
        with pytest.warns(
            DeprecationWarning, match=r"client\.raw is deprecated .*generated_client"
        ):
            old = client.raw
        assert old is client.generated_client
        body = SubmitAlibabaRefundReturnRequest(
            refund_id="TQ1", logistics_company_no="SF", freight_bill="1"
        )
        with pytest.warns(DeprecationWarning):
            response = submit_alibaba_refund_return.sync_detailed(client=client.raw, body=body)
    assert response.parsed is not None and response.parsed.data.success is True
    assert fake.requests[0].headers["user-id"] == USER


def test_with_raw_response_counts_the_retries(sdk_class: type[SyncSDK]) -> None:
    busy = httpx.Response(503, json=envelope(code=503, msg="busy"))
    fake = FakePandaPon(busy, ok({"items": []}))
    response = sdk_class(fake).run(
        lambda c: c.with_raw_response.alibaba.products.search(keyword="包")
    )
    assert (response.http_status, response.retries) == (200, 1)  # its elapsed: test_backoff


def test_each_failed_attempt_is_logged_with_what_failed(
    sdk_class: type[SyncSDK], caplog: pytest.LogCaptureFixture
) -> None:
    fake = FakePandaPon(httpx.ConnectError("connection refused"), ok({}))
    with caplog.at_level(logging.INFO, logger="pandapon"):
        sdk_class(fake).call("searchAlibabaProducts", {})
    attempts = [r.getMessage() for r in caplog.records if " -> " in r.getMessage()]
    assert [line.split(" request_id=")[0] for line in attempts] == [
        "POST /v2/alibaba/product/keywords/query -> ConnectError",
        "POST /v2/alibaba/product/keywords/query -> 200",
    ]


def test_an_answer_whose_body_cannot_be_decoded_is_an_unknown_outcome(
    sdk_class: type[SyncSDK],
) -> None:
    garbled = httpx.Response(
        200, headers={"content-encoding": "gzip"}, stream=httpx.ByteStream(b"not gzip")
    )
    fake = FakePandaPon(garbled)
    with pytest.raises(pandapon.APIConnectionError) as caught:
        sdk_class(fake).call("cancelAlibabaOrder", {"webSite": "1688", "orderId": 1})
    error = caught.value
    assert (error.operation_id, error.outcome_unknown) == ("cancelAlibabaOrder", True)
    assert re.search(
        r"/v2/alibaba/order/cancel \(production: [^)]*\) answered, but the answer's body could "
        r"not be decoded: "
        r"DecodingError \(.*incorrect header check\)\. The request may have reached PandaPon",
        str(error),
    ), str(error)
    assert len(fake.requests) == 1  # a write: the server may have acted on it
    # Without a cause, the message names the error alone (no empty brackets).
    with pytest.raises(pandapon.APIConnectionError, match=r"decoded: DecodingError\. The"):
        sdk_class(FakePandaPon(httpx.DecodingError(""))).call(
            "cancelAlibabaOrder", {"webSite": "1688", "orderId": 1}
        )
