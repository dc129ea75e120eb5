from __future__ import annotations

from collections.abc import Iterator, Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, model_to_json, set_fields_repr, to_jsonable

T = TypeVar("T", bound="CreateAlibabaOrderRequest")


@_attrs_define
class CreateAlibabaOrderRequest:
    """
    Attributes:
        flow (str): 1688 order flow, e.g. "general" (upstream values listed as known values).
        address_param (FastAdress): 1688 shipping address used by the 1688 preview and create-order calls (schema name
            and spelling as in the docs). The newest pages mark every field optional.
        cargo_param_list (list[FastCargo]): Lines to buy (assumed v2 `FastCargo`; the older page used numeric `offerId`,
            `specId` and `quantity`, all required).
        message (None | str | Unset): Remark to the seller.
        shop_promotion_id (None | str | Unset): Shop promotion (coupon) id, from `previewAlibabaOrder`.
        trade_type (None | str | Unset): Trade (payment) mode, one of the preview's `tradeModeNameList` values.
        user_id (None | str | Unset): User id, as in the batch-create call (assumed).
        staff_name (None | str | Unset): Name of the employee placing the order, as in the batch-create call (assumed).
    """

    flow: str
    address_param: FastAdress
    cargo_param_list: list[FastCargo]
    message: None | str | Unset = UNSET
    shop_promotion_id: None | str | Unset = UNSET
    trade_type: None | str | Unset = UNSET
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
        flow = self.flow

        address_param = to_jsonable(self.address_param)

        cargo_param_list = []
        for cargo_param_list_item_data in self.cargo_param_list:
            cargo_param_list_item = to_jsonable(cargo_param_list_item_data)
            cargo_param_list.append(cargo_param_list_item)

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
                "addressParam": address_param,
                "cargoParamList": cargo_param_list,
            }
        )
        if message is not UNSET:
            field_dict["message"] = message
        if shop_promotion_id is not UNSET:
            field_dict["shopPromotionId"] = shop_promotion_id
        if trade_type is not UNSET:
            field_dict["tradeType"] = trade_type
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
        flow = d.pop("flow")

        address_param = FastAdress.from_dict(d.pop("addressParam"))

        cargo_param_list = []
        _cargo_param_list = d.pop("cargoParamList")
        for cargo_param_list_item_data in _cargo_param_list:
            cargo_param_list_item = FastCargo.from_dict(cargo_param_list_item_data)

            cargo_param_list.append(cargo_param_list_item)

        message: None | str | Unset = d.pop("message", UNSET)

        shop_promotion_id: None | str | Unset = d.pop("shopPromotionId", UNSET)

        trade_type: None | str | Unset = d.pop("tradeType", UNSET)

        user_id: None | str | Unset = d.pop("userId", UNSET)

        staff_name: None | str | Unset = d.pop("staffName", UNSET)

        create_alibaba_order_request = cls(
            flow=flow,
            address_param=address_param,
            cargo_param_list=cargo_param_list,
            message=message,
            shop_promotion_id=shop_promotion_id,
            trade_type=trade_type,
            user_id=user_id,
            staff_name=staff_name,
        )

        create_alibaba_order_request.additional_properties = d
        return create_alibaba_order_request

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
from ..models.fast_cargo import FastCargo
