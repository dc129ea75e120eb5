"""What every ``pandapon.webhooks.MessageStore`` must do, as checks any store can be run through.

A store is described by a ``StoreUnderTest``: ``make(ttl=..., interrupted_after=...)`` opens a
fresh, empty store (a picklable factory, so that other processes can open the same one),
``shared`` says whether several processes may use it at once, ``remembers`` whether a message
outlives the store object (reopened, or after a crash). ``CHECKS`` lists the checks;
tests/webhooks/test_webhook_stores.py runs each against SQLite, Redis, PostgreSQL and the in-memory
store. Times are real and short (a store's clock may be its server's, which a test cannot move).
"""

from __future__ import annotations

import multiprocessing
import threading
import time
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from pandapon.webhooks import FailedMessage, MessageStore, QuarantineStore

#: Long enough that nothing expires or is deemed interrupted during a check that does not ask.
LONG = 3600.0
#: Short times for the checks that wait them out.
TTL = 1.5
INTERRUPTED = 0.6


@dataclass(frozen=True)
class StoreUnderTest:
    name: str
    make: Callable[..., Any]  # (ttl=, interrupted_after=) -> a fresh store; picklable
    shared: bool  # several processes may open it at once
    remembers: bool  # a message outlives the store object (crash recovery)


def _close(store: Any) -> None:
    close = getattr(store, "close", None)
    if callable(close):
        close()


def _by_key(failed: list[FailedMessage]) -> dict[str, FailedMessage]:
    return {f.key: f for f in failed}


# -- the checks ------------------------------------------------------------------------------


def check_is_a_message_store(kind: StoreUnderTest) -> None:
    store = kind.make(ttl=LONG, interrupted_after=LONG)
    try:
        assert isinstance(store, MessageStore)
        assert isinstance(store, QuarantineStore)
        assert "secret" not in repr(store).lower()
    finally:
        _close(store)


def check_a_key_is_claimed_once(kind: StoreUnderTest) -> None:
    store = kind.make(ttl=LONG, interrupted_after=LONG)
    try:
        body = b'{"messageType":"X","messageBody":{"text":"\xe9\x95\xbf \\u0000"}}\x00\xff'
        assert store.add("k1", body) is True
        assert store.add("k1", b"another body") is False
        assert store.add("k2", body) is True
        store.mark_failed("k1", ["h"])
        (failed,) = store.take_failed()
        assert failed == FailedMessage("k1", body, ("h",))  # the body byte for byte
        store.mark_done("k1")
        assert store.add("k1", body) is False  # done: the key is still remembered
        assert store.take_failed() == []
    finally:
        _close(store)


def check_failed_handlers_are_kept_per_message(kind: StoreUnderTest) -> None:
    store = kind.make(ttl=LONG, interrupted_after=LONG)
    try:
        for key in ("a", "b", "c"):
            assert store.add(key, key.encode())
        store.mark_failed("a", ["mod.bookkeeping", "mod.notify"])
        store.mark_failed("b", ["mod.notify"])
        store.mark_done("c")
        taken = _by_key(store.take_failed())
        assert taken == {
            "a": FailedMessage("a", b"a", ("mod.bookkeeping", "mod.notify")),
            "b": FailedMessage("b", b"b", ("mod.notify",)),
        }
        assert store.take_failed() == []  # taken: pending again, not returned twice
        store.mark_failed("a", ["mod.notify"])  # the retry of one handler failed again
        store.mark_done("b")
        assert store.take_failed() == [FailedMessage("a", b"a", ("mod.notify",))]
        store.mark_done("a")
        assert store.take_failed() == []
        store.mark_failed("c", ["late"])  # done: nothing to retry, no body kept
        store.mark_failed("never-added", ["x"])
        store.mark_done("never-added")
        assert store.take_failed() == []
    finally:
        _close(store)


