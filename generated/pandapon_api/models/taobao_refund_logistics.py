from __future__ import annotations

from collections.abc import Iterator, Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, model_to_json, set_fields_repr, to_jsonable

T = TypeVar("T", bound="TaobaoRefundLogistics")


@_attrs_define
class TaobaoRefundLogistics:
    """Return-logistics part of the refund aggregate.

    Attributes:
        receiver_address (None | str | TaobaoRefundReceiverAddress | Unset): Address the goods go back to: a string in
            the v2 example, an object (receiver, phone, detailed address) in the older generation's example; either is read.
        return_goods_desc (None | str | Unset): Notes on returning the goods.
        buyer_phone (None | str | Unset): Buyer's phone number.
        logistics_company (None | TaobaoRefundLogisticsCompany | Unset):
        seller_agree_return_describe (None | str | Unset): Seller's note when accepting the return.
        logistics_no (None | str | Unset): Waybill number of the return parcel. Not in the v2 example (five keys); the
            older generation's cancel page shows it in its (generated) example, as does upstream.
    """

    receiver_address: None | str | TaobaoRefundReceiverAddress | Unset = UNSET
    return_goods_desc: None | str | Unset = UNSET
    buyer_phone: None | str | Unset = UNSET
    logistics_company: None | TaobaoRefundLogisticsCompany | Unset = UNSET
    seller_agree_return_describe: None | str | Unset = UNSET
    logistics_no: None | str | Unset = UNSET
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
        receiver_address: dict[str, Any] | None | str | Unset
        if isinstance(self.receiver_address, Unset):
            receiver_address = UNSET
        elif isinstance(self.receiver_address, TaobaoRefundReceiverAddress):
            receiver_address = to_jsonable(self.receiver_address)
        else:
            receiver_address = self.receiver_address

        return_goods_desc: None | str | Unset
        if isinstance(self.return_goods_desc, Unset):
            return_goods_desc = UNSET
        else:
            return_goods_desc = self.return_goods_desc

        buyer_phone: None | str | Unset
        if isinstance(self.buyer_phone, Unset):
            buyer_phone = UNSET
        else:
            buyer_phone = self.buyer_phone

        logistics_company: dict[str, Any] | None | Unset
        if isinstance(self.logistics_company, Unset):
            logistics_company = UNSET
        elif isinstance(self.logistics_company, TaobaoRefundLogisticsCompany):
            logistics_company = to_jsonable(self.logistics_company)
        else:
            logistics_company = self.logistics_company

        seller_agree_return_describe: None | str | Unset
        if isinstance(self.seller_agree_return_describe, Unset):
            seller_agree_return_describe = UNSET
        else:
            seller_agree_return_describe = self.seller_agree_return_describe

        logistics_no: None | str | Unset
        if isinstance(self.logistics_no, Unset):
            logistics_no = UNSET
        else:
            logistics_no = self.logistics_no

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if receiver_address is not UNSET:
            field_dict["receiverAddress"] = receiver_address
        if return_goods_desc is not UNSET:
            field_dict["returnGoodsDesc"] = return_goods_desc
        if buyer_phone is not UNSET:
            field_dict["buyerPhone"] = buyer_phone
        if logistics_company is not UNSET:
            field_dict["logisticsCompany"] = logistics_company
        if seller_agree_return_describe is not UNSET:
            field_dict["sellerAgreeReturnDescribe"] = seller_agree_return_describe
        if logistics_no is not UNSET:
            field_dict["logisticsNo"] = logistics_no

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

        def _parse_receiver_address(
            data: object,
        ) -> None | str | TaobaoRefundReceiverAddress | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                receiver_address_type_1 = TaobaoRefundReceiverAddress.from_dict(data)

                return receiver_address_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | str | TaobaoRefundReceiverAddress | Unset, data)

        receiver_address = _parse_receiver_address(d.pop("receiverAddress", UNSET))

        return_goods_desc: None | str | Unset = d.pop("returnGoodsDesc", UNSET)

        buyer_phone: None | str | Unset = d.pop("buyerPhone", UNSET)

        def _parse_logistics_company(
            data: object,
        ) -> None | TaobaoRefundLogisticsCompany | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                logistics_company_type_0 = TaobaoRefundLogisticsCompany.from_dict(data)

                return logistics_company_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | TaobaoRefundLogisticsCompany | Unset, data)

        logistics_company = _parse_logistics_company(d.pop("logisticsCompany", UNSET))

        seller_agree_return_describe: None | str | Unset = d.pop(
            "sellerAgreeReturnDescribe", UNSET
        )

        logistics_no: None | str | Unset = d.pop("logisticsNo", UNSET)

        taobao_refund_logistics = cls(
            receiver_address=receiver_address,
            return_goods_desc=return_goods_desc,
            buyer_phone=buyer_phone,
            logistics_company=logistics_company,
            seller_agree_return_describe=seller_agree_return_describe,
            logistics_no=logistics_no,
        )

        taobao_refund_logistics.additional_properties = d
        return taobao_refund_logistics

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
from ..models.taobao_refund_logistics_company import TaobaoRefundLogisticsCompany
from ..models.taobao_refund_receiver_address import TaobaoRefundReceiverAddress
