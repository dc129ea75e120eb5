"""The evidence store: what answers looked like, learned from traffic, shareable without values.

Traffic from the drift server (tests/support/drift.py) and the sandbox goes through real clients
into a real SQLite file; what the file and its export say is read back through the command line
(``pandapon evidence show|export``) and compared with jsonschema's verdict on the bundled spec.
"""

from __future__ import annotations

import json
import logging
import multiprocessing
import os
import sqlite3
import subprocess
import sys
import threading
import warnings
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest

import pandapon
from pandapon import sandbox
from pandapon._evidence_report import export
from pandapon._shape import forget_warnings
from pandapon._spec import operations, spec_hash
from tests.support import drift
from tests.support.drift import OPERATIONS, misfits, request
from tests.support.fakes import KEY, SECRET, USER, FakePandaPon, envelope
from tests.support.flows import buy_1688


@pytest.fixture(scope="module")
def server() -> Iterator[tuple[str, drift.DriftApp]]:
    with drift.running() as running:
        yield running


@pytest.fixture(autouse=True)
def _warn_afresh() -> None:
    forget_warnings()


def cli(*args: str, **env: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "pandapon", *args],
        env={
            "PATH": os.environ.get("PATH", ""),
            **{k: v for k, v in os.environ.items() if k.startswith("COVERAGE_")},
            **env,
        },
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )


def drive(url: str, store: pandapon.EvidenceStore) -> None:
    """Every operation once in each drift, through one client per drift."""
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", pandapon.ShapeWarning)
        for mode in drift.MODES:
            with pandapon.PandaPon(
                KEY, SECRET, USER, base_url=f"{url}/{mode}", max_retries=0, evidence=store
            ) as sdk:
                for op in OPERATIONS:
                    body, params = request(op)
                    sdk.call(op.operation_id, body, params=params)
    store.close()


def test_the_export_names_every_drift_and_holds_no_value(
    server: tuple[str, drift.DriftApp], tmp_path: Path
) -> None:
    url, _ = server
    store = pandapon.EvidenceStore(tmp_path / "evidence.db")
    drive(url, store)
    out = tmp_path / "export.json"
    result = cli("evidence", "export", "--file", str(store.path), "--out", str(out))
    assert result.returncode == 0, result.stderr
    text = out.read_text(encoding="utf-8")
    exported = json.loads(text)
    assert (exported["format"], exported["version"]) == ("pandapon-evidence", 1)
    entries = {e["operation"]: e for e in exported["operations"]}
    assert set(entries) == {op.operation_id for op in OPERATIONS}
    for op in OPERATIONS:
        entry = entries[op.operation_id]
        assert (entry["spec"], entry["sdk"]) == (spec_hash(), pandapon.__version__)
        assert entry["calls"] == 3 and entry["http_statuses"] == {"200": 3}
        assert entry["envelope_codes"] == {"200": 3}
        deviating = {p["path"] for p in entry["paths"] if p["fit"] == "deviates"}
        for mode in drift.MODES:
            expected = misfits(op.operation_id, drift.envelope(op.operation_id, mode))
            assert expected <= deviating, (op.operation_id, mode, expected - deviating)
        # data's own shape as seen, for evidence_apply: a bare id, a list, an object.
        assert set(entry["data_types"]) <= {"string", "array", "object"}
        assert entry["data_types"].get("string", 0) >= 1
    created = entries["createTaobaoOrder"]
    bare = next(p for p in created["paths"] if p["path"] == "data" and p["type"] == "string")
    assert bare["string_kinds"] == {"digits, length 19": 1} and bare["fit"] == "deviates"
    assert created["request_fields"]["body:orderLineList"] == 3
    # Shapes only: none of the values the server planted, nor the caller's credentials.
    for value in [*drift.planted(), USER, KEY, SECRET]:
        assert value not in text, value


