"""Requests that follow the evidence: validation modes, per-call escape hatches, responses with
their metadata, and page objects.

- ``validate="docs"`` (default) refuses what breaks a rule the docs state and sends what breaks
  only the spec's inferences (the server decides); ``"strict"`` refuses both; ``"off"`` checks
  only that the body is JSON.
- ``extra_body`` / ``extra_query`` / ``extra_headers`` / ``timeout`` on every call.
"""

from __future__ import annotations

import asyncio
import datetime
import json
import logging
import warnings
from typing import Any

import httpx
import pytest

import pandapon
from pandapon import sandbox
from tests.support.fakes import AsyncSDK, FakePandaPon, SyncSDK, envelope, ok

SUBMIT = {"refundId": "TQ1234567890", "logisticsCompanyNo": "SF", "freightBill": "SF1"}


@pytest.fixture(params=[SyncSDK, AsyncSDK], ids=["sync", "async"])
def sdk_class(request: pytest.FixtureRequest) -> type[SyncSDK]:
    cls: type[SyncSDK] = request.param
    return cls


# -- validation modes ---------------------------------------------------------------------------


def test_an_inferred_rule_does_not_stop_a_call_by_default(
    sdk_class: type[SyncSDK], caplog: pytest.LogCaptureFixture
) -> None:
    """getAlibabaHotList is known only by its title: its required `rankId` is a guess."""
    fake = FakePandaPon(ok({"rankId": "1"}))
    with caplog.at_level(logging.DEBUG, logger="pandapon"):
        sdk_class(fake).run(lambda c: c.alibaba.products.hot_list(limit=5))
    assert fake.body() == {"limit": 5}  # sent: the server decides
    lines = [r.getMessage() for r in caplog.records if "do not state" in r.getMessage()]
    assert len(lines) == 1
    assert "getAlibabaHotList" in lines[0] and "rankId: required field is missing" in lines[0]


def test_strict_refuses_an_inferred_rule_and_sends_nothing(sdk_class: type[SyncSDK]) -> None:
    fake = FakePandaPon()
    sdk = sdk_class(fake, validate="strict")
    with pytest.raises(pandapon.RequestValidationError) as caught:
        sdk.call("getAlibabaHotList", {"limit": 5})
    assert caught.value.fields == ["rankId"]
    with pytest.raises(pandapon.RequestValidationError, match="orderId: required query"):
        sdk.call("getTaobaoOrder")  # an inferred operation's query parameter
    assert fake.requests == []


def test_an_inferred_query_parameter_is_sent_without_by_default(sdk_class: type[SyncSDK]) -> None:
    fake = FakePandaPon()
    sdk_class(fake).call("getTaobaoOrder")
    assert fake.requests[0].url.params.get("orderId") is None


@pytest.mark.parametrize("mode", ["docs", "strict"])
@pytest.mark.parametrize(
    ("body", "field"),
    [
        ({k: v for k, v in SUBMIT.items() if k != "refundId"}, "refundId"),
        ({**SUBMIT, "vouchers": ["v"] * 11}, "vouchers"),
        ({**SUBMIT, "description": "x"}, "description"),  # 2 to 200 characters
        ({**SUBMIT, "refundId": 1234}, "refundId"),  # types are always checked
    ],
)
def test_what_the_docs_state_is_refused_in_both_modes(
    sdk_class: type[SyncSDK], mode: str, body: dict[str, Any], field: str
) -> None:
    fake = FakePandaPon()
    with pytest.raises(pandapon.RequestValidationError) as caught:
        sdk_class(fake, validate=mode).call("submitAlibabaRefundReturn", body)
    assert caught.value.fields == [field]
    assert fake.requests == []


def test_off_sends_anything_json_can_carry(sdk_class: type[SyncSDK]) -> None:
    fake = FakePandaPon(ok({"success": True}))
    sdk = sdk_class(fake, validate="off")
    sdk.call("submitAlibabaRefundReturn", {"vouchers": ["v"] * 11, "refundId": 5})
    assert fake.body() == {"vouchers": ["v"] * 11, "refundId": 5}
    with pytest.raises(pandapon.RequestValidationError, match="not representable as JSON"):
        sdk.call("submitAlibabaRefundReturn", {"refundId": float("nan")})
    assert len(fake.requests) == 1


