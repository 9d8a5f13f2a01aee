"""The demo drills: reviewed drills with reports, comments, corrective actions and ledger rows,
one drill in progress to watch live, and one planned for next month."""

from __future__ import annotations

from collections import Counter
from datetime import datetime
from decimal import Decimal

import pytest

from models import clock
from models.actions import ActionItem
from models.assessment import Dimension, ScoreEvent
from models.drills import Drill, DrillComment, DrillRating, DrillStaff
from models.org import Person, Unit, User
from schema.ids import global_id
from seed.demo import DEMO_PASSWORD, create_demo_accounts, plan_units, seed_org
from seed.drills import PAST, plan_drills, seed_drills

MID_YEAR = datetime(2026, 6, 15, 10, 0)  # a Monday morning

DRILLS = """query($status: DrillStatus) { drills(first: 50, status: $status) { edges { node {
  id title type status scheduledAt startedAt completedAt reviewedAt location
  organizer { name } participants { role unit { id name } } coordination { key } } } } }"""
REPORT = """query($id: ID!) { drillReport(drillId: $id) { score maxScore
  units { unit { id name } score maxScore evaluators sections { key score } }
  coordination { score maxScore evaluators }
  strengths { key } areasForImprovement { key } observations
  comments { body isReview taskKey createdAt author { username } parent { id } }
  actionItems { title description source status dueDate evidence completedAt overdue
    ownerUnit { id name } assignee { name } } } }"""
COMMENT = """mutation($input: AddDrillCommentInput!) { addDrillComment(input: $input) {
  comment { id body isReview author { username } } userErrors { field code message } } }"""


async def seed_county(clock_at, moment: datetime = MID_YEAR) -> tuple[dict, dict]:
    clock_at.set(moment)
    summary = await seed_org()
    await create_demo_accounts(summary)
    return summary, await seed_drills(summary)


async def drills_with(client, status: str) -> list[dict]:
    data = await client.data(DRILLS, {"status": status})
    return [edge["node"] for edge in data["drills"]["edges"]]


async def test_reviewed_drills_have_reports_comments_and_actions(client, clock_at):
    _, counts = await seed_county(clock_at)
    assert counts["drills"] == 8
    assert counts["by_status"] == {"REVIEWED": 6, "IN_PROGRESS": 1, "PLANNED": 1}
    await client.login("leader", DEMO_PASSWORD)

    reviewed = await drills_with(client, "REVIEWED")
    assert len(reviewed) >= 4
    assert {d["type"] for d in reviewed} == {"TABLETOP", "FUNCTIONAL", "FULL_SCALE"}
    now = clock.now()
    days = []
    for drill in reviewed:
        started = datetime.fromisoformat(drill["startedAt"])
        completed = datetime.fromisoformat(drill["completedAt"])
        assert started < completed < datetime.fromisoformat(drill["reviewedAt"]) < now
        days.append(clock.local(started).date())
        assert len(drill["participants"]) >= 2 and drill["coordination"] == [
            {"key": "coordination"}
        ]
        assert [p["role"] for p in drill["participants"]].count("LEAD") == 1
    assert len(set(days)) == len(days) and days == sorted(days)
    assert {day.month for day in days} >= {2, 3, 4, 5}

    items = []
    for drill in reviewed:
        report = (await client.data(REPORT, {"id": drill["id"]}))["drillReport"]
        assert Decimal(report["score"]) > 0 and Decimal(report["maxScore"]) == 130
        assert report["units"] and all(u["score"] is not None for u in report["units"])
        assert all(u["evaluators"] >= 2 for u in report["units"])
        for unit in report["units"]:
            assert Decimal("40") < Decimal(unit["score"]) < Decimal("95"), unit
        assert report["coordination"]["score"] is not None
        assert report["strengths"] and report["areasForImprovement"] and report["observations"]

        reviews = [c for c in report["comments"] if c["isReview"]]
        assert len(reviews) == 1 and reviews[0]["author"] == {"username": "leader"}
        assert reviews[0]["body"].count("。") >= 2
        assert any(c["parent"] for c in report["comments"]), "participants reply to the review"
        stamps = [datetime.fromisoformat(c["createdAt"]) for c in report["comments"]]
        assert stamps == sorted(stamps)
        assert datetime.fromisoformat(drill["completedAt"]) < stamps[0] and stamps[-1] < now

        assert report["actionItems"]
        taking_part = {p["unit"]["id"] for p in drill["participants"]}
        for item in report["actionItems"]:
            assert item["ownerUnit"]["id"] in taking_part and item["description"]
            assert item["dueDate"] > drill["reviewedAt"][:10]
            assert (item["evidence"] is not None) == (item["status"] in ("DONE", "VERIFIED"))
            assert (item["completedAt"] is not None) == (item["status"] in ("DONE", "VERIFIED"))
        items += report["actionItems"]
    assert len(items) == counts["action_items"]
    statuses = Counter(item["status"] for item in items)
    assert statuses["OPEN"] and statuses["DONE"] and statuses["VERIFIED"]
    overdue = [item for item in items if item["overdue"]]
    assert overdue and len(overdue) == counts["overdue"]
    assert any(item["status"] == "OPEN" for item in overdue)
    assert {item["source"] for item in items} == {"DRILL", "DRILL_COMMENT"}

    listed = await client.data(
        "{ actionItems(first: 100, overdue: true) { edges { node { title } } } }"
    )
    assert len(listed["actionItems"]["edges"]) == counts["overdue"]


