from __future__ import annotations

from collections.abc import Iterator, Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, model_to_json, set_fields_repr

T = TypeVar("T", bound="AlibabaHotListProduct")


@_attrs_define
class AlibabaHotListProduct:
    """
    Attributes:
        item_id (int | None | str | Unset): Product id (a long upstream; may be an encoded string on PandaPon).
        title (None | str | Unset): Original Chinese title.
        translate_title (None | str | Unset): Translated title.
        img_url (None | str | Unset): Picture URL.
        sort (int | None | Unset): Position in the ranking.
        service_list (list[str] | None | Unset): Services, e.g. sendGoods24H, sendGoods48H (upstream values).
        buyer_num (int | None | Unset): Buyers in the last 30 days.
        sold_out (int | None | Unset): Units sold in the last 30 days.
    """

    item_id: int | None | str | Unset = UNSET
    title: None | str | Unset = UNSET
    translate_title: None | str | Unset = UNSET
    img_url: None | str | Unset = UNSET
    sort: int | None | Unset = UNSET
    service_list: list[str] | None | Unset = UNSET
    buyer_num: int | None | Unset = UNSET
    sold_out: int | None | Unset = UNSET
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
        item_id: int | None | str | Unset
        if isinstance(self.item_id, Unset):
            item_id = UNSET
        else:
            item_id = self.item_id

        title: None | str | Unset
        if isinstance(self.title, Unset):
            title = UNSET
        else:
            title = self.title

        translate_title: None | str | Unset
        if isinstance(self.translate_title, Unset):
            translate_title = UNSET
        else:
            translate_title = self.translate_title

        img_url: None | str | Unset
        if isinstance(self.img_url, Unset):
            img_url = UNSET
        else:
            img_url = self.img_url

        sort: int | None | Unset
        if isinstance(self.sort, Unset):
            sort = UNSET
        else:
            sort = self.sort

        service_list: list[str] | None | Unset
        if isinstance(self.service_list, Unset):
            service_list = UNSET
        elif isinstance(self.service_list, list):
            service_list = self.service_list

        else:
            service_list = self.service_list

        buyer_num: int | None | Unset
        if isinstance(self.buyer_num, Unset):
            buyer_num = UNSET
        else:
            buyer_num = self.buyer_num

        sold_out: int | None | Unset
        if isinstance(self.sold_out, Unset):
            sold_out = UNSET
        else:
            sold_out = self.sold_out

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if item_id is not UNSET:
            field_dict["itemId"] = item_id
        if title is not UNSET:
            field_dict["title"] = title
        if translate_title is not UNSET:
            field_dict["translateTitle"] = translate_title
        if img_url is not UNSET:
            field_dict["imgUrl"] = img_url
        if sort is not UNSET:
            field_dict["sort"] = sort
        if service_list is not UNSET:
            field_dict["serviceList"] = service_list
        if buyer_num is not UNSET:
            field_dict["buyerNum"] = buyer_num
        if sold_out is not UNSET:
            field_dict["soldOut"] = sold_out

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
        item_id: int | None | str | Unset = d.pop("itemId", UNSET)

        title: None | str | Unset = d.pop("title", UNSET)

        translate_title: None | str | Unset = d.pop("translateTitle", UNSET)

        img_url: None | str | Unset = d.pop("imgUrl", UNSET)

        sort: int | None | Unset = d.pop("sort", UNSET)

        def _parse_service_list(data: object) -> list[str] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                service_list_type_0 = cast(list[str], data)

                return service_list_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[str] | None | Unset, data)

        service_list = _parse_service_list(d.pop("serviceList", UNSET))

        buyer_num: int | None | Unset = d.pop("buyerNum", UNSET)

        sold_out: int | None | Unset = d.pop("soldOut", UNSET)

        alibaba_hot_list_product = cls(
            item_id=item_id,
            title=title,
            translate_title=translate_title,
            img_url=img_url,
            sort=sort,
            service_list=service_list,
            buyer_num=buyer_num,
            sold_out=sold_out,
        )

        alibaba_hot_list_product.additional_properties = d
        return alibaba_hot_list_product

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
