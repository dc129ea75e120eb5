"""Values that cross process boundaries: errors, models and webhook messages survive pickle and
deepcopy whole, and errors raised in a worker process arrive in the parent with every attribute
that decides what to do next (above all ``outcome_unknown``)."""

from __future__ import annotations

import copy
import importlib
import inspect
import pickle
import pkgutil
from concurrent.futures import ProcessPoolExecutor
from datetime import UTC, datetime, timedelta
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from pandapon_api import models
from pandapon_api.types import UNSET

import pandapon
from pandapon import sandbox
from pandapon._spec import document
from pandapon.webhooks import parse
from pandapon.webhooks._messages import message_types
from pandapon.webhooks.testing import envelope
from tests.support.strategies import SETTINGS, from_schema

# -- every error class ----------------------------------------------------------------------


def _every_error_class() -> list[type[pandapon.PandaPonError]]:
    """PandaPonError and every subclass anywhere in pandapon: a new one is covered when added."""
    for module in pkgutil.walk_packages(pandapon.__path__, "pandapon."):
        if not module.name.endswith("__main__"):  # running those is what they do
            importlib.import_module(module.name)
    found: list[type[pandapon.PandaPonError]] = []
    pending: list[type[pandapon.PandaPonError]] = [pandapon.PandaPonError]
    while pending:
        cls = pending.pop()
        if cls not in found:
            found.append(cls)
            pending.extend(cls.__subclasses__())
    return sorted(found, key=lambda c: c.__qualname__)


#: A value for each constructor parameter an SDK error has, by name. A new error class whose
#: __init__ takes a name missing here fails test_every_error_class_can_be_built_for_the_test.
SAMPLES: dict[str, Any] = {
    "message": "it went wrong",
    "operation_id": "getAlibabaProduct",
    "code": 429,
    "msg": "too many requests",
    "request_id": "0f1e2d3c4b5a",
    "http_status": 503,
    "body": '{"code": 429}',
    "json": {"code": 429, "msg": "too many requests", "data": None},
    "outcome_unknown": True,
    "errors": [pandapon.FieldError("cargoParamList[0].quantity", "must be >= 1")],
    "suggestions": ["getAlibabaProduct", "getTaobaoProduct"],
    "timestamp": datetime(2026, 1, 2, 3, 4, 5, tzinfo=UTC),
    "now": datetime(2026, 1, 2, 12, 0, 0, tzinfo=UTC),
    "tolerance": timedelta(hours=6),
}
ERRORS = _every_error_class()


def build(cls: type[pandapon.PandaPonError]) -> pandapon.PandaPonError:
    params = list(inspect.signature(cls.__init__).parameters.values())[1:]
    args: list[Any] = []
    kwargs: dict[str, Any] = {}
    for param in params:
        if param.kind in (param.VAR_POSITIONAL, param.VAR_KEYWORD):
            if param.kind is param.VAR_POSITIONAL and not args:
                args.append(SAMPLES["message"])  # Exception's own __init__(*args)
            continue
        value = SAMPLES[param.name]
        if param.kind is param.KEYWORD_ONLY:
            kwargs[param.name] = value
        else:
            args.append(value)
    return cls(*args, **kwargs)


def attributes(error: BaseException) -> dict[str, Any]:
    return {"type": type(error), "str": str(error), "args": error.args, **vars(error)}


def test_every_error_class_can_be_built_for_the_test() -> None:
    assert len(ERRORS) >= 20  # the walk found the hierarchy (and webhooks.StaleMessageError)
    assert any(cls.__name__ == "StaleMessageError" for cls in ERRORS)
    for cls in ERRORS:
        build(cls)


@pytest.mark.parametrize("cls", ERRORS, ids=lambda c: c.__name__)
def test_errors_pickle_and_copy_with_type_message_and_attributes(
    cls: type[pandapon.PandaPonError],
) -> None:
    error = build(cls)
    for name in ("code", "request_id", "outcome_unknown", "operation_id", "msg", "http_status"):
        if name in SAMPLES and name in inspect.signature(cls.__init__).parameters:
            assert hasattr(error, name)
    for again in (
        pickle.loads(pickle.dumps(error)),
        pickle.loads(pickle.dumps(error, protocol=2)),
        copy.deepcopy(error),
        copy.copy(error),
    ):
        assert type(again) is cls
        assert attributes(again) == attributes(error)


# -- errors raised in a worker process ------------------------------------------------------


