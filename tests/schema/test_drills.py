"""Drills through the API: planning, transitions, evaluation, comments, action items, review."""

from __future__ import annotations

import asyncio
from dataclasses import dataclass
from datetime import datetime
from decimal import Decimal

import pytest

from models import drills
from models.assessment import ScoreEvent
from models.org import PersonCategory, Role, UnitKind
from schema.ids import global_id
from tests.conftest import make_person, make_unit, make_user

PLAN = """mutation($input: PlanDrillInput!) { planDrill(input: $input) {
  drill { id status scenarioKey rubric { key tasks { key maxPoints } } coordination { key } participants { role unit { name } } }
  userErrors { field code message } } }"""
MOVE = """mutation($input: DrillTransitionInput!) { %s(input: $input) {
  drill { status } userErrors { field code message } } }"""
RATE = """mutation($input: SubmitDrillEvaluationInput!) { submitDrillEvaluation(input: $input) {
  ratings { taskKey points } userErrors { field code message } } }"""
COMMENT = """mutation($input: AddDrillCommentInput!) { addDrillComment(input: $input) {
  comment { id body isReview taskKey author { username } parent { id } } userErrors { field code message } } }"""
REPORT = """query($id: ID!) { drillReport(drillId: $id) { score maxScore
  units { unit { name } score maxScore evaluators sections { key score maxScore } }
  coordination { score maxScore } strengths { key } areasForImprovement { key } observations
  comments { body isReview } actionItems { title status overdue } } }"""


@dataclass
class Cast:
    lead: object
    support: object
    elsewhere: object
    evaluators: list


@pytest.fixture
async def cast(clock_at) -> Cast:
    lead = await make_unit("县应急管理局")
    support = await make_unit("高村镇", UnitKind.TOWNSHIP)
    elsewhere = await make_unit("锦和镇", UnitKind.TOWNSHIP)
    await make_user("planner", Role.TRAINER, person=await make_person(lead, name="组织者"))
    evaluators = [
        await make_user(
            f"eval{i}", Role.EVALUATOR, person=await make_person(lead, name=f"评估员{i}")
        )
        for i in range(3)
    ]
    leader = await make_person(lead, name="县领导", category=PersonCategory.PRINCIPAL_LEADER)
    await make_user("leader", Role.LEADER, person=leader)
    await make_user("member", Role.OFFICER, person=await make_person(support, name="高村队员"))
    await make_user("outsider", Role.OFFICER, person=await make_person(elsewhere, name="锦和队员"))
    return Cast(lead, support, elsewhere, evaluators)


def plan_input(cast: Cast, **overrides) -> dict:
    return {
        "title": "2026年汛期防汛抢险综合演练",
        "scenarioKey": "flood_rescue",
        "type": "FULL_SCALE",
        "scheduledAt": "2026-03-10T09:00:00+08:00",
        "location": "锦江河高村段",
        "organizerUnitId": global_id("Unit", cast.lead.id),
        "participants": [
            {"unitId": global_id("Unit", cast.lead.id), "role": "LEAD"},
            {"unitId": global_id("Unit", cast.support.id), "role": "SUPPORT"},
        ],
        "evaluatorIds": [global_id("User", e.id) for e in cast.evaluators[:2]],
        **overrides,
    }


def codes(payload: dict) -> list[str]:
    return [e["code"] for e in payload["userErrors"]]


async def planned(client, cast, **overrides) -> dict:
    await client.login("planner")
    return (await client.mutate(PLAN, plan_input(cast, **overrides)))["drill"]


async def move(client, drill_id: str, operation: str) -> dict:
    return (await client.data(MOVE % operation, {"input": {"drillId": drill_id}}))[operation]


async def test_the_catalogue_serves_scenarios_with_rubrics(client, cast):
    await client.login("member")
    data = await client.data(
        "{ drillScenarios { key title drillTypes objectives sections { title tasks { key maxPoints criteria } } maxPoints } }"
    )
    scenarios = {s["key"]: s for s in data["drillScenarios"]}
    assert len(scenarios) >= 10 and "flood_rescue" in scenarios
    flood = scenarios["flood_rescue"]
    assert (
        flood["maxPoints"] == "100.00"
        and flood["objectives"]
        and flood["sections"][0]["tasks"][0]["criteria"]
    )


