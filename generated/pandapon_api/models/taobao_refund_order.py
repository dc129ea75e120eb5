from __future__ import annotations

from collections.abc import Iterator, Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, model_to_json, set_fields_repr

T = TypeVar("T", bound="TaobaoRefundOrder")


@_attrs_define
class TaobaoRefundOrder:
    """The refund part of the refund aggregate (detail schema). Fee amounts are integers; PandaPon does not state the unit
    (upstream Taobao Global refunds use fen).

        Attributes:
            refund_fee (int | None | Unset): Refund amount (unit not stated; upstream fen).
            pay_order_id (None | str | Unset): Payment order id.
            timeout_type (None | str | Unset): Which deadline is running.
            seller_refuse_reason (None | str | Unset): Seller's refusal reason.
            refund_status (int | None | Unset): Refund status (an integer here, a string in RefundRenderVO). Values not
                listed on the page; upstream: 0 none, 10 applied, 20 seller agreed (return the goods), 30 goods returned, 100
                refunded, -10 seller refused, -20 closed.
            can_edit_fee (bool | None | Unset): Whether the amount can still be changed.
            remaining_time (None | str | Unset): Time left before the deadline.
            refund_type (int | None | Unset): Refund type (upstream 1 = refund only, 2 = return and refund).
            fee_tips (None | str | Unset): Hint about the refundable amount.
            reason_desc (None | str | Unset): Refund reason text.
            goods_status (int | None | Unset): Goods status (upstream codes 1-6, see `renderTaobaoRefund`).
            refund_desc (None | str | Unset): Buyer's description.
            reason_id (int | None | Unset): Refund reason id.
            timeout_date (None | str | Unset): Deadline (an epoch number upstream).
            seller_refuse_reason_describe (None | str | Unset): Seller's explanation of a refusal.
            refund_id (None | str | Unset): Reverse (refund) order id.
    """

    refund_fee: int | None | Unset = UNSET
    pay_order_id: None | str | Unset = UNSET
    timeout_type: None | str | Unset = UNSET
    seller_refuse_reason: None | str | Unset = UNSET
    refund_status: int | None | Unset = UNSET
    can_edit_fee: bool | None | Unset = UNSET
    remaining_time: None | str | Unset = UNSET
    refund_type: int | None | Unset = UNSET
    fee_tips: None | str | Unset = UNSET
    reason_desc: None | str | Unset = UNSET
    goods_status: int | None | Unset = UNSET
    refund_desc: None | str | Unset = UNSET
    reason_id: int | None | Unset = UNSET
    timeout_date: None | str | Unset = UNSET
    seller_refuse_reason_describe: None | str | Unset = UNSET
    refund_id: None | str | Unset = UNSET
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
        refund_fee: int | None | Unset
        if isinstance(self.refund_fee, Unset):
            refund_fee = UNSET
        else:
            refund_fee = self.refund_fee

        pay_order_id: None | str | Unset
        if isinstance(self.pay_order_id, Unset):
            pay_order_id = UNSET
        else:
            pay_order_id = self.pay_order_id

        timeout_type: None | str | Unset
        if isinstance(self.timeout_type, Unset):
            timeout_type = UNSET
        else:
            timeout_type = self.timeout_type

        seller_refuse_reason: None | str | Unset
        if isinstance(self.seller_refuse_reason, Unset):
            seller_refuse_reason = UNSET
        else:
            seller_refuse_reason = self.seller_refuse_reason

        refund_status: int | None | Unset
        if isinstance(self.refund_status, Unset):
            refund_status = UNSET
        else:
            refund_status = self.refund_status

        can_edit_fee: bool | None | Unset
        if isinstance(self.can_edit_fee, Unset):
            can_edit_fee = UNSET
        else:
            can_edit_fee = self.can_edit_fee

        remaining_time: None | str | Unset
        if isinstance(self.remaining_time, Unset):
            remaining_time = UNSET
        else:
            remaining_time = self.remaining_time

        refund_type: int | None | Unset
        if isinstance(self.refund_type, Unset):
            refund_type = UNSET
        else:
            refund_type = self.refund_type

        fee_tips: None | str | Unset
        if isinstance(self.fee_tips, Unset):
            fee_tips = UNSET
        else:
            fee_tips = self.fee_tips

        reason_desc: None | str | Unset
        if isinstance(self.reason_desc, Unset):
            reason_desc = UNSET
        else:
            reason_desc = self.reason_desc

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

        reason_id: int | None | Unset
        if isinstance(self.reason_id, Unset):
            reason_id = UNSET
        else:
            reason_id = self.reason_id

        timeout_date: None | str | Unset
        if isinstance(self.timeout_date, Unset):
            timeout_date = UNSET
        else:
            timeout_date = self.timeout_date

        seller_refuse_reason_describe: None | str | Unset
        if isinstance(self.seller_refuse_reason_describe, Unset):
            seller_refuse_reason_describe = UNSET
        else:
            seller_refuse_reason_describe = self.seller_refuse_reason_describe

        refund_id: None | str | Unset
        if isinstance(self.refund_id, Unset):
            refund_id = UNSET
        else:
            refund_id = self.refund_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if refund_fee is not UNSET:
            field_dict["refundFee"] = refund_fee
        if pay_order_id is not UNSET:
            field_dict["payOrderId"] = pay_order_id
        if timeout_type is not UNSET:
            field_dict["timeoutType"] = timeout_type
        if seller_refuse_reason is not UNSET:
            field_dict["sellerRefuseReason"] = seller_refuse_reason
        if refund_status is not UNSET:
            field_dict["refundStatus"] = refund_status
        if can_edit_fee is not UNSET:
            field_dict["canEditFee"] = can_edit_fee
        if remaining_time is not UNSET:
            field_dict["remainingTime"] = remaining_time
        if refund_type is not UNSET:
            field_dict["refundType"] = refund_type
        if fee_tips is not UNSET:
            field_dict["feeTips"] = fee_tips
        if reason_desc is not UNSET:
            field_dict["reasonDesc"] = reason_desc
        if goods_status is not UNSET:
            field_dict["goodsStatus"] = goods_status
        if refund_desc is not UNSET:
            field_dict["refundDesc"] = refund_desc
        if reason_id is not UNSET:
            field_dict["reasonId"] = reason_id
        if timeout_date is not UNSET:
            field_dict["timeoutDate"] = timeout_date
        if seller_refuse_reason_describe is not UNSET:
            field_dict["sellerRefuseReasonDescribe"] = seller_refuse_reason_describe
        if refund_id is not UNSET:
            field_dict["refundId"] = refund_id

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
        refund_fee: int | None | Unset = d.pop("refundFee", UNSET)

        pay_order_id: None | str | Unset = d.pop("payOrderId", UNSET)

        timeout_type: None | str | Unset = d.pop("timeoutType", UNSET)

        seller_refuse_reason: None | str | Unset = d.pop("sellerRefuseReason", UNSET)

        refund_status: int | None | Unset = d.pop("refundStatus", UNSET)

        can_edit_fee: bool | None | Unset = d.pop("canEditFee", UNSET)

        remaining_time: None | str | Unset = d.pop("remainingTime", UNSET)

        refund_type: int | None | Unset = d.pop("refundType", UNSET)

        fee_tips: None | str | Unset = d.pop("feeTips", UNSET)

        reason_desc: None | str | Unset = d.pop("reasonDesc", UNSET)

        goods_status: int | None | Unset = d.pop("goodsStatus", UNSET)

        refund_desc: None | str | Unset = d.pop("refundDesc", UNSET)

        reason_id: int | None | Unset = d.pop("reasonId", UNSET)

        timeout_date: None | str | Unset = d.pop("timeoutDate", UNSET)

        seller_refuse_reason_describe: None | str | Unset = d.pop(
            "sellerRefuseReasonDescribe", UNSET
        )

        refund_id: None | str | Unset = d.pop("refundId", UNSET)

        taobao_refund_order = cls(
            refund_fee=refund_fee,
            pay_order_id=pay_order_id,
            timeout_type=timeout_type,
            seller_refuse_reason=seller_refuse_reason,
            refund_status=refund_status,
            can_edit_fee=can_edit_fee,
            remaining_time=remaining_time,
            refund_type=refund_type,
            fee_tips=fee_tips,
            reason_desc=reason_desc,
            goods_status=goods_status,
            refund_desc=refund_desc,
            reason_id=reason_id,
            timeout_date=timeout_date,
            seller_refuse_reason_describe=seller_refuse_reason_describe,
            refund_id=refund_id,
        )

        taobao_refund_order.additional_properties = d
        return taobao_refund_order

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
