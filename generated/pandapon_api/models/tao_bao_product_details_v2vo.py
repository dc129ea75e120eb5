from __future__ import annotations

from collections.abc import Iterator, Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, model_to_json, set_fields_repr, to_jsonable

T = TypeVar("T", bound="TaoBaoProductDetailsV2VO")


@_attrs_define
class TaoBaoProductDetailsV2VO:
    """A Taobao product with its SKUs (v2 schema name). Only `quantity` was read on the v2 page; the other fields are the
    older generation's (`/open/product/get` and the Development manual's real example), which are the camelCase of the
    upstream Taobao Global product lookup. Money fields are integers; their unit is not stated (the manual's example has
    price 1).

        Attributes:
            item_id (int | None | str | Unset): Taobao item id. An int64 in the older generation (e.g. 672991141190); the v2
                request takes an encoded string, so the v2 value may be a string.
            item_map_id (None | str | Unset): Encoded product id as the v2 cart expects it (`itemMapId` of
                `addTaobaoCartItem`, example starting "WUnU", the same form as this call's `itemId`). Not seen in this response.
            mp_id (None | str | Unset): Distribution ("mp") product id, e.g. "2048057995392326"; the id used as `mpId` in
                the cart and as the line `itemId` when ordering.
            title (None | str | Unset): Product title.
            description (None | str | Unset): Product detail text.
            pic_urls (list[str] | None | Unset): Product image URLs.
            category_id (None | str | Unset): Category id, as a string (e.g. "121452038").
            category_name (None | str | Unset): Leaf category name.
            category_path (None | str | Unset): Category path from the root, levels joined with "->" (e.g.
                "童装/婴儿装/亲子装->裙子(新)->连衣裙").
            shop_id (int | None | Unset): Shop id (integer in the manual's example).
            shop_name (None | str | Unset): Shop name.
            user_nick (None | str | Unset): Seller's nickname.
            product_unit (None | str | Unset): Sales unit (null in the manual's example).
            quantity (int | None | Unset): Stock of the product (the one field read on the v2 page).
            begin_amount (int | None | Unset): Minimum order quantity (0 in the manual's example).
            price (int | None | Unset): Price; integer, unit not stated.
            promotion_price (int | None | str | Unset): Price after promotion; unit not stated. An integer in PandaPon's
                example, a string in the twin platform's copy of the same example.
            coupon_price (int | None | str | Unset): Price after coupon; unit not stated.
            post_fee (int | None | str | Unset): Domestic postage; unit not stated.
            status (None | str | Unset): Product status; "active" when on sale.
            item_type (None | str | Unset): Item type. "HAVE_MATERIAL" in the manual's example; the upstream also knows
                "WITHOUT_MATERIAL" (meaning not explained).
            promotion_displays (list[TaobaoPromotionDisplay] | None | Unset): Promotions shown for the product.
            sku_list (list[TaobaoProductSku] | None | Unset): The product's SKUs.
    """

    item_id: int | None | str | Unset = UNSET
    item_map_id: None | str | Unset = UNSET
    mp_id: None | str | Unset = UNSET
    title: None | str | Unset = UNSET
    description: None | str | Unset = UNSET
    pic_urls: list[str] | None | Unset = UNSET
    category_id: None | str | Unset = UNSET
    category_name: None | str | Unset = UNSET
    category_path: None | str | Unset = UNSET
    shop_id: int | None | Unset = UNSET
    shop_name: None | str | Unset = UNSET
    user_nick: None | str | Unset = UNSET
    product_unit: None | str | Unset = UNSET
    quantity: int | None | Unset = UNSET
    begin_amount: int | None | Unset = UNSET
    price: int | None | Unset = UNSET
    promotion_price: int | None | str | Unset = UNSET
    coupon_price: int | None | str | Unset = UNSET
    post_fee: int | None | str | Unset = UNSET
    status: None | str | Unset = UNSET
    item_type: None | str | Unset = UNSET
    promotion_displays: list[TaobaoPromotionDisplay] | None | Unset = UNSET
    sku_list: list[TaobaoProductSku] | None | Unset = UNSET
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

        title: None | str | Unset
        if isinstance(self.title, Unset):
            title = UNSET
        else:
            title = self.title

        description: None | str | Unset
        if isinstance(self.description, Unset):
            description = UNSET
        else:
            description = self.description

        pic_urls: list[str] | None | Unset
        if isinstance(self.pic_urls, Unset):
            pic_urls = UNSET
        elif isinstance(self.pic_urls, list):
            pic_urls = self.pic_urls

        else:
            pic_urls = self.pic_urls

        category_id: None | str | Unset
        if isinstance(self.category_id, Unset):
            category_id = UNSET
        else:
            category_id = self.category_id

        category_name: None | str | Unset
        if isinstance(self.category_name, Unset):
            category_name = UNSET
        else:
            category_name = self.category_name

        category_path: None | str | Unset
        if isinstance(self.category_path, Unset):
            category_path = UNSET
        else:
            category_path = self.category_path

        shop_id: int | None | Unset
        if isinstance(self.shop_id, Unset):
            shop_id = UNSET
        else:
            shop_id = self.shop_id

        shop_name: None | str | Unset
        if isinstance(self.shop_name, Unset):
            shop_name = UNSET
        else:
            shop_name = self.shop_name

        user_nick: None | str | Unset
        if isinstance(self.user_nick, Unset):
            user_nick = UNSET
        else:
            user_nick = self.user_nick

        product_unit: None | str | Unset
        if isinstance(self.product_unit, Unset):
            product_unit = UNSET
        else:
            product_unit = self.product_unit

        quantity: int | None | Unset
        if isinstance(self.quantity, Unset):
            quantity = UNSET
        else:
            quantity = self.quantity

        begin_amount: int | None | Unset
        if isinstance(self.begin_amount, Unset):
            begin_amount = UNSET
        else:
            begin_amount = self.begin_amount

        price: int | None | Unset
        if isinstance(self.price, Unset):
            price = UNSET
        else:
            price = self.price

        promotion_price: int | None | str | Unset
        if isinstance(self.promotion_price, Unset):
            promotion_price = UNSET
        else:
            promotion_price = self.promotion_price

        coupon_price: int | None | str | Unset
        if isinstance(self.coupon_price, Unset):
            coupon_price = UNSET
        else:
            coupon_price = self.coupon_price

        post_fee: int | None | str | Unset
        if isinstance(self.post_fee, Unset):
            post_fee = UNSET
        else:
            post_fee = self.post_fee

        status: None | str | Unset
        if isinstance(self.status, Unset):
            status = UNSET
        else:
            status = self.status

        item_type: None | str | Unset
        if isinstance(self.item_type, Unset):
            item_type = UNSET
        else:
            item_type = self.item_type

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

        sku_list: list[dict[str, Any]] | None | Unset
        if isinstance(self.sku_list, Unset):
            sku_list = UNSET
        elif isinstance(self.sku_list, list):
            sku_list = []
            for sku_list_type_0_item_data in self.sku_list:
                sku_list_type_0_item = to_jsonable(sku_list_type_0_item_data)
                sku_list.append(sku_list_type_0_item)

        else:
            sku_list = self.sku_list

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if item_id is not UNSET:
            field_dict["itemId"] = item_id
        if item_map_id is not UNSET:
            field_dict["itemMapId"] = item_map_id
        if mp_id is not UNSET:
            field_dict["mpId"] = mp_id
        if title is not UNSET:
            field_dict["title"] = title
        if description is not UNSET:
            field_dict["description"] = description
        if pic_urls is not UNSET:
            field_dict["picUrls"] = pic_urls
        if category_id is not UNSET:
            field_dict["categoryId"] = category_id
        if category_name is not UNSET:
            field_dict["categoryName"] = category_name
        if category_path is not UNSET:
            field_dict["categoryPath"] = category_path
        if shop_id is not UNSET:
            field_dict["shopId"] = shop_id
        if shop_name is not UNSET:
            field_dict["shopName"] = shop_name
        if user_nick is not UNSET:
            field_dict["userNick"] = user_nick
        if product_unit is not UNSET:
            field_dict["productUnit"] = product_unit
        if quantity is not UNSET:
            field_dict["quantity"] = quantity
        if begin_amount is not UNSET:
            field_dict["beginAmount"] = begin_amount
        if price is not UNSET:
            field_dict["price"] = price
        if promotion_price is not UNSET:
            field_dict["promotionPrice"] = promotion_price
        if coupon_price is not UNSET:
            field_dict["couponPrice"] = coupon_price
        if post_fee is not UNSET:
            field_dict["postFee"] = post_fee
        if status is not UNSET:
            field_dict["status"] = status
        if item_type is not UNSET:
            field_dict["itemType"] = item_type
        if promotion_displays is not UNSET:
            field_dict["promotionDisplays"] = promotion_displays
        if sku_list is not UNSET:
            field_dict["skuList"] = sku_list

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

        item_map_id: None | str | Unset = d.pop("itemMapId", UNSET)

        mp_id: None | str | Unset = d.pop("mpId", UNSET)

        title: None | str | Unset = d.pop("title", UNSET)

        description: None | str | Unset = d.pop("description", UNSET)

        def _parse_pic_urls(data: object) -> list[str] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                pic_urls_type_0 = cast(list[str], data)

                return pic_urls_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[str] | None | Unset, data)

        pic_urls = _parse_pic_urls(d.pop("picUrls", UNSET))

        category_id: None | str | Unset = d.pop("categoryId", UNSET)

        category_name: None | str | Unset = d.pop("categoryName", UNSET)

        category_path: None | str | Unset = d.pop("categoryPath", UNSET)

        shop_id: int | None | Unset = d.pop("shopId", UNSET)

        shop_name: None | str | Unset = d.pop("shopName", UNSET)

        user_nick: None | str | Unset = d.pop("userNick", UNSET)

        product_unit: None | str | Unset = d.pop("productUnit", UNSET)

        quantity: int | None | Unset = d.pop("quantity", UNSET)

        begin_amount: int | None | Unset = d.pop("beginAmount", UNSET)

        price: int | None | Unset = d.pop("price", UNSET)

        promotion_price: int | None | str | Unset = d.pop("promotionPrice", UNSET)

        coupon_price: int | None | str | Unset = d.pop("couponPrice", UNSET)

        post_fee: int | None | str | Unset = d.pop("postFee", UNSET)

        status: None | str | Unset = d.pop("status", UNSET)

        item_type: None | str | Unset = d.pop("itemType", UNSET)

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

        def _parse_sku_list(data: object) -> list[TaobaoProductSku] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                sku_list_type_0 = []
                _sku_list_type_0 = data
                for sku_list_type_0_item_data in _sku_list_type_0:
                    sku_list_type_0_item = TaobaoProductSku.from_dict(
                        sku_list_type_0_item_data
                    )

                    sku_list_type_0.append(sku_list_type_0_item)

                return sku_list_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[TaobaoProductSku] | None | Unset, data)

        sku_list = _parse_sku_list(d.pop("skuList", UNSET))

        tao_bao_product_details_v2vo = cls(
            item_id=item_id,
            item_map_id=item_map_id,
            mp_id=mp_id,
            title=title,
            description=description,
            pic_urls=pic_urls,
            category_id=category_id,
            category_name=category_name,
            category_path=category_path,
            shop_id=shop_id,
            shop_name=shop_name,
            user_nick=user_nick,
            product_unit=product_unit,
            quantity=quantity,
            begin_amount=begin_amount,
            price=price,
            promotion_price=promotion_price,
            coupon_price=coupon_price,
            post_fee=post_fee,
            status=status,
            item_type=item_type,
            promotion_displays=promotion_displays,
            sku_list=sku_list,
        )

        tao_bao_product_details_v2vo.additional_properties = d
        return tao_bao_product_details_v2vo

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
from ..models.taobao_product_sku import TaobaoProductSku
from ..models.taobao_promotion_display import TaobaoPromotionDisplay
