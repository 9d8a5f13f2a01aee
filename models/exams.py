"""Exams: question banks with versions, rule-drawn papers, timed attempts graded on the server.

An attempt's paper is drawn once, when it starts, and stored row by row (AttemptQuestion), so it
never changes afterwards; the seed it was drawn with is kept for the record. Answer keys stay in
the database: the GraphQL layer only shows them once results are released.
"""

from __future__ import annotations

import random
import uuid
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from decimal import ROUND_HALF_UP, Decimal
from enum import StrEnum
from typing import Any

from tortoise import fields
from tortoise.models import Model
from tortoise.transactions import in_transaction

from models import clock, org
from models.assessment import Dimension, restate_points
from models.errors import DomainError, Problem, clean_text, fail, saved
from models.org import Person, Unit, User
from models.question_import import (
    QuestionDraft,
    QuestionType,
    check_draft,
    fill_blank_matches,
    normalize_category,
)
from models.training import Audience, AudienceMatcher, check_audience, resolve_audience


class GradingMethod(StrEnum):
    HIGHEST = "HIGHEST"
    LAST = "LAST"
    FIRST = "FIRST"
    AVERAGE = "AVERAGE"


class ResultRelease(StrEnum):
    IMMEDIATELY = "IMMEDIATELY"
    AFTER_CLOSE = "AFTER_CLOSE"
    MANUAL = "MANUAL"


class PartialCredit(StrEnum):
    NONE = "NONE"
    PER_OPTION = "PER_OPTION"


class ExamStatus(StrEnum):
    DRAFT = "DRAFT"
    SCHEDULED = "SCHEDULED"
    OPEN = "OPEN"
    CLOSED = "CLOSED"


class AttemptStatus(StrEnum):
    IN_PROGRESS = "IN_PROGRESS"
    SUBMITTED = "SUBMITTED"
    EXPIRED = "EXPIRED"
    GRADED = "GRADED"


LEDGER_POINTS = Decimal("10")  # an exam result is worth up to 10 ledger points
TWO_PLACES = Decimal("0.01")


class QuestionCategory(Model):
    id = fields.IntField(primary_key=True)
    path = fields.CharField(max_length=200, unique=True)  # "安全生产法 > 第三章"
    parent: fields.ForeignKeyNullableRelation[QuestionCategory] = fields.ForeignKeyField(
        "models.QuestionCategory", related_name="children", null=True, on_delete=fields.RESTRICT
    )

    class Meta:
        table = "question_category"


class Question(Model):
    """One version of a question. Versions of one question share `lineage`."""

    id = fields.IntField(primary_key=True)
    lineage = fields.CharField(max_length=32, db_index=True)
    version = fields.IntField(default=1)
    is_current = fields.BooleanField(default=True)
    category: fields.ForeignKeyRelation[QuestionCategory] = fields.ForeignKeyField(
        "models.QuestionCategory", related_name="questions", on_delete=fields.RESTRICT
    )
    type = fields.CharEnumField(QuestionType, max_length=16)
    stem = fields.TextField()
    options = fields.JSONField(default=list)  # [[key, text], ...]
    answer = fields.JSONField(default=list)
    explanation = fields.TextField(null=True)
    difficulty = fields.IntField(default=3)
    reference = fields.CharField(max_length=200, null=True)
    tags = fields.JSONField(default=list)
    active = fields.BooleanField(default=True)
    created_by: fields.ForeignKeyNullableRelation[User] = fields.ForeignKeyField(
        "models.User", related_name="questions", null=True, on_delete=fields.RESTRICT
    )
    created_at = fields.DatetimeField(auto_now_add=True)

    class Meta:
        table = "question"
        unique_together = (("lineage", "version"),)
        indexes = (("category_id", "is_current", "active"),)

    @property
    def option_keys(self) -> list[str]:
        return [key for key, _ in self.options]


