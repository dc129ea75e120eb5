"""The callback signature's base string: the raw body, or the AccessKey followed by it.

PandaPon's manual never defines ``Base``; the template it was translated from says AppKey + raw
body (docs/webhooks.md, "Signature base"). The vectors below were computed independently of the
SDK (research of 2026-12, with Python's hmac) for this exact body and these credentials.
"""

from __future__ import annotations

import json
import logging
import re
import threading
import warnings
from pathlib import Path
from typing import Any

import httpx
import pytest

import pandapon
from pandapon import sandbox, webhooks
from pandapon._evidence_report import export
from pandapon._shape import forget_warnings
from pandapon._spec import document
from pandapon.sandbox import _command
from pandapon.webhooks.testing import envelope, signed_request
from tests.support.flows import buy_1688

KEY = "58c0201dfdf148eca63cbf6bb5e7cf03"
SECRET = "test-access-secret"
BODY = b'{"messageType":"ORDER_CREATE","messagePlatform":1,"timestamp":"1779263269913"}'
OF_BODY = "8a07b07ae567ad22361ee5fdb82da13166559d5e378e69ce068fc30a77901f45"
OF_KEY_AND_BODY = "923d25e21b1a50b02be318d3cad1602a4082f7b3842935953cf23a8f91c7ef36"


def test_signing_matches_the_test_vectors() -> None:
    assert webhooks.sign_payload(BODY, SECRET) == OF_BODY
    signed = webhooks.sign_payload(BODY, SECRET, access_key=KEY, signature_base="key+body")
    assert signed == OF_KEY_AND_BODY
    with pytest.raises(pandapon.ConfigurationError, match="access_key"):
        webhooks.sign_payload(BODY, SECRET, signature_base="key+body")
    with pytest.raises(pandapon.ConfigurationError, match="'body' or 'key\\+body'"):
        webhooks.sign_payload(BODY, SECRET, signature_base="either")  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("base", "signature", "matched"),
    [
        ("either", OF_BODY, "body"),
        ("either", OF_KEY_AND_BODY, "key+body"),
        ("either", OF_KEY_AND_BODY.upper(), "key+body"),
        ("body", OF_BODY, "body"),
        ("key+body", f"HMAC-SHA256 {OF_KEY_AND_BODY}", "key+body"),
    ],
)
def test_each_base_verifies_and_says_which_matched(
    base: webhooks.SignatureBase, signature: str, matched: str
) -> None:
    found = webhooks.verify_signature(BODY, signature, SECRET, access_key=KEY, signature_base=base)
    assert found == matched


@pytest.mark.parametrize(
    ("base", "signature", "key"),
    [
        ("body", OF_KEY_AND_BODY, KEY),  # the other base is not accepted when one is chosen
        ("key+body", OF_BODY, KEY),
        ("either", OF_KEY_AND_BODY, None),  # without the AccessKey only the body can be checked
        ("either", OF_BODY[:-1] + "0", KEY),  # a wrong signature
        ("either", "0" * 64, KEY),
        ("either", OF_BODY, KEY + "x"),  # irrelevant for the body base: still refused below
    ],
)
def test_a_wrong_signature_or_base_is_refused(
    base: webhooks.SignatureBase, signature: str, key: str | None
) -> None:
    body = BODY if key != KEY + "x" else BODY + b" "
    tried = {"body": "body", "key+body": "key+body"}.get(base, "body, key+body" if key else "body")
    with pytest.raises(
        pandapon.SignatureVerificationError, match=f"; bases tried: {re.escape(tried)}\\)$"
    ):
        webhooks.verify_signature(body, signature, SECRET, access_key=key, signature_base=base)


