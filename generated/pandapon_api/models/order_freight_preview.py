from __future__ import annotations

from collections.abc import Iterator, Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, model_to_json, set_fields_repr, to_jsonable

T = TypeVar("T", bound="OrderFreightPreview")


@_attrs_define
class OrderFreightPreview:
    """Result of `previewOrderFreight`. Inferred (never seen): a `renderId` for the booking call and the freight per line
    and in total.

        Attributes:
            render_id (None | str | Unset): Preview id to pass to `createInternationalLogisticsOrder`, e.g.
                "FF2024080200007".
            price (float | None | str | Unset): Total freight; type and unit are not stated.
            currency (None | str | Unset): Currency code of the amounts.
            render_items (list[OrderFreightPreviewItem] | None | Unset): Freight per line.
    """

    render_id: None | str | Unset = UNSET
    price: float | None | str | Unset = UNSET
    currency: None | str | Unset = UNSET
    render_items: list[OrderFreightPreviewItem] | None | Unset = UNSET
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
        render_id: None | str | Unset
        if isinstance(self.render_id, Unset):
            render_id = UNSET
        else:
            render_id = self.render_id

        price: float | None | str | Unset
        if isinstance(self.price, Unset):
            price = UNSET
        else:
            price = self.price

        currency: None | str | Unset
        if isinstance(self.currency, Unset):
            currency = UNSET
        else:
            currency = self.currency

        render_items: list[dict[str, Any]] | None | Unset
        if isinstance(self.render_items, Unset):
            render_items = UNSET
        elif isinstance(self.render_items, list):
            render_items = []
            for render_items_type_0_item_data in self.render_items:
                render_items_type_0_item = to_jsonable(render_items_type_0_item_data)
                render_items.append(render_items_type_0_item)

        else:
            render_items = self.render_items

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if render_id is not UNSET:
            field_dict["renderId"] = render_id
        if price is not UNSET:
            field_dict["price"] = price
        if currency is not UNSET:
            field_dict["currency"] = currency
        if render_items is not UNSET:
            field_dict["renderItems"] = render_items

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
        render_id: None | str | Unset = d.pop("renderId", UNSET)

        price: float | None | str | Unset = d.pop("price", UNSET)

        currency: None | str | Unset = d.pop("currency", UNSET)

        def _parse_render_items(
            data: object,
        ) -> list[OrderFreightPreviewItem] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                render_items_type_0 = []
                _render_items_type_0 = data
                for render_items_type_0_item_data in _render_items_type_0:
                    render_items_type_0_item = OrderFreightPreviewItem.from_dict(
                        render_items_type_0_item_data
                    )

                    render_items_type_0.append(render_items_type_0_item)

                return render_items_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[OrderFreightPreviewItem] | None | Unset, data)

        render_items = _parse_render_items(d.pop("renderItems", UNSET))

        order_freight_preview = cls(
            render_id=render_id,
            price=price,
            currency=currency,
            render_items=render_items,
        )

        order_freight_preview.additional_properties = d
        return order_freight_preview

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
from ..models.order_freight_preview_item import OrderFreightPreviewItem
