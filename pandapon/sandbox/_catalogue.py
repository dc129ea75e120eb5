"""A deterministic catalogue of Taobao and 1688 products: the same seed gives the same products.

Titles are Chinese with English translations, prices are CNY: 1688 SKU prices in yuan as strings
(as 1688's product APIs send them), Taobao prices in fen as integers (as Taobao's distribution
APIs do). Ids look like the real ones: encoded strings for the v2 ids, long numbers for the rest.
"""

from __future__ import annotations

import base64
import hashlib
import random
from typing import Any

_GOODS = [
    ("T恤", "T-shirt", "女装/女士精品"),
    ("连衣裙", "Dress", "女装/女士精品"),
    ("运动鞋", "Sneakers", "运动鞋new"),
    ("双肩包", "Backpack", "箱包皮具/热销女包/男包"),
    ("保温杯", "Insulated mug", "厨房/烹饪用具"),
    ("蓝牙耳机", "Bluetooth earphones", "影音电器"),
    ("数据线", "Charging cable", "3C数码配件"),
    ("收纳盒", "Storage box", "收纳整理"),
    ("毛绒玩具", "Plush toy", "玩具/童车/益智/积木/模型"),
    ("手机壳", "Phone case", "3C数码配件"),
    ("瑜伽垫", "Yoga mat", "运动/瑜伽/健身/球迷用品"),
    ("太阳镜", "Sunglasses", "服饰配件/皮带/帽子/围巾"),
]
_ADJECTIVES = [
    ("新款", "New"),
    ("韩版", "Korean-style"),
    ("加厚", "Thick"),
    ("简约", "Minimalist"),
    ("复古", "Vintage"),
    ("轻便", "Lightweight"),
    ("防水", "Waterproof"),
    ("纯棉", "Cotton"),
]
_COLOURS = [("黑色", "Black"), ("白色", "White"), ("红色", "Red"), ("蓝色", "Blue")]
_SIZES = [("S", "S"), ("M", "M"), ("L", "L"), ("XL", "XL")]
_SHOPS = ["杭州优品工厂店", "义乌小商品源头厂", "广州潮流服饰", "深圳数码配件批发"]


def _encoded_id(seed: str, length: int = 22) -> str:
    """An opaque id in the style of offerMapId / itemMapId ("L0PTnwSnx_dWNZWCtgK7Gg")."""
    digest = hashlib.sha256(seed.encode()).digest()
    return base64.urlsafe_b64encode(digest).decode().rstrip("=")[:length]


def _hex_id(seed: str) -> str:
    return hashlib.md5(seed.encode(), usedforsecurity=False).hexdigest()


def alibaba_products(rng: random.Random, count: int) -> dict[str, dict[str, Any]]:
    """1688 offers keyed by their encoded id (offerId in search results, offerMapId in carts)."""
    products: dict[str, dict[str, Any]] = {}
    for n in range(count):
        zh, en, category = _GOODS[n % len(_GOODS)]
        adj_zh, adj_en = rng.choice(_ADJECTIVES)
        offer_key = _encoded_id(f"1688-offer-{n}")
        seller = rng.randrange(len(_SHOPS))
        base_fen = rng.randrange(300, 9000, 10)
        skus = []
        for c, (colour_zh, colour_en) in enumerate(_COLOURS[: rng.randint(2, 4)]):
            for s, (size_zh, size_en) in enumerate(_SIZES[: rng.randint(1, 3)]):
                fen = base_fen + 50 * s
                skus.append(
                    {
                        "skuId": 5_000_000_000_000 + n * 100 + c * 10 + s,
                        "specId": _hex_id(f"1688-spec-{n}-{c}-{s}"),
                        "price": f"{fen / 100:.2f}",
                        "amountOnSale": rng.randrange(50, 5000),
                        "attributes": [
                            ("颜色", "Color", colour_zh, colour_en),
                            ("尺码", "Size", size_zh, size_en),
                        ],
                    }
                )
        products[offer_key] = {
            "offerKey": offer_key,
            "offerId": 600_000_000_000 + n * 7919,
            "subject": f"{adj_zh}{zh}批发",
            "subjectTrans": f"{adj_en} {en}, wholesale",
            "categoryId": 1_000 + _GOODS.index((zh, en, category)),
            "categoryName": category,
            "sellerOpenId": "BBB" + _encoded_id(f"1688-seller-{seller}", 22),
            "sellerNick": _SHOPS[seller],
            "imageUrl": f"https://cbu01.alicdn.com/img/ibank/sandbox-{n}.jpg",
            "monthSold": rng.randrange(0, 20_000),
            "minOrderQuantity": rng.choice([1, 2, 5]),
            "skus": skus,
        }
    return products


def taobao_products(rng: random.Random, count: int) -> dict[str, dict[str, Any]]:
    """Taobao distribution products keyed by their encoded itemMapId."""
    products: dict[str, dict[str, Any]] = {}
    for n in range(count):
        zh, en, category = _GOODS[(n + 5) % len(_GOODS)]
        adj_zh, adj_en = rng.choice(_ADJECTIVES)
        item_map_id = "WUnU" + _encoded_id(f"taobao-item-{n}", 18)
        shop = rng.randrange(len(_SHOPS))
        price = rng.randrange(990, 29900, 10)
        skus = []
        for c, (colour_zh, colour_en) in enumerate(_COLOURS[: rng.randint(2, 4)]):
            sku_price = price + 100 * c
            skus.append(
                {
                    "skuId": str(4_800_000_000_000 + n * 100 + c),
                    "mpSkuId": str(6_000_000 + n * 100 + c),
                    "price": sku_price,
                    "promotionPrice": sku_price - sku_price // 10,
                    "quantity": rng.randrange(10, 2000),
                    "properties": [
                        {
                            "propId": 1627207,
                            "propName": "颜色分类",
                            "valueId": 28320 + c,
                            "valueName": colour_zh,
                            "valueDesc": colour_en,
                        }
                    ],
                }
            )
        products[item_map_id] = {
            "itemMapId": item_map_id,
            "itemId": 600_100_000_000_000_000 + n * 104_729,
            "mpId": str(2_048_000_000_000_000 + n * 31),
            "title": f"{adj_zh}{zh}",
            "titleEn": f"{adj_en} {en}",
            "categoryId": str(50_000_000 + n),
            "categoryName": category,
            "shopId": 100_000 + shop,
            "shopName": _SHOPS[shop],
            "userNick": f"{_SHOPS[shop]}:客服",
            "picUrl": f"https://img.alicdn.com/imgextra/sandbox-{n}.jpg",
            "skus": skus,
        }
    return products
