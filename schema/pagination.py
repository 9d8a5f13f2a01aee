"""Relay connections over Tortoise querysets, paged by primary key (stable under inserts)."""

from __future__ import annotations

from collections.abc import Callable
from typing import TypeVar

from strawberry import relay
from strawberry.relay import from_base64, to_base64
from tortoise.queryset import QuerySet

from schema.errors import coded_error

DEFAULT_FIRST = 20
MAX_FIRST = 100
N = TypeVar("N")


def cursor_for(pk: int) -> str:
    return to_base64("cursor", pk)


def _after_pk(after: str | None) -> int | None:
    if after is None:
        return None
    try:
        kind, raw = from_base64(after)
        if kind != "cursor":
            raise ValueError(kind)
        return int(raw)
    except (ValueError, TypeError):
        raise coded_error("BAD_USER_INPUT", "after is not a cursor from this list.") from None


def page_size(first: int | None) -> int:
    if first is None:
        return DEFAULT_FIRST
    if not 0 <= first <= MAX_FIRST:
        raise coded_error("BAD_USER_INPUT", f"first must be between 0 and {MAX_FIRST}.")
    return first


async def paginate(
    queryset: QuerySet, first: int | None, after: str | None, to_node: Callable[..., N]
) -> relay.Connection[N]:
    """One page in ascending primary-key order, fetched with a single query."""
    size = page_size(first)
    after_pk = _after_pk(after)
    if after_pk is not None:
        queryset = queryset.filter(id__gt=after_pk)
    rows = await queryset.order_by("id").limit(size + 1)
    has_next = len(rows) > size
    rows = rows[:size]
    edges = [relay.Edge(cursor=cursor_for(row.pk), node=to_node(row)) for row in rows]
    return relay.Connection(
        edges=edges,
        page_info=relay.PageInfo(
            has_next_page=has_next,
            has_previous_page=after_pk is not None,
            start_cursor=edges[0].cursor if edges else None,
            end_cursor=edges[-1].cursor if edges else None,
        ),
    )
