from __future__ import annotations

from collections.abc import Iterator, Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, model_to_json, set_fields_repr

T = TypeVar("T", bound="TaobaoOrderStatusMessageLine")


@_attrs_define
class TaobaoOrderStatusMessageLine:
    """One line of a status message (inferred).

    Attributes:
        item_id (int | None | str | Unset): Product (distribution) id.
        sku_id (int | None | str | Unset): SKU id.
        order_line_no (None | str | Unset): Caller-side line number.
        status (None | str | Unset): Line status.
        logistic_company_name (None | str | Unset): Domestic carrier name.
        logistic_number (None | str | Unset): Domestic waybill number.
    """

    item_id: int | None | str | Unset = UNSET
    sku_id: int | None | str | Unset = UNSET
    order_line_no: None | str | Unset = UNSET
    status: None | str | Unset = UNSET
    logistic_company_name: None | str | Unset = UNSET
    logistic_number: None | str | Unset = UNSET
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
        item_id: int | None | str | Unset
        if isinstance(self.item_id, Unset):
            item_id = UNSET
        else:
            item_id = self.item_id

        sku_id: int | None | str | Unset
        if isinstance(self.sku_id, Unset):
            sku_id = UNSET
        else:
            sku_id = self.sku_id

        order_line_no: None | str | Unset
        if isinstance(self.order_line_no, Unset):
            order_line_no = UNSET
        else:
            order_line_no = self.order_line_no

        status: None | str | Unset
        if isinstance(self.status, Unset):
            status = UNSET
        else:
            status = self.status

        logistic_company_name: None | str | Unset
        if isinstance(self.logistic_company_name, Unset):
            logistic_company_name = UNSET
        else:
            logistic_company_name = self.logistic_company_name

        logistic_number: None | str | Unset
        if isinstance(self.logistic_number, Unset):
            logistic_number = UNSET
        else:
            logistic_number = self.logistic_number

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if item_id is not UNSET:
            field_dict["item_id"] = item_id
        if sku_id is not UNSET:
            field_dict["sku_id"] = sku_id
        if order_line_no is not UNSET:
            field_dict["order_line_no"] = order_line_no
        if status is not UNSET:
            field_dict["status"] = status
        if logistic_company_name is not UNSET:
            field_dict["logistic_company_name"] = logistic_company_name
        if logistic_number is not UNSET:
            field_dict["logistic_number"] = logistic_number

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
        item_id: int | None | str | Unset = d.pop("item_id", UNSET)

        sku_id: int | None | str | Unset = d.pop("sku_id", UNSET)

        order_line_no: None | str | Unset = d.pop("order_line_no", UNSET)

        status: None | str | Unset = d.pop("status", UNSET)

        logistic_company_name: None | str | Unset = d.pop(
            "logistic_company_name", UNSET
        )

        logistic_number: None | str | Unset = d.pop("logistic_number", UNSET)

        taobao_order_status_message_line = cls(
            item_id=item_id,
            sku_id=sku_id,
            order_line_no=order_line_no,
            status=status,
            logistic_company_name=logistic_company_name,
            logistic_number=logistic_number,
        )

        taobao_order_status_message_line.additional_properties = d
        return taobao_order_status_message_line

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