def test_show_lists_calls_fits_deviations_and_fields_never_seen(
    server: tuple[str, drift.DriftApp], tmp_path: Path
) -> None:
    url, _ = server
    store = pandapon.EvidenceStore(tmp_path / "evidence.db")
    with pandapon.PandaPon(
        KEY, SECRET, USER, base_url=f"{url}/id", max_retries=0, evidence=store
    ) as sdk:
        with pytest.warns(pandapon.ShapeWarning, match="listAlibabaCartItems"):
            sdk.call("listAlibabaCartItems")
        with pytest.warns(pandapon.ShapeWarning, match="cancelTaobaoOrder"):
            sdk.call("cancelTaobaoOrder", *request(operations()["cancelTaobaoOrder"])[:1])
    store.close()
    shown = cli("evidence", "show", "--json", PANDAPON_EVIDENCE=str(store.path))
    assert shown.returncode == 0, shown.stderr
    summaries = {s["operation"]: s for s in json.loads(shown.stdout)}
    cart = summaries["listAlibabaCartItems"]
    assert (cart["calls"], cart["fits"]) == (1, False)
    assert [(d["path"], d["type"], d["count"]) for d in cart["deviations"]] == [
        ("data", "string", 1)
    ]
    assert cart["deviations"][0]["expected"].endswith("or null")
    assert any(p.startswith("data") for p in cart["never_seen"])  # data's fields never came
    cancel = summaries["cancelTaobaoOrder"]
    fits = not misfits("cancelTaobaoOrder", drift.envelope("cancelTaobaoOrder", "id"))
    assert cancel["fits"] is fits
    # The envelope's fields came; none of data's fields did.
    assert "requestId" not in cart["never_seen"]
    table = cli("evidence", "show", "--file", str(store.path))
    assert table.returncode == 0, table.stderr
    assert "listAlibabaCartItems" in table.stdout and "data: string x1" in table.stdout


def test_fitting_answers_are_counted_and_described(tmp_path: Path) -> None:
    store = pandapon.EvidenceStore(tmp_path / "evidence.db")
    with sandbox.running() as box, box.client(evidence=store) as sdk:
        for _ in range(30):
            sdk.alibaba.products.search(keyword="T恤", page_size=5)
        buy_1688(sdk)
        with pytest.raises(pandapon.APIError):
            sdk.alibaba.orders.cancel(web_site="1688", order_id=1)
    store.close()
    entries = {e["operation"]: e for e in _export(store.path)["operations"]}
    search = entries["searchAlibabaProducts"]
    assert search["calls"] == 31  # and buy_1688's search
    # The first four in full, then as the time budget allows (its cost: BENCHMARKS.md).
    assert 4 <= search["described"] <= 31
    assert all(p["fit"] in ("fits", "unknown") for p in search["paths"])
    assert {"body:keyword", "body:pageSize"} <= set(search["request_fields"])
    offers = next(p for p in search["paths"] if p["path"] == "data.data")
    assert offers["type"] == "array" and offers["length"]["max"] <= 5
    # Names of nested request fields, never their values.
    assert "body:cargoParamList[].quantity" in entries["createAlibabaOrder"]["request_fields"]
    cancel = entries["cancelAlibabaOrder"]
    assert cancel["refused"] and all(r.startswith(("code ", "HTTP ")) for r in cancel["refused"])
    assert cancel["refused_fields"][0]["fields"] == ["body:orderId", "body:webSite"]


def _export(path: Path) -> dict[str, Any]:
    return export(path)


def test_the_environment_variable_turns_recording_on(
    server: tuple[str, drift.DriftApp], tmp_path: Path
) -> None:
    url, _ = server
    path = tmp_path / "from-env.db"
    result = cli(
        "call",
        "listAlibabaCartItems",
        PANDAPON_BASE_URL=f"{url}/list",
        PANDAPON_ACCESS_KEY=KEY,
        PANDAPON_ACCESS_SECRET=SECRET,
        PANDAPON_USER_ID=USER,
        PANDAPON_EVIDENCE=str(path),
    )
    assert result.returncode == 0, result.stderr
    entries = {e["operation"]: e for e in _export(path)["operations"]}
    assert entries["listAlibabaCartItems"]["calls"] == 1  # written at exit
    with pandapon.PandaPon(KEY, SECRET, USER, base_url=url, evidence=False) as sdk:
        assert sdk.evidence is None


def _answer(_request: httpx.Request) -> httpx.Response:
    return httpx.Response(200, json=envelope({"itemId": 123, "title": ["x"]}))


def _record_in_a_process(path: str, calls: int) -> None:
    http = httpx.Client(transport=httpx.MockTransport(_answer))
    store = pandapon.EvidenceStore(path, flush_interval=0.01)
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        with pandapon.PandaPon(KEY, SECRET, USER, http_client=http, evidence=store) as sdk:
            for _ in range(calls):
                sdk.taobao.products.get(item_id="1")
    store.close()


