"""The sandbox's ``--db`` under a crash: writers send addresses full of hostile text, the process
is killed with SIGKILL in the middle, and a new process on the same file must hold every write it
acknowledged, exactly as sent, and nothing else (a write in flight at the kill may or may not have
landed, whole)."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import threading
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import httpx
import pytest

import pandapon
from pandapon import sandbox

WRITERS = 6
KILL_AFTER = 120  # acknowledged writes before the kill

#: Text as it goes on the wire, inside a JSON string. Lone surrogates must be refused (400); the
#: rest is valid Unicode that must come back exactly.
HOSTILE = [
    r"x\ud800",
    r"\udfff\ud800 reversed pair",
    r"\ud83d\udc3c a real pair",  # 🐼
    r"nul \u0000 in the middle",
    "'; DROP TABLE records; --",
    "emoji 🐼🧧 and ZWJ 👨\u200d👩\u200d👧",
    "right-to-left \u202egnp.exe",
    "combining e\u0301\u0301\u0301",
    "\ufeffbyte order mark",
    r"quote \" backslash \\ slash \/",
    r"line\nbreak\r\ntab\t and \u2028\u2029",
    "max code point \U0010ffff",
    "长" * 3000,
    "%s %n {0} ${x} <script>",
]


def _lone_surrogate(wire: str) -> bool:
    try:
        json.loads(f'"{wire}"').encode("utf-8")
    except UnicodeEncodeError:
        return True
    return False


def _address(index: int) -> tuple[bytes, dict[str, str] | None]:
    """Request body of write ``index``, and the fields as they must be stored (None: refused)."""
    wire = HOSTILE[index % len(HOSTILE)]
    fields = {
        "name": f"{wire} #{index}",
        "province": wire,
        "city": "杭州市",
        "district": wire,
        "address": f"#{index}",
        "phone": "18600888861",
    }
    body = "{" + ", ".join(f'"{k}": "{v}"' for k, v in fields.items()) + "}"
    if _lone_surrogate(wire):
        return body.encode("utf-8"), None
    decoded: dict[str, str] = json.loads(body)
    return body.encode("utf-8"), decoded


@dataclass
class Outcomes:
    acknowledged: dict[int, int] = field(default_factory=dict)  # write -> address id
    refused: set[int] = field(default_factory=set)
    unanswered: set[int] = field(default_factory=set)  # in flight at the kill
    wrong: list[str] = field(default_factory=list)  # answers that should never happen
    lock: threading.Lock = field(default_factory=threading.Lock)
    enough: threading.Event = field(default_factory=threading.Event)


def _start(db: Path, port: int) -> subprocess.Popen[bytes]:
    process = subprocess.Popen(
        [sys.executable, "-m", "pandapon.sandbox", "--port", str(port), "--db", str(db)],
        stdout=subprocess.DEVNULL,
    )
    admin = sandbox.SandboxAdmin(f"http://127.0.0.1:{port}")
    try:
        admin.wait_ready()
    finally:
        admin.close()
    return process


@pytest.fixture
def db_and_port(tmp_path: Path) -> Iterator[tuple[Path, int, list[subprocess.Popen[bytes]]]]:
    started: list[subprocess.Popen[bytes]] = []
    yield tmp_path / "sandbox.db", sandbox.free_port(), started
    for process in started:
        if process.poll() is None:
            process.kill()
        process.wait(timeout=10)


def _client(url: str) -> httpx.Client:
    auth = pandapon.PandaPonAuth(
        sandbox.DEFAULT_ACCESS_KEY, sandbox.DEFAULT_ACCESS_SECRET, sandbox.DEFAULT_USER_ID
    )
    return httpx.Client(base_url=url, auth=auth, timeout=10)


def _writer(url: str, writes: Iterator[int], outcomes: Outcomes) -> None:
    with _client(url) as http:
        for index in writes:
            body, expected = _address(index)
            try:
                response = http.post(
                    "/v2/open/address/addOrUpdate",
                    content=body,
                    headers={"content-type": "application/json"},
                )
            except httpx.HTTPError:
                with outcomes.lock:
                    outcomes.unanswered.add(index)
                return  # the server is gone
            try:
                payload = response.json()
            except ValueError:
                payload = {"code": None, "text": response.text[:100]}
            with outcomes.lock:
                if expected is None and (response.status_code, payload["code"]) == (400, 400):
                    outcomes.refused.add(index)
                elif expected is not None and payload["code"] == 200:
                    outcomes.acknowledged[index] = payload["data"]["id"]
                    if len(outcomes.acknowledged) >= KILL_AFTER:
                        outcomes.enough.set()
                else:
                    outcomes.wrong.append(f"#{index}: HTTP {response.status_code} {payload}")


def _stored(url: str) -> dict[int, dict[str, Any]]:
    with _client(url) as http:
        response = http.post("/v2/open/address/list", json={})
    assert response.json()["code"] == 200
    return {a["id"]: a for a in response.json()["data"]}


def test_kill_9_mid_load_keeps_exactly_the_acknowledged_writes(
    db_and_port: tuple[Path, int, list[subprocess.Popen[bytes]]],
) -> None:
    db, port, started = db_and_port
    url = f"http://127.0.0.1:{port}"
    started.append(_start(db, port))
    before = set(_stored(url))
    outcomes = Outcomes()
    writes = iter(range(10**6))  # shared: each write index is sent once
    threads = [
        threading.Thread(target=_writer, args=(url, writes, outcomes), daemon=True)
        for _ in range(WRITERS)
    ]
    for thread in threads:
        thread.start()
    while not outcomes.enough.wait(timeout=0.1):  # a writer stops only when the server is gone
        assert any(t.is_alive() for t in threads), f"the server went away: {outcomes.wrong[:3]}"
        assert len(outcomes.wrong) < 20, f"wrong answers: {outcomes.wrong[:3]}"
    os.kill(started[0].pid, signal.SIGKILL)  # mid-load: the writers are still sending
    started[0].wait(timeout=10)
    for thread in threads:
        thread.join(timeout=30)
    assert not any(thread.is_alive() for thread in threads)

    started.append(_start(db, port))
    stored = _stored(url)
    assert outcomes.wrong == []  # no 5xx, no refusal of valid text, no acceptance of a surrogate
    assert outcomes.refused  # the hostile mix did reach the server
    assert len(outcomes.unanswered) <= WRITERS  # at most one in flight per writer
    by_write = {int(a["address"].lstrip("#")): a for i, a in stored.items() if i not in before}
    for index, address_id in outcomes.acknowledged.items():
        _, expected = _address(index)
        assert by_write[index] == {"id": address_id, **(expected or {})}, f"write #{index}"
    landed = set(by_write)
    assert landed - set(outcomes.acknowledged) <= outcomes.unanswered  # nothing else appeared
    for index in landed & outcomes.unanswered:  # a write in flight landed whole, if at all
        _, expected = _address(index)
        assert {k: v for k, v in by_write[index].items() if k != "id"} == expected
    assert not landed & outcomes.refused
    with _client(url) as http:  # and the file still takes writes
        after = http.post("/v2/open/address/addOrUpdate", json={"name": "after", "address": "#-1"})
    assert after.json()["code"] == 200
