"""Property-based: whatever PandaPon answers, the SDK returns data or raises a PandaPonError.

A successful envelope whose `data` has a type the spec does not allow comes back exactly as sent
(tolerant reading, the default; tests/sdk/test_drift.py covers the warnings and strict mode).

For every operation, payloads are drawn from its response schema in the bundled spec and then
mutated (extra and missing keys, nulls, wrong types, unknown enum-like values, huge strings, deep
nesting, odd envelopes) or corrupted on the wire (non-UTF-8 bytes, truncation, HTML error pages,
empty bodies, strange headers). They go through the real client over ``httpx.MockTransport``:
nothing on the SDK's side is replaced. An error that carries a response keeps all of it.
"""

from __future__ import annotations

import asyncio
import email.utils
import json
import math
from collections.abc import Callable, Mapping
from typing import Any

import httpx
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from pandapon_api import models

import pandapon
from pandapon._spec import Operation, document, operations
from pandapon.sandbox._synth import Synthesizer
from tests.support.fakes import KEY, SECRET, USER
from tests.support.strategies import (
    OPERATIONS,
    SETTINGS,
    corruptions,
    mutated,
    resolve,
    response_schema,
    success_envelopes,
    wire,
)

# The payloads are mutated so as not to fit the spec: the ShapeWarnings that follow are
# expected (tests/sdk/test_drift.py asserts them); what these tests hold is data or a
# PandaPonError, never anything else.
pytestmark = pytest.mark.filterwarnings("ignore::pandapon.ShapeWarning")

_SYNTH = Synthesizer(document())
NO_RETRY = pandapon.RetryPolicy(initial_delay=0.0, max_delay=0.0, max_retry_after=0.0)

# -- driving the SDK -------------------------------------------------------------------------


def valid_request(op: Operation) -> tuple[Any, dict[str, Any]]:
    params = {p.name: _SYNTH.value(p.schema, p.name) for p in op.parameters}
    body = _SYNTH.value(op.body_schema) if op.body_schema is not None else None
    return body, params


def sync_call(op: Operation, response: httpx.Response) -> Any:
    http = httpx.Client(transport=httpx.MockTransport(lambda _request: response))
    body, params = valid_request(op)
    with pandapon.PandaPon(
        KEY, SECRET, USER, http_client=http, max_retries=0, retry_policy=NO_RETRY
    ) as client:
        return client.call(op.operation_id, body, params=params)


def async_call(op: Operation, response: httpx.Response) -> Any:
    async def run() -> Any:
        http = httpx.AsyncClient(transport=httpx.MockTransport(lambda _request: response))
        body, params = valid_request(op)
        async with pandapon.AsyncPandaPon(
            KEY, SECRET, USER, http_client=http, max_retries=0, retry_policy=NO_RETRY
        ) as client:
            return await client.call(op.operation_id, body, params=params)

    return asyncio.run(run())


def _same_json(a: Any, b: Any) -> bool:
    """Equality that treats a NaN as equal to itself (json.loads reads the NaN token)."""
    if isinstance(a, float) and isinstance(b, float) and math.isnan(a) and math.isnan(b):
        return True
    if isinstance(a, dict) and isinstance(b, dict):
        return a.keys() == b.keys() and all(_same_json(a[k], b[k]) for k in a)
    if isinstance(a, list) and isinstance(b, list):
        return len(a) == len(b) and all(_same_json(x, y) for x, y in zip(a, b, strict=True))
    return bool(a == b) and type(a) is type(b)


