"""Request limits: the query cost, the time limit, one login per request, introspection."""

from __future__ import annotations

import asyncio
import dataclasses
from datetime import timedelta
from types import SimpleNamespace

import pytest
from graphql import parse

from models import clock, sql, training
from models.org import Role
from schema import build_schema, limits
from schema.cost import document_cost
from schema.view import LianbingGraphQL
from tests.conftest import PASSWORD, make_person, make_unit, make_user

ROWS = "edges { node { status person { name unit { name } } } }"
SHEET = f"""query($sessions: Int = 100, $rows: Int = 100) {{
  trainingSessions(first: $sessions) {{ edges {{ node {{ title
    attendance(first: $rows) {{ {ROWS} }} }} }} }} }}"""
# The reproduction from the issue: every row's session, and that session's rows again.
NESTED = f"""{{ trainingSessions(first: 100) {{ edges {{ node {{ title
  attendance(first: 100) {{ edges {{ node {{ status person {{ name }}
    session {{ attendance(first: 100) {{ {ROWS} }} }} }} }} }} }} }} }} }}"""
LOGIN = 'login(input: {{username: "{user}", password: "{password}"}}) {{ token }}'


def cost(document: str, variables: dict | None = None) -> int:
    return document_cost(build_schema()._schema, parse(document), variables)


def too_complex(body: dict) -> dict:
    assert body["data"] is None, "nothing may run"
    [error] = body["errors"]
    assert error["extensions"]["code"] == "QUERY_TOO_COMPLEX", error
    return error["extensions"]


@pytest.fixture
async def admin(client):
    await make_user("admin", Role.ADMIN)
    return await client.login("admin")


@pytest.fixture
def view(app) -> LianbingGraphQL:
    [endpoint] = [r.endpoint for r in app.routes if getattr(r, "path", "") == "/graphql"][:1]
    assert isinstance(endpoint, LianbingGraphQL)
    return endpoint


async def a_session_with_one_row() -> None:
    unit = await make_unit("高村镇")
    await make_person(unit, name="队员")
    starts = clock.now() + timedelta(days=1)
    await training.schedule_session(
        training.SessionPlan(
            title="周周讲",
            kind=training.TrainingKind.TRAFFIC_SAFETY,
            starts_at=starts,
            ends_at=starts + timedelta(hours=1),
            organizer_unit_id=unit.id,
            audience=training.Audience(unit_ids=[unit.id]),
        )
    )


def with_settings(monkeypatch, view: LianbingGraphQL, **changes) -> None:
    """This app's settings changed for one test (the view reads them for every request)."""
    monkeypatch.setattr(view, "settings", dataclasses.replace(view.settings, **changes))


# --- cost ----------------------------------------------------------------------------------


def test_the_cost_is_the_product_of_nested_page_sizes_summed():
    assert cost(SHEET) == 100 + 100 * 100
    assert cost(NESTED) == 100 + 100 * 100 + 100 * 100 * 100
    assert cost("{ me { username } }") == 0


def test_lists_without_first_count_their_default_page():
    assert cost("{ trainingSessions { edges { node { title } } } }") == 20
    assert cost("{ mySchedule { title attendance { edges { node { status } } } } }") == 20 + 400


def test_variables_and_their_defaults_set_the_page_sizes():
    assert cost(SHEET, {"sessions": 10, "rows": 5}) == 10 + 10 * 5
    assert cost(SHEET, {"sessions": 10}) == 10 + 10 * 100


def test_aliases_and_fragments_count_each_time_they_appear():
    fragment = f"fragment Rows on TrainingSession {{ attendance(first: 50) {{ {ROWS} }} }}"
    spread = "trainingSessions(first: 10) { edges { node { ...Rows } } }"
    assert cost(f"{{ a: {spread} b: {spread} }} {fragment}") == 2 * (10 + 10 * 50)
    inline = "trainingSessions(first: 10) { edges { node { ... on TrainingSession { ...Rows } } } }"
    assert cost(f"{{ {inline} }} {fragment}") == 10 + 10 * 50


async def test_the_reproduction_is_refused_with_its_figures_before_anything_runs(admin):
    extensions = too_complex(await admin.post(NESTED))
    assert extensions == {"code": "QUERY_TOO_COMPLEX", "cost": 1_010_100, "limit": 20_000}


async def test_a_sheet_of_ten_thousand_nodes_runs(admin):
    await a_session_with_one_row()
    [session] = (await admin.data(SHEET))["trainingSessions"]["edges"]
    assert session["node"]["attendance"]["edges"] == [
        {"node": {"status": "UNMARKED", "person": {"name": "队员", "unit": {"name": "高村镇"}}}}
    ]


async def test_ten_aliases_of_an_allowed_sheet_are_refused(admin):
    body = " ".join(
        f"s{i}: trainingSessions(first: 100) {{ edges {{ node {{ attendance(first: 100) "
        f"{{ {ROWS} }} }} }} }}"
        for i in range(10)
    )
    assert too_complex(await admin.post(f"{{ {body} }}"))["cost"] == 10 * 10_100


