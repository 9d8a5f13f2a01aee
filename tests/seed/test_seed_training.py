"""The demo year of training: quotas, sessions, rosters, marks, and the ledger rows they earn."""

from __future__ import annotations

import os
import re
import subprocess
import sys
from collections import Counter
from datetime import UTC, datetime
from decimal import Decimal
from pathlib import Path

import pytest

from assessment.compliance import ComplianceStatus, Period, periods_of_year
from models import clock
from models.assessment import Dimension, ScoreEvent, restate_points
from models.org import PersonCategory, UnitKind
from models.quotas import compliance
from models.training import (
    Attendance,
    AttendanceStatus,
    TrainingFormat,
    TrainingKind,
    TrainingRequirement,
    TrainingSession,
)
from seed.demo import DEMO_PASSWORD, create_demo_accounts, seed_org
from seed.training import (
    PersonInfo,
    UnitInfo,
    close_all_ended_sessions,
    plan_training,
    seed_requirements,
    seed_training,
)

ROOT = Path(__file__).resolve().parent.parent.parent
MID_YEAR = datetime(2026, 6, 15, 9, 0)  # a Monday morning: that evening's lecture is to come
STATUSES = [status.value for status in ComplianceStatus]
SCORING = [AttendanceStatus.PRESENT, AttendanceStatus.LATE, AttendanceStatus.ABSENT]

COMPLIANCE = """
query($status: ComplianceStatus, $after: String) {
  trainingCompliance(year: 2026) {
    people(first: 100, after: $after, status: $status) {
      pageInfo { hasNextPage endCursor }
      edges { node { status person { category } items { requirement period status } } }
    }
    units { people compliant onTrack atRisk nonCompliant rate }
  }
}"""


async def seed_county(clock_at, moment: datetime = MID_YEAR) -> tuple[dict, dict]:
    clock_at.set(moment)
    summary = await seed_org()
    await create_demo_accounts(summary)
    await seed_requirements()
    return summary, await seed_training(summary)


async def everyone_with(client, status: str) -> list[dict]:
    nodes, after = [], None
    while True:
        data = await client.data(COMPLIANCE, {"status": status, "after": after})
        page = data["trainingCompliance"]["people"]
        nodes += [edge["node"] for edge in page["edges"]]
        if not page["pageInfo"]["hasNextPage"]:
            return nodes
        after = page["pageInfo"]["endCursor"]


async def test_the_county_quotas_are_data(client):
    requirements = await seed_requirements()
    assert len(requirements) == 6
    weekly = await TrainingRequirement.get(name="交通安全周周讲")
    assert weekly.period == Period.WEEK and weekly.count == 1
    assert weekly.formats == ["LECTURE"] and weekly.training_kinds == ["TRAFFIC_SAFETY"]
    leaders = await TrainingRequirement.get(name="负责人政治业务培训")
    assert leaders.count == 4 and leaders.unit_kinds == ["COMMITTEE", "ENTERPRISE", "TOWNSHIP"]
    assert leaders.categories == ["DEPUTY_LEADER", "PRINCIPAL_LEADER"]


async def test_mid_year_report_shows_every_status(client, clock_at):
    _, training = await seed_county(clock_at)
    await client.login("leader", DEMO_PASSWORD)

    seen = {status: await everyone_with(client, status) for status in STATUSES}
    for status, nodes in seen.items():
        assert nodes, f"nobody is {status}"
        assert {node["status"] for node in nodes} == {status}
    assert {status: len(nodes) for status, nodes in seen.items()} == training["compliance"]

    # The causes are the ones the plan arranged: leaders met their yearly quota by June,
    # officers are behind on a weekly lecture or monthly training of a period that is over.
    compliant = {n["person"]["category"] for n in seen["COMPLIANT"]}
    assert "PRINCIPAL_LEADER" in compliant and "ASSISTING_STAFF" in compliant
    for node in seen["NON_COMPLIANT"]:
        assert node["person"]["category"] == "ENFORCEMENT_OFFICER"
        missed = [i for i in node["items"] if i["status"] == "NON_COMPLIANT"]
        assert missed and {i["requirement"] for i in missed} <= {"交通安全周周讲", "交通安全月月训"}
    at_risk_items = {
        item["requirement"]
        for node in seen["AT_RISK"]
        for item in node["items"]
        if item["status"] == "AT_RISK"
    }
    assert "负责人政治业务培训" in at_risk_items and "执法人员政治业务培训" in at_risk_items

    units = (await client.data(COMPLIANCE))["trainingCompliance"]["units"]
    assert sum(u["people"] for u in units) == sum(training["compliance"].values())
    assert sum(u["compliant"] for u in units) == training["compliance"]["COMPLIANT"]
    assert sum(u["atRisk"] for u in units) == training["compliance"]["AT_RISK"]
    assert all(0 <= u["rate"] <= 1 for u in units) and any(u["rate"] > 0 for u in units)