class Exam(Model):
    id = fields.IntField(primary_key=True)
    title = fields.CharField(max_length=200)
    opens_at = fields.DatetimeField()
    closes_at = fields.DatetimeField()
    duration_minutes = fields.IntField()
    pass_score = fields.DecimalField(max_digits=8, decimal_places=2)
    max_attempts = fields.IntField(null=True)
    grading_method = fields.CharEnumField(
        GradingMethod, max_length=8, default=GradingMethod.HIGHEST
    )
    shuffle_questions = fields.BooleanField(default=True)
    shuffle_options = fields.BooleanField(default=True)
    release = fields.CharEnumField(ResultRelease, max_length=12, default=ResultRelease.IMMEDIATELY)
    released_at = fields.DatetimeField(null=True)
    partial_credit = fields.CharEnumField(PartialCredit, max_length=10, default=PartialCredit.NONE)
    practice = fields.BooleanField(default=False)
    audience = fields.JSONField(default=dict)
    organizer: fields.ForeignKeyNullableRelation[Unit] = fields.ForeignKeyField(
        "models.Unit", related_name="exams", null=True, on_delete=fields.RESTRICT
    )
    published_at = fields.DatetimeField(null=True)
    created_by: fields.ForeignKeyNullableRelation[User] = fields.ForeignKeyField(
        "models.User", related_name="exams", null=True, on_delete=fields.RESTRICT
    )
    created_at = fields.DatetimeField(auto_now_add=True)

    class Meta:
        table = "exam"

    def status(self, now: datetime) -> ExamStatus:
        if self.published_at is None:
            return ExamStatus.DRAFT
        if now < self.opens_at:
            return ExamStatus.SCHEDULED
        if now < self.closes_at:
            return ExamStatus.OPEN
        return ExamStatus.CLOSED

    def results_released(self, now: datetime) -> bool:
        if self.practice or self.release == ResultRelease.IMMEDIATELY:
            return True
        if self.release == ResultRelease.AFTER_CLOSE:
            return now >= self.closes_at
        return self.released_at is not None


class PaperItem(Model):
    """A fixed question, or a rule drawing `count` questions, with the points each is worth."""

    id = fields.IntField(primary_key=True)
    exam: fields.ForeignKeyRelation[Exam] = fields.ForeignKeyField(
        "models.Exam", related_name="paper", on_delete=fields.RESTRICT
    )
    position = fields.IntField()
    question: fields.ForeignKeyNullableRelation[Question] = fields.ForeignKeyField(
        "models.Question", related_name="paper_items", null=True, on_delete=fields.RESTRICT
    )
    category: fields.ForeignKeyNullableRelation[QuestionCategory] = fields.ForeignKeyField(
        "models.QuestionCategory", related_name="paper_rules", null=True, on_delete=fields.RESTRICT
    )
    type = fields.CharEnumField(QuestionType, max_length=16, null=True)
    difficulty = fields.IntField(null=True)
    count = fields.IntField(default=1)
    points = fields.DecimalField(max_digits=6, decimal_places=2)

    class Meta:
        table = "paper_item"
        unique_together = (("exam", "position"),)


class ExamAttempt(Model):
    id = fields.IntField(primary_key=True)
    exam: fields.ForeignKeyRelation[Exam] = fields.ForeignKeyField(
        "models.Exam", related_name="attempts", on_delete=fields.RESTRICT
    )
    person: fields.ForeignKeyRelation[Person] = fields.ForeignKeyField(
        "models.Person", related_name="exam_attempts", on_delete=fields.RESTRICT
    )
    number = fields.IntField()
    status = fields.CharEnumField(AttemptStatus, max_length=12, default=AttemptStatus.IN_PROGRESS)
    # The person's id while IN_PROGRESS, NULL after: unique with the exam, so the database
    # holds "one attempt in progress per person and exam" (NULLs never collide).
    in_progress_key = fields.IntField(null=True)
    seed = fields.BigIntField()
    started_at = fields.DatetimeField()
    deadline = fields.DatetimeField()
    submitted_at = fields.DatetimeField(null=True)
    timed_out = fields.BooleanField(default=False)
    score = fields.DecimalField(max_digits=8, decimal_places=2, null=True)
    max_score = fields.DecimalField(max_digits=8, decimal_places=2)
    graded_at = fields.DatetimeField(null=True)

    class Meta:
        table = "exam_attempt"
        unique_together = (("exam", "person", "number"), ("exam", "in_progress_key"))


class AttemptQuestion(Model):
    id = fields.IntField(primary_key=True)
    attempt: fields.ForeignKeyRelation[ExamAttempt] = fields.ForeignKeyField(
        "models.ExamAttempt", related_name="questions", on_delete=fields.RESTRICT
    )
    number = fields.IntField()
    question: fields.ForeignKeyRelation[Question] = fields.ForeignKeyField(
        "models.Question", related_name="attempt_questions", on_delete=fields.RESTRICT
    )
    points = fields.DecimalField(max_digits=6, decimal_places=2)
    option_order = fields.JSONField(default=list)
    answer = fields.JSONField(null=True)  # option keys, or [text]
    answered_at = fields.DatetimeField(null=True)
    awarded = fields.DecimalField(max_digits=6, decimal_places=2, null=True)
    needs_grading = fields.BooleanField(default=False, db_index=True)
    feedback = fields.TextField(null=True)
    graded_by: fields.ForeignKeyNullableRelation[User] = fields.ForeignKeyField(
        "models.User", related_name="graded_answers", null=True, on_delete=fields.RESTRICT
    )

    class Meta:
        table = "attempt_question"
        unique_together = (("attempt", "number"), ("attempt", "question"))


