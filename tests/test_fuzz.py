"""A bounded schema fuzz: queries and mutations generated from the live schema
(hypothesis-graphql), sent as the demo admin and the demo officer to a small demo county. Whatever
they ask, no answer may be a 5xx or an INTERNAL_SERVER_ERROR.

The run is repeatable: the examples are derandomized, the county is seeded from a fixed seed at
a fixed moment, and the IDs in the documents are picked by position from the rows the database
holds (so a document names the same objects on SQLite and PostgreSQL, whatever ids they got).
"""

from __future__ import annotations

import os
from dataclasses import dataclass, field
from datetime import UTC, datetime, time, timedelta, timezone
from typing import Any

import pytest
from graphql import (
    ArgumentNode,
    DocumentNode,
    IntValueNode,
    ObjectFieldNode,
    StringValueNode,
    TypeInfo,
    TypeInfoVisitor,
    Visitor,
    get_named_type,
    print_ast,
    visit,
)
from hypothesis import HealthCheck, Phase, given, settings
from hypothesis import strategies as st
from hypothesis_graphql import mutations, queries

from models import actions, drills, exams, org, training
from models.assessment import ScoreEvent
from models.clock import LOCAL
from schema import build_schema
from schema.auth import issue_token
from schema.ids import global_id
from seed.demo import create_demo_accounts, seed_org
from seed.drills import seed_drills
from seed.exams import seed_exams
from seed.training import seed_requirements, seed_training

EXAMPLES = int(os.environ.get("LIANBING_FUZZ_EXAMPLES", "500"))  # per role
PEOPLE = 40
SCHEMA = build_schema()._schema
PLACEHOLDER = "@known:"
KNOWN_PER_TYPE = 40

# The global ID types and the tables behind them.
TABLES: dict[str, Any] = {
    "Unit": org.Unit,
    "Person": org.Person,
    "User": org.User,
    "TrainingSession": training.TrainingSession,
    "TrainingSeries": training.TrainingSeries,
    "TrainingRequirement": training.TrainingRequirement,
    "Attendance": training.Attendance,
    "Question": exams.Question,
    "Exam": exams.Exam,
    "ExamAttempt": exams.ExamAttempt,
    "AttemptQuestion": exams.AttemptQuestion,
    "Drill": drills.Drill,
    "DrillComment": drills.DrillComment,
    "ActionItem": actions.ActionItem,
    "ScoreEvent": ScoreEvent,
}
# Which type an ID field names, by the field's name; (input type, field) where that is not enough.
ID_FIELDS = {
    **dict.fromkeys(
        ["unitId", "unitIds", "parentId", "organizerUnitId", "ownerUnitId", "scopeUnitId"], "Unit"
    ),
    **dict.fromkeys(["personId", "personIds", "assigneeId"], "Person"),
    **dict.fromkeys(["userId", "trainerId", "evaluatorId", "evaluatorIds", "leaderIds"], "User"),
    "sessionId": "TrainingSession",
    "seriesId": "TrainingSeries",
    "examId": "Exam",
    "attemptId": "ExamAttempt",
    "attemptQuestionId": "AttemptQuestion",
    "questionId": "Question",
    "drillId": "Drill",
    "commentId": "DrillComment",
}
ID_FIELDS_OF_INPUT = {
    ("AddDrillCommentInput", "parentId"): "DrillComment",
    ("AnswerInput", "questionId"): "AttemptQuestion",
    ("DeactivateUserInput", "id"): "User",
    ("ResetPasswordInput", "id"): "User",
    ("RetireQuestionInput", "id"): "Question",
    ("UpdateActionItemInput", "id"): "ActionItem",
    ("UpdatePersonInput", "id"): "Person",
    ("UpdateQuestionInput", "id"): "Question",
    ("UpdateTrainingRequirementInput", "id"): "TrainingRequirement",
    ("UpdateUnitInput", "id"): "Unit",
    ("UpdateUserInput", "id"): "User",
}


# --- scalars -----------------------------------------------------------------------------------


def string_node(value: str) -> StringValueNode:
    return StringValueNode(value=value)


