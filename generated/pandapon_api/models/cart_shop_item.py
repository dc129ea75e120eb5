from __future__ import annotations

from collections.abc import Iterator, Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, model_to_json, set_fields_repr, to_jsonable

T = TypeVar("T", bound="CartShopItem")


@_attrs_define
class CartShopItem:
    """One shop's lines in the 1688 cart (schema name as in the docs).

    Attributes:
        seller_open_id (None | str | Unset): Encoded seller (shop) id.
        seller_nick_name (None | str | Unset): Seller nickname.
        cart_item_infos (list[AlibabaCartItem] | None | Unset): The shop's cart lines.
    """

    seller_open_id: None | str | Unset = UNSET
    seller_nick_name: None | str | Unset = UNSET
    cart_item_infos: list[AlibabaCartItem] | None | Unset = UNSET
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

        cart_item_infos: list[dict[str, Any]] | None | Unset
        if isinstance(self.cart_item_infos, Unset):
            cart_item_infos = UNSET
        elif isinstance(self.cart_item_infos, list):
            cart_item_infos = []
            for cart_item_infos_type_0_item_data in self.cart_item_infos:
                cart_item_infos_type_0_item = to_jsonable(
                    cart_item_infos_type_0_item_data
                )
                cart_item_infos.append(cart_item_infos_type_0_item)

        else:
            cart_item_infos = self.cart_item_infos

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if seller_open_id is not UNSET:
            field_dict["sellerOpenId"] = seller_open_id
        if seller_nick_name is not UNSET:
            field_dict["sellerNickName"] = seller_nick_name
        if cart_item_infos is not UNSET:
            field_dict["cartItemInfos"] = cart_item_infos

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
        seller_open_id: None | str | Unset = d.pop("sellerOpenId", UNSET)

        seller_nick_name: None | str | Unset = d.pop("sellerNickName", UNSET)

        def _parse_cart_item_infos(
            data: object,
        ) -> list[AlibabaCartItem] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                cart_item_infos_type_0 = []
                _cart_item_infos_type_0 = data
                for cart_item_infos_type_0_item_data in _cart_item_infos_type_0:
                    cart_item_infos_type_0_item = AlibabaCartItem.from_dict(
                        cart_item_infos_type_0_item_data
                    )

                    cart_item_infos_type_0.append(cart_item_infos_type_0_item)

                return cart_item_infos_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[AlibabaCartItem] | None | Unset, data)

        cart_item_infos = _parse_cart_item_infos(d.pop("cartItemInfos", UNSET))

        cart_shop_item = cls(
            seller_open_id=seller_open_id,
            seller_nick_name=seller_nick_name,
            cart_item_infos=cart_item_infos,
        )

        cart_shop_item.additional_properties = d
        return cart_shop_item

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
from ..models.alibaba_cart_item import AlibabaCartItem