# --- question bank ---------------------------------------------------------------------------


def category_path(text: str) -> str:
    return normalize_category(text)


async def category_for(path: str) -> QuestionCategory:
    """The category at `path`, creating it and its parents as needed."""
    parent = None
    built: list[str] = []
    for part in category_path(path).split(" > "):
        built.append(part)
        current = " > ".join(built)
        category = await QuestionCategory.get_or_none(path=current)
        if category is None:
            category = QuestionCategory(path=current, parent=parent)
            if not await saved(category):
                category = await QuestionCategory.get(path=current)
        parent = category
    return parent


def _problems(draft: QuestionDraft) -> None:
    problems = check_draft(draft)
    if problems:
        raise DomainError(problems)


def _question_values(draft: QuestionDraft) -> dict[str, Any]:
    return {
        "type": draft.type,
        "stem": draft.stem.strip(),
        "options": [[key, text] for key, text in draft.options],
        "answer": list(draft.answer),
        "explanation": draft.explanation,
        "difficulty": draft.difficulty,
        "reference": draft.reference,
        "tags": list(draft.tags),
    }


async def create_question(draft: QuestionDraft, by: int | None) -> Question:
    _problems(draft)
    async with in_transaction():
        category = await category_for(draft.category)
        return await Question.create(
            lineage=uuid.uuid4().hex, category=category, created_by_id=by, **_question_values(draft)
        )


async def import_questions(drafts: list[QuestionDraft], by: int | None) -> int:
    """Create every draft in one transaction (already checked one by one)."""
    async with in_transaction():
        categories: dict[str, QuestionCategory] = {}
        rows = []
        for draft in drafts:
            path = category_path(draft.category)
            if path not in categories:
                categories[path] = await category_for(path)
            rows.append(
                Question(
                    lineage=uuid.uuid4().hex,
                    category=categories[path],
                    created_by_id=by,
                    **_question_values(draft),
                )
            )
        await Question.bulk_create(rows, batch_size=500)
        return len(rows)


async def _used(question: Question) -> bool:
    if await AttemptQuestion.exists(question_id=question.id):
        return True
    return await PaperItem.exists(question_id=question.id, exam__published_at__isnull=False)


async def update_question(question_id: int, draft: QuestionDraft, by: int | None) -> Question:
    """Edit a question: in place while unused, else as a new version (attempts keep theirs)."""
    _problems(draft)
    async with in_transaction():
        question = await Question.select_for_update().get_or_none(id=question_id)
        if question is None or not question.is_current:
            fail("QUESTION_NOT_FOUND", "No current question has this ID.", "id")
        category = await category_for(draft.category)
        values = {**_question_values(draft), "category_id": category.id}
        if not await _used(question):
            await Question.filter(id=question.id).update(**values)
            return await Question.get(id=question.id)
        await Question.filter(id=question.id).update(is_current=False)
        return await Question.create(
            lineage=question.lineage,
            version=question.version + 1,
            active=question.active,
            created_by_id=by,
            **values,
        )


async def retire_question(question_id: int, active: bool = False) -> Question:
    async with in_transaction():
        updated = await Question.filter(id=question_id, is_current=True).update(active=active)
        if not updated:
            fail("QUESTION_NOT_FOUND", "No current question has this ID.", "id")
        return await Question.get(id=question_id)


async def correct_answer_key(question_id: int, answer: list[str], by: int | None) -> int:
    """Fix a wrong key on this very version and regrade every attempt that was shown it.
    Returns how many attempts were regraded."""
    async with in_transaction():
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
        _problems(draft)
        question.answer = list(draft.answer)
        await question.save(update_fields=["answer"])
        attempt_ids = set(
            await AttemptQuestion.filter(question_id=question.id).values_list(
                "attempt_id", flat=True
            )
        )
        regraded = 0
        for attempt in await ExamAttempt.filter(
            id__in=attempt_ids,
            status__in=[AttemptStatus.GRADED, AttemptStatus.SUBMITTED, AttemptStatus.EXPIRED],
        ):
            await _grade(attempt, by=by, only_question=question.id)
            regraded += 1
        return regraded