async def test_weak_points_show_as_areas_for_improvement(client, clock_at):
    await seed_county(clock_at)
    await client.login("leader", DEMO_PASSWORD)
    for story in PAST:
        drill = await Drill.get(title__endswith=story.title)
        report = (await client.data(REPORT, {"id": global_id("Drill", drill.id)}))["drillReport"]
        weak = {w.task for w in story.weaknesses}
        assert weak & {t["key"] for t in report["areasForImprovement"]}, story.title
        assert not weak & {t["key"] for t in report["strengths"]}
        for weakness in story.weaknesses:
            assert any(weakness.note in seen for seen in report["observations"])
        owners = {(i["ownerUnit"]["name"], i["title"]) for i in report["actionItems"]}
        assert {(w.unit, w.action) for w in story.weaknesses} <= owners

    # Weak tasks were rated 30-50% of their maximum, the rest 60-95%.
    weak = {(w.unit, w.task) for story in PAST for w in story.weaknesses}
    names = dict(await Unit.all().values_list("id", "name"))
    for drill in await Drill.all().prefetch_related("ratings"):
        tasks = {t["key"]: t["maxPoints"] for s in drill.rubric for t in s["tasks"]}
        for rating in drill.ratings:
            if rating.unit_key == 0:
                continue
            share = rating.points / tasks[rating.task_key]
            if (names[rating.unit_key], rating.task_key) in weak:
                assert Decimal("0.3") <= share <= Decimal("0.5"), rating.task_key
            elif drill.status == "REVIEWED":
                assert Decimal("0.6") <= share <= Decimal("0.95"), rating.task_key


async def test_the_drill_in_progress_is_there_to_watch(client, new_client, clock_at):
    summary, counts = await seed_county(clock_at)
    await client.login("leader", DEMO_PASSWORD)
    live = await drills_with(client, "IN_PROGRESS")
    assert len(live) == 1
    drill = live[0]
    started = datetime.fromisoformat(drill["startedAt"])
    assert started <= clock.now() and clock.local(started).date() == MID_YEAR.date()
    assert drill["scheduledAt"] == drill["startedAt"] and drill["completedAt"] is None
    team = summary["unit_ids"]["first_township_team"]
    assert global_id("Unit", team) in {p["unit"]["id"] for p in drill["participants"]}
    report = (await client.data(REPORT, {"id": drill["id"]}))["drillReport"]
    assert report["score"] is None  # the evaluators have only saved drafts
    assert len(report["comments"]) >= 2 and not any(c["isReview"] for c in report["comments"])

    evaluator = await new_client().login("evaluator", DEMO_PASSWORD)
    mine = await evaluator.data(
        "query($id: ID!) { node(id: $id) { ... on Drill { myRatings { taskKey points } } } }",
        {"id": drill["id"]},
    )
    assert mine["node"]["myRatings"]
    staff = await DrillStaff.filter(drill__status="IN_PROGRESS", role="EVALUATOR")
    assert staff and all(s.submitted_at is None for s in staff)
    assert {s.user_id for s in staff} >= {(await User.get(username="evaluator")).id}
    assert await DrillStaff.exists(
        drill__status="IN_PROGRESS", role="LEADER", user__username="leader"
    )

    officer = await new_client().login("officer", DEMO_PASSWORD)
    node = await officer.data(
        "query($id: ID!) { node(id: $id) { ... on Drill { title status location } } }",
        {"id": drill["id"]},
    )
    assert node["node"]["status"] == "IN_PROGRESS" and node["node"]["title"] == drill["title"]
    payload = await officer.mutate(
        COMMENT, {"drillId": drill["id"], "body": "高村镇执法大队疏散引导组已全部就位。"}
    )
    assert payload["comment"]["author"] == {"username": "officer"}
    listed = await officer.data(
        "query($id: ID!) { drillCommentsList(drillId: $id) { body author { username } } }",
        {"id": drill["id"]},
    )
    assert listed["drillCommentsList"][-1]["body"] == "高村镇执法大队疏散引导组已全部就位。"
    assert len(listed["drillCommentsList"]) == len(report["comments"]) + 1

    # The leader's 点评 can follow, as in the live walk-through.
    review = await client.mutate(
        COMMENT, {"drillId": drill["id"], "body": "疏散组织有序，继续保持。", "isReview": True}
    )
    assert review["comment"]["isReview"] is True

    planned = await drills_with(client, "PLANNED")
    assert len(planned) == 1
    scheduled = clock.local(datetime.fromisoformat(planned[0]["scheduledAt"]))
    assert (scheduled.year, scheduled.month) == (2026, 7)
    assert counts["by_status"]["PLANNED"] == 1


