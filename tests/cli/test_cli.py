"""The ``pandapon`` command, run as a subprocess against a sandbox on a free loopback port."""

from __future__ import annotations

import json
import os
import socket
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest

import pandapon
from pandapon import sandbox
from pandapon.cli._output import width
from pandapon.webhooks import testing
from tests.support.flows import buy_1688
from tests.support.processes import read_line


@pytest.fixture(scope="module")
def box() -> Iterator[sandbox.RunningSandbox]:
    with sandbox.running() as running:
        yield running


@pytest.fixture(scope="module")
def env(box: sandbox.RunningSandbox) -> dict[str, str]:
    # Nothing of the caller's environment but PATH, and coverage's variables when `make
    # coverage` runs the tests (so the CLI's own runs count).
    measured = {k: v for k, v in os.environ.items() if k.startswith("COVERAGE_")}
    return {
        **measured,
        "PATH": os.environ.get("PATH", ""),
        "PANDAPON_BASE_URL": box.url,
        "PANDAPON_ACCESS_KEY": box.config.access_key,
        "PANDAPON_ACCESS_SECRET": box.config.access_secret,
        "PANDAPON_USER_ID": box.config.user_id,
    }


def cli(
    env: dict[str, str], *args: str, stdin: str | None = None
) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "pandapon", *args],
        env=env,
        input=stdin,
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )


def ok(env: dict[str, str], *args: str, stdin: str | None = None) -> str:
    result = cli(env, *args, stdin=stdin)
    assert result.returncode == 0, result.stderr
    return result.stdout


# -- ops and call ----------------------------------------------------------------------------


def test_ops_lists_every_operation(env: dict[str, str]) -> None:
    listed = json.loads(ok(env, "ops", "--json"))
    assert len(listed) == len(pandapon.operations())
    by_id = {op["operationId"]: op for op in listed}
    assert (
        by_id["submitAlibabaRefundReturn"]["confidence"],
        by_id["listTaobaoOrders"]["pathSource"],
    ) == ("seen", "inferred")
    platform = ok(env, "--json", "ops", "--platform", "platform")
    assert {op["platform"] for op in json.loads(platform)} == {"platform"}
    table = ok(env, "ops", "--search", "refund")
    assert "submitAlibabaRefundReturn" in table and "searchAlibabaProducts" not in table
    # The Python method of each operation, in the table and in the JSON.
    assert "client.alibaba.refunds.submit_return()" in table
    assert by_id["cancelAlibabaOrder"]["pythonMethod"] == "client.alibaba.orders.cancel"
    client = pandapon.PandaPon("k", "s", "u")
    for op in listed:  # every one names a method that exists
        target: Any = client
        for part in op["pythonMethod"].split(".")[1:]:
            target = getattr(target, part)
        assert callable(target), op["operationId"]


def test_completion_scripts_complete_the_commands(env: dict[str, str], tmp_path: Path) -> None:
    script = tmp_path / "pandapon.bash"
    script.write_text(ok(env, "completion", "bash"), encoding="utf-8")
    # Ask bash what it would offer after `pandapon c` and after `pandapon 1688 `.
    probe = (
        f"source {script}\n"
        "COMP_WORDS=(pandapon c); COMP_CWORD=1; _shtab_pandapon; echo ${COMPREPLY[@]}\n"
        "COMP_WORDS=(pandapon 1688 ''); COMP_CWORD=2; _shtab_pandapon; echo ${COMPREPLY[@]}\n"
        "COMP_WORDS=(pandapon call cancelTao); COMP_CWORD=2; _shtab_pandapon\n"
        "echo ${COMPREPLY[@]}\n"
        "COMP_WORDS=(pandapon call ''); COMP_CWORD=2; _shtab_pandapon; echo ${COMPREPLY[@]}\n"
    )
    offered = subprocess.run(
        ["bash", "-c", probe], capture_output=True, text=True, timeout=30, check=True
    ).stdout.splitlines()
    assert set(offered[0].split()) == {"call", "completion"}
    assert {"product", "search", "order", "details"} <= set(offered[1].split())
    # `pandapon call <TAB>`: the spec's operationIds
    assert set(offered[2].split()) == {"cancelTaobaoOrder", "cancelTaobaoRefund"}
    assert set(offered[3].split()) == set(pandapon.operations())
    zsh = ok(env, "completion", "zsh")
    assert "#compdef pandapon" in zsh
    assert all(operation_id in zsh for operation_id in pandapon.operations())
    assert cli(env, "completion", "fish").returncode == 2


