from __future__ import annotations

from collections.abc import Iterator, Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, model_to_json, set_fields_repr

T = TypeVar("T", bound="SubmitAlibabaRefundReturnRequest")


@_attrs_define
class SubmitAlibabaRefundReturnRequest:
    """
    Attributes:
        refund_id (str): Refund number, starting with "TQ".
        logistics_company_no (str): Carrier code, from the logistics-company list (`listAlibabaLogisticsCompanies`).
        freight_bill (str): Waybill number of the return parcel; a wrong number lets the seller refuse the refund.
        description (None | str | Unset): Shipping note, 2 to 200 characters.
        vouchers (list[str] | None | Unset): Voucher image paths ("image domain/relative path") as returned by
            `uploadAlibabaRefundVoucher`; at most 10 images, each at most 1 MB, jpg/gif/jpeg/png/bmp. Without vouchers a
            later claim cannot be made.
    """

    refund_id: str
    logistics_company_no: str
    freight_bill: str
    description: None | str | Unset = UNSET
    vouchers: list[str] | None | Unset = UNSET
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
        refund_id = self.refund_id

        logistics_company_no = self.logistics_company_no

        freight_bill = self.freight_bill

        description: None | str | Unset
        if isinstance(self.description, Unset):
            description = UNSET
        else:
            description = self.description

        vouchers: list[str] | None | Unset
        if isinstance(self.vouchers, Unset):
            vouchers = UNSET
        elif isinstance(self.vouchers, list):
            vouchers = self.vouchers

        else:
            vouchers = self.vouchers

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "refundId": refund_id,
                "logisticsCompanyNo": logistics_company_no,
                "freightBill": freight_bill,
            }
        )
        if description is not UNSET:
            field_dict["description"] = description
        if vouchers is not UNSET:
            field_dict["vouchers"] = vouchers

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
        refund_id = d.pop("refundId")

        logistics_company_no = d.pop("logisticsCompanyNo")

        freight_bill = d.pop("freightBill")

        description: None | str | Unset = d.pop("description", UNSET)

        def _parse_vouchers(data: object) -> list[str] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                vouchers_type_0 = cast(list[str], data)

                return vouchers_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[str] | None | Unset, data)

        vouchers = _parse_vouchers(d.pop("vouchers", UNSET))

        submit_alibaba_refund_return_request = cls(
            refund_id=refund_id,
            logistics_company_no=logistics_company_no,
            freight_bill=freight_bill,
            description=description,
            vouchers=vouchers,
        )

        submit_alibaba_refund_return_request.additional_properties = d
        return submit_alibaba_refund_return_request

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
