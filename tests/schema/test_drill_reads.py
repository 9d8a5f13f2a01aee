"""Drills, their comments and corrective actions cost a fixed number of statements to read,
whatever the length of the lists."""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from datetime import UTC, date, datetime
from typing import Any

from models import actions, drill_reads, drills
from models.actions import ActionSource
from models.drills import DrillType, ParticipantRole
from models.org import Role
from schema.ids import global_id
from tests.conftest import QueryCounter, make_person, make_unit, make_user

DRILLS = """query($first: Int) { drills(first: $first) { edges { node {
  title organizer { name } participants { role unit { name parent { name } } }
  myRatings { taskKey points rating unit { name } } } } } }"""
COMMENTS = """query($id: ID!) { drillCommentsList(drillId: $id) {
  body author { username person { name } } parent { body author { username } } } }"""
ACTIONS = """query($first: Int) { actionItems(first: $first) { edges { node {
  title overdue ownerUnit { name parent { name } } assignee { name unit { name } } } } } }"""


async def statements_for_5_and_100(
    client: Any,
    query: str,
    make: Callable[[int], Awaitable[dict[str, Any]]],
    check: Callable[[Any, int], None],
) -> dict[int, int]:
    """How many statements `query` costs over 5 and then over 100 rows; `make(size)` adds what
    the read of `size` rows needs and returns its variables, `check` looks at the answer."""
    counts = {}
    for size in (5, 100):
        variables = await make(size)
        with QueryCounter() as counter:
            data = await client.data(query, variables)
        check(data, size)
        counts[size] = counter.count
    assert counts[5] == counts[100], counts
    return counts


async def make_drill(title: str, organizer) -> drills.Drill:
    return await drills.Drill.create(
        title=title,
        type=DrillType.TABLETOP,
        scheduled_at=datetime(2026, 3, 2, tzinfo=UTC),
        organizer_id=organizer.id,
        rubric=[],
    )


def new_rows(size: int) -> range:
    """The rows to add for a page of `size`: the page of 100 reuses the 5 made before it."""
    return range(size - (5 if size == 100 else 0))


async def test_drills_with_participants_and_ratings_cost_the_same_for_5_and_100(client):
    admin = await make_user("admin", Role.ADMIN)
    await client.login("admin")
    county = await make_unit("县应急管理局")

    async def make(size: int) -> dict[str, Any]:
        for i in new_rows(size):
            lead = await make_unit(f"牵头{size}-{i}", parent=county)
            support = await make_unit(f"配合{size}-{i}", parent=county)
            drill = await make_drill(f"演练{size}-{i}", lead)
            await drills.DrillParticipant.bulk_create(
                [
                    drills.DrillParticipant(drill=drill, unit=lead, role=ParticipantRole.LEAD),
                    drills.DrillParticipant(
                        drill=drill, unit=support, role=ParticipantRole.SUPPORT
                    ),
                ]
            )
            await drills.DrillRating.bulk_create(
                [
                    drills.DrillRating(
                        drill=drill, evaluator=admin, unit_key=key, task_key="t", points="7.50"
                    )
                    for key in (lead.id, drills.DRILL_WIDE)
                ]
            )
        return {"first": size}

    def check(data: Any, size: int) -> None:
        edges = data["drills"]["edges"]
        assert len(edges) == size
        last = edges[-1]["node"]
        assert [p["role"] for p in last["participants"]] == ["LEAD", "SUPPORT"]
        assert last["participants"][1]["unit"]["parent"]["name"] == "县应急管理局"
        ratings = sorted(last["myRatings"], key=lambda r: r["unit"] is None)
        assert [r["points"] for r in ratings] == ["7.50", "7.50"]
        assert ratings[0]["unit"]["name"] == last["participants"][0]["unit"]["name"]
        assert ratings[1]["unit"] is None

    counts = await statements_for_5_and_100(client, DRILLS, make, check)
    # user, drills, organisers, participants, their units, parents, ratings, rating units
    assert counts[5] == 8, counts


async def test_drill_comments_cost_the_same_for_5_and_100(client):
    await make_user("admin", Role.ADMIN)
    await client.login("admin")
    unit = await make_unit("县应急管理局")

    async def make(size: int) -> dict[str, Any]:
        drill = await make_drill(f"演练{size}", unit)
        authors = [
            await make_user(f"leader{size}-{i}", Role.LEADER, person=await make_person(unit))
            for i in range(size)
        ]
        first = await drills.DrillComment.create(drill=drill, author=authors[0], body="起")
        await drills.DrillComment.bulk_create(
            [
                drills.DrillComment(drill=drill, author=author, body=f"回复{i}", parent=first)
                for i, author in enumerate(authors[1:])
            ]
        )
        return {"id": global_id("Drill", drill.id)}

    def check(data: Any, size: int) -> None:
        comments = data["drillCommentsList"]
        assert len(comments) == size
        assert comments[0]["parent"] is None
        assert comments[-1]["parent"] == {"body": "起", "author": {"username": f"leader{size}-0"}}
        assert comments[-1]["author"]["username"] == f"leader{size}-{size - 1}"
        assert comments[-1]["author"]["person"]["name"] == "张三"

    counts = await statements_for_5_and_100(client, COMMENTS, make, check)
    # user, drill, comments, authors, their people, parents (whose authors are loaded already)
    assert counts[5] == 6, counts


