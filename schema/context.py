"""What every resolver can reach: the request, the user, the loaders, the unit scope."""

from __future__ import annotations

import uuid
from dataclasses import dataclass, field
from typing import Any

from starlette.requests import Request
from starlette.websockets import WebSocket

import pubsub
from models import org
from models.org import User
from models.scope import Scope
from pubsub import Broker
from schema import auth
from schema.dataloaders import Loaders
from settings import Settings


@dataclass
class Context:
    request: Request | WebSocket
    response: Any
    settings: Settings
    broker: Broker | None = None
    user: User | None = None
    request_id: str = field(default_factory=lambda: uuid.uuid4().hex[:16])
    connection_params: dict[str, Any] | None = None
    _loaders: Loaders | None = None
    _scope: Scope | None = None
    _events: list[tuple[str, dict[str, Any]]] = field(default_factory=list)

    @property
    def loaders(self) -> Loaders:
        # A WebSocket context lives as long as its connection: its loaders must not cache
        # rows across the events of a subscription, so each access there starts fresh.
        if isinstance(self.request, WebSocket):
            return Loaders()
        if self._loaders is None:
            self._loaders = Loaders()
        return self._loaders

    async def scope(self) -> Scope:
        if self._scope is None:
            if self.user is None or self.user.scope_unit_id is None:
                self._scope = Scope(None)
            else:
                parents = await org.unit_parents()
                self._scope = Scope(frozenset(org.subtree(parents, self.user.scope_unit_id)))
        return self._scope

    async def authenticate(self, authorization: str | None) -> None:
        self.user = await auth.user_for_header(authorization, self.settings)
        self._scope = None

    def publish_after_commit(self, channel: str, message: dict[str, Any]) -> None:
        """An event for subscribers, sent once the running mutation's transaction commits
        (see `schema.audit.Audited`): a subscriber never hears of a write that is not there."""
        self._events.append((channel, message))

    async def publish_events(self) -> None:
        """Send the committed mutation's events. A broker that fails is logged, never raised:
        the write stands, and a retry would only duplicate it."""
        events, self._events = self._events, []
        if self.broker is not None:
            for channel, message in events:
                await pubsub.publish_quietly(self.broker, channel, message)

    def discard_events(self) -> None:
        self._events.clear()
