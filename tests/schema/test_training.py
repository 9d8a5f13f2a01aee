"""Training through the API: scheduling, series, rosters, check-in, attendance, quotas."""

from __future__ import annotations

import asyncio
from dataclasses import dataclass
from datetime import datetime
from decimal import Decimal

import pytest

from assessment.compliance import Period
from models import quotas, training
from models.assessment import ScoreEvent
from models.org import PersonCategory, Role, UnitKind, update_person
from schema.ids import global_id
from tests.conftest import QueryCounter, make_person, make_unit, make_user

SCHEDULE = """mutation($input: ScheduleSessionInput!) { scheduleSession(input: $input) {
  session { id title status startsAt endsAt venue organizer { name } trainer { username }
            attendanceSummary { expected unmarked } }
  userErrors { field code message } } }"""
SERIES = """mutation($input: ScheduleSeriesInput!) { scheduleSeries(input: $input) {
  sessions { id startsAt seriesId } userErrors { field code message } } }"""
ROSTER = """query($id: ID!) { node(id: $id) { ... on TrainingSession {
  status attendanceSummary { expected present late excused absent unmarked rate }
  attendance(first: 100) { edges { node { status checkedInAt person { name } } } } } } }"""
OPEN = """mutation($input: OpenCheckInInput!) { openCheckIn(input: $input) {
  code expiresAt userErrors { field code } } }"""
CHECK_IN = """mutation($input: CheckInInput!) { checkIn(input: $input) {
  attendance { status checkedInAt } userErrors { field code message } } }"""
MARK = """mutation($input: MarkAttendanceInput!) { markAttendance(input: $input) {
  attendance { status note person { name } } userErrors { field code message } } }"""
LEAVE = """mutation($input: RequestLeaveInput!) { requestLeave(input: $input) {
  attendance { status excuseReason } userErrors { field code } } }"""
CANCEL = """mutation($input: CancelSessionInput!) { cancelSession(input: $input) {
  session { status cancelReason } userErrors { field code } } }"""
UPDATE = """mutation($input: UpdateSessionInput!) { updateSession(input: $input) {
  session { venue startsAt attendanceSummary { expected } } userErrors { field code } } }"""


@dataclass
class County:
    bureau: object
    township: object
    team: object
    other_township: object
    officers: list
    trainer: object


@pytest.fixture
async def county(clock_at) -> County:
    bureau = await make_unit("县应急管理局")
    township = await make_unit("高村镇", UnitKind.TOWNSHIP)
    team = await make_unit("高村镇综合行政执法大队", UnitKind.TOWNSHIP, parent=township)
    other = await make_unit("锦和镇", UnitKind.TOWNSHIP)
    officers = [await make_person(team, name=f"队员{i}") for i in range(3)]
    trainer_person = await make_person(bureau, name="培训员", category=PersonCategory.DEPUTY_LEADER)
    trainer = await make_user("trainer", Role.TRAINER, person=trainer_person)
    await make_user("admin", Role.ADMIN)
    for i, person in enumerate(officers):
        await make_user(f"officer{i}", Role.OFFICER, person=person)
    return County(bureau, township, team, other, officers, trainer)


def uid(unit) -> str:
    return global_id("Unit", unit.id)


def pid(person) -> str:
    return global_id("Person", person.id)


def session_input(county: County, **overrides) -> dict:
    return {
        "title": "交通安全周周讲",
        "kind": "TRAFFIC_SAFETY",
        "startsAt": "2026-03-02T19:00:00+08:00",
        "endsAt": "2026-03-02T20:00:00+08:00",
        "venue": "三楼会议室",
        "organizerUnitId": uid(county.bureau),
        "trainerId": global_id("User", county.trainer.id),
        "audience": {"unitIds": [uid(county.township)]},
        **overrides,
    }


async def schedule(client, county, **overrides) -> dict:
    return (await client.mutate(SCHEDULE, session_input(county, **overrides)))["session"]


def codes(payload: dict) -> list[str]:
    return [e["code"] for e in payload["userErrors"]]


async def test_trainer_schedules_a_session_and_the_roster_is_materialised(client, county):
    await client.login("trainer")
    session = await schedule(client, county)
    assert session["status"] == "SCHEDULED" and session["trainer"] == {"username": "trainer"}
    assert session["startsAt"] == "2026-03-02T11:00:00+00:00"  # 19:00 in Shanghai, stored in UTC
    assert session["attendanceSummary"] == {"expected": 3, "unmarked": 3}
    roster = (await client.data(ROSTER, {"id": session["id"]}))["node"]
    assert sorted(e["node"]["person"]["name"] for e in roster["attendance"]["edges"]) == [
        "队员0",
        "队员1",
        "队员2",
    ]


