"""The dashboard at /_sandbox/, in a real headless browser: Debian's chromium driven by Playwright.

Skipped, with the reason, where chromium is not installed (`.ci/run` installs it). With
PANDAPON_DASHBOARD_SCREENSHOT=path (`make dashboard-screenshot`) the first test also saves its
screenshot there: docs/sandbox-dashboard.png in the README comes from it.
"""

from __future__ import annotations

import os
import shutil
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

import pandapon
from pandapon import sandbox
from tests.support.flows import buy_1688

sync_api = pytest.importorskip(
    "playwright.sync_api", reason="Playwright is not installed (it is in the dev extra)"
)
CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")
pytestmark = pytest.mark.skipif(
    CHROMIUM is None, reason="no chromium on this machine: apt-get install chromium (.ci/run does)"
)
SCREENSHOT = os.environ.get("PANDAPON_DASHBOARD_SCREENSHOT")


class Receiver:
    """A callback URL that acknowledges every push (so the deliveries panel has something)."""

    async def __call__(self, scope: Any, receive: Any, send: Any) -> None:
        if scope["type"] != "http":
            return
        await receive()
        await send({"type": "http.response.start", "status": 200, "headers": []})
        await send({"type": "http.response.body", "body": b"ok"})


@pytest.fixture
def box() -> Iterator[sandbox.RunningSandbox]:
    with sandbox.serving(Receiver()) as callback_url:
        config = sandbox.SandboxConfig(callback_url=callback_url)
        with sandbox.running(config) as running:
            yield running


@pytest.fixture
def page(box: sandbox.RunningSandbox) -> Iterator[Any]:
    with sync_api.sync_playwright() as playwright:
        # --no-sandbox: the tests run as root in CI; Debian's build, not a downloaded one.
        browser = playwright.chromium.launch(executable_path=CHROMIUM, args=["--no-sandbox"])
        page = browser.new_page(viewport={"width": 1400, "height": 1100})
        page.goto(f"{box.url}/_sandbox/")
        sync_api.expect(page.locator("#live")).to_contain_text("live")
        yield page
        browser.close()


def status_of(page: Any, row: str) -> Any:
    return page.locator(f"tr[{row}] .status")


def test_an_order_placed_through_the_sdk_appears_and_ships(
    box: sandbox.RunningSandbox, page: Any, tmp_path: Path
) -> None:
    expect = sync_api.expect
    with box.client() as client:
        order_id = buy_1688(client, quantity=3)
        client.alibaba.orders.pay(order_id=str(order_id))
    row = f'data-order="1688:{order_id}"'
    expect(status_of(page, row)).to_have_text("paid (waitsellersend)")  # the page polls

    page.locator(f"tr[{row}]").get_by_role("button", name="Ship").click()

    expect(status_of(page, row)).to_have_text("shipped (waitbuyerreceive)")
    with box.client() as client:
        listed = client.alibaba.orders.list(order_ids=[order_id]).data[0]
    assert listed.base_info.status == "waitbuyerreceive"  # the button did it, not the page
    expect(page.locator(f"tr[{row}] details")).to_contain_text("3 steps")

    # The request log: the SDK's calls with their verdict, a bad signature named as such.
    wrong = pandapon.PandaPon(box.config.access_key, "not-the-secret", "u", base_url=box.url)
    with wrong, pytest.raises(pandapon.SignatureError):
        wrong.alibaba.cart.list()
    requests = page.locator("#requests")
    expect(requests).to_contain_text("payAlibabaOrder")
    expect(requests).to_contain_text("signature mismatch")
    expect(page.locator("#callbacks")).to_contain_text("1688_ORDER_BUYER_VIEW_ANNOUNCE_SENDGOODS")
    assert box.config.access_secret not in page.content()

    shot = Path(SCREENSHOT) if SCREENSHOT else tmp_path / "dashboard.png"
    page.screenshot(path=str(shot), full_page=True)
    assert shot.read_bytes().startswith(b"\x89PNG")


