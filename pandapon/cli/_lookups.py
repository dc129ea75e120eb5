"""The lookup commands: product, search, order, logistics and refund, for 1688 and Taobao.

Each prints a table or key/value block for people, or with ``--json`` the data with the docs'
field names; an answer whose shape differs from the spec's is printed as JSON too (a table would
guess at it). ``shown_as_json`` prints None itself: the ``or x is None`` after it is for mypy.
"""

from __future__ import annotations

import argparse
from typing import Any

import pandapon

from . import _output
from ._ids import alibaba_offer_id, taobao_item_id


def alibaba_product(args: argparse.Namespace, client: pandapon.PandaPon) -> None:
    offer = alibaba_offer_id(args.product)
    product = client.alibaba.products.get(
        offer_id=int(offer) if offer.isdigit() else offer, country="en"
    )
    if _output.shown_as_json(args, product) or product is None:
        return
    _output.fields(
        [
            ("offer", product.offer_id),
            ("title", product.subject),
            ("english", product.subject_trans),
            ("category", product.category_name),
            ("seller", product.seller_open_id),
            ("min order", product.min_order_quantity),
        ]
    )
    _output.line()
    _output.table(
        [
            (
                sku.spec_id,
                " / ".join(str(a.value) for a in sku.sku_attributes or []),
                pandapon.money(sku, "price"),
                sku.amount_on_sale,
            )
            for sku in product.product_sku_infos or []
        ],
        ["specId", "attributes", "price ¥", "stock"],
    )


def taobao_product(args: argparse.Namespace, client: pandapon.PandaPon) -> None:
    product = client.taobao.products.get(item_id=taobao_item_id(args.product))
    if _output.shown_as_json(args, product) or product is None:
        return
    _output.fields(
        [
            ("item", product.item_id),
            ("itemMapId", product.item_map_id),
            ("mpId", product.mp_id),
            ("title", product.title),
            ("shop", product.shop_name),
            ("stock", product.quantity),
        ]
    )
    _output.line()
    _output.table(
        [
            (
                sku.mp_sku_id,
                " / ".join(str(p.value_name) for p in sku.properties or []),
                _fen(sku.price),
                _fen(sku.promotion_price),
                sku.quantity,
            )
            for sku in product.sku_list or []
        ],
        ["mpSkuId", "properties", "price ¥", "promotion ¥", "stock"],
    )


def _fen(value: Any) -> Any:
    amount = pandapon.to_decimal(value) if isinstance(value, (int, str)) else None
    return amount / 100 if amount is not None else None


def alibaba_search(args: argparse.Namespace, client: pandapon.PandaPon) -> None:
    page = client.alibaba.products.search(
        keyword=args.keyword, begin_page=args.page, page_size=args.page_size, country="en"
    )
    if _output.shown_as_json(args, page) or page is None:
        return
    _output.line(f"{page.total_records} offers, page {page.current_page} of {page.total_page}")
    _output.table(
        [
            (
                p.offer_id,
                p.subject,
                p.subject_trans,
                p.price_info and pandapon.money(p.price_info, "price"),
                p.month_sold,
            )
            for p in page.data or []
        ],
        ["offer", "title", "english", "price ¥", "sold/30d"],
    )


def taobao_search(args: argparse.Namespace, client: pandapon.PandaPon) -> None:
    page = client.taobao.products.search(
        keyword=args.keyword, page_no=args.page, page_size=args.page_size
    )
    if _output.shown_as_json(args, page) or page is None:
        return
    _output.table(
        [(p.item_id, p.title, _fen(p.price), p.shop_name) for p in page.data or []],
        ["item", "title", "price ¥", "shop"],
    )


def alibaba_orders(args: argparse.Namespace, client: pandapon.PandaPon) -> None:
    orders = []
    for order in client.alibaba.orders.iter_list(order_status=args.status, page_size=50):
        if args.order_id and str(_output.dig(order, "base_info", "id")) != args.order_id:
            continue
        orders.append(order)
        if len(orders) >= args.limit:
            break
    if args.order_id and not orders:
        raise pandapon.NotFoundError(
            operation_id="listAlibabaOrders",
            code=None,
            msg=f"no 1688 order {args.order_id}",
            request_id=None,
            http_status=200,
            body="",
        )
    if _output.shown_as_json(args, orders[0] if args.order_id else orders):
        return
    if args.order_id:
        labels = [
            ("order", "id"),
            ("status", "status"),
            ("created", "create_time"),
            ("paid", "pay_time"),
            ("total ¥", "total_amount"),
            ("freight ¥", "shipping_fee"),
            ("refund", "refund_status"),
        ]
        _output.fields([(label, _output.dig(orders[0], "base_info", f)) for label, f in labels])
        _output.line()
        _output.table(
            [(i.name, i.spec_id, i.quantity, i.price) for i in orders[0].product_items or []],
            ["product", "specId", "quantity", "price ¥"],
        )
        return
    _output.table(
        [
            (
                *(_output.dig(o, "base_info", f) for f in ("id", "status", "create_time")),
                _output.dig(o, "base_info", "total_amount"),
                len(o.product_items or []),
            )
            for o in orders
        ],
        ["order", "status", "created", "total ¥", "lines"],
    )


