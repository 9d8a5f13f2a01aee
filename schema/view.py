"""The HTTP/WebSocket endpoint: builds each request's context and authenticates it.

A request that is not a GraphQL request at all (a body that is not a JSON object, not UTF-8,
nested past what the parser follows, or a multipart request whose map does not fit its
operations) is answered 400 with a JSON body in the GraphQL shape,
`{"errors": [{"message": ..., "extensions": {"code": "BAD_REQUEST"}}]}`, as are the other
refusals of the transport (405 for other methods, 404 for GET without a query).
"""

from __future__ import annotations

import asyncio
import json
from collections.abc import Mapping
from typing import Any

import orjson
from cross_web import AsyncHTTPRequestAdapter, HTTPException
from starlette.requests import Request
from starlette.responses import JSONResponse, Response
from starlette.types import Receive, Scope, Send
from starlette.websockets import WebSocket
from strawberry.asgi import GraphQL
from strawberry.exceptions import ConnectionRejectionError
from strawberry.http import GraphQLHTTPResponse
from strawberry.types import ExecutionResult

import metrics
from pubsub import Broker
from schema.context import Context
from settings import Settings

TRANSPORT_CODES = {400: "BAD_REQUEST", 404: "NOT_FOUND", 405: "METHOD_NOT_ALLOWED"}


def transport_error(status: int, message: str) -> JSONResponse:
    code = TRANSPORT_CODES.get(status, "BAD_REQUEST")
    body = {"errors": [{"message": message, "extensions": {"code": code}}]}
    return JSONResponse(body, status_code=status)


def encode_json_bytes(data: object) -> bytes:
    """JSON in UTF-8, Chinese as it is (no \\uXXXX escapes), by orjson: several times faster
    than json.dumps on a big answer (bench/README.md, "heavy_read.py"). What orjson refuses
    (an integer over 64 bits) goes to json.dumps, which answers it or fails as before."""
    try:
        return orjson.dumps(data)
    except TypeError:
        return json.dumps(data, ensure_ascii=False, separators=(",", ":")).encode()


def bad_request(message: str) -> HTTPException:
    return HTTPException(400, message)


def _index(container: Any, key: str, path: str) -> str | int:
    """The dict key or list index `key` names in `container`, which must have it."""
    if isinstance(container, dict) and key in container:
        return key
    if isinstance(container, list) and key.isdigit() and int(key) < len(container):
        return int(key)
    raise bad_request(f"The map's path {path!r} is not in the operations.")


def place_files(operations: Any, files_map: Any, files: Mapping[str, Any]) -> dict[str, Any]:
    """The operations of a multipart request with each mapped file put where the map says
    (the GraphQL multipart request spec): every path names a null placeholder."""
    if not isinstance(operations, dict):
        raise bad_request("The multipart field operations must be a JSON object.")
    if not isinstance(files_map, dict) or not all(
        isinstance(paths, list) and all(isinstance(path, str) for path in paths)
        for paths in files_map.values()
    ):
        raise bad_request("The multipart field map must map file fields to lists of paths.")
    for name, paths in files_map.items():
        if name not in files:
            raise bad_request(f"The map names the file field {name!r}, which is not sent.")
        for path in paths:
            *parents, last = path.split(".")
            container: Any = operations
            for key in parents:
                container = container[_index(container, key, path)]
            index = _index(container, last, path)
            if container[index] is not None:
                raise bad_request(f"The map's path {path!r} must name a null placeholder.")
            container[index] = files[name]
    return operations


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
        # At most this many HTTP requests of this worker execute at once (parsing, resolving,
        # encoding the answer); the rest wait their turn, in order. Many heavy reads at once
        # would otherwise take turns on the event loop with each other and with /healthz, each
        # finishing late, and hold all their objects at once (longer GC pauses).
        limit = settings.graphql_concurrency
        self.slots = asyncio.Semaphore(limit) if limit > 0 else None

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await super().__call__(scope, receive, send)
            return
        request = Request(scope=scope, receive=receive)
        try:
            if self.slots is None:
                response = await self.run(request)
            else:
                async with self.slots:
                    response = await self.run(request)
        except HTTPException as error:
            response = transport_error(error.status_code, error.reason)
        await response(scope, receive, send)

    def encode_json(self, data: object) -> str:
        """Text, for the WebSocket messages and the parts of multipart answers."""
        return encode_json_bytes(data).decode()

    def create_response(self, response_data: Any, sub_response: Response) -> Response:
        """The HTTP answer: the bytes as orjson makes them, without a detour through str."""
        response = Response(
            encode_json_bytes(response_data),
            status_code=sub_response.status_code or 200,
            media_type="application/json",
        )
        response.headers.raw.extend(sub_response.headers.raw)
        if sub_response.background:
            response.background = sub_response.background
        return response

    def decode_json(self, data: str | bytes) -> object:
        """JSON from the body (bytes), query parameters, multipart fields or WebSocket messages
        (text). Every caller handles JSONDecodeError: JSON that cannot be read is one."""
        if isinstance(data, bytes):
            try:
                data = data.decode("utf-8")
            except UnicodeDecodeError:
                raise json.JSONDecodeError("the request body is not UTF-8", "", 0) from None
        try:
            return json.loads(data)
        except RecursionError:
            raise json.JSONDecodeError("it is nested too deeply", "", 0) from None

    def parse_json(self, data: str | bytes) -> Any:
        try:
            value = self.decode_json(data)
        except json.JSONDecodeError as error:
            raise bad_request(f"The JSON cannot be read: {error.msg}.") from None
        if isinstance(data, bytes) and not isinstance(value, dict | list):
            # The body; a list is a batch, refused later.
            raise bad_request(
                'The request body must be a JSON object: {"query": ..., "variables": ...}.'
            )
        return value

    async def parse_multipart(self, request: AsyncHTTPRequestAdapter) -> dict[str, Any]:
        try:
            form = await request.get_form_data()
        except ValueError:
            raise bad_request("The multipart body cannot be read.") from None
        operations = form.form.get("operations")
        files_map = form.form.get("map", "{}")
        if not isinstance(operations, str) or not isinstance(files_map, str):
            raise bad_request("A multipart request has the text fields operations and map.")
        return place_files(self.parse_json(operations), self.parse_json(files_map), form.files)

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
