"""Bad input to every public function: a typed error that names what is wrong, nothing else.

Nothing here needs a network: calls that get past their checks would reach a scripted
``httpx.MockTransport`` (tests/support/fakes.py), and each test checks that bad input never does.
"""

from __future__ import annotations

import asyncio
import math
from collections.abc import Callable, Iterator
from datetime import datetime
from decimal import Decimal
from typing import Any

import httpx
import pytest
from pandapon_api.models import AlibabaBuyerViewOrder, FastAdress, FastCargo

import pandapon
from pandapon import sandbox, webhooks
from tests.support.fakes import KEY, SECRET, USER, AsyncSDK, FakePandaPon, SyncSDK, ok

NAN, INF = math.nan, math.inf


def client(fake: FakePandaPon | None = None, **options: Any) -> pandapon.PandaPon:
    http = httpx.Client(transport=httpx.MockTransport(fake or FakePandaPon(ok(True))))
    return pandapon.PandaPon(KEY, SECRET, USER, http_client=http, **options)


def raises(error: type[BaseException], *named: str, call: Callable[[], Any]) -> BaseException:
    """``call()`` raises ``error`` whose message names every one of ``named``."""
    with pytest.raises(error) as caught:
        call()
    message = str(caught.value)
    for name in named:
        assert name in message, f"{name!r} not in {message!r}"
    assert SECRET not in message
    return caught.value


# -- pandapon.sign ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("position", "bad"),
    [
        (position, bad)
        for position in range(4)
        for bad in (None, 1, b"bytes", ["x"], True)
        if (position, bad) != (1, 1) or bad is True  # int milliseconds are a timestamp (next test)
    ],
)
def test_sign_names_the_argument_it_cannot_use(position: int, bad: Any) -> None:
    names = ["access_key", "timestamp", "nonce_str", "access_secret"]
    args: list[Any] = ["k", "1700000000000", "n" * 32, "s"]
    args[position] = bad
    expected = "must be epoch milliseconds" if position == 1 else "must be a str"
    error = raises(TypeError, names[position], expected, call=lambda: pandapon.sign(*args))
    assert isinstance(error, pandapon.PandaPonError)  # every input error is one


def test_sign_takes_the_timestamp_as_int_milliseconds_too() -> None:
    text = pandapon.sign("k", "1700000000000", "n" * 32, "s")
    assert pandapon.sign("k", 1_700_000_000_000, "n" * 32, "s") == text
    with pytest.raises(pandapon.PandaPonError, match="must not be negative"):
        pandapon.sign("k", -1, "n" * 32, "s")


# -- the constructor -------------------------------------------------------------------------

CONSTRUCTOR_CASES: list[tuple[dict[str, Any], tuple[str, ...]]] = [
    ({"access_key": 0}, ("access_key", "must be a str")),
    ({"access_key": b"key"}, ("access_key", "must be a str")),
    ({"access_key": ""}, ("access_key", "PANDAPON_ACCESS_KEY")),
    ({"access_key": "key\r\nX-Injected: 1"}, ("access_key", "control characters")),
    ({"user_id": "user\n"}, ("user_id", "control characters")),
    ({"user_id": 2100007341207}, ("user_id", "must be a str")),
    ({"access_secret": ["s"]}, ("access_secret", "must be a str")),
    ({"base_url": "ftp://api.pandapon.com"}, ("base_url", "http(s)")),
    ({"base_url": "api.pandapon.com"}, ("base_url",)),
    ({"base_url": "http://[::1"}, ("base_url",)),
    ({"timeout": 0}, ("timeout", "positive")),
    ({"timeout": -5}, ("timeout",)),
    ({"timeout": NAN}, ("timeout", "finite")),
    ({"timeout": INF}, ("timeout", "finite")),
    ({"timeout": "30"}, ("timeout",)),
    ({"timeout": True}, ("timeout",)),
    ({"max_retries": -1}, ("max_retries",)),
    ({"max_retries": 1.5}, ("max_retries",)),
    ({"max_retries": True}, ("max_retries",)),
    ({"max_retries": None}, ("max_retries",)),
    ({"http_client": httpx.AsyncClient()}, ("http_client", "httpx.Client")),
    ({"http_client": "http://localhost"}, ("http_client",)),
    ({"signer": "md5"}, ("signer", "callable")),
    ({"retry_policy": 3}, ("retry_policy", "RetryPolicy")),
    ({"retry_policy": {"initial_delay": 1}}, ("retry_policy",)),
    ({"clock_offset": "3600"}, ("clock_offset",)),
    ({"clock_offset": NAN}, ("clock_offset", "finite")),
    ({"clock_offset": None}, ("clock_offset",)),
]


