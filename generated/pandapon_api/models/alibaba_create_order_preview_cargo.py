from __future__ import annotations

from collections.abc import Iterator, Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, model_to_json, set_fields_repr, to_jsonable

T = TypeVar("T", bound="AlibabaCreateOrderPreviewCargo")


@_attrs_define
class AlibabaCreateOrderPreviewCargo:
    """
    Attributes:
        amount (float | None | Unset): Line amount.
        message (None | str | Unset): Message about this line.
        final_unit_price (float | None | Unset): Unit price after promotions.
        spec_id (None | str | Unset): SKU spec id.
        sku_id (int | None | str | Unset): SKU id.
        result_code (None | str | Unset): Result code for this line.
        offer_id (int | None | str | Unset): Product id (numeric upstream; PandaPon may send an encoded id).
        cargo_promotion_list (list[AlibabaCreateOrderPromotion] | None | Unset): Promotions applying to this line.
    """

    amount: float | None | Unset = UNSET
    message: None | str | Unset = UNSET
    final_unit_price: float | None | Unset = UNSET
    spec_id: None | str | Unset = UNSET
    sku_id: int | None | str | Unset = UNSET
    result_code: None | str | Unset = UNSET
    offer_id: int | None | str | Unset = UNSET
    cargo_promotion_list: list[AlibabaCreateOrderPromotion] | None | Unset = UNSET
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
        amount: float | None | Unset
        if isinstance(self.amount, Unset):
            amount = UNSET
        else:
            amount = self.amount

        message: None | str | Unset
        if isinstance(self.message, Unset):
            message = UNSET
        else:
            message = self.message

        final_unit_price: float | None | Unset
        if isinstance(self.final_unit_price, Unset):
            final_unit_price = UNSET
        else:
            final_unit_price = self.final_unit_price

        spec_id: None | str | Unset
        if isinstance(self.spec_id, Unset):
            spec_id = UNSET
        else:
            spec_id = self.spec_id

        sku_id: int | None | str | Unset
        if isinstance(self.sku_id, Unset):
            sku_id = UNSET
        else:
            sku_id = self.sku_id

        result_code: None | str | Unset
        if isinstance(self.result_code, Unset):
            result_code = UNSET
        else:
            result_code = self.result_code

        offer_id: int | None | str | Unset
        if isinstance(self.offer_id, Unset):
            offer_id = UNSET
        else:
            offer_id = self.offer_id

        cargo_promotion_list: list[dict[str, Any]] | None | Unset
        if isinstance(self.cargo_promotion_list, Unset):
            cargo_promotion_list = UNSET
        elif isinstance(self.cargo_promotion_list, list):
            cargo_promotion_list = []
            for cargo_promotion_list_type_0_item_data in self.cargo_promotion_list:
                cargo_promotion_list_type_0_item = to_jsonable(
                    cargo_promotion_list_type_0_item_data
                )
                cargo_promotion_list.append(cargo_promotion_list_type_0_item)

        else:
            cargo_promotion_list = self.cargo_promotion_list

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if amount is not UNSET:
            field_dict["amount"] = amount
        if message is not UNSET:
            field_dict["message"] = message
        if final_unit_price is not UNSET:
            field_dict["finalUnitPrice"] = final_unit_price
        if spec_id is not UNSET:
            field_dict["specId"] = spec_id
        if sku_id is not UNSET:
            field_dict["skuId"] = sku_id
        if result_code is not UNSET:
            field_dict["resultCode"] = result_code
        if offer_id is not UNSET:
            field_dict["offerId"] = offer_id
        if cargo_promotion_list is not UNSET:
            field_dict["cargoPromotionList"] = cargo_promotion_list

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
        amount: float | None | Unset = d.pop("amount", UNSET)

        message: None | str | Unset = d.pop("message", UNSET)

        final_unit_price: float | None | Unset = d.pop("finalUnitPrice", UNSET)

        spec_id: None | str | Unset = d.pop("specId", UNSET)

        sku_id: int | None | str | Unset = d.pop("skuId", UNSET)

        result_code: None | str | Unset = d.pop("resultCode", UNSET)

        offer_id: int | None | str | Unset = d.pop("offerId", UNSET)

        def _parse_cargo_promotion_list(
            data: object,
        ) -> list[AlibabaCreateOrderPromotion] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                cargo_promotion_list_type_0 = []
                _cargo_promotion_list_type_0 = data
                for (
                    cargo_promotion_list_type_0_item_data
                ) in _cargo_promotion_list_type_0:
                    cargo_promotion_list_type_0_item = (
                        AlibabaCreateOrderPromotion.from_dict(
                            cargo_promotion_list_type_0_item_data
                        )
                    )

                    cargo_promotion_list_type_0.append(cargo_promotion_list_type_0_item)

                return cargo_promotion_list_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[AlibabaCreateOrderPromotion] | None | Unset, data)

        cargo_promotion_list = _parse_cargo_promotion_list(
            d.pop("cargoPromotionList", UNSET)
        )

        alibaba_create_order_preview_cargo = cls(
            amount=amount,
            message=message,
            final_unit_price=final_unit_price,
            spec_id=spec_id,
            sku_id=sku_id,
            result_code=result_code,
            offer_id=offer_id,
            cargo_promotion_list=cargo_promotion_list,
        )

        alibaba_create_order_preview_cargo.additional_properties = d
        return alibaba_create_order_preview_cargo

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
from ..models.alibaba_create_order_promotion import AlibabaCreateOrderPromotion