def test_completion_without_shtab_says_how_to_install_it(env: dict[str, str]) -> None:
    # shtab is the completion extra's: a plain install has no shtab
    hide = "import sys; sys.modules['shtab'] = None; from pandapon.cli import main; "
    result = subprocess.run(
        [sys.executable, "-c", hide + "sys.exit(main(['completion', 'bash']))"],
        env=env,
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    assert result.returncode == 2 and result.stdout == ""
    assert "pip install 'pandapon[completion]'" in result.stderr
    assert "Traceback" not in result.stderr


def test_call_with_inline_file_and_stdin_bodies(env: dict[str, str], tmp_path: Path) -> None:
    inline = json.loads(ok(env, "call", "searchAlibabaProducts", "--data", '{"keyword": "T恤"}'))
    assert inline["totalRecords"] >= 1 and "T恤" in inline["data"][0]["subject"]
    body = tmp_path / "body.json"
    body.write_text('{"keyword": "包", "pageSize": 1}', encoding="utf-8")
    from_file = json.loads(ok(env, "call", "searchAlibabaProducts", "--data", f"@{body}"))
    assert len(from_file["data"]) == 1
    piped = json.loads(
        ok(env, "call", "searchAlibabaProducts", "--data", "-", stdin='{"keyword": "包"}')
    )
    assert piped["totalRecords"] == from_file["totalRecords"]


def test_validate_chooses_how_much_is_checked_before_sending(env: dict[str, str]) -> None:
    # getAlibabaHotList's required rankId is the spec's guess: by default the server judges it
    # (the sandbox, strict like a server, refuses); --validate strict refuses before sending.
    by_default = cli(env, "call", "getAlibabaHotList", "--data", '{"limit": 5}')
    assert by_default.returncode == 1 and "code 400" in by_default.stderr
    assert "rankId" in by_default.stderr
    strict = cli(env, "--validate", "strict", "call", "getAlibabaHotList", "--data", "{}")
    assert strict.returncode == 2 and "rankId: required field is missing" in strict.stderr
    assert "code 400" not in strict.stderr
    bad = cli(env, "call", "getAlibabaHotList", "--validate", "lenient")
    assert bad.returncode == 2 and "invalid choice: 'lenient'" in bad.stderr


def test_call_raw_shows_the_envelope_and_api_errors_exit_1(env: dict[str, str]) -> None:
    result = cli(env, "call", "cancelTaobaoRefund", "--param", "refundId=42", "--raw")
    assert result.returncode == 1
    envelope = json.loads(result.stdout)
    assert envelope["code"] == 404 and envelope["msg"] == "Taobao refund 42 not found"
    plain = cli(env, "call", "cancelTaobaoRefund", "--param", "refundId=42")
    assert plain.returncode == 1
    assert "code 404 (Taobao refund 42 not found), request id " in plain.stderr
    assert plain.stdout == ""


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (("call", "cancelAlibabaOrdr"), "did you mean cancelAlibabaOrder"),
        (("call", "cancelAlibabaOrder", "--data", "{bad"), "--data is not valid JSON"),
        (
            ("call", "cancelAlibabaOrder", "--data", '{"webSite": "1688", "orderId": "x"}'),
            "orderId: expected integer, got string",
        ),
        (("call", "cancelAlibabaOrder", "--data", "@/nonexistent.json"), "No such file"),
        (("call", "cancelTaobaoRefund", "--param", "refundId"), "--param takes name=value"),
        (("1688", "product", "https://example.com/offer/1.html"), "not a 1688 product URL"),
        # A host that only ends like Taobao's or 1688's is not theirs.
        (("1688", "product", "https://evil-1688.com/offer/1.html"), "not a 1688 product URL"),
        (
            ("taobao", "product", "https://evil-taobao.com/item.htm?id=1"),
            "not a Taobao or Tmall product URL",
        ),
        (("nonsense",), "invalid choice"),
    ],
)
def test_bad_usage_exits_2_with_a_clear_message(
    env: dict[str, str], args: tuple[str, ...], message: str
) -> None:
    result = cli(env, *args)
    assert result.returncode == 2
    assert message in result.stderr


