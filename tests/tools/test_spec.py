"""The spec covers the whole PandaPon doc menu, follows the project rules, and the generated client
has a typed module for every operation and a model for every message callback."""

import importlib
import inspect
import typing
from collections import Counter
from pathlib import Path

import pytest
from pandapon_api.types import Unset

from scripts import spec as spec_mod
from scripts.checks import rules as lint_rules

ROOT = Path(__file__).resolve().parents[2]

# Our own copy of every key of the newest PandaPon doc menu (../shared/pandapon-docs/menu.yaml):
# 67 operations and 6 message callbacks. The project must not read ../shared at run time.
MENU_KEYS = [
    "taobao/goods/taobao-product-search",
    "taobao/goods/query-products-in-bulk-based-on-taobao-product-ids",
    "taobao/goods/taobao-commodity-search-interface",
    "taobao/goods/taobao-image-search-interface",
    "taobao/order/taobao-order-creation",
    "taobao/order/taobao-order-paging-query",
    "taobao/order/cancel-order",
    "taobao/order/modify-the-pre-warehouse-information-of-an-order",
    "taobao/order/payment-order",
    "taobao/order/get-im-link",
    "taobao/order/get-order-details-according-to-order-id",
    "taobao/order/get-logistics-details",
    "taobao/cart/generate-order-preview",
    "taobao/cart/create-order",
    "taobao/cart/shopping-cart-list",
    "taobao/cart/delete-cart-item",
    "taobao/cart/add-cart-item",
    "taobao/cart/edit-item-quantity",
    "taobao/after_sales/get-the-reverse-order-list-interface",
    "taobao/after_sales/reverse-order-rendering-interface",
    "taobao/after_sales/return-logistics-rendering",
    "taobao/after_sales/return-logistics-submission",
    "taobao/after_sales/reverse-order-cancellation",
    "taobao/after_sales/submit-reverse-message",
    "taobao/after_sales/reverse-order-submission",
    "taobao/after_sales/query-of-message-list",
    "taobao/after_sales/reverse-order-modification",
    "taobao/after_sales/detailed-interface-of-reverse-order",
    "taobao/callback/order-price-modification-callback",
    "taobao/callback/order-status-modification-callback",
    "taobao/callback/order-after-sales-refund",
    "1688/goods/1688-commodity-details-inquiry",
    "1688/goods/1688-product-keyword-query",
    "1688/goods/1688-product-image-search",
    "1688/goods/1688-multilingual-store-search",
    "1688/goods/query-multilingual-categories-according-to-category-id",
    "1688/goods/product-recommendation",
    "1688/goods/related-product-recommendation",
    "1688/goods/global-strictly-selected-keyword-query",
    "1688/goods/1688-strictly-select-keyword-query",
    "1688/goods/hot-list-query",
    "1688/cart/shopping-cart-list",
    "1688/cart/add-shopping-cart-item",
    "1688/cart/delete-cart-item",
    "1688/cart/edit-item-quantity",
    "1688/cart/preview-data-interface-before-creating-an-order",
    "1688/cart/create-order",
    "1688/order/developers-submit-1688-orders-for-payment-in-batch",
    "1688/order/preview-data-interface-before-order-creation-different-merchants",
    "1688/order/create-order-interface-in-batch-different-merchants",
    "1688/order/obtain-logistics-tracking-information",
    "1688/order/order-list",
    "1688/order/preview-data-interface-before-creating-an-order",
    "1688/order/create-order-interface",
    "1688/order/cancel-order-interface-before-payment",
    "1688/order/order-payment",
    "1688/order/buyer-confirms-receipt",
    "1688/order/1688-conversion-and-decryption-to-wangwang-nickname-interface",
    "1688/after_sales/1688-query-the-details-of-the-refund-form",
    "1688/after_sales/1688-query-refund-return-reason-used-to-create-refund-return",
    "1688/after_sales/1688-upload-refund-return-voucher",
    "1688/after_sales/1688-create-refund-return-application",
    "1688/after_sales/1688-buyer-submits-refund-information",
    "1688/after_sales/list-of-logistics-companies-all-logistics-companies",
    "1688/callback/order-price-modification-callback",
    "1688/callback/order-status-modification-interface",
    "1688/callback/1688-order-after-sales-refund",
    "platform/basis/get-user-address-information",
    "platform/basis/address-addition-and-update",
    "platform/logistics/consult-overseas-freight-estimate",
    "platform/logistics/order-overseas-freight-preview",
    "platform/logistics/update-domestic-logistics-information",
    "platform/logistics/create-international-logistics-order",
]


