from __future__ import annotations

from collections.abc import Iterator, Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, model_to_json, set_fields_repr, to_jsonable

T = TypeVar("T", bound="TaobaoProductSku")


@_attrs_define
class TaobaoProductSku:
    """One SKU of a Taobao product. `picUrl`, `quantity`, `price`, `skuId`, `status` and `promotionPrice` are in PandaPon's
    Development-manual example; the rest are from the twin platform's copy of that example and the upstream Taobao
    Global product lookup.

        Attributes:
            sku_id (int | None | str | Unset): Taobao SKU id (a string in the example, e.g. "3452545926724").
            mp_sku_id (int | None | str | Unset): Distribution ("mp") SKU id: the `mpSkuId` of the cart and the line `skuId`
                when ordering.
            mp_skuld (int | None | str | Unset): The distribution SKU id under the spelling the twin platform's example
                shows (probably a misreading of `mpSkuId`); kept so either spelling is read.
            pic_url (None | str | Unset): SKU image URL (null when the SKU has no image).
            quantity (int | None | Unset): Stock of the SKU.
            price (int | None | Unset): SKU price; integer, unit not stated.
            promotion_price (int | None | str | Unset): SKU price after promotion; unit not stated.
            coupon_price (int | None | str | Unset): SKU price after coupon; unit not stated.
            post_fee (int | None | str | Unset): Domestic postage for the SKU; unit not stated.
            status (None | str | Unset): SKU status; "active" when on sale.
            properties (list[TaobaoSkuProperty] | None | Unset): The attribute values that make up the SKU (colour, size,
                ...).
    """

    sku_id: int | None | str | Unset = UNSET
    mp_sku_id: int | None | str | Unset = UNSET
    mp_skuld: int | None | str | Unset = UNSET
    pic_url: None | str | Unset = UNSET
    quantity: int | None | Unset = UNSET
    price: int | None | Unset = UNSET
    promotion_price: int | None | str | Unset = UNSET
    coupon_price: int | None | str | Unset = UNSET
    post_fee: int | None | str | Unset = UNSET
    status: None | str | Unset = UNSET
    properties: list[TaobaoSkuProperty] | None | Unset = UNSET
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
        sku_id: int | None | str | Unset
        if isinstance(self.sku_id, Unset):
            sku_id = UNSET
        else:
            sku_id = self.sku_id

        mp_sku_id: int | None | str | Unset
        if isinstance(self.mp_sku_id, Unset):
            mp_sku_id = UNSET
        else:
            mp_sku_id = self.mp_sku_id

        mp_skuld: int | None | str | Unset
        if isinstance(self.mp_skuld, Unset):
            mp_skuld = UNSET
        else:
            mp_skuld = self.mp_skuld

        pic_url: None | str | Unset
        if isinstance(self.pic_url, Unset):
            pic_url = UNSET
        else:
            pic_url = self.pic_url

        quantity: int | None | Unset
        if isinstance(self.quantity, Unset):
            quantity = UNSET
        else:
            quantity = self.quantity

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

        properties: list[dict[str, Any]] | None | Unset
        if isinstance(self.properties, Unset):
            properties = UNSET
        elif isinstance(self.properties, list):
            properties = []
            for properties_type_0_item_data in self.properties:
                properties_type_0_item = to_jsonable(properties_type_0_item_data)
                properties.append(properties_type_0_item)

        else:
            properties = self.properties

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if sku_id is not UNSET:
            field_dict["skuId"] = sku_id
        if mp_sku_id is not UNSET:
            field_dict["mpSkuId"] = mp_sku_id
        if mp_skuld is not UNSET:
            field_dict["mpSkuld"] = mp_skuld
        if pic_url is not UNSET:
            field_dict["picUrl"] = pic_url
        if quantity is not UNSET:
            field_dict["quantity"] = quantity
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
        sku_id: int | None | str | Unset = d.pop("skuId", UNSET)

        mp_sku_id: int | None | str | Unset = d.pop("mpSkuId", UNSET)

        mp_skuld: int | None | str | Unset = d.pop("mpSkuld", UNSET)

        pic_url: None | str | Unset = d.pop("picUrl", UNSET)

        quantity: int | None | Unset = d.pop("quantity", UNSET)

        price: int | None | Unset = d.pop("price", UNSET)

        promotion_price: int | None | str | Unset = d.pop("promotionPrice", UNSET)

        coupon_price: int | None | str | Unset = d.pop("couponPrice", UNSET)

        post_fee: int | None | str | Unset = d.pop("postFee", UNSET)

        status: None | str | Unset = d.pop("status", UNSET)

        def _parse_properties(data: object) -> list[TaobaoSkuProperty] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                properties_type_0 = []
                _properties_type_0 = data
                for properties_type_0_item_data in _properties_type_0:
                    properties_type_0_item = TaobaoSkuProperty.from_dict(
                        properties_type_0_item_data
                    )

                    properties_type_0.append(properties_type_0_item)

                return properties_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[TaobaoSkuProperty] | None | Unset, data)

        properties = _parse_properties(d.pop("properties", UNSET))

        taobao_product_sku = cls(
            sku_id=sku_id,
            mp_sku_id=mp_sku_id,
            mp_skuld=mp_skuld,
            pic_url=pic_url,
            quantity=quantity,
            price=price,
            promotion_price=promotion_price,
            coupon_price=coupon_price,
            post_fee=post_fee,
            status=status,
            properties=properties,
        )

        taobao_product_sku.additional_properties = d
        return taobao_product_sku

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
from ..models.taobao_sku_property import TaobaoSkuProperty