@pytest.mark.parametrize(("options", "named"), CONSTRUCTOR_CASES)
def test_bad_constructor_options_are_configuration_errors(
    options: dict[str, Any], named: tuple[str, ...], monkeypatch: pytest.MonkeyPatch
) -> None:
    for variable in ("PANDAPON_ACCESS_KEY", "PANDAPON_ACCESS_SECRET", "PANDAPON_USER_ID"):
        monkeypatch.delenv(variable, raising=False)
    arguments = {"access_key": KEY, "access_secret": SECRET, "user_id": USER, **options}
    raises(pandapon.ConfigurationError, *named, call=lambda: pandapon.PandaPon(**arguments))


def test_the_async_constructor_checks_the_same_way() -> None:
    raises(
        pandapon.ConfigurationError,
        "http_client",
        "AsyncClient",
        call=lambda: pandapon.AsyncPandaPon(KEY, SECRET, USER, http_client=httpx.Client()),
    )
    raises(
        pandapon.ConfigurationError,
        "timeout",
        call=lambda: pandapon.AsyncPandaPon(KEY, SECRET, USER, timeout=NAN),
    )


@pytest.mark.parametrize(
    ("field", "value"),
    [
        ("initial_delay", -1),
        ("max_delay", NAN),
        ("max_retry_after", INF),
        ("max_delay", -INF),
        ("initial_delay", "0.5"),
        ("max_delay", True),
    ],
)
def test_retry_policies_refuse_delays_that_cannot_be_slept(field: str, value: Any) -> None:
    raises(
        pandapon.ConfigurationError,
        f"RetryPolicy.{field} must be a finite number of seconds >= 0, got {value!r}",
        call=lambda: pandapon.RetryPolicy(**{field: value}),
    )


def test_an_http_client_with_its_own_base_url_is_not_silently_ignored() -> None:
    fake = FakePandaPon(ok(True))
    http = httpx.Client(base_url="http://127.0.0.1:9", transport=httpx.MockTransport(fake))
    with pandapon.PandaPon(KEY, SECRET, USER, http_client=http) as sdk:
        assert str(sdk.base_url) == "http://127.0.0.1:9"
        sdk.alibaba.orders.cancel(web_site="1688", order_id=1)
    # The call went where the HTTP client points, not to production.
    assert fake.requests[0].url.host == "127.0.0.1"
    other = httpx.Client(base_url="http://127.0.0.1:9")
    raises(
        pandapon.ConfigurationError,
        "base_url",
        "http_client.base_url",
        call=lambda: pandapon.PandaPon(
            KEY, SECRET, USER, base_url="https://api.pandapon.com", http_client=other
        ),
    )


def test_a_signer_that_returns_no_str_is_named_and_nothing_is_sent() -> None:
    fake = FakePandaPon(ok(True))
    for returned in (5, None, b"ABC", "A\r\nB"):
        sdk = client(fake, signer=lambda *_args, value=returned: value)
        raises(
            pandapon.ConfigurationError,
            "signer",
            call=lambda sdk=sdk: sdk.alibaba.orders.cancel(web_site="1688", order_id=1),
        )
    assert fake.requests == []


# -- call, with_options, paginate ------------------------------------------------------------


@pytest.mark.parametrize("operation_id", [None, 123, ["searchAlibabaProducts"], "", "search"])
def test_unknown_operation_ids(operation_id: Any) -> None:
    raises(pandapon.UnknownOperationError, call=lambda: client().call(operation_id))


