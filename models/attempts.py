"""Attempts: an officer's paper, autosaved answers, grading on submit or at the deadline.

These are the exam-day paths: a whole county starts the same paper in the same minute. So a
request here reads only the columns it needs (paper rows are never ORM objects), writes a
paper's rows with one batched statement, and finds a published exam in a per-worker cache: once
published, an exam and its paper never change (only `released_at` does, and it is read fresh
wherever it counts).

Grading once: submitting locks the attempt's row (FOR UPDATE) and closes it with a conditional
UPDATE, so of two submits at the same moment one grades and the other reads its result. Saving
takes the same lock, so no answer lands on an attempt that is being closed.
"""

from __future__ import annotations

import random
from collections import OrderedDict
from dataclasses import dataclass
from datetime import timedelta
from decimal import Decimal
from typing import Any

from tortoise.backends.base.client import BaseDBAsyncClient
from tortoise.expressions import Q
from tortoise.transactions import in_transaction

from models import clock, sql
from models.assessment import Dimension, restate_points
from models.decimals import ZERO, scaled
from models.errors import DomainError, Problem, fail
from models.exams import (
    LEDGER_POINTS,
    AttemptQuestion,
    AttemptStatus,
    Exam,
    ExamAttempt,
    ExamStatus,
    GradingMethod,
    PaperItem,
    PartialCredit,
    Question,
    QuestionCategory,
    ResultRelease,
    get_exam,
    in_audience,
)
from models.org import Person
from models.question_import import QuestionDraft, QuestionType, check_draft, fill_blank_matches

CHOICE_TYPES = (QuestionType.SINGLE_CHOICE, QuestionType.MULTIPLE_CHOICE)

# --- what an attempt shows -------------------------------------------------------------------


@dataclass(frozen=True)
class ShownQuestion:
    """The version of a question an attempt was drawn with."""

    id: int
    type: QuestionType
    stem: str
    options: list[list[str]]  # [[key, text], ...]
    answer: list[str]
    explanation: str | None

    @property
    def option_keys(self) -> list[str]:
        return [key for key, _ in self.options]

    @classmethod
    def from_row(cls, row: dict[str, Any], prefix: str = "") -> ShownQuestion:
        """From `values()` of a question, or of a relation to one named by `prefix`."""
        return cls(
            id=row[f"{prefix}id"],
            type=QuestionType(row[f"{prefix}type"]),
            stem=row[f"{prefix}stem"],
            options=row[f"{prefix}options"],
            answer=row[f"{prefix}answer"],
            explanation=row[f"{prefix}explanation"],
        )

    COLUMNS = ("id", "type", "stem", "options", "answer", "explanation")


@dataclass
class PaperLine:
    """One question of an attempt's paper, with the answer given and its grade."""

    id: int
    attempt_id: int
    number: int
    question: ShownQuestion
    points: Decimal
    option_order: list[str]
    answer: list[str] | None
    awarded: Decimal | None
    needs_grading: bool
    feedback: str | None
    graded_by_id: int | None

    @property
    def question_id(self) -> int:
        return self.question.id


_LINE_COLUMNS = (
    "id",
    "attempt_id",
    "number",
    "points",
    "option_order",
    "answer",
    "awarded",
    "needs_grading",
    "feedback",
    "graded_by_id",
    *(f"question__{column}" for column in ShownQuestion.COLUMNS),
)


def _line(row: dict[str, Any]) -> PaperLine:
    return PaperLine(
        id=row["id"],
        attempt_id=row["attempt_id"],
        number=row["number"],
        question=ShownQuestion.from_row(row, "question__"),
        points=row["points"],
        option_order=row["option_order"] or [],
        answer=row["answer"],
        awarded=row["awarded"],
        needs_grading=row["needs_grading"],
        feedback=row["feedback"],
        graded_by_id=row["graded_by_id"],
    )


async def paper_lines(attempt_ids: list[int]) -> dict[int, list[PaperLine]]:
    """The papers of these attempts in order, with their questions: one query."""
    papers: dict[int, list[PaperLine]] = {pk: [] for pk in attempt_ids}
    rows = await AttemptQuestion.filter(attempt_id__in=attempt_ids).values(*_LINE_COLUMNS)
    for row in sorted(rows, key=lambda r: r["number"]):
        papers[row["attempt_id"]].append(_line(row))
    return papers