async def test_a_variable_can_make_the_same_document_too_costly(admin, monkeypatch, view):
    with_settings(monkeypatch, view, max_query_cost=1_000)
    assert (await admin.data(SHEET, {"sessions": 10, "rows": 50}))["trainingSessions"] == {
        "edges": []
    }
    extensions = too_complex(await admin.post(SHEET, {"sessions": 10, "rows": 100}))
    assert (extensions["cost"], extensions["limit"]) == (1_010, 1_000)


async def test_a_subscription_over_the_cost_is_refused_before_it_starts(settings):
    context = SimpleNamespace(settings=dataclasses.replace(settings, max_query_cost=10), user=None)
    stream = await build_schema().subscribe(
        'subscription { drillComments(drillId: "Drill:1") { history { body } } }',
        context_value=context,
    )
    first = await anext(stream)
    await stream.aclose()
    assert [e.extensions for e in first.errors] == [
        {"code": "QUERY_TOO_COMPLEX", "cost": 20, "limit": 10}
    ]


# --- time ----------------------------------------------------------------------------------


async def test_a_query_past_the_time_limit_is_stopped_with_a_clear_error(admin, monkeypatch, view):
    # A limit too short for any database round trip: the first one stops the query.
    with_settings(monkeypatch, view, query_seconds=1e-9)
    body = await admin.post("{ trainingSessions(first: 1) { edges { node { title } } } }")
    assert body["data"] is None
    [error] = body["errors"]
    assert error["extensions"] == {"code": "QUERY_TIMEOUT", "limit": 1e-9}
    assert (await admin.http.get("/healthz")).json() == {"status": "ok"}


async def test_healthz_answers_while_a_query_is_stalled_and_the_query_ends_at_its_limit(
    admin, monkeypatch
):
    """The roster's database read never returns; instead of waiting out the time limit, the
    test moves the query's deadline to now once /healthz has answered."""
    await a_session_with_one_row()
    stalled: asyncio.Future[tuple[asyncio.Task, asyncio.Timeout]] = asyncio.Future()

    async def never_answers(*args):
        stalled.set_result((asyncio.current_task(), limits._running_limit.get()))
        await asyncio.Event().wait()

    monkeypatch.setattr(sql, "rows_per_parent", never_answers)
    query = asyncio.create_task(admin.post(SHEET))
    reader, deadline = await stalled
    try:
        assert (await admin.http.get("/healthz")).json() == {"status": "ok"}
        assert not query.done()
        deadline.reschedule(asyncio.get_running_loop().time())
        body = await query
    finally:
        reader.cancel()
    assert body["data"] is None
    assert [e["extensions"]["code"] for e in body["errors"]] == ["QUERY_TIMEOUT"]


async def test_a_mutation_is_not_stopped_half_way(client, monkeypatch, view):
    await make_user("admin", Role.ADMIN)
    with_settings(monkeypatch, view, query_seconds=1e-9)
    await client.login("admin")  # a mutation: its password check runs to the end
    assert client.token


# --- login ---------------------------------------------------------------------------------


async def test_one_login_per_request(client):
    await make_user("wang", Role.OFFICER)
    await make_user("liu", Role.OFFICER)
    one = LOGIN.format(user="wang", password=PASSWORD)
    other = LOGIN.format(user="liu", password="guess")
    assert await client.error_codes(f"mutation {{ a: {one} b: {other} }}") == ["TOO_MANY_LOGINS"]
    fragment = f"fragment L on Mutation {{ y: {other} }}"
    assert await client.error_codes(f"mutation {{ {one} ...L }} {fragment}") == ["TOO_MANY_LOGINS"]
    inline = f"mutation {{ {one} ... on Mutation {{ x: {other} }} }}"
    assert await client.error_codes(inline) == ["TOO_MANY_LOGINS"]
    data = await client.data(f"mutation {{ {one} }}")
    assert data["login"]["token"]


# --- introspection -------------------------------------------------------------------------

SCHEMA = "{ __schema { queryType { name } } }"
TYPE = '{ __type(name: "Person") { name } }'


async def test_anonymous_introspection_is_refused_outside_demo_mode(client):
    for document in (SCHEMA, TYPE):
        body = await client.post(document)
        assert "data" not in body or body["data"] is None
        assert [e["extensions"]["code"] for e in body["errors"]] == ["UNAUTHENTICATED"]
    assert (await client.data("{ __typename }")) == {"__typename": "Query"}


async def test_logged_in_users_and_demo_mode_may_introspect(client, new_client, monkeypatch, view):
    await make_user("wang", Role.OFFICER)
    await client.login("wang")
    assert (await client.data(SCHEMA))["__schema"] == {"queryType": {"name": "Query"}}
    assert (await client.data(TYPE))["__type"] == {"name": "Person"}
    with_settings(monkeypatch, view, demo=True)
    anonymous = new_client()
    assert (await anonymous.data(SCHEMA))["__schema"] == {"queryType": {"name": "Query"}}
