from __future__ import annotations

from collections.abc import Iterator, Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, model_to_json, set_fields_repr, to_jsonable

T = TypeVar("T", bound="RefundOrderTemplate")


@_attrs_define
class RefundOrderTemplate:
    """Allowed reasons, goods statuses and fee range for a new reverse order (schema name as in the docs). The page's
    example is cut inside `maxRefundFee`.

        Attributes:
            refund_reasons (list[TaobaoRefundReason] | None | Unset): Reasons the buyer may choose from.
            goods_status_list (list[str] | None | Unset): Goods statuses allowed for this refund.
            refund_order (None | TaobaoRefundTemplateOrder | Unset):
            max_refund_fee (None | TaobaoRefundMaxFee | Unset):
    """

    refund_reasons: list[TaobaoRefundReason] | None | Unset = UNSET
    goods_status_list: list[str] | None | Unset = UNSET
    refund_order: None | TaobaoRefundTemplateOrder | Unset = UNSET
    max_refund_fee: None | TaobaoRefundMaxFee | Unset = UNSET
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
        refund_reasons: list[dict[str, Any]] | None | Unset
        if isinstance(self.refund_reasons, Unset):
            refund_reasons = UNSET
        elif isinstance(self.refund_reasons, list):
            refund_reasons = []
            for refund_reasons_type_0_item_data in self.refund_reasons:
                refund_reasons_type_0_item = to_jsonable(
                    refund_reasons_type_0_item_data
                )
                refund_reasons.append(refund_reasons_type_0_item)

        else:
            refund_reasons = self.refund_reasons

        goods_status_list: list[str] | None | Unset
        if isinstance(self.goods_status_list, Unset):
            goods_status_list = UNSET
        elif isinstance(self.goods_status_list, list):
            goods_status_list = self.goods_status_list

        else:
            goods_status_list = self.goods_status_list

        refund_order: dict[str, Any] | None | Unset
        if isinstance(self.refund_order, Unset):
            refund_order = UNSET
        elif isinstance(self.refund_order, TaobaoRefundTemplateOrder):
            refund_order = to_jsonable(self.refund_order)
        else:
            refund_order = self.refund_order

        max_refund_fee: dict[str, Any] | None | Unset
        if isinstance(self.max_refund_fee, Unset):
            max_refund_fee = UNSET
        elif isinstance(self.max_refund_fee, TaobaoRefundMaxFee):
            max_refund_fee = to_jsonable(self.max_refund_fee)
        else:
            max_refund_fee = self.max_refund_fee

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if refund_reasons is not UNSET:
            field_dict["refundReasons"] = refund_reasons
        if goods_status_list is not UNSET:
            field_dict["goodsStatusList"] = goods_status_list
        if refund_order is not UNSET:
            field_dict["refundOrder"] = refund_order
        if max_refund_fee is not UNSET:
            field_dict["maxRefundFee"] = max_refund_fee

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

        def _parse_refund_reasons(
            data: object,
        ) -> list[TaobaoRefundReason] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                refund_reasons_type_0 = []
                _refund_reasons_type_0 = data
                for refund_reasons_type_0_item_data in _refund_reasons_type_0:
                    refund_reasons_type_0_item = TaobaoRefundReason.from_dict(
                        refund_reasons_type_0_item_data
                    )

                    refund_reasons_type_0.append(refund_reasons_type_0_item)

                return refund_reasons_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[TaobaoRefundReason] | None | Unset, data)

        refund_reasons = _parse_refund_reasons(d.pop("refundReasons", UNSET))

        def _parse_goods_status_list(data: object) -> list[str] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                goods_status_list_type_0 = cast(list[str], data)

                return goods_status_list_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[str] | None | Unset, data)

        goods_status_list = _parse_goods_status_list(d.pop("goodsStatusList", UNSET))

        def _parse_refund_order(
            data: object,
        ) -> None | TaobaoRefundTemplateOrder | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                refund_order_type_0 = TaobaoRefundTemplateOrder.from_dict(data)

                return refund_order_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | TaobaoRefundTemplateOrder | Unset, data)

        refund_order = _parse_refund_order(d.pop("refundOrder", UNSET))

        def _parse_max_refund_fee(data: object) -> None | TaobaoRefundMaxFee | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                max_refund_fee_type_0 = TaobaoRefundMaxFee.from_dict(data)

                return max_refund_fee_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | TaobaoRefundMaxFee | Unset, data)

        max_refund_fee = _parse_max_refund_fee(d.pop("maxRefundFee", UNSET))

        refund_order_template = cls(
            refund_reasons=refund_reasons,
            goods_status_list=goods_status_list,
            refund_order=refund_order,
            max_refund_fee=max_refund_fee,
        )

        refund_order_template.additional_properties = d
        return refund_order_template

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
from ..models.taobao_refund_max_fee import TaobaoRefundMaxFee
from ..models.taobao_refund_reason import TaobaoRefundReason
from ..models.taobao_refund_template_order import TaobaoRefundTemplateOrder
