"""Exams: question banks, papers, attempts, grading, results and statistics."""

from __future__ import annotations

from datetime import datetime
from decimal import Decimal
from typing import Any

import strawberry
from strawberry import Info, relay
from strawberry.file_uploads import Upload
from tortoise.expressions import Q

from models import attempts, clock, exam_changes, exam_statistics, exams, practice
from models.errors import DomainError, Problem, fail
from models.exams import AttemptStatus, ExamStatus, GradingMethod, PartialCredit, ResultRelease
from models.org import Role
from models.question_import import QuestionDraft, QuestionType, parse_questions
from models.scope import can_manage
from schema import node
from schema.audit import mutation
from schema.errors import UserError, coded_error, named, problems_to_errors, respond, user_errors
from schema.ids import argument_id, decode, global_id, parse_id, parse_optional_id
from schema.org import PersonType, UnitType
from schema.pagination import paginate, paginate_list
from schema.permissions import STAFF, allow, require_user
from schema.training import AudienceInput, require_audience_in_scope

QuestionTypeEnum = strawberry.enum(QuestionType, description="单选 / 多选 / 判断 / 填空 / 简答")
GradingMethodEnum = strawberry.enum(
    GradingMethod, description="最高分 / 最后一次 / 第一次 / 平均分"
)
ResultReleaseEnum = strawberry.enum(ResultRelease, description="立即 / 考试结束后 / 手动发布")
PartialCreditEnum = strawberry.enum(
    PartialCredit, description="多选题部分得分: 不给 / 按正确选项给分 (选错不得分)"
)
ExamStatusEnum = strawberry.enum(ExamStatus, description="草稿 / 未开始 / 进行中 / 已结束 / 已取消")
AttemptStatusEnum = strawberry.enum(
    AttemptStatus, description="答题中 / 已交卷 / 超时收卷 / 已评分"
)

BANK_KEEPERS = (Role.ADMIN, Role.TRAINER)


# --- types ---------------------------------------------------------------------------------


@strawberry.type
class Option:
    key: str
    text: str


@strawberry.type(name="Question")
class QuestionNode(relay.Node):
    """A question as the bank keepers see it, answer key included."""

    id: relay.NodeID[int]
    category: str
    type: QuestionTypeEnum
    stem: str
    options: list[Option]
    answer: list[str]
    explanation: str | None
    difficulty: int
    reference: str | None
    tags: list[str]
    active: bool
    version: int
    is_current: bool

    @classmethod
    def from_model(cls, question: exams.Question, category: str) -> QuestionNode:
        return cls(
            id=question.id,
            category=category,
            type=question.type,
            stem=question.stem,
            options=[Option(key=k, text=t) for k, t in question.options],
            answer=list(question.answer),
            explanation=question.explanation,
            difficulty=question.difficulty,
            reference=question.reference,
            tags=list(question.tags),
            active=question.active,
            version=question.version,
            is_current=question.is_current,
        )


async def question_nodes(rows: list[exams.Question]) -> list[QuestionNode]:
    paths = dict(
        await exams.QuestionCategory.filter(id__in={q.category_id for q in rows}).values_list(
            "id", "path"
        )
    )
    return [QuestionNode.from_model(q, paths[q.category_id]) for q in rows]


@strawberry.type
class AttemptQuestion:
    number: int
    type: QuestionTypeEnum
    stem: str
    points: Decimal
    options: list[Option]
    my_answer: list[str] | None
    correct_answer: list[str] | None = strawberry.field(
        description="Null until results are released."
    )
    explanation: str | None = strawberry.field(description="Null until results are released.")
    awarded: Decimal | None = strawberry.field(description="Null until results are released.")
    feedback: str | None
    needs_grading: bool
    key_withheld: str | None = strawberry.field(
        description="Why the key, explanation and grade of this question are not shown on a "
        "released practice paper: ON_A_PENDING_GRADED_EXAM while a graded exam the caller may "
        "still take (or whose results are not out) can put it on their paper. Null otherwise."
    )
    pk: strawberry.Private[int]
    question_id: strawberry.Private[int]

    @strawberry.field
    def id(self) -> strawberry.ID:
        return strawberry.ID(global_id("AttemptQuestion", self.pk))

    @strawberry.field(description="The question bank's ID (saveAnswers takes `id` too).")
    def question_global_id(self) -> strawberry.ID:
        return strawberry.ID(global_id("Question", self.question_id))


