"""A fresh sandbox's Taobao side: a generated catalogue, and every Taobao id the documentation uses.

README.md, docs/, the CLI's help and the spec's request examples (the reference's runnable examples)
use these ids; each is in the state its examples need (tests/docs/test_docs_examples.py and
tests/tools/test_reference_examples.py run every example against a fresh sandbox). What a doc page
shows of a record is kept as it shows it; the rest (titles, prices, order numbers no page gives) is
the sandbox's own.
"""

from __future__ import annotations

import json
import random

from ..._spec import request_example
from .._catalogue import ADJECTIVES, COLOURS, GOODS, SHOPS, encoded_id
from .._registry import Context
from . import admin, handlers
from .records import CART, PRODUCTS, CartLine, Product, Property, Sku

#: item.taobao.com/item.htm?id=672991141190 (the CLI's product-id help); batchCheckTaobaoProducts'
#: example names its SKU 3452545926724.
DOC_ITEM = 672991141190
#: getTaobaoProduct's and addTaobaoCartItem's product, as the older cart page's example shows it.
DOC_CART_ITEM = "WUnUC1cILiBjt-Jv3lDdlQ"
#: Unpaid: the pay, cancel and warehouse examples act on it; README's `pandapon taobao order show`
#: and async example read it.
DOC_ORDER = 1024285237573584051
DOC_PURCHASE = 200048858051
#: Shipped: the logistics and refund examples use its first sub-order.
DOC_SHIPPED_ORDER = 1024285237573584052
DOC_SHIPPED_PURCHASE = 200048858052
DOC_SUB_ORDER = 200048859480
#: A return agreed on the shipped order's second sub-order, its parcel not sent back yet: the
#: examples submit that parcel, change, read and cancel the refund (README cancels it too).
DOC_REFUND = "110002685755"
#: The cart examples preview, order, change and delete lines 75 and 76.
DOC_CART_LINES = (75, 76)
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
_BAGS = ("50012010", "箱包皮具/热销女包/男包")
_COLOUR = (1627207, "颜色分类")
_WALLET_PIC = "2200723183810/O1CN01LKgvKM1e11dGRihYC_!!2200723183810.jpg"


def _property(prop: tuple[int, str], value_id: int, value: str, value_en: str) -> Property:
    return {
        "prop_id": prop[0],
        "prop_name": prop[1],
        "value_id": value_id,
        "value_name": value,
        "value_desc": value_en,
    }


def _colour(n: int) -> Property:
    return _property(_COLOUR, 28320 + n, *COLOURS[n])


def _sku(
    sku_id: object, mp_sku_id: object, price: int, promotion: int, stock: int, *props: Property
) -> Sku:
    return {
        "sku_id": str(sku_id),
        "mp_sku_id": str(mp_sku_id),
        "price": price,
        "promotion_price": promotion,
        "stock": stock,
        "properties": list(props),
    }


def _product(
    item_id: int,
    mp_id: object,
    titles: tuple[str, str],
    skus: list[Sku],
    *,
    category: tuple[str, str] = _BAGS,
    shop: int = 100_000,
    key: str | None = None,
    shop_name: str | None = None,
    pic_url: str | None = None,
) -> Product:
    """A product; ``key`` (the encoded id) and the picture are made from ``item_id`` unless
    given, and ``shop`` is the shop id (100000 + n: the nth of ``SHOPS``, unless named)."""
    name = shop_name or SHOPS[shop - 100_000]
    return {
        "item_map_id": key or "WUnU" + encoded_id(f"taobao-item-{item_id}", 18),
        "item_id": item_id,
        "mp_id": str(mp_id),
        "title": titles[0],
        "title_en": titles[1],
        "category_id": category[0],
        "category_name": category[1],
        "shop_id": shop,
        "shop_name": name,
        "user_nick": f"{name}:客服",
        "pic_url": pic_url or f"https://img.alicdn.com/imgextra/sandbox-{item_id}.jpg",
        "skus": skus,
    }


