from __future__ import annotations

from collections.abc import Iterator, Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, model_to_json, set_fields_repr, to_jsonable

T = TypeVar("T", bound="AlibabaCreateOrderPreview")


@_attrs_define
class AlibabaCreateOrderPreview:
    """Result of a 1688 order preview (no schema name shown). Field names from the older-generation page, spelling
    included.

        Attributes:
            order_preview_resuslt (list[AlibabaCreateOrderPreviewResult] | None | Unset): One entry per order the lines
                would produce (upstream splits by seller and rules).
            success (bool | None | Unset): Whether the preview succeeded.
            error_code (None | str | Unset): Error code (null in the doc example).
            error_msg (None | str | Unset): Error message (null in the doc example).
            post_fee_by_desc_offer_list (list[int | str] | None | Unset): Products whose freight is "to be agreed" with the
                seller (null in the doc example).
            consign_offer_list (list[int | str] | None | Unset): Consignment (dropshipping) products (null in the doc
                example).
            unsupported_cross_border_pay_offer_list (list[int | str] | None | Unset): Products that cannot be paid with
                cross-border payment (strings in the doc).
    """

    order_preview_resuslt: list[AlibabaCreateOrderPreviewResult] | None | Unset = UNSET
    success: bool | None | Unset = UNSET
    error_code: None | str | Unset = UNSET
    error_msg: None | str | Unset = UNSET
    post_fee_by_desc_offer_list: list[int | str] | None | Unset = UNSET
    consign_offer_list: list[int | str] | None | Unset = UNSET
    unsupported_cross_border_pay_offer_list: list[int | str] | None | Unset = UNSET
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
        order_preview_resuslt: list[dict[str, Any]] | None | Unset
        if isinstance(self.order_preview_resuslt, Unset):
            order_preview_resuslt = UNSET
        elif isinstance(self.order_preview_resuslt, list):
            order_preview_resuslt = []
            for order_preview_resuslt_type_0_item_data in self.order_preview_resuslt:
                order_preview_resuslt_type_0_item = to_jsonable(
                    order_preview_resuslt_type_0_item_data
                )
                order_preview_resuslt.append(order_preview_resuslt_type_0_item)

        else:
            order_preview_resuslt = self.order_preview_resuslt

        success: bool | None | Unset
        if isinstance(self.success, Unset):
            success = UNSET
        else:
            success = self.success

        error_code: None | str | Unset
        if isinstance(self.error_code, Unset):
            error_code = UNSET
        else:
            error_code = self.error_code

        error_msg: None | str | Unset
        if isinstance(self.error_msg, Unset):
            error_msg = UNSET
        else:
            error_msg = self.error_msg

        post_fee_by_desc_offer_list: list[int | str] | None | Unset
        if isinstance(self.post_fee_by_desc_offer_list, Unset):
            post_fee_by_desc_offer_list = UNSET
        elif isinstance(self.post_fee_by_desc_offer_list, list):
            post_fee_by_desc_offer_list = []
            for (
                post_fee_by_desc_offer_list_type_0_item_data
            ) in self.post_fee_by_desc_offer_list:
                post_fee_by_desc_offer_list_type_0_item: int | str
                post_fee_by_desc_offer_list_type_0_item = (
                    post_fee_by_desc_offer_list_type_0_item_data
                )
                post_fee_by_desc_offer_list.append(
                    post_fee_by_desc_offer_list_type_0_item
                )

        else:
            post_fee_by_desc_offer_list = self.post_fee_by_desc_offer_list

        consign_offer_list: list[int | str] | None | Unset
        if isinstance(self.consign_offer_list, Unset):
            consign_offer_list = UNSET
        elif isinstance(self.consign_offer_list, list):
            consign_offer_list = []
            for consign_offer_list_type_0_item_data in self.consign_offer_list:
                consign_offer_list_type_0_item: int | str
                consign_offer_list_type_0_item = consign_offer_list_type_0_item_data
                consign_offer_list.append(consign_offer_list_type_0_item)

        else:
            consign_offer_list = self.consign_offer_list

        unsupported_cross_border_pay_offer_list: list[int | str] | None | Unset
        if isinstance(self.unsupported_cross_border_pay_offer_list, Unset):
            unsupported_cross_border_pay_offer_list = UNSET
        elif isinstance(self.unsupported_cross_border_pay_offer_list, list):
            unsupported_cross_border_pay_offer_list = []
            for (
                unsupported_cross_border_pay_offer_list_type_0_item_data
            ) in self.unsupported_cross_border_pay_offer_list:
                unsupported_cross_border_pay_offer_list_type_0_item: int | str
                unsupported_cross_border_pay_offer_list_type_0_item = (
                    unsupported_cross_border_pay_offer_list_type_0_item_data
                )
                unsupported_cross_border_pay_offer_list.append(
                    unsupported_cross_border_pay_offer_list_type_0_item
                )

        else:
            unsupported_cross_border_pay_offer_list = (
                self.unsupported_cross_border_pay_offer_list
            )

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if order_preview_resuslt is not UNSET:
            field_dict["orderPreviewResuslt"] = order_preview_resuslt
        if success is not UNSET:
            field_dict["success"] = success
        if error_code is not UNSET:
            field_dict["errorCode"] = error_code
        if error_msg is not UNSET:
            field_dict["errorMsg"] = error_msg
        if post_fee_by_desc_offer_list is not UNSET:
            field_dict["postFeeByDescOfferList"] = post_fee_by_desc_offer_list
        if consign_offer_list is not UNSET:
            field_dict["consignOfferList"] = consign_offer_list
        if unsupported_cross_border_pay_offer_list is not UNSET:
            field_dict["unsupportedCrossBorderPayOfferList"] = (
                unsupported_cross_border_pay_offer_list
            )

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

        def _parse_order_preview_resuslt(
            data: object,
        ) -> list[AlibabaCreateOrderPreviewResult] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                order_preview_resuslt_type_0 = []
                _order_preview_resuslt_type_0 = data
                for (
                    order_preview_resuslt_type_0_item_data
                ) in _order_preview_resuslt_type_0:
                    order_preview_resuslt_type_0_item = (
                        AlibabaCreateOrderPreviewResult.from_dict(
                            order_preview_resuslt_type_0_item_data
                        )
                    )

                    order_preview_resuslt_type_0.append(
                        order_preview_resuslt_type_0_item
                    )

                return order_preview_resuslt_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[AlibabaCreateOrderPreviewResult] | None | Unset, data)

        order_preview_resuslt = _parse_order_preview_resuslt(
            d.pop("orderPreviewResuslt", UNSET)
        )

        success: bool | None | Unset = d.pop("success", UNSET)

        error_code: None | str | Unset = d.pop("errorCode", UNSET)

        error_msg: None | str | Unset = d.pop("errorMsg", UNSET)

        def _parse_post_fee_by_desc_offer_list(
            data: object,
        ) -> list[int | str] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                post_fee_by_desc_offer_list_type_0 = []
                _post_fee_by_desc_offer_list_type_0 = data
                for (
                    post_fee_by_desc_offer_list_type_0_item_data
                ) in _post_fee_by_desc_offer_list_type_0:
                    post_fee_by_desc_offer_list_type_0_item: int | str = (
                        post_fee_by_desc_offer_list_type_0_item_data
                    )

                    post_fee_by_desc_offer_list_type_0.append(
                        post_fee_by_desc_offer_list_type_0_item
                    )

                return post_fee_by_desc_offer_list_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[int | str] | None | Unset, data)

        post_fee_by_desc_offer_list = _parse_post_fee_by_desc_offer_list(
            d.pop("postFeeByDescOfferList", UNSET)
        )

        def _parse_consign_offer_list(data: object) -> list[int | str] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                consign_offer_list_type_0 = []
                _consign_offer_list_type_0 = data
                for consign_offer_list_type_0_item_data in _consign_offer_list_type_0:
                    consign_offer_list_type_0_item: int | str = (
                        consign_offer_list_type_0_item_data
                    )

                    consign_offer_list_type_0.append(consign_offer_list_type_0_item)

                return consign_offer_list_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[int | str] | None | Unset, data)

        consign_offer_list = _parse_consign_offer_list(d.pop("consignOfferList", UNSET))

        def _parse_unsupported_cross_border_pay_offer_list(
            data: object,
        ) -> list[int | str] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                unsupported_cross_border_pay_offer_list_type_0 = []
                _unsupported_cross_border_pay_offer_list_type_0 = data
                for (
                    unsupported_cross_border_pay_offer_list_type_0_item_data
                ) in _unsupported_cross_border_pay_offer_list_type_0:
                    unsupported_cross_border_pay_offer_list_type_0_item: int | str = (
                        unsupported_cross_border_pay_offer_list_type_0_item_data
                    )

                    unsupported_cross_border_pay_offer_list_type_0.append(
                        unsupported_cross_border_pay_offer_list_type_0_item
                    )

                return unsupported_cross_border_pay_offer_list_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[int | str] | None | Unset, data)

        unsupported_cross_border_pay_offer_list = (
            _parse_unsupported_cross_border_pay_offer_list(
                d.pop("unsupportedCrossBorderPayOfferList", UNSET)
            )
        )

        alibaba_create_order_preview = cls(
            order_preview_resuslt=order_preview_resuslt,
            success=success,
            error_code=error_code,
            error_msg=error_msg,
            post_fee_by_desc_offer_list=post_fee_by_desc_offer_list,
            consign_offer_list=consign_offer_list,
            unsupported_cross_border_pay_offer_list=unsupported_cross_border_pay_offer_list,
        )

        alibaba_create_order_preview.additional_properties = d
        return alibaba_create_order_preview

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
from ..models.alibaba_create_order_preview_result import AlibabaCreateOrderPreviewResult