async def test_audiences_combine_units_categories_and_named_people(client, county):
    leader = await make_person(
        county.township, name="镇长", category=PersonCategory.PRINCIPAL_LEADER
    )
    outsider = await make_person(county.other_township, name="外镇人员")
    await client.login("admin")
    audience = {
        "unitIds": [uid(county.township)],
        "categories": ["PRINCIPAL_LEADER"],
        "personIds": [pid(outsider)],
    }
    session = await schedule(client, county, audience=audience)
    roster = (await client.data(ROSTER, {"id": session["id"]}))["node"]["attendance"]["edges"]
    assert sorted(e["node"]["person"]["name"] for e in roster) == sorted([leader.name, "外镇人员"])


async def test_scheduling_mistakes_are_user_errors(client, county):
    await client.login("trainer")
    day3 = {"startsAt": "2026-03-03T19:00:00+08:00", "endsAt": "2026-03-03T20:00:00+08:00"}
    await schedule(client, county, venue="大礼堂", **day3)
    nobody = await make_unit("空单位")
    cases = [
        ({"endsAt": "2026-03-02T18:00:00+08:00"}, "END_BEFORE_START"),
        (
            {"startsAt": "2026-03-01T19:00:00+08:00", "endsAt": "2026-03-01T20:00:00+08:00"},
            "START_IN_PAST",
        ),
        ({"audience": {"unitIds": [uid(nobody)]}}, "EMPTY_AUDIENCE"),
        ({"audience": {}}, "EMPTY_AUDIENCE"),
        ({"capacity": 2}, "OVER_CAPACITY"),
        ({"capacity": 0}, "INVALID_CAPACITY"),
        (
            {
                "venue": "大礼堂",
                "trainerId": None,
                "startsAt": "2026-03-03T19:30:00+08:00",
                "endsAt": "2026-03-03T20:30:00+08:00",
            },
            "VENUE_CONFLICT",
        ),
        (
            {
                "venue": "别处",
                "startsAt": "2026-03-03T19:59:00+08:00",
                "endsAt": "2026-03-03T21:00:00+08:00",
            },
            "TRAINER_CONFLICT",
        ),
        ({"title": " "}, "REQUIRED"),
        ({"organizerUnitId": global_id("Unit", 99999)}, "UNIT_NOT_FOUND"),
        ({"organizerUnitId": "nonsense"}, "INVALID_ID"),
        ({"audience": {"personIds": [global_id("Person", 99999)]}}, "PERSON_NOT_FOUND"),
        ({"trainerId": global_id("User", 99999)}, "USER_NOT_FOUND"),
    ]
    for overrides, code in cases:
        payload = await client.data(SCHEDULE, {"input": session_input(county, **overrides)})
        assert codes(payload["scheduleSession"]) == [code], overrides
    # Back to back is no conflict.
    await schedule(
        client,
        county,
        venue="大礼堂",
        startsAt="2026-03-03T20:00:00+08:00",
        endsAt="2026-03-03T21:00:00+08:00",
    )
    assert await training.TrainingSession.all().count() == 2


async def test_who_may_schedule(client, new_client, county):
    officer = await new_client().login("officer0")
    assert await officer.error_codes(SCHEDULE, {"input": session_input(county)}) == ["FORBIDDEN"]
    township_trainer = await make_person(county.other_township, name="外镇培训员")
    await make_user("townshiptrainer", Role.TRAINER, person=township_trainer)
    await client.login("townshiptrainer")
    # Organising for the bureau, or for another township's people, is outside their units.
    payload = await client.data(SCHEDULE, {"input": session_input(county, trainerId=None)})
    assert codes(payload["scheduleSession"]) == ["OUT_OF_SCOPE"]
    own = session_input(county, trainerId=None, organizerUnitId=uid(county.other_township))
    payload = await client.data(SCHEDULE, {"input": own})
    assert codes(payload["scheduleSession"]) == ["OUT_OF_SCOPE"]  # the audience is 高村镇
    await make_person(county.other_township, name="本镇队员")
    own["audience"] = {"unitIds": [uid(county.other_township)]}
    assert (await client.mutate(SCHEDULE, own))["session"]["attendanceSummary"]["expected"] == 2


async def test_a_weekly_series_is_created_in_one_go(client, county):
    await client.login("trainer")
    series = {
        "session": session_input(county),
        "recurrence": {"frequency": "WEEKLY", "weekdays": ["MONDAY", "THURSDAY"], "count": 4},
    }
    sessions = (await client.mutate(SERIES, series))["sessions"]
    assert [s["startsAt"] for s in sessions] == [
        "2026-03-02T11:00:00+00:00",
        "2026-03-05T11:00:00+00:00",
        "2026-03-09T11:00:00+00:00",
        "2026-03-12T11:00:00+00:00",
    ]
    assert len({s["seriesId"] for s in sessions}) == 1
    assert await training.Attendance.all().count() == 12


