"""Message callbacks without a server: signatures, parsing, the age check, deduplication."""

from __future__ import annotations

import hashlib
import json
import logging
import subprocess
import sys
import threading
import time
from collections.abc import Callable, Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any, get_args

import pytest

import pandapon
from pandapon import webhooks
from pandapon._spec import document
from pandapon.webhooks import (
    AlibabaOrderPriceModified,
    AlibabaOrderRefund,
    InMemoryStore,
    OrderRefund,
    SignatureVerificationError,
    SQLiteStore,
    StaleMessageError,
    TaobaoOrderRefund,
    UnknownMessage,
    WebhookPayloadError,
    construct_message,
    message_key,
    parse,
    sign_payload,
    verify_signature,
)
from pandapon.webhooks._messages import _read_body, message_types, read_timestamp
from pandapon.webhooks.testing import envelope, signed_request

SECRET = "s3cr3t-AccessSecret-0123456789"
NOW = datetime(2025, 6, 1, 12, 0, tzinfo=UTC)
NOW_MS = int(NOW.timestamp() * 1000)


def _body(payload: dict[str, Any]) -> bytes:
    return json.dumps(payload, ensure_ascii=False).encode()


# --- signature -------------------------------------------------------------------------------


def test_sign_payload_is_lowercase_hex_hmac_sha256_of_the_body() -> None:
    # RFC 4231-style known vector (key "key"), so the rule is pinned, not re-derived.
    digest = sign_payload(b"The quick brown fox jumps over the lazy dog", "key")
    assert digest == "f7bc83f430538424b13298e6aa6fb143ef4d59a14946175997479dbc2d1a3cd8"


@pytest.mark.parametrize("transform", [str.lower, str.upper, lambda s: f"HMAC-SHA256 {s}"])
def test_good_signature_is_accepted(transform: Any) -> None:
    body = b'{"messageType":"X"}'
    verify_signature(body, transform(sign_payload(body, SECRET)), SECRET)
    verify_signature(body, f"  {sign_payload(body, SECRET)}\t", SECRET)


def test_tampered_body_and_wrong_secret_are_rejected() -> None:
    body = b'{"messageType":"X","messageBody":{"orderId":"1"}}'
    signature = sign_payload(body, SECRET)
    with pytest.raises(SignatureVerificationError):
        verify_signature(body.replace(b'"1"', b'"2"'), signature, SECRET)
    with pytest.raises(SignatureVerificationError):
        verify_signature(body, signature, SECRET + "x")
    with pytest.raises(SignatureVerificationError):
        verify_signature(body, sign_payload(body, "another secret"), SECRET)


@pytest.mark.parametrize(
    "header", [None, "", "   ", "abc", "签名", "HMAC-SHA256", "a b c", "0" * 64]
)
def test_missing_or_garbage_header_is_rejected(header: str | None) -> None:
    with pytest.raises(SignatureVerificationError) as caught:
        verify_signature(b"{}", header, SECRET)
    assert isinstance(caught.value, pandapon.PandaPonError)


def test_errors_never_show_the_secret_or_the_signature() -> None:
    body = b'{"a":1}'
    signature = sign_payload(body, SECRET)
    for given, secret in ((signature, "other"), (signature.upper(), "other"), (None, SECRET)):
        with pytest.raises(SignatureVerificationError) as caught:
            verify_signature(body, given, secret)
        text = f"{caught.value} {caught.value!r}"
        assert SECRET not in text
        assert signature not in text.lower()


def test_an_empty_secret_is_refused() -> None:
    # With an empty key anybody could forge a valid signature.
    with pytest.raises(pandapon.ConfigurationError):
        sign_payload(b"{}", "")
    with pytest.raises(pandapon.ConfigurationError):
        verify_signature(b"{}", sign_payload(b"{}", "x"), "")


