"""Contains all the data models used in inputs/outputs

Each model loads on first use, with the models it refers to; ``from pandapon_api.models import
FastAdress`` does not load the other three hundred.
"""

from importlib import import_module
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .add_alibaba_cart_item_request import AddAlibabaCartItemRequest
    from .add_alibaba_cart_item_response import AddAlibabaCartItemResponse
    from .add_taobao_cart_item_request import AddTaobaoCartItemRequest
    from .add_taobao_cart_item_response import AddTaobaoCartItemResponse
    from .alibaba_base_page_vo_alibaba_product_list_info_v2vo import (
        AlibabaBasePageVOAlibabaProductListInfoV2VO,
    )
    from .alibaba_base_page_vo_product_search_query_seller_offer_list_v2vo import (
        AlibabaBasePageVOProductSearchQuerySellerOfferListV2VO,
    )
    from .alibaba_buyer_view_order import AlibabaBuyerViewOrder
    from .alibaba_buyer_view_order_international_logistics_type_0 import (
        AlibabaBuyerViewOrderInternationalLogisticsType0,
    )
    from .alibaba_buyer_view_order_quote_list_type_0_item import (
        AlibabaBuyerViewOrderQuoteListType0Item,
    )
    from .alibaba_cart_item import AlibabaCartItem
    from .alibaba_cart_price_range import AlibabaCartPriceRange
    from .alibaba_cart_time_zone import AlibabaCartTimeZone
    from .alibaba_cart_update_time import AlibabaCartUpdateTime
    from .alibaba_cart_v2vo import AlibabaCartV2VO
    from .alibaba_category import AlibabaCategory
    from .alibaba_channel_price import AlibabaChannelPrice
    from .alibaba_channel_sku_price import AlibabaChannelSkuPrice
    from .alibaba_child_category import AlibabaChildCategory
    from .alibaba_create_order_failed_offer import AlibabaCreateOrderFailedOffer
    from .alibaba_create_order_preview import AlibabaCreateOrderPreview
    from .alibaba_create_order_preview_cargo import AlibabaCreateOrderPreviewCargo
    from .alibaba_create_order_preview_result import AlibabaCreateOrderPreviewResult
    from .alibaba_create_order_promotion import AlibabaCreateOrderPromotion
    from .alibaba_create_order_result import AlibabaCreateOrderResult
    from .alibaba_create_order_result_order_list_type_0_item import (
        AlibabaCreateOrderResultOrderListType0Item,
    )
    from .alibaba_create_order_trade_mode import AlibabaCreateOrderTradeMode
    from .alibaba_hot_list import AlibabaHotList
    from .alibaba_hot_list_product import AlibabaHotListProduct
    from .alibaba_logistics_company import AlibabaLogisticsCompany
    from .alibaba_order_base_info import AlibabaOrderBaseInfo
    from .alibaba_order_base_info_new_step_order_list_type_0_item import (
        AlibabaOrderBaseInfoNewStepOrderListType0Item,
    )
    from .alibaba_order_base_info_step_order_list_type_0_item import (
        AlibabaOrderBaseInfoStepOrderListType0Item,
    )
    from .alibaba_order_biz_info import AlibabaOrderBizInfo
    from .alibaba_order_biz_info_credit_order_detail_type_0 import (
        AlibabaOrderBizInfoCreditOrderDetailType0,
    )
    from .alibaba_order_biz_info_lst_order_info_type_0 import (
        AlibabaOrderBizInfoLstOrderInfoType0,
    )
    from .alibaba_order_biz_info_pre_order_info_type_0 import (
        AlibabaOrderBizInfoPreOrderInfoType0,
    )
    from .alibaba_order_contact import AlibabaOrderContact
    from .alibaba_order_customs import AlibabaOrderCustoms
    from .alibaba_order_customs_attribute import AlibabaOrderCustomsAttribute
    from .alibaba_order_ext_attribute import AlibabaOrderExtAttribute
    from .alibaba_order_guarantees_terms import AlibabaOrderGuaranteesTerms
    from .alibaba_order_invoice_info import AlibabaOrderInvoiceInfo
    from .alibaba_order_logistics_item import AlibabaOrderLogisticsItem
    from .alibaba_order_logistics_step import AlibabaOrderLogisticsStep
    from .alibaba_order_logistics_trace import AlibabaOrderLogisticsTrace
    from .alibaba_order_logistics_trace_info import AlibabaOrderLogisticsTraceInfo
    from .alibaba_order_logistics_trace_info_cross_package_fulfillment_dto_type_0_item import (
        AlibabaOrderLogisticsTraceInfoCrossPackageFulfillmentDTOType0Item,
    )
    from .alibaba_order_logistics_trace_node import AlibabaOrderLogisticsTraceNode
    from .alibaba_order_native_logistics import AlibabaOrderNativeLogistics
    from .alibaba_order_overseas_extra_address import AlibabaOrderOverseasExtraAddress
    from .alibaba_order_page import AlibabaOrderPage
    from .alibaba_order_price_modify_message import AlibabaOrderPriceModifyMessage
    from .alibaba_order_product_item import AlibabaOrderProductItem
    from .alibaba_order_rate_info import AlibabaOrderRateInfo
    from .alibaba_order_rate_info_buyer_rate_list_type_0_item import (
        AlibabaOrderRateInfoBuyerRateListType0Item,
    )
    from .alibaba_order_rate_info_seller_rate_list_type_0_item import (
        AlibabaOrderRateInfoSellerRateListType0Item,
    )
    from .alibaba_order_receipt_confirm_result import AlibabaOrderReceiptConfirmResult
    from .alibaba_order_receiver_info import AlibabaOrderReceiverInfo
    from .alibaba_order_refund_message import AlibabaOrderRefundMessage
    from .alibaba_order_refund_message_body import AlibabaOrderRefundMessageBody
    from .alibaba_order_sku_info import AlibabaOrderSkuInfo
    from .alibaba_order_status_message import AlibabaOrderStatusMessage
    from .alibaba_order_status_message_body import AlibabaOrderStatusMessageBody
    from .alibaba_order_trade_term import AlibabaOrderTradeTerm
    from .alibaba_pay_order_vo import AlibabaPayOrderVO
    from .alibaba_product_attribute import AlibabaProductAttribute
    from .alibaba_product_detail import AlibabaProductDetail
    from .alibaba_product_image import AlibabaProductImage
    from .alibaba_product_list_info_v2vo import AlibabaProductListInfoV2VO
    from .alibaba_product_price_info import AlibabaProductPriceInfo
    from .alibaba_product_price_range import AlibabaProductPriceRange
    from .alibaba_product_sale_info import AlibabaProductSaleInfo
    from .alibaba_product_shipping_info import AlibabaProductShippingInfo
    from .alibaba_product_sku_attribute import AlibabaProductSkuAttribute
    from .alibaba_product_sku_info import AlibabaProductSkuInfo
    from .alibaba_product_sku_shipping_info import AlibabaProductSkuShippingInfo
    from .alibaba_product_tag import AlibabaProductTag
    from .alibaba_recommended_product import AlibabaRecommendedProduct
    from .alibaba_refund_create_vo import AlibabaRefundCreateVO
    from .alibaba_refund_info import AlibabaRefundInfo
    from .alibaba_refund_info_ext_info_type_0 import AlibabaRefundInfoExtInfoType0
    from .alibaba_refund_info_order_entry_count_map_type_0 import (
        AlibabaRefundInfoOrderEntryCountMapType0,
    )
    from .alibaba_refund_operation import AlibabaRefundOperation
    from .alibaba_refund_reason import AlibabaRefundReason
    from .alibaba_refund_reason_list import AlibabaRefundReasonList
    from .alibaba_refund_return_good_submit_vo import AlibabaRefundReturnGoodSubmitVO
    from .alibaba_refund_voucher import AlibabaRefundVoucher
    from .alibaba_seller_data_info import AlibabaSellerDataInfo
    from .alibaba_seller_mix_setting import AlibabaSellerMixSetting
    from .alibaba_wangwang_nick_result import AlibabaWangwangNickResult
    from .batch_check_taobao_products_request import BatchCheckTaobaoProductsRequest
    from .batch_check_taobao_products_response import BatchCheckTaobaoProductsResponse
    from .batch_create_alibaba_orders_request import BatchCreateAlibabaOrdersRequest
    from .batch_create_alibaba_orders_response import BatchCreateAlibabaOrdersResponse
    from .batch_pay_alibaba_orders_request import BatchPayAlibabaOrdersRequest
    from .batch_pay_alibaba_orders_response import BatchPayAlibabaOrdersResponse
    from .batch_preview_alibaba_orders_request import BatchPreviewAlibabaOrdersRequest
    from .batch_preview_alibaba_orders_response import BatchPreviewAlibabaOrdersResponse
    from .cancel_alibaba_order_request import CancelAlibabaOrderRequest
    from .cancel_alibaba_order_response import CancelAlibabaOrderResponse
    from .cancel_taobao_order_request import CancelTaobaoOrderRequest
    from .cancel_taobao_order_response import CancelTaobaoOrderResponse
    from .cancel_taobao_refund_response import CancelTaobaoRefundResponse
    from .cart_shop_item import CartShopItem
    from .confirm_alibaba_order_receipt_request import ConfirmAlibabaOrderReceiptRequest
    from .confirm_alibaba_order_receipt_response import (
        ConfirmAlibabaOrderReceiptResponse,
    )
    from .create_alibaba_cart_order_request import CreateAlibabaCartOrderRequest
    from .create_alibaba_cart_order_response import CreateAlibabaCartOrderResponse
    from .create_alibaba_order_request import CreateAlibabaOrderRequest
    from .create_alibaba_order_response import CreateAlibabaOrderResponse
    from .create_alibaba_refund_request import CreateAlibabaRefundRequest
    from .create_alibaba_refund_response import CreateAlibabaRefundResponse
    from .create_international_logistics_order_request import (
        CreateInternationalLogisticsOrderRequest,
    )
    from .create_international_logistics_order_response import (
        CreateInternationalLogisticsOrderResponse,
    )
    from .create_taobao_cart_order_request import CreateTaobaoCartOrderRequest
    from .create_taobao_cart_order_response import CreateTaobaoCartOrderResponse
    from .create_taobao_order_request import CreateTaobaoOrderRequest
    from .create_taobao_order_response import CreateTaobaoOrderResponse
    from .create_taobao_refund_request import CreateTaobaoRefundRequest
    from .create_taobao_refund_response import CreateTaobaoRefundResponse
    from .decrypt_alibaba_wangwang_nick_request import DecryptAlibabaWangwangNickRequest
    from .decrypt_alibaba_wangwang_nick_response import (
        DecryptAlibabaWangwangNickResponse,
    )
    from .delete_alibaba_cart_items_request import DeleteAlibabaCartItemsRequest
    from .delete_alibaba_cart_items_response import DeleteAlibabaCartItemsResponse
    from .delete_taobao_cart_items_request import DeleteTaobaoCartItemsRequest
    from .delete_taobao_cart_items_response import DeleteTaobaoCartItemsResponse
    from .domestic_logistics_info import DomesticLogisticsInfo
    from .domestic_logistics_line_item import DomesticLogisticsLineItem
    from .envelope import Envelope
    from .estimate_freight_request import EstimateFreightRequest
    from .estimate_freight_response import EstimateFreightResponse
    from .fast_adress import FastAdress
    from .fast_cargo import FastCargo
    from .freight_booking_line_item import FreightBookingLineItem
    from .freight_info_to import FreightInfoTO
    from .freight_quote import FreightQuote
    from .freight_render_item import FreightRenderItem
    from .get_alibaba_category_request import GetAlibabaCategoryRequest
    from .get_alibaba_category_response import GetAlibabaCategoryResponse
    from .get_alibaba_hot_list_request import GetAlibabaHotListRequest
    from .get_alibaba_hot_list_response import GetAlibabaHotListResponse
    from .get_alibaba_order_logistics_response import GetAlibabaOrderLogisticsResponse
    from .get_alibaba_product_recommendations_request import (
        GetAlibabaProductRecommendationsRequest,
    )
    from .get_alibaba_product_recommendations_response import (
        GetAlibabaProductRecommendationsResponse,
    )
    from .get_alibaba_product_request import GetAlibabaProductRequest
    from .get_alibaba_product_response import GetAlibabaProductResponse
    from .get_alibaba_refund_request import GetAlibabaRefundRequest
    from .get_alibaba_refund_response import GetAlibabaRefundResponse
    from .get_alibaba_related_products_request import GetAlibabaRelatedProductsRequest
    from .get_alibaba_related_products_response import GetAlibabaRelatedProductsResponse
    from .get_taobao_im_link_request import GetTaobaoImLinkRequest
    from .get_taobao_im_link_response import GetTaobaoImLinkResponse
    from .get_taobao_order_logistics_response import GetTaobaoOrderLogisticsResponse
    from .get_taobao_order_response import GetTaobaoOrderResponse
    from .get_taobao_product_response import GetTaobaoProductResponse
    from .get_taobao_refund_response import GetTaobaoRefundResponse
    from .inner_logistic_info_to import InnerLogisticInfoTO
    from .international_logistics_order import InternationalLogisticsOrder
    from .list_addresses_request import ListAddressesRequest
    from .list_addresses_response import ListAddressesResponse
    from .list_alibaba_cart_items_response import ListAlibabaCartItemsResponse
    from .list_alibaba_logistics_companies_response import (
        ListAlibabaLogisticsCompaniesResponse,
    )
    from .list_alibaba_orders_request import ListAlibabaOrdersRequest
    from .list_alibaba_orders_response import ListAlibabaOrdersResponse
    from .list_alibaba_refund_reasons_request import ListAlibabaRefundReasonsRequest
    from .list_alibaba_refund_reasons_response import ListAlibabaRefundReasonsResponse
    from .list_taobao_cart_items_response import ListTaobaoCartItemsResponse
    from .list_taobao_orders_request import ListTaobaoOrdersRequest
    from .list_taobao_orders_response import ListTaobaoOrdersResponse
    from .list_taobao_refund_messages_request import ListTaobaoRefundMessagesRequest
    from .list_taobao_refund_messages_response import ListTaobaoRefundMessagesResponse
    from .list_taobao_refunds_request import ListTaobaoRefundsRequest
    from .list_taobao_refunds_response import ListTaobaoRefundsResponse
    from .message_envelope import MessageEnvelope
    from .order_address import OrderAddress
    from .order_entry_count import OrderEntryCount
    from .order_freight_preview import OrderFreightPreview
    from .order_freight_preview_item import OrderFreightPreviewItem
    from .pay_alibaba_order_response import PayAlibabaOrderResponse
    from .pay_taobao_order_request import PayTaobaoOrderRequest
    from .pay_taobao_order_response import PayTaobaoOrderResponse
    from .pnm_logistics_detail import PnmLogisticsDetail
    from .preview_alibaba_cart_order_request import PreviewAlibabaCartOrderRequest
    from .preview_alibaba_cart_order_response import PreviewAlibabaCartOrderResponse
    from .preview_alibaba_order_request import PreviewAlibabaOrderRequest
    from .preview_alibaba_order_response import PreviewAlibabaOrderResponse
    from .preview_order_freight_request import PreviewOrderFreightRequest
    from .preview_order_freight_response import PreviewOrderFreightResponse
    from .preview_taobao_cart_order_request import PreviewTaobaoCartOrderRequest
    from .preview_taobao_cart_order_response import PreviewTaobaoCartOrderResponse
    from .price_range import PriceRange
    from .product_search_query_seller_offer_list_v2vo import (
        ProductSearchQuerySellerOfferListV2VO,
    )
    from .receiver_address_to import ReceiverAddressTO
    from .refund_order_aggregate import RefundOrderAggregate
    from .refund_order_template import RefundOrderTemplate
    from .refund_render_vo import RefundRenderVO
    from .render_taobao_refund_request import RenderTaobaoRefundRequest
    from .render_taobao_refund_response import RenderTaobaoRefundResponse
    from .render_taobao_return_logistics_response import (
        RenderTaobaoReturnLogisticsResponse,
    )
    from .save_address_request import SaveAddressRequest
    from .save_address_response import SaveAddressResponse
    from .search_alibaba_global_selected_products_request import (
        SearchAlibabaGlobalSelectedProductsRequest,
    )
    from .search_alibaba_global_selected_products_response import (
        SearchAlibabaGlobalSelectedProductsResponse,
    )
    from .search_alibaba_products_by_image_request import (
        SearchAlibabaProductsByImageRequest,
    )
    from .search_alibaba_products_by_image_response import (
        SearchAlibabaProductsByImageResponse,
    )
    from .search_alibaba_products_request import SearchAlibabaProductsRequest
    from .search_alibaba_products_response import SearchAlibabaProductsResponse
    from .search_alibaba_selected_products_request import (
        SearchAlibabaSelectedProductsRequest,
    )
    from .search_alibaba_selected_products_response import (
        SearchAlibabaSelectedProductsResponse,
    )
    from .search_alibaba_seller_products_request import (
        SearchAlibabaSellerProductsRequest,
    )
    from .search_alibaba_seller_products_response import (
        SearchAlibabaSellerProductsResponse,
    )
    from .search_taobao_products_by_image_request import (
        SearchTaobaoProductsByImageRequest,
    )
    from .search_taobao_products_by_image_response import (
        SearchTaobaoProductsByImageResponse,
    )
    from .search_taobao_products_request import SearchTaobaoProductsRequest
    from .search_taobao_products_response import SearchTaobaoProductsResponse
    from .submit_alibaba_refund_return_request import SubmitAlibabaRefundReturnRequest
    from .submit_alibaba_refund_return_response import SubmitAlibabaRefundReturnResponse
    from .submit_taobao_refund_message_request import SubmitTaobaoRefundMessageRequest
    from .submit_taobao_refund_message_response import SubmitTaobaoRefundMessageResponse
    from .submit_taobao_return_logistics_request import (
        SubmitTaobaoReturnLogisticsRequest,
    )
    from .submit_taobao_return_logistics_response import (
        SubmitTaobaoReturnLogisticsResponse,
    )
    from .tao_bao_logistics_detail_vo import TaoBaoLogisticsDetailVO
    from .tao_bao_product_details_v2vo import TaoBaoProductDetailsV2VO
    from .tao_bao_refund_order_detail_dto import TaoBaoRefundOrderDetailDTO
    from .taobao_cart_created_order import TaobaoCartCreatedOrder
    from .taobao_cart_created_order_line import TaobaoCartCreatedOrderLine
    from .taobao_cart_item_info import TaobaoCartItemInfo
    from .taobao_cart_list import TaobaoCartList
    from .taobao_cart_order_preview import TaobaoCartOrderPreview
    from .taobao_cart_order_result import TaobaoCartOrderResult
    from .taobao_cart_preview_amount import TaobaoCartPreviewAmount
    from .taobao_cart_preview_item_price import TaobaoCartPreviewItemPrice
    from .taobao_cart_preview_seller_group import TaobaoCartPreviewSellerGroup
    from .taobao_cart_preview_unavailable_sku import TaobaoCartPreviewUnavailableSku
    from .taobao_cart_shop_item import TaobaoCartShopItem
    from .taobao_logistics_goods import TaobaoLogisticsGoods
    from .taobao_logistics_partner import TaobaoLogisticsPartner
    from .taobao_logistics_receiver import TaobaoLogisticsReceiver
    from .taobao_logistics_trace import TaobaoLogisticsTrace
    from .taobao_mp_product import TaobaoMpProduct
    from .taobao_multi_language_info import TaobaoMultiLanguageInfo
    from .taobao_no_mp_reason import TaobaoNoMpReason
    from .taobao_order import TaobaoOrder
    from .taobao_order_create_result import TaobaoOrderCreateResult
    from .taobao_order_line import TaobaoOrderLine
    from .taobao_order_message_parcel import TaobaoOrderMessageParcel
    from .taobao_order_page import TaobaoOrderPage
    from .taobao_order_pay_failure import TaobaoOrderPayFailure
    from .taobao_order_pay_result import TaobaoOrderPayResult
    from .taobao_order_price_modify_message import TaobaoOrderPriceModifyMessage
    from .taobao_order_price_modify_message_body import (
        TaobaoOrderPriceModifyMessageBody,
    )
    from .taobao_order_price_modify_sub_order import TaobaoOrderPriceModifySubOrder
    from .taobao_order_receiver import TaobaoOrderReceiver
    from .taobao_order_refund_message import TaobaoOrderRefundMessage
    from .taobao_order_refund_message_body import TaobaoOrderRefundMessageBody
    from .taobao_order_status_message import TaobaoOrderStatusMessage
    from .taobao_order_status_message_body import TaobaoOrderStatusMessageBody
    from .taobao_order_status_message_line import TaobaoOrderStatusMessageLine
    from .taobao_product_batch_check_result import TaobaoProductBatchCheckResult
    from .taobao_product_search_item import TaobaoProductSearchItem
    from .taobao_product_search_page import TaobaoProductSearchPage
    from .taobao_product_sku import TaobaoProductSku
    from .taobao_promotion_display import TaobaoPromotionDisplay
    from .taobao_promotion_info import TaobaoPromotionInfo
    from .taobao_purchase_order_price import TaobaoPurchaseOrderPrice
    from .taobao_refund_cancel_result import TaobaoRefundCancelResult
    from .taobao_refund_logistics import TaobaoRefundLogistics
    from .taobao_refund_logistics_company import TaobaoRefundLogisticsCompany
    from .taobao_refund_max_fee import TaobaoRefundMaxFee
    from .taobao_refund_message import TaobaoRefundMessage
    from .taobao_refund_message_submit_result import TaobaoRefundMessageSubmitResult
    from .taobao_refund_order import TaobaoRefundOrder
    from .taobao_refund_page import TaobaoRefundPage
    from .taobao_refund_purchase_order_line import TaobaoRefundPurchaseOrderLine
    from .taobao_refund_reason import TaobaoRefundReason
    from .taobao_refund_receiver_address import TaobaoRefundReceiverAddress
    from .taobao_refund_submit_result import TaobaoRefundSubmitResult
    from .taobao_refund_template_order import TaobaoRefundTemplateOrder
    from .taobao_return_logistics_render import TaobaoReturnLogisticsRender
    from .taobao_sku_property import TaobaoSkuProperty
    from .taobao_sub_order import TaobaoSubOrder
    from .taobao_sub_order_option_fields_type_0 import TaobaoSubOrderOptionFieldsType0
    from .taobao_sub_order_parcel import TaobaoSubOrderParcel
    from .taobao_sub_order_sku_info import TaobaoSubOrderSkuInfo
    from .taobao_sub_order_sku_info_sku_pv_type_0 import TaobaoSubOrderSkuInfoSkuPvType0
    from .tmall_order_info_to import TmallOrderInfoTO
    from .update_alibaba_cart_item_quantity_request import (
        UpdateAlibabaCartItemQuantityRequest,
    )
    from .update_alibaba_cart_item_quantity_response import (
        UpdateAlibabaCartItemQuantityResponse,
    )
    from .update_domestic_logistics_request import UpdateDomesticLogisticsRequest
    from .update_domestic_logistics_response import UpdateDomesticLogisticsResponse
    from .update_taobao_cart_item_quantity_request import (
        UpdateTaobaoCartItemQuantityRequest,
    )
    from .update_taobao_cart_item_quantity_response import (
        UpdateTaobaoCartItemQuantityResponse,
    )
    from .update_taobao_order_warehouse_request import UpdateTaobaoOrderWarehouseRequest
    from .update_taobao_order_warehouse_response import (
        UpdateTaobaoOrderWarehouseResponse,
    )
    from .update_taobao_refund_request import UpdateTaobaoRefundRequest
    from .update_taobao_refund_response import UpdateTaobaoRefundResponse
    from .upload_alibaba_refund_voucher_request import UploadAlibabaRefundVoucherRequest
    from .upload_alibaba_refund_voucher_response import (
        UploadAlibabaRefundVoucherResponse,
    )
    from .user_address import UserAddress

