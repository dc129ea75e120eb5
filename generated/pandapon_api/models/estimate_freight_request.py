from __future__ import annotations

from collections.abc import Iterator, Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import model_to_json, set_fields_repr, to_jsonable

T = TypeVar("T", bound="EstimateFreightRequest")


@_attrs_define
class EstimateFreightRequest:
    """Body of `estimateFreight` (no schema name on the page).

    Attributes:
        item_id (str): Product id, e.g. "2048232789087639".
        sku_id (str): SKU id, e.g. "4970432383383".
        receiver_address (ReceiverAddressTO): Foreign receiver address of the warehouse-logistics calls (schema name as
            in the docs). Every field is optional and may be null.
        quantity (int): Quantity to ship.
        currency (str): Currency code of `price` (allowed values not documented).
        price (str): Item price, as a string; the unit is not stated.
    """

    item_id: str
    sku_id: str
    receiver_address: ReceiverAddressTO
    quantity: int
    currency: str
    price: str
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
        item_id = self.item_id

        sku_id = self.sku_id

        receiver_address = to_jsonable(self.receiver_address)

        quantity = self.quantity

        currency = self.currency

        price = self.price

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "itemId": item_id,
                "skuId": sku_id,
                "receiverAddress": receiver_address,
                "quantity": quantity,
                "currency": currency,
                "price": price,
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
        item_id = d.pop("itemId")

        sku_id = d.pop("skuId")

        receiver_address = ReceiverAddressTO.from_dict(d.pop("receiverAddress"))

        quantity = d.pop("quantity")

        currency = d.pop("currency")

        price = d.pop("price")

        estimate_freight_request = cls(
            item_id=item_id,
            sku_id=sku_id,
            receiver_address=receiver_address,
            quantity=quantity,
            currency=currency,
            price=price,
        )

        estimate_freight_request.additional_properties = d
        return estimate_freight_request

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
from ..models.receiver_address_to import ReceiverAddressTO