def test_each_refusal_says_exactly_what_is_wrong() -> None:
    body = b'{"a":1}'
    no_match = (
        "the Authorization signature does not match the body (wrong AccessSecret, or the "
        "body was changed in transit; bases tried: body)"
    )
    not_a_header = "authorization must be the Authorization header's value (str) or None, not int"
    cases: list[tuple[Any, Any, str, type[Exception], str]] = [
        (body, None, SECRET, SignatureVerificationError, "the message has no Authorization "
         "signature"),
        (body, "0" * 64, SECRET, SignatureVerificationError, no_match),
        (body, "x", "", pandapon.ConfigurationError, "the AccessSecret must be a non-empty str"),
        (body, 5, SECRET, TypeError, not_a_header),
        ("{}", "x", SECRET, TypeError, "body must be the raw request body as bytes, not str"),
    ]  # fmt: skip
    for given_body, authorization, secret, error, message in cases:
        with pytest.raises(error) as caught:
            verify_signature(given_body, authorization, secret)
        assert str(caught.value) == message


def test_a_raw_header_value_is_read_as_latin_1() -> None:
    body = b'{"a":1}'
    signature = sign_payload(body, SECRET)
    verify_signature(body, signature.encode("ascii"), SECRET)
    verify_signature(body, f"HMAC-SHA256 {signature}".encode("latin-1"), SECRET)
    with pytest.raises(SignatureVerificationError, match="does not match"):
        verify_signature(body, b"\xe9" * 64, SECRET)  # not UTF-8: still just a wrong signature


def test_a_valid_signature_with_anything_after_it_is_no_signature() -> None:
    body = b'{"a":1}'
    signature = sign_payload(body, SECRET)
    for header in (f"{signature} trailing", f"a b {signature}", f"{signature} x y"):
        with pytest.raises(SignatureVerificationError, match="does not match"):
            verify_signature(body, header, SECRET)


def test_a_header_that_is_not_even_encodable_is_a_wrong_signature() -> None:
    with pytest.raises(SignatureVerificationError, match="does not match"):
        verify_signature(b"{}", "\ud800" * 64, SECRET)  # a lone surrogate


# --- parsing ---------------------------------------------------------------------------------


def test_every_message_type_of_the_spec_parses_into_its_class_and_model() -> None:
    doc = document()
    seen = 0
    for name, item in doc["webhooks"].items():
        for message_type in item["post"]["x-pandapon-message-types"]:
            message = parse(_body(envelope(message_type, {"orderId": "7"})))
            assert type(message).webhook == name
            assert message.message_type == message_type
            assert message.platform == ("taobao" if name.startswith("taobao") else "1688")
            assert type(message.body).__name__ == message_types()[message_type].model.__name__
            # The class's static body type names the model the spec chose.
            (argument,) = get_args(type(message).__orig_bases__[0])  # type: ignore[attr-defined]
            assert type(message.body).__name__ in argument.__forward_arg__
            seen += 1
    assert seen >= 6
    assert {k.cls for k in message_types().values()} == set(webhooks._messages.KNOWN_CLASSES)


def test_message_body_as_object_and_as_json_string_read_the_same() -> None:
    body = {"refundId": "TQ1", "orderId": "2542285634920880794", "currentStatus": "waitbuyersend"}
    as_object = parse(_body(envelope("1688_ORDER_BUYER_VIEW_ORDER_REFUND_AFTER_SALES", body)))
    as_string = parse(
        _body(envelope("1688_ORDER_BUYER_VIEW_ORDER_REFUND_AFTER_SALES", body, body_as_string=True))
    )
    assert isinstance(as_string.raw["messageBody"], str)
    for message in (as_object, as_string):
        assert isinstance(message, AlibabaOrderRefund)
        assert isinstance(message, OrderRefund)
        assert message.body is not None
        assert message.body.refund_id == "TQ1"
        assert message.body.current_status == "waitbuyersend"
    assert as_object.body == as_string.body


def test_price_message_body_is_the_buyer_view_order() -> None:
    body = {"baseInfo": {"id": 2542285634920880794, "status": "waitbuyerpay"}, "extra": 1}
    message = parse(_body(envelope("1688_ORDER_BUYER_VIEW_ORDER_PRICE_MODIFY", body)))
    assert isinstance(message, AlibabaOrderPriceModified)
    assert message.body is not None
    assert message.body.base_info.id == 2542285634920880794  # type: ignore[union-attr]
    assert message.body["extra"] == 1  # unknown fields are kept