CALL_CASES: list[tuple[str, Any, Any, tuple[str, ...]]] = [
    ("cancelAlibabaOrder", 5, None, ("(body)", "expected object, got integer")),
    ("cancelAlibabaOrder", "webSite=1688", None, ("(body)", "got string")),
    ("cancelAlibabaOrder", [("webSite", "1688")], None, ("(body)", "got array")),
    ("cancelAlibabaOrder", object(), None, ("(body)", "not a JSON type")),
    ("cancelAlibabaOrder", {"webSite": object(), "orderId": 1}, None, ("webSite", "not a JSON")),
    ("cancelAlibabaOrder", {"webSite": "1688", "orderId": NAN}, None, ("orderId", "non-finite")),
    ("cancelAlibabaOrder", {"webSite": "1688", "orderId": "x"}, None, ("orderId", "integer")),
    ("cancelAlibabaOrder", {"webSite": {1688}, "orderId": 1}, None, ("webSite", "set")),
    ("cancelAlibabaOrder", {1: "x", "webSite": "1688", "orderId": 1}, None, ("keys",)),
    ("cancelAlibabaOrder", None, None, ("(body)", "required")),
    ("payAlibabaOrder", None, 5, ("(params)", "mapping", "int")),
    ("payAlibabaOrder", None, ["orderId"], ("(params)", "list")),
    ("payAlibabaOrder", None, {"orderId": object()}, ("orderId", "not a JSON")),
    ("payAlibabaOrder", None, {"order_id": "1"}, ("order_id", "unknown parameter")),
    ("payAlibabaOrder", {"orderId": "1"}, {"orderId": "1"}, ("(body)", "takes no body")),
    ("payAlibabaOrder", None, {}, ("orderId", "missing")),
]


@pytest.mark.parametrize(("operation_id", "body", "params", "named"), CALL_CASES)
def test_bad_call_input_is_refused_before_sending(
    operation_id: str, body: Any, params: Any, named: tuple[str, ...]
) -> None:
    fake = FakePandaPon(ok(True))
    for call in (client(fake).call, client(fake).call_unchecked):
        error = raises(
            pandapon.RequestValidationError,
            *named,
            call=lambda call=call: call(operation_id, body, params=params),
        )
        assert isinstance(error, ValueError)
    async_sdk = pandapon.AsyncPandaPon(
        KEY, SECRET, USER, http_client=httpx.AsyncClient(transport=httpx.MockTransport(fake))
    )
    raises(
        pandapon.RequestValidationError,
        *named,
        call=lambda: asyncio.run(async_sdk.call(operation_id, body, params=params)),
    )
    assert fake.requests == []


@pytest.mark.parametrize(
    ("options", "named"),
    [
        ({"timeout": NAN}, ("timeout",)),
        ({"timeout": "5"}, ("timeout",)),
        ({"max_retries": -2}, ("max_retries",)),
        ({"user_id": 7}, ("user_id", "must be a str")),
        ({"user_id": "a\nb"}, ("user_id", "control characters")),
    ],
)
def test_with_options_checks_like_the_constructor(
    options: dict[str, Any], named: tuple[str, ...]
) -> None:
    raises(pandapon.ConfigurationError, *named, call=lambda: client().with_options(**options))
    with pytest.raises(TypeError, match="retries"):
        client().with_options(retries=3)  # type: ignore[call-arg]


@pytest.mark.parametrize(
    ("operation_id", "body", "params", "error", "named"),
    [
        ("searchAlibabaProducts", 5, None, pandapon.RequestValidationError, ("(body)", "int")),
        ("searchAlibabaProducts", ["x"], None, pandapon.RequestValidationError, ("(body)",)),
        ("listTaobaoOrders", None, 5, pandapon.RequestValidationError, ("(params)", "int")),
        ("cancelAlibabaOrder", None, None, pandapon.ConfigurationError, ("not a paged",)),
        ("searchAlibabaProductz", None, None, pandapon.UnknownOperationError, ("searchAlibaba",)),
        (42, None, None, pandapon.UnknownOperationError, ("42",)),
    ],
)
def test_paginate_refuses_bad_input_when_called(
    operation_id: Any, body: Any, params: Any, error: type[Exception], named: tuple[str, ...]
) -> None:
    fake = FakePandaPon(ok({"data": []}))
    caught = raises(
        error, *named, call=lambda: client(fake).paginate(operation_id, body, params=params)
    )
    assert fake.requests == []
    if isinstance(caught, pandapon.RequestValidationError):  # the operation, and the part named
        assert (caught.operation_id, caught.fields) == (operation_id, [named[0]])


@pytest.mark.parametrize("sdk_class", [SyncSDK, AsyncSDK], ids=["sync", "async"])
def test_paginate_checks_the_parameters_given_as_call_does(sdk_class: type[SyncSDK]) -> None:
    """A body field given as a parameter (no paged operation has any) is refused naming it, at
    the first page, and nothing is sent: never dropped."""
    fake = FakePandaPon(ok({"data": []}))
    error = raises(
        pandapon.RequestValidationError,
        "unknown parameter",
        call=lambda: sdk_class(fake).paginate(
            "searchAlibabaProducts", {}, params={"keyword": "包"}
        ),
    )
    assert error.fields == ["keyword"]  # type: ignore[attr-defined]
    assert fake.requests == []


