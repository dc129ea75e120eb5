from __future__ import annotations

from collections.abc import Iterator, Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, model_to_json, set_fields_repr, to_jsonable

T = TypeVar("T", bound="AlibabaCategory")


@_attrs_define
class AlibabaCategory:
    """A 1688 category with its translated name and children.

    Attributes:
        category_id (int | None | Unset): Category id.
        chinese_name (None | str | Unset): Chinese name, e.g. 连衣裙.
        translated_name (None | str | Unset): Translated name.
        language (None | str | Unset): Language of `translatedName`.
        leaf (bool | None | str | Unset): Whether the category has no children (a string on the parent upstream, a
            boolean on children).
        level (int | None | str | Unset): Depth of the category (a string upstream, e.g. "2").
        parent_cate_id (int | None | str | Unset): Parent category id.
        from_cache (bool | None | Unset): Whether the answer came from a cache.
        children (list[AlibabaChildCategory] | None | Unset): Direct child categories.
    """

    category_id: int | None | Unset = UNSET
    chinese_name: None | str | Unset = UNSET
    translated_name: None | str | Unset = UNSET
    language: None | str | Unset = UNSET
    leaf: bool | None | str | Unset = UNSET
    level: int | None | str | Unset = UNSET
    parent_cate_id: int | None | str | Unset = UNSET
    from_cache: bool | None | Unset = UNSET
    children: list[AlibabaChildCategory] | None | Unset = UNSET
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
        category_id: int | None | Unset
        if isinstance(self.category_id, Unset):
            category_id = UNSET
        else:
            category_id = self.category_id

        chinese_name: None | str | Unset
        if isinstance(self.chinese_name, Unset):
            chinese_name = UNSET
        else:
            chinese_name = self.chinese_name

        translated_name: None | str | Unset
        if isinstance(self.translated_name, Unset):
            translated_name = UNSET
        else:
            translated_name = self.translated_name

        language: None | str | Unset
        if isinstance(self.language, Unset):
            language = UNSET
        else:
            language = self.language

        leaf: bool | None | str | Unset
        if isinstance(self.leaf, Unset):
            leaf = UNSET
        else:
            leaf = self.leaf

        level: int | None | str | Unset
        if isinstance(self.level, Unset):
            level = UNSET
        else:
            level = self.level

        parent_cate_id: int | None | str | Unset
        if isinstance(self.parent_cate_id, Unset):
            parent_cate_id = UNSET
        else:
            parent_cate_id = self.parent_cate_id

        from_cache: bool | None | Unset
        if isinstance(self.from_cache, Unset):
            from_cache = UNSET
        else:
            from_cache = self.from_cache

        children: list[dict[str, Any]] | None | Unset
        if isinstance(self.children, Unset):
            children = UNSET
        elif isinstance(self.children, list):
            children = []
            for children_type_0_item_data in self.children:
                children_type_0_item = to_jsonable(children_type_0_item_data)
                children.append(children_type_0_item)

        else:
            children = self.children

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if category_id is not UNSET:
            field_dict["categoryId"] = category_id
        if chinese_name is not UNSET:
            field_dict["chineseName"] = chinese_name
        if translated_name is not UNSET:
            field_dict["translatedName"] = translated_name
        if language is not UNSET:
            field_dict["language"] = language
        if leaf is not UNSET:
            field_dict["leaf"] = leaf
        if level is not UNSET:
            field_dict["level"] = level
        if parent_cate_id is not UNSET:
            field_dict["parentCateId"] = parent_cate_id
        if from_cache is not UNSET:
            field_dict["fromCache"] = from_cache
        if children is not UNSET:
            field_dict["children"] = children

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
        category_id: int | None | Unset = d.pop("categoryId", UNSET)

        chinese_name: None | str | Unset = d.pop("chineseName", UNSET)

        translated_name: None | str | Unset = d.pop("translatedName", UNSET)

        language: None | str | Unset = d.pop("language", UNSET)

        leaf: bool | None | str | Unset = d.pop("leaf", UNSET)

        level: int | None | str | Unset = d.pop("level", UNSET)

        parent_cate_id: int | None | str | Unset = d.pop("parentCateId", UNSET)

        from_cache: bool | None | Unset = d.pop("fromCache", UNSET)

        def _parse_children(data: object) -> list[AlibabaChildCategory] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                children_type_0 = []
                _children_type_0 = data
                for children_type_0_item_data in _children_type_0:
                    children_type_0_item = AlibabaChildCategory.from_dict(
                        children_type_0_item_data
                    )

                    children_type_0.append(children_type_0_item)

                return children_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[AlibabaChildCategory] | None | Unset, data)

        children = _parse_children(d.pop("children", UNSET))

        alibaba_category = cls(
            category_id=category_id,
            chinese_name=chinese_name,
            translated_name=translated_name,
            language=language,
            leaf=leaf,
            level=level,
            parent_cate_id=parent_cate_id,
            from_cache=from_cache,
            children=children,
        )

        alibaba_category.additional_properties = d
        return alibaba_category

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
from ..models.alibaba_child_category import AlibabaChildCategory