def test_unknown_message_type_is_tolerated() -> None:
    message = parse(b'{"messageType":"1688_SOMETHING_NEW","messageBody":"{\\"a\\":1}"}')
    assert isinstance(message, UnknownMessage)
    assert message.message_type == "1688_SOMETHING_NEW"
    assert message.platform == "1688"
    assert message.body == {"a": 1}
    missing = parse(b'{"messagePlatform":0,"messageBody":"not json"}')
    assert isinstance(missing, UnknownMessage)
    assert (missing.message_type, missing.platform, missing.body) == (None, "taobao", "not json")
    assert parse(b'{"messageType":42}').message_type is None


@pytest.mark.parametrize("content", [None, "not json", "[1, 2]", 5])
def test_known_type_without_an_object_body_has_body_none(content: Any) -> None:
    raw = _body({"messageType": "TAOBAO_ORDER_PAY_SUCCESS", "messageBody": content})
    if isinstance(content, int):  # neither the object nor the string of one the spec allows
        with pytest.warns(pandapon.ShapeWarning, match="messageBody is an integer"):
            message = parse(raw)
    else:
        message = parse(raw)
    assert message.body is None
    assert message.raw["messageBody"] == content


@pytest.mark.parametrize(
    ("body", "words"),
    [
        (b"", "not valid JSON"),
        (b"{not json", "not valid JSON"),
        (b"[1, 2]", "JSON object, not list"),
        (b'"x"', "JSON object, not str"),
        (b"\xff\xfe{", "not UTF-8"),
    ],
)
def test_malformed_body_raises_a_clear_error(body: bytes, words: str) -> None:
    with pytest.raises(WebhookPayloadError, match=words) as caught:
        parse(body)
    assert isinstance(caught.value, ValueError)
    assert isinstance(caught.value, pandapon.PandaPonError)


def test_a_body_the_model_cannot_read_is_kept_as_sent(caplog: pytest.LogCaptureFixture) -> None:
    # The generated models are tolerant of every shape; this guards against a future strict
    # one: a verified push is never refused for its shape, its handlers get what came.
    class Strict:
        @classmethod
        def from_dict(cls, data: dict[str, Any]) -> Strict:
            raise KeyError("orderId")

    with caplog.at_level(logging.WARNING, logger="pandapon.webhooks"):
        assert _read_body(Strict, {"a": 1}, "X_TYPE") == {"a": 1}
        assert _read_body(Strict, {"a": 1}, "\x1b[2J") == {"a": 1}
    shown = [r.getMessage() for r in caplog.records]
    assert shown == [
        "the messageBody of X_TYPE does not fit Strict (KeyError): kept as sent",
        "the messageBody of a message does not fit Strict (KeyError): kept as sent",
    ]


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("1748779200000", NOW),  # epoch ms as a string, as the twin platform sends it
        (1748779200000, NOW),
        (1748779200, NOW),  # epoch seconds
        ("1748779200", NOW),
        ("1748779200.5", NOW + timedelta(milliseconds=500)),
        ("2025-06-01T12:00:00Z", NOW),
        ("2025-06-01 20:00:00+08:00", NOW),
        ("2025-06-01 20:00:00", None),  # no zone: not guessed
        ("yesterday", None),
        (True, None),
        (None, None),
        ([1], None),
        (10**30, None),
    ],
)
def test_timestamps(raw: Any, expected: datetime | None) -> None:
    assert read_timestamp(raw) == expected
    message = parse(_body({"messageType": "X", "timestamp": raw}))
    assert message.timestamp == expected
    assert message.timestamp_raw == raw


def test_message_repr_leaves_out_the_raw_envelope() -> None:
    message = parse(_body(envelope("TAOBAO_ORDER_CANCEL", {"purchase_id": 1})))
    assert " raw=" not in repr(message)
    assert "TAOBAO_ORDER_CANCEL" in repr(message)