# -- typed resource methods ------------------------------------------------------------------

ADDRESS = FastAdress(full_name="张三", mobile="18600888861", city_text="杭州市", address="文一西路")
CARGO = FastCargo(offer_map_id="L0PTnwSnx_dWNZWCtgK7Gg", spec_id="b266e0726506185beaf205cbae88a37d")


@pytest.mark.parametrize(
    ("call", "named"),
    [
        (lambda c: c.alibaba.orders.cancel(web_site=1688, order_id=1), ("webSite", "string")),
        (lambda c: c.alibaba.orders.cancel(web_site="1688", order_id=[1]), ("orderId", "array")),
        (lambda c: c.alibaba.orders.pay(order_id=None), ("orderId", "missing")),
        (lambda c: c.taobao.products.get(item_id=b"1"), ("itemId", "not a JSON")),
        (
            lambda c: c.alibaba.orders.create(
                flow="general", address_param={"fullName": 1}, cargo_param_list=[CARGO]
            ),
            ("addressParam.fullName", "expected string or null, got integer"),
        ),
        (
            lambda c: c.alibaba.orders.create(
                flow="general", address_param=ADDRESS, cargo_param_list=[CARGO, "x"]
            ),
            ("cargoParamList[1]", "expected object, got string"),
        ),
        (
            lambda c: c.alibaba.orders.create(
                flow="general", address_param=None, cargo_param_list=[CARGO]
            ),
            ("addressParam", "expected object, got null"),
        ),
        (
            lambda c: c.alibaba.orders.create(flow=3, address_param=ADDRESS, cargo_param_list=[]),
            ("flow",),
        ),
        (
            lambda c: c.alibaba.products.search(keyword="包", page_size="20"),
            ("pageSize", "integer"),
        ),
    ],
)
def test_resource_methods_with_wrong_types_name_the_field(
    call: Callable[[pandapon.PandaPon], Any], named: tuple[str, ...]
) -> None:
    fake = FakePandaPon(ok(True))
    raises(pandapon.RequestValidationError, *named, call=lambda: call(client(fake)))
    assert fake.requests == []


# -- money -----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("value", "error"),
    [
        (True, TypeError),
        ([1], TypeError),
        (object(), TypeError),
        ("abc", ValueError),
        ("", ValueError),
        (NAN, ValueError),
        (INF, ValueError),
        ("NaN", ValueError),
        ("-Infinity", ValueError),
        (Decimal("sNaN"), ValueError),
    ],
)
def test_to_decimal_refuses_what_is_no_amount(value: Any, error: type[Exception]) -> None:
    raises(error, "amount of money", call=lambda: pandapon.to_decimal(value))


def test_what_is_no_amount_is_refused_saying_what_it_was() -> None:
    assert str(raises(TypeError, call=lambda: pandapon.to_decimal(True))) == (
        "a boolean is not an amount of money"
    )
    assert str(raises(TypeError, call=lambda: pandapon.to_decimal([1]))) == (
        "not an amount of money: list"
    )


def test_money_fields_reach_into_nested_models_and_lists() -> None:
    """Every amount of an order, each by its path: the order's own models, and each item of a
    list of models (README: Money)."""
    order = AlibabaBuyerViewOrder.from_dict(
        {
            "baseInfo": {"totalAmount": 12.1, "shippingFee": "6.00"},
            "productItems": [{"price": 0.1, "itemAmount": 3}, {"price": "2.50"}],
        }
    )
    assert pandapon.money_fields(order) == {
        "base_info.coupon_fee": None,
        "base_info.refund_payment": None,
        "base_info.shipping_fee": Decimal("6.00"),
        "base_info.sum_product_payment": None,
        "base_info.total_amount": Decimal("12.1"),
        "product_items[0].item_amount": Decimal(3),
        "product_items[0].item_discount_fee": None,
        "product_items[0].price": Decimal("0.1"),
        "product_items[1].item_amount": None,
        "product_items[1].item_discount_fee": None,
        "product_items[1].price": Decimal("2.50"),
    }