async def test_planning_copies_the_rubric_and_checks_its_input(client, cast):
    drill = await planned(client, cast)
    assert drill["status"] == "PLANNED" and drill["scenarioKey"] == "flood_rescue"
    assert drill["coordination"] == [{"key": "coordination"}]  # two units: a joint drill
    assert [p["role"] for p in drill["participants"]] == ["LEAD", "SUPPORT"]
    stored = await drills.Drill.first()
    assert stored.rubric[0]["tasks"][0]["key"] == drill["rubric"][0]["tasks"][0]["key"]
    cases = [
        ({"scenarioKey": "nope"}, "UNKNOWN_SCENARIO"),
        ({"scenarioKey": "fireworks"}, "TYPE_NOT_SUITABLE"),
        ({"participants": []}, "NO_PARTICIPANTS"),
        (
            {"evaluatorIds": [global_id("User", cast.evaluators[0].id + 100_000)]},
            "NOT_AN_EVALUATOR",
        ),
        ({"title": ""}, "REQUIRED"),
        (
            {"scenarioKey": None, "rubric": [{"key": "BAD KEY", "title": "x", "tasks": []}]},
            "INVALID_RUBRIC",
        ),
    ]
    for overrides, code in cases:
        payload = (await client.data(PLAN, {"input": plan_input(cast, **overrides)}))["planDrill"]
        assert codes(payload) == [code], overrides
    custom = plan_input(
        cast,
        scenarioKey=None,
        participants=[{"unitId": global_id("Unit", cast.lead.id), "role": "LEAD"}],
        rubric=[
            {
                "key": "response",
                "title": "现场处置",
                "tasks": [
                    {
                        "key": "response.speed",
                        "title": "到场时间",
                        "maxPoints": 10,
                        "criteria": "15分钟内到场",
                    }
                ],
            }
        ],
    )
    made = (await client.mutate(PLAN, custom))["drill"]
    assert made["rubric"] == [
        {"key": "response", "tasks": [{"key": "response.speed", "maxPoints": "10.00"}]}
    ]
    assert made["coordination"] == []


async def test_transitions_go_in_order_by_the_organizer(client, new_client, cast):
    drill = await planned(client, cast)
    assert codes(await move(client, drill["id"], "completeDrill")) == ["INVALID_TRANSITION"]
    assert (await move(client, drill["id"], "startDrill"))["drill"]["status"] == "IN_PROGRESS"
    other = await make_person(cast.elsewhere, name="外镇培训员")
    await make_user("othertrainer", Role.TRAINER, person=other)
    stranger = await new_client().login("othertrainer")
    assert codes(await move(stranger, drill["id"], "completeDrill")) == ["NOT_THE_ORGANIZER"]
    member = await new_client().login("member")
    assert await member.error_codes(
        MOVE % "completeDrill", {"input": {"drillId": drill["id"]}}
    ) == ["FORBIDDEN"]
    assert (await move(client, drill["id"], "completeDrill"))["drill"]["status"] == "COMPLETED"
    assert (await move(client, drill["id"], "reviewDrill"))["drill"]["status"] == "REVIEWED"
    for operation in ("startDrill", "completeDrill", "reviewDrill", "cancelDrill"):
        assert codes(await move(client, drill["id"], operation)) == ["INVALID_TRANSITION"]


async def rubric_keys(drill_id: str) -> list[str]:
    drill = await drills.Drill.get(id=(await drills.Drill.all().order_by("-id").first()).id)
    return [t.key for s in drill.sections() for t in s.tasks]