# --- construct_message -----------------------------------------------------------------------


def _signed(timestamp: Any) -> tuple[bytes, str]:
    body, headers = signed_request(
        envelope(
            "TAOBAO_ORDER_BUYER_VIEW_ORDER_BUYER_REFUND", {"refundId": "1"}, timestamp=timestamp
        ),
        SECRET,
    )
    return body, headers["Authorization"]


def test_construct_message_verifies_then_parses() -> None:
    body, signature = _signed(str(NOW_MS))
    message = construct_message(body, signature, SECRET, now=NOW)
    assert isinstance(message, TaobaoOrderRefund)
    assert message.timestamp == NOW
    with pytest.raises(SignatureVerificationError):
        construct_message(body + b" ", signature, SECRET, now=NOW)
    # The signature is checked before the body is even parsed.
    with pytest.raises(SignatureVerificationError):
        construct_message(b"{not json", signature, SECRET, now=NOW)
    with pytest.raises(WebhookPayloadError):
        construct_message(b"{not json", sign_payload(b"{not json", SECRET), SECRET, now=NOW)


def test_stale_and_future_timestamps_are_rejected() -> None:
    old, signature = _signed(str(NOW_MS - 7 * 3600 * 1000))
    with pytest.raises(StaleMessageError) as caught:
        construct_message(old, signature, SECRET, now=NOW)
    assert isinstance(caught.value, SignatureVerificationError)
    assert caught.value.tolerance == webhooks.DEFAULT_TOLERANCE
    assert caught.value.now == NOW  # when it was checked, and the stamp it carried
    assert caught.value.timestamp == NOW - timedelta(hours=7)
    assert NOW.isoformat() in str(caught.value)
    ahead, signature_ahead = _signed(str(NOW_MS + 7 * 3600 * 1000))
    with pytest.raises(StaleMessageError):
        construct_message(ahead, signature_ahead, SECRET, now=NOW)
    with pytest.raises(StaleMessageError):
        construct_message(old, signature, SECRET, now=NOW, tolerance=60)


def test_the_tolerance_is_inclusive_and_may_be_zero() -> None:
    edge, signature = _signed(str(NOW_MS - 6 * 3600 * 1000))  # exactly the default away
    assert construct_message(edge, signature, SECRET, now=NOW).timestamp == NOW - timedelta(hours=6)
    exact, exact_signature = _signed(str(NOW_MS))
    assert construct_message(exact, exact_signature, SECRET, now=NOW, tolerance=0)
    with pytest.raises(StaleMessageError):
        construct_message(edge, signature, SECRET, now=NOW, tolerance=0)


def test_construct_message_checks_only_the_signature_base_asked_for() -> None:
    key = "58c0201dfdf148eca63cbf6bb5e7cf03"
    body = _body(envelope("TAOBAO_ORDER_PAY_SUCCESS", {"purchase_id": 1}))
    keyed = sign_payload(body, SECRET, access_key=key, signature_base="key+body")
    assert construct_message(body, keyed, SECRET, access_key=key).signature_base == "key+body"
    with pytest.raises(SignatureVerificationError):
        construct_message(body, keyed, SECRET, access_key=key, signature_base="body")


def test_default_tolerance_accepts_pandapons_last_retry() -> None:
    # First push + 5 retries 30 minutes apart: the last one is 2.5 hours after the timestamp.
    body, signature = _signed(str(NOW_MS - 150 * 60 * 1000 - 5000))
    assert construct_message(body, signature, SECRET, now=NOW).timestamp is not None


def test_tolerance_none_and_missing_timestamps_skip_the_age_check() -> None:
    old, signature = _signed(str(NOW_MS - 30 * 24 * 3600 * 1000))
    assert construct_message(old, signature, SECRET, now=NOW, tolerance=None) is not None
    body, headers = signed_request({"messageType": "TAOBAO_ORDER_CANCEL"}, SECRET)
    message = construct_message(body, headers["Authorization"], SECRET, tolerance=1)
    assert message.timestamp is None


