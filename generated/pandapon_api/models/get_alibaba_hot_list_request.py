from __future__ import annotations

from collections.abc import Iterator, Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, model_to_json, set_fields_repr

T = TypeVar("T", bound="GetAlibabaHotListRequest")


@_attrs_define
class GetAlibabaHotListRequest:
    """Modelled on the upstream 1688 `product.topList.query` parameters (flattened; upstream marks all four required). Only
    `rankId` is required here.

        Attributes:
            rank_id (str | Unset): Ranking id; a category id may be given for that category's ranking.
            rank_type (None | str | Unset): Ranking type. Upstream values: complex (overall), hot (best sellers), goodPrice
                (best prices).
            limit (int | None | Unset): Number of products to return (upstream allows at most 20).
            language (None | str | Unset): Language of the translated titles, e.g. en.
    """

    rank_id: str | Unset = UNSET
    rank_type: None | str | Unset = UNSET
    limit: int | None | Unset = UNSET
    language: None | str | Unset = UNSET
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
        rank_id = self.rank_id

        rank_type: None | str | Unset
        if isinstance(self.rank_type, Unset):
            rank_type = UNSET
        else:
            rank_type = self.rank_type

        limit: int | None | Unset
        if isinstance(self.limit, Unset):
            limit = UNSET
        else:
            limit = self.limit

        language: None | str | Unset
        if isinstance(self.language, Unset):
            language = UNSET
        else:
            language = self.language

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if rank_id is not UNSET:
            field_dict["rankId"] = rank_id
        if rank_type is not UNSET:
            field_dict["rankType"] = rank_type
        if limit is not UNSET:
            field_dict["limit"] = limit
        if language is not UNSET:
            field_dict["language"] = language

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
        rank_id = d.pop("rankId", UNSET)

        rank_type: None | str | Unset = d.pop("rankType", UNSET)

        limit: int | None | Unset = d.pop("limit", UNSET)

        language: None | str | Unset = d.pop("language", UNSET)

        get_alibaba_hot_list_request = cls(
            rank_id=rank_id,
            rank_type=rank_type,
            limit=limit,
            language=language,
        )

        get_alibaba_hot_list_request.additional_properties = d
        return get_alibaba_hot_list_request

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
