from __future__ import annotations

from collections.abc import Iterator, Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, model_to_json, set_fields_repr, to_jsonable

T = TypeVar("T", bound="FreightBookingLineItem")


@_attrs_define
class FreightBookingLineItem:
    """One line of a logistics booking (no schema name on the page; 8 fields, all optional).

    Attributes:
        item_id (None | str | Unset): Product id.
        sku_id (None | str | Unset): SKU id.
        quantity (int | None | Unset): Quantity.
        title (None | str | Unset): Product title.
        image_url (None | str | Unset): Product image URL.
        freight_info (FreightInfoTO | Unset): The chosen freight service of a line (schema name as in the docs). The
            pages do not expand its fields; the three below are read from the examples, where `companyName` and
            `serviceCategory` are empty strings. Presumably the values come from a freight quote (`estimateFreight`).
        currency (None | str | Unset): Currency code of `price` (allowed values not documented).
        price (None | str | Unset): Item price, as a string; the unit is not stated.
    """

    item_id: None | str | Unset = UNSET
    sku_id: None | str | Unset = UNSET
    quantity: int | None | Unset = UNSET
    title: None | str | Unset = UNSET
    image_url: None | str | Unset = UNSET
    freight_info: FreightInfoTO | Unset = UNSET
    currency: None | str | Unset = UNSET
    price: None | str | Unset = UNSET
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
        item_id: None | str | Unset
        if isinstance(self.item_id, Unset):
            item_id = UNSET
        else:
            item_id = self.item_id

        sku_id: None | str | Unset
        if isinstance(self.sku_id, Unset):
            sku_id = UNSET
        else:
            sku_id = self.sku_id

        quantity: int | None | Unset
        if isinstance(self.quantity, Unset):
            quantity = UNSET
        else:
            quantity = self.quantity

        title: None | str | Unset
        if isinstance(self.title, Unset):
            title = UNSET
        else:
            title = self.title

        image_url: None | str | Unset
        if isinstance(self.image_url, Unset):
            image_url = UNSET
        else:
            image_url = self.image_url

        freight_info: dict[str, Any] | Unset = UNSET
        if not isinstance(self.freight_info, Unset):
            freight_info = to_jsonable(self.freight_info)

        currency: None | str | Unset
        if isinstance(self.currency, Unset):
            currency = UNSET
        else:
            currency = self.currency

        price: None | str | Unset
        if isinstance(self.price, Unset):
            price = UNSET
        else:
            price = self.price

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if item_id is not UNSET:
            field_dict["itemId"] = item_id
        if sku_id is not UNSET:
            field_dict["skuId"] = sku_id
        if quantity is not UNSET:
            field_dict["quantity"] = quantity
        if title is not UNSET:
            field_dict["title"] = title
        if image_url is not UNSET:
            field_dict["imageUrl"] = image_url
        if freight_info is not UNSET:
            field_dict["freightInfo"] = freight_info
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
        item_id: None | str | Unset = d.pop("itemId", UNSET)

        sku_id: None | str | Unset = d.pop("skuId", UNSET)

        quantity: int | None | Unset = d.pop("quantity", UNSET)

        title: None | str | Unset = d.pop("title", UNSET)

        image_url: None | str | Unset = d.pop("imageUrl", UNSET)

        _freight_info = d.pop("freightInfo", UNSET)
        freight_info: FreightInfoTO | Unset
        if isinstance(_freight_info, Unset):
            freight_info = UNSET
        else:
            freight_info = FreightInfoTO.from_dict(_freight_info)

        currency: None | str | Unset = d.pop("currency", UNSET)

        price: None | str | Unset = d.pop("price", UNSET)

        freight_booking_line_item = cls(
            item_id=item_id,
            sku_id=sku_id,
            quantity=quantity,
            title=title,
            image_url=image_url,
            freight_info=freight_info,
            currency=currency,
            price=price,
        )

        freight_booking_line_item.additional_properties = d
        return freight_booking_line_item

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
