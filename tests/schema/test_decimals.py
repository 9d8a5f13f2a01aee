"""Scores and points carry the columns' two decimal places in every answer: what a mutation
returns reads the same as what a later query returns for the same value."""

from __future__ import annotations

import re
from datetime import datetime
from typing import Any

from models.org import Role, UnitKind
from schema.ids import global_id
from tests.conftest import make_person, make_unit, make_user

DECIMAL_FIELDS = {"points", "awarded", "score", "maxScore", "passScore", "myResult"}
DECIMAL_FIELDS |= {"lower", "upper", "maxPoints"}
TWO_PLACES = re.compile(r"-?\d+\.\d\d")

QUESTION = """mutation($input: CreateQuestionInput!) { createQuestion(input: $input) {
  question { id } userErrors { field code message } } }"""
EXAM_FIELDS = "id passScore myResult paper { points count }"
CREATE_EXAM = f"""mutation($input: CreateExamInput!) {{ createExam(input: $input) {{
  exam {{ {EXAM_FIELDS} }} userErrors {{ field code message }} }} }}"""
PUBLISH = """mutation($input: PublishExamInput!) { publishExam(input: $input) {
  exam { status } userErrors { field code message } } }"""
ATTEMPT_FIELDS = "id status score maxScore questions { id type points awarded }"
START = f"""mutation($input: StartExamAttemptInput!) {{ startExamAttempt(input: $input) {{
  attempt {{ {ATTEMPT_FIELDS} }} userErrors {{ field code message }} }} }}"""
SAVE = """mutation($input: SaveAnswersInput!) { saveAnswers(input: $input) {
  attempt { status } userErrors { field code message } } }"""
SUBMIT = f"""mutation($input: SubmitExamAttemptInput!) {{ submitExamAttempt(input: $input) {{
  attempt {{ {ATTEMPT_FIELDS} }} userErrors {{ field code message }} }} }}"""
MY_ATTEMPTS = f"{{ myAttempts {{ edges {{ node {{ {ATTEMPT_FIELDS} }} }} }} }}"
GRADE = f"""mutation($input: GradeAnswerInput!) {{ gradeAnswer(input: $input) {{
  attempt {{ {ATTEMPT_FIELDS} }} userErrors {{ field code message }} }} }}"""


def decimals(value: Any, key: str = "") -> list[tuple[str, str]]:
    """Every (field, value) of the answer whose field is one of the API's Decimals."""
    if isinstance(value, dict):
        return [pair for k, v in value.items() for pair in decimals(v, k)]
    if isinstance(value, list):
        return [pair for item in value for pair in decimals(item, key)]
    return [(key, value)] if key in DECIMAL_FIELDS and value is not None else []


def assert_two_places(*answers: Any) -> None:
    found = [pair for answer in answers for pair in decimals(answer)]
    assert found, "the answers hold no Decimal"
    wrong = [(k, v) for k, v in found if not (isinstance(v, str) and TWO_PLACES.fullmatch(v))]
    assert wrong == [], wrong


async def exam_people(clock_at) -> dict:
    clock_at.set(datetime(2026, 3, 2, 9, 30))
    unit = await make_unit("县应急管理局")
    township = await make_unit("高村镇", UnitKind.TOWNSHIP)
    await make_user("trainer", Role.TRAINER, person=await make_person(unit, name="出题人"))
    await make_user("officer", Role.OFFICER, person=await make_person(township, name="考生"))
    return {"township": township}


async def publish_exam(trainer, township, judge_points: str = "4", essay: bool = False) -> dict:
    judge = await trainer.mutate(
        QUESTION,
        {
            "category": "道路交通安全法",
            "type": "TRUE_FALSE",
            "stem": "酒后可以驾车。",
            "answer": ["F"],
        },
    )
    short = await trainer.mutate(
        QUESTION,
        {"category": "行政强制法", "type": "SHORT_ANSWER", "stem": "简述。", "answer": ["查封"]},
    )
    fixed = [{"questionId": judge["question"]["id"], "points": judge_points}]
    if essay:
        fixed.append({"questionId": short["question"]["id"], "points": "6"})
    exam = await trainer.mutate(
        CREATE_EXAM,
        {
            "title": "考试",
            "opensAt": "2026-03-02T09:00:00+08:00",
            "closesAt": "2026-03-02T18:00:00+08:00",
            "durationMinutes": 60,
            "passScore": "2",
            "audience": {"unitIds": [global_id("Unit", township.id)]},
            "paper": {"fixed": fixed},
        },
    )
    await trainer.mutate(PUBLISH, {"examId": exam["exam"]["id"]})
    return exam


