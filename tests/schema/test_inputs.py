"""Inputs at the edges: each is refused as the caller's mistake (BAD_USER_INPUT, a userError, a
400 or an anonymous request), never an internal error or a logged traceback."""

from __future__ import annotations

import json
import logging
import os
from datetime import UTC, datetime, timedelta

import jwt
import pytest
import websockets
from strawberry.relay import to_base64
from tortoise import Tortoise
from tortoise.fields import BigIntField

from models.org import Role
from schema.ids import WIDE_KEYS, global_id
from tests.conftest import make_person, make_unit, make_user

INT4_OVER = 2**31
INT8_OVER = 2**63


@pytest.fixture(autouse=True)
def no_unexpected_errors(caplog: pytest.LogCaptureFixture):
    """Nothing here may be logged as an unexpected error."""
    caplog.set_level(logging.ERROR)
    yield
    unexpected = [r for r in caplog.records if r.levelno >= logging.ERROR]
    assert not unexpected, [r.getMessage() for r in unexpected]


@pytest.fixture
async def admin(client):
    await make_user("admin", Role.ADMIN)
    return await client.login("admin")


async def post(client, query: str, variables: dict | None = None) -> dict:
    """Post with every non-ASCII character escaped, as JSON allows: lone surrogates too."""
    headers = {"Authorization": f"Bearer {client.token}", "content-type": "application/json"}
    body = json.dumps({"query": query, "variables": variables or {}})
    response = await client.http.post("/graphql", content=body, headers=headers)
    assert response.status_code == 200, response.text
    return response.json()


def codes(body: dict) -> list[str | None]:
    return [error.get("extensions", {}).get("code") for error in body.get("errors", [])]


# --- Decimal -----------------------------------------------------------------------------------

POINTS = """mutation($input: SetAttendancePointsInput!) {
  setAttendancePoints(input: $input) { points { points } userErrors { code } } }"""
GRADE = """mutation($input: GradeAnswerInput!) {
  gradeAnswer(input: $input) { userErrors { code } } }"""
NOT_DECIMALS = ["NaN", "-NaN", "sNaN", "Infinity", "-Infinity", "inf", "1e400", "-1E+12", "abc", ""]


@pytest.mark.parametrize("value", NOT_DECIMALS)
async def test_decimals_that_are_no_finite_number_are_bad_input(admin, value):
    assert (await admin.mutate(POINTS, {"status": "LATE", "points": "0.25"}))["points"]
    body = await admin.post(POINTS, {"input": {"status": "LATE", "points": value}})
    assert codes(body) == ["BAD_USER_INPUT"] and body["data"] is None
    grade = {"attemptQuestionId": global_id("AttemptQuestion", 1), "points": value}
    assert codes(await admin.post(GRADE, {"input": grade})) == ["BAD_USER_INPUT"]
    literal = f'mutation {{ setAttendancePoints(input: {{status: LATE, points: "{value}"}}) {{ userErrors {{ code }} }} }}'
    assert codes(await admin.post(literal)) == ["BAD_USER_INPUT"]


async def test_a_decimal_below_the_limit_reaches_the_rules(admin):
    body = await admin.post(
        GRADE,
        {
            "input": {
                "attemptQuestionId": global_id("AttemptQuestion", 1),
                "points": "999999999999.99",
            }
        },
    )
    assert "errors" not in body and body["data"]["gradeAnswer"]["userErrors"]


# --- dates ---------------------------------------------------------------------------------------

SESSIONS_FROM = "query($at: DateTime) { trainingSessions(from: $at) { edges { node { id } } } }"
SESSIONS_TO = "query($at: DateTime) { trainingSessions(to: $at) { edges { node { id } } } }"
EVENTS_SINCE = "query($at: DateTime) { scoreEvents(since: $at) { edges { node { id } } } }"
SCHEDULE_FROM = "query($at: DateTime) { mySchedule(from: $at) { id } }"
SCHEDULE_TO = "query($at: DateTime) { mySchedule(to: $at) { id } }"
FAR_TIMES = [
    "0001-01-01T00:00:00+08:00",
    "1899-12-31T23:59:59+08:00",
    "3000-01-01T00:00:00Z",
    "9999-12-31T23:59:59-08:00",
    "9999-12-31T23:59:59",
]


