"""Money as ``Decimal``, never float.

The spec lists the property names that carry money (``x-pandapon-money-fields``); for those,
``money(obj, "price")`` gives the exact value. JSON numbers arrive as Python floats; a float's
``repr`` is the shortest text that reads back to it, so ``Decimal(repr(x))`` recovers the number
as PandaPon wrote it (``12.1`` stays ``12.1``, not ``12.0999999999999996447…``). The unit (fen or
yuan) is whatever the operation uses; it is not converted.
"""

from __future__ import annotations

from decimal import Decimal, InvalidOperation
from typing import Any

import attrs
from pandapon_api.sdk_metadata import MONEY_FIELDS
from pandapon_api.types import Unset

from ._exceptions import InvalidArgumentError


def to_decimal(value: Any) -> Decimal | None:
    """An exact ``Decimal`` from a money value as received (int, float or str); None stays None."""
    if value is None or isinstance(value, Unset):
        return None
    if isinstance(value, bool):
        raise InvalidArgumentError("a boolean is not an amount of money")
    if isinstance(value, int):
        return Decimal(value)
    if isinstance(value, Decimal):
        amount = value
    elif isinstance(value, float):
        amount = Decimal(repr(value))
    elif isinstance(value, str):
        try:
            amount = Decimal(value.strip())
        except InvalidOperation:
            raise InvalidArgumentError(f"not an amount of money: {value!r}") from None
    else:
        raise InvalidArgumentError(f"not an amount of money: {type(value).__name__}")
    if not amount.is_finite():  # NaN, "Infinity": Decimal reads them, but they are no amount
        raise InvalidArgumentError(f"not an amount of money: {value!r}")
    return amount


def money_fields(obj: Any) -> dict[str, Decimal | None]:
    """Every money field of a generated model and of the models inside it, as ``Decimal``, by
    attribute path: ``total_amount``, ``base_info.total_amount``, ``product_items[0].price``."""
    found: dict[str, Decimal | None] = {}
    _collect(obj, "", found)
    return found


def _collect(obj: Any, prefix: str, found: dict[str, Decimal | None]) -> None:
    for name in MONEY_FIELDS.get(type(obj).__name__, {}):
        found[prefix + name] = to_decimal(getattr(obj, name, None))
    if not attrs.has(type(obj)):
        return
    for field in attrs.fields(type(obj)):
        value = getattr(obj, field.name)
        if attrs.has(type(value)):
            _collect(value, f"{prefix}{field.name}.", found)
        elif isinstance(value, list):
            for index, item in enumerate(value):
                if attrs.has(type(item)):
                    _collect(item, f"{prefix}{field.name}[{index}].", found)


def money(obj: Any, field: str) -> Decimal | None:
    """The money field ``field`` (attribute or wire name) of a generated model, as ``Decimal``."""
    fields = MONEY_FIELDS.get(type(obj).__name__, {})
    attribute = (
        field if field in fields else next((a for a, w in fields.items() if w == field), None)
    )
    if attribute is None:
        known = ", ".join(fields) or "none"
        raise InvalidArgumentError(
            f"{type(obj).__name__}.{field} is not a money field (money fields: {known})"
        )
    return to_decimal(getattr(obj, attribute))
