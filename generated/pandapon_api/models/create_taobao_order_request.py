from __future__ import annotations

from collections.abc import Iterator, Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, model_to_json, set_fields_repr, to_jsonable

T = TypeVar("T", bound="CreateTaobaoOrderRequest")


@_attrs_define
class CreateTaobaoOrderRequest:
    """Older-generation body (`/open/order`). The v2 body was not visible; the lines and the receiver are accepted either
    as JSON-encoded strings (as the older page sends them) or as nested JSON.

        Attributes:
            order_line_list (list[TaobaoOrderLine] | str): The lines to buy: a JSON-encoded array of `TaobaoOrderLine` sent
                as a string (older page), or the array itself.
            receiver (str | TaobaoOrderReceiver | Unset): Receiver address: a JSON-encoded `TaobaoOrderReceiver` sent as a
                string (older page), or the object itself. Marked required on the older page.
            purchase_amount (int | Unset): Planned total purchase amount; integer, unit not stated (the older example sends
                400 for two lines of 200 units at price "1"; the upstream API uses fen). Marked required on the older page.
            order_source (str | Unset): Sales channel the order comes from, e.g. "lazada".
            seller_order_number (str | Unset): The developer's own order number.
    """

    order_line_list: list[TaobaoOrderLine] | str
    receiver: str | TaobaoOrderReceiver | Unset = UNSET
    purchase_amount: int | Unset = UNSET
    order_source: str | Unset = UNSET
    seller_order_number: str | Unset = UNSET
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
        order_line_list: list[dict[str, Any]] | str
        if isinstance(self.order_line_list, list):
            order_line_list = []
            for order_line_list_type_1_item_data in self.order_line_list:
                order_line_list_type_1_item = to_jsonable(
                    order_line_list_type_1_item_data
                )
                order_line_list.append(order_line_list_type_1_item)

        else:
            order_line_list = self.order_line_list

        receiver: dict[str, Any] | str | Unset
        if isinstance(self.receiver, Unset):
            receiver = UNSET
        elif isinstance(self.receiver, TaobaoOrderReceiver):
            receiver = to_jsonable(self.receiver)
        else:
            receiver = self.receiver

        purchase_amount = self.purchase_amount

        order_source = self.order_source

        seller_order_number = self.seller_order_number

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "orderLineList": order_line_list,
            }
        )
        if receiver is not UNSET:
            field_dict["receiver"] = receiver
        if purchase_amount is not UNSET:
            field_dict["purchaseAmount"] = purchase_amount
        if order_source is not UNSET:
            field_dict["orderSource"] = order_source
        if seller_order_number is not UNSET:
            field_dict["sellerOrderNumber"] = seller_order_number

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

        def _parse_order_line_list(data: object) -> list[TaobaoOrderLine] | str:
            try:
                if not isinstance(data, list):
                    raise TypeError()
                order_line_list_type_1 = []
                _order_line_list_type_1 = data
                for order_line_list_type_1_item_data in _order_line_list_type_1:
                    order_line_list_type_1_item = TaobaoOrderLine.from_dict(
                        order_line_list_type_1_item_data
                    )

                    order_line_list_type_1.append(order_line_list_type_1_item)

                return order_line_list_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[TaobaoOrderLine] | str, data)

        order_line_list = _parse_order_line_list(d.pop("orderLineList"))

        def _parse_receiver(data: object) -> str | TaobaoOrderReceiver | Unset:
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                receiver_type_1 = TaobaoOrderReceiver.from_dict(data)

                return receiver_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(str | TaobaoOrderReceiver | Unset, data)

        receiver = _parse_receiver(d.pop("receiver", UNSET))

        purchase_amount = d.pop("purchaseAmount", UNSET)

        order_source = d.pop("orderSource", UNSET)

        seller_order_number = d.pop("sellerOrderNumber", UNSET)

        create_taobao_order_request = cls(
            order_line_list=order_line_list,
            receiver=receiver,
            purchase_amount=purchase_amount,
            order_source=order_source,
            seller_order_number=seller_order_number,
        )

        create_taobao_order_request.additional_properties = d
        return create_taobao_order_request

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
from ..models.taobao_order_line import TaobaoOrderLine
from ..models.taobao_order_receiver import TaobaoOrderReceiver
