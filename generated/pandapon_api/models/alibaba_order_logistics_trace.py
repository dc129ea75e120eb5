from __future__ import annotations

from collections.abc import Iterator, Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, model_to_json, set_fields_repr, to_jsonable

T = TypeVar("T", bound="AlibabaOrderLogisticsTrace")


@_attrs_define
class AlibabaOrderLogisticsTrace:
    """
    Attributes:
        logistics_id (None | str | Unset): Logistics order id, e.g. "BX110096003841234".
        order_id (int | None | str | Unset): 1688 order id.
        logistics_bill_no (None | str | Unset): Waybill number.
        logistics_steps (list[AlibabaOrderLogisticsStep] | None | Unset): Tracking steps.
        trace_node_list (list[AlibabaOrderLogisticsTraceNode] | None | Unset): Tracking nodes with facility details.
    """

    logistics_id: None | str | Unset = UNSET
    order_id: int | None | str | Unset = UNSET
    logistics_bill_no: None | str | Unset = UNSET
    logistics_steps: list[AlibabaOrderLogisticsStep] | None | Unset = UNSET
    trace_node_list: list[AlibabaOrderLogisticsTraceNode] | None | Unset = UNSET
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
        logistics_id: None | str | Unset
        if isinstance(self.logistics_id, Unset):
            logistics_id = UNSET
        else:
            logistics_id = self.logistics_id

        order_id: int | None | str | Unset
        if isinstance(self.order_id, Unset):
            order_id = UNSET
        else:
            order_id = self.order_id

        logistics_bill_no: None | str | Unset
        if isinstance(self.logistics_bill_no, Unset):
            logistics_bill_no = UNSET
        else:
            logistics_bill_no = self.logistics_bill_no

        logistics_steps: list[dict[str, Any]] | None | Unset
        if isinstance(self.logistics_steps, Unset):
            logistics_steps = UNSET
        elif isinstance(self.logistics_steps, list):
            logistics_steps = []
            for logistics_steps_type_0_item_data in self.logistics_steps:
                logistics_steps_type_0_item = to_jsonable(
                    logistics_steps_type_0_item_data
                )
                logistics_steps.append(logistics_steps_type_0_item)

        else:
            logistics_steps = self.logistics_steps

        trace_node_list: list[dict[str, Any]] | None | Unset
        if isinstance(self.trace_node_list, Unset):
            trace_node_list = UNSET
        elif isinstance(self.trace_node_list, list):
            trace_node_list = []
            for trace_node_list_type_0_item_data in self.trace_node_list:
                trace_node_list_type_0_item = to_jsonable(
                    trace_node_list_type_0_item_data
                )
                trace_node_list.append(trace_node_list_type_0_item)

        else:
            trace_node_list = self.trace_node_list

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if logistics_id is not UNSET:
            field_dict["logisticsId"] = logistics_id
        if order_id is not UNSET:
            field_dict["orderId"] = order_id
        if logistics_bill_no is not UNSET:
            field_dict["logisticsBillNo"] = logistics_bill_no
        if logistics_steps is not UNSET:
            field_dict["logisticsSteps"] = logistics_steps
        if trace_node_list is not UNSET:
            field_dict["traceNodeList"] = trace_node_list

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
        logistics_id: None | str | Unset = d.pop("logisticsId", UNSET)

        order_id: int | None | str | Unset = d.pop("orderId", UNSET)

        logistics_bill_no: None | str | Unset = d.pop("logisticsBillNo", UNSET)

        def _parse_logistics_steps(
            data: object,
        ) -> list[AlibabaOrderLogisticsStep] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                logistics_steps_type_0 = []
                _logistics_steps_type_0 = data
                for logistics_steps_type_0_item_data in _logistics_steps_type_0:
                    logistics_steps_type_0_item = AlibabaOrderLogisticsStep.from_dict(
                        logistics_steps_type_0_item_data
                    )

                    logistics_steps_type_0.append(logistics_steps_type_0_item)

                return logistics_steps_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[AlibabaOrderLogisticsStep] | None | Unset, data)

        logistics_steps = _parse_logistics_steps(d.pop("logisticsSteps", UNSET))

        def _parse_trace_node_list(
            data: object,
        ) -> list[AlibabaOrderLogisticsTraceNode] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                trace_node_list_type_0 = []
                _trace_node_list_type_0 = data
                for trace_node_list_type_0_item_data in _trace_node_list_type_0:
                    trace_node_list_type_0_item = (
                        AlibabaOrderLogisticsTraceNode.from_dict(
                            trace_node_list_type_0_item_data
                        )
                    )

                    trace_node_list_type_0.append(trace_node_list_type_0_item)

                return trace_node_list_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[AlibabaOrderLogisticsTraceNode] | None | Unset, data)

        trace_node_list = _parse_trace_node_list(d.pop("traceNodeList", UNSET))

        alibaba_order_logistics_trace = cls(
            logistics_id=logistics_id,
            order_id=order_id,
            logistics_bill_no=logistics_bill_no,
            logistics_steps=logistics_steps,
            trace_node_list=trace_node_list,
        )

        alibaba_order_logistics_trace.additional_properties = d
        return alibaba_order_logistics_trace

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
from ..models.alibaba_order_logistics_step import AlibabaOrderLogisticsStep
from ..models.alibaba_order_logistics_trace_node import AlibabaOrderLogisticsTraceNode
