"""Opaque global IDs ("Type:pk" in base64) and their checked decoding."""

from __future__ import annotations

from strawberry.relay import from_base64, to_base64

from models.errors import fail
from schema.errors import coded_error


def global_id(type_name: str, pk: int) -> str:
    return to_base64(type_name, pk)


def decode(value: str | None) -> tuple[str, int] | None:
    try:
        type_name, raw = from_base64(str(value))
        return type_name, int(raw)
    except (ValueError, TypeError):
        return None


def parse_id(value: str, type_name: str, field: str) -> int:
    """The pk of a `type_name` global ID given in mutation input; a userError otherwise."""
    decoded = decode(value)
    if decoded is None or decoded[0] != type_name:
        fail("INVALID_ID", f"{field} must be the ID of a {type_name}.", field)
    return decoded[1]


def parse_optional_id(value: str | None, type_name: str, field: str) -> int | None:
    return None if value is None else parse_id(value, type_name, field)


def argument_id(value: str | None, type_name: str, argument: str) -> int | None:
    """The pk of a global ID given as a query argument; a BAD_USER_INPUT error otherwise."""
    if value is None:
        return None
    decoded = decode(value)
    if decoded is None or decoded[0] != type_name:
        raise coded_error("BAD_USER_INPUT", f"{argument} must be the ID of a {type_name}.")
    return decoded[1]