def check_concurrent_duplicates_are_claimed_once(kind: StoreUnderTest) -> None:
    """16 threads deliver the same 100 messages at once: each key is claimed exactly once."""
    store = kind.make(ttl=LONG, interrupted_after=LONG)
    claims: Counter[str] = Counter()
    lock = threading.Lock()
    start = threading.Barrier(16)

    def deliver() -> None:
        start.wait()
        for i in range(100):
            if store.add(f"dup-{i}", b"{}"):
                with lock:
                    claims[f"dup-{i}"] += 1

    try:
        threads = [threading.Thread(target=deliver) for _ in range(16)]
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join(timeout=60)
        assert claims == Counter({f"dup-{i}": 1 for i in range(100)})
    finally:
        _close(store)


def check_concurrent_retries_take_a_message_once(kind: StoreUnderTest) -> None:
    store = kind.make(ttl=LONG, interrupted_after=LONG)
    taken: list[str] = []
    lock = threading.Lock()
    start = threading.Barrier(8)
    try:
        for i in range(200):
            store.add(f"f-{i}", b"{}")
            store.mark_failed(f"f-{i}", ["h"])

        def retry() -> None:
            start.wait()
            for _ in range(5):
                got = [f.key for f in store.take_failed()]
                with lock:
                    taken.extend(got)

        threads = [threading.Thread(target=retry) for _ in range(8)]
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join(timeout=60)
        assert sorted(taken) == sorted(f"f-{i}" for i in range(200))
    finally:
        _close(store)


def _claim_in_process(make: Callable[..., Any], keys: list[str], out: Any) -> None:
    store = make(ttl=LONG, interrupted_after=LONG)
    try:
        out.put([key for key in keys if store.add(key, b"{}")])
    finally:
        _close(store)


def check_processes_claim_each_key_once(kind: StoreUnderTest) -> None:
    """4 processes, each with its own connection, deliver the same 300 messages at once."""
    if not kind.shared:
        return
    first = kind.make(ttl=LONG, interrupted_after=LONG)  # creates the schema before the race
    _close(first)
    context = multiprocessing.get_context("spawn")
    out = context.Queue()
    keys = [f"proc-{i}" for i in range(300)]
    processes = [
        context.Process(target=_claim_in_process, args=(kind.make, keys, out)) for _ in range(4)
    ]
    for process in processes:
        process.start()
    claimed = [key for _ in processes for key in out.get(timeout=120)]
    for process in processes:
        process.join(timeout=60)
        assert process.exitcode == 0
    assert Counter(claimed) == Counter(keys)


def _take_in_process(make: Callable[..., Any], start: Any, out: Any) -> None:
    store = make(ttl=LONG, interrupted_after=LONG)
    try:
        start.wait()
        taken: list[str] = []
        for _ in range(20):
            taken += [f.key for f in store.take_failed()]
        out.put(taken)
    finally:
        _close(store)


def check_processes_take_a_message_once(kind: StoreUnderTest) -> None:
    """4 processes retry failed messages at once: each message is taken by exactly one."""
    if not kind.shared:
        return
    store = kind.make(ttl=LONG, interrupted_after=LONG)
    try:
        for i in range(1500):
            store.add(f"pf-{i}", b"{}")
            store.mark_failed(f"pf-{i}", ["h"])
    finally:
        _close(store)
    context = multiprocessing.get_context("spawn")
    out, start = context.Queue(), context.Barrier(4)
    processes = [
        context.Process(target=_take_in_process, args=(kind.make, start, out)) for _ in range(4)
    ]
    for process in processes:
        process.start()
    taken = [key for _ in processes for key in out.get(timeout=120)]
    for process in processes:
        process.join(timeout=60)
        assert process.exitcode == 0
    assert Counter(taken) == Counter(f"pf-{i}" for i in range(1500))