async def test_evaluation_scores_and_the_ledger(client, new_client, cast):
    drill = await planned(
        client,
        cast,
        participants=[
            {
                "unitId": global_id("Unit", cast.lead.id),
                "role": "LEAD",
                "personIds": [global_id("Person", (await drills.org.Person.get(name="组织者")).id)],
            },
            {"unitId": global_id("Unit", cast.support.id), "role": "SUPPORT"},
        ],
    )
    keys = await rubric_keys(drill["id"])
    lead_id, support_id = global_id("Unit", cast.lead.id), global_id("Unit", cast.support.id)
    first, second = await new_client().login("eval0"), await new_client().login("eval1")
    early = await first.data(
        RATE,
        {
            "input": {
                "drillId": drill["id"],
                "unitId": lead_id,
                "ratings": [{"taskKey": keys[0], "points": "1"}],
            }
        },
    )
    assert codes(early["submitDrillEvaluation"]) == ["EVALUATION_CLOSED"]
    await move(client, drill["id"], "startDrill")
    bad = [
        (
            {"unitId": lead_id, "ratings": [{"taskKey": keys[0], "points": "999"}]},
            "POINTS_OUT_OF_RANGE",
        ),
        (
            {"unitId": lead_id, "ratings": [{"taskKey": keys[0], "points": "-1"}]},
            "POINTS_OUT_OF_RANGE",
        ),
        ({"unitId": lead_id, "ratings": [{"taskKey": "nope", "points": "1"}]}, "UNKNOWN_TASK"),
        ({"unitId": global_id("Unit", cast.elsewhere.id), "ratings": []}, "UNIT_NOT_PARTICIPATING"),
    ]
    for variables, code in bad:
        payload = (await first.data(RATE, {"input": {"drillId": drill["id"], **variables}}))[
            "submitDrillEvaluation"
        ]
        assert codes(payload) == [code], variables
    third = await new_client().login("eval2")  # an evaluator, but not of this drill
    payload = await third.data(
        RATE, {"input": {"drillId": drill["id"], "unitId": lead_id, "ratings": []}}
    )
    assert codes(payload["submitDrillEvaluation"]) == ["NOT_AN_EVALUATOR"]
    # Both evaluators rate both units at the same moment: nothing is lost.
    await asyncio.gather(
        first.mutate(
            RATE,
            {
                "drillId": drill["id"],
                "unitId": lead_id,
                "ratings": [
                    {"taskKey": keys[0], "points": "4"},
                    {"taskKey": keys[1], "points": "2"},
                ],
            },
        ),
        second.mutate(
            RATE,
            {
                "drillId": drill["id"],
                "unitId": lead_id,
                "ratings": [{"taskKey": keys[0], "points": "2"}],
            },
        ),
        first.mutate(
            RATE,
            {
                "drillId": drill["id"],
                "unitId": support_id,
                "ratings": [{"taskKey": keys[0], "points": "3"}],
            },
        ),
        second.mutate(
            RATE,
            {
                "drillId": drill["id"],
                "unitId": support_id,
                "ratings": [{"taskKey": keys[0], "points": "5"}],
            },
        ),
        first.mutate(
            RATE,
            {
                "drillId": drill["id"],
                "ratings": [{"taskKey": "coordination.command", "points": "8"}],
            },
        ),
    )
    assert await drills.DrillRating.all().count() == 6
    # A revision replaces the evaluator's own rating only.
    await first.mutate(
        RATE,
        {
            "drillId": drill["id"],
            "unitId": lead_id,
            "ratings": [{"taskKey": keys[1], "points": "4", "note": "信息报送及时"}],
        },
    )
    await move(client, drill["id"], "completeDrill")
    leader = await new_client().login("leader")
    report = (await leader.data(REPORT, {"id": drill["id"]}))["drillReport"]
    lead, support = report["units"]
    # Lead unit: eval0 rated 4 + 4 (revised) = 8, eval1 rated 2: mean 5. Support: (3 + 5) / 2.
    assert lead["score"] == "5.00" and lead["evaluators"] == 2
    assert support["score"] == "4.00"
    # Only eval0 rated the coordination section; the drill: mean of the units + coordination.
    assert report["coordination"]["score"] == "8.00"
    assert report["score"] == "12.50"
    assert any("信息报送及时" in note for note in report["observations"])
    await move(client, drill["id"], "reviewDrill")
    events = sorted((e.subject, e.points) for e in await ScoreEvent.filter(dimension="DRILL"))
    assert len(events) == 3  # two units and the named organiser
    late = await first.data(
        RATE,
        {
            "input": {
                "drillId": drill["id"],
                "unitId": lead_id,
                "ratings": [{"taskKey": keys[0], "points": "1"}],
            }
        },
    )
    assert codes(late["submitDrillEvaluation"]) == ["EVALUATION_CLOSED"]


