from __future__ import annotations

from collections.abc import Iterator, Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, model_to_json, set_fields_repr, to_jsonable

T = TypeVar("T", bound="PnmLogisticsDetail")


@_attrs_define
class PnmLogisticsDetail:
    """One parcel (schema name as in the docs). The upstream model also has `goodsNumber`, `logisticsStatus` and
    `logisticsDesc`, which PandaPon's schema does not show.

        Attributes:
            mail_no (None | str | Unset): Waybill (tracking) number.
            logistics_traces (list[TaobaoLogisticsTrace] | None | Unset): Tracking events.
            logistics_partner (list[TaobaoLogisticsPartner] | None | Unset): Carrier information.
            receiver (None | TaobaoLogisticsReceiver | Unset): Receiver of the parcel.
            logistics_goods (list[TaobaoLogisticsGoods] | None | Unset): Goods in the parcel.
    """

    mail_no: None | str | Unset = UNSET
    logistics_traces: list[TaobaoLogisticsTrace] | None | Unset = UNSET
    logistics_partner: list[TaobaoLogisticsPartner] | None | Unset = UNSET
    receiver: None | TaobaoLogisticsReceiver | Unset = UNSET
    logistics_goods: list[TaobaoLogisticsGoods] | None | Unset = UNSET
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
        mail_no: None | str | Unset
        if isinstance(self.mail_no, Unset):
            mail_no = UNSET
        else:
            mail_no = self.mail_no

        logistics_traces: list[dict[str, Any]] | None | Unset
        if isinstance(self.logistics_traces, Unset):
            logistics_traces = UNSET
        elif isinstance(self.logistics_traces, list):
            logistics_traces = []
            for logistics_traces_type_0_item_data in self.logistics_traces:
                logistics_traces_type_0_item = to_jsonable(
                    logistics_traces_type_0_item_data
                )
                logistics_traces.append(logistics_traces_type_0_item)

        else:
            logistics_traces = self.logistics_traces

        logistics_partner: list[dict[str, Any]] | None | Unset
        if isinstance(self.logistics_partner, Unset):
            logistics_partner = UNSET
        elif isinstance(self.logistics_partner, list):
            logistics_partner = []
            for logistics_partner_type_0_item_data in self.logistics_partner:
                logistics_partner_type_0_item = to_jsonable(
                    logistics_partner_type_0_item_data
                )
                logistics_partner.append(logistics_partner_type_0_item)

        else:
            logistics_partner = self.logistics_partner

        receiver: dict[str, Any] | None | Unset
        if isinstance(self.receiver, Unset):
            receiver = UNSET
        elif isinstance(self.receiver, TaobaoLogisticsReceiver):
            receiver = to_jsonable(self.receiver)
        else:
            receiver = self.receiver

        logistics_goods: list[dict[str, Any]] | None | Unset
        if isinstance(self.logistics_goods, Unset):
            logistics_goods = UNSET
        elif isinstance(self.logistics_goods, list):
            logistics_goods = []
            for logistics_goods_type_0_item_data in self.logistics_goods:
                logistics_goods_type_0_item = to_jsonable(
                    logistics_goods_type_0_item_data
                )
                logistics_goods.append(logistics_goods_type_0_item)

        else:
            logistics_goods = self.logistics_goods

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if mail_no is not UNSET:
            field_dict["mailNo"] = mail_no
        if logistics_traces is not UNSET:
            field_dict["logisticsTraces"] = logistics_traces
        if logistics_partner is not UNSET:
            field_dict["logisticsPartner"] = logistics_partner
        if receiver is not UNSET:
            field_dict["receiver"] = receiver
        if logistics_goods is not UNSET:
            field_dict["logisticsGoods"] = logistics_goods

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
        mail_no: None | str | Unset = d.pop("mailNo", UNSET)

        def _parse_logistics_traces(
            data: object,
        ) -> list[TaobaoLogisticsTrace] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                logistics_traces_type_0 = []
                _logistics_traces_type_0 = data
                for logistics_traces_type_0_item_data in _logistics_traces_type_0:
                    logistics_traces_type_0_item = TaobaoLogisticsTrace.from_dict(
                        logistics_traces_type_0_item_data
                    )

                    logistics_traces_type_0.append(logistics_traces_type_0_item)

                return logistics_traces_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[TaobaoLogisticsTrace] | None | Unset, data)

        logistics_traces = _parse_logistics_traces(d.pop("logisticsTraces", UNSET))

        def _parse_logistics_partner(
            data: object,
        ) -> list[TaobaoLogisticsPartner] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                logistics_partner_type_0 = []
                _logistics_partner_type_0 = data
                for logistics_partner_type_0_item_data in _logistics_partner_type_0:
                    logistics_partner_type_0_item = TaobaoLogisticsPartner.from_dict(
                        logistics_partner_type_0_item_data
                    )

                    logistics_partner_type_0.append(logistics_partner_type_0_item)

                return logistics_partner_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[TaobaoLogisticsPartner] | None | Unset, data)

        logistics_partner = _parse_logistics_partner(d.pop("logisticsPartner", UNSET))

        def _parse_receiver(data: object) -> None | TaobaoLogisticsReceiver | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                receiver_type_0 = TaobaoLogisticsReceiver.from_dict(data)

                return receiver_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | TaobaoLogisticsReceiver | Unset, data)

        receiver = _parse_receiver(d.pop("receiver", UNSET))

        def _parse_logistics_goods(
            data: object,
        ) -> list[TaobaoLogisticsGoods] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                logistics_goods_type_0 = []
                _logistics_goods_type_0 = data
                for logistics_goods_type_0_item_data in _logistics_goods_type_0:
                    logistics_goods_type_0_item = TaobaoLogisticsGoods.from_dict(
                        logistics_goods_type_0_item_data
                    )

                    logistics_goods_type_0.append(logistics_goods_type_0_item)

                return logistics_goods_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[TaobaoLogisticsGoods] | None | Unset, data)

        logistics_goods = _parse_logistics_goods(d.pop("logisticsGoods", UNSET))

        pnm_logistics_detail = cls(
            mail_no=mail_no,
            logistics_traces=logistics_traces,
            logistics_partner=logistics_partner,
            receiver=receiver,
            logistics_goods=logistics_goods,
        )

        pnm_logistics_detail.additional_properties = d
        return pnm_logistics_detail

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
from ..models.taobao_logistics_goods import TaobaoLogisticsGoods
from ..models.taobao_logistics_partner import TaobaoLogisticsPartner
from ..models.taobao_logistics_receiver import TaobaoLogisticsReceiver
from ..models.taobao_logistics_trace import TaobaoLogisticsTrace