def test_an_inferred_limit_on_a_seen_operation_is_the_servers_to_judge(
    sdk_class: type[SyncSDK],
) -> None:
    """`refundId` must not be empty, says the spec; no page says so."""
    fake = FakePandaPon(ok({"success": True}))
    sdk_class(fake).call("submitAlibabaRefundReturn", {**SUBMIT, "refundId": ""})
    assert fake.body()["refundId"] == ""
    with pytest.raises(pandapon.RequestValidationError, match="at least 1 characters"):
        sdk_class(fake, validate="strict").call(
            "submitAlibabaRefundReturn", {**SUBMIT, "refundId": ""}
        )


def test_the_mode_is_set_per_client_and_per_use(sdk_class: type[SyncSDK]) -> None:
    fake = FakePandaPon()
    sdk = sdk_class(fake)
    assert sdk.client.validate == "docs"
    strict = sdk.client.with_options(validate="strict")
    assert (strict.validate, sdk.client.validate) == ("strict", "docs")
    with pytest.raises(pandapon.ConfigurationError, match="validate must be one of"):
        sdk.client.with_options(validate="lenient")
    with pytest.raises(pandapon.ConfigurationError, match="validate must be one of"):
        sdk_class(fake, validate=True)


def test_the_sandbox_judges_every_rule_as_a_server_would() -> None:
    with (
        sandbox.running() as box,
        box.client(validate="off") as client,
        pytest.raises(pandapon.BadRequestError, match="rankId"),
    ):
        client.call("getAlibabaHotList", {"limit": 5})


# -- escape hatches ---------------------------------------------------------------------------


def test_extra_body_reaches_the_server_on_typed_methods_and_call(sdk_class: type[SyncSDK]) -> None:
    fake = FakePandaPon(ok({"success": True}))
    sdk = sdk_class(fake)
    sdk.run(
        lambda c: c.alibaba.refunds.submit_return(
            refund_id="TQ1",
            logistics_company_no="SF",
            freight_bill="SF1",
            extra_body={"newField": 1, "freightBill": "SF2"},
        )
    )
    assert fake.body() == {
        "refundId": "TQ1",
        "logisticsCompanyNo": "SF",
        "freightBill": "SF2",
        "newField": 1,
    }
    sdk.call("submitAlibabaRefundReturn", SUBMIT, extra_body={"newField": [1, 2]})
    assert fake.body()["newField"] == [1, 2]
    with pytest.raises(
        pandapon.RequestValidationError, match="extra_body: cancelTaobaoRefund takes no body"
    ):
        sdk.call("cancelTaobaoRefund", params={"refundId": "1"}, extra_body={"x": 1})


def test_extra_query_and_headers_reach_the_server(sdk_class: type[SyncSDK]) -> None:
    fake = FakePandaPon(ok({"itemId": "1"}))
    sdk_class(fake).run(
        lambda c: c.taobao.products.get(
            item_id="WUnUC1cILiBjt-Jv3lDdlQ",
            extra_query={"lang": "en", "skip": None},
            extra_headers={"x-trace": "abc"},
        )
    )
    sent = fake.requests[0]
    assert sent.url.params["lang"] == "en" and "skip" not in sent.url.params
    assert sent.headers["x-trace"] == "abc"
    assert sent.headers["signature"]  # still signed


@pytest.mark.parametrize("name", ["signature", "Signature", "nonce-str", "ACCESS-KEY", "user-id"])
def test_extra_headers_cannot_replace_the_signed_headers(
    sdk_class: type[SyncSDK], name: str
) -> None:
    fake = FakePandaPon()
    with pytest.raises(pandapon.RequestValidationError, match="set by the SDK on every call"):
        sdk_class(fake).call("submitAlibabaRefundReturn", SUBMIT, extra_headers={name: "forged"})
    assert fake.requests == []


HEADER_REFUSALS = {
    "not a valid header name": "not a valid header name (letters, digits and !#$%&'*+-.^_`|~ "
    "only: no spaces, ':', line breaks or non-ASCII)",
    "must be ASCII": "header values must be ASCII",
    "control character": "the value holds a control character or line break (a tab is allowed)",
    "begins or ends with a space or tab": "the value begins or ends with a space or tab, which "
    "HTTP does not send",
}


