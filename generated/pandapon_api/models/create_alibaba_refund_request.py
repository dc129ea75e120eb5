from __future__ import annotations

from collections.abc import Iterator, Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, model_to_json, set_fields_repr, to_jsonable

T = TypeVar("T", bound="CreateAlibabaRefundRequest")


@_attrs_define
class CreateAlibabaRefundRequest:
    """
    Attributes:
        order_id (int): 1688 (main) order id.
        dispute_request (str): Kind of request. Upstream values: refund (refund only) and returnRefund (return and
            refund, only after the goods were received).
        apply_payment (int): Refund amount requested for the goods (fen upstream; PandaPon does not state the unit).
        apply_carriage (int): Freight refund requested (fen upstream; PandaPon does not state the unit).
        apply_reason_id (int): Reason id from `listAlibabaRefundReasons`.
        description (str): The buyer's explanation (upstream allows 2 to 150 characters).
        goods_status (str): Status of the goods when applying. Upstream values: refundWaitSellerSend,
            refundWaitBuyerReceive, refundBuyerReceived (in-sale), aftersaleBuyerNotReceived, aftersaleBuyerReceived (after-
            sale).
        order_entry_ids (list[int] | Unset): Ids of the order lines to refund.
        vouchers (list[str] | None | Unset): Voucher image paths ("image domain/relative path") from
            `uploadAlibabaRefundVoucher` (upstream accepts 1 to 5).
        order_entry_count_list (list[OrderEntryCount] | None | Unset): Quantity to refund per order line.
    """

    order_id: int
    dispute_request: str
    apply_payment: int
    apply_carriage: int
    apply_reason_id: int
    description: str
    goods_status: str
    order_entry_ids: list[int] | Unset = UNSET
    vouchers: list[str] | None | Unset = UNSET
    order_entry_count_list: list[OrderEntryCount] | None | Unset = UNSET
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
        order_id = self.order_id

        dispute_request = self.dispute_request

        apply_payment = self.apply_payment

        apply_carriage = self.apply_carriage

        apply_reason_id = self.apply_reason_id

        description = self.description

        goods_status = self.goods_status

        order_entry_ids: list[int] | Unset = UNSET
        if not isinstance(self.order_entry_ids, Unset):
            order_entry_ids = self.order_entry_ids

        vouchers: list[str] | None | Unset
        if isinstance(self.vouchers, Unset):
            vouchers = UNSET
        elif isinstance(self.vouchers, list):
            vouchers = self.vouchers

        else:
            vouchers = self.vouchers

        order_entry_count_list: list[dict[str, Any]] | None | Unset
        if isinstance(self.order_entry_count_list, Unset):
            order_entry_count_list = UNSET
        elif isinstance(self.order_entry_count_list, list):
            order_entry_count_list = []
            for order_entry_count_list_type_0_item_data in self.order_entry_count_list:
                order_entry_count_list_type_0_item = to_jsonable(
                    order_entry_count_list_type_0_item_data
                )
                order_entry_count_list.append(order_entry_count_list_type_0_item)

        else:
            order_entry_count_list = self.order_entry_count_list

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "orderId": order_id,
                "disputeRequest": dispute_request,
                "applyPayment": apply_payment,
                "applyCarriage": apply_carriage,
                "applyReasonId": apply_reason_id,
                "description": description,
                "goodsStatus": goods_status,
            }
        )
        if order_entry_ids is not UNSET:
            field_dict["orderEntryIds"] = order_entry_ids
        if vouchers is not UNSET:
            field_dict["vouchers"] = vouchers
        if order_entry_count_list is not UNSET:
            field_dict["orderEntryCountList"] = order_entry_count_list

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
        order_id = d.pop("orderId")

        dispute_request = d.pop("disputeRequest")

        apply_payment = d.pop("applyPayment")

        apply_carriage = d.pop("applyCarriage")

        apply_reason_id = d.pop("applyReasonId")

        description = d.pop("description")

        goods_status = d.pop("goodsStatus")

        order_entry_ids = cast(list[int], d.pop("orderEntryIds", UNSET))

        def _parse_vouchers(data: object) -> list[str] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                vouchers_type_0 = cast(list[str], data)

                return vouchers_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[str] | None | Unset, data)

        vouchers = _parse_vouchers(d.pop("vouchers", UNSET))

        def _parse_order_entry_count_list(
            data: object,
        ) -> list[OrderEntryCount] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                order_entry_count_list_type_0 = []
                _order_entry_count_list_type_0 = data
                for (
                    order_entry_count_list_type_0_item_data
                ) in _order_entry_count_list_type_0:
                    order_entry_count_list_type_0_item = OrderEntryCount.from_dict(
                        order_entry_count_list_type_0_item_data
                    )

                    order_entry_count_list_type_0.append(
                        order_entry_count_list_type_0_item
                    )

                return order_entry_count_list_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[OrderEntryCount] | None | Unset, data)

        order_entry_count_list = _parse_order_entry_count_list(
            d.pop("orderEntryCountList", UNSET)
        )

        create_alibaba_refund_request = cls(
            order_id=order_id,
            dispute_request=dispute_request,
            apply_payment=apply_payment,
            apply_carriage=apply_carriage,
            apply_reason_id=apply_reason_id,
            description=description,
            goods_status=goods_status,
            order_entry_ids=order_entry_ids,
            vouchers=vouchers,
            order_entry_count_list=order_entry_count_list,
        )

        create_alibaba_refund_request.additional_properties = d
        return create_alibaba_refund_request

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
from ..models.order_entry_count import OrderEntryCount
