from __future__ import annotations

from collections.abc import Iterator, Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, model_to_json, set_fields_repr

T = TypeVar("T", bound="TaobaoRefundTemplateOrder")


@_attrs_define
class TaobaoRefundTemplateOrder:
    """The `refundOrder` inside RefundOrderTemplate. Same fields as TaobaoRefundOrder, but the page types `refundStatus` as
    a string here.

        Attributes:
            goods_status (int | None | Unset): Goods status.
            refund_desc (None | str | Unset): Buyer's description.
            refund_status (None | str | Unset): Refund status (a string here, an integer in the detail schema).
            refund_type (int | None | Unset): Refund type.
            timeout_date (None | str | Unset): Deadline.
            fee_tips (None | str | Unset): Hint about the refundable amount.
            timeout_type (None | str | Unset): Which deadline is running.
            refund_id (None | str | Unset): Reverse (refund) order id.
            pay_order_id (None | str | Unset): Payment order id.
            reason_id (int | None | Unset): Refund reason id.
            can_edit_fee (bool | None | Unset): Whether the amount can be changed.
            seller_refuse_reason_describe (None | str | Unset): Seller's explanation of a refusal.
            remaining_time (None | str | Unset): Time left before the deadline.
            reason_desc (None | str | Unset): Refund reason text.
            seller_refuse_reason (None | str | Unset): Seller's refusal reason.
            refund_fee (int | None | Unset): Refund amount (unit not stated; upstream fen).
    """

    goods_status: int | None | Unset = UNSET
    refund_desc: None | str | Unset = UNSET
    refund_status: None | str | Unset = UNSET
    refund_type: int | None | Unset = UNSET
    timeout_date: None | str | Unset = UNSET
    fee_tips: None | str | Unset = UNSET
    timeout_type: None | str | Unset = UNSET
    refund_id: None | str | Unset = UNSET
    pay_order_id: None | str | Unset = UNSET
    reason_id: int | None | Unset = UNSET
    can_edit_fee: bool | None | Unset = UNSET
    seller_refuse_reason_describe: None | str | Unset = UNSET
    remaining_time: None | str | Unset = UNSET
    reason_desc: None | str | Unset = UNSET
    seller_refuse_reason: None | str | Unset = UNSET
    refund_fee: int | None | Unset = UNSET
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
        goods_status: int | None | Unset
        if isinstance(self.goods_status, Unset):
            goods_status = UNSET
        else:
            goods_status = self.goods_status

        refund_desc: None | str | Unset
        if isinstance(self.refund_desc, Unset):
            refund_desc = UNSET
        else:
            refund_desc = self.refund_desc

        refund_status: None | str | Unset
        if isinstance(self.refund_status, Unset):
            refund_status = UNSET
        else:
            refund_status = self.refund_status

        refund_type: int | None | Unset
        if isinstance(self.refund_type, Unset):
            refund_type = UNSET
        else:
            refund_type = self.refund_type

        timeout_date: None | str | Unset
        if isinstance(self.timeout_date, Unset):
            timeout_date = UNSET
        else:
            timeout_date = self.timeout_date

        fee_tips: None | str | Unset
        if isinstance(self.fee_tips, Unset):
            fee_tips = UNSET
        else:
            fee_tips = self.fee_tips

        timeout_type: None | str | Unset
        if isinstance(self.timeout_type, Unset):
            timeout_type = UNSET
        else:
            timeout_type = self.timeout_type

        refund_id: None | str | Unset
        if isinstance(self.refund_id, Unset):
            refund_id = UNSET
        else:
            refund_id = self.refund_id

        pay_order_id: None | str | Unset
        if isinstance(self.pay_order_id, Unset):
            pay_order_id = UNSET
        else:
            pay_order_id = self.pay_order_id

        reason_id: int | None | Unset
        if isinstance(self.reason_id, Unset):
            reason_id = UNSET
        else:
            reason_id = self.reason_id

        can_edit_fee: bool | None | Unset
        if isinstance(self.can_edit_fee, Unset):
            can_edit_fee = UNSET
        else:
            can_edit_fee = self.can_edit_fee

        seller_refuse_reason_describe: None | str | Unset
        if isinstance(self.seller_refuse_reason_describe, Unset):
            seller_refuse_reason_describe = UNSET
        else:
            seller_refuse_reason_describe = self.seller_refuse_reason_describe

        remaining_time: None | str | Unset
        if isinstance(self.remaining_time, Unset):
            remaining_time = UNSET
        else:
            remaining_time = self.remaining_time

        reason_desc: None | str | Unset
        if isinstance(self.reason_desc, Unset):
            reason_desc = UNSET
        else:
            reason_desc = self.reason_desc

        seller_refuse_reason: None | str | Unset
        if isinstance(self.seller_refuse_reason, Unset):
            seller_refuse_reason = UNSET
        else:
            seller_refuse_reason = self.seller_refuse_reason

        refund_fee: int | None | Unset
        if isinstance(self.refund_fee, Unset):
            refund_fee = UNSET
        else:
            refund_fee = self.refund_fee

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if goods_status is not UNSET:
            field_dict["goodsStatus"] = goods_status
        if refund_desc is not UNSET:
            field_dict["refundDesc"] = refund_desc
        if refund_status is not UNSET:
            field_dict["refundStatus"] = refund_status
        if refund_type is not UNSET:
            field_dict["refundType"] = refund_type
        if timeout_date is not UNSET:
            field_dict["timeoutDate"] = timeout_date
        if fee_tips is not UNSET:
            field_dict["feeTips"] = fee_tips
        if timeout_type is not UNSET:
            field_dict["timeoutType"] = timeout_type
        if refund_id is not UNSET:
            field_dict["refundId"] = refund_id
        if pay_order_id is not UNSET:
            field_dict["payOrderId"] = pay_order_id
        if reason_id is not UNSET:
            field_dict["reasonId"] = reason_id
        if can_edit_fee is not UNSET:
            field_dict["canEditFee"] = can_edit_fee
        if seller_refuse_reason_describe is not UNSET:
            field_dict["sellerRefuseReasonDescribe"] = seller_refuse_reason_describe
        if remaining_time is not UNSET:
            field_dict["remainingTime"] = remaining_time
        if reason_desc is not UNSET:
            field_dict["reasonDesc"] = reason_desc
        if seller_refuse_reason is not UNSET:
            field_dict["sellerRefuseReason"] = seller_refuse_reason
        if refund_fee is not UNSET:
            field_dict["refundFee"] = refund_fee

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
        goods_status: int | None | Unset = d.pop("goodsStatus", UNSET)

        refund_desc: None | str | Unset = d.pop("refundDesc", UNSET)

        refund_status: None | str | Unset = d.pop("refundStatus", UNSET)

        refund_type: int | None | Unset = d.pop("refundType", UNSET)

        timeout_date: None | str | Unset = d.pop("timeoutDate", UNSET)

        fee_tips: None | str | Unset = d.pop("feeTips", UNSET)

        timeout_type: None | str | Unset = d.pop("timeoutType", UNSET)

        refund_id: None | str | Unset = d.pop("refundId", UNSET)

        pay_order_id: None | str | Unset = d.pop("payOrderId", UNSET)

        reason_id: int | None | Unset = d.pop("reasonId", UNSET)

        can_edit_fee: bool | None | Unset = d.pop("canEditFee", UNSET)

        seller_refuse_reason_describe: None | str | Unset = d.pop(
            "sellerRefuseReasonDescribe", UNSET
        )

        remaining_time: None | str | Unset = d.pop("remainingTime", UNSET)

        reason_desc: None | str | Unset = d.pop("reasonDesc", UNSET)

        seller_refuse_reason: None | str | Unset = d.pop("sellerRefuseReason", UNSET)

        refund_fee: int | None | Unset = d.pop("refundFee", UNSET)

        taobao_refund_template_order = cls(
            goods_status=goods_status,
            refund_desc=refund_desc,
            refund_status=refund_status,
            refund_type=refund_type,
            timeout_date=timeout_date,
            fee_tips=fee_tips,
            timeout_type=timeout_type,
            refund_id=refund_id,
            pay_order_id=pay_order_id,
            reason_id=reason_id,
            can_edit_fee=can_edit_fee,
            seller_refuse_reason_describe=seller_refuse_reason_describe,
            remaining_time=remaining_time,
            reason_desc=reason_desc,
            seller_refuse_reason=seller_refuse_reason,
            refund_fee=refund_fee,
        )

        taobao_refund_template_order.additional_properties = d
        return taobao_refund_template_order

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
