"""Leaders' comments arrive live over graphql-transport-ws: within a worker, and across worker
processes through Redis. These run real `server.py` processes on the test database; the tests
that use Redis need it on 127.0.0.1:6379 (or TEST_REDIS_URL) and fail, saying so, without it.

Nothing here waits on the clock: a test waits for the server to have subscribed (Redis counts
the channel's subscribers) and for the message itself. The timeouts only stop a test that
would otherwise hang."""

from __future__ import annotations

import asyncio
import json
import logging
import os
import uuid
from collections.abc import AsyncIterator
from urllib.parse import urlsplit

import httpx
import pytest
import websockets
from redis import asyncio as aioredis
from redis.exceptions import RedisError
from starlette.websockets import WebSocket

import pubsub
from models import drills
from models.drills import DrillComment, DrillPlan, DrillType, ParticipantRole, ParticipantSpec
from models.org import PersonCategory, Role, UnitKind
from schema import build_schema
from schema.context import Context
from schema.drills import channel
from schema.ids import decode, global_id
from tests.conftest import PASSWORD, free_port, make_person, make_unit, make_user

REDIS_URL = os.environ.get("TEST_REDIS_URL", "redis://127.0.0.1:6379/0")
PREFIX = os.environ["LIANBING_REDIS_PREFIX"]  # set for this run by conftest
GUARD = 10.0  # seconds before a wait that should take milliseconds is given up as a failure
SUBSCRIBE = (
    "subscription($id: ID!) { drillComments(drillId: $id) { body isReview author { username } } }"
)
COMMENT = """mutation($input: AddDrillCommentInput!) { addDrillComment(input: $input) {
  comment { id } userErrors { code } } }"""


@pytest.fixture
async def redis() -> AsyncIterator[aioredis.Redis]:
    """The Redis the servers publish through; the test fails, not skips, when it is down."""
    client = aioredis.from_url(REDIS_URL, socket_connect_timeout=2)
    try:
        reachable = await client.ping()
    except (RedisError, OSError):
        reachable = False
    if not reachable:
        await client.aclose()
        where = urlsplit(REDIS_URL)
        pytest.fail(
            f"Redis is not reachable on {where.hostname}:{where.port or 6379}: start it with "
            "`redis-server --daemonize yes` (or point TEST_REDIS_URL at one); the subscription "
            "tests need it.",
            pytrace=False,
        )
    yield client
    await client.aclose()


async def subscribers(redis: aioredis.Redis, drill_id: str, count: int) -> None:
    """Wait until the servers hold `count` Redis subscriptions to the drill's comments: a
    subscription is live (or gone) only once the server has (un)subscribed, some time after
    the client's message."""
    name = PREFIX + channel(decode(drill_id)[1])
    async with asyncio.timeout(GUARD):
        # Redis sends no notice of a subscription: its count is read until it is right.
        while (await redis.pubsub_numsub(name))[0][1] != count:  # noqa: ASYNC110
            await asyncio.sleep(0.01)


async def login(base: str, username: str) -> str:
    async with httpx.AsyncClient(base_url=base) as http:
        response = await http.post(
            "/graphql",
            json={
                "query": "mutation($u: String!, $p: String!) { login(input: {username: $u, password: $p}) { token } }",
                "variables": {"u": username, "p": PASSWORD},
            },
        )
        return response.json()["data"]["login"]["token"]


async def post_comment(base: str, token: str, drill_id: str, body: str) -> dict:
    """Post a comment; the mutation's payload, which must have no userErrors."""
    async with httpx.AsyncClient(base_url=base) as http:
        response = await http.post(
            "/graphql",
            json={
                "query": COMMENT,
                "variables": {"input": {"drillId": drill_id, "body": body, "isReview": True}},
            },
            headers={"Authorization": f"Bearer {token}"},
        )
        body = response.json()
        assert "errors" not in body, body["errors"]
        assert body["data"]["addDrillComment"]["userErrors"] == []
        return body["data"]["addDrillComment"]


def error_codes(message: dict) -> list[str]:
    """Codes of a subscription's errors, sent as an `error` message or in a `next` payload."""
    errors = message["payload"] if message["type"] == "error" else message["payload"]["errors"]
    return [error["extensions"]["code"] for error in errors]


class Subscriber:
    """A graphql-transport-ws client subscribed to one drill's comments (or, with `query`,
    to another subscription whose variable `$id` is `drill_id`)."""

    def __init__(self, base: str, token: str | None, drill_id: str, query: str = SUBSCRIBE) -> None:
        self.url = base.replace("http", "ws") + "/graphql"
        self.token, self.drill_id, self.query = token, drill_id, query

    async def __aenter__(self) -> Subscriber:
        self.ws = await websockets.connect(self.url, subprotocols=["graphql-transport-ws"])
        payload = {"authorization": f"Bearer {self.token}"} if self.token else {}
        await self.ws.send(json.dumps({"type": "connection_init", "payload": payload}))
        assert (await self.next())["type"] == "connection_ack"
        await self.ws.send(
            json.dumps(
                {
                    "id": "1",
                    "type": "subscribe",
                    "payload": {"query": self.query, "variables": {"id": self.drill_id}},
                }
            )
        )
        return self

    async def next(self) -> dict:
        """The next message from the server."""
        return json.loads(await asyncio.wait_for(self.ws.recv(), GUARD))

    async def __aexit__(self, *exc: object) -> None:
        await self.ws.close()


