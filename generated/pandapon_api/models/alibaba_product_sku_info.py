from __future__ import annotations

from collections.abc import Iterator, Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, model_to_json, set_fields_repr, to_jsonable

T = TypeVar("T", bound="AlibabaProductSkuInfo")


@_attrs_define
class AlibabaProductSkuInfo:
    """One SKU. Prices are strings upstream, in yuan there; PandaPon's unit is not stated.

    Attributes:
        amount_on_sale (int | None | Unset): Stock of the SKU.
        price (float | None | str | Unset): Wholesale price of the SKU.
        jxhy_price (float | None | str | Unset): Price as a "selected source" product.
        pf_jxhy_price (float | None | str | Unset): Wholesale "selected source" price.
        consign_price (float | None | str | Unset): Dropshipping (一件代发) price.
        sku_id (int | None | str | Unset): SKU id.
        spec_id (None | str | Unset): Spec id of the SKU (used in orders and the cart).
        cargo_number (None | str | Unset): The seller's article number of the SKU.
        sku_attributes (list[AlibabaProductSkuAttribute] | None | Unset): The attribute values that make up this SKU.
    """

    amount_on_sale: int | None | Unset = UNSET
    price: float | None | str | Unset = UNSET
    jxhy_price: float | None | str | Unset = UNSET
    pf_jxhy_price: float | None | str | Unset = UNSET
    consign_price: float | None | str | Unset = UNSET
    sku_id: int | None | str | Unset = UNSET
    spec_id: None | str | Unset = UNSET
    cargo_number: None | str | Unset = UNSET
    sku_attributes: list[AlibabaProductSkuAttribute] | None | Unset = UNSET
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
        amount_on_sale: int | None | Unset
        if isinstance(self.amount_on_sale, Unset):
            amount_on_sale = UNSET
        else:
            amount_on_sale = self.amount_on_sale

        price: float | None | str | Unset
        if isinstance(self.price, Unset):
            price = UNSET
        else:
            price = self.price

        jxhy_price: float | None | str | Unset
        if isinstance(self.jxhy_price, Unset):
            jxhy_price = UNSET
        else:
            jxhy_price = self.jxhy_price

        pf_jxhy_price: float | None | str | Unset
        if isinstance(self.pf_jxhy_price, Unset):
            pf_jxhy_price = UNSET
        else:
            pf_jxhy_price = self.pf_jxhy_price

        consign_price: float | None | str | Unset
        if isinstance(self.consign_price, Unset):
            consign_price = UNSET
        else:
            consign_price = self.consign_price

        sku_id: int | None | str | Unset
        if isinstance(self.sku_id, Unset):
            sku_id = UNSET
        else:
            sku_id = self.sku_id

        spec_id: None | str | Unset
        if isinstance(self.spec_id, Unset):
            spec_id = UNSET
        else:
            spec_id = self.spec_id

        cargo_number: None | str | Unset
        if isinstance(self.cargo_number, Unset):
            cargo_number = UNSET
        else:
            cargo_number = self.cargo_number

        sku_attributes: list[dict[str, Any]] | None | Unset
        if isinstance(self.sku_attributes, Unset):
            sku_attributes = UNSET
        elif isinstance(self.sku_attributes, list):
            sku_attributes = []
            for sku_attributes_type_0_item_data in self.sku_attributes:
                sku_attributes_type_0_item = to_jsonable(
                    sku_attributes_type_0_item_data
                )
                sku_attributes.append(sku_attributes_type_0_item)

        else:
            sku_attributes = self.sku_attributes

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if amount_on_sale is not UNSET:
            field_dict["amountOnSale"] = amount_on_sale
        if price is not UNSET:
            field_dict["price"] = price
        if jxhy_price is not UNSET:
            field_dict["jxhyPrice"] = jxhy_price
        if pf_jxhy_price is not UNSET:
            field_dict["pfJxhyPrice"] = pf_jxhy_price
        if consign_price is not UNSET:
            field_dict["consignPrice"] = consign_price
        if sku_id is not UNSET:
            field_dict["skuId"] = sku_id
        if spec_id is not UNSET:
            field_dict["specId"] = spec_id
        if cargo_number is not UNSET:
            field_dict["cargoNumber"] = cargo_number
        if sku_attributes is not UNSET:
            field_dict["skuAttributes"] = sku_attributes

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
        amount_on_sale: int | None | Unset = d.pop("amountOnSale", UNSET)

        price: float | None | str | Unset = d.pop("price", UNSET)

        jxhy_price: float | None | str | Unset = d.pop("jxhyPrice", UNSET)

        pf_jxhy_price: float | None | str | Unset = d.pop("pfJxhyPrice", UNSET)

        consign_price: float | None | str | Unset = d.pop("consignPrice", UNSET)

        sku_id: int | None | str | Unset = d.pop("skuId", UNSET)

        spec_id: None | str | Unset = d.pop("specId", UNSET)

        cargo_number: None | str | Unset = d.pop("cargoNumber", UNSET)

        def _parse_sku_attributes(
            data: object,
        ) -> list[AlibabaProductSkuAttribute] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                sku_attributes_type_0 = []
                _sku_attributes_type_0 = data
                for sku_attributes_type_0_item_data in _sku_attributes_type_0:
                    sku_attributes_type_0_item = AlibabaProductSkuAttribute.from_dict(
                        sku_attributes_type_0_item_data
                    )

                    sku_attributes_type_0.append(sku_attributes_type_0_item)

                return sku_attributes_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[AlibabaProductSkuAttribute] | None | Unset, data)

        sku_attributes = _parse_sku_attributes(d.pop("skuAttributes", UNSET))

        alibaba_product_sku_info = cls(
            amount_on_sale=amount_on_sale,
            price=price,
            jxhy_price=jxhy_price,
            pf_jxhy_price=pf_jxhy_price,
            consign_price=consign_price,
            sku_id=sku_id,
            spec_id=spec_id,
            cargo_number=cargo_number,
            sku_attributes=sku_attributes,
        )

        alibaba_product_sku_info.additional_properties = d
        return alibaba_product_sku_info

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
from ..models.alibaba_product_sku_attribute import AlibabaProductSkuAttribute