@dataclass
class Outcome:
    """An attempt after an operation, with its exam and (when the operation had it) its paper."""

    attempt: ExamAttempt
    exam: Exam
    lines: list[PaperLine] | None = None


# --- published exams, cached per worker ------------------------------------------------------


@dataclass(frozen=True)
class PaperPlan:
    exam: Exam
    items: tuple[PaperItem, ...]
    rule_paths: dict[int, str]  # category id -> path, for the rules


_PUBLISHED: OrderedDict[int, PaperPlan] = OrderedDict()
_PUBLISHED_KEPT = 256


async def paper_plan(exam_id: int) -> PaperPlan:
    """The exam and its paper; kept in memory once published, since neither changes then."""
    plan = _PUBLISHED.get(exam_id)
    if plan is not None:
        _PUBLISHED.move_to_end(exam_id)
        return plan
    exam = await get_exam(exam_id)
    items = tuple(await PaperItem.filter(exam_id=exam.id).order_by("position"))
    rule_categories = [i.category_id for i in items if i.category_id is not None]
    paths = await QuestionCategory.filter(id__in=rule_categories).values_list("id", "path")
    plan = PaperPlan(exam, items, dict(paths))
    if exam.published_at is not None:
        _PUBLISHED[exam_id] = plan
        if len(_PUBLISHED) > _PUBLISHED_KEPT:
            _PUBLISHED.popitem(last=False)
    return plan


def forget_published(exam_id: int | None = None) -> None:
    """Drop one exam from the cache (cancelled), or empty it (for tests, which empty the
    database under a running app)."""
    if exam_id is None:
        _PUBLISHED.clear()
    else:
        _PUBLISHED.pop(exam_id, None)


async def exam_with_release(exam: Exam) -> Exam:
    """The exam with a current `released_at`: the one field that changes after publishing."""
    if exam.release == ResultRelease.MANUAL and exam.released_at is None:
        return await get_exam(exam.id)
    return exam


# --- starting: the draw ----------------------------------------------------------------------


def _in_rule(item: PaperItem, path: str, row: tuple) -> bool:
    _, _, category_path, kind, difficulty = row
    return (
        (category_path == path or category_path.startswith(f"{path} > "))
        and (item.type is None or kind == item.type)
        and (item.difficulty is None or difficulty == item.difficulty)
    )


async def _draw(plan: PaperPlan, person_id: int, rng: random.Random) -> list[tuple[int, Decimal]]:
    """The paper for one attempt as (question id, points): fixed questions, then each rule's
    draw, preferring questions this person has not been shown before."""
    seen = set(
        await AttemptQuestion.filter(attempt__person_id=person_id).values_list(
            "question__lineage", flat=True
        )
    )
    fixed = [(i.question_id, i.points) for i in plan.items if i.question_id is not None]
    rules = [i for i in plan.items if i.question_id is None]
    wanted = Q(id__in=[pk for pk, _ in fixed]) if fixed else Q(id__in=[])
    for item in rules:
        path = plan.rule_paths[item.category_id]
        where = Q(category__path=path) | Q(category__path__startswith=f"{path} > ")
        if item.type is not None:
            where &= Q(type=item.type)
        if item.difficulty is not None:
            where &= Q(difficulty=item.difficulty)
        wanted |= Q(where, is_current=True, active=True)
    rows = await Question.filter(wanted).values_list(
        "id", "lineage", "category__path", "type", "difficulty"
    )
    lineage = {row[0]: row[1] for row in rows}
    chosen = list(fixed)
    taken = {lineage[pk] for pk, _ in fixed}  # keeps fixed questions out of the rules' pools
    for item in rules:
        path = plan.rule_paths[item.category_id]
        pool = sorted(
            (row for row in rows if _in_rule(item, path, row) and row[1] not in taken),
            key=lambda row: row[0],
        )
        fresh = [row for row in pool if row[1] not in seen]
        stale = [row for row in pool if row[1] in seen]
        if len(pool) < item.count:
            fail(
                "NOT_ENOUGH_QUESTIONS", "The question bank can no longer fill this paper.", "examId"
            )
        picked = rng.sample(fresh, min(item.count, len(fresh)))
        picked += rng.sample(stale, item.count - len(picked))
        taken |= {row[1] for row in picked}
        chosen += [(row[0], item.points) for row in picked]
    if plan.exam.shuffle_questions:
        rng.shuffle(chosen)
    return chosen