def taobao_orders(args: argparse.Namespace, client: pandapon.PandaPon) -> None:
    if args.order_id:
        order = client.taobao.orders.get(order_id=args.order_id)
        if _output.shown_as_json(args, order) or order is None:
            return
        _output.fields(
            [
                ("order", order.order_id),
                ("purchase", order.purchase_id),
                ("status", order.status),
                ("created", order.created_time),
                ("paid", order.pay_time),
                ("total ¥", _fen(order.pay_amount)),
            ]
        )
        _output.line()
        _output.table(
            [
                (s.sub_purchase_order_id, s.title, s.quantity, _fen(s.pay_amount), s.refund_status)
                for s in order.sub_purchase_orders or []
            ],
            ["sub-order", "title", "quantity", "paid ¥", "refund"],
        )
        return
    orders = []
    # Only the filters given: the spec has no null status, so status=None is refused.
    given = {"status": args.status} if args.status else {}
    for order in client.taobao.orders.iter_list(page_size=50, **given):
        orders.append(order)
        if len(orders) >= args.limit:
            break
    if _output.shown_as_json(args, orders) or orders is None:
        return
    _output.table(
        [(o.order_id, o.status, o.created_time, _fen(o.pay_amount)) for o in orders],
        ["order", "status", "created", "total ¥"],
    )


def alibaba_logistics(args: argparse.Namespace, client: pandapon.PandaPon) -> None:
    trace = client.alibaba.orders.get_logistics(order_id=args.order_id)
    if _output.shown_as_json(args, trace) or trace is None:
        return
    traces = trace if isinstance(trace, list) else (trace.logistics_trace if trace else None) or []
    if not traces:
        _output.line(f"no logistics yet for 1688 order {args.order_id}")
    for parcel in traces:
        _output.line(f"parcel {parcel.logistics_bill_no}")
        _output.table(
            [(s.accept_time, s.remark) for s in parcel.logistics_steps or []], ["time", "event"]
        )


def taobao_logistics(args: argparse.Namespace, client: pandapon.PandaPon) -> None:
    detail = client.taobao.orders.get_logistics(sub_purchase_order_id=args.order_id)
    if _output.shown_as_json(args, detail) or detail is None:
        return
    if not detail.pnm_logistics_details:
        _output.line(f"no logistics yet for Taobao sub-order {args.order_id}")
    for parcel in detail.pnm_logistics_details or []:
        _output.line(f"parcel {parcel.mail_no}")
        _output.table(
            [(t.time, t.status, t.status_desc) for t in parcel.logistics_traces or []],
            ["time", "status", "description"],
        )


def alibaba_refund(args: argparse.Namespace, client: pandapon.PandaPon) -> None:
    refund = client.alibaba.refunds.get(refund_id=args.refund_id)
    if _output.shown_as_json(args, refund) or refund is None:
        return
    _output.fields(
        [
            ("refund", refund.refund_id),
            ("order", refund.order_id),
            ("status", refund.status),
            ("type", refund.dispute_request),
            ("amount (fen)", refund.apply_payment),
            ("reason", refund.apply_reason),
            ("waybill", refund.freight_bill),
        ]
    )


def taobao_refund(args: argparse.Namespace, client: pandapon.PandaPon) -> None:
    refund = client.taobao.refunds.get(refund_id=args.refund_id)
    if _output.shown_as_json(args, refund) or refund is None:
        return
    order = refund.refund_order_aggregate.refund_order if refund.refund_order_aggregate else None
    _output.fields(
        [
            ("refund", args.refund_id),
            ("status", order and order.refund_status),
            ("fee (fen)", order and order.refund_fee),
            ("reason", order and order.reason_desc),
        ]
    )