@pytest.mark.parametrize(
    ("headers", "problem"),
    [
        ({"x trace": "v"}, "not a valid header name"),  # h11 refuses it only when sending
        ({"x-trace:": "v"}, "not a valid header name"),
        ({"": "v"}, "not a valid header name"),
        ({"x-naïve": "v"}, "not a valid header name"),
        ({"x-trace": "café-secret"}, "must be ASCII"),  # httpx: a bare UnicodeEncodeError
        ({"x-trace": "a\r\nX-Evil: 1"}, "control character"),
        ({"x-trace": "a\x00b"}, "control character"),
        ({"x-trace": "a\x7fb"}, "control character"),
        ({"x-trace": " padded-secret"}, "begins or ends with a space or tab"),
        ({"x-trace": "padded-secret\t"}, "begins or ends with a space or tab"),
    ],
)
def test_a_header_http_cannot_carry_is_refused_by_name_and_nothing_is_sent(
    sdk_class: type[SyncSDK], headers: dict[str, str], problem: str
) -> None:
    fake = FakePandaPon()
    with pytest.raises(pandapon.RequestValidationError, match=problem) as caught:
        sdk_class(fake).call("submitAlibabaRefundReturn", SUBMIT, extra_headers=headers)
    ((name, value),) = headers.items()
    assert caught.value.fields == [f"extra_headers[{name!r}]"]
    # The whole reason, with what HTTP does allow.
    assert [e.message for e in caught.value.errors] == [HEADER_REFUSALS[problem]]
    if len(value) > 1:  # a value may be a token of the caller's: it is not repeated
        assert value not in str(caught.value) and value.strip() not in str(caught.value)
    assert fake.requests == []


def test_headers_http_can_carry_are_sent_as_given(sdk_class: type[SyncSDK]) -> None:
    fake = FakePandaPon(ok({"success": True}))
    headers = {
        "x-tab": "a\tb",
        "x-empty": "",
        "x-odd~name!": "v  w",
        "X-Case": "Keep",
        "x-ends": "XendsX",  # only spaces and tabs at either end are refused
    }
    sdk_class(fake).call("submitAlibabaRefundReturn", SUBMIT, extra_headers=headers)
    sent = fake.requests[0].headers
    assert {name: sent[name] for name in headers} == headers


def test_the_query_signature_cannot_be_overridden(sdk_class: type[SyncSDK]) -> None:
    fake = FakePandaPon()
    with pytest.raises(pandapon.RequestValidationError, match="extra_query\\['sign'\\]"):
        sdk_class(fake).call(
            "estimateFreight",
            {},
            extra_query={"sign": "x"},
        )
    assert fake.requests == []


def test_a_timeout_given_to_one_call_bounds_that_call() -> None:
    config = sandbox.SandboxConfig()
    with sandbox.running(config) as box, box.client(max_retries=0, timeout=10) as client:
        box.admin.inject_fault("delay", seconds=2.0, operation_id="getTaobaoProduct")
        with pytest.raises(pandapon.APITimeoutError):
            client.taobao.products.get(item_id=_any_item(client), timeout=0.3)
        # The client's own timeout (10 s) is untouched: a second, 1 s delay is waited out.
        item = _any_item(client)
        box.admin.inject_fault("delay", seconds=1.0, operation_id="getTaobaoProduct")
        assert client.taobao.products.get(item_id=item) is not None


def _any_item(client: pandapon.PandaPon) -> str:
    page = client.taobao.products.search(keyword="包", page_size=1)
    items = [getattr(item, "item_id", None) for item in (page.data or [])]
    return str(next(i for i in items if isinstance(i, str)))


def test_a_per_call_timeout_reaches_httpx(sdk_class: type[SyncSDK]) -> None:
    fake = FakePandaPon(ok({"success": True}))
    sdk_class(fake).call("submitAlibabaRefundReturn", SUBMIT, timeout=1.5)
    assert fake.requests[0].extensions["timeout"]["read"] == 1.5
    with pytest.raises(pandapon.ConfigurationError, match="timeout must be a positive"):
        sdk_class(fake).call("submitAlibabaRefundReturn", SUBMIT, timeout=-1)


def _read_timeout(fake: FakePandaPon) -> Any:
    return fake.requests[-1].extensions["timeout"]["read"]