async def test_a_series_with_one_bad_occurrence_creates_nothing(client, county):
    await client.login("trainer")
    await schedule(
        client,
        county,
        startsAt="2026-03-16T19:00:00+08:00",
        endsAt="2026-03-16T20:00:00+08:00",
        venue="别处",
    )
    series = {
        "session": session_input(county),
        "recurrence": {"frequency": "WEEKLY", "until": "2026-03-31"},
    }
    payload = (await client.data(SERIES, {"input": series}))["scheduleSeries"]
    assert (
        codes(payload) == ["TRAINER_CONFLICT"]
        and "2026-03-16" in payload["userErrors"][0]["message"]
    )
    assert await training.TrainingSession.all().count() == 1
    bad = {**series, "recurrence": {"frequency": "MONTHLY"}}
    assert codes((await client.data(SERIES, {"input": bad}))["scheduleSeries"]) == [
        "RECURRENCE_UNBOUNDED"
    ]


async def test_editing_and_cancelling_a_series_from_a_date(client, county):
    await client.login("trainer")
    series = {"session": session_input(county), "recurrence": {"frequency": "WEEKLY", "count": 4}}
    sessions = (await client.mutate(SERIES, series))["sessions"]
    series_id = sessions[0]["seriesId"]
    update = """mutation($input: UpdateSeriesInput!) { updateSeries(input: $input) {
      sessions { startsAt venue } userErrors { field code } } }"""
    changed = await client.mutate(
        update,
        {
            "seriesId": series_id,
            "fromDate": "2026-03-16",
            "venue": "新会议室",
            "startTime": "18:30:00",
        },
    )
    assert changed["sessions"] == [
        {"startsAt": "2026-03-16T10:30:00+00:00", "venue": "新会议室"},
        {"startsAt": "2026-03-23T10:30:00+00:00", "venue": "新会议室"},
    ]
    cancel = """mutation($input: CancelSeriesInput!) { cancelSeries(input: $input) {
      sessions { status cancelReason } userErrors { field code } } }"""
    cancelled = await client.mutate(
        cancel, {"seriesId": series_id, "fromDate": "2026-03-23", "reason": "改期"}
    )
    assert cancelled["sessions"] == [{"status": "CANCELLED", "cancelReason": "改期"}]
    statuses = [
        s.cancelled_at is None for s in await training.TrainingSession.all().order_by("starts_at")
    ]
    assert statuses == [True, True, True, False]
    none_left = await client.data(
        cancel, {"input": {"seriesId": series_id, "fromDate": "2026-04-01", "reason": "x"}}
    )
    assert codes(none_left["cancelSeries"]) == ["NOTHING_TO_CHANGE"]


async def test_the_roster_follows_the_audience_and_people_moving(client, county):
    await client.login("trainer")
    session = await schedule(client, county)
    newcomer = await make_person(county.team, name="新队员")  # joins before the start
    moved = await update_person(county.officers[0].id, {"unit_id": county.other_township.id})
    assert moved.unit_id == county.other_township.id

    def names(roster):
        return sorted(e["node"]["person"]["name"] for e in roster["node"]["attendance"]["edges"])

    assert names(await client.data(ROSTER, {"id": session["id"]})) == ["新队员", "队员1", "队员2"]
    await update_person(newcomer.id, {"active": False})
    payload = await client.mutate(
        UPDATE,
        {
            "sessionId": session["id"],
            "audience": {"unitIds": [uid(county.team), uid(county.other_township)]},
        },
    )
    assert payload["session"]["attendanceSummary"]["expected"] == 3
    too_small = await client.data(UPDATE, {"input": {"sessionId": session["id"], "capacity": 2}})
    assert codes(too_small["updateSession"]) == ["OVER_CAPACITY"]


