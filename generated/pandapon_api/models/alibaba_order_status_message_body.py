from __future__ import annotations

from collections.abc import Iterator, Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, model_to_json, set_fields_repr, to_jsonable

T = TypeVar("T", bound="AlibabaOrderStatusMessageBody")


@_attrs_define
class AlibabaOrderStatusMessageBody:
    """Body of a 1688 order-status message (not documented). Since the price message carries the whole buyer-view order,
    that model is included; the fields of the upstream 1688 status topics and of the twin platform's order messages are
    listed too. Every field is optional.

        Attributes:
            base_info (AlibabaOrderBaseInfo | None | Unset): Order base information (ids, status, amounts, parties, times).
            product_items (list[AlibabaOrderProductItem] | None | Unset): Order lines (35 fields each on the PandaPon page).
            native_logistics (AlibabaOrderNativeLogistics | None | Unset): Domestic (China) shipping address and waybills.
            international_logistics (AlibabaBuyerViewOrderInternationalLogisticsType0 | None | Unset): International
                logistics information (fields not shown).
            guarantees_terms (AlibabaOrderGuaranteesTerms | None | Unset): Guarantee terms of the order.
            trade_terms (list[AlibabaOrderTradeTerm] | None | Unset): Payment terms and their status (10 fields each on the
                PandaPon page).
            ext_attributes (list[AlibabaOrderExtAttribute] | None | Unset): Order extension attributes (3 fields each on the
                PandaPon page).
            order_rate_info (AlibabaOrderRateInfo | None | Unset): Rating information.
            order_invoice_info (AlibabaOrderInvoiceInfo | None | Unset): Invoice information.
            customs (AlibabaOrderCustoms | None | Unset): Cross-border customs declaration.
            overseas_extra_address (AlibabaOrderOverseasExtraAddress | None | Unset): Cross-border address extras (channel,
                shipping company, country).
            order_biz_info (AlibabaOrderBizInfo | None | Unset): Business information (credit order, account period, pre-
                order).
            quote_list (list[AlibabaBuyerViewOrderQuoteListType0Item] | None | Unset): Procurement quotes (upstream; fields
                not known).
            from_encrypt_order (bool | None | Unset): Whether the order came from an encrypted downstream order (upstream).
            order_id (int | None | str | Unset): 1688 order id (a number upstream, a 19-digit string on the twin).
            current_status (None | str | Unset): Order status after the change (upstream), e.g. waitbuyerpay,
                waitsellersend, cancel.
            msg_send_time (None | str | Unset): When 1688 sent the message, "yyyy-MM-dd HH:mm:ss" (upstream).
            buyer_member_id (None | str | Unset): Buyer member id (upstream).
            seller_member_id (None | str | Unset): Seller member id (upstream).
            order_no (None | str | Unset): Platform order number (twin).
            order_status (None | str | Unset): Order status in the twin's words, e.g. WAITING_FOR_PAYMENT, WAITING_FOR_SENT,
                CANCEL.
            pay_status (int | None | Unset): Payment status on the twin (1 unpaid, 2 paid, by its examples).
            total_amount (float | None | Unset): Order total (twin; integers that look like fen, unit not stated).
            shipping_fee (float | None | Unset): Freight (twin; unit not stated).
            product_amount (float | None | Unset): Goods total (twin; unit not stated).
            refund_amount (float | None | Unset): Amount refunded (twin; unit not stated).
            refund_status (int | None | str | Unset): Refund status (twin; null in its examples).
            close_reason (None | str | Unset): Why the order was closed (twin example "buyer_cancel").
            tb_create_time (None | str | Unset): When the order was created upstream (twin).
            pay_time (None | str | Unset): When the order was paid (twin).
    """

    base_info: AlibabaOrderBaseInfo | None | Unset = UNSET
    product_items: list[AlibabaOrderProductItem] | None | Unset = UNSET
    native_logistics: AlibabaOrderNativeLogistics | None | Unset = UNSET
    international_logistics: (
        AlibabaBuyerViewOrderInternationalLogisticsType0 | None | Unset
    ) = UNSET
    guarantees_terms: AlibabaOrderGuaranteesTerms | None | Unset = UNSET
    trade_terms: list[AlibabaOrderTradeTerm] | None | Unset = UNSET
    ext_attributes: list[AlibabaOrderExtAttribute] | None | Unset = UNSET
    order_rate_info: AlibabaOrderRateInfo | None | Unset = UNSET
    order_invoice_info: AlibabaOrderInvoiceInfo | None | Unset = UNSET
    customs: AlibabaOrderCustoms | None | Unset = UNSET
    overseas_extra_address: AlibabaOrderOverseasExtraAddress | None | Unset = UNSET
    order_biz_info: AlibabaOrderBizInfo | None | Unset = UNSET
    quote_list: list[AlibabaBuyerViewOrderQuoteListType0Item] | None | Unset = UNSET
    from_encrypt_order: bool | None | Unset = UNSET
    order_id: int | None | str | Unset = UNSET
    current_status: None | str | Unset = UNSET
    msg_send_time: None | str | Unset = UNSET
    buyer_member_id: None | str | Unset = UNSET
    seller_member_id: None | str | Unset = UNSET
    order_no: None | str | Unset = UNSET
    order_status: None | str | Unset = UNSET
    pay_status: int | None | Unset = UNSET
    total_amount: float | None | Unset = UNSET
    shipping_fee: float | None | Unset = UNSET
    product_amount: float | None | Unset = UNSET
    refund_amount: float | None | Unset = UNSET
    refund_status: int | None | str | Unset = UNSET
    close_reason: None | str | Unset = UNSET
    tb_create_time: None | str | Unset = UNSET
    pay_time: None | str | Unset = UNSET
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
        base_info: dict[str, Any] | None | Unset
        if isinstance(self.base_info, Unset):
            base_info = UNSET
        elif isinstance(self.base_info, AlibabaOrderBaseInfo):
            base_info = to_jsonable(self.base_info)
        else:
            base_info = self.base_info

        product_items: list[dict[str, Any]] | None | Unset
        if isinstance(self.product_items, Unset):
            product_items = UNSET
        elif isinstance(self.product_items, list):
            product_items = []
            for product_items_type_0_item_data in self.product_items:
                product_items_type_0_item = to_jsonable(product_items_type_0_item_data)
                product_items.append(product_items_type_0_item)

        else:
            product_items = self.product_items

        native_logistics: dict[str, Any] | None | Unset
        if isinstance(self.native_logistics, Unset):
            native_logistics = UNSET
        elif isinstance(self.native_logistics, AlibabaOrderNativeLogistics):
            native_logistics = to_jsonable(self.native_logistics)
        else:
            native_logistics = self.native_logistics

        international_logistics: dict[str, Any] | None | Unset
        if isinstance(self.international_logistics, Unset):
            international_logistics = UNSET
        elif isinstance(
            self.international_logistics,
            AlibabaBuyerViewOrderInternationalLogisticsType0,
        ):
            international_logistics = to_jsonable(self.international_logistics)
        else:
            international_logistics = self.international_logistics

        guarantees_terms: dict[str, Any] | None | Unset
        if isinstance(self.guarantees_terms, Unset):
            guarantees_terms = UNSET
        elif isinstance(self.guarantees_terms, AlibabaOrderGuaranteesTerms):
            guarantees_terms = to_jsonable(self.guarantees_terms)
        else:
            guarantees_terms = self.guarantees_terms

        trade_terms: list[dict[str, Any]] | None | Unset
        if isinstance(self.trade_terms, Unset):
            trade_terms = UNSET
        elif isinstance(self.trade_terms, list):
            trade_terms = []
            for trade_terms_type_0_item_data in self.trade_terms:
                trade_terms_type_0_item = to_jsonable(trade_terms_type_0_item_data)
                trade_terms.append(trade_terms_type_0_item)

        else:
            trade_terms = self.trade_terms

        ext_attributes: list[dict[str, Any]] | None | Unset
        if isinstance(self.ext_attributes, Unset):
            ext_attributes = UNSET
        elif isinstance(self.ext_attributes, list):
            ext_attributes = []
            for ext_attributes_type_0_item_data in self.ext_attributes:
                ext_attributes_type_0_item = to_jsonable(
                    ext_attributes_type_0_item_data
                )
                ext_attributes.append(ext_attributes_type_0_item)

        else:
            ext_attributes = self.ext_attributes

        order_rate_info: dict[str, Any] | None | Unset
        if isinstance(self.order_rate_info, Unset):
            order_rate_info = UNSET
        elif isinstance(self.order_rate_info, AlibabaOrderRateInfo):
            order_rate_info = to_jsonable(self.order_rate_info)
        else:
            order_rate_info = self.order_rate_info

        order_invoice_info: dict[str, Any] | None | Unset
        if isinstance(self.order_invoice_info, Unset):
            order_invoice_info = UNSET
        elif isinstance(self.order_invoice_info, AlibabaOrderInvoiceInfo):
            order_invoice_info = to_jsonable(self.order_invoice_info)
        else:
            order_invoice_info = self.order_invoice_info

        customs: dict[str, Any] | None | Unset
        if isinstance(self.customs, Unset):
            customs = UNSET
        elif isinstance(self.customs, AlibabaOrderCustoms):
            customs = to_jsonable(self.customs)
        else:
            customs = self.customs

        overseas_extra_address: dict[str, Any] | None | Unset
        if isinstance(self.overseas_extra_address, Unset):
            overseas_extra_address = UNSET
        elif isinstance(self.overseas_extra_address, AlibabaOrderOverseasExtraAddress):
            overseas_extra_address = to_jsonable(self.overseas_extra_address)
        else:
            overseas_extra_address = self.overseas_extra_address

        order_biz_info: dict[str, Any] | None | Unset
        if isinstance(self.order_biz_info, Unset):
            order_biz_info = UNSET
        elif isinstance(self.order_biz_info, AlibabaOrderBizInfo):
            order_biz_info = to_jsonable(self.order_biz_info)
        else:
            order_biz_info = self.order_biz_info

        quote_list: list[dict[str, Any]] | None | Unset
        if isinstance(self.quote_list, Unset):
            quote_list = UNSET
        elif isinstance(self.quote_list, list):
            quote_list = []
            for quote_list_type_0_item_data in self.quote_list:
                quote_list_type_0_item = to_jsonable(quote_list_type_0_item_data)
                quote_list.append(quote_list_type_0_item)

        else:
            quote_list = self.quote_list

        from_encrypt_order: bool | None | Unset
        if isinstance(self.from_encrypt_order, Unset):
            from_encrypt_order = UNSET
        else:
            from_encrypt_order = self.from_encrypt_order

        order_id: int | None | str | Unset
        if isinstance(self.order_id, Unset):
            order_id = UNSET
        else:
            order_id = self.order_id

        current_status: None | str | Unset
        if isinstance(self.current_status, Unset):
            current_status = UNSET
        else:
            current_status = self.current_status

        msg_send_time: None | str | Unset
        if isinstance(self.msg_send_time, Unset):
            msg_send_time = UNSET
        else:
            msg_send_time = self.msg_send_time

        buyer_member_id: None | str | Unset
        if isinstance(self.buyer_member_id, Unset):
            buyer_member_id = UNSET
        else:
            buyer_member_id = self.buyer_member_id

        seller_member_id: None | str | Unset
        if isinstance(self.seller_member_id, Unset):
            seller_member_id = UNSET
        else:
            seller_member_id = self.seller_member_id

        order_no: None | str | Unset
        if isinstance(self.order_no, Unset):
            order_no = UNSET
        else:
            order_no = self.order_no

        order_status: None | str | Unset
        if isinstance(self.order_status, Unset):
            order_status = UNSET
        else:
            order_status = self.order_status

        pay_status: int | None | Unset
        if isinstance(self.pay_status, Unset):
            pay_status = UNSET
        else:
            pay_status = self.pay_status

        total_amount: float | None | Unset
        if isinstance(self.total_amount, Unset):
            total_amount = UNSET
        else:
            total_amount = self.total_amount

        shipping_fee: float | None | Unset
        if isinstance(self.shipping_fee, Unset):
            shipping_fee = UNSET
        else:
            shipping_fee = self.shipping_fee

        product_amount: float | None | Unset
        if isinstance(self.product_amount, Unset):
            product_amount = UNSET
        else:
            product_amount = self.product_amount

        refund_amount: float | None | Unset
        if isinstance(self.refund_amount, Unset):
            refund_amount = UNSET
        else:
            refund_amount = self.refund_amount

        refund_status: int | None | str | Unset
        if isinstance(self.refund_status, Unset):
            refund_status = UNSET
        else:
            refund_status = self.refund_status

        close_reason: None | str | Unset
        if isinstance(self.close_reason, Unset):
            close_reason = UNSET
        else:
            close_reason = self.close_reason

        tb_create_time: None | str | Unset
        if isinstance(self.tb_create_time, Unset):
            tb_create_time = UNSET
        else:
            tb_create_time = self.tb_create_time

        pay_time: None | str | Unset
        if isinstance(self.pay_time, Unset):
            pay_time = UNSET
        else:
            pay_time = self.pay_time

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if base_info is not UNSET:
            field_dict["baseInfo"] = base_info
        if product_items is not UNSET:
            field_dict["productItems"] = product_items
        if native_logistics is not UNSET:
            field_dict["nativeLogistics"] = native_logistics
        if international_logistics is not UNSET:
            field_dict["internationalLogistics"] = international_logistics
        if guarantees_terms is not UNSET:
            field_dict["guaranteesTerms"] = guarantees_terms
        if trade_terms is not UNSET:
            field_dict["tradeTerms"] = trade_terms
        if ext_attributes is not UNSET:
            field_dict["extAttributes"] = ext_attributes
        if order_rate_info is not UNSET:
            field_dict["orderRateInfo"] = order_rate_info
        if order_invoice_info is not UNSET:
            field_dict["orderInvoiceInfo"] = order_invoice_info
        if customs is not UNSET:
            field_dict["customs"] = customs
        if overseas_extra_address is not UNSET:
            field_dict["overseasExtraAddress"] = overseas_extra_address
        if order_biz_info is not UNSET:
            field_dict["orderBizInfo"] = order_biz_info
        if quote_list is not UNSET:
            field_dict["quoteList"] = quote_list
        if from_encrypt_order is not UNSET:
            field_dict["fromEncryptOrder"] = from_encrypt_order
        if order_id is not UNSET:
            field_dict["orderId"] = order_id
        if current_status is not UNSET:
            field_dict["currentStatus"] = current_status
        if msg_send_time is not UNSET:
            field_dict["msgSendTime"] = msg_send_time
        if buyer_member_id is not UNSET:
            field_dict["buyerMemberId"] = buyer_member_id
        if seller_member_id is not UNSET:
            field_dict["sellerMemberId"] = seller_member_id
        if order_no is not UNSET:
            field_dict["orderNo"] = order_no
        if order_status is not UNSET:
            field_dict["orderStatus"] = order_status
        if pay_status is not UNSET:
            field_dict["payStatus"] = pay_status
        if total_amount is not UNSET:
            field_dict["totalAmount"] = total_amount
        if shipping_fee is not UNSET:
            field_dict["shippingFee"] = shipping_fee
        if product_amount is not UNSET:
            field_dict["productAmount"] = product_amount
        if refund_amount is not UNSET:
            field_dict["refundAmount"] = refund_amount
        if refund_status is not UNSET:
            field_dict["refundStatus"] = refund_status
        if close_reason is not UNSET:
            field_dict["closeReason"] = close_reason
        if tb_create_time is not UNSET:
            field_dict["tbCreateTime"] = tb_create_time
        if pay_time is not UNSET:
            field_dict["payTime"] = pay_time

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

        def _parse_base_info(data: object) -> AlibabaOrderBaseInfo | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                base_info_type_0 = AlibabaOrderBaseInfo.from_dict(data)

                return base_info_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(AlibabaOrderBaseInfo | None | Unset, data)

        base_info = _parse_base_info(d.pop("baseInfo", UNSET))

        def _parse_product_items(
            data: object,
        ) -> list[AlibabaOrderProductItem] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                product_items_type_0 = []
                _product_items_type_0 = data
                for product_items_type_0_item_data in _product_items_type_0:
                    product_items_type_0_item = AlibabaOrderProductItem.from_dict(
                        product_items_type_0_item_data
                    )

                    product_items_type_0.append(product_items_type_0_item)

                return product_items_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[AlibabaOrderProductItem] | None | Unset, data)

        product_items = _parse_product_items(d.pop("productItems", UNSET))

        def _parse_native_logistics(
            data: object,
        ) -> AlibabaOrderNativeLogistics | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                native_logistics_type_0 = AlibabaOrderNativeLogistics.from_dict(data)

                return native_logistics_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(AlibabaOrderNativeLogistics | None | Unset, data)

        native_logistics = _parse_native_logistics(d.pop("nativeLogistics", UNSET))

        def _parse_international_logistics(
            data: object,
        ) -> AlibabaBuyerViewOrderInternationalLogisticsType0 | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                international_logistics_type_0 = (
                    AlibabaBuyerViewOrderInternationalLogisticsType0.from_dict(data)
                )

                return international_logistics_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(
                AlibabaBuyerViewOrderInternationalLogisticsType0 | None | Unset, data
            )

        international_logistics = _parse_international_logistics(
            d.pop("internationalLogistics", UNSET)
        )

        def _parse_guarantees_terms(
            data: object,
        ) -> AlibabaOrderGuaranteesTerms | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                guarantees_terms_type_0 = AlibabaOrderGuaranteesTerms.from_dict(data)

                return guarantees_terms_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(AlibabaOrderGuaranteesTerms | None | Unset, data)

        guarantees_terms = _parse_guarantees_terms(d.pop("guaranteesTerms", UNSET))

        def _parse_trade_terms(
            data: object,
        ) -> list[AlibabaOrderTradeTerm] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                trade_terms_type_0 = []
                _trade_terms_type_0 = data
                for trade_terms_type_0_item_data in _trade_terms_type_0:
                    trade_terms_type_0_item = AlibabaOrderTradeTerm.from_dict(
                        trade_terms_type_0_item_data
                    )

                    trade_terms_type_0.append(trade_terms_type_0_item)

                return trade_terms_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[AlibabaOrderTradeTerm] | None | Unset, data)

        trade_terms = _parse_trade_terms(d.pop("tradeTerms", UNSET))

        def _parse_ext_attributes(
            data: object,
        ) -> list[AlibabaOrderExtAttribute] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                ext_attributes_type_0 = []
                _ext_attributes_type_0 = data
                for ext_attributes_type_0_item_data in _ext_attributes_type_0:
                    ext_attributes_type_0_item = AlibabaOrderExtAttribute.from_dict(
                        ext_attributes_type_0_item_data
                    )

                    ext_attributes_type_0.append(ext_attributes_type_0_item)

                return ext_attributes_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[AlibabaOrderExtAttribute] | None | Unset, data)

        ext_attributes = _parse_ext_attributes(d.pop("extAttributes", UNSET))

        def _parse_order_rate_info(data: object) -> AlibabaOrderRateInfo | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                order_rate_info_type_0 = AlibabaOrderRateInfo.from_dict(data)

                return order_rate_info_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(AlibabaOrderRateInfo | None | Unset, data)

        order_rate_info = _parse_order_rate_info(d.pop("orderRateInfo", UNSET))

        def _parse_order_invoice_info(
            data: object,
        ) -> AlibabaOrderInvoiceInfo | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                order_invoice_info_type_0 = AlibabaOrderInvoiceInfo.from_dict(data)

                return order_invoice_info_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(AlibabaOrderInvoiceInfo | None | Unset, data)

        order_invoice_info = _parse_order_invoice_info(d.pop("orderInvoiceInfo", UNSET))

        def _parse_customs(data: object) -> AlibabaOrderCustoms | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                customs_type_0 = AlibabaOrderCustoms.from_dict(data)

                return customs_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(AlibabaOrderCustoms | None | Unset, data)

        customs = _parse_customs(d.pop("customs", UNSET))

        def _parse_overseas_extra_address(
            data: object,
        ) -> AlibabaOrderOverseasExtraAddress | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                overseas_extra_address_type_0 = (
                    AlibabaOrderOverseasExtraAddress.from_dict(data)
                )

                return overseas_extra_address_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(AlibabaOrderOverseasExtraAddress | None | Unset, data)

        overseas_extra_address = _parse_overseas_extra_address(
            d.pop("overseasExtraAddress", UNSET)
        )

        def _parse_order_biz_info(data: object) -> AlibabaOrderBizInfo | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                order_biz_info_type_0 = AlibabaOrderBizInfo.from_dict(data)

                return order_biz_info_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(AlibabaOrderBizInfo | None | Unset, data)

        order_biz_info = _parse_order_biz_info(d.pop("orderBizInfo", UNSET))

        def _parse_quote_list(
            data: object,
        ) -> list[AlibabaBuyerViewOrderQuoteListType0Item] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                quote_list_type_0 = []
                _quote_list_type_0 = data
                for quote_list_type_0_item_data in _quote_list_type_0:
                    quote_list_type_0_item = (
                        AlibabaBuyerViewOrderQuoteListType0Item.from_dict(
                            quote_list_type_0_item_data
                        )
                    )

                    quote_list_type_0.append(quote_list_type_0_item)

                return quote_list_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(
                list[AlibabaBuyerViewOrderQuoteListType0Item] | None | Unset, data
            )

        quote_list = _parse_quote_list(d.pop("quoteList", UNSET))

        from_encrypt_order: bool | None | Unset = d.pop("fromEncryptOrder", UNSET)

        order_id: int | None | str | Unset = d.pop("orderId", UNSET)

        current_status: None | str | Unset = d.pop("currentStatus", UNSET)

        msg_send_time: None | str | Unset = d.pop("msgSendTime", UNSET)

        buyer_member_id: None | str | Unset = d.pop("buyerMemberId", UNSET)

        seller_member_id: None | str | Unset = d.pop("sellerMemberId", UNSET)

        order_no: None | str | Unset = d.pop("orderNo", UNSET)

        order_status: None | str | Unset = d.pop("orderStatus", UNSET)

        pay_status: int | None | Unset = d.pop("payStatus", UNSET)

        total_amount: float | None | Unset = d.pop("totalAmount", UNSET)

        shipping_fee: float | None | Unset = d.pop("shippingFee", UNSET)

        product_amount: float | None | Unset = d.pop("productAmount", UNSET)

        refund_amount: float | None | Unset = d.pop("refundAmount", UNSET)

        refund_status: int | None | str | Unset = d.pop("refundStatus", UNSET)

        close_reason: None | str | Unset = d.pop("closeReason", UNSET)

        tb_create_time: None | str | Unset = d.pop("tbCreateTime", UNSET)

        pay_time: None | str | Unset = d.pop("payTime", UNSET)

        alibaba_order_status_message_body = cls(
            base_info=base_info,
            product_items=product_items,
            native_logistics=native_logistics,
            international_logistics=international_logistics,
            guarantees_terms=guarantees_terms,
            trade_terms=trade_terms,
            ext_attributes=ext_attributes,
            order_rate_info=order_rate_info,
            order_invoice_info=order_invoice_info,
            customs=customs,
            overseas_extra_address=overseas_extra_address,
            order_biz_info=order_biz_info,
            quote_list=quote_list,
            from_encrypt_order=from_encrypt_order,
            order_id=order_id,
            current_status=current_status,
            msg_send_time=msg_send_time,
            buyer_member_id=buyer_member_id,
            seller_member_id=seller_member_id,
            order_no=order_no,
            order_status=order_status,
            pay_status=pay_status,
            total_amount=total_amount,
            shipping_fee=shipping_fee,
            product_amount=product_amount,
            refund_amount=refund_amount,
            refund_status=refund_status,
            close_reason=close_reason,
            tb_create_time=tb_create_time,
            pay_time=pay_time,
        )

        alibaba_order_status_message_body.additional_properties = d
        return alibaba_order_status_message_body

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
from ..models.alibaba_buyer_view_order_international_logistics_type_0 import (
    AlibabaBuyerViewOrderInternationalLogisticsType0,
)
from ..models.alibaba_buyer_view_order_quote_list_type_0_item import (
    AlibabaBuyerViewOrderQuoteListType0Item,
)
from ..models.alibaba_order_base_info import AlibabaOrderBaseInfo
from ..models.alibaba_order_biz_info import AlibabaOrderBizInfo
from ..models.alibaba_order_customs import AlibabaOrderCustoms
from ..models.alibaba_order_ext_attribute import AlibabaOrderExtAttribute
from ..models.alibaba_order_guarantees_terms import AlibabaOrderGuaranteesTerms
from ..models.alibaba_order_invoice_info import AlibabaOrderInvoiceInfo
from ..models.alibaba_order_native_logistics import AlibabaOrderNativeLogistics
from ..models.alibaba_order_overseas_extra_address import (
    AlibabaOrderOverseasExtraAddress,
)
from ..models.alibaba_order_product_item import AlibabaOrderProductItem
from ..models.alibaba_order_rate_info import AlibabaOrderRateInfo
from ..models.alibaba_order_trade_term import AlibabaOrderTradeTerm
