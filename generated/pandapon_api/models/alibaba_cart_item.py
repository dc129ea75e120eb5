from __future__ import annotations

from collections.abc import Iterator, Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, model_to_json, set_fields_repr

T = TypeVar("T", bound="AlibabaCartItem")


@_attrs_define
class AlibabaCartItem:
    """One 1688 cart line (the docs do not name this schema).

    Attributes:
        id (int | None | Unset): Cart record id, used by the edit, delete, preview and create-order calls.
        offer_map_id (None | str | Unset): Encoded 1688 product id.
        spec_id (None | str | Unset): SKU spec id.
        sku_id (None | str | Unset): SKU id.
        item_title (None | str | Unset): Product title.
        item_pic (None | str | Unset): Product picture URL.
        price (float | None | Unset): Unit price (unit not stated).
        quantity (int | None | Unset): Quantity in the cart.
        amount_on_sale (int | None | Unset): Stock available.
        properties (None | str | Unset): SKU properties, as text.
    """

    id: int | None | Unset = UNSET
    offer_map_id: None | str | Unset = UNSET
    spec_id: None | str | Unset = UNSET
    sku_id: None | str | Unset = UNSET
    item_title: None | str | Unset = UNSET
    item_pic: None | str | Unset = UNSET
    price: float | None | Unset = UNSET
    quantity: int | None | Unset = UNSET
    amount_on_sale: int | None | Unset = UNSET
    properties: None | str | Unset = UNSET
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

        offer_map_id: None | str | Unset
        if isinstance(self.offer_map_id, Unset):
            offer_map_id = UNSET
        else:
            offer_map_id = self.offer_map_id

        spec_id: None | str | Unset
        if isinstance(self.spec_id, Unset):
            spec_id = UNSET
        else:
            spec_id = self.spec_id

        sku_id: None | str | Unset
        if isinstance(self.sku_id, Unset):
            sku_id = UNSET
        else:
            sku_id = self.sku_id

        item_title: None | str | Unset
        if isinstance(self.item_title, Unset):
            item_title = UNSET
        else:
            item_title = self.item_title

        item_pic: None | str | Unset
        if isinstance(self.item_pic, Unset):
            item_pic = UNSET
        else:
            item_pic = self.item_pic

        price: float | None | Unset
        if isinstance(self.price, Unset):
            price = UNSET
        else:
            price = self.price

        quantity: int | None | Unset
        if isinstance(self.quantity, Unset):
            quantity = UNSET
        else:
            quantity = self.quantity

        amount_on_sale: int | None | Unset
        if isinstance(self.amount_on_sale, Unset):
            amount_on_sale = UNSET
        else:
            amount_on_sale = self.amount_on_sale

        properties: None | str | Unset
        if isinstance(self.properties, Unset):
            properties = UNSET
        else:
            properties = self.properties

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if offer_map_id is not UNSET:
            field_dict["offerMapId"] = offer_map_id
        if spec_id is not UNSET:
            field_dict["specId"] = spec_id
        if sku_id is not UNSET:
            field_dict["skuId"] = sku_id
        if item_title is not UNSET:
            field_dict["itemTitle"] = item_title
        if item_pic is not UNSET:
            field_dict["itemPic"] = item_pic
        if price is not UNSET:
            field_dict["price"] = price
        if quantity is not UNSET:
            field_dict["quantity"] = quantity
        if amount_on_sale is not UNSET:
            field_dict["amountOnSale"] = amount_on_sale
        if properties is not UNSET:
            field_dict["properties"] = properties

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

        offer_map_id: None | str | Unset = d.pop("offerMapId", UNSET)

        spec_id: None | str | Unset = d.pop("specId", UNSET)

        sku_id: None | str | Unset = d.pop("skuId", UNSET)

        item_title: None | str | Unset = d.pop("itemTitle", UNSET)

        item_pic: None | str | Unset = d.pop("itemPic", UNSET)

        price: float | None | Unset = d.pop("price", UNSET)

        quantity: int | None | Unset = d.pop("quantity", UNSET)

        amount_on_sale: int | None | Unset = d.pop("amountOnSale", UNSET)

        properties: None | str | Unset = d.pop("properties", UNSET)

        alibaba_cart_item = cls(
            id=id,
            offer_map_id=offer_map_id,
            spec_id=spec_id,
            sku_id=sku_id,
            item_title=item_title,
            item_pic=item_pic,
            price=price,
            quantity=quantity,
            amount_on_sale=amount_on_sale,
            properties=properties,
        )

        alibaba_cart_item.additional_properties = d
        return alibaba_cart_item

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