async def test_check_in_with_the_rotating_code(client, new_client, county, clock_at):
    await client.login("trainer")
    session = await schedule(client, county)
    officer = await new_client().login("officer0")
    early = await client.data(OPEN, {"input": {"sessionId": session["id"]}})
    assert codes(early["openCheckIn"]) == ["CHECK_IN_CLOSED"]
    clock_at.set(datetime(2026, 3, 2, 18, 40))  # 20 minutes before the start
    first = await client.mutate(OPEN, {"sessionId": session["id"], "validSeconds": 60})
    second = await client.mutate(OPEN, {"sessionId": session["id"], "validSeconds": 60})

    def check(code):
        return officer.data(CHECK_IN, {"input": {"sessionId": session["id"], "code": code}})

    if first["code"] != second["code"]:  # only the newest code is valid
        assert codes((await check(first["code"]))["checkIn"]) == ["INVALID_CODE"]
    done = (await check(second["code"]))["checkIn"]
    assert done["userErrors"] == [] and done["attendance"]["status"] == "PRESENT"
    clock_at.advance(seconds=30)
    again = (await check(second["code"]))["checkIn"]
    assert again["attendance"] == done["attendance"]  # twice changes nothing
    clock_at.advance(seconds=31)
    late_comer = await new_client().login("officer1")
    expired = await late_comer.data(
        CHECK_IN, {"input": {"sessionId": session["id"], "code": second["code"]}}
    )
    assert codes(expired["checkIn"]) == ["CODE_EXPIRED"]
    clock_at.set(datetime(2026, 3, 2, 19, 16))  # 16 minutes after the start
    code = (await client.mutate(OPEN, {"sessionId": session["id"]}))["code"]
    late = await late_comer.data(CHECK_IN, {"input": {"sessionId": session["id"], "code": code}})
    assert late["checkIn"]["attendance"]["status"] == "LATE"
    wrong_code = "000000" if code != "000000" else "111111"
    wrong = await late_comer.data(
        CHECK_IN, {"input": {"sessionId": session["id"], "code": wrong_code}}
    )
    assert codes(wrong["checkIn"]) == ["INVALID_CODE"]
    stranger = await make_person(county.other_township, name="外人")
    await make_user("stranger", Role.OFFICER, person=stranger)
    outsider = await new_client().login("stranger")
    not_listed = await outsider.data(
        CHECK_IN, {"input": {"sessionId": session["id"], "code": code}}
    )
    assert codes(not_listed["checkIn"]) == ["NOT_ON_ROSTER"]
    summary = (await client.data(ROSTER, {"id": session["id"]}))["node"]["attendanceSummary"]
    assert (summary["present"], summary["late"], summary["unmarked"]) == (1, 1, 1)
    events = await ScoreEvent.all().order_by("id")
    assert [e.points for e in events] == [Decimal("1.00"), Decimal("0.50")]


async def test_check_in_refuses_cancelled_and_ended_sessions(client, new_client, county, clock_at):
    await client.login("trainer")
    session = await schedule(client, county)
    clock_at.set(datetime(2026, 3, 2, 19, 5))
    code = (await client.mutate(OPEN, {"sessionId": session["id"]}))["code"]
    await client.mutate(CANCEL, {"sessionId": session["id"], "reason": "暴雨停课"})
    officer = await new_client().login("officer0")
    payload = await officer.data(CHECK_IN, {"input": {"sessionId": session["id"], "code": code}})
    assert codes(payload["checkIn"]) == ["SESSION_CANCELLED"]
    again = await client.data(CANCEL, {"input": {"sessionId": session["id"], "reason": "x"}})
    assert codes(again["cancelSession"]) == ["ALREADY_CANCELLED"]
    blank = await client.data(CANCEL, {"input": {"sessionId": session["id"], "reason": " "}})
    assert codes(blank["cancelSession"]) == ["REQUIRED"]


async def test_bulk_marks_are_all_or_nothing_and_restate_the_ledger(client, county, clock_at):
    await client.login("trainer")
    session = await schedule(client, county)
    marks = [{"personId": pid(p), "status": "PRESENT"} for p in county.officers]
    early = await client.data(MARK, {"input": {"sessionId": session["id"], "marks": marks}})
    assert codes(early["markAttendance"]) == ["SESSION_NOT_STARTED"] * 3
    clock_at.set(datetime(2026, 3, 2, 20, 30))
    stranger = await make_person(county.other_township, name="外人")
    bad = [
        *marks,
        {"personId": pid(stranger), "status": "ABSENT"},
        {"personId": pid(county.officers[0]), "status": "LATE"},
    ]
    payload = (await client.data(MARK, {"input": {"sessionId": session["id"], "marks": bad}}))[
        "markAttendance"
    ]
    assert sorted(codes(payload)) == ["DUPLICATE_MARK", "NOT_ON_ROSTER"]
    assert payload["userErrors"][0]["field"][:2] == ["marks", "3"]
    assert not await ScoreEvent.exists()  # nothing was applied
    marks[2] = {"personId": pid(county.officers[2]), "status": "ABSENT", "note": "未请假"}
    done = await client.mutate(MARK, {"sessionId": session["id"], "marks": marks})
    assert [a["status"] for a in done["attendance"]] == ["PRESENT", "PRESENT", "ABSENT"]
    # A corrected mark reverses the old event and records the new one.
    await client.mutate(
        MARK,
        {
            "sessionId": session["id"],
            "marks": [{"personId": pid(county.officers[0]), "status": "LATE"}],
        },
    )
    events = [(e.kind, e.points) for e in await ScoreEvent.all().order_by("id")]
    assert events == [
        ("attendance", Decimal("1.00")),
        ("attendance", Decimal("1.00")),
        ("attendance", Decimal("-1.00")),
        ("attendance:reversed", Decimal("-1.00")),
        ("attendance#2", Decimal("0.50")),
    ]
    too_many = [{"personId": pid(county.officers[0]), "status": "PRESENT"}] * 501
    payload = await client.data(MARK, {"input": {"sessionId": session["id"], "marks": too_many}})
    assert codes(payload["markAttendance"]) == ["TOO_MANY_MARKS"]
    summary = (await client.data(ROSTER, {"id": session["id"]}))["node"]["attendanceSummary"]
    assert summary == {
        "expected": 3,
        "present": 1,
        "late": 1,
        "excused": 0,
        "absent": 1,
        "unmarked": 0,
        "rate": pytest.approx(2 / 3),
    }


