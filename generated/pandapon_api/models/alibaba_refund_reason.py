from __future__ import annotations

from collections.abc import Iterator, Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, model_to_json, set_fields_repr

T = TypeVar("T", bound="AlibabaRefundReason")


@_attrs_define
class AlibabaRefundReason:
    """
    Attributes:
        id (int | None | Unset): Reason id, to pass as `applyReasonId`.
        name (None | str | Unset): Reason text.
        need_voucher (bool | None | Unset): Whether vouchers are required with this reason.
        no_refund_carriage (bool | None | Unset): True when freight is NOT refundable with this reason.
        tip (None | str | Unset): Hint shown with the reason.
    """

    id: int | None | Unset = UNSET
    name: None | str | Unset = UNSET
    need_voucher: bool | None | Unset = UNSET
    no_refund_carriage: bool | None | Unset = UNSET
    tip: None | str | Unset = UNSET
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
        id: int | None | Unset
        if isinstance(self.id, Unset):
            id = UNSET
        else:
            id = self.id

        name: None | str | Unset
        if isinstance(self.name, Unset):
            name = UNSET
        else:
            name = self.name

        need_voucher: bool | None | Unset
        if isinstance(self.need_voucher, Unset):
            need_voucher = UNSET
        else:
            need_voucher = self.need_voucher

        no_refund_carriage: bool | None | Unset
        if isinstance(self.no_refund_carriage, Unset):
            no_refund_carriage = UNSET
        else:
            no_refund_carriage = self.no_refund_carriage

        tip: None | str | Unset
        if isinstance(self.tip, Unset):
            tip = UNSET
        else:
            tip = self.tip

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if name is not UNSET:
            field_dict["name"] = name
        if need_voucher is not UNSET:
            field_dict["needVoucher"] = need_voucher
        if no_refund_carriage is not UNSET:
            field_dict["noRefundCarriage"] = no_refund_carriage
        if tip is not UNSET:
            field_dict["tip"] = tip

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
        id: int | None | Unset = d.pop("id", UNSET)

        name: None | str | Unset = d.pop("name", UNSET)

        need_voucher: bool | None | Unset = d.pop("needVoucher", UNSET)

        no_refund_carriage: bool | None | Unset = d.pop("noRefundCarriage", UNSET)

        tip: None | str | Unset = d.pop("tip", UNSET)

        alibaba_refund_reason = cls(
            id=id,
            name=name,
            need_voucher=need_voucher,
            no_refund_carriage=no_refund_carriage,
            tip=tip,
        )

        alibaba_refund_reason.additional_properties = d
        return alibaba_refund_reason

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
