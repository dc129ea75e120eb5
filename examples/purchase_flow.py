"""A whole purchase against the local sandbox, using the SDK exactly as an integration would.

1688: search -> detail -> cart -> preview -> order -> pay -> (seller ships) -> logistics ->
confirm receipt -> refund with return -> submit the return parcel.
Taobao: product -> cart -> order -> pay -> (supplier ships) -> logistics -> refund -> cancel it.

Run by `make demo` (which starts the sandbox); alone, point PANDAPON_BASE_URL and the credentials
at a running sandbox. Exits non-zero if any step fails.
"""

from __future__ import annotations

import os
import sys
import unicodedata
from collections.abc import Callable
from decimal import Decimal
from typing import Any

from pandapon_api.models import FastAdress, OrderAddress

import pandapon
from pandapon.sandbox import SandboxAdmin

ADDRESS = FastAdress(
    full_name="张三",
    mobile="18600888861",
    province_text="浙江省",
    city_text="杭州市",
    area_text="余杭区",
    address="文一西路969号",
    post_code="311121",
)


def _width(text: str) -> int:
    """Columns a terminal gives the text: CJK characters take two."""
    return sum(2 if unicodedata.east_asian_width(c) in "WF" else 1 for c in text)


# Called after each step's line (make demo prints the messages the step caused, right below it).
_after_step: Callable[[], None] = lambda: None  # noqa: E731 - a hook, replaced by main()


def step(number: int, text: str, detail: Any = "") -> None:
    print(f"  {number:>2}. {text}{' ' * max(1, 44 - _width(text))} {detail}", flush=True)
    _after_step()


def yuan(fen: int | Decimal) -> str:
    """Amounts in one unit: 1688 previews count in fen, the rest of the demo shows yuan."""
    return f"¥{Decimal(fen) / 100:.2f}"


def alibaba_flow(client: pandapon.PandaPon, admin: SandboxAdmin) -> None:
    print("\n1688")
    page = client.alibaba.products.search(keyword="T恤", page_size=5)
    assert page is not None and page.data, "no 1688 search results"
    hit = page.data[0]
    step(1, f"search 'T恤': {page.total_records} offers", f"{hit.subject} / {hit.subject_trans}")

    product = client.alibaba.products.get(offer_id=str(hit.offer_id), country="en")
    assert product is not None and product.product_sku_infos
    sku = product.product_sku_infos[0]
    price = pandapon.money(sku, "price")
    step(2, f"detail: {len(product.product_sku_infos)} SKUs", f"{sku.spec_id[:8]}… ¥{price}")

    cart_id = client.alibaba.cart.add(
        offer_map_id=str(product.offer_id), spec_id=sku.spec_id, quantity=2
    )
    cart = client.alibaba.cart.list()
    assert cart is not None and cart.enable_list
    in_cart = [item.id for shop in cart.enable_list for item in shop.cart_item_infos or []]
    assert isinstance(cart_id, int) and cart_id in in_cart
    cart_ids = [cart_id]  # just this line (a fresh sandbox's cart holds two lines of its own)
    step(3, "added to cart", f"cart ids {cart_ids}")

    preview = client.alibaba.cart.preview_order(cart_ids=cart_ids, address_param=ADDRESS)
    assert preview is not None and preview.order_preview_resuslt
    fen = preview.order_preview_resuslt[0].sum_payment
    step(4, "preview", f"payable {yuan(fen)} incl. freight")

    created = client.alibaba.cart.create_order(
        flow="general", cart_ids=cart_ids, address_param=ADDRESS
    )
    order = created[0] if isinstance(created, list) else created
    assert order is not None and order.order_id
    order_id = int(order.order_id)
    step(5, "order created", order_id)

    paid = client.alibaba.orders.pay(order_id=str(order_id))
    assert paid is not None and paid.protocol_pay_success
    step(6, "paid", "protocol payment succeeded")

    step(7, "seller ships (sandbox admin)", admin.ship("1688", order_id))
    trace = client.alibaba.orders.get_logistics(order_id=str(order_id))
    bill = trace.logistics_trace[0].logistics_bill_no if trace and trace.logistics_trace else None
    assert bill, "no logistics trace after shipping"
    step(8, "logistics trace", bill)

    receipt = client.alibaba.orders.confirm_receipt(order_id=order_id)
    assert receipt is not None and receipt.success
    step(9, "receipt confirmed", "confirm_goods")

    reasons = client.alibaba.refunds.list_reasons(
        order_id=order_id, goods_status="aftersaleBuyerReceived"
    )
    reason = (
        reasons.reasons[0]
        if reasons and not isinstance(reasons, list) and reasons.reasons
        else None
    )
    assert reason is not None
    refund = client.alibaba.refunds.create(
        order_id=order_id,
        order_entry_ids=[],
        dispute_request="returnRefund",
        apply_payment=fen - 600,
        apply_carriage=0,
        apply_reason_id=reason.id,
        description="尺码不合适，申请退货",
        goods_status="aftersaleBuyerReceived",
    )
    assert refund is not None and refund.refund_id
    step(10, f"refund opened ({reason.name})", refund.refund_id)

    carriers = client.alibaba.refunds.list_logistics_companies() or []
    submitted = client.alibaba.refunds.submit_return(
        refund_id=refund.refund_id,
        logistics_company_no=carriers[0].company_no,
        freight_bill="SF1234521212678",
        description="原包装寄回",
    )
    assert submitted is not None and submitted.success
    detail = client.alibaba.refunds.get(refund_id=refund.refund_id)
    step(11, f"return parcel submitted ({carriers[0].company_name})", detail and detail.status)


