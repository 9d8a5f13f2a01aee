"""The authorization matrix (tests/schema/authorization.py), run: every operation of the live
schema by every role, in reach and out of it, against one data set built for the module.

Each operation has a call here: a minimal document and the arguments for a cell (a fresh object
where the call uses its target up). A Query answers ALLOWED when the object named as `expect`
is in the answer (or, with none named, when the answer is not empty)."""

from __future__ import annotations

import asyncio
import json
from collections.abc import AsyncIterator
from datetime import datetime
from typing import Any

import httpx
import pytest
from graphql import GraphQLObjectType
from starlette.routing import WebSocketRoute

from schema import build_schema, node
from tests.conftest import Client, Clock, empty_database
from tests.schema.authorization import (
    ALLOWED,
    EMPTY,
    ROLES,
    TABLE,
    error,
    expected,
    refused,
    scoped,
)
from tests.schema.calls import CALLS, Call, Cell
from tests.schema.matrix_world import World, build_world


@pytest.fixture(scope="module", autouse=True)
async def clean_database(app: Any) -> None:
    """One data set for the module: emptied once, before it is built."""
    await empty_database()


@pytest.fixture(scope="module")
async def world(app: Any) -> AsyncIterator[World]:
    opened: list[httpx.AsyncClient] = []

    def new_client() -> Client:
        http = httpx.AsyncClient(transport=httpx.ASGITransport(app=app), base_url="http://test")
        opened.append(http)
        return Client(http)

    with pytest.MonkeyPatch.context() as monkeypatch:
        clock = Clock(monkeypatch)
        clock.set(datetime(2026, 3, 2, 9, 30))  # the county's wall clock
        yield await build_world(new_client(), new_client)
    for http in opened:
        await http.aclose()


def operations() -> set[str]:
    """Every operation of the live schema, `node` once per type that implements Node."""
    live = build_schema()._schema
    found = set()
    for root in (live.query_type, live.mutation_type, live.subscription_type):
        for name in root.fields if root else {}:
            if not (root is live.query_type and name == "node"):
                found.add(f"{root.name}.{name}")
    for name, type_ in live.type_map.items():
        if isinstance(type_, GraphQLObjectType) and "Node" in {i.name for i in type_.interfaces}:
            found.add(f"Query.node({name})")
    return found


def test_every_operation_declares_who_may_call_it():
    live = operations()
    assert sorted(live - TABLE.keys()) == [], "add a row to tests/schema/authorization.py"
    assert sorted(TABLE.keys() - live) == [], "a row for an operation the schema no longer has"
    assert sorted(TABLE.keys() - CALLS.keys()) == [], "add a call to tests/schema/calls.py"


def test_every_node_type_is_fetched_by_node():
    """`node(id:)` resolves every ID (API.md): each type implementing Node has a fetcher."""
    types = {
        name[len("Query.node(") : -1] for name in operations() if name.startswith("Query.node(")
    }
    assert sorted(types - node._fetchers.keys()) == []


def outcome(body: dict, field: str, expect: str | None) -> str:
    errors = body.get("errors")
    if errors:
        code = (errors[0].get("extensions") or {}).get("code")
        return code if code in ("FORBIDDEN", "UNAUTHENTICATED") else error(str(code))
    value = body["data"][field]
    if isinstance(value, dict) and "userErrors" in value:
        return refused(value["userErrors"][0]["code"]) if value["userErrors"] else ALLOWED
    if expect is not None:
        return ALLOWED if json.dumps(value).count(f'"{expect}"') else EMPTY
    return EMPTY if _empty(value) else ALLOWED


def _empty(value: Any) -> bool:
    if value is None:
        return True
    if isinstance(value, list):
        return not value
    if isinstance(value, dict):
        return all(_empty(v) for v in value.values())
    return False


async def run_cell(world: World, call: Call, role: str, reach: str) -> str:
    if call.fresh_caller and role != "anonymous":
        user, client = await world.fresh_user(role)
    else:
        user, client = world.users.get(role), world.clients[role]
    cell = Cell(world, role, reach, client, user)
    variables, expect = await call.prepare(cell)
    field = call.field
    if call.subscription:
        return await subscribe(world, client, call.document, variables)
    if call.upload:
        return outcome(await upload(client, call.document, variables), field, expect)
    return outcome(await client.post(call.document, variables), field, expect)


