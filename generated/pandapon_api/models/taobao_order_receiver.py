from __future__ import annotations

from collections.abc import Iterator, Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, model_to_json, set_fields_repr

T = TypeVar("T", bound="TaobaoOrderReceiver")


@_attrs_define
class TaobaoOrderReceiver:
    """Receiver address of a Taobao order. Keys as in the older create page's `receiver` JSON (snake_case `mobile_phone`
    included); an order returned by the API may carry only the address part. `taxId` comes from the upstream API.

        Attributes:
            name (None | str | Unset): Receiver name.
            phone (None | str | Unset): Phone number.
            mobile_phone (None | str | Unset): Mobile number.
            country (None | str | Unset): Country (e.g. 中国).
            state (None | str | Unset): Province or state.
            city (None | str | Unset): City.
            district (None | str | Unset): District.
            address (None | str | Unset): Street address.
            zip_ (None | str | Unset): Postal code.
            tax_id (None | str | Unset): Receiver tax id (needed for some countries upstream).
    """

    name: None | str | Unset = UNSET
    phone: None | str | Unset = UNSET
    mobile_phone: None | str | Unset = UNSET
    country: None | str | Unset = UNSET
    state: None | str | Unset = UNSET
    city: None | str | Unset = UNSET
    district: None | str | Unset = UNSET
    address: None | str | Unset = UNSET
    zip_: None | str | Unset = UNSET
    tax_id: None | str | Unset = UNSET
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

        zip_: None | str | Unset
        if isinstance(self.zip_, Unset):
            zip_ = UNSET
        else:
            zip_ = self.zip_

        tax_id: None | str | Unset
        if isinstance(self.tax_id, Unset):
            tax_id = UNSET
        else:
            tax_id = self.tax_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if name is not UNSET:
            field_dict["name"] = name
        if phone is not UNSET:
            field_dict["phone"] = phone
        if mobile_phone is not UNSET:
            field_dict["mobile_phone"] = mobile_phone
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
        if zip_ is not UNSET:
            field_dict["zip"] = zip_
        if tax_id is not UNSET:
            field_dict["taxId"] = tax_id

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

        phone: None | str | Unset = d.pop("phone", UNSET)

        mobile_phone: None | str | Unset = d.pop("mobile_phone", UNSET)

        country: None | str | Unset = d.pop("country", UNSET)

        state: None | str | Unset = d.pop("state", UNSET)

        city: None | str | Unset = d.pop("city", UNSET)

        district: None | str | Unset = d.pop("district", UNSET)

        address: None | str | Unset = d.pop("address", UNSET)

        zip_: None | str | Unset = d.pop("zip", UNSET)

        tax_id: None | str | Unset = d.pop("taxId", UNSET)

        taobao_order_receiver = cls(
            name=name,
            phone=phone,
            mobile_phone=mobile_phone,
            country=country,
            state=state,
            city=city,
            district=district,
            address=address,
            zip_=zip_,
            tax_id=tax_id,
        )

        taobao_order_receiver.additional_properties = d
        return taobao_order_receiver

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
