from __future__ import annotations

from collections.abc import Iterator, Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, model_to_json, set_fields_repr, to_jsonable

T = TypeVar("T", bound="TaobaoOrderStatusMessageBody")


@_attrs_define
class TaobaoOrderStatusMessageBody:
    """Inferred body, from the upstream Taobao Global purchase-order status message (message_type 3). The twin platform
    instead sends camelCase fields (orderId, orderNo, orderStatus, payStatus, totalAmount, ...); whatever arrives is
    kept.

        Attributes:
            business_time (int | None | str | Unset): Time of the status change (epoch ms upstream).
            outer_purchase_id (None | str | Unset): Caller-side purchase id.
            purchase_id (int | None | str | Unset): Purchase order id.
            seller_id (int | None | str | Unset): Distributor id.
            status (None | str | Unset): Order status. Upstream values: BULIDING (being created), WAIT_BUYER_P (awaiting
                payment), WAIT_SELLER_SEND_GOODS, WAIT_BUYER_CONFIRM_GOODS, TRADE_CLOSED.
            sku_list (list[TaobaoOrderStatusMessageLine] | None | Unset): The lines and their statuses.
    """

    business_time: int | None | str | Unset = UNSET
    outer_purchase_id: None | str | Unset = UNSET
    purchase_id: int | None | str | Unset = UNSET
    seller_id: int | None | str | Unset = UNSET
    status: None | str | Unset = UNSET
    sku_list: list[TaobaoOrderStatusMessageLine] | None | Unset = UNSET
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
        business_time: int | None | str | Unset
        if isinstance(self.business_time, Unset):
            business_time = UNSET
        else:
            business_time = self.business_time

        outer_purchase_id: None | str | Unset
        if isinstance(self.outer_purchase_id, Unset):
            outer_purchase_id = UNSET
        else:
            outer_purchase_id = self.outer_purchase_id

        purchase_id: int | None | str | Unset
        if isinstance(self.purchase_id, Unset):
            purchase_id = UNSET
        else:
            purchase_id = self.purchase_id

        seller_id: int | None | str | Unset
        if isinstance(self.seller_id, Unset):
            seller_id = UNSET
        else:
            seller_id = self.seller_id

        status: None | str | Unset
        if isinstance(self.status, Unset):
            status = UNSET
        else:
            status = self.status

        sku_list: list[dict[str, Any]] | None | Unset
        if isinstance(self.sku_list, Unset):
            sku_list = UNSET
        elif isinstance(self.sku_list, list):
            sku_list = []
            for sku_list_type_0_item_data in self.sku_list:
                sku_list_type_0_item = to_jsonable(sku_list_type_0_item_data)
                sku_list.append(sku_list_type_0_item)

        else:
            sku_list = self.sku_list

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if business_time is not UNSET:
            field_dict["business_time"] = business_time
        if outer_purchase_id is not UNSET:
            field_dict["outer_purchase_id"] = outer_purchase_id
        if purchase_id is not UNSET:
            field_dict["purchase_id"] = purchase_id
        if seller_id is not UNSET:
            field_dict["seller_id"] = seller_id
        if status is not UNSET:
            field_dict["status"] = status
        if sku_list is not UNSET:
            field_dict["sku_list"] = sku_list

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
        business_time: int | None | str | Unset = d.pop("business_time", UNSET)

        outer_purchase_id: None | str | Unset = d.pop("outer_purchase_id", UNSET)

        purchase_id: int | None | str | Unset = d.pop("purchase_id", UNSET)

        seller_id: int | None | str | Unset = d.pop("seller_id", UNSET)

        status: None | str | Unset = d.pop("status", UNSET)

        def _parse_sku_list(
            data: object,
        ) -> list[TaobaoOrderStatusMessageLine] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                sku_list_type_0 = []
                _sku_list_type_0 = data
                for sku_list_type_0_item_data in _sku_list_type_0:
                    sku_list_type_0_item = TaobaoOrderStatusMessageLine.from_dict(
                        sku_list_type_0_item_data
                    )

                    sku_list_type_0.append(sku_list_type_0_item)

                return sku_list_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[TaobaoOrderStatusMessageLine] | None | Unset, data)

        sku_list = _parse_sku_list(d.pop("sku_list", UNSET))

        taobao_order_status_message_body = cls(
            business_time=business_time,
            outer_purchase_id=outer_purchase_id,
            purchase_id=purchase_id,
            seller_id=seller_id,
            status=status,
            sku_list=sku_list,
        )

        taobao_order_status_message_body.additional_properties = d
        return taobao_order_status_message_body

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
from ..models.taobao_order_status_message_line import TaobaoOrderStatusMessageLine