def test_money_names_the_field_and_the_money_fields() -> None:
    with pytest.warns(pandapon.ShapeWarning, match="data.price"):  # a number, not fen
        product = client(FakePandaPon(ok({"price": 12.1}))).taobao.products.get(item_id="1")
    refused = raises(ValueError, call=lambda: pandapon.money(product, "title"))
    assert str(refused) == (
        "TaoBaoProductDetailsV2VO.title is not a money field "
        "(money fields: coupon_price, post_fee, price, promotion_price)"
    )
    refused = raises(ValueError, call=lambda: pandapon.money(5, "price"))
    assert str(refused) == "int.price is not a money field (money fields: none)"
    assert pandapon.money_fields(None) == {}


# -- webhooks --------------------------------------------------------------------------------

BODY = b'{"messageType":"1688_ORDER_BUYER_VIEW_ORDER_PAY","messageBody":{"orderId":1}}'


@pytest.mark.parametrize(
    ("arguments", "error", "named"),
    [
        ((BODY.decode(), "a" * 64, "s"), TypeError, ("body", "bytes", "str")),
        ((None, "a" * 64, "s"), TypeError, ("body",)),
        ((BODY, 5, "s"), TypeError, ("authorization", "int")),
        ((BODY, ["a" * 64], "s"), TypeError, ("authorization",)),
        ((BODY, "a" * 64, ""), pandapon.ConfigurationError, ("AccessSecret",)),
        ((BODY, "a" * 64, b"s"), pandapon.ConfigurationError, ("AccessSecret",)),
        ((BODY, None, "s"), pandapon.SignatureVerificationError, ("no Authorization",)),
        ((BODY, "", "s"), pandapon.SignatureVerificationError, ("no Authorization",)),
        ((BODY, "签名", "s"), pandapon.SignatureVerificationError, ("does not match",)),
        ((BODY, b"\xff" * 64, "s"), pandapon.SignatureVerificationError, ("does not match",)),
    ],
)
def test_verify_signature_bad_input(
    arguments: tuple[Any, Any, Any], error: type[Exception], named: tuple[str, ...]
) -> None:
    raises(error, *named, call=lambda: webhooks.verify_signature(*arguments))


def test_verify_signature_takes_a_raw_header_value_as_bytes() -> None:
    signature = webhooks.sign_payload(BODY, "s")
    webhooks.verify_signature(BODY, signature.encode(), "s")
    webhooks.verify_signature(bytearray(BODY), "HMAC-SHA256 " + signature.upper(), "s")


@pytest.mark.parametrize(
    ("body", "error", "named"),
    [
        (None, TypeError, ("body", "NoneType")),
        (123, TypeError, ("body", "int")),
        ({"messageType": "x"}, TypeError, ("body", "dict")),
        (b"", pandapon.WebhookPayloadError, ("not valid JSON",)),
        (b"\x80abc", pandapon.WebhookPayloadError, ("UTF-8",)),
        (b"[1]", pandapon.WebhookPayloadError, ("JSON object", "list")),
        (b"[" * 100_000, pandapon.WebhookPayloadError, ("nested too deeply",)),
        (
            b'{"messageType":"1688_ORDER_BUYER_VIEW_ORDER_PAY","messageBody":"'
            + b"[" * 100_000
            + b'"}',
            None,
            (),
        ),
    ],
)
def test_parse_bad_input(body: Any, error: type[Exception] | None, named: tuple[str, ...]) -> None:
    if error is None:
        assert webhooks.parse(body).body is None  # an undecodable string body is no body
    else:
        raises(error, *named, call=lambda: webhooks.parse(body))


def test_construct_message_bad_input() -> None:
    signature = webhooks.sign_payload(BODY, "s")
    for tolerance in (-1, "6h", NAN):
        raises(
            pandapon.ConfigurationError,
            "tolerance",
            call=lambda t=tolerance: webhooks.construct_message(BODY, signature, "s", tolerance=t),
        )
    for now in ("2024-01-01", 1_700_000_000, datetime(2024, 1, 1)):
        raises(
            pandapon.ConfigurationError,
            "now",
            "timezone-aware",
            call=lambda n=now: webhooks.construct_message(BODY, signature, "s", now=n),
        )
    raises(
        TypeError, "body", call=lambda: webhooks.construct_message(BODY.decode(), signature, "s")
    )
    raises(TypeError, "body", call=lambda: webhooks.construct_message(None, signature, "s"))


