from __future__ import annotations

from collections.abc import Iterator, Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, model_to_json, set_fields_repr, to_jsonable

T = TypeVar("T", bound="CreateInternationalLogisticsOrderRequest")


@_attrs_define
class CreateInternationalLogisticsOrderRequest:
    """Body of `createInternationalLogisticsOrder` (no schema name on the page; every field marked optional). Read on the
    older-generation page.

        Attributes:
            render_id (None | str | Unset): Freight preview id, e.g. "FF2024080200007"; presumably the `renderId` returned
                by `previewOrderFreight` (inferred).
            receiver_address (ReceiverAddressTO | Unset): Foreign receiver address of the warehouse-logistics calls (schema
                name as in the docs). Every field is optional and may be null.
            line_items (list[FreightBookingLineItem] | None | Unset): The lines to ship.
            tmall_order_info (TmallOrderInfoTO | Unset): The related Tmall/Taobao order of a logistics booking (schema name
                as in the docs).
            remark (None | str | Unset): Remark.
    """

    render_id: None | str | Unset = UNSET
    receiver_address: ReceiverAddressTO | Unset = UNSET
    line_items: list[FreightBookingLineItem] | None | Unset = UNSET
    tmall_order_info: TmallOrderInfoTO | Unset = UNSET
    remark: None | str | Unset = UNSET
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

        receiver_address: dict[str, Any] | Unset = UNSET
        if not isinstance(self.receiver_address, Unset):
            receiver_address = to_jsonable(self.receiver_address)

        line_items: list[dict[str, Any]] | None | Unset
        if isinstance(self.line_items, Unset):
            line_items = UNSET
        elif isinstance(self.line_items, list):
            line_items = []
            for line_items_type_0_item_data in self.line_items:
                line_items_type_0_item = to_jsonable(line_items_type_0_item_data)
                line_items.append(line_items_type_0_item)

        else:
            line_items = self.line_items

        tmall_order_info: dict[str, Any] | Unset = UNSET
        if not isinstance(self.tmall_order_info, Unset):
            tmall_order_info = to_jsonable(self.tmall_order_info)

        remark: None | str | Unset
        if isinstance(self.remark, Unset):
            remark = UNSET
        else:
            remark = self.remark

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if render_id is not UNSET:
            field_dict["renderId"] = render_id
        if receiver_address is not UNSET:
            field_dict["receiverAddress"] = receiver_address
        if line_items is not UNSET:
            field_dict["lineItems"] = line_items
        if tmall_order_info is not UNSET:
            field_dict["tmallOrderInfo"] = tmall_order_info
        if remark is not UNSET:
            field_dict["remark"] = remark

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

        _receiver_address = d.pop("receiverAddress", UNSET)
        receiver_address: ReceiverAddressTO | Unset
        if isinstance(_receiver_address, Unset):
            receiver_address = UNSET
        else:
            receiver_address = ReceiverAddressTO.from_dict(_receiver_address)

        def _parse_line_items(
            data: object,
        ) -> list[FreightBookingLineItem] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                line_items_type_0 = []
                _line_items_type_0 = data
                for line_items_type_0_item_data in _line_items_type_0:
                    line_items_type_0_item = FreightBookingLineItem.from_dict(
                        line_items_type_0_item_data
                    )

                    line_items_type_0.append(line_items_type_0_item)

                return line_items_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[FreightBookingLineItem] | None | Unset, data)

        line_items = _parse_line_items(d.pop("lineItems", UNSET))

        _tmall_order_info = d.pop("tmallOrderInfo", UNSET)
        tmall_order_info: TmallOrderInfoTO | Unset
        if isinstance(_tmall_order_info, Unset):
            tmall_order_info = UNSET
        else:
            tmall_order_info = TmallOrderInfoTO.from_dict(_tmall_order_info)

        remark: None | str | Unset = d.pop("remark", UNSET)

        create_international_logistics_order_request = cls(
            render_id=render_id,
            receiver_address=receiver_address,
            line_items=line_items,
            tmall_order_info=tmall_order_info,
            remark=remark,
        )

        create_international_logistics_order_request.additional_properties = d
        return create_international_logistics_order_request

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
from ..models.freight_booking_line_item import FreightBookingLineItem
from ..models.receiver_address_to import ReceiverAddressTO
from ..models.tmall_order_info_to import TmallOrderInfoTO