def check_interrupted_messages_come_back(kind: StoreUnderTest) -> None:
    """A message whose process died mid-handler is handed back once ``interrupted_after``
    has passed: all its handlers after a first delivery, the retried ones after a retry."""
    if not kind.remembers:
        return
    store = kind.make(ttl=LONG, interrupted_after=INTERRUPTED)
    try:
        assert store.add("cut", b"first")  # ... and the process died in its handlers
        assert store.add("retry-cut", b"second")
        store.mark_failed("retry-cut", ["mod.notify"])
        assert [f.key for f in store.take_failed()] == ["retry-cut"]  # ... and died again
        assert store.take_failed() == []  # it may still be running somewhere
        _close(store)
        store = kind.make(ttl=LONG, interrupted_after=INTERRUPTED)  # a new process
        time.sleep(INTERRUPTED + 0.3)
        assert _by_key(store.take_failed()) == {
            "cut": FailedMessage("cut", b"first", ()),  # () : every handler
            "retry-cut": FailedMessage("retry-cut", b"second", ("mod.notify",)),
        }
        assert store.take_failed() == []  # taken again, and again it may be running
        store.mark_done("cut")
        store.mark_done("retry-cut")
        time.sleep(INTERRUPTED + 0.3)
        assert store.take_failed() == []
    finally:
        _close(store)


def check_keys_are_forgotten_after_the_ttl(kind: StoreUnderTest) -> None:
    store = kind.make(ttl=TTL, interrupted_after=LONG)
    try:
        assert store.add("old", b"1")
        assert store.add("old-failed", b"2")
        store.mark_failed("old-failed", ["h"])
        store.mark_done("old")
        time.sleep(TTL / 2)
        assert store.add("young", b"3")
        time.sleep(TTL / 2 + 0.3)
        assert store.add("young", b"3") is False  # not yet its ttl
        assert store.take_failed() == []  # the failed one was forgotten with its key
        assert store.add("old", b"1") is True  # a replay after the ttl is new again
        assert store.add("old-failed", b"2") is True
    finally:
        _close(store)


def check_a_reopened_store_remembers(kind: StoreUnderTest) -> None:
    if not kind.remembers:
        return
    store = kind.make(ttl=LONG, interrupted_after=LONG)
    store.add("kept", b"body")
    store.add("kept-failed", b"body2")
    store.mark_failed("kept-failed", ["h"])
    store.mark_done("kept")
    _close(store)
    store = kind.make(ttl=LONG, interrupted_after=LONG)
    try:
        assert store.add("kept", b"body") is False
        assert store.take_failed() == [FailedMessage("kept-failed", b"body2", ("h",))]
    finally:
        _close(store)


def check_quarantined_messages_are_kept_until_forgotten(kind: StoreUnderTest) -> None:
    """A signed push the receiver could not take in: kept byte for byte with its reason, once
    per key, beyond the ttl, across a reopening (where the store remembers), until forgotten."""
    store = kind.make(ttl=TTL, interrupted_after=LONG)
    body = b'{"messageBody":{"orderId":"\\ud800","n":' + b"9" * 5000 + b"}}\x00\xff"
    try:
        assert store.quarantined() == []
        assert store.quarantine("q1", body, "unreadable: \u9000 a reason") is True
        assert store.quarantine("q1", b"again", "again") is False
        assert store.quarantine("q2", b"{}", "second") is True
        assert store.add("q1", b"a message of the same key") is True  # separate from messages
        time.sleep(TTL + 0.5)  # past the ttl: messages are forgotten, quarantined ones are not
        kept = store.quarantined()
        assert [(q.key, q.body, q.reason) for q in kept] == [
            ("q1", body, "unreadable: \u9000 a reason"),
            ("q2", b"{}", "second"),
        ]
        assert 0 < kept[0].received <= kept[1].received <= time.time() + 5
        if kind.remembers:
            _close(store)
            store = kind.make(ttl=TTL, interrupted_after=LONG)
            assert [q.key for q in store.quarantined()] == ["q1", "q2"]
        assert store.forget_quarantined("q1") is True
        assert store.forget_quarantined("q1") is False
        assert [q.key for q in store.quarantined()] == ["q2"]
    finally:
        _close(store)


CHECKS: list[Callable[[StoreUnderTest], None]] = [
    check_is_a_message_store,
    check_a_key_is_claimed_once,
    check_failed_handlers_are_kept_per_message,
    check_concurrent_duplicates_are_claimed_once,
    check_concurrent_retries_take_a_message_once,
    check_processes_claim_each_key_once,
    check_processes_take_a_message_once,
    check_interrupted_messages_come_back,
    check_keys_are_forgotten_after_the_ttl,
    check_a_reopened_store_remembers,
    check_quarantined_messages_are_kept_until_forgotten,
]
