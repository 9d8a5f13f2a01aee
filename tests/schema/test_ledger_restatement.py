"""Corrections restate the ledger: whatever sequence of changes a source goes through (attendance
marks, exam key corrections and gradings, drill corrections), the ledger's sum for each subject and
source is the points of its last state."""

from __future__ import annotations

from datetime import datetime
from decimal import Decimal

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from models.assessment import Dimension, ScoreEvent, restate_many, restate_points
from models.assessment import Restatement as Wanted
from models.drills import Drill
from models.org import Role, User
from schema.ids import decode, global_id
from tests.conftest import make_person, make_user
from tests.schema.test_drills import RATE, cast, move, planned  # noqa: F401
from tests.schema.test_exams import (  # noqa: F401
    CREATE_EXAM,
    CREATE_Q,
    PUBLISH,
    SAVE,
    START,
    SUBMIT,
    Bank,
    exam_input,
    people,
    single,
)
from tests.schema.test_training import MARK, county, pid, schedule  # noqa: F401


async def mark(client, session, person, status: str) -> None:
    entry = {"personId": pid(person), "status": status}
    if status == "EXCUSED":
        entry["note"] = "外出执法"
    await client.mutate(MARK, {"sessionId": session["id"], "marks": [entry]})


async def ledger_sum(person) -> Decimal:
    events = await ScoreEvent.filter(person_id=person.id, dimension=Dimension.TRAINING)
    return sum((e.points for e in events), Decimal(0))


@pytest.mark.parametrize(
    ("statuses", "expected"),
    [
        (["ABSENT", "EXCUSED", "LATE"], Decimal("0.5")),
        (["PRESENT", "EXCUSED", "ABSENT"], Decimal("-1")),
        (["LATE", "ABSENT", "EXCUSED", "PRESENT", "ABSENT", "EXCUSED"], Decimal("0")),
    ],
)
async def test_marks_of_an_ended_session_restate_to_the_last_mark(
    client,
    county,  # noqa: F811
    clock_at,
    statuses,
    expected,
):
    await client.login("trainer")
    session = await schedule(client, county)
    clock_at.set(datetime(2026, 3, 2, 20, 30))  # the session has ended
    person = county.officers[0]
    for status in statuses:
        await mark(client, session, person, status)
    assert await ledger_sum(person) == expected


KW = dict(
    dimension=Dimension.TRAINING,
    reason="出勤",
    source_type="Attendance",
    kind="attendance",
)
POINTS = st.one_of(st.none(), st.sampled_from([Decimal(p) for p in ("-1", "0", "0.5", "1", "2")]))


@settings(
    max_examples=40,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture],
)
@given(changes=st.lists(st.tuples(st.booleans(), POINTS), min_size=1, max_size=8))
async def test_any_sequence_of_restatements_sums_to_the_last_state(changes):
    """One at a time or in bulk, the ledger for a source and subject sums to its last state."""

    person = await make_person()
    source_id = str(person.id)
    for bulk, points in changes:
        if bulk:
            wanted = Wanted(points=points, source_id=source_id, person_id=person.id, **KW)
            await restate_many([wanted])
        else:
            await restate_points(points=points, source_id=source_id, person_id=person.id, **KW)
    last = changes[-1][1]
    events = await ScoreEvent.filter(source_id=source_id, person_id=person.id)
    assert sum((e.points for e in events), Decimal(0)) == (last or Decimal(0))


# --- exam regrades ----------------------------------------------------------------------------

CORRECT_KEY = """mutation($input: CorrectAnswerKeyInput!) { correctAnswerKey(input: $input) {
  regradedAttempts userErrors { code } } }"""
TEXTS = ("安全", "人民至上", "生命")
QUEUE = """query($id: ID!) { gradingQueue(examId: $id) { edges { node { id } } } }"""
GRADE = """mutation($input: GradeAnswerInput!) { gradeAnswer(input: $input) {
  attempt { id } userErrors { code } } }"""
KEYS = st.lists(st.sampled_from(TEXTS), min_size=1, max_size=3, unique=True)
POINTS_OF_TWO = st.sampled_from([Decimal(p) for p in ("0", "0.5", "1.5", "2")])


