from __future__ import annotations

from collections.abc import Iterator, Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, model_to_json, set_fields_repr

T = TypeVar("T", bound="CancelAlibabaOrderRequest")


@_attrs_define
class CancelAlibabaOrderRequest:
    """
    Attributes:
        web_site (str): Site identifier; "1688".
        order_id (int): 1688 order id (exceeds 2^53; send it as an exact integer).
        cancel_reason (None | str | Unset): Why the order is cancelled, free text in the doc's example (required in the
            older docs, optional on the v2 page).
        remark (None | str | Unset): Remark.
    """

    web_site: str
    order_id: int
    cancel_reason: None | str | Unset = UNSET
    remark: None | str | Unset = UNSET
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
        web_site = self.web_site

        order_id = self.order_id

        cancel_reason: None | str | Unset
        if isinstance(self.cancel_reason, Unset):
            cancel_reason = UNSET
        else:
            cancel_reason = self.cancel_reason

        remark: None | str | Unset
        if isinstance(self.remark, Unset):
            remark = UNSET
        else:
            remark = self.remark

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "webSite": web_site,
                "orderId": order_id,
            }
        )
        if cancel_reason is not UNSET:
            field_dict["cancelReason"] = cancel_reason
        if remark is not UNSET:
            field_dict["remark"] = remark

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
        web_site = d.pop("webSite")

        order_id = d.pop("orderId")

        cancel_reason: None | str | Unset = d.pop("cancelReason", UNSET)

        remark: None | str | Unset = d.pop("remark", UNSET)

        cancel_alibaba_order_request = cls(
            web_site=web_site,
            order_id=order_id,
            cancel_reason=cancel_reason,
            remark=remark,
        )

        cancel_alibaba_order_request.additional_properties = d
        return cancel_alibaba_order_request

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
