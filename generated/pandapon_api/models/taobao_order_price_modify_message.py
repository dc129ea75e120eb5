from __future__ import annotations

from collections.abc import Iterator, Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, model_to_json, set_fields_repr, to_jsonable

T = TypeVar("T", bound="TaobaoOrderPriceModifyMessage")


@_attrs_define
class TaobaoOrderPriceModifyMessage:
    """Payload of `TAOBAO_ORDER_BUYER_VIEW_ORDER_PRICE_MODIFY`.

    Attributes:
        message_type (None | str | Unset): The message type name, e.g. `TAOBAO_ORDER_BUYER_VIEW_ORDER_PRICE_MODIFY`.
        message_platform (int | None | Unset): Channel: 0 = Taobao, 1 = 1688.
        timestamp (int | None | str | Unset): Push time. Typed string in the docs; the twin platform sends epoch
            milliseconds as a string (e.g. "1779263269913").
        message_body (None | str | TaobaoOrderPriceModifyMessageBody | Unset): The message body; an object in the docs,
            possibly a JSON-encoded string.
    """

    message_type: None | str | Unset = UNSET
    message_platform: int | None | Unset = UNSET
    timestamp: int | None | str | Unset = UNSET
    message_body: None | str | TaobaoOrderPriceModifyMessageBody | Unset = UNSET
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
        message_type: None | str | Unset
        if isinstance(self.message_type, Unset):
            message_type = UNSET
        else:
            message_type = self.message_type

        message_platform: int | None | Unset
        if isinstance(self.message_platform, Unset):
            message_platform = UNSET
        else:
            message_platform = self.message_platform

        timestamp: int | None | str | Unset
        if isinstance(self.timestamp, Unset):
            timestamp = UNSET
        else:
            timestamp = self.timestamp

        message_body: dict[str, Any] | None | str | Unset
        if isinstance(self.message_body, Unset):
            message_body = UNSET
        elif isinstance(self.message_body, TaobaoOrderPriceModifyMessageBody):
            message_body = to_jsonable(self.message_body)
        else:
            message_body = self.message_body

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if message_type is not UNSET:
            field_dict["messageType"] = message_type
        if message_platform is not UNSET:
            field_dict["messagePlatform"] = message_platform
        if timestamp is not UNSET:
            field_dict["timestamp"] = timestamp
        if message_body is not UNSET:
            field_dict["messageBody"] = message_body

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
        message_type: None | str | Unset = d.pop("messageType", UNSET)

        message_platform: int | None | Unset = d.pop("messagePlatform", UNSET)

        timestamp: int | None | str | Unset = d.pop("timestamp", UNSET)

        def _parse_message_body(
            data: object,
        ) -> None | str | TaobaoOrderPriceModifyMessageBody | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                message_body_type_0 = TaobaoOrderPriceModifyMessageBody.from_dict(data)

                return message_body_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | str | TaobaoOrderPriceModifyMessageBody | Unset, data)

        message_body = _parse_message_body(d.pop("messageBody", UNSET))

        taobao_order_price_modify_message = cls(
            message_type=message_type,
            message_platform=message_platform,
            timestamp=timestamp,
            message_body=message_body,
        )

        taobao_order_price_modify_message.additional_properties = d
        return taobao_order_price_modify_message

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
from ..models.taobao_order_price_modify_message_body import (
    TaobaoOrderPriceModifyMessageBody,
)
