from __future__ import annotations

from collections.abc import Iterator, Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, model_to_json, set_fields_repr

T = TypeVar("T", bound="AlibabaSellerDataInfo")


@_attrs_define
class AlibabaSellerDataInfo:
    """Seller scores, as strings.

    Attributes:
        trade_medal_level (None | str | Unset): Trade medal level.
        composite_service_score (None | str | Unset): Overall service score.
        logistics_experience_score (None | str | Unset): Logistics score.
        dispute_complaint_score (None | str | Unset): Dispute and complaint score.
        offer_experience_score (None | str | Unset): Product experience score.
        consulting_experience_score (None | str | Unset): Consulting (chat) experience score.
    """

    trade_medal_level: None | str | Unset = UNSET
    composite_service_score: None | str | Unset = UNSET
    logistics_experience_score: None | str | Unset = UNSET
    dispute_complaint_score: None | str | Unset = UNSET
    offer_experience_score: None | str | Unset = UNSET
    consulting_experience_score: None | str | Unset = UNSET
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
        trade_medal_level: None | str | Unset
        if isinstance(self.trade_medal_level, Unset):
            trade_medal_level = UNSET
        else:
            trade_medal_level = self.trade_medal_level

        composite_service_score: None | str | Unset
        if isinstance(self.composite_service_score, Unset):
            composite_service_score = UNSET
        else:
            composite_service_score = self.composite_service_score

        logistics_experience_score: None | str | Unset
        if isinstance(self.logistics_experience_score, Unset):
            logistics_experience_score = UNSET
        else:
            logistics_experience_score = self.logistics_experience_score

        dispute_complaint_score: None | str | Unset
        if isinstance(self.dispute_complaint_score, Unset):
            dispute_complaint_score = UNSET
        else:
            dispute_complaint_score = self.dispute_complaint_score

        offer_experience_score: None | str | Unset
        if isinstance(self.offer_experience_score, Unset):
            offer_experience_score = UNSET
        else:
            offer_experience_score = self.offer_experience_score

        consulting_experience_score: None | str | Unset
        if isinstance(self.consulting_experience_score, Unset):
            consulting_experience_score = UNSET
        else:
            consulting_experience_score = self.consulting_experience_score

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if trade_medal_level is not UNSET:
            field_dict["tradeMedalLevel"] = trade_medal_level
        if composite_service_score is not UNSET:
            field_dict["compositeServiceScore"] = composite_service_score
        if logistics_experience_score is not UNSET:
            field_dict["logisticsExperienceScore"] = logistics_experience_score
        if dispute_complaint_score is not UNSET:
            field_dict["disputeComplaintScore"] = dispute_complaint_score
        if offer_experience_score is not UNSET:
            field_dict["offerExperienceScore"] = offer_experience_score
        if consulting_experience_score is not UNSET:
            field_dict["consultingExperienceScore"] = consulting_experience_score

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
        trade_medal_level: None | str | Unset = d.pop("tradeMedalLevel", UNSET)

        composite_service_score: None | str | Unset = d.pop(
            "compositeServiceScore", UNSET
        )

        logistics_experience_score: None | str | Unset = d.pop(
            "logisticsExperienceScore", UNSET
        )

        dispute_complaint_score: None | str | Unset = d.pop(
            "disputeComplaintScore", UNSET
        )

        offer_experience_score: None | str | Unset = d.pop(
            "offerExperienceScore", UNSET
        )

        consulting_experience_score: None | str | Unset = d.pop(
            "consultingExperienceScore", UNSET
        )

        alibaba_seller_data_info = cls(
            trade_medal_level=trade_medal_level,
            composite_service_score=composite_service_score,
            logistics_experience_score=logistics_experience_score,
            dispute_complaint_score=dispute_complaint_score,
            offer_experience_score=offer_experience_score,
            consulting_experience_score=consulting_experience_score,
        )

        alibaba_seller_data_info.additional_properties = d
        return alibaba_seller_data_info

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
