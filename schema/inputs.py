"""What the API accepts as input, checked once for every operation: the Decimal, DateTime, Date
and Upload scalars, and text without NUL characters or lone surrogates.

A value outside these bounds is the caller's mistake, answered with BAD_USER_INPUT before any
resolver runs, never an error from the database or from date arithmetic:

- Decimal: a finite number (no NaN or Infinity) below 10^12 in magnitude;
- DateTime and Date: years FIRST_YEAR to LAST_YEAR. Python's datetime stops at year 1..9999,
  so a time near either end cannot be moved to UTC or a day later; no training, exam or drill
  lies outside these years;
- Upload: a file sent as a multipart part (the GraphQL multipart request spec), not a string;
- String and ID: no U+0000 (PostgreSQL text cannot hold it) and no lone surrogate (not a
  character at all; no encoding can store it).
"""

from __future__ import annotations

import datetime as dt
import decimal
import re
from collections.abc import Iterator
from typing import Any

import dateutil.parser
from graphql import DocumentNode, GraphQLError, StringValueNode, visit
from graphql.language import Visitor
from strawberry.extensions import SchemaExtension
from strawberry.file_uploads import Upload
from strawberry.types.scalar import ScalarDefinition, scalar

from schema.memo import ByDocument

FIRST_YEAR = 1900
LAST_YEAR = 2999
DECIMAL_DIGITS = 12  # digits before the point
DECIMAL_LIMIT = decimal.Decimal(10) ** DECIMAL_DIGITS

# NUL, and a surrogate code point that is not part of a pair (Python strings hold those as
# single characters; a well-formed pair decodes to one character outside this range).
BAD_TEXT = re.compile("[\x00\ud800-\udfff]")


def bad_input(message: str) -> GraphQLError:
    return GraphQLError(message, extensions={"code": "BAD_USER_INPUT"})


def parse_decimal(value: object) -> decimal.Decimal:
    if isinstance(value, bool) or not isinstance(value, str | int | float):
        raise bad_input("A Decimal is a number or a string holding one.")
    try:
        number = decimal.Decimal(str(value).strip())
    except decimal.DecimalException:
        raise bad_input(f"{str(value)[:40]!r} is not a decimal number.") from None
    if not number.is_finite():
        raise bad_input("A Decimal must be a finite number: not NaN or Infinity.")
    if abs(number) >= DECIMAL_LIMIT:
        raise bad_input(f"A Decimal must be below 10^{DECIMAL_DIGITS} in magnitude.")
    return number


def _within_years(moment: dt.date, kind: str) -> None:
    if not FIRST_YEAR <= moment.year <= LAST_YEAR:
        raise bad_input(f"A {kind} must lie in the years {FIRST_YEAR} to {LAST_YEAR}.")


def parse_datetime(value: object) -> dt.datetime:
    if not isinstance(value, str):
        raise bad_input("A DateTime is an ISO 8601 string.")
    try:
        moment = dateutil.parser.isoparse(value)
    except (ValueError, OverflowError):
        raise bad_input(f"{value[:40]!r} is not an ISO 8601 date and time.") from None
    _within_years(moment, "DateTime")
    return moment


def parse_date(value: object) -> dt.date:
    if not isinstance(value, str):
        raise bad_input("A Date is an ISO 8601 string (YYYY-MM-DD).")
    try:
        day = dt.date.fromisoformat(value)
    except ValueError:
        raise bad_input(f"{value[:40]!r} is not an ISO 8601 date (YYYY-MM-DD).") from None
    _within_years(day, "Date")
    return day


def parse_upload(value: object) -> object:
    # Multipart requests put a file object (Starlette's UploadFile) where the map says.
    if not callable(getattr(value, "read", None)):
        raise bad_input("An Upload is a file sent as a part of a multipart request.")
    return value


def _isoformat(value: dt.date) -> str:
    return value.isoformat()


SCALARS: dict[object, ScalarDefinition] = {
    decimal.Decimal: scalar(
        name="Decimal",
        description=(
            "A decimal number, sent as a string (or a number) and answered as a string: "
            f"finite, below 10^{DECIMAL_DIGITS} in magnitude."
        ),
        serialize=str,
        parse_value=parse_decimal,
    ),
    dt.datetime: scalar(
        name="DateTime",
        description=(
            "A date with time, ISO 8601 (with an offset; without one it is the county's local "
            f"time), in the years {FIRST_YEAR} to {LAST_YEAR}."
        ),
        serialize=_isoformat,
        parse_value=parse_datetime,
    ),
    dt.date: scalar(
        name="Date",
        description=f"A date, ISO 8601 (YYYY-MM-DD), in the years {FIRST_YEAR} to {LAST_YEAR}.",
        serialize=_isoformat,
        parse_value=parse_date,
    ),
    Upload: scalar(
        name="Upload",
        description="A file, sent as a part of a multipart request.",
        serialize=lambda value: value,
        parse_value=parse_upload,
    ),
}


# --- text --------------------------------------------------------------------------------------


def bad_text(value: Any, depth: int = 0) -> bool:
    """Whether a JSON value holds a string (a key too) with NUL or a lone surrogate."""
    if isinstance(value, str):
        return BAD_TEXT.search(value) is not None
    if depth > 64:  # deeper than any input type: coercion refuses it anyway
        return False
    if isinstance(value, dict):
        return any(bad_text(k) or bad_text(v, depth + 1) for k, v in value.items())
    if isinstance(value, list | tuple):
        return any(bad_text(item, depth + 1) for item in value)
    return False


class _StringLiterals(Visitor):
    def __init__(self) -> None:
        super().__init__()
        self.bad = False

    def enter_string_value(self, node: StringValueNode, *_args: Any) -> Any:
        if BAD_TEXT.search(node.value):
            self.bad = True
            return self.BREAK
        return None


_LITERALS = ByDocument()


def _bad_literals(document: DocumentNode) -> bool:
    def look() -> bool:
        literals = _StringLiterals()
        visit(document, literals)
        return literals.bad

    return _LITERALS.get(document, None, look)


class CleanText(SchemaExtension):
    """Refuse, before execution, an operation whose variables or string literals hold NUL or a
    lone surrogate: every String and ID input is checked here, once. Like the cost limit it
    checks a valid document, so it is listed after ValidationCache."""

    def on_validate(self) -> Iterator[None]:
        context = self.execution_context
        document = context.graphql_document
        if not context.pre_execution_errors and document is not None:  # noqa: SIM102
            if _bad_literals(document) or bad_text(context.variables):
                context.pre_execution_errors = [
                    bad_input(
                        "Text may not contain the character U+0000 or a lone surrogate "
                        "(half of a UTF-16 pair)."
                    )
                ]
        yield