async def test_an_evaluator_sees_only_their_own_scores_until_they_submit(client, new_client, cast):
    drill = await planned(client, cast)
    keys = await rubric_keys(drill["id"])
    await move(client, drill["id"], "startDrill")
    lead_id = global_id("Unit", cast.lead.id)
    first, second = await new_client().login("eval0"), await new_client().login("eval1")
    await first.mutate(
        RATE,
        {
            "drillId": drill["id"],
            "unitId": lead_id,
            "ratings": [{"taskKey": keys[0], "points": "4"}],
        },
    )
    await second.mutate(
        RATE,
        {
            "drillId": drill["id"],
            "unitId": lead_id,
            "final": False,
            "ratings": [{"taskKey": keys[0], "points": "2"}],
        },
    )
    own = (await second.data(REPORT, {"id": drill["id"]}))["drillReport"]["units"][0]
    assert own["score"] == "2.00" and own["evaluators"] == 1
    leader = await new_client().login("leader")
    submitted_only = (await leader.data(REPORT, {"id": drill["id"]}))["drillReport"]["units"][0]
    assert submitted_only["score"] == "4.00"


async def test_comments_reviews_and_who_may_write_them(client, new_client, cast):
    drill = await planned(client, cast)
    leader = await new_client().login("leader")
    member = await new_client().login("member")
    outsider = await new_client().login("outsider")
    review = await leader.mutate(
        COMMENT,
        {
            "drillId": drill["id"],
            "body": "指挥部响应迅速，但信息报送滞后，需整改。",
            "isReview": True,
        },
    )
    assert review["comment"]["isReview"] is True and review["comment"]["author"] == {
        "username": "leader"
    }
    reply = await member.mutate(
        COMMENT,
        {"drillId": drill["id"], "body": "收到，立即整改。", "parentId": review["comment"]["id"]},
    )
    assert reply["comment"]["parent"] == {"id": review["comment"]["id"]}
    cases = [
        (member, {"body": "   "}, "BLANK_COMMENT"),
        (member, {"body": "长" * 2001}, "COMMENT_TOO_LONG"),
        (member, {"body": "我来点评", "isReview": True}, "NOT_A_LEADER"),
        (member, {"body": "x", "taskKey": "no.such.task"}, "UNKNOWN_TASK"),
        (outsider, {"body": "我也说两句"}, "NOT_TAKING_PART"),
    ]
    for who, variables, code in cases:
        payload = (await who.data(COMMENT, {"input": {"drillId": drill["id"], **variables}}))[
            "addDrillComment"
        ]
        assert codes(payload) == [code], variables
    edit = """mutation($input: EditDrillCommentInput!) { editDrillComment(input: $input) {
      comment { body editedAt history { body } } userErrors { code } } }"""
    edited = await member.mutate(
        edit, {"commentId": reply["comment"]["id"], "body": "收到，本周内整改完毕。"}
    )
    assert (
        edited["comment"]["history"] == [{"body": "收到，立即整改。"}]
        and edited["comment"]["editedAt"]
    )
    not_mine = await leader.data(
        edit, {"input": {"commentId": reply["comment"]["id"], "body": "改"}}
    )
    assert codes(not_mine["editDrillComment"]) == ["COMMENT_NOT_FOUND"]
    assert (await outsider.data("query($id: ID!) { node(id: $id) { id } }", {"id": drill["id"]}))[
        "node"
    ] is None
    assert await outsider.error_codes(REPORT, {"id": drill["id"]}) == ["FORBIDDEN"]


