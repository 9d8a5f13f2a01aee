"""Practice exams must not teach the key of a graded exam that is still to come.

A practice exam shows its key as soon as an attempt is submitted: that is what practice is for.
But its questions come from the same bank as the graded exams, so an officer who practises while a
graded exam is open (or before it opens, or before its results are out) could learn the keys of
the questions that exam can put on their paper. So a practice paper withholds the key, the
explanation and the per-question grade of every question that is in the pool of a graded exam
the officer may still take, is taking, or whose results are not out yet; the rest of the paper
shows as usual. Questions are compared by lineage: a new version of a question is the same
question to the person who learns its key.
"""

from __future__ import annotations

from datetime import datetime

from models import clock, org
from models.exams import (
    AttemptStatus,
    Exam,
    ExamAttempt,
    ExamStatus,
    PaperItem,
    Question,
    QuestionCategory,
    audience_filter,
)

# The code an AttemptQuestion carries when its key is withheld.
KEY_WITHHELD = "ON_A_PENDING_GRADED_EXAM"


def pending_for(exam: Exam, taken: list[ExamAttempt], now: datetime) -> bool:
    """Whether a graded exam (in the person's audience) can still put a question in front of
    them, or has not released the results of one: open or upcoming and not finished by them
    (an attempt in progress, or attempts left), or its results not out yet."""
    if exam.published_at is None or exam.practice or exam.cancelled_at is not None:
        return False
    if not exam.results_released(now):
        return True
    if exam.status(now) not in (ExamStatus.OPEN, ExamStatus.SCHEDULED):
        return False
    if any(a.status == AttemptStatus.IN_PROGRESS for a in taken):
        return True
    return exam.max_attempts is None or len(taken) < exam.max_attempts


async def pending_graded_exams(person_id: int, now: datetime) -> list[Exam]:
    """The graded exams that are pending for this person (see `pending_for`)."""
    candidates = await Exam.filter(
        practice=False, published_at__isnull=False, cancelled_at__isnull=True
    ).order_by("id")
    mine = await audience_filter(person_id)
    taken: dict[int, list[ExamAttempt]] = {}
    for attempt in await ExamAttempt.filter(
        person_id=person_id, exam_id__in=[e.id for e in candidates]
    ):
        taken.setdefault(attempt.exam_id, []).append(attempt)
    return [
        exam
        for exam in candidates
        if (mine(exam) or exam.id in taken) and pending_for(exam, taken.get(exam.id, []), now)
    ]


async def _pool_lineages(exams: list[Exam], person_id: int, lineages: set[str]) -> set[str]:
    """Which of `lineages` these exams can draw (fixed questions, the rules' pools, and what
    the person's attempts of them were drawn)."""
    if not exams or not lineages:
        return set()
    exam_ids = [e.id for e in exams]
    found: set[str] = set(
        await Question.filter(
            lineage__in=lineages,
            attempt_questions__attempt__exam_id__in=exam_ids,
            attempt_questions__attempt__person_id=person_id,
        ).values_list("lineage", flat=True)
    )
    items = await PaperItem.filter(exam_id__in=exam_ids)
    fixed = [i.question_id for i in items if i.question_id is not None]
    found |= set(
        await Question.filter(id__in=fixed, lineage__in=lineages).values_list("lineage", flat=True)
    )
    rules = [i for i in items if i.question_id is None]
    if rules:
        parents = dict(await QuestionCategory.all().values_list("id", "parent_id"))
        candidates = await Question.filter(
            lineage__in=lineages, is_current=True, active=True
        ).values_list("lineage", "category_id", "type", "difficulty")
        for rule in rules:
            categories = org.subtree(parents, rule.category_id)
            found |= {
                lineage
                for lineage, category_id, kind, difficulty in candidates
                if category_id in categories
                and (rule.type is None or kind == rule.type)
                and (rule.difficulty is None or difficulty == rule.difficulty)
            }
    return found


async def withheld_questions(person_id: int, question_ids: list[int]) -> set[int]:
    """Of these question versions on a practice paper, the ones whose key this person must not
    see now: they can still appear on a graded exam pending for them."""
    if not question_ids:
        return set()
    pending = await pending_graded_exams(person_id, clock.now())
    if not pending:
        return set()
    lineage_of = dict(await Question.filter(id__in=question_ids).values_list("id", "lineage"))
    hidden = await _pool_lineages(pending, person_id, set(lineage_of.values()))
    return {pk for pk, lineage in lineage_of.items() if lineage in hidden}
