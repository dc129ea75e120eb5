from __future__ import annotations

from collections.abc import Iterator, Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, model_to_json, set_fields_repr, to_jsonable

T = TypeVar("T", bound="AlibabaOrderBizInfo")


@_attrs_define
class AlibabaOrderBizInfo:
    """
    Attributes:
        ods_cyd (bool | None | Unset): Upstream flag (not explained).
        account_period_time (None | str | Unset): Account-period (credit terms) time.
        credit_order (bool | None | Unset): Whether this is a credit order.
        credit_order_detail (AlibabaOrderBizInfoCreditOrderDetailType0 | None | Unset): Credit order details.
        pre_order_info (AlibabaOrderBizInfoPreOrderInfoType0 | None | Unset): Pre-order information.
        lst_order_info (AlibabaOrderBizInfoLstOrderInfoType0 | None | Unset): Lingshoutong order information.
    """

    ods_cyd: bool | None | Unset = UNSET
    account_period_time: None | str | Unset = UNSET
    credit_order: bool | None | Unset = UNSET
    credit_order_detail: AlibabaOrderBizInfoCreditOrderDetailType0 | None | Unset = (
        UNSET
    )
    pre_order_info: AlibabaOrderBizInfoPreOrderInfoType0 | None | Unset = UNSET
    lst_order_info: AlibabaOrderBizInfoLstOrderInfoType0 | None | Unset = UNSET
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
        ods_cyd: bool | None | Unset
        if isinstance(self.ods_cyd, Unset):
            ods_cyd = UNSET
        else:
            ods_cyd = self.ods_cyd

        account_period_time: None | str | Unset
        if isinstance(self.account_period_time, Unset):
            account_period_time = UNSET
        else:
            account_period_time = self.account_period_time

        credit_order: bool | None | Unset
        if isinstance(self.credit_order, Unset):
            credit_order = UNSET
        else:
            credit_order = self.credit_order

        credit_order_detail: dict[str, Any] | None | Unset
        if isinstance(self.credit_order_detail, Unset):
            credit_order_detail = UNSET
        elif isinstance(
            self.credit_order_detail, AlibabaOrderBizInfoCreditOrderDetailType0
        ):
            credit_order_detail = to_jsonable(self.credit_order_detail)
        else:
            credit_order_detail = self.credit_order_detail

        pre_order_info: dict[str, Any] | None | Unset
        if isinstance(self.pre_order_info, Unset):
            pre_order_info = UNSET
        elif isinstance(self.pre_order_info, AlibabaOrderBizInfoPreOrderInfoType0):
            pre_order_info = to_jsonable(self.pre_order_info)
        else:
            pre_order_info = self.pre_order_info

        lst_order_info: dict[str, Any] | None | Unset
        if isinstance(self.lst_order_info, Unset):
            lst_order_info = UNSET
        elif isinstance(self.lst_order_info, AlibabaOrderBizInfoLstOrderInfoType0):
            lst_order_info = to_jsonable(self.lst_order_info)
        else:
            lst_order_info = self.lst_order_info

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if ods_cyd is not UNSET:
            field_dict["odsCyd"] = ods_cyd
        if account_period_time is not UNSET:
            field_dict["accountPeriodTime"] = account_period_time
        if credit_order is not UNSET:
            field_dict["creditOrder"] = credit_order
        if credit_order_detail is not UNSET:
            field_dict["creditOrderDetail"] = credit_order_detail
        if pre_order_info is not UNSET:
            field_dict["preOrderInfo"] = pre_order_info
        if lst_order_info is not UNSET:
            field_dict["lstOrderInfo"] = lst_order_info

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
        ods_cyd: bool | None | Unset = d.pop("odsCyd", UNSET)

        account_period_time: None | str | Unset = d.pop("accountPeriodTime", UNSET)

        credit_order: bool | None | Unset = d.pop("creditOrder", UNSET)

        def _parse_credit_order_detail(
            data: object,
        ) -> AlibabaOrderBizInfoCreditOrderDetailType0 | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                credit_order_detail_type_0 = (
                    AlibabaOrderBizInfoCreditOrderDetailType0.from_dict(data)
                )

                return credit_order_detail_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(AlibabaOrderBizInfoCreditOrderDetailType0 | None | Unset, data)

        credit_order_detail = _parse_credit_order_detail(
            d.pop("creditOrderDetail", UNSET)
        )

        def _parse_pre_order_info(
            data: object,
        ) -> AlibabaOrderBizInfoPreOrderInfoType0 | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                pre_order_info_type_0 = AlibabaOrderBizInfoPreOrderInfoType0.from_dict(
                    data
                )

                return pre_order_info_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(AlibabaOrderBizInfoPreOrderInfoType0 | None | Unset, data)

        pre_order_info = _parse_pre_order_info(d.pop("preOrderInfo", UNSET))

        def _parse_lst_order_info(
            data: object,
        ) -> AlibabaOrderBizInfoLstOrderInfoType0 | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                lst_order_info_type_0 = AlibabaOrderBizInfoLstOrderInfoType0.from_dict(
                    data
                )

                return lst_order_info_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(AlibabaOrderBizInfoLstOrderInfoType0 | None | Unset, data)

        lst_order_info = _parse_lst_order_info(d.pop("lstOrderInfo", UNSET))

        alibaba_order_biz_info = cls(
            ods_cyd=ods_cyd,
            account_period_time=account_period_time,
            credit_order=credit_order,
            credit_order_detail=credit_order_detail,
            pre_order_info=pre_order_info,
            lst_order_info=lst_order_info,
        )

        alibaba_order_biz_info.additional_properties = d
        return alibaba_order_biz_info

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
from ..models.alibaba_order_biz_info_credit_order_detail_type_0 import (
    AlibabaOrderBizInfoCreditOrderDetailType0,
)
from ..models.alibaba_order_biz_info_lst_order_info_type_0 import (
    AlibabaOrderBizInfoLstOrderInfoType0,
)
from ..models.alibaba_order_biz_info_pre_order_info_type_0 import (
    AlibabaOrderBizInfoPreOrderInfoType0,
)
