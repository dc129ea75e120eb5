from __future__ import annotations

from collections.abc import Iterator, Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, model_to_json, set_fields_repr

T = TypeVar("T", bound="AlibabaCreateOrderTradeMode")


@_attrs_define
class AlibabaCreateOrderTradeMode:
    """
    Attributes:
        trade_way (None | str | Unset): Trade way.
        name (None | str | Unset): Display name.
        trade_type (None | str | Unset): Value to pass as `tradeType` when creating the order.
        description (None | str | Unset): Explanation.
        op_support (bool | None | Unset): Whether the open platform supports this mode.
    """

    trade_way: None | str | Unset = UNSET
    name: None | str | Unset = UNSET
    trade_type: None | str | Unset = UNSET
    description: None | str | Unset = UNSET
    op_support: bool | None | Unset = UNSET
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
        trade_way: None | str | Unset
        if isinstance(self.trade_way, Unset):
            trade_way = UNSET
        else:
            trade_way = self.trade_way

        name: None | str | Unset
        if isinstance(self.name, Unset):
            name = UNSET
        else:
            name = self.name

        trade_type: None | str | Unset
        if isinstance(self.trade_type, Unset):
            trade_type = UNSET
        else:
            trade_type = self.trade_type

        description: None | str | Unset
        if isinstance(self.description, Unset):
            description = UNSET
        else:
            description = self.description

        op_support: bool | None | Unset
        if isinstance(self.op_support, Unset):
            op_support = UNSET
        else:
            op_support = self.op_support

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if trade_way is not UNSET:
            field_dict["tradeWay"] = trade_way
        if name is not UNSET:
            field_dict["name"] = name
        if trade_type is not UNSET:
            field_dict["tradeType"] = trade_type
        if description is not UNSET:
            field_dict["description"] = description
        if op_support is not UNSET:
            field_dict["opSupport"] = op_support

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
        trade_way: None | str | Unset = d.pop("tradeWay", UNSET)

        name: None | str | Unset = d.pop("name", UNSET)

        trade_type: None | str | Unset = d.pop("tradeType", UNSET)

        description: None | str | Unset = d.pop("description", UNSET)

        op_support: bool | None | Unset = d.pop("opSupport", UNSET)

        alibaba_create_order_trade_mode = cls(
            trade_way=trade_way,
            name=name,
            trade_type=trade_type,
            description=description,
            op_support=op_support,
        )

        alibaba_create_order_trade_mode.additional_properties = d
        return alibaba_create_order_trade_mode

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
