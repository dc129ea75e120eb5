from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import set_fields_repr

T = TypeVar("T", bound="BatchCheckTaobaoProductsRequest")


@_attrs_define
class BatchCheckTaobaoProductsRequest:
    """Older-generation body: one string field holding a JSON array of `{itemId, skuIds[]}`. The v2 body was not visible.

    Attributes:
        params (str): JSON-encoded array of `{"itemId": "<Taobao item id>", "skuIds": ["<sku id>", ...]}`, sent as a
            string (not as a nested array).
    """

    params: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        return set_fields_repr(self)

    def to_dict(self) -> dict[str, Any]:
        params = self.params

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "params": params,
            }
        )

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
        params = d.pop("params")

        batch_check_taobao_products_request = cls(
            params=params,
        )

        batch_check_taobao_products_request.additional_properties = d
        return batch_check_taobao_products_request

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
