from __future__ import annotations

from collections.abc import Iterator, Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, model_to_json, set_fields_repr, to_jsonable

T = TypeVar("T", bound="TaobaoSubOrderSkuInfo")


@_attrs_define
class TaobaoSubOrderSkuInfo:
    """SKU information of a sub-order.

    Attributes:
        sku_pv (None | TaobaoSubOrderSkuInfoSkuPvType0 | Unset): SKU attributes as JSON, keyed by language (en, zh).
        sku_img_url (None | str | Unset): SKU image URL.
    """

    sku_pv: None | TaobaoSubOrderSkuInfoSkuPvType0 | Unset = UNSET
    sku_img_url: None | str | Unset = UNSET
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
        sku_pv: dict[str, Any] | None | Unset
        if isinstance(self.sku_pv, Unset):
            sku_pv = UNSET
        elif isinstance(self.sku_pv, TaobaoSubOrderSkuInfoSkuPvType0):
            sku_pv = to_jsonable(self.sku_pv)
        else:
            sku_pv = self.sku_pv

        sku_img_url: None | str | Unset
        if isinstance(self.sku_img_url, Unset):
            sku_img_url = UNSET
        else:
            sku_img_url = self.sku_img_url

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if sku_pv is not UNSET:
            field_dict["skuPv"] = sku_pv
        if sku_img_url is not UNSET:
            field_dict["skuImgUrl"] = sku_img_url

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

        def _parse_sku_pv(
            data: object,
        ) -> None | TaobaoSubOrderSkuInfoSkuPvType0 | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                sku_pv_type_0 = TaobaoSubOrderSkuInfoSkuPvType0.from_dict(data)

                return sku_pv_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | TaobaoSubOrderSkuInfoSkuPvType0 | Unset, data)

        sku_pv = _parse_sku_pv(d.pop("skuPv", UNSET))

        sku_img_url: None | str | Unset = d.pop("skuImgUrl", UNSET)

        taobao_sub_order_sku_info = cls(
            sku_pv=sku_pv,
            sku_img_url=sku_img_url,
        )

        taobao_sub_order_sku_info.additional_properties = d
        return taobao_sub_order_sku_info

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
from ..models.taobao_sub_order_sku_info_sku_pv_type_0 import (
    TaobaoSubOrderSkuInfoSkuPvType0,
)
