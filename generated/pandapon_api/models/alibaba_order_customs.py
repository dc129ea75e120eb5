from __future__ import annotations

from collections.abc import Iterator, Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, model_to_json, set_fields_repr, to_jsonable

T = TypeVar("T", bound="AlibabaOrderCustoms")


@_attrs_define
class AlibabaOrderCustoms:
    """
    Attributes:
        id (int | None | Unset): Record id.
        order_id (None | str | Unset): Order id.
        buyer_id (int | None | Unset): Buyer id.
        type_ (int | None | Unset): 1 = customs declaration.
        gmt_create (None | str | Unset): Creation time.
        gmt_modified (None | str | Unset): Modification time.
        attributes (list[AlibabaOrderCustomsAttribute] | None | Unset): Declared goods.
    """

    id: int | None | Unset = UNSET
    order_id: None | str | Unset = UNSET
    buyer_id: int | None | Unset = UNSET
    type_: int | None | Unset = UNSET
    gmt_create: None | str | Unset = UNSET
    gmt_modified: None | str | Unset = UNSET
    attributes: list[AlibabaOrderCustomsAttribute] | None | Unset = UNSET
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
        id: int | None | Unset
        if isinstance(self.id, Unset):
            id = UNSET
        else:
            id = self.id

        order_id: None | str | Unset
        if isinstance(self.order_id, Unset):
            order_id = UNSET
        else:
            order_id = self.order_id

        buyer_id: int | None | Unset
        if isinstance(self.buyer_id, Unset):
            buyer_id = UNSET
        else:
            buyer_id = self.buyer_id

        type_: int | None | Unset
        if isinstance(self.type_, Unset):
            type_ = UNSET
        else:
            type_ = self.type_

        gmt_create: None | str | Unset
        if isinstance(self.gmt_create, Unset):
            gmt_create = UNSET
        else:
            gmt_create = self.gmt_create

        gmt_modified: None | str | Unset
        if isinstance(self.gmt_modified, Unset):
            gmt_modified = UNSET
        else:
            gmt_modified = self.gmt_modified

        attributes: list[dict[str, Any]] | None | Unset
        if isinstance(self.attributes, Unset):
            attributes = UNSET
        elif isinstance(self.attributes, list):
            attributes = []
            for attributes_type_0_item_data in self.attributes:
                attributes_type_0_item = to_jsonable(attributes_type_0_item_data)
                attributes.append(attributes_type_0_item)

        else:
            attributes = self.attributes

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if order_id is not UNSET:
            field_dict["orderId"] = order_id
        if buyer_id is not UNSET:
            field_dict["buyerId"] = buyer_id
        if type_ is not UNSET:
            field_dict["type"] = type_
        if gmt_create is not UNSET:
            field_dict["gmtCreate"] = gmt_create
        if gmt_modified is not UNSET:
            field_dict["gmtModified"] = gmt_modified
        if attributes is not UNSET:
            field_dict["attributes"] = attributes

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
        id: int | None | Unset = d.pop("id", UNSET)

        order_id: None | str | Unset = d.pop("orderId", UNSET)

        buyer_id: int | None | Unset = d.pop("buyerId", UNSET)

        type_: int | None | Unset = d.pop("type", UNSET)

        gmt_create: None | str | Unset = d.pop("gmtCreate", UNSET)

        gmt_modified: None | str | Unset = d.pop("gmtModified", UNSET)

        def _parse_attributes(
            data: object,
        ) -> list[AlibabaOrderCustomsAttribute] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                attributes_type_0 = []
                _attributes_type_0 = data
                for attributes_type_0_item_data in _attributes_type_0:
                    attributes_type_0_item = AlibabaOrderCustomsAttribute.from_dict(
                        attributes_type_0_item_data
                    )

                    attributes_type_0.append(attributes_type_0_item)

                return attributes_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[AlibabaOrderCustomsAttribute] | None | Unset, data)

        attributes = _parse_attributes(d.pop("attributes", UNSET))

        alibaba_order_customs = cls(
            id=id,
            order_id=order_id,
            buyer_id=buyer_id,
            type_=type_,
            gmt_create=gmt_create,
            gmt_modified=gmt_modified,
            attributes=attributes,
        )

        alibaba_order_customs.additional_properties = d
        return alibaba_order_customs

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
from ..models.alibaba_order_customs_attribute import AlibabaOrderCustomsAttribute
