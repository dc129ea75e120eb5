from __future__ import annotations

from collections.abc import Iterator, Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, model_to_json, set_fields_repr

T = TypeVar("T", bound="CreateTaobaoRefundRequest")


@_attrs_define
class CreateTaobaoRefundRequest:
    """Inferred body: the render call's fields plus reason, amount, description and images. Only `subOrderId` is required
    here.

        Attributes:
            sub_order_id (str | Unset): Sub-order id the refund is for (same field as in `renderTaobaoRefund`).
            refund_type (int | Unset): Refund type (upstream 1 = refund only, 2 = return and refund).
            goods_status (int | Unset): Goods status (upstream codes 1-6, see `renderTaobaoRefund`).
            reason_id (int | Unset): Refund reason, one of the `refundReasons` returned by `renderTaobaoRefund`.
            refund_fee (int | Unset): Amount asked for, within the render call's `maxRefundFee` range. Unit not stated by
                PandaPon; upstream Taobao Global refunds use fen.
            refund_desc (str | Unset): Buyer's description of the problem.
            refund_images (str | Unset): Voucher images (format not documented; a single string on the message call).
    """

    sub_order_id: str | Unset = UNSET
    refund_type: int | Unset = UNSET
    goods_status: int | Unset = UNSET
    reason_id: int | Unset = UNSET
    refund_fee: int | Unset = UNSET
    refund_desc: str | Unset = UNSET
    refund_images: str | Unset = UNSET
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
        sub_order_id = self.sub_order_id

        refund_type = self.refund_type

        goods_status = self.goods_status

        reason_id = self.reason_id

        refund_fee = self.refund_fee

        refund_desc = self.refund_desc

        refund_images = self.refund_images

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if sub_order_id is not UNSET:
            field_dict["subOrderId"] = sub_order_id
        if refund_type is not UNSET:
            field_dict["refundType"] = refund_type
        if goods_status is not UNSET:
            field_dict["goodsStatus"] = goods_status
        if reason_id is not UNSET:
            field_dict["reasonId"] = reason_id
        if refund_fee is not UNSET:
            field_dict["refundFee"] = refund_fee
        if refund_desc is not UNSET:
            field_dict["refundDesc"] = refund_desc
        if refund_images is not UNSET:
            field_dict["refundImages"] = refund_images

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
        sub_order_id = d.pop("subOrderId", UNSET)

        refund_type = d.pop("refundType", UNSET)

        goods_status = d.pop("goodsStatus", UNSET)

        reason_id = d.pop("reasonId", UNSET)

        refund_fee = d.pop("refundFee", UNSET)

        refund_desc = d.pop("refundDesc", UNSET)

        refund_images = d.pop("refundImages", UNSET)

        create_taobao_refund_request = cls(
            sub_order_id=sub_order_id,
            refund_type=refund_type,
            goods_status=goods_status,
            reason_id=reason_id,
            refund_fee=refund_fee,
            refund_desc=refund_desc,
            refund_images=refund_images,
        )

        create_taobao_refund_request.additional_properties = d
        return create_taobao_refund_request

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
