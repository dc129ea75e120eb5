from __future__ import annotations

from collections.abc import Iterator, Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, model_to_json, set_fields_repr

T = TypeVar("T", bound="AlibabaLogisticsCompany")


@_attrs_define
class AlibabaLogisticsCompany:
    """A carrier known to 1688.

    Attributes:
        id (int | None | Unset): Carrier id.
        company_name (None | str | Unset): Carrier name.
        company_no (None | str | Unset): Carrier code, to pass as `logisticsCompanyNo` (e.g. "ZTO").
        company_phone (None | str | Unset): Carrier phone.
        support_print (bool | None | str | Unset): Whether electronic waybill printing is supported (a string in one
            upstream model, a boolean in another).
        spelling (None | str | Unset): Pinyin spelling of the name.
        gmt_create (None | str | Unset): Creation time.
        gmt_modified (None | str | Unset): Modification time.
    """

    id: int | None | Unset = UNSET
    company_name: None | str | Unset = UNSET
    company_no: None | str | Unset = UNSET
    company_phone: None | str | Unset = UNSET
    support_print: bool | None | str | Unset = UNSET
    spelling: None | str | Unset = UNSET
    gmt_create: None | str | Unset = UNSET
    gmt_modified: None | str | Unset = UNSET
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
        id: int | None | Unset
        if isinstance(self.id, Unset):
            id = UNSET
        else:
            id = self.id

        company_name: None | str | Unset
        if isinstance(self.company_name, Unset):
            company_name = UNSET
        else:
            company_name = self.company_name

        company_no: None | str | Unset
        if isinstance(self.company_no, Unset):
            company_no = UNSET
        else:
            company_no = self.company_no

        company_phone: None | str | Unset
        if isinstance(self.company_phone, Unset):
            company_phone = UNSET
        else:
            company_phone = self.company_phone

        support_print: bool | None | str | Unset
        if isinstance(self.support_print, Unset):
            support_print = UNSET
        else:
            support_print = self.support_print

        spelling: None | str | Unset
        if isinstance(self.spelling, Unset):
            spelling = UNSET
        else:
            spelling = self.spelling

        gmt_create: None | str | Unset
        if isinstance(self.gmt_create, Unset):
            gmt_create = UNSET
        else:
            gmt_create = self.gmt_create

        gmt_modified: None | str | Unset
        if isinstance(self.gmt_modified, Unset):
            gmt_modified = UNSET
        else:
            gmt_modified = self.gmt_modified

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if company_name is not UNSET:
            field_dict["companyName"] = company_name
        if company_no is not UNSET:
            field_dict["companyNo"] = company_no
        if company_phone is not UNSET:
            field_dict["companyPhone"] = company_phone
        if support_print is not UNSET:
            field_dict["supportPrint"] = support_print
        if spelling is not UNSET:
            field_dict["spelling"] = spelling
        if gmt_create is not UNSET:
            field_dict["gmtCreate"] = gmt_create
        if gmt_modified is not UNSET:
            field_dict["gmtModified"] = gmt_modified

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
        id: int | None | Unset = d.pop("id", UNSET)

        company_name: None | str | Unset = d.pop("companyName", UNSET)

        company_no: None | str | Unset = d.pop("companyNo", UNSET)

        company_phone: None | str | Unset = d.pop("companyPhone", UNSET)

        support_print: bool | None | str | Unset = d.pop("supportPrint", UNSET)

        spelling: None | str | Unset = d.pop("spelling", UNSET)

        gmt_create: None | str | Unset = d.pop("gmtCreate", UNSET)

        gmt_modified: None | str | Unset = d.pop("gmtModified", UNSET)

        alibaba_logistics_company = cls(
            id=id,
            company_name=company_name,
            company_no=company_no,
            company_phone=company_phone,
            support_print=support_print,
            spelling=spelling,
            gmt_create=gmt_create,
            gmt_modified=gmt_modified,
        )

        alibaba_logistics_company.additional_properties = d
        return alibaba_logistics_company

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
