from __future__ import annotations

from collections.abc import Iterator, Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, model_to_json, set_fields_repr, to_jsonable

T = TypeVar("T", bound="AlibabaOrderProductItem")


@_attrs_define
class AlibabaOrderProductItem:
    """One line of a 1688 order. The first seven properties were read on the batch-create page; the others are upstream's.

    Attributes:
        cargo_number (None | str | Unset): Seller's item number.
        description (None | str | Unset): Description.
        item_amount (float | None | Unset): Amount paid for the line (upstream yuan).
        name (None | str | Unset): Product title.
        price (float | None | Unset): Unit price (upstream yuan).
        product_id (int | None | Unset): Numeric 1688 product id.
        product_img_url (list[str] | None | Unset): Product image URLs.
        sub_item_id (int | None | Unset): Order line (sub-order) id, as used by receipt confirmation and refunds.
        sub_item_id_string (None | str | Unset): The line id as a string.
        sku_id (int | None | Unset): SKU id.
        spec_id (None | str | Unset): SKU spec id.
        quantity (float | None | Unset): Quantity.
        entry_discount (float | None | Unset): Line discount.
        item_discount_fee (None | str | Unset): Line discount fee.
        refund (float | None | Unset): Amount refunded on this line (upstream yuan).
        unit (None | str | Unset): Sales unit.
        weight (None | str | Unset): Weight.
        weight_unit (None | str | Unset): Weight unit.
        product_snapshot_url (None | str | Unset): Product snapshot URL.
        sku_infos (list[AlibabaOrderSkuInfo] | None | Unset): SKU attributes (name/value pairs).
        status (None | str | Unset): Line status (same codes as the order status).
        status_str (None | str | Unset): Line status text.
        refund_status (None | str | Unset): Line refund status, e.g. WAIT_SELLER_AGREE, REFUND_SUCCESS.
        refund_id (None | str | Unset): In-sale refund id.
        refund_id_for_as (None | str | Unset): After-sale refund id.
        logistics_status (int | None | Unset): Shipping status: 1 not shipped, 2 shipped, 3 received, 4 returned, 5
            partly shipped, 8 no logistics order yet.
        close_reason (None | str | Unset): Why the line was closed.
        product_cargo_number (None | str | Unset): Product item number.
        quantity_factor (float | None | Unset): Quantity factor.
        gmt_create (None | str | Unset): Line creation time.
        gmt_modified (None | str | Unset): Line modification time.
        gmt_completed (None | str | Unset): Line completion time.
        gmt_pay_expire_time (None | str | Unset): Payment deadline.
        guarantees_terms (list[AlibabaOrderGuaranteesTerms] | None | Unset): Guarantee terms of the line.
        can_send_goods (bool | None | Unset): Whether the line can be shipped.
        cant_send_reason (None | str | Unset): Why it cannot be shipped.
        erp_material_code (None | str | Unset): ERP material code.
        sort (int | None | Unset): Sort position.
        type_ (None | str | Unset): Line type.
    """

    cargo_number: None | str | Unset = UNSET
    description: None | str | Unset = UNSET
    item_amount: float | None | Unset = UNSET
    name: None | str | Unset = UNSET
    price: float | None | Unset = UNSET
    product_id: int | None | Unset = UNSET
    product_img_url: list[str] | None | Unset = UNSET
    sub_item_id: int | None | Unset = UNSET
    sub_item_id_string: None | str | Unset = UNSET
    sku_id: int | None | Unset = UNSET
    spec_id: None | str | Unset = UNSET
    quantity: float | None | Unset = UNSET
    entry_discount: float | None | Unset = UNSET
    item_discount_fee: None | str | Unset = UNSET
    refund: float | None | Unset = UNSET
    unit: None | str | Unset = UNSET
    weight: None | str | Unset = UNSET
    weight_unit: None | str | Unset = UNSET
    product_snapshot_url: None | str | Unset = UNSET
    sku_infos: list[AlibabaOrderSkuInfo] | None | Unset = UNSET
    status: None | str | Unset = UNSET
    status_str: None | str | Unset = UNSET
    refund_status: None | str | Unset = UNSET
    refund_id: None | str | Unset = UNSET
    refund_id_for_as: None | str | Unset = UNSET
    logistics_status: int | None | Unset = UNSET
    close_reason: None | str | Unset = UNSET
    product_cargo_number: None | str | Unset = UNSET
    quantity_factor: float | None | Unset = UNSET
    gmt_create: None | str | Unset = UNSET
    gmt_modified: None | str | Unset = UNSET
    gmt_completed: None | str | Unset = UNSET
    gmt_pay_expire_time: None | str | Unset = UNSET
    guarantees_terms: list[AlibabaOrderGuaranteesTerms] | None | Unset = UNSET
    can_send_goods: bool | None | Unset = UNSET
    cant_send_reason: None | str | Unset = UNSET
    erp_material_code: None | str | Unset = UNSET
    sort: int | None | Unset = UNSET
    type_: None | str | Unset = UNSET
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
        cargo_number: None | str | Unset
        if isinstance(self.cargo_number, Unset):
            cargo_number = UNSET
        else:
            cargo_number = self.cargo_number

        description: None | str | Unset
        if isinstance(self.description, Unset):
            description = UNSET
        else:
            description = self.description

        item_amount: float | None | Unset
        if isinstance(self.item_amount, Unset):
            item_amount = UNSET
        else:
            item_amount = self.item_amount

        name: None | str | Unset
        if isinstance(self.name, Unset):
            name = UNSET
        else:
            name = self.name

        price: float | None | Unset
        if isinstance(self.price, Unset):
            price = UNSET
        else:
            price = self.price

        product_id: int | None | Unset
        if isinstance(self.product_id, Unset):
            product_id = UNSET
        else:
            product_id = self.product_id

        product_img_url: list[str] | None | Unset
        if isinstance(self.product_img_url, Unset):
            product_img_url = UNSET
        elif isinstance(self.product_img_url, list):
            product_img_url = self.product_img_url

        else:
            product_img_url = self.product_img_url

        sub_item_id: int | None | Unset
        if isinstance(self.sub_item_id, Unset):
            sub_item_id = UNSET
        else:
            sub_item_id = self.sub_item_id

        sub_item_id_string: None | str | Unset
        if isinstance(self.sub_item_id_string, Unset):
            sub_item_id_string = UNSET
        else:
            sub_item_id_string = self.sub_item_id_string

        sku_id: int | None | Unset
        if isinstance(self.sku_id, Unset):
            sku_id = UNSET
        else:
            sku_id = self.sku_id

        spec_id: None | str | Unset
        if isinstance(self.spec_id, Unset):
            spec_id = UNSET
        else:
            spec_id = self.spec_id

        quantity: float | None | Unset
        if isinstance(self.quantity, Unset):
            quantity = UNSET
        else:
            quantity = self.quantity

        entry_discount: float | None | Unset
        if isinstance(self.entry_discount, Unset):
            entry_discount = UNSET
        else:
            entry_discount = self.entry_discount

        item_discount_fee: None | str | Unset
        if isinstance(self.item_discount_fee, Unset):
            item_discount_fee = UNSET
        else:
            item_discount_fee = self.item_discount_fee

        refund: float | None | Unset
        if isinstance(self.refund, Unset):
            refund = UNSET
        else:
            refund = self.refund

        unit: None | str | Unset
        if isinstance(self.unit, Unset):
            unit = UNSET
        else:
            unit = self.unit

        weight: None | str | Unset
        if isinstance(self.weight, Unset):
            weight = UNSET
        else:
            weight = self.weight

        weight_unit: None | str | Unset
        if isinstance(self.weight_unit, Unset):
            weight_unit = UNSET
        else:
            weight_unit = self.weight_unit

        product_snapshot_url: None | str | Unset
        if isinstance(self.product_snapshot_url, Unset):
            product_snapshot_url = UNSET
        else:
            product_snapshot_url = self.product_snapshot_url

        sku_infos: list[dict[str, Any]] | None | Unset
        if isinstance(self.sku_infos, Unset):
            sku_infos = UNSET
        elif isinstance(self.sku_infos, list):
            sku_infos = []
            for sku_infos_type_0_item_data in self.sku_infos:
                sku_infos_type_0_item = to_jsonable(sku_infos_type_0_item_data)
                sku_infos.append(sku_infos_type_0_item)

        else:
            sku_infos = self.sku_infos

        status: None | str | Unset
        if isinstance(self.status, Unset):
            status = UNSET
        else:
            status = self.status

        status_str: None | str | Unset
        if isinstance(self.status_str, Unset):
            status_str = UNSET
        else:
            status_str = self.status_str

        refund_status: None | str | Unset
        if isinstance(self.refund_status, Unset):
            refund_status = UNSET
        else:
            refund_status = self.refund_status

        refund_id: None | str | Unset
        if isinstance(self.refund_id, Unset):
            refund_id = UNSET
        else:
            refund_id = self.refund_id

        refund_id_for_as: None | str | Unset
        if isinstance(self.refund_id_for_as, Unset):
            refund_id_for_as = UNSET
        else:
            refund_id_for_as = self.refund_id_for_as

        logistics_status: int | None | Unset
        if isinstance(self.logistics_status, Unset):
            logistics_status = UNSET
        else:
            logistics_status = self.logistics_status

        close_reason: None | str | Unset
        if isinstance(self.close_reason, Unset):
            close_reason = UNSET
        else:
            close_reason = self.close_reason

        product_cargo_number: None | str | Unset
        if isinstance(self.product_cargo_number, Unset):
            product_cargo_number = UNSET
        else:
            product_cargo_number = self.product_cargo_number

        quantity_factor: float | None | Unset
        if isinstance(self.quantity_factor, Unset):
            quantity_factor = UNSET
        else:
            quantity_factor = self.quantity_factor

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

        gmt_completed: None | str | Unset
        if isinstance(self.gmt_completed, Unset):
            gmt_completed = UNSET
        else:
            gmt_completed = self.gmt_completed

        gmt_pay_expire_time: None | str | Unset
        if isinstance(self.gmt_pay_expire_time, Unset):
            gmt_pay_expire_time = UNSET
        else:
            gmt_pay_expire_time = self.gmt_pay_expire_time

        guarantees_terms: list[dict[str, Any]] | None | Unset
        if isinstance(self.guarantees_terms, Unset):
            guarantees_terms = UNSET
        elif isinstance(self.guarantees_terms, list):
            guarantees_terms = []
            for guarantees_terms_type_0_item_data in self.guarantees_terms:
                guarantees_terms_type_0_item = to_jsonable(
                    guarantees_terms_type_0_item_data
                )
                guarantees_terms.append(guarantees_terms_type_0_item)

        else:
            guarantees_terms = self.guarantees_terms

        can_send_goods: bool | None | Unset
        if isinstance(self.can_send_goods, Unset):
            can_send_goods = UNSET
        else:
            can_send_goods = self.can_send_goods

        cant_send_reason: None | str | Unset
        if isinstance(self.cant_send_reason, Unset):
            cant_send_reason = UNSET
        else:
            cant_send_reason = self.cant_send_reason

        erp_material_code: None | str | Unset
        if isinstance(self.erp_material_code, Unset):
            erp_material_code = UNSET
        else:
            erp_material_code = self.erp_material_code

        sort: int | None | Unset
        if isinstance(self.sort, Unset):
            sort = UNSET
        else:
            sort = self.sort

        type_: None | str | Unset
        if isinstance(self.type_, Unset):
            type_ = UNSET
        else:
            type_ = self.type_

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if cargo_number is not UNSET:
            field_dict["cargoNumber"] = cargo_number
        if description is not UNSET:
            field_dict["description"] = description
        if item_amount is not UNSET:
            field_dict["itemAmount"] = item_amount
        if name is not UNSET:
            field_dict["name"] = name
        if price is not UNSET:
            field_dict["price"] = price
        if product_id is not UNSET:
            field_dict["productID"] = product_id
        if product_img_url is not UNSET:
            field_dict["productImgUrl"] = product_img_url
        if sub_item_id is not UNSET:
            field_dict["subItemID"] = sub_item_id
        if sub_item_id_string is not UNSET:
            field_dict["subItemIDString"] = sub_item_id_string
        if sku_id is not UNSET:
            field_dict["skuID"] = sku_id
        if spec_id is not UNSET:
            field_dict["specId"] = spec_id
        if quantity is not UNSET:
            field_dict["quantity"] = quantity
        if entry_discount is not UNSET:
            field_dict["entryDiscount"] = entry_discount
        if item_discount_fee is not UNSET:
            field_dict["itemDiscountFee"] = item_discount_fee
        if refund is not UNSET:
            field_dict["refund"] = refund
        if unit is not UNSET:
            field_dict["unit"] = unit
        if weight is not UNSET:
            field_dict["weight"] = weight
        if weight_unit is not UNSET:
            field_dict["weightUnit"] = weight_unit
        if product_snapshot_url is not UNSET:
            field_dict["productSnapshotUrl"] = product_snapshot_url
        if sku_infos is not UNSET:
            field_dict["skuInfos"] = sku_infos
        if status is not UNSET:
            field_dict["status"] = status
        if status_str is not UNSET:
            field_dict["statusStr"] = status_str
        if refund_status is not UNSET:
            field_dict["refundStatus"] = refund_status
        if refund_id is not UNSET:
            field_dict["refundId"] = refund_id
        if refund_id_for_as is not UNSET:
            field_dict["refundIdForAs"] = refund_id_for_as
        if logistics_status is not UNSET:
            field_dict["logisticsStatus"] = logistics_status
        if close_reason is not UNSET:
            field_dict["closeReason"] = close_reason
        if product_cargo_number is not UNSET:
            field_dict["productCargoNumber"] = product_cargo_number
        if quantity_factor is not UNSET:
            field_dict["quantityFactor"] = quantity_factor
        if gmt_create is not UNSET:
            field_dict["gmtCreate"] = gmt_create
        if gmt_modified is not UNSET:
            field_dict["gmtModified"] = gmt_modified
        if gmt_completed is not UNSET:
            field_dict["gmtCompleted"] = gmt_completed
        if gmt_pay_expire_time is not UNSET:
            field_dict["gmtPayExpireTime"] = gmt_pay_expire_time
        if guarantees_terms is not UNSET:
            field_dict["guaranteesTerms"] = guarantees_terms
        if can_send_goods is not UNSET:
            field_dict["canSendGoods"] = can_send_goods
        if cant_send_reason is not UNSET:
            field_dict["cantSendReason"] = cant_send_reason
        if erp_material_code is not UNSET:
            field_dict["erpMaterialCode"] = erp_material_code
        if sort is not UNSET:
            field_dict["sort"] = sort
        if type_ is not UNSET:
            field_dict["type"] = type_

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
        cargo_number: None | str | Unset = d.pop("cargoNumber", UNSET)

        description: None | str | Unset = d.pop("description", UNSET)

        item_amount: float | None | Unset = d.pop("itemAmount", UNSET)

        name: None | str | Unset = d.pop("name", UNSET)

        price: float | None | Unset = d.pop("price", UNSET)

        product_id: int | None | Unset = d.pop("productID", UNSET)

        def _parse_product_img_url(data: object) -> list[str] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                product_img_url_type_0 = cast(list[str], data)

                return product_img_url_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[str] | None | Unset, data)

        product_img_url = _parse_product_img_url(d.pop("productImgUrl", UNSET))

        sub_item_id: int | None | Unset = d.pop("subItemID", UNSET)

        sub_item_id_string: None | str | Unset = d.pop("subItemIDString", UNSET)

        sku_id: int | None | Unset = d.pop("skuID", UNSET)

        spec_id: None | str | Unset = d.pop("specId", UNSET)

        quantity: float | None | Unset = d.pop("quantity", UNSET)

        entry_discount: float | None | Unset = d.pop("entryDiscount", UNSET)

        item_discount_fee: None | str | Unset = d.pop("itemDiscountFee", UNSET)

        refund: float | None | Unset = d.pop("refund", UNSET)

        unit: None | str | Unset = d.pop("unit", UNSET)

        weight: None | str | Unset = d.pop("weight", UNSET)

        weight_unit: None | str | Unset = d.pop("weightUnit", UNSET)

        product_snapshot_url: None | str | Unset = d.pop("productSnapshotUrl", UNSET)

        def _parse_sku_infos(data: object) -> list[AlibabaOrderSkuInfo] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                sku_infos_type_0 = []
                _sku_infos_type_0 = data
                for sku_infos_type_0_item_data in _sku_infos_type_0:
                    sku_infos_type_0_item = AlibabaOrderSkuInfo.from_dict(
                        sku_infos_type_0_item_data
                    )

                    sku_infos_type_0.append(sku_infos_type_0_item)

                return sku_infos_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[AlibabaOrderSkuInfo] | None | Unset, data)

        sku_infos = _parse_sku_infos(d.pop("skuInfos", UNSET))

        status: None | str | Unset = d.pop("status", UNSET)

        status_str: None | str | Unset = d.pop("statusStr", UNSET)

        refund_status: None | str | Unset = d.pop("refundStatus", UNSET)

        refund_id: None | str | Unset = d.pop("refundId", UNSET)

        refund_id_for_as: None | str | Unset = d.pop("refundIdForAs", UNSET)

        logistics_status: int | None | Unset = d.pop("logisticsStatus", UNSET)

        close_reason: None | str | Unset = d.pop("closeReason", UNSET)

        product_cargo_number: None | str | Unset = d.pop("productCargoNumber", UNSET)

        quantity_factor: float | None | Unset = d.pop("quantityFactor", UNSET)

        gmt_create: None | str | Unset = d.pop("gmtCreate", UNSET)

        gmt_modified: None | str | Unset = d.pop("gmtModified", UNSET)

        gmt_completed: None | str | Unset = d.pop("gmtCompleted", UNSET)

        gmt_pay_expire_time: None | str | Unset = d.pop("gmtPayExpireTime", UNSET)

        def _parse_guarantees_terms(
            data: object,
        ) -> list[AlibabaOrderGuaranteesTerms] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                guarantees_terms_type_0 = []
                _guarantees_terms_type_0 = data
                for guarantees_terms_type_0_item_data in _guarantees_terms_type_0:
                    guarantees_terms_type_0_item = (
                        AlibabaOrderGuaranteesTerms.from_dict(
                            guarantees_terms_type_0_item_data
                        )
                    )

                    guarantees_terms_type_0.append(guarantees_terms_type_0_item)

                return guarantees_terms_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[AlibabaOrderGuaranteesTerms] | None | Unset, data)

        guarantees_terms = _parse_guarantees_terms(d.pop("guaranteesTerms", UNSET))

        can_send_goods: bool | None | Unset = d.pop("canSendGoods", UNSET)

        cant_send_reason: None | str | Unset = d.pop("cantSendReason", UNSET)

        erp_material_code: None | str | Unset = d.pop("erpMaterialCode", UNSET)

        sort: int | None | Unset = d.pop("sort", UNSET)

        type_: None | str | Unset = d.pop("type", UNSET)

        alibaba_order_product_item = cls(
            cargo_number=cargo_number,
            description=description,
            item_amount=item_amount,
            name=name,
            price=price,
            product_id=product_id,
            product_img_url=product_img_url,
            sub_item_id=sub_item_id,
            sub_item_id_string=sub_item_id_string,
            sku_id=sku_id,
            spec_id=spec_id,
            quantity=quantity,
            entry_discount=entry_discount,
            item_discount_fee=item_discount_fee,
            refund=refund,
            unit=unit,
            weight=weight,
            weight_unit=weight_unit,
            product_snapshot_url=product_snapshot_url,
            sku_infos=sku_infos,
            status=status,
            status_str=status_str,
            refund_status=refund_status,
            refund_id=refund_id,
            refund_id_for_as=refund_id_for_as,
            logistics_status=logistics_status,
            close_reason=close_reason,
            product_cargo_number=product_cargo_number,
            quantity_factor=quantity_factor,
            gmt_create=gmt_create,
            gmt_modified=gmt_modified,
            gmt_completed=gmt_completed,
            gmt_pay_expire_time=gmt_pay_expire_time,
            guarantees_terms=guarantees_terms,
            can_send_goods=can_send_goods,
            cant_send_reason=cant_send_reason,
            erp_material_code=erp_material_code,
            sort=sort,
            type_=type_,
        )

        alibaba_order_product_item.additional_properties = d
        return alibaba_order_product_item

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
from ..models.alibaba_order_guarantees_terms import AlibabaOrderGuaranteesTerms
from ..models.alibaba_order_sku_info import AlibabaOrderSkuInfo
