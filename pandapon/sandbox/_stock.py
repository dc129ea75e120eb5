"""What buying checks on both platforms: a quantity of at least one, and stock that two lines
of one order cannot together overdraw."""

from __future__ import annotations

from typing import Any

from ._errors import BAD_REQUEST, ILLEGAL_STATE, BusinessError


def positive_quantity(value: Any) -> int:
    """A quantity to buy: at least one."""
    if isinstance(value, bool) or not isinstance(value, int) or value < 1:
        raise BusinessError(BAD_REQUEST, "quantity must be at least 1")
    return value


def draw_stock(drawn: dict[Any, int], sku: Any, name: str, quantity: int, stock: int) -> None:
    """Counts ``quantity`` of ``sku`` (named ``name`` in the refusal) against its stock;
    ``drawn`` holds what the order's earlier lines took, so two lines of one SKU cannot
    together ask for more than there is."""
    drawn[sku] = drawn.get(sku, 0) + quantity
    if drawn[sku] > stock:
        raise BusinessError(ILLEGAL_STATE, f"only {stock} of {name} left")
