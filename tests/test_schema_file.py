"""schema.graphql is the frontend's contract: it must match the code, and keep API.md's names."""

from pathlib import Path

import graphql
import pytest

from schema import build_schema
from tests.contract import api_md_path, contract_problems, read_contract

ROOT = Path(__file__).resolve().parent.parent


def test_schema_graphql_is_current():
    committed = (ROOT / "schema.graphql").read_text(encoding="utf-8")
    assert committed == build_schema().as_str() + "\n", "run: python -m schema"


@pytest.fixture(scope="module")
def api_md() -> str:
    """The contract as committed here (docs/API.md, a copy of the team's shared API.md)."""
    return (ROOT / "docs" / "API.md").read_text(encoding="utf-8")


def test_the_committed_contract_is_the_shared_one(api_md: str):
    shared = api_md_path()
    if shared is None:
        pytest.skip("no ../shared/API.md beside this checkout to compare docs/API.md with")
    assert api_md == shared.read_text(encoding="utf-8"), "copy ../shared/API.md to docs/API.md"


def test_live_schema_keeps_the_contract(api_md: str):
    assert contract_problems(api_md, build_schema()._schema) == []


def test_contract_is_read_whole(api_md: str):
    """Every block is read: each section's operations, and the shapes its comments sketch."""
    contract = read_contract(api_md)
    names = contract.names()
    for name in [
        "Query.scoreEvents",
        "Mutation.requestLeave",
        "Mutation.submitExamAttempt",
        "Subscription.drillComments",
        "Query.bulletin",
        "Subscription.competitionStandings",
        "Mutation.decideDueDateExtension",
        "Mutation.revokeCommendation",
        "ActionStatus.VERIFIED",
    ]:
        assert name in names, name
    sketched = {(root, name, role) for root, name, role, _ in contract.field_shapes}
    assert ("Mutation", "openCheckIn", "input") in sketched
    assert ("Mutation", "openCheckIn", "payload") in sketched
    assert ("Query", "examStatistics", "result") in sketched
    assert {owner for owner, _ in contract.named_shapes} >= {"LoginInput", "UnitDrillScore"}


def _problems_after(api_md: str, old: str, new: str) -> list[str]:
    sdl = build_schema().as_str()
    assert old in sdl, old
    return contract_problems(api_md, graphql.build_schema(sdl.replace(old, new, 1)))


@pytest.mark.parametrize(
    ("old", "new", "problem"),
    [
        (  # the input type a client declares for its variable
            "publishExam(input: PublishExamInput!)",
            "publishExam(input: ExamIdInput!)",
            "Mutation.publishExam(input:): ExamIdInput! live, PublishExamInput! in the contract",
        ),
        (  # an output field that may now be null
            "type LoginPayload {\n  token: String\n  user: User\n  userErrors: [UserError!]!",
            "type LoginPayload {\n  token: String\n  user: User\n  userErrors: [UserError!]",
            "LoginPayload.userErrors: [UserError!] live, [UserError!]! in the contract",
        ),
        (  # an optional argument made required
            "mySchedule(from: DateTime = null",
            "mySchedule(from: DateTime!",
            "Query.mySchedule(from:): DateTime! live, DateTime in the contract",
        ),
        (  # an optional input field made required
            "  personIds: [ID!] = null\n}",
            "  personIds: [ID!]!\n}",
            "AudienceInput.personIds: [ID!]! live, [ID!] in the contract",
        ),
        (  # a required argument the contract does not know
            "mySchedule(from: DateTime = null",
            "mySchedule(week: Int!, from: DateTime = null",
            "Query.mySchedule(week:): required live, unknown to the contract",
        ),
        (  # an enum value renamed
            "  UNMARKED\n  PRESENT\n",
            "  NOT_MARKED\n  PRESENT\n",
            "AttendanceStatus.UNMARKED: enum value missing live",
        ),
        (  # a field only a comment names: openCheckIn's { sessionId validSeconds }
            "  validSeconds: Int = 60\n",
            "  seconds: Int = 60\n",
            "OpenCheckInInput.validSeconds: missing live (named in a comment)",
        ),
        (  # a domain the contract lists as not built appears
            "type LoginPayload {",
            "type Bulletin {\n  month: String!\n}\n\ntype LoginPayload {",
            "NOT_BUILT Bulletin: built now (issue 12); take it off the list",
        ),
    ],
)
def test_contract_check_finds(api_md: str, old: str, new: str, problem: str):
    assert problem in _problems_after(api_md, old, new)