async def test_action_items_cost_the_same_for_5_and_100(client):
    await make_user("admin", Role.ADMIN)
    await client.login("admin")
    county = await make_unit("县应急管理局")

    async def make(size: int) -> dict[str, Any]:
        for i in new_rows(size):
            owner = await make_unit(f"整改{size}-{i}", parent=county)
            await actions.ActionItem.create(
                title=f"整改{size}-{i}",
                source=ActionSource.OTHER,
                owner_unit=owner,
                assignee=await make_person(owner, name=f"责任人{size}-{i}") if i % 2 else None,
                due_date=date(2026, 4, 1),
            )
        return {"first": size}

    def check(data: Any, size: int) -> None:
        edges = data["actionItems"]["edges"]
        assert len(edges) == size
        assert edges[-1]["node"]["ownerUnit"]["parent"]["name"] == "县应急管理局"
        assigned = [e["node"]["assignee"] for e in edges if e["node"]["assignee"]]
        assert assigned and all(a["unit"]["name"].startswith("整改") for a in assigned)

    counts = await statements_for_5_and_100(client, ACTIONS, make, check)
    # user, action items, owner units, their parents, assignees, their units
    assert counts[5] == 6, counts


UNREAD_COUNTS = """query($first: Int) { drills(first: $first) { edges { node {
  title unreadCommentCount } } } }"""
UNREAD = """query($first: Int) { unreadDrillComments(first: $first) {
  body author { username person { name } } drill { title organizer { name } } } }"""


async def comments_read_and_unread(size: int, unit, reader, author) -> None:
    """`size` more drills with three comments each by `author`: `reader` has read the first
    of every drill (and nothing of every third one), and wrote one more of their own."""
    for i in new_rows(size):
        drill = await make_drill(f"演练{size}-{i}", unit)
        await drills.DrillParticipant.create(drill=drill, unit=unit, role=ParticipantRole.LEAD)
        said = [
            await drills.DrillComment.create(drill=drill, author=author, body=f"{i}-{n}")
            for n in range(3)
        ]
        await drills.DrillComment.create(drill=drill, author=reader, body="自己的")
        if i % 3:
            await drill_reads.DrillCommentRead.create(
                user=reader, drill=drill, read_up_to=said[0].id, read_at=datetime.now(UTC)
            )


async def test_unread_counts_of_a_drill_list_cost_the_same_for_5_and_100(client):
    unit = await make_unit("高村镇")
    reader = await make_user("member", Role.OFFICER, person=await make_person(unit))
    author = await make_user("leader", Role.LEADER, person=await make_person(unit, name="县长"))
    await client.login("member")

    async def make(size: int) -> dict[str, Any]:
        await comments_read_and_unread(size, unit, reader, author)
        return {"first": size}

    def check(data: Any, size: int) -> None:
        edges = data["drills"]["edges"]
        assert len(edges) == size
        for edge in edges:
            number = int(edge["node"]["title"].rsplit("-", 1)[1])
            assert edge["node"]["unreadCommentCount"] == (2 if number % 3 else 3), edge

    counts = await statements_for_5_and_100(client, UNREAD_COUNTS, make, check)
    # user, drills (their readable subquery needs the person, and the unit tree), the counts
    assert counts[5] == 5, counts


async def test_unread_comments_cost_the_same_for_5_and_100(client):
    unit = await make_unit("高村镇")
    reader = await make_user("member", Role.OFFICER, person=await make_person(unit))
    author = await make_user("leader", Role.LEADER, person=await make_person(unit, name="县长"))
    await client.login("member")

    async def make(size: int) -> dict[str, Any]:
        await drills.DrillComment.all().delete()
        await drill_reads.DrillCommentRead.all().delete()
        await drills.DrillParticipant.all().delete()
        await drills.Drill.all().delete()
        await comments_read_and_unread(size * 3, unit, reader, author)
        return {"first": size}

    def check(data: Any, size: int) -> None:
        comments = data["unreadDrillComments"]
        assert len(comments) == size
        assert all(
            c["author"] == {"username": "leader", "person": {"name": "县长"}} for c in comments
        )
        assert all(c["drill"]["organizer"] == {"name": "高村镇"} for c in comments)
        assert comments[0]["drill"]["title"] == f"演练{size * 3}-{size * 3 - 1}"

    counts = await statements_for_5_and_100(client, UNREAD, make, check)
    # user, the person and the unit tree (for the drills taken part in), the comments, their
    # authors, the authors' people, their drills, the drills' organisers
    assert counts[5] == 8, counts