async def test_leave_before_the_start_and_a_trainer_may_reverse_it(
    client, new_client, county, clock_at
):
    await client.login("trainer")
    session = await schedule(client, county)
    officer = await new_client().login("officer0")
    excused = await officer.mutate(LEAVE, {"sessionId": session["id"], "reason": "外出执法"})
    assert excused["attendance"] == {"status": "EXCUSED", "excuseReason": "外出执法"}
    summary = (await client.data(ROSTER, {"id": session["id"]}))["node"]["attendanceSummary"]
    assert summary["excused"] == 1
    await client.mutate(
        MARK,
        {
            "sessionId": session["id"],
            "marks": [{"personId": pid(county.officers[0]), "status": "UNMARKED"}],
        },
    )
    clock_at.set(datetime(2026, 3, 2, 19, 0, 1))
    late = await officer.data(LEAVE, {"input": {"sessionId": session["id"], "reason": "x"}})
    assert codes(late["requestLeave"]) == ["TOO_LATE_FOR_LEAVE"]


async def test_who_is_unmarked_when_a_session_ends_becomes_absent(client, county, clock_at):
    await client.login("trainer")
    session = await schedule(client, county)
    clock_at.set(datetime(2026, 3, 2, 19, 30))
    await client.mutate(
        MARK,
        {
            "sessionId": session["id"],
            "marks": [{"personId": pid(county.officers[0]), "status": "PRESENT"}],
        },
    )
    listing = "{ trainingSessions { edges { node { status attendanceSummary { present absent unmarked } } } } }"
    ongoing = (await client.data(listing))["trainingSessions"]["edges"][0]["node"]
    assert ongoing == {
        "status": "ONGOING",
        "attendanceSummary": {"present": 1, "absent": 0, "unmarked": 2},
    }
    clock_at.set(datetime(2026, 3, 2, 20, 0))
    ended = (await client.data(listing))["trainingSessions"]["edges"][0]["node"]
    assert ended == {
        "status": "COMPLETED",
        "attendanceSummary": {"present": 1, "absent": 2, "unmarked": 0},
    }
    assert sorted(e.points for e in await ScoreEvent.all()) == [
        Decimal("-1.00"),
        Decimal("-1.00"),
        Decimal("1.00"),
    ]
    await client.data(listing)  # reading again changes nothing
    assert await ScoreEvent.all().count() == 3


async def test_officers_see_their_schedule_and_only_their_own_row(client, new_client, county):
    await client.login("trainer")
    session = await schedule(client, county)
    await make_person(county.other_township, name="锦和队员")
    await schedule(
        client,
        county,
        title="其他镇的课",
        audience={"unitIds": [uid(county.other_township)], "personIds": []},
        startsAt="2026-03-03T19:00:00+08:00",
        endsAt="2026-03-03T20:00:00+08:00",
    )
    officer = await new_client().login("officer1")
    mine = await officer.data("{ mySchedule { title myAttendance { status } } }")
    assert mine["mySchedule"] == [
        {"title": "交通安全周周讲", "myAttendance": {"status": "UNMARKED"}}
    ]
    rows = (await officer.data(ROSTER, {"id": session["id"]}))["node"]["attendance"]["edges"]
    assert [e["node"]["person"]["name"] for e in rows] == ["队员1"]
    history = await officer.data(
        "{ attendanceHistory { edges { node { status session { title } } } } }"
    )
    assert history["attendanceHistory"]["edges"] == [
        {"node": {"status": "UNMARKED", "session": {"title": "交通安全周周讲"}}}
    ]