_MODULES = {
    "AddAlibabaCartItemRequest": ".add_alibaba_cart_item_request",
    "AddAlibabaCartItemResponse": ".add_alibaba_cart_item_response",
    "AddTaobaoCartItemRequest": ".add_taobao_cart_item_request",
    "AddTaobaoCartItemResponse": ".add_taobao_cart_item_response",
    "AlibabaBasePageVOAlibabaProductListInfoV2VO": ".alibaba_base_page_vo_alibaba_product_list_info_v2vo",
    "AlibabaBasePageVOProductSearchQuerySellerOfferListV2VO": ".alibaba_base_page_vo_product_search_query_seller_offer_list_v2vo",
    "AlibabaBuyerViewOrder": ".alibaba_buyer_view_order",
    "AlibabaBuyerViewOrderInternationalLogisticsType0": ".alibaba_buyer_view_order_international_logistics_type_0",
    "AlibabaBuyerViewOrderQuoteListType0Item": ".alibaba_buyer_view_order_quote_list_type_0_item",
    "AlibabaCartItem": ".alibaba_cart_item",
    "AlibabaCartPriceRange": ".alibaba_cart_price_range",
    "AlibabaCartTimeZone": ".alibaba_cart_time_zone",
    "AlibabaCartUpdateTime": ".alibaba_cart_update_time",
    "AlibabaCartV2VO": ".alibaba_cart_v2vo",
    "AlibabaCategory": ".alibaba_category",
    "AlibabaChannelPrice": ".alibaba_channel_price",
    "AlibabaChannelSkuPrice": ".alibaba_channel_sku_price",
    "AlibabaChildCategory": ".alibaba_child_category",
    "AlibabaCreateOrderFailedOffer": ".alibaba_create_order_failed_offer",
    "AlibabaCreateOrderPreview": ".alibaba_create_order_preview",
    "AlibabaCreateOrderPreviewCargo": ".alibaba_create_order_preview_cargo",
    "AlibabaCreateOrderPreviewResult": ".alibaba_create_order_preview_result",
    "AlibabaCreateOrderPromotion": ".alibaba_create_order_promotion",
    "AlibabaCreateOrderResult": ".alibaba_create_order_result",
    "AlibabaCreateOrderResultOrderListType0Item": ".alibaba_create_order_result_order_list_type_0_item",
    "AlibabaCreateOrderTradeMode": ".alibaba_create_order_trade_mode",
    "AlibabaHotList": ".alibaba_hot_list",
    "AlibabaHotListProduct": ".alibaba_hot_list_product",
    "AlibabaLogisticsCompany": ".alibaba_logistics_company",
    "AlibabaOrderBaseInfo": ".alibaba_order_base_info",
    "AlibabaOrderBaseInfoNewStepOrderListType0Item": ".alibaba_order_base_info_new_step_order_list_type_0_item",
    "AlibabaOrderBaseInfoStepOrderListType0Item": ".alibaba_order_base_info_step_order_list_type_0_item",
    "AlibabaOrderBizInfo": ".alibaba_order_biz_info",
    "AlibabaOrderBizInfoCreditOrderDetailType0": ".alibaba_order_biz_info_credit_order_detail_type_0",
    "AlibabaOrderBizInfoLstOrderInfoType0": ".alibaba_order_biz_info_lst_order_info_type_0",
    "AlibabaOrderBizInfoPreOrderInfoType0": ".alibaba_order_biz_info_pre_order_info_type_0",
    "AlibabaOrderContact": ".alibaba_order_contact",
    "AlibabaOrderCustoms": ".alibaba_order_customs",
    "AlibabaOrderCustomsAttribute": ".alibaba_order_customs_attribute",
    "AlibabaOrderExtAttribute": ".alibaba_order_ext_attribute",
    "AlibabaOrderGuaranteesTerms": ".alibaba_order_guarantees_terms",
    "AlibabaOrderInvoiceInfo": ".alibaba_order_invoice_info",
    "AlibabaOrderLogisticsItem": ".alibaba_order_logistics_item",
    "AlibabaOrderLogisticsStep": ".alibaba_order_logistics_step",
    "AlibabaOrderLogisticsTrace": ".alibaba_order_logistics_trace",
    "AlibabaOrderLogisticsTraceInfo": ".alibaba_order_logistics_trace_info",
    "AlibabaOrderLogisticsTraceInfoCrossPackageFulfillmentDTOType0Item": ".alibaba_order_logistics_trace_info_cross_package_fulfillment_dto_type_0_item",
    "AlibabaOrderLogisticsTraceNode": ".alibaba_order_logistics_trace_node",
    "AlibabaOrderNativeLogistics": ".alibaba_order_native_logistics",
    "AlibabaOrderOverseasExtraAddress": ".alibaba_order_overseas_extra_address",
    "AlibabaOrderPage": ".alibaba_order_page",
    "AlibabaOrderPriceModifyMessage": ".alibaba_order_price_modify_message",
    "AlibabaOrderProductItem": ".alibaba_order_product_item",
    "AlibabaOrderRateInfo": ".alibaba_order_rate_info",
    "AlibabaOrderRateInfoBuyerRateListType0Item": ".alibaba_order_rate_info_buyer_rate_list_type_0_item",
    "AlibabaOrderRateInfoSellerRateListType0Item": ".alibaba_order_rate_info_seller_rate_list_type_0_item",
    "AlibabaOrderReceiptConfirmResult": ".alibaba_order_receipt_confirm_result",
    "AlibabaOrderReceiverInfo": ".alibaba_order_receiver_info",
    "AlibabaOrderRefundMessage": ".alibaba_order_refund_message",
    "AlibabaOrderRefundMessageBody": ".alibaba_order_refund_message_body",
    "AlibabaOrderSkuInfo": ".alibaba_order_sku_info",
    "AlibabaOrderStatusMessage": ".alibaba_order_status_message",
    "AlibabaOrderStatusMessageBody": ".alibaba_order_status_message_body",
    "AlibabaOrderTradeTerm": ".alibaba_order_trade_term",
    "AlibabaPayOrderVO": ".alibaba_pay_order_vo",
    "AlibabaProductAttribute": ".alibaba_product_attribute",
    "AlibabaProductDetail": ".alibaba_product_detail",
    "AlibabaProductImage": ".alibaba_product_image",
    "AlibabaProductListInfoV2VO": ".alibaba_product_list_info_v2vo",
    "AlibabaProductPriceInfo": ".alibaba_product_price_info",
    "AlibabaProductPriceRange": ".alibaba_product_price_range",
    "AlibabaProductSaleInfo": ".alibaba_product_sale_info",
    "AlibabaProductShippingInfo": ".alibaba_product_shipping_info",
    "AlibabaProductSkuAttribute": ".alibaba_product_sku_attribute",
    "AlibabaProductSkuInfo": ".alibaba_product_sku_info",
    "AlibabaProductSkuShippingInfo": ".alibaba_product_sku_shipping_info",
    "AlibabaProductTag": ".alibaba_product_tag",
    "AlibabaRecommendedProduct": ".alibaba_recommended_product",
    "AlibabaRefundCreateVO": ".alibaba_refund_create_vo",
    "AlibabaRefundInfo": ".alibaba_refund_info",
    "AlibabaRefundInfoExtInfoType0": ".alibaba_refund_info_ext_info_type_0",
    "AlibabaRefundInfoOrderEntryCountMapType0": ".alibaba_refund_info_order_entry_count_map_type_0",
    "AlibabaRefundOperation": ".alibaba_refund_operation",
    "AlibabaRefundReason": ".alibaba_refund_reason",
    "AlibabaRefundReasonList": ".alibaba_refund_reason_list",
    "AlibabaRefundReturnGoodSubmitVO": ".alibaba_refund_return_good_submit_vo",
    "AlibabaRefundVoucher": ".alibaba_refund_voucher",
    "AlibabaSellerDataInfo": ".alibaba_seller_data_info",
    "AlibabaSellerMixSetting": ".alibaba_seller_mix_setting",
    "AlibabaWangwangNickResult": ".alibaba_wangwang_nick_result",
    "BatchCheckTaobaoProductsRequest": ".batch_check_taobao_products_request",
    "BatchCheckTaobaoProductsResponse": ".batch_check_taobao_products_response",
    "BatchCreateAlibabaOrdersRequest": ".batch_create_alibaba_orders_request",
    "BatchCreateAlibabaOrdersResponse": ".batch_create_alibaba_orders_response",
    "BatchPayAlibabaOrdersRequest": ".batch_pay_alibaba_orders_request",
    "BatchPayAlibabaOrdersResponse": ".batch_pay_alibaba_orders_response",
    "BatchPreviewAlibabaOrdersRequest": ".batch_preview_alibaba_orders_request",
    "BatchPreviewAlibabaOrdersResponse": ".batch_preview_alibaba_orders_response",
    "CancelAlibabaOrderRequest": ".cancel_alibaba_order_request",
    "CancelAlibabaOrderResponse": ".cancel_alibaba_order_response",
    "CancelTaobaoOrderRequest": ".cancel_taobao_order_request",
    "CancelTaobaoOrderResponse": ".cancel_taobao_order_response",
    "CancelTaobaoRefundResponse": ".cancel_taobao_refund_response",
    "CartShopItem": ".cart_shop_item",
    "ConfirmAlibabaOrderReceiptRequest": ".confirm_alibaba_order_receipt_request",
    "ConfirmAlibabaOrderReceiptResponse": ".confirm_alibaba_order_receipt_response",
    "CreateAlibabaCartOrderRequest": ".create_alibaba_cart_order_request",
    "CreateAlibabaCartOrderResponse": ".create_alibaba_cart_order_response",
    "CreateAlibabaOrderRequest": ".create_alibaba_order_request",
    "CreateAlibabaOrderResponse": ".create_alibaba_order_response",
    "CreateAlibabaRefundRequest": ".create_alibaba_refund_request",
    "CreateAlibabaRefundResponse": ".create_alibaba_refund_response",
    "CreateInternationalLogisticsOrderRequest": ".create_international_logistics_order_request",
    "CreateInternationalLogisticsOrderResponse": ".create_international_logistics_order_response",
    "CreateTaobaoCartOrderRequest": ".create_taobao_cart_order_request",
    "CreateTaobaoCartOrderResponse": ".create_taobao_cart_order_response",
    "CreateTaobaoOrderRequest": ".create_taobao_order_request",
    "CreateTaobaoOrderResponse": ".create_taobao_order_response",
    "CreateTaobaoRefundRequest": ".create_taobao_refund_request",
    "CreateTaobaoRefundResponse": ".create_taobao_refund_response",
    "DecryptAlibabaWangwangNickRequest": ".decrypt_alibaba_wangwang_nick_request",
    "DecryptAlibabaWangwangNickResponse": ".decrypt_alibaba_wangwang_nick_response",
    "DeleteAlibabaCartItemsRequest": ".delete_alibaba_cart_items_request",
    "DeleteAlibabaCartItemsResponse": ".delete_alibaba_cart_items_response",
    "DeleteTaobaoCartItemsRequest": ".delete_taobao_cart_items_request",
    "DeleteTaobaoCartItemsResponse": ".delete_taobao_cart_items_response",
    "DomesticLogisticsInfo": ".domestic_logistics_info",
    "DomesticLogisticsLineItem": ".domestic_logistics_line_item",
    "Envelope": ".envelope",
    "EstimateFreightRequest": ".estimate_freight_request",
    "EstimateFreightResponse": ".estimate_freight_response",
    "FastAdress": ".fast_adress",
    "FastCargo": ".fast_cargo",
    "FreightBookingLineItem": ".freight_booking_line_item",
    "FreightInfoTO": ".freight_info_to",
    "FreightQuote": ".freight_quote",
    "FreightRenderItem": ".freight_render_item",
    "GetAlibabaCategoryRequest": ".get_alibaba_category_request",
    "GetAlibabaCategoryResponse": ".get_alibaba_category_response",
    "GetAlibabaHotListRequest": ".get_alibaba_hot_list_request",
    "GetAlibabaHotListResponse": ".get_alibaba_hot_list_response",
    "GetAlibabaOrderLogisticsResponse": ".get_alibaba_order_logistics_response",
    "GetAlibabaProductRecommendationsRequest": ".get_alibaba_product_recommendations_request",
    "GetAlibabaProductRecommendationsResponse": ".get_alibaba_product_recommendations_response",
    "GetAlibabaProductRequest": ".get_alibaba_product_request",
    "GetAlibabaProductResponse": ".get_alibaba_product_response",
    "GetAlibabaRefundRequest": ".get_alibaba_refund_request",
    "GetAlibabaRefundResponse": ".get_alibaba_refund_response",
    "GetAlibabaRelatedProductsRequest": ".get_alibaba_related_products_request",
    "GetAlibabaRelatedProductsResponse": ".get_alibaba_related_products_response",
    "GetTaobaoImLinkRequest": ".get_taobao_im_link_request",
    "GetTaobaoImLinkResponse": ".get_taobao_im_link_response",
    "GetTaobaoOrderLogisticsResponse": ".get_taobao_order_logistics_response",
    "GetTaobaoOrderResponse": ".get_taobao_order_response",
    "GetTaobaoProductResponse": ".get_taobao_product_response",
    "GetTaobaoRefundResponse": ".get_taobao_refund_response",
    "InnerLogisticInfoTO": ".inner_logistic_info_to",
    "InternationalLogisticsOrder": ".international_logistics_order",
    "ListAddressesRequest": ".list_addresses_request",
    "ListAddressesResponse": ".list_addresses_response",
    "ListAlibabaCartItemsResponse": ".list_alibaba_cart_items_response",
    "ListAlibabaLogisticsCompaniesResponse": ".list_alibaba_logistics_companies_response",
    "ListAlibabaOrdersRequest": ".list_alibaba_orders_request",
    "ListAlibabaOrdersResponse": ".list_alibaba_orders_response",
    "ListAlibabaRefundReasonsRequest": ".list_alibaba_refund_reasons_request",
    "ListAlibabaRefundReasonsResponse": ".list_alibaba_refund_reasons_response",
    "ListTaobaoCartItemsResponse": ".list_taobao_cart_items_response",
    "ListTaobaoOrdersRequest": ".list_taobao_orders_request",
    "ListTaobaoOrdersResponse": ".list_taobao_orders_response",
    "ListTaobaoRefundMessagesRequest": ".list_taobao_refund_messages_request",
    "ListTaobaoRefundMessagesResponse": ".list_taobao_refund_messages_response",
    "ListTaobaoRefundsRequest": ".list_taobao_refunds_request",
    "ListTaobaoRefundsResponse": ".list_taobao_refunds_response",
    "MessageEnvelope": ".message_envelope",
    "OrderAddress": ".order_address",
    "OrderEntryCount": ".order_entry_count",
    "OrderFreightPreview": ".order_freight_preview",
    "OrderFreightPreviewItem": ".order_freight_preview_item",
    "PayAlibabaOrderResponse": ".pay_alibaba_order_response",
    "PayTaobaoOrderRequest": ".pay_taobao_order_request",
    "PayTaobaoOrderResponse": ".pay_taobao_order_response",
    "PnmLogisticsDetail": ".pnm_logistics_detail",
    "PreviewAlibabaCartOrderRequest": ".preview_alibaba_cart_order_request",
    "PreviewAlibabaCartOrderResponse": ".preview_alibaba_cart_order_response",
    "PreviewAlibabaOrderRequest": ".preview_alibaba_order_request",
    "PreviewAlibabaOrderResponse": ".preview_alibaba_order_response",
    "PreviewOrderFreightRequest": ".preview_order_freight_request",
    "PreviewOrderFreightResponse": ".preview_order_freight_response",
    "PreviewTaobaoCartOrderRequest": ".preview_taobao_cart_order_request",
    "PreviewTaobaoCartOrderResponse": ".preview_taobao_cart_order_response",
    "PriceRange": ".price_range",
    "ProductSearchQuerySellerOfferListV2VO": ".product_search_query_seller_offer_list_v2vo",
    "ReceiverAddressTO": ".receiver_address_to",
    "RefundOrderAggregate": ".refund_order_aggregate",
    "RefundOrderTemplate": ".refund_order_template",
    "RefundRenderVO": ".refund_render_vo",
    "RenderTaobaoRefundRequest": ".render_taobao_refund_request",
    "RenderTaobaoRefundResponse": ".render_taobao_refund_response",
    "RenderTaobaoReturnLogisticsResponse": ".render_taobao_return_logistics_response",
    "SaveAddressRequest": ".save_address_request",
    "SaveAddressResponse": ".save_address_response",
    "SearchAlibabaGlobalSelectedProductsRequest": ".search_alibaba_global_selected_products_request",
    "SearchAlibabaGlobalSelectedProductsResponse": ".search_alibaba_global_selected_products_response",
    "SearchAlibabaProductsByImageRequest": ".search_alibaba_products_by_image_request",
    "SearchAlibabaProductsByImageResponse": ".search_alibaba_products_by_image_response",
    "SearchAlibabaProductsRequest": ".search_alibaba_products_request",
    "SearchAlibabaProductsResponse": ".search_alibaba_products_response",
    "SearchAlibabaSelectedProductsRequest": ".search_alibaba_selected_products_request",
    "SearchAlibabaSelectedProductsResponse": ".search_alibaba_selected_products_response",
    "SearchAlibabaSellerProductsRequest": ".search_alibaba_seller_products_request",
    "SearchAlibabaSellerProductsResponse": ".search_alibaba_seller_products_response",
    "SearchTaobaoProductsByImageRequest": ".search_taobao_products_by_image_request",
    "SearchTaobaoProductsByImageResponse": ".search_taobao_products_by_image_response",
    "SearchTaobaoProductsRequest": ".search_taobao_products_request",
    "SearchTaobaoProductsResponse": ".search_taobao_products_response",
    "SubmitAlibabaRefundReturnRequest": ".submit_alibaba_refund_return_request",
    "SubmitAlibabaRefundReturnResponse": ".submit_alibaba_refund_return_response",
    "SubmitTaobaoRefundMessageRequest": ".submit_taobao_refund_message_request",
    "SubmitTaobaoRefundMessageResponse": ".submit_taobao_refund_message_response",
    "SubmitTaobaoReturnLogisticsRequest": ".submit_taobao_return_logistics_request",
    "SubmitTaobaoReturnLogisticsResponse": ".submit_taobao_return_logistics_response",
    "TaoBaoLogisticsDetailVO": ".tao_bao_logistics_detail_vo",
    "TaoBaoProductDetailsV2VO": ".tao_bao_product_details_v2vo",
    "TaoBaoRefundOrderDetailDTO": ".tao_bao_refund_order_detail_dto",
    "TaobaoCartCreatedOrder": ".taobao_cart_created_order",
    "TaobaoCartCreatedOrderLine": ".taobao_cart_created_order_line",
    "TaobaoCartItemInfo": ".taobao_cart_item_info",
    "TaobaoCartList": ".taobao_cart_list",
    "TaobaoCartOrderPreview": ".taobao_cart_order_preview",
    "TaobaoCartOrderResult": ".taobao_cart_order_result",
    "TaobaoCartPreviewAmount": ".taobao_cart_preview_amount",
    "TaobaoCartPreviewItemPrice": ".taobao_cart_preview_item_price",
    "TaobaoCartPreviewSellerGroup": ".taobao_cart_preview_seller_group",
    "TaobaoCartPreviewUnavailableSku": ".taobao_cart_preview_unavailable_sku",
    "TaobaoCartShopItem": ".taobao_cart_shop_item",
    "TaobaoLogisticsGoods": ".taobao_logistics_goods",
    "TaobaoLogisticsPartner": ".taobao_logistics_partner",
    "TaobaoLogisticsReceiver": ".taobao_logistics_receiver",
    "TaobaoLogisticsTrace": ".taobao_logistics_trace",
    "TaobaoMpProduct": ".taobao_mp_product",
    "TaobaoMultiLanguageInfo": ".taobao_multi_language_info",
    "TaobaoNoMpReason": ".taobao_no_mp_reason",
    "TaobaoOrder": ".taobao_order",
    "TaobaoOrderCreateResult": ".taobao_order_create_result",
    "TaobaoOrderLine": ".taobao_order_line",
    "TaobaoOrderMessageParcel": ".taobao_order_message_parcel",
    "TaobaoOrderPage": ".taobao_order_page",
    "TaobaoOrderPayFailure": ".taobao_order_pay_failure",
    "TaobaoOrderPayResult": ".taobao_order_pay_result",
    "TaobaoOrderPriceModifyMessage": ".taobao_order_price_modify_message",
    "TaobaoOrderPriceModifyMessageBody": ".taobao_order_price_modify_message_body",
    "TaobaoOrderPriceModifySubOrder": ".taobao_order_price_modify_sub_order",
    "TaobaoOrderReceiver": ".taobao_order_receiver",
    "TaobaoOrderRefundMessage": ".taobao_order_refund_message",
    "TaobaoOrderRefundMessageBody": ".taobao_order_refund_message_body",
    "TaobaoOrderStatusMessage": ".taobao_order_status_message",
    "TaobaoOrderStatusMessageBody": ".taobao_order_status_message_body",
    "TaobaoOrderStatusMessageLine": ".taobao_order_status_message_line",
    "TaobaoProductBatchCheckResult": ".taobao_product_batch_check_result",
    "TaobaoProductSearchItem": ".taobao_product_search_item",
    "TaobaoProductSearchPage": ".taobao_product_search_page",
    "TaobaoProductSku": ".taobao_product_sku",
    "TaobaoPromotionDisplay": ".taobao_promotion_display",
    "TaobaoPromotionInfo": ".taobao_promotion_info",
    "TaobaoPurchaseOrderPrice": ".taobao_purchase_order_price",
    "TaobaoRefundCancelResult": ".taobao_refund_cancel_result",
    "TaobaoRefundLogistics": ".taobao_refund_logistics",
    "TaobaoRefundLogisticsCompany": ".taobao_refund_logistics_company",
    "TaobaoRefundMaxFee": ".taobao_refund_max_fee",
    "TaobaoRefundMessage": ".taobao_refund_message",
    "TaobaoRefundMessageSubmitResult": ".taobao_refund_message_submit_result",
    "TaobaoRefundOrder": ".taobao_refund_order",
    "TaobaoRefundPage": ".taobao_refund_page",
    "TaobaoRefundPurchaseOrderLine": ".taobao_refund_purchase_order_line",
    "TaobaoRefundReason": ".taobao_refund_reason",
    "TaobaoRefundReceiverAddress": ".taobao_refund_receiver_address",
    "TaobaoRefundSubmitResult": ".taobao_refund_submit_result",
    "TaobaoRefundTemplateOrder": ".taobao_refund_template_order",
    "TaobaoReturnLogisticsRender": ".taobao_return_logistics_render",
    "TaobaoSkuProperty": ".taobao_sku_property",
    "TaobaoSubOrder": ".taobao_sub_order",
    "TaobaoSubOrderOptionFieldsType0": ".taobao_sub_order_option_fields_type_0",
    "TaobaoSubOrderParcel": ".taobao_sub_order_parcel",
    "TaobaoSubOrderSkuInfo": ".taobao_sub_order_sku_info",
    "TaobaoSubOrderSkuInfoSkuPvType0": ".taobao_sub_order_sku_info_sku_pv_type_0",
    "TmallOrderInfoTO": ".tmall_order_info_to",
    "UpdateAlibabaCartItemQuantityRequest": ".update_alibaba_cart_item_quantity_request",
    "UpdateAlibabaCartItemQuantityResponse": ".update_alibaba_cart_item_quantity_response",
    "UpdateDomesticLogisticsRequest": ".update_domestic_logistics_request",
    "UpdateDomesticLogisticsResponse": ".update_domestic_logistics_response",
    "UpdateTaobaoCartItemQuantityRequest": ".update_taobao_cart_item_quantity_request",
    "UpdateTaobaoCartItemQuantityResponse": ".update_taobao_cart_item_quantity_response",
    "UpdateTaobaoOrderWarehouseRequest": ".update_taobao_order_warehouse_request",
    "UpdateTaobaoOrderWarehouseResponse": ".update_taobao_order_warehouse_response",
    "UpdateTaobaoRefundRequest": ".update_taobao_refund_request",
    "UpdateTaobaoRefundResponse": ".update_taobao_refund_response",
    "UploadAlibabaRefundVoucherRequest": ".upload_alibaba_refund_voucher_request",
    "UploadAlibabaRefundVoucherResponse": ".upload_alibaba_refund_voucher_response",
    "UserAddress": ".user_address",
}