def test_threads_and_processes_share_one_file_and_lose_no_count(tmp_path: Path) -> None:
    path = str(tmp_path / "shared.db")
    context = multiprocessing.get_context("spawn")
    processes = [context.Process(target=_record_in_a_process, args=(path, 40)) for _ in range(2)]
    for process in processes:
        process.start()
    threads = [threading.Thread(target=_record_in_a_process, args=(path, 40)) for _ in range(3)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=60)
    for process in processes:
        process.join(timeout=60)
        assert process.exitcode == 0
    entry = {e["operation"]: e for e in _export(Path(path))["operations"]}["getTaobaoProduct"]
    assert entry["calls"] == 5 * 40
    title = next(p for p in entry["paths"] if p["path"] == "data.title")
    assert (title["type"], title["fit"], title["count"]) == ("array", "deviates", 5 * 40)


def test_a_failing_store_logs_once_and_never_reaches_the_call(
    tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    blocked = tmp_path / "a-directory.db"
    blocked.mkdir()  # SQLite cannot open a directory
    store = pandapon.EvidenceStore(blocked, flush_interval=0.01)
    http = httpx.Client(transport=httpx.MockTransport(FakePandaPon(_answer)))
    with (
        caplog.at_level(logging.WARNING, logger="pandapon"),
        warnings.catch_warnings(),
        pandapon.PandaPon(KEY, SECRET, USER, http_client=http, evidence=store) as sdk,
    ):
        warnings.simplefilter("ignore")
        for _ in range(5):
            assert sdk.taobao.products.get(item_id="1").item_id == 123
            store.flush()
    failures = [r for r in caplog.records if "evidence store" in r.getMessage()]
    assert len(failures) == 1 and "off for this process" in failures[0].getMessage()
    assert "off" in repr(store)


def test_the_file_stays_within_its_bound(tmp_path: Path) -> None:
    path = tmp_path / "small.db"
    store = pandapon.EvidenceStore(path, max_bytes=64 * 1024)
    keys = iter(range(10**9))

    def answer(_request: httpx.Request) -> httpx.Response:
        # Fields the spec lacks, new names every time: the worst case for the file's size.
        extra = {f"field_{chr(97 + next(keys) % 26)}{next(keys)}": i for i in range(40)}
        return httpx.Response(200, json=envelope({"itemId": "1", **extra}))

    http = httpx.Client(transport=httpx.MockTransport(answer))
    with pandapon.PandaPon(KEY, SECRET, USER, http_client=http, evidence=store) as sdk:
        for _ in range(300):
            sdk.taobao.products.get(item_id="1")
            store.flush()
    store.close()
    assert path.stat().st_size < 4 * 64 * 1024  # the bound, give or take what one flush adds
    connection = sqlite3.connect(path)
    (calls,) = connection.execute(
        "SELECT count FROM events WHERE what = 'call' AND operation = 'getTaobaoProduct'"
    ).fetchone()
    connection.close()
    assert calls == 300  # known rows are still counted once the file is full


def test_keys_that_are_not_field_names_reach_the_export_as_a_star(tmp_path: Path) -> None:
    data = {
        "itemId": "1",
        "\x1b[2J\u202eevil": {"nested": 1},  # control and bidi characters
        "1024285237573584051": {"status": "x"},  # an id used as a key
        "newField_2": True,  # looks like a field name: kept
    }
    answer = httpx.Response(200, json=envelope(data))
    store = pandapon.EvidenceStore(tmp_path / "keys.db")
    http = httpx.Client(transport=httpx.MockTransport(FakePandaPon(answer)))
    with pandapon.PandaPon(KEY, SECRET, USER, http_client=http, evidence=store) as sdk:
        sdk.taobao.products.get(item_id="1")
    store.close()
    (entry,) = export(store.path)["operations"]
    unknown = {p["path"] for p in entry["paths"] if p["fit"] == "unknown"}
    assert unknown == {"data.*", "data.*.nested", "data.*.status", "data.newField_2"}
    text = json.dumps(export(store.path), ensure_ascii=False)
    assert "\x1b" not in text and "\u202e" not in text and "1024285237573584051" not in text
