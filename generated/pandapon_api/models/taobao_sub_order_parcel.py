from __future__ import annotations

from collections.abc import Iterator, Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, model_to_json, set_fields_repr

T = TypeVar("T", bound="TaobaoSubOrderParcel")


@_attrs_define
class TaobaoSubOrderParcel:
    """One parcel of a sub-order.

    Attributes:
        logistic_company_name (None | str | Unset): Carrier name.
        logistic_number (None | str | Unset): Waybill number.
        rts_time (int | None | str | Unset): Time the parcel was shipped.
    """

    logistic_company_name: None | str | Unset = UNSET
    logistic_number: None | str | Unset = UNSET
    rts_time: int | None | str | Unset = UNSET
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
        logistic_company_name: None | str | Unset
        if isinstance(self.logistic_company_name, Unset):
            logistic_company_name = UNSET
        else:
            logistic_company_name = self.logistic_company_name

        logistic_number: None | str | Unset
        if isinstance(self.logistic_number, Unset):
            logistic_number = UNSET
        else:
            logistic_number = self.logistic_number

        rts_time: int | None | str | Unset
        if isinstance(self.rts_time, Unset):
            rts_time = UNSET
        else:
            rts_time = self.rts_time

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if logistic_company_name is not UNSET:
            field_dict["logisticCompanyName"] = logistic_company_name
        if logistic_number is not UNSET:
            field_dict["logisticNumber"] = logistic_number
        if rts_time is not UNSET:
            field_dict["rtsTime"] = rts_time

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
        logistic_company_name: None | str | Unset = d.pop("logisticCompanyName", UNSET)

        logistic_number: None | str | Unset = d.pop("logisticNumber", UNSET)

        rts_time: int | None | str | Unset = d.pop("rtsTime", UNSET)

        taobao_sub_order_parcel = cls(
            logistic_company_name=logistic_company_name,
            logistic_number=logistic_number,
            rts_time=rts_time,
        )

        taobao_sub_order_parcel.additional_properties = d
        return taobao_sub_order_parcel

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