async def test_action_items_go_to_units_within_reach(client, new_client, cast, clock_at):
    """A township leader assigns corrective actions to units of their township, or to the units
    of a drill they take part in; not to another township."""
    drill = await planned(client, cast)
    chief = await make_person(
        cast.support, name="高村镇镇长", category=PersonCategory.PRINCIPAL_LEADER
    )
    await make_user("township_leader", Role.LEADER, person=chief)
    leader = await new_client().login("township_leader")
    create = """mutation($input: CreateActionItemInput!) { createActionItem(input: $input) {
      actionItem { ownerUnit { name } } userErrors { field code } } }"""

    async def assign(owner, **source) -> dict:
        item = {
            "title": "完善转移路线标识",
            "ownerUnitId": global_id("Unit", owner.id),
            "dueDate": "2026-03-20",
        }
        return (await leader.data(create, {"input": {**item, **source}}))["createActionItem"]

    assert (await assign(cast.support))["actionItem"] == {"ownerUnit": {"name": "高村镇"}}
    assert codes(await assign(cast.lead)) == ["OUT_OF_SCOPE"]
    from_drill = await assign(cast.lead, drillId=drill["id"])
    assert from_drill["actionItem"] == {"ownerUnit": {"name": "县应急管理局"}}
    assert codes(await assign(cast.elsewhere, drillId=drill["id"])) == ["OUT_OF_SCOPE"]
    assert (await assign(cast.elsewhere))["userErrors"][0] == {
        "field": ["ownerUnitId"],
        "code": "OUT_OF_SCOPE",
    }


async def test_action_items_move_through_their_states(client, new_client, cast, clock_at):
    drill = await planned(client, cast)
    leader = await new_client().login("leader")
    review = await leader.mutate(
        COMMENT, {"drillId": drill["id"], "body": "转移路线标识不清。", "isReview": True}
    )
    create = """mutation($input: CreateActionItemInput!) { createActionItem(input: $input) {
      actionItem { id title source status overdue dueDate ownerUnit { name } } userErrors { field code } } }"""
    item = (
        await leader.mutate(
            create,
            {
                "title": "完善转移路线标识",
                "ownerUnitId": global_id("Unit", cast.support.id),
                "dueDate": "2026-03-20",
                "commentId": review["comment"]["id"],
            },
        )
    )["actionItem"]
    assert item["source"] == "DRILL_COMMENT" and item["status"] == "OPEN" and not item["overdue"]
    past = await leader.data(
        create,
        {
            "input": {
                "title": "x",
                "ownerUnitId": global_id("Unit", cast.support.id),
                "dueDate": "2026-01-01",
            }
        },
    )
    assert codes(past["createActionItem"]) == ["DUE_DATE_IN_PAST"]
    update = """mutation($input: UpdateActionItemInput!) { updateActionItem(input: $input) {
      actionItem { status evidence } userErrors { field code } } }"""
    member = await new_client().login("member")
    assert codes(
        (await leader.data(update, {"input": {"id": item["id"], "status": "VERIFIED"}}))[
            "updateActionItem"
        ]
    ) == ["INVALID_TRANSITION"]
    await member.mutate(update, {"id": item["id"], "status": "IN_PROGRESS"})
    no_evidence = await member.data(update, {"input": {"id": item["id"], "status": "DONE"}})
    assert codes(no_evidence["updateActionItem"]) == ["REQUIRED"]
    done = await member.mutate(
        update, {"id": item["id"], "status": "DONE", "evidence": "已设置标识牌12块"}
    )
    assert done["actionItem"] == {"status": "DONE", "evidence": "已设置标识牌12块"}
    assert codes(
        (await member.data(update, {"input": {"id": item["id"], "status": "VERIFIED"}}))[
            "updateActionItem"
        ]
    ) == ["NOT_A_VERIFIER"]
    await leader.mutate(update, {"id": item["id"], "status": "VERIFIED"})
    second = (
        await leader.mutate(
            create,
            {
                "title": "补充救生衣",
                "ownerUnitId": global_id("Unit", cast.support.id),
                "dueDate": "2026-03-05",
                "drillId": drill["id"],
            },
        )
    )["actionItem"]
    clock_at.set(datetime(2026, 3, 6, 9, 0))
    overdue = await leader.data(
        "{ actionItems(overdue: true) { edges { node { title overdue } } } }"
    )
    assert overdue["actionItems"]["edges"] == [{"node": {"title": "补充救生衣", "overdue": True}}]
    # Not overdue: one verified, one open and not yet due.
    await leader.mutate(
        create,
        {
            "title": "配备对讲机",
            "ownerUnitId": global_id("Unit", cast.support.id),
            "dueDate": "2026-04-01",
        },
    )
    on_time = await leader.data(
        "{ actionItems(overdue: false) { edges { node { title overdue } } } }"
    )
    assert on_time["actionItems"]["edges"] == [
        {"node": {"title": "完善转移路线标识", "overdue": False}},
        {"node": {"title": "配备对讲机", "overdue": False}},
    ]
    report = (await leader.data(REPORT, {"id": drill["id"]}))["drillReport"]
    assert [a["title"] for a in report["actionItems"]] == ["完善转移路线标识", "补充救生衣"]
    assert second["source"] == "DRILL"