async def _shown(question_ids: list[int]) -> dict[int, ShownQuestion]:
    rows = await Question.filter(id__in=question_ids).values(*ShownQuestion.COLUMNS)
    return {row["id"]: ShownQuestion.from_row(row) for row in rows}


ATTEMPT_COLUMNS = (
    "exam_id",
    "person_id",
    "number",
    "status",
    "in_progress_key",
    "seed",
    "started_at",
    "deadline",
    "timed_out",
    "max_score",
)
INSERT_ATTEMPT = (
    f"INSERT INTO exam_attempt ({', '.join(ATTEMPT_COLUMNS)})"
    f" VALUES {sql.placeholders(1, len(ATTEMPT_COLUMNS))} ON CONFLICT DO NOTHING RETURNING id"
)


async def start_attempt(exam_id: int, person_id: int, *, seed: int | None = None) -> Outcome:
    """Start an attempt, or resume the one in progress. The paper is drawn from `seed` (random
    unless given: demo data passes one so that it is the same every time)."""
    now = clock.now()
    plan = await paper_plan(exam_id)
    exam = plan.exam
    if exam.status(now) == ExamStatus.CANCELLED:
        fail("EXAM_CANCELLED", "The exam was cancelled.", "examId")
    if exam.status(now) != ExamStatus.OPEN:
        fail("EXAM_NOT_OPEN", "The exam is not open now.", "examId")
    if not await in_audience(exam, person_id):
        fail("NOT_IN_AUDIENCE", "This exam is not for you.", "examId")
    async with in_transaction() as connection:
        # A share lock: starts do not wait for each other, a cancel waits for them (and they
        # for it); a cancelled exam is refused here, whatever this worker's cache holds.
        share = " FOR SHARE" if connection.capabilities.dialect == "postgres" else ""
        state = await sql.fetch(
            connection, f"SELECT cancelled_at FROM exam WHERE id = $1{share}", exam.id
        )
        if not state or state[0]["cancelled_at"] is not None:
            fail("EXAM_CANCELLED", "The exam was cancelled.", "examId")
        previous = await ExamAttempt.filter(exam_id=exam.id, person_id=person_id).order_by(
            "-number"
        )
        current = next((a for a in previous if a.status == AttemptStatus.IN_PROGRESS), None)
        if current is not None:
            if now < current.deadline:
                return await _resumed(current, exam)  # the same attempt, the same paper
            current = await _locked(current.id, None)
            if current.status == AttemptStatus.IN_PROGRESS:
                await _expire(connection, current, exam)
        if exam.max_attempts is not None and len(previous) >= exam.max_attempts:
            fail("NO_ATTEMPTS_LEFT", f"You have used all {exam.max_attempts} attempts.", "examId")
        if seed is None:
            seed = random.SystemRandom().randrange(2**62)
        paper = await _draw(plan, person_id, random.Random(seed))
        deadline = min(now + timedelta(minutes=exam.duration_minutes), exam.closes_at)
        if exam.practice:
            deadline = exam.closes_at
        attempt = ExamAttempt(
            exam_id=exam.id,
            person_id=person_id,
            number=(previous[0].number + 1) if previous else 1,
            status=AttemptStatus.IN_PROGRESS,
            in_progress_key=person_id,
            seed=seed,
            started_at=now,
            deadline=deadline,
            timed_out=False,
            max_score=scaled(sum((points for _, points in paper), ZERO)),
        )
        values = [getattr(attempt, column) for column in ATTEMPT_COLUMNS]
        inserted = await sql.fetch(connection, INSERT_ATTEMPT, *values)
        if not inserted:
            # A second start at the same moment: the first one's attempt is the one.
            existing = await ExamAttempt.get_or_none(exam_id=exam.id, in_progress_key=person_id)
            if existing is None:
                fail(
                    "ATTEMPT_CONFLICT", "Another attempt was started at the same moment.", "examId"
                )
            return await _resumed(existing, exam)
        attempt.id = inserted[0]["id"]
        attempt._saved_in_db = True
        lines = await _insert_paper(connection, attempt, exam, paper, random.Random(seed + 1))
        return Outcome(attempt, exam, lines)


