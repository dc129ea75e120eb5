from __future__ import annotations

from collections.abc import Iterator, Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, model_to_json, set_fields_repr, to_jsonable

T = TypeVar("T", bound="DomesticLogisticsInfo")


@_attrs_define
class DomesticLogisticsInfo:
    """Shipping information of one line (no schema name on the page; 3 fields, all optional).

    Attributes:
        line_item (DomesticLogisticsLineItem | Unset): The line a shipping update refers to (an object without schema
            name on the page; fields read from the example).
        logistic_numer (None | str | Unset): International or warehouse waybill of the line, e.g. "FARJP2408000013YQ"
            (field name spelled as in the docs).
        domestic_logistic_info (list[InnerLogisticInfoTO] | None | Unset): The domestic parcels of the line.
    """

    line_item: DomesticLogisticsLineItem | Unset = UNSET
    logistic_numer: None | str | Unset = UNSET
    domestic_logistic_info: list[InnerLogisticInfoTO] | None | Unset = UNSET
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
        line_item: dict[str, Any] | Unset = UNSET
        if not isinstance(self.line_item, Unset):
            line_item = to_jsonable(self.line_item)

        logistic_numer: None | str | Unset
        if isinstance(self.logistic_numer, Unset):
            logistic_numer = UNSET
        else:
            logistic_numer = self.logistic_numer

        domestic_logistic_info: list[dict[str, Any]] | None | Unset
        if isinstance(self.domestic_logistic_info, Unset):
            domestic_logistic_info = UNSET
        elif isinstance(self.domestic_logistic_info, list):
            domestic_logistic_info = []
            for domestic_logistic_info_type_0_item_data in self.domestic_logistic_info:
                domestic_logistic_info_type_0_item = to_jsonable(
                    domestic_logistic_info_type_0_item_data
                )
                domestic_logistic_info.append(domestic_logistic_info_type_0_item)

        else:
            domestic_logistic_info = self.domestic_logistic_info

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if line_item is not UNSET:
            field_dict["lineItem"] = line_item
        if logistic_numer is not UNSET:
            field_dict["logisticNumer"] = logistic_numer
        if domestic_logistic_info is not UNSET:
            field_dict["domesticLogisticInfo"] = domestic_logistic_info

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
        _line_item = d.pop("lineItem", UNSET)
        line_item: DomesticLogisticsLineItem | Unset
        if isinstance(_line_item, Unset):
            line_item = UNSET
        else:
            line_item = DomesticLogisticsLineItem.from_dict(_line_item)

        logistic_numer: None | str | Unset = d.pop("logisticNumer", UNSET)

        def _parse_domestic_logistic_info(
            data: object,
        ) -> list[InnerLogisticInfoTO] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                domestic_logistic_info_type_0 = []
                _domestic_logistic_info_type_0 = data
                for (
                    domestic_logistic_info_type_0_item_data
                ) in _domestic_logistic_info_type_0:
                    domestic_logistic_info_type_0_item = InnerLogisticInfoTO.from_dict(
                        domestic_logistic_info_type_0_item_data
                    )

                    domestic_logistic_info_type_0.append(
                        domestic_logistic_info_type_0_item
                    )

                return domestic_logistic_info_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[InnerLogisticInfoTO] | None | Unset, data)

        domestic_logistic_info = _parse_domestic_logistic_info(
            d.pop("domesticLogisticInfo", UNSET)
        )

        domestic_logistics_info = cls(
            line_item=line_item,
            logistic_numer=logistic_numer,
            domestic_logistic_info=domestic_logistic_info,
        )

        domestic_logistics_info.additional_properties = d
        return domestic_logistics_info

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
from ..models.domestic_logistics_line_item import DomesticLogisticsLineItem
from ..models.inner_logistic_info_to import InnerLogisticInfoTO
