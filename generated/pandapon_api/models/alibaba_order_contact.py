from __future__ import annotations

from collections.abc import Iterator, Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, model_to_json, set_fields_repr

T = TypeVar("T", bound="AlibabaOrderContact")


@_attrs_define
class AlibabaOrderContact:
    """
    Attributes:
        name (None | str | Unset): Contact name.
        phone (None | str | Unset): Phone.
        mobile (None | str | Unset): Mobile.
        fax (None | str | Unset): Fax.
        email (None | str | Unset): E-mail.
        im_in_platform (None | str | Unset): Chat (Wangwang) account.
        company_name (None | str | Unset): Company name.
        wg_sender_name (None | str | Unset): Sender name (seller contact only).
        wg_sender_phone (None | str | Unset): Sender phone (seller contact only).
    """

    name: None | str | Unset = UNSET
    phone: None | str | Unset = UNSET
    mobile: None | str | Unset = UNSET
    fax: None | str | Unset = UNSET
    email: None | str | Unset = UNSET
    im_in_platform: None | str | Unset = UNSET
    company_name: None | str | Unset = UNSET
    wg_sender_name: None | str | Unset = UNSET
    wg_sender_phone: None | str | Unset = UNSET
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

        mobile: None | str | Unset
        if isinstance(self.mobile, Unset):
            mobile = UNSET
        else:
            mobile = self.mobile

        fax: None | str | Unset
        if isinstance(self.fax, Unset):
            fax = UNSET
        else:
            fax = self.fax

        email: None | str | Unset
        if isinstance(self.email, Unset):
            email = UNSET
        else:
            email = self.email

        im_in_platform: None | str | Unset
        if isinstance(self.im_in_platform, Unset):
            im_in_platform = UNSET
        else:
            im_in_platform = self.im_in_platform

        company_name: None | str | Unset
        if isinstance(self.company_name, Unset):
            company_name = UNSET
        else:
            company_name = self.company_name

        wg_sender_name: None | str | Unset
        if isinstance(self.wg_sender_name, Unset):
            wg_sender_name = UNSET
        else:
            wg_sender_name = self.wg_sender_name

        wg_sender_phone: None | str | Unset
        if isinstance(self.wg_sender_phone, Unset):
            wg_sender_phone = UNSET
        else:
            wg_sender_phone = self.wg_sender_phone

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if name is not UNSET:
            field_dict["name"] = name
        if phone is not UNSET:
            field_dict["phone"] = phone
        if mobile is not UNSET:
            field_dict["mobile"] = mobile
        if fax is not UNSET:
            field_dict["fax"] = fax
        if email is not UNSET:
            field_dict["email"] = email
        if im_in_platform is not UNSET:
            field_dict["imInPlatform"] = im_in_platform
        if company_name is not UNSET:
            field_dict["companyName"] = company_name
        if wg_sender_name is not UNSET:
            field_dict["wgSenderName"] = wg_sender_name
        if wg_sender_phone is not UNSET:
            field_dict["wgSenderPhone"] = wg_sender_phone

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

        mobile: None | str | Unset = d.pop("mobile", UNSET)

        fax: None | str | Unset = d.pop("fax", UNSET)

        email: None | str | Unset = d.pop("email", UNSET)

        im_in_platform: None | str | Unset = d.pop("imInPlatform", UNSET)

        company_name: None | str | Unset = d.pop("companyName", UNSET)

        wg_sender_name: None | str | Unset = d.pop("wgSenderName", UNSET)

        wg_sender_phone: None | str | Unset = d.pop("wgSenderPhone", UNSET)

        alibaba_order_contact = cls(
            name=name,
            phone=phone,
            mobile=mobile,
            fax=fax,
            email=email,
            im_in_platform=im_in_platform,
            company_name=company_name,
            wg_sender_name=wg_sender_name,
            wg_sender_phone=wg_sender_phone,
        )

        alibaba_order_contact.additional_properties = d
        return alibaba_order_contact

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
