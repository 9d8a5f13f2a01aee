"""Unread comments on the drills a user takes part in: the officer's home list, each drill's
unread count, and marking a drill's comments read."""

from __future__ import annotations

import asyncio

from models import drills
from models.drill_reads import DrillCommentRead, taking_part
from models.org import PersonCategory, Role, UnitKind, User
from schema.ids import decode, global_id
from tests.conftest import make_person, make_unit, make_user
from tests.schema.test_drills import Cast, cast, plan_input, planned  # noqa: F401

UNREAD = """query($first: Int) { unreadDrillComments(first: $first) {
  body author { username } drill { id title } } }"""
COUNTS = "{ drills(first: 50) { edges { node { id title unreadCommentCount } } } }"
MARK_READ = """mutation($input: MarkDrillCommentsReadInput!) { markDrillCommentsRead(input: $input) {
  drill { id unreadCommentCount } userErrors { field code message } } }"""
COMMENT = """mutation($input: AddDrillCommentInput!) { addDrillComment(input: $input) {
  comment { id } userErrors { code } } }"""


async def say(who, drill_id: str, body: str) -> str:
    payload = await who.mutate(COMMENT, {"drillId": drill_id, "body": body})
    return payload["comment"]["id"]


async def unread(who, first: int | None = None) -> list[tuple[str, str, str]]:
    rows = (await who.data(UNREAD, {"first": first}))["unreadDrillComments"]
    return [(r["drill"]["title"], r["author"]["username"], r["body"]) for r in rows]


async def counts(who) -> dict[str, int]:
    edges = (await who.data(COUNTS))["drills"]["edges"]
    return {e["node"]["title"]: e["node"]["unreadCommentCount"] for e in edges}


async def two_drills(client, cast: Cast) -> tuple[str, str]:  # noqa: F811
    """Drill 甲 with the township 高村镇 taking part, drill 乙 of the county bureau alone."""
    first = await planned(client, cast, title="甲")
    only_the_bureau = [{"unitId": global_id("Unit", cast.lead.id), "role": "LEAD"}]
    second = (
        await client.mutate(
            """mutation($input: PlanDrillInput!) { planDrill(input: $input) { drill { id }
            userErrors { code } } }""",
            plan_input(cast, title="乙", participants=only_the_bureau),
        )
    )["drill"]
    return first["id"], second["id"]


async def test_unread_comments_are_others_comments_since_the_marker_newest_first(
    client,
    new_client,
    cast,  # noqa: F811
):
    a, b = await two_drills(client, cast)
    leader = await new_client().login("leader")
    member = await new_client().login("member")
    await say(leader, a, "甲一")
    await say(member, a, "我的")  # one's own comments are never unread
    await say(leader, a, "甲二")
    await say(leader, b, "乙一")  # a drill the member does not take part in
    assert await unread(member) == [("甲", "leader", "甲二"), ("甲", "leader", "甲一")]
    assert await unread(member, 1) == [("甲", "leader", "甲二")]
    assert await unread(member, 0) == []
    assert await counts(member) == {"甲": 2}
    assert await unread(leader) == [("甲", "member", "我的")]
    assert await counts(leader) == {"甲": 1, "乙": 0}

    marked = await member.mutate(MARK_READ, {"drillId": a})
    assert marked["drill"] == {"id": a, "unreadCommentCount": 0}
    assert await unread(member) == [] and await counts(member) == {"甲": 0}
    assert await counts(leader) == {"甲": 1, "乙": 0}  # a marker is the reader's own

    await say(leader, a, "甲三")
    assert await unread(member) == [("甲", "leader", "甲三")]
    assert await counts(member) == {"甲": 1}
    await member.mutate(MARK_READ, {"drillId": a})
    again = await member.mutate(MARK_READ, {"drillId": a})  # marking twice changes nothing
    assert again["drill"]["unreadCommentCount"] == 0
    assert await DrillCommentRead.filter(drill_id=decode(a)[1]).count() == 1


async def test_marking_read_from_several_devices_at_once_leaves_one_marker(
    client,
    new_client,
    cast,  # noqa: F811
):
    a, _ = await two_drills(client, cast)
    leader = await new_client().login("leader")
    for n in range(3):
        await say(leader, a, f"第{n}条")
    phones = [await new_client().login("member") for _ in range(6)]
    payloads = await asyncio.gather(*(p.data(MARK_READ, {"input": {"drillId": a}}) for p in phones))
    assert [p["markDrillCommentsRead"]["userErrors"] for p in payloads] == [[]] * 6
    [marker] = await DrillCommentRead.filter(drill_id=decode(a)[1])
    newest = await drills.DrillComment.filter(drill_id=decode(a)[1]).order_by("-id").first()
    assert marker.read_up_to == newest.id
    # a marker never moves back: one that is ahead (a call that saw a newer comment) stays
    await DrillCommentRead.filter(id=marker.id).update(read_up_to=newest.id + 1000)
    await phones[0].mutate(MARK_READ, {"drillId": a})
    assert (await DrillCommentRead.get(id=marker.id)).read_up_to == newest.id + 1000