@pytest.mark.parametrize(
    "moment",
    [datetime(2026, 1, 20, 10, 0), datetime(2026, 9, 30, 16, 0), datetime(2026, 12, 28, 10, 0)],
    ids=["january", "september", "last-week"],
)
async def test_every_status_shows_whenever_the_county_is_seeded(client, clock_at, moment):
    _, training = await seed_county(clock_at, moment)
    rows, _ = await compliance(2026, None)
    statuses = Counter(row.status.value for row in rows)
    assert set(statuses) == set(STATUSES), statuses
    assert training["compliance"] == {status: statuses[status] for status in STATUSES}


async def test_sessions_rosters_and_marks(client, clock_at):
    summary, training = await seed_county(clock_at)
    now = clock.now()
    sessions = await TrainingSession.all()
    assert len(sessions) == training["sessions"]
    lectures = [s for s in sessions if s.format == TrainingFormat.LECTURE]
    assert len(lectures) == len(periods_of_year(2026, Period.WEEK))
    assert {s.week for s in lectures} == {key for key, _, _ in periods_of_year(2026, Period.WEEK)}
    monthly = [s for s in sessions if s.kind == TrainingKind.TRAFFIC_SAFETY and s not in lectures]
    assert sorted(s.month for s in monthly) == [f"2026-{m:02d}" for m in range(1, 13)]
    assert all(clock.local(s.starts_at).weekday() == 4 for s in monthly)
    for kind in (TrainingKind.POLITICAL, TrainingKind.PROFESSIONAL):
        yearly = [s for s in sessions if s.kind == kind]
        assert any(s.starts_at < now for s in yearly) and any(s.starts_at > now for s in yearly)
    assert all(s.absences_closed == (s.ends_at <= now) for s in sessions)

    rows = await Attendance.all().values_list("session__starts_at", "status", "checked_in_at")
    assert len(rows) == training["attendance"]
    future = Counter(status for starts_at, status, _ in rows if starts_at > now)
    past = Counter(status for starts_at, status, _ in rows if starts_at <= now)
    assert set(future) == {AttendanceStatus.UNMARKED}
    assert AttendanceStatus.UNMARKED not in past
    assert past[AttendanceStatus.PRESENT] > 3 * (
        past[AttendanceStatus.LATE] + past[AttendanceStatus.EXCUSED] + past[AttendanceStatus.ABSENT]
    )
    assert all(
        past[s] for s in (AttendanceStatus.LATE, AttendanceStatus.EXCUSED, AttendanceStatus.ABSENT)
    )
    assert all((checked is not None) == (status in SCORING[:2]) for _, status, checked in rows)
    assert await Attendance.filter(status=AttendanceStatus.EXCUSED, excuse_reason=None).count() == 0
    officers = summary["people_by_category"]["ENFORCEMENT_OFFICER"]
    assert await Attendance.filter(session_id=lectures[0].id).count() == officers


async def test_views_of_the_demo_accounts(client, new_client, clock_at):
    await seed_county(clock_at)

    await client.login("leader", DEMO_PASSWORD)
    data = await client.data(
        "{ trainingSessions(first: 100) { edges { node { title kind format status venue "
        "organizer { kind } trainer { username } attendanceSummary { expected rate } } } } }"
    )
    nodes = [e["node"] for e in data["trainingSessions"]["edges"]]
    assert len(nodes) == 83
    assert {n["status"] for n in nodes} == {"COMPLETED", "SCHEDULED"}
    assert {n["kind"] for n in nodes} == {"POLITICAL", "PROFESSIONAL", "TRAFFIC_SAFETY"}
    assert all(n["trainer"] == {"username": "trainer"} and n["venue"] for n in nodes)
    done = [n for n in nodes if n["status"] == "COMPLETED"]
    assert all(n["attendanceSummary"]["expected"] > 0 for n in nodes)
    assert all(0.3 < n["attendanceSummary"]["rate"] <= 1 for n in done)
    assert any(n["organizer"]["kind"] == "TOWNSHIP" for n in nodes)

    officer = await new_client().login("officer", DEMO_PASSWORD)
    schedule = (
        await officer.data(
            "{ mySchedule { title kind format startsAt status myAttendance { status } } }"
        )
    )["mySchedule"]
    lectures = [s for s in schedule if s["format"] == "LECTURE"]
    assert len(lectures) == len(periods_of_year(2026, Period.WEEK))
    assert all(s["kind"] == "TRAFFIC_SAFETY" and "周周讲" in s["title"] for s in lectures)
    assert [s["startsAt"] for s in schedule] == sorted(s["startsAt"] for s in schedule)
    for session in schedule:
        mine = session["myAttendance"]["status"]
        if session["status"] == "SCHEDULED":
            assert mine == "UNMARKED"
        else:  # the demo officer attends everything
            assert mine in ("PRESENT", "LATE")

    feed = await client.data(
        "{ scoreEvents(first: 100) { edges { node { dimension points reason sourceType kind "
        "sourceId person { id } } } } }"
    )
    events = [e["node"] for e in feed["scoreEvents"]["edges"]]
    assert len(events) == 100
    for event in events:
        assert event["dimension"] == "TRAINING" and event["sourceType"] == "Attendance"
        assert event["kind"] == "attendance" and event["person"]["id"]
        assert Decimal(event["points"]) in (Decimal(1), Decimal("0.5"), Decimal(-1))
        assert event["reason"].rsplit(" · ", 1)[1] in ("PRESENT", "LATE", "ABSENT")


