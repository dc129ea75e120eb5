"""What ``pandapon.bulk`` writes for each record: by default ``data`` exactly as the server sent
it (its keys in the server's order, fields the spec lacks, numbers of any size), with no model
built; with ``typed=True`` (CLI: ``--typed``) the typed model's ``to_dict()``."""

from __future__ import annotations

import contextlib
import io
import json
from pathlib import Path
from typing import Any

import pytest

import pandapon
from pandapon import bulk, cli
from scripts.benchmarks import zero_server
from tests.support.fakes import KEY, SECRET, USER

PATH = "/v2/alibaba/product/detail/get"
# The server's own order (not the spec's), a field the spec lacks, a number no float holds.
DATA = {
    "subject": "T恤 \u2028 短袖",
    "notInTheSpec": {"nested": [1, 2.5, None, "三"]},
    "offerId": 600126245031,
    "huge": 123456789012345678901234567890,
}
ANSWER = json.dumps({"code": 200, "msg": "成功", "requestId": "r", "data": DATA}).encode()
OPTIONS = {"access_key": KEY, "access_secret": SECRET, "user_id": USER}


def _records(out: Path) -> list[dict[str, Any]]:
    lines = out.read_text(encoding="utf-8").split("\n")  # records hold U+2028: not splitlines
    return [json.loads(line) for line in lines if line]


def _typed_data(url: str) -> dict[str, Any]:
    """What the typed method gives for the answer, as JSON: what ``typed=True`` writes."""
    with pandapon.PandaPon(base_url=url, **OPTIONS) as client:
        model = client.alibaba.products.get(offer_id="1")
    assert model is not None and not isinstance(model, dict)
    typed: dict[str, Any] = model.to_dict()
    return typed


def test_records_are_written_as_sent_and_typed_only_when_asked(tmp_path: Path) -> None:
    seen: dict[str, list[type]] = {"plain": [], "typed": []}

    def fetcher(kind: str) -> bulk.Fetch:
        async def fetch(client: pandapon.AsyncPandaPon, item: str) -> Any:
            data = await client.alibaba.products.get(offer_id=item)
            seen[kind].append(type(data))
            return data

        return fetch

    ids = [str(i) for i in range(20)]
    with zero_server.running({PATH: ANSWER}) as server:
        expected_typed = _typed_data(server.url)
        plain, typed = tmp_path / "plain.jsonl", tmp_path / "typed.jsonl"
        common: dict[str, Any] = {"base_url": server.url, "progress": None, **OPTIONS}
        assert bulk.run(ids, fetcher("plain"), out=plain, **common).done == 20
        assert bulk.run(ids, fetcher("typed"), out=typed, typed=True, **common).done == 20
    assert set(seen["plain"]) == {dict}
    assert dict not in set(seen["typed"])
    for record in _records(plain):
        assert record["data"] == DATA
        assert list(record["data"]) == list(DATA)  # the server's order, not the spec's
    for record in _records(typed):
        assert record["data"] == expected_typed
    # The two differ here (the spec's key order), so the test tells them apart.
    assert list(expected_typed) != list(DATA)


