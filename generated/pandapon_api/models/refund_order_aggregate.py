from __future__ import annotations

from collections.abc import Iterator, Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, model_to_json, set_fields_repr, to_jsonable

T = TypeVar("T", bound="RefundOrderAggregate")


@_attrs_define
class RefundOrderAggregate:
    """Everything about one reverse order (schema name as in the docs): return logistics, the refund itself and the
    purchase-order line. Shared by the detail, cancel and (inferred) list, submit and modify responses.

        Attributes:
            logistics (None | TaobaoRefundLogistics | Unset):
            refund_order (None | TaobaoRefundOrder | Unset):
            purchase_order_line (None | TaobaoRefundPurchaseOrderLine | Unset):
    """

    logistics: None | TaobaoRefundLogistics | Unset = UNSET
    refund_order: None | TaobaoRefundOrder | Unset = UNSET
    purchase_order_line: None | TaobaoRefundPurchaseOrderLine | Unset = UNSET
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
        logistics: dict[str, Any] | None | Unset
        if isinstance(self.logistics, Unset):
            logistics = UNSET
        elif isinstance(self.logistics, TaobaoRefundLogistics):
            logistics = to_jsonable(self.logistics)
        else:
            logistics = self.logistics

        refund_order: dict[str, Any] | None | Unset
        if isinstance(self.refund_order, Unset):
            refund_order = UNSET
        elif isinstance(self.refund_order, TaobaoRefundOrder):
            refund_order = to_jsonable(self.refund_order)
        else:
            refund_order = self.refund_order

        purchase_order_line: dict[str, Any] | None | Unset
        if isinstance(self.purchase_order_line, Unset):
            purchase_order_line = UNSET
        elif isinstance(self.purchase_order_line, TaobaoRefundPurchaseOrderLine):
            purchase_order_line = to_jsonable(self.purchase_order_line)
        else:
            purchase_order_line = self.purchase_order_line

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if logistics is not UNSET:
            field_dict["logistics"] = logistics
        if refund_order is not UNSET:
            field_dict["refundOrder"] = refund_order
        if purchase_order_line is not UNSET:
            field_dict["purchaseOrderLine"] = purchase_order_line

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

        def _parse_logistics(data: object) -> None | TaobaoRefundLogistics | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                logistics_type_0 = TaobaoRefundLogistics.from_dict(data)

                return logistics_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | TaobaoRefundLogistics | Unset, data)

        logistics = _parse_logistics(d.pop("logistics", UNSET))

        def _parse_refund_order(data: object) -> None | TaobaoRefundOrder | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                refund_order_type_0 = TaobaoRefundOrder.from_dict(data)

                return refund_order_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | TaobaoRefundOrder | Unset, data)

        refund_order = _parse_refund_order(d.pop("refundOrder", UNSET))

        def _parse_purchase_order_line(
            data: object,
        ) -> None | TaobaoRefundPurchaseOrderLine | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                purchase_order_line_type_0 = TaobaoRefundPurchaseOrderLine.from_dict(
                    data
                )

                return purchase_order_line_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | TaobaoRefundPurchaseOrderLine | Unset, data)

        purchase_order_line = _parse_purchase_order_line(
            d.pop("purchaseOrderLine", UNSET)
        )

        refund_order_aggregate = cls(
            logistics=logistics,
            refund_order=refund_order,
            purchase_order_line=purchase_order_line,
        )

        refund_order_aggregate.additional_properties = d
        return refund_order_aggregate

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
from ..models.taobao_refund_logistics import TaobaoRefundLogistics
from ..models.taobao_refund_order import TaobaoRefundOrder
from ..models.taobao_refund_purchase_order_line import TaobaoRefundPurchaseOrderLine