async def _resumed(attempt: ExamAttempt, exam: Exam) -> Outcome:
    return Outcome(attempt, exam, (await paper_lines([attempt.id]))[attempt.id])


async def _insert_paper(
    connection: BaseDBAsyncClient,
    attempt: ExamAttempt,
    exam: Exam,
    paper: list[tuple[int, Decimal]],
    rng: random.Random,
) -> list[PaperLine]:
    shown = await _shown([pk for pk, _ in paper])
    lines, values = [], []
    for number, (question_id, points) in enumerate(paper, start=1):
        question = shown[question_id]
        order = question.option_keys
        if exam.shuffle_options and question.type in CHOICE_TYPES:
            order = rng.sample(order, len(order))
        values += [attempt.id, number, question_id, points, sql.as_json(order), False]
        lines.append(
            PaperLine(
                id=0,  # from the INSERT below
                attempt_id=attempt.id,
                number=number,
                question=question,
                points=points,
                option_order=order,
                answer=None,
                awarded=None,
                needs_grading=False,
                feedback=None,
                graded_by_id=None,
            )
        )
    ids = await sql.fetch(
        connection,
        "INSERT INTO attempt_question (attempt_id, number, question_id, points, option_order,"
        f" needs_grading) VALUES {sql.placeholders(len(lines), 6)} RETURNING id, number",
        *values,
    )
    by_number = {row["number"]: row["id"] for row in ids}
    for line in lines:
        line.id = by_number[line.number]
    return lines


# --- answering -------------------------------------------------------------------------------


@dataclass
class AnswerSpec:
    """One answer, naming its question by the bank's ID (`question_id`) or by the paper's own
    line (`line_id`, an AttemptQuestion): the client answers the paper it was given."""

    question_id: int | None
    choices: list[str] | None = None
    text: str | None = None
    line_id: int | None = None


async def _locked(attempt_id: int, person_id: int | None) -> ExamAttempt:
    """The attempt, locked for this transaction, if it is this person's (None: anyone's)."""
    attempt = await ExamAttempt.select_for_update().get_or_none(id=attempt_id)
    if attempt is None or (person_id is not None and attempt.person_id != person_id):
        fail("ATTEMPT_NOT_FOUND", "You have no attempt with this ID.", "attemptId")
    return attempt


SAVE_ANSWER = """
UPDATE attempt_question SET answer = $1, answered_at = $2 WHERE attempt_id = $3 AND question_id = $4
"""


async def save_answers(attempt_id: int, person_id: int, answers: list[AnswerSpec]) -> Outcome:
    """Autosave any subset of answers while the attempt is open. Past the deadline the attempt is
    graded as it stands (and stays so), and the answers are refused."""
    expired = False
    async with in_transaction() as connection:
        attempt = await _locked(attempt_id, person_id)
        exam = (await paper_plan(attempt.exam_id)).exam
        now = clock.now()
        if attempt.status == AttemptStatus.IN_PROGRESS and now >= attempt.deadline:
            await _expire(connection, attempt, exam)
            expired = True
        elif attempt.status != AttemptStatus.IN_PROGRESS:
            fail("ATTEMPT_CLOSED", "This attempt is submitted already.", "attemptId")
        else:
            paper = await AttemptQuestion.filter(attempt_id=attempt.id).values_list(
                "id", "question_id", "question__type", "option_order"
            )
            kinds = {pk: (QuestionType(kind), order or []) for _, pk, kind, order in paper}
            on_paper = {line_id: pk for line_id, pk, _, _ in paper}
            for answer in answers:
                if answer.line_id is not None:
                    answer.question_id = on_paper.get(answer.line_id)
            rows = _answer_rows(kinds, answers)
            await sql.execute_many(
                connection,
                SAVE_ANSWER,
                [(value, now, attempt.id, question_id) for question_id, value in rows.items()],
            )
    if expired:
        fail("DEADLINE_PASSED", "Time is up: the attempt was submitted as it stood.", "attemptId")
    return Outcome(attempt, exam)


