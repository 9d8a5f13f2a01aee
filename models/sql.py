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

from tortoise import connections, fields
from tortoise.backends.base.client import BaseDBAsyncClient
from tortoise.fields.data import CharEnumFieldInstance
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


# --- plain rows for reads ------------------------------------------------------------------

_PLAIN = (
    fields.IntField,
    fields.BigIntField,
    fields.SmallIntField,
    fields.CharField,
    fields.TextField,
)


@lru_cache(maxsize=512)
def _converters(model: type[Model], columns: tuple[str, ...]) -> tuple[tuple[str, Any], ...]:
    """The columns of `model` whose database values need turning into Python ones (enums,
    datetimes on SQLite, booleans, JSON, decimals), each with its field's converter."""
    out = []
    for column in columns:
        field = model._meta.fields_map.get(column)  # None: a foreign key's id column
        if isinstance(field, CharEnumFieldInstance):
            out.append((column, _enum_member(field)))
        elif field is not None and not isinstance(field, _PLAIN):
            out.append((column, field.to_python_value))
    return tuple(out)


def _enum_member(field: CharEnumFieldInstance) -> Any:
    """The field's converter, by a dict lookup for the values the enum has."""
    members, convert = field.enum_type._value2member_map_, field.to_python_value
    return lambda value: members.get(value) or convert(value)


def _table(model: type[Model]) -> str:
    return f'"{model._meta.db_table}"'


def _columns(columns: Sequence[str]) -> str:
    return ", ".join(f'"{column}"' for column in columns)


async def rows(
    model: type[Model], columns: Sequence[str], where: str, *values: Any, order: str = '"id"'
) -> list[dict[str, Any]]:
    """Rows of `model` as plain dicts of Python values (no model instances: building those
    costs more than the statement on big reads). `where` uses $n placeholders for `values`."""
    columns = tuple(columns)
    sql = f"SELECT {_columns(columns)} FROM {_table(model)} WHERE {where} ORDER BY {order}"
    found = await fetch(connections.get(model._meta.default_connection), sql, *values)
    converters = _converters(model, columns)
    if converters:
        for row in found:
            for column, convert in converters:
                value = row[column]
                if value is not None:
                    row[column] = convert(value)
    return found


def in_list(first: int, count: int) -> str:
    """`$first, $first+1, ...`: the placeholders of an IN list (both databases)."""
    return ", ".join(f"${n}" for n in range(first, first + count))


async def rows_by_id(model: type[Model], columns: Sequence[str], ids: Sequence[int]) -> dict:
    """{id: row} of the rows with those ids (one statement)."""
    ids = sorted(set(ids))
    if not ids:
        return {}
    found = await rows(model, ("id", *columns), f'"id" IN ({in_list(1, len(ids))})', *ids)
    return {row["id"]: row for row in found}


async def rows_per_parent(
    model: type[Model],
    columns: Sequence[str],
    parent: str,
    parent_ids: Sequence[int],
    limit: int,
    where: str = "",
    *values: Any,
) -> dict[int, list[dict[str, Any]]]:
    """For each parent id, its first `limit` rows of `model` by id (the rows whose `parent`
    column holds it), in one statement: the per-parent limit is a window function, so a page
    of 50 parents with 100 rows each reads 5,000 rows, not every row of the 50.

    `where` is more conditions on the rows, with placeholders $1, $2, ... for `values`."""
    ids = sorted(set(parent_ids))
    if not ids:
        return {}
    selected = tuple(dict.fromkeys(("id", parent, *columns)))
    start = len(values) + 1
    condition = f'"{parent}" IN ({in_list(start, len(ids))})' + (f" AND ({where})" if where else "")
    limit_at = start + len(ids)
    sql = (
        f"SELECT {_columns(selected)} FROM (SELECT {_columns(selected)}, ROW_NUMBER() OVER "
        f'(PARTITION BY "{parent}" ORDER BY "id") AS "row_number" FROM {_table(model)} '
        f'WHERE {condition}) AS "page" WHERE "row_number" <= ${limit_at} ORDER BY "{parent}", "id"'
    )
    found = await fetch(connections.get(model._meta.default_connection), sql, *values, *ids, limit)
    converters = _converters(model, selected)
    grouped: dict[int, list[dict[str, Any]]] = {pk: [] for pk in ids}
    for row in found:
        for column, convert in converters:
            value = row[column]
            if value is not None:
                row[column] = convert(value)
        grouped[row[parent]].append(row)
    return grouped


@lru_cache(maxsize=64)
def _select_by_id(model: type[Model]) -> str:
    columns = _columns(sorted(model._meta.db_fields))
    return f'SELECT {columns} FROM {_table(model)} WHERE "id" = $1'


async def model_by_id(model: type[Model], pk: int) -> Model | None:
    """`model.get_or_none(id=pk)` from a statement built once: the ORM's query building costs
    more than the lookup on a path every request takes (the user behind a token)."""
    connection = connections.get(model._meta.default_connection)
    found = await fetch(connection, _select_by_id(model), pk)
    return model._init_from_db(**found[0]) if found else None
