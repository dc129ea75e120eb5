from __future__ import annotations

from collections.abc import Iterator, Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, model_to_json, set_fields_repr

T = TypeVar("T", bound="SaveAddressRequest")


@_attrs_define
class SaveAddressRequest:
    """Body of `saveAddress` (no schema name on the page; no field marked required).

    Attributes:
        id (int | Unset): Address id. Set it to update a saved address; omitted or 0 most likely creates a new one
            (inferred; the docs only say "ID number").
        name (str | Unset): Recipient name.
        province (str | Unset): Province name.
        city (str | Unset): City name.
        district (str | Unset): District name.
        address (str | Unset): Street address.
        phone (str | Unset): Recipient mobile number.
    """

    id: int | Unset = UNSET
    name: str | Unset = UNSET
    province: str | Unset = UNSET
    city: str | Unset = UNSET
    district: str | Unset = UNSET
    address: str | Unset = UNSET
    phone: str | Unset = UNSET
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
        id = self.id

        name = self.name

        province = self.province

        city = self.city

        district = self.district

        address = self.address

        phone = self.phone

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if name is not UNSET:
            field_dict["name"] = name
        if province is not UNSET:
            field_dict["province"] = province
        if city is not UNSET:
            field_dict["city"] = city
        if district is not UNSET:
            field_dict["district"] = district
        if address is not UNSET:
            field_dict["address"] = address
        if phone is not UNSET:
            field_dict["phone"] = phone

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
        id = d.pop("id", UNSET)

        name = d.pop("name", UNSET)

        province = d.pop("province", UNSET)

        city = d.pop("city", UNSET)

        district = d.pop("district", UNSET)

        address = d.pop("address", UNSET)

        phone = d.pop("phone", UNSET)

        save_address_request = cls(
            id=id,
            name=name,
            province=province,
            city=city,
            district=district,
            address=address,
            phone=phone,
        )

        save_address_request.additional_properties = d
        return save_address_request

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
