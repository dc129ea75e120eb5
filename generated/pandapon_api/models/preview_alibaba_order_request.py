from __future__ import annotations

from collections.abc import Iterator, Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, model_to_json, set_fields_repr, to_jsonable

T = TypeVar("T", bound="PreviewAlibabaOrderRequest")


@_attrs_define
class PreviewAlibabaOrderRequest:
    """Address and lines to preview. The page marks neither field required; an empty line list is refused (the doc says it
    must not be empty).

        Attributes:
            address_param (FastAdress | Unset): 1688 shipping address used by the 1688 preview and create-order calls
                (schema name and spelling as in the docs). The newest pages mark every field optional.
            cargo_param_list (list[FastCargo] | Unset): Lines to preview; must not be empty.
    """

    address_param: FastAdress | Unset = UNSET
    cargo_param_list: list[FastCargo] | Unset = UNSET
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
        address_param: dict[str, Any] | Unset = UNSET
        if not isinstance(self.address_param, Unset):
            address_param = to_jsonable(self.address_param)

        cargo_param_list: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.cargo_param_list, Unset):
            cargo_param_list = []
            for cargo_param_list_item_data in self.cargo_param_list:
                cargo_param_list_item = to_jsonable(cargo_param_list_item_data)
                cargo_param_list.append(cargo_param_list_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if address_param is not UNSET:
            field_dict["addressParam"] = address_param
        if cargo_param_list is not UNSET:
            field_dict["cargoParamList"] = cargo_param_list

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
        _address_param = d.pop("addressParam", UNSET)
        address_param: FastAdress | Unset
        if isinstance(_address_param, Unset):
            address_param = UNSET
        else:
            address_param = FastAdress.from_dict(_address_param)

        _cargo_param_list = d.pop("cargoParamList", UNSET)
        cargo_param_list: list[FastCargo] | Unset = UNSET
        if _cargo_param_list is not UNSET:
            cargo_param_list = []
            for cargo_param_list_item_data in _cargo_param_list:
                cargo_param_list_item = FastCargo.from_dict(cargo_param_list_item_data)

                cargo_param_list.append(cargo_param_list_item)

        preview_alibaba_order_request = cls(
            address_param=address_param,
            cargo_param_list=cargo_param_list,
        )

        preview_alibaba_order_request.additional_properties = d
        return preview_alibaba_order_request

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
from ..models.fast_adress import FastAdress
from ..models.fast_cargo import FastCargo
