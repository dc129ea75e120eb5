from __future__ import annotations

from collections.abc import Iterator, Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, model_to_json, set_fields_repr, to_jsonable

T = TypeVar("T", bound="TaobaoOrderPage")


@_attrs_define
class TaobaoOrderPage:
    """One page of Taobao orders. Declares both the upstream query's names (`resultsTotal`, `pageNo`, `pageSize`,
    `purchaseOrders`) and those of PandaPon's 1688 page model (`totalRecords`, `totalPage`, `currentPage`, `data`), as
    which one PandaPon uses is not known.

        Attributes:
            results_total (int | None | Unset): Total number of orders matching the filter.
            page_no (int | None | Unset): Page number.
            page_size (int | None | Unset): Page size.
            purchase_orders (list[TaobaoOrder] | None | Unset): The orders on this page (upstream name).
            total_records (int | None | Unset): Total number of orders (PandaPon 1688 page name).
            total_page (int | None | Unset): Total number of pages (PandaPon 1688 page name).
            current_page (int | None | Unset): Current page number (PandaPon 1688 page name).
            data (list[TaobaoOrder] | None | Unset): The orders on this page (PandaPon 1688 page name).
    """

    results_total: int | None | Unset = UNSET
    page_no: int | None | Unset = UNSET
    page_size: int | None | Unset = UNSET
    purchase_orders: list[TaobaoOrder] | None | Unset = UNSET
    total_records: int | None | Unset = UNSET
    total_page: int | None | Unset = UNSET
    current_page: int | None | Unset = UNSET
    data: list[TaobaoOrder] | None | Unset = UNSET
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
        results_total: int | None | Unset
        if isinstance(self.results_total, Unset):
            results_total = UNSET
        else:
            results_total = self.results_total

        page_no: int | None | Unset
        if isinstance(self.page_no, Unset):
            page_no = UNSET
        else:
            page_no = self.page_no

        page_size: int | None | Unset
        if isinstance(self.page_size, Unset):
            page_size = UNSET
        else:
            page_size = self.page_size

        purchase_orders: list[dict[str, Any]] | None | Unset
        if isinstance(self.purchase_orders, Unset):
            purchase_orders = UNSET
        elif isinstance(self.purchase_orders, list):
            purchase_orders = []
            for purchase_orders_type_0_item_data in self.purchase_orders:
                purchase_orders_type_0_item = to_jsonable(
                    purchase_orders_type_0_item_data
                )
                purchase_orders.append(purchase_orders_type_0_item)

        else:
            purchase_orders = self.purchase_orders

        total_records: int | None | Unset
        if isinstance(self.total_records, Unset):
            total_records = UNSET
        else:
            total_records = self.total_records

        total_page: int | None | Unset
        if isinstance(self.total_page, Unset):
            total_page = UNSET
        else:
            total_page = self.total_page

        current_page: int | None | Unset
        if isinstance(self.current_page, Unset):
            current_page = UNSET
        else:
            current_page = self.current_page

        data: list[dict[str, Any]] | None | Unset
        if isinstance(self.data, Unset):
            data = UNSET
        elif isinstance(self.data, list):
            data = []
            for data_type_0_item_data in self.data:
                data_type_0_item = to_jsonable(data_type_0_item_data)
                data.append(data_type_0_item)

        else:
            data = self.data

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if results_total is not UNSET:
            field_dict["resultsTotal"] = results_total
        if page_no is not UNSET:
            field_dict["pageNo"] = page_no
        if page_size is not UNSET:
            field_dict["pageSize"] = page_size
        if purchase_orders is not UNSET:
            field_dict["purchaseOrders"] = purchase_orders
        if total_records is not UNSET:
            field_dict["totalRecords"] = total_records
        if total_page is not UNSET:
            field_dict["totalPage"] = total_page
        if current_page is not UNSET:
            field_dict["currentPage"] = current_page
        if data is not UNSET:
            field_dict["data"] = data

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
        results_total: int | None | Unset = d.pop("resultsTotal", UNSET)

        page_no: int | None | Unset = d.pop("pageNo", UNSET)

        page_size: int | None | Unset = d.pop("pageSize", UNSET)

        def _parse_purchase_orders(data: object) -> list[TaobaoOrder] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                purchase_orders_type_0 = []
                _purchase_orders_type_0 = data
                for purchase_orders_type_0_item_data in _purchase_orders_type_0:
                    purchase_orders_type_0_item = TaobaoOrder.from_dict(
                        purchase_orders_type_0_item_data
                    )

                    purchase_orders_type_0.append(purchase_orders_type_0_item)

                return purchase_orders_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[TaobaoOrder] | None | Unset, data)

        purchase_orders = _parse_purchase_orders(d.pop("purchaseOrders", UNSET))

        total_records: int | None | Unset = d.pop("totalRecords", UNSET)

        total_page: int | None | Unset = d.pop("totalPage", UNSET)

        current_page: int | None | Unset = d.pop("currentPage", UNSET)

        def _parse_data(data: object) -> list[TaobaoOrder] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                data_type_0 = []
                _data_type_0 = data
                for data_type_0_item_data in _data_type_0:
                    data_type_0_item = TaobaoOrder.from_dict(data_type_0_item_data)

                    data_type_0.append(data_type_0_item)

                return data_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[TaobaoOrder] | None | Unset, data)

        data = _parse_data(d.pop("data", UNSET))

        taobao_order_page = cls(
            results_total=results_total,
            page_no=page_no,
            page_size=page_size,
            purchase_orders=purchase_orders,
            total_records=total_records,
            total_page=total_page,
            current_page=current_page,
            data=data,
        )

        taobao_order_page.additional_properties = d
        return taobao_order_page

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
from ..models.taobao_order import TaobaoOrder
