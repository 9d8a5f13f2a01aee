"""Home pages per role and the officer's score record, against the demo's data.

What each page should show is read through the API as the same user at the start of the test,
so the checks follow the demo data rather than copies of it.
"""

from __future__ import annotations

import math
import uuid
from datetime import UTC, datetime, timedelta, timezone
from decimal import Decimal

from playwright.sync_api import expect

from browser_tests.conftest import DEMO_PASSWORD, login, shot

COUNTY = timezone(timedelta(hours=8))


def county_year() -> int:
    return datetime.now(COUNTY).year


def points_text(value: str | Decimal) -> str:
    """Points as the client prints them: at most two decimals, no trailing zeros."""
    number = Decimal(value).quantize(Decimal("0.01"))
    text = format(number.normalize(), "f")
    return "0" if text in {"-0", ""} else text


def test_officer_home_shows_schedule_exams_comments_and_points(contexts, api):
    officer = api("officer")
    now = datetime.now(UTC)
    data = officer.data(
        """query($from: DateTime!, $to: DateTime!, $year: Int!) {
          mySchedule(from: $from, to: $to) { title }
          exams(status: OPEN, first: 20) { edges { node { title } } }
          unreadDrillComments(first: 5) { body drill { title } }
          myPoints(year: $year) { dimension points }
        }""",
        {
            "from": (now - timedelta(hours=2)).isoformat(),
            "to": (now + timedelta(days=6)).isoformat(),
            "year": county_year(),
        },
    )
    assert data["mySchedule"], "the demo schedules sessions for the officer"
    assert data["exams"]["edges"], "the demo has open exams"
    assert data["unreadDrillComments"], "the demo officer's drills have comments"

    phone = contexts("phone").new_page()
    login(phone, "officer")
    home = phone.get_by_test_id("home-OFFICER")
    expect(home).to_be_visible()
    # The demo's session starting in a few minutes, in today's or the coming week's card.
    for session in data["mySchedule"][:2]:
        expect(home.get_by_text(session["title"], exact=True).first).to_be_visible()
    exams = phone.get_by_test_id("home-officer-exams")
    for edge in data["exams"]["edges"]:
        expect(exams.get_by_text(edge["node"]["title"]).first).to_be_visible()
    comments = phone.get_by_test_id("home-officer-comments")
    first = data["unreadDrillComments"][0]
    expect(comments.get_by_text(first["drill"]["title"]).first).to_be_visible()
    expect(comments.get_by_test_id("home-comment")).to_have_count(
        min(5, len(data["unreadDrillComments"]))
    )
    total = sum(Decimal(row["points"]) for row in data["myPoints"])
    assert total > 0, "the demo officer has points this year"
    expect(phone.get_by_test_id("home-points-total")).to_have_text(points_text(total))
    training = next(row for row in data["myPoints"] if row["dimension"] == "TRAINING")
    expect(phone.get_by_test_id("home-points-TRAINING")).to_contain_text("培训")
    expect(phone.get_by_test_id("home-points-TRAINING")).to_contain_text(
        points_text(training["points"])
    )
    shot(phone, "home-officer-phone")

    phone.get_by_role("button", name="去签到 / 请假").click()
    phone.wait_for_url("**/training/my")

    page = contexts("desktop").new_page()
    login(page, "officer")
    expect(page.get_by_test_id("home-officer-points")).to_contain_text("案卷评查")
    shot(page, "home-officer-desktop")