if (
    not TYPE_CHECKING
):  # hidden from type checkers, which would otherwise accept any name here

    def __getattr__(name: str) -> Any:
        module = _MODULES.get(name)
        if module is None:
            raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
        value = getattr(import_module(module, __name__), name)
        globals()[name] = value
        return value

    def __dir__() -> list[str]:
        return sorted([*globals(), *_MODULES])


__all__ = (
    "AddAlibabaCartItemRequest",
    "AddAlibabaCartItemResponse",
    "AddTaobaoCartItemRequest",
    "AddTaobaoCartItemResponse",
    "AlibabaBasePageVOAlibabaProductListInfoV2VO",
    "AlibabaBasePageVOProductSearchQuerySellerOfferListV2VO",
    "AlibabaBuyerViewOrder",
    "AlibabaBuyerViewOrderInternationalLogisticsType0",
    "AlibabaBuyerViewOrderQuoteListType0Item",
    "AlibabaCartItem",
    "AlibabaCartPriceRange",
    "AlibabaCartTimeZone",
    "AlibabaCartUpdateTime",
    "AlibabaCartV2VO",
    "AlibabaCategory",
    "AlibabaChannelPrice",
    "AlibabaChannelSkuPrice",
    "AlibabaChildCategory",
    "AlibabaCreateOrderFailedOffer",
    "AlibabaCreateOrderPreview",
    "AlibabaCreateOrderPreviewCargo",
    "AlibabaCreateOrderPreviewResult",
    "AlibabaCreateOrderPromotion",
    "AlibabaCreateOrderResult",
    "AlibabaCreateOrderResultOrderListType0Item",
    "AlibabaCreateOrderTradeMode",
    "AlibabaHotList",
    "AlibabaHotListProduct",
    "AlibabaLogisticsCompany",
    "AlibabaOrderBaseInfo",
    "AlibabaOrderBaseInfoNewStepOrderListType0Item",
    "AlibabaOrderBaseInfoStepOrderListType0Item",
    "AlibabaOrderBizInfo",
    "AlibabaOrderBizInfoCreditOrderDetailType0",
    "AlibabaOrderBizInfoLstOrderInfoType0",
    "AlibabaOrderBizInfoPreOrderInfoType0",
    "AlibabaOrderContact",
    "AlibabaOrderCustoms",
    "AlibabaOrderCustomsAttribute",
    "AlibabaOrderExtAttribute",
    "AlibabaOrderGuaranteesTerms",
    "AlibabaOrderInvoiceInfo",
    "AlibabaOrderLogisticsItem",
    "AlibabaOrderLogisticsStep",
    "AlibabaOrderLogisticsTrace",
    "AlibabaOrderLogisticsTraceInfo",
    "AlibabaOrderLogisticsTraceInfoCrossPackageFulfillmentDTOType0Item",
    "AlibabaOrderLogisticsTraceNode",
    "AlibabaOrderNativeLogistics",
    "AlibabaOrderOverseasExtraAddress",
    "AlibabaOrderPage",
    "AlibabaOrderPriceModifyMessage",
    "AlibabaOrderProductItem",
    "AlibabaOrderRateInfo",
    "AlibabaOrderRateInfoBuyerRateListType0Item",
    "AlibabaOrderRateInfoSellerRateListType0Item",
    "AlibabaOrderReceiptConfirmResult",
    "AlibabaOrderReceiverInfo",
    "AlibabaOrderRefundMessage",
    "AlibabaOrderRefundMessageBody",
    "AlibabaOrderSkuInfo",
    "AlibabaOrderStatusMessage",
    "AlibabaOrderStatusMessageBody",
    "AlibabaOrderTradeTerm",
    "AlibabaPayOrderVO",
    "AlibabaProductAttribute",
    "AlibabaProductDetail",
    "AlibabaProductImage",
    "AlibabaProductListInfoV2VO",
    "AlibabaProductPriceInfo",
    "AlibabaProductPriceRange",
    "AlibabaProductSaleInfo",
    "AlibabaProductShippingInfo",
    "AlibabaProductSkuAttribute",
    "AlibabaProductSkuInfo",
    "AlibabaProductSkuShippingInfo",
    "AlibabaProductTag",
    "AlibabaRecommendedProduct",
    "AlibabaRefundCreateVO",
    "AlibabaRefundInfo",
    "AlibabaRefundInfoExtInfoType0",
    "AlibabaRefundInfoOrderEntryCountMapType0",
    "AlibabaRefundOperation",
    "AlibabaRefundReason",
    "AlibabaRefundReasonList",
    "AlibabaRefundReturnGoodSubmitVO",
    "AlibabaRefundVoucher",
    "AlibabaSellerDataInfo",
    "AlibabaSellerMixSetting",
    "AlibabaWangwangNickResult",
    "BatchCheckTaobaoProductsRequest",
    "BatchCheckTaobaoProductsResponse",
    "BatchCreateAlibabaOrdersRequest",
    "BatchCreateAlibabaOrdersResponse",
    "BatchPayAlibabaOrdersRequest",
    "BatchPayAlibabaOrdersResponse",
    "BatchPreviewAlibabaOrdersRequest",
    "BatchPreviewAlibabaOrdersResponse",
    "CancelAlibabaOrderRequest",
    "CancelAlibabaOrderResponse",
    "CancelTaobaoOrderRequest",
    "CancelTaobaoOrderResponse",
    "CancelTaobaoRefundResponse",
    "CartShopItem",
    "ConfirmAlibabaOrderReceiptRequest",
    "ConfirmAlibabaOrderReceiptResponse",
    "CreateAlibabaCartOrderRequest",
    "CreateAlibabaCartOrderResponse",
    "CreateAlibabaOrderRequest",
    "CreateAlibabaOrderResponse",
    "CreateAlibabaRefundRequest",
    "CreateAlibabaRefundResponse",
    "CreateInternationalLogisticsOrderRequest",
    "CreateInternationalLogisticsOrderResponse",
    "CreateTaobaoCartOrderRequest",
    "CreateTaobaoCartOrderResponse",
    "CreateTaobaoOrderRequest",
    "CreateTaobaoOrderResponse",
    "CreateTaobaoRefundRequest",
    "CreateTaobaoRefundResponse",
    "DecryptAlibabaWangwangNickRequest",
    "DecryptAlibabaWangwangNickResponse",
    "DeleteAlibabaCartItemsRequest",
    "DeleteAlibabaCartItemsResponse",
    "DeleteTaobaoCartItemsRequest",
    "DeleteTaobaoCartItemsResponse",
    "DomesticLogisticsInfo",
    "DomesticLogisticsLineItem",
    "Envelope",
    "EstimateFreightRequest",
    "EstimateFreightResponse",
    "FastAdress",
    "FastCargo",
    "FreightBookingLineItem",
    "FreightInfoTO",
    "FreightQuote",
    "FreightRenderItem",
    "GetAlibabaCategoryRequest",
    "GetAlibabaCategoryResponse",
    "GetAlibabaHotListRequest",
    "GetAlibabaHotListResponse",
    "GetAlibabaOrderLogisticsResponse",
    "GetAlibabaProductRecommendationsRequest",
    "GetAlibabaProductRecommendationsResponse",
    "GetAlibabaProductRequest",
    "GetAlibabaProductResponse",
    "GetAlibabaRefundRequest",
    "GetAlibabaRefundResponse",
    "GetAlibabaRelatedProductsRequest",
    "GetAlibabaRelatedProductsResponse",
    "GetTaobaoImLinkRequest",
    "GetTaobaoImLinkResponse",
    "GetTaobaoOrderLogisticsResponse",
    "GetTaobaoOrderResponse",
    "GetTaobaoProductResponse",
    "GetTaobaoRefundResponse",
    "InnerLogisticInfoTO",
    "InternationalLogisticsOrder",
    "ListAddressesRequest",
    "ListAddressesResponse",
    "ListAlibabaCartItemsResponse",
    "ListAlibabaLogisticsCompaniesResponse",
    "ListAlibabaOrdersRequest",
    "ListAlibabaOrdersResponse",
    "ListAlibabaRefundReasonsRequest",
    "ListAlibabaRefundReasonsResponse",
    "ListTaobaoCartItemsResponse",
    "ListTaobaoOrdersRequest",
    "ListTaobaoOrdersResponse",
    "ListTaobaoRefundMessagesRequest",
    "ListTaobaoRefundMessagesResponse",
    "ListTaobaoRefundsRequest",
    "ListTaobaoRefundsResponse",
    "MessageEnvelope",
    "OrderAddress",
    "OrderEntryCount",
    "OrderFreightPreview",
    "OrderFreightPreviewItem",
    "PayAlibabaOrderResponse",
    "PayTaobaoOrderRequest",
    "PayTaobaoOrderResponse",
    "PnmLogisticsDetail",
    "PreviewAlibabaCartOrderRequest",
    "PreviewAlibabaCartOrderResponse",
    "PreviewAlibabaOrderRequest",
    "PreviewAlibabaOrderResponse",
    "PreviewOrderFreightRequest",
    "PreviewOrderFreightResponse",
    "PreviewTaobaoCartOrderRequest",
    "PreviewTaobaoCartOrderResponse",
    "PriceRange",
    "ProductSearchQuerySellerOfferListV2VO",
    "ReceiverAddressTO",
    "RefundOrderAggregate",
    "RefundOrderTemplate",
    "RefundRenderVO",
    "RenderTaobaoRefundRequest",
    "RenderTaobaoRefundResponse",
    "RenderTaobaoReturnLogisticsResponse",
    "SaveAddressRequest",
    "SaveAddressResponse",
    "SearchAlibabaGlobalSelectedProductsRequest",
    "SearchAlibabaGlobalSelectedProductsResponse",
    "SearchAlibabaProductsByImageRequest",
    "SearchAlibabaProductsByImageResponse",
    "SearchAlibabaProductsRequest",
    "SearchAlibabaProductsResponse",
    "SearchAlibabaSelectedProductsRequest",
    "SearchAlibabaSelectedProductsResponse",
    "SearchAlibabaSellerProductsRequest",
    "SearchAlibabaSellerProductsResponse",
    "SearchTaobaoProductsByImageRequest",
    "SearchTaobaoProductsByImageResponse",
    "SearchTaobaoProductsRequest",
    "SearchTaobaoProductsResponse",
    "SubmitAlibabaRefundReturnRequest",
    "SubmitAlibabaRefundReturnResponse",
    "SubmitTaobaoRefundMessageRequest",
    "SubmitTaobaoRefundMessageResponse",
    "SubmitTaobaoReturnLogisticsRequest",
    "SubmitTaobaoReturnLogisticsResponse",
    "TaoBaoLogisticsDetailVO",
    "TaoBaoProductDetailsV2VO",
    "TaoBaoRefundOrderDetailDTO",
    "TaobaoCartCreatedOrder",
    "TaobaoCartCreatedOrderLine",
    "TaobaoCartItemInfo",
    "TaobaoCartList",
    "TaobaoCartOrderPreview",
    "TaobaoCartOrderResult",
    "TaobaoCartPreviewAmount",
    "TaobaoCartPreviewItemPrice",
    "TaobaoCartPreviewSellerGroup",
    "TaobaoCartPreviewUnavailableSku",
    "TaobaoCartShopItem",
    "TaobaoLogisticsGoods",
    "TaobaoLogisticsPartner",
    "TaobaoLogisticsReceiver",
    "TaobaoLogisticsTrace",
    "TaobaoMpProduct",
    "TaobaoMultiLanguageInfo",
    "TaobaoNoMpReason",
    "TaobaoOrder",
    "TaobaoOrderCreateResult",
    "TaobaoOrderLine",
    "TaobaoOrderMessageParcel",
    "TaobaoOrderPage",
    "TaobaoOrderPayFailure",
    "TaobaoOrderPayResult",
    "TaobaoOrderPriceModifyMessage",
    "TaobaoOrderPriceModifyMessageBody",
    "TaobaoOrderPriceModifySubOrder",
    "TaobaoOrderReceiver",
    "TaobaoOrderRefundMessage",
    "TaobaoOrderRefundMessageBody",
    "TaobaoOrderStatusMessage",
    "TaobaoOrderStatusMessageBody",
    "TaobaoOrderStatusMessageLine",
    "TaobaoProductBatchCheckResult",
    "TaobaoProductSearchItem",
    "TaobaoProductSearchPage",
    "TaobaoProductSku",
    "TaobaoPromotionDisplay",
    "TaobaoPromotionInfo",
    "TaobaoPurchaseOrderPrice",
    "TaobaoRefundCancelResult",
    "TaobaoRefundLogistics",
    "TaobaoRefundLogisticsCompany",
    "TaobaoRefundMaxFee",
    "TaobaoRefundMessage",
    "TaobaoRefundMessageSubmitResult",
    "TaobaoRefundOrder",
    "TaobaoRefundPage",
    "TaobaoRefundPurchaseOrderLine",
    "TaobaoRefundReason",
    "TaobaoRefundReceiverAddress",
    "TaobaoRefundSubmitResult",
    "TaobaoRefundTemplateOrder",
    "TaobaoReturnLogisticsRender",
    "TaobaoSkuProperty",
    "TaobaoSubOrder",
    "TaobaoSubOrderOptionFieldsType0",
    "TaobaoSubOrderParcel",
    "TaobaoSubOrderSkuInfo",
    "TaobaoSubOrderSkuInfoSkuPvType0",
    "TmallOrderInfoTO",
    "UpdateAlibabaCartItemQuantityRequest",
    "UpdateAlibabaCartItemQuantityResponse",
    "UpdateDomesticLogisticsRequest",
    "UpdateDomesticLogisticsResponse",
    "UpdateTaobaoCartItemQuantityRequest",
    "UpdateTaobaoCartItemQuantityResponse",
    "UpdateTaobaoOrderWarehouseRequest",
    "UpdateTaobaoOrderWarehouseResponse",
    "UpdateTaobaoRefundRequest",
    "UpdateTaobaoRefundResponse",
    "UploadAlibabaRefundVoucherRequest",
    "UploadAlibabaRefundVoucherResponse",
    "UserAddress",
)
