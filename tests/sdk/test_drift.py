"""Tolerant reading: a success whose shape is not the spec's is returned as sent, and said so.

Against the drift server (tests/support/drift.py), which answers every operation with a success
envelope whose ``data`` is a bare id, a list, or an object whose fields carry other JSON types.
Whether an answer fits the spec is decided here by jsonschema on the bundled spec, not by the SDK's
own walker: each answer that does not fit must come back exactly as sent with a ``ShapeWarning``
naming the operation and the JSON path, and each that fits without one. ``validate="strict"``
refuses exactly the answers that do not fit.
"""

from __future__ import annotations

import asyncio
import json
import logging
import os
import subprocess
import sys
import warnings
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest
from pandapon_api import sdk_metadata

import pandapon
from pandapon._shape import forget_warnings
from pandapon._spec import operations
from tests.support import drift
from tests.support.drift import OPERATIONS, misfits, request
from tests.support.fakes import KEY, SECRET, USER, FakePandaPon, envelope


@pytest.fixture(scope="module")
def server() -> Iterator[tuple[str, drift.DriftApp]]:
    with drift.running() as running:
        yield running


@pytest.fixture(autouse=True)
def _warn_afresh() -> None:
    """Each test sees the first warning of each deviation (they are once per process)."""
    forget_warnings()


def client(url: str, mode: str, **options: Any) -> pandapon.PandaPon:
    return pandapon.PandaPon(KEY, SECRET, USER, base_url=f"{url}/{mode}", max_retries=0, **options)


def as_json(value: Any) -> Any:
    """A returned value as JSON again: a model through to_dict(), lists item by item."""
    if isinstance(value, list):
        return [as_json(item) for item in value]
    to_dict = getattr(value, "to_dict", None)
    return to_dict() if callable(to_dict) else value


def shape_warnings(caught: list[warnings.WarningMessage]) -> list[pandapon.ShapeWarning]:
    return [w.message for w in caught if isinstance(w.message, pandapon.ShapeWarning)]


# -- every operation, three drifts -----------------------------------------------------------


@pytest.mark.parametrize("recording", [False, True], ids=["evidence off", "evidence on"])
@pytest.mark.parametrize("mode", drift.MODES)
def test_every_success_is_returned_as_sent_with_a_warning_where_it_differs(
    server: tuple[str, drift.DriftApp], mode: str, recording: bool, tmp_path: Path
) -> None:
    # With evidence on, the answers are walked by the evidence's describer instead of the plain
    # deviation check: the warnings must be the same.
    url, _ = server
    drifted = 0
    evidence = pandapon.EvidenceStore(tmp_path / "e.db") if recording else False
    with client(url, mode, evidence=evidence) as sdk:
        for op in OPERATIONS:
            body, params = request(op)
            with warnings.catch_warnings(record=True) as caught:
                warnings.simplefilter("always")
                value = sdk.call(op.operation_id, body, params=params)
            sent = drift.envelope(op.operation_id, mode)
            assert as_json(value) == sent["data"], op.operation_id
            expected = misfits(op.operation_id, sent)
            warned = {w.path for w in shape_warnings(caught) if w.operation_id == op.operation_id}
            assert warned == expected, op.operation_id
            drifted += bool(expected)
    assert drifted > len(OPERATIONS) // 2  # the drift does reach most of them


@pytest.mark.parametrize("mode", drift.MODES)
def test_the_async_client_reads_the_same_way(server: tuple[str, drift.DriftApp], mode: str) -> None:
    url, _ = server

    async def run() -> list[tuple[str, Any, set[str]]]:
        seen = []
        async with pandapon.AsyncPandaPon(
            KEY, SECRET, USER, base_url=f"{url}/{mode}", max_retries=0
        ) as sdk:
            for op in OPERATIONS:
                body, params = request(op)
                with warnings.catch_warnings(record=True) as caught:
                    warnings.simplefilter("always")
                    value = await sdk.call(op.operation_id, body, params=params)
                paths = {w.path for w in shape_warnings(caught)}
                seen.append((op.operation_id, value, paths))
        return seen

    for operation_id, value, paths in asyncio.run(run()):
        sent = drift.envelope(operation_id, mode)
        assert as_json(value) == sent["data"], operation_id
        assert paths == misfits(operation_id, sent), operation_id