async def test_a_township_trainer_cannot_touch_another_townships_session(
    client, new_client, county, clock_at
):
    await client.login("trainer")
    session = await schedule(client, county, organizerUnitId=uid(county.township))
    outsider = await make_person(county.other_township, name="外镇培训员")
    await make_user("othertrainer", Role.TRAINER, person=outsider)
    other = await new_client().login("othertrainer")
    clock_at.set(datetime(2026, 3, 2, 19, 30))
    marks = {
        "sessionId": session["id"],
        "marks": [{"personId": pid(county.officers[0]), "status": "ABSENT"}],
    }
    assert codes((await other.data(MARK, {"input": marks}))["markAttendance"]) == ["OUT_OF_SCOPE"]
    assert codes(
        (await other.data(OPEN, {"input": {"sessionId": session["id"]}}))["openCheckIn"]
    ) == ["OUT_OF_SCOPE"]
    assert (await other.data(ROSTER, {"id": session["id"]}))["node"] is None
    officer = await new_client().login("officer0")
    assert await officer.error_codes(MARK, {"input": marks}) == ["FORBIDDEN"]


async def test_a_township_leader_reads_the_roster_of_sessions_organised_within_their_township(
    client, new_client, county
):
    """A county session that the township's people attend is visible to its leader, but its
    roster is the organiser's: the leader sees their own row, not other townships' people."""
    await make_person(county.other_township, name="锦和队员")
    leader = await make_person(
        county.township, name="高村镇镇长", category=PersonCategory.PRINCIPAL_LEADER
    )
    user = await make_user("township_leader", Role.LEADER, person=leader)
    assert user.scope_unit_id == county.township.id
    await client.login("trainer")
    both = {"unitIds": [uid(county.township), uid(county.other_township)]}
    county_session = await schedule(client, county, audience=both)
    own = await schedule(
        client,
        county,
        organizerUnitId=uid(county.township),
        startsAt="2026-03-03T19:00:00+08:00",
        endsAt="2026-03-03T20:00:00+08:00",
    )
    reader = await new_client().login("township_leader")
    rows = (await reader.data(ROSTER, {"id": county_session["id"]}))["node"]["attendance"]
    assert [e["node"]["person"]["name"] for e in rows["edges"]] == ["高村镇镇长"]
    rows = (await reader.data(ROSTER, {"id": own["id"]}))["node"]["attendance"]
    assert len(rows["edges"]) == 4  # the three officers and the leader


REPORT = """query($year: Int!, $status: ComplianceStatus) { trainingCompliance(year: $year) {
  year people(status: $status) { edges { node { person { name } status
    items { requirement period required attended scheduledRemaining status } } } }
  units { unit { name } people compliant onTrack atRisk nonCompliant rate } } }"""


async def yearly_requirement(count: int = 2) -> None:
    await quotas.create_requirement(
        quotas.RequirementPlan(
            name="政治业务双培训",
            training_kinds=[training.TrainingKind.POLITICAL],
            count=count,
            period=Period.YEAR,
            categories=[PersonCategory.ENFORCEMENT_OFFICER],
        )
    )


async def test_compliance_statuses(client, county, clock_at):
    await yearly_requirement(count=2)
    await client.login("trainer")
    past = await schedule(client, county, kind="POLITICAL")
    await schedule(
        client,
        county,
        kind="POLITICAL",
        startsAt="2026-06-01T09:00:00+08:00",
        endsAt="2026-06-01T11:00:00+08:00",
        audience={"personIds": [pid(county.officers[0]), pid(county.officers[1])]},
    )
    clock_at.set(datetime(2026, 3, 2, 20, 30))
    marks = [
        {"personId": pid(county.officers[0]), "status": "PRESENT"},
        {"personId": pid(county.officers[2]), "status": "LATE"},
    ]
    await client.mutate(MARK, {"sessionId": past["id"], "marks": marks})
    await client.login("admin")
    report = (await client.data(REPORT, {"year": 2026}))["trainingCompliance"]
    statuses = {e["node"]["person"]["name"]: e["node"]["status"] for e in report["people"]["edges"]}
    # 队员0: 1 attended + 1 scheduled = 2; 队员1: absent, 1 scheduled; 队员2: 1 attended, none scheduled.
    assert statuses == {"队员0": "ON_TRACK", "队员1": "AT_RISK", "队员2": "AT_RISK"}
    item = report["people"]["edges"][0]["node"]["items"][0]
    assert item == {
        "requirement": "政治业务双培训",
        "period": "2026",
        "required": 2,
        "attended": 1,
        "scheduledRemaining": 1,
        "status": "ON_TRACK",
    }
    assert report["units"] == [
        {
            "unit": {"name": "高村镇综合行政执法大队"},
            "people": 3,
            "compliant": 0,
            "onTrack": 1,
            "atRisk": 2,
            "nonCompliant": 0,
            "rate": 0.0,
        }
    ]
    clock_at.set(datetime(2026, 6, 1, 12, 0))  # after the June session, which 队员0 attended
    await training.Attendance.filter(person_id=county.officers[0].id, status="UNMARKED").update(
        status="PRESENT"
    )
    report = (await client.data(REPORT, {"year": 2026, "status": "COMPLIANT"}))[
        "trainingCompliance"
    ]
    assert [e["node"]["person"]["name"] for e in report["people"]["edges"]] == ["队员0"]
    clock_at.set(datetime(2027, 1, 5, 9, 0))  # the year is over
    report = (await client.data(REPORT, {"year": 2026, "status": "NON_COMPLIANT"}))[
        "trainingCompliance"
    ]
    assert sorted(e["node"]["person"]["name"] for e in report["people"]["edges"]) == [
        "队员1",
        "队员2",
    ]


