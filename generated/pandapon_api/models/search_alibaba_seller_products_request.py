from __future__ import annotations

from collections.abc import Iterator, Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, model_to_json, set_fields_repr

T = TypeVar("T", bound="SearchAlibabaSellerProductsRequest")


@_attrs_define
class SearchAlibabaSellerProductsRequest:
    """Store-search body as on the newest page (no field marked required, plain types).

    Attributes:
        keyword (str | Unset): Search keyword (the newest page's label for it is a copy slip).
        begin_page (int | Unset): Page number, starting at 1.
        page_size (int | Unset): Page size.
        filter_ (str | Unset): Optional comma-separated filter tokens (see the docs' FAQ).
        sort (str | Unset): Sort as a JSON string, e.g. "{\\"price\\":\\"desc\\"}".
        out_member_id (str | Unset): The developer's own id for the end user.
        price_start (str | Unset): Lowest wholesale price, as a string.
        price_end (str | Unset): Highest wholesale price, as a string.
        category_id (int | Unset): Category id.
        country (str | Unset): Language of the translated fields ("en" by default per the older page).
        seller_open_id (str | Unset): Encoded id of the store (seller) to search in.
    """

    keyword: str | Unset = UNSET
    begin_page: int | Unset = UNSET
    page_size: int | Unset = UNSET
    filter_: str | Unset = UNSET
    sort: str | Unset = UNSET
    out_member_id: str | Unset = UNSET
    price_start: str | Unset = UNSET
    price_end: str | Unset = UNSET
    category_id: int | Unset = UNSET
    country: str | Unset = UNSET
    seller_open_id: str | Unset = UNSET
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

        filter_ = self.filter_

        sort = self.sort

        out_member_id = self.out_member_id

        price_start = self.price_start

        price_end = self.price_end

        category_id = self.category_id

        country = self.country

        seller_open_id = self.seller_open_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if keyword is not UNSET:
            field_dict["keyword"] = keyword
        if begin_page is not UNSET:
            field_dict["beginPage"] = begin_page
        if page_size is not UNSET:
            field_dict["pageSize"] = page_size
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
        if country is not UNSET:
            field_dict["country"] = country
        if seller_open_id is not UNSET:
            field_dict["sellerOpenId"] = seller_open_id

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

        filter_ = d.pop("filter", UNSET)

        sort = d.pop("sort", UNSET)

        out_member_id = d.pop("outMemberId", UNSET)

        price_start = d.pop("priceStart", UNSET)

        price_end = d.pop("priceEnd", UNSET)

        category_id = d.pop("categoryId", UNSET)

        country = d.pop("country", UNSET)

        seller_open_id = d.pop("sellerOpenId", UNSET)

        search_alibaba_seller_products_request = cls(
            keyword=keyword,
            begin_page=begin_page,
            page_size=page_size,
            filter_=filter_,
            sort=sort,
            out_member_id=out_member_id,
            price_start=price_start,
            price_end=price_end,
            category_id=category_id,
            country=country,
            seller_open_id=seller_open_id,
        )

        search_alibaba_seller_products_request.additional_properties = d
        return search_alibaba_seller_products_request

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