def _answer_rows(
    kinds: dict[int, tuple[QuestionType, list[str]]], answers: list[AnswerSpec]
) -> dict[int, str | None]:
    """Each answer as the JSON to store, by question; every bad one is a Problem."""
    problems, rows = [], {}
    for index, answer in enumerate(answers):
        where = ("answers", str(index))
        if answer.question_id not in kinds:
            problem = "This question is not on your paper."
            problems.append(Problem("NOT_ON_PAPER", problem, (*where, "questionId")))
            continue
        if answer.question_id in rows:
            problem = "This question is answered twice in one save."
            problems.append(Problem("DUPLICATE_ANSWER", problem, (*where, "questionId")))
            continue
        kind, keys = kinds[answer.question_id]
        value, problem = answer_value(kind, keys, answer)
        if problem:
            problems.append(Problem(problem[0], problem[1], (*where, problem[2])))
            continue
        rows[answer.question_id] = None if value is None else sql.as_json(value)
    if problems:
        raise DomainError(problems)
    return rows


def answer_value(
    kind: QuestionType, keys: list[str], answer: AnswerSpec
) -> tuple[list[str] | None, tuple | None]:
    if kind in (QuestionType.FILL_BLANK, QuestionType.SHORT_ANSWER):
        if answer.text is None:
            return None, None
        if len(answer.text) > 5000:
            return None, ("TOO_LONG", "An answer has at most 5000 characters.", "text")
        return [answer.text], None
    choices = sorted({c.strip().upper() for c in answer.choices or []})
    unknown = [c for c in choices if c not in keys]
    if unknown:
        return None, (
            "INVALID_OPTION",
            f"No option {', '.join(unknown)} on this question.",
            "choices",
        )
    if kind != QuestionType.MULTIPLE_CHOICE and len(choices) > 1:
        return None, ("ONE_CHOICE_ONLY", "Choose one option.", "choices")
    return choices or None, None


# --- submitting and grading ------------------------------------------------------------------


async def submit_attempt(attempt_id: int, person_id: int) -> Outcome:
    """Grade at once; of two submits at the same moment one grades, the other sees the result."""
    async with in_transaction() as connection:
        attempt = await _locked(attempt_id, person_id)
        exam = (await paper_plan(attempt.exam_id)).exam
        lines = (await paper_lines([attempt.id]))[attempt.id]
        if attempt.status == AttemptStatus.IN_PROGRESS:
            closing = AttemptStatus.SUBMITTED
            if clock.now() >= attempt.deadline:
                closing = AttemptStatus.EXPIRED
            await _grade(connection, attempt, exam, lines, closing=closing)
    return Outcome(attempt, exam, lines)


async def expire_if_due(attempt: ExamAttempt) -> bool:
    """An attempt still open past its deadline is graded as it stands. True if it was (the
    attempt object then shows its new state)."""
    if attempt.status != AttemptStatus.IN_PROGRESS or clock.now() < attempt.deadline:
        return False
    async with in_transaction() as connection:
        locked = await _locked(attempt.id, None)
        if locked.status == AttemptStatus.IN_PROGRESS:
            await _expire(connection, locked, (await paper_plan(locked.exam_id)).exam)
    await attempt.refresh_from_db()
    return True


async def _expire(connection: BaseDBAsyncClient, attempt: ExamAttempt, exam: Exam) -> None:
    lines = (await paper_lines([attempt.id]))[attempt.id]
    await _grade(connection, attempt, exam, lines, closing=AttemptStatus.EXPIRED)