def attempt_question(
    row: attempts.PaperLine, released: bool, withheld: bool = False
) -> AttemptQuestion:
    question = row.question
    texts = dict(question.options)
    shown = released and not withheld
    return AttemptQuestion(
        pk=row.id,
        question_id=question.id,
        number=row.number,
        type=question.type,
        stem=question.stem,
        points=row.points,
        options=[Option(key=k, text=texts[k]) for k in row.option_order or question.option_keys],
        my_answer=row.answer,
        correct_answer=list(question.answer) if shown else None,
        explanation=question.explanation if shown else None,
        awarded=row.awarded if shown else None,
        feedback=row.feedback if shown else None,
        needs_grading=row.needs_grading,
        key_withheld=practice.KEY_WITHHELD if released and withheld else None,
    )


@strawberry.type(name="ExamAttempt")
class ExamAttemptType(relay.Node):
    id: relay.NodeID[int]
    status: AttemptStatusEnum
    number: int
    started_at: datetime
    deadline: datetime
    submitted_at: datetime | None
    timed_out: bool
    max_score: Decimal
    model: strawberry.Private[exams.ExamAttempt]
    released: strawberry.Private[bool]

    @classmethod
    def from_model(cls, attempt: exams.ExamAttempt, released: bool) -> ExamAttemptType:
        return cls(
            id=attempt.id,
            status=attempt.status,
            number=attempt.number,
            started_at=attempt.started_at,
            deadline=attempt.deadline,
            submitted_at=attempt.submitted_at,
            timed_out=attempt.timed_out,
            max_score=attempt.max_score,
            model=attempt,
            released=released,
        )

    @strawberry.field(description="Null until graded and released.")
    def score(self) -> Decimal | None:
        return self.model.score if self.released else None

    @strawberry.field
    async def passed(self, info: Info) -> bool | None:
        if not self.released or self.model.score is None:
            return None
        exam = await info.context.loaders.exam.load(self.model.exam_id)
        return self.model.score >= exam.pass_score

    @strawberry.field
    async def exam(self, info: Info) -> ExamType:
        return ExamType.from_model(await info.context.loaders.exam.load(self.model.exam_id))

    @strawberry.field
    async def person(self, info: Info) -> PersonType:
        return PersonType.from_model(await info.context.loaders.person.load(self.model.person_id))

    @strawberry.field(description="The paper in order; no answer key before the results are out.")
    async def questions(self, info: Info) -> list[AttemptQuestion]:
        rows = await info.context.loaders.attempt_questions.load(self.model.id)
        withheld: set[int] = set()
        if self.released and not require_user(info).has_role(*BANK_KEEPERS):
            exam = await info.context.loaders.exam.load(self.model.exam_id)
            if exam.practice:
                withheld = await practice.withheld_questions(
                    self.model.person_id, [row.question_id for row in rows]
                )
        return [attempt_question(row, self.released, row.question_id in withheld) for row in rows]


@strawberry.type
class PaperRule:
    category: str
    type: QuestionTypeEnum | None
    difficulty: int | None
    count: int
    points: Decimal


@strawberry.type(name="Exam")
class ExamType(relay.Node):
    id: relay.NodeID[int]
    title: str
    opens_at: datetime
    closes_at: datetime
    duration_minutes: int
    pass_score: Decimal
    max_attempts: int | None
    grading_method: GradingMethodEnum
    shuffle_questions: bool
    shuffle_options: bool
    release_results: ResultReleaseEnum
    partial_credit: PartialCreditEnum
    practice: bool
    cancelled_at: datetime | None
    cancel_reason: str | None
    model: strawberry.Private[exams.Exam]

    @classmethod
    def from_model(cls, exam: exams.Exam) -> ExamType:
        return cls(
            id=exam.id,
            title=exam.title,
            opens_at=exam.opens_at,
            closes_at=exam.closes_at,
            duration_minutes=exam.duration_minutes,
            pass_score=exam.pass_score,
            max_attempts=exam.max_attempts,
            grading_method=exam.grading_method,
            shuffle_questions=exam.shuffle_questions,
            shuffle_options=exam.shuffle_options,
            release_results=exam.release,
            partial_credit=exam.partial_credit,
            practice=exam.practice,
            cancelled_at=exam.cancelled_at,
            cancel_reason=exam.cancel_reason,
            model=exam,
        )

    @strawberry.field
    def status(self) -> ExamStatusEnum:
        return self.model.status(clock.now())

    @strawberry.field
    def results_released(self) -> bool:
        return self.model.results_released(clock.now())

    @strawberry.field(description="The logged-in person's result by the grading method.")
    async def my_result(self, info: Info) -> Decimal | None:
        user = require_user(info)
        if user.person_id is None or not self.model.results_released(clock.now()):
            return None
        taken = await info.context.loaders.exam_attempts.load((self.model.id, user.person_id))
        return attempts.result_of(self.model.grading_method, taken)

    @strawberry.field(extensions=allow(*BANK_KEEPERS), description="Fixed questions and rules.")
    async def paper(self, info: Info) -> list[PaperRule]:
        items = await exams.PaperItem.filter(exam_id=self.model.id).order_by("position")
        paths = dict(await exams.QuestionCategory.all().values_list("id", "path"))
        questions = {
            q.id: q
            for q in await exams.Question.filter(
                id__in=[i.question_id for i in items if i.question_id]
            )
        }
        return [
            PaperRule(
                category=paths[questions[i.question_id].category_id]
                if i.question_id
                else paths[i.category_id],
                type=questions[i.question_id].type if i.question_id else i.type,
                difficulty=i.difficulty,
                count=i.count,
                points=i.points,
            )
            for i in items
        ]


