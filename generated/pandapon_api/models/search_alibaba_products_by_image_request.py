from __future__ import annotations

from collections.abc import Iterator, Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, model_to_json, set_fields_repr

T = TypeVar("T", bound="SearchAlibabaProductsByImageRequest")


@_attrs_define
class SearchAlibabaProductsByImageRequest:
    """Image-search body as on the newest page. doc-env2 types every field nullable; `imageBase64` is the only field marked
    required. Whether it may be null when `imageAddress` is given is not stated.

        Attributes:
            image_base_64 (None | str): The picture, Base64-encoded (sent in the JSON body, not as multipart).
            begin_page (int | None | Unset): Page number, starting at 1.
            page_size (int | None | Unset): Page size.
            country (None | str | Unset): Language of the translated fields; the docs say to pass "en" for now.
            region (None | str | Unset): Which subject of the picture to search for (a crop region; empty string in the
                older example).
            filter_ (None | str | Unset): Optional comma-separated filter tokens, e.g. "shipInToday,ksCiphertext".
            sort (None | str | Unset): Optional sort as a JSON string, e.g. "{\\"price\\":\\"asc\\"}".
            price_start (None | str | Unset): Lowest wholesale price, as a string.
            price_end (None | str | Unset): Highest wholesale price, as a string.
            category_id (int | None | Unset): Category id.
            image_address (None | str | Unset): Optional URL of a picture already on 1688 (alicdn).
            out_member_id (None | str | Unset): The developer's own id for the end user.
    """

    image_base_64: None | str
    begin_page: int | None | Unset = UNSET
    page_size: int | None | Unset = UNSET
    country: None | str | Unset = UNSET
    region: None | str | Unset = UNSET
    filter_: None | str | Unset = UNSET
    sort: None | str | Unset = UNSET
    price_start: None | str | Unset = UNSET
    price_end: None | str | Unset = UNSET
    category_id: int | None | Unset = UNSET
    image_address: None | str | Unset = UNSET
    out_member_id: None | str | Unset = UNSET
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
        image_base_64: None | str
        image_base_64 = self.image_base_64

        begin_page: int | None | Unset
        if isinstance(self.begin_page, Unset):
            begin_page = UNSET
        else:
            begin_page = self.begin_page

        page_size: int | None | Unset
        if isinstance(self.page_size, Unset):
            page_size = UNSET
        else:
            page_size = self.page_size

        country: None | str | Unset
        if isinstance(self.country, Unset):
            country = UNSET
        else:
            country = self.country

        region: None | str | Unset
        if isinstance(self.region, Unset):
            region = UNSET
        else:
            region = self.region

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

        category_id: int | None | Unset
        if isinstance(self.category_id, Unset):
            category_id = UNSET
        else:
            category_id = self.category_id

        image_address: None | str | Unset
        if isinstance(self.image_address, Unset):
            image_address = UNSET
        else:
            image_address = self.image_address

        out_member_id: None | str | Unset
        if isinstance(self.out_member_id, Unset):
            out_member_id = UNSET
        else:
            out_member_id = self.out_member_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "imageBase64": image_base_64,
            }
        )
        if begin_page is not UNSET:
            field_dict["beginPage"] = begin_page
        if page_size is not UNSET:
            field_dict["pageSize"] = page_size
        if country is not UNSET:
            field_dict["country"] = country
        if region is not UNSET:
            field_dict["region"] = region
        if filter_ is not UNSET:
            field_dict["filter"] = filter_
        if sort is not UNSET:
            field_dict["sort"] = sort
        if price_start is not UNSET:
            field_dict["priceStart"] = price_start
        if price_end is not UNSET:
            field_dict["priceEnd"] = price_end
        if category_id is not UNSET:
            field_dict["categoryId"] = category_id
        if image_address is not UNSET:
            field_dict["imageAddress"] = image_address
        if out_member_id is not UNSET:
            field_dict["outMemberId"] = out_member_id

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
        image_base_64: None | str = d.pop("imageBase64")

        begin_page: int | None | Unset = d.pop("beginPage", UNSET)

        page_size: int | None | Unset = d.pop("pageSize", UNSET)

        country: None | str | Unset = d.pop("country", UNSET)

        region: None | str | Unset = d.pop("region", UNSET)

        filter_: None | str | Unset = d.pop("filter", UNSET)

        sort: None | str | Unset = d.pop("sort", UNSET)

        price_start: None | str | Unset = d.pop("priceStart", UNSET)

        price_end: None | str | Unset = d.pop("priceEnd", UNSET)

        category_id: int | None | Unset = d.pop("categoryId", UNSET)

        image_address: None | str | Unset = d.pop("imageAddress", UNSET)

        out_member_id: None | str | Unset = d.pop("outMemberId", UNSET)

        search_alibaba_products_by_image_request = cls(
            image_base_64=image_base_64,
            begin_page=begin_page,
            page_size=page_size,
            country=country,
            region=region,
            filter_=filter_,
            sort=sort,
            price_start=price_start,
            price_end=price_end,
            category_id=category_id,
            image_address=image_address,
            out_member_id=out_member_id,
        )

        search_alibaba_products_by_image_request.additional_properties = d
        return search_alibaba_products_by_image_request

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
