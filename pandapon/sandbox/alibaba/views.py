"""Stored 1688 records -> PandaPon's API shapes (and the dashboard's rows)."""

from __future__ import annotations

from typing import Any

from .._status import now_text
from .records import CartLine, Order, Product, Refund, Sku

BUYER = "b2b-sandboxbuyer"
COMPANIES = [
    ("SF", "顺丰速运", "95338"),
    ("YTO", "圆通速递", "95554"),
    ("ZTO", "中通快递", "95311"),
    ("STO", "申通快递", "95543"),
    ("YUNDA", "韵达快递", "95546"),
    ("EMS", "中国邮政EMS", "11183"),
]


def yuan(fen: int) -> float:
    return round(fen / 100, 2)


def search_item(product: Product) -> dict[str, Any]:
    return {
        "imageUrl": product["image_url"],
        "subject": product["subject"],
        "subjectTrans": product["subject_en"],
        "offerId": product["key"],
        "isJxhy": False,
        "priceInfo": {"price": product["skus"][0]["price"]},
        "repurchaseRate": "12%",
        "monthSold": product["month_sold"],
        "isOnePsale": True,
        "sellerIdentities": ["tp_member"],
    }


def recommended_item(product: Product) -> dict[str, Any]:
    return {k: v for k, v in search_item(product).items() if k not in ("isJxhy", "isOnePsale")}


def _sku_info(sku: Sku) -> dict[str, Any]:
    return {
        "amountOnSale": sku["stock"],
        "price": sku["price"],
        "skuId": sku["sku_id"],
        "specId": sku["spec_id"],
        "skuAttributes": [
            {
                "attributeName": a["name"],
                "attributeNameTrans": a["name_en"],
                "value": a["value"],
                "valueTrans": a["value_en"],
            }
            for a in sku["attributes"]
        ],
    }


def product_detail(product: Product) -> dict[str, Any]:
    return {
        "offerId": product["key"],
        "categoryId": product["category_id"],
        "categoryName": product["category_name"],
        "subject": product["subject"],
        "subjectTrans": product["subject_en"],
        "description": f"<p>{product['subject']}</p>",
        "productImage": {"images": [product["image_url"]]},
        "productSkuInfos": [_sku_info(sku) for sku in product["skus"]],
        "productSaleInfo": {
            "amountOnSale": sum(s["stock"] for s in product["skus"]),
            "quoteType": 1,
            "priceRangeList": [{"startQuantity": 1, "price": product["skus"][0]["price"]}],
        },
        "productShippingInfo": {"sendGoodsAddressText": "浙江省 金华市", "weight": 0.5},
        "sellerOpenId": product["seller_open_id"],
        "minOrderQuantity": product["min_order_quantity"],
        "status": "published",
        "tagInfoList": [{"key": "isOnePsale", "value": True}],
    }


def cart_item(line: CartLine, product: Product, sku: Sku) -> dict[str, Any]:
    return {
        "id": line["id"],
        "offerMapId": product["key"],
        "specId": sku["spec_id"],
        "skuId": str(sku["sku_id"]),
        "itemTitle": product["subject"],
        "itemPic": product["image_url"],
        "price": float(sku["price"]),
        "quantity": line["quantity"],
        "amountOnSale": sku["stock"],
        "properties": " ".join(a["value"] for a in sku["attributes"]),
    }


def _logistics_items(order: Order) -> list[dict[str, Any]]:
    logistics = order["logistics"]
    if not logistics:
        return []
    return [
        {
            "logisticsCode": logistics["bill_no"],
            "logisticsCompanyNo": logistics["company_no"],
            "logisticsCompanyName": logistics["company_name"],
            "logisticsBillNo": logistics["bill_no"],
            "deliveredTime": order["shipped"],
            "status": "alreadysend",
            "type": "0",
        }
    ]


def buyer_view(order: Order) -> dict[str, Any]:
    """The 1688 buyer-view order (AlibabaBuyerViewOrder)."""
    address = order["address"]
    return {
        "baseInfo": {
            "id": order["id"],
            "idOfStr": str(order["id"]),
            "status": order["status"],
            "businessType": "cb",
            "buyerID": BUYER,
            "sellerID": order["seller_open_id"],
            "sellerLoginId": order["seller_nick"],
            "createTime": order["created"],
            "modifyTime": order["modified"],
            "payTime": order["paid"],
            "allDeliveredTime": order["shipped"],
            "receivingTime": order["received"],
            "totalAmount": yuan(order["goods_fen"] + order["carriage_fen"]),
            "sumProductPayment": yuan(order["goods_fen"]),
            "shippingFee": yuan(order["carriage_fen"]),
            "currency": "CNY",
            "tradeType": "50060",
            "refundStatus": order["refund_status"],
            "refundId": order["refund_ids"][-1] if order["refund_ids"] else None,
            "closeReason": order["close_reason"],
            "remark": order["message"],
            "overSeaOrder": True,
        },
        "productItems": [
            {
                "name": item["name"],
                "price": yuan(item["unit_fen"]),
                "itemAmount": yuan(item["unit_fen"] * item["quantity"]),
                "quantity": item["quantity"],
                "productID": item["offer_id"],
                "skuID": item["sku_id"],
                "specId": item["spec_id"],
                "subItemID": item["sub_item_id"],
                "subItemIDString": str(item["sub_item_id"]),
                "productImgUrl": [item["image"]],
                "status": order["status"],
                "unit": "件",
            }
            for item in order["items"]
        ],
        "nativeLogistics": {
            "contactPerson": address.get("fullName"),
            "mobile": address.get("mobile"),
            "telephone": address.get("phone"),
            "province": address.get("provinceText"),
            "city": address.get("cityText"),
            "area": address.get("areaText"),
            "town": address.get("townText"),
            "address": address.get("address"),
            "zip": address.get("postCode"),
            "areaCode": address.get("districtCode"),
            "logisticsItems": _logistics_items(order),
        },
    }


