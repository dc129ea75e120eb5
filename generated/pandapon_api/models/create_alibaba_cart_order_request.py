from __future__ import annotations

from collections.abc import Iterator, Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, model_to_json, set_fields_repr, to_jsonable

T = TypeVar("T", bound="CreateAlibabaCartOrderRequest")


@_attrs_define
class CreateAlibabaCartOrderRequest:
    """As on the older English page (`flow` and `cartIds` required, both typed nullable there).

    Attributes:
        flow (None | str): 1688 order flow, e.g. general. Upstream values: general, fenxiao, saleproxy, paired,
            repurchase, boutiquefenxiao, boutiquepifa.
        cart_ids (list[int] | None): Cart record ids (`id` in the cart list) to order.
        message (None | str | Unset): Note to the seller.
        shop_promotion_id (None | str | Unset): Shop promotion id (from the preview's `shopPromotionList`).
        trade_type (None | str | Unset): Trade (payment) mode, from the preview's `tradeModeNameList`. Upstream values
            include assureTrade, alipay, period, assure, creditBuy, bank, 631staged, 37staged.
        address_param (FastAdress | Unset): 1688 shipping address used by the 1688 preview and create-order calls
            (schema name and spelling as in the docs). The newest pages mark every field optional.
        user_id (None | str | Unset): User id.
        staff_name (None | str | Unset): Name of the staff member placing the order.
    """

    flow: None | str
    cart_ids: list[int] | None
    message: None | str | Unset = UNSET
    shop_promotion_id: None | str | Unset = UNSET
    trade_type: None | str | Unset = UNSET
    address_param: FastAdress | Unset = UNSET
    user_id: None | str | Unset = UNSET
    staff_name: None | str | Unset = UNSET
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
        flow: None | str
        flow = self.flow

        cart_ids: list[int] | None
        if isinstance(self.cart_ids, list):
            cart_ids = self.cart_ids

        else:
            cart_ids = self.cart_ids

        message: None | str | Unset
        if isinstance(self.message, Unset):
            message = UNSET
        else:
            message = self.message

        shop_promotion_id: None | str | Unset
        if isinstance(self.shop_promotion_id, Unset):
            shop_promotion_id = UNSET
        else:
            shop_promotion_id = self.shop_promotion_id

        trade_type: None | str | Unset
        if isinstance(self.trade_type, Unset):
            trade_type = UNSET
        else:
            trade_type = self.trade_type

        address_param: dict[str, Any] | Unset = UNSET
        if not isinstance(self.address_param, Unset):
            address_param = to_jsonable(self.address_param)

        user_id: None | str | Unset
        if isinstance(self.user_id, Unset):
            user_id = UNSET
        else:
            user_id = self.user_id

        staff_name: None | str | Unset
        if isinstance(self.staff_name, Unset):
            staff_name = UNSET
        else:
            staff_name = self.staff_name

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "flow": flow,
                "cartIds": cart_ids,
            }
        )
        if message is not UNSET:
            field_dict["message"] = message
        if shop_promotion_id is not UNSET:
            field_dict["shopPromotionId"] = shop_promotion_id
        if trade_type is not UNSET:
            field_dict["tradeType"] = trade_type
        if address_param is not UNSET:
            field_dict["addressParam"] = address_param
        if user_id is not UNSET:
            field_dict["userId"] = user_id
        if staff_name is not UNSET:
            field_dict["staffName"] = staff_name

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
        flow: None | str = d.pop("flow")

        def _parse_cart_ids(data: object) -> list[int] | None:
            if data is None:
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                cart_ids_type_0 = cast(list[int], data)

                return cart_ids_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[int] | None, data)

        cart_ids = _parse_cart_ids(d.pop("cartIds"))

        message: None | str | Unset = d.pop("message", UNSET)

        shop_promotion_id: None | str | Unset = d.pop("shopPromotionId", UNSET)

        trade_type: None | str | Unset = d.pop("tradeType", UNSET)

        _address_param = d.pop("addressParam", UNSET)
        address_param: FastAdress | Unset
        if isinstance(_address_param, Unset):
            address_param = UNSET
        else:
            address_param = FastAdress.from_dict(_address_param)

        user_id: None | str | Unset = d.pop("userId", UNSET)

        staff_name: None | str | Unset = d.pop("staffName", UNSET)

        create_alibaba_cart_order_request = cls(
            flow=flow,
            cart_ids=cart_ids,
            message=message,
            shop_promotion_id=shop_promotion_id,
            trade_type=trade_type,
            address_param=address_param,
            user_id=user_id,
            staff_name=staff_name,
        )

        create_alibaba_cart_order_request.additional_properties = d
        return create_alibaba_cart_order_request

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
from ..models.fast_adress import FastAdress
