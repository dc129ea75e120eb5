from __future__ import annotations

from collections.abc import Iterator, Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, model_to_json, set_fields_repr

T = TypeVar("T", bound="InternationalLogisticsOrder")


@_attrs_define
class InternationalLogisticsOrder:
    """Result of `createInternationalLogisticsOrder`. Inferred (never seen): the id of the booked logistics order, as
    `updateDomesticLogistics` takes it, with the ids it was booked from.

        Attributes:
            order_id (int | None | str | Unset): Logistics order id (the `orderId` of `updateDomesticLogistics`).
            render_id (None | str | Unset): The freight preview the booking was made from.
            tmall_order_id (None | str | Unset): Related Tmall order id.
    """

    order_id: int | None | str | Unset = UNSET
    render_id: None | str | Unset = UNSET
    tmall_order_id: None | str | Unset = UNSET
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

        render_id: None | str | Unset
        if isinstance(self.render_id, Unset):
            render_id = UNSET
        else:
            render_id = self.render_id

        tmall_order_id: None | str | Unset
        if isinstance(self.tmall_order_id, Unset):
            tmall_order_id = UNSET
        else:
            tmall_order_id = self.tmall_order_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if order_id is not UNSET:
            field_dict["orderId"] = order_id
        if render_id is not UNSET:
            field_dict["renderId"] = render_id
        if tmall_order_id is not UNSET:
            field_dict["tmallOrderId"] = tmall_order_id

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

        render_id: None | str | Unset = d.pop("renderId", UNSET)

        tmall_order_id: None | str | Unset = d.pop("tmallOrderId", UNSET)

        international_logistics_order = cls(
            order_id=order_id,
            render_id=render_id,
            tmall_order_id=tmall_order_id,
        )

        international_logistics_order.additional_properties = d
        return international_logistics_order

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