async def test_a_compliance_report_costs_the_same_statements_for_5_and_60_people(client, county):
    """Each person of the page with their unit, and each unit of the summary, come for all of
    them at once."""
    await yearly_requirement(count=2)
    await client.login("admin")
    query = """query($first: Int) { trainingCompliance(year: 2026) {
      people(first: $first) { edges { node { status person { name unit { name } } } } }
      units { people unit { name parent { name } } } } }"""
    counts = {}
    for size in (5, 60):
        # Each person in a unit of their own: nothing to share between them.
        while await training_people() < size:
            await make_person(await make_unit(parent=county.township), name="队员")
        with QueryCounter() as counter:
            report = (await client.data(query, {"first": size}))["trainingCompliance"]
        assert len(report["people"]["edges"]) == size
        assert all(e["node"]["person"]["unit"]["name"] for e in report["people"]["edges"])
        assert sum(u["people"] for u in report["units"]) == size
        counts[size] = counter.count
    assert counts[5] == counts[60], counts


async def training_people() -> int:
    from models.org import Person

    return await Person.filter(category=PersonCategory.ENFORCEMENT_OFFICER).count()


async def test_weekly_quotas_are_judged_per_week(client, county, clock_at):
    await quotas.create_requirement(
        quotas.RequirementPlan(
            name="交通安全周周讲",
            training_kinds=[training.TrainingKind.TRAFFIC_SAFETY],
            count=1,
            period=Period.WEEK,
            formats=[training.TrainingFormat.LECTURE],
        )
    )
    await client.login("trainer")
    series = {
        "session": session_input(county, audience={"personIds": [pid(county.officers[0])]}),
        "recurrence": {"frequency": "WEEKLY", "count": 2},
    }
    sessions = (await client.mutate(SERIES, series))["sessions"]
    clock_at.set(datetime(2026, 3, 2, 19, 10))
    code = (await client.mutate(OPEN, {"sessionId": sessions[0]["id"]}))["code"]
    await client.login("officer0")
    await client.mutate(CHECK_IN, {"sessionId": sessions[0]["id"], "code": code})
    clock_at.set(datetime(2026, 3, 10, 9, 0))  # week 11 begun; its lecture (09 March) was missed
    await client.login("admin")
    report = (await client.data(REPORT, {"year": 2026}))["trainingCompliance"]
    entry = next(e for e in report["people"]["edges"] if e["node"]["person"]["name"] == "队员0")
    items = {i["period"]: i["status"] for i in entry["node"]["items"]}
    assert items["2026-W10"] == "COMPLIANT" and items["2026-W11"] == "AT_RISK"
    assert items["2026-W01"] == "NON_COMPLIANT" and entry["node"]["status"] == "NON_COMPLIANT"
    assert len(items) == 11


async def test_admins_keep_requirements_and_points(client, new_client, county):
    await client.login("admin")
    create = """mutation($input: TrainingRequirementInput!) { createTrainingRequirement(input: $input) {
      requirement { id name count period trainingKinds categories } userErrors { field code } } }"""
    payload = await client.mutate(
        create,
        {
            "name": "月月训",
            "trainingKinds": ["TRAFFIC_SAFETY"],
            "count": 1,
            "period": "MONTH",
            "categories": ["ENFORCEMENT_OFFICER"],
        },
    )
    assert payload["requirement"]["period"] == "MONTH"
    duplicate = await client.data(
        create,
        {
            "input": {
                "name": "月月训",
                "trainingKinds": ["TRAFFIC_SAFETY"],
                "count": 1,
                "period": "MONTH",
            }
        },
    )
    assert codes(duplicate["createTrainingRequirement"]) == ["DUPLICATE_NAME"]
    zero = await client.data(
        create,
        {"input": {"name": "x", "trainingKinds": ["POLITICAL"], "count": 0, "period": "YEAR"}},
    )
    assert codes(zero["createTrainingRequirement"]) == ["OUT_OF_RANGE"]
    points = """mutation($input: SetAttendancePointsInput!) { setAttendancePoints(input: $input) {
      points { status points } userErrors { code } } }"""
    changed = await client.mutate(points, {"status": "ABSENT", "points": "-2"})
    assert changed["points"] == {"status": "ABSENT", "points": "-2.00"}
    table = (await client.data("{ attendancePoints { status points } }"))["attendancePoints"]
    assert {"status": "ABSENT", "points": "-2.00"} in table
    trainer = await new_client().login("trainer")
    assert await trainer.error_codes(points, {"input": {"status": "ABSENT", "points": "0"}}) == [
        "FORBIDDEN"
    ]


