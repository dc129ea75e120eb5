from __future__ import annotations

from collections.abc import Iterator, Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, model_to_json, set_fields_repr

T = TypeVar("T", bound="AlibabaPayOrderVO")


@_attrs_define
class AlibabaPayOrderVO:
    """Payment outcome of a 1688 order (doc schema name). `orderId` was read on the v2 page, the other fields on the older-
    generation page.

        Attributes:
            order_id (None | str | Unset): The order id.
            protocol_pay_success (bool | None | Unset): Whether password-free (protocol) payment succeeded.
            pay_url (None | str | Unset): Cashier URL where the order can be paid.
            cant_pay_order_list (list[int] | None | Unset): Orders that cannot be paid through this link (limits or risk
                control upstream).
    """

    order_id: None | str | Unset = UNSET
    protocol_pay_success: bool | None | Unset = UNSET
    pay_url: None | str | Unset = UNSET
    cant_pay_order_list: list[int] | None | Unset = UNSET
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
        order_id: None | str | Unset
        if isinstance(self.order_id, Unset):
            order_id = UNSET
        else:
            order_id = self.order_id

        protocol_pay_success: bool | None | Unset
        if isinstance(self.protocol_pay_success, Unset):
            protocol_pay_success = UNSET
        else:
            protocol_pay_success = self.protocol_pay_success

        pay_url: None | str | Unset
        if isinstance(self.pay_url, Unset):
            pay_url = UNSET
        else:
            pay_url = self.pay_url

        cant_pay_order_list: list[int] | None | Unset
        if isinstance(self.cant_pay_order_list, Unset):
            cant_pay_order_list = UNSET
        elif isinstance(self.cant_pay_order_list, list):
            cant_pay_order_list = self.cant_pay_order_list

        else:
            cant_pay_order_list = self.cant_pay_order_list

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if order_id is not UNSET:
            field_dict["orderId"] = order_id
        if protocol_pay_success is not UNSET:
            field_dict["protocolPaySuccess"] = protocol_pay_success
        if pay_url is not UNSET:
            field_dict["payUrl"] = pay_url
        if cant_pay_order_list is not UNSET:
            field_dict["cantPayOrderList"] = cant_pay_order_list

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
        order_id: None | str | Unset = d.pop("orderId", UNSET)

        protocol_pay_success: bool | None | Unset = d.pop("protocolPaySuccess", UNSET)

        pay_url: None | str | Unset = d.pop("payUrl", UNSET)

        def _parse_cant_pay_order_list(data: object) -> list[int] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                cant_pay_order_list_type_0 = cast(list[int], data)

                return cant_pay_order_list_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[int] | None | Unset, data)

        cant_pay_order_list = _parse_cant_pay_order_list(
            d.pop("cantPayOrderList", UNSET)
        )

        alibaba_pay_order_vo = cls(
            order_id=order_id,
            protocol_pay_success=protocol_pay_success,
            pay_url=pay_url,
            cant_pay_order_list=cant_pay_order_list,
        )

        alibaba_pay_order_vo.additional_properties = d
        return alibaba_pay_order_vo

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
