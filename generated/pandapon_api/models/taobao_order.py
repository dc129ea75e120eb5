from __future__ import annotations

from collections.abc import Iterator, Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, model_to_json, set_fields_repr, to_jsonable

T = TypeVar("T", bound="TaobaoOrder")


@_attrs_define
class TaobaoOrder:
    """A Taobao purchase order (one seller), as the order list, the order detail and the create response return it. No
    PandaPon page showed it: the fields are the camelCase of the upstream Taobao Global purchase-order query (the twin
    platform calls its model TaoBaoOrderVO), plus the create response's estimate fields and the PandaPon order and
    warehouse fields of the older warehouse call. Money is integer; PandaPon's unit is not stated (the upstream API uses
    fen). Times may be epoch milliseconds (upstream) or "yyyy-MM-dd HH:mm:ss" strings (PandaPon's real payloads
    elsewhere).

        Attributes:
            order_id (int | None | str | Unset): PandaPon order id (a 19-digit number, sent as a string in the older
                examples).
            purchase_id (int | None | str | Unset): Taobao purchase order id.
            outer_purchase_id (None | str | Unset): Developer-side purchase id (idempotency key upstream).
            status (int | None | str | Unset): Order status. Upstream strings: BULIDING (being created, spelling as sent),
                WAIT_BUYER_P (awaiting payment), WAIT_SELLER_SEND_GOODS (paid, awaiting shipment), WAIT_BUYER_CONFIRM_GOODS
                (shipped), TRADE_CLOSED (closed). The twin platform's TaoBaoOrderStatusEnum uses codes: 12 being created, 0
                awaiting payment, 1 payment voucher uploaded, 2 finance approved, 3 finance rejected, 5 awaiting finance
                payment, 10 awaiting shipment, 11 shipped, 4 cancelled/closed, 9 other. Which form PandaPon sends is not known.
            order_source (None | str | Unset): Sales channel given at creation (e.g. "lazada").
            seller_order_number (None | str | Unset): The developer's own order number given at creation.
            distributor_nick (None | str | Unset): Distributor (buyer account) nickname.
            supplier_nick (None | str | Unset): Supplier (Taobao seller) nickname.
            source_market (None | str | Unset): Source market of the goods.
            sub_user_id (int | None | str | Unset): Sub-account id.
            purchase_amount (int | None | Unset): Purchase amount; unit not stated.
            purchase_currency (None | str | Unset): Currency of the purchase amount.
            pay_amount (int | None | Unset): Amount paid; unit not stated.
            pay_currency (None | str | Unset): Currency of the amount paid.
            product_amount (int | None | Unset): Goods amount; unit not stated.
            domestic_post_fee (int | None | Unset): Domestic (China) postage; unit not stated.
            hongbao_deduction_amount (int | None | str | Unset): Amount deducted by red packets (coupons); unit not stated.
            estimate_amount (int | None | Unset): Estimated amount returned by order creation; unit not stated.
            estimate_currency (None | str | Unset): Currency of the estimated amount.
            created_time (int | None | str | Unset): Creation time.
            modify_time (int | None | str | Unset): Last modification time.
            pay_time (int | None | str | Unset): Payment time.
            next_close_time_without_payment (int | None | str | Unset): When the order closes if it stays unpaid.
            order_remark (None | str | Unset): Order remark (deprecated upstream).
            warehouse_name (None | str | Unset): Name of the forward warehouse (see `updateTaobaoOrderWarehouse`).
            warehouse_address (None | str | Unset): Address of the forward warehouse.
            receiver (None | TaobaoOrderReceiver | Unset): Receiver address.
            sub_purchase_orders (list[TaobaoSubOrder] | None | Unset): The order's lines (sub-orders), as the order query
                returns them.
            order_line_list (list[TaobaoSubOrder] | None | Unset): The order's lines, as order creation returns them.
    """

    order_id: int | None | str | Unset = UNSET
    purchase_id: int | None | str | Unset = UNSET
    outer_purchase_id: None | str | Unset = UNSET
    status: int | None | str | Unset = UNSET
    order_source: None | str | Unset = UNSET
    seller_order_number: None | str | Unset = UNSET
    distributor_nick: None | str | Unset = UNSET
    supplier_nick: None | str | Unset = UNSET
    source_market: None | str | Unset = UNSET
    sub_user_id: int | None | str | Unset = UNSET
    purchase_amount: int | None | Unset = UNSET
    purchase_currency: None | str | Unset = UNSET
    pay_amount: int | None | Unset = UNSET
    pay_currency: None | str | Unset = UNSET
    product_amount: int | None | Unset = UNSET
    domestic_post_fee: int | None | Unset = UNSET
    hongbao_deduction_amount: int | None | str | Unset = UNSET
    estimate_amount: int | None | Unset = UNSET
    estimate_currency: None | str | Unset = UNSET
    created_time: int | None | str | Unset = UNSET
    modify_time: int | None | str | Unset = UNSET
    pay_time: int | None | str | Unset = UNSET
    next_close_time_without_payment: int | None | str | Unset = UNSET
    order_remark: None | str | Unset = UNSET
    warehouse_name: None | str | Unset = UNSET
    warehouse_address: None | str | Unset = UNSET
    receiver: None | TaobaoOrderReceiver | Unset = UNSET
    sub_purchase_orders: list[TaobaoSubOrder] | None | Unset = UNSET
    order_line_list: list[TaobaoSubOrder] | None | Unset = UNSET
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
        order_id: int | None | str | Unset
        if isinstance(self.order_id, Unset):
            order_id = UNSET
        else:
            order_id = self.order_id

        purchase_id: int | None | str | Unset
        if isinstance(self.purchase_id, Unset):
            purchase_id = UNSET
        else:
            purchase_id = self.purchase_id

        outer_purchase_id: None | str | Unset
        if isinstance(self.outer_purchase_id, Unset):
            outer_purchase_id = UNSET
        else:
            outer_purchase_id = self.outer_purchase_id

        status: int | None | str | Unset
        if isinstance(self.status, Unset):
            status = UNSET
        else:
            status = self.status

        order_source: None | str | Unset
        if isinstance(self.order_source, Unset):
            order_source = UNSET
        else:
            order_source = self.order_source

        seller_order_number: None | str | Unset
        if isinstance(self.seller_order_number, Unset):
            seller_order_number = UNSET
        else:
            seller_order_number = self.seller_order_number

        distributor_nick: None | str | Unset
        if isinstance(self.distributor_nick, Unset):
            distributor_nick = UNSET
        else:
            distributor_nick = self.distributor_nick

        supplier_nick: None | str | Unset
        if isinstance(self.supplier_nick, Unset):
            supplier_nick = UNSET
        else:
            supplier_nick = self.supplier_nick

        source_market: None | str | Unset
        if isinstance(self.source_market, Unset):
            source_market = UNSET
        else:
            source_market = self.source_market

        sub_user_id: int | None | str | Unset
        if isinstance(self.sub_user_id, Unset):
            sub_user_id = UNSET
        else:
            sub_user_id = self.sub_user_id

        purchase_amount: int | None | Unset
        if isinstance(self.purchase_amount, Unset):
            purchase_amount = UNSET
        else:
            purchase_amount = self.purchase_amount

        purchase_currency: None | str | Unset
        if isinstance(self.purchase_currency, Unset):
            purchase_currency = UNSET
        else:
            purchase_currency = self.purchase_currency

        pay_amount: int | None | Unset
        if isinstance(self.pay_amount, Unset):
            pay_amount = UNSET
        else:
            pay_amount = self.pay_amount

        pay_currency: None | str | Unset
        if isinstance(self.pay_currency, Unset):
            pay_currency = UNSET
        else:
            pay_currency = self.pay_currency

        product_amount: int | None | Unset
        if isinstance(self.product_amount, Unset):
            product_amount = UNSET
        else:
            product_amount = self.product_amount

        domestic_post_fee: int | None | Unset
        if isinstance(self.domestic_post_fee, Unset):
            domestic_post_fee = UNSET
        else:
            domestic_post_fee = self.domestic_post_fee

        hongbao_deduction_amount: int | None | str | Unset
        if isinstance(self.hongbao_deduction_amount, Unset):
            hongbao_deduction_amount = UNSET
        else:
            hongbao_deduction_amount = self.hongbao_deduction_amount

        estimate_amount: int | None | Unset
        if isinstance(self.estimate_amount, Unset):
            estimate_amount = UNSET
        else:
            estimate_amount = self.estimate_amount

        estimate_currency: None | str | Unset
        if isinstance(self.estimate_currency, Unset):
            estimate_currency = UNSET
        else:
            estimate_currency = self.estimate_currency

        created_time: int | None | str | Unset
        if isinstance(self.created_time, Unset):
            created_time = UNSET
        else:
            created_time = self.created_time

        modify_time: int | None | str | Unset
        if isinstance(self.modify_time, Unset):
            modify_time = UNSET
        else:
            modify_time = self.modify_time

        pay_time: int | None | str | Unset
        if isinstance(self.pay_time, Unset):
            pay_time = UNSET
        else:
            pay_time = self.pay_time

        next_close_time_without_payment: int | None | str | Unset
        if isinstance(self.next_close_time_without_payment, Unset):
            next_close_time_without_payment = UNSET
        else:
            next_close_time_without_payment = self.next_close_time_without_payment

        order_remark: None | str | Unset
        if isinstance(self.order_remark, Unset):
            order_remark = UNSET
        else:
            order_remark = self.order_remark

        warehouse_name: None | str | Unset
        if isinstance(self.warehouse_name, Unset):
            warehouse_name = UNSET
        else:
            warehouse_name = self.warehouse_name

        warehouse_address: None | str | Unset
        if isinstance(self.warehouse_address, Unset):
            warehouse_address = UNSET
        else:
            warehouse_address = self.warehouse_address

        receiver: dict[str, Any] | None | Unset
        if isinstance(self.receiver, Unset):
            receiver = UNSET
        elif isinstance(self.receiver, TaobaoOrderReceiver):
            receiver = to_jsonable(self.receiver)
        else:
            receiver = self.receiver

        sub_purchase_orders: list[dict[str, Any]] | None | Unset
        if isinstance(self.sub_purchase_orders, Unset):
            sub_purchase_orders = UNSET
        elif isinstance(self.sub_purchase_orders, list):
            sub_purchase_orders = []
            for sub_purchase_orders_type_0_item_data in self.sub_purchase_orders:
                sub_purchase_orders_type_0_item = to_jsonable(
                    sub_purchase_orders_type_0_item_data
                )
                sub_purchase_orders.append(sub_purchase_orders_type_0_item)

        else:
            sub_purchase_orders = self.sub_purchase_orders

        order_line_list: list[dict[str, Any]] | None | Unset
        if isinstance(self.order_line_list, Unset):
            order_line_list = UNSET
        elif isinstance(self.order_line_list, list):
            order_line_list = []
            for order_line_list_type_0_item_data in self.order_line_list:
                order_line_list_type_0_item = to_jsonable(
                    order_line_list_type_0_item_data
                )
                order_line_list.append(order_line_list_type_0_item)

        else:
            order_line_list = self.order_line_list

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if order_id is not UNSET:
            field_dict["orderId"] = order_id
        if purchase_id is not UNSET:
            field_dict["purchaseId"] = purchase_id
        if outer_purchase_id is not UNSET:
            field_dict["outerPurchaseId"] = outer_purchase_id
        if status is not UNSET:
            field_dict["status"] = status
        if order_source is not UNSET:
            field_dict["orderSource"] = order_source
        if seller_order_number is not UNSET:
            field_dict["sellerOrderNumber"] = seller_order_number
        if distributor_nick is not UNSET:
            field_dict["distributorNick"] = distributor_nick
        if supplier_nick is not UNSET:
            field_dict["supplierNick"] = supplier_nick
        if source_market is not UNSET:
            field_dict["sourceMarket"] = source_market
        if sub_user_id is not UNSET:
            field_dict["subUserId"] = sub_user_id
        if purchase_amount is not UNSET:
            field_dict["purchaseAmount"] = purchase_amount
        if purchase_currency is not UNSET:
            field_dict["purchaseCurrency"] = purchase_currency
        if pay_amount is not UNSET:
            field_dict["payAmount"] = pay_amount
        if pay_currency is not UNSET:
            field_dict["payCurrency"] = pay_currency
        if product_amount is not UNSET:
            field_dict["productAmount"] = product_amount
        if domestic_post_fee is not UNSET:
            field_dict["domesticPostFee"] = domestic_post_fee
        if hongbao_deduction_amount is not UNSET:
            field_dict["hongbaoDeductionAmount"] = hongbao_deduction_amount
        if estimate_amount is not UNSET:
            field_dict["estimateAmount"] = estimate_amount
        if estimate_currency is not UNSET:
            field_dict["estimateCurrency"] = estimate_currency
        if created_time is not UNSET:
            field_dict["createdTime"] = created_time
        if modify_time is not UNSET:
            field_dict["modifyTime"] = modify_time
        if pay_time is not UNSET:
            field_dict["payTime"] = pay_time
        if next_close_time_without_payment is not UNSET:
            field_dict["nextCloseTimeWithoutPayment"] = next_close_time_without_payment
        if order_remark is not UNSET:
            field_dict["orderRemark"] = order_remark
        if warehouse_name is not UNSET:
            field_dict["warehouseName"] = warehouse_name
        if warehouse_address is not UNSET:
            field_dict["warehouseAddress"] = warehouse_address
        if receiver is not UNSET:
            field_dict["receiver"] = receiver
        if sub_purchase_orders is not UNSET:
            field_dict["subPurchaseOrders"] = sub_purchase_orders
        if order_line_list is not UNSET:
            field_dict["orderLineList"] = order_line_list

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
        order_id: int | None | str | Unset = d.pop("orderId", UNSET)

        purchase_id: int | None | str | Unset = d.pop("purchaseId", UNSET)

        outer_purchase_id: None | str | Unset = d.pop("outerPurchaseId", UNSET)

        status: int | None | str | Unset = d.pop("status", UNSET)

        order_source: None | str | Unset = d.pop("orderSource", UNSET)

        seller_order_number: None | str | Unset = d.pop("sellerOrderNumber", UNSET)

        distributor_nick: None | str | Unset = d.pop("distributorNick", UNSET)

        supplier_nick: None | str | Unset = d.pop("supplierNick", UNSET)

        source_market: None | str | Unset = d.pop("sourceMarket", UNSET)

        sub_user_id: int | None | str | Unset = d.pop("subUserId", UNSET)

        purchase_amount: int | None | Unset = d.pop("purchaseAmount", UNSET)

        purchase_currency: None | str | Unset = d.pop("purchaseCurrency", UNSET)

        pay_amount: int | None | Unset = d.pop("payAmount", UNSET)

        pay_currency: None | str | Unset = d.pop("payCurrency", UNSET)

        product_amount: int | None | Unset = d.pop("productAmount", UNSET)

        domestic_post_fee: int | None | Unset = d.pop("domesticPostFee", UNSET)

        hongbao_deduction_amount: int | None | str | Unset = d.pop(
            "hongbaoDeductionAmount", UNSET
        )

        estimate_amount: int | None | Unset = d.pop("estimateAmount", UNSET)

        estimate_currency: None | str | Unset = d.pop("estimateCurrency", UNSET)

        created_time: int | None | str | Unset = d.pop("createdTime", UNSET)

        modify_time: int | None | str | Unset = d.pop("modifyTime", UNSET)

        pay_time: int | None | str | Unset = d.pop("payTime", UNSET)

        next_close_time_without_payment: int | None | str | Unset = d.pop(
            "nextCloseTimeWithoutPayment", UNSET
        )

        order_remark: None | str | Unset = d.pop("orderRemark", UNSET)

        warehouse_name: None | str | Unset = d.pop("warehouseName", UNSET)

        warehouse_address: None | str | Unset = d.pop("warehouseAddress", UNSET)

        def _parse_receiver(data: object) -> None | TaobaoOrderReceiver | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                receiver_type_0 = TaobaoOrderReceiver.from_dict(data)

                return receiver_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | TaobaoOrderReceiver | Unset, data)

        receiver = _parse_receiver(d.pop("receiver", UNSET))

        def _parse_sub_purchase_orders(
            data: object,
        ) -> list[TaobaoSubOrder] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                sub_purchase_orders_type_0 = []
                _sub_purchase_orders_type_0 = data
                for sub_purchase_orders_type_0_item_data in _sub_purchase_orders_type_0:
                    sub_purchase_orders_type_0_item = TaobaoSubOrder.from_dict(
                        sub_purchase_orders_type_0_item_data
                    )

                    sub_purchase_orders_type_0.append(sub_purchase_orders_type_0_item)

                return sub_purchase_orders_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[TaobaoSubOrder] | None | Unset, data)

        sub_purchase_orders = _parse_sub_purchase_orders(
            d.pop("subPurchaseOrders", UNSET)
        )

        def _parse_order_line_list(data: object) -> list[TaobaoSubOrder] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                order_line_list_type_0 = []
                _order_line_list_type_0 = data
                for order_line_list_type_0_item_data in _order_line_list_type_0:
                    order_line_list_type_0_item = TaobaoSubOrder.from_dict(
                        order_line_list_type_0_item_data
                    )

                    order_line_list_type_0.append(order_line_list_type_0_item)

                return order_line_list_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[TaobaoSubOrder] | None | Unset, data)

        order_line_list = _parse_order_line_list(d.pop("orderLineList", UNSET))

        taobao_order = cls(
            order_id=order_id,
            purchase_id=purchase_id,
            outer_purchase_id=outer_purchase_id,
            status=status,
            order_source=order_source,
            seller_order_number=seller_order_number,
            distributor_nick=distributor_nick,
            supplier_nick=supplier_nick,
            source_market=source_market,
            sub_user_id=sub_user_id,
            purchase_amount=purchase_amount,
            purchase_currency=purchase_currency,
            pay_amount=pay_amount,
            pay_currency=pay_currency,
            product_amount=product_amount,
            domestic_post_fee=domestic_post_fee,
            hongbao_deduction_amount=hongbao_deduction_amount,
            estimate_amount=estimate_amount,
            estimate_currency=estimate_currency,
            created_time=created_time,
            modify_time=modify_time,
            pay_time=pay_time,
            next_close_time_without_payment=next_close_time_without_payment,
            order_remark=order_remark,
            warehouse_name=warehouse_name,
            warehouse_address=warehouse_address,
            receiver=receiver,
            sub_purchase_orders=sub_purchase_orders,
            order_line_list=order_line_list,
        )

        taobao_order.additional_properties = d
        return taobao_order

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
from ..models.taobao_order_receiver import TaobaoOrderReceiver
from ..models.taobao_sub_order import TaobaoSubOrder