@pytest.fixture
async def drill_setup(clock_at):
    """A drill with a leader, a participant and an outsider; returns the drill's global ID."""
    lead = await make_unit("县应急管理局")
    township = await make_unit("高村镇", UnitKind.TOWNSHIP)
    elsewhere = await make_unit("锦和镇", UnitKind.TOWNSHIP)
    evaluator = await make_user(
        "evaluator", Role.EVALUATOR, person=await make_person(lead, name="评估员")
    )
    await make_user(
        "leader",
        Role.LEADER,
        person=await make_person(lead, name="县长", category=PersonCategory.PRINCIPAL_LEADER),
    )
    await make_user("member", Role.OFFICER, person=await make_person(township, name="队员"))
    await make_user("outsider", Role.OFFICER, person=await make_person(elsewhere, name="外人"))
    drill = await drills.plan_drill(
        DrillPlan(
            title=f"防汛演练{uuid.uuid4().hex[:6]}",
            type=DrillType.FULL_SCALE,
            scheduled_at=clock_at.moment,
            organizer_unit_id=lead.id,
            participants=[ParticipantSpec(township.id, ParticipantRole.LEAD, [])],
            evaluator_ids=[evaluator.id],
            scenario_key="flood_rescue",
        ),
        None,
    )
    return global_id("Drill", drill.id)


async def test_a_comment_reaches_subscribers_of_the_same_worker(start_server, drill_setup, redis):
    base, _ = start_server(REDIS_URL=REDIS_URL)
    member, leader = await login(base, "member"), await login(base, "leader")
    async with Subscriber(base, member, drill_setup) as subscriber:
        await subscribers(redis, drill_setup, 1)
        await post_comment(base, leader, drill_setup, "转移组行动迅速，值得肯定。")
        message = await subscriber.next()
    assert message["type"] == "next"
    assert message["payload"]["data"]["drillComments"] == {
        "body": "转移组行动迅速，值得肯定。",
        "isReview": True,
        "author": {"username": "leader"},
    }


async def test_a_comment_saved_by_one_worker_reaches_subscribers_of_another(
    start_server, drill_setup, redis
):
    first, _ = start_server(REDIS_URL=REDIS_URL)
    second, _ = start_server(REDIS_URL=REDIS_URL)
    member, leader = await login(first, "member"), await login(second, "leader")
    async with (
        Subscriber(first, member, drill_setup) as on_first,
        Subscriber(second, member, drill_setup) as on_second,
    ):
        await subscribers(redis, drill_setup, 2)
        await post_comment(second, leader, drill_setup, "请水利局补充水位监测数据。")
        from_first, from_second = await asyncio.gather(on_first.next(), on_second.next())
    for message in (from_first, from_second):
        assert message["payload"]["data"]["drillComments"]["body"] == "请水利局补充水位监测数据。"


async def test_only_people_taking_part_may_subscribe(start_server, drill_setup):
    base, _ = start_server()
    outsider = await login(base, "outsider")
    async with Subscriber(base, outsider, drill_setup) as subscriber:
        message = await subscriber.next()
    assert error_codes(message) == ["FORBIDDEN"]
    async with Subscriber(base, None, drill_setup) as anonymous:
        message = await anonymous.next()
    assert error_codes(message) == ["UNAUTHENTICATED"]


async def test_a_bad_token_is_refused_at_connection(start_server, drill_setup):
    base, _ = start_server()
    async with websockets.connect(
        base.replace("http", "ws") + "/graphql", subprotocols=["graphql-transport-ws"]
    ) as ws:
        await ws.send(
            json.dumps({"type": "connection_init", "payload": {"authorization": "Bearer forged"}})
        )
        with pytest.raises(websockets.ConnectionClosed) as closed:
            await asyncio.wait_for(ws.recv(), GUARD)
    assert closed.value.rcvd.code == 4403


