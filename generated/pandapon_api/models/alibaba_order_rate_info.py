from __future__ import annotations

from collections.abc import Iterator, Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, model_to_json, set_fields_repr, to_jsonable

T = TypeVar("T", bound="AlibabaOrderRateInfo")


@_attrs_define
class AlibabaOrderRateInfo:
    """
    Attributes:
        buyer_rate_status (int | None | Unset): Buyer rating status: 4 rated, 5 not rated, 6 no rating needed.
        seller_rate_status (int | None | Unset): Seller rating status (same codes).
        buyer_rate_list (list[AlibabaOrderRateInfoBuyerRateListType0Item] | None | Unset): Ratings given by the buyer.
        seller_rate_list (list[AlibabaOrderRateInfoSellerRateListType0Item] | None | Unset): Ratings given by the
            seller.
    """

    buyer_rate_status: int | None | Unset = UNSET
    seller_rate_status: int | None | Unset = UNSET
    buyer_rate_list: list[AlibabaOrderRateInfoBuyerRateListType0Item] | None | Unset = (
        UNSET
    )
    seller_rate_list: (
        list[AlibabaOrderRateInfoSellerRateListType0Item] | None | Unset
    ) = UNSET
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
        buyer_rate_status: int | None | Unset
        if isinstance(self.buyer_rate_status, Unset):
            buyer_rate_status = UNSET
        else:
            buyer_rate_status = self.buyer_rate_status

        seller_rate_status: int | None | Unset
        if isinstance(self.seller_rate_status, Unset):
            seller_rate_status = UNSET
        else:
            seller_rate_status = self.seller_rate_status

        buyer_rate_list: list[dict[str, Any]] | None | Unset
        if isinstance(self.buyer_rate_list, Unset):
            buyer_rate_list = UNSET
        elif isinstance(self.buyer_rate_list, list):
            buyer_rate_list = []
            for buyer_rate_list_type_0_item_data in self.buyer_rate_list:
                buyer_rate_list_type_0_item = to_jsonable(
                    buyer_rate_list_type_0_item_data
                )
                buyer_rate_list.append(buyer_rate_list_type_0_item)

        else:
            buyer_rate_list = self.buyer_rate_list

        seller_rate_list: list[dict[str, Any]] | None | Unset
        if isinstance(self.seller_rate_list, Unset):
            seller_rate_list = UNSET
        elif isinstance(self.seller_rate_list, list):
            seller_rate_list = []
            for seller_rate_list_type_0_item_data in self.seller_rate_list:
                seller_rate_list_type_0_item = to_jsonable(
                    seller_rate_list_type_0_item_data
                )
                seller_rate_list.append(seller_rate_list_type_0_item)

        else:
            seller_rate_list = self.seller_rate_list

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if buyer_rate_status is not UNSET:
            field_dict["buyerRateStatus"] = buyer_rate_status
        if seller_rate_status is not UNSET:
            field_dict["sellerRateStatus"] = seller_rate_status
        if buyer_rate_list is not UNSET:
            field_dict["buyerRateList"] = buyer_rate_list
        if seller_rate_list is not UNSET:
            field_dict["sellerRateList"] = seller_rate_list

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
        buyer_rate_status: int | None | Unset = d.pop("buyerRateStatus", UNSET)

        seller_rate_status: int | None | Unset = d.pop("sellerRateStatus", UNSET)

        def _parse_buyer_rate_list(
            data: object,
        ) -> list[AlibabaOrderRateInfoBuyerRateListType0Item] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                buyer_rate_list_type_0 = []
                _buyer_rate_list_type_0 = data
                for buyer_rate_list_type_0_item_data in _buyer_rate_list_type_0:
                    buyer_rate_list_type_0_item = (
                        AlibabaOrderRateInfoBuyerRateListType0Item.from_dict(
                            buyer_rate_list_type_0_item_data
                        )
                    )

                    buyer_rate_list_type_0.append(buyer_rate_list_type_0_item)

                return buyer_rate_list_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(
                list[AlibabaOrderRateInfoBuyerRateListType0Item] | None | Unset, data
            )

        buyer_rate_list = _parse_buyer_rate_list(d.pop("buyerRateList", UNSET))

        def _parse_seller_rate_list(
            data: object,
        ) -> list[AlibabaOrderRateInfoSellerRateListType0Item] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                seller_rate_list_type_0 = []
                _seller_rate_list_type_0 = data
                for seller_rate_list_type_0_item_data in _seller_rate_list_type_0:
                    seller_rate_list_type_0_item = (
                        AlibabaOrderRateInfoSellerRateListType0Item.from_dict(
                            seller_rate_list_type_0_item_data
                        )
                    )

                    seller_rate_list_type_0.append(seller_rate_list_type_0_item)

                return seller_rate_list_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(
                list[AlibabaOrderRateInfoSellerRateListType0Item] | None | Unset, data
            )

        seller_rate_list = _parse_seller_rate_list(d.pop("sellerRateList", UNSET))

        alibaba_order_rate_info = cls(
            buyer_rate_status=buyer_rate_status,
            seller_rate_status=seller_rate_status,
            buyer_rate_list=buyer_rate_list,
            seller_rate_list=seller_rate_list,
        )

        alibaba_order_rate_info.additional_properties = d
        return alibaba_order_rate_info

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
from ..models.alibaba_order_rate_info_buyer_rate_list_type_0_item import (
    AlibabaOrderRateInfoBuyerRateListType0Item,
)
from ..models.alibaba_order_rate_info_seller_rate_list_type_0_item import (
    AlibabaOrderRateInfoSellerRateListType0Item,
)