def test_the_default_deadline_follows_the_timeout_of_the_call(sdk_class: type[SyncSDK]) -> None:
    """Without a deadline given, it is 3 x the read timeout of the call, however that timeout
    was set: per call or with ``with_options``. Each phase of a request is cut to the time the
    deadline leaves, so a per-call 120 s timeout must not be cut to the client's 90 s."""
    fake = FakePandaPon(ok({"success": True}))
    sdk = sdk_class(fake)  # the default 30 s timeout: a 90 s deadline
    sdk.call("submitAlibabaRefundReturn", SUBMIT, timeout=120)
    assert 100 < _read_timeout(fake) <= 120  # not cut to 90 s: the deadline is 360 s
    other = sdk.client.with_options(timeout=120)
    sdk.run(lambda _: other.call("submitAlibabaRefundReturn", SUBMIT))
    assert 100 < _read_timeout(fake) <= 120
    sdk.call("submitAlibabaRefundReturn", SUBMIT, timeout=httpx.Timeout(None))
    assert _read_timeout(fake) is None  # no read timeout, no default deadline: as with_options
    sdk.call("submitAlibabaRefundReturn", SUBMIT)
    assert 20 < _read_timeout(fake) <= 30  # the client's own, untouched


def test_a_deadline_given_still_bounds_a_call_with_a_longer_timeout(
    sdk_class: type[SyncSDK],
) -> None:
    fake = FakePandaPon(ok({"success": True}))
    sdk = sdk_class(fake, deadline=100)
    sdk.call("submitAlibabaRefundReturn", SUBMIT, timeout=120)
    assert 50 < _read_timeout(fake) <= 100
    sdk.call("submitAlibabaRefundReturn", SUBMIT, timeout=120, deadline=60)
    assert 30 < _read_timeout(fake) <= 60
    later = sdk.client.with_options(deadline=70)
    sdk.run(lambda _: later.call("submitAlibabaRefundReturn", SUBMIT, timeout=120))
    assert 30 < _read_timeout(fake) <= 70


def test_call_unchecked_takes_every_option_call_takes(sdk_class: type[SyncSDK]) -> None:
    """``call_unchecked`` (what ``pandapon call --raw`` and ``settle`` use) sends what ``call``
    would: the parameters, the extra fields, query and headers, this call's timeout and its
    deadline."""
    fake = FakePandaPon(ok({"success": True}))
    sdk = sdk_class(fake)
    sdk.run(
        lambda c: c.call_unchecked(
            "submitAlibabaRefundReturn",
            SUBMIT,
            extra_body={"newField": 1},
            extra_query={"lang": "en"},
            extra_headers={"x-trace": "abc"},
            timeout=httpx.Timeout(5, read=100),
            deadline=60,
        )
    )
    sent = fake.requests[-1]
    assert fake.body() == {**SUBMIT, "newField": 1}
    assert sent.url.params["lang"] == "en" and sent.headers["x-trace"] == "abc"
    timeouts = sent.extensions["timeout"]
    assert timeouts["connect"] == 5  # this call's own timeout, not the client's 30 s
    assert 30 < timeouts["read"] <= 60  # its read timeout cut to the deadline given
    sdk.run(lambda c: c.call_unchecked("cancelTaobaoRefund", params={"refundId": "R-7"}))
    assert fake.requests[-1].url.raw_path == b"/v2/taobao/order/refund/cancel/R-7"


# -- responses with their metadata -----------------------------------------------------------


def test_with_raw_response_gives_the_metadata_and_the_typed_data() -> None:
    fake = FakePandaPon(ok({"success": True}, **{"x-served-by": "edge-7"}))
    sdk = SyncSDK(fake)
    response = sdk.client.with_raw_response.alibaba.refunds.submit_return(
        refund_id="TQ1", logistics_company_no="SF", freight_bill="SF1"
    )
    assert isinstance(response, pandapon.APIResponse)
    assert response.http_status == 200
    assert response.headers["x-served-by"] == "edge-7"
    assert response.request_id == envelope()["requestId"]
    assert isinstance(response.elapsed, datetime.timedelta)
    assert response.json()["data"] == {"success": True}
    assert response.parse().success is True
    assert response.retries == 0


def test_with_raw_response_against_the_sandbox_sync_and_async() -> None:
    with sandbox.running() as box, box.client() as client:
        page = client.with_raw_response.alibaba.products.search(keyword="包", page_size=2)
        assert page.http_status == 200 and page.request_id
        assert page.headers["content-type"].startswith("application/json")
        assert page.parse() is not None and page.parse().data
        assert page.json()["requestId"] == page.request_id

        async def main() -> pandapon.APIResponse[Any]:
            async with pandapon.AsyncPandaPon(
                box.app.config.access_key,
                box.app.config.access_secret,
                box.app.config.user_id,
                base_url=box.url,
            ) as aclient:
                return await aclient.with_raw_response.alibaba.products.search(
                    keyword="包", page_size=2
                )

        answer = asyncio.run(main())
        assert answer.http_status == 200 and answer.request_id
        assert answer.request_id != page.request_id
        assert "date" in answer.headers


