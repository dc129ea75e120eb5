from __future__ import annotations

from collections.abc import Iterator, Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, model_to_json, set_fields_repr, to_jsonable

T = TypeVar("T", bound="TaobaoCartList")


@_attrs_define
class TaobaoCartList:
    """Inferred cart, shaped like the 1688 sibling's AlibabaCartV2VO: usable and unusable items, each grouped by shop.

    Attributes:
        enable_list (list[TaobaoCartShopItem] | None | Unset): Items that can be ordered, grouped by shop.
        disable_list (list[TaobaoCartShopItem] | None | Unset): Items that can no longer be ordered, grouped by shop.
    """

    enable_list: list[TaobaoCartShopItem] | None | Unset = UNSET
    disable_list: list[TaobaoCartShopItem] | None | Unset = UNSET
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
        enable_list: list[dict[str, Any]] | None | Unset
        if isinstance(self.enable_list, Unset):
            enable_list = UNSET
        elif isinstance(self.enable_list, list):
            enable_list = []
            for enable_list_type_0_item_data in self.enable_list:
                enable_list_type_0_item = to_jsonable(enable_list_type_0_item_data)
                enable_list.append(enable_list_type_0_item)

        else:
            enable_list = self.enable_list

        disable_list: list[dict[str, Any]] | None | Unset
        if isinstance(self.disable_list, Unset):
            disable_list = UNSET
        elif isinstance(self.disable_list, list):
            disable_list = []
            for disable_list_type_0_item_data in self.disable_list:
                disable_list_type_0_item = to_jsonable(disable_list_type_0_item_data)
                disable_list.append(disable_list_type_0_item)

        else:
            disable_list = self.disable_list

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if enable_list is not UNSET:
            field_dict["enableList"] = enable_list
        if disable_list is not UNSET:
            field_dict["disableList"] = disable_list

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

        def _parse_enable_list(data: object) -> list[TaobaoCartShopItem] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                enable_list_type_0 = []
                _enable_list_type_0 = data
                for enable_list_type_0_item_data in _enable_list_type_0:
                    enable_list_type_0_item = TaobaoCartShopItem.from_dict(
                        enable_list_type_0_item_data
                    )

                    enable_list_type_0.append(enable_list_type_0_item)

                return enable_list_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[TaobaoCartShopItem] | None | Unset, data)

        enable_list = _parse_enable_list(d.pop("enableList", UNSET))

        def _parse_disable_list(
            data: object,
        ) -> list[TaobaoCartShopItem] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                disable_list_type_0 = []
                _disable_list_type_0 = data
                for disable_list_type_0_item_data in _disable_list_type_0:
                    disable_list_type_0_item = TaobaoCartShopItem.from_dict(
                        disable_list_type_0_item_data
                    )

                    disable_list_type_0.append(disable_list_type_0_item)

                return disable_list_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[TaobaoCartShopItem] | None | Unset, data)

        disable_list = _parse_disable_list(d.pop("disableList", UNSET))

        taobao_cart_list = cls(
            enable_list=enable_list,
            disable_list=disable_list,
        )

        taobao_cart_list.additional_properties = d
        return taobao_cart_list

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
from ..models.taobao_cart_shop_item import TaobaoCartShopItem
