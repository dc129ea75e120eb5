from __future__ import annotations

from collections.abc import Iterator, Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, model_to_json, set_fields_repr, to_jsonable

T = TypeVar("T", bound="AddTaobaoCartItemRequest")


@_attrs_define
class AddTaobaoCartItemRequest:
    """The product snapshot to store in the cart, as on the v2 page. Only `mpId` and `mpSkuId` are marked required; no
    field is nullable in v2 (several were nullable in the older generation).

        Attributes:
            mp_id (str): Distribution ("mp") product id.
            mp_sku_id (str): Distribution ("mp") SKU id.
            user_id (str | Unset): Platform user id.
            platform (int | Unset): Platform code (optional; its values are not explained).
            item_map_id (str | Unset): Encoded Taobao product id (e.g. "WUnUC1cILiBjt-Jv3lDdlQ").
            sku_id (str | Unset): SKU id.
            item_title (str | Unset): Product title.
            item_pic (str | Unset): Product image URL.
            price (int | Unset): Product price (integer; unit not stated).
            promotion_price (int | Unset): Price after discount (integer; unit not stated).
            properties (str | Unset): SKU attributes; the older-generation example is a JSON-encoded list of {valueId,
                valueName, propId, propName}.
            quantity (int | Unset): Quantity to add.
            shop_id (int | Unset): Shop id.
            ali_shop_id (str | Unset): Shop id in string form.
            shop_name (str | Unset): Shop name.
            sku_quantity (str | Unset): Stock of the SKU (a string).
            user_nick (str | Unset): User nickname.
            price_ranges (list[PriceRange] | Unset): Tier prices.
            quote_type (int | Unset): Quote type (optional; values not given).
    """

    mp_id: str
    mp_sku_id: str
    user_id: str | Unset = UNSET
    platform: int | Unset = UNSET
    item_map_id: str | Unset = UNSET
    sku_id: str | Unset = UNSET
    item_title: str | Unset = UNSET
    item_pic: str | Unset = UNSET
    price: int | Unset = UNSET
    promotion_price: int | Unset = UNSET
    properties: str | Unset = UNSET
    quantity: int | Unset = UNSET
    shop_id: int | Unset = UNSET
    ali_shop_id: str | Unset = UNSET
    shop_name: str | Unset = UNSET
    sku_quantity: str | Unset = UNSET
    user_nick: str | Unset = UNSET
    price_ranges: list[PriceRange] | Unset = UNSET
    quote_type: int | Unset = UNSET
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
        mp_id = self.mp_id

        mp_sku_id = self.mp_sku_id

        user_id = self.user_id

        platform = self.platform

        item_map_id = self.item_map_id

        sku_id = self.sku_id

        item_title = self.item_title

        item_pic = self.item_pic

        price = self.price

        promotion_price = self.promotion_price

        properties = self.properties

        quantity = self.quantity

        shop_id = self.shop_id

        ali_shop_id = self.ali_shop_id

        shop_name = self.shop_name

        sku_quantity = self.sku_quantity

        user_nick = self.user_nick

        price_ranges: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.price_ranges, Unset):
            price_ranges = []
            for price_ranges_item_data in self.price_ranges:
                price_ranges_item = to_jsonable(price_ranges_item_data)
                price_ranges.append(price_ranges_item)

        quote_type = self.quote_type

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "mpId": mp_id,
                "mpSkuId": mp_sku_id,
            }
        )
        if user_id is not UNSET:
            field_dict["userId"] = user_id
        if platform is not UNSET:
            field_dict["platform"] = platform
        if item_map_id is not UNSET:
            field_dict["itemMapId"] = item_map_id
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
        if properties is not UNSET:
            field_dict["properties"] = properties
        if quantity is not UNSET:
            field_dict["quantity"] = quantity
        if shop_id is not UNSET:
            field_dict["shopId"] = shop_id
        if ali_shop_id is not UNSET:
            field_dict["aliShopId"] = ali_shop_id
        if shop_name is not UNSET:
            field_dict["shopName"] = shop_name
        if sku_quantity is not UNSET:
            field_dict["skuQuantity"] = sku_quantity
        if user_nick is not UNSET:
            field_dict["userNick"] = user_nick
        if price_ranges is not UNSET:
            field_dict["priceRanges"] = price_ranges
        if quote_type is not UNSET:
            field_dict["quoteType"] = quote_type

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
        mp_id = d.pop("mpId")

        mp_sku_id = d.pop("mpSkuId")

        user_id = d.pop("userId", UNSET)

        platform = d.pop("platform", UNSET)

        item_map_id = d.pop("itemMapId", UNSET)

        sku_id = d.pop("skuId", UNSET)

        item_title = d.pop("itemTitle", UNSET)

        item_pic = d.pop("itemPic", UNSET)

        price = d.pop("price", UNSET)

        promotion_price = d.pop("promotionPrice", UNSET)

        properties = d.pop("properties", UNSET)

        quantity = d.pop("quantity", UNSET)

        shop_id = d.pop("shopId", UNSET)

        ali_shop_id = d.pop("aliShopId", UNSET)

        shop_name = d.pop("shopName", UNSET)

        sku_quantity = d.pop("skuQuantity", UNSET)

        user_nick = d.pop("userNick", UNSET)

        _price_ranges = d.pop("priceRanges", UNSET)
        price_ranges: list[PriceRange] | Unset = UNSET
        if _price_ranges is not UNSET:
            price_ranges = []
            for price_ranges_item_data in _price_ranges:
                price_ranges_item = PriceRange.from_dict(price_ranges_item_data)

                price_ranges.append(price_ranges_item)

        quote_type = d.pop("quoteType", UNSET)

        add_taobao_cart_item_request = cls(
            mp_id=mp_id,
            mp_sku_id=mp_sku_id,
            user_id=user_id,
            platform=platform,
            item_map_id=item_map_id,
            sku_id=sku_id,
            item_title=item_title,
            item_pic=item_pic,
            price=price,
            promotion_price=promotion_price,
            properties=properties,
            quantity=quantity,
            shop_id=shop_id,
            ali_shop_id=ali_shop_id,
            shop_name=shop_name,
            sku_quantity=sku_quantity,
            user_nick=user_nick,
            price_ranges=price_ranges,
            quote_type=quote_type,
        )

        add_taobao_cart_item_request.additional_properties = d
        return add_taobao_cart_item_request

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
from ..models.price_range import PriceRange
