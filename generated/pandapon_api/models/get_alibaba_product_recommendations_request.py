from __future__ import annotations

from collections.abc import Iterator, Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, model_to_json, set_fields_repr

T = TypeVar("T", bound="GetAlibabaProductRecommendationsRequest")


@_attrs_define
class GetAlibabaProductRecommendationsRequest:
    """Modelled on the upstream 1688 `product.search.offerRecommend` parameters (flattened; upstream marks all four
    required). Nothing is required here: the call has no identifying field.

        Attributes:
            begin_page (int | None | Unset): Page number, starting at 1.
            page_size (int | None | Unset): Page size.
            country (None | str | Unset): Language of the translated fields, e.g. en.
            out_member_id (None | str | Unset): The developer's own id for the end user; recommendations are personalised by
                it.
    """

    begin_page: int | None | Unset = UNSET
    page_size: int | None | Unset = UNSET
    country: None | str | Unset = UNSET
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

        out_member_id: None | str | Unset
        if isinstance(self.out_member_id, Unset):
            out_member_id = UNSET
        else:
            out_member_id = self.out_member_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if begin_page is not UNSET:
            field_dict["beginPage"] = begin_page
        if page_size is not UNSET:
            field_dict["pageSize"] = page_size
        if country is not UNSET:
            field_dict["country"] = country
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
        begin_page: int | None | Unset = d.pop("beginPage", UNSET)

        page_size: int | None | Unset = d.pop("pageSize", UNSET)

        country: None | str | Unset = d.pop("country", UNSET)

        out_member_id: None | str | Unset = d.pop("outMemberId", UNSET)

        get_alibaba_product_recommendations_request = cls(
            begin_page=begin_page,
            page_size=page_size,
            country=country,
            out_member_id=out_member_id,
        )

        get_alibaba_product_recommendations_request.additional_properties = d
        return get_alibaba_product_recommendations_request

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
