from __future__ import annotations

from collections.abc import Iterator, Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, model_to_json, set_fields_repr

T = TypeVar("T", bound="AlibabaOrderCustomsAttribute")


@_attrs_define
class AlibabaOrderCustomsAttribute:
    """
    Attributes:
        sku (None | str | Unset): SKU.
        c_name (None | str | Unset): Chinese name.
        en_name (None | str | Unset): English name.
        amount (float | None | Unset): Declared value.
        quantity (float | None | Unset): Quantity.
        weight (float | None | Unset): Weight in kg.
        currency (None | str | Unset): Currency of the declared value.
    """

    sku: None | str | Unset = UNSET
    c_name: None | str | Unset = UNSET
    en_name: None | str | Unset = UNSET
    amount: float | None | Unset = UNSET
    quantity: float | None | Unset = UNSET
    weight: float | None | Unset = UNSET
    currency: None | str | Unset = UNSET
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
        sku: None | str | Unset
        if isinstance(self.sku, Unset):
            sku = UNSET
        else:
            sku = self.sku

        c_name: None | str | Unset
        if isinstance(self.c_name, Unset):
            c_name = UNSET
        else:
            c_name = self.c_name

        en_name: None | str | Unset
        if isinstance(self.en_name, Unset):
            en_name = UNSET
        else:
            en_name = self.en_name

        amount: float | None | Unset
        if isinstance(self.amount, Unset):
            amount = UNSET
        else:
            amount = self.amount

        quantity: float | None | Unset
        if isinstance(self.quantity, Unset):
            quantity = UNSET
        else:
            quantity = self.quantity

        weight: float | None | Unset
        if isinstance(self.weight, Unset):
            weight = UNSET
        else:
            weight = self.weight

        currency: None | str | Unset
        if isinstance(self.currency, Unset):
            currency = UNSET
        else:
            currency = self.currency

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if sku is not UNSET:
            field_dict["sku"] = sku
        if c_name is not UNSET:
            field_dict["cName"] = c_name
        if en_name is not UNSET:
            field_dict["enName"] = en_name
        if amount is not UNSET:
            field_dict["amount"] = amount
        if quantity is not UNSET:
            field_dict["quantity"] = quantity
        if weight is not UNSET:
            field_dict["weight"] = weight
        if currency is not UNSET:
            field_dict["currency"] = currency

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
        sku: None | str | Unset = d.pop("sku", UNSET)

        c_name: None | str | Unset = d.pop("cName", UNSET)

        en_name: None | str | Unset = d.pop("enName", UNSET)

        amount: float | None | Unset = d.pop("amount", UNSET)

        quantity: float | None | Unset = d.pop("quantity", UNSET)

        weight: float | None | Unset = d.pop("weight", UNSET)

        currency: None | str | Unset = d.pop("currency", UNSET)

        alibaba_order_customs_attribute = cls(
            sku=sku,
            c_name=c_name,
            en_name=en_name,
            amount=amount,
            quantity=quantity,
            weight=weight,
            currency=currency,
        )

        alibaba_order_customs_attribute.additional_properties = d
        return alibaba_order_customs_attribute

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
