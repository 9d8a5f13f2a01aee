"""The ledger feed for leaders, admins and an external assessment system."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from models.assessment import Dimension, record_points
from models.org import Role
from schema.ids import global_id
from tests.conftest import QueryCounter, make_person, make_unit, make_user

FEED = """query($first: Int, $after: String, $since: DateTime) {
  scoreEvents(first: $first, after: $after, since: $since) {
    edges { node { id dimension points reason sourceType sourceId kind
                   person { name } unit { name } occurredAt reverses } }
    pageInfo { hasNextPage endCursor }
  }
}"""


async def add_events(count: int, person=None, unit=None) -> None:
    for i in range(count):
        await record_points(
            dimension=Dimension.EXAM,
            points=f"{i}.5",
            reason=f"考试{i}",
            source_type="ExamAttempt",
            source_id=i + 1,
            kind="result",
            person_id=person.id if person else None,
            unit_id=unit.id if unit else None,
        )


async def test_feed_pages_oldest_first(client):
    unit = await make_unit("县公安局")
    person = await make_person(unit, name="警员")
    await add_events(5, person=person, unit=unit)
    await make_user("assessor", Role.ASSESSMENT_SYSTEM)
    await client.login("assessor")
    page = (await client.data(FEED, {"first": 3}))["scoreEvents"]
    reasons = [edge["node"]["reason"] for edge in page["edges"]]
    assert reasons == ["考试0", "考试1", "考试2"]
    first = page["edges"][0]["node"]
    assert first["points"] == "0.50" and first["dimension"] == "EXAM"
    assert first["person"] == {"name": "警员"} and first["unit"] == {"name": "县公安局"}
    assert first["sourceType"] == "ExamAttempt" and first["sourceId"] == global_id("ExamAttempt", 1)
    rest = (await client.data(FEED, {"after": page["pageInfo"]["endCursor"]}))["scoreEvents"]
    assert [edge["node"]["reason"] for edge in rest["edges"]] == ["考试3", "考试4"]
    assert rest["pageInfo"]["hasNextPage"] is False


async def test_feed_since_filters_by_recording_time(client):
    await add_events(2, person=await make_person())
    since = datetime.now(UTC)
    await add_events(1, person=await make_person(name="新人"))
    await make_user("leader", Role.LEADER)
    await client.login("leader")
    edges = (await client.data(FEED, {"since": since.isoformat()}))["scoreEvents"]["edges"]
    assert [edge["node"]["person"]["name"] for edge in edges] == ["新人"]
    later = (since + timedelta(days=1)).isoformat()
    assert (await client.data(FEED, {"since": later}))["scoreEvents"]["edges"] == []


async def test_feed_is_for_admins_leaders_and_the_assessment_system(client, new_client):
    for username, role in [
        ("officer", Role.OFFICER),
        ("trainer", Role.TRAINER),
        ("eval", Role.EVALUATOR),
    ]:
        await make_user(username, role)
        assert await (await new_client().login(username)).error_codes(FEED) == ["FORBIDDEN"]
    assert await client.error_codes(FEED) == ["UNAUTHENTICATED"]
    await make_user("admin", Role.ADMIN)
    assert (await (await new_client().login("admin")).data(FEED))["scoreEvents"]["edges"] == []


async def test_feed_costs_the_same_queries_for_5_and_100_events(client):
    unit = await make_unit()
    await make_user("admin", Role.ADMIN)
    await client.login("admin")
    for i in range(100):
        person = await make_person(unit, name=f"人{i}")
        await record_points(
            dimension=Dimension.TRAINING,
            points=1,
            reason="r",
            source_type="Attendance",
            source_id=i,
            kind="k",
            person_id=person.id,
            unit_id=unit.id,
        )
    counts = []
    for size in (5, 100):
        with QueryCounter() as counter:
            data = await client.data(FEED, {"first": size})
        assert len(data["scoreEvents"]["edges"]) == size
        counts.append(counter.count)
    assert counts[0] == counts[1]
