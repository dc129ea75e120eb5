"""The ``pandapon`` command against hostile answers and input (issue 25, item 8).

A raw-socket server on loopback (tests/support/hostile.py) answers with text no terminal should
obey (escape sequences that clear the screen, set the title or make a link; a bidi override)
and with a lone surrogate (valid JSON, ``"\\ud800"``, but not encodable as UTF-8). The command
must print it escaped for people, round-trip it as JSON, and finish a bulk run; ``--data`` must
stop at a size and refuse text that is not UTF-8.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from tests.support.hostile import HostileServer, Script, hostile

ITEM = "WUnUC1cILiBjt-Jv3lDdlQ"
#: Clear the screen, set the window title, a hyperlink, a bidi override, a lone surrogate.
NASTY = "A\x1b[2J\x1b]0;pwned\x07\x1b]8;;https://evil.example\x1b\\link\x1b]8;;\x1b\\\u202eB\ud800C"
ESCAPES = ("\x1b", "\x07", "\u202e")


def _answer(data: Any, code: int = 200, msg: str = "ok") -> bytes:
    # ensure_ascii: the surrogate travels as the escape "\ud800", as a server would send it.
    return json.dumps({"requestId": "r-1", "code": code, "msg": msg, "data": data}).encode()


PRODUCT = {
    "itemId": ITEM,
    "title": NASTY,
    "shopName": "shop\x1b[31m",
    "skuList": [{"mpSkuId": "1", "price": 100, "quantity": 2, "properties": []}],
}


@pytest.fixture
def server() -> Iterator[HostileServer]:
    with hostile() as running:
        yield running


def cli(server: HostileServer, *args: str, stdin: Any = None) -> subprocess.CompletedProcess[bytes]:
    env = {
        **{k: v for k, v in os.environ.items() if k.startswith("COVERAGE_")},
        "PATH": os.environ.get("PATH", ""),
        "PANDAPON_BASE_URL": server.url,
        "PANDAPON_ACCESS_KEY": "key",
        "PANDAPON_ACCESS_SECRET": "secret",
        "PANDAPON_USER_ID": "user",
        "PYTHONIOENCODING": "utf-8",
    }
    return subprocess.run(
        [sys.executable, "-m", "pandapon", *args],
        env=env,
        stdin=stdin,
        capture_output=True,
        timeout=120,
        check=False,
    )


def _assert_nothing_a_terminal_obeys(output: bytes) -> None:
    text = output.decode("utf-8")  # strict: a lone surrogate cannot be in it either
    assert not any(escape in text for escape in ESCAPES), text


def test_product_shows_server_text_escaped(server: HostileServer) -> None:
    """A probe: the surrogate crashed `product`; the escape sequences reached the terminal."""
    server.script = Script(body=_answer(PRODUCT))
    shown = cli(server, "taobao", "product", ITEM)
    assert shown.returncode == 0, shown.stderr.decode()
    _assert_nothing_a_terminal_obeys(shown.stdout + shown.stderr)
    assert "A\\x1b[2J\\x1b]0;pwned\\x07" in shown.stdout.decode()
    assert "\\u202eB\\ud800C" in shown.stdout.decode()


@pytest.mark.parametrize(
    "args",
    [
        ("taobao", "product", ITEM, "--json"),
        ("call", "getTaobaoProduct", "--param", f"itemId={ITEM}"),
        ("call", "getTaobaoProduct", "--param", f"itemId={ITEM}", "--raw"),
    ],
    ids=["product-json", "call", "call-raw"],
)
def test_json_output_round_trips_the_surrogate(
    server: HostileServer, args: tuple[str, ...]
) -> None:
    server.script = Script(body=_answer(PRODUCT))
    shown = cli(server, *args)
    assert shown.returncode == 0, shown.stderr.decode()
    printed = json.loads(shown.stdout.decode("utf-8"))
    data = printed["data"] if "--raw" in args else printed
    assert data["title"] == NASTY  # the same value, surrogate and all
    assert b"\x1b" not in shown.stdout  # JSON escapes control characters itself


def test_raw_text_and_error_messages_are_escaped(server: HostileServer) -> None:
    server.script = Script(status=502, body=NASTY.encode("utf-8", "surrogatepass"))
    raw = cli(server, "call", "getTaobaoProduct", "--param", f"itemId={ITEM}", "--raw")
    _assert_nothing_a_terminal_obeys(raw.stdout + raw.stderr)
    assert "A\\x1b[2J" in raw.stdout.decode()
    server.script = Script(body=_answer(None, code=4001, msg=NASTY))
    refused = cli(server, "taobao", "product", ITEM)
    assert refused.returncode == 1
    _assert_nothing_a_terminal_obeys(refused.stderr)
    assert "A\\x1b[2J" in refused.stderr.decode()


def test_bulk_details_finish_with_a_surrogate_in_the_data(
    server: HostileServer, tmp_path: Path
) -> None:
    """A probe: the bulk run aborted on writing the record, and so never finished on rerun."""
    server.script = Script(body=_answer(PRODUCT))
    ids = tmp_path / "ids.txt"
    ids.write_text(f"{ITEM}\nAnotherItem-1\n", encoding="utf-8")
    out = tmp_path / "details.jsonl"
    first = cli(server, "taobao", "details", "--ids-file", str(ids), "--out", str(out))
    assert first.returncode == 0, first.stderr.decode()
    records = [json.loads(line) for line in out.read_bytes().decode("utf-8").splitlines()]
    assert [r["data"]["title"] for r in records] == [NASTY, NASTY]
    again = cli(server, "taobao", "details", "--ids-file", str(ids), "--out", str(out), "--json")
    assert json.loads(again.stdout)["skipped"] == 2


def test_data_from_dev_zero_or_endless_stdin_stops_with_a_clear_error(
    server: HostileServer,
) -> None:
    from_file = cli(server, "call", "createAlibabaOrder", "--data", "@/dev/zero")
    assert from_file.returncode == 2
    assert "/dev/zero holds more than 16 MiB" in from_file.stderr.decode()
    with open("/dev/zero", "rb") as endless:
        from_stdin = cli(server, "call", "createAlibabaOrder", "--data", "-", stdin=endless)
    assert from_stdin.returncode == 2
    assert "stdin holds more than 16 MiB" in from_stdin.stderr.decode()
    assert server.requests == []  # nothing sent


def test_data_that_is_not_utf8_is_refused_clearly(server: HostileServer, tmp_path: Path) -> None:
    latin = tmp_path / "body.json"
    latin.write_bytes('{"flow": "général"}'.encode("latin-1"))
    refused = cli(server, "call", "createAlibabaOrder", "--data", f"@{latin}")
    assert refused.returncode == 2
    assert "not UTF-8 text (byte 0xe9 at offset 11)" in refused.stderr.decode()
    with_bom = tmp_path / "bom.json"
    with_bom.write_bytes(b'\xef\xbb\xbf{"flow": "general"}')
    server.script = Script(body=_answer({"orderId": "1"}))
    sent = cli(server, "call", "createAlibabaOrder", "--data", f"@{with_bom}", "--validate", "off")
    assert sent.returncode == 0, sent.stderr.decode()
    assert json.loads(server.requests[0].body) == {"flow": "general"}