async def test_who_may_mark_a_drill_read(client, new_client, cast):  # noqa: F811
    a, _ = await two_drills(client, cast)
    outsider = await new_client().login("outsider")
    await say(await new_client().login("leader"), a, "点评")
    assert await unread(outsider) == []

    def errors(payload: dict) -> list[tuple[list[str], str]]:
        return [(e["field"], e["code"]) for e in payload["markDrillCommentsRead"]["userErrors"]]

    refused = await outsider.data(MARK_READ, {"input": {"drillId": a}})
    assert errors(refused) == [(["drillId"], "NOT_TAKING_PART")]
    assert refused["markDrillCommentsRead"]["drill"] is None
    assert not await DrillCommentRead.exists()
    missing = global_id("Drill", decode(a)[1] + 1000)
    assert errors(await outsider.data(MARK_READ, {"input": {"drillId": missing}})) == [
        (["drillId"], "DRILL_NOT_FOUND")
    ]
    not_a_drill = global_id("Unit", cast.lead.id)
    assert errors(await outsider.data(MARK_READ, {"input": {"drillId": not_a_drill}})) == [
        (["drillId"], "INVALID_ID")
    ]
    # the planner reads the drills they organise, and marks them read
    planner = await new_client().login("planner")
    assert (await planner.mutate(MARK_READ, {"drillId": a}))["drill"]["unreadCommentCount"] == 0
    assert await outsider.error_codes(UNREAD, {"first": 101}) == ["BAD_USER_INPUT"]
    assert await new_client().error_codes(UNREAD) == ["UNAUTHENTICATED"]


async def test_taking_part_as_one_query_is_the_rule_of_takes_part(client, cast):  # noqa: F811
    """The query behind the unread list picks the drills `takes_part` admits, for every kind
    of user: admins, county and township leaders (invited or not), evaluators, trainers and
    officers of the organising unit, of a participating unit and of a unit below it, and
    outsiders."""
    await two_drills(client, cast)
    team = await make_unit("高村镇综合行政执法大队", UnitKind.TOWNSHIP, parent=cast.support)
    await make_user("teammate", Role.OFFICER, person=await make_person(team, name="队员"))
    await make_user("admin", Role.ADMIN)
    township_leader = await make_person(cast.support, category=PersonCategory.PRINCIPAL_LEADER)
    await make_user(
        "townleader", Role.LEADER, person=township_leader, scope_unit_id=cast.support.id
    )
    forestry = await make_unit("县林业局")  # takes part in none: its leader is invited
    other_leader = await make_person(forestry, category=PersonCategory.PRINCIPAL_LEADER)
    invited = await make_user(
        "invited", Role.LEADER, person=other_leader, scope_unit_id=forestry.id
    )
    await make_user("nobody", Role.OFFICER)  # no person
    only_elsewhere = [{"unitId": global_id("Unit", cast.elsewhere.id), "role": "LEAD"}]
    await client.mutate(
        """mutation($input: PlanDrillInput!) { planDrill(input: $input) { drill { id }
        userErrors { code } } }""",
        plan_input(
            cast,
            title="丙",
            participants=only_elsewhere,
            leaderIds=[global_id("User", invited.id)],
        ),
    )
    every_drill = await drills.Drill.all()
    assert len(every_drill) == 3
    seen = {}
    for user in await User.all().order_by("id"):
        expected = {d.title for d in every_drill if await drills.takes_part(d, user)}
        found = {d.title for d in await (await taking_part(user))}
        assert found == expected, user.username
        seen[user.username] = expected
    assert seen["admin"] == seen["leader"] == {"甲", "乙", "丙"}
    assert seen["member"] == seen["teammate"] == seen["townleader"] == {"甲"}
    assert seen["invited"] == seen["outsider"] == {"丙"}
    assert seen["eval0"] == seen["planner"] == {"甲", "乙", "丙"}
    assert seen["eval2"] == seen["planner"]  # of the bureau, which organises all three
    assert seen["nobody"] == set()
