from __future__ import annotations

from collections.abc import Iterator, Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, model_to_json, set_fields_repr

T = TypeVar("T", bound="TaobaoPurchaseOrderPrice")


@_attrs_define
class TaobaoPurchaseOrderPrice:
    """The purchase order's new price. Its fields were not visible; they follow the upstream Taobao Global price-change
    message (message_type 8), whose camelCase names PandaPon keeps.

        Attributes:
            purchase_currency (None | str | Unset): Currency, e.g. "CNY".
            purchase_total_fee (float | int | None | Unset): Total (unit not stated).
            purchase_product_fee (float | int | None | Unset): Goods amount (unit not stated).
            purchase_shipping_fee (float | int | None | Unset): Shipping fee (unit not stated).
    """

    purchase_currency: None | str | Unset = UNSET
    purchase_total_fee: float | int | None | Unset = UNSET
    purchase_product_fee: float | int | None | Unset = UNSET
    purchase_shipping_fee: float | int | None | Unset = UNSET
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
        purchase_currency: None | str | Unset
        if isinstance(self.purchase_currency, Unset):
            purchase_currency = UNSET
        else:
            purchase_currency = self.purchase_currency

        purchase_total_fee: float | int | None | Unset
        if isinstance(self.purchase_total_fee, Unset):
            purchase_total_fee = UNSET
        else:
            purchase_total_fee = self.purchase_total_fee

        purchase_product_fee: float | int | None | Unset
        if isinstance(self.purchase_product_fee, Unset):
            purchase_product_fee = UNSET
        else:
            purchase_product_fee = self.purchase_product_fee

        purchase_shipping_fee: float | int | None | Unset
        if isinstance(self.purchase_shipping_fee, Unset):
            purchase_shipping_fee = UNSET
        else:
            purchase_shipping_fee = self.purchase_shipping_fee

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if purchase_currency is not UNSET:
            field_dict["purchaseCurrency"] = purchase_currency
        if purchase_total_fee is not UNSET:
            field_dict["purchaseTotalFee"] = purchase_total_fee
        if purchase_product_fee is not UNSET:
            field_dict["purchaseProductFee"] = purchase_product_fee
        if purchase_shipping_fee is not UNSET:
            field_dict["purchaseShippingFee"] = purchase_shipping_fee

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
        purchase_currency: None | str | Unset = d.pop("purchaseCurrency", UNSET)

        purchase_total_fee: float | int | None | Unset = d.pop(
            "purchaseTotalFee", UNSET
        )

        purchase_product_fee: float | int | None | Unset = d.pop(
            "purchaseProductFee", UNSET
        )

        purchase_shipping_fee: float | int | None | Unset = d.pop(
            "purchaseShippingFee", UNSET
        )

        taobao_purchase_order_price = cls(
            purchase_currency=purchase_currency,
            purchase_total_fee=purchase_total_fee,
            purchase_product_fee=purchase_product_fee,
            purchase_shipping_fee=purchase_shipping_fee,
        )

        taobao_purchase_order_price.additional_properties = d
        return taobao_purchase_order_price

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
