from __future__ import annotations

from collections.abc import Iterator, Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, model_to_json, set_fields_repr, to_jsonable

T = TypeVar("T", bound="TaobaoOrderPriceModifySubOrder")


@_attrs_define
class TaobaoOrderPriceModifySubOrder:
    """One sub-order, with snake_case keys. The first eight fields were seen (with mock values); the rest follow the
    upstream Taobao Global purchase-order query's sub_purchase_orders, which these keys match, and are marked inferred.
    Where the upstream type differs from the doc example's (numbers vs strings) both are accepted. Upstream amounts are
    in fen and times in epoch ms; PandaPon does not state either.

        Attributes:
            purchase_order_outer_id (None | str | Unset): Taobao main order number.
            purchase_order_line_outer_id (None | str | Unset): Taobao sub-order number.
            close_time_without_payment (int | None | str | Unset): When the order closes if unpaid. "yyyy-MM-dd HH:mm:ss" in
                the doc example; epoch ms upstream.
            detail_error_code (None | str | Unset): Detailed error code.
            product_amount (int | None | str | Unset): Goods amount (a string in the doc example, an integer upstream; unit
                not stated).
            logistic_company_name (None | str | Unset): Domestic carrier name.
            logistic_number (None | str | Unset): Domestic waybill number.
            quantity (int | None | Unset): Quantity.
            sub_purchase_order_id (int | None | str | Unset): Purchase sub-order id (the key of the logistics-details call).
            status (None | str | Unset): Sub-order status.
            item_id (int | None | str | Unset): Product (distribution) id.
            sku_id (int | None | str | Unset): SKU id.
            title (None | str | Unset): Product title.
            purchase_amount (int | None | str | Unset): Purchase amount.
            purchase_currency (None | str | Unset): Currency of the purchase amount.
            pay_amount (int | None | str | Unset): Amount paid.
            pay_currency (None | str | Unset): Currency of the amount paid.
            domestic_post_fee (int | None | str | Unset): Domestic postage.
            pay_time (int | None | str | Unset): Payment time.
            close_reason (None | str | Unset): Why the sub-order was closed.
            error_code (None | str | Unset): Error code.
            error_message (None | str | Unset): Error message.
            alipay_pay_order_no (None | str | Unset): Alipay payment number.
            refund_id (int | None | str | Unset): Reverse (refund) order id, if any.
            refund_status (int | None | Unset): Refund status (upstream codes as in `getTaobaoRefund`).
            rts_time (int | None | str | Unset): Time the goods were handed to the carrier.
            logistic_orders (list[TaobaoOrderMessageParcel] | None | Unset): Domestic parcels.
    """

    purchase_order_outer_id: None | str | Unset = UNSET
    purchase_order_line_outer_id: None | str | Unset = UNSET
    close_time_without_payment: int | None | str | Unset = UNSET
    detail_error_code: None | str | Unset = UNSET
    product_amount: int | None | str | Unset = UNSET
    logistic_company_name: None | str | Unset = UNSET
    logistic_number: None | str | Unset = UNSET
    quantity: int | None | Unset = UNSET
    sub_purchase_order_id: int | None | str | Unset = UNSET
    status: None | str | Unset = UNSET
    item_id: int | None | str | Unset = UNSET
    sku_id: int | None | str | Unset = UNSET
    title: None | str | Unset = UNSET
    purchase_amount: int | None | str | Unset = UNSET
    purchase_currency: None | str | Unset = UNSET
    pay_amount: int | None | str | Unset = UNSET
    pay_currency: None | str | Unset = UNSET
    domestic_post_fee: int | None | str | Unset = UNSET
    pay_time: int | None | str | Unset = UNSET
    close_reason: None | str | Unset = UNSET
    error_code: None | str | Unset = UNSET
    error_message: None | str | Unset = UNSET
    alipay_pay_order_no: None | str | Unset = UNSET
    refund_id: int | None | str | Unset = UNSET
    refund_status: int | None | Unset = UNSET
    rts_time: int | None | str | Unset = UNSET
    logistic_orders: list[TaobaoOrderMessageParcel] | None | Unset = UNSET
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

        close_time_without_payment: int | None | str | Unset
        if isinstance(self.close_time_without_payment, Unset):
            close_time_without_payment = UNSET
        else:
            close_time_without_payment = self.close_time_without_payment

        detail_error_code: None | str | Unset
        if isinstance(self.detail_error_code, Unset):
            detail_error_code = UNSET
        else:
            detail_error_code = self.detail_error_code

        product_amount: int | None | str | Unset
        if isinstance(self.product_amount, Unset):
            product_amount = UNSET
        else:
            product_amount = self.product_amount

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

        quantity: int | None | Unset
        if isinstance(self.quantity, Unset):
            quantity = UNSET
        else:
            quantity = self.quantity

        sub_purchase_order_id: int | None | str | Unset
        if isinstance(self.sub_purchase_order_id, Unset):
            sub_purchase_order_id = UNSET
        else:
            sub_purchase_order_id = self.sub_purchase_order_id

        status: None | str | Unset
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

        purchase_amount: int | None | str | Unset
        if isinstance(self.purchase_amount, Unset):
            purchase_amount = UNSET
        else:
            purchase_amount = self.purchase_amount

        purchase_currency: None | str | Unset
        if isinstance(self.purchase_currency, Unset):
            purchase_currency = UNSET
        else:
            purchase_currency = self.purchase_currency

        pay_amount: int | None | str | Unset
        if isinstance(self.pay_amount, Unset):
            pay_amount = UNSET
        else:
            pay_amount = self.pay_amount

        pay_currency: None | str | Unset
        if isinstance(self.pay_currency, Unset):
            pay_currency = UNSET
        else:
            pay_currency = self.pay_currency

        domestic_post_fee: int | None | str | Unset
        if isinstance(self.domestic_post_fee, Unset):
            domestic_post_fee = UNSET
        else:
            domestic_post_fee = self.domestic_post_fee

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

        alipay_pay_order_no: None | str | Unset
        if isinstance(self.alipay_pay_order_no, Unset):
            alipay_pay_order_no = UNSET
        else:
            alipay_pay_order_no = self.alipay_pay_order_no

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

        rts_time: int | None | str | Unset
        if isinstance(self.rts_time, Unset):
            rts_time = UNSET
        else:
            rts_time = self.rts_time

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

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if purchase_order_outer_id is not UNSET:
            field_dict["purchase_order_outer_id"] = purchase_order_outer_id
        if purchase_order_line_outer_id is not UNSET:
            field_dict["purchase_order_line_outer_id"] = purchase_order_line_outer_id
        if close_time_without_payment is not UNSET:
            field_dict["close_time_without_payment"] = close_time_without_payment
        if detail_error_code is not UNSET:
            field_dict["detail_error_code"] = detail_error_code
        if product_amount is not UNSET:
            field_dict["product_amount"] = product_amount
        if logistic_company_name is not UNSET:
            field_dict["logistic_company_name"] = logistic_company_name
        if logistic_number is not UNSET:
            field_dict["logistic_number"] = logistic_number
        if quantity is not UNSET:
            field_dict["quantity"] = quantity
        if sub_purchase_order_id is not UNSET:
            field_dict["sub_purchase_order_id"] = sub_purchase_order_id
        if status is not UNSET:
            field_dict["status"] = status
        if item_id is not UNSET:
            field_dict["item_id"] = item_id
        if sku_id is not UNSET:
            field_dict["sku_id"] = sku_id
        if title is not UNSET:
            field_dict["title"] = title
        if purchase_amount is not UNSET:
            field_dict["purchase_amount"] = purchase_amount
        if purchase_currency is not UNSET:
            field_dict["purchase_currency"] = purchase_currency
        if pay_amount is not UNSET:
            field_dict["pay_amount"] = pay_amount
        if pay_currency is not UNSET:
            field_dict["pay_currency"] = pay_currency
        if domestic_post_fee is not UNSET:
            field_dict["domestic_post_fee"] = domestic_post_fee
        if pay_time is not UNSET:
            field_dict["pay_time"] = pay_time
        if close_reason is not UNSET:
            field_dict["close_reason"] = close_reason
        if error_code is not UNSET:
            field_dict["error_code"] = error_code
        if error_message is not UNSET:
            field_dict["error_message"] = error_message
        if alipay_pay_order_no is not UNSET:
            field_dict["alipay_pay_order_no"] = alipay_pay_order_no
        if refund_id is not UNSET:
            field_dict["refund_id"] = refund_id
        if refund_status is not UNSET:
            field_dict["refund_status"] = refund_status
        if rts_time is not UNSET:
            field_dict["rts_time"] = rts_time
        if logistic_orders is not UNSET:
            field_dict["logistic_orders"] = logistic_orders

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
        purchase_order_outer_id: None | str | Unset = d.pop(
            "purchase_order_outer_id", UNSET
        )

        purchase_order_line_outer_id: None | str | Unset = d.pop(
            "purchase_order_line_outer_id", UNSET
        )

        close_time_without_payment: int | None | str | Unset = d.pop(
            "close_time_without_payment", UNSET
        )

        detail_error_code: None | str | Unset = d.pop("detail_error_code", UNSET)

        product_amount: int | None | str | Unset = d.pop("product_amount", UNSET)

        logistic_company_name: None | str | Unset = d.pop(
            "logistic_company_name", UNSET
        )

        logistic_number: None | str | Unset = d.pop("logistic_number", UNSET)

        quantity: int | None | Unset = d.pop("quantity", UNSET)

        sub_purchase_order_id: int | None | str | Unset = d.pop(
            "sub_purchase_order_id", UNSET
        )

        status: None | str | Unset = d.pop("status", UNSET)

        item_id: int | None | str | Unset = d.pop("item_id", UNSET)

        sku_id: int | None | str | Unset = d.pop("sku_id", UNSET)

        title: None | str | Unset = d.pop("title", UNSET)

        purchase_amount: int | None | str | Unset = d.pop("purchase_amount", UNSET)

        purchase_currency: None | str | Unset = d.pop("purchase_currency", UNSET)

        pay_amount: int | None | str | Unset = d.pop("pay_amount", UNSET)

        pay_currency: None | str | Unset = d.pop("pay_currency", UNSET)

        domestic_post_fee: int | None | str | Unset = d.pop("domestic_post_fee", UNSET)

        pay_time: int | None | str | Unset = d.pop("pay_time", UNSET)

        close_reason: None | str | Unset = d.pop("close_reason", UNSET)

        error_code: None | str | Unset = d.pop("error_code", UNSET)

        error_message: None | str | Unset = d.pop("error_message", UNSET)

        alipay_pay_order_no: None | str | Unset = d.pop("alipay_pay_order_no", UNSET)

        refund_id: int | None | str | Unset = d.pop("refund_id", UNSET)

        refund_status: int | None | Unset = d.pop("refund_status", UNSET)

        rts_time: int | None | str | Unset = d.pop("rts_time", UNSET)

        def _parse_logistic_orders(
            data: object,
        ) -> list[TaobaoOrderMessageParcel] | None | Unset:
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
                    logistic_orders_type_0_item = TaobaoOrderMessageParcel.from_dict(
                        logistic_orders_type_0_item_data
                    )

                    logistic_orders_type_0.append(logistic_orders_type_0_item)

                return logistic_orders_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[TaobaoOrderMessageParcel] | None | Unset, data)

        logistic_orders = _parse_logistic_orders(d.pop("logistic_orders", UNSET))

        taobao_order_price_modify_sub_order = cls(
            purchase_order_outer_id=purchase_order_outer_id,
            purchase_order_line_outer_id=purchase_order_line_outer_id,
            close_time_without_payment=close_time_without_payment,
            detail_error_code=detail_error_code,
            product_amount=product_amount,
            logistic_company_name=logistic_company_name,
            logistic_number=logistic_number,
            quantity=quantity,
            sub_purchase_order_id=sub_purchase_order_id,
            status=status,
            item_id=item_id,
            sku_id=sku_id,
            title=title,
            purchase_amount=purchase_amount,
            purchase_currency=purchase_currency,
            pay_amount=pay_amount,
            pay_currency=pay_currency,
            domestic_post_fee=domestic_post_fee,
            pay_time=pay_time,
            close_reason=close_reason,
            error_code=error_code,
            error_message=error_message,
            alipay_pay_order_no=alipay_pay_order_no,
            refund_id=refund_id,
            refund_status=refund_status,
            rts_time=rts_time,
            logistic_orders=logistic_orders,
        )

        taobao_order_price_modify_sub_order.additional_properties = d
        return taobao_order_price_modify_sub_order

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
from ..models.taobao_order_message_parcel import TaobaoOrderMessageParcel
