from __future__ import annotations

from collections.abc import Iterator, Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, model_to_json, set_fields_repr

T = TypeVar("T", bound="BatchPayAlibabaOrdersResponse")


@_attrs_define
class BatchPayAlibabaOrdersResponse:
    """
    Attributes:
        request_id (None | str | Unset): Request id, usable to look up the call in PandaPon's logs. Real payloads
            sometimes carry null.
        code (int | None | Unset): Return code; 200 on success.
        develop_id (int | None | str | Unset): Developer id. Typed integer in the v2 schemas but sent as a quoted
            19-digit string (or null) in real payloads.
        msg (None | str | Unset): Text for the return code ("成功" on success).
        data (Any | Unset): Not documented visibly; any JSON value is kept as returned (an object, list, boolean or
            string are all plausible).
    """

    request_id: None | str | Unset = UNSET
    code: int | None | Unset = UNSET
    develop_id: int | None | str | Unset = UNSET
    msg: None | str | Unset = UNSET
    data: Any | Unset = UNSET
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
        request_id: None | str | Unset
        if isinstance(self.request_id, Unset):
            request_id = UNSET
        else:
            request_id = self.request_id

        code: int | None | Unset
        if isinstance(self.code, Unset):
            code = UNSET
        else:
            code = self.code

        develop_id: int | None | str | Unset
        if isinstance(self.develop_id, Unset):
            develop_id = UNSET
        else:
            develop_id = self.develop_id

        msg: None | str | Unset
        if isinstance(self.msg, Unset):
            msg = UNSET
        else:
            msg = self.msg

        data = self.data

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if request_id is not UNSET:
            field_dict["requestId"] = request_id
        if code is not UNSET:
            field_dict["code"] = code
        if develop_id is not UNSET:
            field_dict["developId"] = develop_id
        if msg is not UNSET:
            field_dict["msg"] = msg
        if data is not UNSET:
            field_dict["data"] = data

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
        request_id: None | str | Unset = d.pop("requestId", UNSET)

        code: int | None | Unset = d.pop("code", UNSET)

        develop_id: int | None | str | Unset = d.pop("developId", UNSET)

        msg: None | str | Unset = d.pop("msg", UNSET)

        data = d.pop("data", UNSET)

        batch_pay_alibaba_orders_response = cls(
            request_id=request_id,
            code=code,
            develop_id=develop_id,
            msg=msg,
            data=data,
        )

        batch_pay_alibaba_orders_response.additional_properties = d
        return batch_pay_alibaba_orders_response

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
