from __future__ import annotations

from collections.abc import Iterator, Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, model_to_json, set_fields_repr, to_jsonable

T = TypeVar("T", bound="TaobaoCartPreviewItemPrice")


@_attrs_define
class TaobaoCartPreviewItemPrice:
    """Price of one line (inferred).

    Attributes:
        item_id (int | None | str | Unset): Product (distribution) id.
        sku_id (int | None | str | Unset): SKU id.
        quantity (int | None | Unset): Quantity.
        origin_price (None | TaobaoCartPreviewAmount | Unset):
        discount_price (None | TaobaoCartPreviewAmount | Unset):
    """

    item_id: int | None | str | Unset = UNSET
    sku_id: int | None | str | Unset = UNSET
    quantity: int | None | Unset = UNSET
    origin_price: None | TaobaoCartPreviewAmount | Unset = UNSET
    discount_price: None | TaobaoCartPreviewAmount | Unset = UNSET
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

        sku_id: int | None | str | Unset
        if isinstance(self.sku_id, Unset):
            sku_id = UNSET
        else:
            sku_id = self.sku_id

        quantity: int | None | Unset
        if isinstance(self.quantity, Unset):
            quantity = UNSET
        else:
            quantity = self.quantity

        origin_price: dict[str, Any] | None | Unset
        if isinstance(self.origin_price, Unset):
            origin_price = UNSET
        elif isinstance(self.origin_price, TaobaoCartPreviewAmount):
            origin_price = to_jsonable(self.origin_price)
        else:
            origin_price = self.origin_price

        discount_price: dict[str, Any] | None | Unset
        if isinstance(self.discount_price, Unset):
            discount_price = UNSET
        elif isinstance(self.discount_price, TaobaoCartPreviewAmount):
            discount_price = to_jsonable(self.discount_price)
        else:
            discount_price = self.discount_price

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if item_id is not UNSET:
            field_dict["itemId"] = item_id
        if sku_id is not UNSET:
            field_dict["skuId"] = sku_id
        if quantity is not UNSET:
            field_dict["quantity"] = quantity
        if origin_price is not UNSET:
            field_dict["originPrice"] = origin_price
        if discount_price is not UNSET:
            field_dict["discountPrice"] = discount_price

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

        sku_id: int | None | str | Unset = d.pop("skuId", UNSET)

        quantity: int | None | Unset = d.pop("quantity", UNSET)

        def _parse_origin_price(data: object) -> None | TaobaoCartPreviewAmount | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                origin_price_type_0 = TaobaoCartPreviewAmount.from_dict(data)

                return origin_price_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | TaobaoCartPreviewAmount | Unset, data)

        origin_price = _parse_origin_price(d.pop("originPrice", UNSET))

        def _parse_discount_price(
            data: object,
        ) -> None | TaobaoCartPreviewAmount | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                discount_price_type_0 = TaobaoCartPreviewAmount.from_dict(data)

                return discount_price_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | TaobaoCartPreviewAmount | Unset, data)

        discount_price = _parse_discount_price(d.pop("discountPrice", UNSET))

        taobao_cart_preview_item_price = cls(
            item_id=item_id,
            sku_id=sku_id,
            quantity=quantity,
            origin_price=origin_price,
            discount_price=discount_price,
        )

        taobao_cart_preview_item_price.additional_properties = d
        return taobao_cart_preview_item_price

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
from ..models.taobao_cart_preview_amount import TaobaoCartPreviewAmount
