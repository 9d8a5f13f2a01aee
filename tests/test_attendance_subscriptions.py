"""The trainer's live count of a session: sessionAttendance sends the counts when it starts and
again after every check-in, mark and leave request on the session, over graphql-transport-ws,
within a worker and across workers through Redis (the helpers and the Redis fixture are those
of tests/test_subscriptions.py). Nothing waits on the clock: each test waits for the messages."""

from __future__ import annotations

import asyncio
from datetime import timedelta

import httpx
import pytest

from models import attendance, clock, training
from models.org import PersonCategory, Role, UnitKind
from models.training import Audience, SessionPlan, TrainingKind
from schema import build_schema
from schema.ids import global_id
from tests.conftest import free_port, make_person, make_unit, make_user
from tests.test_subscriptions import (  # noqa: F401
    GUARD,
    REDIS_URL,
    Subscriber,
    error_codes,
    login,
    login_token,
    redis,
    websocket_context,
)

WATCH = """subscription($id: ID!) { sessionAttendance(sessionId: $id) {
  session { id title } summary { expected present late excused absent unmarked } } }"""
CHECK_IN = """mutation($input: CheckInInput!) { checkIn(input: $input) {
  attendance { status } userErrors { code } } }"""
MARK = """mutation($input: MarkAttendanceInput!) { markAttendance(input: $input) {
  attendance { status } userErrors { code } } }"""
LEAVE = """mutation($input: RequestLeaveInput!) { requestLeave(input: $input) {
  attendance { status } userErrors { code } } }"""


def counts(expected=3, present=0, late=0, excused=0, absent=0, unmarked=None) -> dict:
    if unmarked is None:
        unmarked = expected - present - late - excused - absent
    return {
        "expected": expected,
        "present": present,
        "late": late,
        "excused": excused,
        "absent": absent,
        "unmarked": unmarked,
    }


@pytest.fixture
async def session():
    """A session of the county bureau starting in ten minutes (check-in is open) for three
    officers of a township team; a trainer of the bureau, one of another township, a township
    leader. Returns the session; its check-in code is `session.code`."""
    bureau = await make_unit("县应急管理局")
    township = await make_unit("高村镇", UnitKind.TOWNSHIP)
    other = await make_unit("锦和镇", UnitKind.TOWNSHIP)
    officers = [await make_person(township, name=f"队员{i}") for i in range(3)]
    for i, person in enumerate(officers):
        await make_user(f"officer{i}", Role.OFFICER, person=person)
    await make_user("trainer", Role.TRAINER, person=await make_person(bureau, name="培训员"))
    await make_user("othertrainer", Role.TRAINER, person=await make_person(other, name="外镇"))
    county_leader = await make_person(bureau, category=PersonCategory.PRINCIPAL_LEADER)
    await make_user("leader", Role.LEADER, person=county_leader)
    starts = clock.now() + timedelta(minutes=10)
    row = await training.schedule_session(
        SessionPlan(
            title="交通安全周周讲",
            kind=TrainingKind.TRAFFIC_SAFETY,
            starts_at=starts,
            ends_at=starts + timedelta(hours=1),
            organizer_unit_id=bureau.id,
            audience=Audience(unit_ids=[township.id]),
        )
    )
    row.code = (await attendance.open_check_in(row.id, 3600)).code
    row.gid = global_id("TrainingSession", row.id)
    row.officers = officers
    return row


def summary(message: dict) -> dict:
    assert message["type"] == "next", message
    return message["payload"]["data"]["sessionAttendance"]["summary"]


async def post(base: str, token: str, query: str, input: dict) -> dict:
    async with httpx.AsyncClient(base_url=base) as http:
        response = await http.post(
            "/graphql",
            json={"query": query, "variables": {"input": input}},
            headers={"Authorization": f"Bearer {token}"},
        )
    body = response.json()
    assert "errors" not in body, body["errors"]
    return next(iter(body["data"].values()))


