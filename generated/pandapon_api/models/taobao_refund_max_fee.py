from __future__ import annotations

from collections.abc import Iterator, Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, model_to_json, set_fields_repr

T = TypeVar("T", bound="TaobaoRefundMaxFee")


@_attrs_define
class TaobaoRefundMaxFee:
    """The refundable amount range. Integers; unit not stated by PandaPon (an upstream admin UI divides by 100, i.e. fen).

    Attributes:
        min_refund_fee (int | None | Unset): Lowest amount that may be asked for.
        fee_tips (None | str | Unset): Hint about the amount.
        refund_fee (int | None | Unset): Highest refundable amount.
        can_edit_refund_fee (bool | None | Unset): Whether the buyer may change the amount.
    """

    min_refund_fee: int | None | Unset = UNSET
    fee_tips: None | str | Unset = UNSET
    refund_fee: int | None | Unset = UNSET
    can_edit_refund_fee: bool | None | Unset = UNSET
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
        min_refund_fee: int | None | Unset
        if isinstance(self.min_refund_fee, Unset):
            min_refund_fee = UNSET
        else:
            min_refund_fee = self.min_refund_fee

        fee_tips: None | str | Unset
        if isinstance(self.fee_tips, Unset):
            fee_tips = UNSET
        else:
            fee_tips = self.fee_tips

        refund_fee: int | None | Unset
        if isinstance(self.refund_fee, Unset):
            refund_fee = UNSET
        else:
            refund_fee = self.refund_fee

        can_edit_refund_fee: bool | None | Unset
        if isinstance(self.can_edit_refund_fee, Unset):
            can_edit_refund_fee = UNSET
        else:
            can_edit_refund_fee = self.can_edit_refund_fee

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if min_refund_fee is not UNSET:
            field_dict["minRefundFee"] = min_refund_fee
        if fee_tips is not UNSET:
            field_dict["feeTips"] = fee_tips
        if refund_fee is not UNSET:
            field_dict["refundFee"] = refund_fee
        if can_edit_refund_fee is not UNSET:
            field_dict["canEditRefundFee"] = can_edit_refund_fee

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
        min_refund_fee: int | None | Unset = d.pop("minRefundFee", UNSET)

        fee_tips: None | str | Unset = d.pop("feeTips", UNSET)

        refund_fee: int | None | Unset = d.pop("refundFee", UNSET)

        can_edit_refund_fee: bool | None | Unset = d.pop("canEditRefundFee", UNSET)

        taobao_refund_max_fee = cls(
            min_refund_fee=min_refund_fee,
            fee_tips=fee_tips,
            refund_fee=refund_fee,
            can_edit_refund_fee=can_edit_refund_fee,
        )

        taobao_refund_max_fee.additional_properties = d
        return taobao_refund_max_fee

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
