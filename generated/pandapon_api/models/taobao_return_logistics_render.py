from __future__ import annotations

from collections.abc import Iterator, Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, model_to_json, set_fields_repr, to_jsonable

T = TypeVar("T", bound="TaobaoReturnLogisticsRender")


@_attrs_define
class TaobaoReturnLogisticsRender:
    """Inferred return-shipment form: the logistics fields of the refund aggregate plus the carriers the buyer may choose.

    Attributes:
        receiver_address (None | str | Unset): Address to send the goods back to.
        return_goods_desc (None | str | Unset): Notes on returning the goods.
        buyer_phone (None | str | Unset): Buyer's phone number.
        seller_agree_return_describe (None | str | Unset): Seller's note when accepting the return.
        logistics_companies (list[TaobaoRefundLogisticsCompany] | None | Unset): Carriers that may be used.
    """

    receiver_address: None | str | Unset = UNSET
    return_goods_desc: None | str | Unset = UNSET
    buyer_phone: None | str | Unset = UNSET
    seller_agree_return_describe: None | str | Unset = UNSET
    logistics_companies: list[TaobaoRefundLogisticsCompany] | None | Unset = UNSET
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
        receiver_address: None | str | Unset
        if isinstance(self.receiver_address, Unset):
            receiver_address = UNSET
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

        seller_agree_return_describe: None | str | Unset
        if isinstance(self.seller_agree_return_describe, Unset):
            seller_agree_return_describe = UNSET
        else:
            seller_agree_return_describe = self.seller_agree_return_describe

        logistics_companies: list[dict[str, Any]] | None | Unset
        if isinstance(self.logistics_companies, Unset):
            logistics_companies = UNSET
        elif isinstance(self.logistics_companies, list):
            logistics_companies = []
            for logistics_companies_type_0_item_data in self.logistics_companies:
                logistics_companies_type_0_item = to_jsonable(
                    logistics_companies_type_0_item_data
                )
                logistics_companies.append(logistics_companies_type_0_item)

        else:
            logistics_companies = self.logistics_companies

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if receiver_address is not UNSET:
            field_dict["receiverAddress"] = receiver_address
        if return_goods_desc is not UNSET:
            field_dict["returnGoodsDesc"] = return_goods_desc
        if buyer_phone is not UNSET:
            field_dict["buyerPhone"] = buyer_phone
        if seller_agree_return_describe is not UNSET:
            field_dict["sellerAgreeReturnDescribe"] = seller_agree_return_describe
        if logistics_companies is not UNSET:
            field_dict["logisticsCompanies"] = logistics_companies

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
        receiver_address: None | str | Unset = d.pop("receiverAddress", UNSET)

        return_goods_desc: None | str | Unset = d.pop("returnGoodsDesc", UNSET)

        buyer_phone: None | str | Unset = d.pop("buyerPhone", UNSET)

        seller_agree_return_describe: None | str | Unset = d.pop(
            "sellerAgreeReturnDescribe", UNSET
        )

        def _parse_logistics_companies(
            data: object,
        ) -> list[TaobaoRefundLogisticsCompany] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                logistics_companies_type_0 = []
                _logistics_companies_type_0 = data
                for logistics_companies_type_0_item_data in _logistics_companies_type_0:
                    logistics_companies_type_0_item = (
                        TaobaoRefundLogisticsCompany.from_dict(
                            logistics_companies_type_0_item_data
                        )
                    )

                    logistics_companies_type_0.append(logistics_companies_type_0_item)

                return logistics_companies_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[TaobaoRefundLogisticsCompany] | None | Unset, data)

        logistics_companies = _parse_logistics_companies(
            d.pop("logisticsCompanies", UNSET)
        )

        taobao_return_logistics_render = cls(
            receiver_address=receiver_address,
            return_goods_desc=return_goods_desc,
            buyer_phone=buyer_phone,
            seller_agree_return_describe=seller_agree_return_describe,
            logistics_companies=logistics_companies,
        )

        taobao_return_logistics_render.additional_properties = d
        return taobao_return_logistics_render

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
