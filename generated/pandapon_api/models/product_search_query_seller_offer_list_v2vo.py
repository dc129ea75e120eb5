from __future__ import annotations

from collections.abc import Iterator, Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, model_to_json, set_fields_repr, to_jsonable

T = TypeVar("T", bound="ProductSearchQuerySellerOfferListV2VO")


@_attrs_define
class ProductSearchQuerySellerOfferListV2VO:
    """One store-search result. The docs' schema has 9 fields, of which only `imageUrl` was visible; the other fields
    declared here are the upstream 1688 search item (the store search `product.search.querySellerOfferList` returns the
    same item model as the keyword search).

        Attributes:
            image_url (None | str | Unset): Main picture URL.
            subject (None | str | Unset): Original Chinese title.
            subject_trans (None | str | Unset): Translated title.
            offer_id (int | None | str | Unset): Product id (a long upstream; the newest PandaPon calls use encoded string
                ids).
            offer_map_id (None | str | Unset): Encoded product id, as the other v2 1688 calls name it (a candidate for one
                of the hidden fields; whether the page uses `offerId` or `offerMapId` is not known).
            is_jxhy (bool | None | Unset): Whether the product is a "selected source" product.
            price_info (AlibabaProductPriceInfo | None | Unset): Prices.
            repurchase_rate (None | str | Unset): Repurchase rate, e.g. "20%".
            month_sold (int | None | Unset): Units sold in the last 30 days.
            trace_info (None | str | Unset): Tracking data to report back to 1688.
            is_one_psale (bool | None | Unset): Whether dropshipping (一件代发) is available.
            seller_identities (list[str] | None | Unset): Seller badges, e.g. super_factory, powerful_merchants, tp_member
                (upstream values).
    """

    image_url: None | str | Unset = UNSET
    subject: None | str | Unset = UNSET
    subject_trans: None | str | Unset = UNSET
    offer_id: int | None | str | Unset = UNSET
    offer_map_id: None | str | Unset = UNSET
    is_jxhy: bool | None | Unset = UNSET
    price_info: AlibabaProductPriceInfo | None | Unset = UNSET
    repurchase_rate: None | str | Unset = UNSET
    month_sold: int | None | Unset = UNSET
    trace_info: None | str | Unset = UNSET
    is_one_psale: bool | None | Unset = UNSET
    seller_identities: list[str] | None | Unset = UNSET
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
        image_url: None | str | Unset
        if isinstance(self.image_url, Unset):
            image_url = UNSET
        else:
            image_url = self.image_url

        subject: None | str | Unset
        if isinstance(self.subject, Unset):
            subject = UNSET
        else:
            subject = self.subject

        subject_trans: None | str | Unset
        if isinstance(self.subject_trans, Unset):
            subject_trans = UNSET
        else:
            subject_trans = self.subject_trans

        offer_id: int | None | str | Unset
        if isinstance(self.offer_id, Unset):
            offer_id = UNSET
        else:
            offer_id = self.offer_id

        offer_map_id: None | str | Unset
        if isinstance(self.offer_map_id, Unset):
            offer_map_id = UNSET
        else:
            offer_map_id = self.offer_map_id

        is_jxhy: bool | None | Unset
        if isinstance(self.is_jxhy, Unset):
            is_jxhy = UNSET
        else:
            is_jxhy = self.is_jxhy

        price_info: dict[str, Any] | None | Unset
        if isinstance(self.price_info, Unset):
            price_info = UNSET
        elif isinstance(self.price_info, AlibabaProductPriceInfo):
            price_info = to_jsonable(self.price_info)
        else:
            price_info = self.price_info

        repurchase_rate: None | str | Unset
        if isinstance(self.repurchase_rate, Unset):
            repurchase_rate = UNSET
        else:
            repurchase_rate = self.repurchase_rate

        month_sold: int | None | Unset
        if isinstance(self.month_sold, Unset):
            month_sold = UNSET
        else:
            month_sold = self.month_sold

        trace_info: None | str | Unset
        if isinstance(self.trace_info, Unset):
            trace_info = UNSET
        else:
            trace_info = self.trace_info

        is_one_psale: bool | None | Unset
        if isinstance(self.is_one_psale, Unset):
            is_one_psale = UNSET
        else:
            is_one_psale = self.is_one_psale

        seller_identities: list[str] | None | Unset
        if isinstance(self.seller_identities, Unset):
            seller_identities = UNSET
        elif isinstance(self.seller_identities, list):
            seller_identities = self.seller_identities

        else:
            seller_identities = self.seller_identities

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if image_url is not UNSET:
            field_dict["imageUrl"] = image_url
        if subject is not UNSET:
            field_dict["subject"] = subject
        if subject_trans is not UNSET:
            field_dict["subjectTrans"] = subject_trans
        if offer_id is not UNSET:
            field_dict["offerId"] = offer_id
        if offer_map_id is not UNSET:
            field_dict["offerMapId"] = offer_map_id
        if is_jxhy is not UNSET:
            field_dict["isJxhy"] = is_jxhy
        if price_info is not UNSET:
            field_dict["priceInfo"] = price_info
        if repurchase_rate is not UNSET:
            field_dict["repurchaseRate"] = repurchase_rate
        if month_sold is not UNSET:
            field_dict["monthSold"] = month_sold
        if trace_info is not UNSET:
            field_dict["traceInfo"] = trace_info
        if is_one_psale is not UNSET:
            field_dict["isOnePsale"] = is_one_psale
        if seller_identities is not UNSET:
            field_dict["sellerIdentities"] = seller_identities

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
        image_url: None | str | Unset = d.pop("imageUrl", UNSET)

        subject: None | str | Unset = d.pop("subject", UNSET)

        subject_trans: None | str | Unset = d.pop("subjectTrans", UNSET)

        offer_id: int | None | str | Unset = d.pop("offerId", UNSET)

        offer_map_id: None | str | Unset = d.pop("offerMapId", UNSET)

        is_jxhy: bool | None | Unset = d.pop("isJxhy", UNSET)

        def _parse_price_info(data: object) -> AlibabaProductPriceInfo | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                price_info_type_0 = AlibabaProductPriceInfo.from_dict(data)

                return price_info_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(AlibabaProductPriceInfo | None | Unset, data)

        price_info = _parse_price_info(d.pop("priceInfo", UNSET))

        repurchase_rate: None | str | Unset = d.pop("repurchaseRate", UNSET)

        month_sold: int | None | Unset = d.pop("monthSold", UNSET)

        trace_info: None | str | Unset = d.pop("traceInfo", UNSET)

        is_one_psale: bool | None | Unset = d.pop("isOnePsale", UNSET)

        def _parse_seller_identities(data: object) -> list[str] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                seller_identities_type_0 = cast(list[str], data)

                return seller_identities_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[str] | None | Unset, data)

        seller_identities = _parse_seller_identities(d.pop("sellerIdentities", UNSET))

        product_search_query_seller_offer_list_v2vo = cls(
            image_url=image_url,
            subject=subject,
            subject_trans=subject_trans,
            offer_id=offer_id,
            offer_map_id=offer_map_id,
            is_jxhy=is_jxhy,
            price_info=price_info,
            repurchase_rate=repurchase_rate,
            month_sold=month_sold,
            trace_info=trace_info,
            is_one_psale=is_one_psale,
            seller_identities=seller_identities,
        )

        product_search_query_seller_offer_list_v2vo.additional_properties = d
        return product_search_query_seller_offer_list_v2vo

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
from ..models.alibaba_product_price_info import AlibabaProductPriceInfo
