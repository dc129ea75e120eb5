"""A fresh sandbox's 1688 side: a generated catalogue, and every 1688 id the documentation uses.

README.md, docs/ and the CLI's help use these ids; each is in the state its example needs (a test
runs every example against a fresh sandbox: tests/test_docs_examples.py).
"""

from __future__ import annotations

import random

from .._catalogue import ADJECTIVES, COLOURS, GOODS, SHOPS, SIZES, encoded_id, hex_id
from .._registry import Context
from . import admin, handlers
from .records import PRODUCTS, Product, Sku

#: detail.1688.com/offer/600126245031.html (README: `pandapon 1688 product ...`).
DOC_OFFER = 600126245031
#: Unpaid: the quickstart cancels it.
DOC_ORDER_TO_CANCEL = 2542285634920880794
#: Unpaid: README's per-call options pay it.
DOC_ORDER_TO_PAY = 2059624776425880794
#: Received, with a return accepted: README's errors example submits its return parcel.
DOC_RETURNED_ORDER = 1938285634920880794
DOC_REFUND = "TQ1234567890"
DOC_ADDRESS = {
    "fullName": "张三",
    "mobile": "18600888861",
    "provinceText": "浙江省",
    "cityText": "杭州市",
    "areaText": "余杭区",
    "address": "文一西路969号",
    "postCode": "311121",
}


def catalogue(rng: random.Random, count: int) -> list[Product]:
    products: list[Product] = []
    for n in range(count):
        zh, en, category = GOODS[n % len(GOODS)]
        adj_zh, adj_en = rng.choice(ADJECTIVES)
        seller = rng.randrange(len(SHOPS))
        base_fen = rng.randrange(300, 9000, 10)
        skus: list[Sku] = []
        for c, (colour_zh, colour_en) in enumerate(COLOURS[: rng.randint(2, 4)]):
            for s, (size_zh, size_en) in enumerate(SIZES[: rng.randint(1, 3)]):
                skus.append(
                    {
                        "sku_id": 5_000_000_000_000 + n * 100 + c * 10 + s,
                        "spec_id": hex_id(f"1688-spec-{n}-{c}-{s}"),
                        "price": f"{(base_fen + 50 * s) / 100:.2f}",
                        "stock": rng.randrange(50, 5000),
                        "attributes": [
                            {
                                "name": "颜色",
                                "name_en": "Color",
                                "value": colour_zh,
                                "value_en": colour_en,
                            },
                            {
                                "name": "尺码",
                                "name_en": "Size",
                                "value": size_zh,
                                "value_en": size_en,
                            },
                        ],
                    }
                )
        products.append(
            {
                "key": encoded_id(f"1688-offer-{n}"),
                "offer_id": 600_000_000_000 + n * 7919,
                "subject": f"{adj_zh}{zh}批发",
                "subject_en": f"{adj_en} {en}, wholesale",
                "category_id": 1_000 + GOODS.index((zh, en, category)),
                "category_name": category,
                "seller_open_id": "BBB" + encoded_id(f"1688-seller-{seller}", 22),
                "seller_nick": SHOPS[seller],
                "image_url": f"https://cbu01.alicdn.com/img/ibank/sandbox-{n}.jpg",
                "month_sold": rng.randrange(0, 20_000),
                "min_order_quantity": rng.choice([1, 2, 5]),
                "skus": skus,
            }
        )
    return products


def _doc_product() -> Product:
    skus: list[Sku] = [
        {
            "sku_id": 5_012_612_624_503 + n,
            "spec_id": hex_id(f"1688-doc-spec-{n}"),
            "price": price,
            "stock": 10_000,
            "attributes": [
                {"name": "颜色", "name_en": "Color", "value": zh, "value_en": en},
                {"name": "尺码", "name_en": "Size", "value": "M", "value_en": "M"},
            ],
        }
        for n, (zh, en, price) in enumerate(
            [("白色", "White", "12.80"), ("黑色", "Black", "12.80"), ("灰色", "Grey", "13.50")]
        )
    ]
    return {
        "key": encoded_id(f"1688-offer-{DOC_OFFER}"),
        "offer_id": DOC_OFFER,
        "subject": "纯棉短袖T恤批发",
        "subject_en": "Cotton short-sleeve T-shirt, wholesale",
        "category_id": 1000,
        "category_name": "女装/女士精品",
        "seller_open_id": "BBB" + encoded_id("1688-seller-0", 22),
        "seller_nick": SHOPS[0],
        "image_url": f"https://cbu01.alicdn.com/img/ibank/sandbox-{DOC_OFFER}.jpg",
        "month_sold": 12_400,
        "min_order_quantity": 1,
        "skus": skus,
    }


def seed(ctx: Context, rng: random.Random) -> None:
    """Fill a fresh store (``ctx``'s events are not pushed)."""
    doc = _doc_product()
    for product in [doc, *catalogue(rng, 24)]:
        ctx.store.put(PRODUCTS, product)
    spec = doc["skus"][0]["spec_id"]
    for n, order_id in enumerate((DOC_RETURNED_ORDER, DOC_ORDER_TO_PAY, DOC_ORDER_TO_CANCEL)):
        # No operation sets outOrderId (the developer's number), so only these orders have one.
        out = f"SANDBOX-{n + 1:04d}"
        handlers.place(
            ctx, [(doc["key"], spec, 2)], DOC_ADDRESS, order_id=order_id, out_order_id=out
        )
    handlers.pay_order(ctx, DOC_RETURNED_ORDER)
    admin.ship(ctx, str(DOC_RETURNED_ORDER), {})
    handlers.confirm_receipt_of(ctx, DOC_RETURNED_ORDER)
    refund = Context(
        ctx.store,
        {
            "orderId": DOC_RETURNED_ORDER,
            "disputeRequest": "returnRefund",
            "applyPayment": 1280,
            "applyCarriage": 0,
            "applyReasonId": 20002,
            "description": "尺码不对 (wrong size)",
            "goodsStatus": "aftersaleBuyerReceived",
        },
    )
    handlers.open_refund(refund, refund_id=DOC_REFUND)