# --- exams -----------------------------------------------------------------------------------


@dataclass
class RuleSpec:
    category: str
    count: int
    points: Decimal
    type: QuestionType | None = None
    difficulty: int | None = None


@dataclass
class ExamPlan:
    title: str
    opens_at: datetime
    closes_at: datetime
    duration_minutes: int
    pass_score: Decimal
    audience: Audience
    fixed: list[tuple[int, Decimal]] = field(default_factory=list)
    rules: list[RuleSpec] = field(default_factory=list)
    max_attempts: int | None = None
    grading_method: GradingMethod = GradingMethod.HIGHEST
    shuffle_questions: bool = True
    shuffle_options: bool = True
    release: ResultRelease = ResultRelease.IMMEDIATELY
    partial_credit: PartialCredit = PartialCredit.NONE
    practice: bool = False
    organizer_unit_id: int | None = None


async def create_exam(plan: ExamPlan, by: int | None) -> Exam:
    problems: list[Problem] = []
    title = clean_text(plan.title, "title", max_length=200)
    opens_at, closes_at = clock.utc(plan.opens_at), clock.utc(plan.closes_at)
    if closes_at <= opens_at:
        problems.append(
            Problem("CLOSES_BEFORE_OPENS", "The exam must close after it opens.", ("closesAt",))
        )
    if not 1 <= plan.duration_minutes <= 24 * 60:
        problems.append(
            Problem("OUT_OF_RANGE", "durationMinutes is 1 to 1440.", ("durationMinutes",))
        )
    if plan.max_attempts is not None and plan.max_attempts < 1:
        problems.append(Problem("OUT_OF_RANGE", "maxAttempts is at least 1.", ("maxAttempts",)))
    if not plan.fixed and not plan.rules:
        problems.append(Problem("EMPTY_PAPER", "A paper needs questions or rules.", ("paper",)))
    for index, (_, points) in enumerate(plan.fixed):
        if points <= 0:
            problems.append(
                Problem(
                    "INVALID_POINTS",
                    "Points must be above 0.",
                    ("paper", "fixed", str(index), "points"),
                )
            )
    for index, rule in enumerate(plan.rules):
        where = ("paper", "rules", str(index))
        if rule.points <= 0:
            problems.append(
                Problem("INVALID_POINTS", "Points must be above 0.", (*where, "points"))
            )
        if not 1 <= rule.count <= 200:
            problems.append(Problem("OUT_OF_RANGE", "count is 1 to 200.", (*where, "count")))
        if rule.difficulty is not None and not 1 <= rule.difficulty <= 5:
            problems.append(
                Problem("INVALID_DIFFICULTY", "difficulty is 1 to 5.", (*where, "difficulty"))
            )
    if problems:
        raise DomainError(problems)
    async with in_transaction():
        await check_audience(plan.audience)
        if plan.organizer_unit_id is not None:
            await org.get_unit(plan.organizer_unit_id, "organizerUnitId")
        fixed_ids = [question_id for question_id, _ in plan.fixed]
        known = {q.id: q for q in await Question.filter(id__in=fixed_ids)}
        for index, question_id in enumerate(fixed_ids):
            if question_id not in known or not known[question_id].is_current:
                fail(
                    "QUESTION_NOT_FOUND",
                    "No current question has this ID.",
                    ("paper", "fixed", str(index), "questionId"),
                )
        if len(set(fixed_ids)) != len(fixed_ids):
            fail("DUPLICATE_QUESTION", "A question is on the paper twice.", ("paper", "fixed"))
        exam = await Exam.create(
            title=title,
            opens_at=opens_at,
            closes_at=closes_at,
            duration_minutes=plan.duration_minutes,
            pass_score=plan.pass_score,
            max_attempts=None if plan.practice else plan.max_attempts,
            grading_method=plan.grading_method,
            shuffle_questions=plan.shuffle_questions,
            shuffle_options=plan.shuffle_options,
            release=plan.release,
            partial_credit=plan.partial_credit,
            practice=plan.practice,
            audience=plan.audience.as_json(),
            organizer_id=plan.organizer_unit_id,
            created_by_id=by,
        )
        items = [
            PaperItem(exam=exam, position=i, question_id=question_id, points=points)
            for i, (question_id, points) in enumerate(plan.fixed)
        ]
        for j, rule in enumerate(plan.rules, start=len(items)):
            category = await QuestionCategory.get_or_none(path=category_path(rule.category))
            if category is None:
                fail(
                    "CATEGORY_NOT_FOUND",
                    f"No category {rule.category}.",
                    ("paper", "rules", str(j - len(plan.fixed)), "category"),
                )
            items.append(
                PaperItem(
                    exam=exam,
                    position=j,
                    category=category,
                    type=rule.type,
                    difficulty=rule.difficulty,
                    count=rule.count,
                    points=rule.points,
                )
            )
        await PaperItem.bulk_create(items)
        if plan.pass_score < 0 or plan.pass_score > sum(i.points * i.count for i in items):
            fail(
                "INVALID_PASS_SCORE",
                "passScore must be between 0 and the paper's total.",
                "passScore",
            )
        return exam