@strawberry.type
class HistogramBin:
    lower: Decimal
    upper: Decimal
    count: int


@strawberry.type
class ItemStatistics:
    number: int
    facility: float | None = strawberry.field(
        description="Mean points / maximum: 0 hard .. 1 easy."
    )
    discrimination: float | None = strawberry.field(
        description="Correlation of the item's score with the rest of the test."
    )
    attempts: int
    question_id: strawberry.Private[int]

    @strawberry.field
    async def question(self, info: Info) -> QuestionNode:
        question = await exams.Question.get(id=self.question_id)
        return (await question_nodes([question]))[0]


@strawberry.type
class UnitExamStatistics:
    attempts: int
    mean: float | None
    pass_rate: float
    unit_id: strawberry.Private[int]

    @strawberry.field
    async def unit(self, info: Info) -> UnitType:
        return UnitType.from_model(await info.context.loaders.unit.load(self.unit_id))


@strawberry.type
class ExamStatistics:
    attempts: int
    mean: float | None
    median: float | None
    std_dev: float | None
    pass_rate: float
    reliability: float | None = strawberry.field(
        description="Cronbach's alpha (KR-20 for 0/1 items): over the questions of a fixed "
        "paper; over the places on the paper when questions are drawn per attempt."
    )
    items: list[ItemStatistics]
    by_unit: list[UnitExamStatistics]
    histogram: list[HistogramBin]

    @classmethod
    def from_model(cls, stats: exam_statistics.Statistics) -> ExamStatistics:
        return cls(
            attempts=stats.attempts,
            mean=stats.mean,
            median=stats.median,
            std_dev=stats.std_dev,
            pass_rate=stats.pass_rate,
            reliability=stats.reliability,
            items=[ItemStatistics(**vars(item)) for item in stats.items],
            by_unit=[UnitExamStatistics(**vars(unit)) for unit in stats.by_unit],
            histogram=[
                HistogramBin(lower=b.lower, upper=b.upper, count=b.count) for b in stats.histogram
            ],
        )


@strawberry.type
class WrongAnswer:
    stem: str
    type: QuestionTypeEnum
    options: list[Option]
    my_answer: list[str] | None
    correct_answer: list[str]
    explanation: str | None
    reference: str | None
    times_wrong: int


# --- node(id:) and visibility --------------------------------------------------------------


async def visible_exam(info: Info, exam: exams.Exam) -> bool:
    return await exams.may_see(require_user(info), await info.context.scope(), exam)


async def _exam_node(info: Info, pk: int) -> ExamType | None:
    exam = await exams.Exam.get_or_none(id=pk)
    return ExamType.from_model(exam) if exam and await visible_exam(info, exam) else None


async def _attempt_node(info: Info, pk: int) -> ExamAttemptType | None:
    user = require_user(info)
    attempt = await exams.ExamAttempt.get_or_none(id=pk)
    if attempt is None:
        return None
    exam = await exams.Exam.get(id=attempt.exam_id)
    keeper = user.has_role(*BANK_KEEPERS) and can_manage(
        user, await info.context.scope(), exam.organizer_id or 0
    )
    if attempt.person_id != user.person_id and not keeper:
        return None
    await attempts.expire_if_due(attempt)
    return ExamAttemptType.from_model(attempt, keeper or released(exam, attempt))


async def _question_node(info: Info, pk: int) -> QuestionNode | None:
    user = require_user(info)
    if not user.has_role(*BANK_KEEPERS):
        return None  # answer keys stay with the bank keepers
    question = await exams.Question.get_or_none(id=pk)
    return (await question_nodes([question]))[0] if question else None


node.register("Exam", _exam_node)
node.register("ExamAttempt", _attempt_node)
node.register("Question", _question_node)


# --- inputs --------------------------------------------------------------------------------


