"""Statements written by hand, for the few exam-day paths where building a query with the ORM
costs more CPU than the database spends running it.

One text serves both databases: it is written with PostgreSQL's `$1` placeholders, which become
SQLite's numbered `?1`. Values go in as Python objects (the drivers convert ints, text, Decimal,
aware datetimes and booleans the way the ORM does); JSON columns take `as_json(...)` text.
Statements are logged on the same logger as the ORM's, so query counts include them.
"""

from __future__ import annotations

import json
import re
from collections.abc import Sequence
from functools import lru_cache
from typing import Any

from tortoise.backends.base.client import BaseDBAsyncClient
from tortoise.fields.db_defaults import SqlDefault
from tortoise.models import Model

_PLACEHOLDER = re.compile(r"\$(\d+)")


@lru_cache(maxsize=256)
def _text(sql: str, dialect: str) -> str:
    if dialect == "postgres":
        return sql
    return _PLACEHOLDER.sub(r"?\1", sql.replace(" FOR UPDATE", ""))


def as_json(value: Any) -> str:
    return json.dumps(value, ensure_ascii=False, separators=(",", ":"))


def placeholders(rows: int, columns: int) -> str:
    """`($1, $2), ($3, $4)` for a multi-row VALUES list."""
    numbers = iter(range(1, 1 + rows * columns))
    return ", ".join(
        "(" + ", ".join(f"${next(numbers)}" for _ in range(columns)) + ")" for _ in range(rows)
    )


def fits(model: type[Model], field: str, value: str) -> bool:
    """Whether `value` fits the column, so an exact lookup of it could match a row. A longer text
    matches nothing, and Tortoise refuses to send it (ValidationError)."""
    max_length = getattr(model._meta.fields_map[field], "max_length", None)
    return max_length is None or len(value) <= max_length


async def fetch(connection: BaseDBAsyncClient, sql: str, *values: Any) -> list[dict[str, Any]]:
    """Rows of a SELECT (or of `... RETURNING`) as dicts."""
    text = _text(sql, connection.capabilities.dialect)
    return await connection.execute_query_dict(text, list(values))


async def execute_many(
    connection: BaseDBAsyncClient, sql: str, rows: Sequence[Sequence[Any]]
) -> None:
    """One statement for many rows of values, sent as one batch (inside the caller's
    transaction: call it within `in_transaction()`)."""
    if rows:
        text = _text(sql, connection.capabilities.dialect)
        await connection.execute_many(text, [list(row) for row in rows])


class TransactionId(SqlDefault):
    """A column default: the id of the writing transaction on PostgreSQL, 0 on SQLite.

    On PostgreSQL a row's id is taken when it is inserted, not when its transaction commits, so
    a reader that pages by id can pass a lower id that commits later. Rows that carry their
    transaction's id can be handed out only below the oldest transaction still open (see
    `models.assessment.feed`). SQLite runs one writing transaction at a time: ids are already in
    commit order there.
    """

    _DIALECT_SQL: dict[str, str] = {"postgres": "(pg_current_xact_id()::text::bigint)"}

    def __init__(self) -> None:
        super().__init__("0")

    def get_sql(self, _context: Any = None, dialect: str | None = None) -> str:
        return self._DIALECT_SQL.get(dialect or "", self.sql)

    def __repr__(self) -> str:
        return "TransactionId()"

    def __eq__(self, other: object) -> bool:
        return isinstance(other, TransactionId)

    def __hash__(self) -> int:
        return hash("TransactionId")
