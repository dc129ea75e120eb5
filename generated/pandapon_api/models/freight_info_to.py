from __future__ import annotations

from collections.abc import Iterator, Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, model_to_json, set_fields_repr

T = TypeVar("T", bound="FreightInfoTO")


@_attrs_define
class FreightInfoTO:
    """The chosen freight service of a line (schema name as in the docs). The pages do not expand its fields; the three
    below are read from the examples, where `companyName` and `serviceCategory` are empty strings. Presumably the values
    come from a freight quote (`estimateFreight`).

        Attributes:
            service_id (None | str | Unset): Freight service id, e.g. "1".
            company_name (None | str | Unset): Logistics company name.
            service_category (None | str | Unset): Service category (values not documented).
    """

    service_id: None | str | Unset = UNSET
    company_name: None | str | Unset = UNSET
    service_category: None | str | Unset = UNSET
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
        service_id: None | str | Unset
        if isinstance(self.service_id, Unset):
            service_id = UNSET
        else:
            service_id = self.service_id

        company_name: None | str | Unset
        if isinstance(self.company_name, Unset):
            company_name = UNSET
        else:
            company_name = self.company_name

        service_category: None | str | Unset
        if isinstance(self.service_category, Unset):
            service_category = UNSET
        else:
            service_category = self.service_category

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if service_id is not UNSET:
            field_dict["serviceId"] = service_id
        if company_name is not UNSET:
            field_dict["companyName"] = company_name
        if service_category is not UNSET:
            field_dict["serviceCategory"] = service_category

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
        service_id: None | str | Unset = d.pop("serviceId", UNSET)

        company_name: None | str | Unset = d.pop("companyName", UNSET)

        service_category: None | str | Unset = d.pop("serviceCategory", UNSET)

        freight_info_to = cls(
            service_id=service_id,
            company_name=company_name,
            service_category=service_category,
        )

        freight_info_to.additional_properties = d
        return freight_info_to

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
