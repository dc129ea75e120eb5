from __future__ import annotations

from collections.abc import Iterator, Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, model_to_json, set_fields_repr, to_jsonable

T = TypeVar("T", bound="AlibabaBasePageVOAlibabaProductListInfoV2VO")


@_attrs_define
class AlibabaBasePageVOAlibabaProductListInfoV2VO:
    """One page of 1688 search results (keyword and image search; assumed for the selected-goods searches).

    Attributes:
        total_records (int | None | Unset): Total number of matching products.
        total_page (int | None | Unset): Total number of pages.
        page_size (int | None | Unset): Page size.
        current_page (int | None | Unset): This page's number.
        data (list[AlibabaProductListInfoV2VO] | None | Unset): The products on this page.
    """

    total_records: int | None | Unset = UNSET
    total_page: int | None | Unset = UNSET
    page_size: int | None | Unset = UNSET
    current_page: int | None | Unset = UNSET
    data: list[AlibabaProductListInfoV2VO] | None | Unset = UNSET
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

        page_size: int | None | Unset
        if isinstance(self.page_size, Unset):
            page_size = UNSET
        else:
            page_size = self.page_size

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
        if total_records is not UNSET:
            field_dict["totalRecords"] = total_records
        if total_page is not UNSET:
            field_dict["totalPage"] = total_page
        if page_size is not UNSET:
            field_dict["pageSize"] = page_size
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
        total_records: int | None | Unset = d.pop("totalRecords", UNSET)

        total_page: int | None | Unset = d.pop("totalPage", UNSET)

        page_size: int | None | Unset = d.pop("pageSize", UNSET)

        current_page: int | None | Unset = d.pop("currentPage", UNSET)

        def _parse_data(
            data: object,
        ) -> list[AlibabaProductListInfoV2VO] | None | Unset:
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
                    data_type_0_item = AlibabaProductListInfoV2VO.from_dict(
                        data_type_0_item_data
                    )

                    data_type_0.append(data_type_0_item)

                return data_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[AlibabaProductListInfoV2VO] | None | Unset, data)

        data = _parse_data(d.pop("data", UNSET))

        alibaba_base_page_vo_alibaba_product_list_info_v2vo = cls(
            total_records=total_records,
            total_page=total_page,
            page_size=page_size,
            current_page=current_page,
            data=data,
        )

        alibaba_base_page_vo_alibaba_product_list_info_v2vo.additional_properties = d
        return alibaba_base_page_vo_alibaba_product_list_info_v2vo

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
from ..models.alibaba_product_list_info_v2vo import AlibabaProductListInfoV2VO
