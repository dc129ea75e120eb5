from __future__ import annotations

from collections.abc import Iterator, Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, model_to_json, set_fields_repr

T = TypeVar("T", bound="AlibabaSellerMixSetting")


@_attrs_define
class AlibabaSellerMixSetting:
    """
    Attributes:
        is_general_hunpi (bool | None | Unset): Whether the seller allows mixed batches across products.
        general_hunpi (bool | None | Unset): Same flag under its second upstream name.
        mix_amount (float | int | None | Unset): Minimum amount for a mixed batch.
        mix_number (int | None | Unset): Minimum quantity for a mixed batch.
    """

    is_general_hunpi: bool | None | Unset = UNSET
    general_hunpi: bool | None | Unset = UNSET
    mix_amount: float | int | None | Unset = UNSET
    mix_number: int | None | Unset = UNSET
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
        is_general_hunpi: bool | None | Unset
        if isinstance(self.is_general_hunpi, Unset):
            is_general_hunpi = UNSET
        else:
            is_general_hunpi = self.is_general_hunpi

        general_hunpi: bool | None | Unset
        if isinstance(self.general_hunpi, Unset):
            general_hunpi = UNSET
        else:
            general_hunpi = self.general_hunpi

        mix_amount: float | int | None | Unset
        if isinstance(self.mix_amount, Unset):
            mix_amount = UNSET
        else:
            mix_amount = self.mix_amount

        mix_number: int | None | Unset
        if isinstance(self.mix_number, Unset):
            mix_number = UNSET
        else:
            mix_number = self.mix_number

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if is_general_hunpi is not UNSET:
            field_dict["isGeneralHunpi"] = is_general_hunpi
        if general_hunpi is not UNSET:
            field_dict["generalHunpi"] = general_hunpi
        if mix_amount is not UNSET:
            field_dict["mixAmount"] = mix_amount
        if mix_number is not UNSET:
            field_dict["mixNumber"] = mix_number

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
        is_general_hunpi: bool | None | Unset = d.pop("isGeneralHunpi", UNSET)

        general_hunpi: bool | None | Unset = d.pop("generalHunpi", UNSET)

        mix_amount: float | int | None | Unset = d.pop("mixAmount", UNSET)

        mix_number: int | None | Unset = d.pop("mixNumber", UNSET)

        alibaba_seller_mix_setting = cls(
            is_general_hunpi=is_general_hunpi,
            general_hunpi=general_hunpi,
            mix_amount=mix_amount,
            mix_number=mix_number,
        )

        alibaba_seller_mix_setting.additional_properties = d
        return alibaba_seller_mix_setting

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
