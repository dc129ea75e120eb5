from __future__ import annotations

from collections.abc import Iterator, Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, model_to_json, set_fields_repr, to_jsonable

T = TypeVar("T", bound="AlibabaHotList")


@_attrs_define
class AlibabaHotList:
    """A ranking list with its products.

    Attributes:
        rank_id (None | str | Unset): Ranking id.
        rank_name (None | str | Unset): Ranking name, e.g. "Comprehensive List".
        rank_type (None | str | Unset): Ranking type (complex, hot, goodPrice upstream).
        rank_product_models (list[AlibabaHotListProduct] | None | Unset): The ranked products.
    """

    rank_id: None | str | Unset = UNSET
    rank_name: None | str | Unset = UNSET
    rank_type: None | str | Unset = UNSET
    rank_product_models: list[AlibabaHotListProduct] | None | Unset = UNSET
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
        rank_id: None | str | Unset
        if isinstance(self.rank_id, Unset):
            rank_id = UNSET
        else:
            rank_id = self.rank_id

        rank_name: None | str | Unset
        if isinstance(self.rank_name, Unset):
            rank_name = UNSET
        else:
            rank_name = self.rank_name

        rank_type: None | str | Unset
        if isinstance(self.rank_type, Unset):
            rank_type = UNSET
        else:
            rank_type = self.rank_type

        rank_product_models: list[dict[str, Any]] | None | Unset
        if isinstance(self.rank_product_models, Unset):
            rank_product_models = UNSET
        elif isinstance(self.rank_product_models, list):
            rank_product_models = []
            for rank_product_models_type_0_item_data in self.rank_product_models:
                rank_product_models_type_0_item = to_jsonable(
                    rank_product_models_type_0_item_data
                )
                rank_product_models.append(rank_product_models_type_0_item)

        else:
            rank_product_models = self.rank_product_models

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if rank_id is not UNSET:
            field_dict["rankId"] = rank_id
        if rank_name is not UNSET:
            field_dict["rankName"] = rank_name
        if rank_type is not UNSET:
            field_dict["rankType"] = rank_type
        if rank_product_models is not UNSET:
            field_dict["rankProductModels"] = rank_product_models

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
        rank_id: None | str | Unset = d.pop("rankId", UNSET)

        rank_name: None | str | Unset = d.pop("rankName", UNSET)

        rank_type: None | str | Unset = d.pop("rankType", UNSET)

        def _parse_rank_product_models(
            data: object,
        ) -> list[AlibabaHotListProduct] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                rank_product_models_type_0 = []
                _rank_product_models_type_0 = data
                for rank_product_models_type_0_item_data in _rank_product_models_type_0:
                    rank_product_models_type_0_item = AlibabaHotListProduct.from_dict(
                        rank_product_models_type_0_item_data
                    )

                    rank_product_models_type_0.append(rank_product_models_type_0_item)

                return rank_product_models_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[AlibabaHotListProduct] | None | Unset, data)

        rank_product_models = _parse_rank_product_models(
            d.pop("rankProductModels", UNSET)
        )

        alibaba_hot_list = cls(
            rank_id=rank_id,
            rank_name=rank_name,
            rank_type=rank_type,
            rank_product_models=rank_product_models,
        )

        alibaba_hot_list.additional_properties = d
        return alibaba_hot_list

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
from ..models.alibaba_hot_list_product import AlibabaHotListProduct