async def _categories_under(category_id: int) -> list[int]:
    parents = dict(await QuestionCategory.all().values_list("id", "parent_id"))
    return sorted(org.subtree(parents, category_id))


def _rule_pool(item: PaperItem, categories: list[int]) -> Any:
    pool = Question.filter(category_id__in=categories, is_current=True, active=True)
    if item.type is not None:
        pool = pool.filter(type=item.type)
    if item.difficulty is not None:
        pool = pool.filter(difficulty=item.difficulty)
    return pool


async def publish_exam(exam_id: int) -> Exam:
    async with in_transaction():
        exam = await Exam.select_for_update().get_or_none(id=exam_id)
        if exam is None:
            fail("EXAM_NOT_FOUND", "No exam has this ID.", "examId")
        if exam.published_at is not None:
            fail("ALREADY_PUBLISHED", "The exam is published already.", "examId")
        if exam.closes_at <= clock.now():
            fail("EXAM_CLOSED", "The exam's window is over.", "examId")
        items = await PaperItem.filter(exam_id=exam.id).order_by("position")
        fixed = {
            q.id: q
            for q in await Question.filter(id__in=[i.question_id for i in items if i.question_id])
        }
        problems = [
            Problem("QUESTION_RETIRED", f"Question {i.position + 1} is retired.", ("paper",))
            for i in items
            if i.question_id is not None and not fixed[i.question_id].active
        ]
        # Fill the rules in order, as every attempt's draw will: a question taken by a fixed
        # item or an earlier rule is not available to a later one (overlapping pools).
        taken = {q.lineage for q in fixed.values()}
        for index, item in enumerate(i for i in items if i.question_id is None):
            pool = _rule_pool(item, await _categories_under(item.category_id))
            free = [
                lineage
                for lineage in await pool.values_list("lineage", flat=True)
                if lineage not in taken
            ]
            if len(free) < item.count:
                category = await QuestionCategory.get(id=item.category_id)
                problems.append(
                    Problem(
                        "NOT_ENOUGH_QUESTIONS",
                        f"Rule {index + 1} ({category.path}) asks for {item.count} questions; "
                        f"{len(free)} active ones are left for it.",
                        ("paper", "rules", str(index)),
                    )
                )
            taken.update(free[: item.count])
        if not await resolve_audience(Audience.from_json(exam.audience)):
            problems.append(
                Problem("EMPTY_AUDIENCE", "The audience resolves to nobody.", ("audience",))
            )
        if problems:
            raise DomainError(problems)
        exam.published_at = clock.now()
        await exam.save(update_fields=["published_at"])
        return exam


async def release_results(exam_id: int) -> Exam:
    async with in_transaction():
        exam = await Exam.select_for_update().get_or_none(id=exam_id)
        if exam is None:
            fail("EXAM_NOT_FOUND", "No exam has this ID.", "examId")
        if exam.release != ResultRelease.MANUAL:
            fail("NOT_MANUAL_RELEASE", "This exam releases its results by itself.", "examId")
        if exam.released_at is None:
            exam.released_at = clock.now()
            await exam.save(update_fields=["released_at"])
        return exam


async def get_exam(exam_id: int) -> Exam:
    exam = await Exam.get_or_none(id=exam_id)
    if exam is None:
        fail("EXAM_NOT_FOUND", "No exam has this ID.", "examId")
    return exam


async def audience_filter(person_id: int | None) -> Callable[[Exam], bool]:
    """A test of "is this exam for this person", reading the person and the unit tree once."""
    person = await Person.get_or_none(id=person_id) if person_id is not None else None
    if person is None:
        return lambda exam: False
    matcher = AudienceMatcher(await org.unit_parents())
    return lambda exam: matcher.includes(Audience.from_json(exam.audience), person)


