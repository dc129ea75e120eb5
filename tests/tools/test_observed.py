"""The confidence ``observed`` (between ``seen`` and ``partial``) and its provenance
``x-pandapon-doc.observed: {date, calls}``: the lint, the reference's badges and
``pandapon ops``."""

from __future__ import annotations

import copy
import dataclasses
import json
from typing import Any

import pytest

import pandapon
from pandapon._spec import CONFIDENCES
from pandapon.cli import main
from scripts import spec as spec_mod
from scripts.checks import rules as lint_rules
from scripts.docsync import doc_compare
from scripts.reference import models as docs_models
from scripts.reference import pages as docs_pages

Spec = dict[str, Any]
SUBMIT = "/v2/alibaba/refund/goods/return"


@pytest.fixture(scope="module")
def pristine() -> Spec:
    return spec_mod.bundle()


def _doc(spec: Spec) -> dict[str, Any]:
    found: dict[str, Any] = spec["paths"][SUBMIT]["post"]["x-pandapon-doc"]
    return found


def _lint(spec: Spec) -> list[str]:
    return lint_rules.lint(spec, validate_document=False)


def test_the_levels_rank_observed_between_seen_and_partial() -> None:
    assert CONFIDENCES == ("seen", "observed", "partial", "inferred")
    ranks = [doc_compare.rank(level) for level in CONFIDENCES]
    assert ranks == sorted(ranks, reverse=True) and len(set(ranks)) == 4


def test_the_lint_takes_observed_with_its_provenance(pristine: Spec) -> None:
    spec = copy.deepcopy(pristine)
    _doc(spec).update(confidence="observed", observed={"date": "2026-12-01", "calls": 41})
    spec["components"]["schemas"]["AlibabaRefundReturnGoodSubmitVO"]["x-pandapon-confidence"] = (
        "observed"
    )
    assert _lint(spec) == _lint(pristine)


@pytest.mark.parametrize(
    ("doc", "problem"),
    [
        ({"confidence": "observed"}, "confidence observed needs x-pandapon-doc.observed"),
        ({"observed": {"date": "2026-12-01", "calls": 0}}, "calls: a count >= 1"),
        ({"observed": {"date": "1 Dec 2026", "calls": 3}}, "date: YYYY-MM-DD"),
        ({"observed": {"date": "2026-12-01", "calls": True}}, "calls: a count >= 1"),
        ({"observed": {"date": "2026-12-01", "calls": 3, "values": [1]}}, "{date: YYYY-MM-DD"),
        ({"observed": "2026-12-01"}, "{date: YYYY-MM-DD"),
        ({"confidence": "measured"}, "confidence must be one of"),
    ],
)
def test_the_lint_refuses_observed_without_a_sound_provenance(
    pristine: Spec, doc: dict[str, Any], problem: str
) -> None:
    spec = copy.deepcopy(pristine)
    _doc(spec).update(doc)
    assert any(problem in p for p in _lint(spec)), _lint(spec)


def test_the_reference_badges_and_explains_observed() -> None:
    badge = docs_models.badge("observed")
    assert 'class="pp-badge pp-observed"' in badge and "observed in real answers" in badge
    assert docs_models.badge("something else").count("pp-inferred") == 1
    assert badge in docs_pages.LEGEND and "ShapeWarning" in docs_pages.LEGEND
    css = (spec_mod.ROOT / "scripts" / "reference" / "assets" / "reference.css").read_text()
    assert ".pp-observed" in css
    observed = {"confidence": "observed", "observed": {"date": "2026-12-01", "calls": 41}}
    (line, _) = docs_pages._evidence({"x-pandapon-doc": observed})
    assert line.startswith(f"**Docs**: {badge} · observed in 41 calls up to 2026-12-01")


def test_ops_shows_and_filters_by_confidence(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    table = dict(pandapon.operations())
    table["submitAlibabaRefundReturn"] = dataclasses.replace(
        table["submitAlibabaRefundReturn"], confidence="observed"
    )
    monkeypatch.setattr(pandapon, "operations", lambda: table)
    assert main(["ops", "--json", "--confidence", "observed"]) == 0
    listed = json.loads(capsys.readouterr().out)
    assert [(o["operationId"], o["confidence"]) for o in listed] == [
        ("submitAlibabaRefundReturn", "observed")
    ]
    assert main(["ops", "--confidence", "seen"]) == 0
    shown = capsys.readouterr().out.splitlines()[2:]
    assert shown and all(" seen " in line for line in shown)
    assert main(["ops", "--confidence", "guessed"]) == 2


@pytest.mark.parametrize(
    ("codes", "problem"),
    [
        ([4090], None),
        ([-1, 0, 4090], None),
        ([], "x-pandapon-envelope-codes must be a sorted list of distinct integers"),
        ([4090, 200], "x-pandapon-envelope-codes must be a sorted list"),
        ([4090, 4090], "x-pandapon-envelope-codes must be a sorted list"),
        (["4090"], "x-pandapon-envelope-codes must be a sorted list"),
        ([True], "x-pandapon-envelope-codes must be a sorted list"),
        (4090, "x-pandapon-envelope-codes must be a sorted list"),
    ],
)
def test_the_lint_checks_the_envelope_codes_seen(
    pristine: Spec, codes: Any, problem: str | None
) -> None:
    spec = copy.deepcopy(pristine)
    spec["paths"][SUBMIT]["post"]["x-pandapon-envelope-codes"] = codes
    found = [p for p in _lint(spec) if p not in _lint(pristine)]
    if problem is None:
        assert found == []
    else:
        assert len(found) == 1 and problem in found[0], found
