"""Opaque global IDs ("Type:pk" in base64) and their checked decoding.

A pk is a positive number that fits its column: int4 (PostgreSQL's serial) for most tables,
int8 for the append-only ledger. An ID naming a number outside that range names no row; it is
refused as malformed rather than sent to the database, which would fail on it.
"""

from __future__ import annotations

from binascii import b2a_base64

from strawberry.relay import from_base64

from models.errors import fail
from schema.errors import coded_error

INT4_MAX = 2**31 - 1
INT8_MAX = 2**63 - 1
# The types whose table has a BIGINT primary key; every other table's is an INT.
WIDE_KEYS = frozenset({"ScoreEvent", "AuditEntry"})


def global_id(type_name: str, pk: int) -> str:
    """What strawberry's `to_base64(type_name, pk)` makes, without its checks of the type
    argument (this runs for every ID and cursor of a big answer)."""
    return b2a_base64(f"{type_name}:{pk}".encode(), newline=False).decode()


def parse_key(raw: object, largest: int = INT4_MAX, smallest: int = 1) -> int | None:
    """A decimal number from `smallest` to `largest`, in ASCII digits; None otherwise."""
    text = str(raw)
    if not (text.isascii() and text.isdigit()) or len(text) > 19:
        return None
    number = int(text)
    return number if smallest <= number <= largest else None


def decode(value: str | None) -> tuple[str, int] | None:
    try:
        type_name, raw = from_base64(str(value))
    except (ValueError, TypeError):
        return None
    pk = parse_key(raw, INT8_MAX if type_name in WIDE_KEYS else INT4_MAX)
    return None if pk is None else (type_name, pk)


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
