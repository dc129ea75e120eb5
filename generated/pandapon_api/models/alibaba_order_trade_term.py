from __future__ import annotations

from collections.abc import Iterator, Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, model_to_json, set_fields_repr

T = TypeVar("T", bound="AlibabaOrderTradeTerm")


@_attrs_define
class AlibabaOrderTradeTerm:
    """One payment term (phase) of a 1688 order. The PandaPon page showed 10 fields but not their names; upstream's nine
    are listed.

        Attributes:
            pay_status (None | str | Unset): Payment status: "1" unpaid, "2" paid, "4" fully refunded, "6" seller received,
                "8" cancelled before payment, "9" paying, …
            pay_time (None | str | Unset): Payment time.
            pay_way (None | str | Unset): Payment method code, e.g. "1" Alipay, "4" bank transfer, "7" account period.
            phas_amount (float | None | Unset): Amount of this phase (upstream spelling).
            phase (int | None | Unset): Phase number.
            phase_condition (None | str | Unset): Condition of this phase.
            phase_date (None | str | Unset): Date of this phase.
            card_pay (bool | None | Unset): Whether paid by card.
            express_pay (bool | None | Unset): Whether express payment was used.
    """

    pay_status: None | str | Unset = UNSET
    pay_time: None | str | Unset = UNSET
    pay_way: None | str | Unset = UNSET
    phas_amount: float | None | Unset = UNSET
    phase: int | None | Unset = UNSET
    phase_condition: None | str | Unset = UNSET
    phase_date: None | str | Unset = UNSET
    card_pay: bool | None | Unset = UNSET
    express_pay: bool | None | Unset = UNSET
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
        pay_status: None | str | Unset
        if isinstance(self.pay_status, Unset):
            pay_status = UNSET
        else:
            pay_status = self.pay_status

        pay_time: None | str | Unset
        if isinstance(self.pay_time, Unset):
            pay_time = UNSET
        else:
            pay_time = self.pay_time

        pay_way: None | str | Unset
        if isinstance(self.pay_way, Unset):
            pay_way = UNSET
        else:
            pay_way = self.pay_way

        phas_amount: float | None | Unset
        if isinstance(self.phas_amount, Unset):
            phas_amount = UNSET
        else:
            phas_amount = self.phas_amount

        phase: int | None | Unset
        if isinstance(self.phase, Unset):
            phase = UNSET
        else:
            phase = self.phase

        phase_condition: None | str | Unset
        if isinstance(self.phase_condition, Unset):
            phase_condition = UNSET
        else:
            phase_condition = self.phase_condition

        phase_date: None | str | Unset
        if isinstance(self.phase_date, Unset):
            phase_date = UNSET
        else:
            phase_date = self.phase_date

        card_pay: bool | None | Unset
        if isinstance(self.card_pay, Unset):
            card_pay = UNSET
        else:
            card_pay = self.card_pay

        express_pay: bool | None | Unset
        if isinstance(self.express_pay, Unset):
            express_pay = UNSET
        else:
            express_pay = self.express_pay

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if pay_status is not UNSET:
            field_dict["payStatus"] = pay_status
        if pay_time is not UNSET:
            field_dict["payTime"] = pay_time
        if pay_way is not UNSET:
            field_dict["payWay"] = pay_way
        if phas_amount is not UNSET:
            field_dict["phasAmount"] = phas_amount
        if phase is not UNSET:
            field_dict["phase"] = phase
        if phase_condition is not UNSET:
            field_dict["phaseCondition"] = phase_condition
        if phase_date is not UNSET:
            field_dict["phaseDate"] = phase_date
        if card_pay is not UNSET:
            field_dict["cardPay"] = card_pay
        if express_pay is not UNSET:
            field_dict["expressPay"] = express_pay

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
        pay_status: None | str | Unset = d.pop("payStatus", UNSET)

        pay_time: None | str | Unset = d.pop("payTime", UNSET)

        pay_way: None | str | Unset = d.pop("payWay", UNSET)

        phas_amount: float | None | Unset = d.pop("phasAmount", UNSET)

        phase: int | None | Unset = d.pop("phase", UNSET)

        phase_condition: None | str | Unset = d.pop("phaseCondition", UNSET)

        phase_date: None | str | Unset = d.pop("phaseDate", UNSET)

        card_pay: bool | None | Unset = d.pop("cardPay", UNSET)

        express_pay: bool | None | Unset = d.pop("expressPay", UNSET)

        alibaba_order_trade_term = cls(
            pay_status=pay_status,
            pay_time=pay_time,
            pay_way=pay_way,
            phas_amount=phas_amount,
            phase=phase,
            phase_condition=phase_condition,
            phase_date=phase_date,
            card_pay=card_pay,
            express_pay=express_pay,
        )

        alibaba_order_trade_term.additional_properties = d
        return alibaba_order_trade_term

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