@pytest.mark.parametrize(
    "args",
    [
        ("1688", "search", "sandbox", "--base-url", "{url}"),
        ("--json", "taobao", "search", "sandbox", "--base-url", "{url}"),
        ("1688", "order", "list", "--status", "sandbox", "--base-url", "{url}", "--json"),
        ("--base-url", "{url}", "1688", "search", "--page-size", "5", "sandbox"),
    ],
)
def test_an_argument_that_reads_sandbox_is_only_an_argument(
    env: dict[str, str], box: sandbox.RunningSandbox, args: tuple[str, ...]
) -> None:
    # "Production" is a port nobody listens on: the call must go to --base-url, the sandbox.
    production = {**env, "PANDAPON_BASE_URL": f"http://127.0.0.1:{sandbox.free_port()}"}
    before = box.admin.requests(limit=1)
    result = cli(production, *(a.format(url=box.url) for a in args), stdin="{}")
    assert result.returncode == 0, result.stderr
    assert box.admin.requests(limit=1) != before


@pytest.mark.parametrize(
    ("args", "option"),
    [
        (("--timeout", "0", "1688", "search", "包"), "--timeout"),
        (("1688", "search", "包", "--timeout", "nan"), "--timeout"),
        (("1688", "search", "包", "--timeout", "-1"), "--timeout"),
        (("1688", "order", "list", "--limit", "0"), "--limit"),
        (("taobao", "order", "list", "--limit", "-1"), "--limit"),
        (("1688", "search", "包", "--page", "0"), "--page"),
        (("taobao", "search", "包", "--page-size", "²"), "--page-size"),
        (
            ("1688", "details", "--ids-file", "x", "--out", "y", "--concurrency", "0"),
            "--concurrency",
        ),
        (("webhooks", "listen", "--port", "70000"), "--port"),
    ],
)
def test_values_that_mean_nothing_are_refused(
    env: dict[str, str], box: sandbox.RunningSandbox, args: tuple[str, ...], option: str
) -> None:
    before = box.admin.requests(limit=1)
    result = cli(env, *args)
    assert result.returncode == 2, result.stdout
    assert f"argument {option}" in result.stderr and "expected " in result.stderr
    assert box.admin.requests(limit=1) == before  # nothing was sent


def json_error(result: subprocess.CompletedProcess[str]) -> dict[str, Any]:
    """The one JSON object a failed --json command writes to stderr (stdout stays empty)."""
    assert result.stdout == ""
    (line,) = result.stderr.splitlines()
    error: dict[str, Any] = json.loads(line)["error"]
    assert error["exit_code"] == result.returncode
    return error


def test_json_errors_are_one_json_object_on_stderr(env: dict[str, str]) -> None:
    assert '{"error":' in ok(env, "--help").replace("\n", " ")
    api = json_error(cli(env, "call", "cancelTaobaoRefund", "--param", "refundId=42", "--json"))
    assert (api["type"], api["code"], api["http_status"], api["exit_code"]) == (
        "NotFoundError",
        404,
        200,
        1,
    )
    assert api["msg"] == "Taobao refund 42 not found" and api["request_id"]
    assert api["operation_id"] == "cancelTaobaoRefund"
    unknown = json_error(cli(env, "--json", "call", "cancelAlibabaOrdr"))
    assert unknown["type"] == "UnknownOperationError" and "cancelAlibabaOrder" in unknown["message"]
    for args in [("--json", "nonsense"), ("1688", "order", "list", "--limit", "0", "--json")]:
        usage = json_error(cli(env, *args))
        assert usage["type"] == "UsageError" and usage["usage"].startswith("usage: pandapon")
    wrong = {**env, "PANDAPON_ACCESS_SECRET": "a-wrong-secret"}
    signature = json_error(cli(wrong, "taobao", "order", "list", "--json"))
    assert signature["type"] == "SignatureError"
    assert "a-wrong-secret" not in json.dumps(signature)


def test_missing_credentials_are_named(env: dict[str, str]) -> None:
    without = {k: v for k, v in env.items() if k != "PANDAPON_ACCESS_SECRET"}
    result = cli(without, "1688", "search", "包")
    assert result.returncode == 2
    assert "PANDAPON_ACCESS_SECRET" in result.stderr