def check(
    op: Operation,
    status: int,
    content: bytes,
    headers: dict[str, str] | None = None,
    call: Callable[[Operation, httpx.Response], Any] = sync_call,
) -> tuple[str, Any]:
    """Send ``content`` as PandaPon's answer; return ("data", data) or ("error", the error).

    Fails the test if anything but a PandaPonError escapes, if the data is not of a type the
    spec's response schema allows (exactly the data sent, where any JSON value is allowed), or
    if an error that carries the response lost any of it.
    """
    response = httpx.Response(status, content=content, headers=headers)
    text = response.text
    try:
        parsed: Any = json.loads(content)
    except (ValueError, RecursionError):
        parsed = None
    try:
        data = call(op, response)
    except pandapon.PandaPonError as error:
        if isinstance(error, (pandapon.ResponseValidationError, pandapon.APIError)):
            assert error.body == text, "the raw body was not kept"
            assert _same_json(error.json, parsed), "the decoded JSON was not kept"
            assert error.http_status == status
            assert error.operation_id == op.operation_id
        str(error), repr(error)  # neither may fail
        return "error", error
    assert 200 <= status < 300, f"HTTP {status} was taken for a success"
    assert isinstance(parsed, dict), "only an envelope object can carry data"
    allowed = spec_data_types(op)
    if allowed is None or not isinstance(data, allowed):
        # Any JSON value where the spec allows any; and where `data` has a type the spec does
        # not allow, tolerant reading returns it exactly as sent (validate="strict" refuses it).
        assert _same_json(data, parsed.get("data")), (data, parsed.get("data"))
    return "data", data


_JSON_KINDS: dict[str, tuple[type, ...]] = {
    "boolean": (bool,),
    "integer": (int,),
    "number": (int, float),
    "string": (str,),
    "array": (list,),
    "null": (type(None),),
}


def _kinds(schema: Mapping[str, Any]) -> tuple[type, ...] | None:
    """The Python types the spec lets a value of ``schema`` have, read from the spec itself (a
    model by its schema name); None when any JSON value fits."""
    if "$ref" in schema:
        return (getattr(models, str(schema["$ref"]).rsplit("/", 1)[1]),)
    for key in ("anyOf", "oneOf"):
        if key in schema:
            found: tuple[type, ...] = ()
            for option in schema[key]:
                kinds = _kinds(option)
                if kinds is None:
                    return None
                found += kinds
            return found
    types = schema.get("type")
    if types is None:
        return None
    return sum((_JSON_KINDS[t] for t in (types if isinstance(types, list) else [types])), ())


def spec_data_types(op: Operation) -> tuple[type, ...] | None:
    """What `data` may be for ``op``, by its response schema (not by the SDK's own tables)."""
    wrapper = resolve(response_schema(op))
    return _kinds(wrapper["allOf"][1]["properties"]["data"])


def _dump(data: Any) -> Any:
    if isinstance(data, list):
        return [_dump(item) for item in data]
    return data.to_dict() if hasattr(data, "to_dict") else data


# -- the properties --------------------------------------------------------------------------


@pytest.mark.parametrize("op", OPERATIONS, ids=lambda op: op.operation_id)
@settings(SETTINGS, max_examples=8)
@given(data=st.data())
def test_valid_payloads_parse_into_the_models_and_lose_nothing(
    op: Operation, data: st.DataObject
) -> None:
    payload = data.draw(success_envelopes(op), label="payload")
    outcome, result = check(op, 200, wire(payload))
    assert outcome == "data", result
    # A payload that fits the spec comes back whole: model -> dict gives what was sent.
    assert _same_json(_dump(result), payload.get("data")), (_dump(result), payload.get("data"))


@pytest.mark.parametrize("op", OPERATIONS, ids=lambda op: op.operation_id)
@settings(SETTINGS, max_examples=12)
@given(data=st.data())
def test_mutated_payloads_give_data_or_a_pandapon_error(op: Operation, data: st.DataObject) -> None:
    payload = data.draw(success_envelopes(op), label="payload")
    status = data.draw(st.sampled_from([200, 200, 200, 400, 404, 429, 500, 503]), label="status")
    check(op, status, wire(data.draw(mutated(payload), label="mutated")))


