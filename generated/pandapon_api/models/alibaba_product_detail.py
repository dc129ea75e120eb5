from __future__ import annotations

from collections.abc import Iterator, Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, model_to_json, set_fields_repr, to_jsonable

T = TypeVar("T", bound="AlibabaProductDetail")


@_attrs_define
class AlibabaProductDetail:
    """A 1688 product. The first six fields were read on the older page; the rest are the upstream 1688 ProductDetailModel
    (`product.search.queryProductDetail`), camelCased as PandaPon does.

        Attributes:
            offer_id (int | None | str | Unset): 1688 product id (integer on the older page; may be an encoded string in the
                newest generation).
            category_id (int | None | Unset): Category id.
            category_name (None | str | Unset): Category name (null in the older example).
            subject (None | str | Unset): Original Chinese title.
            subject_trans (None | str | Unset): Translated title.
            description (None | str | Unset): Product detail as HTML.
            main_video (None | str | Unset): Main video URL.
            detail_video (None | str | Unset): Detail video URL.
            product_image (AlibabaProductImage | None | Unset): Product pictures.
            product_attribute (list[AlibabaProductAttribute] | None | Unset): Product attributes, original and translated.
            product_sku_infos (list[AlibabaProductSkuInfo] | None | Unset): The SKUs (variants) with stock and prices.
            product_sale_info (AlibabaProductSaleInfo | None | Unset): Sale information (tier prices, stock, quote type).
            product_shipping_info (AlibabaProductShippingInfo | None | Unset): Shipping information (origin, size, weight,
                shipping-time guarantee).
            is_jxhy (bool | None | Unset): Whether the product is a "selected source" (精选货源) product.
            seller_open_id (None | str | Unset): Encoded seller id (usable for the store search and the cart).
            min_order_quantity (int | None | Unset): Minimum order quantity.
            batch_number (int | None | Unset): Batch ("one hand") quantity.
            status (None | str | Unset): Product status (values not documented).
            tag_info_list (list[AlibabaProductTag] | None | Unset): Service labels of the product.
            trace_info (None | str | Unset): Tracking data to report back to 1688.
            seller_mix_setting (AlibabaSellerMixSetting | None | Unset): The seller's mixed-batch rules.
            product_cargo_number (None | str | Unset): The seller's article number of the product.
            seller_data_info (AlibabaSellerDataInfo | None | Unset): Seller scores.
            sold_out (int | None | str | Unset): Units sold (typed string upstream).
            channel_price (AlibabaChannelPrice | None | Unset): Channel-specific SKU prices.
    """

    offer_id: int | None | str | Unset = UNSET
    category_id: int | None | Unset = UNSET
    category_name: None | str | Unset = UNSET
    subject: None | str | Unset = UNSET
    subject_trans: None | str | Unset = UNSET
    description: None | str | Unset = UNSET
    main_video: None | str | Unset = UNSET
    detail_video: None | str | Unset = UNSET
    product_image: AlibabaProductImage | None | Unset = UNSET
    product_attribute: list[AlibabaProductAttribute] | None | Unset = UNSET
    product_sku_infos: list[AlibabaProductSkuInfo] | None | Unset = UNSET
    product_sale_info: AlibabaProductSaleInfo | None | Unset = UNSET
    product_shipping_info: AlibabaProductShippingInfo | None | Unset = UNSET
    is_jxhy: bool | None | Unset = UNSET
    seller_open_id: None | str | Unset = UNSET
    min_order_quantity: int | None | Unset = UNSET
    batch_number: int | None | Unset = UNSET
    status: None | str | Unset = UNSET
    tag_info_list: list[AlibabaProductTag] | None | Unset = UNSET
    trace_info: None | str | Unset = UNSET
    seller_mix_setting: AlibabaSellerMixSetting | None | Unset = UNSET
    product_cargo_number: None | str | Unset = UNSET
    seller_data_info: AlibabaSellerDataInfo | None | Unset = UNSET
    sold_out: int | None | str | Unset = UNSET
    channel_price: AlibabaChannelPrice | None | Unset = UNSET
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
        offer_id: int | None | str | Unset
        if isinstance(self.offer_id, Unset):
            offer_id = UNSET
        else:
            offer_id = self.offer_id

        category_id: int | None | Unset
        if isinstance(self.category_id, Unset):
            category_id = UNSET
        else:
            category_id = self.category_id

        category_name: None | str | Unset
        if isinstance(self.category_name, Unset):
            category_name = UNSET
        else:
            category_name = self.category_name

        subject: None | str | Unset
        if isinstance(self.subject, Unset):
            subject = UNSET
        else:
            subject = self.subject

        subject_trans: None | str | Unset
        if isinstance(self.subject_trans, Unset):
            subject_trans = UNSET
        else:
            subject_trans = self.subject_trans

        description: None | str | Unset
        if isinstance(self.description, Unset):
            description = UNSET
        else:
            description = self.description

        main_video: None | str | Unset
        if isinstance(self.main_video, Unset):
            main_video = UNSET
        else:
            main_video = self.main_video

        detail_video: None | str | Unset
        if isinstance(self.detail_video, Unset):
            detail_video = UNSET
        else:
            detail_video = self.detail_video

        product_image: dict[str, Any] | None | Unset
        if isinstance(self.product_image, Unset):
            product_image = UNSET
        elif isinstance(self.product_image, AlibabaProductImage):
            product_image = to_jsonable(self.product_image)
        else:
            product_image = self.product_image

        product_attribute: list[dict[str, Any]] | None | Unset
        if isinstance(self.product_attribute, Unset):
            product_attribute = UNSET
        elif isinstance(self.product_attribute, list):
            product_attribute = []
            for product_attribute_type_0_item_data in self.product_attribute:
                product_attribute_type_0_item = to_jsonable(
                    product_attribute_type_0_item_data
                )
                product_attribute.append(product_attribute_type_0_item)

        else:
            product_attribute = self.product_attribute

        product_sku_infos: list[dict[str, Any]] | None | Unset
        if isinstance(self.product_sku_infos, Unset):
            product_sku_infos = UNSET
        elif isinstance(self.product_sku_infos, list):
            product_sku_infos = []
            for product_sku_infos_type_0_item_data in self.product_sku_infos:
                product_sku_infos_type_0_item = to_jsonable(
                    product_sku_infos_type_0_item_data
                )
                product_sku_infos.append(product_sku_infos_type_0_item)

        else:
            product_sku_infos = self.product_sku_infos

        product_sale_info: dict[str, Any] | None | Unset
        if isinstance(self.product_sale_info, Unset):
            product_sale_info = UNSET
        elif isinstance(self.product_sale_info, AlibabaProductSaleInfo):
            product_sale_info = to_jsonable(self.product_sale_info)
        else:
            product_sale_info = self.product_sale_info

        product_shipping_info: dict[str, Any] | None | Unset
        if isinstance(self.product_shipping_info, Unset):
            product_shipping_info = UNSET
        elif isinstance(self.product_shipping_info, AlibabaProductShippingInfo):
            product_shipping_info = to_jsonable(self.product_shipping_info)
        else:
            product_shipping_info = self.product_shipping_info

        is_jxhy: bool | None | Unset
        if isinstance(self.is_jxhy, Unset):
            is_jxhy = UNSET
        else:
            is_jxhy = self.is_jxhy

        seller_open_id: None | str | Unset
        if isinstance(self.seller_open_id, Unset):
            seller_open_id = UNSET
        else:
            seller_open_id = self.seller_open_id

        min_order_quantity: int | None | Unset
        if isinstance(self.min_order_quantity, Unset):
            min_order_quantity = UNSET
        else:
            min_order_quantity = self.min_order_quantity

        batch_number: int | None | Unset
        if isinstance(self.batch_number, Unset):
            batch_number = UNSET
        else:
            batch_number = self.batch_number

        status: None | str | Unset
        if isinstance(self.status, Unset):
            status = UNSET
        else:
            status = self.status

        tag_info_list: list[dict[str, Any]] | None | Unset
        if isinstance(self.tag_info_list, Unset):
            tag_info_list = UNSET
        elif isinstance(self.tag_info_list, list):
            tag_info_list = []
            for tag_info_list_type_0_item_data in self.tag_info_list:
                tag_info_list_type_0_item = to_jsonable(tag_info_list_type_0_item_data)
                tag_info_list.append(tag_info_list_type_0_item)

        else:
            tag_info_list = self.tag_info_list

        trace_info: None | str | Unset
        if isinstance(self.trace_info, Unset):
            trace_info = UNSET
        else:
            trace_info = self.trace_info

        seller_mix_setting: dict[str, Any] | None | Unset
        if isinstance(self.seller_mix_setting, Unset):
            seller_mix_setting = UNSET
        elif isinstance(self.seller_mix_setting, AlibabaSellerMixSetting):
            seller_mix_setting = to_jsonable(self.seller_mix_setting)
        else:
            seller_mix_setting = self.seller_mix_setting

        product_cargo_number: None | str | Unset
        if isinstance(self.product_cargo_number, Unset):
            product_cargo_number = UNSET
        else:
            product_cargo_number = self.product_cargo_number

        seller_data_info: dict[str, Any] | None | Unset
        if isinstance(self.seller_data_info, Unset):
            seller_data_info = UNSET
        elif isinstance(self.seller_data_info, AlibabaSellerDataInfo):
            seller_data_info = to_jsonable(self.seller_data_info)
        else:
            seller_data_info = self.seller_data_info

        sold_out: int | None | str | Unset
        if isinstance(self.sold_out, Unset):
            sold_out = UNSET
        else:
            sold_out = self.sold_out

        channel_price: dict[str, Any] | None | Unset
        if isinstance(self.channel_price, Unset):
            channel_price = UNSET
        elif isinstance(self.channel_price, AlibabaChannelPrice):
            channel_price = to_jsonable(self.channel_price)
        else:
            channel_price = self.channel_price

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if offer_id is not UNSET:
            field_dict["offerId"] = offer_id
        if category_id is not UNSET:
            field_dict["categoryId"] = category_id
        if category_name is not UNSET:
            field_dict["categoryName"] = category_name
        if subject is not UNSET:
            field_dict["subject"] = subject
        if subject_trans is not UNSET:
            field_dict["subjectTrans"] = subject_trans
        if description is not UNSET:
            field_dict["description"] = description
        if main_video is not UNSET:
            field_dict["mainVideo"] = main_video
        if detail_video is not UNSET:
            field_dict["detailVideo"] = detail_video
        if product_image is not UNSET:
            field_dict["productImage"] = product_image
        if product_attribute is not UNSET:
            field_dict["productAttribute"] = product_attribute
        if product_sku_infos is not UNSET:
            field_dict["productSkuInfos"] = product_sku_infos
        if product_sale_info is not UNSET:
            field_dict["productSaleInfo"] = product_sale_info
        if product_shipping_info is not UNSET:
            field_dict["productShippingInfo"] = product_shipping_info
        if is_jxhy is not UNSET:
            field_dict["isJxhy"] = is_jxhy
        if seller_open_id is not UNSET:
            field_dict["sellerOpenId"] = seller_open_id
        if min_order_quantity is not UNSET:
            field_dict["minOrderQuantity"] = min_order_quantity
        if batch_number is not UNSET:
            field_dict["batchNumber"] = batch_number
        if status is not UNSET:
            field_dict["status"] = status
        if tag_info_list is not UNSET:
            field_dict["tagInfoList"] = tag_info_list
        if trace_info is not UNSET:
            field_dict["traceInfo"] = trace_info
        if seller_mix_setting is not UNSET:
            field_dict["sellerMixSetting"] = seller_mix_setting
        if product_cargo_number is not UNSET:
            field_dict["productCargoNumber"] = product_cargo_number
        if seller_data_info is not UNSET:
            field_dict["sellerDataInfo"] = seller_data_info
        if sold_out is not UNSET:
            field_dict["soldOut"] = sold_out
        if channel_price is not UNSET:
            field_dict["channelPrice"] = channel_price

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
        offer_id: int | None | str | Unset = d.pop("offerId", UNSET)

        category_id: int | None | Unset = d.pop("categoryId", UNSET)

        category_name: None | str | Unset = d.pop("categoryName", UNSET)

        subject: None | str | Unset = d.pop("subject", UNSET)

        subject_trans: None | str | Unset = d.pop("subjectTrans", UNSET)

        description: None | str | Unset = d.pop("description", UNSET)

        main_video: None | str | Unset = d.pop("mainVideo", UNSET)

        detail_video: None | str | Unset = d.pop("detailVideo", UNSET)

        def _parse_product_image(data: object) -> AlibabaProductImage | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                product_image_type_0 = AlibabaProductImage.from_dict(data)

                return product_image_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(AlibabaProductImage | None | Unset, data)

        product_image = _parse_product_image(d.pop("productImage", UNSET))

        def _parse_product_attribute(
            data: object,
        ) -> list[AlibabaProductAttribute] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                product_attribute_type_0 = []
                _product_attribute_type_0 = data
                for product_attribute_type_0_item_data in _product_attribute_type_0:
                    product_attribute_type_0_item = AlibabaProductAttribute.from_dict(
                        product_attribute_type_0_item_data
                    )

                    product_attribute_type_0.append(product_attribute_type_0_item)

                return product_attribute_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[AlibabaProductAttribute] | None | Unset, data)

        product_attribute = _parse_product_attribute(d.pop("productAttribute", UNSET))

        def _parse_product_sku_infos(
            data: object,
        ) -> list[AlibabaProductSkuInfo] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                product_sku_infos_type_0 = []
                _product_sku_infos_type_0 = data
                for product_sku_infos_type_0_item_data in _product_sku_infos_type_0:
                    product_sku_infos_type_0_item = AlibabaProductSkuInfo.from_dict(
                        product_sku_infos_type_0_item_data
                    )

                    product_sku_infos_type_0.append(product_sku_infos_type_0_item)

                return product_sku_infos_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[AlibabaProductSkuInfo] | None | Unset, data)

        product_sku_infos = _parse_product_sku_infos(d.pop("productSkuInfos", UNSET))

        def _parse_product_sale_info(
            data: object,
        ) -> AlibabaProductSaleInfo | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                product_sale_info_type_0 = AlibabaProductSaleInfo.from_dict(data)

                return product_sale_info_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(AlibabaProductSaleInfo | None | Unset, data)

        product_sale_info = _parse_product_sale_info(d.pop("productSaleInfo", UNSET))

        def _parse_product_shipping_info(
            data: object,
        ) -> AlibabaProductShippingInfo | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                product_shipping_info_type_0 = AlibabaProductShippingInfo.from_dict(
                    data
                )

                return product_shipping_info_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(AlibabaProductShippingInfo | None | Unset, data)

        product_shipping_info = _parse_product_shipping_info(
            d.pop("productShippingInfo", UNSET)
        )

        is_jxhy: bool | None | Unset = d.pop("isJxhy", UNSET)

        seller_open_id: None | str | Unset = d.pop("sellerOpenId", UNSET)

        min_order_quantity: int | None | Unset = d.pop("minOrderQuantity", UNSET)

        batch_number: int | None | Unset = d.pop("batchNumber", UNSET)

        status: None | str | Unset = d.pop("status", UNSET)

        def _parse_tag_info_list(
            data: object,
        ) -> list[AlibabaProductTag] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                tag_info_list_type_0 = []
                _tag_info_list_type_0 = data
                for tag_info_list_type_0_item_data in _tag_info_list_type_0:
                    tag_info_list_type_0_item = AlibabaProductTag.from_dict(
                        tag_info_list_type_0_item_data
                    )

                    tag_info_list_type_0.append(tag_info_list_type_0_item)

                return tag_info_list_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[AlibabaProductTag] | None | Unset, data)

        tag_info_list = _parse_tag_info_list(d.pop("tagInfoList", UNSET))

        trace_info: None | str | Unset = d.pop("traceInfo", UNSET)

        def _parse_seller_mix_setting(
            data: object,
        ) -> AlibabaSellerMixSetting | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                seller_mix_setting_type_0 = AlibabaSellerMixSetting.from_dict(data)

                return seller_mix_setting_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(AlibabaSellerMixSetting | None | Unset, data)

        seller_mix_setting = _parse_seller_mix_setting(d.pop("sellerMixSetting", UNSET))

        product_cargo_number: None | str | Unset = d.pop("productCargoNumber", UNSET)

        def _parse_seller_data_info(
            data: object,
        ) -> AlibabaSellerDataInfo | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                seller_data_info_type_0 = AlibabaSellerDataInfo.from_dict(data)

                return seller_data_info_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(AlibabaSellerDataInfo | None | Unset, data)

        seller_data_info = _parse_seller_data_info(d.pop("sellerDataInfo", UNSET))

        sold_out: int | None | str | Unset = d.pop("soldOut", UNSET)

        def _parse_channel_price(data: object) -> AlibabaChannelPrice | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                channel_price_type_0 = AlibabaChannelPrice.from_dict(data)

                return channel_price_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(AlibabaChannelPrice | None | Unset, data)

        channel_price = _parse_channel_price(d.pop("channelPrice", UNSET))

        alibaba_product_detail = cls(
            offer_id=offer_id,
            category_id=category_id,
            category_name=category_name,
            subject=subject,
            subject_trans=subject_trans,
            description=description,
            main_video=main_video,
            detail_video=detail_video,
            product_image=product_image,
            product_attribute=product_attribute,
            product_sku_infos=product_sku_infos,
            product_sale_info=product_sale_info,
            product_shipping_info=product_shipping_info,
            is_jxhy=is_jxhy,
            seller_open_id=seller_open_id,
            min_order_quantity=min_order_quantity,
            batch_number=batch_number,
            status=status,
            tag_info_list=tag_info_list,
            trace_info=trace_info,
            seller_mix_setting=seller_mix_setting,
            product_cargo_number=product_cargo_number,
            seller_data_info=seller_data_info,
            sold_out=sold_out,
            channel_price=channel_price,
        )

        alibaba_product_detail.additional_properties = d
        return alibaba_product_detail

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
from ..models.alibaba_channel_price import AlibabaChannelPrice
from ..models.alibaba_product_attribute import AlibabaProductAttribute
from ..models.alibaba_product_image import AlibabaProductImage
from ..models.alibaba_product_sale_info import AlibabaProductSaleInfo
from ..models.alibaba_product_shipping_info import AlibabaProductShippingInfo
from ..models.alibaba_product_sku_info import AlibabaProductSkuInfo
from ..models.alibaba_product_tag import AlibabaProductTag
from ..models.alibaba_seller_data_info import AlibabaSellerDataInfo
from ..models.alibaba_seller_mix_setting import AlibabaSellerMixSetting
