from __future__ import annotations

from collections.abc import Iterator, Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, model_to_json, set_fields_repr, to_jsonable

T = TypeVar("T", bound="PreviewTaobaoCartOrderRequest")


@_attrs_define
class PreviewTaobaoCartOrderRequest:
    """Inferred body, the same as the older-generation cart create-order body.

    Attributes:
        ids (list[int] | Unset): Cart record ids to price (the `id` of each cart item).
        order_address (OrderAddress | Unset): Shipping address of a Taobao cart order (schema name as on the older-
            generation page). Note the snake_case `mobile_phone` inside an otherwise camelCase body; every field may be
            null.
        user_id (None | str | Unset): Platform user id.
    """

    ids: list[int] | Unset = UNSET
    order_address: OrderAddress | Unset = UNSET
    user_id: None | str | Unset = UNSET
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
        ids: list[int] | Unset = UNSET
        if not isinstance(self.ids, Unset):
            ids = self.ids

        order_address: dict[str, Any] | Unset = UNSET
        if not isinstance(self.order_address, Unset):
            order_address = to_jsonable(self.order_address)

        user_id: None | str | Unset
        if isinstance(self.user_id, Unset):
            user_id = UNSET
        else:
            user_id = self.user_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if ids is not UNSET:
            field_dict["ids"] = ids
        if order_address is not UNSET:
            field_dict["orderAddress"] = order_address
        if user_id is not UNSET:
            field_dict["userId"] = user_id

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
        ids = cast(list[int], d.pop("ids", UNSET))

        _order_address = d.pop("orderAddress", UNSET)
        order_address: OrderAddress | Unset
        if isinstance(_order_address, Unset):
            order_address = UNSET
        else:
            order_address = OrderAddress.from_dict(_order_address)

        user_id: None | str | Unset = d.pop("userId", UNSET)

        preview_taobao_cart_order_request = cls(
            ids=ids,
            order_address=order_address,
            user_id=user_id,
        )

        preview_taobao_cart_order_request.additional_properties = d
        return preview_taobao_cart_order_request

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
from ..models.order_address import OrderAddress
