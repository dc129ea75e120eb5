"""The sandbox against hostile peers (issue 25, item 10): a callback URL that answers without
end, and web pages that try its unauthenticated test controls (a cross-site POST, DNS
rebinding)."""

from __future__ import annotations

import time
from collections.abc import Iterator

import httpx
import pytest

from pandapon import sandbox
from pandapon.sandbox._callbacks import CallbackPusher
from pandapon.sandbox._registry import Event
from tests.support.hostile import HostileServer, Script, hostile


@pytest.fixture
def callback() -> Iterator[HostileServer]:
    with hostile() as running:
        yield running


def _delivered(pusher: CallbackPusher, count: int, within: float = 15.0) -> list[bool]:
    deadline = time.monotonic() + within
    while time.monotonic() < deadline:
        report = pusher.report()
        if len(report) == count and all(d["attempts"] for d in report):
            return [d["delivered"] for d in report]
        time.sleep(0.05)
    raise AssertionError(f"the pushes did not finish: {pusher.report()}")


def test_an_endless_callback_answer_is_not_read_and_pushes_go_on(callback: HostileServer) -> None:
    """A probe: the pusher read the callback's whole answer (2.8 GB of it, then pushes silently
    stopped). Now it reads the status and at most 64 KiB, and the next push goes out."""
    callback.script = Script(endless=True)
    pusher = CallbackPusher(callback.url, "secret", (0.1,))
    try:
        event = Event(1, "1688_ORDER_PAY_SUCCESS", {"orderId": "1"})
        pusher.push([event])
        assert _delivered(pusher, 1) == [True]
        pusher.push([event])
        assert _delivered(pusher, 2) == [True, True]
        assert len(pusher.report()[0]["last_answer"]) <= len("HTTP 200: ") + 200
        assert len(callback.requests) == 2
        assert callback.requests[0].headers["accept-encoding"] == "identity"
    finally:
        pusher.close()


@pytest.fixture(scope="module")
def box() -> Iterator[sandbox.RunningSandbox]:
    with sandbox.running() as running:
        yield running


def test_a_cross_site_text_plain_post_is_refused(box: sandbox.RunningSandbox) -> None:
    """A probe: a web page could reset the sandbox (or ship orders) with a form or a
    text/plain fetch, which browsers send cross-site without asking."""
    for content_type in ("text/plain", "application/x-www-form-urlencoded", None):
        headers = {"content-type": content_type} if content_type else {}
        refused = httpx.post(f"{box.url}/_sandbox/reset", content=b"{}", headers=headers)
        assert refused.status_code == 415, content_type
        assert "application/json" in refused.json()["error"]
    as_json = httpx.post(f"{box.url}/_sandbox/reset", json={})
    with_header = httpx.post(f"{box.url}/_sandbox/reset", headers={"X-PandaPon-Sandbox": "1"})
    assert (as_json.status_code, with_header.status_code) == (200, 200)
    assert box.admin.health()  # the admin client sends the header


@pytest.mark.parametrize("host", ["evil.example", "evil.example:80", "127.0.0.1.evil.example"])
def test_a_rebound_host_name_is_refused(box: sandbox.RunningSandbox, host: str) -> None:
    """DNS rebinding: a page on evil.example rebinds its name to 127.0.0.1; its requests then
    carry Host: evil.example, and must not reach the dashboard or the controls."""
    for method, path in [
        ("GET", "/_sandbox/"),
        ("GET", "/_sandbox/orders"),
        ("POST", "/_sandbox/reset"),
    ]:
        refused = httpx.request(method, f"{box.url}{path}", json={}, headers={"host": host})
        assert refused.status_code == 421, (method, path)
    port = box.url.rsplit(":", 1)[1]
    for allowed in (f"localhost:{port}", f"127.0.0.1:{port}", f"app.localhost:{port}"):
        assert httpx.get(f"{box.url}/_sandbox/health", headers={"host": allowed}).status_code == 200


def test_a_configured_host_is_answered(box: sandbox.RunningSandbox) -> None:
    config = sandbox.SandboxConfig(admin_hosts=("sandbox.internal",))
    with sandbox.running(config) as other:
        named = httpx.get(f"{other.url}/_sandbox/health", headers={"host": "sandbox.internal:80"})
        assert named.status_code == 200
