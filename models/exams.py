"""Exams: question banks with versions, and exams with rule-drawn papers.

The tables of attempts are here too; what happens to an attempt (the draw, answers, grading)
is in `models.attempts`. An attempt's paper is drawn once, when it starts, and stored row by row
(AttemptQuestion), so it never changes afterwards; the seed it was drawn with is kept for the
record. Answer keys stay in the database: the GraphQL layer only shows them once results are
released.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime
from decimal import Decimal
from enum import StrEnum
from typing import Any

from tortoise import fields
from tortoise.expressions import Q
from tortoise.functions import Count
from tortoise.models import Model
from tortoise.transactions import in_transaction

from models import clock, org, sql
from models.decimals import ZERO, scaled
from models.errors import DomainError, Problem, clean_text, fail, saved
from models.org import Person, Role, Unit, User
from models.question_import import (
    QuestionDraft,
    QuestionType,
    check_draft,
    normalize_category,
)
from models.scope import Scope, can_read_unit_data
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
    CANCELLED = "CANCELLED"


class AttemptStatus(StrEnum):
    IN_PROGRESS = "IN_PROGRESS"
    SUBMITTED = "SUBMITTED"
    EXPIRED = "EXPIRED"
    GRADED = "GRADED"


LEDGER_POINTS = Decimal("10")  # an exam result is worth up to 10 ledger points
# A question is worth 0.01 to MAX_QUESTION_POINTS, a paper at most MAX_PAPER_POINTS in all (and so
# is its pass score): well within the score columns (up to 9,999.99 a question, 999,999.99 a paper).
MAX_QUESTION_POINTS = Decimal("1000")
MAX_PAPER_POINTS = Decimal("10000")


class QuestionCategory(Model):
    id = fields.IntField(primary_key=True)
    path = fields.CharField(max_length=200, unique=True)  # "安全生产法 > 第三章"
    parent: fields.ForeignKeyNullableRelation[QuestionCategory] = fields.ForeignKeyField(
        "models.QuestionCategory",
        related_name="children",
        null=True,
        on_delete=fields.RESTRICT,
        db_index=True,
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
        "models.User", related_name="questions", null=True, on_delete=fields.RESTRICT, db_index=True
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
        "models.Unit", related_name="exams", null=True, on_delete=fields.RESTRICT, db_index=True
    )
    published_at = fields.DatetimeField(null=True)
    # Set together (a CHECK holds it): a cancelled exam is taken by nobody and counts for nothing.
    cancelled_at = fields.DatetimeField(null=True)
    cancel_reason = fields.TextField(null=True)
    created_by: fields.ForeignKeyNullableRelation[User] = fields.ForeignKeyField(
        "models.User", related_name="exams", null=True, on_delete=fields.RESTRICT, db_index=True
    )
    created_at = fields.DatetimeField(auto_now_add=True)

    class Meta:
        table = "exam"

    def status(self, now: datetime) -> ExamStatus:
        if self.cancelled_at is not None:
            return ExamStatus.CANCELLED
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
        "models.Question",
        related_name="paper_items",
        null=True,
        on_delete=fields.RESTRICT,
        db_index=True,
    )
    category: fields.ForeignKeyNullableRelation[QuestionCategory] = fields.ForeignKeyField(
        "models.QuestionCategory",
        related_name="paper_rules",
        null=True,
        on_delete=fields.RESTRICT,
        db_index=True,
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
        "models.Person", related_name="exam_attempts", on_delete=fields.RESTRICT, db_index=True
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
        "models.Question",
        related_name="attempt_questions",
        on_delete=fields.RESTRICT,
        db_index=True,
    )
    points = fields.DecimalField(max_digits=6, decimal_places=2)
    option_order = fields.JSONField(default=list)
    answer = fields.JSONField(null=True)  # option keys, or [text]
    answered_at = fields.DatetimeField(null=True)
    awarded = fields.DecimalField(max_digits=6, decimal_places=2, null=True)
    needs_grading = fields.BooleanField(default=False, db_index=True)
    feedback = fields.TextField(null=True)
    graded_by: fields.ForeignKeyNullableRelation[User] = fields.ForeignKeyField(
        "models.User",
        related_name="graded_answers",
        null=True,
        on_delete=fields.RESTRICT,
        db_index=True,
    )

    class Meta:
        table = "attempt_question"
        unique_together = (("attempt", "number"), ("attempt", "question"))


# --- question bank ---------------------------------------------------------------------------


def category_path(text: str) -> str:
    return normalize_category(text)


async def category_at(text: str) -> QuestionCategory | None:
    """The category at the path `text` names, if there is one."""
    path = category_path(text)
    if not sql.fits(QuestionCategory, "path", path):
        return None
    return await QuestionCategory.get_or_none(path=path)


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


def check_plan(plan: ExamPlan) -> None:
    """What createExam and updateExam check before they read anything: every problem at once."""
    problems: list[Problem] = []
    clean_text(plan.title, "title", max_length=200)
    opens_at, closes_at = clock.utc(plan.opens_at), clock.utc(plan.closes_at)
    if closes_at <= opens_at:
        problems.append(
            Problem("CLOSES_BEFORE_OPENS", "The exam must close after it opens.", ("closesAt",))
        )
    elif closes_at <= clock.now():
        problems.append(
            Problem("EXAM_WINDOW_CLOSED", "The exam's window has closed already.", ("closesAt",))
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
        if not _valid_points(points):
            problems.append(_invalid_points(("paper", "fixed", str(index), "points")))
    for index, rule in enumerate(plan.rules):
        where = ("paper", "rules", str(index))
        if not _valid_points(rule.points):
            problems.append(_invalid_points((*where, "points")))
        if not 1 <= rule.count <= 200:
            problems.append(Problem("OUT_OF_RANGE", "count is 1 to 200.", (*where, "count")))
        if rule.difficulty is not None and not 1 <= rule.difficulty <= 5:
            problems.append(
                Problem("INVALID_DIFFICULTY", "difficulty is 1 to 5.", (*where, "difficulty"))
            )
    total = sum(scaled(points) for _, points in plan.fixed) + sum(
        scaled(rule.points) * rule.count for rule in plan.rules if 1 <= rule.count <= 200
    )
    if total > MAX_PAPER_POINTS:
        problems.append(
            Problem(
                "PAPER_TOO_LARGE", f"A paper has at most {MAX_PAPER_POINTS} points.", ("paper",)
            )
        )
    if not ZERO <= scaled(plan.pass_score) <= MAX_PAPER_POINTS:
        problems.append(
            Problem(
                "INVALID_PASS_SCORE",
                "passScore must be between 0 and the paper's total.",
                ("passScore",),
            )
        )
    if problems:
        raise DomainError(problems)


def _valid_points(points: Decimal) -> bool:
    """Points as stored (two places) above 0 and at most MAX_QUESTION_POINTS."""
    return Decimal("0.01") <= scaled(points) <= MAX_QUESTION_POINTS


def _invalid_points(field: tuple[str, ...]) -> Problem:
    return Problem("INVALID_POINTS", f"Points must be 0.01 to {MAX_QUESTION_POINTS}.", field)


def exam_values(plan: ExamPlan) -> dict[str, Any]:
    """The exam's columns from a checked plan."""
    return {
        "title": clean_text(plan.title, "title", max_length=200),
        "opens_at": clock.utc(plan.opens_at),
        "closes_at": clock.utc(plan.closes_at),
        "duration_minutes": plan.duration_minutes,
        "pass_score": scaled(plan.pass_score),
        "max_attempts": None if plan.practice else plan.max_attempts,
        "grading_method": plan.grading_method,
        "shuffle_questions": plan.shuffle_questions,
        "shuffle_options": plan.shuffle_options,
        "release": plan.release,
        "partial_credit": plan.partial_credit,
        "practice": plan.practice,
        "audience": plan.audience.as_json(),
        "organizer_id": plan.organizer_unit_id,
    }