@settings(
    max_examples=15,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture],
)
@given(
    answers=st.lists(st.sampled_from(TEXTS[:2]), min_size=1, max_size=3),
    steps=st.lists(st.one_of(KEYS, POINTS_OF_TWO), min_size=1, max_size=6),
)
async def test_any_sequence_of_key_corrections_and_gradings_sums_to_the_last_grade(
    client,
    new_client,
    people,  # noqa: F811
    answers,
    steps,
):
    """Officers answer a one-blank exam worth 2 points. The key is corrected again and again: an
    answer the key accepts gets the 2 points, any other goes back to the grading queue (its
    result out of the ledger) until a trainer grades it. After every step each officer's EXAM
    points in the ledger are those of their current grade: 10 x awarded / 2, none while queued."""
    await client.login("trainer")
    question = {"category": "复核", "type": "FILL_BLANK", "stem": "____第一。", "answer": ["安全"]}
    question_id = (await client.mutate(CREATE_Q, question))["question"]["id"]
    paper = {"fixed": [{"questionId": question_id, "points": "2"}]}
    blank = Bank([], question_id, question_id, question_id, question_id)
    exam = exam_input(people, blank, paper=paper, passScore="1")
    exam = (await client.mutate(CREATE_EXAM, exam))["exam"]
    await client.mutate(PUBLISH, {"examId": exam["id"]})
    _, exam_pk = decode(exam["id"])
    attempts: dict[str, int] = {}  # attempt ID -> officer index
    for index, text in enumerate(answers):
        officer = await new_client().login(f"officer{index}")
        attempt = (await officer.mutate(START, {"examId": exam["id"]}))["attempt"]
        answer = {"questionId": attempt["questions"][0]["questionGlobalId"], "text": text}
        await officer.mutate(SAVE, {"attemptId": attempt["id"], "answers": [answer]})
        await officer.mutate(SUBMIT, {"attemptId": attempt["id"]})
        attempts[attempt["id"]] = index

    awarded: list[Decimal | None] = [
        Decimal(2) if text == "安全" else None for text in answers
    ]  # None: in the grading queue
    for step in steps:
        if isinstance(step, list):
            await client.mutate(CORRECT_KEY, {"questionId": question_id, "answer": step})
            awarded = [Decimal(2) if text in step else None for text in answers]
        else:
            queue = (await client.data(QUEUE, {"id": exam["id"]}))["gradingQueue"]["edges"]
            for edge in queue:
                grade = {"attemptQuestionId": edge["node"]["id"], "points": str(step)}
                graded = await client.mutate(GRADE, grade)  # blind: the attempt says whose
                awarded[attempts[graded["attempt"]["id"]]] = step
        for index, points in enumerate(awarded):
            events = await ScoreEvent.filter(
                source_type="Exam", source_id=str(exam_pk), person_id=people["officers"][index].id
            )
            expected = Decimal(0) if points is None else points / 2 * 10
            assert sum((e.points for e in events), Decimal(0)) == expected, (step, awarded)


# --- drill corrections ------------------------------------------------------------------------

CORRECT_DRILL = """mutation($input: CorrectDrillEvaluationInput!) {
  correctDrillEvaluation(input: $input) { ratings { taskKey points } userErrors { code } } }"""


@settings(
    max_examples=12,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture],
)
@given(data=st.data())
async def test_any_sequence_of_drill_corrections_sums_to_the_last_ratings(
    client,
    new_client,
    cast,  # noqa: F811
    data,
):
    """A reviewed drill's ratings are corrected again and again; after each correction the DRILL
    points of the unit and of its named person are the unit's score under the current ratings."""
    named = await make_person(cast.lead, name="参演队员")
    participants = [
        {
            "unitId": global_id("Unit", cast.lead.id),
            "role": "LEAD",
            "personIds": [global_id("Person", named.id)],
        }
    ]
    drill = await planned(client, cast, participants=participants)
    _, drill_pk = decode(drill["id"])
    tasks = [t for s in (await Drill.get(id=drill_pk)).sections() for t in s.tasks]
    lead_id = global_id("Unit", cast.lead.id)

    def ratings() -> dict[str, Decimal]:
        chosen = data.draw(st.lists(st.sampled_from(tasks), min_size=1, max_size=4, unique=True))
        return {
            t.key: data.draw(
                st.decimals(0, t.max_points, places=1, allow_nan=False, allow_infinity=False)
            )
            for t in chosen
        }

    def as_input(rated: dict[str, Decimal]) -> list[dict]:
        return [{"taskKey": k, "points": str(p)} for k, p in rated.items()]

    current = ratings()
    evaluator = await new_client().login("eval0")
    await move(client, drill["id"], "startDrill")
    await evaluator.mutate(
        RATE, {"drillId": drill["id"], "unitId": lead_id, "ratings": as_input(current)}
    )
    for operation in ("completeDrill", "reviewDrill"):
        await move(client, drill["id"], operation)
    if not await User.exists(username="admin"):
        await make_user("admin", Role.ADMIN)
    admin = await new_client().login("admin")
    maximum = sum((t.max_points for t in tasks), Decimal(0))
    for _ in range(data.draw(st.integers(1, 4))):
        change = ratings()
        await admin.mutate(
            CORRECT_DRILL,
            {
                "drillId": drill["id"],
                "evaluatorId": global_id("User", cast.evaluators[0].id),
                "unitId": lead_id,
                "ratings": as_input(change),
            },
        )
        current |= change
        expected = (sum(current.values(), Decimal(0)) / maximum * 10).quantize(Decimal("0.01"))
        for person_id in (None, named.id):
            events = await ScoreEvent.filter(
                source_type="Drill", source_id=str(drill_pk), person_id=person_id
            )
            assert sum((e.points for e in events), Decimal(0)) == expected