async def test_two_phones_checking_in_at_once_leave_one_present_row(
    client, new_client, county, clock_at
):
    await client.login("trainer")
    session = await schedule(client, county)
    clock_at.set(datetime(2026, 3, 2, 19, 1))
    code = (await client.mutate(OPEN, {"sessionId": session["id"]}))["code"]
    phones = [await new_client().login("officer0") for _ in range(4)]
    variables = {"input": {"sessionId": session["id"], "code": code}}
    results = await asyncio.gather(*(phone.data(CHECK_IN, variables) for phone in phones))
    assert all(r["checkIn"]["attendance"]["status"] == "PRESENT" for r in results)
    assert await training.Attendance.filter(person_id=county.officers[0].id).count() == 1
    assert await ScoreEvent.all().count() == 1


async def test_two_trainers_marking_at_once_lose_nothing(client, new_client, county, clock_at):
    await client.login("trainer")
    session = await schedule(client, county)
    clock_at.set(datetime(2026, 3, 2, 20, 30))
    admin = await new_client().login("admin")
    first = {
        "sessionId": session["id"],
        "marks": [{"personId": pid(p), "status": "PRESENT"} for p in county.officers[:2]],
    }
    second = {
        "sessionId": session["id"],
        "marks": [{"personId": pid(p), "status": "ABSENT"} for p in county.officers[1:]],
    }
    await asyncio.gather(client.mutate(MARK, first), admin.mutate(MARK, second))
    rows = {r.person_id: r.status for r in await training.Attendance.all()}
    assert rows[county.officers[0].id] == "PRESENT" and rows[county.officers[2].id] == "ABSENT"
    standing = sum(e.points for e in await ScoreEvent.all())
    expected = {"PRESENT": Decimal(1), "ABSENT": Decimal(-1)}
    assert standing == sum(expected[s] for s in rows.values())


async def test_session_lists_cost_the_same_queries_for_5_and_40_sessions(client, county):
    await client.login("trainer")
    query = """query($first: Int) { trainingSessions(first: $first) { edges { node {
      title status organizer { name } trainer { username } attendanceSummary { expected rate }
      myAttendance { status }
      attendance(first: 2) { edges { node { status person { name unit { name } } } } } } } } }"""
    series = {"session": session_input(county), "recurrence": {"frequency": "WEEKLY", "count": 40}}
    await client.mutate(SERIES, series)
    counts = {}
    for size in (5, 40):
        with QueryCounter() as counter:
            data = await client.data(query, {"first": size})
        edges = data["trainingSessions"]["edges"]
        assert len(edges) == size and len(edges[-1]["node"]["attendance"]["edges"]) == 2
        counts[size] = counter.count
    assert counts[5] == counts[40], counts


async def test_more_mistakes_are_user_errors(client, new_client, county, clock_at):
    await client.login("trainer")
    session = await schedule(client, county)
    unknown = global_id("TrainingSession", 99999)
    payload = await client.data(UPDATE, {"input": {"sessionId": unknown, "venue": "x"}})
    assert codes(payload["updateSession"]) == ["SESSION_NOT_FOUND"]
    payload = await client.data(UPDATE, {"input": {"sessionId": session["id"], "startsAt": None}})
    assert codes(payload["updateSession"]) == ["REQUIRED"]
    bad_mark = {"sessionId": session["id"], "marks": [{"personId": "garbage", "status": "PRESENT"}]}
    payload = await client.data(MARK, {"input": bad_mark})
    assert payload["markAttendance"]["userErrors"][0]["field"] == ["marks", "0", "personId"]
    nobody = await new_client().login("admin")  # an account without a person
    payload = await nobody.data(LEAVE, {"input": {"sessionId": session["id"], "reason": "x"}})
    assert codes(payload["requestLeave"]) == ["NO_PERSON"]
    clock_at.set(datetime(2026, 3, 2, 19, 10))
    payload = await client.data(UPDATE, {"input": {"sessionId": session["id"], "venue": "别处"}})
    assert codes(payload["updateSession"]) == ["SESSION_STARTED"]
    clock_at.set(datetime(2026, 3, 2, 21, 0))
    payload = await client.data(CANCEL, {"input": {"sessionId": session["id"], "reason": "补记"}})
    assert codes(payload["cancelSession"]) == ["SESSION_OVER"]
    payload = await client.data(OPEN, {"input": {"sessionId": session["id"], "validSeconds": 5}})
    assert codes(payload["openCheckIn"]) == ["OUT_OF_RANGE"]
