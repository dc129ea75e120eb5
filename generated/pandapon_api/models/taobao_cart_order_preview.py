from __future__ import annotations

from collections.abc import Iterator, Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, model_to_json, set_fields_repr, to_jsonable

T = TypeVar("T", bound="TaobaoCartOrderPreview")


@_attrs_define
class TaobaoCartOrderPreview:
    """Inferred preview, following the upstream Taobao Global purchase-order render result with names camelCased. Amounts
    are integers (upstream fen; not stated by PandaPon).

        Attributes:
            render_item_list (list[TaobaoCartPreviewSellerGroup] | None | Unset): One price block per seller.
            unavailable_sku_list (list[TaobaoCartPreviewUnavailableSku] | None | Unset): SKUs that cannot be ordered, with
                the reason.
            total_real_pay_price (None | TaobaoCartPreviewAmount | Unset):
    """

    render_item_list: list[TaobaoCartPreviewSellerGroup] | None | Unset = UNSET
    unavailable_sku_list: list[TaobaoCartPreviewUnavailableSku] | None | Unset = UNSET
    total_real_pay_price: None | TaobaoCartPreviewAmount | Unset = UNSET
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
        render_item_list: list[dict[str, Any]] | None | Unset
        if isinstance(self.render_item_list, Unset):
            render_item_list = UNSET
        elif isinstance(self.render_item_list, list):
            render_item_list = []
            for render_item_list_type_0_item_data in self.render_item_list:
                render_item_list_type_0_item = to_jsonable(
                    render_item_list_type_0_item_data
                )
                render_item_list.append(render_item_list_type_0_item)

        else:
            render_item_list = self.render_item_list

        unavailable_sku_list: list[dict[str, Any]] | None | Unset
        if isinstance(self.unavailable_sku_list, Unset):
            unavailable_sku_list = UNSET
        elif isinstance(self.unavailable_sku_list, list):
            unavailable_sku_list = []
            for unavailable_sku_list_type_0_item_data in self.unavailable_sku_list:
                unavailable_sku_list_type_0_item = to_jsonable(
                    unavailable_sku_list_type_0_item_data
                )
                unavailable_sku_list.append(unavailable_sku_list_type_0_item)

        else:
            unavailable_sku_list = self.unavailable_sku_list

        total_real_pay_price: dict[str, Any] | None | Unset
        if isinstance(self.total_real_pay_price, Unset):
            total_real_pay_price = UNSET
        elif isinstance(self.total_real_pay_price, TaobaoCartPreviewAmount):
            total_real_pay_price = to_jsonable(self.total_real_pay_price)
        else:
            total_real_pay_price = self.total_real_pay_price

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if render_item_list is not UNSET:
            field_dict["renderItemList"] = render_item_list
        if unavailable_sku_list is not UNSET:
            field_dict["unavailableSkuList"] = unavailable_sku_list
        if total_real_pay_price is not UNSET:
            field_dict["totalRealPayPrice"] = total_real_pay_price

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

        def _parse_render_item_list(
            data: object,
        ) -> list[TaobaoCartPreviewSellerGroup] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                render_item_list_type_0 = []
                _render_item_list_type_0 = data
                for render_item_list_type_0_item_data in _render_item_list_type_0:
                    render_item_list_type_0_item = (
                        TaobaoCartPreviewSellerGroup.from_dict(
                            render_item_list_type_0_item_data
                        )
                    )

                    render_item_list_type_0.append(render_item_list_type_0_item)

                return render_item_list_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[TaobaoCartPreviewSellerGroup] | None | Unset, data)

        render_item_list = _parse_render_item_list(d.pop("renderItemList", UNSET))

        def _parse_unavailable_sku_list(
            data: object,
        ) -> list[TaobaoCartPreviewUnavailableSku] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                unavailable_sku_list_type_0 = []
                _unavailable_sku_list_type_0 = data
                for (
                    unavailable_sku_list_type_0_item_data
                ) in _unavailable_sku_list_type_0:
                    unavailable_sku_list_type_0_item = (
                        TaobaoCartPreviewUnavailableSku.from_dict(
                            unavailable_sku_list_type_0_item_data
                        )
                    )

                    unavailable_sku_list_type_0.append(unavailable_sku_list_type_0_item)

                return unavailable_sku_list_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[TaobaoCartPreviewUnavailableSku] | None | Unset, data)

        unavailable_sku_list = _parse_unavailable_sku_list(
            d.pop("unavailableSkuList", UNSET)
        )

        def _parse_total_real_pay_price(
            data: object,
        ) -> None | TaobaoCartPreviewAmount | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                total_real_pay_price_type_0 = TaobaoCartPreviewAmount.from_dict(data)

                return total_real_pay_price_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | TaobaoCartPreviewAmount | Unset, data)

        total_real_pay_price = _parse_total_real_pay_price(
            d.pop("totalRealPayPrice", UNSET)
        )

        taobao_cart_order_preview = cls(
            render_item_list=render_item_list,
            unavailable_sku_list=unavailable_sku_list,
            total_real_pay_price=total_real_pay_price,
        )

        taobao_cart_order_preview.additional_properties = d
        return taobao_cart_order_preview

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
from ..models.taobao_cart_preview_amount import TaobaoCartPreviewAmount
from ..models.taobao_cart_preview_seller_group import TaobaoCartPreviewSellerGroup
from ..models.taobao_cart_preview_unavailable_sku import TaobaoCartPreviewUnavailableSku
