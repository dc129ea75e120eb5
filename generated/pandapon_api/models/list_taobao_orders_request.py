from __future__ import annotations

from collections.abc import Iterator, Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, model_to_json, set_fields_repr

T = TypeVar("T", bound="ListTaobaoOrdersRequest")


@_attrs_define
class ListTaobaoOrdersRequest:
    """Inferred body: paging as in the Taobao keyword search, filters from the upstream Taobao Global purchase-order query.
    Nothing is required.

        Attributes:
            page_no (int | Unset): Page number, from 1.
            page_size (int | Unset): Page size.
            status (int | str | Unset): Only orders in this status (see `TaobaoOrder.status` for the known values).
            sort_type (str | Unset): Sort direction.
            modify_time_start (int | str | Unset): Only orders modified at or after this time (epoch milliseconds upstream).
            modify_time_end (int | str | Unset): Only orders modified at or before this time (epoch milliseconds upstream).
            outer_purchase_id (str | Unset): Only the order with this developer-side purchase id.
            purchase_ids (list[int | str] | Unset): Only these Taobao purchase order ids.
    """

    page_no: int | Unset = UNSET
    page_size: int | Unset = UNSET
    status: int | str | Unset = UNSET
    sort_type: str | Unset = UNSET
    modify_time_start: int | str | Unset = UNSET
    modify_time_end: int | str | Unset = UNSET
    outer_purchase_id: str | Unset = UNSET
    purchase_ids: list[int | str] | Unset = UNSET
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
        page_no = self.page_no

        page_size = self.page_size

        status: int | str | Unset
        if isinstance(self.status, Unset):
            status = UNSET
        else:
            status = self.status

        sort_type = self.sort_type

        modify_time_start: int | str | Unset
        if isinstance(self.modify_time_start, Unset):
            modify_time_start = UNSET
        else:
            modify_time_start = self.modify_time_start

        modify_time_end: int | str | Unset
        if isinstance(self.modify_time_end, Unset):
            modify_time_end = UNSET
        else:
            modify_time_end = self.modify_time_end

        outer_purchase_id = self.outer_purchase_id

        purchase_ids: list[int | str] | Unset = UNSET
        if not isinstance(self.purchase_ids, Unset):
            purchase_ids = []
            for purchase_ids_item_data in self.purchase_ids:
                purchase_ids_item: int | str
                purchase_ids_item = purchase_ids_item_data
                purchase_ids.append(purchase_ids_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if page_no is not UNSET:
            field_dict["pageNo"] = page_no
        if page_size is not UNSET:
            field_dict["pageSize"] = page_size
        if status is not UNSET:
            field_dict["status"] = status
        if sort_type is not UNSET:
            field_dict["sortType"] = sort_type
        if modify_time_start is not UNSET:
            field_dict["modifyTimeStart"] = modify_time_start
        if modify_time_end is not UNSET:
            field_dict["modifyTimeEnd"] = modify_time_end
        if outer_purchase_id is not UNSET:
            field_dict["outerPurchaseId"] = outer_purchase_id
        if purchase_ids is not UNSET:
            field_dict["purchaseIds"] = purchase_ids

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
        page_no = d.pop("pageNo", UNSET)

        page_size = d.pop("pageSize", UNSET)

        status: int | str | Unset = d.pop("status", UNSET)

        sort_type = d.pop("sortType", UNSET)

        modify_time_start: int | str | Unset = d.pop("modifyTimeStart", UNSET)

        modify_time_end: int | str | Unset = d.pop("modifyTimeEnd", UNSET)

        outer_purchase_id = d.pop("outerPurchaseId", UNSET)

        _purchase_ids = d.pop("purchaseIds", UNSET)
        purchase_ids: list[int | str] | Unset = UNSET
        if _purchase_ids is not UNSET:
            purchase_ids = []
            for purchase_ids_item_data in _purchase_ids:
                purchase_ids_item: int | str = purchase_ids_item_data

                purchase_ids.append(purchase_ids_item)

        list_taobao_orders_request = cls(
            page_no=page_no,
            page_size=page_size,
            status=status,
            sort_type=sort_type,
            modify_time_start=modify_time_start,
            modify_time_end=modify_time_end,
            outer_purchase_id=outer_purchase_id,
            purchase_ids=purchase_ids,
        )

        list_taobao_orders_request.additional_properties = d
        return list_taobao_orders_request

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