@pytest.mark.parametrize(
    "query", [SESSIONS_FROM, SESSIONS_TO, EVENTS_SINCE, SCHEDULE_FROM, SCHEDULE_TO]
)
@pytest.mark.parametrize("moment", FAR_TIMES)
async def test_times_outside_the_supported_years_are_bad_input(admin, query, moment):
    assert codes(await admin.post(query, {"at": moment})) == ["BAD_USER_INPUT"]


@pytest.mark.parametrize("moment", ["1900-01-01T00:00:00+14:00", "2999-12-31T23:59:59-12:00"])
@pytest.mark.parametrize(
    "query", [SESSIONS_FROM, SESSIONS_TO, EVENTS_SINCE, SCHEDULE_FROM, SCHEDULE_TO]
)
async def test_the_first_and_last_supported_moments_are_answered(admin, query, moment):
    body = await admin.post(query, {"at": moment})
    assert "errors" not in body, body["errors"]


SERIES = """mutation($input: ScheduleSeriesInput!) {
  scheduleSeries(input: $input) { sessions { id } userErrors { code } } }"""


def series(unit_id: str, starts: str, until: str | None) -> dict:
    ends = (datetime.fromisoformat(starts) + timedelta(hours=1)).isoformat()
    return {
        "session": {
            "title": "周周讲",
            "kind": "TRAFFIC_SAFETY",
            "startsAt": starts,
            "endsAt": ends,
            "organizerUnitId": unit_id,
            "audience": {"unitIds": [unit_id]},
        },
        "recurrence": {"frequency": "WEEKLY", "until": until, "count": None if until else 2},
    }


@pytest.mark.parametrize(
    "starts,until",
    [
        ("0001-01-03T09:00:00+08:00", None),
        ("9999-12-20T09:00:00+08:00", None),
        ("2030-01-07T09:00:00+08:00", "9999-12-31"),
        ("2030-01-07T09:00:00+08:00", "0001-01-01"),
    ],
)
async def test_a_series_at_the_edges_of_time_is_bad_input(admin, starts, until):
    unit = global_id("Unit", (await make_person()).unit_id)
    assert (await admin.mutate(SERIES, series(unit, "2030-01-07T09:00:00+08:00", None)))["sessions"]
    body = await admin.post(SERIES, {"input": series(unit, starts, until)})
    assert set(codes(body)) == {"BAD_USER_INPUT"} and body["data"] is None


# --- IDs ---------------------------------------------------------------------------------------

HUGE_UNITS = [global_id("Unit", INT4_OVER), global_id("Unit", INT8_OVER), global_id("Unit", 10**30)]
PEOPLE = "query($unitId: ID, $after: String) { people(unitId: $unitId, after: $after) { edges { node { id } } } }"
UPDATE_UNIT = "mutation($input: UpdateUnitInput!) { updateUnit(input: $input) { unit { id } userErrors { code field } } }"


@pytest.mark.parametrize("unit_id", HUGE_UNITS)
async def test_ids_past_their_column_name_nothing(admin, unit_id):
    unit = global_id("Unit", (await make_unit()).id)
    node = "query($id: ID!) { node(id: $id) { id } }"
    assert (await admin.data(node, {"id": unit}))["node"] == {"id": unit}
    assert (await admin.data(node, {"id": unit_id}))["node"] is None
    assert await admin.error_codes(PEOPLE, {"unitId": unit_id}) == ["BAD_USER_INPUT"]
    payload = (await admin.data(UPDATE_UNIT, {"input": {"id": unit_id, "name": "某单位"}}))[
        "updateUnit"
    ]
    assert payload["userErrors"] == [{"code": "INVALID_ID", "field": ["id"]}]
    parent = {"input": {"id": unit, "parentId": unit_id}}
    payload = (await admin.data(UPDATE_UNIT, parent))["updateUnit"]
    assert payload["userErrors"] == [{"code": "INVALID_ID", "field": ["parentId"]}]