# -- lookups ---------------------------------------------------------------------------------


def test_product_by_pasted_urls(env: dict[str, str], box: sandbox.RunningSandbox) -> None:
    products = box.admin.products()
    offer = next(p for p in products if p["platform"] == "1688")
    url = f"https://detail.1688.com/offer/{offer['number']}.html?spm=a26352.13672862"
    shown = ok(env, "1688", "product", url)
    assert offer["title"] in shown and offer["productId"] in shown
    item = next(p for p in products if p["platform"] == "taobao")
    for link in (
        f"https://item.taobao.com/item.htm?id={item['number']}",
        f"https://detail.tmall.com/item.htm?spm=x&id={item['number']}&sku=1",
    ):
        data = json.loads(ok(env, "taobao", "product", link, "--json"))
        assert data["itemMapId"] == item["productId"]


def test_search_table_aligns_chinese_text(env: dict[str, str]) -> None:
    lines = ok(env, "1688", "search", "包").splitlines()
    _header, rule, *rows = lines[1:]
    assert rows and any(width(r) != len(r) for r in rows)  # there is wide text to align
    columns = [i for i, c in enumerate(rule) if c == "-" and (i == 0 or rule[i - 1] == " ")]
    for row in rows:
        # Every column starts at the same terminal column as in the header.
        for start in columns[1:]:
            prefix_width = 0
            for char in row:
                if prefix_width >= start:
                    break
                prefix_width += width(char)
            assert prefix_width == start, row


def test_taobao_order_list_with_and_without_a_status(env: dict[str, str]) -> None:
    listed = json.loads(ok(env, "taobao", "order", "list", "--json"))
    assert "1024285237573584051" in {o["orderId"] for o in listed}
    statuses = {o["status"] for o in listed}
    some = sorted(statuses, key=str)[0]
    only = json.loads(ok(env, "taobao", "order", "list", "--status", str(some), "--json"))
    assert only and {o["status"] for o in only} == {some}


def test_orders_logistics_and_refunds(env: dict[str, str], box: sandbox.RunningSandbox) -> None:
    with box.client() as client:
        order_id = buy_1688(client, keyword="包")
    assert str(order_id) in ok(env, "1688", "order", "list")
    shown = ok(env, "1688", "order", "show", str(order_id))
    assert "waitbuyerpay" in shown
    assert "no logistics yet" in ok(env, "1688", "logistics", str(order_id))
    with box.client() as client:
        client.alibaba.orders.pay(order_id=str(order_id))
        box.admin.ship("1688", order_id)
        client.alibaba.orders.confirm_receipt(order_id=order_id)
        refund = client.alibaba.refunds.create(
            order_id=order_id,
            order_entry_ids=[],
            dispute_request="refund",
            apply_payment=1,
            apply_carriage=0,
            apply_reason_id=20001,
            description="测试",
            goods_status="aftersaleBuyerReceived",
        )
    assert "parcel " in ok(env, "1688", "logistics", str(order_id))
    refund_text = ok(env, "1688", "refund", "show", refund.refund_id)
    assert refund.refund_id in refund_text and "waitselleragree" in refund_text
    missing = cli(env, "1688", "order", "show", "1")
    assert missing.returncode == 1 and "no 1688 order 1" in missing.stderr


# -- bulk ------------------------------------------------------------------------------------


