from __future__ import annotations

from collections.abc import Iterator, Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, model_to_json, set_fields_repr, to_jsonable

T = TypeVar("T", bound="PreviewOrderFreightRequest")


@_attrs_define
class PreviewOrderFreightRequest:
    """Body of `previewOrderFreight` (no schema name on the page; top-level fields optional).

    Attributes:
        receiver_address (ReceiverAddressTO | Unset): Foreign receiver address of the warehouse-logistics calls (schema
            name as in the docs). Every field is optional and may be null.
        render_items (list[FreightRenderItem] | None | Unset): The lines to price.
    """

    receiver_address: ReceiverAddressTO | Unset = UNSET
    render_items: list[FreightRenderItem] | None | Unset = UNSET
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
        receiver_address: dict[str, Any] | Unset = UNSET
        if not isinstance(self.receiver_address, Unset):
            receiver_address = to_jsonable(self.receiver_address)

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
        if receiver_address is not UNSET:
            field_dict["receiverAddress"] = receiver_address
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
        _receiver_address = d.pop("receiverAddress", UNSET)
        receiver_address: ReceiverAddressTO | Unset
        if isinstance(_receiver_address, Unset):
            receiver_address = UNSET
        else:
            receiver_address = ReceiverAddressTO.from_dict(_receiver_address)

        def _parse_render_items(data: object) -> list[FreightRenderItem] | None | Unset:
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
                    render_items_type_0_item = FreightRenderItem.from_dict(
                        render_items_type_0_item_data
                    )

                    render_items_type_0.append(render_items_type_0_item)

                return render_items_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[FreightRenderItem] | None | Unset, data)

        render_items = _parse_render_items(d.pop("renderItems", UNSET))

        preview_order_freight_request = cls(
            receiver_address=receiver_address,
            render_items=render_items,
        )

        preview_order_freight_request.additional_properties = d
        return preview_order_freight_request

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
from ..models.freight_render_item import FreightRenderItem
from ..models.receiver_address_to import ReceiverAddressTO
