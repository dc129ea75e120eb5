from __future__ import annotations

from collections.abc import Iterator, Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, model_to_json, set_fields_repr, to_jsonable

T = TypeVar("T", bound="TaobaoProductBatchCheckResult")


@_attrs_define
class TaobaoProductBatchCheckResult:
    """Result of a batch check (older-generation shape): products with a distribution ("mp") product, and the items without
    one with the reasons. The item fields of both lists were not visible.

        Attributes:
            mp_products (list[TaobaoMpProduct] | None | Unset): Distribution product info for the items that have one.
            no_mp_product_item_ids (list[str] | None | Unset): Item ids that have no distribution product.
            no_mp_reason_list (list[TaobaoNoMpReason] | None | Unset): Why those items have no distribution product.
    """

    mp_products: list[TaobaoMpProduct] | None | Unset = UNSET
    no_mp_product_item_ids: list[str] | None | Unset = UNSET
    no_mp_reason_list: list[TaobaoNoMpReason] | None | Unset = UNSET
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
        mp_products: list[dict[str, Any]] | None | Unset
        if isinstance(self.mp_products, Unset):
            mp_products = UNSET
        elif isinstance(self.mp_products, list):
            mp_products = []
            for mp_products_type_0_item_data in self.mp_products:
                mp_products_type_0_item = to_jsonable(mp_products_type_0_item_data)
                mp_products.append(mp_products_type_0_item)

        else:
            mp_products = self.mp_products

        no_mp_product_item_ids: list[str] | None | Unset
        if isinstance(self.no_mp_product_item_ids, Unset):
            no_mp_product_item_ids = UNSET
        elif isinstance(self.no_mp_product_item_ids, list):
            no_mp_product_item_ids = self.no_mp_product_item_ids

        else:
            no_mp_product_item_ids = self.no_mp_product_item_ids

        no_mp_reason_list: list[dict[str, Any]] | None | Unset
        if isinstance(self.no_mp_reason_list, Unset):
            no_mp_reason_list = UNSET
        elif isinstance(self.no_mp_reason_list, list):
            no_mp_reason_list = []
            for no_mp_reason_list_type_0_item_data in self.no_mp_reason_list:
                no_mp_reason_list_type_0_item = to_jsonable(
                    no_mp_reason_list_type_0_item_data
                )
                no_mp_reason_list.append(no_mp_reason_list_type_0_item)

        else:
            no_mp_reason_list = self.no_mp_reason_list

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if mp_products is not UNSET:
            field_dict["mpProducts"] = mp_products
        if no_mp_product_item_ids is not UNSET:
            field_dict["noMpProductItemIds"] = no_mp_product_item_ids
        if no_mp_reason_list is not UNSET:
            field_dict["noMpReasonList"] = no_mp_reason_list

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

        def _parse_mp_products(data: object) -> list[TaobaoMpProduct] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                mp_products_type_0 = []
                _mp_products_type_0 = data
                for mp_products_type_0_item_data in _mp_products_type_0:
                    mp_products_type_0_item = TaobaoMpProduct.from_dict(
                        mp_products_type_0_item_data
                    )

                    mp_products_type_0.append(mp_products_type_0_item)

                return mp_products_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[TaobaoMpProduct] | None | Unset, data)

        mp_products = _parse_mp_products(d.pop("mpProducts", UNSET))

        def _parse_no_mp_product_item_ids(data: object) -> list[str] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                no_mp_product_item_ids_type_0 = cast(list[str], data)

                return no_mp_product_item_ids_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[str] | None | Unset, data)

        no_mp_product_item_ids = _parse_no_mp_product_item_ids(
            d.pop("noMpProductItemIds", UNSET)
        )

        def _parse_no_mp_reason_list(
            data: object,
        ) -> list[TaobaoNoMpReason] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                no_mp_reason_list_type_0 = []
                _no_mp_reason_list_type_0 = data
                for no_mp_reason_list_type_0_item_data in _no_mp_reason_list_type_0:
                    no_mp_reason_list_type_0_item = TaobaoNoMpReason.from_dict(
                        no_mp_reason_list_type_0_item_data
                    )

                    no_mp_reason_list_type_0.append(no_mp_reason_list_type_0_item)

                return no_mp_reason_list_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[TaobaoNoMpReason] | None | Unset, data)

        no_mp_reason_list = _parse_no_mp_reason_list(d.pop("noMpReasonList", UNSET))

        taobao_product_batch_check_result = cls(
            mp_products=mp_products,
            no_mp_product_item_ids=no_mp_product_item_ids,
            no_mp_reason_list=no_mp_reason_list,
        )

        taobao_product_batch_check_result.additional_properties = d
        return taobao_product_batch_check_result

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
from ..models.taobao_mp_product import TaobaoMpProduct
from ..models.taobao_no_mp_reason import TaobaoNoMpReason
