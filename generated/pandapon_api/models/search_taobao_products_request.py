from __future__ import annotations

from collections.abc import Iterator, Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, model_to_json, set_fields_repr

T = TypeVar("T", bound="SearchTaobaoProductsRequest")


@_attrs_define
class SearchTaobaoProductsRequest:
    """
    Attributes:
        keyword (None | str | Unset): Search keyword.
        page_no (int | None | Unset): Page number (the example starts at 1).
        page_size (int | None | Unset): Page size, 1 to 40.
        sort (None | str | Unset): Sort key. The docs show only "tk_rate_desc", a Taobao-affiliate sort key; the other
            keys of that family are listed as known values but were not seen on PandaPon.
    """

    keyword: None | str | Unset = UNSET
    page_no: int | None | Unset = UNSET
    page_size: int | None | Unset = UNSET
    sort: None | str | Unset = UNSET
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
        keyword: None | str | Unset
        if isinstance(self.keyword, Unset):
            keyword = UNSET
        else:
            keyword = self.keyword

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

        sort: None | str | Unset
        if isinstance(self.sort, Unset):
            sort = UNSET
        else:
            sort = self.sort

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if keyword is not UNSET:
            field_dict["keyword"] = keyword
        if page_no is not UNSET:
            field_dict["pageNo"] = page_no
        if page_size is not UNSET:
            field_dict["pageSize"] = page_size
        if sort is not UNSET:
            field_dict["sort"] = sort

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
        keyword: None | str | Unset = d.pop("keyword", UNSET)

        page_no: int | None | Unset = d.pop("pageNo", UNSET)

        page_size: int | None | Unset = d.pop("pageSize", UNSET)

        sort: None | str | Unset = d.pop("sort", UNSET)

        search_taobao_products_request = cls(
            keyword=keyword,
            page_no=page_no,
            page_size=page_size,
            sort=sort,
        )

        search_taobao_products_request.additional_properties = d
        return search_taobao_products_request

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
