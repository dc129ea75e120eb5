from __future__ import annotations

from collections.abc import Iterator, Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, model_to_json, set_fields_repr, to_jsonable

T = TypeVar("T", bound="TaobaoOrderPriceModifyMessageBody")


@_attrs_define
class TaobaoOrderPriceModifyMessageBody:
    """Body of the price-modification message: the Taobao order number, its sub-orders and the new purchase-order price
    (the three fields the page lists).

        Attributes:
            sales_order_id (None | str | Unset): Taobao order number.
            sub_orders (list[TaobaoOrderPriceModifySubOrder] | None | Unset): Sub-orders (26 fields each on the page; only
                the first eight were visible).
            purchase_order_price_dto (None | TaobaoPurchaseOrderPrice | Unset):
    """

    sales_order_id: None | str | Unset = UNSET
    sub_orders: list[TaobaoOrderPriceModifySubOrder] | None | Unset = UNSET
    purchase_order_price_dto: None | TaobaoPurchaseOrderPrice | Unset = UNSET
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
        sales_order_id: None | str | Unset
        if isinstance(self.sales_order_id, Unset):
            sales_order_id = UNSET
        else:
            sales_order_id = self.sales_order_id

        sub_orders: list[dict[str, Any]] | None | Unset
        if isinstance(self.sub_orders, Unset):
            sub_orders = UNSET
        elif isinstance(self.sub_orders, list):
            sub_orders = []
            for sub_orders_type_0_item_data in self.sub_orders:
                sub_orders_type_0_item = to_jsonable(sub_orders_type_0_item_data)
                sub_orders.append(sub_orders_type_0_item)

        else:
            sub_orders = self.sub_orders

        purchase_order_price_dto: dict[str, Any] | None | Unset
        if isinstance(self.purchase_order_price_dto, Unset):
            purchase_order_price_dto = UNSET
        elif isinstance(self.purchase_order_price_dto, TaobaoPurchaseOrderPrice):
            purchase_order_price_dto = to_jsonable(self.purchase_order_price_dto)
        else:
            purchase_order_price_dto = self.purchase_order_price_dto

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if sales_order_id is not UNSET:
            field_dict["salesOrderId"] = sales_order_id
        if sub_orders is not UNSET:
            field_dict["subOrders"] = sub_orders
        if purchase_order_price_dto is not UNSET:
            field_dict["purchaseOrderPriceDTO"] = purchase_order_price_dto

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
        sales_order_id: None | str | Unset = d.pop("salesOrderId", UNSET)

        def _parse_sub_orders(
            data: object,
        ) -> list[TaobaoOrderPriceModifySubOrder] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                sub_orders_type_0 = []
                _sub_orders_type_0 = data
                for sub_orders_type_0_item_data in _sub_orders_type_0:
                    sub_orders_type_0_item = TaobaoOrderPriceModifySubOrder.from_dict(
                        sub_orders_type_0_item_data
                    )

                    sub_orders_type_0.append(sub_orders_type_0_item)

                return sub_orders_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[TaobaoOrderPriceModifySubOrder] | None | Unset, data)

        sub_orders = _parse_sub_orders(d.pop("subOrders", UNSET))

        def _parse_purchase_order_price_dto(
            data: object,
        ) -> None | TaobaoPurchaseOrderPrice | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                purchase_order_price_dto_type_0 = TaobaoPurchaseOrderPrice.from_dict(
                    data
                )

                return purchase_order_price_dto_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | TaobaoPurchaseOrderPrice | Unset, data)

        purchase_order_price_dto = _parse_purchase_order_price_dto(
            d.pop("purchaseOrderPriceDTO", UNSET)
        )

        taobao_order_price_modify_message_body = cls(
            sales_order_id=sales_order_id,
            sub_orders=sub_orders,
            purchase_order_price_dto=purchase_order_price_dto,
        )

        taobao_order_price_modify_message_body.additional_properties = d
        return taobao_order_price_modify_message_body

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
from ..models.taobao_order_price_modify_sub_order import TaobaoOrderPriceModifySubOrder
from ..models.taobao_purchase_order_price import TaobaoPurchaseOrderPrice
