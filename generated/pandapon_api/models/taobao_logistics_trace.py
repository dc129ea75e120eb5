from __future__ import annotations

from collections.abc import Iterator, Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, model_to_json, set_fields_repr

T = TypeVar("T", bound="TaobaoLogisticsTrace")


@_attrs_define
class TaobaoLogisticsTrace:
    """One tracking event of a parcel.

    Attributes:
        status_desc (None | str | Unset): Status text (e.g. 运输中, "in transit").
        province (None | str | Unset): Province of the event.
        city (None | str | Unset): City of the event.
        district (None | str | Unset): District of the event.
        action (None | str | Unset): Carrier action code (e.g. TMS_STATION_OUT, TMS_STATION_IN).
        facility_name (None | str | Unset): Name of the facility (station) where the event happened.
        time (None | str | Unset): Event time, "yyyy-MM-dd HH:mm:ss" in the real example.
        standerd_desc (None | str | Unset): Standardised description of the event (field name spelled as in the docs).
        status (None | str | Unset): Status code. PandaPon's example shows TRANSPORT; the upstream SDK lists DELIVERING,
            SIGNED, COLLECTED, REJECTED, RETURNED, EXCEPTION, WAITING_COLLECT, WAITING_CUSTOMS, CUSTOMS_CLEARANCE,
            CUSTOMS_FAILED and UNKNOWN (not seen on PandaPon).
        next_city (None | str | Unset): Next city on the route.
        next_node_name (None | str | Unset): Next node (station) on the route.
    """

    status_desc: None | str | Unset = UNSET
    province: None | str | Unset = UNSET
    city: None | str | Unset = UNSET
    district: None | str | Unset = UNSET
    action: None | str | Unset = UNSET
    facility_name: None | str | Unset = UNSET
    time: None | str | Unset = UNSET
    standerd_desc: None | str | Unset = UNSET
    status: None | str | Unset = UNSET
    next_city: None | str | Unset = UNSET
    next_node_name: None | str | Unset = UNSET
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
        status_desc: None | str | Unset
        if isinstance(self.status_desc, Unset):
            status_desc = UNSET
        else:
            status_desc = self.status_desc

        province: None | str | Unset
        if isinstance(self.province, Unset):
            province = UNSET
        else:
            province = self.province

        city: None | str | Unset
        if isinstance(self.city, Unset):
            city = UNSET
        else:
            city = self.city

        district: None | str | Unset
        if isinstance(self.district, Unset):
            district = UNSET
        else:
            district = self.district

        action: None | str | Unset
        if isinstance(self.action, Unset):
            action = UNSET
        else:
            action = self.action

        facility_name: None | str | Unset
        if isinstance(self.facility_name, Unset):
            facility_name = UNSET
        else:
            facility_name = self.facility_name

        time: None | str | Unset
        if isinstance(self.time, Unset):
            time = UNSET
        else:
            time = self.time

        standerd_desc: None | str | Unset
        if isinstance(self.standerd_desc, Unset):
            standerd_desc = UNSET
        else:
            standerd_desc = self.standerd_desc

        status: None | str | Unset
        if isinstance(self.status, Unset):
            status = UNSET
        else:
            status = self.status

        next_city: None | str | Unset
        if isinstance(self.next_city, Unset):
            next_city = UNSET
        else:
            next_city = self.next_city

        next_node_name: None | str | Unset
        if isinstance(self.next_node_name, Unset):
            next_node_name = UNSET
        else:
            next_node_name = self.next_node_name

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if status_desc is not UNSET:
            field_dict["statusDesc"] = status_desc
        if province is not UNSET:
            field_dict["province"] = province
        if city is not UNSET:
            field_dict["city"] = city
        if district is not UNSET:
            field_dict["district"] = district
        if action is not UNSET:
            field_dict["action"] = action
        if facility_name is not UNSET:
            field_dict["facilityName"] = facility_name
        if time is not UNSET:
            field_dict["time"] = time
        if standerd_desc is not UNSET:
            field_dict["standerdDesc"] = standerd_desc
        if status is not UNSET:
            field_dict["status"] = status
        if next_city is not UNSET:
            field_dict["nextCity"] = next_city
        if next_node_name is not UNSET:
            field_dict["nextNodeName"] = next_node_name

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
        status_desc: None | str | Unset = d.pop("statusDesc", UNSET)

        province: None | str | Unset = d.pop("province", UNSET)

        city: None | str | Unset = d.pop("city", UNSET)

        district: None | str | Unset = d.pop("district", UNSET)

        action: None | str | Unset = d.pop("action", UNSET)

        facility_name: None | str | Unset = d.pop("facilityName", UNSET)

        time: None | str | Unset = d.pop("time", UNSET)

        standerd_desc: None | str | Unset = d.pop("standerdDesc", UNSET)

        status: None | str | Unset = d.pop("status", UNSET)

        next_city: None | str | Unset = d.pop("nextCity", UNSET)

        next_node_name: None | str | Unset = d.pop("nextNodeName", UNSET)

        taobao_logistics_trace = cls(
            status_desc=status_desc,
            province=province,
            city=city,
            district=district,
            action=action,
            facility_name=facility_name,
            time=time,
            standerd_desc=standerd_desc,
            status=status,
            next_city=next_city,
            next_node_name=next_node_name,
        )

        taobao_logistics_trace.additional_properties = d
        return taobao_logistics_trace

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