def test_trainer_home_shows_todays_sessions_open_exams_and_people_at_risk(contexts, api):
    trainer = api("trainer")
    year = county_year()
    today = datetime.now(COUNTY).replace(hour=0, minute=0, second=0, microsecond=0)
    data = trainer.data(
        """query($from: DateTime!, $to: DateTime!, $year: Int!) {
          trainingSessions(from: $from, to: $to, first: 50) { edges { node { id title status } } }
          exams(status: OPEN, first: 20) { edges { node { title practice } } }
          trainingCompliance(year: $year) { units { atRisk } }
        }""",
        {"from": today.isoformat(), "to": (today + timedelta(days=1)).isoformat(), "year": year},
    )
    sessions = [edge["node"] for edge in data["trainingSessions"]["edges"]]
    open_sessions = [s for s in sessions if s["status"] in {"SCHEDULED", "ONGOING"}]
    assert open_sessions, "the demo schedules a session today"
    at_risk = sum(unit["atRisk"] for unit in data["trainingCompliance"]["units"])

    for size in ("desktop", "phone"):
        page = contexts(size).new_page()
        login(page, "trainer")
        today_card = page.get_by_test_id("home-trainer-today")
        expect(today_card.get_by_test_id("home-trainer-session")).to_have_count(len(sessions))
        for session in sessions:
            expect(today_card.get_by_text(session["title"], exact=True)).to_be_visible()
        exams = page.get_by_test_id("home-trainer-exams")
        for edge in data["exams"]["edges"]:
            if not edge["node"]["practice"]:
                expect(exams.get_by_text(edge["node"]["title"])).to_be_visible()
        expect(exams).to_contain_text("应考")
        expect(page.get_by_test_id("home-at-risk")).to_contain_text(str(at_risk))
        shot(page, f"home-trainer-{size}")

    # The check-in code of today's first open session is one tap away.
    page.get_by_role("button", name=f"签到码：{open_sessions[0]['title']}").click()
    page.wait_for_url(f"**/training/sessions/{open_sessions[0]['id']}/check-in")


def test_leader_home_shows_drills_overdue_actions_and_compliance(contexts, api):
    leader = api("leader")
    data = leader.data(
        """query($year: Int!) {
          drills(status: IN_PROGRESS, first: 20) { edges { node { id title } } }
          actionItems(overdue: true, first: 20) { edges { node { title } } }
          trainingCompliance(year: $year) { units { people compliant } }
        }""",
        {"year": county_year()},
    )
    drills = [edge["node"] for edge in data["drills"]["edges"]]
    overdue = [edge["node"] for edge in data["actionItems"]["edges"]]
    assert drills and overdue, "the demo has a drill in progress and overdue action items"
    units = data["trainingCompliance"]["units"]
    rate = sum(u["compliant"] for u in units) / sum(u["people"] for u in units)
    shown = math.floor(rate * 1000 + 0.5) / 10  # half up, as the client rounds

    for size in ("desktop", "phone"):
        page = contexts(size).new_page()
        login(page, "leader")
        home = page.get_by_test_id("home-LEADER")
        drills_card = home.get_by_test_id("home-leader-drills")
        for drill in drills:
            expect(drills_card.get_by_text(drill["title"])).to_be_visible()
        actions = home.get_by_test_id("home-leader-actions")
        expect(actions.get_by_test_id("home-leader-action")).to_have_count(len(overdue))
        for item in overdue:
            expect(actions.get_by_text(item["title"])).to_be_visible()
        expect(actions).to_contain_text("已逾期")
        expect(home.get_by_test_id("home-compliance-rate")).to_contain_text(f"{shown:.1f}%")
        shot(page, f"home-leader-{size}")

    page.get_by_text(drills[0]["title"]).click()
    page.wait_for_url(f"**/drills/{drills[0]['id']}")


def test_evaluator_and_admin_homes_lead_to_their_work(contexts, api):
    data = api("evaluator").data(
        "{ drills(status: IN_PROGRESS, first: 20) { edges { node { title } } } }"
    )
    in_progress = [edge["node"]["title"] for edge in data["drills"]["edges"]]
    for size in ("desktop", "phone"):
        page = contexts(size).new_page()
        login(page, "evaluator")
        rate = page.get_by_test_id("home-evaluator-rate")
        for title in in_progress:
            expect(rate.get_by_text(title)).to_be_visible()
        shot(page, f"home-evaluator-{size}")

        admin = contexts(size).new_page()
        login(admin, "admin")
        expect(admin.get_by_test_id("home-admin-shortcuts")).to_be_visible()
        shot(admin, f"home-admin-{size}")
    admin.get_by_role("button", name="新增人员").click()
    admin.wait_for_url("**/admin/people")
    expect(
        admin.get_by_role("dialog").filter(has=admin.get_by_test_id("person-form"))
    ).to_be_visible()