@strawberry.input
class OptionInput:
    key: str
    text: str


@strawberry.input
class CreateQuestionInput:
    category: str
    type: QuestionTypeEnum
    stem: str
    answer: list[str]
    options: list[OptionInput] | None = None
    explanation: str | None = None
    difficulty: int | None = 3
    reference: str | None = None
    tags: list[str] | None = None

    def draft(self) -> QuestionDraft:
        options = [(o.key.strip().upper(), o.text.strip()) for o in self.options or []]
        answer = [a.strip() for a in self.answer]
        if self.type == QuestionType.TRUE_FALSE:
            options = [("T", "正确"), ("F", "错误")]
        if self.type in (
            QuestionType.SINGLE_CHOICE,
            QuestionType.MULTIPLE_CHOICE,
            QuestionType.TRUE_FALSE,
        ):
            answer = sorted({a.upper() for a in answer})
        return QuestionDraft(
            category=exams.category_path(self.category),
            type=self.type,
            stem=self.stem.strip(),
            options=options,
            answer=answer,
            explanation=(self.explanation or "").strip() or None,
            difficulty=3 if self.difficulty is None else self.difficulty,
            reference=(self.reference or "").strip() or None,
            tags=[t.strip() for t in self.tags or [] if t.strip()],
        )


@strawberry.input
class UpdateQuestionInput:
    id: strawberry.ID
    question: CreateQuestionInput


@strawberry.input
class RetireQuestionInput:
    id: strawberry.ID
    active: bool = False


@strawberry.input
class CorrectAnswerKeyInput:
    question_id: strawberry.ID
    answer: list[str]


@strawberry.input
class ImportQuestionsInput:
    file: Upload


@strawberry.input
class FixedQuestionInput:
    question_id: strawberry.ID
    points: Decimal


@strawberry.input
class PaperRuleInput:
    category: str
    count: int
    points: Decimal
    type: QuestionTypeEnum | None = None
    difficulty: int | None = None


@strawberry.input
class PaperInput:
    fixed: list[FixedQuestionInput] | None = None
    rules: list[PaperRuleInput] | None = None


@strawberry.input
class CreateExamInput:
    title: str
    opens_at: datetime
    closes_at: datetime
    duration_minutes: int
    pass_score: Decimal
    audience: AudienceInput
    paper: PaperInput
    max_attempts: int | None = None
    grading_method: GradingMethodEnum | None = GradingMethod.HIGHEST
    shuffle_questions: bool | None = True
    shuffle_options: bool | None = True
    release_results: ResultReleaseEnum | None = ResultRelease.IMMEDIATELY
    partial_credit: PartialCreditEnum | None = PartialCredit.NONE
    practice: bool | None = False
    organizer_unit_id: strawberry.ID | None = None

    def plan(self, default_unit: int | None) -> exams.ExamPlan:
        fixed = [
            (parse_id(f.question_id, "Question", f"paper.fixed.{i}.questionId"), f.points)
            for i, f in enumerate(self.paper.fixed or [])
        ]
        rules = [
            exams.RuleSpec(
                category=r.category,
                count=r.count,
                points=r.points,
                type=r.type,
                difficulty=r.difficulty,
            )
            for r in self.paper.rules or []
        ]
        return exams.ExamPlan(
            title=self.title,
            opens_at=self.opens_at,
            closes_at=self.closes_at,
            duration_minutes=self.duration_minutes,
            pass_score=self.pass_score,
            audience=self.audience.parse(),
            fixed=fixed,
            rules=rules,
            max_attempts=self.max_attempts,
            grading_method=self.grading_method or GradingMethod.HIGHEST,
            shuffle_questions=self.shuffle_questions is not False,
            shuffle_options=self.shuffle_options is not False,
            release=self.release_results or ResultRelease.IMMEDIATELY,
            partial_credit=self.partial_credit or PartialCredit.NONE,
            practice=bool(self.practice),
            organizer_unit_id=parse_optional_id(self.organizer_unit_id, "Unit", "organizerUnitId")
            or default_unit,
        )


@strawberry.input
class ExamIdInput:
    exam_id: strawberry.ID


@strawberry.input
class UpdateExamInput:
    exam_id: strawberry.ID
    exam: CreateExamInput = strawberry.field(description="The whole exam, as createExam takes it.")


@strawberry.input
class CancelExamInput:
    exam_id: strawberry.ID
    reason: str


@strawberry.input
class PublishExamInput:
    exam_id: strawberry.ID


@strawberry.input
class StartExamAttemptInput:
    exam_id: strawberry.ID


