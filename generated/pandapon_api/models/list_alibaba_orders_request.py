from __future__ import annotations

from collections.abc import Iterator, Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, model_to_json, set_fields_repr

T = TypeVar("T", bound="ListAlibabaOrdersRequest")


@_attrs_define
class ListAlibabaOrdersRequest:
    """Filters of the upstream 1688 buyer order list, camel-cased. None is known to be required. Time filters are strings;
    the format PandaPon expects is not documented (upstream uses "yyyyMMddHHmmssSSS+0800").

        Attributes:
            page (int | None | Unset): Page number, starting at 1.
            page_size (int | None | Unset): Page size (upstream example 20).
            order_status (None | str | Unset): Order status filter. Known 1688 statuses (listed on an older PandaPon page):
                waitbuyerpay, waitsellersend, waitbuyerreceive, confirm_goods, success, cancel, terminated.
            refund_status (None | str | Unset): Refund status filter (upstream values).
            order_ids (list[int] | None | Unset): Return only these 1688 order ids.
            out_order_id (None | str | Unset): The developer's own order number.
            product_name (None | str | Unset): Product title filter.
            create_start_time (None | str | Unset): Orders created from this time.
            create_end_time (None | str | Unset): Orders created until this time.
            modify_start_time (None | str | Unset): Orders modified from this time.
            modify_end_time (None | str | Unset): Orders modified until this time.
            biz_types (list[str] | None | Unset): 1688 business-type codes, e.g. cn (regular), ws (wholesale), yp (sample).
            trade_type (None | str | Unset): 1688 trade-type code filter (upstream numeric codes as strings, e.g. "1"
                escrow).
            seller_member_id (None | str | Unset): Restrict to one seller (upstream member id).
            seller_login_id (None | str | Unset): Restrict to one seller (upstream login id).
            is_his (bool | None | Unset): Query the history table (upstream flag).
            need_buyer_address_and_phone (bool | None | Unset): Include the buyer address and phone (upstream flag).
            need_memo_info (bool | None | Unset): Include memo information (upstream flag).
    """

    page: int | None | Unset = UNSET
    page_size: int | None | Unset = UNSET
    order_status: None | str | Unset = UNSET
    refund_status: None | str | Unset = UNSET
    order_ids: list[int] | None | Unset = UNSET
    out_order_id: None | str | Unset = UNSET
    product_name: None | str | Unset = UNSET
    create_start_time: None | str | Unset = UNSET
    create_end_time: None | str | Unset = UNSET
    modify_start_time: None | str | Unset = UNSET
    modify_end_time: None | str | Unset = UNSET
    biz_types: list[str] | None | Unset = UNSET
    trade_type: None | str | Unset = UNSET
    seller_member_id: None | str | Unset = UNSET
    seller_login_id: None | str | Unset = UNSET
    is_his: bool | None | Unset = UNSET
    need_buyer_address_and_phone: bool | None | Unset = UNSET
    need_memo_info: bool | None | Unset = UNSET
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
        page: int | None | Unset
        if isinstance(self.page, Unset):
            page = UNSET
        else:
            page = self.page

        page_size: int | None | Unset
        if isinstance(self.page_size, Unset):
            page_size = UNSET
        else:
            page_size = self.page_size

        order_status: None | str | Unset
        if isinstance(self.order_status, Unset):
            order_status = UNSET
        else:
            order_status = self.order_status

        refund_status: None | str | Unset
        if isinstance(self.refund_status, Unset):
            refund_status = UNSET
        else:
            refund_status = self.refund_status

        order_ids: list[int] | None | Unset
        if isinstance(self.order_ids, Unset):
            order_ids = UNSET
        elif isinstance(self.order_ids, list):
            order_ids = self.order_ids

        else:
            order_ids = self.order_ids

        out_order_id: None | str | Unset
        if isinstance(self.out_order_id, Unset):
            out_order_id = UNSET
        else:
            out_order_id = self.out_order_id

        product_name: None | str | Unset
        if isinstance(self.product_name, Unset):
            product_name = UNSET
        else:
            product_name = self.product_name

        create_start_time: None | str | Unset
        if isinstance(self.create_start_time, Unset):
            create_start_time = UNSET
        else:
            create_start_time = self.create_start_time

        create_end_time: None | str | Unset
        if isinstance(self.create_end_time, Unset):
            create_end_time = UNSET
        else:
            create_end_time = self.create_end_time

        modify_start_time: None | str | Unset
        if isinstance(self.modify_start_time, Unset):
            modify_start_time = UNSET
        else:
            modify_start_time = self.modify_start_time

        modify_end_time: None | str | Unset
        if isinstance(self.modify_end_time, Unset):
            modify_end_time = UNSET
        else:
            modify_end_time = self.modify_end_time

        biz_types: list[str] | None | Unset
        if isinstance(self.biz_types, Unset):
            biz_types = UNSET
        elif isinstance(self.biz_types, list):
            biz_types = self.biz_types

        else:
            biz_types = self.biz_types

        trade_type: None | str | Unset
        if isinstance(self.trade_type, Unset):
            trade_type = UNSET
        else:
            trade_type = self.trade_type

        seller_member_id: None | str | Unset
        if isinstance(self.seller_member_id, Unset):
            seller_member_id = UNSET
        else:
            seller_member_id = self.seller_member_id

        seller_login_id: None | str | Unset
        if isinstance(self.seller_login_id, Unset):
            seller_login_id = UNSET
        else:
            seller_login_id = self.seller_login_id

        is_his: bool | None | Unset
        if isinstance(self.is_his, Unset):
            is_his = UNSET
        else:
            is_his = self.is_his

        need_buyer_address_and_phone: bool | None | Unset
        if isinstance(self.need_buyer_address_and_phone, Unset):
            need_buyer_address_and_phone = UNSET
        else:
            need_buyer_address_and_phone = self.need_buyer_address_and_phone

        need_memo_info: bool | None | Unset
        if isinstance(self.need_memo_info, Unset):
            need_memo_info = UNSET
        else:
            need_memo_info = self.need_memo_info

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if page is not UNSET:
            field_dict["page"] = page
        if page_size is not UNSET:
            field_dict["pageSize"] = page_size
        if order_status is not UNSET:
            field_dict["orderStatus"] = order_status
        if refund_status is not UNSET:
            field_dict["refundStatus"] = refund_status
        if order_ids is not UNSET:
            field_dict["orderIds"] = order_ids
        if out_order_id is not UNSET:
            field_dict["outOrderId"] = out_order_id
        if product_name is not UNSET:
            field_dict["productName"] = product_name
        if create_start_time is not UNSET:
            field_dict["createStartTime"] = create_start_time
        if create_end_time is not UNSET:
            field_dict["createEndTime"] = create_end_time
        if modify_start_time is not UNSET:
            field_dict["modifyStartTime"] = modify_start_time
        if modify_end_time is not UNSET:
            field_dict["modifyEndTime"] = modify_end_time
        if biz_types is not UNSET:
            field_dict["bizTypes"] = biz_types
        if trade_type is not UNSET:
            field_dict["tradeType"] = trade_type
        if seller_member_id is not UNSET:
            field_dict["sellerMemberId"] = seller_member_id
        if seller_login_id is not UNSET:
            field_dict["sellerLoginId"] = seller_login_id
        if is_his is not UNSET:
            field_dict["isHis"] = is_his
        if need_buyer_address_and_phone is not UNSET:
            field_dict["needBuyerAddressAndPhone"] = need_buyer_address_and_phone
        if need_memo_info is not UNSET:
            field_dict["needMemoInfo"] = need_memo_info

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
        page: int | None | Unset = d.pop("page", UNSET)

        page_size: int | None | Unset = d.pop("pageSize", UNSET)

        order_status: None | str | Unset = d.pop("orderStatus", UNSET)

        refund_status: None | str | Unset = d.pop("refundStatus", UNSET)

        def _parse_order_ids(data: object) -> list[int] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                order_ids_type_0 = cast(list[int], data)

                return order_ids_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[int] | None | Unset, data)

        order_ids = _parse_order_ids(d.pop("orderIds", UNSET))

        out_order_id: None | str | Unset = d.pop("outOrderId", UNSET)

        product_name: None | str | Unset = d.pop("productName", UNSET)

        create_start_time: None | str | Unset = d.pop("createStartTime", UNSET)

        create_end_time: None | str | Unset = d.pop("createEndTime", UNSET)

        modify_start_time: None | str | Unset = d.pop("modifyStartTime", UNSET)

        modify_end_time: None | str | Unset = d.pop("modifyEndTime", UNSET)

        def _parse_biz_types(data: object) -> list[str] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                biz_types_type_0 = cast(list[str], data)

                return biz_types_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[str] | None | Unset, data)

        biz_types = _parse_biz_types(d.pop("bizTypes", UNSET))

        trade_type: None | str | Unset = d.pop("tradeType", UNSET)

        seller_member_id: None | str | Unset = d.pop("sellerMemberId", UNSET)

        seller_login_id: None | str | Unset = d.pop("sellerLoginId", UNSET)

        is_his: bool | None | Unset = d.pop("isHis", UNSET)

        need_buyer_address_and_phone: bool | None | Unset = d.pop(
            "needBuyerAddressAndPhone", UNSET
        )

        need_memo_info: bool | None | Unset = d.pop("needMemoInfo", UNSET)

        list_alibaba_orders_request = cls(
            page=page,
            page_size=page_size,
            order_status=order_status,
            refund_status=refund_status,
            order_ids=order_ids,
            out_order_id=out_order_id,
            product_name=product_name,
            create_start_time=create_start_time,
            create_end_time=create_end_time,
            modify_start_time=modify_start_time,
            modify_end_time=modify_end_time,
            biz_types=biz_types,
            trade_type=trade_type,
            seller_member_id=seller_member_id,
            seller_login_id=seller_login_id,
            is_his=is_his,
            need_buyer_address_and_phone=need_buyer_address_and_phone,
            need_memo_info=need_memo_info,
        )

        list_alibaba_orders_request.additional_properties = d
        return list_alibaba_orders_request

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
