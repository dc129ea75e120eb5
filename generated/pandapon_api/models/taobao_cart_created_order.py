from __future__ import annotations

from collections.abc import Iterator, Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, model_to_json, set_fields_repr, to_jsonable

T = TypeVar("T", bound="TaobaoCartCreatedOrder")


@_attrs_define
class TaobaoCartCreatedOrder:
    """One purchase order created from the cart (inferred).

    Attributes:
        purchase_id (int | None | str | Unset): Purchase order id.
        supplier_nick (None | str | Unset): Supplier nickname.
        estimate_amount (int | None | Unset): Estimated amount (upstream fen).
        estimate_currency (None | str | Unset): Currency of the estimate.
        source_market (None | str | Unset): Source market.
        order_line_list (list[TaobaoCartCreatedOrderLine] | None | Unset): Lines of the purchase order.
    """

    purchase_id: int | None | str | Unset = UNSET
    supplier_nick: None | str | Unset = UNSET
    estimate_amount: int | None | Unset = UNSET
    estimate_currency: None | str | Unset = UNSET
    source_market: None | str | Unset = UNSET
    order_line_list: list[TaobaoCartCreatedOrderLine] | None | Unset = UNSET
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
        purchase_id: int | None | str | Unset
        if isinstance(self.purchase_id, Unset):
            purchase_id = UNSET
        else:
            purchase_id = self.purchase_id

        supplier_nick: None | str | Unset
        if isinstance(self.supplier_nick, Unset):
            supplier_nick = UNSET
        else:
            supplier_nick = self.supplier_nick

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

        source_market: None | str | Unset
        if isinstance(self.source_market, Unset):
            source_market = UNSET
        else:
            source_market = self.source_market

        order_line_list: list[dict[str, Any]] | None | Unset
        if isinstance(self.order_line_list, Unset):
            order_line_list = UNSET
        elif isinstance(self.order_line_list, list):
            order_line_list = []
            for order_line_list_type_0_item_data in self.order_line_list:
                order_line_list_type_0_item = to_jsonable(
                    order_line_list_type_0_item_data
                )
                order_line_list.append(order_line_list_type_0_item)

        else:
            order_line_list = self.order_line_list

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if purchase_id is not UNSET:
            field_dict["purchaseId"] = purchase_id
        if supplier_nick is not UNSET:
            field_dict["supplierNick"] = supplier_nick
        if estimate_amount is not UNSET:
            field_dict["estimateAmount"] = estimate_amount
        if estimate_currency is not UNSET:
            field_dict["estimateCurrency"] = estimate_currency
        if source_market is not UNSET:
            field_dict["sourceMarket"] = source_market
        if order_line_list is not UNSET:
            field_dict["orderLineList"] = order_line_list

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
        purchase_id: int | None | str | Unset = d.pop("purchaseId", UNSET)

        supplier_nick: None | str | Unset = d.pop("supplierNick", UNSET)

        estimate_amount: int | None | Unset = d.pop("estimateAmount", UNSET)

        estimate_currency: None | str | Unset = d.pop("estimateCurrency", UNSET)

        source_market: None | str | Unset = d.pop("sourceMarket", UNSET)

        def _parse_order_line_list(
            data: object,
        ) -> list[TaobaoCartCreatedOrderLine] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                order_line_list_type_0 = []
                _order_line_list_type_0 = data
                for order_line_list_type_0_item_data in _order_line_list_type_0:
                    order_line_list_type_0_item = TaobaoCartCreatedOrderLine.from_dict(
                        order_line_list_type_0_item_data
                    )

                    order_line_list_type_0.append(order_line_list_type_0_item)

                return order_line_list_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[TaobaoCartCreatedOrderLine] | None | Unset, data)

        order_line_list = _parse_order_line_list(d.pop("orderLineList", UNSET))

        taobao_cart_created_order = cls(
            purchase_id=purchase_id,
            supplier_nick=supplier_nick,
            estimate_amount=estimate_amount,
            estimate_currency=estimate_currency,
            source_market=source_market,
            order_line_list=order_line_list,
        )

        taobao_cart_created_order.additional_properties = d
        return taobao_cart_created_order

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
from ..models.taobao_cart_created_order_line import TaobaoCartCreatedOrderLine