def test_with_raw_response_still_raises_api_errors() -> None:
    fake = FakePandaPon(httpx.Response(200, json=envelope(None, code=404, msg="not found")))
    with pytest.raises(pandapon.NotFoundError):
        SyncSDK(fake).client.with_raw_response.call("getAlibabaRefund", {"refundId": "TQ1"})


# -- pages ----------------------------------------------------------------------------------


def _orders_page(items: list[dict[str, Any]], total: int) -> httpx.Response:
    # listAlibabaOrders' data: its pagination fields are named in the spec.
    return ok({"totalRecord": total, "result": items})


def test_iter_pages_yields_pages_with_items_and_totals(sdk_class: type[SyncSDK]) -> None:
    fake = FakePandaPon(
        _orders_page([{"baseInfo": {"id": 1}}, {"baseInfo": {"id": 2}}], 3),
        _orders_page([{"baseInfo": {"id": 3}}], 3),
    )
    pages = sdk_class(fake).run(lambda c: c.alibaba.orders.iter_list_pages(page_size=2))
    assert [(p.number, len(p.items), p.total_items) for p in pages] == [(1, 2, 3), (2, 1, 3)]
    assert [json.loads(r.content)["page"] for r in fake.requests] == [1, 2]
    assert pages[0].items[0].base_info.id == 1


def test_paginate_and_iter_pages_by_operation_id(sdk_class: type[SyncSDK]) -> None:
    fake = FakePandaPon(_orders_page([{"baseInfo": {"id": 1}}], 1))
    sdk = sdk_class(fake)
    pages = sdk.run(lambda c: c.iter_pages("listAlibabaOrders", {"pageSize": 5}, timeout=2.0))
    assert [p.total_items for p in pages] == [1]
    assert fake.requests[0].extensions["timeout"]["read"] == 2.0


@pytest.mark.parametrize("method", ["paginate", "iter_pages"])
def test_paging_takes_every_option_call_takes(sdk_class: type[SyncSDK], method: str) -> None:
    """Each page is sent with the extra fields, query and headers given, and this call's
    timeout and deadline."""
    fake = FakePandaPon(_orders_page([{"baseInfo": {"id": 1}}], 1))
    sdk = sdk_class(fake)
    sdk.run(
        lambda c: getattr(c, method)(
            "listAlibabaOrders",
            {"pageSize": 5},
            extra_body={"newField": 1},
            extra_query={"lang": "en"},
            extra_headers={"x-trace": "abc"},
            timeout=httpx.Timeout(5, read=100),
            deadline=60,
        )
    )
    (sent,) = fake.requests
    assert fake.body() == {"pageSize": 5, "page": 1, "newField": 1}
    assert sent.url.params["lang"] == "en" and sent.headers["x-trace"] == "abc"
    timeouts = sent.extensions["timeout"]
    assert timeouts["connect"] == 5  # this call's own timeout, not the client's 30 s
    assert 30 < timeouts["read"] <= 60  # its read timeout cut to the deadline given


@pytest.mark.parametrize(
    ("data", "totals"),
    [
        ({"totalRecord": 3, "totalPage": 2}, (2, 3)),  # no items at all
        # of shapes the spec does not give: kept in Page.data, not read as items or totals
        ({"result": "none", "totalRecord": "3", "totalPage": "2"}, (None, None)),
    ],
)
def test_a_page_without_items_or_totals_the_sdk_can_read_is_empty_and_ends(
    sdk_class: type[SyncSDK], data: dict[str, Any], totals: tuple[int | None, int | None]
) -> None:
    """What came is kept (``Page.data``), but no text is taken for a list of items, nor for
    a total: the page is empty and the iteration stops there."""
    fake = FakePandaPon(ok(data), _orders_page([{"baseInfo": {"id": 1}}], 1))
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", pandapon.ShapeWarning)  # said once per process
        pages = sdk_class(fake).run(lambda c: c.alibaba.orders.iter_list_pages(page_size=2))
    assert [(p.number, p.items, p.total_pages, p.total_items) for p in pages] == [(1, [], *totals)]
    assert len(fake.requests) == 1
