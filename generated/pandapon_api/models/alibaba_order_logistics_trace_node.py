from __future__ import annotations

from collections.abc import Iterator, Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, model_to_json, set_fields_repr

T = TypeVar("T", bound="AlibabaOrderLogisticsTraceNode")


@_attrs_define
class AlibabaOrderLogisticsTraceNode:
    """
    Attributes:
        action (None | str | Unset): Node action code.
        area_code (None | str | Unset): Area code.
        encrypt (None | str | Unset): Encryption marker (upstream).
        accept_time (None | str | Unset): Time of the node.
        remark (None | str | Unset): What happened.
        facility_type (None | str | Unset): Facility type.
        facility_no (None | str | Unset): Facility number.
        facility_name (None | str | Unset): Facility name.
    """

    action: None | str | Unset = UNSET
    area_code: None | str | Unset = UNSET
    encrypt: None | str | Unset = UNSET
    accept_time: None | str | Unset = UNSET
    remark: None | str | Unset = UNSET
    facility_type: None | str | Unset = UNSET
    facility_no: None | str | Unset = UNSET
    facility_name: None | str | Unset = UNSET
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
        action: None | str | Unset
        if isinstance(self.action, Unset):
            action = UNSET
        else:
            action = self.action

        area_code: None | str | Unset
        if isinstance(self.area_code, Unset):
            area_code = UNSET
        else:
            area_code = self.area_code

        encrypt: None | str | Unset
        if isinstance(self.encrypt, Unset):
            encrypt = UNSET
        else:
            encrypt = self.encrypt

        accept_time: None | str | Unset
        if isinstance(self.accept_time, Unset):
            accept_time = UNSET
        else:
            accept_time = self.accept_time

        remark: None | str | Unset
        if isinstance(self.remark, Unset):
            remark = UNSET
        else:
            remark = self.remark

        facility_type: None | str | Unset
        if isinstance(self.facility_type, Unset):
            facility_type = UNSET
        else:
            facility_type = self.facility_type

        facility_no: None | str | Unset
        if isinstance(self.facility_no, Unset):
            facility_no = UNSET
        else:
            facility_no = self.facility_no

        facility_name: None | str | Unset
        if isinstance(self.facility_name, Unset):
            facility_name = UNSET
        else:
            facility_name = self.facility_name

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if action is not UNSET:
            field_dict["action"] = action
        if area_code is not UNSET:
            field_dict["areaCode"] = area_code
        if encrypt is not UNSET:
            field_dict["encrypt"] = encrypt
        if accept_time is not UNSET:
            field_dict["acceptTime"] = accept_time
        if remark is not UNSET:
            field_dict["remark"] = remark
        if facility_type is not UNSET:
            field_dict["facilityType"] = facility_type
        if facility_no is not UNSET:
            field_dict["facilityNo"] = facility_no
        if facility_name is not UNSET:
            field_dict["facilityName"] = facility_name

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
        action: None | str | Unset = d.pop("action", UNSET)

        area_code: None | str | Unset = d.pop("areaCode", UNSET)

        encrypt: None | str | Unset = d.pop("encrypt", UNSET)

        accept_time: None | str | Unset = d.pop("acceptTime", UNSET)

        remark: None | str | Unset = d.pop("remark", UNSET)

        facility_type: None | str | Unset = d.pop("facilityType", UNSET)

        facility_no: None | str | Unset = d.pop("facilityNo", UNSET)

        facility_name: None | str | Unset = d.pop("facilityName", UNSET)

        alibaba_order_logistics_trace_node = cls(
            action=action,
            area_code=area_code,
            encrypt=encrypt,
            accept_time=accept_time,
            remark=remark,
            facility_type=facility_type,
            facility_no=facility_no,
            facility_name=facility_name,
        )

        alibaba_order_logistics_trace_node.additional_properties = d
        return alibaba_order_logistics_trace_node

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
