from __future__ import annotations

from collections.abc import Iterator, Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, model_to_json, set_fields_repr, to_jsonable

T = TypeVar("T", bound="TaobaoSubOrder")


@_attrs_define
class TaobaoSubOrder:
    """One line (sub-order) of a Taobao purchase order. Not seen on PandaPon's order pages: the fields are the camelCase of
    the upstream query's sub-purchase-orders (the twin platform calls its model SubOrderDetailVO2) and of the create
    response's order lines. PandaPon's price-change message carries the same sub-order model with snake_case keys
    (`purchase_order_outer_id`, `close_time_without_payment`, ...), so a payload here may use either spelling; unknown
    keys are kept.

        Attributes:
            sub_purchase_order_id (int | None | str | Unset): Taobao purchase sub-order id; the key of
                `getTaobaoOrderLogistics`.
            purchase_order_outer_id (None | str | Unset): Taobao main order number.
            purchase_order_line_outer_id (None | str | Unset): Taobao sub-order number.
            status (int | None | str | Unset): Line status (same values as the order status upstream).
            item_id (int | None | str | Unset): Distribution product id (mpId) of the line.
            sku_id (int | None | str | Unset): Distribution SKU id of the line.
            title (None | str | Unset): Product title.
            quantity (int | None | str | Unset): Quantity.
            order_line_no (None | str | Unset): The developer's line number given at creation.
            supplier_nick (None | str | Unset): Supplier (seller) nickname.
            estimate_amount (int | None | Unset): Estimated line amount returned by creation; unit not stated.
            estimate_currency (None | str | Unset): Currency of the estimated amount.
            purchase_amount (int | None | Unset): Line purchase amount; unit not stated.
            purchase_currency (None | str | Unset): Currency of the purchase amount.
            pay_amount (int | None | Unset): Line amount paid; unit not stated.
            pay_currency (None | str | Unset): Currency of the amount paid.
            product_amount (int | None | str | Unset): Line goods amount; unit not stated.
            domestic_post_fee (int | None | Unset): Domestic postage of the line; unit not stated.
            hongbao_deduction_amount (int | None | str | Unset): Red-packet deduction; unit not stated (a string upstream).
            pay_time (int | None | str | Unset): Payment time.
            close_reason (None | str | Unset): Why the line was closed.
            close_time_without_payment (int | None | str | Unset): When the line closes if it stays unpaid.
            error_code (None | str | Unset): Error code of a failed line.
            error_message (None | str | Unset): Error message of a failed line.
            detail_error_code (None | str | Unset): Detailed error code of a failed line.
            alipay_pay_order_no (None | str | Unset): Alipay payment order number.
            order_remark_v2 (None | str | Unset): Line remark.
            can_confirm_receipt (bool | None | Unset): Whether receipt can be confirmed now.
            item_commission_rate (None | str | Unset): Commission rate of the item.
            refund_id (int | None | str | Unset): Refund (reverse order) id, when one exists.
            refund_status (int | None | Unset): Refund status: 0 none, 10 requested (awaiting seller), 20 seller agreed
                (awaiting return), 30 returned (awaiting seller receipt), 100 refunded, -10 seller refused, -20 closed (twin
                RefundStatusEnum and upstream; not confirmed for PandaPon).
            logistic_orders (list[TaobaoSubOrderParcel] | None | Unset): Domestic parcels of the line.
            international_logistic_orders (list[TaobaoSubOrderParcel] | None | Unset): International parcels of the line.
            sku_info (None | TaobaoSubOrderSkuInfo | Unset): SKU attributes and image.
            option_fields (None | TaobaoSubOrderOptionFieldsType0 | Unset): Extra fields (SKU image, supplier nick, shop
                name and id, texts in en/zh upstream).
            logistic_company_name (None | str | Unset): Carrier of the first parcel (deprecated upstream; see
                `logisticOrders`).
            logistic_number (None | str | Unset): Waybill number of the first parcel (deprecated upstream).
            rts_time (int | None | str | Unset): Shipping time (deprecated upstream).
    """

    sub_purchase_order_id: int | None | str | Unset = UNSET
    purchase_order_outer_id: None | str | Unset = UNSET
    purchase_order_line_outer_id: None | str | Unset = UNSET
    status: int | None | str | Unset = UNSET
    item_id: int | None | str | Unset = UNSET
    sku_id: int | None | str | Unset = UNSET
    title: None | str | Unset = UNSET
    quantity: int | None | str | Unset = UNSET
    order_line_no: None | str | Unset = UNSET
    supplier_nick: None | str | Unset = UNSET
    estimate_amount: int | None | Unset = UNSET
    estimate_currency: None | str | Unset = UNSET
    purchase_amount: int | None | Unset = UNSET
    purchase_currency: None | str | Unset = UNSET
    pay_amount: int | None | Unset = UNSET
    pay_currency: None | str | Unset = UNSET
    product_amount: int | None | str | Unset = UNSET
    domestic_post_fee: int | None | Unset = UNSET
    hongbao_deduction_amount: int | None | str | Unset = UNSET
    pay_time: int | None | str | Unset = UNSET
    close_reason: None | str | Unset = UNSET
    close_time_without_payment: int | None | str | Unset = UNSET
    error_code: None | str | Unset = UNSET
    error_message: None | str | Unset = UNSET
    detail_error_code: None | str | Unset = UNSET
    alipay_pay_order_no: None | str | Unset = UNSET
    order_remark_v2: None | str | Unset = UNSET
    can_confirm_receipt: bool | None | Unset = UNSET
    item_commission_rate: None | str | Unset = UNSET
    refund_id: int | None | str | Unset = UNSET
    refund_status: int | None | Unset = UNSET
    logistic_orders: list[TaobaoSubOrderParcel] | None | Unset = UNSET
    international_logistic_orders: list[TaobaoSubOrderParcel] | None | Unset = UNSET
    sku_info: None | TaobaoSubOrderSkuInfo | Unset = UNSET
    option_fields: None | TaobaoSubOrderOptionFieldsType0 | Unset = UNSET
    logistic_company_name: None | str | Unset = UNSET
    logistic_number: None | str | Unset = UNSET
    rts_time: int | None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    #: The request id of the answer this model came from, where the SDK returned it (None on
    #: a model made otherwise); the same as the error's ``request_id`` when a call fails.
    _request_id: str | None = _attrs_field(
        default=None, init=False, repr=False, eq=False
    )

    def __repr__(self) -> str:
        return set_fields_repr(self)

    def to_json(self, *, indent: int | None = None) -> str:
        """The model as JSON text, with the API's field names (``to_dict()``, serialised)."""
        return model_to_json(self, indent)

    def __iter__(self) -> Iterator[tuple[str, Any]]:
        """``dict(model)`` is ``model.to_dict()``: what FastAPI's ``jsonable_encoder`` and
        other encoders of plain objects fall back on."""
        return iter(self.to_dict().items())

    def to_dict(self) -> dict[str, Any]:
        sub_purchase_order_id: int | None | str | Unset
        if isinstance(self.sub_purchase_order_id, Unset):
            sub_purchase_order_id = UNSET
        else:
            sub_purchase_order_id = self.sub_purchase_order_id

        purchase_order_outer_id: None | str | Unset
        if isinstance(self.purchase_order_outer_id, Unset):
            purchase_order_outer_id = UNSET
        else:
            purchase_order_outer_id = self.purchase_order_outer_id

        purchase_order_line_outer_id: None | str | Unset
        if isinstance(self.purchase_order_line_outer_id, Unset):
            purchase_order_line_outer_id = UNSET
        else:
            purchase_order_line_outer_id = self.purchase_order_line_outer_id

        status: int | None | str | Unset
        if isinstance(self.status, Unset):
            status = UNSET
        else:
            status = self.status

        item_id: int | None | str | Unset
        if isinstance(self.item_id, Unset):
            item_id = UNSET
        else:
            item_id = self.item_id

        sku_id: int | None | str | Unset
        if isinstance(self.sku_id, Unset):
            sku_id = UNSET
        else:
            sku_id = self.sku_id

        title: None | str | Unset
        if isinstance(self.title, Unset):
            title = UNSET
        else:
            title = self.title

        quantity: int | None | str | Unset
        if isinstance(self.quantity, Unset):
            quantity = UNSET
        else:
            quantity = self.quantity

        order_line_no: None | str | Unset
        if isinstance(self.order_line_no, Unset):
            order_line_no = UNSET
        else:
            order_line_no = self.order_line_no

        supplier_nick: None | str | Unset
        if isinstance(self.supplier_nick, Unset):
            supplier_nick = UNSET
        else:
            supplier_nick = self.supplier_nick

        estimate_amount: int | None | Unset
        if isinstance(self.estimate_amount, Unset):
            estimate_amount = UNSET
        else:
            estimate_amount = self.estimate_amount

        estimate_currency: None | str | Unset
        if isinstance(self.estimate_currency, Unset):
            estimate_currency = UNSET
        else:
            estimate_currency = self.estimate_currency

        purchase_amount: int | None | Unset
        if isinstance(self.purchase_amount, Unset):
            purchase_amount = UNSET
        else:
            purchase_amount = self.purchase_amount

        purchase_currency: None | str | Unset
        if isinstance(self.purchase_currency, Unset):
            purchase_currency = UNSET
        else:
            purchase_currency = self.purchase_currency

        pay_amount: int | None | Unset
        if isinstance(self.pay_amount, Unset):
            pay_amount = UNSET
        else:
            pay_amount = self.pay_amount

        pay_currency: None | str | Unset
        if isinstance(self.pay_currency, Unset):
            pay_currency = UNSET
        else:
            pay_currency = self.pay_currency

        product_amount: int | None | str | Unset
        if isinstance(self.product_amount, Unset):
            product_amount = UNSET
        else:
            product_amount = self.product_amount

        domestic_post_fee: int | None | Unset
        if isinstance(self.domestic_post_fee, Unset):
            domestic_post_fee = UNSET
        else:
            domestic_post_fee = self.domestic_post_fee

        hongbao_deduction_amount: int | None | str | Unset
        if isinstance(self.hongbao_deduction_amount, Unset):
            hongbao_deduction_amount = UNSET
        else:
            hongbao_deduction_amount = self.hongbao_deduction_amount

        pay_time: int | None | str | Unset
        if isinstance(self.pay_time, Unset):
            pay_time = UNSET
        else:
            pay_time = self.pay_time

        close_reason: None | str | Unset
        if isinstance(self.close_reason, Unset):
            close_reason = UNSET
        else:
            close_reason = self.close_reason

        close_time_without_payment: int | None | str | Unset
        if isinstance(self.close_time_without_payment, Unset):
            close_time_without_payment = UNSET
        else:
            close_time_without_payment = self.close_time_without_payment

        error_code: None | str | Unset
        if isinstance(self.error_code, Unset):
            error_code = UNSET
        else:
            error_code = self.error_code

        error_message: None | str | Unset
        if isinstance(self.error_message, Unset):
            error_message = UNSET
        else:
            error_message = self.error_message

        detail_error_code: None | str | Unset
        if isinstance(self.detail_error_code, Unset):
            detail_error_code = UNSET
        else:
            detail_error_code = self.detail_error_code

        alipay_pay_order_no: None | str | Unset
        if isinstance(self.alipay_pay_order_no, Unset):
            alipay_pay_order_no = UNSET
        else:
            alipay_pay_order_no = self.alipay_pay_order_no

        order_remark_v2: None | str | Unset
        if isinstance(self.order_remark_v2, Unset):
            order_remark_v2 = UNSET
        else:
            order_remark_v2 = self.order_remark_v2

        can_confirm_receipt: bool | None | Unset
        if isinstance(self.can_confirm_receipt, Unset):
            can_confirm_receipt = UNSET
        else:
            can_confirm_receipt = self.can_confirm_receipt

        item_commission_rate: None | str | Unset
        if isinstance(self.item_commission_rate, Unset):
            item_commission_rate = UNSET
        else:
            item_commission_rate = self.item_commission_rate

        refund_id: int | None | str | Unset
        if isinstance(self.refund_id, Unset):
            refund_id = UNSET
        else:
            refund_id = self.refund_id

        refund_status: int | None | Unset
        if isinstance(self.refund_status, Unset):
            refund_status = UNSET
        else:
            refund_status = self.refund_status

        logistic_orders: list[dict[str, Any]] | None | Unset
        if isinstance(self.logistic_orders, Unset):
            logistic_orders = UNSET
        elif isinstance(self.logistic_orders, list):
            logistic_orders = []
            for logistic_orders_type_0_item_data in self.logistic_orders:
                logistic_orders_type_0_item = to_jsonable(
                    logistic_orders_type_0_item_data
                )
                logistic_orders.append(logistic_orders_type_0_item)

        else:
            logistic_orders = self.logistic_orders

        international_logistic_orders: list[dict[str, Any]] | None | Unset
        if isinstance(self.international_logistic_orders, Unset):
            international_logistic_orders = UNSET
        elif isinstance(self.international_logistic_orders, list):
            international_logistic_orders = []
            for (
                international_logistic_orders_type_0_item_data
            ) in self.international_logistic_orders:
                international_logistic_orders_type_0_item = to_jsonable(
                    international_logistic_orders_type_0_item_data
                )
                international_logistic_orders.append(
                    international_logistic_orders_type_0_item
                )

        else:
            international_logistic_orders = self.international_logistic_orders

        sku_info: dict[str, Any] | None | Unset
        if isinstance(self.sku_info, Unset):
            sku_info = UNSET
        elif isinstance(self.sku_info, TaobaoSubOrderSkuInfo):
            sku_info = to_jsonable(self.sku_info)
        else:
            sku_info = self.sku_info

        option_fields: dict[str, Any] | None | Unset
        if isinstance(self.option_fields, Unset):
            option_fields = UNSET
        elif isinstance(self.option_fields, TaobaoSubOrderOptionFieldsType0):
            option_fields = to_jsonable(self.option_fields)
        else:
            option_fields = self.option_fields

        logistic_company_name: None | str | Unset
        if isinstance(self.logistic_company_name, Unset):
            logistic_company_name = UNSET
        else:
            logistic_company_name = self.logistic_company_name

        logistic_number: None | str | Unset
        if isinstance(self.logistic_number, Unset):
            logistic_number = UNSET
        else:
            logistic_number = self.logistic_number

        rts_time: int | None | str | Unset
        if isinstance(self.rts_time, Unset):
            rts_time = UNSET
        else:
            rts_time = self.rts_time

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if sub_purchase_order_id is not UNSET:
            field_dict["subPurchaseOrderId"] = sub_purchase_order_id
        if purchase_order_outer_id is not UNSET:
            field_dict["purchaseOrderOuterId"] = purchase_order_outer_id
        if purchase_order_line_outer_id is not UNSET:
            field_dict["purchaseOrderLineOuterId"] = purchase_order_line_outer_id
        if status is not UNSET:
            field_dict["status"] = status
        if item_id is not UNSET:
            field_dict["itemId"] = item_id
        if sku_id is not UNSET:
            field_dict["skuId"] = sku_id
        if title is not UNSET:
            field_dict["title"] = title
        if quantity is not UNSET:
            field_dict["quantity"] = quantity
        if order_line_no is not UNSET:
            field_dict["orderLineNo"] = order_line_no
        if supplier_nick is not UNSET:
            field_dict["supplierNick"] = supplier_nick
        if estimate_amount is not UNSET:
            field_dict["estimateAmount"] = estimate_amount
        if estimate_currency is not UNSET:
            field_dict["estimateCurrency"] = estimate_currency
        if purchase_amount is not UNSET:
            field_dict["purchaseAmount"] = purchase_amount
        if purchase_currency is not UNSET:
            field_dict["purchaseCurrency"] = purchase_currency
        if pay_amount is not UNSET:
            field_dict["payAmount"] = pay_amount
        if pay_currency is not UNSET:
            field_dict["payCurrency"] = pay_currency
        if product_amount is not UNSET:
            field_dict["productAmount"] = product_amount
        if domestic_post_fee is not UNSET:
            field_dict["domesticPostFee"] = domestic_post_fee
        if hongbao_deduction_amount is not UNSET:
            field_dict["hongbaoDeductionAmount"] = hongbao_deduction_amount
        if pay_time is not UNSET:
            field_dict["payTime"] = pay_time
        if close_reason is not UNSET:
            field_dict["closeReason"] = close_reason
        if close_time_without_payment is not UNSET:
            field_dict["closeTimeWithoutPayment"] = close_time_without_payment
        if error_code is not UNSET:
            field_dict["errorCode"] = error_code
        if error_message is not UNSET:
            field_dict["errorMessage"] = error_message
        if detail_error_code is not UNSET:
            field_dict["detailErrorCode"] = detail_error_code
        if alipay_pay_order_no is not UNSET:
            field_dict["alipayPayOrderNo"] = alipay_pay_order_no
        if order_remark_v2 is not UNSET:
            field_dict["orderRemarkV2"] = order_remark_v2
        if can_confirm_receipt is not UNSET:
            field_dict["canConfirmReceipt"] = can_confirm_receipt
        if item_commission_rate is not UNSET:
            field_dict["itemCommissionRate"] = item_commission_rate
        if refund_id is not UNSET:
            field_dict["refundId"] = refund_id
        if refund_status is not UNSET:
            field_dict["refundStatus"] = refund_status
        if logistic_orders is not UNSET:
            field_dict["logisticOrders"] = logistic_orders
        if international_logistic_orders is not UNSET:
            field_dict["internationalLogisticOrders"] = international_logistic_orders
        if sku_info is not UNSET:
            field_dict["skuInfo"] = sku_info
        if option_fields is not UNSET:
            field_dict["optionFields"] = option_fields
        if logistic_company_name is not UNSET:
            field_dict["logisticCompanyName"] = logistic_company_name
        if logistic_number is not UNSET:
            field_dict["logisticNumber"] = logistic_number
        if rts_time is not UNSET:
            field_dict["rtsTime"] = rts_time

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if not isinstance(
            src_dict, Mapping
        ):  # dict() would make pairs of a list's items
            raise TypeError(
                f"{cls.__name__} is a JSON object, not a {type(src_dict).__name__}"
            )
        d = dict(src_dict)
        sub_purchase_order_id: int | None | str | Unset = d.pop(
            "subPurchaseOrderId", UNSET
        )

        purchase_order_outer_id: None | str | Unset = d.pop(
            "purchaseOrderOuterId", UNSET
        )

        purchase_order_line_outer_id: None | str | Unset = d.pop(
            "purchaseOrderLineOuterId", UNSET
        )

        status: int | None | str | Unset = d.pop("status", UNSET)

        item_id: int | None | str | Unset = d.pop("itemId", UNSET)

        sku_id: int | None | str | Unset = d.pop("skuId", UNSET)

        title: None | str | Unset = d.pop("title", UNSET)

        quantity: int | None | str | Unset = d.pop("quantity", UNSET)

        order_line_no: None | str | Unset = d.pop("orderLineNo", UNSET)

        supplier_nick: None | str | Unset = d.pop("supplierNick", UNSET)

        estimate_amount: int | None | Unset = d.pop("estimateAmount", UNSET)

        estimate_currency: None | str | Unset = d.pop("estimateCurrency", UNSET)

        purchase_amount: int | None | Unset = d.pop("purchaseAmount", UNSET)

        purchase_currency: None | str | Unset = d.pop("purchaseCurrency", UNSET)

        pay_amount: int | None | Unset = d.pop("payAmount", UNSET)

        pay_currency: None | str | Unset = d.pop("payCurrency", UNSET)

        product_amount: int | None | str | Unset = d.pop("productAmount", UNSET)

        domestic_post_fee: int | None | Unset = d.pop("domesticPostFee", UNSET)

        hongbao_deduction_amount: int | None | str | Unset = d.pop(
            "hongbaoDeductionAmount", UNSET
        )

        pay_time: int | None | str | Unset = d.pop("payTime", UNSET)

        close_reason: None | str | Unset = d.pop("closeReason", UNSET)

        close_time_without_payment: int | None | str | Unset = d.pop(
            "closeTimeWithoutPayment", UNSET
        )

        error_code: None | str | Unset = d.pop("errorCode", UNSET)

        error_message: None | str | Unset = d.pop("errorMessage", UNSET)

        detail_error_code: None | str | Unset = d.pop("detailErrorCode", UNSET)

        alipay_pay_order_no: None | str | Unset = d.pop("alipayPayOrderNo", UNSET)

        order_remark_v2: None | str | Unset = d.pop("orderRemarkV2", UNSET)

        can_confirm_receipt: bool | None | Unset = d.pop("canConfirmReceipt", UNSET)

        item_commission_rate: None | str | Unset = d.pop("itemCommissionRate", UNSET)

        refund_id: int | None | str | Unset = d.pop("refundId", UNSET)

        refund_status: int | None | Unset = d.pop("refundStatus", UNSET)

        def _parse_logistic_orders(
            data: object,
        ) -> list[TaobaoSubOrderParcel] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                logistic_orders_type_0 = []
                _logistic_orders_type_0 = data
                for logistic_orders_type_0_item_data in _logistic_orders_type_0:
                    logistic_orders_type_0_item = TaobaoSubOrderParcel.from_dict(
                        logistic_orders_type_0_item_data
                    )

                    logistic_orders_type_0.append(logistic_orders_type_0_item)

                return logistic_orders_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[TaobaoSubOrderParcel] | None | Unset, data)

        logistic_orders = _parse_logistic_orders(d.pop("logisticOrders", UNSET))

        def _parse_international_logistic_orders(
            data: object,
        ) -> list[TaobaoSubOrderParcel] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                international_logistic_orders_type_0 = []
                _international_logistic_orders_type_0 = data
                for (
                    international_logistic_orders_type_0_item_data
                ) in _international_logistic_orders_type_0:
                    international_logistic_orders_type_0_item = (
                        TaobaoSubOrderParcel.from_dict(
                            international_logistic_orders_type_0_item_data
                        )
                    )

                    international_logistic_orders_type_0.append(
                        international_logistic_orders_type_0_item
                    )

                return international_logistic_orders_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[TaobaoSubOrderParcel] | None | Unset, data)

        international_logistic_orders = _parse_international_logistic_orders(
            d.pop("internationalLogisticOrders", UNSET)
        )

        def _parse_sku_info(data: object) -> None | TaobaoSubOrderSkuInfo | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                sku_info_type_0 = TaobaoSubOrderSkuInfo.from_dict(data)

                return sku_info_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | TaobaoSubOrderSkuInfo | Unset, data)

        sku_info = _parse_sku_info(d.pop("skuInfo", UNSET))

        def _parse_option_fields(
            data: object,
        ) -> None | TaobaoSubOrderOptionFieldsType0 | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                option_fields_type_0 = TaobaoSubOrderOptionFieldsType0.from_dict(data)

                return option_fields_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | TaobaoSubOrderOptionFieldsType0 | Unset, data)

        option_fields = _parse_option_fields(d.pop("optionFields", UNSET))

        logistic_company_name: None | str | Unset = d.pop("logisticCompanyName", UNSET)

        logistic_number: None | str | Unset = d.pop("logisticNumber", UNSET)

        rts_time: int | None | str | Unset = d.pop("rtsTime", UNSET)

        taobao_sub_order = cls(
            sub_purchase_order_id=sub_purchase_order_id,
            purchase_order_outer_id=purchase_order_outer_id,
            purchase_order_line_outer_id=purchase_order_line_outer_id,
            status=status,
            item_id=item_id,
            sku_id=sku_id,
            title=title,
            quantity=quantity,
            order_line_no=order_line_no,
            supplier_nick=supplier_nick,
            estimate_amount=estimate_amount,
            estimate_currency=estimate_currency,
            purchase_amount=purchase_amount,
            purchase_currency=purchase_currency,
            pay_amount=pay_amount,
            pay_currency=pay_currency,
            product_amount=product_amount,
            domestic_post_fee=domestic_post_fee,
            hongbao_deduction_amount=hongbao_deduction_amount,
            pay_time=pay_time,
            close_reason=close_reason,
            close_time_without_payment=close_time_without_payment,
            error_code=error_code,
            error_message=error_message,
            detail_error_code=detail_error_code,
            alipay_pay_order_no=alipay_pay_order_no,
            order_remark_v2=order_remark_v2,
            can_confirm_receipt=can_confirm_receipt,
            item_commission_rate=item_commission_rate,
            refund_id=refund_id,
            refund_status=refund_status,
            logistic_orders=logistic_orders,
            international_logistic_orders=international_logistic_orders,
            sku_info=sku_info,
            option_fields=option_fields,
            logistic_company_name=logistic_company_name,
            logistic_number=logistic_number,
            rts_time=rts_time,
        )

        taobao_sub_order.additional_properties = d
        return taobao_sub_order

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties


# After the class: a model that refers back to this one finds it defined.
from ..models.taobao_sub_order_option_fields_type_0 import (
    TaobaoSubOrderOptionFieldsType0,
)
from ..models.taobao_sub_order_parcel import TaobaoSubOrderParcel
from ..models.taobao_sub_order_sku_info import TaobaoSubOrderSkuInfo
