from __future__ import annotations

from collections.abc import Iterator, Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, model_to_json, set_fields_repr

T = TypeVar("T", bound="AlibabaOrderRefundMessageBody")


@_attrs_define
class AlibabaOrderRefundMessageBody:
    """Body of a 1688 refund message (not documented; fields of the upstream 1688 refund topics).

    Attributes:
        refund_id (None | str | Unset): Refund number ("TQ…").
        order_id (int | None | str | Unset): 1688 order id (a number upstream, a 19-digit string on the twin).
        current_status (None | str | Unset): Refund status after the event, e.g. waitbuyersend, refundsuccess.
        refund_action (None | str | Unset): What happened, e.g. BUYER_APPLY_REFUND, SELLER_AGREE_REFUND,
            SELLER_REJECT_REFUND, BUYER_SEND_GOODS, SELLER_RECEIVE_GOODS, SYSTEM_AGREE_REFUND, BUYER_CANCEL_REFUND_CLOSE.
        operator (None | str | Unset): Who acted - buyer, seller or system.
        msg_send_time (None | str | Unset): When 1688 sent the message, "yyyy-MM-dd HH:mm:ss".
        buyer_member_id (None | str | Unset): Buyer member id.
        seller_member_id (None | str | Unset): Seller member id.
    """

    refund_id: None | str | Unset = UNSET
    order_id: int | None | str | Unset = UNSET
    current_status: None | str | Unset = UNSET
    refund_action: None | str | Unset = UNSET
    operator: None | str | Unset = UNSET
    msg_send_time: None | str | Unset = UNSET
    buyer_member_id: None | str | Unset = UNSET
    seller_member_id: None | str | Unset = UNSET
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
        refund_id: None | str | Unset
        if isinstance(self.refund_id, Unset):
            refund_id = UNSET
        else:
            refund_id = self.refund_id

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

        refund_action: None | str | Unset
        if isinstance(self.refund_action, Unset):
            refund_action = UNSET
        else:
            refund_action = self.refund_action

        operator: None | str | Unset
        if isinstance(self.operator, Unset):
            operator = UNSET
        else:
            operator = self.operator

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

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if refund_id is not UNSET:
            field_dict["refundId"] = refund_id
        if order_id is not UNSET:
            field_dict["orderId"] = order_id
        if current_status is not UNSET:
            field_dict["currentStatus"] = current_status
        if refund_action is not UNSET:
            field_dict["refundAction"] = refund_action
        if operator is not UNSET:
            field_dict["operator"] = operator
        if msg_send_time is not UNSET:
            field_dict["msgSendTime"] = msg_send_time
        if buyer_member_id is not UNSET:
            field_dict["buyerMemberId"] = buyer_member_id
        if seller_member_id is not UNSET:
            field_dict["sellerMemberId"] = seller_member_id

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
        refund_id: None | str | Unset = d.pop("refundId", UNSET)

        order_id: int | None | str | Unset = d.pop("orderId", UNSET)

        current_status: None | str | Unset = d.pop("currentStatus", UNSET)

        refund_action: None | str | Unset = d.pop("refundAction", UNSET)

        operator: None | str | Unset = d.pop("operator", UNSET)

        msg_send_time: None | str | Unset = d.pop("msgSendTime", UNSET)

        buyer_member_id: None | str | Unset = d.pop("buyerMemberId", UNSET)

        seller_member_id: None | str | Unset = d.pop("sellerMemberId", UNSET)

        alibaba_order_refund_message_body = cls(
            refund_id=refund_id,
            order_id=order_id,
            current_status=current_status,
            refund_action=refund_action,
            operator=operator,
            msg_send_time=msg_send_time,
            buyer_member_id=buyer_member_id,
            seller_member_id=seller_member_id,
        )

        alibaba_order_refund_message_body.additional_properties = d
        return alibaba_order_refund_message_body

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
