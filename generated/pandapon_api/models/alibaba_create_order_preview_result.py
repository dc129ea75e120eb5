from __future__ import annotations

from collections.abc import Iterator, Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, model_to_json, set_fields_repr, to_jsonable

T = TypeVar("T", bound="AlibabaCreateOrderPreviewResult")


@_attrs_define
class AlibabaCreateOrderPreviewResult:
    """Preview of one resulting order. The page showed 14 fields, of which discountFee, tradeModeNameList and status were
    visible; the others are upstream's (which has exactly 14). Upstream amounts are in fen; PandaPon does not state the
    unit.

        Attributes:
            discount_fee (float | None | Unset): Extra reduction after the goods amount.
            trade_mode_name_list (list[str] | None | Unset): Trade modes usable as `tradeType` when creating the order.
            status (bool | None | Unset): Preview status of this order.
            tao_sample_single_promotion (bool | None | Unset): Single-item promotion flag (upstream; false means a promotion
                applies).
            sum_payment (float | None | Unset): Order total including freight.
            sum_carriage (float | None | Unset): Total freight.
            sum_payment_no_carriage (float | None | Unset): Goods total without freight.
            additional_fee (float | None | Unset): Surcharge.
            message (None | str | Unset): Message about this order.
            result_code (None | str | Unset): Result code for this order.
            flow_flag (None | str | Unset): Order flow chosen.
            cargo_list (list[AlibabaCreateOrderPreviewCargo] | None | Unset): Per-line result.
            shop_promotion_list (list[AlibabaCreateOrderPromotion] | None | Unset): Shop-level promotions; an id may be
                passed as `shopPromotionId`.
            trade_model_list (list[AlibabaCreateOrderTradeMode] | None | Unset): Trade modes with details.
    """

    discount_fee: float | None | Unset = UNSET
    trade_mode_name_list: list[str] | None | Unset = UNSET
    status: bool | None | Unset = UNSET
    tao_sample_single_promotion: bool | None | Unset = UNSET
    sum_payment: float | None | Unset = UNSET
    sum_carriage: float | None | Unset = UNSET
    sum_payment_no_carriage: float | None | Unset = UNSET
    additional_fee: float | None | Unset = UNSET
    message: None | str | Unset = UNSET
    result_code: None | str | Unset = UNSET
    flow_flag: None | str | Unset = UNSET
    cargo_list: list[AlibabaCreateOrderPreviewCargo] | None | Unset = UNSET
    shop_promotion_list: list[AlibabaCreateOrderPromotion] | None | Unset = UNSET
    trade_model_list: list[AlibabaCreateOrderTradeMode] | None | Unset = UNSET
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
        discount_fee: float | None | Unset
        if isinstance(self.discount_fee, Unset):
            discount_fee = UNSET
        else:
            discount_fee = self.discount_fee

        trade_mode_name_list: list[str] | None | Unset
        if isinstance(self.trade_mode_name_list, Unset):
            trade_mode_name_list = UNSET
        elif isinstance(self.trade_mode_name_list, list):
            trade_mode_name_list = self.trade_mode_name_list

        else:
            trade_mode_name_list = self.trade_mode_name_list

        status: bool | None | Unset
        if isinstance(self.status, Unset):
            status = UNSET
        else:
            status = self.status

        tao_sample_single_promotion: bool | None | Unset
        if isinstance(self.tao_sample_single_promotion, Unset):
            tao_sample_single_promotion = UNSET
        else:
            tao_sample_single_promotion = self.tao_sample_single_promotion

        sum_payment: float | None | Unset
        if isinstance(self.sum_payment, Unset):
            sum_payment = UNSET
        else:
            sum_payment = self.sum_payment

        sum_carriage: float | None | Unset
        if isinstance(self.sum_carriage, Unset):
            sum_carriage = UNSET
        else:
            sum_carriage = self.sum_carriage

        sum_payment_no_carriage: float | None | Unset
        if isinstance(self.sum_payment_no_carriage, Unset):
            sum_payment_no_carriage = UNSET
        else:
            sum_payment_no_carriage = self.sum_payment_no_carriage

        additional_fee: float | None | Unset
        if isinstance(self.additional_fee, Unset):
            additional_fee = UNSET
        else:
            additional_fee = self.additional_fee

        message: None | str | Unset
        if isinstance(self.message, Unset):
            message = UNSET
        else:
            message = self.message

        result_code: None | str | Unset
        if isinstance(self.result_code, Unset):
            result_code = UNSET
        else:
            result_code = self.result_code

        flow_flag: None | str | Unset
        if isinstance(self.flow_flag, Unset):
            flow_flag = UNSET
        else:
            flow_flag = self.flow_flag

        cargo_list: list[dict[str, Any]] | None | Unset
        if isinstance(self.cargo_list, Unset):
            cargo_list = UNSET
        elif isinstance(self.cargo_list, list):
            cargo_list = []
            for cargo_list_type_0_item_data in self.cargo_list:
                cargo_list_type_0_item = to_jsonable(cargo_list_type_0_item_data)
                cargo_list.append(cargo_list_type_0_item)

        else:
            cargo_list = self.cargo_list

        shop_promotion_list: list[dict[str, Any]] | None | Unset
        if isinstance(self.shop_promotion_list, Unset):
            shop_promotion_list = UNSET
        elif isinstance(self.shop_promotion_list, list):
            shop_promotion_list = []
            for shop_promotion_list_type_0_item_data in self.shop_promotion_list:
                shop_promotion_list_type_0_item = to_jsonable(
                    shop_promotion_list_type_0_item_data
                )
                shop_promotion_list.append(shop_promotion_list_type_0_item)

        else:
            shop_promotion_list = self.shop_promotion_list

        trade_model_list: list[dict[str, Any]] | None | Unset
        if isinstance(self.trade_model_list, Unset):
            trade_model_list = UNSET
        elif isinstance(self.trade_model_list, list):
            trade_model_list = []
            for trade_model_list_type_0_item_data in self.trade_model_list:
                trade_model_list_type_0_item = to_jsonable(
                    trade_model_list_type_0_item_data
                )
                trade_model_list.append(trade_model_list_type_0_item)

        else:
            trade_model_list = self.trade_model_list

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if discount_fee is not UNSET:
            field_dict["discountFee"] = discount_fee
        if trade_mode_name_list is not UNSET:
            field_dict["tradeModeNameList"] = trade_mode_name_list
        if status is not UNSET:
            field_dict["status"] = status
        if tao_sample_single_promotion is not UNSET:
            field_dict["taoSampleSinglePromotion"] = tao_sample_single_promotion
        if sum_payment is not UNSET:
            field_dict["sumPayment"] = sum_payment
        if sum_carriage is not UNSET:
            field_dict["sumCarriage"] = sum_carriage
        if sum_payment_no_carriage is not UNSET:
            field_dict["sumPaymentNoCarriage"] = sum_payment_no_carriage
        if additional_fee is not UNSET:
            field_dict["additionalFee"] = additional_fee
        if message is not UNSET:
            field_dict["message"] = message
        if result_code is not UNSET:
            field_dict["resultCode"] = result_code
        if flow_flag is not UNSET:
            field_dict["flowFlag"] = flow_flag
        if cargo_list is not UNSET:
            field_dict["cargoList"] = cargo_list
        if shop_promotion_list is not UNSET:
            field_dict["shopPromotionList"] = shop_promotion_list
        if trade_model_list is not UNSET:
            field_dict["tradeModelList"] = trade_model_list

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
        discount_fee: float | None | Unset = d.pop("discountFee", UNSET)

        def _parse_trade_mode_name_list(data: object) -> list[str] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                trade_mode_name_list_type_0 = cast(list[str], data)

                return trade_mode_name_list_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[str] | None | Unset, data)

        trade_mode_name_list = _parse_trade_mode_name_list(
            d.pop("tradeModeNameList", UNSET)
        )

        status: bool | None | Unset = d.pop("status", UNSET)

        tao_sample_single_promotion: bool | None | Unset = d.pop(
            "taoSampleSinglePromotion", UNSET
        )

        sum_payment: float | None | Unset = d.pop("sumPayment", UNSET)

        sum_carriage: float | None | Unset = d.pop("sumCarriage", UNSET)

        sum_payment_no_carriage: float | None | Unset = d.pop(
            "sumPaymentNoCarriage", UNSET
        )

        additional_fee: float | None | Unset = d.pop("additionalFee", UNSET)

        message: None | str | Unset = d.pop("message", UNSET)

        result_code: None | str | Unset = d.pop("resultCode", UNSET)

        flow_flag: None | str | Unset = d.pop("flowFlag", UNSET)

        def _parse_cargo_list(
            data: object,
        ) -> list[AlibabaCreateOrderPreviewCargo] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                cargo_list_type_0 = []
                _cargo_list_type_0 = data
                for cargo_list_type_0_item_data in _cargo_list_type_0:
                    cargo_list_type_0_item = AlibabaCreateOrderPreviewCargo.from_dict(
                        cargo_list_type_0_item_data
                    )

                    cargo_list_type_0.append(cargo_list_type_0_item)

                return cargo_list_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[AlibabaCreateOrderPreviewCargo] | None | Unset, data)

        cargo_list = _parse_cargo_list(d.pop("cargoList", UNSET))

        def _parse_shop_promotion_list(
            data: object,
        ) -> list[AlibabaCreateOrderPromotion] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                shop_promotion_list_type_0 = []
                _shop_promotion_list_type_0 = data
                for shop_promotion_list_type_0_item_data in _shop_promotion_list_type_0:
                    shop_promotion_list_type_0_item = (
                        AlibabaCreateOrderPromotion.from_dict(
                            shop_promotion_list_type_0_item_data
                        )
                    )

                    shop_promotion_list_type_0.append(shop_promotion_list_type_0_item)

                return shop_promotion_list_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[AlibabaCreateOrderPromotion] | None | Unset, data)

        shop_promotion_list = _parse_shop_promotion_list(
            d.pop("shopPromotionList", UNSET)
        )

        def _parse_trade_model_list(
            data: object,
        ) -> list[AlibabaCreateOrderTradeMode] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                trade_model_list_type_0 = []
                _trade_model_list_type_0 = data
                for trade_model_list_type_0_item_data in _trade_model_list_type_0:
                    trade_model_list_type_0_item = (
                        AlibabaCreateOrderTradeMode.from_dict(
                            trade_model_list_type_0_item_data
                        )
                    )

                    trade_model_list_type_0.append(trade_model_list_type_0_item)

                return trade_model_list_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[AlibabaCreateOrderTradeMode] | None | Unset, data)

        trade_model_list = _parse_trade_model_list(d.pop("tradeModelList", UNSET))

        alibaba_create_order_preview_result = cls(
            discount_fee=discount_fee,
            trade_mode_name_list=trade_mode_name_list,
            status=status,
            tao_sample_single_promotion=tao_sample_single_promotion,
            sum_payment=sum_payment,
            sum_carriage=sum_carriage,
            sum_payment_no_carriage=sum_payment_no_carriage,
            additional_fee=additional_fee,
            message=message,
            result_code=result_code,
            flow_flag=flow_flag,
            cargo_list=cargo_list,
            shop_promotion_list=shop_promotion_list,
            trade_model_list=trade_model_list,
        )

        alibaba_create_order_preview_result.additional_properties = d
        return alibaba_create_order_preview_result

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
from ..models.alibaba_create_order_preview_cargo import AlibabaCreateOrderPreviewCargo
from ..models.alibaba_create_order_promotion import AlibabaCreateOrderPromotion
from ..models.alibaba_create_order_trade_mode import AlibabaCreateOrderTradeMode
