"""``pandapon verify --live``: do PandaPon's answers fit the spec, for these credentials?

Runs a fixed list of read-only, free operations (``CHECKS``: product search and detail on both
platforms, the 1688 category tree and hot list, the address list, the first page of the order
and refund lists, the 1688 logistics companies; never a write), records them in the evidence
store, and prints per operation its confidence in the spec, whether the answer fit, and each
deviation. Exit 0: every answer fit; 1: some did not; 2: it could not run (credentials, clock,
network, or an operation answered with an error), saying which.
"""

from __future__ import annotations

import argparse
import logging
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from typing import Any

import pandapon

from .._decode import SUCCESS_CODES, envelope_code, error_class
from .._shape import Deviation, response_node
from .._shape import inspect as inspect_shape
from .._spec import request_example
from . import _output
from ._errors import API, USAGE


@dataclass(frozen=True)
class Check:
    """One read of the list: its body and query parameters, or how to make them from what the
    earlier checks answered (the id of a product found by the search before it)."""

    operation_id: str
    body: Any = None
    params: Mapping[str, Any] | None = None
    needs: Callable[[dict[str, Any]], tuple[Any, Mapping[str, Any] | None] | None] | None = None


def _first(answers: dict[str, Any], operation_id: str, *path: str) -> Any:
    """``data.data[0].<field>`` of an earlier answer, or None where it is not there."""
    value: Any = answers.get(operation_id)
    for step in ("data", "data", 0, *path):
        if isinstance(step, int):
            value = value[0] if isinstance(value, list) and value else None
        else:
            value = value.get(step) if isinstance(value, dict) else None
    return value if isinstance(value, str | int) and not isinstance(value, bool) else None


def _taobao_detail(answers: dict[str, Any]) -> tuple[Any, Mapping[str, Any]] | None:
    item = _first(answers, "searchTaobaoProducts", "itemId")
    return None if item is None else (None, {"itemId": str(item)})


def _alibaba_detail(answers: dict[str, Any]) -> tuple[Any, Mapping[str, Any] | None] | None:
    offer = _first(answers, "searchAlibabaProducts", "offerId")
    return None if offer is None else ({"offerId": offer, "country": "en"}, None)


#: The fixed list (README: When the API differs from the spec). Every one is a read the spec
#: marks x-pandapon-retry-safe; none costs money or changes anything (tests/test_verify.py).
CHECKS: tuple[Check, ...] = (
    Check("searchTaobaoProducts", {"keyword": "T恤", "pageNo": 1, "pageSize": 5}),
    Check("getTaobaoProduct", needs=_taobao_detail),
    Check(
        "searchAlibabaProducts", {"keyword": "T恤", "beginPage": 1, "pageSize": 5, "country": "en"}
    ),
    Check("getAlibabaProduct", needs=_alibaba_detail),
    Check("getAlibabaCategory", request_example("getAlibabaCategory")),
    Check("getAlibabaHotList", request_example("getAlibabaHotList")),
    Check("listAddresses", {}),
    Check("listTaobaoOrders", {"pageNo": 1, "pageSize": 10}),
    Check("listAlibabaOrders", {"page": 1, "pageSize": 10}),
    Check("listTaobaoRefunds", {"pageNo": 1, "pageSize": 10}),
    Check("listAlibabaLogisticsCompanies"),
)


class CannotRun(Exception):
    """Verification cannot go on: the reason says which (credentials, clock, network)."""


@dataclass
class Row:
    operation_id: str
    confidence: str
    outcome: str  # "fits", "deviates", "error", "skipped"
    deviations: list[Deviation] = field(default_factory=list)
    note: str = ""

    def as_json(self) -> dict[str, Any]:
        return {
            "operation": self.operation_id,
            "confidence": self.confidence,
            "fits": {"fits": True, "deviates": False}.get(self.outcome),
            "outcome": self.outcome,
            "deviations": [d._asdict() for d in self.deviations],
            **({"note": self.note} if self.note else {}),
        }


