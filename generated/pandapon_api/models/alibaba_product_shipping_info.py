from __future__ import annotations

from collections.abc import Iterator, Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, model_to_json, set_fields_repr, to_jsonable

T = TypeVar("T", bound="AlibabaProductShippingInfo")


@_attrs_define
class AlibabaProductShippingInfo:
    """
    Attributes:
        send_goods_address_text (None | str | Unset): Where the goods ship from.
        weight (float | None | Unset): Weight (kg upstream).
        width (float | None | Unset): Width (cm upstream).
        height (float | None | Unset): Height (cm upstream).
        length (float | None | Unset): Length (cm upstream).
        sku_shipping_info_list (list[AlibabaProductSkuShippingInfo] | None | Unset): Size and weight per SKU.
        shipping_time_guarantee (None | str | Unset): Shipping-time promise, e.g. shipIn24Hours or shipIn48Hours
            (upstream values).
    """

    send_goods_address_text: None | str | Unset = UNSET
    weight: float | None | Unset = UNSET
    width: float | None | Unset = UNSET
    height: float | None | Unset = UNSET
    length: float | None | Unset = UNSET
    sku_shipping_info_list: list[AlibabaProductSkuShippingInfo] | None | Unset = UNSET
    shipping_time_guarantee: None | str | Unset = UNSET
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
        send_goods_address_text: None | str | Unset
        if isinstance(self.send_goods_address_text, Unset):
            send_goods_address_text = UNSET
        else:
            send_goods_address_text = self.send_goods_address_text

        weight: float | None | Unset
        if isinstance(self.weight, Unset):
            weight = UNSET
        else:
            weight = self.weight

        width: float | None | Unset
        if isinstance(self.width, Unset):
            width = UNSET
        else:
            width = self.width

        height: float | None | Unset
        if isinstance(self.height, Unset):
            height = UNSET
        else:
            height = self.height

        length: float | None | Unset
        if isinstance(self.length, Unset):
            length = UNSET
        else:
            length = self.length

        sku_shipping_info_list: list[dict[str, Any]] | None | Unset
        if isinstance(self.sku_shipping_info_list, Unset):
            sku_shipping_info_list = UNSET
        elif isinstance(self.sku_shipping_info_list, list):
            sku_shipping_info_list = []
            for sku_shipping_info_list_type_0_item_data in self.sku_shipping_info_list:
                sku_shipping_info_list_type_0_item = to_jsonable(
                    sku_shipping_info_list_type_0_item_data
                )
                sku_shipping_info_list.append(sku_shipping_info_list_type_0_item)

        else:
            sku_shipping_info_list = self.sku_shipping_info_list

        shipping_time_guarantee: None | str | Unset
        if isinstance(self.shipping_time_guarantee, Unset):
            shipping_time_guarantee = UNSET
        else:
            shipping_time_guarantee = self.shipping_time_guarantee

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if send_goods_address_text is not UNSET:
            field_dict["sendGoodsAddressText"] = send_goods_address_text
        if weight is not UNSET:
            field_dict["weight"] = weight
        if width is not UNSET:
            field_dict["width"] = width
        if height is not UNSET:
            field_dict["height"] = height
        if length is not UNSET:
            field_dict["length"] = length
        if sku_shipping_info_list is not UNSET:
            field_dict["skuShippingInfoList"] = sku_shipping_info_list
        if shipping_time_guarantee is not UNSET:
            field_dict["shippingTimeGuarantee"] = shipping_time_guarantee

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
        send_goods_address_text: None | str | Unset = d.pop(
            "sendGoodsAddressText", UNSET
        )

        weight: float | None | Unset = d.pop("weight", UNSET)

        width: float | None | Unset = d.pop("width", UNSET)

        height: float | None | Unset = d.pop("height", UNSET)

        length: float | None | Unset = d.pop("length", UNSET)

        def _parse_sku_shipping_info_list(
            data: object,
        ) -> list[AlibabaProductSkuShippingInfo] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                sku_shipping_info_list_type_0 = []
                _sku_shipping_info_list_type_0 = data
                for (
                    sku_shipping_info_list_type_0_item_data
                ) in _sku_shipping_info_list_type_0:
                    sku_shipping_info_list_type_0_item = (
                        AlibabaProductSkuShippingInfo.from_dict(
                            sku_shipping_info_list_type_0_item_data
                        )
                    )

                    sku_shipping_info_list_type_0.append(
                        sku_shipping_info_list_type_0_item
                    )

                return sku_shipping_info_list_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[AlibabaProductSkuShippingInfo] | None | Unset, data)

        sku_shipping_info_list = _parse_sku_shipping_info_list(
            d.pop("skuShippingInfoList", UNSET)
        )

        shipping_time_guarantee: None | str | Unset = d.pop(
            "shippingTimeGuarantee", UNSET
        )

        alibaba_product_shipping_info = cls(
            send_goods_address_text=send_goods_address_text,
            weight=weight,
            width=width,
            height=height,
            length=length,
            sku_shipping_info_list=sku_shipping_info_list,
            shipping_time_guarantee=shipping_time_guarantee,
        )

        alibaba_product_shipping_info.additional_properties = d
        return alibaba_product_shipping_info

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
from ..models.alibaba_product_sku_shipping_info import AlibabaProductSkuShippingInfo
