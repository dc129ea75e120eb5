from __future__ import annotations

from collections.abc import Iterator, Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, model_to_json, set_fields_repr, to_jsonable

T = TypeVar("T", bound="FreightRenderItem")


@_attrs_define
class FreightRenderItem:
    """One line of a freight preview (no schema name on the page). The field table marks all six fields required, with
    `currency` and `price` at line level beside `freightInfo`; the same page's example leaves those two out, so they are
    optional here rather than reject a request written like the docs' own example.

        Attributes:
            item_id (str): Product id.
            sku_id (str): SKU id.
            quantity (int): Quantity.
            freight_info (FreightInfoTO): The chosen freight service of a line (schema name as in the docs). The pages do
                not expand its fields; the three below are read from the examples, where `companyName` and `serviceCategory` are
                empty strings. Presumably the values come from a freight quote (`estimateFreight`).
            currency (str | Unset): Currency code of `price` (allowed values not documented).
            price (str | Unset): Item price, as a string; the unit is not stated.
    """

    item_id: str
    sku_id: str
    quantity: int
    freight_info: FreightInfoTO
    currency: str | Unset = UNSET
    price: str | Unset = UNSET
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
        item_id = self.item_id

        sku_id = self.sku_id

        quantity = self.quantity

        freight_info = to_jsonable(self.freight_info)

        currency = self.currency

        price = self.price

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "itemId": item_id,
                "skuId": sku_id,
                "quantity": quantity,
                "freightInfo": freight_info,
            }
        )
        if currency is not UNSET:
            field_dict["currency"] = currency
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
        item_id = d.pop("itemId")

        sku_id = d.pop("skuId")

        quantity = d.pop("quantity")

        freight_info = FreightInfoTO.from_dict(d.pop("freightInfo"))

        currency = d.pop("currency", UNSET)

        price = d.pop("price", UNSET)

        freight_render_item = cls(
            item_id=item_id,
            sku_id=sku_id,
            quantity=quantity,
            freight_info=freight_info,
            currency=currency,
            price=price,
        )

        freight_render_item.additional_properties = d
        return freight_render_item

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


# After the class: a model that refers back to this one finds it defined.
from ..models.freight_info_to import FreightInfoTO
