from __future__ import annotations

from collections.abc import Iterator, Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, model_to_json, set_fields_repr

T = TypeVar("T", bound="AlibabaOrderReceiverInfo")


@_attrs_define
class AlibabaOrderReceiverInfo:
    """
    Attributes:
        to_full_name (None | str | Unset): Receiver name.
        to_division_code (None | str | Unset): Division (area) code.
        to_mobile (None | str | Unset): Mobile.
        to_phone (None | str | Unset): Phone.
        to_post (None | str | Unset): Postal code.
        to_town_code (None | str | Unset): Town code.
        to_area (None | str | Unset): Full area text.
    """

    to_full_name: None | str | Unset = UNSET
    to_division_code: None | str | Unset = UNSET
    to_mobile: None | str | Unset = UNSET
    to_phone: None | str | Unset = UNSET
    to_post: None | str | Unset = UNSET
    to_town_code: None | str | Unset = UNSET
    to_area: None | str | Unset = UNSET
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
        to_full_name: None | str | Unset
        if isinstance(self.to_full_name, Unset):
            to_full_name = UNSET
        else:
            to_full_name = self.to_full_name

        to_division_code: None | str | Unset
        if isinstance(self.to_division_code, Unset):
            to_division_code = UNSET
        else:
            to_division_code = self.to_division_code

        to_mobile: None | str | Unset
        if isinstance(self.to_mobile, Unset):
            to_mobile = UNSET
        else:
            to_mobile = self.to_mobile

        to_phone: None | str | Unset
        if isinstance(self.to_phone, Unset):
            to_phone = UNSET
        else:
            to_phone = self.to_phone

        to_post: None | str | Unset
        if isinstance(self.to_post, Unset):
            to_post = UNSET
        else:
            to_post = self.to_post

        to_town_code: None | str | Unset
        if isinstance(self.to_town_code, Unset):
            to_town_code = UNSET
        else:
            to_town_code = self.to_town_code

        to_area: None | str | Unset
        if isinstance(self.to_area, Unset):
            to_area = UNSET
        else:
            to_area = self.to_area

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if to_full_name is not UNSET:
            field_dict["toFullName"] = to_full_name
        if to_division_code is not UNSET:
            field_dict["toDivisionCode"] = to_division_code
        if to_mobile is not UNSET:
            field_dict["toMobile"] = to_mobile
        if to_phone is not UNSET:
            field_dict["toPhone"] = to_phone
        if to_post is not UNSET:
            field_dict["toPost"] = to_post
        if to_town_code is not UNSET:
            field_dict["toTownCode"] = to_town_code
        if to_area is not UNSET:
            field_dict["toArea"] = to_area

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
        to_full_name: None | str | Unset = d.pop("toFullName", UNSET)

        to_division_code: None | str | Unset = d.pop("toDivisionCode", UNSET)

        to_mobile: None | str | Unset = d.pop("toMobile", UNSET)

        to_phone: None | str | Unset = d.pop("toPhone", UNSET)

        to_post: None | str | Unset = d.pop("toPost", UNSET)

        to_town_code: None | str | Unset = d.pop("toTownCode", UNSET)

        to_area: None | str | Unset = d.pop("toArea", UNSET)

        alibaba_order_receiver_info = cls(
            to_full_name=to_full_name,
            to_division_code=to_division_code,
            to_mobile=to_mobile,
            to_phone=to_phone,
            to_post=to_post,
            to_town_code=to_town_code,
            to_area=to_area,
        )

        alibaba_order_receiver_info.additional_properties = d
        return alibaba_order_receiver_info

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