def auto_grade(
    question: ShownQuestion,
    answer: list[str] | None,
    points: Decimal,
    partial: PartialCredit,
) -> Decimal | None:
    """Points for an answer, or None when a person must grade it (short answers and blanks
    that match no accepted text). Partial credit: per right option, and a wrong one cancels."""
    if question.type == QuestionType.SHORT_ANSWER:
        return None if answer else ZERO
    if question.type == QuestionType.FILL_BLANK:
        if not answer:
            return ZERO
        return points if fill_blank_matches(answer[0], question.answer) else None
    given, key = set(answer or []), set(question.answer)
    if given == key:
        return points
    partial_allowed = (
        question.type == QuestionType.MULTIPLE_CHOICE and partial == PartialCredit.PER_OPTION
    )
    if partial_allowed and given and not given - key:
        return scaled(points * len(given) / len(key))
    return ZERO


GRADE_LINE = """
UPDATE attempt_question SET awarded = $1, needs_grading = $2, graded_by_id = $3 WHERE id = $4
"""


async def _grade(
    connection: BaseDBAsyncClient,
    attempt: ExamAttempt,
    exam: Exam,
    lines: list[PaperLine],
    *,
    closing: AttemptStatus | None = None,
    only_question: int | None = None,
) -> None:
    """Auto-grade the (locked) attempt's answers, or just one question's for a corrected key;
    a person's grade stands otherwise. With `closing`, the attempt leaves IN_PROGRESS too."""
    changes = []
    for line in lines:
        if only_question is not None and line.question_id != only_question:
            continue
        if only_question is None and line.graded_by_id is not None:
            continue
        awarded = auto_grade(line.question, line.answer, line.points, exam.partial_credit)
        if awarded is not None:
            awarded = scaled(awarded)  # as the column reads it back
        grade = (awarded, awarded is None, None if awarded is not None else line.graded_by_id)
        if grade != (line.awarded, line.needs_grading, line.graded_by_id):
            line.awarded, line.needs_grading, line.graded_by_id = grade
            changes.append((*grade, line.id))
    await sql.execute_many(connection, GRADE_LINE, changes)
    await _finish(connection, attempt, exam, lines, closing=closing)


async def _finish(
    connection: BaseDBAsyncClient,
    attempt: ExamAttempt,
    exam: Exam,
    lines: list[PaperLine],
    *,
    closing: AttemptStatus | None = None,
) -> None:
    """GRADED with its score once nothing waits for a person; otherwise waiting (a corrected key
    can send an answer to the grading queue), its result out of the ledger. With `closing`, the
    attempt leaves IN_PROGRESS here too, by a conditional update: only one request closes it."""
    now = clock.now()
    values: dict[str, Any] = {"score": None, "graded_at": None}
    if any(line.needs_grading for line in lines):
        timed_out = closing == AttemptStatus.EXPIRED if closing else attempt.timed_out
        values["status"] = AttemptStatus.EXPIRED if timed_out else AttemptStatus.SUBMITTED
    else:
        values["status"] = AttemptStatus.GRADED
        values["score"] = scaled(sum((line.awarded or ZERO for line in lines), ZERO))
        values["graded_at"] = now
    query = ExamAttempt.filter(id=attempt.id)
    if closing is not None:
        values |= {
            "in_progress_key": None,
            "submitted_at": now,
            "timed_out": closing == AttemptStatus.EXPIRED,
        }
        query = query.filter(status=AttemptStatus.IN_PROGRESS)
    if await query.using_db(connection).update(**values) != 1:
        raise RuntimeError(f"attempt {attempt.id} was closed by another request")
    for name, value in values.items():
        setattr(attempt, name, value)
    if not exam.practice:
        await record_result(exam, attempt.person_id)


