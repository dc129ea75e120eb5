"""Words and ids for the seeded catalogues (alibaba/seed.py, taobao/seed.py).

The same seed gives the same products. Titles are Chinese with English translations, prices
are CNY: 1688 SKU prices in yuan as strings (as 1688's product APIs send them), Taobao prices in
fen as integers (as Taobao's distribution APIs do). Ids look like the real ones: encoded strings
for the v2 ids, long numbers for the rest.
"""

from __future__ import annotations

import base64
import hashlib

GOODS = [
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
ADJECTIVES = [
    ("新款", "New"),
    ("韩版", "Korean-style"),
    ("加厚", "Thick"),
    ("简约", "Minimalist"),
    ("复古", "Vintage"),
    ("轻便", "Lightweight"),
    ("防水", "Waterproof"),
    ("纯棉", "Cotton"),
]
COLOURS = [("黑色", "Black"), ("白色", "White"), ("红色", "Red"), ("蓝色", "Blue")]
SIZES = [("S", "S"), ("M", "M"), ("L", "L"), ("XL", "XL")]
SHOPS = ["杭州优品工厂店", "义乌小商品源头厂", "广州潮流服饰", "深圳数码配件批发"]


def encoded_id(seed: str, length: int = 22) -> str:
    """An opaque id in the style of offerMapId / itemMapId ("L0PTnwSnx_dWNZWCtgK7Gg")."""
    digest = hashlib.sha256(seed.encode()).digest()
    return base64.urlsafe_b64encode(digest).decode().rstrip("=")[:length]


def hex_id(seed: str) -> str:
    return hashlib.md5(seed.encode(), usedforsecurity=False).hexdigest()
