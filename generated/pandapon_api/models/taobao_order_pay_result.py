from __future__ import annotations

from collections.abc import Iterator, Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, model_to_json, set_fields_repr, to_jsonable

T = TypeVar("T", bound="TaobaoOrderPayResult")


@_attrs_define
class TaobaoOrderPayResult:
    """Result of paying Taobao orders. Not seen on PandaPon: the upstream batch pay result.

    Attributes:
        will_pay_purchase_order_ids (list[int | str] | None | Unset): Orders accepted for payment.
        pay_failure_purchase_order_ids (list[int | str] | None | Unset): Orders that could not be paid.
        pay_failed_results (list[TaobaoOrderPayFailure] | None | Unset): Why those orders could not be paid.
    """

    will_pay_purchase_order_ids: list[int | str] | None | Unset = UNSET
    pay_failure_purchase_order_ids: list[int | str] | None | Unset = UNSET
    pay_failed_results: list[TaobaoOrderPayFailure] | None | Unset = UNSET
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
        will_pay_purchase_order_ids: list[int | str] | None | Unset
        if isinstance(self.will_pay_purchase_order_ids, Unset):
            will_pay_purchase_order_ids = UNSET
        elif isinstance(self.will_pay_purchase_order_ids, list):
            will_pay_purchase_order_ids = []
            for (
                will_pay_purchase_order_ids_type_0_item_data
            ) in self.will_pay_purchase_order_ids:
                will_pay_purchase_order_ids_type_0_item: int | str
                will_pay_purchase_order_ids_type_0_item = (
                    will_pay_purchase_order_ids_type_0_item_data
                )
                will_pay_purchase_order_ids.append(
                    will_pay_purchase_order_ids_type_0_item
                )

        else:
            will_pay_purchase_order_ids = self.will_pay_purchase_order_ids

        pay_failure_purchase_order_ids: list[int | str] | None | Unset
        if isinstance(self.pay_failure_purchase_order_ids, Unset):
            pay_failure_purchase_order_ids = UNSET
        elif isinstance(self.pay_failure_purchase_order_ids, list):
            pay_failure_purchase_order_ids = []
            for (
                pay_failure_purchase_order_ids_type_0_item_data
            ) in self.pay_failure_purchase_order_ids:
                pay_failure_purchase_order_ids_type_0_item: int | str
                pay_failure_purchase_order_ids_type_0_item = (
                    pay_failure_purchase_order_ids_type_0_item_data
                )
                pay_failure_purchase_order_ids.append(
                    pay_failure_purchase_order_ids_type_0_item
                )

        else:
            pay_failure_purchase_order_ids = self.pay_failure_purchase_order_ids

        pay_failed_results: list[dict[str, Any]] | None | Unset
        if isinstance(self.pay_failed_results, Unset):
            pay_failed_results = UNSET
        elif isinstance(self.pay_failed_results, list):
            pay_failed_results = []
            for pay_failed_results_type_0_item_data in self.pay_failed_results:
                pay_failed_results_type_0_item = to_jsonable(
                    pay_failed_results_type_0_item_data
                )
                pay_failed_results.append(pay_failed_results_type_0_item)

        else:
            pay_failed_results = self.pay_failed_results

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if will_pay_purchase_order_ids is not UNSET:
            field_dict["willPayPurchaseOrderIds"] = will_pay_purchase_order_ids
        if pay_failure_purchase_order_ids is not UNSET:
            field_dict["payFailurePurchaseOrderIds"] = pay_failure_purchase_order_ids
        if pay_failed_results is not UNSET:
            field_dict["payFailedResults"] = pay_failed_results

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

        def _parse_will_pay_purchase_order_ids(
            data: object,
        ) -> list[int | str] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                will_pay_purchase_order_ids_type_0 = []
                _will_pay_purchase_order_ids_type_0 = data
                for (
                    will_pay_purchase_order_ids_type_0_item_data
                ) in _will_pay_purchase_order_ids_type_0:
                    will_pay_purchase_order_ids_type_0_item: int | str = (
                        will_pay_purchase_order_ids_type_0_item_data
                    )

                    will_pay_purchase_order_ids_type_0.append(
                        will_pay_purchase_order_ids_type_0_item
                    )

                return will_pay_purchase_order_ids_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[int | str] | None | Unset, data)

        will_pay_purchase_order_ids = _parse_will_pay_purchase_order_ids(
            d.pop("willPayPurchaseOrderIds", UNSET)
        )

        def _parse_pay_failure_purchase_order_ids(
            data: object,
        ) -> list[int | str] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                pay_failure_purchase_order_ids_type_0 = []
                _pay_failure_purchase_order_ids_type_0 = data
                for (
                    pay_failure_purchase_order_ids_type_0_item_data
                ) in _pay_failure_purchase_order_ids_type_0:
                    pay_failure_purchase_order_ids_type_0_item: int | str = (
                        pay_failure_purchase_order_ids_type_0_item_data
                    )

                    pay_failure_purchase_order_ids_type_0.append(
                        pay_failure_purchase_order_ids_type_0_item
                    )

                return pay_failure_purchase_order_ids_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[int | str] | None | Unset, data)

        pay_failure_purchase_order_ids = _parse_pay_failure_purchase_order_ids(
            d.pop("payFailurePurchaseOrderIds", UNSET)
        )

        def _parse_pay_failed_results(
            data: object,
        ) -> list[TaobaoOrderPayFailure] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                pay_failed_results_type_0 = []
                _pay_failed_results_type_0 = data
                for pay_failed_results_type_0_item_data in _pay_failed_results_type_0:
                    pay_failed_results_type_0_item = TaobaoOrderPayFailure.from_dict(
                        pay_failed_results_type_0_item_data
                    )

                    pay_failed_results_type_0.append(pay_failed_results_type_0_item)

                return pay_failed_results_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[TaobaoOrderPayFailure] | None | Unset, data)

        pay_failed_results = _parse_pay_failed_results(d.pop("payFailedResults", UNSET))

        taobao_order_pay_result = cls(
            will_pay_purchase_order_ids=will_pay_purchase_order_ids,
            pay_failure_purchase_order_ids=pay_failure_purchase_order_ids,
            pay_failed_results=pay_failed_results,
        )

        taobao_order_pay_result.additional_properties = d
        return taobao_order_pay_result

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
from ..models.taobao_order_pay_failure import TaobaoOrderPayFailure