@pytest.mark.parametrize("mode", drift.MODES)
def test_strict_mode_refuses_exactly_what_does_not_fit(
    server: tuple[str, drift.DriftApp], mode: str
) -> None:
    url, _ = server
    with client(url, mode, validate="strict") as sdk:
        for op in OPERATIONS:
            body, params = request(op)
            sent = drift.envelope(op.operation_id, mode)
            if not misfits(op.operation_id, sent):
                assert as_json(sdk.call(op.operation_id, body, params=params)) == sent["data"]
                continue
            with pytest.raises(pandapon.ResponseValidationError) as caught:
                sdk.call(op.operation_id, body, params=params)
            assert caught.value.json == sent, op.operation_id  # nothing of the answer lost
            assert "does not fit the spec" in str(caught.value)


# -- the never-twice promise -----------------------------------------------------------------


def test_an_order_answered_with_a_bare_id_returns_the_id_and_is_sent_once(
    server: tuple[str, drift.DriftApp],
) -> None:
    url, app = server
    before = app.requests.copy()
    line = {"itemId": "672991141190", "skuId": "4839232245544", "quantity": 1}
    with client(url, "id") as sdk, pytest.warns(pandapon.ShapeWarning, match="createTaobaoOrder"):
        created = sdk.taobao.orders.create(order_line_list=[line])
    assert created == drift.BARE_ID
    batch, _ = request(operations()["batchCreateAlibabaOrders"])
    with client(url, "id") as sdk, pytest.warns(pandapon.ShapeWarning) as warned:
        submitted = sdk.alibaba.refunds.submit_return(
            refund_id="TQ1", logistics_company_no="SF", freight_bill="SF1"
        )
        parsed = (
            sdk.with_raw_response.taobao.orders.create(order_line_list=[line]).parse(),
            sdk.call("batchCreateAlibabaOrders", batch),
        )
    assert submitted == drift.BARE_ID and parsed == (drift.BARE_ID, drift.BARE_ID)
    assert {getattr(w.message, "operation_id", None) for w in warned} == {
        "submitAlibabaRefundReturn",
        "batchCreateAlibabaOrders",
    }
    sent = app.requests - before
    assert (sent["createTaobaoOrder"], sent["submitAlibabaRefundReturn"]) == (2, 1)
    assert sent["batchCreateAlibabaOrders"] == 1


def test_call_unchecked_and_with_raw_response_read_tolerantly(
    server: tuple[str, drift.DriftApp],
) -> None:
    url, _ = server
    with (
        client(url, "fields") as sdk,
        pytest.warns(pandapon.ShapeWarning, match="getTaobaoProduct"),
    ):
        response = sdk.with_raw_response.taobao.products.get(item_id="672991141190")
        raw = sdk.call_unchecked("getTaobaoProduct", params={"itemId": "672991141190"})
    sent = drift.envelope("getTaobaoProduct", "fields")
    assert as_json(response.parse()) == sent["data"] and response.http_status == 200
    assert raw.json == sent


# -- pages -----------------------------------------------------------------------------------


PAGED = [op for op in OPERATIONS if op.operation_id in sdk_metadata.PAGINATION]


@pytest.mark.parametrize("mode", drift.MODES)
def test_page_iterators_yield_what_they_can_and_stop(
    server: tuple[str, drift.DriftApp], mode: str
) -> None:
    url, _ = server
    with client(url, mode) as sdk:
        for op in PAGED:
            body, params = request(op)
            with warnings.catch_warnings(record=True) as caught:
                warnings.simplefilter("always")
                pages = list(sdk.iter_pages(op.operation_id, body, params=params))
                items = list(sdk.paginate(op.operation_id, body, params=params))
            sent = drift.envelope(op.operation_id, mode)["data"]
            assert as_json(pages[0].data) == sent, op.operation_id
            # Where `data` is itself the page's list, its items are yielded as they came.
            assert [as_json(i) for i in items] == [as_json(i) for p in pages for i in p.items]
            if misfits(op.operation_id, drift.envelope(op.operation_id, mode)):
                assert any(w.operation_id == op.operation_id for w in shape_warnings(caught))


