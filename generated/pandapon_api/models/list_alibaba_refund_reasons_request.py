from __future__ import annotations

from collections.abc import Iterator, Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, model_to_json, set_fields_repr

T = TypeVar("T", bound="ListAlibabaRefundReasonsRequest")


@_attrs_define
class ListAlibabaRefundReasonsRequest:
    """
    Attributes:
        order_id (int | Unset): 1688 order id.
        order_entry_ids (list[int] | None | Unset): Ids of the order lines the refund is for (required upstream).
        goods_status (None | str | Unset): Goods status, as later passed to `createAlibabaRefund` (required upstream):
            refundWaitSellerSend, refundWaitBuyerReceive, refundBuyerReceived (in-sale), aftersaleBuyerNotReceived,
            aftersaleBuyerReceived (after-sale).
    """

    order_id: int | Unset = UNSET
    order_entry_ids: list[int] | None | Unset = UNSET
    goods_status: None | str | Unset = UNSET
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
        order_id = self.order_id

        order_entry_ids: list[int] | None | Unset
        if isinstance(self.order_entry_ids, Unset):
            order_entry_ids = UNSET
        elif isinstance(self.order_entry_ids, list):
            order_entry_ids = self.order_entry_ids

        else:
            order_entry_ids = self.order_entry_ids

        goods_status: None | str | Unset
        if isinstance(self.goods_status, Unset):
            goods_status = UNSET
        else:
            goods_status = self.goods_status

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if order_id is not UNSET:
            field_dict["orderId"] = order_id
        if order_entry_ids is not UNSET:
            field_dict["orderEntryIds"] = order_entry_ids
        if goods_status is not UNSET:
            field_dict["goodsStatus"] = goods_status

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
        order_id = d.pop("orderId", UNSET)

        def _parse_order_entry_ids(data: object) -> list[int] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                order_entry_ids_type_0 = cast(list[int], data)

                return order_entry_ids_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[int] | None | Unset, data)

        order_entry_ids = _parse_order_entry_ids(d.pop("orderEntryIds", UNSET))

        goods_status: None | str | Unset = d.pop("goodsStatus", UNSET)

        list_alibaba_refund_reasons_request = cls(
            order_id=order_id,
            order_entry_ids=order_entry_ids,
            goods_status=goods_status,
        )

        list_alibaba_refund_reasons_request.additional_properties = d
        return list_alibaba_refund_reasons_request

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
