from __future__ import annotations

from collections.abc import Iterator, Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, model_to_json, set_fields_repr, to_jsonable

T = TypeVar("T", bound="TaobaoCartPreviewSellerGroup")


@_attrs_define
class TaobaoCartPreviewSellerGroup:
    """Prices of the lines of one seller (inferred).

    Attributes:
        nick (None | str | Unset): Seller nickname.
        seller_id (int | None | str | Unset): Seller id.
        item_price_infos (list[TaobaoCartPreviewItemPrice] | None | Unset): Price of each line.
        mainland_shipping_fee (None | TaobaoCartPreviewAmount | Unset):
        order_fee (None | TaobaoCartPreviewAmount | Unset):
        delivery_fee (int | None | Unset): Delivery fee.
        currency_code (None | str | Unset): Currency.
        dispatch_place (None | str | Unset): Where the goods ship from.
        estimated_delivery_time (None | str | Unset): Estimated delivery time.
    """

    nick: None | str | Unset = UNSET
    seller_id: int | None | str | Unset = UNSET
    item_price_infos: list[TaobaoCartPreviewItemPrice] | None | Unset = UNSET
    mainland_shipping_fee: None | TaobaoCartPreviewAmount | Unset = UNSET
    order_fee: None | TaobaoCartPreviewAmount | Unset = UNSET
    delivery_fee: int | None | Unset = UNSET
    currency_code: None | str | Unset = UNSET
    dispatch_place: None | str | Unset = UNSET
    estimated_delivery_time: None | str | Unset = UNSET
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
        nick: None | str | Unset
        if isinstance(self.nick, Unset):
            nick = UNSET
        else:
            nick = self.nick

        seller_id: int | None | str | Unset
        if isinstance(self.seller_id, Unset):
            seller_id = UNSET
        else:
            seller_id = self.seller_id

        item_price_infos: list[dict[str, Any]] | None | Unset
        if isinstance(self.item_price_infos, Unset):
            item_price_infos = UNSET
        elif isinstance(self.item_price_infos, list):
            item_price_infos = []
            for item_price_infos_type_0_item_data in self.item_price_infos:
                item_price_infos_type_0_item = to_jsonable(
                    item_price_infos_type_0_item_data
                )
                item_price_infos.append(item_price_infos_type_0_item)

        else:
            item_price_infos = self.item_price_infos

        mainland_shipping_fee: dict[str, Any] | None | Unset
        if isinstance(self.mainland_shipping_fee, Unset):
            mainland_shipping_fee = UNSET
        elif isinstance(self.mainland_shipping_fee, TaobaoCartPreviewAmount):
            mainland_shipping_fee = to_jsonable(self.mainland_shipping_fee)
        else:
            mainland_shipping_fee = self.mainland_shipping_fee

        order_fee: dict[str, Any] | None | Unset
        if isinstance(self.order_fee, Unset):
            order_fee = UNSET
        elif isinstance(self.order_fee, TaobaoCartPreviewAmount):
            order_fee = to_jsonable(self.order_fee)
        else:
            order_fee = self.order_fee

        delivery_fee: int | None | Unset
        if isinstance(self.delivery_fee, Unset):
            delivery_fee = UNSET
        else:
            delivery_fee = self.delivery_fee

        currency_code: None | str | Unset
        if isinstance(self.currency_code, Unset):
            currency_code = UNSET
        else:
            currency_code = self.currency_code

        dispatch_place: None | str | Unset
        if isinstance(self.dispatch_place, Unset):
            dispatch_place = UNSET
        else:
            dispatch_place = self.dispatch_place

        estimated_delivery_time: None | str | Unset
        if isinstance(self.estimated_delivery_time, Unset):
            estimated_delivery_time = UNSET
        else:
            estimated_delivery_time = self.estimated_delivery_time

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if nick is not UNSET:
            field_dict["nick"] = nick
        if seller_id is not UNSET:
            field_dict["sellerId"] = seller_id
        if item_price_infos is not UNSET:
            field_dict["itemPriceInfos"] = item_price_infos
        if mainland_shipping_fee is not UNSET:
            field_dict["mainlandShippingFee"] = mainland_shipping_fee
        if order_fee is not UNSET:
            field_dict["orderFee"] = order_fee
        if delivery_fee is not UNSET:
            field_dict["deliveryFee"] = delivery_fee
        if currency_code is not UNSET:
            field_dict["currencyCode"] = currency_code
        if dispatch_place is not UNSET:
            field_dict["dispatchPlace"] = dispatch_place
        if estimated_delivery_time is not UNSET:
            field_dict["estimatedDeliveryTime"] = estimated_delivery_time

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
        nick: None | str | Unset = d.pop("nick", UNSET)

        seller_id: int | None | str | Unset = d.pop("sellerId", UNSET)

        def _parse_item_price_infos(
            data: object,
        ) -> list[TaobaoCartPreviewItemPrice] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                item_price_infos_type_0 = []
                _item_price_infos_type_0 = data
                for item_price_infos_type_0_item_data in _item_price_infos_type_0:
                    item_price_infos_type_0_item = TaobaoCartPreviewItemPrice.from_dict(
                        item_price_infos_type_0_item_data
                    )

                    item_price_infos_type_0.append(item_price_infos_type_0_item)

                return item_price_infos_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[TaobaoCartPreviewItemPrice] | None | Unset, data)

        item_price_infos = _parse_item_price_infos(d.pop("itemPriceInfos", UNSET))

        def _parse_mainland_shipping_fee(
            data: object,
        ) -> None | TaobaoCartPreviewAmount | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                mainland_shipping_fee_type_0 = TaobaoCartPreviewAmount.from_dict(data)

                return mainland_shipping_fee_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | TaobaoCartPreviewAmount | Unset, data)

        mainland_shipping_fee = _parse_mainland_shipping_fee(
            d.pop("mainlandShippingFee", UNSET)
        )

        def _parse_order_fee(data: object) -> None | TaobaoCartPreviewAmount | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                order_fee_type_0 = TaobaoCartPreviewAmount.from_dict(data)

                return order_fee_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | TaobaoCartPreviewAmount | Unset, data)

        order_fee = _parse_order_fee(d.pop("orderFee", UNSET))

        delivery_fee: int | None | Unset = d.pop("deliveryFee", UNSET)

        currency_code: None | str | Unset = d.pop("currencyCode", UNSET)

        dispatch_place: None | str | Unset = d.pop("dispatchPlace", UNSET)

        estimated_delivery_time: None | str | Unset = d.pop(
            "estimatedDeliveryTime", UNSET
        )

        taobao_cart_preview_seller_group = cls(
            nick=nick,
            seller_id=seller_id,
            item_price_infos=item_price_infos,
            mainland_shipping_fee=mainland_shipping_fee,
            order_fee=order_fee,
            delivery_fee=delivery_fee,
            currency_code=currency_code,
            dispatch_place=dispatch_place,
            estimated_delivery_time=estimated_delivery_time,
        )

        taobao_cart_preview_seller_group.additional_properties = d
        return taobao_cart_preview_seller_group

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
from ..models.taobao_cart_preview_amount import TaobaoCartPreviewAmount
from ..models.taobao_cart_preview_item_price import TaobaoCartPreviewItemPrice