def _check(client: pandapon.PandaPon, check: Check, answers: dict[str, Any]) -> Row:
    op = pandapon.operations()[check.operation_id]
    body, params = check.body, check.params
    if check.needs is not None:
        made = check.needs(answers)
        if made is None:
            return Row(op.operation_id, op.confidence, "skipped", note="no id from the search")
        body, params = made
    try:
        raw = client.call_unchecked(op.operation_id, body, params=params)
    except pandapon.APIConnectionError as error:
        raise CannotRun(f"network: {error}") from None
    payload = raw.json
    envelope = payload if isinstance(payload, dict) else {}
    code = envelope_code(envelope.get("code"))
    if raw.http_status >= 300 or (code is not None and code not in SUCCESS_CODES):
        msg = str(envelope.get("msg") or "")
        kind = error_class(code, raw.http_status, msg)
        if issubclass(kind, pandapon.TimestampError):
            raise CannotRun("clock: PandaPon refused the timestamp (check the local clock)")
        if issubclass(kind, pandapon.AuthenticationError):
            raise CannotRun(
                f"credentials: PandaPon refused them ({kind.__name__}, code {code}, "
                f"HTTP {raw.http_status})"
            )
        where = f"code {code}" if code is not None else f"HTTP {raw.http_status}"
        return Row(op.operation_id, op.confidence, "error", note=f"answered an error ({where})")
    if not isinstance(payload, dict):
        return Row(op.operation_id, op.confidence, "error", note="the answer is not an envelope")
    answers[op.operation_id] = payload
    found = inspect_shape(response_node(op.operation_id), payload).deviations
    return Row(op.operation_id, op.confidence, "deviates" if found else "fits", found)


def run(args: argparse.Namespace, options: dict[str, Any]) -> int:
    """Run the checks; print the table (or JSON); the exit code."""
    from ._evidence import default_path  # noqa: PLC0415

    if not args.live:
        raise pandapon.ConfigurationError(
            "verify calls PandaPon with your credentials: run it as `pandapon verify --live`"
        )
    evidence = args.evidence or str(default_path())
    # The table lists every deviation: the SDK's own warning lines would only repeat them.
    quiet = _NoShapeLines()
    logging.getLogger("pandapon").addFilter(quiet)
    try:
        return _verify(args, options, evidence)
    finally:
        logging.getLogger("pandapon").removeFilter(quiet)


class _NoShapeLines(logging.Filter):
    def filter(self, record: logging.LogRecord) -> bool:
        return record.module != "_shape"


def _verify(args: argparse.Namespace, options: dict[str, Any], evidence: str) -> int:
    rows: list[Row] = []
    answers: dict[str, Any] = {}
    reason = None
    with (
        pandapon.PandaPon(**options, max_retries=1, evidence=evidence) as client,
        _output.capture_shape_warnings(args),
    ):
        try:
            for check in CHECKS:
                rows.append(_check(client, check, answers))
        except CannotRun as error:
            reason = str(error)
        finally:
            if client.evidence is not None:
                client.evidence.close()
    deviating = any(row.outcome == "deviates" for row in rows)
    incomplete = reason is not None or any(row.outcome in ("error", "skipped") for row in rows)
    code = API if deviating else USAGE if incomplete else 0
    if args.json:
        _output.emit_json(
            {
                "exit_code": code,
                "checks": [row.as_json() for row in rows],
                **({"cannot_run": reason} if reason else {}),
                "evidence": evidence,
            }
        )
        return code
    _output.table(
        [
            (
                row.operation_id,
                row.confidence,
                {"fits": "yes", "deviates": "no"}.get(row.outcome, row.outcome),
                "; ".join(f"{d.path}: {d.seen} (spec: {d.expected})" for d in row.deviations)
                or row.note
                or "-",
            )
            for row in rows
        ],
        ["operation", "confidence", "fits", "deviations"],
        max_width=100,
    )
    if reason:
        print(f"\ncould not run: {reason}")
    print(f"\nevidence recorded in {evidence} (pandapon evidence show --file {evidence})")
    return code
