from __future__ import annotations

from collections.abc import Iterator, Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, model_to_json, set_fields_repr

T = TypeVar("T", bound="GetAlibabaCategoryRequest")


@_attrs_define
class GetAlibabaCategoryRequest:
    """Modelled on the upstream 1688 `category.translation.getById` parameters (flattened).

    Attributes:
        category_id (int | Unset): Category id; 0 asks for the top-level categories.
        language (None | str | Unset): Language of the translated names (required upstream; e.g. en, ja). The sibling
            searches call this `country`; which name PandaPon uses here is not known.
        parent_cate_id (int | None | Unset): Parent category id (optional upstream).
        out_member_id (None | str | Unset): The developer's own id for the end user (upstream limit 64 letters or
            digits).
    """

    category_id: int | Unset = UNSET
    language: None | str | Unset = UNSET
    parent_cate_id: int | None | Unset = UNSET
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
        category_id = self.category_id

        language: None | str | Unset
        if isinstance(self.language, Unset):
            language = UNSET
        else:
            language = self.language

        parent_cate_id: int | None | Unset
        if isinstance(self.parent_cate_id, Unset):
            parent_cate_id = UNSET
        else:
            parent_cate_id = self.parent_cate_id

        out_member_id: None | str | Unset
        if isinstance(self.out_member_id, Unset):
            out_member_id = UNSET
        else:
            out_member_id = self.out_member_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if category_id is not UNSET:
            field_dict["categoryId"] = category_id
        if language is not UNSET:
            field_dict["language"] = language
        if parent_cate_id is not UNSET:
            field_dict["parentCateId"] = parent_cate_id
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
        category_id = d.pop("categoryId", UNSET)

        language: None | str | Unset = d.pop("language", UNSET)

        parent_cate_id: int | None | Unset = d.pop("parentCateId", UNSET)

        out_member_id: None | str | Unset = d.pop("outMemberId", UNSET)

        get_alibaba_category_request = cls(
            category_id=category_id,
            language=language,
            parent_cate_id=parent_cate_id,
            out_member_id=out_member_id,
        )

        get_alibaba_category_request.additional_properties = d
        return get_alibaba_category_request

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