def test_bad_tolerance_or_naive_now_is_a_configuration_error() -> None:
    body, signature = _signed(str(NOW_MS))
    with pytest.raises(pandapon.ConfigurationError):
        construct_message(body, signature, SECRET, tolerance=-1)
    with pytest.raises(pandapon.ConfigurationError):
        construct_message(body, signature, SECRET, tolerance="1h")  # type: ignore[arg-type]
    with pytest.raises(pandapon.ConfigurationError):
        construct_message(body, signature, SECRET, now=datetime(2025, 6, 1))


# --- test helper -----------------------------------------------------------------------------


def test_signed_request_signs_what_it_returns() -> None:
    payload = envelope("1688_ORDER_PAY_SUCCESS", {"orderId": "1"}, body_as_string=True)
    body, headers = signed_request(payload, SECRET)
    assert json.loads(body) == payload
    assert payload["messagePlatform"] == 1
    assert isinstance(payload["messageBody"], str)
    assert headers["Content-Type"] == "application/json"
    verify_signature(body, headers["Authorization"], SECRET)
    raw, raw_headers = signed_request(b"exact bytes", SECRET)
    assert raw == b"exact bytes"
    assert raw_headers["Authorization"] == sign_payload(b"exact bytes", SECRET)


# --- deduplication key and store -------------------------------------------------------------


def test_message_key_ignores_serialisation_but_not_the_timestamp() -> None:
    fields = {"refundId": "1", "orderId": "2"}
    a = envelope("TAOBAO_ORDER_BUYER_VIEW_ORDER_BUYER_REFUND", fields, timestamp="1")
    b = envelope(
        "TAOBAO_ORDER_BUYER_VIEW_ORDER_BUYER_REFUND", fields, timestamp="1", body_as_string=True
    )
    reordered = json.dumps(dict(reversed(list(a.items()))), indent=2).encode()
    assert message_key(parse(_body(a))) == message_key(parse(_body(b)))
    assert message_key(parse(_body(a))) == message_key(parse(reordered))
    later = envelope("TAOBAO_ORDER_BUYER_VIEW_ORDER_BUYER_REFUND", fields, timestamp="2")
    assert message_key(parse(_body(a))) != message_key(parse(_body(later)))


def test_message_key_ignores_the_body_key_order_but_not_the_envelope() -> None:
    fields = {"refundId": "1", "orderId": "2"}
    reversed_fields = dict(reversed(list(fields.items())))
    refund = "TAOBAO_ORDER_BUYER_VIEW_ORDER_BUYER_REFUND"
    first = envelope(refund, fields, timestamp="1")
    key = message_key(parse(_body(first)))
    for resent in (
        envelope(refund, reversed_fields, timestamp="1"),
        envelope(refund, reversed_fields, timestamp="1", body_as_string=True),
    ):
        assert message_key(parse(_body(resent))) == key
    # Two events with the same ids at the same time but another type or platform are two
    # messages: one must not be dropped as the other's duplicate.
    other_type = {**first, "messageType": "TAOBAO_ORDER_PAY_SUCCESS"}
    other_platform = {**first, "messagePlatform": 1 if first["messagePlatform"] != 1 else 2}
    assert message_key(parse(_body(other_type))) != key
    assert message_key(parse(_body(other_platform))) != key


def test_message_key_is_the_same_in_every_version() -> None:
    """Stores persist the keys (SQLite, Redis, PostgreSQL): a redelivery after an upgrade must
    still find the key the previous version wrote, so the canonical text is fixed."""
    body = (
        '{"messageType":"TAOBAO_ORDER_BUYER_VIEW_ORDER_BUYER_REFUND","messagePlatform":2,'
        '"timestamp":"1733500000000","messageBody":{"refundId":"R1","reason":"尺码不合适"}}'
    ).encode()
    canonical = (
        '[2,"TAOBAO_ORDER_BUYER_VIEW_ORDER_BUYER_REFUND","1733500000000",'
        '{"reason":"尺码不合适","refundId":"R1"}]'
    )
    assert message_key(parse(body)) == hashlib.sha256(canonical.encode("utf-8")).hexdigest()