@pytest.mark.parametrize(
    "cursor",
    [to_base64("cursor", INT4_OVER), to_base64("cursor", INT8_OVER), to_base64("cursor", "+1")],
)
async def test_cursors_past_their_column_are_bad_input(admin, cursor):
    await make_unit()
    assert await admin.error_codes(PEOPLE, {"after": to_base64("cursor", 1)}) == []
    assert await admin.error_codes(PEOPLE, {"after": cursor}) == ["BAD_USER_INPUT"]


@pytest.mark.parametrize(
    "cursor",
    [
        to_base64("feed", f"{INT8_OVER}.1"),
        to_base64("feed", f"0.{INT8_OVER}"),
        to_base64("cursor", INT8_OVER),
    ],
)
async def test_feed_cursors_past_their_column_are_bad_input(admin, cursor):
    events = "query($after: String) { scoreEvents(after: $after) { edges { node { id } } } }"
    assert await admin.error_codes(events, {"after": to_base64("feed", "0.1")}) == []
    assert await admin.error_codes(events, {"after": cursor}) == ["BAD_USER_INPUT"]


@pytest.mark.parametrize(
    "path",
    [
        "/exports/training-sessions/{}/sign-in.xlsx",
        "/exports/drills/{}/report.html",
        "/exports/drills/{}/report.xlsx",
        "/exports/training-compliance.xlsx?unitId={}",
    ],
)
@pytest.mark.parametrize("number", [INT4_OVER, INT8_OVER])
async def test_download_routes_refuse_ids_past_their_column(admin, path, number):
    type_name = "Unit" if "unitId" in path else "Drill" if "drills" in path else "TrainingSession"
    headers = {"Authorization": f"Bearer {admin.token}"}
    response = await admin.http.get(path.format(global_id(type_name, number)), headers=headers)
    assert response.status_code == 400 and response.json()["error"] == "BAD_REQUEST"


# --- text --------------------------------------------------------------------------------------

CREATE_UNIT = "mutation($input: CreateUnitInput!) { createUnit(input: $input) { unit { name } userErrors { code } } }"
BAD_TEXT = ["a\u0000b", "\u0000", "a\ud800b", "\udfff", "\ude00\ud83d"]


@pytest.mark.parametrize("text", BAD_TEXT)
async def test_text_with_nul_or_a_lone_surrogate_is_bad_input(admin, text):
    unit = await admin.mutate(CREATE_UNIT, {"name": "单位😀", "kind": "TOWNSHIP"})
    assert unit["unit"] == {"name": "单位😀"}
    bad = {"input": {"name": text, "kind": "TOWNSHIP"}}
    assert codes(await post(admin, CREATE_UNIT, bad)) == ["BAD_USER_INPUT"]
    query = "query($search: String) { people(search: $search) { edges { node { id } } } }"
    assert codes(await post(admin, query, {"search": text})) == ["BAD_USER_INPUT"]
    nested = series(global_id("Unit", 1), "2030-01-07T09:00:00+08:00", None)
    nested["session"]["audience"]["unitIds"] = [text]
    assert codes(await post(admin, SERIES, {"input": nested})) == ["BAD_USER_INPUT"]
    assert codes(await post(admin, query, {"search": "x", text: "unused"})) == ["BAD_USER_INPUT"]


@pytest.mark.parametrize("escape", ["\\u0000", "a\\u0000b", '\\"\\u0000'])
async def test_string_literals_with_nul_are_bad_input(admin, escape):
    literal = f'{{ people(search: "{escape}") {{ edges {{ node {{ id }} }} }} }}'
    assert codes(await admin.post(literal)) == ["BAD_USER_INPUT"]
    pair = '{ people(search: "\\ud83d\\ude00") { edges { node { id } } } }'
    assert codes(await admin.post(pair)) == []


# --- uploads -----------------------------------------------------------------------------------

IMPORT = "mutation($input: ImportQuestionsInput!) { importQuestions(input: $input) { imported userErrors { code } } }"


