from __future__ import annotations

from collections.abc import Iterator, Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, model_to_json, set_fields_repr

T = TypeVar("T", bound="TaobaoRefundLogisticsCompany")


@_attrs_define
class TaobaoRefundLogisticsCompany:
    """A carrier.

    Attributes:
        logistics_company_code (None | str | Unset): Carrier code.
        logistic_company_code (None | str | Unset): Carrier code under the older generation's spelling (no "s"), e.g.
            "SF"; read in case the server still sends it.
        logistics_company_name (None | str | Unset): Carrier name.
    """

    logistics_company_code: None | str | Unset = UNSET
    logistic_company_code: None | str | Unset = UNSET
    logistics_company_name: None | str | Unset = UNSET
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
        logistics_company_code: None | str | Unset
        if isinstance(self.logistics_company_code, Unset):
            logistics_company_code = UNSET
        else:
            logistics_company_code = self.logistics_company_code

        logistic_company_code: None | str | Unset
        if isinstance(self.logistic_company_code, Unset):
            logistic_company_code = UNSET
        else:
            logistic_company_code = self.logistic_company_code

        logistics_company_name: None | str | Unset
        if isinstance(self.logistics_company_name, Unset):
            logistics_company_name = UNSET
        else:
            logistics_company_name = self.logistics_company_name

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if logistics_company_code is not UNSET:
            field_dict["logisticsCompanyCode"] = logistics_company_code
        if logistic_company_code is not UNSET:
            field_dict["logisticCompanyCode"] = logistic_company_code
        if logistics_company_name is not UNSET:
            field_dict["logisticsCompanyName"] = logistics_company_name

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
        logistics_company_code: None | str | Unset = d.pop(
            "logisticsCompanyCode", UNSET
        )

        logistic_company_code: None | str | Unset = d.pop("logisticCompanyCode", UNSET)

        logistics_company_name: None | str | Unset = d.pop(
            "logisticsCompanyName", UNSET
        )

        taobao_refund_logistics_company = cls(
            logistics_company_code=logistics_company_code,
            logistic_company_code=logistic_company_code,
            logistics_company_name=logistics_company_name,
        )

        taobao_refund_logistics_company.additional_properties = d
        return taobao_refund_logistics_company

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
