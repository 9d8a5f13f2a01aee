"""The read path (schema.reads) answers exactly as ordinary execution does.

Documents are generated from the schema (hypothesis-graphql) and sent, as the demo admin and the
demo officer, to the same demo county twice: through the read path, and through a schema that
resolves every field the ordinary way (graphql-core, relations through DataLoaders). The two
answers (data and errors) must be the same. The per-parent page in SQL is checked against the
ORM on random rows.
"""

from __future__ import annotations

import os
from datetime import timedelta

import pytest
from graphql import print_ast
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from hypothesis_graphql import queries

from models import clock, sql, training
from models.org import Role
from schema import build_schema
from tests.conftest import make_person, make_unit, make_user
from tests.test_fuzz import KWARGS, SCHEMA, county, fill_ids, repeatable  # noqa: F401

EXAMPLES = int(os.environ.get("LIANBING_READS_EXAMPLES", "150"))  # per role
QUERIES = st.one_of(
    *(queries(SCHEMA, fields=[name], **KWARGS) for name in SCHEMA.query_type.fields)
)
ORDINARY = build_schema(look_ahead=False)


@pytest.fixture
async def admin(client):
    await make_user("admin", Role.ADMIN)
    return await client.login("admin")


@pytest.fixture
async def people_and_sessions():
    """Twelve people of one township and five sessions they are all invited to."""
    unit = await make_unit("高村镇")
    people = [await make_person(unit, name=f"队员{i}") for i in range(12)]
    sessions = []
    for day in range(5):
        starts = clock.now() + timedelta(days=day + 1)
        plan = training.SessionPlan(
            title=f"周周讲{day}",
            kind=training.TrainingKind.TRAFFIC_SAFETY,
            starts_at=starts,
            ends_at=starts + timedelta(hours=1),
            organizer_unit_id=unit.id,
            audience=training.Audience(unit_ids=[unit.id]),
        )
        sessions.append(await training.schedule_session(plan))
    return people, sessions


@pytest.fixture
def view(app):
    [endpoint] = [r.endpoint for r in app.routes if getattr(r, "path", "") == "/graphql"][:1]
    return endpoint


@pytest.mark.parametrize("username", ["admin", "officer"])
@repeatable(EXAMPLES)
@given(document=QUERIES)
async def test_the_read_path_answers_as_ordinary_execution(
    client,
    view,
    monkeypatch,
    username,
    document,
    county,  # noqa: F811
):
    text = print_ast(fill_ids(document, county))
    headers = {"Authorization": f"Bearer {await county.token(username)}"}
    fast = await client.http.post("/graphql", json={"query": text}, headers=headers)
    with monkeypatch.context() as patch:
        patch.setattr(view, "schema", ORDINARY)
        ordinary = await client.http.post("/graphql", json={"query": text}, headers=headers)
    assert fast.status_code == ordinary.status_code, text
    assert fast.json() == ordinary.json(), f"as {username}:\n{text}"


async def test_a_nested_list_through_the_read_path_is_the_ordinary_answer(client, view, admin):
    """A fixed deep document, so the comparison does not depend on what the generator picks."""
    unit = await make_unit("高村镇")
    for i in range(7):
        await make_person(unit, name=f"队员{i}")
    document = """{ people(first: 5) { pageInfo { hasNextPage endCursor } edges { cursor node {
      id name badgeNumber unit { id name kind parent { name } } account { username } } } } }"""
    fast = await admin.post(document)
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(view, "schema", ORDINARY)
        ordinary = await admin.post(document)
    assert fast == ordinary
    assert len(fast["data"]["people"]["edges"]) == 5


@settings(
    max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(
    rows=st.lists(
        st.tuples(st.integers(0, 4), st.sampled_from(list(training.AttendanceStatus))), max_size=12
    ),
    limit=st.integers(0, 6),
    after=st.none() | st.integers(0, 30),
)
async def test_rows_per_parent_is_each_parents_first_rows_by_id(
    people_and_sessions, rows, limit, after
):
    people, sessions = people_and_sessions
    await training.Attendance.filter(session_id__in=[s.id for s in sessions]).delete()
    for n, (session, status) in enumerate(rows):
        await training.Attendance.create(session=sessions[session], person=people[n], status=status)
    first_id = min([row.id for row in await training.Attendance.all()] or [0])
    after_id = None if after is None else first_id + after
    where, values = ("", ()) if after_id is None else ('"id" > $1', (after_id,))
    pages = await sql.rows_per_parent(
        training.Attendance,
        ("status", "person_id"),
        "session_id",
        [s.id for s in sessions],
        limit,
        where,
        *values,
    )
    for session in sessions:
        expected = training.Attendance.filter(session_id=session.id).order_by("id")
        if after_id is not None:
            expected = expected.filter(id__gt=after_id)
        want = [(r.id, r.status, r.person_id) for r in await expected.limit(limit)]
        got = [(r["id"], r["status"], r["person_id"]) for r in pages[session.id]]
        assert got == want


async def test_a_document_with_directives_answers_by_its_variables_each_time(client, view, admin):
    """Plans are kept across requests only for documents without directives: with one, the
    selection depends on the variables of each request."""
    unit = await make_unit("高村镇")
    await make_person(unit, name="队员")
    document = """query($withUnit: Boolean!) { people(first: 5) { edges { node {
      name unit { name kind @include(if: $withUnit) } } } } }"""
    answers = []
    for with_unit in (True, False, True):
        body = await admin.post(document, {"withUnit": with_unit})
        with pytest.MonkeyPatch.context() as patch:
            patch.setattr(view, "schema", ORDINARY)
            assert body == await admin.post(document, {"withUnit": with_unit})
        answers.append(body["data"]["people"]["edges"][0]["node"])
    with_unit = {"name": "队员", "unit": {"name": "高村镇", "kind": "COUNTY_DEPARTMENT"}}
    without = {"name": "队员", "unit": {"name": "高村镇"}}
    assert answers == [with_unit, without, with_unit]
