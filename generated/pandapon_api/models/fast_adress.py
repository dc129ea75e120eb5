from __future__ import annotations

from collections.abc import Iterator, Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, model_to_json, set_fields_repr

T = TypeVar("T", bound="FastAdress")


@_attrs_define
class FastAdress:
    """1688 shipping address used by the 1688 preview and create-order calls (schema name and spelling as in the docs). The
    newest pages mark every field optional.

        Attributes:
            full_name (None | str | Unset): Receiver name.
            mobile (None | str | Unset): Receiver mobile number.
            phone (None | str | Unset): Receiver phone number.
            post_code (None | str | Unset): Postal code.
            city_text (None | str | Unset): City, as text.
            province_text (None | str | Unset): Province, as text.
            area_text (None | str | Unset): District, as text.
            town_text (None | str | Unset): Town or street, as text.
            address (None | str | Unset): Street address.
            district_code (None | str | Unset): District (area) code, e.g. "310107" (new in the v2 docs).
    """

    full_name: None | str | Unset = UNSET
    mobile: None | str | Unset = UNSET
    phone: None | str | Unset = UNSET
    post_code: None | str | Unset = UNSET
    city_text: None | str | Unset = UNSET
    province_text: None | str | Unset = UNSET
    area_text: None | str | Unset = UNSET
    town_text: None | str | Unset = UNSET
    address: None | str | Unset = UNSET
    district_code: None | str | Unset = UNSET
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
        full_name: None | str | Unset
        if isinstance(self.full_name, Unset):
            full_name = UNSET
        else:
            full_name = self.full_name

        mobile: None | str | Unset
        if isinstance(self.mobile, Unset):
            mobile = UNSET
        else:
            mobile = self.mobile

        phone: None | str | Unset
        if isinstance(self.phone, Unset):
            phone = UNSET
        else:
            phone = self.phone

        post_code: None | str | Unset
        if isinstance(self.post_code, Unset):
            post_code = UNSET
        else:
            post_code = self.post_code

        city_text: None | str | Unset
        if isinstance(self.city_text, Unset):
            city_text = UNSET
        else:
            city_text = self.city_text

        province_text: None | str | Unset
        if isinstance(self.province_text, Unset):
            province_text = UNSET
        else:
            province_text = self.province_text

        area_text: None | str | Unset
        if isinstance(self.area_text, Unset):
            area_text = UNSET
        else:
            area_text = self.area_text

        town_text: None | str | Unset
        if isinstance(self.town_text, Unset):
            town_text = UNSET
        else:
            town_text = self.town_text

        address: None | str | Unset
        if isinstance(self.address, Unset):
            address = UNSET
        else:
            address = self.address

        district_code: None | str | Unset
        if isinstance(self.district_code, Unset):
            district_code = UNSET
        else:
            district_code = self.district_code

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if full_name is not UNSET:
            field_dict["fullName"] = full_name
        if mobile is not UNSET:
            field_dict["mobile"] = mobile
        if phone is not UNSET:
            field_dict["phone"] = phone
        if post_code is not UNSET:
            field_dict["postCode"] = post_code
        if city_text is not UNSET:
            field_dict["cityText"] = city_text
        if province_text is not UNSET:
            field_dict["provinceText"] = province_text
        if area_text is not UNSET:
            field_dict["areaText"] = area_text
        if town_text is not UNSET:
            field_dict["townText"] = town_text
        if address is not UNSET:
            field_dict["address"] = address
        if district_code is not UNSET:
            field_dict["districtCode"] = district_code

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
        full_name: None | str | Unset = d.pop("fullName", UNSET)

        mobile: None | str | Unset = d.pop("mobile", UNSET)

        phone: None | str | Unset = d.pop("phone", UNSET)

        post_code: None | str | Unset = d.pop("postCode", UNSET)

        city_text: None | str | Unset = d.pop("cityText", UNSET)

        province_text: None | str | Unset = d.pop("provinceText", UNSET)

        area_text: None | str | Unset = d.pop("areaText", UNSET)

        town_text: None | str | Unset = d.pop("townText", UNSET)

        address: None | str | Unset = d.pop("address", UNSET)

        district_code: None | str | Unset = d.pop("districtCode", UNSET)

        fast_adress = cls(
            full_name=full_name,
            mobile=mobile,
            phone=phone,
            post_code=post_code,
            city_text=city_text,
            province_text=province_text,
            area_text=area_text,
            town_text=town_text,
            address=address,
            district_code=district_code,
        )

        fast_adress.additional_properties = d
        return fast_adress

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
