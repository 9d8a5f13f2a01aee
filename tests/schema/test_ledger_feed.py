"""The ledger feed under concurrent writers: a reader that pages with `after` sees every event
exactly once, however the writers' transactions interleave."""

from __future__ import annotations

import asyncio
import os
import random

import asyncpg
import httpx
import pytest
from tortoise.transactions import in_transaction

from models.assessment import Dimension, ScoreEvent, record_points
from models.org import Role
from schema.ids import global_id
from tests.conftest import PASSWORD, _asyncpg_dsn, _with_database, make_person, make_user
from tests.schema.test_training import county, pid, schedule  # noqa: F401

FEED = """query($after: String) { scoreEvents(first: 100, after: $after) {
  edges { node { id } } pageInfo { endCursor } } }"""
MARK = """mutation($input: MarkAttendanceInput!) { markAttendance(input: $input) {
  userErrors { code } } }"""
LOGIN = """mutation($input: LoginInput!) { login(input: $input) { token } }"""

on_postgres = pytest.mark.skipif(
    not os.environ.get("TEST_DATABASE_URL", "").startswith("postgres"),
    reason="SQLite runs one writing transaction at a time: ids are in commit order there",
)


class Reader:
    """An external system following the feed: remembers its cursor, keeps what it was given."""

    def __init__(self, client) -> None:
        self.client = client
        self.cursor: str | None = None
        self.seen: list[str] = []

    async def read(self) -> int:
        """One page from the cursor on; how many events it held."""
        page = (await self.client.data(FEED, {"after": self.cursor}))["scoreEvents"]
        self.seen += [edge["node"]["id"] for edge in page["edges"]]
        self.cursor = page["pageInfo"]["endCursor"] or self.cursor
        return len(page["edges"])

    async def drain(self) -> None:
        while await self.read():
            pass


async def event(person, source_id: int) -> ScoreEvent:
    return await record_points(
        dimension=Dimension.EXAM,
        points=1,
        reason="考试",
        source_type="ExamAttempt",
        source_id=source_id,
        kind="result",
        person_id=person.id,
    )


async def all_event_ids() -> list[str]:
    return [
        global_id("ScoreEvent", pk) for pk in await ScoreEvent.all().values_list("id", flat=True)
    ]


@on_postgres
async def test_an_event_committed_late_with_a_lower_id_is_not_skipped(client):
    person = await make_person()
    await make_user("assessor", Role.ASSESSMENT_SYSTEM)
    reader = Reader(await client.login("assessor"))
    await event(person, 1)

    written, release = asyncio.Event(), asyncio.Event()

    async def slow_writer() -> None:
        async with in_transaction():
            await event(person, 2)  # takes the lower id
            written.set()
            await release.wait()

    slow = asyncio.create_task(slow_writer())
    await written.wait()
    await event(person, 3)  # a higher id, committed first
    await reader.drain()
    release.set()
    await slow
    await reader.drain()

    assert reader.seen == await all_event_ids_in_commit_order()
    assert sorted(reader.seen) == sorted(await all_event_ids())
    assert len(reader.seen) == 3


async def all_event_ids_in_commit_order() -> list[str]:
    rows = await ScoreEvent.all().order_by("txid", "id").values_list("id", flat=True)
    return [global_id("ScoreEvent", pk) for pk in rows]


async def test_two_workers_write_while_a_reader_pages(
    client,
    new_client,
    county,  # noqa: F811
    start_server,
):
    """Two server processes, three requests at a time each, mark attendance of an ended session
    (every mark restates the ledger) while an external system pages the feed; afterwards it has
    been given every event once."""
    await make_user("assessor", Role.ASSESSMENT_SYSTEM)
    reader = Reader(await client.login("assessor"))
    trainer = await new_client().login("trainer")
    people = [await make_person(county.team, name=f"队员{i}") for i in range(3, 23)]
    session = await schedule(trainer, county)  # in March: ended for the servers' clock

    async def writer(base: str, seed: int) -> None:
        rng = random.Random(seed)
        async with httpx.AsyncClient(base_url=base, timeout=60) as http:
            login = await http.post(
                "/graphql",
                json={
                    "query": LOGIN,
                    "variables": {"input": {"username": "trainer", "password": PASSWORD}},
                },
            )
            headers = {"Authorization": f"Bearer {login.json()['data']['login']['token']}"}
            for _ in range(12):
                marks = [
                    {"personId": pid(p), "status": rng.choice(["PRESENT", "LATE", "ABSENT"])}
                    for p in rng.sample(people, 8)
                ]
                variables = {"input": {"sessionId": session["id"], "marks": marks}}
                response = await http.post(
                    "/graphql", json={"query": MARK, "variables": variables}, headers=headers
                )
                body = response.json()
                assert body.get("data") and body["data"]["markAttendance"]["userErrors"] == [], body

    servers = [start_server()[0], start_server()[0]]
    writers = asyncio.gather(*(writer(servers[n % 2], n) for n in range(6)))
    try:
        while not writers.done():
            await reader.read()
    finally:
        await writers
    await reader.drain()

    everything = await all_event_ids()
    assert len(everything) > 100
    assert len(reader.seen) == len(set(reader.seen))
    assert sorted(reader.seen) == sorted(everything)


@on_postgres
async def test_a_transaction_open_in_another_database_holds_nothing_back(client, database_url):
    """The horizon is this database's: another application's long transaction on the same
    server (here: one in the server's `postgres` database) does not delay the feed."""
    person = await make_person()
    await make_user("assessor", Role.ASSESSMENT_SYSTEM)
    reader = Reader(await client.login("assessor"))
    elsewhere = await asyncpg.connect(_asyncpg_dsn(_with_database(database_url, "postgres")))
    try:
        async with elsewhere.transaction():
            await elsewhere.fetchval("SELECT pg_current_xact_id()")  # holds an xid open
            await event(person, 1)
            await reader.drain()
            assert reader.seen == await all_event_ids()
    finally:
        await elsewhere.close()
