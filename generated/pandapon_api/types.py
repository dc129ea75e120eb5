"""Contains some shared types for properties"""

from collections.abc import Mapping, MutableMapping
from http import HTTPStatus
from typing import IO, Any, BinaryIO, Generic, Literal, TypeVar

from attrs import define, fields


class Unset:
    """The value of a field that was not sent (as opposed to ``None``, sent as ``null``)."""

    def __bool__(self) -> Literal[False]:
        return False

    def __repr__(self) -> str:
        return "UNSET"

    def __reduce__(self) -> str:
        # The module's UNSET itself after a pickle, copy or deepcopy: models compare their
        # fields with ==, and a second Unset() would make a model unequal to its copy.
        return "UNSET"


UNSET: Unset = Unset()


def set_fields_repr(model: Any) -> str:
    """A model's repr with only the fields it has (not ``UNSET``), and what else the server sent."""
    shown = [
        f"{field.name}={value!r}"
        for field in fields(type(model))
        if field.name != "additional_properties"
        and not field.name.startswith("_")
        and not isinstance(value := getattr(model, field.name), Unset)
    ]
    extra = getattr(model, "additional_properties", None)
    if extra:
        shown.append(f"additional_properties={extra!r}")
    return f"{type(model).__name__}({', '.join(shown)})"


def model_to_json(model: Any, indent: int | None = None) -> str:
    """``model.to_json()``: its ``to_dict()`` as JSON text (UTF-8 characters kept as they are)."""
    import json

    return json.dumps(model.to_dict(), ensure_ascii=False, indent=indent)


def to_jsonable(value: Any) -> Any:
    """A nested model as JSON-ready data; anything else (a plain mapping from the caller, or a
    wrong value) as it is, for pandapon's request validation to accept or name."""
    to_dict = getattr(value, "to_dict", None)
    return to_dict() if callable(to_dict) else value


# The types that `httpx.Client(files=)` can accept, copied from that library.
FileContent = IO[bytes] | bytes | str
FileTypes = (
    # (filename, file (or bytes), content_type)
    tuple[str | None, FileContent, str | None]
    # (filename, file (or bytes), content_type, headers)
    | tuple[str | None, FileContent, str | None, Mapping[str, str]]
)
RequestFiles = list[tuple[str, FileTypes]]


@define
class File:
    """Contains information for file uploads"""

    payload: BinaryIO
    file_name: str | None = None
    mime_type: str | None = None

    def to_tuple(self) -> FileTypes:
        """Return a tuple representation that httpx will accept for multipart/form-data"""
        return self.file_name, self.payload, self.mime_type


T = TypeVar("T")


@define
class Response(Generic[T]):
    """A response from an endpoint"""

    status_code: HTTPStatus
    content: bytes
    headers: MutableMapping[str, str]
    parsed: T | None


__all__ = ["UNSET", "File", "FileTypes", "RequestFiles", "Response", "Unset"]
