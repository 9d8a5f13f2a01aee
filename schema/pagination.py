"""Relay connections over Tortoise querysets, paged by primary key (stable under inserts)."""

from __future__ import annotations

from collections.abc import Callable
from operator import itemgetter
from typing import Any, TypeVar

from strawberry import relay
from strawberry.relay import from_base64
from tortoise.fields import BigIntField
from tortoise.queryset import QuerySet

from schema.errors import coded_error
from schema.ids import INT4_MAX, INT8_MAX, global_id, parse_key
from schema.reads import LazyEdge

DEFAULT_FIRST = 20
MAX_FIRST = 100
N = TypeVar("N")
T = TypeVar("T")


def cursor_for(pk: int) -> str:
    return global_id("cursor", pk)


def not_a_cursor() -> Exception:
    return coded_error("BAD_USER_INPUT", "after is not a cursor from this list.")


def after_cursor(after: str | None, largest: int = INT8_MAX) -> int | None:
    """The pk a list cursor stands for; no list has a pk above `largest` (its column's range)."""
    if after is None:
        return None
    try:
        kind, raw = from_base64(after)
    except (ValueError, TypeError):
        raise not_a_cursor() from None
    pk = parse_key(raw, largest) if kind == "cursor" else None
    if pk is None:
        raise not_a_cursor()
    return pk


def page_size(first: int | None) -> int:
    if first is None:
        return DEFAULT_FIRST
    if not 0 <= first <= MAX_FIRST:
        raise coded_error("BAD_USER_INPUT", f"first must be between 0 and {MAX_FIRST}.")
    return first


async def paginate(
    queryset: QuerySet,
    first: int | None,
    after: str | None,
    to_node: Callable[..., N],
    columns: tuple[str, ...] | None = None,
    *,
    descending: bool = False,
) -> relay.Connection[N]:
    """One page in ascending primary-key order (descending: newest first), fetched with a
    single query. With `columns`, `to_node` gets plain rows of those columns (and the id)
    instead of model instances."""
    size = page_size(first)
    wide = isinstance(queryset.model._meta.pk, BigIntField)
    after_pk = after_cursor(after, INT8_MAX if wide else INT4_MAX)
    if after_pk is not None:
        queryset = (
            queryset.filter(id__lt=after_pk) if descending else queryset.filter(id__gt=after_pk)
        )
    page = queryset.order_by("-id" if descending else "id").limit(size + 1)
    if columns is None:
        return connection(await page, size, after_pk, to_node)
    rows = await page.values("id", *columns)
    return connection(rows, size, after_pk, to_node, key=itemgetter("id"))


def paginate_list(
    items: list[T],
    first: int | None,
    after: str | None,
    key: Callable[[T], int],
    to_node: Callable[[T], N],
) -> relay.Connection[N]:
    """The same paging over a list computed in memory, ordered by `key`."""
    size = page_size(first)
    after_pk = after_cursor(after)
    ordered = sorted(items, key=key)
    if after_pk is not None:
        ordered = [item for item in ordered if key(item) > after_pk]
    return connection(ordered[: size + 1], size, after_pk, to_node, key=key)


def connection(
    rows: list[Any],
    size: int,
    after_pk: int | None,
    to_node: Callable[..., N],
    key: Callable[[Any], int] = lambda row: row.pk,
    cursor: Callable[[Any], str] | None = None,
) -> relay.Connection[N]:
    """A connection from up to size + 1 rows (the extra one only says there is a next page).
    Cursors carry `key(row)`, or are `cursor(row)` for a list with an order of its own."""
    has_next = len(rows) > size
    if cursor is None:
        edges = [LazyEdge(to_node(row), key(row), cursor_for) for row in rows[:size]]
    else:
        edges = [LazyEdge(to_node(row), row, cursor) for row in rows[:size]]
    return relay.Connection(
        edges=edges,
        page_info=relay.PageInfo(
            has_next_page=has_next,
            has_previous_page=after_pk is not None,
            start_cursor=edges[0].cursor if edges else None,
            end_cursor=edges[-1].cursor if edges else None,
        ),
    )
