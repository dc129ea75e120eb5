from __future__ import annotations

from collections.abc import Iterator, Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, model_to_json, set_fields_repr

T = TypeVar("T", bound="SubmitTaobaoRefundMessageRequest")


@_attrs_define
class SubmitTaobaoRefundMessageRequest:
    """Fields from the older-generation page; `refundId` required here (not marked on the page).

    Attributes:
        refund_id (str): Reverse (refund) order id.
        refund_message (str | Unset): Message text.
        refund_images (str | Unset): Images, sent as a single string (format not documented; marked optional on the
            page).
    """

    refund_id: str
    refund_message: str | Unset = UNSET
    refund_images: str | Unset = UNSET
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

        refund_message = self.refund_message

        refund_images = self.refund_images

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "refundId": refund_id,
            }
        )
        if refund_message is not UNSET:
            field_dict["refundMessage"] = refund_message
        if refund_images is not UNSET:
            field_dict["refundImages"] = refund_images

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

        refund_message = d.pop("refundMessage", UNSET)

        refund_images = d.pop("refundImages", UNSET)

        submit_taobao_refund_message_request = cls(
            refund_id=refund_id,
            refund_message=refund_message,
            refund_images=refund_images,
        )

        submit_taobao_refund_message_request.additional_properties = d
        return submit_taobao_refund_message_request

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