def created(order: Order) -> dict[str, Any]:
    """What createAlibabaOrder answers for one order."""
    return {
        **buyer_view(order),
        "orderId": str(order["id"]),
        "totalSuccessAmount": order["goods_fen"] + order["carriage_fen"],
        "postFee": order["carriage_fen"],
        "success": True,
    }


def status_message(order: Order) -> dict[str, Any]:
    """messageBody of a 1688 order-status message: the order plus the upstream event fields."""
    return {
        **buyer_view(order),
        "orderId": order["id"],
        "currentStatus": order["status"],
        "msgSendTime": now_text(),
        "buyerMemberId": BUYER,
        "sellerMemberId": order["seller_open_id"],
    }


def logistics_trace(order: Order) -> dict[str, Any]:
    logistics = order["logistics"]
    traces = []
    if logistics:
        traces.append(
            {
                "logisticsId": f"LP{order['id']}",
                "orderId": order["id"],
                "logisticsBillNo": logistics["bill_no"],
                "logisticsSteps": [{"acceptTime": t, "remark": r} for t, r in logistics["steps"]],
            }
        )
    return {"logisticsTrace": traces, "success": True}


def refund_message(refund: Refund, action: str) -> dict[str, Any]:
    return {
        "refundId": refund["refund_id"],
        "orderId": refund["order_id"],
        "currentStatus": refund["status"],
        "refundAction": action,
        "operator": "buyer",
        "msgSendTime": now_text(),
        "buyerMemberId": BUYER,
    }


def refund_detail(refund: Refund) -> dict[str, Any]:
    company = next((c for c in COMPANIES if c[0] == refund["logistics_company_no"]), None)
    return {
        "refundId": refund["refund_id"],
        "orderId": refund["order_id"],
        "status": refund["status"],
        "disputeRequest": refund["dispute_request"],
        "goodsStatus": refund["goods_status"],
        "applyPayment": refund["apply_payment"],
        "applyCarriage": refund["apply_carriage"],
        "applyReasonId": refund["reason_id"],
        "applyReason": refund["reason"],
        "freightBill": refund["freight_bill"],
        "buyerLogisticsName": company[1] if company else None,
        "buyerSendGoods": refund["freight_bill"] is not None,
        "gmtCreate": refund["created"],
        "gmtModified": refund["modified"],
        "refundOperationList": [
            {
                "refundId": refund["refund_id"],
                "operateRemark": action,
                "beforeOperateStatus": before,
                "afterOperateStatus": after,
                "gmtCreate": when,
            }
            for action, before, after, when in refund["operations"]
        ],
    }


# -- the dashboard's rows ----------------------------------------------------------------------


def admin_order(order: Order) -> dict[str, Any]:
    return {
        "platform": "1688",
        "orderId": str(order["id"]),
        "status": order["status"],
        "created": order["created"],
        "modified": order["modified"],
        "total": f"{yuan(order['goods_fen'] + order['carriage_fen']):.2f}",
        "items": [f"{i['name']} x{i['quantity']}" for i in order["items"]],
        "refundIds": order["refund_ids"],
        "history": order["history"],
    }


def admin_refund(refund: Refund) -> dict[str, Any]:
    return {
        "platform": "1688",
        "refundId": refund["refund_id"],
        "orderId": str(refund["order_id"]),
        "status": refund["status"],
        "amount": f"{yuan(refund['apply_payment'] + refund['apply_carriage']):.2f}",
        "modified": refund["modified"],
        "history": [[when, after, action] for action, _, after, when in refund["operations"]],
    }


def admin_product(product: Product) -> dict[str, Any]:
    return {
        "platform": "1688",
        "productId": product["key"],
        "number": str(product["offer_id"]),
        "title": product["subject"],
        "price": product["skus"][0]["price"],
        "stock": sum(s["stock"] for s in product["skus"]),
    }
