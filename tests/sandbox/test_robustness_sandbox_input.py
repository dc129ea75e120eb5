"""Hostile requests against the sandbox: every one gets a 4xx envelope, none a 500, and none
changes state or uses up what was meant for the client under test."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest

import pandapon
from pandapon import sandbox

LIMIT = 4096  # the module's sandbox takes request bodies up to this many bytes
ADDRESS = b'{"name": "%s", "province": "p", "city": "c", "district": "d", "address": "a"}'


@pytest.fixture(scope="module")
def box() -> Iterator[sandbox.RunningSandbox]:
    with sandbox.running(sandbox.SandboxConfig(max_body_size=LIMIT)) as running:
        yield running


def send(
    box: sandbox.RunningSandbox,
    method: str,
    path: str,
    body: bytes | Iterator[bytes] = b"",
    *,
    signed: bool = True,
    **overrides: bytes,
) -> httpx.Response:
    """A request as raw as it comes: signed (or not), then with some headers replaced by the
    bytes given (sent as they are, as a hostile client would)."""
    url = f"{box.url}{path}"
    headers = [(b"content-type", b"application/json")]
    if signed:
        config = box.config
        auth = pandapon.PandaPonAuth(config.access_key, config.access_secret, "u")
        model = auth.sign_request(httpx.Request(method, url))
        signature = [
            (k, v) for k, v in model.headers.raw if k.lower() not in (b"host", b"content-length")
        ]
        url, headers = str(model.url), [*headers, *signature]
    replaced = {name.replace("_", "-").encode(): value for name, value in overrides.items()}
    headers = [(k, v) for k, v in headers if k.lower() not in replaced] + list(replaced.items())
    with httpx.Client(timeout=30) as http:
        return http.send(httpx.Request(method, url, content=body, headers=headers))


def refused(response: httpx.Response, status: int) -> dict[str, Any]:
    """The envelope of a refusal with this HTTP status."""
    assert response.status_code == status, response.text
    payload: dict[str, Any] = response.json()
    assert isinstance(payload["code"], int) and payload["requestId"], payload
    return payload


# -- 12: text that is not Unicode ------------------------------------------------------------


@pytest.mark.parametrize(
    ("body", "named"),
    [
        (ADDRESS % b"x\\ud800", "name: not Unicode text"),
        (ADDRESS % b"\\udfff\\ud800", "name: not Unicode text"),
        (b'{"name": "ok", "x\\udc00": 1}', "(body): a field name that is not Unicode text"),
    ],
)
def test_a_lone_surrogate_is_a_validation_error(
    box: sandbox.RunningSandbox, body: bytes, named: str
) -> None:
    response = send(box, "POST", "/v2/open/address/addOrUpdate", body)
    assert named in refused(response, 400)["msg"]


def test_a_lone_surrogate_changes_nothing_in_a_db_and_it_keeps_working(tmp_path: Path) -> None:
    config = sandbox.SandboxConfig(db_path=str(tmp_path / "sandbox.db"))
    order = (
        b'{"flow": "general", "addressParam": {"fullName": "\\ud83d", "mobile": "1", '
        b'"address": "a"}, "cargoParamList": [{"offerMapId": "600126245031", "specId": "x", '
        b'"quantity": 1}]}'
    )
    with sandbox.running(config) as box:
        orders = len(box.admin.orders())
        bad = send(box, "POST", "/v2/open/address/addOrUpdate", ADDRESS % b"x\\ud800")
        assert refused(bad, 400)["code"] == 400
        bad_order = send(box, "POST", "/v2/alibaba/order/create", order)
        assert "addressParam.fullName: not Unicode text" in refused(bad_order, 400)["msg"]
        good = send(box, "POST", "/v2/open/address/addOrUpdate", ADDRESS % "张三".encode())
        assert good.json()["code"] == 200
        saved = good.json()["data"]["id"]
    with sandbox.running(config) as box, box.client() as client:
        addresses = {a.id: a.name for a in client.addresses.list()}
        assert len(box.admin.orders()) == orders
    assert addresses[saved] == "张三"
    assert not any(name.startswith("x") for name in addresses.values())


# -- 13: hostile input before authentication -------------------------------------------------

NESTED = b'{"name": ' + b"[" * 2000 + b"]" * 2000 + b"}"  # within LIMIT


@pytest.mark.parametrize(
    ("request_", "status"),
    [
        ({"timestamp": b"\xb2"}, 401),  # "²", which str.isdigit() accepts
        ({"timestamp": b"\xb9\xb2\xb3"}, 401),  # "¹²³"
        ({"timestamp": b"9" * 5000}, 401),  # more digits than int() converts
        ({"access_key": "ключ".encode()}, 401),  # non-ASCII: compare_digest raised TypeError
        ({"signature": "签名".encode()}, 401),
        ({"nonce_str": "随机".encode()}, 401),
        ({"body": NESTED}, 400),  # a RecursionError in the JSON parser
        ({"body": b'{"name": "x", "n": ' + b"[" * 70 + b"]" * 70 + b"}"}, 400),
        ({"body": b'{"name": NaN}'}, 400),
        ({"body": b'{"name": 1e400}'}, 400),
        ({"body": b'{"name": "\xff\xfe"}'}, 400),  # not UTF-8
    ],
    # Plain ASCII ids: pytest escapes an id made from bytes again at each collection in one
    # process, and mutmut's fork server collects twice (the second would find none of them).
    ids=[
        "timestamp-superscript",
        "timestamp-superscripts",
        "timestamp-5000-digits",
        "access_key-non-ascii",
        "signature-non-ascii",
        "nonce_str-non-ascii",
        "body-nested-2000",
        "body-nested-70",
        "body-nan",
        "body-1e400",
        "body-not-utf8",
    ],
)
def test_hostile_requests_get_a_4xx_envelope(
    box: sandbox.RunningSandbox, request_: dict[str, bytes], status: int
) -> None:
    request_ = dict(request_)  # the case's own dict stays as it is for a later run
    body = request_.pop("body", ADDRESS % b"ok")
    response = send(box, "POST", "/v2/open/address/addOrUpdate", body, **request_)
    refused(response, status)


@pytest.mark.parametrize("sign", ["签名", "²", "A" * 5000])
def test_a_hostile_query_signature_is_refused(box: sandbox.RunningSandbox, sign: str) -> None:
    # Signed as the docs say (a fresh nonce: never sent before), then the query's sign replaced.
    config = box.config
    auth = pandapon.PandaPonAuth(config.access_key, config.access_secret, "u")
    url = f"{box.url}/v2/open/pp/logistics/itemLogisticsPrice"
    signed = auth.sign_request(httpx.Request("POST", url, content=b"{}"))
    assert signed.url.params["sign"]  # a warehouse call: its query is signed too
    request = httpx.Request(
        "POST",
        signed.url.copy_set_param("sign", sign),
        content=b"{}",
        headers=[(k, v) for k, v in signed.headers.raw if k.lower() != b"host"],
    )
    with httpx.Client(timeout=30) as http:
        envelope = refused(http.send(request), 401)
    assert (envelope["code"], envelope["msg"]) == (4012, "sign query parameter mismatch")


# The older pages send lists and addresses as JSON inside a string: read and checked like a body.
EMBEDDED = [
    ("/v2/taobao/order", {"orderLineList": "0"}, "orderLineList: expected array"),
    ("/v2/taobao/order", {"orderLineList": "[1]"}, "orderLineList[0]: expected object"),
    ("/v2/taobao/order", {"orderLineList": '[{"itemId": "\\ud800"}]'}, "not Unicode text"),
    ("/v2/taobao/order", {"orderLineList": "[" * 70 + "]" * 70}, "nested more than 64"),
    ("/v2/taobao/order", {"orderLineList": "[{"}, "orderLineList: not valid JSON"),
    ("/v2/taobao/order", {"orderLineList": [{"itemId": "1", "quantity": ""}]}, "quantity"),
    ("/v2/taobao/order", {"orderLineList": '[{"itemId": "1", "quantity": "-1"}]'}, "quantity"),
    ("/v2/taobao/order", {"orderLineList": [{"itemId": "1"}], "receiver": "[]"}, "receiver"),
    ("/v2/taobao/product/batch/check", {"params": "[1]"}, "params must be a JSON array"),
]


@pytest.mark.parametrize(("path", "body", "named"), EMBEDDED)
def test_json_sent_as_text_is_checked_like_a_body(
    box: sandbox.RunningSandbox, path: str, body: dict[str, Any], named: str
) -> None:
    response = send(box, "POST", path, json.dumps(body).encode())
    assert response.status_code in (200, 400), response.text  # an envelope, not a 500
    assert response.json()["code"] == 400 and named in response.json()["msg"]


def test_a_page_number_beyond_sqlite_integers_is_an_empty_page(
    box: sandbox.RunningSandbox,
) -> None:
    body = json.dumps({"pageNo": 10**22, "pageSize": 20}).encode()
    response = send(box, "POST", "/v2/taobao/order/page", body)
    assert response.json()["code"] == 200 and response.json()["data"]["data"] == []


# -- 14: request size, fault injection -------------------------------------------------------


@pytest.mark.parametrize("chunked", [False, True])
def test_a_body_over_the_limit_is_refused_with_413(
    box: sandbox.RunningSandbox, chunked: bool
) -> None:
    body = ADDRESS % (b"x" * LIMIT)
    content = iter([body[:1000], body[1000:]]) if chunked else body
    payload = refused(send(box, "POST", "/v2/open/address/addOrUpdate", content), 413)
    assert payload["msg"] == f"request body over {LIMIT} bytes"
    assert send(box, "POST", "/v2/open/address/addOrUpdate", ADDRESS % b"ok").status_code == 200


def test_the_default_body_limit_is_1_mib() -> None:
    assert sandbox.SandboxConfig().max_body_size == 1024 * 1024


def test_unsigned_requests_do_not_use_up_a_fault(box: sandbox.RunningSandbox) -> None:
    box.admin.inject_fault("error", operation_id="listAlibabaCartItems")
    unsigned = send(box, "GET", "/v2/alibaba/cart/list", signed=False)
    assert refused(unsigned, 401)["code"] == 4010
    wrong = send(box, "GET", "/v2/alibaba/cart/list", signature=b"0" * 32)
    assert refused(wrong, 401)["code"] == 4012
    assert [f["operation_id"] for f in box.admin.faults()] == ["listAlibabaCartItems"]
    assert send(box, "GET", "/v2/alibaba/cart/list").status_code == 500  # the client's fault
    assert box.admin.faults() == []


# The test controls under /_sandbox/ take JSON from anyone on the machine: bad input is a 4xx
# naming what was wrong, never a 500 (and nothing changes).
ADMIN_HOSTILE = [
    ("POST", "/faults", b"not json", 400, "not usable JSON"),
    ("POST", "/faults", b"[1,2]", 400, "kind must be one of"),
    ("POST", "/faults", b'{"kind": "delay", "seconds": "x"}', 400, "seconds must be a number"),
    ("POST", "/faults", b'{"kind": "delay", "seconds": 1e400}', 400, "too large"),
    ("POST", "/orders/1688/abc/ship", b"", 404, "not found"),
    ("POST", "/orders/xx/1/ship", b"", 404, "no admin action"),
    ("POST", "/orders/1688/1/price", b'{"total": "x"}', 400, "total must be an integer"),
    ("POST", "/products/1688/1/price", b'{"price": null}', 400, "price must be a number"),
    ("POST", "/products/taobao/%ff/price", b'{"price": 1}', 404, "not found"),
    ("GET", "/orders?limit=abc", b"", 400, "limit must be a whole number"),
    ("GET", "/orders?limit=-1", b"", 400, "limit must be a whole number"),
    ("POST", "/reset", b"garbage", 400, "not usable JSON"),
    ("DELETE", "/orders", b"", 404, "no admin endpoint"),
    ("POST", "/refunds/1688/x/complete", b"{", 400, "not usable JSON"),
]


@pytest.mark.parametrize(("method", "path", "body", "status", "named"), ADMIN_HOSTILE)
def test_the_test_controls_refuse_bad_input_with_a_4xx(
    box: sandbox.RunningSandbox, method: str, path: str, body: bytes, status: int, named: str
) -> None:
    before = box.admin.orders()
    # As a script of the user's sends them (the header lets a POST through that is not JSON:
    # tests/sandbox/test_sandbox_hostile.py), so that what is checked here is the body.
    with httpx.Client(timeout=30, headers={"X-PandaPon-Sandbox": "1"}) as http:
        answer = http.request(method, f"{box.url}/_sandbox{path}", content=body)
    assert answer.status_code == status, answer.text
    assert named in answer.json()["error"]
    assert box.admin.orders() == before
