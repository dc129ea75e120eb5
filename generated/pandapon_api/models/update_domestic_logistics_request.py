from __future__ import annotations

from collections.abc import Iterator, Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, model_to_json, set_fields_repr, to_jsonable

T = TypeVar("T", bound="UpdateDomesticLogisticsRequest")


@_attrs_define
class UpdateDomesticLogisticsRequest:
    """Body of `updateDomesticLogistics` (no schema name on the page; every field marked optional). Read on the older-
    generation page.

        Attributes:
            order_id (None | str | Unset): Logistics order id, e.g. "21" (presumably the id of the booked order).
            tmall_order_id (None | str | Unset): Related Tmall order id, e.g. "12345667".
            logistic_infos (list[DomesticLogisticsInfo] | None | Unset): Shipping information per line.
    """

    order_id: None | str | Unset = UNSET
    tmall_order_id: None | str | Unset = UNSET
    logistic_infos: list[DomesticLogisticsInfo] | None | Unset = UNSET
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
        order_id: None | str | Unset
        if isinstance(self.order_id, Unset):
            order_id = UNSET
        else:
            order_id = self.order_id

        tmall_order_id: None | str | Unset
        if isinstance(self.tmall_order_id, Unset):
            tmall_order_id = UNSET
        else:
            tmall_order_id = self.tmall_order_id

        logistic_infos: list[dict[str, Any]] | None | Unset
        if isinstance(self.logistic_infos, Unset):
            logistic_infos = UNSET
        elif isinstance(self.logistic_infos, list):
            logistic_infos = []
            for logistic_infos_type_0_item_data in self.logistic_infos:
                logistic_infos_type_0_item = to_jsonable(
                    logistic_infos_type_0_item_data
                )
                logistic_infos.append(logistic_infos_type_0_item)

        else:
            logistic_infos = self.logistic_infos

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if order_id is not UNSET:
            field_dict["orderId"] = order_id
        if tmall_order_id is not UNSET:
            field_dict["tmallOrderId"] = tmall_order_id
        if logistic_infos is not UNSET:
            field_dict["logisticInfos"] = logistic_infos

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
        order_id: None | str | Unset = d.pop("orderId", UNSET)

        tmall_order_id: None | str | Unset = d.pop("tmallOrderId", UNSET)

        def _parse_logistic_infos(
            data: object,
        ) -> list[DomesticLogisticsInfo] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                logistic_infos_type_0 = []
                _logistic_infos_type_0 = data
                for logistic_infos_type_0_item_data in _logistic_infos_type_0:
                    logistic_infos_type_0_item = DomesticLogisticsInfo.from_dict(
                        logistic_infos_type_0_item_data
                    )

                    logistic_infos_type_0.append(logistic_infos_type_0_item)

                return logistic_infos_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[DomesticLogisticsInfo] | None | Unset, data)

        logistic_infos = _parse_logistic_infos(d.pop("logisticInfos", UNSET))

        update_domestic_logistics_request = cls(
            order_id=order_id,
            tmall_order_id=tmall_order_id,
            logistic_infos=logistic_infos,
        )

        update_domestic_logistics_request.additional_properties = d
        return update_domestic_logistics_request

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
from ..models.domestic_logistics_info import DomesticLogisticsInfo
