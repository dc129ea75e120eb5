"""A fresh sandbox's Taobao side: a generated catalogue, and every Taobao id the documentation uses.

README.md, docs/ and the CLI's help use these ids; each is in the state its example needs (a test
runs every example against a fresh sandbox: tests/test_docs_examples.py).
"""

from __future__ import annotations

import random

from .._catalogue import ADJECTIVES, COLOURS, GOODS, SHOPS, encoded_id
from .._registry import Context
from . import admin, handlers
from .records import PRODUCTS, Product, Sku

#: item.taobao.com/item.htm?id=672991141190 (the CLI's product-id help).
DOC_ITEM = 672991141190
#: Paid and shipped: README's `pandapon taobao order show` and async example read it.
DOC_ORDER = 1024285237573584051
DOC_PURCHASE = 200048858051
#: Applied for (refund only) on that order: README's examples cancel it.
DOC_REFUND = "110002685755"
DOC_RECEIVER = {
    "name": "张三",
    "phone": "18600888861",
    "country": "CN",
    "state": "浙江省",
    "city": "杭州市",
    "district": "余杭区",
    "address": "文一西路969号",
    "zip": "311121",
}


def catalogue(rng: random.Random, count: int) -> list[Product]:
    products: list[Product] = []
    for n in range(count):
        zh, en, category = GOODS[(n + 5) % len(GOODS)]
        adj_zh, adj_en = rng.choice(ADJECTIVES)
        shop = rng.randrange(len(SHOPS))
        price = rng.randrange(990, 29900, 10)
        skus: list[Sku] = []
        for c, (colour_zh, colour_en) in enumerate(COLOURS[: rng.randint(2, 4)]):
            sku_price = price + 100 * c
            skus.append(
                {
                    "sku_id": str(4_800_000_000_000 + n * 100 + c),
                    "mp_sku_id": str(6_000_000 + n * 100 + c),
                    "price": sku_price,
                    "promotion_price": sku_price - sku_price // 10,
                    "stock": rng.randrange(10, 2000),
                    "properties": [
                        {
                            "prop_id": 1627207,
                            "prop_name": "颜色分类",
                            "value_id": 28320 + c,
                            "value_name": colour_zh,
                            "value_desc": colour_en,
                        }
                    ],
                }
            )
        products.append(
            {
                "item_map_id": "WUnU" + encoded_id(f"taobao-item-{n}", 18),
                "item_id": 600_100_000_000_000_000 + n * 104_729,
                "mp_id": str(2_048_000_000_000_000 + n * 31),
                "title": f"{adj_zh}{zh}",
                "title_en": f"{adj_en} {en}",
                "category_id": str(50_000_000 + n),
                "category_name": category,
                "shop_id": 100_000 + shop,
                "shop_name": SHOPS[shop],
                "user_nick": f"{SHOPS[shop]}:客服",
                "pic_url": f"https://img.alicdn.com/imgextra/sandbox-{n}.jpg",
                "skus": skus,
            }
        )
    return products


def _doc_product() -> Product:
    skus: list[Sku] = [
        {
            "sku_id": str(5_016_042_822_039 + n),
            "mp_sku_id": str(6_729_911_411_900 + n),
            "price": 3900,
            "promotion_price": 3500,
            "stock": 10_000,
            "properties": [
                {
                    "prop_id": 1627207,
                    "prop_name": "颜色分类",
                    "value_id": 28320 + n,
                    "value_name": zh,
                    "value_desc": en,
                }
            ],
        }
        for n, (zh, en) in enumerate([("黑色", "Black"), ("白色", "White")])
    ]
    return {
        "item_map_id": "WUnU" + encoded_id(f"taobao-item-{DOC_ITEM}", 18),
        "item_id": DOC_ITEM,
        "mp_id": "2048000000672991",
        "title": "简约双肩包",
        "title_en": "Minimalist backpack",
        "category_id": "50012010",
        "category_name": "箱包皮具/热销女包/男包",
        "shop_id": 100_000,
        "shop_name": SHOPS[0],
        "user_nick": f"{SHOPS[0]}:客服",
        "pic_url": f"https://img.alicdn.com/imgextra/sandbox-{DOC_ITEM}.jpg",
        "skus": skus,
    }


def seed(ctx: Context, rng: random.Random) -> None:
    """Fill a fresh store (``ctx``'s events are not pushed)."""
    doc = _doc_product()
    for product in [doc, *catalogue(rng, 24)]:
        ctx.store.put(PRODUCTS, product)
    wanted = [(doc["item_map_id"], doc["skus"][0]["mp_sku_id"], 1)]
    handlers.place(ctx, wanted, DOC_RECEIVER, order_id=DOC_ORDER, purchase_id=DOC_PURCHASE)
    handlers.pay_order(ctx, DOC_ORDER)
    admin.ship(ctx, str(DOC_ORDER), {})
    sub_id = DOC_PURCHASE * 100 + 1
    refund = Context(ctx.store, {"subOrderId": str(sub_id), "refundType": 1, "reasonId": 1001})
    handlers.open_refund(refund, refund_id=DOC_REFUND)