def test_the_cli_writes_as_sent_and_typed_with_the_flag(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    ids = tmp_path / "ids.txt"
    ids.write_text("\n".join(str(600_000 + i) for i in range(10)) + "\n", encoding="utf-8")
    for name, value in (("ACCESS_KEY", KEY), ("ACCESS_SECRET", SECRET), ("USER_ID", USER)):
        monkeypatch.setenv(f"PANDAPON_{name}", value)
    with zero_server.running({PATH: ANSWER}) as server:
        monkeypatch.setenv("PANDAPON_BASE_URL", server.url)
        expected_typed = _typed_data(server.url)
        for name, flags in (("plain", []), ("typed", ["--typed"])):
            out = tmp_path / f"{name}.jsonl"
            argv = ["1688", "details", "--ids-file", str(ids), "--out", str(out), *flags]
            assert cli.main(argv) == 0
    assert [r["data"] for r in _records(tmp_path / "plain.jsonl")] == [DATA] * 10
    assert [list(r["data"]) for r in _records(tmp_path / "plain.jsonl")] == [list(DATA)] * 10
    assert [r["data"] for r in _records(tmp_path / "typed.jsonl")] == [expected_typed] * 10


def test_a_fetch_reading_model_attributes_is_told_about_typed(tmp_path: Path) -> None:
    async def subject(client: pandapon.AsyncPandaPon, item: str) -> Any:
        product = await client.alibaba.products.get(offer_id=item)
        return product.subject  # type: ignore[union-attr]

    with zero_server.running({PATH: ANSWER}) as server:
        common: dict[str, Any] = {"base_url": server.url, "progress": None, **OPTIONS}
        with pytest.raises(AttributeError) as raised:
            bulk.run(["1"], subject, out=tmp_path / "a.jsonl", **common)
        assert any("typed=True" in note for note in raised.value.__notes__)
        assert bulk.run(["1"], subject, out=tmp_path / "b.jsonl", typed=True, **common).done == 1
    assert _records(tmp_path / "b.jsonl") == [{"id": "1", "data": DATA["subject"]}]


def test_the_caller_s_own_client_still_returns_models(tmp_path: Path) -> None:
    async def detail(client: pandapon.AsyncPandaPon, item: str) -> Any:
        return await client.alibaba.products.get(offer_id=item)

    with zero_server.running({PATH: ANSWER}) as server:

        async def main() -> Any:
            async with pandapon.AsyncPandaPon(base_url=server.url, **OPTIONS) as client:
                await bulk.arun(client, ["1"], detail, out=tmp_path / "out.jsonl")
                return await client.alibaba.products.get(offer_id="1")

        import asyncio  # noqa: PLC0415

        after = asyncio.run(main())
    assert after is not None and not isinstance(after, dict)


def test_data_as_sent_is_still_refused_by_strict_validation(tmp_path: Path) -> None:
    odd = {**DATA, "offerId": {"not": "a number"}}  # a type the spec does not allow here
    answer = json.dumps({"code": 200, "msg": "ok", "requestId": "r", "data": odd}).encode()

    async def detail(client: pandapon.AsyncPandaPon, item: str) -> Any:
        return await client.alibaba.products.get(offer_id=item)

    with zero_server.running({PATH: answer}) as server:
        common: dict[str, Any] = {"base_url": server.url, "progress": None, **OPTIONS}
        loose = bulk.run(["1"], detail, out=tmp_path / "loose.jsonl", **common)
        strict = bulk.run(["1"], detail, out=tmp_path / "strict.jsonl", validate="strict", **common)
    assert (loose.done, strict.failed) == (1, 1)
    assert _records(tmp_path / "loose.jsonl") == [{"id": "1", "data": odd}]
    (failure,) = _records(tmp_path / "strict.jsonl.failures.jsonl")
    assert failure["type"] == "ResponseValidationError"


class _Terminal(io.StringIO):
    """A stream that says it is a terminal, so the progress line is drawn on it."""

    def isatty(self) -> bool:
        return True


def test_progress_goes_to_stderr_as_it_is_when_the_run_starts(tmp_path: Path) -> None:
    # sys.stderr replaced after pandapon was imported (a test runner's capture, a notebook,
    # redirect_stderr): the progress line goes to the stream of the moment, not to the one
    # there was at import (which may be closed by now).
    async def fetch(client: pandapon.AsyncPandaPon, item: str) -> Any:
        return await client.alibaba.products.get(offer_id=item)

    with zero_server.running({PATH: ANSWER}) as server:
        common: dict[str, Any] = {"base_url": server.url, **OPTIONS}
        with contextlib.redirect_stderr(_Terminal()) as terminal:
            result = bulk.run(["1", "2", "3"], fetch, out=tmp_path / "a.jsonl", **common)
        assert result.done == 3
        assert "3/3" in terminal.getvalue()
        quiet = _Terminal()
        with contextlib.redirect_stderr(quiet):
            bulk.run(["4"], fetch, out=tmp_path / "b.jsonl", progress=None, **common)
        assert quiet.getvalue() == ""
