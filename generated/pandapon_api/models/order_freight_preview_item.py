from __future__ import annotations

from collections.abc import Iterator, Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, model_to_json, set_fields_repr, to_jsonable

T = TypeVar("T", bound="OrderFreightPreviewItem")


@_attrs_define
class OrderFreightPreviewItem:
    """One priced line of a freight preview (inferred, never seen).

    Attributes:
        item_id (None | str | Unset): Product id.
        sku_id (None | str | Unset): SKU id.
        quantity (int | None | Unset): Quantity.
        freight_info (FreightInfoTO | None | Unset): The freight service of the line.
        price (float | None | str | Unset): Freight of the line; type and unit are not stated.
        currency (None | str | Unset): Currency code of `price`.
    """

    item_id: None | str | Unset = UNSET
    sku_id: None | str | Unset = UNSET
    quantity: int | None | Unset = UNSET
    freight_info: FreightInfoTO | None | Unset = UNSET
    price: float | None | str | Unset = UNSET
    currency: None | str | Unset = UNSET
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
        item_id: None | str | Unset
        if isinstance(self.item_id, Unset):
            item_id = UNSET
        else:
            item_id = self.item_id

        sku_id: None | str | Unset
        if isinstance(self.sku_id, Unset):
            sku_id = UNSET
        else:
            sku_id = self.sku_id

        quantity: int | None | Unset
        if isinstance(self.quantity, Unset):
            quantity = UNSET
        else:
            quantity = self.quantity

        freight_info: dict[str, Any] | None | Unset
        if isinstance(self.freight_info, Unset):
            freight_info = UNSET
        elif isinstance(self.freight_info, FreightInfoTO):
            freight_info = to_jsonable(self.freight_info)
        else:
            freight_info = self.freight_info

        price: float | None | str | Unset
        if isinstance(self.price, Unset):
            price = UNSET
        else:
            price = self.price

        currency: None | str | Unset
        if isinstance(self.currency, Unset):
            currency = UNSET
        else:
            currency = self.currency

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if item_id is not UNSET:
            field_dict["itemId"] = item_id
        if sku_id is not UNSET:
            field_dict["skuId"] = sku_id
        if quantity is not UNSET:
            field_dict["quantity"] = quantity
        if freight_info is not UNSET:
            field_dict["freightInfo"] = freight_info
        if price is not UNSET:
            field_dict["price"] = price
        if currency is not UNSET:
            field_dict["currency"] = currency

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
        item_id: None | str | Unset = d.pop("itemId", UNSET)

        sku_id: None | str | Unset = d.pop("skuId", UNSET)

        quantity: int | None | Unset = d.pop("quantity", UNSET)

        def _parse_freight_info(data: object) -> FreightInfoTO | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                freight_info_type_0 = FreightInfoTO.from_dict(data)

                return freight_info_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(FreightInfoTO | None | Unset, data)

        freight_info = _parse_freight_info(d.pop("freightInfo", UNSET))

        price: float | None | str | Unset = d.pop("price", UNSET)

        currency: None | str | Unset = d.pop("currency", UNSET)

        order_freight_preview_item = cls(
            item_id=item_id,
            sku_id=sku_id,
            quantity=quantity,
            freight_info=freight_info,
            price=price,
            currency=currency,
        )

        order_freight_preview_item.additional_properties = d
        return order_freight_preview_item

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
from ..models.freight_info_to import FreightInfoTO
