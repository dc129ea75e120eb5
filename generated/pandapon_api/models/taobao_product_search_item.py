from __future__ import annotations

from collections.abc import Iterator, Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, model_to_json, set_fields_repr, to_jsonable

T = TypeVar("T", bound="TaobaoProductSearchItem")


@_attrs_define
class TaobaoProductSearchItem:
    """One product in a search result. Not seen on PandaPon; names are the camelCase of the upstream item search as the
    twin platform's client has them.

        Attributes:
            item_id (int | None | str | Unset): Taobao item id (int64 upstream; may be an encoded string in v2).
            title (None | str | Unset): Product title.
            main_image_url (None | str | Unset): Main image URL.
            price (int | None | str | Unset): Price (a string in yuan upstream; PandaPon's unit not stated).
            coupon_price (int | None | str | Unset): Price after coupon, for reference (unit not stated).
            quantity (int | None | Unset): Stock (twin client name).
            inventory (int | None | Unset): Stock (upstream name).
            shop_name (None | str | Unset): Shop name.
            tags (list[str] | None | Unset): Activity tags of the product.
            multi_language_info (None | TaobaoMultiLanguageInfo | Unset): Translated title and image.
            promotion_displays (list[TaobaoPromotionDisplay] | None | Unset): Promotions shown for the product.
    """

    item_id: int | None | str | Unset = UNSET
    title: None | str | Unset = UNSET
    main_image_url: None | str | Unset = UNSET
    price: int | None | str | Unset = UNSET
    coupon_price: int | None | str | Unset = UNSET
    quantity: int | None | Unset = UNSET
    inventory: int | None | Unset = UNSET
    shop_name: None | str | Unset = UNSET
    tags: list[str] | None | Unset = UNSET
    multi_language_info: None | TaobaoMultiLanguageInfo | Unset = UNSET
    promotion_displays: list[TaobaoPromotionDisplay] | None | Unset = UNSET
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
        item_id: int | None | str | Unset
        if isinstance(self.item_id, Unset):
            item_id = UNSET
        else:
            item_id = self.item_id

        title: None | str | Unset
        if isinstance(self.title, Unset):
            title = UNSET
        else:
            title = self.title

        main_image_url: None | str | Unset
        if isinstance(self.main_image_url, Unset):
            main_image_url = UNSET
        else:
            main_image_url = self.main_image_url

        price: int | None | str | Unset
        if isinstance(self.price, Unset):
            price = UNSET
        else:
            price = self.price

        coupon_price: int | None | str | Unset
        if isinstance(self.coupon_price, Unset):
            coupon_price = UNSET
        else:
            coupon_price = self.coupon_price

        quantity: int | None | Unset
        if isinstance(self.quantity, Unset):
            quantity = UNSET
        else:
            quantity = self.quantity

        inventory: int | None | Unset
        if isinstance(self.inventory, Unset):
            inventory = UNSET
        else:
            inventory = self.inventory

        shop_name: None | str | Unset
        if isinstance(self.shop_name, Unset):
            shop_name = UNSET
        else:
            shop_name = self.shop_name

        tags: list[str] | None | Unset
        if isinstance(self.tags, Unset):
            tags = UNSET
        elif isinstance(self.tags, list):
            tags = self.tags

        else:
            tags = self.tags

        multi_language_info: dict[str, Any] | None | Unset
        if isinstance(self.multi_language_info, Unset):
            multi_language_info = UNSET
        elif isinstance(self.multi_language_info, TaobaoMultiLanguageInfo):
            multi_language_info = to_jsonable(self.multi_language_info)
        else:
            multi_language_info = self.multi_language_info

        promotion_displays: list[dict[str, Any]] | None | Unset
        if isinstance(self.promotion_displays, Unset):
            promotion_displays = UNSET
        elif isinstance(self.promotion_displays, list):
            promotion_displays = []
            for promotion_displays_type_0_item_data in self.promotion_displays:
                promotion_displays_type_0_item = to_jsonable(
                    promotion_displays_type_0_item_data
                )
                promotion_displays.append(promotion_displays_type_0_item)

        else:
            promotion_displays = self.promotion_displays

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if item_id is not UNSET:
            field_dict["itemId"] = item_id
        if title is not UNSET:
            field_dict["title"] = title
        if main_image_url is not UNSET:
            field_dict["mainImageUrl"] = main_image_url
        if price is not UNSET:
            field_dict["price"] = price
        if coupon_price is not UNSET:
            field_dict["couponPrice"] = coupon_price
        if quantity is not UNSET:
            field_dict["quantity"] = quantity
        if inventory is not UNSET:
            field_dict["inventory"] = inventory
        if shop_name is not UNSET:
            field_dict["shopName"] = shop_name
        if tags is not UNSET:
            field_dict["tags"] = tags
        if multi_language_info is not UNSET:
            field_dict["multiLanguageInfo"] = multi_language_info
        if promotion_displays is not UNSET:
            field_dict["promotionDisplays"] = promotion_displays

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
        item_id: int | None | str | Unset = d.pop("itemId", UNSET)

        title: None | str | Unset = d.pop("title", UNSET)

        main_image_url: None | str | Unset = d.pop("mainImageUrl", UNSET)

        price: int | None | str | Unset = d.pop("price", UNSET)

        coupon_price: int | None | str | Unset = d.pop("couponPrice", UNSET)

        quantity: int | None | Unset = d.pop("quantity", UNSET)

        inventory: int | None | Unset = d.pop("inventory", UNSET)

        shop_name: None | str | Unset = d.pop("shopName", UNSET)

        def _parse_tags(data: object) -> list[str] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                tags_type_0 = cast(list[str], data)

                return tags_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[str] | None | Unset, data)

        tags = _parse_tags(d.pop("tags", UNSET))

        def _parse_multi_language_info(
            data: object,
        ) -> None | TaobaoMultiLanguageInfo | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                multi_language_info_type_0 = TaobaoMultiLanguageInfo.from_dict(data)

                return multi_language_info_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | TaobaoMultiLanguageInfo | Unset, data)

        multi_language_info = _parse_multi_language_info(
            d.pop("multiLanguageInfo", UNSET)
        )

        def _parse_promotion_displays(
            data: object,
        ) -> list[TaobaoPromotionDisplay] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                promotion_displays_type_0 = []
                _promotion_displays_type_0 = data
                for promotion_displays_type_0_item_data in _promotion_displays_type_0:
                    promotion_displays_type_0_item = TaobaoPromotionDisplay.from_dict(
                        promotion_displays_type_0_item_data
                    )

                    promotion_displays_type_0.append(promotion_displays_type_0_item)

                return promotion_displays_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[TaobaoPromotionDisplay] | None | Unset, data)

        promotion_displays = _parse_promotion_displays(
            d.pop("promotionDisplays", UNSET)
        )

        taobao_product_search_item = cls(
            item_id=item_id,
            title=title,
            main_image_url=main_image_url,
            price=price,
            coupon_price=coupon_price,
            quantity=quantity,
            inventory=inventory,
            shop_name=shop_name,
            tags=tags,
            multi_language_info=multi_language_info,
            promotion_displays=promotion_displays,
        )

        taobao_product_search_item.additional_properties = d
        return taobao_product_search_item

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
from ..models.taobao_multi_language_info import TaobaoMultiLanguageInfo
from ..models.taobao_promotion_display import TaobaoPromotionDisplay