async def test_reviewed_drills_wrote_the_ledger(client, clock_at):
    _, counts = await seed_county(clock_at)
    await client.login("leader", DEMO_PASSWORD)
    feed = await client.data(
        "{ scoreEvents(first: 100) { edges { node { dimension points reason sourceType kind "
        "occurredAt person { id } unit { id } } } } }"
    )
    events = [edge["node"] for edge in feed["scoreEvents"]["edges"]]
    drill_events = [e for e in events if e["dimension"] == "DRILL"]
    assert drill_events and len(drill_events) == counts["ledger"]
    reviewed = await Drill.filter(status="REVIEWED")
    completed = {d.title: d.completed_at for d in reviewed}
    for event in drill_events:
        assert event["sourceType"] == "Drill" and event["kind"] == "unit-score"
        assert Decimal(0) < Decimal(event["points"]) <= Decimal(10)
        title = event["reason"].split(" · ")[0]
        assert datetime.fromisoformat(event["occurredAt"]) == completed[title]
    assert any(e["person"] is None for e in drill_events)  # the units' own rows
    assert any(e["person"] is not None for e in drill_events)  # and the named people's
    assert await ScoreEvent.filter(dimension=Dimension.DRILL).count() == counts["ledger"]


async def test_more_evaluators_with_the_demo_password(client, clock_at):
    _, counts = await seed_county(clock_at)
    assert counts["evaluators"] == 2
    for username, unit in (("evaluator2", "县应急管理局"), ("evaluator3", "县消防救援大队")):
        await client.login(username, DEMO_PASSWORD)
        me = (await client.data("{ me { roles person { unit { name } } } }"))["me"]
        assert me == {"roles": ["EVALUATOR"], "person": {"unit": {"name": unit}}}
        assert await DrillRating.filter(evaluator__username=username).exists()


@pytest.mark.parametrize(
    "moment",
    [datetime(2026, 1, 20, 8, 0), datetime(2026, 12, 28, 23, 50)],
    ids=["january", "december-night"],
)
async def test_whenever_the_county_is_seeded_nothing_happens_after_now(client, clock_at, moment):
    _, counts = await seed_county(clock_at, moment)
    now = clock.now()
    assert counts["by_status"] == {"REVIEWED": 6, "IN_PROGRESS": 1, "PLANNED": 1}
    assert counts["overdue"] >= 1
    for drill in await Drill.all():
        stamps = [drill.created_at, drill.started_at, drill.completed_at, drill.reviewed_at]
        assert all(stamp <= now for stamp in stamps if stamp), drill.title
    live = await Drill.get(status="IN_PROGRESS")
    assert clock.local(live.started_at).date() == moment.date()
    assert all(c.created_at <= now for c in await DrillComment.all())
    assert all(r.updated_at <= now for r in await DrillRating.all())
    for item in await ActionItem.all():
        assert item.created_at <= now and (item.completed_at is None or item.completed_at <= now)
    assert all(e.occurred_at <= now for e in await ScoreEvent.all())


def test_the_plan_is_deterministic_for_a_seed():
    names = [unit.name for unit in plan_units()]
    people = {name: list(range(10 * n, 10 * n + 6)) for n, name in enumerate(names)}
    now = clock.utc(MID_YEAR)

    def plan(seed: int, **kw):
        return plan_drills(now=now, seed=seed, people=people, **kw)

    first = plan(7)
    assert first == plan(7)
    assert first != plan(8)
    assert [d.status.value for d in first] == ["REVIEWED"] * 6 + ["IN_PROGRESS", "PLANNED"]
    for drill in first:
        assert all(len(named) == 4 for _, _, named in drill.participants)
    pinned = people["高村镇综合行政执法大队"][5]
    with_officer = plan(7, pinned={pinned})
    live = next(d for d in with_officer if d.status.value == "IN_PROGRESS")
    assert any(pinned in named for _, _, named in live.participants)

    # A story whose units are missing is left out.
    fewer = {name: ids for name, ids in people.items() if name != "县林业局"}
    titles = [d.story.title for d in plan_drills(now=now, seed=7, people=fewer)]
    assert len(titles) == 7 and "森林火灾扑救实战演练" not in titles


async def test_persons_named_in_drills_exist(client, clock_at):
    await seed_county(clock_at)
    for drill in await Drill.all().prefetch_related("participants"):
        for participant in drill.participants:
            assert participant.person_ids
            units = await Person.filter(id__in=participant.person_ids).values_list(
                "unit_id", flat=True
            )
            assert set(units) == {participant.unit_id}
