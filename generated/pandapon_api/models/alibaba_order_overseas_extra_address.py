from __future__ import annotations

from collections.abc import Iterator, Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, model_to_json, set_fields_repr

T = TypeVar("T", bound="AlibabaOrderOverseasExtraAddress")


@_attrs_define
class AlibabaOrderOverseasExtraAddress:
    """
    Attributes:
        channel_name (None | str | Unset): Channel name.
        channel_id (None | str | Unset): Channel id.
        shipping_company_id (None | str | Unset): Shipping company id.
        shipping_company_name (None | str | Unset): Shipping company name.
        country_code (None | str | Unset): Country code.
        country (None | str | Unset): Country.
        email (None | str | Unset): E-mail.
    """

    channel_name: None | str | Unset = UNSET
    channel_id: None | str | Unset = UNSET
    shipping_company_id: None | str | Unset = UNSET
    shipping_company_name: None | str | Unset = UNSET
    country_code: None | str | Unset = UNSET
    country: None | str | Unset = UNSET
    email: None | str | Unset = UNSET
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
        channel_name: None | str | Unset
        if isinstance(self.channel_name, Unset):
            channel_name = UNSET
        else:
            channel_name = self.channel_name

        channel_id: None | str | Unset
        if isinstance(self.channel_id, Unset):
            channel_id = UNSET
        else:
            channel_id = self.channel_id

        shipping_company_id: None | str | Unset
        if isinstance(self.shipping_company_id, Unset):
            shipping_company_id = UNSET
        else:
            shipping_company_id = self.shipping_company_id

        shipping_company_name: None | str | Unset
        if isinstance(self.shipping_company_name, Unset):
            shipping_company_name = UNSET
        else:
            shipping_company_name = self.shipping_company_name

        country_code: None | str | Unset
        if isinstance(self.country_code, Unset):
            country_code = UNSET
        else:
            country_code = self.country_code

        country: None | str | Unset
        if isinstance(self.country, Unset):
            country = UNSET
        else:
            country = self.country

        email: None | str | Unset
        if isinstance(self.email, Unset):
            email = UNSET
        else:
            email = self.email

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if channel_name is not UNSET:
            field_dict["channelName"] = channel_name
        if channel_id is not UNSET:
            field_dict["channelId"] = channel_id
        if shipping_company_id is not UNSET:
            field_dict["shippingCompanyId"] = shipping_company_id
        if shipping_company_name is not UNSET:
            field_dict["shippingCompanyName"] = shipping_company_name
        if country_code is not UNSET:
            field_dict["countryCode"] = country_code
        if country is not UNSET:
            field_dict["country"] = country
        if email is not UNSET:
            field_dict["email"] = email

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
        channel_name: None | str | Unset = d.pop("channelName", UNSET)

        channel_id: None | str | Unset = d.pop("channelId", UNSET)

        shipping_company_id: None | str | Unset = d.pop("shippingCompanyId", UNSET)

        shipping_company_name: None | str | Unset = d.pop("shippingCompanyName", UNSET)

        country_code: None | str | Unset = d.pop("countryCode", UNSET)

        country: None | str | Unset = d.pop("country", UNSET)

        email: None | str | Unset = d.pop("email", UNSET)

        alibaba_order_overseas_extra_address = cls(
            channel_name=channel_name,
            channel_id=channel_id,
            shipping_company_id=shipping_company_id,
            shipping_company_name=shipping_company_name,
            country_code=country_code,
            country=country,
            email=email,
        )

        alibaba_order_overseas_extra_address.additional_properties = d
        return alibaba_order_overseas_extra_address

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
