from __future__ import annotations

from collections.abc import Iterator, Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, model_to_json, set_fields_repr

T = TypeVar("T", bound="AlibabaOrderLogisticsItem")


@_attrs_define
class AlibabaOrderLogisticsItem:
    """
    Attributes:
        id (int | None | Unset): Record id.
        logistics_code (None | str | Unset): Logistics order code.
        type_ (None | str | Unset): Shipping type: "0" self-arranged, "1" online, "2" no logistics needed.
        status (None | str | Unset): Status.
        delivered_time (None | str | Unset): Shipping time.
        carriage (float | None | Unset): Freight (upstream yuan).
        logistics_company_id (int | None | str | Unset): Carrier id.
        logistics_company_no (None | str | Unset): Carrier code.
        logistics_company_name (None | str | Unset): Carrier name.
        logistics_bill_no (None | str | Unset): Waybill number.
        sub_item_ids (None | str | Unset): Comma-separated ids of the order lines in this parcel.
        from_province (None | str | Unset): Sender province.
        from_city (None | str | Unset): Sender city.
        from_area (None | str | Unset): Sender district.
        from_address (None | str | Unset): Sender address.
        from_phone (None | str | Unset): Sender phone.
        from_mobile (None | str | Unset): Sender mobile.
        from_post (None | str | Unset): Sender postal code.
        to_province (None | str | Unset): Receiver province.
        to_city (None | str | Unset): Receiver city.
        to_area (None | str | Unset): Receiver district.
        to_address (None | str | Unset): Receiver address.
        to_phone (None | str | Unset): Receiver phone.
        to_mobile (None | str | Unset): Receiver mobile.
        to_post (None | str | Unset): Receiver postal code.
        no_logistics_condition (None | str | Unset): Condition when shipped without logistics.
        no_logistics_name (None | str | Unset): Contact name when shipped without logistics.
        no_logistics_tel (None | str | Unset): Contact phone when shipped without logistics.
        no_logistics_bill_no (None | str | Unset): Reference number when shipped without logistics.
        is_time_promise (bool | None | Unset): Whether a delivery-time promise applies.
        arrive_time (None | str | Unset): Promised arrival time.
        gmt_create (None | str | Unset): Creation time.
        gmt_modified (None | str | Unset): Modification time.
    """

    id: int | None | Unset = UNSET
    logistics_code: None | str | Unset = UNSET
    type_: None | str | Unset = UNSET
    status: None | str | Unset = UNSET
    delivered_time: None | str | Unset = UNSET
    carriage: float | None | Unset = UNSET
    logistics_company_id: int | None | str | Unset = UNSET
    logistics_company_no: None | str | Unset = UNSET
    logistics_company_name: None | str | Unset = UNSET
    logistics_bill_no: None | str | Unset = UNSET
    sub_item_ids: None | str | Unset = UNSET
    from_province: None | str | Unset = UNSET
    from_city: None | str | Unset = UNSET
    from_area: None | str | Unset = UNSET
    from_address: None | str | Unset = UNSET
    from_phone: None | str | Unset = UNSET
    from_mobile: None | str | Unset = UNSET
    from_post: None | str | Unset = UNSET
    to_province: None | str | Unset = UNSET
    to_city: None | str | Unset = UNSET
    to_area: None | str | Unset = UNSET
    to_address: None | str | Unset = UNSET
    to_phone: None | str | Unset = UNSET
    to_mobile: None | str | Unset = UNSET
    to_post: None | str | Unset = UNSET
    no_logistics_condition: None | str | Unset = UNSET
    no_logistics_name: None | str | Unset = UNSET
    no_logistics_tel: None | str | Unset = UNSET
    no_logistics_bill_no: None | str | Unset = UNSET
    is_time_promise: bool | None | Unset = UNSET
    arrive_time: None | str | Unset = UNSET
    gmt_create: None | str | Unset = UNSET
    gmt_modified: None | str | Unset = UNSET
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

        logistics_code: None | str | Unset
        if isinstance(self.logistics_code, Unset):
            logistics_code = UNSET
        else:
            logistics_code = self.logistics_code

        type_: None | str | Unset
        if isinstance(self.type_, Unset):
            type_ = UNSET
        else:
            type_ = self.type_

        status: None | str | Unset
        if isinstance(self.status, Unset):
            status = UNSET
        else:
            status = self.status

        delivered_time: None | str | Unset
        if isinstance(self.delivered_time, Unset):
            delivered_time = UNSET
        else:
            delivered_time = self.delivered_time

        carriage: float | None | Unset
        if isinstance(self.carriage, Unset):
            carriage = UNSET
        else:
            carriage = self.carriage

        logistics_company_id: int | None | str | Unset
        if isinstance(self.logistics_company_id, Unset):
            logistics_company_id = UNSET
        else:
            logistics_company_id = self.logistics_company_id

        logistics_company_no: None | str | Unset
        if isinstance(self.logistics_company_no, Unset):
            logistics_company_no = UNSET
        else:
            logistics_company_no = self.logistics_company_no

        logistics_company_name: None | str | Unset
        if isinstance(self.logistics_company_name, Unset):
            logistics_company_name = UNSET
        else:
            logistics_company_name = self.logistics_company_name

        logistics_bill_no: None | str | Unset
        if isinstance(self.logistics_bill_no, Unset):
            logistics_bill_no = UNSET
        else:
            logistics_bill_no = self.logistics_bill_no

        sub_item_ids: None | str | Unset
        if isinstance(self.sub_item_ids, Unset):
            sub_item_ids = UNSET
        else:
            sub_item_ids = self.sub_item_ids

        from_province: None | str | Unset
        if isinstance(self.from_province, Unset):
            from_province = UNSET
        else:
            from_province = self.from_province

        from_city: None | str | Unset
        if isinstance(self.from_city, Unset):
            from_city = UNSET
        else:
            from_city = self.from_city

        from_area: None | str | Unset
        if isinstance(self.from_area, Unset):
            from_area = UNSET
        else:
            from_area = self.from_area

        from_address: None | str | Unset
        if isinstance(self.from_address, Unset):
            from_address = UNSET
        else:
            from_address = self.from_address

        from_phone: None | str | Unset
        if isinstance(self.from_phone, Unset):
            from_phone = UNSET
        else:
            from_phone = self.from_phone

        from_mobile: None | str | Unset
        if isinstance(self.from_mobile, Unset):
            from_mobile = UNSET
        else:
            from_mobile = self.from_mobile

        from_post: None | str | Unset
        if isinstance(self.from_post, Unset):
            from_post = UNSET
        else:
            from_post = self.from_post

        to_province: None | str | Unset
        if isinstance(self.to_province, Unset):
            to_province = UNSET
        else:
            to_province = self.to_province

        to_city: None | str | Unset
        if isinstance(self.to_city, Unset):
            to_city = UNSET
        else:
            to_city = self.to_city

        to_area: None | str | Unset
        if isinstance(self.to_area, Unset):
            to_area = UNSET
        else:
            to_area = self.to_area

        to_address: None | str | Unset
        if isinstance(self.to_address, Unset):
            to_address = UNSET
        else:
            to_address = self.to_address

        to_phone: None | str | Unset
        if isinstance(self.to_phone, Unset):
            to_phone = UNSET
        else:
            to_phone = self.to_phone

        to_mobile: None | str | Unset
        if isinstance(self.to_mobile, Unset):
            to_mobile = UNSET
        else:
            to_mobile = self.to_mobile

        to_post: None | str | Unset
        if isinstance(self.to_post, Unset):
            to_post = UNSET
        else:
            to_post = self.to_post

        no_logistics_condition: None | str | Unset
        if isinstance(self.no_logistics_condition, Unset):
            no_logistics_condition = UNSET
        else:
            no_logistics_condition = self.no_logistics_condition

        no_logistics_name: None | str | Unset
        if isinstance(self.no_logistics_name, Unset):
            no_logistics_name = UNSET
        else:
            no_logistics_name = self.no_logistics_name

        no_logistics_tel: None | str | Unset
        if isinstance(self.no_logistics_tel, Unset):
            no_logistics_tel = UNSET
        else:
            no_logistics_tel = self.no_logistics_tel

        no_logistics_bill_no: None | str | Unset
        if isinstance(self.no_logistics_bill_no, Unset):
            no_logistics_bill_no = UNSET
        else:
            no_logistics_bill_no = self.no_logistics_bill_no

        is_time_promise: bool | None | Unset
        if isinstance(self.is_time_promise, Unset):
            is_time_promise = UNSET
        else:
            is_time_promise = self.is_time_promise

        arrive_time: None | str | Unset
        if isinstance(self.arrive_time, Unset):
            arrive_time = UNSET
        else:
            arrive_time = self.arrive_time

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

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if logistics_code is not UNSET:
            field_dict["logisticsCode"] = logistics_code
        if type_ is not UNSET:
            field_dict["type"] = type_
        if status is not UNSET:
            field_dict["status"] = status
        if delivered_time is not UNSET:
            field_dict["deliveredTime"] = delivered_time
        if carriage is not UNSET:
            field_dict["carriage"] = carriage
        if logistics_company_id is not UNSET:
            field_dict["logisticsCompanyId"] = logistics_company_id
        if logistics_company_no is not UNSET:
            field_dict["logisticsCompanyNo"] = logistics_company_no
        if logistics_company_name is not UNSET:
            field_dict["logisticsCompanyName"] = logistics_company_name
        if logistics_bill_no is not UNSET:
            field_dict["logisticsBillNo"] = logistics_bill_no
        if sub_item_ids is not UNSET:
            field_dict["subItemIds"] = sub_item_ids
        if from_province is not UNSET:
            field_dict["fromProvince"] = from_province
        if from_city is not UNSET:
            field_dict["fromCity"] = from_city
        if from_area is not UNSET:
            field_dict["fromArea"] = from_area
        if from_address is not UNSET:
            field_dict["fromAddress"] = from_address
        if from_phone is not UNSET:
            field_dict["fromPhone"] = from_phone
        if from_mobile is not UNSET:
            field_dict["fromMobile"] = from_mobile
        if from_post is not UNSET:
            field_dict["fromPost"] = from_post
        if to_province is not UNSET:
            field_dict["toProvince"] = to_province
        if to_city is not UNSET:
            field_dict["toCity"] = to_city
        if to_area is not UNSET:
            field_dict["toArea"] = to_area
        if to_address is not UNSET:
            field_dict["toAddress"] = to_address
        if to_phone is not UNSET:
            field_dict["toPhone"] = to_phone
        if to_mobile is not UNSET:
            field_dict["toMobile"] = to_mobile
        if to_post is not UNSET:
            field_dict["toPost"] = to_post
        if no_logistics_condition is not UNSET:
            field_dict["noLogisticsCondition"] = no_logistics_condition
        if no_logistics_name is not UNSET:
            field_dict["noLogisticsName"] = no_logistics_name
        if no_logistics_tel is not UNSET:
            field_dict["noLogisticsTel"] = no_logistics_tel
        if no_logistics_bill_no is not UNSET:
            field_dict["noLogisticsBillNo"] = no_logistics_bill_no
        if is_time_promise is not UNSET:
            field_dict["isTimePromise"] = is_time_promise
        if arrive_time is not UNSET:
            field_dict["arriveTime"] = arrive_time
        if gmt_create is not UNSET:
            field_dict["gmtCreate"] = gmt_create
        if gmt_modified is not UNSET:
            field_dict["gmtModified"] = gmt_modified

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

        logistics_code: None | str | Unset = d.pop("logisticsCode", UNSET)

        type_: None | str | Unset = d.pop("type", UNSET)

        status: None | str | Unset = d.pop("status", UNSET)

        delivered_time: None | str | Unset = d.pop("deliveredTime", UNSET)

        carriage: float | None | Unset = d.pop("carriage", UNSET)

        logistics_company_id: int | None | str | Unset = d.pop(
            "logisticsCompanyId", UNSET
        )

        logistics_company_no: None | str | Unset = d.pop("logisticsCompanyNo", UNSET)

        logistics_company_name: None | str | Unset = d.pop(
            "logisticsCompanyName", UNSET
        )

        logistics_bill_no: None | str | Unset = d.pop("logisticsBillNo", UNSET)

        sub_item_ids: None | str | Unset = d.pop("subItemIds", UNSET)

        from_province: None | str | Unset = d.pop("fromProvince", UNSET)

        from_city: None | str | Unset = d.pop("fromCity", UNSET)

        from_area: None | str | Unset = d.pop("fromArea", UNSET)

        from_address: None | str | Unset = d.pop("fromAddress", UNSET)

        from_phone: None | str | Unset = d.pop("fromPhone", UNSET)

        from_mobile: None | str | Unset = d.pop("fromMobile", UNSET)

        from_post: None | str | Unset = d.pop("fromPost", UNSET)

        to_province: None | str | Unset = d.pop("toProvince", UNSET)

        to_city: None | str | Unset = d.pop("toCity", UNSET)

        to_area: None | str | Unset = d.pop("toArea", UNSET)

        to_address: None | str | Unset = d.pop("toAddress", UNSET)

        to_phone: None | str | Unset = d.pop("toPhone", UNSET)

        to_mobile: None | str | Unset = d.pop("toMobile", UNSET)

        to_post: None | str | Unset = d.pop("toPost", UNSET)

        no_logistics_condition: None | str | Unset = d.pop(
            "noLogisticsCondition", UNSET
        )

        no_logistics_name: None | str | Unset = d.pop("noLogisticsName", UNSET)

        no_logistics_tel: None | str | Unset = d.pop("noLogisticsTel", UNSET)

        no_logistics_bill_no: None | str | Unset = d.pop("noLogisticsBillNo", UNSET)

        is_time_promise: bool | None | Unset = d.pop("isTimePromise", UNSET)

        arrive_time: None | str | Unset = d.pop("arriveTime", UNSET)

        gmt_create: None | str | Unset = d.pop("gmtCreate", UNSET)

        gmt_modified: None | str | Unset = d.pop("gmtModified", UNSET)

        alibaba_order_logistics_item = cls(
            id=id,
            logistics_code=logistics_code,
            type_=type_,
            status=status,
            delivered_time=delivered_time,
            carriage=carriage,
            logistics_company_id=logistics_company_id,
            logistics_company_no=logistics_company_no,
            logistics_company_name=logistics_company_name,
            logistics_bill_no=logistics_bill_no,
            sub_item_ids=sub_item_ids,
            from_province=from_province,
            from_city=from_city,
            from_area=from_area,
            from_address=from_address,
            from_phone=from_phone,
            from_mobile=from_mobile,
            from_post=from_post,
            to_province=to_province,
            to_city=to_city,
            to_area=to_area,
            to_address=to_address,
            to_phone=to_phone,
            to_mobile=to_mobile,
            to_post=to_post,
            no_logistics_condition=no_logistics_condition,
            no_logistics_name=no_logistics_name,
            no_logistics_tel=no_logistics_tel,
            no_logistics_bill_no=no_logistics_bill_no,
            is_time_promise=is_time_promise,
            arrive_time=arrive_time,
            gmt_create=gmt_create,
            gmt_modified=gmt_modified,
        )

        alibaba_order_logistics_item.additional_properties = d
        return alibaba_order_logistics_item

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
