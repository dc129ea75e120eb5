from __future__ import annotations

from collections.abc import Iterator, Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, model_to_json, set_fields_repr, to_jsonable

T = TypeVar("T", bound="UpdateAlibabaCartItemQuantityRequest")


@_attrs_define
class UpdateAlibabaCartItemQuantityRequest:
    """As on the older Chinese page, which marks no field required and types every field nullable.

    Attributes:
        quantity (int | None | Unset): New quantity of the line.
        id (int | None | Unset): Cart record id (`id` in the cart list).
        update_time (AlibabaCartUpdateTime | None | str | Unset): Operation time. The page shows a serialized server-
            side (Java) date object here, which looks like a leaked internal type; it can presumably be omitted. Kept
            loosely typed.
        product_no (None | str | Unset): Product number (purpose not documented).
        container (None | str | Unset): Container or box number (purpose not documented).
    """

    quantity: int | None | Unset = UNSET
    id: int | None | Unset = UNSET
    update_time: AlibabaCartUpdateTime | None | str | Unset = UNSET
    product_no: None | str | Unset = UNSET
    container: None | str | Unset = UNSET
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
        quantity: int | None | Unset
        if isinstance(self.quantity, Unset):
            quantity = UNSET
        else:
            quantity = self.quantity

        id: int | None | Unset
        if isinstance(self.id, Unset):
            id = UNSET
        else:
            id = self.id

        update_time: dict[str, Any] | None | str | Unset
        if isinstance(self.update_time, Unset):
            update_time = UNSET
        elif isinstance(self.update_time, AlibabaCartUpdateTime):
            update_time = to_jsonable(self.update_time)
        else:
            update_time = self.update_time

        product_no: None | str | Unset
        if isinstance(self.product_no, Unset):
            product_no = UNSET
        else:
            product_no = self.product_no

        container: None | str | Unset
        if isinstance(self.container, Unset):
            container = UNSET
        else:
            container = self.container

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if quantity is not UNSET:
            field_dict["quantity"] = quantity
        if id is not UNSET:
            field_dict["id"] = id
        if update_time is not UNSET:
            field_dict["updateTime"] = update_time
        if product_no is not UNSET:
            field_dict["productNo"] = product_no
        if container is not UNSET:
            field_dict["container"] = container

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
        quantity: int | None | Unset = d.pop("quantity", UNSET)

        id: int | None | Unset = d.pop("id", UNSET)

        def _parse_update_time(
            data: object,
        ) -> AlibabaCartUpdateTime | None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                update_time_type_0 = AlibabaCartUpdateTime.from_dict(data)

                return update_time_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(AlibabaCartUpdateTime | None | str | Unset, data)

        update_time = _parse_update_time(d.pop("updateTime", UNSET))

        product_no: None | str | Unset = d.pop("productNo", UNSET)

        container: None | str | Unset = d.pop("container", UNSET)

        update_alibaba_cart_item_quantity_request = cls(
            quantity=quantity,
            id=id,
            update_time=update_time,
            product_no=product_no,
            container=container,
        )

        update_alibaba_cart_item_quantity_request.additional_properties = d
        return update_alibaba_cart_item_quantity_request

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
from ..models.alibaba_cart_update_time import AlibabaCartUpdateTime
