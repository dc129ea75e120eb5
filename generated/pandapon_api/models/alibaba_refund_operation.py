from __future__ import annotations

from collections.abc import Iterator, Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, model_to_json, set_fields_repr, to_jsonable

T = TypeVar("T", bound="AlibabaRefundOperation")


@_attrs_define
class AlibabaRefundOperation:
    """One step in the history of a 1688 refund.

    Attributes:
        id (int | None | Unset): Record id.
        refund_id (None | str | Unset): Refund number.
        before_operate_status (None | str | Unset): Status before the step.
        after_operate_status (None | str | Unset): Status after the step.
        operate_type_int (int | None | Unset): Operation type.
        operate_remark (None | str | Unset): Operation remark.
        operator_id (None | str | Unset): Operator member id.
        operator_login_id (None | str | Unset): Operator login id.
        operator_role_id (int | None | Unset): Operator role (buyer, seller or system).
        operator_user_id (int | None | Unset): Operator user id.
        discription (None | str | Unset): Text of the step (upstream spelling).
        msg_type (int | None | Unset): Message type: 3 staff to both, 4 to buyer, 5 to seller, 7 normal message.
        message_status (int | None | Unset): Message status: 1 normal, 2 hidden by staff.
        vouchers (list[str] | None | Unset): Voucher image URLs.
        freight_bill (None | str | Unset): Waybill number.
        logistics_company (AlibabaLogisticsCompany | None | Unset): Carrier of the return.
        refund_address (None | str | Unset): Return address.
        reject_reason (None | str | Unset): Rejection reason.
        email (None | str | Unset): E-mail.
        mobile (None | str | Unset): Mobile.
        phone (None | str | Unset): Phone.
        close_refund_step_id (int | None | Unset): Step id that closed the refund.
        crm_modify_refund (bool | None | Unset): Whether customer service modified the refund.
        gmt_create (None | str | Unset): When the step was created.
        gmt_modified (None | str | Unset): When the step was modified.
    """

    id: int | None | Unset = UNSET
    refund_id: None | str | Unset = UNSET
    before_operate_status: None | str | Unset = UNSET
    after_operate_status: None | str | Unset = UNSET
    operate_type_int: int | None | Unset = UNSET
    operate_remark: None | str | Unset = UNSET
    operator_id: None | str | Unset = UNSET
    operator_login_id: None | str | Unset = UNSET
    operator_role_id: int | None | Unset = UNSET
    operator_user_id: int | None | Unset = UNSET
    discription: None | str | Unset = UNSET
    msg_type: int | None | Unset = UNSET
    message_status: int | None | Unset = UNSET
    vouchers: list[str] | None | Unset = UNSET
    freight_bill: None | str | Unset = UNSET
    logistics_company: AlibabaLogisticsCompany | None | Unset = UNSET
    refund_address: None | str | Unset = UNSET
    reject_reason: None | str | Unset = UNSET
    email: None | str | Unset = UNSET
    mobile: None | str | Unset = UNSET
    phone: None | str | Unset = UNSET
    close_refund_step_id: int | None | Unset = UNSET
    crm_modify_refund: bool | None | Unset = UNSET
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

        refund_id: None | str | Unset
        if isinstance(self.refund_id, Unset):
            refund_id = UNSET
        else:
            refund_id = self.refund_id

        before_operate_status: None | str | Unset
        if isinstance(self.before_operate_status, Unset):
            before_operate_status = UNSET
        else:
            before_operate_status = self.before_operate_status

        after_operate_status: None | str | Unset
        if isinstance(self.after_operate_status, Unset):
            after_operate_status = UNSET
        else:
            after_operate_status = self.after_operate_status

        operate_type_int: int | None | Unset
        if isinstance(self.operate_type_int, Unset):
            operate_type_int = UNSET
        else:
            operate_type_int = self.operate_type_int

        operate_remark: None | str | Unset
        if isinstance(self.operate_remark, Unset):
            operate_remark = UNSET
        else:
            operate_remark = self.operate_remark

        operator_id: None | str | Unset
        if isinstance(self.operator_id, Unset):
            operator_id = UNSET
        else:
            operator_id = self.operator_id

        operator_login_id: None | str | Unset
        if isinstance(self.operator_login_id, Unset):
            operator_login_id = UNSET
        else:
            operator_login_id = self.operator_login_id

        operator_role_id: int | None | Unset
        if isinstance(self.operator_role_id, Unset):
            operator_role_id = UNSET
        else:
            operator_role_id = self.operator_role_id

        operator_user_id: int | None | Unset
        if isinstance(self.operator_user_id, Unset):
            operator_user_id = UNSET
        else:
            operator_user_id = self.operator_user_id

        discription: None | str | Unset
        if isinstance(self.discription, Unset):
            discription = UNSET
        else:
            discription = self.discription

        msg_type: int | None | Unset
        if isinstance(self.msg_type, Unset):
            msg_type = UNSET
        else:
            msg_type = self.msg_type

        message_status: int | None | Unset
        if isinstance(self.message_status, Unset):
            message_status = UNSET
        else:
            message_status = self.message_status

        vouchers: list[str] | None | Unset
        if isinstance(self.vouchers, Unset):
            vouchers = UNSET
        elif isinstance(self.vouchers, list):
            vouchers = self.vouchers

        else:
            vouchers = self.vouchers

        freight_bill: None | str | Unset
        if isinstance(self.freight_bill, Unset):
            freight_bill = UNSET
        else:
            freight_bill = self.freight_bill

        logistics_company: dict[str, Any] | None | Unset
        if isinstance(self.logistics_company, Unset):
            logistics_company = UNSET
        elif isinstance(self.logistics_company, AlibabaLogisticsCompany):
            logistics_company = to_jsonable(self.logistics_company)
        else:
            logistics_company = self.logistics_company

        refund_address: None | str | Unset
        if isinstance(self.refund_address, Unset):
            refund_address = UNSET
        else:
            refund_address = self.refund_address

        reject_reason: None | str | Unset
        if isinstance(self.reject_reason, Unset):
            reject_reason = UNSET
        else:
            reject_reason = self.reject_reason

        email: None | str | Unset
        if isinstance(self.email, Unset):
            email = UNSET
        else:
            email = self.email

        mobile: None | str | Unset
        if isinstance(self.mobile, Unset):
            mobile = UNSET
        else:
            mobile = self.mobile

        phone: None | str | Unset
        if isinstance(self.phone, Unset):
            phone = UNSET
        else:
            phone = self.phone

        close_refund_step_id: int | None | Unset
        if isinstance(self.close_refund_step_id, Unset):
            close_refund_step_id = UNSET
        else:
            close_refund_step_id = self.close_refund_step_id

        crm_modify_refund: bool | None | Unset
        if isinstance(self.crm_modify_refund, Unset):
            crm_modify_refund = UNSET
        else:
            crm_modify_refund = self.crm_modify_refund

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
        if refund_id is not UNSET:
            field_dict["refundId"] = refund_id
        if before_operate_status is not UNSET:
            field_dict["beforeOperateStatus"] = before_operate_status
        if after_operate_status is not UNSET:
            field_dict["afterOperateStatus"] = after_operate_status
        if operate_type_int is not UNSET:
            field_dict["operateTypeInt"] = operate_type_int
        if operate_remark is not UNSET:
            field_dict["operateRemark"] = operate_remark
        if operator_id is not UNSET:
            field_dict["operatorId"] = operator_id
        if operator_login_id is not UNSET:
            field_dict["operatorLoginId"] = operator_login_id
        if operator_role_id is not UNSET:
            field_dict["operatorRoleId"] = operator_role_id
        if operator_user_id is not UNSET:
            field_dict["operatorUserId"] = operator_user_id
        if discription is not UNSET:
            field_dict["discription"] = discription
        if msg_type is not UNSET:
            field_dict["msgType"] = msg_type
        if message_status is not UNSET:
            field_dict["messageStatus"] = message_status
        if vouchers is not UNSET:
            field_dict["vouchers"] = vouchers
        if freight_bill is not UNSET:
            field_dict["freightBill"] = freight_bill
        if logistics_company is not UNSET:
            field_dict["logisticsCompany"] = logistics_company
        if refund_address is not UNSET:
            field_dict["refundAddress"] = refund_address
        if reject_reason is not UNSET:
            field_dict["rejectReason"] = reject_reason
        if email is not UNSET:
            field_dict["email"] = email
        if mobile is not UNSET:
            field_dict["mobile"] = mobile
        if phone is not UNSET:
            field_dict["phone"] = phone
        if close_refund_step_id is not UNSET:
            field_dict["closeRefundStepId"] = close_refund_step_id
        if crm_modify_refund is not UNSET:
            field_dict["crmModifyRefund"] = crm_modify_refund
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

        refund_id: None | str | Unset = d.pop("refundId", UNSET)

        before_operate_status: None | str | Unset = d.pop("beforeOperateStatus", UNSET)

        after_operate_status: None | str | Unset = d.pop("afterOperateStatus", UNSET)

        operate_type_int: int | None | Unset = d.pop("operateTypeInt", UNSET)

        operate_remark: None | str | Unset = d.pop("operateRemark", UNSET)

        operator_id: None | str | Unset = d.pop("operatorId", UNSET)

        operator_login_id: None | str | Unset = d.pop("operatorLoginId", UNSET)

        operator_role_id: int | None | Unset = d.pop("operatorRoleId", UNSET)

        operator_user_id: int | None | Unset = d.pop("operatorUserId", UNSET)

        discription: None | str | Unset = d.pop("discription", UNSET)

        msg_type: int | None | Unset = d.pop("msgType", UNSET)

        message_status: int | None | Unset = d.pop("messageStatus", UNSET)

        def _parse_vouchers(data: object) -> list[str] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                vouchers_type_0 = cast(list[str], data)

                return vouchers_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[str] | None | Unset, data)

        vouchers = _parse_vouchers(d.pop("vouchers", UNSET))

        freight_bill: None | str | Unset = d.pop("freightBill", UNSET)

        def _parse_logistics_company(
            data: object,
        ) -> AlibabaLogisticsCompany | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                logistics_company_type_0 = AlibabaLogisticsCompany.from_dict(data)

                return logistics_company_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(AlibabaLogisticsCompany | None | Unset, data)

        logistics_company = _parse_logistics_company(d.pop("logisticsCompany", UNSET))

        refund_address: None | str | Unset = d.pop("refundAddress", UNSET)

        reject_reason: None | str | Unset = d.pop("rejectReason", UNSET)

        email: None | str | Unset = d.pop("email", UNSET)

        mobile: None | str | Unset = d.pop("mobile", UNSET)

        phone: None | str | Unset = d.pop("phone", UNSET)

        close_refund_step_id: int | None | Unset = d.pop("closeRefundStepId", UNSET)

        crm_modify_refund: bool | None | Unset = d.pop("crmModifyRefund", UNSET)

        gmt_create: None | str | Unset = d.pop("gmtCreate", UNSET)

        gmt_modified: None | str | Unset = d.pop("gmtModified", UNSET)

        alibaba_refund_operation = cls(
            id=id,
            refund_id=refund_id,
            before_operate_status=before_operate_status,
            after_operate_status=after_operate_status,
            operate_type_int=operate_type_int,
            operate_remark=operate_remark,
            operator_id=operator_id,
            operator_login_id=operator_login_id,
            operator_role_id=operator_role_id,
            operator_user_id=operator_user_id,
            discription=discription,
            msg_type=msg_type,
            message_status=message_status,
            vouchers=vouchers,
            freight_bill=freight_bill,
            logistics_company=logistics_company,
            refund_address=refund_address,
            reject_reason=reject_reason,
            email=email,
            mobile=mobile,
            phone=phone,
            close_refund_step_id=close_refund_step_id,
            crm_modify_refund=crm_modify_refund,
            gmt_create=gmt_create,
            gmt_modified=gmt_modified,
        )

        alibaba_refund_operation.additional_properties = d
        return alibaba_refund_operation

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
from ..models.alibaba_logistics_company import AlibabaLogisticsCompany
