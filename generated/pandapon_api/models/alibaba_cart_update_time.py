from __future__ import annotations

from collections.abc import Iterator, Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, model_to_json, set_fields_repr, to_jsonable

T = TypeVar("T", bound="AlibabaCartUpdateTime")


@_attrs_define
class AlibabaCartUpdateTime:
    """The date object as the older page shows it (internal fields of a Java date type).

    Attributes:
        mutable (bool | None | Unset): Internal flag of the date type.
        first_day_of_week (None | str | Unset): First day of the week (SUNDAY to SATURDAY).
        time_zone (AlibabaCartTimeZone | None | Unset): Time zone of the date.
        minimal_days_in_first_week (int | None | Unset): Internal setting of the date type.
    """

    mutable: bool | None | Unset = UNSET
    first_day_of_week: None | str | Unset = UNSET
    time_zone: AlibabaCartTimeZone | None | Unset = UNSET
    minimal_days_in_first_week: int | None | Unset = UNSET
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
        mutable: bool | None | Unset
        if isinstance(self.mutable, Unset):
            mutable = UNSET
        else:
            mutable = self.mutable

        first_day_of_week: None | str | Unset
        if isinstance(self.first_day_of_week, Unset):
            first_day_of_week = UNSET
        else:
            first_day_of_week = self.first_day_of_week

        time_zone: dict[str, Any] | None | Unset
        if isinstance(self.time_zone, Unset):
            time_zone = UNSET
        elif isinstance(self.time_zone, AlibabaCartTimeZone):
            time_zone = to_jsonable(self.time_zone)
        else:
            time_zone = self.time_zone

        minimal_days_in_first_week: int | None | Unset
        if isinstance(self.minimal_days_in_first_week, Unset):
            minimal_days_in_first_week = UNSET
        else:
            minimal_days_in_first_week = self.minimal_days_in_first_week

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if mutable is not UNSET:
            field_dict["mutable"] = mutable
        if first_day_of_week is not UNSET:
            field_dict["firstDayOfWeek"] = first_day_of_week
        if time_zone is not UNSET:
            field_dict["timeZone"] = time_zone
        if minimal_days_in_first_week is not UNSET:
            field_dict["minimalDaysInFirstWeek"] = minimal_days_in_first_week

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
        mutable: bool | None | Unset = d.pop("mutable", UNSET)

        first_day_of_week: None | str | Unset = d.pop("firstDayOfWeek", UNSET)

        def _parse_time_zone(data: object) -> AlibabaCartTimeZone | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                time_zone_type_0 = AlibabaCartTimeZone.from_dict(data)

                return time_zone_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(AlibabaCartTimeZone | None | Unset, data)

        time_zone = _parse_time_zone(d.pop("timeZone", UNSET))

        minimal_days_in_first_week: int | None | Unset = d.pop(
            "minimalDaysInFirstWeek", UNSET
        )

        alibaba_cart_update_time = cls(
            mutable=mutable,
            first_day_of_week=first_day_of_week,
            time_zone=time_zone,
            minimal_days_in_first_week=minimal_days_in_first_week,
        )

        alibaba_cart_update_time.additional_properties = d
        return alibaba_cart_update_time

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
from ..models.alibaba_cart_time_zone import AlibabaCartTimeZone