@pytest.mark.parametrize("bad", [None, 5, ""])
def test_sign_payload_and_receivers_need_a_secret(bad: Any) -> None:
    raises(
        pandapon.ConfigurationError, "AccessSecret", call=lambda: webhooks.sign_payload(BODY, bad)
    )


# -- the sandbox -----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("options", "named"),
    [
        ({"access_key": ""}, ("SandboxConfig.access_key",)),
        ({"access_secret": None}, ("SandboxConfig.access_secret",)),
        ({"user_id": 7}, ("SandboxConfig.user_id",)),
        ({"seed": "1688"}, ("SandboxConfig.seed", "int")),
        ({"db_path": 5}, ("SandboxConfig.db_path",)),
        ({"callback_url": "localhost:9000"}, ("SandboxConfig.callback_url", "http(s)")),
        ({"callback_url": 9000}, ("SandboxConfig.callback_url",)),
        ({"callback_retry_delays": "1,2"}, ("SandboxConfig.callback_retry_delays",)),
        ({"callback_retry_delays": (1, -2)}, ("SandboxConfig.callback_retry_delays",)),
        ({"callback_retry_delays": (NAN,)}, ("SandboxConfig.callback_retry_delays",)),
        ({"callback_retry_delays": 5}, ("SandboxConfig.callback_retry_delays",)),
        ({"max_body_size": 0}, ("SandboxConfig.max_body_size", "bytes")),
        ({"max_body_size": "1MB"}, ("SandboxConfig.max_body_size",)),
    ],
)
def test_sandbox_config_names_the_bad_field(
    options: dict[str, Any], named: tuple[str, ...]
) -> None:
    raises(pandapon.ConfigurationError, *named, call=lambda: sandbox.SandboxConfig(**options))


def test_sandbox_config_takes_any_sequence_of_delays() -> None:
    assert sandbox.SandboxConfig(callback_retry_delays=[1, 2.5]).callback_retry_delays == (1, 2.5)


@pytest.fixture(scope="module")
def box() -> Iterator[sandbox.RunningSandbox]:
    with sandbox.running() as running:
        yield running


@pytest.mark.parametrize(
    ("arguments", "named"),
    [
        ({"kind": "explode"}, ("kind must be one of", "drop_after_commit")),
        ({"kind": "error", "count": 0}, ("count", ">= 1")),
        ({"kind": "error", "count": "2"}, ("count",)),
        ({"kind": "error", "count": 1.5}, ("count",)),
        ({"kind": "error", "operation_id": "payAlibabaOrdr"}, ("payAlibabaOrdr", "operation")),
        ({"kind": "delay", "seconds": -1}, ("seconds",)),
        ({"kind": "delay", "seconds": "1"}, ("seconds",)),
        ({"kind": "delay", "seconds": 1e300}, ("seconds", "from 0 to 300")),
        ({"kind": "delay", "seconds": 300.5}, ("seconds", "from 0 to 300")),
        ({"kind": "rate_limit", "retry_after": "soon"}, ("retryAfter",)),
    ],
)
def test_bad_fault_injections_are_refused_and_name_the_field(
    box: sandbox.RunningSandbox, arguments: dict[str, Any], named: tuple[str, ...]
) -> None:
    arguments = dict(arguments)  # the case's own dict stays whole for a later run (mutmut's)
    kind = arguments.pop("kind")
    raises(
        sandbox.SandboxAdminError, *named, call=lambda: box.admin.inject_fault(kind, **arguments)
    )
    assert box.admin.faults() == []  # nothing half-registered


def test_bad_admin_actions_name_what_is_wrong(box: sandbox.RunningSandbox) -> None:
    raises(sandbox.SandboxAdminError, "not found", call=lambda: box.admin.ship("1688", "nope"))
    raises(sandbox.SandboxAdminError, "no admin action", call=lambda: box.admin.ship("ebay", 1))
    order = box.admin.products()[0]["productId"]
    raises(
        sandbox.SandboxAdminError,
        "total",
        "fen",
        call=lambda: box.admin.change_order_price("1688", 1, "twelve"),
    )
    raises(
        sandbox.SandboxAdminError,
        "price",
        call=lambda: box.admin.set_product_price("1688", order, "cheap"),
    )


# -- text that is not Unicode, paths that change the endpoint, helpers ----------------------


