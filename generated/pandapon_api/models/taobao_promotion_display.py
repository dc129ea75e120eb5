from __future__ import annotations

from collections.abc import Iterator, Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, model_to_json, set_fields_repr, to_jsonable

T = TypeVar("T", bound="TaobaoPromotionDisplay")


@_attrs_define
class TaobaoPromotionDisplay:
    """One group of promotions shown for a product.

    Attributes:
        type_name (None | str | Unset): Promotion type name.
        promotion_info_list (list[TaobaoPromotionInfo] | None | Unset): The promotions of that type.
    """

    type_name: None | str | Unset = UNSET
    promotion_info_list: list[TaobaoPromotionInfo] | None | Unset = UNSET
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
        type_name: None | str | Unset
        if isinstance(self.type_name, Unset):
            type_name = UNSET
        else:
            type_name = self.type_name

        promotion_info_list: list[dict[str, Any]] | None | Unset
        if isinstance(self.promotion_info_list, Unset):
            promotion_info_list = UNSET
        elif isinstance(self.promotion_info_list, list):
            promotion_info_list = []
            for promotion_info_list_type_0_item_data in self.promotion_info_list:
                promotion_info_list_type_0_item = to_jsonable(
                    promotion_info_list_type_0_item_data
                )
                promotion_info_list.append(promotion_info_list_type_0_item)

        else:
            promotion_info_list = self.promotion_info_list

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if type_name is not UNSET:
            field_dict["typeName"] = type_name
        if promotion_info_list is not UNSET:
            field_dict["promotionInfoList"] = promotion_info_list

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
        type_name: None | str | Unset = d.pop("typeName", UNSET)

        def _parse_promotion_info_list(
            data: object,
        ) -> list[TaobaoPromotionInfo] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                promotion_info_list_type_0 = []
                _promotion_info_list_type_0 = data
                for promotion_info_list_type_0_item_data in _promotion_info_list_type_0:
                    promotion_info_list_type_0_item = TaobaoPromotionInfo.from_dict(
                        promotion_info_list_type_0_item_data
                    )

                    promotion_info_list_type_0.append(promotion_info_list_type_0_item)

                return promotion_info_list_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[TaobaoPromotionInfo] | None | Unset, data)

        promotion_info_list = _parse_promotion_info_list(
            d.pop("promotionInfoList", UNSET)
        )

        taobao_promotion_display = cls(
            type_name=type_name,
            promotion_info_list=promotion_info_list,
        )

        taobao_promotion_display.additional_properties = d
        return taobao_promotion_display

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
from ..models.taobao_promotion_info import TaobaoPromotionInfo