@strawberry.input
class AnswerInput:
    question_id: strawberry.ID = strawberry.field(
        description="The paper's own AttemptQuestion.id (or the question bank's Question ID)."
    )
    choices: list[str] | None = None
    text: str | None = None


@strawberry.input
class SaveAnswersInput:
    attempt_id: strawberry.ID
    answers: list[AnswerInput]


@strawberry.input
class SubmitExamAttemptInput:
    attempt_id: strawberry.ID


@strawberry.input
class GradeAnswerInput:
    attempt_question_id: strawberry.ID
    points: Decimal
    feedback: str | None = None


# --- payloads ------------------------------------------------------------------------------


@strawberry.type
class QuestionPayload:
    question: QuestionNode | None = None
    user_errors: list[UserError]


@strawberry.type
class ImportQuestionsPayload:
    imported: int = 0
    rejected: int = 0
    user_errors: list[UserError]


@strawberry.type
class CorrectAnswerKeyPayload:
    question: QuestionNode | None = None
    regraded_attempts: int = 0
    user_errors: list[UserError]


@strawberry.type
class ExamPayload:
    exam: ExamType | None = None
    user_errors: list[UserError]


@strawberry.type
class AttemptPayload:
    attempt: ExamAttemptType | None = None
    user_errors: list[UserError]


@strawberry.type
class GradeAnswerPayload:
    attempt: ExamAttemptType | None = None
    user_errors: list[UserError]


CreateQuestionPayload = named(QuestionPayload, "CreateQuestionPayload")
UpdateQuestionPayload = named(QuestionPayload, "UpdateQuestionPayload")
RetireQuestionPayload = named(QuestionPayload, "RetireQuestionPayload")
CreateExamPayload = named(ExamPayload, "CreateExamPayload")
UpdateExamPayload = named(ExamPayload, "UpdateExamPayload")
CancelExamPayload = named(ExamPayload, "CancelExamPayload")
PublishExamPayload = named(ExamPayload, "PublishExamPayload")
ReleaseExamResultsPayload = named(ExamPayload, "ReleaseExamResultsPayload")
StartExamAttemptPayload = named(AttemptPayload, "StartExamAttemptPayload")
SaveAnswersPayload = named(AttemptPayload, "SaveAnswersPayload")
SubmitExamAttemptPayload = named(AttemptPayload, "SubmitExamAttemptPayload")


async def question_out(question: exams.Question) -> dict[str, Any]:
    return {"question": (await question_nodes([question]))[0]}


def released(exam: exams.Exam, attempt: exams.ExamAttempt) -> bool:
    """An attempt's score and the answer key show once it is closed and the exam's results
    are out: never while it is in progress, nor on an attempt its exam's cancellation closed."""
    if attempt.status == AttemptStatus.IN_PROGRESS or exam.cancelled_at is not None:
        return False
    return exam.results_released(clock.now())


async def attempt_out(info: Info, outcome: attempts.Outcome) -> dict[str, Any]:
    """The payload of an attempt operation, handing what it read to the loaders: the exam and
    the paper (when the operation read it)."""
    attempt, loaders = outcome.attempt, info.context.loaders
    exam = await attempts.exam_with_release(outcome.exam)
    loaders.exam.prime(attempt.exam_id, exam)
    if outcome.lines is not None:
        loaders.attempt_questions.prime(attempt.id, outcome.lines)
    return {"attempt": ExamAttemptType.from_model(attempt, released(exam, attempt))}


async def managed_exam(info: Info, exam_id: int) -> exams.Exam:
    exam = await exams.get_exam(exam_id)
    if not can_manage(require_user(info), await info.context.scope(), exam.organizer_id or 0):
        fail("OUT_OF_SCOPE", "This exam is organised outside your units.", "examId")
    return exam


async def plan_in_scope(
    info: Info, input: CreateExamInput, prefix: tuple[str, ...] = ()
) -> exams.ExamPlan:
    """The exam plan of an input, organised within the caller's units."""
    plan = input.plan(default_unit=info.context.user.scope_unit_id)
    await require_audience_in_scope(
        info, plan.audience, plan.organizer_unit_id, prefix, what="exams"
    )
    return plan


def my_person(info: Info) -> int:
    user = require_user(info)
    if user.person_id is None:
        fail("NO_PERSON", "Your account is not linked to a person.")
    return user.person_id


# --- queries -------------------------------------------------------------------------------


