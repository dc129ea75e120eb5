"""Every operation's runnable example in the reference (`make docs`) succeeds against a fresh
sandbox, so a new example or a change to the seed cannot silently show a newcomer an error.

The examples are made and run exactly as the reference makes and runs them
(``scripts.docs_site.operations``): each operation's request example from the spec, run as SDK
code against one sandbox reset before each. The exceptions are the examples whose doc page shows
only Apifox's placeholders (``0``, ``"string"``): the spec keeps a page's example as the page
shows it, and no real id is ``0`` or ``"string"``, so the sandbox answers them as PandaPon would.
"""

from __future__ import annotations

import re

import pytest

from scripts import spec as spec_mod
from scripts.reference import site as docs_site
from scripts.reference.pages import Operation

#: operationId -> what is wrong with its doc page's example.
PLACEHOLDERS = {
    "getAlibabaProduct": "offerId 0 (and country, outMemberId 'string')",
    "updateAlibabaCartItemQuantity": "cart item id 0, and quantity 0 (a quantity is at least 1)",
    "previewAlibabaCartOrder": "cartIds [0], every address field 'string'",
    "createAlibabaCartOrder": "cartIds [0], every other field 'string' or 0",
    "renderTaobaoRefund": "subOrderId 'string'",
    "submitTaobaoRefundMessage": "refundId 'string'",
}
#: Answers that report per-item failures inside a success: the example's items all succeed.
NO_FAILED_ITEMS = {
    "batchPayAlibabaOrders": '"failedOrders": []',
    "batchCheckTaobaoProducts": '"noMpProductItemIds": []',
}
SPEC = spec_mod.bundle()
IDS = [op["operationId"] for _, _, op in spec_mod.iter_operations(SPEC)]


@pytest.fixture(scope="module")
def operations() -> dict[str, Operation]:
    grouped, _ = docs_site.operations(SPEC)
    return {o.example.operation_id: o for items in grouped.values() for o in items}


@pytest.mark.parametrize("operation_id", [i for i in IDS if i not in PLACEHOLDERS])
def test_the_example_succeeds(operations: dict[str, Operation], operation_id: str) -> None:
    found = operations[operation_id]
    outcome = found.outcome
    assert outcome.kind == "returned", (
        f"{operation_id}'s example raises {outcome.type_name}: {outcome.text}\n"
        f"{found.example.statement}\nSeed what it names, in the state it needs "
        "(pandapon/sandbox/*/seed.py)."
    )
    if operation_id in NO_FAILED_ITEMS:
        assert NO_FAILED_ITEMS[operation_id] in outcome.text, outcome.text


@pytest.mark.parametrize("operation_id", sorted(PLACEHOLDERS))
def test_a_placeholder_example_is_refused_as_pandapon_would(
    operations: dict[str, Operation], operation_id: str
) -> None:
    found = operations[operation_id]
    # Listed only while the spec's example is the page's placeholder.
    assert re.search(r'=0\b|\[0\]|"string"', found.example.statement), PLACEHOLDERS[operation_id]
    assert (found.outcome.kind, found.outcome.type_name) == ("raised", "NotFoundError"), (
        f"{operation_id}'s example no longer fails as a placeholder: drop it from PLACEHOLDERS"
    )


def test_every_operation_is_run() -> None:
    assert len(IDS) == len(set(IDS)) >= 67
    assert set(PLACEHOLDERS) | set(NO_FAILED_ITEMS) <= set(IDS)