def test_an_impossible_base_is_a_configuration_error() -> None:
    needs = re.escape("signature_base='key+body' needs the access_key (PANDAPON_ACCESS_KEY)")
    with pytest.raises(pandapon.ConfigurationError, match=f"^{needs}$"):
        webhooks.verify_signature(BODY, OF_BODY, SECRET, signature_base="key+body")
    with pytest.raises(pandapon.ConfigurationError, match="one of either, body, key\\+body"):
        webhooks.verify_signature(BODY, OF_BODY, SECRET, signature_base="appkey")  # type: ignore[arg-type]
    with pytest.raises(pandapon.ConfigurationError, match="PANDAPON_ACCESS_KEY"):
        webhooks.Receiver(SECRET, signature_base="key+body")


@pytest.mark.parametrize("key", ["", 7])
def test_an_access_key_that_is_empty_or_not_text_is_refused(key: Any) -> None:
    """An empty AccessKey would make "AccessKey + body" the body alone: refused, when
    verifying, when a receiver is made (not at its first push) and when signing."""
    not_text = f"^{re.escape('the AccessKey must be a non-empty str')}$"
    with pytest.raises(pandapon.ConfigurationError, match=not_text):
        webhooks.verify_signature(BODY, OF_BODY, SECRET, access_key=key)
    with pytest.raises(pandapon.ConfigurationError, match=not_text):
        webhooks.Receiver(SECRET, access_key=key)
    signing = re.escape("signing with signature_base='key+body' needs the access_key")
    with pytest.raises(pandapon.ConfigurationError, match=f"^{signing}$"):
        webhooks.sign_payload(BODY, SECRET, access_key=key, signature_base="key+body")


def test_construct_message_keeps_the_base_that_matched() -> None:
    payload = envelope("1688_ORDER_PAY_SUCCESS", {"orderId": 1})
    for base in ("body", "key+body"):
        body, headers = signed_request(payload, SECRET, access_key=KEY, signature_base=base)
        message = webhooks.construct_message(body, headers["Authorization"], SECRET, access_key=KEY)
        assert message.signature_base == base
    assert webhooks.parse(body).signature_base is None  # parse alone verifies nothing


def _post(receiver: webhooks.Receiver, body: bytes, signature: str) -> int:
    with httpx.Client(transport=httpx.WSGITransport(app=receiver.wsgi)) as http:
        return http.post(
            "http://receiver/", content=body, headers={"Authorization": signature}
        ).status_code


def test_the_receiver_takes_either_base_records_which_and_delivers_odd_shapes(
    tmp_path: Path,
) -> None:
    forget_warnings()  # a ShapeWarning is issued once per process: another test's may be first
    store = pandapon.EvidenceStore(tmp_path / "pushes.db")
    receiver = webhooks.Receiver(SECRET, access_key=KEY, evidence=store)
    got: list[webhooks.Message[Any]] = []
    done = threading.Event()

    @receiver.on(webhooks.Message)
    def handle(message: webhooks.Message[Any]) -> None:
        got.append(message)
        if len(got) == 3:
            done.set()

    # The 1688 status body with fields of other JSON types than the spec's: still delivered.
    odd = envelope("1688_ORDER_PAY_SUCCESS", {"orderId": ["SECRET-7717"], "currentStatus": 5})
    statuses = []
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        for n, base in enumerate(("body", "key+body", "key+body")):
            payload = envelope("1688_ORDER_PAY_SUCCESS", {"orderId": n}) if n < 2 else odd
            body, headers = signed_request(payload, SECRET, access_key=KEY, signature_base=base)
            statuses.append(_post(receiver, body, headers["Authorization"]))
        wrong = _post(receiver, body, OF_BODY)
    assert statuses == [200, 200, 200] and wrong == 401
    assert done.wait(10)
    receiver.close()
    assert sorted(str(m.signature_base) for m in got) == ["body", "key+body", "key+body"]
    odd_message = next(m for m in got if m.raw["messageBody"] == odd["messageBody"])
    assert odd_message.body.order_id == ["SECRET-7717"]  # as sent
    paths = {w.message.path for w in caught if isinstance(w.message, pandapon.ShapeWarning)}
    assert "messageBody.orderId" in paths
    store.close()
    (entry,) = [e for e in export(store.path)["operations"] if e["kind"] == "webhook"]
    assert entry["operation"] == "alibabaOrderStatusChanged"
    assert entry["signature_bases"] == {"body": 1, "key+body": 2}
    assert any(
        p["path"] == "messageBody.orderId" and p["fit"] == "deviates" for p in entry["paths"]
    )
    assert "SECRET-7717" not in json.dumps(export(store.path))


