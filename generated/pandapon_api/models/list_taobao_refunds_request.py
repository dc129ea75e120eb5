from __future__ import annotations

from collections.abc import Iterator, Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, model_to_json, set_fields_repr

T = TypeVar("T", bound="ListTaobaoRefundsRequest")


@_attrs_define
class ListTaobaoRefundsRequest:
    """Filters and paging for the reverse-order list, from the older-generation page (only `pageSize` is marked required
    there).

        Attributes:
            page_size (int): Page size.
            refund_id (str | Unset): Only this reverse order.
            purchase_order_id (str | Unset): Only reverse orders of this purchase order.
            sales_order_id (str | Unset): Only reverse orders of this sales order.
            refund_status (int | Unset): Only reverse orders in this status. The values are not listed on the page; the
                upstream Taobao Global codes are 0 none, 10 applied, 20 seller agreed, 30 goods returned, 100 refunded, -10
                seller refused, -20 closed.
            refund_start_time (int | Unset): Start of the time range (a number; unit not stated).
            refund_end_time (int | Unset): End of the time range (a number; unit not stated).
            page_no (int | Unset): Page number.
    """

    page_size: int
    refund_id: str | Unset = UNSET
    purchase_order_id: str | Unset = UNSET
    sales_order_id: str | Unset = UNSET
    refund_status: int | Unset = UNSET
    refund_start_time: int | Unset = UNSET
    refund_end_time: int | Unset = UNSET
    page_no: int | Unset = UNSET
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
        page_size = self.page_size

        refund_id = self.refund_id

        purchase_order_id = self.purchase_order_id

        sales_order_id = self.sales_order_id

        refund_status = self.refund_status

        refund_start_time = self.refund_start_time

        refund_end_time = self.refund_end_time

        page_no = self.page_no

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "pageSize": page_size,
            }
        )
        if refund_id is not UNSET:
            field_dict["refundId"] = refund_id
        if purchase_order_id is not UNSET:
            field_dict["purchaseOrderId"] = purchase_order_id
        if sales_order_id is not UNSET:
            field_dict["salesOrderId"] = sales_order_id
        if refund_status is not UNSET:
            field_dict["refundStatus"] = refund_status
        if refund_start_time is not UNSET:
            field_dict["refundStartTime"] = refund_start_time
        if refund_end_time is not UNSET:
            field_dict["refundEndTime"] = refund_end_time
        if page_no is not UNSET:
            field_dict["pageNo"] = page_no

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
        page_size = d.pop("pageSize")

        refund_id = d.pop("refundId", UNSET)

        purchase_order_id = d.pop("purchaseOrderId", UNSET)

        sales_order_id = d.pop("salesOrderId", UNSET)

        refund_status = d.pop("refundStatus", UNSET)

        refund_start_time = d.pop("refundStartTime", UNSET)

        refund_end_time = d.pop("refundEndTime", UNSET)

        page_no = d.pop("pageNo", UNSET)

        list_taobao_refunds_request = cls(
            page_size=page_size,
            refund_id=refund_id,
            purchase_order_id=purchase_order_id,
            sales_order_id=sales_order_id,
            refund_status=refund_status,
            refund_start_time=refund_start_time,
            refund_end_time=refund_end_time,
            page_no=page_no,
        )

        list_taobao_refunds_request.additional_properties = d
        return list_taobao_refunds_request

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