async def test_the_ledger_says_what_the_marks_would_have_recorded(client, clock_at):
    _, training = await seed_county(clock_at)
    scoring = Attendance.filter(status__in=SCORING)
    assert training["ledger"] == await scoring.count() == await ScoreEvent.all().count()
    assert (
        await ScoreEvent.filter(dimension=Dimension.TRAINING, kind="attendance").count()
        == (training["ledger"])
    )

    # Restating any seeded row's points is a no-op: the ledger already says exactly that.
    points = {
        AttendanceStatus.PRESENT: Decimal(1),
        AttendanceStatus.LATE: Decimal("0.5"),
        AttendanceStatus.ABSENT: Decimal(-1),
    }
    for status in SCORING:
        for row in await Attendance.filter(status=status).prefetch_related("session", "person")[:5]:
            event = await restate_points(
                dimension=Dimension.TRAINING,
                points=points[status],
                reason=f"{row.session.title} · {status.value}",
                source_type="Attendance",
                source_id=row.id,
                kind="attendance",
                person_id=row.person_id,
                unit_id=row.person.unit_id,
                occurred_at=row.session.starts_at,
            )
            assert event.reason == f"{row.session.title} · {status.value}"
            assert event.occurred_at == row.session.starts_at
            assert event.unit_id == row.person.unit_id
    assert await ScoreEvent.all().count() == training["ledger"]
    excused = await Attendance.filter(status=AttendanceStatus.EXCUSED).first()
    assert not await ScoreEvent.filter(source_id=str(excused.id)).exists()


async def test_closing_absences_after_a_lecture(client, clock_at):
    _, training = await seed_county(clock_at)
    assert await close_all_ended_sessions() == 0
    clock_at.set(datetime(2026, 6, 15, 21, 0))  # that evening's lecture is over, nobody marked
    lecture = await TrainingSession.get(week="2026-W25", format=TrainingFormat.LECTURE)
    roster = await Attendance.filter(session_id=lecture.id).count()

    assert await close_all_ended_sessions() == 1
    assert await close_all_ended_sessions() == 0
    statuses = await Attendance.filter(session_id=lecture.id).values_list("status", flat=True)
    assert set(statuses) == {AttendanceStatus.ABSENT}
    assert await ScoreEvent.all().count() == training["ledger"] + roster


def test_the_plan_is_deterministic_for_a_seed_and_moment():
    units = [
        UnitInfo(1, "县应急管理局", UnitKind.COUNTY_DEPARTMENT, None),
        UnitInfo(2, "县交通运输局", UnitKind.COUNTY_DEPARTMENT, None),
        UnitInfo(3, "高村镇", UnitKind.TOWNSHIP, None),
        UnitInfo(4, "高村镇综合行政执法大队", UnitKind.TOWNSHIP, 3),
        UnitInfo(5, "县安全生产委员会", UnitKind.COMMITTEE, None),
    ]
    categories = list(PersonCategory)
    people = [PersonInfo(100 + n, 1 + n % 5, categories[n % len(categories)]) for n in range(60)]
    now = datetime(2026, 6, 15, 1, 0, tzinfo=UTC)

    def plan(seed: int):
        return plan_training(units, people, now=now, seed=seed, trainer_id=9)

    first = plan(7)
    assert first == plan(7)
    assert first != plan(8)
    assert [s.starts_at for s in first] == sorted(s.starts_at for s in first)
    assert all(s.trainer_id == 9 for s in first)
    for session in first:
        marked = {m.status for m in session.marks}
        if session.starts_at > now:
            assert marked == {AttendanceStatus.UNMARKED}
        else:
            assert AttendanceStatus.UNMARKED not in marked
    # Leaders' sessions reach the leaders of committees and townships, not of departments.
    leaders = next(s for s in first if s.title.startswith("负责人"))
    on_roster = {m.person_id for m in leaders.marks}
    expected = {
        p.id
        for p in people
        if p.category in (PersonCategory.PRINCIPAL_LEADER, PersonCategory.DEPUTY_LEADER)
        and p.unit_id in (3, 4, 5)
    }
    assert on_roster == expected


def test_close_absences_command(tmp_path):
    url = f"sqlite://{tmp_path}/closing.sqlite3"
    env = {**os.environ, "LIANBING_PASSWORD_HASH": "cheap"}
    command = [sys.executable, "-m", "seed", "--database-url", url]
    seeded = subprocess.run(
        [*command, "--people", "40"], env=env, cwd=ROOT, capture_output=True, text=True, timeout=120
    )
    assert seeded.returncode == 0, seeded.stderr
    assert re.search(r"training: \d+ sessions in \d{4}", seeded.stdout), seeded.stdout
    closed = subprocess.run(
        [*command, "--close-absences"],
        env=env,
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert closed.returncode == 0, closed.stderr
    assert "closed the absences of 0 ended sessions" in closed.stdout
    assert "seeded" not in closed.stdout