def test_refunds_prices_faults_and_reset_from_the_dashboard(
    box: sandbox.RunningSandbox, page: Any
) -> None:
    expect = sync_api.expect
    refund = 'data-refund="taobao:110002685755"'  # seeded: a return agreed, not yet sent back
    expect(status_of(page, refund)).to_have_text("return agreed (20)")
    with box.client() as client:
        client.taobao.refunds.submit_return_logistics(refund_id="110002685755", logistics_no="SF1")
        expect(status_of(page, refund)).to_have_text("return sent (30)")  # awaits the parcel
        page.locator(f"tr[{refund}]").get_by_role("button", name="Complete").click()
        expect(status_of(page, refund)).to_have_text("refunded (100)")
        order_id = buy_1688(client)
    page.once("dialog", lambda prompt: prompt.accept("4321"))  # the new total, in fen
    page.locator(f'tr[data-order="1688:{order_id}"]').get_by_role("button", name="Reprice").click()
    expect(page.locator(f'tr[data-order="1688:{order_id}"] td').nth(3)).to_have_text("43.21")

    page.select_option("#fault-form select", "rate_limit")
    page.fill("#fault-form input[name=operationId]", "listAlibabaCartItems")
    page.get_by_role("button", name="Inject fault").click()
    expect(page.locator("#faults")).to_contain_text("listAlibabaCartItems")
    assert [f["kind"] for f in box.admin.faults()] == ["rate_limit"]

    page.once("dialog", lambda confirm: confirm.accept())
    page.get_by_role("button", name="Reset").click()
    expect(page.locator(f'tr[data-order="1688:{order_id}"]')).to_have_count(0)
    expect(status_of(page, refund)).to_have_text("return agreed (20)")


def test_orders_offer_only_what_their_status_allows_in_words_and_one_time_zone(
    box: sandbox.RunningSandbox, page: Any
) -> None:
    """Probes: Ship, Deliver and Reprice were offered on cancelled orders; statuses showed as
    raw codes (a Taobao refund as "20"); the history's China times sat beside the request log's
    browser-local times, neither labelled."""
    expect = sync_api.expect
    with box.client() as client:
        client.alibaba.orders.cancel(web_site="1688", order_id=2542285634920880794)
        paid = buy_1688(client)
        client.alibaba.orders.pay(order_id=str(paid))
    cancelled = page.locator('tr[data-order="1688:2542285634920880794"]')
    expect(cancelled.locator(".status")).to_have_text("cancelled (cancel)")
    expect(cancelled.get_by_role("button")).to_have_count(0)
    taobao_unpaid = page.locator('tr[data-order="taobao:1024285237573584051"]')
    expect(taobao_unpaid.locator(".status")).to_have_text("unpaid (WAIT_BUYER_P)")
    assert taobao_unpaid.get_by_role("button").all_inner_texts() == ["Reprice"]
    paid_row = page.locator(f'tr[data-order="1688:{paid}"]')
    expect(paid_row.locator(".status")).to_have_text("paid (waitsellersend)")
    assert paid_row.get_by_role("button").all_inner_texts() == ["Ship"]

    # One zone, labelled: the request log's times are China time, like the history's.
    expect(page.locator("header")).to_contain_text("China time (UTC+8)")
    expect(page.locator("#requests")).to_contain_text("payAlibabaOrder")
    heads = page.locator("th").all_inner_texts()
    assert {"time (UTC+8)", "history (UTC+8)"} <= set(heads)
    logged = page.locator("#requests tr").first.locator("td").first.inner_text()
    paid_row.locator("summary").click()
    stamps = paid_row.locator("details div").all_inner_texts()
    assert stamps[-1].split()[1][:5] in {logged[:5], _minute_before(logged)}, (stamps, logged)


def _minute_before(clock: str) -> str:
    hours, minutes = int(clock[:2]), int(clock[3:5])
    total = (hours * 60 + minutes - 1) % (24 * 60)
    return f"{total // 60:02d}:{total % 60:02d}"
