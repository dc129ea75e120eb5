from __future__ import annotations

from collections.abc import Iterator, Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, model_to_json, set_fields_repr

T = TypeVar("T", bound="TaobaoRefundPurchaseOrderLine")


@_attrs_define
class TaobaoRefundPurchaseOrderLine:
    """The purchase-order line the refund belongs to. Money fields are integers (unit not stated; upstream fen). The page's
    example is cut after these fields.

        Attributes:
            sales_order_id (None | str | Unset): Sales order id.
            supplier_id (int | None | Unset): Supplier (seller) id.
            quantity (int | None | Unset): Quantity bought.
            total_price (int | None | Unset): Line total (unit not stated).
            item_title (None | str | Unset): Product title.
            post_fee (int | None | Unset): Postage (unit not stated).
            product_fee (int | None | Unset): Goods amount (unit not stated).
            sales_market (None | str | Unset): Sales market.
            purchase_order_line_id (int | None | Unset): Taobao purchase sub-order (line) id.
            create_time (int | None | Unset): Creation time as an epoch number (unit not stated).
            purchase_order_id (int | None | Unset): Taobao purchase order id.
            price (int | None | Unset): Unit price (unit not stated).
            supplier_nick (None | str | Unset): Supplier nickname. The page's example is cut at "supplie"; the name is the
                upstream one.
            item_image_url (None | str | Unset): Product image URL (upstream field, not seen on PandaPon).
    """

    sales_order_id: None | str | Unset = UNSET
    supplier_id: int | None | Unset = UNSET
    quantity: int | None | Unset = UNSET
    total_price: int | None | Unset = UNSET
    item_title: None | str | Unset = UNSET
    post_fee: int | None | Unset = UNSET
    product_fee: int | None | Unset = UNSET
    sales_market: None | str | Unset = UNSET
    purchase_order_line_id: int | None | Unset = UNSET
    create_time: int | None | Unset = UNSET
    purchase_order_id: int | None | Unset = UNSET
    price: int | None | Unset = UNSET
    supplier_nick: None | str | Unset = UNSET
    item_image_url: None | str | Unset = UNSET
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
        sales_order_id: None | str | Unset
        if isinstance(self.sales_order_id, Unset):
            sales_order_id = UNSET
        else:
            sales_order_id = self.sales_order_id

        supplier_id: int | None | Unset
        if isinstance(self.supplier_id, Unset):
            supplier_id = UNSET
        else:
            supplier_id = self.supplier_id

        quantity: int | None | Unset
        if isinstance(self.quantity, Unset):
            quantity = UNSET
        else:
            quantity = self.quantity

        total_price: int | None | Unset
        if isinstance(self.total_price, Unset):
            total_price = UNSET
        else:
            total_price = self.total_price

        item_title: None | str | Unset
        if isinstance(self.item_title, Unset):
            item_title = UNSET
        else:
            item_title = self.item_title

        post_fee: int | None | Unset
        if isinstance(self.post_fee, Unset):
            post_fee = UNSET
        else:
            post_fee = self.post_fee

        product_fee: int | None | Unset
        if isinstance(self.product_fee, Unset):
            product_fee = UNSET
        else:
            product_fee = self.product_fee

        sales_market: None | str | Unset
        if isinstance(self.sales_market, Unset):
            sales_market = UNSET
        else:
            sales_market = self.sales_market

        purchase_order_line_id: int | None | Unset
        if isinstance(self.purchase_order_line_id, Unset):
            purchase_order_line_id = UNSET
        else:
            purchase_order_line_id = self.purchase_order_line_id

        create_time: int | None | Unset
        if isinstance(self.create_time, Unset):
            create_time = UNSET
        else:
            create_time = self.create_time

        purchase_order_id: int | None | Unset
        if isinstance(self.purchase_order_id, Unset):
            purchase_order_id = UNSET
        else:
            purchase_order_id = self.purchase_order_id

        price: int | None | Unset
        if isinstance(self.price, Unset):
            price = UNSET
        else:
            price = self.price

        supplier_nick: None | str | Unset
        if isinstance(self.supplier_nick, Unset):
            supplier_nick = UNSET
        else:
            supplier_nick = self.supplier_nick

        item_image_url: None | str | Unset
        if isinstance(self.item_image_url, Unset):
            item_image_url = UNSET
        else:
            item_image_url = self.item_image_url

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if sales_order_id is not UNSET:
            field_dict["salesOrderId"] = sales_order_id
        if supplier_id is not UNSET:
            field_dict["supplierId"] = supplier_id
        if quantity is not UNSET:
            field_dict["quantity"] = quantity
        if total_price is not UNSET:
            field_dict["totalPrice"] = total_price
        if item_title is not UNSET:
            field_dict["itemTitle"] = item_title
        if post_fee is not UNSET:
            field_dict["postFee"] = post_fee
        if product_fee is not UNSET:
            field_dict["productFee"] = product_fee
        if sales_market is not UNSET:
            field_dict["salesMarket"] = sales_market
        if purchase_order_line_id is not UNSET:
            field_dict["purchaseOrderLineId"] = purchase_order_line_id
        if create_time is not UNSET:
            field_dict["createTime"] = create_time
        if purchase_order_id is not UNSET:
            field_dict["purchaseOrderId"] = purchase_order_id
        if price is not UNSET:
            field_dict["price"] = price
        if supplier_nick is not UNSET:
            field_dict["supplierNick"] = supplier_nick
        if item_image_url is not UNSET:
            field_dict["itemImageUrl"] = item_image_url

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
        sales_order_id: None | str | Unset = d.pop("salesOrderId", UNSET)

        supplier_id: int | None | Unset = d.pop("supplierId", UNSET)

        quantity: int | None | Unset = d.pop("quantity", UNSET)

        total_price: int | None | Unset = d.pop("totalPrice", UNSET)

        item_title: None | str | Unset = d.pop("itemTitle", UNSET)

        post_fee: int | None | Unset = d.pop("postFee", UNSET)

        product_fee: int | None | Unset = d.pop("productFee", UNSET)

        sales_market: None | str | Unset = d.pop("salesMarket", UNSET)

        purchase_order_line_id: int | None | Unset = d.pop("purchaseOrderLineId", UNSET)

        create_time: int | None | Unset = d.pop("createTime", UNSET)

        purchase_order_id: int | None | Unset = d.pop("purchaseOrderId", UNSET)

        price: int | None | Unset = d.pop("price", UNSET)

        supplier_nick: None | str | Unset = d.pop("supplierNick", UNSET)

        item_image_url: None | str | Unset = d.pop("itemImageUrl", UNSET)

        taobao_refund_purchase_order_line = cls(
            sales_order_id=sales_order_id,
            supplier_id=supplier_id,
            quantity=quantity,
            total_price=total_price,
            item_title=item_title,
            post_fee=post_fee,
            product_fee=product_fee,
            sales_market=sales_market,
            purchase_order_line_id=purchase_order_line_id,
            create_time=create_time,
            purchase_order_id=purchase_order_id,
            price=price,
            supplier_nick=supplier_nick,
            item_image_url=item_image_url,
        )

        taobao_refund_purchase_order_line.additional_properties = d
        return taobao_refund_purchase_order_line

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
