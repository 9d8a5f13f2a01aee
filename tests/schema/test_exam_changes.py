"""Correcting exams: updateExam while a draft, cancelExam once published, no closed windows."""

from __future__ import annotations

import asyncio
from decimal import Decimal

from models import exams
from models.assessment import ScoreEvent
from models.audit import AuditEntry
from tests.schema.test_exams import (
    CREATE_EXAM,
    KEY,
    PUBLISH,
    SAVE,
    START,
    SUBMIT,
    build_bank,
    codes,
    exam_input,
    people,  # noqa: F401 (a fixture)
    published_exam,
    right_answers,
)

UPDATE_EXAM = """mutation($input: UpdateExamInput!) { updateExam(input: $input) {
  exam { id title status closesAt paper { count points } } userErrors { field code message } } }"""
CANCEL_EXAM = """mutation($input: CancelExamInput!) { cancelExam(input: $input) {
  exam { id status cancelledAt cancelReason } userErrors { field code message } } }"""
EXAMS = "{ exams { edges { node { id status } } } }"


async def exam_points(person_id: int) -> Decimal:
    rows = await ScoreEvent.filter(person_id=person_id, dimension="EXAM")
    return sum((e.points for e in rows), Decimal(0))


async def test_a_draft_exam_is_edited_as_a_whole_until_published(client, new_client, people):  # noqa: F811
    bank = await build_bank(client)
    draft = (await client.mutate(CREATE_EXAM, exam_input(people, bank)))["exam"]
    edited = exam_input(
        people,
        bank,
        title="改过的考试",
        passScore="1",
        paper={"fixed": [{"questionId": bank.judge, "points": "3"}]},
    )
    exam = (await client.mutate(UPDATE_EXAM, {"examId": draft["id"], "exam": edited}))["exam"]
    assert exam["title"] == "改过的考试" and exam["status"] == "DRAFT"
    assert exam["paper"] == [{"count": 1, "points": "3.00"}]
    # The same checks as createExam, under the field path of the input.
    wrong = exam_input(people, bank, closesAt="2026-03-02T08:00:00+08:00", durationMinutes=0)
    payload = (await client.data(UPDATE_EXAM, {"input": {"examId": draft["id"], "exam": wrong}}))[
        "updateExam"
    ]
    assert sorted(codes(payload)) == ["CLOSES_BEFORE_OPENS", "OUT_OF_RANGE"]
    too_high = exam_input(people, bank, passScore="999")
    payload = (
        await client.data(UPDATE_EXAM, {"input": {"examId": draft["id"], "exam": too_high}})
    )["updateExam"]
    assert codes(payload) == ["INVALID_PASS_SCORE"]
    assert await exams.PaperItem.filter(exam_id=exams_pk(draft["id"])).count() == 1  # unchanged
    await client.mutate(PUBLISH, {"examId": draft["id"]})
    payload = (await client.data(UPDATE_EXAM, {"input": {"examId": draft["id"], "exam": edited}}))[
        "updateExam"
    ]
    assert codes(payload) == ["EXAM_NOT_DRAFT"] and payload["exam"] is None
    officer = await new_client().login("officer0")
    assert await officer.error_codes(
        UPDATE_EXAM, {"input": {"examId": draft["id"], "exam": edited}}
    ) == ["FORBIDDEN"]


def exams_pk(global_id: str) -> int:
    from schema.ids import decode

    return decode(global_id)[1]


async def test_an_exam_whose_window_has_closed_is_refused(client, people, clock_at):  # noqa: F811
    bank = await build_bank(client)
    draft = (await client.mutate(CREATE_EXAM, exam_input(people, bank)))["exam"]
    closed = exam_input(
        people, bank, opensAt="2026-03-01T09:00:00+08:00", closesAt="2026-03-01T18:00:00+08:00"
    )
    payload = (await client.data(CREATE_EXAM, {"input": closed}))["createExam"]
    assert payload["userErrors"] == [
        {
            "field": ["closesAt"],
            "code": "EXAM_WINDOW_CLOSED",
            "message": "The exam's window has closed already.",
        }
    ]
    payload = (await client.data(UPDATE_EXAM, {"input": {"examId": draft["id"], "exam": closed}}))[
        "updateExam"
    ]
    assert codes(payload) == ["EXAM_WINDOW_CLOSED"]
    assert await exams.Exam.all().count() == 1


