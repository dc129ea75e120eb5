from __future__ import annotations

from collections.abc import Iterator, Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, model_to_json, set_fields_repr, to_jsonable

T = TypeVar("T", bound="AlibabaProductSaleInfo")


@_attrs_define
class AlibabaProductSaleInfo:
    """
    Attributes:
        price_ranges (list[AlibabaProductPriceRange] | None | Unset): Tier prices (price typed as a long upstream).
        amount_on_sale (int | None | Unset): Stock.
        price_range_list (list[AlibabaProductPriceRange] | None | Unset): Tier prices (price typed as a string
            upstream).
        quote_type (int | None | Unset): Pricing mode. Upstream values: 0 one price, 1 price per SKU, 2 price ranges for
            the product, 3 price ranges per SKU.
        consign_price (float | None | str | Unset): Dropshipping price.
        jxhy_price (float | None | str | Unset): Price as a "selected source" product.
    """

    price_ranges: list[AlibabaProductPriceRange] | None | Unset = UNSET
    amount_on_sale: int | None | Unset = UNSET
    price_range_list: list[AlibabaProductPriceRange] | None | Unset = UNSET
    quote_type: int | None | Unset = UNSET
    consign_price: float | None | str | Unset = UNSET
    jxhy_price: float | None | str | Unset = UNSET
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
        price_ranges: list[dict[str, Any]] | None | Unset
        if isinstance(self.price_ranges, Unset):
            price_ranges = UNSET
        elif isinstance(self.price_ranges, list):
            price_ranges = []
            for price_ranges_type_0_item_data in self.price_ranges:
                price_ranges_type_0_item = to_jsonable(price_ranges_type_0_item_data)
                price_ranges.append(price_ranges_type_0_item)

        else:
            price_ranges = self.price_ranges

        amount_on_sale: int | None | Unset
        if isinstance(self.amount_on_sale, Unset):
            amount_on_sale = UNSET
        else:
            amount_on_sale = self.amount_on_sale

        price_range_list: list[dict[str, Any]] | None | Unset
        if isinstance(self.price_range_list, Unset):
            price_range_list = UNSET
        elif isinstance(self.price_range_list, list):
            price_range_list = []
            for price_range_list_type_0_item_data in self.price_range_list:
                price_range_list_type_0_item = to_jsonable(
                    price_range_list_type_0_item_data
                )
                price_range_list.append(price_range_list_type_0_item)

        else:
            price_range_list = self.price_range_list

        quote_type: int | None | Unset
        if isinstance(self.quote_type, Unset):
            quote_type = UNSET
        else:
            quote_type = self.quote_type

        consign_price: float | None | str | Unset
        if isinstance(self.consign_price, Unset):
            consign_price = UNSET
        else:
            consign_price = self.consign_price

        jxhy_price: float | None | str | Unset
        if isinstance(self.jxhy_price, Unset):
            jxhy_price = UNSET
        else:
            jxhy_price = self.jxhy_price

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if price_ranges is not UNSET:
            field_dict["priceRanges"] = price_ranges
        if amount_on_sale is not UNSET:
            field_dict["amountOnSale"] = amount_on_sale
        if price_range_list is not UNSET:
            field_dict["priceRangeList"] = price_range_list
        if quote_type is not UNSET:
            field_dict["quoteType"] = quote_type
        if consign_price is not UNSET:
            field_dict["consignPrice"] = consign_price
        if jxhy_price is not UNSET:
            field_dict["jxhyPrice"] = jxhy_price

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

        def _parse_price_ranges(
            data: object,
        ) -> list[AlibabaProductPriceRange] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                price_ranges_type_0 = []
                _price_ranges_type_0 = data
                for price_ranges_type_0_item_data in _price_ranges_type_0:
                    price_ranges_type_0_item = AlibabaProductPriceRange.from_dict(
                        price_ranges_type_0_item_data
                    )

                    price_ranges_type_0.append(price_ranges_type_0_item)

                return price_ranges_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[AlibabaProductPriceRange] | None | Unset, data)

        price_ranges = _parse_price_ranges(d.pop("priceRanges", UNSET))

        amount_on_sale: int | None | Unset = d.pop("amountOnSale", UNSET)

        def _parse_price_range_list(
            data: object,
        ) -> list[AlibabaProductPriceRange] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                price_range_list_type_0 = []
                _price_range_list_type_0 = data
                for price_range_list_type_0_item_data in _price_range_list_type_0:
                    price_range_list_type_0_item = AlibabaProductPriceRange.from_dict(
                        price_range_list_type_0_item_data
                    )

                    price_range_list_type_0.append(price_range_list_type_0_item)

                return price_range_list_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[AlibabaProductPriceRange] | None | Unset, data)

        price_range_list = _parse_price_range_list(d.pop("priceRangeList", UNSET))

        quote_type: int | None | Unset = d.pop("quoteType", UNSET)

        consign_price: float | None | str | Unset = d.pop("consignPrice", UNSET)

        jxhy_price: float | None | str | Unset = d.pop("jxhyPrice", UNSET)

        alibaba_product_sale_info = cls(
            price_ranges=price_ranges,
            amount_on_sale=amount_on_sale,
            price_range_list=price_range_list,
            quote_type=quote_type,
            consign_price=consign_price,
            jxhy_price=jxhy_price,
        )

        alibaba_product_sale_info.additional_properties = d
        return alibaba_product_sale_info

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
from ..models.alibaba_product_price_range import AlibabaProductPriceRange
