"""The address book PandaPon keeps per user (``listAddresses``, ``saveAddress``)."""

from __future__ import annotations

from typing import Any, TypedDict

from ._errors import find
from ._registry import Context, Handlers
from ._store import Table

_ADDRESS_FIELDS = ("name", "province", "city", "district", "address", "phone")


class Address(TypedDict, total=False):
    id: int
    name: str
    province: str
    city: str
    district: str
    address: str
    phone: str


ADDRESSES: Table[Address] = Table("addresses", key=lambda a: a["id"])

#: Address 1: the one the examples ship to.
DOC_ADDRESS: Address = {
    "id": 1,
    "name": "张三",
    "province": "浙江省",
    "city": "杭州市",
    "district": "余杭区",
    "address": "文一西路969号",
    "phone": "18600888861",
}


def seed(ctx: Context) -> None:
    ctx.store.put(ADDRESSES, DOC_ADDRESS)
    ctx.store.next_id("address", 0)  # address 1 is taken


def list_addresses(ctx: Context) -> list[Address]:
    return ctx.store.select(ADDRESSES)


def save_address(ctx: Context) -> dict[str, Any]:
    address_id = ctx.field("id")
    if address_id:
        address = find(ctx.store, ADDRESSES, address_id, "address")
    else:
        address = {"id": ctx.store.next_id("address", 0)}
    for name in _ADDRESS_FIELDS:
        if ctx.field(name) is not None:
            address[name] = ctx.field(name)  # type: ignore[literal-required]
    ctx.store.put(ADDRESSES, address)
    return {"id": address["id"]}


HANDLERS: Handlers = {
    "listAddresses": list_addresses,
    "saveAddress": save_address,
}