async def grade_answer(
    attempt_question_id: int, points: Decimal, feedback: str | None, by: int
) -> ExamAttempt:
    """A person's grade for one answer; the attempt is final once nothing else waits."""
    async with in_transaction() as connection:
        found = await AttemptQuestion.filter(id=attempt_question_id).values_list(
            "attempt_id", flat=True
        )
        if not found:
            fail("ANSWER_NOT_FOUND", "No answer has this ID.", "attemptQuestionId")
        attempt = await _locked(found[0], None)
        if attempt.status == AttemptStatus.IN_PROGRESS:
            fail("ATTEMPT_IN_PROGRESS", "The attempt is still in progress.", "attemptQuestionId")
        exam = await get_exam(attempt.exam_id)
        if exam.cancelled_at is not None:
            fail("EXAM_CANCELLED", "The exam was cancelled.", "attemptQuestionId")
        lines = (await paper_lines([attempt.id]))[attempt.id]
        line = next(line for line in lines if line.id == attempt_question_id)
        if points < 0 or points > line.points:
            fail("INVALID_POINTS", f"Points are 0 to {line.points}.", "points")
        points = scaled(points)
        line.awarded, line.needs_grading, line.graded_by_id = points, False, by
        line.feedback = (feedback or "").strip()[:2000] or None
        await (
            AttemptQuestion.filter(id=line.id)
            .using_db(connection)
            .update(awarded=points, needs_grading=False, graded_by_id=by, feedback=line.feedback)
        )
        await _finish(connection, attempt, exam, lines)
        return attempt


async def correct_answer_key(question_id: int, answer: list[str], by: int | None) -> int:
    """Fix a wrong key on this very version and regrade every attempt that was shown it.
    Returns how many attempts were regraded."""
    async with in_transaction() as connection:
        question = await Question.select_for_update().get_or_none(id=question_id)
        if question is None:
            fail("QUESTION_NOT_FOUND", "No question has this ID.", "questionId")
        category = await QuestionCategory.get(id=question.category_id)
        draft = QuestionDraft(
            category=category.path,
            type=question.type,
            stem=question.stem,
            options=[tuple(o) for o in question.options],
            answer=answer,
            explanation=question.explanation,
            difficulty=question.difficulty,
            reference=question.reference,
            tags=question.tags,
        )
        problems = check_draft(draft)
        if problems:
            raise DomainError(problems)
        question.answer = list(draft.answer)
        await question.save(update_fields=["answer"])
        attempt_ids = await AttemptQuestion.filter(question_id=question.id).values_list(
            "attempt_id", flat=True
        )
        regraded = 0
        for attempt_id in sorted(set(attempt_ids)):
            attempt = await _locked(attempt_id, None)
            if attempt.status == AttemptStatus.IN_PROGRESS:
                continue  # graded with the corrected key when it is submitted
            exam = await get_exam(attempt.exam_id)
            if exam.cancelled_at is not None:
                continue  # its exam was cancelled: it counts for nothing
            lines = (await paper_lines([attempt.id]))[attempt.id]
            await _grade(connection, attempt, exam, lines, only_question=question.id)
            regraded += 1
        return regraded


# --- results ---------------------------------------------------------------------------------


def result_of(method: GradingMethod, attempts: list[ExamAttempt]) -> Decimal | None:
    """A person's result for an exam from their graded attempts (oldest first)."""
    scores = [a.score for a in attempts if a.status == AttemptStatus.GRADED and a.score is not None]
    if not scores:
        return None
    if method == GradingMethod.HIGHEST:
        return max(scores)
    if method == GradingMethod.FIRST:
        return scores[0]
    if method == GradingMethod.LAST:
        return scores[-1]
    return scaled(sum(scores) / len(scores))


async def record_result(exam: Exam, person_id: int) -> None:
    """EXAM points in the ledger for the person's result: up to 10, by share of the maximum;
    none for a cancelled exam (what it had written is withdrawn)."""
    attempts = await ExamAttempt.filter(exam_id=exam.id, person_id=person_id).order_by("number")
    result = result_of(exam.grading_method, attempts)
    top = max((a.max_score for a in attempts), default=ZERO)
    points = None if result is None or not top else scaled(result / top * LEDGER_POINTS)
    if exam.cancelled_at is not None:
        points = None  # a cancelled exam counts for nothing
    unit_id = await Person.filter(id=person_id).values_list("unit_id", flat=True)
    await restate_points(
        dimension=Dimension.EXAM,
        points=points,
        reason=f"{exam.title} · {result}",
        source_type="Exam",
        source_id=exam.id,
        kind="result",
        person_id=person_id,
        unit_id=unit_id[0] if unit_id else None,
        occurred_at=clock.now(),
    )
