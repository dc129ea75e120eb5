from __future__ import annotations

from collections.abc import Iterator, Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, model_to_json, set_fields_repr

T = TypeVar("T", bound="OrderAddress")


@_attrs_define
class OrderAddress:
    """Shipping address of a Taobao cart order (schema name as on the older-generation page). Note the snake_case
    `mobile_phone` inside an otherwise camelCase body; every field may be null.

        Attributes:
            zip_ (None | str | Unset): Postal code.
            country (None | str | Unset): Country.
            state (None | str | Unset): Province or state.
            city (None | str | Unset): City.
            district (None | str | Unset): District.
            address (None | str | Unset): Street address.
            mobile_phone (None | str | Unset): Mobile number.
            phone (None | str | Unset): Phone number.
            name (None | str | Unset): Recipient name.
    """

    zip_: None | str | Unset = UNSET
    country: None | str | Unset = UNSET
    state: None | str | Unset = UNSET
    city: None | str | Unset = UNSET
    district: None | str | Unset = UNSET
    address: None | str | Unset = UNSET
    mobile_phone: None | str | Unset = UNSET
    phone: None | str | Unset = UNSET
    name: None | str | Unset = UNSET
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
        zip_: None | str | Unset
        if isinstance(self.zip_, Unset):
            zip_ = UNSET
        else:
            zip_ = self.zip_

        country: None | str | Unset
        if isinstance(self.country, Unset):
            country = UNSET
        else:
            country = self.country

        state: None | str | Unset
        if isinstance(self.state, Unset):
            state = UNSET
        else:
            state = self.state

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

        address: None | str | Unset
        if isinstance(self.address, Unset):
            address = UNSET
        else:
            address = self.address

        mobile_phone: None | str | Unset
        if isinstance(self.mobile_phone, Unset):
            mobile_phone = UNSET
        else:
            mobile_phone = self.mobile_phone

        phone: None | str | Unset
        if isinstance(self.phone, Unset):
            phone = UNSET
        else:
            phone = self.phone

        name: None | str | Unset
        if isinstance(self.name, Unset):
            name = UNSET
        else:
            name = self.name

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if zip_ is not UNSET:
            field_dict["zip"] = zip_
        if country is not UNSET:
            field_dict["country"] = country
        if state is not UNSET:
            field_dict["state"] = state
        if city is not UNSET:
            field_dict["city"] = city
        if district is not UNSET:
            field_dict["district"] = district
        if address is not UNSET:
            field_dict["address"] = address
        if mobile_phone is not UNSET:
            field_dict["mobile_phone"] = mobile_phone
        if phone is not UNSET:
            field_dict["phone"] = phone
        if name is not UNSET:
            field_dict["name"] = name

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
        zip_: None | str | Unset = d.pop("zip", UNSET)

        country: None | str | Unset = d.pop("country", UNSET)

        state: None | str | Unset = d.pop("state", UNSET)

        city: None | str | Unset = d.pop("city", UNSET)

        district: None | str | Unset = d.pop("district", UNSET)

        address: None | str | Unset = d.pop("address", UNSET)

        mobile_phone: None | str | Unset = d.pop("mobile_phone", UNSET)

        phone: None | str | Unset = d.pop("phone", UNSET)

        name: None | str | Unset = d.pop("name", UNSET)

        order_address = cls(
            zip_=zip_,
            country=country,
            state=state,
            city=city,
            district=district,
            address=address,
            mobile_phone=mobile_phone,
            phone=phone,
            name=name,
        )

        order_address.additional_properties = d
        return order_address

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
