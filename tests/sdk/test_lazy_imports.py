"""``import pandapon`` loads what a client needs to exist; the rest loads with its first use.

(How long that takes is `make bench`'s business; these tests pin down what loads when.)
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pandapon_api
from pandapon_api.client import AuthenticatedClient

import pandapon
from pandapon._money import money

ROOT = Path(__file__).resolve().parents[2]
DEFERRED = (
    "attr",
    "attrs",
    "anyio",
    "difflib",
    "msgspec",
    "pandapon._money",
    "pandapon_api.client",
    "pandapon_api.types",
    "pandapon_api.resources",
    "pandapon_api.decoders",
)


def _loaded_after(code: str) -> set[str]:
    probe = code + "\nimport sys, json\nprint(json.dumps(sorted(sys.modules)))"
    env = {**os.environ, "PYTHONPATH": os.pathsep.join([str(ROOT), str(ROOT / "generated")])}
    out = subprocess.run(
        [sys.executable, "-c", probe],
        check=True,
        capture_output=True,
        text=True,
        env=env,
        timeout=120,
    ).stdout
    return set(json.loads(out.splitlines()[-1]))


def test_import_pandapon_defers_the_models_machinery_and_the_async_and_error_helpers() -> None:
    loaded = _loaded_after("import pandapon")
    assert "httpx" in loaded
    assert "pandapon._client" in loaded
    # (In a dev environment httpx's own extras may load some of them: those do not count.)
    assert not loaded.intersection(DEFERRED) - _loaded_after("import httpx")


def test_the_first_call_loads_what_it_needs_and_works() -> None:
    loaded = _loaded_after(
        """
import httpx, pandapon
data = {"code": 200, "data": {"offerId": 1, "productSkuInfos": [{"skuId": 1}]}}
fake = httpx.MockTransport(lambda request: httpx.Response(200, json=data))
with pandapon.PandaPon("k", "s", "u", http_client=httpx.Client(transport=fake)) as client:
    product = client.alibaba.products.get(offer_id="1")
assert product.product_sku_infos[0].sku_id == 1, product
assert str(pandapon.to_decimal("1.50")) == "1.50"
"""
    )
    for name in ("attrs", "msgspec", "pandapon_api.types", "pandapon_api.resources"):
        assert name in loaded
    assert "pandapon._money" in loaded  # to_decimal, loaded on first use
    assert "pandapon_api.decoders.alibaba_product_detail" in loaded
    assert "anyio" not in loaded  # the sync client never needs it


def test_lazy_names_are_still_the_public_api() -> None:
    assert pandapon.money is money
    assert pandapon_api.AuthenticatedClient is AuthenticatedClient
    assert {"money", "money_fields", "to_decimal"} <= set(pandapon.__all__)
