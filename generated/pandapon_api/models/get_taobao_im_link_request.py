from __future__ import annotations

from collections.abc import Iterator, Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, model_to_json, set_fields_repr

T = TypeVar("T", bound="GetTaobaoImLinkRequest")


@_attrs_define
class GetTaobaoImLinkRequest:
    """Older-generation body as its example shows it (`sourceType`, `bizId`), plus the fields the same page declares but
    does not use in its example.

        Attributes:
            source_type (str | Unset): What the chat is about; "item" in the example.
            biz_id (str | Unset): Id of that item (or other business object), e.g. "700187748440".
            login_name (str | Unset): Declared (and marked required) on the older page, but absent from its example; the
                page's sample value for it is `{"sourceType":"item","bizId":"700187748440"}`, i.e. the example body itself.
            password (str | Unset): Declared (and marked required) on the older page, but absent from its example.
            page_name (str | Unset): Declared (and marked required) on the older page, but absent from its example.
            page_param_map (str | Unset): Declared (and marked required) on the older page, but absent from its example.
    """

    source_type: str | Unset = UNSET
    biz_id: str | Unset = UNSET
    login_name: str | Unset = UNSET
    password: str | Unset = UNSET
    page_name: str | Unset = UNSET
    page_param_map: str | Unset = UNSET
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
        source_type = self.source_type

        biz_id = self.biz_id

        login_name = self.login_name

        password = self.password

        page_name = self.page_name

        page_param_map = self.page_param_map

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if source_type is not UNSET:
            field_dict["sourceType"] = source_type
        if biz_id is not UNSET:
            field_dict["bizId"] = biz_id
        if login_name is not UNSET:
            field_dict["loginName"] = login_name
        if password is not UNSET:
            field_dict["password"] = password
        if page_name is not UNSET:
            field_dict["pageName"] = page_name
        if page_param_map is not UNSET:
            field_dict["pageParamMap"] = page_param_map

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
        source_type = d.pop("sourceType", UNSET)

        biz_id = d.pop("bizId", UNSET)

        login_name = d.pop("loginName", UNSET)

        password = d.pop("password", UNSET)

        page_name = d.pop("pageName", UNSET)

        page_param_map = d.pop("pageParamMap", UNSET)

        get_taobao_im_link_request = cls(
            source_type=source_type,
            biz_id=biz_id,
            login_name=login_name,
            password=password,
            page_name=page_name,
            page_param_map=page_param_map,
        )

        get_taobao_im_link_request.additional_properties = d
        return get_taobao_im_link_request

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