@strawberry.type
class Query:
    @strawberry.field(
        extensions=allow(*BANK_KEEPERS), description="The question bank (current versions)."
    )
    async def questions(
        self,
        first: int | None = None,
        after: str | None = None,
        category: str | None = None,
        type: QuestionTypeEnum | None = None,
        difficulty: int | None = None,
        search: str | None = None,
        include_retired: bool = False,
    ) -> relay.Connection[QuestionNode]:
        rows = exams.Question.filter(is_current=True)
        if not include_retired:
            rows = rows.filter(active=True)
        if category:
            root = await exams.category_at(category)
            rows = rows.filter(
                category_id__in=await exams._categories_under(root.id) if root else []
            )
        if type is not None:
            rows = rows.filter(type=type)
        if difficulty is not None:
            rows = rows.filter(difficulty=difficulty)
        if search and search.strip():
            term = search.strip()[:100]
            rows = rows.filter(Q(stem__icontains=term) | Q(reference__icontains=term))
        page = await paginate(rows, first, after, lambda q: q)
        nodes = await question_nodes([edge.node for edge in page.edges])
        for edge, question in zip(page.edges, nodes, strict=True):
            edge.node = question
        return page

    @strawberry.field(
        extensions=allow(*BANK_KEEPERS), description="Category paths, e.g. 安全生产法 > 第三章."
    )
    async def question_categories(self) -> list[str]:
        return list(
            await exams.QuestionCategory.all().order_by("path").values_list("path", flat=True)
        )

    @strawberry.field(extensions=allow(*STAFF), description="Exams the caller may see.")
    async def exams(
        self,
        info: Info,
        first: int | None = None,
        after: str | None = None,
        status: ExamStatusEnum | None = None,
    ) -> relay.Connection[ExamType]:
        user = require_user(info)
        visible = await exams.visible_exams(user, await info.context.scope(), status)
        return paginate_list(visible, first, after, lambda e: e.id, ExamType.from_model)

    @strawberry.field(extensions=allow(*STAFF), description="The logged-in person's attempts.")
    async def my_attempts(
        self, info: Info, first: int | None = None, after: str | None = None
    ) -> relay.Connection[ExamAttemptType]:
        person_id = require_user(info).person_id or 0
        for attempt in await exams.ExamAttempt.filter(
            person_id=person_id, status=AttemptStatus.IN_PROGRESS
        ):
            await attempts.expire_if_due(attempt)
        taken = {e.id: e for e in await exams.Exam.filter(attempts__person_id=person_id).distinct()}
        rows = exams.ExamAttempt.filter(person_id=person_id)
        return await paginate(
            rows,
            first,
            after,
            lambda a: ExamAttemptType.from_model(a, released(taken[a.exam_id], a)),
        )

    @strawberry.field(extensions=allow(Role.ADMIN, Role.TRAINER, Role.LEADER))
    async def exam_statistics(self, info: Info, exam_id: strawberry.ID) -> ExamStatistics:
        pk = argument_id(exam_id, "Exam", "examId")
        exam = await exams.Exam.get_or_none(id=pk)
        if exam is None or not exams.may_read_statistics(
            require_user(info), await info.context.scope(), exam
        ):
            raise coded_error("NOT_FOUND", "No exam has this ID.")
        return ExamStatistics.from_model(await exam_statistics.statistics(exam))

    @strawberry.field(
        extensions=allow(*BANK_KEEPERS), description="Answers waiting for a person to grade."
    )
    async def grading_queue(
        self, info: Info, exam_id: strawberry.ID, first: int | None = None, after: str | None = None
    ) -> relay.Connection[AttemptQuestionForGrading]:
        pk = argument_id(exam_id, "Exam", "examId")
        exam = await exams.Exam.get_or_none(id=pk)
        if exam is None or not can_manage(
            require_user(info), await info.context.scope(), exam.organizer_id or 0
        ):
            raise coded_error("NOT_FOUND", "No exam has this ID.")
        rows = exams.AttemptQuestion.filter(
            attempt__exam_id=pk, needs_grading=True
        ).prefetch_related("question")
        return await paginate(rows, first, after, AttemptQuestionForGrading.from_model)

    @strawberry.field(
        extensions=allow(*STAFF),
        description="错题本: questions the caller got wrong, once results are out.",
    )
    async def wrong_answers(self, info: Info) -> list[WrongAnswer]:
        person_id = require_user(info).person_id or 0
        rows = (
            await exams.AttemptQuestion.filter(
                attempt__person_id=person_id,
                attempt__status=AttemptStatus.GRADED,
                attempt__exam__practice=False,
            )
            .prefetch_related("question", "attempt__exam")
            .order_by("id")
        )
        book: dict[str, WrongAnswer] = {}
        now = clock.now()
        for row in rows:
            if (
                row.awarded is None
                or row.awarded >= row.points
                or not row.attempt.exam.results_released(now)
            ):
                continue
            q = row.question
            entry = book.get(q.lineage)
            times = entry.times_wrong + 1 if entry else 1
            book[q.lineage] = WrongAnswer(
                stem=q.stem,
                type=q.type,
                options=[Option(key=k, text=t) for k, t in q.options],
                my_answer=row.answer,
                correct_answer=list(q.answer),
                explanation=q.explanation,
                reference=q.reference,
                times_wrong=times,
            )
        return list(book.values())


