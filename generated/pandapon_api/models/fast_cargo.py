from __future__ import annotations

from collections.abc import Iterator, Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, model_to_json, set_fields_repr

T = TypeVar("T", bound="FastCargo")


@_attrs_define
class FastCargo:
    """One line to buy in a 1688 preview or create-order call (schema name as in the docs). The v2 Chinese batch-create
    page shows six fields and identifies the product by the encoded `offerMapId` and the shop by `sellerOpenId`; the v2
    English page shows a three-field FastCargo whose first field is `offerId`, like the older generation's lines
    (`offerId`, `specId`, `quantity`). Both kinds of line are accepted; which one the server wants is recorded as a
    disagreement on `batchCreateAlibabaOrders`.

        Attributes:
            seller_open_id (None | str | Unset): Encoded seller (shop) id, e.g. "BBBgGWh2O6JFI6v1aQuZVgRIA".
            offer_map_id (None | str | Unset): Encoded 1688 product id, e.g. "L0PTnwSnx_dWNZWCtgK7Gg".
            offer_id (int | None | str | Unset): Numeric 1688 product id, as the older generation and the v2 English batch-
                create page name the line's product (prefer `offerMapId` + `sellerOpenId` where you have them).
            spec_id (None | str | Unset): SKU spec id (32 hex characters).
            quantity (float | None | Unset): Quantity to buy.
            product_no (None | str | Unset): Product number (purpose not documented).
            container (None | str | Unset): Container or box number (purpose not documented).
    """

    seller_open_id: None | str | Unset = UNSET
    offer_map_id: None | str | Unset = UNSET
    offer_id: int | None | str | Unset = UNSET
    spec_id: None | str | Unset = UNSET
    quantity: float | None | Unset = UNSET
    product_no: None | str | Unset = UNSET
    container: None | str | Unset = UNSET
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
        seller_open_id: None | str | Unset
        if isinstance(self.seller_open_id, Unset):
            seller_open_id = UNSET
        else:
            seller_open_id = self.seller_open_id

        offer_map_id: None | str | Unset
        if isinstance(self.offer_map_id, Unset):
            offer_map_id = UNSET
        else:
            offer_map_id = self.offer_map_id

        offer_id: int | None | str | Unset
        if isinstance(self.offer_id, Unset):
            offer_id = UNSET
        else:
            offer_id = self.offer_id

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

        product_no: None | str | Unset
        if isinstance(self.product_no, Unset):
            product_no = UNSET
        else:
            product_no = self.product_no

        container: None | str | Unset
        if isinstance(self.container, Unset):
            container = UNSET
        else:
            container = self.container

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if seller_open_id is not UNSET:
            field_dict["sellerOpenId"] = seller_open_id
        if offer_map_id is not UNSET:
            field_dict["offerMapId"] = offer_map_id
        if offer_id is not UNSET:
            field_dict["offerId"] = offer_id
        if spec_id is not UNSET:
            field_dict["specId"] = spec_id
        if quantity is not UNSET:
            field_dict["quantity"] = quantity
        if product_no is not UNSET:
            field_dict["productNo"] = product_no
        if container is not UNSET:
            field_dict["container"] = container

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
        seller_open_id: None | str | Unset = d.pop("sellerOpenId", UNSET)

        offer_map_id: None | str | Unset = d.pop("offerMapId", UNSET)

        offer_id: int | None | str | Unset = d.pop("offerId", UNSET)

        spec_id: None | str | Unset = d.pop("specId", UNSET)

        quantity: float | None | Unset = d.pop("quantity", UNSET)

        product_no: None | str | Unset = d.pop("productNo", UNSET)

        container: None | str | Unset = d.pop("container", UNSET)

        fast_cargo = cls(
            seller_open_id=seller_open_id,
            offer_map_id=offer_map_id,
            offer_id=offer_id,
            spec_id=spec_id,
            quantity=quantity,
            product_no=product_no,
            container=container,
        )

        fast_cargo.additional_properties = d
        return fast_cargo

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
