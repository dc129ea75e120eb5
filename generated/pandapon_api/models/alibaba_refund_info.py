from __future__ import annotations

from collections.abc import Iterator, Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, model_to_json, set_fields_repr, to_jsonable

T = TypeVar("T", bound="AlibabaRefundInfo")


@_attrs_define
class AlibabaRefundInfo:
    """A 1688 refund as PandaPon stores it (doc schema name): PandaPon's audit fields around 1688's refund detail. Upstream
    amounts are in fen; PandaPon does not state the unit.

        Attributes:
            id (int | None | Unset): PandaPon record id.
            create_by (None | str | Unset): Who created the record.
            create_by_id (int | None | Unset): Id of who created the record.
            create_time (None | str | Unset): When the record was created.
            update_by (None | str | Unset): Who last updated the record.
            update_by_id (int | None | Unset): Id of who last updated the record.
            update_time (None | str | Unset): When the record was last updated.
            remark (None | str | Unset): Remark.
            alipay_payment_id (None | str | Unset): Alipay trade number.
            apply_carriage (int | None | Unset): Freight refund requested.
            apply_expect (int | None | Unset): Not explained in the docs.
            apply_payment (int | None | Unset): Refund amount requested.
            apply_reason (None | str | Unset): Refund reason text.
            apply_reason_id (int | None | Unset): Refund reason id.
            apply_sub_reason (None | str | Unset): Second-level reason text.
            apply_sub_reason_id (int | None | Unset): Second-level reason id.
            buyer_alipay_id (None | str | Unset): Buyer's Alipay id.
            buyer_logistics_name (None | str | Unset): Carrier the buyer used for the return.
            buyer_member_id (None | str | Unset): Buyer member id.
            buyer_send_goods (bool | None | Unset): Whether the buyer has shipped the return.
            buyer_user_id (int | None | Unset): Buyer user id (the visible part of the page ended here).
            buyer_login_id (None | str | Unset): Buyer login id.
            can_refund_payment (int | None | Unset): Largest amount that can be refunded.
            crm_modify_refund (bool | None | Unset): Whether customer service modified the refund.
            disburse_channel (None | str | Unset): Channel the refund is paid out through.
            dispute_request (int | None | str | Unset): Kind of request (refund only or return and refund); an integer
                upstream.
            dispute_type (int | None | Unset): In-sale or after-sale refund.
            ext_info (AlibabaRefundInfoExtInfoType0 | None | Unset): Extra information (key/value).
            freight_bill (None | str | Unset): Waybill number of the return parcel.
            frozen_fund (int | None | Unset): Frozen amount.
            gmt_apply (None | str | Unset): When the refund was requested.
            gmt_completed (None | str | Unset): When the refund was completed.
            gmt_create (None | str | Unset): When the refund was created upstream.
            gmt_freezed (None | str | Unset): When the refund was frozen (upstream spelling).
            gmt_modified (None | str | Unset): When the refund was last modified upstream.
            gmt_time_out (None | str | Unset): When the current step times out.
            goods_received (bool | None | Unset): Whether the buyer received the goods.
            goods_status (int | None | str | Unset): Goods status; upstream integers 1 not received, 2 received, 3 returned.
            insufficient_account (bool | None | Unset): Upstream flag (account balance insufficient).
            insufficient_bail (bool | None | Unset): Upstream flag (deposit insufficient).
            instant_refund_type (None | str | Unset): Instant-refund type.
            new_refund_return (bool | None | Unset): Whether the new return flow applies.
            aftersale_agree_timeout (bool | None | Unset): Whether the after-sale agreement timed out.
            aftersale_auto_disburse (bool | None | Unset): Whether the after-sale refund is paid out automatically.
            only_refund (bool | None | Unset): Whether it is a refund without return.
            order_entry_count_map (AlibabaRefundInfoOrderEntryCountMapType0 | None | Unset): Quantity returned per order
                line id.
            order_entry_id_list (list[int] | None | Unset): Ids of the order lines concerned.
            order_id (int | None | Unset): 1688 order id.
            prepaid_balance (int | None | Unset): Prepaid balance.
            product_name (None | str | Unset): Product title.
            refund_carriage (int | None | Unset): Freight actually refunded.
            refund_goods (bool | None | Unset): Whether goods must be returned.
            refund_id (None | str | Unset): Refund number ("TQ…").
            refund_operation_list (list[AlibabaRefundOperation] | None | Unset): History of the refund (operations and
                messages).
            refund_payment (int | None | Unset): Amount actually refunded.
            reject_reason (None | str | Unset): Why the seller rejected it.
            reject_reason_id (int | None | Unset): Rejection reason id.
            reject_times (int | None | Unset): How many times it was rejected.
            seller_alipay_id (None | str | Unset): Seller's Alipay id.
            seller_delay_disburse (bool | None | Unset): Whether the seller delays the payout.
            seller_login_id (None | str | Unset): Seller login id.
            seller_member_id (None | str | Unset): Seller member id.
            seller_mobile (None | str | Unset): Seller mobile (for the return).
            seller_real_name (None | str | Unset): Seller contact name (for the return).
            seller_receive_address (None | str | Unset): Address the return goes to.
            seller_tel (None | str | Unset): Seller phone (for the return).
            seller_user_id (int | None | Unset): Seller user id.
            status (None | str | Unset): Refund status: waitselleragree, waitbuyermodify, waitbuyersend, waitsellerreceive,
                refundsuccess or refundclose (upstream codes).
            support_new_steppay (bool | None | Unset): Upstream flag (new staged payment supported).
            task_status (None | str | Unset): Customer-service task status.
            time_out_freeze (bool | None | Unset): Whether the timeout is frozen.
            time_out_operate_type (None | str | Unset): What happens when the current step times out.
            trade_type_str (None | str | Unset): Trade type.
    """

    id: int | None | Unset = UNSET
    create_by: None | str | Unset = UNSET
    create_by_id: int | None | Unset = UNSET
    create_time: None | str | Unset = UNSET
    update_by: None | str | Unset = UNSET
    update_by_id: int | None | Unset = UNSET
    update_time: None | str | Unset = UNSET
    remark: None | str | Unset = UNSET
    alipay_payment_id: None | str | Unset = UNSET
    apply_carriage: int | None | Unset = UNSET
    apply_expect: int | None | Unset = UNSET
    apply_payment: int | None | Unset = UNSET
    apply_reason: None | str | Unset = UNSET
    apply_reason_id: int | None | Unset = UNSET
    apply_sub_reason: None | str | Unset = UNSET
    apply_sub_reason_id: int | None | Unset = UNSET
    buyer_alipay_id: None | str | Unset = UNSET
    buyer_logistics_name: None | str | Unset = UNSET
    buyer_member_id: None | str | Unset = UNSET
    buyer_send_goods: bool | None | Unset = UNSET
    buyer_user_id: int | None | Unset = UNSET
    buyer_login_id: None | str | Unset = UNSET
    can_refund_payment: int | None | Unset = UNSET
    crm_modify_refund: bool | None | Unset = UNSET
    disburse_channel: None | str | Unset = UNSET
    dispute_request: int | None | str | Unset = UNSET
    dispute_type: int | None | Unset = UNSET
    ext_info: AlibabaRefundInfoExtInfoType0 | None | Unset = UNSET
    freight_bill: None | str | Unset = UNSET
    frozen_fund: int | None | Unset = UNSET
    gmt_apply: None | str | Unset = UNSET
    gmt_completed: None | str | Unset = UNSET
    gmt_create: None | str | Unset = UNSET
    gmt_freezed: None | str | Unset = UNSET
    gmt_modified: None | str | Unset = UNSET
    gmt_time_out: None | str | Unset = UNSET
    goods_received: bool | None | Unset = UNSET
    goods_status: int | None | str | Unset = UNSET
    insufficient_account: bool | None | Unset = UNSET
    insufficient_bail: bool | None | Unset = UNSET
    instant_refund_type: None | str | Unset = UNSET
    new_refund_return: bool | None | Unset = UNSET
    aftersale_agree_timeout: bool | None | Unset = UNSET
    aftersale_auto_disburse: bool | None | Unset = UNSET
    only_refund: bool | None | Unset = UNSET
    order_entry_count_map: AlibabaRefundInfoOrderEntryCountMapType0 | None | Unset = (
        UNSET
    )
    order_entry_id_list: list[int] | None | Unset = UNSET
    order_id: int | None | Unset = UNSET
    prepaid_balance: int | None | Unset = UNSET
    product_name: None | str | Unset = UNSET
    refund_carriage: int | None | Unset = UNSET
    refund_goods: bool | None | Unset = UNSET
    refund_id: None | str | Unset = UNSET
    refund_operation_list: list[AlibabaRefundOperation] | None | Unset = UNSET
    refund_payment: int | None | Unset = UNSET
    reject_reason: None | str | Unset = UNSET
    reject_reason_id: int | None | Unset = UNSET
    reject_times: int | None | Unset = UNSET
    seller_alipay_id: None | str | Unset = UNSET
    seller_delay_disburse: bool | None | Unset = UNSET
    seller_login_id: None | str | Unset = UNSET
    seller_member_id: None | str | Unset = UNSET
    seller_mobile: None | str | Unset = UNSET
    seller_real_name: None | str | Unset = UNSET
    seller_receive_address: None | str | Unset = UNSET
    seller_tel: None | str | Unset = UNSET
    seller_user_id: int | None | Unset = UNSET
    status: None | str | Unset = UNSET
    support_new_steppay: bool | None | Unset = UNSET
    task_status: None | str | Unset = UNSET
    time_out_freeze: bool | None | Unset = UNSET
    time_out_operate_type: None | str | Unset = UNSET
    trade_type_str: None | str | Unset = UNSET
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
        id: int | None | Unset
        if isinstance(self.id, Unset):
            id = UNSET
        else:
            id = self.id

        create_by: None | str | Unset
        if isinstance(self.create_by, Unset):
            create_by = UNSET
        else:
            create_by = self.create_by

        create_by_id: int | None | Unset
        if isinstance(self.create_by_id, Unset):
            create_by_id = UNSET
        else:
            create_by_id = self.create_by_id

        create_time: None | str | Unset
        if isinstance(self.create_time, Unset):
            create_time = UNSET
        else:
            create_time = self.create_time

        update_by: None | str | Unset
        if isinstance(self.update_by, Unset):
            update_by = UNSET
        else:
            update_by = self.update_by

        update_by_id: int | None | Unset
        if isinstance(self.update_by_id, Unset):
            update_by_id = UNSET
        else:
            update_by_id = self.update_by_id

        update_time: None | str | Unset
        if isinstance(self.update_time, Unset):
            update_time = UNSET
        else:
            update_time = self.update_time

        remark: None | str | Unset
        if isinstance(self.remark, Unset):
            remark = UNSET
        else:
            remark = self.remark

        alipay_payment_id: None | str | Unset
        if isinstance(self.alipay_payment_id, Unset):
            alipay_payment_id = UNSET
        else:
            alipay_payment_id = self.alipay_payment_id

        apply_carriage: int | None | Unset
        if isinstance(self.apply_carriage, Unset):
            apply_carriage = UNSET
        else:
            apply_carriage = self.apply_carriage

        apply_expect: int | None | Unset
        if isinstance(self.apply_expect, Unset):
            apply_expect = UNSET
        else:
            apply_expect = self.apply_expect

        apply_payment: int | None | Unset
        if isinstance(self.apply_payment, Unset):
            apply_payment = UNSET
        else:
            apply_payment = self.apply_payment

        apply_reason: None | str | Unset
        if isinstance(self.apply_reason, Unset):
            apply_reason = UNSET
        else:
            apply_reason = self.apply_reason

        apply_reason_id: int | None | Unset
        if isinstance(self.apply_reason_id, Unset):
            apply_reason_id = UNSET
        else:
            apply_reason_id = self.apply_reason_id

        apply_sub_reason: None | str | Unset
        if isinstance(self.apply_sub_reason, Unset):
            apply_sub_reason = UNSET
        else:
            apply_sub_reason = self.apply_sub_reason

        apply_sub_reason_id: int | None | Unset
        if isinstance(self.apply_sub_reason_id, Unset):
            apply_sub_reason_id = UNSET
        else:
            apply_sub_reason_id = self.apply_sub_reason_id

        buyer_alipay_id: None | str | Unset
        if isinstance(self.buyer_alipay_id, Unset):
            buyer_alipay_id = UNSET
        else:
            buyer_alipay_id = self.buyer_alipay_id

        buyer_logistics_name: None | str | Unset
        if isinstance(self.buyer_logistics_name, Unset):
            buyer_logistics_name = UNSET
        else:
            buyer_logistics_name = self.buyer_logistics_name

        buyer_member_id: None | str | Unset
        if isinstance(self.buyer_member_id, Unset):
            buyer_member_id = UNSET
        else:
            buyer_member_id = self.buyer_member_id

        buyer_send_goods: bool | None | Unset
        if isinstance(self.buyer_send_goods, Unset):
            buyer_send_goods = UNSET
        else:
            buyer_send_goods = self.buyer_send_goods

        buyer_user_id: int | None | Unset
        if isinstance(self.buyer_user_id, Unset):
            buyer_user_id = UNSET
        else:
            buyer_user_id = self.buyer_user_id

        buyer_login_id: None | str | Unset
        if isinstance(self.buyer_login_id, Unset):
            buyer_login_id = UNSET
        else:
            buyer_login_id = self.buyer_login_id

        can_refund_payment: int | None | Unset
        if isinstance(self.can_refund_payment, Unset):
            can_refund_payment = UNSET
        else:
            can_refund_payment = self.can_refund_payment

        crm_modify_refund: bool | None | Unset
        if isinstance(self.crm_modify_refund, Unset):
            crm_modify_refund = UNSET
        else:
            crm_modify_refund = self.crm_modify_refund

        disburse_channel: None | str | Unset
        if isinstance(self.disburse_channel, Unset):
            disburse_channel = UNSET
        else:
            disburse_channel = self.disburse_channel

        dispute_request: int | None | str | Unset
        if isinstance(self.dispute_request, Unset):
            dispute_request = UNSET
        else:
            dispute_request = self.dispute_request

        dispute_type: int | None | Unset
        if isinstance(self.dispute_type, Unset):
            dispute_type = UNSET
        else:
            dispute_type = self.dispute_type

        ext_info: dict[str, Any] | None | Unset
        if isinstance(self.ext_info, Unset):
            ext_info = UNSET
        elif isinstance(self.ext_info, AlibabaRefundInfoExtInfoType0):
            ext_info = to_jsonable(self.ext_info)
        else:
            ext_info = self.ext_info

        freight_bill: None | str | Unset
        if isinstance(self.freight_bill, Unset):
            freight_bill = UNSET
        else:
            freight_bill = self.freight_bill

        frozen_fund: int | None | Unset
        if isinstance(self.frozen_fund, Unset):
            frozen_fund = UNSET
        else:
            frozen_fund = self.frozen_fund

        gmt_apply: None | str | Unset
        if isinstance(self.gmt_apply, Unset):
            gmt_apply = UNSET
        else:
            gmt_apply = self.gmt_apply

        gmt_completed: None | str | Unset
        if isinstance(self.gmt_completed, Unset):
            gmt_completed = UNSET
        else:
            gmt_completed = self.gmt_completed

        gmt_create: None | str | Unset
        if isinstance(self.gmt_create, Unset):
            gmt_create = UNSET
        else:
            gmt_create = self.gmt_create

        gmt_freezed: None | str | Unset
        if isinstance(self.gmt_freezed, Unset):
            gmt_freezed = UNSET
        else:
            gmt_freezed = self.gmt_freezed

        gmt_modified: None | str | Unset
        if isinstance(self.gmt_modified, Unset):
            gmt_modified = UNSET
        else:
            gmt_modified = self.gmt_modified

        gmt_time_out: None | str | Unset
        if isinstance(self.gmt_time_out, Unset):
            gmt_time_out = UNSET
        else:
            gmt_time_out = self.gmt_time_out

        goods_received: bool | None | Unset
        if isinstance(self.goods_received, Unset):
            goods_received = UNSET
        else:
            goods_received = self.goods_received

        goods_status: int | None | str | Unset
        if isinstance(self.goods_status, Unset):
            goods_status = UNSET
        else:
            goods_status = self.goods_status

        insufficient_account: bool | None | Unset
        if isinstance(self.insufficient_account, Unset):
            insufficient_account = UNSET
        else:
            insufficient_account = self.insufficient_account

        insufficient_bail: bool | None | Unset
        if isinstance(self.insufficient_bail, Unset):
            insufficient_bail = UNSET
        else:
            insufficient_bail = self.insufficient_bail

        instant_refund_type: None | str | Unset
        if isinstance(self.instant_refund_type, Unset):
            instant_refund_type = UNSET
        else:
            instant_refund_type = self.instant_refund_type

        new_refund_return: bool | None | Unset
        if isinstance(self.new_refund_return, Unset):
            new_refund_return = UNSET
        else:
            new_refund_return = self.new_refund_return

        aftersale_agree_timeout: bool | None | Unset
        if isinstance(self.aftersale_agree_timeout, Unset):
            aftersale_agree_timeout = UNSET
        else:
            aftersale_agree_timeout = self.aftersale_agree_timeout

        aftersale_auto_disburse: bool | None | Unset
        if isinstance(self.aftersale_auto_disburse, Unset):
            aftersale_auto_disburse = UNSET
        else:
            aftersale_auto_disburse = self.aftersale_auto_disburse

        only_refund: bool | None | Unset
        if isinstance(self.only_refund, Unset):
            only_refund = UNSET
        else:
            only_refund = self.only_refund

        order_entry_count_map: dict[str, Any] | None | Unset
        if isinstance(self.order_entry_count_map, Unset):
            order_entry_count_map = UNSET
        elif isinstance(
            self.order_entry_count_map, AlibabaRefundInfoOrderEntryCountMapType0
        ):
            order_entry_count_map = to_jsonable(self.order_entry_count_map)
        else:
            order_entry_count_map = self.order_entry_count_map

        order_entry_id_list: list[int] | None | Unset
        if isinstance(self.order_entry_id_list, Unset):
            order_entry_id_list = UNSET
        elif isinstance(self.order_entry_id_list, list):
            order_entry_id_list = self.order_entry_id_list

        else:
            order_entry_id_list = self.order_entry_id_list

        order_id: int | None | Unset
        if isinstance(self.order_id, Unset):
            order_id = UNSET
        else:
            order_id = self.order_id

        prepaid_balance: int | None | Unset
        if isinstance(self.prepaid_balance, Unset):
            prepaid_balance = UNSET
        else:
            prepaid_balance = self.prepaid_balance

        product_name: None | str | Unset
        if isinstance(self.product_name, Unset):
            product_name = UNSET
        else:
            product_name = self.product_name

        refund_carriage: int | None | Unset
        if isinstance(self.refund_carriage, Unset):
            refund_carriage = UNSET
        else:
            refund_carriage = self.refund_carriage

        refund_goods: bool | None | Unset
        if isinstance(self.refund_goods, Unset):
            refund_goods = UNSET
        else:
            refund_goods = self.refund_goods

        refund_id: None | str | Unset
        if isinstance(self.refund_id, Unset):
            refund_id = UNSET
        else:
            refund_id = self.refund_id

        refund_operation_list: list[dict[str, Any]] | None | Unset
        if isinstance(self.refund_operation_list, Unset):
            refund_operation_list = UNSET
        elif isinstance(self.refund_operation_list, list):
            refund_operation_list = []
            for refund_operation_list_type_0_item_data in self.refund_operation_list:
                refund_operation_list_type_0_item = to_jsonable(
                    refund_operation_list_type_0_item_data
                )
                refund_operation_list.append(refund_operation_list_type_0_item)

        else:
            refund_operation_list = self.refund_operation_list

        refund_payment: int | None | Unset
        if isinstance(self.refund_payment, Unset):
            refund_payment = UNSET
        else:
            refund_payment = self.refund_payment

        reject_reason: None | str | Unset
        if isinstance(self.reject_reason, Unset):
            reject_reason = UNSET
        else:
            reject_reason = self.reject_reason

        reject_reason_id: int | None | Unset
        if isinstance(self.reject_reason_id, Unset):
            reject_reason_id = UNSET
        else:
            reject_reason_id = self.reject_reason_id

        reject_times: int | None | Unset
        if isinstance(self.reject_times, Unset):
            reject_times = UNSET
        else:
            reject_times = self.reject_times

        seller_alipay_id: None | str | Unset
        if isinstance(self.seller_alipay_id, Unset):
            seller_alipay_id = UNSET
        else:
            seller_alipay_id = self.seller_alipay_id

        seller_delay_disburse: bool | None | Unset
        if isinstance(self.seller_delay_disburse, Unset):
            seller_delay_disburse = UNSET
        else:
            seller_delay_disburse = self.seller_delay_disburse

        seller_login_id: None | str | Unset
        if isinstance(self.seller_login_id, Unset):
            seller_login_id = UNSET
        else:
            seller_login_id = self.seller_login_id

        seller_member_id: None | str | Unset
        if isinstance(self.seller_member_id, Unset):
            seller_member_id = UNSET
        else:
            seller_member_id = self.seller_member_id

        seller_mobile: None | str | Unset
        if isinstance(self.seller_mobile, Unset):
            seller_mobile = UNSET
        else:
            seller_mobile = self.seller_mobile

        seller_real_name: None | str | Unset
        if isinstance(self.seller_real_name, Unset):
            seller_real_name = UNSET
        else:
            seller_real_name = self.seller_real_name

        seller_receive_address: None | str | Unset
        if isinstance(self.seller_receive_address, Unset):
            seller_receive_address = UNSET
        else:
            seller_receive_address = self.seller_receive_address

        seller_tel: None | str | Unset
        if isinstance(self.seller_tel, Unset):
            seller_tel = UNSET
        else:
            seller_tel = self.seller_tel

        seller_user_id: int | None | Unset
        if isinstance(self.seller_user_id, Unset):
            seller_user_id = UNSET
        else:
            seller_user_id = self.seller_user_id

        status: None | str | Unset
        if isinstance(self.status, Unset):
            status = UNSET
        else:
            status = self.status

        support_new_steppay: bool | None | Unset
        if isinstance(self.support_new_steppay, Unset):
            support_new_steppay = UNSET
        else:
            support_new_steppay = self.support_new_steppay

        task_status: None | str | Unset
        if isinstance(self.task_status, Unset):
            task_status = UNSET
        else:
            task_status = self.task_status

        time_out_freeze: bool | None | Unset
        if isinstance(self.time_out_freeze, Unset):
            time_out_freeze = UNSET
        else:
            time_out_freeze = self.time_out_freeze

        time_out_operate_type: None | str | Unset
        if isinstance(self.time_out_operate_type, Unset):
            time_out_operate_type = UNSET
        else:
            time_out_operate_type = self.time_out_operate_type

        trade_type_str: None | str | Unset
        if isinstance(self.trade_type_str, Unset):
            trade_type_str = UNSET
        else:
            trade_type_str = self.trade_type_str

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if create_by is not UNSET:
            field_dict["createBy"] = create_by
        if create_by_id is not UNSET:
            field_dict["createById"] = create_by_id
        if create_time is not UNSET:
            field_dict["createTime"] = create_time
        if update_by is not UNSET:
            field_dict["updateBy"] = update_by
        if update_by_id is not UNSET:
            field_dict["updateById"] = update_by_id
        if update_time is not UNSET:
            field_dict["updateTime"] = update_time
        if remark is not UNSET:
            field_dict["remark"] = remark
        if alipay_payment_id is not UNSET:
            field_dict["alipayPaymentId"] = alipay_payment_id
        if apply_carriage is not UNSET:
            field_dict["applyCarriage"] = apply_carriage
        if apply_expect is not UNSET:
            field_dict["applyExpect"] = apply_expect
        if apply_payment is not UNSET:
            field_dict["applyPayment"] = apply_payment
        if apply_reason is not UNSET:
            field_dict["applyReason"] = apply_reason
        if apply_reason_id is not UNSET:
            field_dict["applyReasonId"] = apply_reason_id
        if apply_sub_reason is not UNSET:
            field_dict["applySubReason"] = apply_sub_reason
        if apply_sub_reason_id is not UNSET:
            field_dict["applySubReasonId"] = apply_sub_reason_id
        if buyer_alipay_id is not UNSET:
            field_dict["buyerAlipayId"] = buyer_alipay_id
        if buyer_logistics_name is not UNSET:
            field_dict["buyerLogisticsName"] = buyer_logistics_name
        if buyer_member_id is not UNSET:
            field_dict["buyerMemberId"] = buyer_member_id
        if buyer_send_goods is not UNSET:
            field_dict["buyerSendGoods"] = buyer_send_goods
        if buyer_user_id is not UNSET:
            field_dict["buyerUserId"] = buyer_user_id
        if buyer_login_id is not UNSET:
            field_dict["buyerLoginId"] = buyer_login_id
        if can_refund_payment is not UNSET:
            field_dict["canRefundPayment"] = can_refund_payment
        if crm_modify_refund is not UNSET:
            field_dict["crmModifyRefund"] = crm_modify_refund
        if disburse_channel is not UNSET:
            field_dict["disburseChannel"] = disburse_channel
        if dispute_request is not UNSET:
            field_dict["disputeRequest"] = dispute_request
        if dispute_type is not UNSET:
            field_dict["disputeType"] = dispute_type
        if ext_info is not UNSET:
            field_dict["extInfo"] = ext_info
        if freight_bill is not UNSET:
            field_dict["freightBill"] = freight_bill
        if frozen_fund is not UNSET:
            field_dict["frozenFund"] = frozen_fund
        if gmt_apply is not UNSET:
            field_dict["gmtApply"] = gmt_apply
        if gmt_completed is not UNSET:
            field_dict["gmtCompleted"] = gmt_completed
        if gmt_create is not UNSET:
            field_dict["gmtCreate"] = gmt_create
        if gmt_freezed is not UNSET:
            field_dict["gmtFreezed"] = gmt_freezed
        if gmt_modified is not UNSET:
            field_dict["gmtModified"] = gmt_modified
        if gmt_time_out is not UNSET:
            field_dict["gmtTimeOut"] = gmt_time_out
        if goods_received is not UNSET:
            field_dict["goodsReceived"] = goods_received
        if goods_status is not UNSET:
            field_dict["goodsStatus"] = goods_status
        if insufficient_account is not UNSET:
            field_dict["insufficientAccount"] = insufficient_account
        if insufficient_bail is not UNSET:
            field_dict["insufficientBail"] = insufficient_bail
        if instant_refund_type is not UNSET:
            field_dict["instantRefundType"] = instant_refund_type
        if new_refund_return is not UNSET:
            field_dict["newRefundReturn"] = new_refund_return
        if aftersale_agree_timeout is not UNSET:
            field_dict["aftersaleAgreeTimeout"] = aftersale_agree_timeout
        if aftersale_auto_disburse is not UNSET:
            field_dict["aftersaleAutoDisburse"] = aftersale_auto_disburse
        if only_refund is not UNSET:
            field_dict["onlyRefund"] = only_refund
        if order_entry_count_map is not UNSET:
            field_dict["orderEntryCountMap"] = order_entry_count_map
        if order_entry_id_list is not UNSET:
            field_dict["orderEntryIdList"] = order_entry_id_list
        if order_id is not UNSET:
            field_dict["orderId"] = order_id
        if prepaid_balance is not UNSET:
            field_dict["prepaidBalance"] = prepaid_balance
        if product_name is not UNSET:
            field_dict["productName"] = product_name
        if refund_carriage is not UNSET:
            field_dict["refundCarriage"] = refund_carriage
        if refund_goods is not UNSET:
            field_dict["refundGoods"] = refund_goods
        if refund_id is not UNSET:
            field_dict["refundId"] = refund_id
        if refund_operation_list is not UNSET:
            field_dict["refundOperationList"] = refund_operation_list
        if refund_payment is not UNSET:
            field_dict["refundPayment"] = refund_payment
        if reject_reason is not UNSET:
            field_dict["rejectReason"] = reject_reason
        if reject_reason_id is not UNSET:
            field_dict["rejectReasonId"] = reject_reason_id
        if reject_times is not UNSET:
            field_dict["rejectTimes"] = reject_times
        if seller_alipay_id is not UNSET:
            field_dict["sellerAlipayId"] = seller_alipay_id
        if seller_delay_disburse is not UNSET:
            field_dict["sellerDelayDisburse"] = seller_delay_disburse
        if seller_login_id is not UNSET:
            field_dict["sellerLoginId"] = seller_login_id
        if seller_member_id is not UNSET:
            field_dict["sellerMemberId"] = seller_member_id
        if seller_mobile is not UNSET:
            field_dict["sellerMobile"] = seller_mobile
        if seller_real_name is not UNSET:
            field_dict["sellerRealName"] = seller_real_name
        if seller_receive_address is not UNSET:
            field_dict["sellerReceiveAddress"] = seller_receive_address
        if seller_tel is not UNSET:
            field_dict["sellerTel"] = seller_tel
        if seller_user_id is not UNSET:
            field_dict["sellerUserId"] = seller_user_id
        if status is not UNSET:
            field_dict["status"] = status
        if support_new_steppay is not UNSET:
            field_dict["supportNewSteppay"] = support_new_steppay
        if task_status is not UNSET:
            field_dict["taskStatus"] = task_status
        if time_out_freeze is not UNSET:
            field_dict["timeOutFreeze"] = time_out_freeze
        if time_out_operate_type is not UNSET:
            field_dict["timeOutOperateType"] = time_out_operate_type
        if trade_type_str is not UNSET:
            field_dict["tradeTypeStr"] = trade_type_str

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
        id: int | None | Unset = d.pop("id", UNSET)

        create_by: None | str | Unset = d.pop("createBy", UNSET)

        create_by_id: int | None | Unset = d.pop("createById", UNSET)

        create_time: None | str | Unset = d.pop("createTime", UNSET)

        update_by: None | str | Unset = d.pop("updateBy", UNSET)

        update_by_id: int | None | Unset = d.pop("updateById", UNSET)

        update_time: None | str | Unset = d.pop("updateTime", UNSET)

        remark: None | str | Unset = d.pop("remark", UNSET)

        alipay_payment_id: None | str | Unset = d.pop("alipayPaymentId", UNSET)

        apply_carriage: int | None | Unset = d.pop("applyCarriage", UNSET)

        apply_expect: int | None | Unset = d.pop("applyExpect", UNSET)

        apply_payment: int | None | Unset = d.pop("applyPayment", UNSET)

        apply_reason: None | str | Unset = d.pop("applyReason", UNSET)

        apply_reason_id: int | None | Unset = d.pop("applyReasonId", UNSET)

        apply_sub_reason: None | str | Unset = d.pop("applySubReason", UNSET)

        apply_sub_reason_id: int | None | Unset = d.pop("applySubReasonId", UNSET)

        buyer_alipay_id: None | str | Unset = d.pop("buyerAlipayId", UNSET)

        buyer_logistics_name: None | str | Unset = d.pop("buyerLogisticsName", UNSET)

        buyer_member_id: None | str | Unset = d.pop("buyerMemberId", UNSET)

        buyer_send_goods: bool | None | Unset = d.pop("buyerSendGoods", UNSET)

        buyer_user_id: int | None | Unset = d.pop("buyerUserId", UNSET)

        buyer_login_id: None | str | Unset = d.pop("buyerLoginId", UNSET)

        can_refund_payment: int | None | Unset = d.pop("canRefundPayment", UNSET)

        crm_modify_refund: bool | None | Unset = d.pop("crmModifyRefund", UNSET)

        disburse_channel: None | str | Unset = d.pop("disburseChannel", UNSET)

        dispute_request: int | None | str | Unset = d.pop("disputeRequest", UNSET)

        dispute_type: int | None | Unset = d.pop("disputeType", UNSET)

        def _parse_ext_info(
            data: object,
        ) -> AlibabaRefundInfoExtInfoType0 | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                ext_info_type_0 = AlibabaRefundInfoExtInfoType0.from_dict(data)

                return ext_info_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(AlibabaRefundInfoExtInfoType0 | None | Unset, data)

        ext_info = _parse_ext_info(d.pop("extInfo", UNSET))

        freight_bill: None | str | Unset = d.pop("freightBill", UNSET)

        frozen_fund: int | None | Unset = d.pop("frozenFund", UNSET)

        gmt_apply: None | str | Unset = d.pop("gmtApply", UNSET)

        gmt_completed: None | str | Unset = d.pop("gmtCompleted", UNSET)

        gmt_create: None | str | Unset = d.pop("gmtCreate", UNSET)

        gmt_freezed: None | str | Unset = d.pop("gmtFreezed", UNSET)

        gmt_modified: None | str | Unset = d.pop("gmtModified", UNSET)

        gmt_time_out: None | str | Unset = d.pop("gmtTimeOut", UNSET)

        goods_received: bool | None | Unset = d.pop("goodsReceived", UNSET)

        goods_status: int | None | str | Unset = d.pop("goodsStatus", UNSET)

        insufficient_account: bool | None | Unset = d.pop("insufficientAccount", UNSET)

        insufficient_bail: bool | None | Unset = d.pop("insufficientBail", UNSET)

        instant_refund_type: None | str | Unset = d.pop("instantRefundType", UNSET)

        new_refund_return: bool | None | Unset = d.pop("newRefundReturn", UNSET)

        aftersale_agree_timeout: bool | None | Unset = d.pop(
            "aftersaleAgreeTimeout", UNSET
        )

        aftersale_auto_disburse: bool | None | Unset = d.pop(
            "aftersaleAutoDisburse", UNSET
        )

        only_refund: bool | None | Unset = d.pop("onlyRefund", UNSET)

        def _parse_order_entry_count_map(
            data: object,
        ) -> AlibabaRefundInfoOrderEntryCountMapType0 | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                order_entry_count_map_type_0 = (
                    AlibabaRefundInfoOrderEntryCountMapType0.from_dict(data)
                )

                return order_entry_count_map_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(AlibabaRefundInfoOrderEntryCountMapType0 | None | Unset, data)

        order_entry_count_map = _parse_order_entry_count_map(
            d.pop("orderEntryCountMap", UNSET)
        )

        def _parse_order_entry_id_list(data: object) -> list[int] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                order_entry_id_list_type_0 = cast(list[int], data)

                return order_entry_id_list_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[int] | None | Unset, data)

        order_entry_id_list = _parse_order_entry_id_list(
            d.pop("orderEntryIdList", UNSET)
        )

        order_id: int | None | Unset = d.pop("orderId", UNSET)

        prepaid_balance: int | None | Unset = d.pop("prepaidBalance", UNSET)

        product_name: None | str | Unset = d.pop("productName", UNSET)

        refund_carriage: int | None | Unset = d.pop("refundCarriage", UNSET)

        refund_goods: bool | None | Unset = d.pop("refundGoods", UNSET)

        refund_id: None | str | Unset = d.pop("refundId", UNSET)

        def _parse_refund_operation_list(
            data: object,
        ) -> list[AlibabaRefundOperation] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                refund_operation_list_type_0 = []
                _refund_operation_list_type_0 = data
                for (
                    refund_operation_list_type_0_item_data
                ) in _refund_operation_list_type_0:
                    refund_operation_list_type_0_item = (
                        AlibabaRefundOperation.from_dict(
                            refund_operation_list_type_0_item_data
                        )
                    )

                    refund_operation_list_type_0.append(
                        refund_operation_list_type_0_item
                    )

                return refund_operation_list_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[AlibabaRefundOperation] | None | Unset, data)

        refund_operation_list = _parse_refund_operation_list(
            d.pop("refundOperationList", UNSET)
        )

        refund_payment: int | None | Unset = d.pop("refundPayment", UNSET)

        reject_reason: None | str | Unset = d.pop("rejectReason", UNSET)

        reject_reason_id: int | None | Unset = d.pop("rejectReasonId", UNSET)

        reject_times: int | None | Unset = d.pop("rejectTimes", UNSET)

        seller_alipay_id: None | str | Unset = d.pop("sellerAlipayId", UNSET)

        seller_delay_disburse: bool | None | Unset = d.pop("sellerDelayDisburse", UNSET)

        seller_login_id: None | str | Unset = d.pop("sellerLoginId", UNSET)

        seller_member_id: None | str | Unset = d.pop("sellerMemberId", UNSET)

        seller_mobile: None | str | Unset = d.pop("sellerMobile", UNSET)

        seller_real_name: None | str | Unset = d.pop("sellerRealName", UNSET)

        seller_receive_address: None | str | Unset = d.pop(
            "sellerReceiveAddress", UNSET
        )

        seller_tel: None | str | Unset = d.pop("sellerTel", UNSET)

        seller_user_id: int | None | Unset = d.pop("sellerUserId", UNSET)

        status: None | str | Unset = d.pop("status", UNSET)

        support_new_steppay: bool | None | Unset = d.pop("supportNewSteppay", UNSET)

        task_status: None | str | Unset = d.pop("taskStatus", UNSET)

        time_out_freeze: bool | None | Unset = d.pop("timeOutFreeze", UNSET)

        time_out_operate_type: None | str | Unset = d.pop("timeOutOperateType", UNSET)

        trade_type_str: None | str | Unset = d.pop("tradeTypeStr", UNSET)

        alibaba_refund_info = cls(
            id=id,
            create_by=create_by,
            create_by_id=create_by_id,
            create_time=create_time,
            update_by=update_by,
            update_by_id=update_by_id,
            update_time=update_time,
            remark=remark,
            alipay_payment_id=alipay_payment_id,
            apply_carriage=apply_carriage,
            apply_expect=apply_expect,
            apply_payment=apply_payment,
            apply_reason=apply_reason,
            apply_reason_id=apply_reason_id,
            apply_sub_reason=apply_sub_reason,
            apply_sub_reason_id=apply_sub_reason_id,
            buyer_alipay_id=buyer_alipay_id,
            buyer_logistics_name=buyer_logistics_name,
            buyer_member_id=buyer_member_id,
            buyer_send_goods=buyer_send_goods,
            buyer_user_id=buyer_user_id,
            buyer_login_id=buyer_login_id,
            can_refund_payment=can_refund_payment,
            crm_modify_refund=crm_modify_refund,
            disburse_channel=disburse_channel,
            dispute_request=dispute_request,
            dispute_type=dispute_type,
            ext_info=ext_info,
            freight_bill=freight_bill,
            frozen_fund=frozen_fund,
            gmt_apply=gmt_apply,
            gmt_completed=gmt_completed,
            gmt_create=gmt_create,
            gmt_freezed=gmt_freezed,
            gmt_modified=gmt_modified,
            gmt_time_out=gmt_time_out,
            goods_received=goods_received,
            goods_status=goods_status,
            insufficient_account=insufficient_account,
            insufficient_bail=insufficient_bail,
            instant_refund_type=instant_refund_type,
            new_refund_return=new_refund_return,
            aftersale_agree_timeout=aftersale_agree_timeout,
            aftersale_auto_disburse=aftersale_auto_disburse,
            only_refund=only_refund,
            order_entry_count_map=order_entry_count_map,
            order_entry_id_list=order_entry_id_list,
            order_id=order_id,
            prepaid_balance=prepaid_balance,
            product_name=product_name,
            refund_carriage=refund_carriage,
            refund_goods=refund_goods,
            refund_id=refund_id,
            refund_operation_list=refund_operation_list,
            refund_payment=refund_payment,
            reject_reason=reject_reason,
            reject_reason_id=reject_reason_id,
            reject_times=reject_times,
            seller_alipay_id=seller_alipay_id,
            seller_delay_disburse=seller_delay_disburse,
            seller_login_id=seller_login_id,
            seller_member_id=seller_member_id,
            seller_mobile=seller_mobile,
            seller_real_name=seller_real_name,
            seller_receive_address=seller_receive_address,
            seller_tel=seller_tel,
            seller_user_id=seller_user_id,
            status=status,
            support_new_steppay=support_new_steppay,
            task_status=task_status,
            time_out_freeze=time_out_freeze,
            time_out_operate_type=time_out_operate_type,
            trade_type_str=trade_type_str,
        )

        alibaba_refund_info.additional_properties = d
        return alibaba_refund_info

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
from ..models.alibaba_refund_info_ext_info_type_0 import AlibabaRefundInfoExtInfoType0
from ..models.alibaba_refund_info_order_entry_count_map_type_0 import (
    AlibabaRefundInfoOrderEntryCountMapType0,
)
from ..models.alibaba_refund_operation import AlibabaRefundOperation
