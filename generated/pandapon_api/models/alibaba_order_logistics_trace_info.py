from __future__ import annotations

from collections.abc import Iterator, Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, model_to_json, set_fields_repr, to_jsonable

T = TypeVar("T", bound="AlibabaOrderLogisticsTraceInfo")


@_attrs_define
class AlibabaOrderLogisticsTraceInfo:
    """
    Attributes:
        logistics_trace (list[AlibabaOrderLogisticsTrace] | None | Unset): Trace per waybill of the order.
        cross_package_fulfillment_dto (list[AlibabaOrderLogisticsTraceInfoCrossPackageFulfillmentDTOType0Item] | None |
            Unset): Cross-border (overseas) package tracking; fields not known.
        success (bool | None | Unset): Whether the query succeeded (upstream).
        error_code (None | str | Unset): Error code (upstream).
        error_message (None | str | Unset): Error message (upstream).
    """

    logistics_trace: list[AlibabaOrderLogisticsTrace] | None | Unset = UNSET
    cross_package_fulfillment_dto: (
        list[AlibabaOrderLogisticsTraceInfoCrossPackageFulfillmentDTOType0Item]
        | None
        | Unset
    ) = UNSET
    success: bool | None | Unset = UNSET
    error_code: None | str | Unset = UNSET
    error_message: None | str | Unset = UNSET
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
        logistics_trace: list[dict[str, Any]] | None | Unset
        if isinstance(self.logistics_trace, Unset):
            logistics_trace = UNSET
        elif isinstance(self.logistics_trace, list):
            logistics_trace = []
            for logistics_trace_type_0_item_data in self.logistics_trace:
                logistics_trace_type_0_item = to_jsonable(
                    logistics_trace_type_0_item_data
                )
                logistics_trace.append(logistics_trace_type_0_item)

        else:
            logistics_trace = self.logistics_trace

        cross_package_fulfillment_dto: list[dict[str, Any]] | None | Unset
        if isinstance(self.cross_package_fulfillment_dto, Unset):
            cross_package_fulfillment_dto = UNSET
        elif isinstance(self.cross_package_fulfillment_dto, list):
            cross_package_fulfillment_dto = []
            for (
                cross_package_fulfillment_dto_type_0_item_data
            ) in self.cross_package_fulfillment_dto:
                cross_package_fulfillment_dto_type_0_item = to_jsonable(
                    cross_package_fulfillment_dto_type_0_item_data
                )
                cross_package_fulfillment_dto.append(
                    cross_package_fulfillment_dto_type_0_item
                )

        else:
            cross_package_fulfillment_dto = self.cross_package_fulfillment_dto

        success: bool | None | Unset
        if isinstance(self.success, Unset):
            success = UNSET
        else:
            success = self.success

        error_code: None | str | Unset
        if isinstance(self.error_code, Unset):
            error_code = UNSET
        else:
            error_code = self.error_code

        error_message: None | str | Unset
        if isinstance(self.error_message, Unset):
            error_message = UNSET
        else:
            error_message = self.error_message

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if logistics_trace is not UNSET:
            field_dict["logisticsTrace"] = logistics_trace
        if cross_package_fulfillment_dto is not UNSET:
            field_dict["crossPackageFulfillmentDTO"] = cross_package_fulfillment_dto
        if success is not UNSET:
            field_dict["success"] = success
        if error_code is not UNSET:
            field_dict["errorCode"] = error_code
        if error_message is not UNSET:
            field_dict["errorMessage"] = error_message

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

        def _parse_logistics_trace(
            data: object,
        ) -> list[AlibabaOrderLogisticsTrace] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                logistics_trace_type_0 = []
                _logistics_trace_type_0 = data
                for logistics_trace_type_0_item_data in _logistics_trace_type_0:
                    logistics_trace_type_0_item = AlibabaOrderLogisticsTrace.from_dict(
                        logistics_trace_type_0_item_data
                    )

                    logistics_trace_type_0.append(logistics_trace_type_0_item)

                return logistics_trace_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[AlibabaOrderLogisticsTrace] | None | Unset, data)

        logistics_trace = _parse_logistics_trace(d.pop("logisticsTrace", UNSET))

        def _parse_cross_package_fulfillment_dto(
            data: object,
        ) -> (
            list[AlibabaOrderLogisticsTraceInfoCrossPackageFulfillmentDTOType0Item]
            | None
            | Unset
        ):
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                cross_package_fulfillment_dto_type_0 = []
                _cross_package_fulfillment_dto_type_0 = data
                for (
                    cross_package_fulfillment_dto_type_0_item_data
                ) in _cross_package_fulfillment_dto_type_0:
                    cross_package_fulfillment_dto_type_0_item = AlibabaOrderLogisticsTraceInfoCrossPackageFulfillmentDTOType0Item.from_dict(
                        cross_package_fulfillment_dto_type_0_item_data
                    )

                    cross_package_fulfillment_dto_type_0.append(
                        cross_package_fulfillment_dto_type_0_item
                    )

                return cross_package_fulfillment_dto_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(
                list[AlibabaOrderLogisticsTraceInfoCrossPackageFulfillmentDTOType0Item]
                | None
                | Unset,
                data,
            )

        cross_package_fulfillment_dto = _parse_cross_package_fulfillment_dto(
            d.pop("crossPackageFulfillmentDTO", UNSET)
        )

        success: bool | None | Unset = d.pop("success", UNSET)

        error_code: None | str | Unset = d.pop("errorCode", UNSET)

        error_message: None | str | Unset = d.pop("errorMessage", UNSET)

        alibaba_order_logistics_trace_info = cls(
            logistics_trace=logistics_trace,
            cross_package_fulfillment_dto=cross_package_fulfillment_dto,
            success=success,
            error_code=error_code,
            error_message=error_message,
        )

        alibaba_order_logistics_trace_info.additional_properties = d
        return alibaba_order_logistics_trace_info

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
from ..models.alibaba_order_logistics_trace import AlibabaOrderLogisticsTrace
from ..models.alibaba_order_logistics_trace_info_cross_package_fulfillment_dto_type_0_item import (
    AlibabaOrderLogisticsTraceInfoCrossPackageFulfillmentDTOType0Item,
)
