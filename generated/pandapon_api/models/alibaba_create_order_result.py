from __future__ import annotations

from collections.abc import Iterator, Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, model_to_json, set_fields_repr, to_jsonable

T = TypeVar("T", bound="AlibabaCreateOrderResult")


@_attrs_define
class AlibabaCreateOrderResult:
    """What creating one 1688 order returns. Not documented: assumed to be the created 1688 buyer-view order (as each item
    of the batch call), possibly with upstream 1688's create-result fields (order id, totals, failed lines).

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
            order_id (int | None | str | Unset): Id of the created order (upstream; empty when several orders were created).
            total_success_amount (float | None | Unset): Order total (fen upstream; PandaPon does not state the unit).
            post_fee (float | None | Unset): Freight (fen upstream; PandaPon does not state the unit).
            success (bool | None | Unset): Whether the order was created.
            code (None | str | Unset): Error code when creation failed.
            message (None | str | Unset): Error message when creation failed.
            failed_offer_list (list[AlibabaCreateOrderFailedOffer] | None | Unset): Lines that could not be ordered.
            order_list (list[AlibabaCreateOrderResultOrderListType0Item] | None | Unset): Per-order results when upstream
                split the lines into several orders.
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
    total_success_amount: float | None | Unset = UNSET
    post_fee: float | None | Unset = UNSET
    success: bool | None | Unset = UNSET
    code: None | str | Unset = UNSET
    message: None | str | Unset = UNSET
    failed_offer_list: list[AlibabaCreateOrderFailedOffer] | None | Unset = UNSET
    order_list: list[AlibabaCreateOrderResultOrderListType0Item] | None | Unset = UNSET
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

        total_success_amount: float | None | Unset
        if isinstance(self.total_success_amount, Unset):
            total_success_amount = UNSET
        else:
            total_success_amount = self.total_success_amount

        post_fee: float | None | Unset
        if isinstance(self.post_fee, Unset):
            post_fee = UNSET
        else:
            post_fee = self.post_fee

        success: bool | None | Unset
        if isinstance(self.success, Unset):
            success = UNSET
        else:
            success = self.success

        code: None | str | Unset
        if isinstance(self.code, Unset):
            code = UNSET
        else:
            code = self.code

        message: None | str | Unset
        if isinstance(self.message, Unset):
            message = UNSET
        else:
            message = self.message

        failed_offer_list: list[dict[str, Any]] | None | Unset
        if isinstance(self.failed_offer_list, Unset):
            failed_offer_list = UNSET
        elif isinstance(self.failed_offer_list, list):
            failed_offer_list = []
            for failed_offer_list_type_0_item_data in self.failed_offer_list:
                failed_offer_list_type_0_item = to_jsonable(
                    failed_offer_list_type_0_item_data
                )
                failed_offer_list.append(failed_offer_list_type_0_item)

        else:
            failed_offer_list = self.failed_offer_list

        order_list: list[dict[str, Any]] | None | Unset
        if isinstance(self.order_list, Unset):
            order_list = UNSET
        elif isinstance(self.order_list, list):
            order_list = []
            for order_list_type_0_item_data in self.order_list:
                order_list_type_0_item = to_jsonable(order_list_type_0_item_data)
                order_list.append(order_list_type_0_item)

        else:
            order_list = self.order_list

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
        if total_success_amount is not UNSET:
            field_dict["totalSuccessAmount"] = total_success_amount
        if post_fee is not UNSET:
            field_dict["postFee"] = post_fee
        if success is not UNSET:
            field_dict["success"] = success
        if code is not UNSET:
            field_dict["code"] = code
        if message is not UNSET:
            field_dict["message"] = message
        if failed_offer_list is not UNSET:
            field_dict["failedOfferList"] = failed_offer_list
        if order_list is not UNSET:
            field_dict["orderList"] = order_list

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

        total_success_amount: float | None | Unset = d.pop("totalSuccessAmount", UNSET)

        post_fee: float | None | Unset = d.pop("postFee", UNSET)

        success: bool | None | Unset = d.pop("success", UNSET)

        code: None | str | Unset = d.pop("code", UNSET)

        message: None | str | Unset = d.pop("message", UNSET)

        def _parse_failed_offer_list(
            data: object,
        ) -> list[AlibabaCreateOrderFailedOffer] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                failed_offer_list_type_0 = []
                _failed_offer_list_type_0 = data
                for failed_offer_list_type_0_item_data in _failed_offer_list_type_0:
                    failed_offer_list_type_0_item = (
                        AlibabaCreateOrderFailedOffer.from_dict(
                            failed_offer_list_type_0_item_data
                        )
                    )

                    failed_offer_list_type_0.append(failed_offer_list_type_0_item)

                return failed_offer_list_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[AlibabaCreateOrderFailedOffer] | None | Unset, data)

        failed_offer_list = _parse_failed_offer_list(d.pop("failedOfferList", UNSET))

        def _parse_order_list(
            data: object,
        ) -> list[AlibabaCreateOrderResultOrderListType0Item] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                order_list_type_0 = []
                _order_list_type_0 = data
                for order_list_type_0_item_data in _order_list_type_0:
                    order_list_type_0_item = (
                        AlibabaCreateOrderResultOrderListType0Item.from_dict(
                            order_list_type_0_item_data
                        )
                    )

                    order_list_type_0.append(order_list_type_0_item)

                return order_list_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(
                list[AlibabaCreateOrderResultOrderListType0Item] | None | Unset, data
            )

        order_list = _parse_order_list(d.pop("orderList", UNSET))

        alibaba_create_order_result = cls(
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
            total_success_amount=total_success_amount,
            post_fee=post_fee,
            success=success,
            code=code,
            message=message,
            failed_offer_list=failed_offer_list,
            order_list=order_list,
        )

        alibaba_create_order_result.additional_properties = d
        return alibaba_create_order_result

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
from ..models.alibaba_create_order_failed_offer import AlibabaCreateOrderFailedOffer
from ..models.alibaba_create_order_result_order_list_type_0_item import (
    AlibabaCreateOrderResultOrderListType0Item,
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