class _Clock:
    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now


STORES = ["memory", "sqlite"]


@pytest.fixture
def new_store(tmp_path: Path) -> Iterator[Callable[..., Any]]:
    """Makes a store of a kind; the SQLite ones share one file, as a restarted process would."""
    opened: list[SQLiteStore] = []

    def make(kind: str, **options: Any) -> Any:
        if kind == "memory":
            return InMemoryStore(**options)
        store = SQLiteStore(tmp_path / "pushes.db", **options)
        opened.append(store)
        return store

    yield make
    for store in opened:
        store.close()


@pytest.mark.parametrize("kind", STORES)
def test_a_store_remembers_until_the_ttl(
    new_store: Callable[..., Any], kind: str, caplog: pytest.LogCaptureFixture
) -> None:
    clock = _Clock()
    store = new_store(kind, ttl=60, clock=clock)
    assert isinstance(store, webhooks.MessageStore)
    assert store.add("a", b"1")
    assert not store.add("a", b"1")
    store.mark_done("a")
    assert not store.add("a", b"1")
    clock.now += 30
    assert store.add("b", b"2")
    store.mark_failed("b", ["h"])
    clock.now += 31  # "a" expired, "b" not yet
    assert store.add("a", b"1")
    assert len(store) == 2
    clock.now += 30
    with caplog.at_level("WARNING", logger="pandapon.webhooks"):
        assert len(store) == 1  # "b" was failed and never retried: forgotten, with a warning
    assert "forgetting failed message b" in caplog.text


@pytest.mark.parametrize("kind", STORES)
def test_a_message_is_forgotten_exactly_ttl_after_it_arrived(
    new_store: Callable[..., Any], kind: str
) -> None:
    clock = _Clock()
    store = new_store(kind, ttl=60, clock=clock)
    assert store.add("a", b"1")
    clock.now += 59.5
    assert not store.add("a", b"1")  # still remembered: a duplicate
    clock.now += 0.5  # 60 s: the ttl is over
    assert store.add("a", b"1")


def test_the_memory_store_keeps_the_newest_1000_quarantined_messages(
    caplog: pytest.LogCaptureFixture,
) -> None:
    store = InMemoryStore()
    keys = [f"q{n:04}" for n in range(1001)]
    with caplog.at_level("WARNING", logger="pandapon.webhooks"):
        for key in keys:
            assert store.quarantine(key, key.encode(), "unreadable")
    kept = store.quarantined()
    assert len(kept) == 1000  # docs/webhooks.md: "keeps the latest 1,000"
    assert [q.key for q in kept] == keys[1:]  # the oldest went first
    (warning,) = caplog.records
    assert "q0000" in warning.getMessage() and "quarantined" in warning.getMessage()


@pytest.mark.parametrize("kind", STORES)
def test_failed_messages_are_taken_once(new_store: Callable[..., Any], kind: str) -> None:
    store = new_store(kind)
    store.add("k", b"body")
    store.mark_failed("k", ["mod.handler"])
    assert store.take_failed() == [webhooks.FailedMessage("k", b"body", ("mod.handler",))]
    assert store.take_failed() == []  # back to pending: a second retry does not run it twice
    store.mark_failed("k", ["mod.handler"])
    store.mark_done("k")
    assert store.take_failed() == []
    store.mark_failed("k", ["mod.handler"])  # done messages dropped their body: nothing to retry
    assert store.take_failed() == []


@pytest.mark.parametrize("kind", STORES)
def test_store_add_is_atomic_across_threads(new_store: Callable[..., Any], kind: str) -> None:
    # SQLite: each thread has its own store on the file, as separate processes would.
    stores = [new_store(kind)] * 16 if kind == "memory" else [new_store(kind) for _ in range(16)]
    results: list[bool] = []
    start = threading.Barrier(16)

    def add(store: Any) -> None:
        start.wait()
        results.append(store.add("same", b"x"))

    threads = [threading.Thread(target=add, args=(store,)) for store in stores]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=30)
    assert sorted(results) == [False] * 15 + [True]


