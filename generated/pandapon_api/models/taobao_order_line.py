from __future__ import annotations

from collections.abc import Iterator, Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, model_to_json, set_fields_repr

T = TypeVar("T", bound="TaobaoOrderLine")


@_attrs_define
class TaobaoOrderLine:
    """One line of a Taobao order to create, as the older page's `orderLineList` JSON shows it (values are strings there).
    `title` and `orderRemark` come from the upstream API.

        Attributes:
            item_id (int | str | Unset): Distribution product id (`mpId` from `getTaobaoProduct`), e.g.
                "600126245031041190".
            sku_id (int | str | Unset): Distribution SKU id (the SKU's `mpSkuId`), e.g. "5016042822039".
            quantity (int | str | Unset): Quantity to buy.
            price (int | str | Unset): Unit price; unit not stated ("1" in the example; the upstream API uses fen).
            currency (str | Unset): Currency of the price.
            order_line_no (str | Unset): The developer's own line number.
            title (str | Unset): Product title.
            order_remark (str | Unset): Remark for this line.
    """

    item_id: int | str | Unset = UNSET
    sku_id: int | str | Unset = UNSET
    quantity: int | str | Unset = UNSET
    price: int | str | Unset = UNSET
    currency: str | Unset = UNSET
    order_line_no: str | Unset = UNSET
    title: str | Unset = UNSET
    order_remark: str | Unset = UNSET
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
        item_id: int | str | Unset
        if isinstance(self.item_id, Unset):
            item_id = UNSET
        else:
            item_id = self.item_id

        sku_id: int | str | Unset
        if isinstance(self.sku_id, Unset):
            sku_id = UNSET
        else:
            sku_id = self.sku_id

        quantity: int | str | Unset
        if isinstance(self.quantity, Unset):
            quantity = UNSET
        else:
            quantity = self.quantity

        price: int | str | Unset
        if isinstance(self.price, Unset):
            price = UNSET
        else:
            price = self.price

        currency = self.currency

        order_line_no = self.order_line_no

        title = self.title

        order_remark = self.order_remark

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if item_id is not UNSET:
            field_dict["itemId"] = item_id
        if sku_id is not UNSET:
            field_dict["skuId"] = sku_id
        if quantity is not UNSET:
            field_dict["quantity"] = quantity
        if price is not UNSET:
            field_dict["price"] = price
        if currency is not UNSET:
            field_dict["currency"] = currency
        if order_line_no is not UNSET:
            field_dict["orderLineNo"] = order_line_no
        if title is not UNSET:
            field_dict["title"] = title
        if order_remark is not UNSET:
            field_dict["orderRemark"] = order_remark

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
        item_id: int | str | Unset = d.pop("itemId", UNSET)

        sku_id: int | str | Unset = d.pop("skuId", UNSET)

        quantity: int | str | Unset = d.pop("quantity", UNSET)

        price: int | str | Unset = d.pop("price", UNSET)

        currency = d.pop("currency", UNSET)

        order_line_no = d.pop("orderLineNo", UNSET)

        title = d.pop("title", UNSET)

        order_remark = d.pop("orderRemark", UNSET)

        taobao_order_line = cls(
            item_id=item_id,
            sku_id=sku_id,
            quantity=quantity,
            price=price,
            currency=currency,
            order_line_no=order_line_no,
            title=title,
            order_remark=order_remark,
        )

        taobao_order_line.additional_properties = d
        return taobao_order_line

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