async def test_cancelling_closes_attempts_and_reverses_the_ledger(client, new_client, people):  # noqa: F811
    bank = await build_bank(client)
    exam_id = await published_exam(client, people, bank)
    done, taking, late = [await new_client().login(f"officer{i}") for i in range(3)]
    attempt = (await done.mutate(START, {"examId": exam_id}))["attempt"]
    await done.mutate(SAVE, {"attemptId": attempt["id"], "answers": right_answers(attempt, KEY)})
    await done.mutate(SUBMIT, {"attemptId": attempt["id"]})
    scorer = people["officers"][0].id
    assert await exam_points(scorer) == Decimal("10.00")
    open_attempt = (await taking.mutate(START, {"examId": exam_id}))["attempt"]

    blank = await client.data(CANCEL_EXAM, {"input": {"examId": exam_id, "reason": " "}})
    assert codes(blank["cancelExam"]) == ["REQUIRED"]
    assert await taking.error_codes(CANCEL_EXAM, {"input": {"examId": exam_id, "reason": "x"}}) == [
        "FORBIDDEN"
    ]
    cancelled = await client.mutate(CANCEL_EXAM, {"examId": exam_id, "reason": "试题泄露"})
    assert cancelled["exam"]["status"] == "CANCELLED"
    assert cancelled["exam"]["cancelReason"] == "试题泄露" and cancelled["exam"]["cancelledAt"]

    # The ledger: the result stays on record, reversed; the sum is back to nothing.
    assert await exam_points(scorer) == 0
    assert await ScoreEvent.filter(person_id=scorer, reverses_id__isnull=False).count() == 1
    # The attempt in progress is closed, ungraded; nothing more can be done with it.
    row = await exams.ExamAttempt.get(id=exams_pk(open_attempt["id"]))
    assert row.status == "SUBMITTED" and row.in_progress_key is None and row.score is None
    answers = {"attemptId": open_attempt["id"], "answers": right_answers(open_attempt, KEY)}
    assert codes((await taking.data(SAVE, {"input": answers}))["saveAnswers"]) == ["ATTEMPT_CLOSED"]
    submitted = await taking.data(SUBMIT, {"input": {"attemptId": open_attempt["id"]}})
    assert submitted["submitExamAttempt"]["attempt"]["score"] is None
    # Nobody can start it; officers see it as cancelled.
    started = (await late.data(START, {"input": {"examId": exam_id}}))["startExamAttempt"]
    assert codes(started) == ["EXAM_CANCELLED"]
    listed = (await late.data(EXAMS))["exams"]["edges"]
    assert [e["node"] for e in listed] == [{"id": exam_id, "status": "CANCELLED"}]
    assert not await ScoreEvent.filter(person_id=people["officers"][1].id).exists()

    again = await client.data(CANCEL_EXAM, {"input": {"examId": exam_id, "reason": "再次"}})
    assert codes(again["cancelExam"]) == ["ALREADY_CANCELLED"]
    draft = (await client.mutate(CREATE_EXAM, exam_input(people, bank)))["exam"]
    payload = await client.data(CANCEL_EXAM, {"input": {"examId": draft["id"], "reason": "x"}})
    assert codes(payload["cancelExam"]) == ["EXAM_NOT_PUBLISHED"]
    audit = await AuditEntry.filter(operation="cancelExam", succeeded=True)
    assert [(a.object_type, a.object_id) for a in audit] == [("Exam", exam_id)]


async def test_a_cancel_racing_submits_leaves_no_points(client, new_client, people):  # noqa: F811
    """Each submit either grades before the cancel (whose reversal then undoes it) or finds
    the attempt closed: the ledger always ends at zero, no attempt stays open."""
    bank = await build_bank(client)
    for round_ in range(3):
        exam_id = await published_exam(client, people, bank, title=f"考试{round_}")
        phones = [await new_client().login(f"officer{i}") for i in range(3)]
        submits = []
        for phone in phones:
            attempt = (await phone.mutate(START, {"examId": exam_id}))["attempt"]
            answers = {"attemptId": attempt["id"], "answers": right_answers(attempt, KEY)}
            await phone.mutate(SAVE, answers)
            submits.append(phone.data(SUBMIT, {"input": {"attemptId": attempt["id"]}}))
        cancel = client.data(CANCEL_EXAM, {"input": {"examId": exam_id, "reason": "作废"}})
        results = await asyncio.gather(cancel, *submits)
        assert results[0]["cancelExam"]["userErrors"] == []
        for person in people["officers"]:
            assert await exam_points(person.id) == 0
        pk = exams_pk(exam_id)
        assert not await exams.ExamAttempt.filter(exam_id=pk, status="IN_PROGRESS").exists()
