"""A person's ledger points by dimension for a year: myPoints for the logged-in person, and
personPoints for those whose scope covers the person."""

from __future__ import annotations

from datetime import datetime

from models.assessment import Dimension, ScoreEvent, record_points, restate_points
from models.clock import LOCAL
from models.org import PersonCategory, Role, UnitKind
from schema.ids import global_id
from tests.conftest import QueryCounter, make_person, make_unit, make_user
from tests.schema.test_training import MARK, county, pid, schedule  # noqa: F401

MINE = "query($year: Int) { myPoints(year: $year) { dimension points } }"
THEIRS = """query($id: ID!, $year: Int) { personPoints(personId: $id, year: $year) {
  dimension points } }"""


def table(points: list[dict]) -> dict[str, str]:
    return {row["dimension"]: row["points"] for row in points}


def zeros(**points: str) -> dict[str, str]:
    """Every dimension at 0.00, but those given."""
    return {d.value: "0.00" for d in Dimension} | points


async def event(person, dimension: Dimension, points: str, at: datetime, key: str):
    return await record_points(
        dimension=dimension,
        points=points,
        reason="测试",
        source_type="Test",
        source_id=key,
        kind="test",
        person_id=person.id,
        unit_id=person.unit_id,
        occurred_at=at.replace(tzinfo=LOCAL),
    )


async def test_my_points_sum_each_dimension_of_the_year_with_every_dimension_listed(
    client,
    county,  # noqa: F811
    clock_at,
):
    officer = county.officers[0]
    await event(officer, Dimension.EXAM, "7.25", datetime(2026, 2, 1, 9), "e1")
    await event(officer, Dimension.EXAM, "1.10", datetime(2026, 2, 2, 9), "e2")
    await event(officer, Dimension.DRILL, "-0.35", datetime(2026, 1, 1, 0, 0), "d1")
    # the county's year: 31 December 23:30 in Beijing is still 2025 (15:30 UTC)
    await event(officer, Dimension.DRILL, "5.00", datetime(2025, 12, 31, 23, 30), "d0")
    await event(county.officers[1], Dimension.EXAM, "9.00", datetime(2026, 2, 1, 9), "other")
    await client.login("officer0")
    points = (await client.data(MINE))["myPoints"]
    assert [row["dimension"] for row in points] == [d.value for d in Dimension]
    assert table(points) == zeros(EXAM="8.35", DRILL="-0.35")
    assert table((await client.data(MINE, {"year": 2025}))["myPoints"]) == zeros(DRILL="5.00")
    assert table((await client.data(MINE, {"year": 2024}))["myPoints"]) == zeros()


async def test_the_default_year_is_the_countys(client, county, clock_at):  # noqa: F811
    officer = county.officers[0]
    await event(officer, Dimension.EXAM, "3.00", datetime(2026, 1, 1, 0, 30), "new-year")
    clock_at.set(datetime(2026, 1, 1, 0, 45))  # Beijing: 2026 already; UTC: still 2025
    await client.login("officer0")
    assert table((await client.data(MINE))["myPoints"]) == zeros(EXAM="3.00")


async def test_reversals_count_in_the_year_of_the_event_they_correct(
    client,
    county,  # noqa: F811
    clock_at,
):
    """Attendance marked through the API, then corrected: the reversal and the new statement
    are in the ledger, and the sum is the last mark's points. A 2025 event corrected in 2026
    changes 2025."""
    await client.login("trainer")
    session = await schedule(client, county)
    clock_at.set(datetime(2026, 3, 2, 20, 30))
    for status in ("PRESENT", "ABSENT", "LATE"):
        marks = [{"personId": pid(county.officers[0]), "status": status}]
        await client.mutate(MARK, {"sessionId": session["id"], "marks": marks})
    assert await ScoreEvent.filter(reverses_id__not_isnull=True).count() == 2
    old = dict(
        dimension=Dimension.EXAM,
        reason="旧考试",
        source_type="Exam",
        source_id="1",
        kind="result",
        person_id=county.officers[0].id,
        occurred_at=datetime(2025, 6, 1, 9, tzinfo=LOCAL),
    )
    await restate_points(points="4.00", **old)
    await restate_points(points="6.50", **old)
    reversal = await ScoreEvent.get(source_type="Exam", reverses_id__not_isnull=True)
    assert reversal.occurred_at.astimezone(LOCAL).year > 2025  # recorded now, not in 2025
    await client.login("officer0")
    assert table((await client.data(MINE))["myPoints"]) == zeros(TRAINING="0.50")
    assert table((await client.data(MINE, {"year": 2025}))["myPoints"]) == zeros(EXAM="6.50")


async def test_the_sums_are_one_statement(client, county, clock_at):  # noqa: F811
    for n in range(30):
        await event(county.officers[0], Dimension.TRAINING, "0.10", datetime(2026, 2, 1), f"{n}")
    await client.login("officer0")
    with QueryCounter() as counter:
        points = (await client.data(MINE))["myPoints"]
    assert table(points) == zeros(TRAINING="3.00")  # thirty tenths, exactly
    assert [s for s in counter.statements if "score_event" in s] == [counter.statements[-1]]
    assert counter.count == 2, counter.statements  # the user behind the token, the sums


