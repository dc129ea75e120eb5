from __future__ import annotations

from collections.abc import Iterator, Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, model_to_json, set_fields_repr

T = TypeVar("T", bound="AlibabaProductSkuShippingInfo")


@_attrs_define
class AlibabaProductSkuShippingInfo:
    """
    Attributes:
        spec_id (None | str | Unset): Spec id of the SKU.
        sku_id (int | None | str | Unset): SKU id.
        width (float | None | Unset): Width.
        length (float | None | Unset): Length.
        height (float | None | Unset): Height.
        weight (float | None | Unset): Weight (typed long upstream; unit not stated).
    """

    spec_id: None | str | Unset = UNSET
    sku_id: int | None | str | Unset = UNSET
    width: float | None | Unset = UNSET
    length: float | None | Unset = UNSET
    height: float | None | Unset = UNSET
    weight: float | None | Unset = UNSET
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
        spec_id: None | str | Unset
        if isinstance(self.spec_id, Unset):
            spec_id = UNSET
        else:
            spec_id = self.spec_id

        sku_id: int | None | str | Unset
        if isinstance(self.sku_id, Unset):
            sku_id = UNSET
        else:
            sku_id = self.sku_id

        width: float | None | Unset
        if isinstance(self.width, Unset):
            width = UNSET
        else:
            width = self.width

        length: float | None | Unset
        if isinstance(self.length, Unset):
            length = UNSET
        else:
            length = self.length

        height: float | None | Unset
        if isinstance(self.height, Unset):
            height = UNSET
        else:
            height = self.height

        weight: float | None | Unset
        if isinstance(self.weight, Unset):
            weight = UNSET
        else:
            weight = self.weight

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if spec_id is not UNSET:
            field_dict["specId"] = spec_id
        if sku_id is not UNSET:
            field_dict["skuId"] = sku_id
        if width is not UNSET:
            field_dict["width"] = width
        if length is not UNSET:
            field_dict["length"] = length
        if height is not UNSET:
            field_dict["height"] = height
        if weight is not UNSET:
            field_dict["weight"] = weight

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
        spec_id: None | str | Unset = d.pop("specId", UNSET)

        sku_id: int | None | str | Unset = d.pop("skuId", UNSET)

        width: float | None | Unset = d.pop("width", UNSET)

        length: float | None | Unset = d.pop("length", UNSET)

        height: float | None | Unset = d.pop("height", UNSET)

        weight: float | None | Unset = d.pop("weight", UNSET)

        alibaba_product_sku_shipping_info = cls(
            spec_id=spec_id,
            sku_id=sku_id,
            width=width,
            length=length,
            height=height,
            weight=weight,
        )

        alibaba_product_sku_shipping_info.additional_properties = d
        return alibaba_product_sku_shipping_info

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