async def test_the_count_is_sent_at_once_and_after_every_check_in_mark_and_leave(
    app, settings, client, session
):
    """In one worker: every committed change of the roster is one new message with the
    counts as they stand; a refused change sends none."""
    trainer = await websocket_context(
        settings, app.state.broker, await login_token(client, "trainer")
    )
    results = await build_schema().subscribe(
        WATCH, variable_values={"id": session.gid}, context_value=trainer
    )

    async def next_counts() -> dict:
        result = await asyncio.wait_for(anext(results), GUARD)
        assert result.errors is None, result.errors
        return result.data["sessionAttendance"]["summary"]

    first = await asyncio.wait_for(anext(results), GUARD)
    assert first.data["sessionAttendance"]["session"] == {
        "id": session.gid,
        "title": "交通安全周周讲",
    }
    assert first.data["sessionAttendance"]["summary"] == counts()

    officer0 = await login_token(client, "officer0")
    client.token = officer0
    done = await client.data(CHECK_IN, {"input": {"sessionId": session.gid, "code": session.code}})
    assert done["checkIn"]["attendance"]["status"] == "PRESENT"
    assert await next_counts() == counts(present=1)

    client.token = await login_token(client, "officer1")
    wrong = "000000" if session.code != "000000" else "111111"
    refused = await client.data(CHECK_IN, {"input": {"sessionId": session.gid, "code": wrong}})
    assert refused["checkIn"]["userErrors"] == [{"code": "INVALID_CODE"}]
    left = await client.data(LEAVE, {"input": {"sessionId": session.gid, "reason": "外出执法"}})
    assert left["requestLeave"]["attendance"]["status"] == "EXCUSED"
    assert await next_counts() == counts(present=1, excused=1)  # the refused one sent nothing

    client.token = await login_token(client, "trainer")
    marks = [{"personId": global_id("Person", session.officers[2].id), "status": "ABSENT"}]
    await client.mutate(MARK, {"sessionId": session.gid, "marks": marks})
    assert await next_counts() == counts(present=1, excused=1, absent=1)
    await results.aclose()


async def test_a_check_in_reaches_the_trainer_on_another_worker(start_server, session, redis):  # noqa: F811
    """The story of the trainer's full-screen code: the trainer watches on one worker, the
    officer checks in on another, the count goes up without a reload."""
    watching, checking = start_server(REDIS_URL=REDIS_URL)[0], start_server(REDIS_URL=REDIS_URL)[0]
    trainer, officer = await login(watching, "trainer"), await login(checking, "officer0")
    async with Subscriber(watching, trainer, session.gid, WATCH) as subscriber:
        # the first message comes once the subscription is live: no event can be missed after it
        assert summary(await subscriber.next()) == counts()
        done = await post(
            checking, officer, CHECK_IN, {"sessionId": session.gid, "code": session.code}
        )
        assert done["userErrors"] == []
        assert summary(await subscriber.next()) == counts(present=1)
        marks = [
            {"personId": global_id("Person", p.id), "status": "ABSENT"}
            for p in session.officers[1:]
        ]
        marked = await post(watching, trainer, MARK, {"sessionId": session.gid, "marks": marks})
        assert marked["userErrors"] == []
        assert summary(await subscriber.next()) == counts(present=1, absent=2)


async def test_only_readers_of_the_roster_may_watch_the_count(start_server, session):
    base, _ = start_server()
    for username in ("trainer", "leader"):
        async with Subscriber(base, await login(base, username), session.gid, WATCH) as allowed:
            assert summary(await allowed.next()) == counts()
    for username in ("officer0", "othertrainer"):
        async with Subscriber(base, await login(base, username), session.gid, WATCH) as refused:
            assert error_codes(await refused.next()) == ["FORBIDDEN"], username
    async with Subscriber(base, None, session.gid, WATCH) as anonymous:
        assert error_codes(await anonymous.next()) == ["UNAUTHENTICATED"]
    missing = global_id("TrainingSession", session.id + 1000)
    async with Subscriber(base, await login(base, "trainer"), missing, WATCH) as unknown:
        assert error_codes(await unknown.next()) == ["NOT_FOUND"]
    not_a_session = global_id("Unit", 1)
    async with Subscriber(base, await login(base, "trainer"), not_a_session, WATCH) as wrong:
        assert error_codes(await wrong.next()) == ["BAD_USER_INPUT"]


async def test_with_redis_unreachable_check_ins_are_saved_and_the_count_says_so(
    start_server, session
):
    base, log_file = start_server(REDIS_URL=f"redis://127.0.0.1:{free_port()}/0")  # nobody there
    officer, trainer = await login(base, "officer0"), await login(base, "trainer")
    done = await post(base, officer, CHECK_IN, {"sessionId": session.gid, "code": session.code})
    assert done == {"attendance": {"status": "PRESENT"}, "userErrors": []}
    assert await training.Attendance.filter(session_id=session.id, status="PRESENT").count() == 1
    async with Subscriber(base, trainer, session.gid, WATCH) as subscriber:
        assert error_codes(await subscriber.next()) == ["SUBSCRIPTIONS_UNAVAILABLE"]
    assert "Traceback" not in log_file.read_text()