@settings(SETTINGS, max_examples=150)
@given(
    op=st.sampled_from(OPERATIONS),
    corruption=corruptions(),
)
def test_corrupt_bodies_raise_pandapon_errors_that_keep_the_body(
    op: Operation, corruption: tuple[int, bytes, dict[str, str]]
) -> None:
    status, content, headers = corruption
    check(op, status, content, headers)


@settings(SETTINGS, max_examples=40)
@given(
    op=st.sampled_from(OPERATIONS),
    data=st.data(),
)
def test_the_async_client_holds_to_the_same_rules(op: Operation, data: st.DataObject) -> None:
    payload = data.draw(success_envelopes(op), label="payload")
    if data.draw(st.booleans(), label="mutate"):
        check(op, 200, wire(data.draw(mutated(payload), label="mutated")), call=async_call)
    else:
        status, content, headers = data.draw(corruptions(), label="corruption")
        check(op, status, content, headers, call=async_call)


#: What a header value can be: printable ASCII (httpx refuses the rest before anything is sent).
HEADER_TEXT = st.text(st.characters(min_codepoint=0x20, max_codepoint=0x7E), max_size=40)


def _date_of(header: str) -> float | None:
    try:
        return email.utils.parsedate_to_datetime(header).timestamp()
    except (TypeError, ValueError, OverflowError):
        return None


@settings(SETTINGS, max_examples=40)
@given(
    status_and_code=st.sampled_from([(200, 401), (200, 403), (200, 4013), (401, None), (403, 401)]),
    date=st.one_of(
        HEADER_TEXT,
        st.sampled_from(
            [
                "Wed, 01 Jan 99999 00:00:00 GMT",
                "Mon, 01 Jan 0001 00:00:00 GMT",
                "Fri, 31 Dec 9999 23:59:59 +2359",
                "Thu, 01 Jan 1970 00:00:00 -0000",
            ]
        ),
    ),
    retry_after=st.one_of(HEADER_TEXT, st.sampled_from(["1e400", "inf", "-inf", "nan", "0", "-1"])),
)
def test_timestamp_rejections_and_retries_survive_any_date_and_retry_after(
    status_and_code: tuple[int, int | None], date: str, retry_after: str
) -> None:
    """A timestamp rejection makes the client read the Date header; a retry reads Retry-After."""
    status, code = status_and_code
    op = operations()["listAlibabaCartItems"]  # a read: retried
    payload = {"code": code, "msg": "timestamp out of range", "requestId": "r"}
    response = httpx.Response(
        status, content=wire(payload), headers={"date": date, "retry-after": retry_after}
    )
    sent: list[httpx.Request] = []

    def answer(request: httpx.Request) -> httpx.Response:
        sent.append(request)
        return response

    http = httpx.Client(transport=httpx.MockTransport(answer))
    with pandapon.PandaPon(
        KEY, SECRET, USER, http_client=http, max_retries=1, retry_policy=NO_RETRY
    ) as client:
        with pytest.raises(pandapon.APIError) as caught:
            client.call(op.operation_id)
        assert caught.value.body == response.text
        assert math.isfinite(client.clock_offset)
        # 4013 in a 200 answer is no HTTP-style code: a plain API error, not retried. The rest
        # are timestamp rejections: retried once (a fresh timestamp may pass).
        rejected = (status, code) != (200, 4013)
        assert isinstance(caught.value, pandapon.TimestampError) is rejected
        assert len(sent) == (2 if rejected else 1)
        if not rejected or _date_of(date) is None:
            assert client.clock_offset == 0  # nothing (usable) to learn from


@pytest.mark.parametrize("line", [["ab"], [["skuId", "x"]]])
def test_a_list_where_the_spec_has_an_object_is_not_made_into_one(line: list[Any]) -> None:
    op = operations()["previewTaobaoCartOrder"]
    payload = {"code": 200, "data": {"unavailableSkuList": [line]}}
    outcome, data = check(op, 200, wire(payload))
    if outcome == "data":  # tolerated: then kept as sent, not turned into another object
        assert _same_json(_dump(data), payload["data"]), _dump(data)
