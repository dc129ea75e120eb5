"""A fresh sandbox's 1688 side: a generated catalogue, and every 1688 id the documentation uses.

README.md, docs/, the CLI's help and the spec's request examples (the reference's runnable examples)
use these ids; each is in the state its examples need (tests/docs/test_docs_examples.py and
tests/tools/test_reference_examples.py run every example against a fresh sandbox). What a doc page
shows of a record is kept as it shows it; the rest (titles, prices, numbers no page gives) is the
sandbox's own.
"""

from __future__ import annotations

import random

from ..._spec import request_example
from .._catalogue import ADJECTIVES, COLOURS, GOODS, SHOPS, SIZES, encoded_id, hex_id
from .._registry import Context
from . import admin, handlers
from .records import CART, PRODUCTS, CartLine, Product, Sku

#: detail.1688.com/offer/600126245031.html (README: `pandapon 1688 product ...`).
DOC_OFFER = 600126245031
#: The number of the cart and order examples' offer (``_doc_cargo()``): the sandbox's, as no
#: page gives one.
DOC_CARGO_NUMBER = 640_000_000_001
#: Unpaid: the quickstart and the examples cancel it, the pay example pays it.
DOC_ORDER_TO_CANCEL = 2542285634920880794
#: Unpaid: README's per-call options pay it; batchPayAlibabaOrders' example pays it with the
#: others its page lists (``_doc_batch_orders()``).
DOC_ORDER_TO_PAY = 2059624776425880794
#: Shipped: the confirm-receipt and refund examples act on it.
DOC_SHIPPED_ORDER = 2061523847195880794
#: Received, with a return accepted: README's errors example submits its return parcel.
DOC_RETURNED_ORDER = 1938285634920880794
DOC_REFUND = "TQ1234567890"
#: The delete example removes cart lines 75 and 76.
DOC_CART_LINES = (75, 76)
Words = tuple[str, str]  # Chinese, English
DOC_ADDRESS = {
    "fullName": "张三",
    "mobile": "18600888861",
    "provinceText": "浙江省",
    "cityText": "杭州市",
    "areaText": "余杭区",
    "address": "文一西路969号",
    "postCode": "311121",
}


def _doc_cargo() -> tuple[str, str, str]:
    """The cart and order examples' (offer, SKU, seller), as the spec's examples give them."""
    cargo = request_example("createAlibabaOrder")["cargoParamList"][0]
    return str(cargo["offerMapId"]), str(cargo["specId"]), str(cargo["sellerOpenId"])


def _doc_batch_orders() -> list[int]:
    """The orders batchPayAlibabaOrders' example pays besides DOC_ORDER_TO_PAY (unpaid)."""
    ids = (int(i) for i in request_example("batchPayAlibabaOrders")["orderIds"])
    return [order_id for order_id in ids if order_id != DOC_ORDER_TO_PAY]


def _sku(sku_id: int, spec_id: str, price: str, stock: int, variant: tuple[Words, Words]) -> Sku:
    """A SKU of ``variant``: its (colour, size), each in Chinese and English."""
    (colour, colour_en), (size, size_en) = variant
    return {
        "sku_id": sku_id,
        "spec_id": spec_id,
        "price": price,
        "stock": stock,
        "attributes": [
            {"name": "颜色", "name_en": "Color", "value": colour, "value_en": colour_en},
            {"name": "尺码", "name_en": "Size", "value": size, "value_en": size_en},
        ],
    }


def _product(
    offer_id: int,
    subject: tuple[str, str],
    goods: int,
    seller: tuple[str, str],
    skus: list[Sku],
    *,
    key: str | None = None,
    image: str | None = None,
    month_sold: int = 12_400,
    min_order_quantity: int = 1,
) -> Product:
    """An offer of the kind of goods ``GOODS[goods]``; ``seller`` is (open id, nick). The
    encoded id and the image are made from ``offer_id`` unless given."""
    return {
        "key": key or encoded_id(f"1688-offer-{offer_id}"),
        "offer_id": offer_id,
        "subject": subject[0],
        "subject_en": subject[1],
        "category_id": 1_000 + goods,
        "category_name": GOODS[goods][2],
        "seller_open_id": seller[0],
        "seller_nick": seller[1],
        "image_url": f"https://cbu01.alicdn.com/img/ibank/sandbox-{image or offer_id}.jpg",
        "month_sold": month_sold,
        "min_order_quantity": min_order_quantity,
        "skus": skus,
    }