async def in_audience(exam: Exam, person_id: int) -> bool:
    audience = Audience.from_json(exam.audience)
    person = await Person.get(id=person_id)
    return AudienceMatcher(await org.unit_parents()).includes(audience, person)


# --- attempts --------------------------------------------------------------------------------


async def _draw(exam: Exam, person_id: int, rng: random.Random) -> list[tuple[Question, Decimal]]:
    """The paper for one attempt: fixed questions, then each rule's draw, preferring questions
    this person has not been shown before."""
    items = await PaperItem.filter(exam_id=exam.id).order_by("position")
    seen = set(
        await AttemptQuestion.filter(attempt__person_id=person_id).values_list(
            "question__lineage", flat=True
        )
    )
    fixed_ids = [i.question_id for i in items if i.question_id is not None]
    questions = {q.id: q for q in await Question.filter(id__in=fixed_ids)}
    chosen: list[tuple[Question, Decimal]] = [
        (questions[i.question_id], i.points) for i in items if i.question_id is not None
    ]
    taken = {q.lineage for q, _ in chosen}
    categories: dict[int, list[int]] = {}
    for item in items:
        if item.question_id is not None:
            continue
        if item.category_id not in categories:
            categories[item.category_id] = await _categories_under(item.category_id)
        candidates = await _rule_pool(item, categories[item.category_id])
        pool = [q for q in candidates if q.lineage not in taken]
        pool.sort(key=lambda q: q.id)
        fresh = [q for q in pool if q.lineage not in seen]
        stale = [q for q in pool if q.lineage in seen]
        if len(fresh) + len(stale) < item.count:
            fail(
                "NOT_ENOUGH_QUESTIONS", "The question bank can no longer fill this paper.", "examId"
            )
        picked = rng.sample(fresh, min(item.count, len(fresh)))
        picked += rng.sample(stale, item.count - len(picked))
        taken |= {q.lineage for q in picked}
        chosen += [(q, item.points) for q in picked]
    if exam.shuffle_questions:
        rng.shuffle(chosen)
    return chosen


async def start_attempt(exam_id: int, person_id: int, *, seed: int | None = None) -> ExamAttempt:
    """Start an attempt, or resume the one in progress. The paper is drawn from `seed` (random
    unless given: demo data passes one so that it is the same every time)."""
    now = clock.now()
    async with in_transaction():
        exam = await get_exam(exam_id)
        if exam.status(now) != ExamStatus.OPEN:
            fail("EXAM_NOT_OPEN", "The exam is not open now.", "examId")
        if not await in_audience(exam, person_id):
            fail("NOT_IN_AUDIENCE", "This exam is not for you.", "examId")
        previous = await ExamAttempt.filter(exam_id=exam.id, person_id=person_id).order_by(
            "-number"
        )
        current = next((a for a in previous if a.status == AttemptStatus.IN_PROGRESS), None)
        if current is not None and not await expire_if_due(current):
            return current  # resuming: the same attempt, the same paper
        if exam.max_attempts is not None and len(previous) >= exam.max_attempts:
            fail("NO_ATTEMPTS_LEFT", f"You have used all {exam.max_attempts} attempts.", "examId")
        if seed is None:
            seed = random.SystemRandom().randrange(2**62)
        paper = await _draw(exam, person_id, random.Random(seed))
        deadline = min(now + timedelta(minutes=exam.duration_minutes), exam.closes_at)
        if exam.practice:
            deadline = exam.closes_at
        attempt = ExamAttempt(
            exam=exam,
            person_id=person_id,
            number=(previous[0].number + 1) if previous else 1,
            in_progress_key=person_id,
            seed=seed,
            started_at=now,
            deadline=deadline,
            max_score=sum((points for _, points in paper), Decimal(0)),
        )
        if not await saved(attempt):
            # A second start at the same moment: the first one's attempt is the one.
            existing = await ExamAttempt.get_or_none(exam_id=exam.id, in_progress_key=person_id)
            if existing is None:
                fail(
                    "ATTEMPT_CONFLICT", "Another attempt was started at the same moment.", "examId"
                )
            return existing
        rng = random.Random(seed + 1)
        rows = []
        for number, (question, points) in enumerate(paper, start=1):
            order = question.option_keys
            if exam.shuffle_options and question.type in (
                QuestionType.SINGLE_CHOICE,
                QuestionType.MULTIPLE_CHOICE,
            ):
                order = rng.sample(order, len(order))
            rows.append(
                AttemptQuestion(
                    attempt_id=attempt.id,
                    number=number,
                    question_id=question.id,
                    points=points,
                    option_order=order,
                )
            )
        await AttemptQuestion.bulk_create(rows)
        return attempt


