from __future__ import annotations

from collections.abc import Iterator, Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, model_to_json, set_fields_repr, to_jsonable

T = TypeVar("T", bound="TaoBaoLogisticsDetailVO")


@_attrs_define
class TaoBaoLogisticsDetailVO:
    """Logistics of one Taobao purchase sub-order (v2 schema name).

    Attributes:
        purchase_order_outer_id (None | str | Unset): Taobao order id of the sub-order (a 19-digit string in the real
            example).
        pnm_logistics_details (list[PnmLogisticsDetail] | None | Unset): One entry per parcel.
    """

    purchase_order_outer_id: None | str | Unset = UNSET
    pnm_logistics_details: list[PnmLogisticsDetail] | None | Unset = UNSET
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
        purchase_order_outer_id: None | str | Unset
        if isinstance(self.purchase_order_outer_id, Unset):
            purchase_order_outer_id = UNSET
        else:
            purchase_order_outer_id = self.purchase_order_outer_id

        pnm_logistics_details: list[dict[str, Any]] | None | Unset
        if isinstance(self.pnm_logistics_details, Unset):
            pnm_logistics_details = UNSET
        elif isinstance(self.pnm_logistics_details, list):
            pnm_logistics_details = []
            for pnm_logistics_details_type_0_item_data in self.pnm_logistics_details:
                pnm_logistics_details_type_0_item = to_jsonable(
                    pnm_logistics_details_type_0_item_data
                )
                pnm_logistics_details.append(pnm_logistics_details_type_0_item)

        else:
            pnm_logistics_details = self.pnm_logistics_details

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if purchase_order_outer_id is not UNSET:
            field_dict["purchaseOrderOuterId"] = purchase_order_outer_id
        if pnm_logistics_details is not UNSET:
            field_dict["pnmLogisticsDetails"] = pnm_logistics_details

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
        purchase_order_outer_id: None | str | Unset = d.pop(
            "purchaseOrderOuterId", UNSET
        )

        def _parse_pnm_logistics_details(
            data: object,
        ) -> list[PnmLogisticsDetail] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                pnm_logistics_details_type_0 = []
                _pnm_logistics_details_type_0 = data
                for (
                    pnm_logistics_details_type_0_item_data
                ) in _pnm_logistics_details_type_0:
                    pnm_logistics_details_type_0_item = PnmLogisticsDetail.from_dict(
                        pnm_logistics_details_type_0_item_data
                    )

                    pnm_logistics_details_type_0.append(
                        pnm_logistics_details_type_0_item
                    )

                return pnm_logistics_details_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[PnmLogisticsDetail] | None | Unset, data)

        pnm_logistics_details = _parse_pnm_logistics_details(
            d.pop("pnmLogisticsDetails", UNSET)
        )

        tao_bao_logistics_detail_vo = cls(
            purchase_order_outer_id=purchase_order_outer_id,
            pnm_logistics_details=pnm_logistics_details,
        )

        tao_bao_logistics_detail_vo.additional_properties = d
        return tao_bao_logistics_detail_vo

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
from ..models.pnm_logistics_detail import PnmLogisticsDetail
