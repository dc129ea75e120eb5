from __future__ import annotations

from collections.abc import Iterator, Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, model_to_json, set_fields_repr, to_jsonable

T = TypeVar("T", bound="TaobaoOrderCreateResult")


@_attrs_define
class TaobaoOrderCreateResult:
    """Result of creating a Taobao order. Not seen on PandaPon: the upstream create result, whose `orderList` holds one
    purchase order per supplier.

        Attributes:
            order_id (int | None | str | Unset): PandaPon order id, if PandaPon returns one (not seen).
            outer_purchase_id (None | str | Unset): Developer-side purchase id of the request.
            success (bool | None | Unset): Whether the order was created.
            error_code (None | str | Unset): Error code when creation failed.
            error_message (None | str | Unset): Error message when creation failed.
            payment_url (None | str | Unset): Payment URL.
            order_list (list[TaobaoOrder] | None | Unset): The purchase orders created, one per supplier.
    """

    order_id: int | None | str | Unset = UNSET
    outer_purchase_id: None | str | Unset = UNSET
    success: bool | None | Unset = UNSET
    error_code: None | str | Unset = UNSET
    error_message: None | str | Unset = UNSET
    payment_url: None | str | Unset = UNSET
    order_list: list[TaobaoOrder] | None | Unset = UNSET
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
        order_id: int | None | str | Unset
        if isinstance(self.order_id, Unset):
            order_id = UNSET
        else:
            order_id = self.order_id

        outer_purchase_id: None | str | Unset
        if isinstance(self.outer_purchase_id, Unset):
            outer_purchase_id = UNSET
        else:
            outer_purchase_id = self.outer_purchase_id

        success: bool | None | Unset
        if isinstance(self.success, Unset):
            success = UNSET
        else:
            success = self.success

        error_code: None | str | Unset
        if isinstance(self.error_code, Unset):
            error_code = UNSET
        else:
            error_code = self.error_code

        error_message: None | str | Unset
        if isinstance(self.error_message, Unset):
            error_message = UNSET
        else:
            error_message = self.error_message

        payment_url: None | str | Unset
        if isinstance(self.payment_url, Unset):
            payment_url = UNSET
        else:
            payment_url = self.payment_url

        order_list: list[dict[str, Any]] | None | Unset
        if isinstance(self.order_list, Unset):
            order_list = UNSET
        elif isinstance(self.order_list, list):
            order_list = []
            for order_list_type_0_item_data in self.order_list:
                order_list_type_0_item = to_jsonable(order_list_type_0_item_data)
                order_list.append(order_list_type_0_item)

        else:
            order_list = self.order_list

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if order_id is not UNSET:
            field_dict["orderId"] = order_id
        if outer_purchase_id is not UNSET:
            field_dict["outerPurchaseId"] = outer_purchase_id
        if success is not UNSET:
            field_dict["success"] = success
        if error_code is not UNSET:
            field_dict["errorCode"] = error_code
        if error_message is not UNSET:
            field_dict["errorMessage"] = error_message
        if payment_url is not UNSET:
            field_dict["paymentUrl"] = payment_url
        if order_list is not UNSET:
            field_dict["orderList"] = order_list

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
        order_id: int | None | str | Unset = d.pop("orderId", UNSET)

        outer_purchase_id: None | str | Unset = d.pop("outerPurchaseId", UNSET)

        success: bool | None | Unset = d.pop("success", UNSET)

        error_code: None | str | Unset = d.pop("errorCode", UNSET)

        error_message: None | str | Unset = d.pop("errorMessage", UNSET)

        payment_url: None | str | Unset = d.pop("paymentUrl", UNSET)

        def _parse_order_list(data: object) -> list[TaobaoOrder] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                order_list_type_0 = []
                _order_list_type_0 = data
                for order_list_type_0_item_data in _order_list_type_0:
                    order_list_type_0_item = TaobaoOrder.from_dict(
                        order_list_type_0_item_data
                    )

                    order_list_type_0.append(order_list_type_0_item)

                return order_list_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[TaobaoOrder] | None | Unset, data)

        order_list = _parse_order_list(d.pop("orderList", UNSET))

        taobao_order_create_result = cls(
            order_id=order_id,
            outer_purchase_id=outer_purchase_id,
            success=success,
            error_code=error_code,
            error_message=error_message,
            payment_url=payment_url,
            order_list=order_list,
        )

        taobao_order_create_result.additional_properties = d
        return taobao_order_create_result

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
from ..models.taobao_order import TaobaoOrder
