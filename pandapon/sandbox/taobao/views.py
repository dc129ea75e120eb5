"""Stored Taobao records -> PandaPon's API shapes (and the dashboard's rows)."""

from __future__ import annotations

import json
from typing import Any

from .._status import now_text
from .records import CartLine, Order, Product, Refund, Sku, SubOrder

DISTRIBUTOR = "2100007341207"
RETURN_ADDRESS = "浙江省杭州市余杭区 退货仓 (sandbox return warehouse)"
APPLIED = 10


def _properties(sku: Sku) -> list[dict[str, Any]]:
    return [
        {
            "propId": p["prop_id"],
            "propName": p["prop_name"],
            "valueId": p["value_id"],
            "valueName": p["value_name"],
            "valueDesc": p["value_desc"],
        }
        for p in sku["properties"]
    ]


def product_detail(product: Product) -> dict[str, Any]:
    skus = product["skus"]
    return {
        "itemId": product["item_id"],
        "itemMapId": product["item_map_id"],
        "mpId": product["mp_id"],
        "title": product["title"],
        "description": f"<p>{product['title']} ({product['title_en']})</p>",
        "picUrls": [product["pic_url"]],
        "categoryId": product["category_id"],
        "categoryName": product["category_name"],
        "shopId": product["shop_id"],
        "shopName": product["shop_name"],
        "userNick": product["user_nick"],
        "productUnit": "件",
        "quantity": sum(s["stock"] for s in skus),
        "beginAmount": 1,
        "price": min(s["price"] for s in skus),
        "promotionPrice": min(s["promotion_price"] for s in skus),
        "status": "active",
        "itemType": "HAVE_MATERIAL",
        "skuList": [
            {
                "skuId": s["sku_id"],
                "mpSkuId": s["mp_sku_id"],
                "picUrl": product["pic_url"],
                "quantity": s["stock"],
                "price": s["price"],
                "promotionPrice": s["promotion_price"],
                "status": "active",
                "properties": _properties(s),
            }
            for s in skus
        ],
    }


def search_item(product: Product) -> dict[str, Any]:
    return {
        "itemId": product["item_map_id"],
        "title": product["title"],
        "mainImageUrl": product["pic_url"],
        "price": min(s["price"] for s in product["skus"]),
        "quantity": sum(s["stock"] for s in product["skus"]),
        "shopName": product["shop_name"],
        "multiLanguageInfo": {"language": "en", "title": product["title_en"]},
    }


def cart_item(line: CartLine, product: Product, sku: Sku) -> dict[str, Any]:
    return {
        "id": line["id"],
        "itemMapId": product["item_map_id"],
        "mpId": product["mp_id"],
        "mpSkuId": sku["mp_sku_id"],
        "skuId": sku["sku_id"],
        "itemTitle": product["title"],
        "itemPic": product["pic_url"],
        "price": sku["price"],
        "promotionPrice": sku["promotion_price"],
        "quantity": line["quantity"],
        "skuQuantity": str(sku["stock"]),
        "properties": json.dumps(_properties(sku), ensure_ascii=False),
    }


def _sub_order(order: Order, sub: SubOrder) -> dict[str, Any]:
    parcel = sub["parcel"]
    return {
        "subPurchaseOrderId": sub["sub_id"],
        "purchaseOrderOuterId": str(sub["sub_id"]),
        "status": order["status"],
        "itemId": sub["mp_id"],
        "skuId": sub["mp_sku_id"],
        "title": sub["title"],
        "quantity": sub["quantity"],
        "payAmount": sub["pay_amount"],
        "payCurrency": "CNY",
        "supplierNick": sub["supplier_nick"],
        "refundId": sub["refund_id"],
        "refundStatus": sub["refund_status"],
        "canConfirmReceipt": order["status"] == "WAIT_BUYER_CONFIRM_GOODS",
        "logisticOrders": [
            {"logisticCompanyName": parcel["company"], "logisticNumber": parcel["mail_no"]}
        ]
        if parcel
        else [],
    }


def taobao_order(order: Order) -> dict[str, Any]:
    """The TaobaoOrder view of a stored order."""
    total = order["goods"] + order["post_fee"]
    return {
        "orderId": order["order_id"],
        "purchaseId": order["purchase_id"],
        "status": order["status"],
        "sellerOrderNumber": order["seller_order_number"],
        "orderSource": order["order_source"],
        "distributorNick": "sandbox-distributor",
        "purchaseAmount": total,
        "purchaseCurrency": "CNY",
        "payAmount": total,
        "payCurrency": "CNY",
        "productAmount": order["goods"],
        "domesticPostFee": order["post_fee"],
        "createdTime": order["created"],
        "modifyTime": order["modified"],
        "payTime": order["paid"],
        "warehouseName": order["warehouse_name"],
        "warehouseAddress": order["warehouse_address"],
        "receiver": order["receiver"],
        "subPurchaseOrders": [_sub_order(order, sub) for sub in order["sub_orders"]],
    }


def cart_order(order: Order) -> dict[str, Any]:
    """What createTaobaoCartOrder answers."""
    return {
        "success": True,
        "outerPurchaseId": order["order_id"],
        "orderList": [
            {
                "purchaseId": order["purchase_id"],
                "supplierNick": order["sub_orders"][0]["supplier_nick"],
                "estimateAmount": order["goods"],
                "estimateCurrency": "CNY",
                "orderLineList": [
                    {
                        "itemId": s["mp_id"],
                        "skuId": s["mp_sku_id"],
                        "quantity": s["quantity"],
                        "subPurchaseOrderId": s["sub_id"],
                        "estimateAmount": s["pay_amount"],
                    }
                    for s in order["sub_orders"]
                ],
            }
        ],
    }