def test_the_sqlite_store_survives_its_process_dying(tmp_path: Path) -> None:
    path = tmp_path / "pushes.db"
    # os._exit: no close, no flush, no atexit, as after kill -9.
    code = (
        "import os, sys; from pandapon.webhooks import SQLiteStore\n"
        "store = SQLiteStore(sys.argv[1])\n"
        "assert store.add('handled', b'1') and store.add('failed', b'2')\n"
        "store.add('running', b'3')\n"
        "store.mark_done('handled'); store.mark_failed('failed', ['mod.h']); os._exit(0)"
    )
    subprocess.run([sys.executable, "-c", code, str(path)], check=True, timeout=60)
    clock = _Clock()
    clock.now = time.time()
    store = SQLiteStore(path, clock=clock)
    try:
        assert not store.add("handled", b"1")  # PandaPon's redelivery: a duplicate
        assert store.take_failed() == [webhooks.FailedMessage("failed", b"2", ("mod.h",))]
        store.mark_done("failed")  # its retry succeeded
        # The handlers of "running" were cut off; after interrupted_after it is handed back,
        # for all its handlers (none named), once.
        clock.now += webhooks.DEFAULT_INTERRUPTED_AFTER.total_seconds()
        assert store.take_failed() == [webhooks.FailedMessage("running", b"3", ())]
        assert store.take_failed() == []
    finally:
        store.close()


def test_an_interrupted_retry_reruns_only_the_handlers_that_had_failed(tmp_path: Path) -> None:
    clock = _Clock()
    store = SQLiteStore(tmp_path / "pushes.db", clock=clock)
    store.add("k", b"body")
    store.mark_failed("k", ["mod.b"])  # mod.a had succeeded
    assert store.take_failed() == [webhooks.FailedMessage("k", b"body", ("mod.b",))]
    store.close()  # the retry's process dies before it reports back
    store = SQLiteStore(tmp_path / "pushes.db", clock=clock)
    clock.now += webhooks.DEFAULT_INTERRUPTED_AFTER.total_seconds()
    assert store.take_failed() == [webhooks.FailedMessage("k", b"body", ("mod.b",))]
    store.close()


def test_a_message_whose_handlers_never_finished_is_not_forgotten_silently(
    tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    clock = _Clock()
    store = SQLiteStore(tmp_path / "pushes.db", ttl=60, clock=clock)
    store.add("cut-off", b"1")  # pending, and its process stopped
    store.add("handled", b"2")
    store.mark_done("handled")
    clock.now += 61
    with caplog.at_level("WARNING", logger="pandapon.webhooks"):
        assert len(store) == 0
    assert "forgetting message cut-off: its handlers never finished" in caplog.text
    assert "handled" not in caplog.text
    store.close()


def test_store_options_are_checked_by_name(tmp_path: Path) -> None:
    for name, value in (("ttl", 0), ("interrupted_after", timedelta(0))):
        with pytest.raises(ValueError, match=f"^{name} must be positive$"):
            SQLiteStore(tmp_path / "x.db", **{name: value})
    with pytest.raises(ValueError, match=r"^ttl must be positive$"):
        InMemoryStore(ttl=-1)
    assert repr(InMemoryStore(ttl=0.5)).startswith("InMemoryStore(ttl=0.5s")  # any positive
    store = SQLiteStore(tmp_path / "x.db", ttl=timedelta(hours=2))
    assert repr(store) == f"SQLiteStore({str(tmp_path / 'x.db')!r}, ttl=7200s)"
    store.close()


# --- packaging -------------------------------------------------------------------------------


def test_importing_stays_cheap() -> None:
    code = (
        "import sys, pandapon; assert 'pandapon.webhooks' not in sys.modules;"
        "import pandapon.webhooks; assert 'pandapon_api.models' not in sys.modules"
    )
    subprocess.run([sys.executable, "-c", code], check=True, timeout=60)
