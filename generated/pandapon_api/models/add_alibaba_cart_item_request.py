from __future__ import annotations

from collections.abc import Iterator, Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, model_to_json, set_fields_repr, to_jsonable

T = TypeVar("T", bound="AddAlibabaCartItemRequest")


@_attrs_define
class AddAlibabaCartItemRequest:
    """Inferred: the Taobao `POST /v2/taobao/cart/add` body (a product snapshot plus quantity) translated to the 1688 cart-
    line names. Only `offerMapId` is required.

        Attributes:
            offer_map_id (str | Unset): Encoded 1688 product id (as in the cart list and the order calls).
            spec_id (None | str | Unset): SKU spec id (32 hex characters).
            sku_id (None | str | Unset): SKU id.
            quantity (int | None | Unset): Quantity to add.
            item_title (None | str | Unset): Product title to show in the cart.
            item_pic (None | str | Unset): Product picture URL to show in the cart.
            price (float | None | Unset): Unit price (unit not stated).
            properties (None | str | Unset): SKU properties, as text.
            seller_open_id (None | str | Unset): Encoded seller (shop) id; the cart groups lines by it.
            seller_nick_name (None | str | Unset): Seller nickname.
            amount_on_sale (int | None | Unset): Stock of the SKU.
            price_ranges (list[AlibabaCartPriceRange] | None | Unset): Tier prices (the Taobao add call carries them; they
                look borrowed from the 1688 model).
            quote_type (int | None | Unset): 1688 pricing mode (upstream values 0-3; see
                `AlibabaProductSaleInfo.quoteType`).
            product_no (None | str | Unset): Product number (purpose not documented; present on the edit-quantity call and
                FastCargo).
            container (None | str | Unset): Container or box number (purpose not documented; present on the edit-quantity
                call and FastCargo).
            user_id (None | str | Unset): Platform user id (the Taobao add call has it).
    """

    offer_map_id: str | Unset = UNSET
    spec_id: None | str | Unset = UNSET
    sku_id: None | str | Unset = UNSET
    quantity: int | None | Unset = UNSET
    item_title: None | str | Unset = UNSET
    item_pic: None | str | Unset = UNSET
    price: float | None | Unset = UNSET
    properties: None | str | Unset = UNSET
    seller_open_id: None | str | Unset = UNSET
    seller_nick_name: None | str | Unset = UNSET
    amount_on_sale: int | None | Unset = UNSET
    price_ranges: list[AlibabaCartPriceRange] | None | Unset = UNSET
    quote_type: int | None | Unset = UNSET
    product_no: None | str | Unset = UNSET
    container: None | str | Unset = UNSET
    user_id: None | str | Unset = UNSET
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

        quantity: int | None | Unset
        if isinstance(self.quantity, Unset):
            quantity = UNSET
        else:
            quantity = self.quantity

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

        properties: None | str | Unset
        if isinstance(self.properties, Unset):
            properties = UNSET
        else:
            properties = self.properties

        seller_open_id: None | str | Unset
        if isinstance(self.seller_open_id, Unset):
            seller_open_id = UNSET
        else:
            seller_open_id = self.seller_open_id

        seller_nick_name: None | str | Unset
        if isinstance(self.seller_nick_name, Unset):
            seller_nick_name = UNSET
        else:
            seller_nick_name = self.seller_nick_name

        amount_on_sale: int | None | Unset
        if isinstance(self.amount_on_sale, Unset):
            amount_on_sale = UNSET
        else:
            amount_on_sale = self.amount_on_sale

        price_ranges: list[dict[str, Any]] | None | Unset
        if isinstance(self.price_ranges, Unset):
            price_ranges = UNSET
        elif isinstance(self.price_ranges, list):
            price_ranges = []
            for price_ranges_type_0_item_data in self.price_ranges:
                price_ranges_type_0_item = to_jsonable(price_ranges_type_0_item_data)
                price_ranges.append(price_ranges_type_0_item)

        else:
            price_ranges = self.price_ranges

        quote_type: int | None | Unset
        if isinstance(self.quote_type, Unset):
            quote_type = UNSET
        else:
            quote_type = self.quote_type

        product_no: None | str | Unset
        if isinstance(self.product_no, Unset):
            product_no = UNSET
        else:
            product_no = self.product_no

        container: None | str | Unset
        if isinstance(self.container, Unset):
            container = UNSET
        else:
            container = self.container

        user_id: None | str | Unset
        if isinstance(self.user_id, Unset):
            user_id = UNSET
        else:
            user_id = self.user_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if offer_map_id is not UNSET:
            field_dict["offerMapId"] = offer_map_id
        if spec_id is not UNSET:
            field_dict["specId"] = spec_id
        if sku_id is not UNSET:
            field_dict["skuId"] = sku_id
        if quantity is not UNSET:
            field_dict["quantity"] = quantity
        if item_title is not UNSET:
            field_dict["itemTitle"] = item_title
        if item_pic is not UNSET:
            field_dict["itemPic"] = item_pic
        if price is not UNSET:
            field_dict["price"] = price
        if properties is not UNSET:
            field_dict["properties"] = properties
        if seller_open_id is not UNSET:
            field_dict["sellerOpenId"] = seller_open_id
        if seller_nick_name is not UNSET:
            field_dict["sellerNickName"] = seller_nick_name
        if amount_on_sale is not UNSET:
            field_dict["amountOnSale"] = amount_on_sale
        if price_ranges is not UNSET:
            field_dict["priceRanges"] = price_ranges
        if quote_type is not UNSET:
            field_dict["quoteType"] = quote_type
        if product_no is not UNSET:
            field_dict["productNo"] = product_no
        if container is not UNSET:
            field_dict["container"] = container
        if user_id is not UNSET:
            field_dict["userId"] = user_id

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
        offer_map_id = d.pop("offerMapId", UNSET)

        spec_id: None | str | Unset = d.pop("specId", UNSET)

        sku_id: None | str | Unset = d.pop("skuId", UNSET)

        quantity: int | None | Unset = d.pop("quantity", UNSET)

        item_title: None | str | Unset = d.pop("itemTitle", UNSET)

        item_pic: None | str | Unset = d.pop("itemPic", UNSET)

        price: float | None | Unset = d.pop("price", UNSET)

        properties: None | str | Unset = d.pop("properties", UNSET)

        seller_open_id: None | str | Unset = d.pop("sellerOpenId", UNSET)

        seller_nick_name: None | str | Unset = d.pop("sellerNickName", UNSET)

        amount_on_sale: int | None | Unset = d.pop("amountOnSale", UNSET)

        def _parse_price_ranges(
            data: object,
        ) -> list[AlibabaCartPriceRange] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                price_ranges_type_0 = []
                _price_ranges_type_0 = data
                for price_ranges_type_0_item_data in _price_ranges_type_0:
                    price_ranges_type_0_item = AlibabaCartPriceRange.from_dict(
                        price_ranges_type_0_item_data
                    )

                    price_ranges_type_0.append(price_ranges_type_0_item)

                return price_ranges_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[AlibabaCartPriceRange] | None | Unset, data)

        price_ranges = _parse_price_ranges(d.pop("priceRanges", UNSET))

        quote_type: int | None | Unset = d.pop("quoteType", UNSET)

        product_no: None | str | Unset = d.pop("productNo", UNSET)

        container: None | str | Unset = d.pop("container", UNSET)

        user_id: None | str | Unset = d.pop("userId", UNSET)

        add_alibaba_cart_item_request = cls(
            offer_map_id=offer_map_id,
            spec_id=spec_id,
            sku_id=sku_id,
            quantity=quantity,
            item_title=item_title,
            item_pic=item_pic,
            price=price,
            properties=properties,
            seller_open_id=seller_open_id,
            seller_nick_name=seller_nick_name,
            amount_on_sale=amount_on_sale,
            price_ranges=price_ranges,
            quote_type=quote_type,
            product_no=product_no,
            container=container,
            user_id=user_id,
        )

        add_alibaba_cart_item_request.additional_properties = d
        return add_alibaba_cart_item_request

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
from ..models.alibaba_cart_price_range import AlibabaCartPriceRange