def near(moment: datetime) -> st.SearchStrategy[datetime]:
    """Times around the demo year, mostly; sometimes at the far ends of the supported years."""
    return st.one_of(
        st.datetimes(
            min_value=moment - timedelta(days=400), max_value=moment + timedelta(days=400)
        ),
        st.datetimes(min_value=datetime(1899, 12, 30), max_value=datetime(3000, 1, 2)),
    )


MOMENT = datetime(2026, 3, 2, 8, 0)  # the fuzz's clock: a Monday morning, county time
OFFSETS = st.sampled_from(
    [None, UTC, LOCAL, timezone(timedelta(hours=14)), timezone(-timedelta(hours=12))]
)
DATETIMES = st.builds(lambda d, tz: d.replace(tzinfo=tz).isoformat(), near(MOMENT), OFFSETS)
DATES = near(MOMENT).map(lambda d: d.date().isoformat())
DECIMALS = st.one_of(
    st.decimals(min_value=-1000, max_value=1000, places=2, allow_nan=False).map(str),
    st.decimals(allow_nan=False, allow_infinity=False).map(str),
    st.sampled_from(["NaN", "-Infinity", "1e400", "0.001", "-0", "1e-400", "abc"]),
)
IDS = st.one_of(
    st.integers(min_value=0, max_value=10_000).map(lambda n: f"{PLACEHOLDER}{n}"),
    st.integers(min_value=0, max_value=10_000).map(lambda n: f"{PLACEHOLDER}{n}"),
    st.text(max_size=12),
    st.sampled_from(
        [global_id("Unit", 2**31), global_id("Person", 0), global_id("Nothing", 1), "", "VW5pdA=="]
    ),
)
TEXT = st.one_of(
    st.text(st.characters(codec="utf-8", min_codepoint=1, exclude_categories=["Cs"]), max_size=30),
    st.integers(min_value=0, max_value=5000).map(lambda n: "长" * n),  # past any column's length
    st.sampled_from(["", " ", "局", "admin", "officer", "demo12345", "2026-03-02", "A", "正确"]),
)
SCALARS = {
    "String": TEXT.map(string_node),
    "ID": IDS.map(string_node),
    "DateTime": DATETIMES.map(string_node),
    "Date": DATES.map(string_node),
    "Decimal": DECIMALS.map(string_node),
    "Time": st.times().map(time.isoformat).map(string_node),
    "Upload": st.just(string_node("not a file")),
    # Page sizes and years that the rules accept, mostly; any 32-bit number sometimes.
    "Int": st.one_of(
        st.integers(min_value=-1, max_value=120),
        st.integers(min_value=1999, max_value=2101),
        st.integers(min_value=-(2**31), max_value=2**31 - 1),
    ).map(lambda n: IntValueNode(value=str(n))),
}
KWARGS = {"custom_scalars": SCALARS, "allow_x00": False, "print_ast": lambda document: document}
# One root field per operation: smaller documents, generated several times faster than a
# selection of many root fields, and each failure names one operation.
OPERATIONS = st.one_of(
    *(queries(SCHEMA, fields=[name], **KWARGS) for name in SCHEMA.query_type.fields),
    *(mutations(SCHEMA, fields=[name], **KWARGS) for name in SCHEMA.mutation_type.fields),
)


# --- the county and its IDs --------------------------------------------------------------------


@dataclass
class County:
    settings: Any
    users: dict[str, dict[str, Any]] = field(default_factory=dict)  # the accounts as seeded
    known: dict[str, list[int]] = field(default_factory=dict)  # pks by global ID type

    async def refresh(self) -> None:
        """The newest rows of each table, in pk order: created objects become reachable too."""
        for type_name, table in TABLES.items():
            pks = (
                await table.all().order_by("-id").limit(KNOWN_PER_TYPE).values_list("id", flat=True)
            )
            self.known[type_name] = sorted(pks)

    def pick(self, type_name: str | None, n: int) -> str:
        """The n-th known row of the type (modulo their number); of any type when none is
        named or the type has no rows."""
        if not self.known.get(type_name or ""):
            names = [name for name in sorted(self.known) if self.known[name]]
            type_name, n = names[n % len(names)], n // len(names)
        assert type_name is not None
        pks = self.known[type_name]
        return global_id(type_name, pks[n % len(pks)])

    async def token(self, username: str) -> str:
        """A token for the account as seeded: whatever the last mutation changed about it
        (roles, scope, deactivation), each example starts from the same account."""
        user = await org.User.get(username=username)
        seeded = self.users[username]
        if any(getattr(user, name) != value for name, value in seeded.items()):
            await org.User.filter(id=user.id).update(**seeded)
            user = await org.User.get(id=user.id)
        return issue_token(user, self.settings)