@pytest.mark.parametrize(
    ("call", "field"),
    [
        (
            (
                "submitAlibabaRefundReturn",
                {"refundId": "TQ\ud800", "logisticsCompanyNo": "SF", "freightBill": "1"},
                None,
            ),
            "refundId",
        ),
        (
            (
                "createAlibabaOrder",
                {
                    "flow": "general",
                    "addressParam": {"fullName": "a\udfff"},
                    "cargoParamList": [{"offerMapId": "o", "specId": "s", "quantity": 1}],
                },
                None,
            ),
            "addressParam.fullName",
        ),
        (("getTaobaoRefund", None, {"refundId": "x\ud800"}), "refundId"),
        (("cancelTaobaoRefund", None, {"refundId": "\udc00"}), "refundId"),
        pytest.param(
            (
                "createAlibabaOrder",
                {
                    "flow": "general",
                    "addressParam": {"fullName": "a"},
                    "cargoParamList": [{"offerMapId": "o\ud800", "specId": "s", "quantity": 1}],
                },
                None,
            ),
            "cargoParamList[0].offerMapId",
            id="an-item-of-a-list",
        ),
        pytest.param(
            (
                "createAlibabaOrder",
                {
                    "flow": "general",
                    "addressParam": {"fullName": "a", "note\udfff": "x"},
                    "cargoParamList": [{"offerMapId": "o", "specId": "s", "quantity": 1}],
                },
                None,
            ),
            "addressParam.note\udfff",  # the name itself cannot be sent
            id="a-field-name",  # an id of plain text, the same at every collection
        ),
    ],
)
@pytest.mark.parametrize("mode", ["docs", "strict", "off"])
def test_a_lone_surrogate_is_named_in_every_mode(
    call: tuple[str, Any, Any], field: str, mode: str
) -> None:
    fake = FakePandaPon()
    operation_id, body, params = call
    error = raises(
        pandapon.RequestValidationError,
        field,
        "lone surrogate",
        call=lambda: SyncSDK(fake, validate=mode).call(operation_id, body, params=params),
    )
    assert error.fields == [field]
    assert fake.requests == []


def test_a_whole_body_that_cannot_be_sent_is_named_as_the_body() -> None:
    """With ``validate="off"`` a body of any JSON shape goes; a text body holding a lone
    surrogate is refused as ``(body)``, the name every refusal of the whole body has."""
    fake = FakePandaPon()
    error = raises(
        pandapon.RequestValidationError,
        "(body)",
        "lone surrogate",
        call=lambda: SyncSDK(fake, validate="off").call("submitAlibabaRefundReturn", "\ud800"),
    )
    shape = raises(
        pandapon.RequestValidationError,
        "expected object",
        call=lambda: SyncSDK(fake).call("submitAlibabaRefundReturn", "\ud800"),
    )
    assert error.fields == shape.fields == ["(body)"]
    assert fake.requests == []


@pytest.mark.parametrize("value", ["", ".", ".."])
def test_a_path_parameter_cannot_change_the_endpoint(value: str) -> None:
    fake = FakePandaPon()
    for mode in ("docs", "off"):
        raises(
            pandapon.RequestValidationError,
            "refundId",
            "would change which endpoint",
            call=lambda m=mode: SyncSDK(fake, validate=m).call(
                "cancelTaobaoRefund", params={"refundId": value}
            ),
        )
    assert fake.requests == []
    SyncSDK(fake).call("cancelTaobaoRefund", params={"refundId": "..."})  # an ordinary name
    assert fake.requests[0].url.path == "/v2/taobao/order/refund/cancel/..."


def test_money_on_a_field_that_holds_none_is_a_pandapon_error() -> None:
    line = FastCargo(quantity=2)
    error = raises(
        pandapon.InvalidArgumentError,
        "FastCargo.quantity",
        "not a money field",
        call=lambda: pandapon.money(line, "quantity"),
    )
    assert isinstance(error, ValueError)  # as it was before
    with pytest.raises(pandapon.PandaPonError, match="not an amount of money"):
        pandapon.to_decimal("twelve")


def test_no_repr_or_str_reaches_the_secret() -> None:
    client = pandapon.PandaPon(KEY, SECRET, "user", base_url="https://example.invalid")
    shown = [
        repr(client),
        str(client),
        repr(vars(client)),
        repr(client._auth),
        repr(client.with_options(timeout=3)),
        repr(client.generated_client),
        repr(client._credentials),
        str(client.with_raw_response),
    ]
    for text in shown:
        assert SECRET not in text