@strawberry.type
class AttemptQuestionForGrading:
    number: int
    stem: str
    points: Decimal
    answer: list[str] | None
    reference_answer: list[str]
    pk: strawberry.Private[int]

    @strawberry.field
    def id(self) -> strawberry.ID:
        return strawberry.ID(global_id("AttemptQuestion", self.pk))

    @classmethod
    def from_model(cls, row: exams.AttemptQuestion) -> AttemptQuestionForGrading:
        return cls(
            pk=row.id,
            number=row.number,
            stem=row.question.stem,
            points=row.points,
            answer=row.answer,
            reference_answer=list(row.question.answer),
        )


# --- mutations -----------------------------------------------------------------------------


@strawberry.type
class Mutation:
    @mutation(*BANK_KEEPERS)
    async def create_question(
        self, info: Info, input: CreateQuestionInput
    ) -> CreateQuestionPayload:
        async def action() -> dict[str, Any]:
            return await question_out(
                await exams.create_question(input.draft(), info.context.user.id)
            )

        return await respond(CreateQuestionPayload, action)

    @mutation(*BANK_KEEPERS, description="Edit a question; one already used becomes a new version.")
    async def update_question(
        self, info: Info, input: UpdateQuestionInput
    ) -> UpdateQuestionPayload:
        async def action() -> dict[str, Any]:
            pk = parse_id(input.id, "Question", "id")
            return await question_out(
                await exams.update_question(pk, input.question.draft(), info.context.user.id)
            )

        return await respond(UpdateQuestionPayload, action)

    @mutation(*BANK_KEEPERS, description="Retire a question (active: false) or bring it back.")
    async def retire_question(self, input: RetireQuestionInput) -> RetireQuestionPayload:
        async def action() -> dict[str, Any]:
            return await question_out(
                await exams.retire_question(parse_id(input.id, "Question", "id"), input.active)
            )

        return await respond(RetireQuestionPayload, action)

    @mutation(
        *BANK_KEEPERS, description="Fix a wrong answer key: every attempt shown it is regraded."
    )
    async def correct_answer_key(
        self, info: Info, input: CorrectAnswerKeyInput
    ) -> CorrectAnswerKeyPayload:
        async def action() -> dict[str, Any]:
            pk = parse_id(input.question_id, "Question", "questionId")
            count = await attempts.correct_answer_key(
                pk, [a.strip().upper() for a in input.answer], info.context.user.id
            )
            return {
                **await question_out(await exams.Question.get(id=pk)),
                "regraded_attempts": count,
            }

        return await respond(CorrectAnswerKeyPayload, action)

    @mutation(
        *BANK_KEEPERS,
        description="xlsx or csv (format in API.md): good rows are imported, "
        "each bad row is a userError with its row number.",
    )
    async def import_questions(
        self, info: Info, input: ImportQuestionsInput
    ) -> ImportQuestionsPayload:
        data = await input.file.read()
        result = parse_questions(data, getattr(input.file, "filename", None) or "upload.csv")
        try:
            imported = await exams.import_questions(
                [d for _, d in result.drafts], info.context.user.id
            )
        except DomainError as error:
            return ImportQuestionsPayload(user_errors=user_errors(error))
        rejected = len(
            {p.field for p in result.problems if p.field and p.field[:2] == ("file", "row")}
        )
        return ImportQuestionsPayload(
            imported=imported, rejected=rejected, user_errors=problems_to_errors(result.problems)
        )

    @mutation(*BANK_KEEPERS)
    async def create_exam(self, info: Info, input: CreateExamInput) -> CreateExamPayload:
        async def action() -> dict[str, Any]:
            plan = await plan_in_scope(info, input)
            exam = await exams.create_exam(plan, info.context.user.id)
            return {"exam": ExamType.from_model(exam)}

        return await respond(CreateExamPayload, action)

    @mutation(*BANK_KEEPERS, description="Edit a draft exam as a whole (EXAM_NOT_DRAFT after).")
    async def update_exam(self, info: Info, input: UpdateExamInput) -> UpdateExamPayload:
        async def action() -> dict[str, Any]:
            exam = await managed_exam(info, parse_id(input.exam_id, "Exam", "examId"))
            plan = await plan_in_scope(info, input.exam, ("exam",))
            return {"exam": ExamType.from_model(await exam_changes.update_exam(exam.id, plan))}

        return await respond(UpdateExamPayload, action)

    @mutation(
        *BANK_KEEPERS,
        description="Cancel a published exam: attempts in progress are closed, its ledger points "
        "withdrawn; nobody can take it any more.",
    )
    async def cancel_exam(self, info: Info, input: CancelExamInput) -> CancelExamPayload:
        async def action() -> dict[str, Any]:
            exam = await managed_exam(info, parse_id(input.exam_id, "Exam", "examId"))
            cancelled = await exam_changes.cancel_exam(exam.id, input.reason)
            return {"exam": ExamType.from_model(cancelled)}

        return await respond(CancelExamPayload, action)

    @mutation(
        *BANK_KEEPERS, description="Checks that every rule can be filled; the paper is then fixed."
    )
    async def publish_exam(self, info: Info, input: PublishExamInput) -> PublishExamPayload:
        async def action() -> dict[str, Any]:
            exam = await managed_exam(info, parse_id(input.exam_id, "Exam", "examId"))
            return {"exam": ExamType.from_model(await exams.publish_exam(exam.id))}

        return await respond(PublishExamPayload, action)

    @mutation(*BANK_KEEPERS, description="Release the results of an exam set to MANUAL release.")
    async def release_exam_results(
        self, info: Info, input: ExamIdInput
    ) -> ReleaseExamResultsPayload:
        async def action() -> dict[str, Any]:
            exam = await managed_exam(info, parse_id(input.exam_id, "Exam", "examId"))
            return {"exam": ExamType.from_model(await exams.release_results(exam.id))}

        return await respond(ReleaseExamResultsPayload, action)

    @mutation(*STAFF, description="Start (or resume) an attempt: the paper is drawn for it.")
    async def start_exam_attempt(
        self, info: Info, input: StartExamAttemptInput
    ) -> StartExamAttemptPayload:
        async def action() -> dict[str, Any]:
            pk = parse_id(input.exam_id, "Exam", "examId")
            return await attempt_out(info, await attempts.start_attempt(pk, my_person(info)))

        return await respond(StartExamAttemptPayload, action)

    @mutation(*STAFF, description="Autosave any subset of answers until the deadline.")
    async def save_answers(self, info: Info, input: SaveAnswersInput) -> SaveAnswersPayload:
        async def action() -> dict[str, Any]:
            pk = parse_id(input.attempt_id, "ExamAttempt", "attemptId")
            answers = []
            problems = []
            for index, answer in enumerate(input.answers):
                decoded = decode(answer.question_id)
                if decoded is None or decoded[0] not in ("AttemptQuestion", "Question"):
                    problems.append(
                        Problem(
                            "INVALID_ID",
                            "questionId must be an AttemptQuestion ID (or a Question ID).",
                            ("answers", str(index), "questionId"),
                        )
                    )
                    continue
                kind, named_pk = decoded
                answers.append(
                    attempts.AnswerSpec(
                        named_pk if kind == "Question" else None,
                        answer.choices,
                        answer.text,
                        line_id=named_pk if kind == "AttemptQuestion" else None,
                    )
                )
            if problems:
                raise DomainError(problems)
            outcome = await attempts.save_answers(pk, my_person(info), answers)
            return await attempt_out(info, outcome)

        return await respond(SaveAnswersPayload, action)

    @mutation(*STAFF)
    async def submit_exam_attempt(
        self, info: Info, input: SubmitExamAttemptInput
    ) -> SubmitExamAttemptPayload:
        async def action() -> dict[str, Any]:
            pk = parse_id(input.attempt_id, "ExamAttempt", "attemptId")
            return await attempt_out(info, await attempts.submit_attempt(pk, my_person(info)))

        return await respond(SubmitExamAttemptPayload, action)

    @mutation(*BANK_KEEPERS, description="Grade a short answer or an unmatched blank.")
    async def grade_answer(self, info: Info, input: GradeAnswerInput) -> GradeAnswerPayload:
        async def action() -> dict[str, Any]:
            pk = parse_id(input.attempt_question_id, "AttemptQuestion", "attemptQuestionId")
            row = await exams.AttemptQuestion.get_or_none(id=pk).prefetch_related("attempt__exam")
            if row is not None:
                await managed_exam(info, row.attempt.exam_id)
            user_id = info.context.user.id
            attempt = await attempts.grade_answer(pk, input.points, input.feedback, user_id)
            return {"attempt": ExamAttemptType.from_model(attempt, True)}

        return await respond(GradeAnswerPayload, action)