def _seller(n: int) -> tuple[str, str]:
    return "BBB" + encoded_id(f"1688-seller-{n}", 22), SHOPS[n]


def catalogue(rng: random.Random, count: int) -> list[Product]:
    products: list[Product] = []
    for n in range(count):
        zh, en, _ = GOODS[n % len(GOODS)]
        adj_zh, adj_en = rng.choice(ADJECTIVES)
        seller = rng.randrange(len(SHOPS))
        base_fen = rng.randrange(300, 9000, 10)
        skus: list[Sku] = []
        for c, colour in enumerate(COLOURS[: rng.randint(2, 4)]):
            for s, size in enumerate(SIZES[: rng.randint(1, 3)]):
                sku_id = 5_000_000_000_000 + n * 100 + c * 10 + s
                price = f"{(base_fen + 50 * s) / 100:.2f}"
                stock = rng.randrange(50, 5000)
                skus.append(
                    _sku(sku_id, hex_id(f"1688-spec-{n}-{c}-{s}"), price, stock, (colour, size))
                )
        products.append(
            _product(
                600_000_000_000 + n * 7919,
                (f"{adj_zh}{zh}批发", f"{adj_en} {en}, wholesale"),
                n % len(GOODS),
                _seller(seller),
                skus,
                key=encoded_id(f"1688-offer-{n}"),
                image=str(n),
                month_sold=rng.randrange(0, 20_000),
                min_order_quantity=rng.choice([1, 2, 5]),
            )
        )
    return products


def doc_products() -> list[Product]:
    """The offers the documentation names, DOC_OFFER first."""
    tees = [(("白色", "White"), "12.80"), (("黑色", "Black"), "12.80"), (("灰色", "Grey"), "13.50")]
    offer, cargo_spec, seller = _doc_cargo()
    bags = [(cargo_spec, COLOURS[0]), (hex_id("1688-doc-spec-bag-1"), ("灰色", "Grey"))]
    return [
        _product(
            DOC_OFFER,
            ("纯棉短袖T恤批发", "Cotton short-sleeve T-shirt, wholesale"),
            0,
            _seller(0),
            [
                _sku(5_012_612_624_503 + n, hex_id(f"1688-doc-spec-{n}"), p, 10_000, (c, SIZES[1]))
                for n, (c, p) in enumerate(tees)
            ],
        ),
        _product(
            DOC_CARGO_NUMBER,
            ("简约双肩包批发", "Minimalist backpack, wholesale"),
            3,
            (seller, "义乌箱包源头厂"),
            [
                _sku(5_012_612_625_001 + n, spec, "29.00", 10_000, (colour, SIZES[1]))
                for n, (spec, colour) in enumerate(bags)
            ],
            key=offer,
            month_sold=3_180,
        ),
    ]


def seed(ctx: Context, rng: random.Random) -> None:
    """Fill a fresh store (``ctx``'s events are not pushed)."""
    docs = doc_products()
    for product in [*docs, *catalogue(rng, 24)]:
        ctx.store.put(PRODUCTS, product)
    tee = (docs[0]["key"], docs[0]["skus"][0]["spec_id"])
    bag = (docs[1]["key"], docs[1]["skus"][0]["spec_id"])
    for n, order_id in enumerate((DOC_RETURNED_ORDER, DOC_ORDER_TO_PAY, DOC_ORDER_TO_CANCEL)):
        # No operation sets outOrderId (the developer's number), so only these orders have one.
        out = f"SANDBOX-{n + 1:04d}"
        handlers.place(ctx, [(*tee, 2)], DOC_ADDRESS, order_id=order_id, out_order_id=out)
    for order_id in (*_doc_batch_orders(), DOC_SHIPPED_ORDER):
        handlers.place(ctx, [(*bag, 1)], DOC_ADDRESS, order_id=order_id)
    handlers.pay_order(ctx, DOC_SHIPPED_ORDER)
    admin.ship(ctx, str(DOC_SHIPPED_ORDER), {})
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
    for cart_id, (offer, spec) in zip(DOC_CART_LINES, (bag, tee), strict=True):
        line: CartLine = {"id": cart_id, "offer_key": offer, "spec_id": spec, "quantity": 1}
        ctx.store.put(CART, line)