async def expire_if_due(attempt: ExamAttempt) -> bool:
    """An attempt still open past its deadline is graded as it stands. True if it was."""
    if attempt.status != AttemptStatus.IN_PROGRESS or clock.now() < attempt.deadline:
        return False
    if await _close(attempt, AttemptStatus.EXPIRED):
        await attempt.refresh_from_db()
        await _grade(attempt)
    await attempt.refresh_from_db()
    return True


async def _close(attempt: ExamAttempt, status: AttemptStatus) -> bool:
    """IN_PROGRESS -> SUBMITTED/EXPIRED, by one request only (a conditional update)."""
    changed = await ExamAttempt.filter(id=attempt.id, status=AttemptStatus.IN_PROGRESS).update(
        status=status,
        in_progress_key=None,
        submitted_at=clock.now(),
        timed_out=status == AttemptStatus.EXPIRED,
    )
    return changed == 1


async def get_attempt(attempt_id: int, person_id: int | None) -> ExamAttempt:
    """The attempt, if it is this person's (None: any person, for trainers)."""
    attempt = await ExamAttempt.get_or_none(id=attempt_id)
    if attempt is None or (person_id is not None and attempt.person_id != person_id):
        fail("ATTEMPT_NOT_FOUND", "You have no attempt with this ID.", "attemptId")
    return attempt


@dataclass
class AnswerSpec:
    question_id: int
    choices: list[str] | None = None
    text: str | None = None


async def save_answers(attempt_id: int, person_id: int, answers: list[AnswerSpec]) -> ExamAttempt:
    async with in_transaction():
        attempt = await get_attempt(attempt_id, person_id)
        if await expire_if_due(attempt):
            fail(
                "DEADLINE_PASSED", "Time is up: the attempt was submitted as it stood.", "attemptId"
            )
        if attempt.status != AttemptStatus.IN_PROGRESS:
            fail("ATTEMPT_CLOSED", "This attempt is submitted already.", "attemptId")
        rows = {
            row.question_id: row
            for row in await AttemptQuestion.filter(attempt_id=attempt.id).prefetch_related(
                "question"
            )
        }
        problems = []
        now = clock.now()
        changed = []
        for index, answer in enumerate(answers):
            where = ("answers", str(index))
            row = rows.get(answer.question_id)
            if row is None:
                problems.append(
                    Problem(
                        "NOT_ON_PAPER",
                        "This question is not on your paper.",
                        (*where, "questionId"),
                    )
                )
                continue
            value, problem = _answer_value(row.question, answer)
            if problem:
                problems.append(Problem(problem[0], problem[1], (*where, problem[2])))
                continue
            row.answer, row.answered_at = value, now
            changed.append(row)
        if problems:
            raise DomainError(problems)
        if changed:
            await AttemptQuestion.bulk_update(changed, fields=["answer", "answered_at"])
        return attempt


def _answer_value(question: Question, answer: AnswerSpec) -> tuple[list[str] | None, tuple | None]:
    if question.type in (QuestionType.FILL_BLANK, QuestionType.SHORT_ANSWER):
        if answer.text is None:
            return None, None
        if len(answer.text) > 5000:
            return None, ("TOO_LONG", "An answer has at most 5000 characters.", "text")
        return [answer.text], None
    choices = sorted({c.strip().upper() for c in answer.choices or []})
    unknown = [c for c in choices if c not in question.option_keys]
    if unknown:
        return None, (
            "INVALID_OPTION",
            f"No option {', '.join(unknown)} on this question.",
            "choices",
        )
    if question.type != QuestionType.MULTIPLE_CHOICE and len(choices) > 1:
        return None, ("ONE_CHOICE_ONLY", "Choose one option.", "choices")
    return choices or None, None


async def submit_attempt(attempt_id: int, person_id: int) -> ExamAttempt:
    """Grade at once; of two submits at the same moment one grades, the other sees the result."""
    async with in_transaction():
        attempt = await get_attempt(attempt_id, person_id)
        if await expire_if_due(attempt):
            return attempt
        if await _close(attempt, AttemptStatus.SUBMITTED):
            await attempt.refresh_from_db()
            await _grade(attempt)
        await attempt.refresh_from_db()
        return attempt


