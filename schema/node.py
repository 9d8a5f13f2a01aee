"""`node(id:)`: each domain registers how to fetch (and authorize) its types by pk."""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from typing import Any

from strawberry import Info, relay

from schema.ids import decode
from schema.permissions import require_user

NodeFetcher = Callable[[Info, int], Awaitable[Any]]
_fetchers: dict[str, NodeFetcher] = {}


def register(type_name: str, fetch: NodeFetcher) -> None:
    _fetchers[type_name] = fetch


async def resolve_node(info: Info, id: relay.GlobalID | str) -> relay.Node | None:
    """The object, or null when the ID is unknown, malformed, or outside the caller's reach."""
    require_user(info)
    decoded = decode(str(id))
    if decoded is None or decoded[0] not in _fetchers:
        return None
    return await _fetchers[decoded[0]](info, decoded[1])