async def test_a_string_where_a_file_belongs_is_bad_input(admin):
    assert codes(await admin.post(IMPORT, {"input": {"file": "x"}})) == ["BAD_USER_INPUT"]
    literal = 'mutation { importQuestions(input: {file: "x"}) { imported userErrors { code } } }'
    assert codes(await admin.post(literal)) == ["BAD_USER_INPUT"]


def multipart(operations: object, files_map: object) -> dict:
    return {
        "data": {"operations": json.dumps(operations), "map": json.dumps(files_map)},
        "files": {
            "0": ("questions.csv", "分类,题型,题干,选项A,选项B,答案,难度\n".encode(), "text/csv")
        },
    }


GOOD_OPERATIONS = {"query": IMPORT, "variables": {"input": {"file": None}}}


@pytest.mark.parametrize(
    "operations,files_map",
    [
        ("x", {}),
        (None, {}),
        (GOOD_OPERATIONS, []),
        (GOOD_OPERATIONS, {"0": "variables.input.file"}),
        (GOOD_OPERATIONS, {"0": [5]}),
        (GOOD_OPERATIONS, {"1": ["variables.input.file"]}),
        (GOOD_OPERATIONS, {"0": ["variables.input.file.name"]}),
        (GOOD_OPERATIONS, {"0": ["variables.input.other"]}),
        (GOOD_OPERATIONS, {"0": ["query"]}),
        ({"query": IMPORT, "variables": {"input": [None]}}, {"0": ["variables.input.3"]}),
    ],
)
async def test_multipart_requests_that_do_not_fit_their_map_are_400(admin, operations, files_map):
    headers = {"Authorization": f"Bearer {admin.token}"}
    good = await admin.http.post(
        "/graphql", headers=headers, **multipart(GOOD_OPERATIONS, {"0": ["variables.input.file"]})
    )
    assert good.status_code == 200 and "errors" not in good.json(), good.text
    response = await admin.http.post(
        "/graphql", headers=headers, **multipart(operations, files_map)
    )
    assert response.status_code == 400
    assert codes(response.json()) == ["BAD_REQUEST"]


# --- request bodies ----------------------------------------------------------------------------

DEEP = 5000


@pytest.mark.parametrize(
    "body",
    [
        b'"{ __typename }"',
        b"null",
        b"5",
        b"true",
        b"[" * DEEP + b"]" * DEEP,
        b'{"query": "{ __typename }", "variables": ' + b'{"a": ' * DEEP + b"1" + b"}" * DEEP + b"}",
        b'{"query": "{ __typename }", "x": ' + b"[" * DEEP + b"]" * DEEP + b"}",
        b'{"query": "{ __typename \xff }"}',
        b"\xff\xfe{}",
        b'{"query": "{ __typename }"',
    ],
    ids=[
        "string",
        "null",
        "number",
        "boolean",
        "deep",
        "deep-variables",
        "deep-field",
        "latin1",
        "bom",
        "cut",
    ],
)
async def test_bodies_that_are_no_graphql_request_are_400_with_json(client, body):
    response = await client.http.post(
        "/graphql", content=body, headers={"content-type": "application/json"}
    )
    assert response.status_code == 400, response.text
    assert response.headers["content-type"] == "application/json"
    [error] = response.json()["errors"]
    assert error["extensions"]["code"] == "BAD_REQUEST" and error["message"]


async def test_deep_variables_in_a_get_request_are_400_with_json(client):
    variables = "[" * DEEP + "]" * DEEP
    response = await client.http.get(
        "/graphql", params={"query": "{ __typename }", "variables": variables}
    )
    assert response.status_code == 400 and codes(response.json()) == ["BAD_REQUEST"]
    fine = await client.http.get("/graphql", params={"query": "{ __typename }", "variables": "{}"})
    assert fine.json() == {"data": {"__typename": "Query"}}