async def test_a_zero_score_reads_the_same_from_submit_and_from_my_attempts(
    client, new_client, clock_at
):
    people = await exam_people(clock_at)
    trainer = await new_client().login("trainer")
    exam = await publish_exam(trainer, people["township"])
    officer = await client.login("officer")
    started = await officer.mutate(START, {"examId": exam["exam"]["id"]})
    attempt = started["attempt"]
    wrong = [{"questionId": q["id"], "choices": ["T"]} for q in attempt["questions"]]
    await officer.mutate(SAVE, {"attemptId": attempt["id"], "answers": wrong})
    submitted = (await officer.mutate(SUBMIT, {"attemptId": attempt["id"]}))["attempt"]
    listed = (await officer.data(MY_ATTEMPTS))["myAttempts"]["edges"][0]["node"]
    assert submitted["score"] == listed["score"] == "0.00"
    assert submitted == listed
    assert_two_places(exam, started, submitted, listed)


async def test_exam_inputs_and_grades_come_back_with_two_places(client, new_client, clock_at):
    people = await exam_people(clock_at)
    trainer = await new_client().login("trainer")
    # 10.55 points: a tenth of them is 1.055, which a histogram edge must not show
    created = await publish_exam(trainer, people["township"], judge_points="4.55", essay=True)
    exam_id = created["exam"]["id"]
    officer = await client.login("officer")
    attempt = (await officer.mutate(START, {"examId": exam_id}))["attempt"]
    answers = [
        {"questionId": q["id"], "choices": ["F"]}
        if q["type"] == "TRUE_FALSE"
        else {"questionId": q["id"], "text": "查封、扣押"}
        for q in attempt["questions"]
    ]
    await officer.mutate(SAVE, {"attemptId": attempt["id"], "answers": answers})
    await officer.mutate(SUBMIT, {"attemptId": attempt["id"]})
    queue = await trainer.data(
        "query($id: ID!) { gradingQueue(examId: $id) { edges { node { id points } } } }",
        {"id": exam_id},
    )
    essay = queue["gradingQueue"]["edges"][0]["node"]
    graded = (await trainer.mutate(GRADE, {"attemptQuestionId": essay["id"], "points": "3"}))[
        "attempt"
    ]
    assert graded["score"] == "7.55" and "3.00" in [q["awarded"] for q in graded["questions"]]
    read = await officer.data(
        "query($id: ID!) { node(id: $id) { ... on Exam { passScore myResult } } }",
        {"id": exam_id},
    )
    assert read["node"]["passScore"] == created["exam"]["passScore"] == "2.00"
    assert read["node"]["myResult"] == "7.55"
    listed = (await officer.data(MY_ATTEMPTS))["myAttempts"]["edges"][0]["node"]
    assert listed == graded
    stats = await trainer.data(
        "query($id: ID!) { examStatistics(examId: $id) { histogram { lower upper count } } }",
        {"id": exam_id},
    )
    assert_two_places(created, queue, graded, read, listed, stats)


async def test_attendance_points_read_with_two_places(client):
    await make_user("admin", Role.ADMIN)
    admin = await client.login("admin")
    table = (await admin.data("{ attendancePoints { status points } }"))["attendancePoints"]
    assert {row["status"]: row["points"] for row in table} == {
        "PRESENT": "1.00",
        "LATE": "0.50",
        "EXCUSED": "0.00",
        "ABSENT": "-1.00",
    }
    changed = await admin.mutate(
        """mutation($input: SetAttendancePointsInput!) { setAttendancePoints(input: $input) {
          points { status points } userErrors { field code message } } }""",
        {"status": "LATE", "points": "0.5"},
    )
    assert changed["points"] == {"status": "LATE", "points": "0.50"}
    table = (await admin.data("{ attendancePoints { status points } }"))["attendancePoints"]
    assert {"status": "LATE", "points": "0.50"} in table


async def test_rubric_points_read_with_two_places(client):
    await make_user("trainer", Role.TRAINER)
    trainer = await client.login("trainer")
    scenarios = await trainer.data(
        "{ drillScenarios { maxPoints sections { maxPoints tasks { maxPoints } } } }"
    )
    assert_two_places(scenarios)