def test_a_user_with_several_roles_sees_each_section(contexts, api):
    admin = api("admin")
    suffix = uuid.uuid4().hex[:8]
    units = admin.data("{ units(first: 100) { edges { node { id name } } } }")["units"]["edges"]
    team = next(e["node"]["id"] for e in units if e["node"]["name"] == "高村镇综合行政执法大队")
    person = admin.data(
        """mutation($input: CreatePersonInput!) {
          createPerson(input: $input) { person { id } userErrors { code } } }""",
        {
            "input": {
                "name": f"多角色{suffix[:4]}",
                "unitId": team,
                "category": "ENFORCEMENT_OFFICER",
            }
        },
    )["createPerson"]
    assert not person["userErrors"], person
    user = admin.data(
        """mutation($input: CreateUserInput!) {
          createUser(input: $input) { user { id } userErrors { code } } }""",
        {
            "input": {
                "username": f"multi-{suffix}",
                "password": DEMO_PASSWORD,
                "roles": ["OFFICER", "TRAINER"],
                "personId": person["person"]["id"],
            }
        },
    )["createUser"]
    assert not user["userErrors"], user

    page = contexts("desktop").new_page()
    login(page, f"multi-{suffix}")
    expect(page.get_by_test_id("home-OFFICER")).to_be_visible()
    expect(page.get_by_test_id("home-TRAINER")).to_be_visible()
    expect(page.get_by_test_id("home-officer-points")).to_be_visible()
    expect(page.get_by_test_id("home-trainer-compliance")).to_be_visible()
    expect(page.get_by_test_id("home-LEADER")).to_have_count(0)


def test_officer_score_record_lists_points_events_and_exams(contexts, api):
    officer = api("officer")
    year = county_year()
    data = officer.data(
        """query($year: Int!) {
          myPoints(year: $year) { dimension points }
          myScoreEvents(first: 100, year: $year) {
            edges { node { reason } }
            pageInfo { hasNextPage }
          }
          myAttempts(first: 100) { edges { node { passed startedAt exam { title practice } } } }
        }""",
        {"year": year},
    )
    total = sum(Decimal(row["points"]) for row in data["myPoints"])
    events = data["myScoreEvents"]["edges"]
    assert events and not data["myScoreEvents"]["pageInfo"]["hasNextPage"]
    passed = [
        edge["node"]["exam"]["title"]
        for edge in data["myAttempts"]["edges"]
        if edge["node"]["passed"]
        and not edge["node"]["exam"]["practice"]
        and edge["node"]["startedAt"].startswith(str(year))
    ]
    assert passed, "the demo officer passed exams this year"

    for size in ("desktop", "phone"):
        page = contexts(size).new_page()
        login(page, "officer")
        page.goto("/me/record")
        expect(page.get_by_test_id("record-total")).to_contain_text(points_text(total))
        expect(page.get_by_test_id("record-events")).to_contain_text(
            f"积分明细（{len(events)} 条）"
        )
        exams = page.get_by_test_id("record-exams")
        expect(exams).to_contain_text(f"已通过 {len(set(passed))}")
        for title in passed:
            expect(exams.get_by_text(title).first).to_be_visible()
        expect(page.get_by_test_id("record-chart").locator("canvas")).to_have_count(1)
        shot(page, f"me-record-{size}")

    # One dimension's events only.
    page.get_by_test_id("record-events").get_by_text("考试", exact=True).click()
    exam_events = officer.data(
        """query($year: Int!) { myScoreEvents(first: 100, year: $year, dimension: EXAM)
          { edges { node { id } } } }""",
        {"year": year},
    )["myScoreEvents"]["edges"]
    expect(page.get_by_test_id("record-events")).to_contain_text(
        f"积分明细（{len(exam_events)} 条）"
    )
