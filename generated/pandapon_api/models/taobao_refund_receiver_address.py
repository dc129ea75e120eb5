from __future__ import annotations

from collections.abc import Iterator, Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, model_to_json, set_fields_repr

T = TypeVar("T", bound="TaobaoRefundReceiverAddress")


@_attrs_define
class TaobaoRefundReceiverAddress:
    """The return address as an object, as the older generation's example shows it.

    Attributes:
        receiver (None | str | Unset): Who receives the return.
        phone (None | str | Unset): The receiver's phone number.
        detail_address (None | str | Unset): The full address.
    """

    receiver: None | str | Unset = UNSET
    phone: None | str | Unset = UNSET
    detail_address: None | str | Unset = UNSET
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
        receiver: None | str | Unset
        if isinstance(self.receiver, Unset):
            receiver = UNSET
        else:
            receiver = self.receiver

        phone: None | str | Unset
        if isinstance(self.phone, Unset):
            phone = UNSET
        else:
            phone = self.phone

        detail_address: None | str | Unset
        if isinstance(self.detail_address, Unset):
            detail_address = UNSET
        else:
            detail_address = self.detail_address

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if receiver is not UNSET:
            field_dict["receiver"] = receiver
        if phone is not UNSET:
            field_dict["phone"] = phone
        if detail_address is not UNSET:
            field_dict["detailAddress"] = detail_address

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
        receiver: None | str | Unset = d.pop("receiver", UNSET)

        phone: None | str | Unset = d.pop("phone", UNSET)

        detail_address: None | str | Unset = d.pop("detailAddress", UNSET)

        taobao_refund_receiver_address = cls(
            receiver=receiver,
            phone=phone,
            detail_address=detail_address,
        )

        taobao_refund_receiver_address.additional_properties = d
        return taobao_refund_receiver_address

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