# -- the warning itself ----------------------------------------------------------------------


def test_a_deviation_warns_once_per_operation_and_path(caplog: pytest.LogCaptureFixture) -> None:
    answer = httpx.Response(200, json=envelope("77881234"))
    http = httpx.Client(transport=httpx.MockTransport(FakePandaPon(answer)))
    with (
        pandapon.PandaPon(KEY, SECRET, USER, http_client=http) as sdk,
        warnings.catch_warnings(record=True) as caught,
        caplog.at_level(logging.WARNING),
    ):
        warnings.simplefilter("always")
        for _ in range(3):
            assert sdk.alibaba.cart.list() == "77881234"
        assert sdk.call("listTaobaoCartItems") == "77881234"  # another operation: warned
    found = [(w.operation_id, w.path, w.seen) for w in shape_warnings(caught)]
    assert found == [
        ("listAlibabaCartItems", "data", "string"),
        ("listTaobaoCartItems", "data", "string"),
    ]
    records = [r for r in caplog.records if r.name == "pandapon" and r.levelno == logging.WARNING]
    assert len(records) == 2 and "listAlibabaCartItems" in records[0].getMessage()
    assert issubclass(pandapon.ShapeWarning, UserWarning)
    assert caught[0].filename == __file__  # pointed at the caller's line, not the SDK's


def test_warnings_and_logs_name_the_place_never_the_value(
    caplog: pytest.LogCaptureFixture,
) -> None:
    hostile = "\x1b[2J\u202ekey 6660001234"
    data = {"offerId": ["SECRET-OFFER-4242"], "subject": 918273645, hostile: {"x": "v-secret"}}
    answer = httpx.Response(200, json=envelope(data))
    http = httpx.Client(transport=httpx.MockTransport(FakePandaPon(answer)))
    with (
        pandapon.PandaPon(KEY, SECRET, USER, http_client=http) as sdk,
        warnings.catch_warnings(record=True) as caught,
        caplog.at_level(logging.DEBUG),
    ):
        warnings.simplefilter("always")
        product = sdk.alibaba.products.get(offer_id=1, country="en")
    assert (product.offer_id, product.subject) == (["SECRET-OFFER-4242"], 918273645)  # as sent
    shown = [str(w.message) for w in caught] + [r.getMessage() for r in caplog.records]
    text = "\n".join(shown)
    assert "data.offerId is an array where the spec expects string or integer or null" in text
    assert "data.subject is an integer where the spec expects string" in text
    for secret in ("SECRET-OFFER-4242", "918273645", "v-secret", "\x1b", "\u202e", "6660001234"):
        assert secret not in text


# -- the command line ------------------------------------------------------------------------


def _cli(url: str, *args: str) -> subprocess.CompletedProcess[str]:
    env = {
        "PATH": os.environ.get("PATH", ""),
        **{k: v for k, v in os.environ.items() if k.startswith("COVERAGE_")},
        "PANDAPON_BASE_URL": url,
        "PANDAPON_ACCESS_KEY": KEY,
        "PANDAPON_ACCESS_SECRET": SECRET,
        "PANDAPON_USER_ID": USER,
    }
    return subprocess.run(
        [sys.executable, "-m", "pandapon", *args],
        env=env,
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )


def test_the_command_line_prints_what_came_and_names_the_deviation(
    server: tuple[str, drift.DriftApp],
) -> None:
    url, _ = server
    line = json.dumps({"orderLineList": [{"itemId": "1", "skuId": "2", "quantity": 1}]})
    created = _cli(f"{url}/id", "call", "createTaobaoOrder", "--data", line)
    assert created.returncode == 0, created.stderr
    assert json.loads(created.stdout) == drift.BARE_ID
    assert "createTaobaoOrder" in created.stderr and "data is a string" in created.stderr
    # A lookup that lays out a table shows an answer of another shape as JSON instead.
    shown = _cli(f"{url}/fields", "taobao", "product", "672991141190")
    assert shown.returncode == 0, shown.stderr
    assert json.loads(shown.stdout) == drift.envelope("getTaobaoProduct", "fields")["data"]
    assert "shown as JSON" in shown.stderr
