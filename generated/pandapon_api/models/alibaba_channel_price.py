from __future__ import annotations

from collections.abc import Iterator, Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, model_to_json, set_fields_repr, to_jsonable

T = TypeVar("T", bound="AlibabaChannelPrice")


@_attrs_define
class AlibabaChannelPrice:
    """
    Attributes:
        channel_sku_price_list (list[AlibabaChannelSkuPrice] | None | Unset): Current channel price per SKU.
    """

    channel_sku_price_list: list[AlibabaChannelSkuPrice] | None | Unset = UNSET
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
        channel_sku_price_list: list[dict[str, Any]] | None | Unset
        if isinstance(self.channel_sku_price_list, Unset):
            channel_sku_price_list = UNSET
        elif isinstance(self.channel_sku_price_list, list):
            channel_sku_price_list = []
            for channel_sku_price_list_type_0_item_data in self.channel_sku_price_list:
                channel_sku_price_list_type_0_item = to_jsonable(
                    channel_sku_price_list_type_0_item_data
                )
                channel_sku_price_list.append(channel_sku_price_list_type_0_item)

        else:
            channel_sku_price_list = self.channel_sku_price_list

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if channel_sku_price_list is not UNSET:
            field_dict["channelSkuPriceList"] = channel_sku_price_list

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

        def _parse_channel_sku_price_list(
            data: object,
        ) -> list[AlibabaChannelSkuPrice] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                channel_sku_price_list_type_0 = []
                _channel_sku_price_list_type_0 = data
                for (
                    channel_sku_price_list_type_0_item_data
                ) in _channel_sku_price_list_type_0:
                    channel_sku_price_list_type_0_item = (
                        AlibabaChannelSkuPrice.from_dict(
                            channel_sku_price_list_type_0_item_data
                        )
                    )

                    channel_sku_price_list_type_0.append(
                        channel_sku_price_list_type_0_item
                    )

                return channel_sku_price_list_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[AlibabaChannelSkuPrice] | None | Unset, data)

        channel_sku_price_list = _parse_channel_sku_price_list(
            d.pop("channelSkuPriceList", UNSET)
        )

        alibaba_channel_price = cls(
            channel_sku_price_list=channel_sku_price_list,
        )

        alibaba_channel_price.additional_properties = d
        return alibaba_channel_price

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
from ..models.alibaba_channel_sku_price import AlibabaChannelSkuPrice
