from __future__ import annotations

from collections.abc import Iterator, Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, model_to_json, set_fields_repr, to_jsonable

T = TypeVar("T", bound="AlibabaOrderBaseInfo")


@_attrs_define
class AlibabaOrderBaseInfo:
    """Base information of a 1688 order. Only its presence was read on a PandaPon page.

    Attributes:
        id (int | None | Unset): 1688 order id (exceeds 2^53).
        id_of_str (None | str | Unset): The order id as a string.
        status (None | str | Unset): Order status: waitbuyerpay, waitsellersend, waitlogisticstakein, waitbuyerreceive,
            waitbuyersign, signinsuccess, confirm_goods, success, cancel, terminated, or another value.
        business_type (None | str | Unset): Business type code, e.g. cn (regular), ws (wholesale), cb (cross-border).
        buyer_id (None | str | Unset): Buyer member id.
        seller_id (None | str | Unset): Seller member id.
        buyer_login_id (None | str | Unset): Buyer login id.
        seller_login_id (None | str | Unset): Seller login id.
        buyer_user_id (int | None | Unset): Buyer user id.
        seller_user_id (int | None | Unset): Seller user id.
        buyer_alipay_id (None | str | Unset): Buyer Alipay id.
        seller_alipay_id (None | str | Unset): Seller Alipay id.
        sub_buyer_login_id (None | str | Unset): Buyer sub-account login id.
        create_time (None | str | Unset): Creation time.
        modify_time (None | str | Unset): Last modification time.
        pay_time (None | str | Unset): First payment time.
        all_delivered_time (None | str | Unset): Time all goods were shipped.
        receiving_time (None | str | Unset): Receipt time.
        confirmed_time (None | str | Unset): Confirmation time.
        complete_time (None | str | Unset): Completion time.
        total_amount (float | None | Unset): Amount payable, goods plus freight (upstream yuan).
        sum_product_payment (float | None | Unset): Goods total (upstream yuan).
        shipping_fee (float | None | Unset): Freight (upstream yuan).
        discount (float | None | Unset): Discount (upstream fen).
        coupon_fee (float | None | Unset): Red-packet (coupon) amount (upstream yuan).
        refund (float | None | Unset): Amount refunded (upstream yuan).
        refund_payment (float | None | Unset): Refund payment (unit not stated upstream).
        currency (None | str | Unset): Currency code, e.g. RMB, USD.
        trade_type (None | str | Unset): Trade type code.
        trade_type_desc (None | str | Unset): Trade type description.
        trade_type_code (None | str | Unset): Trade mode, e.g. assureTrade.
        refund_status (None | str | Unset): In-sale refund status.
        refund_status_for_as (None | str | Unset): After-sale refund status.
        refund_id (None | str | Unset): Refund id ("TQ…").
        close_reason (None | str | Unset): Why the order was closed, e.g. buyerCancel, sellerGoodsLack, other.
        close_remark (None | str | Unset): Closing remark.
        close_operate_type (None | str | Unset): Who closed the order, e.g. CLOSE_TRADE_BY_BUYER, CLOSE_TRADE_BY_SYSTEM.
        remark (None | str | Unset): Buyer's remark at order time.
        buyer_memo (None | str | Unset): Buyer memo.
        seller_memo (None | str | Unset): Seller memo.
        buyer_remark_icon (None | str | Unset): Buyer remark flag.
        seller_remark_icon (None | str | Unset): Seller remark flag.
        buyer_feedback (None | str | Unset): Buyer feedback.
        over_sea_order (bool | None | Unset): Whether this is an overseas dropshipping order.
        seller_order (bool | None | Unset): Whether the seller placed the order.
        pre_order_id (int | None | Unset): Pre-order id.
        flow_template_code (None | str | Unset): Flow template code.
        buyer_level (None | str | Unset): Buyer level.
        seller_credit_level (None | str | Unset): Seller credit level.
        alipay_trade_id (None | str | Unset): Alipay trade number.
        step_pay_all (bool | None | Unset): Whether staged payment is paid in full.
        step_agreement_path (None | str | Unset): Staged-payment agreement path.
        step_order_list (list[AlibabaOrderBaseInfoStepOrderListType0Item] | None | Unset): Staged-payment phases (fields
            not known).
        new_step_order_list (list[AlibabaOrderBaseInfoNewStepOrderListType0Item] | None | Unset): Staged-payment phases,
            newer model (fields not known).
        pay_channel_list (list[str] | None | Unset): Payment channels used.
        buyer_contact (AlibabaOrderContact | None | Unset): Buyer contact.
        seller_contact (AlibabaOrderContact | None | Unset): Seller contact.
        receiver_info (AlibabaOrderReceiverInfo | None | Unset): Receiver.
    """

    id: int | None | Unset = UNSET
    id_of_str: None | str | Unset = UNSET
    status: None | str | Unset = UNSET
    business_type: None | str | Unset = UNSET
    buyer_id: None | str | Unset = UNSET
    seller_id: None | str | Unset = UNSET
    buyer_login_id: None | str | Unset = UNSET
    seller_login_id: None | str | Unset = UNSET
    buyer_user_id: int | None | Unset = UNSET
    seller_user_id: int | None | Unset = UNSET
    buyer_alipay_id: None | str | Unset = UNSET
    seller_alipay_id: None | str | Unset = UNSET
    sub_buyer_login_id: None | str | Unset = UNSET
    create_time: None | str | Unset = UNSET
    modify_time: None | str | Unset = UNSET
    pay_time: None | str | Unset = UNSET
    all_delivered_time: None | str | Unset = UNSET
    receiving_time: None | str | Unset = UNSET
    confirmed_time: None | str | Unset = UNSET
    complete_time: None | str | Unset = UNSET
    total_amount: float | None | Unset = UNSET
    sum_product_payment: float | None | Unset = UNSET
    shipping_fee: float | None | Unset = UNSET
    discount: float | None | Unset = UNSET
    coupon_fee: float | None | Unset = UNSET
    refund: float | None | Unset = UNSET
    refund_payment: float | None | Unset = UNSET
    currency: None | str | Unset = UNSET
    trade_type: None | str | Unset = UNSET
    trade_type_desc: None | str | Unset = UNSET
    trade_type_code: None | str | Unset = UNSET
    refund_status: None | str | Unset = UNSET
    refund_status_for_as: None | str | Unset = UNSET
    refund_id: None | str | Unset = UNSET
    close_reason: None | str | Unset = UNSET
    close_remark: None | str | Unset = UNSET
    close_operate_type: None | str | Unset = UNSET
    remark: None | str | Unset = UNSET
    buyer_memo: None | str | Unset = UNSET
    seller_memo: None | str | Unset = UNSET
    buyer_remark_icon: None | str | Unset = UNSET
    seller_remark_icon: None | str | Unset = UNSET
    buyer_feedback: None | str | Unset = UNSET
    over_sea_order: bool | None | Unset = UNSET
    seller_order: bool | None | Unset = UNSET
    pre_order_id: int | None | Unset = UNSET
    flow_template_code: None | str | Unset = UNSET
    buyer_level: None | str | Unset = UNSET
    seller_credit_level: None | str | Unset = UNSET
    alipay_trade_id: None | str | Unset = UNSET
    step_pay_all: bool | None | Unset = UNSET
    step_agreement_path: None | str | Unset = UNSET
    step_order_list: list[AlibabaOrderBaseInfoStepOrderListType0Item] | None | Unset = (
        UNSET
    )
    new_step_order_list: (
        list[AlibabaOrderBaseInfoNewStepOrderListType0Item] | None | Unset
    ) = UNSET
    pay_channel_list: list[str] | None | Unset = UNSET
    buyer_contact: AlibabaOrderContact | None | Unset = UNSET
    seller_contact: AlibabaOrderContact | None | Unset = UNSET
    receiver_info: AlibabaOrderReceiverInfo | None | Unset = UNSET
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

        id_of_str: None | str | Unset
        if isinstance(self.id_of_str, Unset):
            id_of_str = UNSET
        else:
            id_of_str = self.id_of_str

        status: None | str | Unset
        if isinstance(self.status, Unset):
            status = UNSET
        else:
            status = self.status

        business_type: None | str | Unset
        if isinstance(self.business_type, Unset):
            business_type = UNSET
        else:
            business_type = self.business_type

        buyer_id: None | str | Unset
        if isinstance(self.buyer_id, Unset):
            buyer_id = UNSET
        else:
            buyer_id = self.buyer_id

        seller_id: None | str | Unset
        if isinstance(self.seller_id, Unset):
            seller_id = UNSET
        else:
            seller_id = self.seller_id

        buyer_login_id: None | str | Unset
        if isinstance(self.buyer_login_id, Unset):
            buyer_login_id = UNSET
        else:
            buyer_login_id = self.buyer_login_id

        seller_login_id: None | str | Unset
        if isinstance(self.seller_login_id, Unset):
            seller_login_id = UNSET
        else:
            seller_login_id = self.seller_login_id

        buyer_user_id: int | None | Unset
        if isinstance(self.buyer_user_id, Unset):
            buyer_user_id = UNSET
        else:
            buyer_user_id = self.buyer_user_id

        seller_user_id: int | None | Unset
        if isinstance(self.seller_user_id, Unset):
            seller_user_id = UNSET
        else:
            seller_user_id = self.seller_user_id

        buyer_alipay_id: None | str | Unset
        if isinstance(self.buyer_alipay_id, Unset):
            buyer_alipay_id = UNSET
        else:
            buyer_alipay_id = self.buyer_alipay_id

        seller_alipay_id: None | str | Unset
        if isinstance(self.seller_alipay_id, Unset):
            seller_alipay_id = UNSET
        else:
            seller_alipay_id = self.seller_alipay_id

        sub_buyer_login_id: None | str | Unset
        if isinstance(self.sub_buyer_login_id, Unset):
            sub_buyer_login_id = UNSET
        else:
            sub_buyer_login_id = self.sub_buyer_login_id

        create_time: None | str | Unset
        if isinstance(self.create_time, Unset):
            create_time = UNSET
        else:
            create_time = self.create_time

        modify_time: None | str | Unset
        if isinstance(self.modify_time, Unset):
            modify_time = UNSET
        else:
            modify_time = self.modify_time

        pay_time: None | str | Unset
        if isinstance(self.pay_time, Unset):
            pay_time = UNSET
        else:
            pay_time = self.pay_time

        all_delivered_time: None | str | Unset
        if isinstance(self.all_delivered_time, Unset):
            all_delivered_time = UNSET
        else:
            all_delivered_time = self.all_delivered_time

        receiving_time: None | str | Unset
        if isinstance(self.receiving_time, Unset):
            receiving_time = UNSET
        else:
            receiving_time = self.receiving_time

        confirmed_time: None | str | Unset
        if isinstance(self.confirmed_time, Unset):
            confirmed_time = UNSET
        else:
            confirmed_time = self.confirmed_time

        complete_time: None | str | Unset
        if isinstance(self.complete_time, Unset):
            complete_time = UNSET
        else:
            complete_time = self.complete_time

        total_amount: float | None | Unset
        if isinstance(self.total_amount, Unset):
            total_amount = UNSET
        else:
            total_amount = self.total_amount

        sum_product_payment: float | None | Unset
        if isinstance(self.sum_product_payment, Unset):
            sum_product_payment = UNSET
        else:
            sum_product_payment = self.sum_product_payment

        shipping_fee: float | None | Unset
        if isinstance(self.shipping_fee, Unset):
            shipping_fee = UNSET
        else:
            shipping_fee = self.shipping_fee

        discount: float | None | Unset
        if isinstance(self.discount, Unset):
            discount = UNSET
        else:
            discount = self.discount

        coupon_fee: float | None | Unset
        if isinstance(self.coupon_fee, Unset):
            coupon_fee = UNSET
        else:
            coupon_fee = self.coupon_fee

        refund: float | None | Unset
        if isinstance(self.refund, Unset):
            refund = UNSET
        else:
            refund = self.refund

        refund_payment: float | None | Unset
        if isinstance(self.refund_payment, Unset):
            refund_payment = UNSET
        else:
            refund_payment = self.refund_payment

        currency: None | str | Unset
        if isinstance(self.currency, Unset):
            currency = UNSET
        else:
            currency = self.currency

        trade_type: None | str | Unset
        if isinstance(self.trade_type, Unset):
            trade_type = UNSET
        else:
            trade_type = self.trade_type

        trade_type_desc: None | str | Unset
        if isinstance(self.trade_type_desc, Unset):
            trade_type_desc = UNSET
        else:
            trade_type_desc = self.trade_type_desc

        trade_type_code: None | str | Unset
        if isinstance(self.trade_type_code, Unset):
            trade_type_code = UNSET
        else:
            trade_type_code = self.trade_type_code

        refund_status: None | str | Unset
        if isinstance(self.refund_status, Unset):
            refund_status = UNSET
        else:
            refund_status = self.refund_status

        refund_status_for_as: None | str | Unset
        if isinstance(self.refund_status_for_as, Unset):
            refund_status_for_as = UNSET
        else:
            refund_status_for_as = self.refund_status_for_as

        refund_id: None | str | Unset
        if isinstance(self.refund_id, Unset):
            refund_id = UNSET
        else:
            refund_id = self.refund_id

        close_reason: None | str | Unset
        if isinstance(self.close_reason, Unset):
            close_reason = UNSET
        else:
            close_reason = self.close_reason

        close_remark: None | str | Unset
        if isinstance(self.close_remark, Unset):
            close_remark = UNSET
        else:
            close_remark = self.close_remark

        close_operate_type: None | str | Unset
        if isinstance(self.close_operate_type, Unset):
            close_operate_type = UNSET
        else:
            close_operate_type = self.close_operate_type

        remark: None | str | Unset
        if isinstance(self.remark, Unset):
            remark = UNSET
        else:
            remark = self.remark

        buyer_memo: None | str | Unset
        if isinstance(self.buyer_memo, Unset):
            buyer_memo = UNSET
        else:
            buyer_memo = self.buyer_memo

        seller_memo: None | str | Unset
        if isinstance(self.seller_memo, Unset):
            seller_memo = UNSET
        else:
            seller_memo = self.seller_memo

        buyer_remark_icon: None | str | Unset
        if isinstance(self.buyer_remark_icon, Unset):
            buyer_remark_icon = UNSET
        else:
            buyer_remark_icon = self.buyer_remark_icon

        seller_remark_icon: None | str | Unset
        if isinstance(self.seller_remark_icon, Unset):
            seller_remark_icon = UNSET
        else:
            seller_remark_icon = self.seller_remark_icon

        buyer_feedback: None | str | Unset
        if isinstance(self.buyer_feedback, Unset):
            buyer_feedback = UNSET
        else:
            buyer_feedback = self.buyer_feedback

        over_sea_order: bool | None | Unset
        if isinstance(self.over_sea_order, Unset):
            over_sea_order = UNSET
        else:
            over_sea_order = self.over_sea_order

        seller_order: bool | None | Unset
        if isinstance(self.seller_order, Unset):
            seller_order = UNSET
        else:
            seller_order = self.seller_order

        pre_order_id: int | None | Unset
        if isinstance(self.pre_order_id, Unset):
            pre_order_id = UNSET
        else:
            pre_order_id = self.pre_order_id

        flow_template_code: None | str | Unset
        if isinstance(self.flow_template_code, Unset):
            flow_template_code = UNSET
        else:
            flow_template_code = self.flow_template_code

        buyer_level: None | str | Unset
        if isinstance(self.buyer_level, Unset):
            buyer_level = UNSET
        else:
            buyer_level = self.buyer_level

        seller_credit_level: None | str | Unset
        if isinstance(self.seller_credit_level, Unset):
            seller_credit_level = UNSET
        else:
            seller_credit_level = self.seller_credit_level

        alipay_trade_id: None | str | Unset
        if isinstance(self.alipay_trade_id, Unset):
            alipay_trade_id = UNSET
        else:
            alipay_trade_id = self.alipay_trade_id

        step_pay_all: bool | None | Unset
        if isinstance(self.step_pay_all, Unset):
            step_pay_all = UNSET
        else:
            step_pay_all = self.step_pay_all

        step_agreement_path: None | str | Unset
        if isinstance(self.step_agreement_path, Unset):
            step_agreement_path = UNSET
        else:
            step_agreement_path = self.step_agreement_path

        step_order_list: list[dict[str, Any]] | None | Unset
        if isinstance(self.step_order_list, Unset):
            step_order_list = UNSET
        elif isinstance(self.step_order_list, list):
            step_order_list = []
            for step_order_list_type_0_item_data in self.step_order_list:
                step_order_list_type_0_item = to_jsonable(
                    step_order_list_type_0_item_data
                )
                step_order_list.append(step_order_list_type_0_item)

        else:
            step_order_list = self.step_order_list

        new_step_order_list: list[dict[str, Any]] | None | Unset
        if isinstance(self.new_step_order_list, Unset):
            new_step_order_list = UNSET
        elif isinstance(self.new_step_order_list, list):
            new_step_order_list = []
            for new_step_order_list_type_0_item_data in self.new_step_order_list:
                new_step_order_list_type_0_item = to_jsonable(
                    new_step_order_list_type_0_item_data
                )
                new_step_order_list.append(new_step_order_list_type_0_item)

        else:
            new_step_order_list = self.new_step_order_list

        pay_channel_list: list[str] | None | Unset
        if isinstance(self.pay_channel_list, Unset):
            pay_channel_list = UNSET
        elif isinstance(self.pay_channel_list, list):
            pay_channel_list = self.pay_channel_list

        else:
            pay_channel_list = self.pay_channel_list

        buyer_contact: dict[str, Any] | None | Unset
        if isinstance(self.buyer_contact, Unset):
            buyer_contact = UNSET
        elif isinstance(self.buyer_contact, AlibabaOrderContact):
            buyer_contact = to_jsonable(self.buyer_contact)
        else:
            buyer_contact = self.buyer_contact

        seller_contact: dict[str, Any] | None | Unset
        if isinstance(self.seller_contact, Unset):
            seller_contact = UNSET
        elif isinstance(self.seller_contact, AlibabaOrderContact):
            seller_contact = to_jsonable(self.seller_contact)
        else:
            seller_contact = self.seller_contact

        receiver_info: dict[str, Any] | None | Unset
        if isinstance(self.receiver_info, Unset):
            receiver_info = UNSET
        elif isinstance(self.receiver_info, AlibabaOrderReceiverInfo):
            receiver_info = to_jsonable(self.receiver_info)
        else:
            receiver_info = self.receiver_info

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if id_of_str is not UNSET:
            field_dict["idOfStr"] = id_of_str
        if status is not UNSET:
            field_dict["status"] = status
        if business_type is not UNSET:
            field_dict["businessType"] = business_type
        if buyer_id is not UNSET:
            field_dict["buyerID"] = buyer_id
        if seller_id is not UNSET:
            field_dict["sellerID"] = seller_id
        if buyer_login_id is not UNSET:
            field_dict["buyerLoginId"] = buyer_login_id
        if seller_login_id is not UNSET:
            field_dict["sellerLoginId"] = seller_login_id
        if buyer_user_id is not UNSET:
            field_dict["buyerUserId"] = buyer_user_id
        if seller_user_id is not UNSET:
            field_dict["sellerUserId"] = seller_user_id
        if buyer_alipay_id is not UNSET:
            field_dict["buyerAlipayId"] = buyer_alipay_id
        if seller_alipay_id is not UNSET:
            field_dict["sellerAlipayId"] = seller_alipay_id
        if sub_buyer_login_id is not UNSET:
            field_dict["subBuyerLoginId"] = sub_buyer_login_id
        if create_time is not UNSET:
            field_dict["createTime"] = create_time
        if modify_time is not UNSET:
            field_dict["modifyTime"] = modify_time
        if pay_time is not UNSET:
            field_dict["payTime"] = pay_time
        if all_delivered_time is not UNSET:
            field_dict["allDeliveredTime"] = all_delivered_time
        if receiving_time is not UNSET:
            field_dict["receivingTime"] = receiving_time
        if confirmed_time is not UNSET:
            field_dict["confirmedTime"] = confirmed_time
        if complete_time is not UNSET:
            field_dict["completeTime"] = complete_time
        if total_amount is not UNSET:
            field_dict["totalAmount"] = total_amount
        if sum_product_payment is not UNSET:
            field_dict["sumProductPayment"] = sum_product_payment
        if shipping_fee is not UNSET:
            field_dict["shippingFee"] = shipping_fee
        if discount is not UNSET:
            field_dict["discount"] = discount
        if coupon_fee is not UNSET:
            field_dict["couponFee"] = coupon_fee
        if refund is not UNSET:
            field_dict["refund"] = refund
        if refund_payment is not UNSET:
            field_dict["refundPayment"] = refund_payment
        if currency is not UNSET:
            field_dict["currency"] = currency
        if trade_type is not UNSET:
            field_dict["tradeType"] = trade_type
        if trade_type_desc is not UNSET:
            field_dict["tradeTypeDesc"] = trade_type_desc
        if trade_type_code is not UNSET:
            field_dict["tradeTypeCode"] = trade_type_code
        if refund_status is not UNSET:
            field_dict["refundStatus"] = refund_status
        if refund_status_for_as is not UNSET:
            field_dict["refundStatusForAs"] = refund_status_for_as
        if refund_id is not UNSET:
            field_dict["refundId"] = refund_id
        if close_reason is not UNSET:
            field_dict["closeReason"] = close_reason
        if close_remark is not UNSET:
            field_dict["closeRemark"] = close_remark
        if close_operate_type is not UNSET:
            field_dict["closeOperateType"] = close_operate_type
        if remark is not UNSET:
            field_dict["remark"] = remark
        if buyer_memo is not UNSET:
            field_dict["buyerMemo"] = buyer_memo
        if seller_memo is not UNSET:
            field_dict["sellerMemo"] = seller_memo
        if buyer_remark_icon is not UNSET:
            field_dict["buyerRemarkIcon"] = buyer_remark_icon
        if seller_remark_icon is not UNSET:
            field_dict["sellerRemarkIcon"] = seller_remark_icon
        if buyer_feedback is not UNSET:
            field_dict["buyerFeedback"] = buyer_feedback
        if over_sea_order is not UNSET:
            field_dict["overSeaOrder"] = over_sea_order
        if seller_order is not UNSET:
            field_dict["sellerOrder"] = seller_order
        if pre_order_id is not UNSET:
            field_dict["preOrderId"] = pre_order_id
        if flow_template_code is not UNSET:
            field_dict["flowTemplateCode"] = flow_template_code
        if buyer_level is not UNSET:
            field_dict["buyerLevel"] = buyer_level
        if seller_credit_level is not UNSET:
            field_dict["sellerCreditLevel"] = seller_credit_level
        if alipay_trade_id is not UNSET:
            field_dict["alipayTradeId"] = alipay_trade_id
        if step_pay_all is not UNSET:
            field_dict["stepPayAll"] = step_pay_all
        if step_agreement_path is not UNSET:
            field_dict["stepAgreementPath"] = step_agreement_path
        if step_order_list is not UNSET:
            field_dict["stepOrderList"] = step_order_list
        if new_step_order_list is not UNSET:
            field_dict["newStepOrderList"] = new_step_order_list
        if pay_channel_list is not UNSET:
            field_dict["payChannelList"] = pay_channel_list
        if buyer_contact is not UNSET:
            field_dict["buyerContact"] = buyer_contact
        if seller_contact is not UNSET:
            field_dict["sellerContact"] = seller_contact
        if receiver_info is not UNSET:
            field_dict["receiverInfo"] = receiver_info

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

        id_of_str: None | str | Unset = d.pop("idOfStr", UNSET)

        status: None | str | Unset = d.pop("status", UNSET)

        business_type: None | str | Unset = d.pop("businessType", UNSET)

        buyer_id: None | str | Unset = d.pop("buyerID", UNSET)

        seller_id: None | str | Unset = d.pop("sellerID", UNSET)

        buyer_login_id: None | str | Unset = d.pop("buyerLoginId", UNSET)

        seller_login_id: None | str | Unset = d.pop("sellerLoginId", UNSET)

        buyer_user_id: int | None | Unset = d.pop("buyerUserId", UNSET)

        seller_user_id: int | None | Unset = d.pop("sellerUserId", UNSET)

        buyer_alipay_id: None | str | Unset = d.pop("buyerAlipayId", UNSET)

        seller_alipay_id: None | str | Unset = d.pop("sellerAlipayId", UNSET)

        sub_buyer_login_id: None | str | Unset = d.pop("subBuyerLoginId", UNSET)

        create_time: None | str | Unset = d.pop("createTime", UNSET)

        modify_time: None | str | Unset = d.pop("modifyTime", UNSET)

        pay_time: None | str | Unset = d.pop("payTime", UNSET)

        all_delivered_time: None | str | Unset = d.pop("allDeliveredTime", UNSET)

        receiving_time: None | str | Unset = d.pop("receivingTime", UNSET)

        confirmed_time: None | str | Unset = d.pop("confirmedTime", UNSET)

        complete_time: None | str | Unset = d.pop("completeTime", UNSET)

        total_amount: float | None | Unset = d.pop("totalAmount", UNSET)

        sum_product_payment: float | None | Unset = d.pop("sumProductPayment", UNSET)

        shipping_fee: float | None | Unset = d.pop("shippingFee", UNSET)

        discount: float | None | Unset = d.pop("discount", UNSET)

        coupon_fee: float | None | Unset = d.pop("couponFee", UNSET)

        refund: float | None | Unset = d.pop("refund", UNSET)

        refund_payment: float | None | Unset = d.pop("refundPayment", UNSET)

        currency: None | str | Unset = d.pop("currency", UNSET)

        trade_type: None | str | Unset = d.pop("tradeType", UNSET)

        trade_type_desc: None | str | Unset = d.pop("tradeTypeDesc", UNSET)

        trade_type_code: None | str | Unset = d.pop("tradeTypeCode", UNSET)

        refund_status: None | str | Unset = d.pop("refundStatus", UNSET)

        refund_status_for_as: None | str | Unset = d.pop("refundStatusForAs", UNSET)

        refund_id: None | str | Unset = d.pop("refundId", UNSET)

        close_reason: None | str | Unset = d.pop("closeReason", UNSET)

        close_remark: None | str | Unset = d.pop("closeRemark", UNSET)

        close_operate_type: None | str | Unset = d.pop("closeOperateType", UNSET)

        remark: None | str | Unset = d.pop("remark", UNSET)

        buyer_memo: None | str | Unset = d.pop("buyerMemo", UNSET)

        seller_memo: None | str | Unset = d.pop("sellerMemo", UNSET)

        buyer_remark_icon: None | str | Unset = d.pop("buyerRemarkIcon", UNSET)

        seller_remark_icon: None | str | Unset = d.pop("sellerRemarkIcon", UNSET)

        buyer_feedback: None | str | Unset = d.pop("buyerFeedback", UNSET)

        over_sea_order: bool | None | Unset = d.pop("overSeaOrder", UNSET)

        seller_order: bool | None | Unset = d.pop("sellerOrder", UNSET)

        pre_order_id: int | None | Unset = d.pop("preOrderId", UNSET)

        flow_template_code: None | str | Unset = d.pop("flowTemplateCode", UNSET)

        buyer_level: None | str | Unset = d.pop("buyerLevel", UNSET)

        seller_credit_level: None | str | Unset = d.pop("sellerCreditLevel", UNSET)

        alipay_trade_id: None | str | Unset = d.pop("alipayTradeId", UNSET)

        step_pay_all: bool | None | Unset = d.pop("stepPayAll", UNSET)

        step_agreement_path: None | str | Unset = d.pop("stepAgreementPath", UNSET)

        def _parse_step_order_list(
            data: object,
        ) -> list[AlibabaOrderBaseInfoStepOrderListType0Item] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                step_order_list_type_0 = []
                _step_order_list_type_0 = data
                for step_order_list_type_0_item_data in _step_order_list_type_0:
                    step_order_list_type_0_item = (
                        AlibabaOrderBaseInfoStepOrderListType0Item.from_dict(
                            step_order_list_type_0_item_data
                        )
                    )

                    step_order_list_type_0.append(step_order_list_type_0_item)

                return step_order_list_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(
                list[AlibabaOrderBaseInfoStepOrderListType0Item] | None | Unset, data
            )

        step_order_list = _parse_step_order_list(d.pop("stepOrderList", UNSET))

        def _parse_new_step_order_list(
            data: object,
        ) -> list[AlibabaOrderBaseInfoNewStepOrderListType0Item] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                new_step_order_list_type_0 = []
                _new_step_order_list_type_0 = data
                for new_step_order_list_type_0_item_data in _new_step_order_list_type_0:
                    new_step_order_list_type_0_item = (
                        AlibabaOrderBaseInfoNewStepOrderListType0Item.from_dict(
                            new_step_order_list_type_0_item_data
                        )
                    )

                    new_step_order_list_type_0.append(new_step_order_list_type_0_item)

                return new_step_order_list_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(
                list[AlibabaOrderBaseInfoNewStepOrderListType0Item] | None | Unset, data
            )

        new_step_order_list = _parse_new_step_order_list(
            d.pop("newStepOrderList", UNSET)
        )

        def _parse_pay_channel_list(data: object) -> list[str] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                pay_channel_list_type_0 = cast(list[str], data)

                return pay_channel_list_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[str] | None | Unset, data)

        pay_channel_list = _parse_pay_channel_list(d.pop("payChannelList", UNSET))

        def _parse_buyer_contact(data: object) -> AlibabaOrderContact | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                buyer_contact_type_0 = AlibabaOrderContact.from_dict(data)

                return buyer_contact_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(AlibabaOrderContact | None | Unset, data)

        buyer_contact = _parse_buyer_contact(d.pop("buyerContact", UNSET))

        def _parse_seller_contact(data: object) -> AlibabaOrderContact | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                seller_contact_type_0 = AlibabaOrderContact.from_dict(data)

                return seller_contact_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(AlibabaOrderContact | None | Unset, data)

        seller_contact = _parse_seller_contact(d.pop("sellerContact", UNSET))

        def _parse_receiver_info(
            data: object,
        ) -> AlibabaOrderReceiverInfo | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                receiver_info_type_0 = AlibabaOrderReceiverInfo.from_dict(data)

                return receiver_info_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(AlibabaOrderReceiverInfo | None | Unset, data)

        receiver_info = _parse_receiver_info(d.pop("receiverInfo", UNSET))

        alibaba_order_base_info = cls(
            id=id,
            id_of_str=id_of_str,
            status=status,
            business_type=business_type,
            buyer_id=buyer_id,
            seller_id=seller_id,
            buyer_login_id=buyer_login_id,
            seller_login_id=seller_login_id,
            buyer_user_id=buyer_user_id,
            seller_user_id=seller_user_id,
            buyer_alipay_id=buyer_alipay_id,
            seller_alipay_id=seller_alipay_id,
            sub_buyer_login_id=sub_buyer_login_id,
            create_time=create_time,
            modify_time=modify_time,
            pay_time=pay_time,
            all_delivered_time=all_delivered_time,
            receiving_time=receiving_time,
            confirmed_time=confirmed_time,
            complete_time=complete_time,
            total_amount=total_amount,
            sum_product_payment=sum_product_payment,
            shipping_fee=shipping_fee,
            discount=discount,
            coupon_fee=coupon_fee,
            refund=refund,
            refund_payment=refund_payment,
            currency=currency,
            trade_type=trade_type,
            trade_type_desc=trade_type_desc,
            trade_type_code=trade_type_code,
            refund_status=refund_status,
            refund_status_for_as=refund_status_for_as,
            refund_id=refund_id,
            close_reason=close_reason,
            close_remark=close_remark,
            close_operate_type=close_operate_type,
            remark=remark,
            buyer_memo=buyer_memo,
            seller_memo=seller_memo,
            buyer_remark_icon=buyer_remark_icon,
            seller_remark_icon=seller_remark_icon,
            buyer_feedback=buyer_feedback,
            over_sea_order=over_sea_order,
            seller_order=seller_order,
            pre_order_id=pre_order_id,
            flow_template_code=flow_template_code,
            buyer_level=buyer_level,
            seller_credit_level=seller_credit_level,
            alipay_trade_id=alipay_trade_id,
            step_pay_all=step_pay_all,
            step_agreement_path=step_agreement_path,
            step_order_list=step_order_list,
            new_step_order_list=new_step_order_list,
            pay_channel_list=pay_channel_list,
            buyer_contact=buyer_contact,
            seller_contact=seller_contact,
            receiver_info=receiver_info,
        )

        alibaba_order_base_info.additional_properties = d
        return alibaba_order_base_info

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
from ..models.alibaba_order_base_info_new_step_order_list_type_0_item import (
    AlibabaOrderBaseInfoNewStepOrderListType0Item,
)
from ..models.alibaba_order_base_info_step_order_list_type_0_item import (
    AlibabaOrderBaseInfoStepOrderListType0Item,
)
from ..models.alibaba_order_contact import AlibabaOrderContact
from ..models.alibaba_order_receiver_info import AlibabaOrderReceiverInfo
