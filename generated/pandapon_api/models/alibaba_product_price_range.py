from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, set_fields_repr

T = TypeVar("T", bound="AlibabaProductPriceRange")


@_attrs_define
class AlibabaProductPriceRange:
    """One price tier.

    Attributes:
        start_quantity (int | None | Unset): Smallest quantity the tier applies to.
        price (float | None | str | Unset): Wholesale unit price of the tier (unit not stated by PandaPon).
    """

    start_quantity: int | None | Unset = UNSET
    price: float | None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        return set_fields_repr(self)

    def to_dict(self) -> dict[str, Any]:
        start_quantity: int | None | Unset
        if isinstance(self.start_quantity, Unset):
            start_quantity = UNSET
        else:
            start_quantity = self.start_quantity

        price: float | None | str | Unset
        if isinstance(self.price, Unset):
            price = UNSET
        else:
            price = self.price

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if start_quantity is not UNSET:
            field_dict["startQuantity"] = start_quantity
        if price is not UNSET:
            field_dict["price"] = price

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
        start_quantity: int | None | Unset = d.pop("startQuantity", UNSET)

        price: float | None | str | Unset = d.pop("price", UNSET)

        alibaba_product_price_range = cls(
            start_quantity=start_quantity,
            price=price,
        )

        alibaba_product_price_range.additional_properties = d
        return alibaba_product_price_range

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
