from __future__ import annotations

from collections.abc import Iterator, Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, model_to_json, set_fields_repr

T = TypeVar("T", bound="ReceiverAddressTO")


@_attrs_define
class ReceiverAddressTO:
    """Foreign receiver address of the warehouse-logistics calls (schema name as in the docs). Every field is optional and
    may be null.

        Attributes:
            name (None | str | Unset): Receiver name.
            email (None | str | Unset): Receiver email address.
            phone (None | str | Unset): Receiver phone number.
            mobile_phone (None | str | Unset): Receiver mobile number.
            address (None | str | Unset): Street address.
            tax_id (None | str | Unset): Receiver tax id (for customs).
            country (None | str | Unset): Country; the examples use a two-letter code ("US").
            city (None | str | Unset): City.
            zip_ (None | str | Unset): Postal code.
            state (None | str | Unset): State or province.
    """

    name: None | str | Unset = UNSET
    email: None | str | Unset = UNSET
    phone: None | str | Unset = UNSET
    mobile_phone: None | str | Unset = UNSET
    address: None | str | Unset = UNSET
    tax_id: None | str | Unset = UNSET
    country: None | str | Unset = UNSET
    city: None | str | Unset = UNSET
    zip_: None | str | Unset = UNSET
    state: None | str | Unset = UNSET
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
        name: None | str | Unset
        if isinstance(self.name, Unset):
            name = UNSET
        else:
            name = self.name

        email: None | str | Unset
        if isinstance(self.email, Unset):
            email = UNSET
        else:
            email = self.email

        phone: None | str | Unset
        if isinstance(self.phone, Unset):
            phone = UNSET
        else:
            phone = self.phone

        mobile_phone: None | str | Unset
        if isinstance(self.mobile_phone, Unset):
            mobile_phone = UNSET
        else:
            mobile_phone = self.mobile_phone

        address: None | str | Unset
        if isinstance(self.address, Unset):
            address = UNSET
        else:
            address = self.address

        tax_id: None | str | Unset
        if isinstance(self.tax_id, Unset):
            tax_id = UNSET
        else:
            tax_id = self.tax_id

        country: None | str | Unset
        if isinstance(self.country, Unset):
            country = UNSET
        else:
            country = self.country

        city: None | str | Unset
        if isinstance(self.city, Unset):
            city = UNSET
        else:
            city = self.city

        zip_: None | str | Unset
        if isinstance(self.zip_, Unset):
            zip_ = UNSET
        else:
            zip_ = self.zip_

        state: None | str | Unset
        if isinstance(self.state, Unset):
            state = UNSET
        else:
            state = self.state

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if name is not UNSET:
            field_dict["name"] = name
        if email is not UNSET:
            field_dict["email"] = email
        if phone is not UNSET:
            field_dict["phone"] = phone
        if mobile_phone is not UNSET:
            field_dict["mobilePhone"] = mobile_phone
        if address is not UNSET:
            field_dict["address"] = address
        if tax_id is not UNSET:
            field_dict["taxId"] = tax_id
        if country is not UNSET:
            field_dict["country"] = country
        if city is not UNSET:
            field_dict["city"] = city
        if zip_ is not UNSET:
            field_dict["zip"] = zip_
        if state is not UNSET:
            field_dict["state"] = state

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
        name: None | str | Unset = d.pop("name", UNSET)

        email: None | str | Unset = d.pop("email", UNSET)

        phone: None | str | Unset = d.pop("phone", UNSET)

        mobile_phone: None | str | Unset = d.pop("mobilePhone", UNSET)

        address: None | str | Unset = d.pop("address", UNSET)

        tax_id: None | str | Unset = d.pop("taxId", UNSET)

        country: None | str | Unset = d.pop("country", UNSET)

        city: None | str | Unset = d.pop("city", UNSET)

        zip_: None | str | Unset = d.pop("zip", UNSET)

        state: None | str | Unset = d.pop("state", UNSET)

        receiver_address_to = cls(
            name=name,
            email=email,
            phone=phone,
            mobile_phone=mobile_phone,
            address=address,
            tax_id=tax_id,
            country=country,
            city=city,
            zip_=zip_,
            state=state,
        )

        receiver_address_to.additional_properties = d
        return receiver_address_to

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