def catalogue(rng: random.Random, count: int) -> list[Product]:
    products: list[Product] = []
    for n in range(count):
        zh, en, category = GOODS[(n + 5) % len(GOODS)]
        adj_zh, adj_en = rng.choice(ADJECTIVES)
        shop = rng.randrange(len(SHOPS))
        price = rng.randrange(990, 29900, 10)
        skus: list[Sku] = []
        for c in range(rng.randint(2, 4)):
            sku_price = price + 100 * c
            stock = rng.randrange(10, 2000)
            sku_ids = (4_800_000_000_000 + n * 100 + c, 6_000_000 + n * 100 + c)
            skus.append(_sku(*sku_ids, sku_price, sku_price - sku_price // 10, stock, _colour(c)))
        item_id = 600_100_000_000_000_000 + n * 104_729
        products.append(
            _product(
                item_id,
                2_048_000_000_000_000 + n * 31,
                (f"{adj_zh}{zh}", f"{adj_en} {en}"),
                skus,
                category=(str(50_000_000 + n), category),
                shop=100_000 + shop,
                key="WUnU" + encoded_id(f"taobao-item-{n}", 18),
                pic_url=f"https://img.alicdn.com/imgextra/sandbox-{n}.jpg",
            )
        )
    return products


def _doc_order_lines() -> list[tuple[int, str]]:
    """The (item, SKU) lines createTaobaoOrder's example buys (200 of each at a price of 1)."""
    lines = json.loads(request_example("createTaobaoOrder")["orderLineList"])
    return [(int(line["itemId"]), str(line["skuId"])) for line in lines]


def doc_products() -> list[Product]:
    """The products the documentation names, DOC_ITEM first."""
    yellow = _property(_COLOUR, 28324, "黄色", "Yellow")
    wallet = _sku(
        85, 65, 689, 576, 94, yellow, _property((122216343, "参考身高"), 3273546, "52cm", "52cm")
    )
    return [
        _product(
            DOC_ITEM,
            2_048_000_000_672_991,
            ("简约双肩包", "Minimalist backpack"),
            [
                _sku(3_452_545_926_724 + n, 6_729_911_411_900 + n, 3900, 3500, 10_000, _colour(n))
                for n in range(2)
            ],
        ),
        _product(
            2_048_175_493_257_375,
            26,
            ("英皇保罗男士长款银行皮夹钱包", "Emperor Paul men's long wallet"),
            [wallet],
            shop=42,
            key=DOC_CART_ITEM,
            shop_name="英皇保罗旗舰店",
            pic_url=f"https://img.alicdn.com/imgextra/i1/{_WALLET_PIC}",
        ),
        *(
            _product(
                item_id,
                2_048_000_000_100_001 + n,
                (f"测试商品 {n + 1}", f"Test item {n + 1}"),
                [_sku(sku_id, 6_000_000_000_001 + n, 1, 1, 10_000, _colour(0))],
                shop=100_001,
            )
            for n, (item_id, sku_id) in enumerate(_doc_order_lines())
        ),
    ]


def seed(ctx: Context, rng: random.Random) -> None:
    """Fill a fresh store (``ctx``'s events are not pushed)."""
    docs = doc_products()
    for product in [*docs, *catalogue(rng, 24)]:
        ctx.store.put(PRODUCTS, product)
    backpack, wallet = docs[0], docs[1]
    black, white = (sku["mp_sku_id"] for sku in backpack["skus"])
    key = backpack["item_map_id"]
    handlers.place(
        ctx, [(key, black, 1)], DOC_RECEIVER, order_id=DOC_ORDER, purchase_id=DOC_PURCHASE
    )
    handlers.place(
        ctx,
        [(key, black, 1), (key, white, 1)],
        DOC_RECEIVER,
        order_id=DOC_SHIPPED_ORDER,
        purchase_id=DOC_SHIPPED_PURCHASE,
        sub_ids=[DOC_SUB_ORDER, DOC_SUB_ORDER + 1],
    )
    handlers.pay_order(ctx, DOC_SHIPPED_ORDER)
    admin.ship(ctx, str(DOC_SHIPPED_ORDER), {})
    refund = {
        "subOrderId": str(DOC_SUB_ORDER + 1),
        "refundType": 2,
        "goodsStatus": 4,
        "reasonId": 1002,
    }
    handlers.open_refund(Context(ctx.store, refund), refund_id=DOC_REFUND)
    lines = [(wallet["item_map_id"], wallet["skus"][0]["mp_sku_id"], 1), (key, white, 2)]
    for cart_id, (item, sku, quantity) in zip(DOC_CART_LINES, lines, strict=True):
        line: CartLine = {
            "id": cart_id,
            "item_map_id": item,
            "mp_sku_id": sku,
            "quantity": quantity,
        }
        ctx.store.put(CART, line)