def test_bulk_details_are_resumable_and_drop_nothing(
    env: dict[str, str], box: sandbox.RunningSandbox, tmp_path: Path
) -> None:
    offers = [p for p in box.admin.products() if p["platform"] == "1688"][:5]
    ids = tmp_path / "ids.txt"
    lines = [str(o["number"]) for o in offers[:3]]
    lines += [
        f"https://detail.1688.com/offer/{offers[3]['number']}.html",
        "# a comment",
        "",
        "999",
        str(offers[0]["number"]),
    ]
    ids.write_text("\n".join(lines) + "\n", encoding="utf-8")
    out = tmp_path / "details.jsonl"
    first = cli(
        env, "1688", "details", "--ids-file", str(ids), "--out", str(out), "--concurrency", "3"
    )
    assert first.returncode == 1  # one id failed
    fetched = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    assert sorted(r["id"] for r in fetched) == sorted(str(o["number"]) for o in offers[:4])
    assert all(r["data"]["subject"] for r in fetched)
    failures = [json.loads(line) for line in Path(f"{out}.failures.jsonl").read_text().splitlines()]
    assert [(f["id"], f["type"], f["code"]) for f in failures] == [("999", "NotFoundError", 404)]
    assert "4 fetched, 0 already in" in first.stderr

    out.write_text(out.read_text(encoding="utf-8").splitlines()[0] + "\n", encoding="utf-8")
    second = cli(env, "1688", "details", "--ids-file", str(ids), "--out", str(out), "--json")
    assert json.loads(second.stdout) == {
        "fetched": 3,
        "skipped": 1,
        "failed": 1,
        "out": str(out),
        "failures": f"{out}.failures.jsonl",
    }
    assert len(out.read_text(encoding="utf-8").splitlines()) == 4
    unwritable = cli(env, "1688", "details", "--ids-file", str(ids), "--out", str(tmp_path))
    assert unwritable.returncode == 2 and "Is a directory" in unwritable.stderr


@pytest.mark.parametrize("cut", ["mid-character", "mid-line", "mid-newline"])
def test_bulk_resume_repairs_a_line_cut_off_by_a_crash(
    env: dict[str, str], box: sandbox.RunningSandbox, tmp_path: Path, cut: str
) -> None:
    numbers = [str(p["number"]) for p in box.admin.products() if p["platform"] == "1688"][:3]
    ids = tmp_path / "ids.txt"
    ids.write_text("\n".join(numbers) + "\n", encoding="utf-8")
    out = tmp_path / "details.jsonl"
    assert cli(env, "1688", "details", "--ids-file", str(ids), "--out", str(out)).returncode == 0
    first, second, _third = out.read_bytes().splitlines(keepends=True)
    # A kill -9 while the second record was being written.
    multibyte = next(i for i, byte in enumerate(second) if byte >= 0x80)  # a Chinese title
    at = {"mid-character": multibyte + 1, "mid-line": 20}.get(cut, -1)
    out.write_bytes(first + second[:at])
    resumed = cli(env, "1688", "details", "--ids-file", str(ids), "--out", str(out))
    assert resumed.returncode == 0, resumed.stderr
    assert "2 fetched, 1 already in" in resumed.stderr
    records = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    assert sorted(r["id"] for r in records) == sorted(numbers)


def test_bulk_resume_knows_a_record_whose_text_holds_a_line_separator(
    env: dict[str, str], box: sandbox.RunningSandbox, tmp_path: Path
) -> None:
    # U+2028 and U+0085 are written raw (ensure_ascii=False); only "\n" ends a record.
    numbers = [str(p["number"]) for p in box.admin.products() if p["platform"] == "1688"][:2]
    ids = tmp_path / "ids.txt"
    ids.write_text("\n".join(numbers) + "\n", encoding="utf-8")
    out = tmp_path / "details.jsonl"
    record = {"id": numbers[0], "data": {"subject": "line\u2028separator\x85next line"}}
    out.write_text(json.dumps(record, ensure_ascii=False) + "\n", encoding="utf-8")
    resumed = cli(env, "1688", "details", "--ids-file", str(ids), "--out", str(out))
    assert resumed.returncode == 0, resumed.stderr
    assert "1 fetched, 1 already in" in resumed.stderr
    records = [json.loads(line) for line in out.read_bytes().split(b"\n") if line]
    assert [r["id"] for r in records] == numbers


# -- servers ---------------------------------------------------------------------------------


