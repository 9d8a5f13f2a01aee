"""schema.graphql is the frontend's contract: it must match the code, and keep API.md's names."""

from pathlib import Path

from schema import build_schema

ROOT = Path(__file__).resolve().parent.parent


def test_schema_graphql_is_current():
    committed = (ROOT / "schema.graphql").read_text(encoding="utf-8")
    assert committed == build_schema().as_str() + "\n", "run: python -m schema"


def test_contract_names_from_api_md_are_present():
    sdl = build_schema().as_str()
    for fragment in [
        "node(id: ID!): Node",
        "me: User",
        "units(first: Int = null, after: String = null, kind: UnitKind = null",
        "people(first: Int = null, after: String = null, unitId: ID = null, category: PersonCategory = null, search: String = null",
        "scoreEvents(first: Int = null, after: String = null, since: DateTime = null): ScoreEventConnection!",
        "login(input: LoginInput!): LoginPayload!",
        "changePassword(input: ChangePasswordInput!): ChangePasswordPayload!",
        "enum Role {\n  ADMIN\n  TRAINER\n  OFFICER\n  LEADER\n  EVALUATOR",
        "enum UnitKind {\n  COUNTY_DEPARTMENT\n  TOWNSHIP\n  ENTERPRISE\n  COMMITTEE\n}",
        "enum Dimension {\n  TRAINING\n  EXAM\n  DRILL\n  COMPETITION\n  COMMENDATION\n  CASE_REVIEW\n  RECTIFICATION\n}",
        "type UserError {\n  field: [String!]\n  code: String!\n  message: String!\n}",
    ]:
        assert fragment in sdl, fragment