@pytest.mark.parametrize("operation", list(TABLE))
async def test_who_may_call(world: World, operation: str):
    call = CALLS[operation]
    reaches = ("in", "out") if scoped(operation) else ("in",)
    want, got = {}, {}
    for role in ROLES:
        for reach in reaches:
            want[role, reach] = expected(operation, role, reach)
            got[role, reach] = await run_cell(world, call, role, reach)
    assert got == want


# --- requests that are not a JSON POST ------------------------------------------------------


async def upload(client: Client, document: str, variables: dict) -> dict:
    """A GraphQL multipart request carrying variables.input.file."""
    operations = {"query": document, "variables": {"input": {**variables["input"], "file": None}}}
    response = await client.http.post(
        "/graphql",
        data={
            "operations": json.dumps(operations),
            "map": json.dumps({"0": ["variables.input.file"]}),
        },
        files={"0": variables["file"]},
        headers={"Authorization": f"Bearer {client.token}"} if client.token else {},
    )
    return response.json()


class RegisteringQueues(dict):
    """The in-process broker's subscriber table, telling when a channel gets a subscriber."""

    def __init__(self) -> None:
        super().__init__()
        self.registered: asyncio.Event = asyncio.Event()

    def __missing__(self, channel: str) -> set:
        self[channel] = queues = set()
        self.registered.set()
        return queues


async def subscribe(world: World, client: Client, document: str, variables: dict) -> str:
    """Subscribe over graphql-transport-ws, in process; ALLOWED when a comment posted meanwhile
    arrives (or, for a subscription that answers when it starts, its first message), else the
    code of the error the subscription ends with."""
    app = client.http._transport.app  # type: ignore[attr-defined]
    route = next(r for r in app.routes if isinstance(r, WebSocketRoute) and r.path == "/graphql")
    broker = route.endpoint.broker
    original = broker._queues
    queues = RegisteringQueues()
    queues.update(original)
    broker._queues = queues
    incoming: asyncio.Queue[dict] = asyncio.Queue()
    outgoing: asyncio.Queue[dict] = asyncio.Queue()
    await incoming.put({"type": "websocket.connect"})
    init = {"authorization": f"Bearer {client.token}"} if client.token else {}
    for message in (
        {"type": "connection_init", "payload": init},
        {"id": "1", "type": "subscribe", "payload": {"query": document, "variables": variables}},
    ):
        await incoming.put({"type": "websocket.receive", "text": json.dumps(message)})
    scope = {
        "type": "websocket",
        "path": "/graphql",
        "raw_path": b"/graphql",
        "query_string": b"",
        "root_path": "",
        "headers": [(b"host", b"test"), (b"sec-websocket-protocol", b"graphql-transport-ws")],
        "subprotocols": ["graphql-transport-ws"],
        "client": ("127.0.0.1", 50000),
        "server": ("test", 80),
    }
    server = asyncio.create_task(app(scope, incoming.get, outgoing.put))

    async def next_message() -> dict:
        while True:
            sent = await outgoing.get()
            if sent["type"] == "websocket.send":
                message = json.loads(sent["text"])
                if message["type"] in ("next", "error", "complete"):
                    return message
            elif sent["type"] == "websocket.close":
                return {"type": "close", "code": sent.get("code")}

    try:
        first = asyncio.create_task(next_message())
        registered = asyncio.create_task(queues.registered.wait())
        done, _ = await asyncio.wait({first, registered}, return_when=asyncio.FIRST_COMPLETED)
        if first not in done and "drillId" in variables:  # a live count answers at once
            await world.ok(
                "mutation($input: AddDrillCommentInput!) { addDrillComment(input: $input) { userErrors { code } } }",
                {"drillId": variables["drillId"], "body": "演练组织有序。"},
            )
        message = await asyncio.wait_for(first, timeout=30)
        registered.cancel()
    finally:
        await incoming.put({"type": "websocket.disconnect", "code": 1000})
        await asyncio.wait_for(server, timeout=30)
        original.clear()
        original.update(queues)
        broker._queues = original
    if message["type"] == "next" and not message["payload"].get("errors"):
        return ALLOWED
    errors = message["payload"] if message["type"] == "error" else message["payload"]["errors"]
    code = errors[0]["extensions"]["code"]
    return code if code in ("FORBIDDEN", "UNAUTHENTICATED") else error(code)