@pytest.mark.parametrize("as_json", [False, True])
def test_webhooks_listen_prints_verified_messages(env: dict[str, str], as_json: bool) -> None:
    port = sandbox.free_port()
    process = subprocess.Popen(
        [sys.executable, "-m", "pandapon", "webhooks", "listen", "--port", str(port)]
        + (["--json"] if as_json else []),
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    try:
        # With --json, stdout holds nothing but the messages.
        banner = read_line(process.stderr if as_json else process.stdout)
        assert f"listening on http://127.0.0.1:{port}/" in banner
        message = {
            "messageType": "1688_ORDER_BUYER_VIEW_ORDER_PAY",
            "messagePlatform": 1,
            "timestamp": str(int(time.time() * 1000)),
            "messageBody": {"orderId": 1},
        }
        body, headers = testing.signed_request(message, env["PANDAPON_ACCESS_SECRET"])
        url = f"http://127.0.0.1:{port}/"
        assert httpx.post(url, content=body, headers=headers, timeout=30).status_code == 200
        bad = httpx.post(url, content=body, headers={"Authorization": "0" * 64}, timeout=30)
        assert bad.status_code == 401
        # Signed right but seven hours old (the window is six): a replay, refused unprinted.
        stale = {**message, "timestamp": str(int((time.time() - 7 * 3600) * 1000))}
        old_body, old_headers = testing.signed_request(stale, env["PANDAPON_ACCESS_SECRET"])
        refused = httpx.post(url, content=old_body, headers=old_headers, timeout=30)
        assert refused.status_code == 401 and b"stale timestamp" in refused.content
        line = read_line(process.stdout)
        if as_json:
            assert json.loads(line) == message
        else:
            assert "1688" in line and "1688_ORDER_BUYER_VIEW_ORDER_PAY" in line
        # The next line printed is the next message accepted, not the stale one.
        later = {**message, "messageBody": {"orderId": 2}}
        body, headers = testing.signed_request(later, env["PANDAPON_ACCESS_SECRET"])
        assert httpx.post(url, content=body, headers=headers, timeout=30).status_code == 200
        following = read_line(process.stdout)
        if as_json:
            assert json.loads(following) == later
        else:
            assert following == line  # same time and type; the stale one shows 7 hours earlier
    finally:
        process.terminate()
        process.wait(timeout=10)


def test_pandapon_sandbox_starts_the_sandbox(env: dict[str, str]) -> None:
    port = sandbox.free_port()
    # Options before the command belong to it too; the sandbox's own come after it.
    args = ["--user-id", "u-1", "sandbox", "--port", str(port), "--seed", "7"]
    process = subprocess.Popen(
        [sys.executable, "-m", "pandapon", *args],
        env=env,
        stdout=subprocess.PIPE,
        text=True,
    )
    try:
        banner = [read_line(process.stdout) for _ in range(5)]
        assert f"http://127.0.0.1:{port}" in banner[0]
        assert "export PANDAPON_USER_ID=u-1\n" in banner
        admin = sandbox.SandboxAdmin(f"http://127.0.0.1:{port}")
        admin.wait_ready()
        admin.close()
    finally:
        process.terminate()
        process.wait(timeout=10)


def test_pandapon_sandbox_help_and_bad_options(env: dict[str, str]) -> None:
    shown = ok(env, "sandbox", "--help")
    assert "--callback-retry-delays" in shown and "PANDAPON_SANDBOX_PORT" in shown
    for args, message in [
        (("sandbox", "--port", "0"), "expected a port from 1 to 65535"),
        (("sandbox", "--max-body-size", "0"), "expected a whole number >= 1"),
        (("sandbox", "--callback-retry-delays", "1,x"), "seconds separated by commas"),
        (("sandbox", "--callback-url", "ftp://x"), "callback_url must be an http(s) URL"),
    ]:
        result = cli(env, *args)
        assert result.returncode == 2 and message in result.stderr, result.stderr
    from_env = cli({**env, "PANDAPON_SANDBOX_PORT": "http"}, "sandbox")
    assert from_env.returncode == 2 and "PANDAPON_SANDBOX_PORT: expected a port" in from_env.stderr


def test_pandapon_sandbox_on_a_taken_port_says_so_and_prints_no_banner(env: dict[str, str]) -> None:
    """A probe: the banner and its export lines were printed, and the command went on, though
    the port was taken (so the exports pointed at another server)."""
    with socket.socket() as taken:
        taken.bind(("127.0.0.1", 0))
        taken.listen()
        port = taken.getsockname()[1]
        result = cli(env, "sandbox", "--port", str(port))
    assert result.returncode == 1
    assert result.stdout == ""  # no banner, no export lines
    assert f"cannot listen on 127.0.0.1:{port}" in result.stderr
    assert "--port or PANDAPON_SANDBOX_PORT" in result.stderr
