from __future__ import annotations

from collections.abc import Iterator, Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, model_to_json, set_fields_repr, to_jsonable

T = TypeVar("T", bound="RefundRenderVO")


@_attrs_define
class RefundRenderVO:
    """Template for a new reverse order (schema name as in the docs).

    Attributes:
        refund_order_template (None | RefundOrderTemplate | Unset):
        distributor_id (None | str | Unset): Distributor id.
        currency (None | str | Unset): Currency.
        sale_flag (bool | None | Unset): Whether after-sales is allowed for the sub-order.
    """

    refund_order_template: None | RefundOrderTemplate | Unset = UNSET
    distributor_id: None | str | Unset = UNSET
    currency: None | str | Unset = UNSET
    sale_flag: bool | None | Unset = UNSET
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
        refund_order_template: dict[str, Any] | None | Unset
        if isinstance(self.refund_order_template, Unset):
            refund_order_template = UNSET
        elif isinstance(self.refund_order_template, RefundOrderTemplate):
            refund_order_template = to_jsonable(self.refund_order_template)
        else:
            refund_order_template = self.refund_order_template

        distributor_id: None | str | Unset
        if isinstance(self.distributor_id, Unset):
            distributor_id = UNSET
        else:
            distributor_id = self.distributor_id

        currency: None | str | Unset
        if isinstance(self.currency, Unset):
            currency = UNSET
        else:
            currency = self.currency

        sale_flag: bool | None | Unset
        if isinstance(self.sale_flag, Unset):
            sale_flag = UNSET
        else:
            sale_flag = self.sale_flag

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if refund_order_template is not UNSET:
            field_dict["refundOrderTemplate"] = refund_order_template
        if distributor_id is not UNSET:
            field_dict["distributorId"] = distributor_id
        if currency is not UNSET:
            field_dict["currency"] = currency
        if sale_flag is not UNSET:
            field_dict["saleFlag"] = sale_flag

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

        def _parse_refund_order_template(
            data: object,
        ) -> None | RefundOrderTemplate | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                refund_order_template_type_0 = RefundOrderTemplate.from_dict(data)

                return refund_order_template_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | RefundOrderTemplate | Unset, data)

        refund_order_template = _parse_refund_order_template(
            d.pop("refundOrderTemplate", UNSET)
        )

        distributor_id: None | str | Unset = d.pop("distributorId", UNSET)

        currency: None | str | Unset = d.pop("currency", UNSET)

        sale_flag: bool | None | Unset = d.pop("saleFlag", UNSET)

        refund_render_vo = cls(
            refund_order_template=refund_order_template,
            distributor_id=distributor_id,
            currency=currency,
            sale_flag=sale_flag,
        )

        refund_render_vo.additional_properties = d
        return refund_render_vo

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
from ..models.refund_order_template import RefundOrderTemplate