async def test_an_account_without_a_person_has_no_points(client, county, clock_at):  # noqa: F811
    await client.login("admin")
    assert (await client.data(MINE))["myPoints"] == []


async def test_a_person_s_points_for_those_whose_scope_covers_them(
    client,
    new_client,
    county,  # noqa: F811
    clock_at,
):
    officer = county.officers[0]
    await event(officer, Dimension.EXAM, "2.00", datetime(2026, 2, 1), "e")
    leader = await make_person(county.township, category=PersonCategory.PRINCIPAL_LEADER)
    await make_user("townleader", Role.LEADER, person=leader, scope_unit_id=county.township.id)
    elsewhere = await make_person(county.other_township, name="外镇培训员")
    await make_user("othertrainer", Role.TRAINER, person=elsewhere)
    stranger = await make_unit("外县", UnitKind.COUNTY_DEPARTMENT)
    await make_user("evaluator", Role.EVALUATOR, person=await make_person(stranger))
    theirs = {"id": pid(officer)}
    for username in ("admin", "trainer", "townleader", "officer0"):
        caller = await new_client().login(username)
        assert table((await caller.data(THEIRS, theirs))["personPoints"]) == zeros(EXAM="2.00")
    for username in ("othertrainer", "officer1", "evaluator"):
        caller = await new_client().login(username)
        assert (await caller.data(THEIRS, theirs))["personPoints"] == [], username
    admin = await new_client().login("admin")
    missing = {"id": global_id("Person", officer.id + 10_000)}
    assert (await admin.data(THEIRS, missing))["personPoints"] == []
    assert await admin.error_codes(THEIRS, {"id": global_id("Unit", 1)}) == ["BAD_USER_INPUT"]
    assert await admin.error_codes(THEIRS, {**theirs, "year": 1999}) == ["BAD_USER_INPUT"]
    assert await admin.error_codes(MINE, {"year": 2101}) == ["BAD_USER_INPUT"]
    await client.login("officer1")
    assert await client.error_codes(THEIRS, {**theirs, "year": 99}) == ["BAD_USER_INPUT"]
    anonymous = new_client()
    assert await anonymous.error_codes(MINE) == ["UNAUTHENTICATED"]
    assert await anonymous.error_codes(THEIRS, theirs) == ["UNAUTHENTICATED"]


RECORD = """query($year: Int, $dimension: Dimension, $first: Int, $after: String) {
  myScoreEvents(year: $year, dimension: $dimension, first: $first, after: $after) {
    edges { node { dimension points reason occurredAt person { name } } }
    pageInfo { hasNextPage endCursor } } }"""


async def test_my_score_events_list_my_own_events_of_the_year_by_id(
    client,
    county,  # noqa: F811
    clock_at,
):
    clock_at.set(datetime(2026, 6, 1, 9, tzinfo=LOCAL))
    officer = county.officers[0]
    await event(officer, Dimension.EXAM, "7.25", datetime(2026, 2, 1, 9), "e1")
    await event(officer, Dimension.DRILL, "2.00", datetime(2026, 3, 1, 9), "d1")
    await event(officer, Dimension.DRILL, "5.00", datetime(2025, 12, 31, 23, 30), "old")
    await event(county.officers[1], Dimension.EXAM, "9.00", datetime(2026, 2, 1, 9), "other")
    await restate_points(
        dimension=Dimension.EXAM,
        points="6.00",
        reason="更正",
        source_type="Test",
        source_id="e1",
        kind="test",
        person_id=officer.id,
        unit_id=officer.unit_id,
        occurred_at=datetime(2026, 2, 1, 9, tzinfo=LOCAL),
    )
    await client.login("officer0")
    page = (await client.data(RECORD))["myScoreEvents"]
    rows = [(e["node"]["dimension"], e["node"]["points"]) for e in page["edges"]]
    assert rows == [("EXAM", "7.25"), ("DRILL", "2.00"), ("EXAM", "-7.25"), ("EXAM", "6.00")]
    assert {e["node"]["person"]["name"] for e in page["edges"]} == {officer.name}
    exams = (await client.data(RECORD, {"dimension": "EXAM", "first": 2}))["myScoreEvents"]
    assert [e["node"]["points"] for e in exams["edges"]] == ["7.25", "-7.25"]
    assert exams["pageInfo"]["hasNextPage"]
    rest = await client.data(RECORD, {"dimension": "EXAM", "after": exams["pageInfo"]["endCursor"]})
    assert [e["node"]["points"] for e in rest["myScoreEvents"]["edges"]] == ["6.00"]
    old = (await client.data(RECORD, {"year": 2025}))["myScoreEvents"]["edges"]
    assert [e["node"]["reason"] for e in old] == ["测试"] and len(old) == 1


async def test_an_account_without_a_person_has_no_score_record(client):
    await make_user("clerk", Role.TRAINER)
    await client.login("clerk")
    assert (await client.data(RECORD))["myScoreEvents"]["edges"] == []
