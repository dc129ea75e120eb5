from __future__ import annotations

from collections.abc import Iterator, Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, model_to_json, set_fields_repr

T = TypeVar("T", bound="TaobaoCartCreatedOrderLine")


@_attrs_define
class TaobaoCartCreatedOrderLine:
    """One line of a purchase order created from the cart (inferred).

    Attributes:
        item_id (int | None | str | Unset): Product (distribution) id.
        sku_id (int | None | str | Unset): SKU id.
        order_line_no (None | str | Unset): Caller-side line number.
        quantity (int | None | Unset): Quantity.
        estimate_amount (int | None | Unset): Estimated amount (upstream fen).
        estimate_currency (None | str | Unset): Currency of the estimate.
        sub_purchase_order_id (int | None | str | Unset): Purchase sub-order id (the key of the logistics-details call).
        supplier_nick (None | str | Unset): Supplier nickname.
    """

    item_id: int | None | str | Unset = UNSET
    sku_id: int | None | str | Unset = UNSET
    order_line_no: None | str | Unset = UNSET
    quantity: int | None | Unset = UNSET
    estimate_amount: int | None | Unset = UNSET
    estimate_currency: None | str | Unset = UNSET
    sub_purchase_order_id: int | None | str | Unset = UNSET
    supplier_nick: None | str | Unset = UNSET
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
        item_id: int | None | str | Unset
        if isinstance(self.item_id, Unset):
            item_id = UNSET
        else:
            item_id = self.item_id

        sku_id: int | None | str | Unset
        if isinstance(self.sku_id, Unset):
            sku_id = UNSET
        else:
            sku_id = self.sku_id

        order_line_no: None | str | Unset
        if isinstance(self.order_line_no, Unset):
            order_line_no = UNSET
        else:
            order_line_no = self.order_line_no

        quantity: int | None | Unset
        if isinstance(self.quantity, Unset):
            quantity = UNSET
        else:
            quantity = self.quantity

        estimate_amount: int | None | Unset
        if isinstance(self.estimate_amount, Unset):
            estimate_amount = UNSET
        else:
            estimate_amount = self.estimate_amount

        estimate_currency: None | str | Unset
        if isinstance(self.estimate_currency, Unset):
            estimate_currency = UNSET
        else:
            estimate_currency = self.estimate_currency

        sub_purchase_order_id: int | None | str | Unset
        if isinstance(self.sub_purchase_order_id, Unset):
            sub_purchase_order_id = UNSET
        else:
            sub_purchase_order_id = self.sub_purchase_order_id

        supplier_nick: None | str | Unset
        if isinstance(self.supplier_nick, Unset):
            supplier_nick = UNSET
        else:
            supplier_nick = self.supplier_nick

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if item_id is not UNSET:
            field_dict["itemId"] = item_id
        if sku_id is not UNSET:
            field_dict["skuId"] = sku_id
        if order_line_no is not UNSET:
            field_dict["orderLineNo"] = order_line_no
        if quantity is not UNSET:
            field_dict["quantity"] = quantity
        if estimate_amount is not UNSET:
            field_dict["estimateAmount"] = estimate_amount
        if estimate_currency is not UNSET:
            field_dict["estimateCurrency"] = estimate_currency
        if sub_purchase_order_id is not UNSET:
            field_dict["subPurchaseOrderId"] = sub_purchase_order_id
        if supplier_nick is not UNSET:
            field_dict["supplierNick"] = supplier_nick

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
        item_id: int | None | str | Unset = d.pop("itemId", UNSET)

        sku_id: int | None | str | Unset = d.pop("skuId", UNSET)

        order_line_no: None | str | Unset = d.pop("orderLineNo", UNSET)

        quantity: int | None | Unset = d.pop("quantity", UNSET)

        estimate_amount: int | None | Unset = d.pop("estimateAmount", UNSET)

        estimate_currency: None | str | Unset = d.pop("estimateCurrency", UNSET)

        sub_purchase_order_id: int | None | str | Unset = d.pop(
            "subPurchaseOrderId", UNSET
        )

        supplier_nick: None | str | Unset = d.pop("supplierNick", UNSET)

        taobao_cart_created_order_line = cls(
            item_id=item_id,
            sku_id=sku_id,
            order_line_no=order_line_no,
            quantity=quantity,
            estimate_amount=estimate_amount,
            estimate_currency=estimate_currency,
            sub_purchase_order_id=sub_purchase_order_id,
            supplier_nick=supplier_nick,
        )

        taobao_cart_created_order_line.additional_properties = d
        return taobao_cart_created_order_line

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
