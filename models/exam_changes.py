"""Correcting an exam: a draft is edited as a whole; a published one can only be cancelled.

Cancelling undoes what the exam did, in one transaction: attempts in progress are closed
ungraded (SUBMITTED, and nothing grades them: every path that would checks the exam's
cancellation), and the EXAM points its results put in the ledger are withdrawn (each by a reversal,
the ledger being append-only). The exam's row is locked first, then every attempt of it, in id
order, the same lock a submit takes: of a cancel and a submit at the same moment, either the
submit grades first and the cancel then withdraws its points, or the cancel closes the attempt
first and the submit finds it closed. Starting an attempt holds a share lock on the exam's row
(see `models.attempts.start_attempt`), so no attempt starts on an exam being cancelled.
"""

from __future__ import annotations

from tortoise.transactions import in_transaction

from models import attempts, clock
from models.errors import clean_text, fail
from models.exams import (
    AttemptStatus,
    Exam,
    ExamAttempt,
    ExamPlan,
    PaperItem,
    check_plan,
    exam_values,
    write_paper,
)


async def update_exam(exam_id: int, plan: ExamPlan) -> Exam:
    """Replace a draft exam's settings and paper with `plan`, checked as createExam checks it."""
    check_plan(plan)
    async with in_transaction():
        exam = await Exam.select_for_update().get_or_none(id=exam_id)
        if exam is None:
            fail("EXAM_NOT_FOUND", "No exam has this ID.", "examId")
        if exam.published_at is not None or exam.cancelled_at is not None:
            fail("EXAM_NOT_DRAFT", "Only a draft exam can be edited.", "examId")
        values = exam_values(plan)
        await Exam.filter(id=exam.id).update(**values)
        await PaperItem.filter(exam_id=exam.id).delete()
        await write_paper(exam, plan)
        return await Exam.get(id=exam.id)


async def cancel_exam(exam_id: int, reason: str) -> Exam:
    """Cancel a published exam: attempts closed, its ledger points withdrawn."""
    text = clean_text(reason, "reason", max_length=500)
    async with in_transaction() as connection:
        exam = await Exam.select_for_update().get_or_none(id=exam_id)
        if exam is None:
            fail("EXAM_NOT_FOUND", "No exam has this ID.", "examId")
        if exam.cancelled_at is not None:
            fail("ALREADY_CANCELLED", "The exam is cancelled already.", "examId")
        if exam.published_at is None:
            fail("EXAM_NOT_PUBLISHED", "A draft is not cancelled: edit it instead.", "examId")
        now = clock.now()
        exam.cancelled_at, exam.cancel_reason = now, text
        await exam.save(update_fields=["cancelled_at", "cancel_reason"])
        taken = (
            await ExamAttempt.select_for_update()
            .filter(exam_id=exam.id)
            .order_by("id")
            .values_list("id", "person_id", "status")
        )
        open_ids = [pk for pk, _, status in taken if status == AttemptStatus.IN_PROGRESS]
        if open_ids:
            await (
                ExamAttempt.filter(id__in=open_ids)
                .using_db(connection)
                .update(status=AttemptStatus.SUBMITTED, in_progress_key=None, submitted_at=now)
            )
        if not exam.practice:
            for person_id in sorted({person_id for _, person_id, _ in taken}):
                await attempts.record_result(exam, person_id)
    attempts.forget_published(exam.id)
    return exam
