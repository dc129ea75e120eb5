from __future__ import annotations

from collections.abc import Iterator, Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, model_to_json, set_fields_repr

T = TypeVar("T", bound="SearchAlibabaSelectedProductsRequest")


@_attrs_define
class SearchAlibabaSelectedProductsRequest:
    """Assumed to be the keyword-search body (see `SearchAlibabaProductsRequest`). A query is expected to carry `keyword`,
    but no page shows this body, and on the sibling keyword search the flag of `keyword` is not visible either: nothing
    is required here.

        Attributes:
            keyword (str | Unset): Search keyword.
            begin_page (int | Unset): Page number, starting at 1.
            page_size (int | Unset): Page size.
            country (str | Unset): Language of the translated fields; the docs say to pass "en" for now.
            filter_ (None | str | Unset): Optional comma-separated filter tokens, e.g. "shipInToday,ksCiphertext" (the full
                list is in the docs' FAQ, not retrieved).
            sort (None | str | Unset): Optional sort as a JSON string, e.g. "{\\"price\\":\\"desc\\"}".
            out_member_id (None | str | Unset): The developer's own id for the end user.
            price_start (None | str | Unset): Lowest wholesale price, as a string (e.g. "633.69").
            price_end (None | str | Unset): Highest wholesale price, as a string (e.g. "647.60").
            category_id (None | str | Unset): Category id, as a string here (integer in the image and store searches).
    """

    keyword: str | Unset = UNSET
    begin_page: int | Unset = UNSET
    page_size: int | Unset = UNSET
    country: str | Unset = UNSET
    filter_: None | str | Unset = UNSET
    sort: None | str | Unset = UNSET
    out_member_id: None | str | Unset = UNSET
    price_start: None | str | Unset = UNSET
    price_end: None | str | Unset = UNSET
    category_id: None | str | Unset = UNSET
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
        keyword = self.keyword

        begin_page = self.begin_page

        page_size = self.page_size

        country = self.country

        filter_: None | str | Unset
        if isinstance(self.filter_, Unset):
            filter_ = UNSET
        else:
            filter_ = self.filter_

        sort: None | str | Unset
        if isinstance(self.sort, Unset):
            sort = UNSET
        else:
            sort = self.sort

        out_member_id: None | str | Unset
        if isinstance(self.out_member_id, Unset):
            out_member_id = UNSET
        else:
            out_member_id = self.out_member_id

        price_start: None | str | Unset
        if isinstance(self.price_start, Unset):
            price_start = UNSET
        else:
            price_start = self.price_start

        price_end: None | str | Unset
        if isinstance(self.price_end, Unset):
            price_end = UNSET
        else:
            price_end = self.price_end

        category_id: None | str | Unset
        if isinstance(self.category_id, Unset):
            category_id = UNSET
        else:
            category_id = self.category_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if keyword is not UNSET:
            field_dict["keyword"] = keyword
        if begin_page is not UNSET:
            field_dict["beginPage"] = begin_page
        if page_size is not UNSET:
            field_dict["pageSize"] = page_size
        if country is not UNSET:
            field_dict["country"] = country
        if filter_ is not UNSET:
            field_dict["filter"] = filter_
        if sort is not UNSET:
            field_dict["sort"] = sort
        if out_member_id is not UNSET:
            field_dict["outMemberId"] = out_member_id
        if price_start is not UNSET:
            field_dict["priceStart"] = price_start
        if price_end is not UNSET:
            field_dict["priceEnd"] = price_end
        if category_id is not UNSET:
            field_dict["categoryId"] = category_id

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
        keyword = d.pop("keyword", UNSET)

        begin_page = d.pop("beginPage", UNSET)

        page_size = d.pop("pageSize", UNSET)

        country = d.pop("country", UNSET)

        filter_: None | str | Unset = d.pop("filter", UNSET)

        sort: None | str | Unset = d.pop("sort", UNSET)

        out_member_id: None | str | Unset = d.pop("outMemberId", UNSET)

        price_start: None | str | Unset = d.pop("priceStart", UNSET)

        price_end: None | str | Unset = d.pop("priceEnd", UNSET)

        category_id: None | str | Unset = d.pop("categoryId", UNSET)

        search_alibaba_selected_products_request = cls(
            keyword=keyword,
            begin_page=begin_page,
            page_size=page_size,
            country=country,
            filter_=filter_,
            sort=sort,
            out_member_id=out_member_id,
            price_start=price_start,
            price_end=price_end,
            category_id=category_id,
        )

        search_alibaba_selected_products_request.additional_properties = d
        return search_alibaba_selected_products_request

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