def _raise_in_worker(url: str, what: str) -> None:
    """Runs in a pool process: make a call that fails as ``what`` says."""
    client = pandapon.PandaPon(
        sandbox.DEFAULT_ACCESS_KEY,
        sandbox.DEFAULT_ACCESS_SECRET,
        sandbox.DEFAULT_USER_ID,
        base_url=url,
        max_retries=0,
    )
    with client:
        if what == "invalid":
            client.call("getAlibabaProduct", {"offerId": "x", "unknownField": 1}, extra_body=5)  # type: ignore[arg-type]
        elif what == "unknown operation":
            client.call("getAlibabaProducts", {})
        else:
            client.alibaba.products.get(offer_id=600126245031, country="en")


@pytest.fixture(scope="module")
def running_sandbox() -> Any:
    with sandbox.running() as running:
        yield running


@pytest.mark.parametrize(
    ("what", "fault", "expected"),
    [
        ("rate limited", "rate_limit", pandapon.RateLimitError),
        ("server error", "error", pandapon.InternalServerError),
        ("invalid", None, pandapon.RequestValidationError),
        ("unknown operation", None, pandapon.UnknownOperationError),
        ("unreachable", None, pandapon.APIConnectionError),
    ],
)
def test_an_error_raised_in_a_process_pool_arrives_whole(
    running_sandbox: Any, what: str, fault: str | None, expected: type[Exception]
) -> None:
    url = (
        running_sandbox.url if what != "unreachable" else f"http://127.0.0.1:{sandbox.free_port()}"
    )
    if fault is not None:
        running_sandbox.admin.inject_fault(fault, operation_id="getAlibabaProduct")
    with ProcessPoolExecutor(max_workers=1) as pool:
        future = pool.submit(_raise_in_worker, url, what)
        with pytest.raises(expected) as raised:
            future.result(timeout=60)
        assert pool.submit(sum, [1, 2]).result(timeout=60) == 3  # the pool is not broken
    error = raised.value
    assert type(error) is expected
    if isinstance(error, pandapon.APIError):
        assert error.operation_id == "getAlibabaProduct"
        # The sandbox's 429 envelope names its request; its 500 is an HTML page.
        assert bool(error.request_id) is (fault == "rate_limit")
        assert error.code == (429 if fault == "rate_limit" else None)
        assert error.outcome_unknown is (fault == "error")  # HTTP 500: it may have taken effect
    if isinstance(error, pandapon.APIConnectionError):
        assert error.operation_id == "getAlibabaProduct"
        assert error.outcome_unknown is False  # nothing could connect: it was not sent
    if isinstance(error, pandapon.RequestValidationError):
        assert error.fields == ["extra_body"]


# -- models and messages --------------------------------------------------------------------

SCHEMAS = document()["components"]["schemas"]


def _model(name: str) -> Any:
    return getattr(models, name[0].upper() + name[1:])


@pytest.mark.parametrize("schema", sorted(SCHEMAS))
@settings(SETTINGS, max_examples=4)
@given(data=st.data())
def test_every_model_is_equal_to_itself_after_pickle_and_deepcopy(
    schema: str, data: st.DataObject
) -> None:
    value = data.draw(from_schema({"$ref": f"#/components/schemas/{schema}"}))
    model = _model(schema).from_dict(value)
    for again in (pickle.loads(pickle.dumps(model)), copy.deepcopy(model), copy.copy(model)):
        assert type(again) is type(model)
        assert again == model
        assert again.to_dict() == model.to_dict()


def test_unset_stays_the_one_unset() -> None:
    assert pickle.loads(pickle.dumps(UNSET)) is UNSET
    assert copy.deepcopy(UNSET) is UNSET
    assert copy.copy(UNSET) is UNSET
    product = models.AlibabaProductDetail.from_dict({"offerId": 1})
    assert copy.deepcopy(product).subject is UNSET
    assert pickle.loads(pickle.dumps(product)) == product


@pytest.mark.parametrize("message_type", sorted(message_types()))
@settings(SETTINGS, max_examples=3)
@given(data=st.data())
def test_webhook_messages_are_equal_after_pickle_and_deepcopy(
    message_type: str, data: st.DataObject
) -> None:
    model = message_types()[message_type].model
    body = data.draw(from_schema({"$ref": f"#/components/schemas/{model.__name__}"}))
    message = parse(pandapon.webhooks.testing._dumps(envelope(message_type, body)))
    for again in (pickle.loads(pickle.dumps(message)), copy.deepcopy(message)):
        assert type(again) is type(message)
        assert again == message