async def test_disconnected_subscribers_do_not_disturb_the_others(start_server, drill_setup, redis):
    base, log_file = start_server(REDIS_URL=REDIS_URL)
    member, leader = await login(base, "member"), await login(base, "leader")
    async with Subscriber(base, member, drill_setup):
        await subscribers(redis, drill_setup, 1)  # subscribed, then gone without a goodbye
    await subscribers(redis, drill_setup, 0)  # and its Redis subscription with it
    gone = await Subscriber(base, member, drill_setup).__aenter__()
    await subscribers(redis, drill_setup, 1)
    gone.ws.transport.abort()  # a phone losing its connection mid-subscription
    await subscribers(redis, drill_setup, 0)
    async with Subscriber(base, member, drill_setup) as staying:
        await subscribers(redis, drill_setup, 1)
        await post_comment(base, leader, drill_setup, "第一条")
        await post_comment(base, leader, drill_setup, "第二条")
        bodies = [
            (await staying.next())["payload"]["data"]["drillComments"]["body"] for _ in range(2)
        ]
    assert bodies == ["第一条", "第二条"]
    async with httpx.AsyncClient(base_url=base) as http:
        assert (await http.get("/healthz")).status_code == 200
    assert "Traceback" not in log_file.read_text()


# --- a broker that fails or a subscriber that falls behind never undoes a write ------------


async def test_with_redis_unreachable_comments_are_saved_once_and_answered_normally(
    start_server, drill_setup
):
    base, log_file = start_server(REDIS_URL=f"redis://127.0.0.1:{free_port()}/0")  # nobody there
    leader, member = await login(base, "leader"), await login(base, "member")
    first = await post_comment(base, leader, drill_setup, "第一条")
    second = await post_comment(base, leader, drill_setup, "第二条")
    assert first["comment"]["id"] != second["comment"]["id"]
    assert await DrillComment.filter(body="第一条").count() == 1
    assert await DrillComment.filter(body="第二条").count() == 1
    async with Subscriber(base, member, drill_setup) as subscriber:
        message = await subscriber.next()
    assert error_codes(message) == ["SUBSCRIPTIONS_UNAVAILABLE"]
    log = log_file.read_text()
    assert log.count("Redis is not reachable") == 1, log  # once for the outage, not per event
    assert "Traceback" not in log and "unexpected error" not in log


async def test_a_subscriber_that_falls_behind_is_dropped_and_writes_go_on(
    app, settings, client, drill_setup, monkeypatch, caplog
):
    """In one worker (no Redis) each subscriber has a bounded queue. This subscriber takes the
    first comment and then stops reading: once its queue is full it is dropped, its
    subscription ends with SUBSCRIBER_TOO_SLOW, and every comment is saved and answered."""
    broker = app.state.broker
    assert isinstance(broker, pubsub.LocalBroker)
    monkeypatch.setattr(broker, "queue_size", 2)
    subscribed = asyncio.Event()
    real_subscribe = broker.subscribe

    def subscribe(name: str, **options: bool) -> pubsub.LocalSubscription:
        stream = real_subscribe(name, **options)  # registered from here on
        subscribed.set()
        return stream

    monkeypatch.setattr(broker, "subscribe", subscribe)
    await client.login("leader")
    member = await websocket_context(settings, broker, await login_token(client, "member"))
    results = await build_schema().subscribe(
        SUBSCRIBE, variable_values={"id": drill_setup}, context_value=member
    )
    first = asyncio.ensure_future(anext(results))
    await asyncio.wait_for(subscribed.wait(), GUARD)

    bodies = [f"第{n}条" for n in range(1, 6)]
    with caplog.at_level(logging.WARNING, logger="lianbing.pubsub"):
        for body in bodies:
            payload = await client.data(COMMENT, comment_input(drill_setup, body))
            assert payload["addDrillComment"]["userErrors"] == []
    assert (await asyncio.wait_for(first, GUARD)).data["drillComments"]["body"] == "第1条"
    dropped = await asyncio.wait_for(anext(results), GUARD)
    assert dropped.data is None
    assert [e.extensions["code"] for e in dropped.errors] == ["SUBSCRIBER_TOO_SLOW"]
    with pytest.raises(StopAsyncIteration):
        await asyncio.wait_for(anext(results), GUARD)
    assert [await DrillComment.filter(body=b).count() for b in bodies] == [1] * 5
    assert [r.getMessage() for r in caplog.records] == [
        f"a subscriber of {channel(decode(drill_setup)[1])} fell 2 events behind and was dropped"
    ]


def comment_input(drill_id: str, body: str) -> dict:
    return {"input": {"drillId": drill_id, "body": body, "isReview": True}}


async def login_token(client, username: str) -> str:
    data = await client.data(
        "mutation($u: String!, $p: String!) { login(input: {username: $u, password: $p}) "
        "{ token } }",
        {"u": username, "p": PASSWORD},
    )
    return data["login"]["token"]


async def websocket_context(settings, broker, token: str) -> Context:
    """The context the endpoint gives a WebSocket connection after its connection_init."""
    scope = {"type": "websocket", "path": "/graphql", "headers": [], "query_string": b""}
    context = Context(
        request=WebSocket(scope, receive=None, send=None),
        response=None,
        settings=settings,
        broker=broker,
    )
    await context.authenticate(f"Bearer {token}")
    return context
