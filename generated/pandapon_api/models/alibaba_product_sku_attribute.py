from __future__ import annotations

from collections.abc import Iterator, Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, model_to_json, set_fields_repr

T = TypeVar("T", bound="AlibabaProductSkuAttribute")


@_attrs_define
class AlibabaProductSkuAttribute:
    """
    Attributes:
        attribute_id (int | None | str | Unset): Attribute id.
        attribute_name (None | str | Unset): Attribute name (Chinese).
        attribute_name_trans (None | str | Unset): Translated attribute name.
        value (None | str | Unset): Attribute value (Chinese).
        value_trans (None | str | Unset): Translated attribute value.
        sku_image_url (None | str | Unset): Picture of this attribute value.
    """

    attribute_id: int | None | str | Unset = UNSET
    attribute_name: None | str | Unset = UNSET
    attribute_name_trans: None | str | Unset = UNSET
    value: None | str | Unset = UNSET
    value_trans: None | str | Unset = UNSET
    sku_image_url: None | str | Unset = UNSET
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
        attribute_id: int | None | str | Unset
        if isinstance(self.attribute_id, Unset):
            attribute_id = UNSET
        else:
            attribute_id = self.attribute_id

        attribute_name: None | str | Unset
        if isinstance(self.attribute_name, Unset):
            attribute_name = UNSET
        else:
            attribute_name = self.attribute_name

        attribute_name_trans: None | str | Unset
        if isinstance(self.attribute_name_trans, Unset):
            attribute_name_trans = UNSET
        else:
            attribute_name_trans = self.attribute_name_trans

        value: None | str | Unset
        if isinstance(self.value, Unset):
            value = UNSET
        else:
            value = self.value

        value_trans: None | str | Unset
        if isinstance(self.value_trans, Unset):
            value_trans = UNSET
        else:
            value_trans = self.value_trans

        sku_image_url: None | str | Unset
        if isinstance(self.sku_image_url, Unset):
            sku_image_url = UNSET
        else:
            sku_image_url = self.sku_image_url

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if attribute_id is not UNSET:
            field_dict["attributeId"] = attribute_id
        if attribute_name is not UNSET:
            field_dict["attributeName"] = attribute_name
        if attribute_name_trans is not UNSET:
            field_dict["attributeNameTrans"] = attribute_name_trans
        if value is not UNSET:
            field_dict["value"] = value
        if value_trans is not UNSET:
            field_dict["valueTrans"] = value_trans
        if sku_image_url is not UNSET:
            field_dict["skuImageUrl"] = sku_image_url

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
        attribute_id: int | None | str | Unset = d.pop("attributeId", UNSET)

        attribute_name: None | str | Unset = d.pop("attributeName", UNSET)

        attribute_name_trans: None | str | Unset = d.pop("attributeNameTrans", UNSET)

        value: None | str | Unset = d.pop("value", UNSET)

        value_trans: None | str | Unset = d.pop("valueTrans", UNSET)

        sku_image_url: None | str | Unset = d.pop("skuImageUrl", UNSET)

        alibaba_product_sku_attribute = cls(
            attribute_id=attribute_id,
            attribute_name=attribute_name,
            attribute_name_trans=attribute_name_trans,
            value=value,
            value_trans=value_trans,
            sku_image_url=sku_image_url,
        )

        alibaba_product_sku_attribute.additional_properties = d
        return alibaba_product_sku_attribute

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
