from __future__ import annotations

from collections.abc import Iterator, Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, model_to_json, set_fields_repr

T = TypeVar("T", bound="TaobaoCartItemInfo")


@_attrs_define
class TaobaoCartItemInfo:
    """One cart record (inferred): the record id as in the 1688 sibling, plus the snapshot fields `addTaobaoCartItem`
    stores.

        Attributes:
            id (int | None | Unset): Cart record id (used by preview, create, delete and edit).
            item_map_id (None | str | Unset): Encoded Taobao product id.
            mp_id (None | str | Unset): Distribution product id.
            mp_sku_id (None | str | Unset): Distribution SKU id.
            sku_id (None | str | Unset): SKU id.
            item_title (None | str | Unset): Product title.
            item_pic (None | str | Unset): Product image URL.
            price (float | int | None | Unset): Price (unit not stated).
            promotion_price (float | int | None | Unset): Price after discount (unit not stated).
            quantity (int | None | Unset): Quantity in the cart.
            sku_quantity (int | None | str | Unset): Stock of the SKU.
            properties (None | str | Unset): SKU attributes.
    """

    id: int | None | Unset = UNSET
    item_map_id: None | str | Unset = UNSET
    mp_id: None | str | Unset = UNSET
    mp_sku_id: None | str | Unset = UNSET
    sku_id: None | str | Unset = UNSET
    item_title: None | str | Unset = UNSET
    item_pic: None | str | Unset = UNSET
    price: float | int | None | Unset = UNSET
    promotion_price: float | int | None | Unset = UNSET
    quantity: int | None | Unset = UNSET
    sku_quantity: int | None | str | Unset = UNSET
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

        item_map_id: None | str | Unset
        if isinstance(self.item_map_id, Unset):
            item_map_id = UNSET
        else:
            item_map_id = self.item_map_id

        mp_id: None | str | Unset
        if isinstance(self.mp_id, Unset):
            mp_id = UNSET
        else:
            mp_id = self.mp_id

        mp_sku_id: None | str | Unset
        if isinstance(self.mp_sku_id, Unset):
            mp_sku_id = UNSET
        else:
            mp_sku_id = self.mp_sku_id

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

        price: float | int | None | Unset
        if isinstance(self.price, Unset):
            price = UNSET
        else:
            price = self.price

        promotion_price: float | int | None | Unset
        if isinstance(self.promotion_price, Unset):
            promotion_price = UNSET
        else:
            promotion_price = self.promotion_price

        quantity: int | None | Unset
        if isinstance(self.quantity, Unset):
            quantity = UNSET
        else:
            quantity = self.quantity

        sku_quantity: int | None | str | Unset
        if isinstance(self.sku_quantity, Unset):
            sku_quantity = UNSET
        else:
            sku_quantity = self.sku_quantity

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
        if item_map_id is not UNSET:
            field_dict["itemMapId"] = item_map_id
        if mp_id is not UNSET:
            field_dict["mpId"] = mp_id
        if mp_sku_id is not UNSET:
            field_dict["mpSkuId"] = mp_sku_id
        if sku_id is not UNSET:
            field_dict["skuId"] = sku_id
        if item_title is not UNSET:
            field_dict["itemTitle"] = item_title
        if item_pic is not UNSET:
            field_dict["itemPic"] = item_pic
        if price is not UNSET:
            field_dict["price"] = price
        if promotion_price is not UNSET:
            field_dict["promotionPrice"] = promotion_price
        if quantity is not UNSET:
            field_dict["quantity"] = quantity
        if sku_quantity is not UNSET:
            field_dict["skuQuantity"] = sku_quantity
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

        item_map_id: None | str | Unset = d.pop("itemMapId", UNSET)

        mp_id: None | str | Unset = d.pop("mpId", UNSET)

        mp_sku_id: None | str | Unset = d.pop("mpSkuId", UNSET)

        sku_id: None | str | Unset = d.pop("skuId", UNSET)

        item_title: None | str | Unset = d.pop("itemTitle", UNSET)

        item_pic: None | str | Unset = d.pop("itemPic", UNSET)

        price: float | int | None | Unset = d.pop("price", UNSET)

        promotion_price: float | int | None | Unset = d.pop("promotionPrice", UNSET)

        quantity: int | None | Unset = d.pop("quantity", UNSET)

        sku_quantity: int | None | str | Unset = d.pop("skuQuantity", UNSET)

        properties: None | str | Unset = d.pop("properties", UNSET)

        taobao_cart_item_info = cls(
            id=id,
            item_map_id=item_map_id,
            mp_id=mp_id,
            mp_sku_id=mp_sku_id,
            sku_id=sku_id,
            item_title=item_title,
            item_pic=item_pic,
            price=price,
            promotion_price=promotion_price,
            quantity=quantity,
            sku_quantity=sku_quantity,
            properties=properties,
        )

        taobao_cart_item_info.additional_properties = d
        return taobao_cart_item_info

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