@pytest.fixture(scope="module")
def spec() -> dict[str, typing.Any]:
    return spec_mod.bundle()


def test_menu_copy_is_complete() -> None:
    assert len(MENU_KEYS) == 73
    assert len(set(MENU_KEYS)) == 73


def test_spec_follows_the_project_rules(spec: dict[str, typing.Any]) -> None:
    assert lint_rules.lint(spec) == []


def _awaiting_review(spec: dict[str, typing.Any]) -> list[str]:
    """Menu keys of operations docs sync added and no person has named yet."""
    return [
        op["x-pandapon-doc"]["menu"]
        for _, _, op in spec_mod.iter_operations(spec)
        if op["x-pandapon-doc"].get("review")
    ]


def test_every_menu_entry_is_covered_exactly_once(spec: dict[str, typing.Any]) -> None:
    keys = lint_rules.menu_keys(spec)
    duplicates = [k for k, n in Counter(keys).items() if n > 1]
    assert duplicates == []
    # A page docs sync found is covered, under review, until a person adds it to MENU_KEYS.
    reviewed = set(_awaiting_review(spec))
    assert sorted(k for k in keys if k not in reviewed) == sorted(MENU_KEYS)


def test_operations_and_callbacks_match_the_menu_kinds(spec: dict[str, typing.Any]) -> None:
    ops = spec_mod.iter_operations(spec)
    assert len(ops) == 67 + len(_awaiting_review(spec))
    assert len(spec["webhooks"]) == 6
    for _, _, op in ops:
        assert "/callback/" not in op["x-pandapon-doc"]["menu"]
    for item in spec["webhooks"].values():
        assert "/callback/" in item["post"]["x-pandapon-doc"]["menu"]


def test_one_generated_module_per_operation(spec: dict[str, typing.Any]) -> None:
    modules = {
        p.stem
        for p in (ROOT / "generated" / "pandapon_api" / "api").glob("*/*.py")
        if p.name != "__init__.py"
    }
    expected = {spec_mod.snake(op["operationId"]) for _, _, op in spec_mod.iter_operations(spec)}
    assert modules == expected


def test_every_operation_is_importable_with_typed_models(spec: dict[str, typing.Any]) -> None:
    models = importlib.import_module("pandapon_api.models")
    for _, _, op in spec_mod.iter_operations(spec):
        op_id = op["operationId"]
        module = importlib.import_module(
            f"pandapon_api.api.{op['tags'][0].replace('-', '_')}.{spec_mod.snake(op_id)}"
        )
        hints = typing.get_type_hints(module.sync)
        response_model = getattr(models, f"{spec_mod.pascal(op_id)}Response")
        assert response_model in typing.get_args(hints["return"]), op_id
        for name in ("sync_detailed", "asyncio", "asyncio_detailed"):
            assert inspect.isfunction(getattr(module, name)), (op_id, name)
        if "requestBody" in op:
            body_name = op["requestBody"]["content"]["application/json"]["schema"]["$ref"]
            body_model = getattr(models, body_name.rsplit("/", 1)[1])
            if op["requestBody"].get("required"):
                assert hints["body"] is body_model, op_id
            else:
                assert set(typing.get_args(hints["body"])) == {body_model, Unset}, op_id


def test_every_callback_payload_has_a_model(spec: dict[str, typing.Any]) -> None:
    models = importlib.import_module("pandapon_api.models")
    for name, item in spec["webhooks"].items():
        ref = item["post"]["requestBody"]["content"]["application/json"]["schema"]["$ref"]
        model = getattr(models, ref.rsplit("/", 1)[1])
        types = item["post"]["x-pandapon-message-types"]
        payload = {
            "messageType": types[0],
            "messagePlatform": 1,
            "timestamp": "1779263269913",
            "messageBody": {"unknownField": 1},
        }
        parsed = model.from_dict(payload)
        assert parsed.message_type == types[0], name
        assert parsed.to_dict()["messageBody"] == {"unknownField": 1}