async def write_paper(exam: Exam, plan: ExamPlan) -> None:
    """Check what the plan names (audience, organizer, questions, categories) and write the
    exam's paper; inside the caller's transaction."""
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
    items = [
        PaperItem(exam=exam, position=i, question_id=question_id, points=scaled(points))
        for i, (question_id, points) in enumerate(plan.fixed)
    ]
    for j, rule in enumerate(plan.rules, start=len(items)):
        category = await category_at(rule.category)
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
                points=scaled(rule.points),
            )
        )
    await PaperItem.bulk_create(items)
    if plan.pass_score < 0 or plan.pass_score > sum(i.points * i.count for i in items):
        fail(
            "INVALID_PASS_SCORE",
            "passScore must be between 0 and the paper's total.",
            "passScore",
        )


async def create_exam(plan: ExamPlan, by: int | None) -> Exam:
    check_plan(plan)
    async with in_transaction():
        exam = await Exam.create(**exam_values(plan), created_by_id=by)
        await write_paper(exam, plan)
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


async def category_counts(
    type: QuestionType | None = None, difficulty: int | None = None
) -> list[tuple[str, int, int]]:
    """(path, questions in the category itself, questions a paper rule on it draws from: in it
    and the categories below) for every category, by path: the current, active questions of
    `type` and `difficulty` if given. Two statements."""
    pool = Question.filter(is_current=True, active=True)
    if type is not None:
        pool = pool.filter(type=type)
    if difficulty is not None:
        pool = pool.filter(difficulty=difficulty)
    own = dict(
        await pool.group_by("category_id").annotate(n=Count("id")).values_list("category_id", "n")
    )
    categories = (
        await QuestionCategory.all().order_by("path").values_list("id", "parent_id", "path")
    )
    parents = {pk: parent for pk, parent, _ in categories}
    drawable = dict.fromkeys(parents, 0)
    for pk, n in own.items():
        for category in (pk, *org.ancestors(parents, pk)):
            drawable[category] += n
    return [(path, own.get(pk, 0), drawable[pk]) for pk, _, path in categories]


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