@pytest.fixture
async def county(settings, clock_at) -> County:
    clock_at.set(MOMENT)
    summary = await seed_org(people=PEOPLE)
    await create_demo_accounts(summary)
    await seed_requirements()
    await seed_training(summary, now=clock_at.moment)
    await seed_exams(summary, now=clock_at.moment)
    await seed_drills(summary, now=clock_at.moment)
    county = County(settings)
    for user in await org.User.all():
        county.users[user.username] = {
            "roles": list(user.roles),
            "active": user.active,
            "scope_unit_id": user.scope_unit_id,
            "person_id": user.person_id,
        }
    await county.refresh()
    return county


def fill_ids(document: DocumentNode, county: County) -> DocumentNode:
    """Put IDs of rows the database holds where the document has placeholders, of the type
    each argument or input field names."""
    type_info = TypeInfo(SCHEMA)
    return visit(document, TypeInfoVisitor(type_info, _PlaceIds(type_info, county)))


class _PlaceIds(Visitor):
    def __init__(self, type_info: TypeInfo, county: County) -> None:
        super().__init__()
        self.type_info = type_info
        self.county = county
        self.names: list[tuple[str, str]] = []  # (input type, field) or ("", argument)

    def enter_argument(self, node: ArgumentNode, *_args: Any) -> None:
        self.names.append(("", node.name.value))

    def leave_argument(self, *_args: Any) -> None:
        self.names.pop()

    def enter_object_field(self, node: ObjectFieldNode, *_args: Any) -> None:
        parent = get_named_type(self.type_info.get_parent_input_type())
        self.names.append((getattr(parent, "name", ""), node.name.value))

    def leave_object_field(self, *_args: Any) -> None:
        self.names.pop()

    def enter_string_value(self, node: StringValueNode, *_args: Any) -> Any:
        if not node.value.startswith(PLACEHOLDER):
            return None
        parent, name = self.names[-1] if self.names else ("", "")
        type_name = ID_FIELDS_OF_INPUT.get((parent, name)) or ID_FIELDS.get(name)
        return string_node(self.county.pick(type_name, int(node.value[len(PLACEHOLDER) :])))


# --- the fuzz ----------------------------------------------------------------------------------


def internal_errors(status: int, body: Any) -> list[Any]:
    if status >= 500:
        return [status]
    errors = body.get("errors") or [] if isinstance(body, dict) else []
    return [e for e in errors if (e.get("extensions") or {}).get("code") == "INTERNAL_SERVER_ERROR"]


def repeatable(examples: int) -> settings:
    """Hypothesis settings for generated documents against the seeded county: the same
    examples every run, no shrinking (a shrunk example would meet other data)."""
    return settings(
        max_examples=examples,
        deadline=None,
        derandomize=True,
        database=None,
        phases=[Phase.explicit, Phase.generate],
        suppress_health_check=[
            HealthCheck.function_scoped_fixture,
            HealthCheck.too_slow,
            HealthCheck.data_too_large,
            HealthCheck.filter_too_much,
        ],
    )


@pytest.mark.parametrize("username", ["admin", "officer"])
@repeatable(EXAMPLES)
@given(document=OPERATIONS)
async def test_no_generated_operation_gets_an_internal_error(client, county, username, document):
    text = print_ast(fill_ids(document, county))
    headers = {"Authorization": f"Bearer {await county.token(username)}"}
    response = await client.http.post("/graphql", json={"query": text}, headers=headers)
    body = response.json() if "json" in response.headers.get("content-type", "") else None
    assert not internal_errors(response.status_code, body), (
        f"as {username}:\n{text}\n-> {response.status_code} {response.text[:2000]}"
    )
    if text.startswith("mutation") and '"userErrors":[]' in response.text:
        await county.refresh()  # it may have made something
