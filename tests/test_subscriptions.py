"""Leaders' comments arrive live over graphql-transport-ws: within a worker, and across worker
processes through Redis. These run real `server.py` processes on the test database."""

from __future__ import annotations

import asyncio
import json
import os
import time
import uuid

import httpx
import pytest
import websockets

from models import drills
from models.drills import DrillPlan, DrillType, ParticipantRole, ParticipantSpec
from models.org import PersonCategory, Role, UnitKind
from schema.ids import global_id
from tests.conftest import PASSWORD, make_person, make_unit, make_user

REDIS_URL = os.environ.get("TEST_REDIS_URL", "redis://127.0.0.1:6379/0")
SUBSCRIBE = (
    "subscription($id: ID!) { drillComments(drillId: $id) { body isReview author { username } } }"
)
COMMENT = """mutation($input: AddDrillCommentInput!) { addDrillComment(input: $input) {
  comment { id } userErrors { code } } }"""


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


async def post_comment(base: str, token: str, drill_id: str, body: str) -> None:
    async with httpx.AsyncClient(base_url=base) as http:
        response = await http.post(
            "/graphql",
            json={
                "query": COMMENT,
                "variables": {"input": {"drillId": drill_id, "body": body, "isReview": True}},
            },
            headers={"Authorization": f"Bearer {token}"},
        )
        assert response.json()["data"]["addDrillComment"]["userErrors"] == []


def error_codes(message: dict) -> list[str]:
    """Codes of a subscription's errors, sent as an `error` message or in a `next` payload."""
    errors = message["payload"] if message["type"] == "error" else message["payload"]["errors"]
    return [error["extensions"]["code"] for error in errors]


class Subscriber:
    """A graphql-transport-ws client subscribed to one drill's comments."""

    def __init__(self, base: str, token: str | None, drill_id: str) -> None:
        self.url = base.replace("http", "ws") + "/graphql"
        self.token, self.drill_id = token, drill_id

    async def __aenter__(self) -> Subscriber:
        self.ws = await websockets.connect(self.url, subprotocols=["graphql-transport-ws"])
        payload = {"authorization": f"Bearer {self.token}"} if self.token else {}
        await self.ws.send(json.dumps({"type": "connection_init", "payload": payload}))
        assert json.loads(await self.ws.recv())["type"] == "connection_ack"
        await self.ws.send(
            json.dumps(
                {
                    "id": "1",
                    "type": "subscribe",
                    "payload": {"query": SUBSCRIBE, "variables": {"id": self.drill_id}},
                }
            )
        )
        await asyncio.sleep(0.3)  # let the server subscribe before anything is posted
        return self

    async def next(self) -> dict:
        """The next message, which must come within a second."""
        return json.loads(await asyncio.wait_for(self.ws.recv(), 1.0))

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


async def test_a_comment_reaches_subscribers_of_the_same_worker(start_server, drill_setup):
    base, _ = start_server()
    member, leader = await login(base, "member"), await login(base, "leader")
    async with Subscriber(base, member, drill_setup) as subscriber:
        await post_comment(base, leader, drill_setup, "转移组行动迅速，值得肯定。")
        message = await subscriber.next()
    assert message["type"] == "next"
    assert message["payload"]["data"]["drillComments"] == {
        "body": "转移组行动迅速，值得肯定。",
        "isReview": True,
        "author": {"username": "leader"},
    }


async def test_a_comment_saved_by_one_worker_reaches_subscribers_of_another(
    start_server, drill_setup
):
    first, _ = start_server(REDIS_URL=REDIS_URL)
    second, _ = start_server(REDIS_URL=REDIS_URL)
    member, leader = await login(first, "member"), await login(second, "leader")
    async with (
        Subscriber(first, member, drill_setup) as on_first,
        Subscriber(second, member, drill_setup) as on_second,
    ):
        posted = time.monotonic()
        await post_comment(second, leader, drill_setup, "请水利局补充水位监测数据。")
        from_first, from_second = await asyncio.gather(on_first.next(), on_second.next())
        elapsed = time.monotonic() - posted
    for message in (from_first, from_second):
        assert message["payload"]["data"]["drillComments"]["body"] == "请水利局补充水位监测数据。"
    assert elapsed < 1.0


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
            await ws.recv()
    assert closed.value.rcvd.code == 4403


async def test_disconnected_subscribers_do_not_disturb_the_others(start_server, drill_setup):
    base, log_file = start_server(REDIS_URL=REDIS_URL)
    member, leader = await login(base, "member"), await login(base, "leader")
    async with Subscriber(base, member, drill_setup):
        pass  # connects, subscribes and goes away without a goodbye
    gone = await Subscriber(base, member, drill_setup).__aenter__()
    gone.ws.transport.abort()  # a phone losing its connection mid-subscription
    async with Subscriber(base, member, drill_setup) as staying:
        await post_comment(base, leader, drill_setup, "第一条")
        await post_comment(base, leader, drill_setup, "第二条")
        bodies = [
            (await staying.next())["payload"]["data"]["drillComments"]["body"] for _ in range(2)
        ]
    assert bodies == ["第一条", "第二条"]
    async with httpx.AsyncClient(base_url=base) as http:
        assert (await http.get("/healthz")).status_code == 200
    assert "Traceback" not in log_file.read_text()