def taobao_flow(client: pandapon.PandaPon, admin: SandboxAdmin) -> None:
    print("\nTaobao")
    hits = client.taobao.products.search(keyword="耳机", page_size=5)
    assert hits is not None and hits.data
    product = client.taobao.products.get(item_id=str(hits.data[0].item_id))
    assert product is not None and product.sku_list
    sku = product.sku_list[0]
    step(1, f"product: {product.title}", f"¥{pandapon.money(sku, 'promotionPrice') / 100}")

    client.taobao.cart.add(mp_id=str(product.mp_id), mp_sku_id=str(sku.mp_sku_id), quantity=1)
    cart = client.taobao.cart.list()
    ids = [  # the line just added (a fresh sandbox's cart holds two lines of its own)
        item.id
        for shop in cart.enable_list or []
        for item in shop.cart_item_infos or []
        if item.mp_sku_id == sku.mp_sku_id
    ]
    address = OrderAddress(
        name="李四",
        mobile_phone="15068763421",
        country="中国",
        state="浙江省",
        city="杭州市",
        district="余杭区",
        address="测试地址",
    )
    created = client.taobao.cart.create_order(ids=ids, order_address=address)
    assert created is not None and created.outer_purchase_id
    order_id = created.outer_purchase_id
    step(2, "order created from the cart", order_id)

    client.taobao.orders.pay(order_id=order_id)
    step(3, "paid", client.taobao.orders.get(order_id=order_id).status)
    step(4, "supplier ships (sandbox admin)", admin.ship("taobao", order_id))

    sub_id = created.order_list[0].order_line_list[0].sub_purchase_order_id
    logistics = client.taobao.orders.get_logistics(sub_purchase_order_id=str(sub_id))
    parcel = logistics.pnm_logistics_details[0]
    step(5, "logistics", f"{parcel.mail_no}: {parcel.logistics_traces[-1].status_desc}")

    render = client.taobao.refunds.render(sub_order_id=str(sub_id), refund_type=1, goods_status=1)
    refund = client.taobao.refunds.create(
        sub_order_id=str(sub_id),
        refund_type=1,
        goods_status=1,
        reason_id=render.refund_order_template.refund_reasons[0].reason_id,
        refund_desc="不想要了",
    )
    step(6, "refund opened", refund.refund_id)
    cancelled = client.taobao.refunds.cancel(str(refund.refund_id))
    step(7, "refund cancelled", cancelled.cancel_success)


def main(after_step: Callable[[], None] | None = None) -> int:
    global _after_step  # noqa: PLW0603 - the one hook the demo sets
    if after_step is not None:
        _after_step = after_step
    base_url = os.environ.get("PANDAPON_BASE_URL", "http://127.0.0.1:8765")
    admin = SandboxAdmin(base_url)
    try:
        with pandapon.PandaPon(base_url=base_url) as client:
            alibaba_flow(client, admin)
            taobao_flow(client, admin)
    except (pandapon.PandaPonError, AssertionError) as error:
        print(f"\nFAILED: {type(error).__name__}: {error}", file=sys.stderr)
        return 1
    finally:
        admin.close()
    print("\nAll steps passed.")
    return 0


if __name__ == "__main__":
    sys.exit(main())