# --- who sees an exam -------------------------------------------------------------------------


def may_read_statistics(user: User, scope: Scope, exam: Exam) -> bool:
    """A report of the organising unit: for its managers and the leaders whose scope covers it."""
    return can_read_unit_data(user, scope, exam.organizer_id)


async def may_see(user: User, scope: Scope, exam: Exam) -> bool:
    """Its managers and the leaders whose scope covers its organiser see an exam (one no unit
    organises: admins and county-wide trainers and leaders); others see it once it is published
    if they are in its audience."""
    if can_read_unit_data(user, scope, exam.organizer_id):
        return True
    return (
        exam.published_at is not None
        and user.person_id is not None
        and await in_audience(exam, user.person_id)
    )


async def visible_exams(user: User, scope: Scope, status: ExamStatus | None = None) -> list[Exam]:
    """The exams `user` may see (the rule of `may_see`), oldest first, in `status` if given."""
    rows = Exam.all()
    now = clock.now()
    if status == ExamStatus.CANCELLED:
        rows = rows.filter(cancelled_at__isnull=False)
    elif status is not None:
        rows = rows.filter(cancelled_at__isnull=True)
        rows = {
            ExamStatus.DRAFT: rows.filter(published_at__isnull=True),
            ExamStatus.SCHEDULED: rows.filter(published_at__isnull=False, opens_at__gt=now),
            ExamStatus.OPEN: rows.filter(
                published_at__isnull=False, opens_at__lte=now, closes_at__gt=now
            ),
            ExamStatus.CLOSED: rows.filter(published_at__isnull=False, closes_at__lte=now),
        }[status]
    if can_read_unit_data(user, scope, None):  # admins, county-wide trainers and leaders
        return await rows.order_by("id")
    shown = Q(published_at__isnull=False)
    if user.has_role(Role.TRAINER, Role.LEADER):
        shown |= Q(organizer_id__in=list(scope.unit_ids or ()))
    candidates = await rows.filter(shown).order_by("id")
    mine = await audience_filter(user.person_id)
    return [e for e in candidates if can_read_unit_data(user, scope, e.organizer_id) or mine(e)]