def test_the_receiver_without_an_access_key_checks_the_body_only(
    caplog: pytest.LogCaptureFixture, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delenv("PANDAPON_ACCESS_KEY", raising=False)
    with caplog.at_level(logging.INFO, logger="pandapon.webhooks"):
        receiver = webhooks.Receiver(SECRET)
    assert any("raw body only" in r.getMessage() for r in caplog.records)
    body, headers = signed_request(envelope("X"), SECRET, access_key=KEY, signature_base="key+body")
    assert _post(receiver, body, headers["Authorization"]) == 401
    body, headers = signed_request(envelope("X"), SECRET)
    assert _post(receiver, body, headers["Authorization"]) == 200
    monkeypatch.setenv("PANDAPON_ACCESS_KEY", KEY)  # the receiver reads it like the client
    keyed = webhooks.Receiver(SECRET)
    body, headers = signed_request(envelope("Y"), SECRET, access_key=KEY, signature_base="key+body")
    assert _post(keyed, body, headers["Authorization"]) == 200


class Capture:
    """An ASGI app that keeps every push (headers, body) and answers 200."""

    def __init__(self) -> None:
        self.received: list[tuple[dict[str, str], bytes]] = []

    async def __call__(self, scope: Any, receive: Any, send: Any) -> None:
        if scope["type"] != "http":
            return
        message = await receive()
        headers = {k.decode(): v.decode() for k, v in scope["headers"]}
        self.received.append((headers, message.get("body", b"")))
        await send({"type": "http.response.start", "status": 200, "headers": []})
        await send({"type": "http.response.body", "body": b""})


@pytest.mark.parametrize("base", ["body", "key+body"])
def test_the_sandbox_pushes_with_either_base(base: str) -> None:
    capture = Capture()
    with sandbox.serving(capture) as url:
        config = sandbox.SandboxConfig(callback_url=url, callback_signature_base=base)  # type: ignore[arg-type]
        with sandbox.running(config) as box, box.client() as client:
            buy_1688(client)
            for _ in range(250):
                if capture.received:
                    break
                threading.Event().wait(0.02)
    headers, body = capture.received[0]
    matched = webhooks.verify_signature(
        body, headers["authorization"], config.access_secret, access_key=config.access_key
    )
    assert matched == base
    other = "key+body" if base == "body" else "body"
    with pytest.raises(pandapon.SignatureVerificationError):
        webhooks.verify_signature(
            body,
            headers["authorization"],
            config.access_secret,
            access_key=config.access_key,
            signature_base=other,  # type: ignore[arg-type]
        )
    with pytest.raises(pandapon.ConfigurationError, match="callback_signature_base"):
        sandbox.SandboxConfig(callback_signature_base="either")  # type: ignore[arg-type]


def test_the_sandbox_command_takes_the_base() -> None:
    given = _command.settings(
        _command.parser().parse_args(["--callback-signature-base", "key+body"]), environ={}
    )
    assert given.callback_signature_base == "key+body"
    assert (
        _command.settings(_command.parser().parse_args([]), environ={}).callback_signature_base
        == "body"
    )
    with pytest.raises(SystemExit):
        _command.parser().parse_args(["--callback-signature-base", "either"])


def test_the_spec_marks_the_base_inferred_with_its_sources() -> None:
    scheme = document()["components"]["securitySchemes"]["messageSignature"]
    base = scheme["x-pandapon-signature-base"]
    assert base["confidence"] == "inferred"
    assert set(base["candidates"]) == set(webhooks.SIGNATURE_BASES) - {"either"}
    assert any("doc-6521894" in source for source in base["sources"])
    assert any("VerifySignature" in source for source in base["sources"])
