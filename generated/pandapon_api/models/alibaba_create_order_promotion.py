from __future__ import annotations

from collections.abc import Iterator, Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, model_to_json, set_fields_repr

T = TypeVar("T", bound="AlibabaCreateOrderPromotion")


@_attrs_define
class AlibabaCreateOrderPromotion:
    """
    Attributes:
        promotion_id (None | str | Unset): Promotion id.
        selected (bool | None | Unset): Whether it is selected by default.
        text (None | str | Unset): Short label.
        desc (None | str | Unset): Description.
        free_postage (bool | None | Unset): Whether it waives freight.
        discount_fee (float | None | Unset): Discount amount.
    """

    promotion_id: None | str | Unset = UNSET
    selected: bool | None | Unset = UNSET
    text: None | str | Unset = UNSET
    desc: None | str | Unset = UNSET
    free_postage: bool | None | Unset = UNSET
    discount_fee: float | None | Unset = UNSET
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
        promotion_id: None | str | Unset
        if isinstance(self.promotion_id, Unset):
            promotion_id = UNSET
        else:
            promotion_id = self.promotion_id

        selected: bool | None | Unset
        if isinstance(self.selected, Unset):
            selected = UNSET
        else:
            selected = self.selected

        text: None | str | Unset
        if isinstance(self.text, Unset):
            text = UNSET
        else:
            text = self.text

        desc: None | str | Unset
        if isinstance(self.desc, Unset):
            desc = UNSET
        else:
            desc = self.desc

        free_postage: bool | None | Unset
        if isinstance(self.free_postage, Unset):
            free_postage = UNSET
        else:
            free_postage = self.free_postage

        discount_fee: float | None | Unset
        if isinstance(self.discount_fee, Unset):
            discount_fee = UNSET
        else:
            discount_fee = self.discount_fee

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if promotion_id is not UNSET:
            field_dict["promotionId"] = promotion_id
        if selected is not UNSET:
            field_dict["selected"] = selected
        if text is not UNSET:
            field_dict["text"] = text
        if desc is not UNSET:
            field_dict["desc"] = desc
        if free_postage is not UNSET:
            field_dict["freePostage"] = free_postage
        if discount_fee is not UNSET:
            field_dict["discountFee"] = discount_fee

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
        promotion_id: None | str | Unset = d.pop("promotionId", UNSET)

        selected: bool | None | Unset = d.pop("selected", UNSET)

        text: None | str | Unset = d.pop("text", UNSET)

        desc: None | str | Unset = d.pop("desc", UNSET)

        free_postage: bool | None | Unset = d.pop("freePostage", UNSET)

        discount_fee: float | None | Unset = d.pop("discountFee", UNSET)

        alibaba_create_order_promotion = cls(
            promotion_id=promotion_id,
            selected=selected,
            text=text,
            desc=desc,
            free_postage=free_postage,
            discount_fee=discount_fee,
        )

        alibaba_create_order_promotion.additional_properties = d
        return alibaba_create_order_promotion

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
