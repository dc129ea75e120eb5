from __future__ import annotations

from collections.abc import Iterator, Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, model_to_json, set_fields_repr

T = TypeVar("T", bound="RenderTaobaoRefundRequest")


@_attrs_define
class RenderTaobaoRefundRequest:
    """
    Attributes:
        refund_type (int): Refund type. Values not listed on the page; upstream Taobao Global uses 1 = refund only, 2 =
            return and refund.
        goods_status (int): Goods status. Values not listed on the page; upstream Taobao Global uses 1 not shipped, 2
            shipped, 3 not received, 4 received, 5 sent back, 6 seller confirmed receipt.
        sub_order_id (str | Unset): Sub-order id the refund is for (required-ness not shown on the page).
    """

    refund_type: int
    goods_status: int
    sub_order_id: str | Unset = UNSET
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
        refund_type = self.refund_type

        goods_status = self.goods_status

        sub_order_id = self.sub_order_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "refundType": refund_type,
                "goodsStatus": goods_status,
            }
        )
        if sub_order_id is not UNSET:
            field_dict["subOrderId"] = sub_order_id

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
        refund_type = d.pop("refundType")

        goods_status = d.pop("goodsStatus")

        sub_order_id = d.pop("subOrderId", UNSET)

        render_taobao_refund_request = cls(
            refund_type=refund_type,
            goods_status=goods_status,
            sub_order_id=sub_order_id,
        )

        render_taobao_refund_request.additional_properties = d
        return render_taobao_refund_request

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
