from __future__ import annotations

from collections.abc import Iterator, Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, model_to_json, set_fields_repr, to_jsonable

T = TypeVar("T", bound="AlibabaOrderNativeLogistics")


@_attrs_define
class AlibabaOrderNativeLogistics:
    """Domestic shipping of a 1688 order: the receiver address and the waybills. All fields were read on the batch-create
    page; the waybill fields are upstream's.

        Attributes:
            address (None | str | Unset): Street address.
            area (None | str | Unset): District.
            area_code (None | str | Unset): District code.
            city (None | str | Unset): City.
            contact_person (None | str | Unset): Receiver name.
            fax (None | str | Unset): Fax.
            mobile (None | str | Unset): Mobile.
            province (None | str | Unset): Province.
            telephone (None | str | Unset): Phone.
            zip_ (None | str | Unset): Postal code.
            logistics_items (list[AlibabaOrderLogisticsItem] | None | Unset): Waybills of the order.
            town_code (None | str | Unset): Town code.
            town (None | str | Unset): Town.
            caid (None | str | Unset): Not explained in the docs.
            real_logistics_company_no (None | str | Unset): Code of the carrier actually used.
    """

    address: None | str | Unset = UNSET
    area: None | str | Unset = UNSET
    area_code: None | str | Unset = UNSET
    city: None | str | Unset = UNSET
    contact_person: None | str | Unset = UNSET
    fax: None | str | Unset = UNSET
    mobile: None | str | Unset = UNSET
    province: None | str | Unset = UNSET
    telephone: None | str | Unset = UNSET
    zip_: None | str | Unset = UNSET
    logistics_items: list[AlibabaOrderLogisticsItem] | None | Unset = UNSET
    town_code: None | str | Unset = UNSET
    town: None | str | Unset = UNSET
    caid: None | str | Unset = UNSET
    real_logistics_company_no: None | str | Unset = UNSET
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
        address: None | str | Unset
        if isinstance(self.address, Unset):
            address = UNSET
        else:
            address = self.address

        area: None | str | Unset
        if isinstance(self.area, Unset):
            area = UNSET
        else:
            area = self.area

        area_code: None | str | Unset
        if isinstance(self.area_code, Unset):
            area_code = UNSET
        else:
            area_code = self.area_code

        city: None | str | Unset
        if isinstance(self.city, Unset):
            city = UNSET
        else:
            city = self.city

        contact_person: None | str | Unset
        if isinstance(self.contact_person, Unset):
            contact_person = UNSET
        else:
            contact_person = self.contact_person

        fax: None | str | Unset
        if isinstance(self.fax, Unset):
            fax = UNSET
        else:
            fax = self.fax

        mobile: None | str | Unset
        if isinstance(self.mobile, Unset):
            mobile = UNSET
        else:
            mobile = self.mobile

        province: None | str | Unset
        if isinstance(self.province, Unset):
            province = UNSET
        else:
            province = self.province

        telephone: None | str | Unset
        if isinstance(self.telephone, Unset):
            telephone = UNSET
        else:
            telephone = self.telephone

        zip_: None | str | Unset
        if isinstance(self.zip_, Unset):
            zip_ = UNSET
        else:
            zip_ = self.zip_

        logistics_items: list[dict[str, Any]] | None | Unset
        if isinstance(self.logistics_items, Unset):
            logistics_items = UNSET
        elif isinstance(self.logistics_items, list):
            logistics_items = []
            for logistics_items_type_0_item_data in self.logistics_items:
                logistics_items_type_0_item = to_jsonable(
                    logistics_items_type_0_item_data
                )
                logistics_items.append(logistics_items_type_0_item)

        else:
            logistics_items = self.logistics_items

        town_code: None | str | Unset
        if isinstance(self.town_code, Unset):
            town_code = UNSET
        else:
            town_code = self.town_code

        town: None | str | Unset
        if isinstance(self.town, Unset):
            town = UNSET
        else:
            town = self.town

        caid: None | str | Unset
        if isinstance(self.caid, Unset):
            caid = UNSET
        else:
            caid = self.caid

        real_logistics_company_no: None | str | Unset
        if isinstance(self.real_logistics_company_no, Unset):
            real_logistics_company_no = UNSET
        else:
            real_logistics_company_no = self.real_logistics_company_no

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if address is not UNSET:
            field_dict["address"] = address
        if area is not UNSET:
            field_dict["area"] = area
        if area_code is not UNSET:
            field_dict["areaCode"] = area_code
        if city is not UNSET:
            field_dict["city"] = city
        if contact_person is not UNSET:
            field_dict["contactPerson"] = contact_person
        if fax is not UNSET:
            field_dict["fax"] = fax
        if mobile is not UNSET:
            field_dict["mobile"] = mobile
        if province is not UNSET:
            field_dict["province"] = province
        if telephone is not UNSET:
            field_dict["telephone"] = telephone
        if zip_ is not UNSET:
            field_dict["zip"] = zip_
        if logistics_items is not UNSET:
            field_dict["logisticsItems"] = logistics_items
        if town_code is not UNSET:
            field_dict["townCode"] = town_code
        if town is not UNSET:
            field_dict["town"] = town
        if caid is not UNSET:
            field_dict["caid"] = caid
        if real_logistics_company_no is not UNSET:
            field_dict["realLogisticsCompanyNo"] = real_logistics_company_no

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
        address: None | str | Unset = d.pop("address", UNSET)

        area: None | str | Unset = d.pop("area", UNSET)

        area_code: None | str | Unset = d.pop("areaCode", UNSET)

        city: None | str | Unset = d.pop("city", UNSET)

        contact_person: None | str | Unset = d.pop("contactPerson", UNSET)

        fax: None | str | Unset = d.pop("fax", UNSET)

        mobile: None | str | Unset = d.pop("mobile", UNSET)

        province: None | str | Unset = d.pop("province", UNSET)

        telephone: None | str | Unset = d.pop("telephone", UNSET)

        zip_: None | str | Unset = d.pop("zip", UNSET)

        def _parse_logistics_items(
            data: object,
        ) -> list[AlibabaOrderLogisticsItem] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                logistics_items_type_0 = []
                _logistics_items_type_0 = data
                for logistics_items_type_0_item_data in _logistics_items_type_0:
                    logistics_items_type_0_item = AlibabaOrderLogisticsItem.from_dict(
                        logistics_items_type_0_item_data
                    )

                    logistics_items_type_0.append(logistics_items_type_0_item)

                return logistics_items_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[AlibabaOrderLogisticsItem] | None | Unset, data)

        logistics_items = _parse_logistics_items(d.pop("logisticsItems", UNSET))

        town_code: None | str | Unset = d.pop("townCode", UNSET)

        town: None | str | Unset = d.pop("town", UNSET)

        caid: None | str | Unset = d.pop("caid", UNSET)

        real_logistics_company_no: None | str | Unset = d.pop(
            "realLogisticsCompanyNo", UNSET
        )

        alibaba_order_native_logistics = cls(
            address=address,
            area=area,
            area_code=area_code,
            city=city,
            contact_person=contact_person,
            fax=fax,
            mobile=mobile,
            province=province,
            telephone=telephone,
            zip_=zip_,
            logistics_items=logistics_items,
            town_code=town_code,
            town=town,
            caid=caid,
            real_logistics_company_no=real_logistics_company_no,
        )

        alibaba_order_native_logistics.additional_properties = d
        return alibaba_order_native_logistics

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


# After the class: a model that refers back to this one finds it defined.
from ..models.alibaba_order_logistics_item import AlibabaOrderLogisticsItem