def status_message(order: Order) -> dict[str, Any]:
    """messageBody of a Taobao order-status message (upstream snake_case keys)."""
    return {
        "business_time": now_text(),
        "outer_purchase_id": order["order_id"],
        "purchase_id": order["purchase_id"],
        "seller_id": order["sub_orders"][0]["supplier_nick"],
        "status": order["status"],
        "sku_list": [
            {"sku_id": sub["mp_sku_id"], "item_id": sub["mp_id"], "quantity": sub["quantity"]}
            for sub in order["sub_orders"]
        ],
    }


def price_message(order: Order, total_fen: int) -> dict[str, Any]:
    return {
        "salesOrderId": order["order_id"],
        "subOrders": [
            {
                "purchase_order_outer_id": str(order["purchase_id"]),
                "purchase_order_line_outer_id": str(s["sub_id"]),
                "product_amount": str(s["pay_amount"]),
                "quantity": s["quantity"],
            }
            for s in order["sub_orders"]
        ],
        "purchaseOrderPriceDTO": {
            "purchaseCurrency": "CNY",
            "purchaseTotalFee": total_fen,
            "purchaseProductFee": order["goods"],
            "purchaseShippingFee": order["post_fee"],
        },
    }


def logistics(order: Order, sub: SubOrder) -> dict[str, Any]:
    parcels = []
    parcel = sub["parcel"]
    if parcel:
        receiver = order["receiver"]
        parcels.append(
            {
                "mailNo": parcel["mail_no"],
                "logisticsTraces": [
                    {
                        "time": t,
                        "status": s,
                        "statusDesc": d,
                        "standerdDesc": d,
                        "city": receiver.get("city"),
                    }
                    for t, s, d in parcel["traces"]
                ],
                "logisticsPartner": [{"company": parcel["company"]}],
                "receiver": {
                    "name": receiver.get("name"),
                    "city": receiver.get("city"),
                    "address": receiver.get("address"),
                },
                "logisticsGoods": [{"title": sub["title"], "quantity": str(sub["quantity"])}],
            }
        )
    return {"purchaseOrderOuterId": str(sub["sub_id"]), "pnmLogisticsDetails": parcels}


def aggregate(refund: Refund, order: Order, sub: SubOrder) -> dict[str, Any]:
    return {
        "refundOrder": {
            "refundId": refund["refund_id"],
            "refundStatus": refund["status"],
            "refundType": refund["refund_type"],
            "goodsStatus": refund["goods_status"],
            "refundFee": refund["fee"],
            "reasonId": refund["reason_id"],
            "reasonDesc": refund["reason"],
            "refundDesc": refund["description"],
            "payOrderId": order["order_id"],
            "canEditFee": refund["status"] == APPLIED,
        },
        "purchaseOrderLine": {
            "salesOrderId": order["order_id"],
            "quantity": sub["quantity"],
            "totalPrice": sub["pay_amount"],
            "itemTitle": sub["title"],
            "purchaseOrderLineId": sub["sub_id"],
            "purchaseOrderId": order["purchase_id"],
            "supplierNick": sub["supplier_nick"],
        },
        "logistics": {
            "receiverAddress": RETURN_ADDRESS,
            "logisticsNo": refund["logistics_no"],
            "logisticsCompany": {"logisticsCompanyCode": refund["logistics_company"]}
            if refund["logistics_no"]
            else None,
        },
    }


def refund_result(refund: Refund, order: Order, sub: SubOrder) -> dict[str, Any]:
    return {
        "refundId": refund["refund_id"],
        "distributorId": DISTRIBUTOR,
        "currency": "CNY",
        "refundOrderAggregate": aggregate(refund, order, sub),
    }


def refund_message(refund: Refund) -> dict[str, Any]:
    return {"refundId": refund["refund_id"], "orderId": refund["order_id"]}


# -- the dashboard's rows ----------------------------------------------------------------------


def admin_order(order: Order) -> dict[str, Any]:
    return {
        "platform": "taobao",
        "orderId": order["order_id"],
        "status": order["status"],
        "created": order["created"],
        "modified": order["modified"],
        "total": f"{(order['goods'] + order['post_fee']) / 100:.2f}",
        "items": [f"{s['title']} x{s['quantity']}" for s in order["sub_orders"]],
        "refundIds": [s["refund_id"] for s in order["sub_orders"] if s["refund_id"]],
        "history": order["history"],
    }


def admin_refund(refund: Refund) -> dict[str, Any]:
    return {
        "platform": "taobao",
        "refundId": refund["refund_id"],
        "orderId": refund["order_id"],
        "status": str(refund["status"]),
        "amount": f"{refund['fee'] / 100:.2f}",
        "modified": refund["modified"],
        "history": refund["history"],
    }


def admin_product(product: Product) -> dict[str, Any]:
    return {
        "platform": "taobao",
        "productId": product["item_map_id"],
        "number": str(product["item_id"]),
        "title": product["title"],
        "price": f"{min(s['price'] for s in product['skus']) / 100:.2f}",
        "stock": sum(s["stock"] for s in product["skus"]),
    }
