"""The HTTP/WebSocket endpoint: builds each request's context and authenticates it."""

from __future__ import annotations

from typing import Any

from starlette.requests import Request
from starlette.websockets import WebSocket
from strawberry.asgi import GraphQL
from strawberry.exceptions import ConnectionRejectionError
from strawberry.http import GraphQLHTTPResponse
from strawberry.types import ExecutionResult

import metrics
from pubsub import Broker
from schema.context import Context
from settings import Settings


class LianbingGraphQL(GraphQL):
    def __init__(self, schema: Any, settings: Settings, broker: Broker) -> None:
        super().__init__(
            schema,
            graphql_ide="graphiql" if settings.graphiql else None,
            allow_queries_via_get=True,
            multipart_uploads_enabled=True,
        )
        self.settings = settings
        self.broker = broker

    async def get_context(self, request: Request | WebSocket, response: Any) -> Context:
        context = Context(
            request=request, response=response, settings=self.settings, broker=self.broker
        )
        if isinstance(request, Request):
            await context.authenticate(request.headers.get("authorization"))
            if response is not None:
                response.headers["X-Request-ID"] = context.request_id
        return context

    async def process_result(
        self, request: Request, result: ExecutionResult
    ) -> GraphQLHTTPResponse:
        """Every HTTP answer passes here, time-outs included: its errors go to /metrics."""
        metrics.graphql_result(result)
        return await super().process_result(request, result)

    async def on_ws_connect(self, context: Context) -> Any:
        """WebSocket clients authenticate once, in the connection_init payload."""
        params = context.connection_params or {}
        authorization = params.get("authorization") or params.get("Authorization")
        if authorization:
            await context.authenticate(str(authorization))
            if context.user is None:
                raise ConnectionRejectionError({"code": "UNAUTHENTICATED"})
        return None