def auto_grade(
    question: Question, answer: list[str] | None, points: Decimal, partial: PartialCredit
) -> Decimal | None:
    """Points for an answer, or None when a person must grade it (short answers and blanks
    that match no accepted text). Partial credit: per right option, and a wrong one cancels."""
    if question.type == QuestionType.SHORT_ANSWER:
        return None if answer else Decimal(0)
    if question.type == QuestionType.FILL_BLANK:
        if not answer:
            return Decimal(0)
        return points if fill_blank_matches(answer[0], question.answer) else None
    given, key = set(answer or []), set(question.answer)
    if given == key:
        return points
    partial_allowed = (
        question.type == QuestionType.MULTIPLE_CHOICE and partial == PartialCredit.PER_OPTION
    )
    if partial_allowed and given and not given - key:
        return (points * len(given) / len(key)).quantize(TWO_PLACES, ROUND_HALF_UP)
    return Decimal(0)


async def _grade(
    attempt: ExamAttempt, by: int | None = None, only_question: int | None = None
) -> None:
    """Auto-grade the attempt's answers (or just one question's, for a corrected key) and
    finish it when nothing is left for a person to grade."""
    exam = await Exam.get(id=attempt.exam_id)
    rows = await AttemptQuestion.filter(attempt_id=attempt.id).prefetch_related("question")
    changed = []
    for row in rows:
        if only_question is not None and row.question_id != only_question:
            continue
        if only_question is None and row.graded_by_id is not None:
            continue  # a person's grade stands
        awarded = auto_grade(row.question, row.answer, row.points, exam.partial_credit)
        row.awarded, row.needs_grading = awarded, awarded is None
        row.graded_by_id = None if awarded is not None else row.graded_by_id
        changed.append(row)
    if changed:
        await AttemptQuestion.bulk_update(
            changed, fields=["awarded", "needs_grading", "graded_by_id"]
        )
    await _finish(attempt, exam, rows)


async def _finish(attempt: ExamAttempt, exam: Exam, rows: list[AttemptQuestion]) -> None:
    """GRADED with its score once nothing waits for a person; otherwise back to waiting (a
    corrected key can send an answer to the grading queue), its result out of the ledger."""
    if any(row.needs_grading for row in rows):
        waiting = AttemptStatus.EXPIRED if attempt.timed_out else AttemptStatus.SUBMITTED
        await ExamAttempt.filter(id=attempt.id).update(status=waiting, score=None, graded_at=None)
    else:
        score = sum((row.awarded or Decimal(0) for row in rows), Decimal(0))
        await ExamAttempt.filter(id=attempt.id).update(
            status=AttemptStatus.GRADED, score=score, graded_at=clock.now()
        )
    if not exam.practice:
        await record_result(exam, attempt.person_id)


async def grade_answer(
    attempt_question_id: int, points: Decimal, feedback: str | None, by: int
) -> AttemptQuestion:
    async with in_transaction():
        row = await AttemptQuestion.select_for_update().get_or_none(id=attempt_question_id)
        if row is None:
            fail("ANSWER_NOT_FOUND", "No answer has this ID.", "attemptQuestionId")
        attempt = await ExamAttempt.get(id=row.attempt_id)
        if attempt.status == AttemptStatus.IN_PROGRESS:
            fail("ATTEMPT_IN_PROGRESS", "The attempt is still in progress.", "attemptQuestionId")
        if points < 0 or points > row.points:
            fail("INVALID_POINTS", f"Points are 0 to {row.points}.", "points")
        row.awarded, row.needs_grading, row.graded_by_id = points, False, by
        row.feedback = (feedback or "").strip()[:2000] or None
        await row.save(update_fields=["awarded", "needs_grading", "graded_by_id", "feedback"])
        exam = await Exam.get(id=attempt.exam_id)
        await _finish(attempt, exam, await AttemptQuestion.filter(attempt_id=attempt.id))
        return row


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
    return (sum(scores) / len(scores)).quantize(TWO_PLACES, ROUND_HALF_UP)


async def record_result(exam: Exam, person_id: int) -> None:
    """EXAM points in the ledger for the person's result: up to 10, by share of the maximum."""
    attempts = await ExamAttempt.filter(exam_id=exam.id, person_id=person_id).order_by("number")
    result = result_of(exam.grading_method, attempts)
    top = max((a.max_score for a in attempts), default=Decimal(0))
    points = (
        None if result is None or not top else (result / top * LEDGER_POINTS).quantize(TWO_PLACES)
    )
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
