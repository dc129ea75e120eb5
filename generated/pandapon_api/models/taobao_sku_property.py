from __future__ import annotations

from collections.abc import Iterator, Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, model_to_json, set_fields_repr

T = TypeVar("T", bound="TaobaoSkuProperty")


@_attrs_define
class TaobaoSkuProperty:
    """One attribute value of a SKU. Names as in the older cart-add example's `properties` JSON (`propId`, `propName`,
    `valueId`, `valueName`); `valueDesc` from the upstream.

        Attributes:
            prop_id (int | None | str | Unset): Attribute id (e.g. 1627207).
            prop_name (None | str | Unset): Attribute name (e.g. 颜色分类).
            value_id (int | None | str | Unset): Attribute value id.
            value_name (None | str | Unset): Attribute value (e.g. 黄色).
            value_desc (None | str | Unset): Attribute value with the seller's remark.
    """

    prop_id: int | None | str | Unset = UNSET
    prop_name: None | str | Unset = UNSET
    value_id: int | None | str | Unset = UNSET
    value_name: None | str | Unset = UNSET
    value_desc: None | str | Unset = UNSET
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
        prop_id: int | None | str | Unset
        if isinstance(self.prop_id, Unset):
            prop_id = UNSET
        else:
            prop_id = self.prop_id

        prop_name: None | str | Unset
        if isinstance(self.prop_name, Unset):
            prop_name = UNSET
        else:
            prop_name = self.prop_name

        value_id: int | None | str | Unset
        if isinstance(self.value_id, Unset):
            value_id = UNSET
        else:
            value_id = self.value_id

        value_name: None | str | Unset
        if isinstance(self.value_name, Unset):
            value_name = UNSET
        else:
            value_name = self.value_name

        value_desc: None | str | Unset
        if isinstance(self.value_desc, Unset):
            value_desc = UNSET
        else:
            value_desc = self.value_desc

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if prop_id is not UNSET:
            field_dict["propId"] = prop_id
        if prop_name is not UNSET:
            field_dict["propName"] = prop_name
        if value_id is not UNSET:
            field_dict["valueId"] = value_id
        if value_name is not UNSET:
            field_dict["valueName"] = value_name
        if value_desc is not UNSET:
            field_dict["valueDesc"] = value_desc

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
        prop_id: int | None | str | Unset = d.pop("propId", UNSET)

        prop_name: None | str | Unset = d.pop("propName", UNSET)

        value_id: int | None | str | Unset = d.pop("valueId", UNSET)

        value_name: None | str | Unset = d.pop("valueName", UNSET)

        value_desc: None | str | Unset = d.pop("valueDesc", UNSET)

        taobao_sku_property = cls(
            prop_id=prop_id,
            prop_name=prop_name,
            value_id=value_id,
            value_name=value_name,
            value_desc=value_desc,
        )

        taobao_sku_property.additional_properties = d
        return taobao_sku_property

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