# --- variables ---------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "variables",
    [
        {},
        {"input": None},
        {"input": {"status": "LATE"}},
        {"input": {"status": "TARDY", "points": "1"}},
        {"input": {"status": "LATE", "points": "1", "extra": 1}},
        {"input": "LATE"},
    ],
)
async def test_variables_that_do_not_fit_their_type_are_bad_input(admin, variables):
    body = await admin.post(POINTS, variables)
    assert codes(body) == ["BAD_USER_INPUT"] and body["data"] is None


# --- tokens ------------------------------------------------------------------------------------


def signed(subject: str) -> str:
    claims = {"sub": subject, "ver": 0, "exp": datetime.now(UTC) + timedelta(hours=1)}
    return jwt.encode(claims, os.environ["LIANBING_SECRET"], algorithm="HS256")


FULLWIDTH = str.maketrans("0123456789", "０１２３４５６７８９")


@pytest.mark.parametrize(
    "subject",
    [
        str(INT4_OVER),
        str(INT8_OVER),
        "9" * 40,
        "-1",
        "abc",
        "",
        "{fullwidth}",
        " {id}",
        "+{id}",
        "{id}\n",
    ],
)
async def test_a_signed_token_naming_no_valid_id_is_anonymous(client, subject):
    user = await make_user("admin", Role.ADMIN)
    own = {"Authorization": f"Bearer {signed(str(user.id))}"}
    response = await client.http.post("/graphql", json={"query": "{ me { id } }"}, headers=own)
    assert response.json()["data"]["me"] == {"id": global_id("User", user.id)}

    subject = subject.format(id=user.id, fullwidth=str(user.id).translate(FULLWIDTH))
    headers = {"Authorization": f"Bearer {signed(subject)}"}
    response = await client.http.post("/graphql", json={"query": "{ me { id } }"}, headers=headers)
    assert response.status_code == 200 and response.json() == {"data": {"me": None}}
    units = await client.http.post(
        "/graphql", json={"query": "{ units { edges { node { id } } } }"}, headers=headers
    )
    assert codes(units.json()) == ["UNAUTHENTICATED"]
    download = await client.http.get("/exports/training-compliance.xlsx", headers=headers)
    assert download.status_code == 401 and download.json()["error"] == "UNAUTHENTICATED"


# --- texts longer than the column they are looked up in ----------------------------------------

LONG = "长" * 300


@pytest.mark.parametrize(
    "query,answer",
    [
        (
            "query($text: String) { auditLog(operation: $text) { edges { node { id } } } }",
            "auditLog",
        ),
        (
            "query($text: String) { questions(category: $text) { edges { node { id } } } }",
            "questions",
        ),
    ],
)
async def test_a_filter_longer_than_its_column_matches_nothing(admin, query, answer):
    body = await admin.post(query, {"text": LONG})
    assert "errors" not in body, body["errors"]
    assert body["data"][answer]["edges"] == []


async def test_a_username_longer_than_any_is_invalid_credentials(client):
    await make_user("admin", Role.ADMIN)
    login = "mutation($input: LoginInput!) { login(input: $input) { token userErrors { code } } }"
    payload = (await client.data(login, {"input": {"username": LONG, "password": "x" * 12}}))[
        "login"
    ]
    assert payload == {"token": None, "userErrors": [{"code": "INVALID_CREDENTIALS"}]}
    assert (await client.login("admin")).token


async def test_the_wide_keys_are_the_tables_with_bigint_keys(app):
    wide = {
        name
        for name, model in Tortoise.apps["models"].items()
        if isinstance(model._meta.pk, BigIntField)
    }
    assert wide == WIDE_KEYS


async def test_a_websocket_message_nested_too_deeply_closes_the_connection_as_bad(start_server):
    base, log_file = start_server()
    async with websockets.connect(
        base.replace("http", "ws") + "/graphql", subprotocols=["graphql-transport-ws"]
    ) as ws:
        await ws.send(json.dumps({"type": "connection_init", "payload": {}}))
        assert json.loads(await ws.recv())["type"] == "connection_ack"
        await ws.send("[" * DEEP + "]" * DEEP)
        with pytest.raises(websockets.ConnectionClosed) as closed:
            await ws.recv()
    assert closed.value.rcvd.code == 4400
    assert "Traceback" not in log_file.read_text()