async def test_drill_lists_for_participants(client, new_client, cast):
    await planned(client, cast)
    await planned(
        client,
        cast,
        title="别的演练",
        participants=[{"unitId": global_id("Unit", cast.lead.id), "role": "LEAD"}],
    )
    member = await new_client().login("member")
    listed = await member.data("{ drills { edges { node { title status } } } }")
    assert listed["drills"]["edges"] == [
        {"node": {"title": "2026年汛期防汛抢险综合演练", "status": "PLANNED"}}
    ]
    leader = await new_client().login("leader")
    assert (
        len(
            (await leader.data("{ drills(status: PLANNED) { edges { node { title } } } }"))[
                "drills"
            ]["edges"]
        )
        == 2
    )
    by_unit = await leader.data(
        "query($u: ID!) { drills(unitId: $u) { edges { node { title } } } }",
        {"u": global_id("Unit", cast.support.id)},
    )
    assert len(by_unit["drills"]["edges"]) == 1


async def test_a_reviewed_drill_is_corrected_by_reversing_events(client, new_client, cast):
    drill = await planned(
        client, cast, participants=[{"unitId": global_id("Unit", cast.lead.id), "role": "LEAD"}]
    )
    keys = await rubric_keys(drill["id"])
    lead_id = global_id("Unit", cast.lead.id)
    evaluator = await new_client().login("eval0")
    await move(client, drill["id"], "startDrill")
    await evaluator.mutate(
        RATE,
        {
            "drillId": drill["id"],
            "unitId": lead_id,
            "ratings": [{"taskKey": keys[0], "points": "5"}],
        },
    )
    for operation in ("completeDrill", "reviewDrill"):
        await move(client, drill["id"], operation)
    correct = """mutation($input: CorrectDrillEvaluationInput!) { correctDrillEvaluation(input: $input) {
      ratings { taskKey points } userErrors { field code } } }"""
    variables = {
        "drillId": drill["id"],
        "evaluatorId": global_id("User", cast.evaluators[0].id),
        "unitId": lead_id,
        "ratings": [{"taskKey": keys[0], "points": "3"}],
    }
    assert await client.error_codes(correct, {"input": variables}) == [
        "FORBIDDEN"
    ]  # trainers may not
    await make_user("admin", Role.ADMIN)
    admin = await new_client().login("admin")
    await admin.mutate(correct, variables)
    events = [(e.kind, e.points) for e in await ScoreEvent.filter(dimension="DRILL").order_by("id")]
    total = drills.catalogue.catalogue()["flood_rescue"].max_points
    first, corrected = (
        (Decimal(5) / total * 10).quantize(Decimal("0.01")),
        (Decimal(3) / total * 10).quantize(Decimal("0.01")),
    )
    assert events == [
        ("unit-score", first),
        ("unit-score:reversed", -first),
        ("unit-score#2", corrected),
    ]


async def test_the_drill_list_holds_exactly_the_drills_each_user_may_open(client, new_client, cast):
    """One rule: a drill is in a user's list when its node (and report) opens for them."""
    ids = [
        (await planned(client, cast))["id"],
        (
            await planned(
                client,
                cast,
                title="锦和镇演练",
                organizerUnitId=global_id("Unit", cast.elsewhere.id),
                participants=[{"unitId": global_id("Unit", cast.elsewhere.id), "role": "LEAD"}],
                evaluatorIds=[global_id("User", cast.evaluators[2].id)],
            )
        )["id"],
    ]
    await make_user("county-officer", Role.OFFICER)  # no person, no scope unit
    node = "query($id: ID!) { node(id: $id) { id } }"
    for username in ("planner", "eval0", "eval2", "leader", "member", "outsider", "county-officer"):
        user = await new_client().login(username)
        listed = await user.data("{ drills { edges { node { id } } } }")
        opens = [i for i in ids if (await user.data(node, {"id": i}))["node"] is not None]
        assert [e["node"]["id"] for e in listed["drills"]["edges"]] == opens, username
