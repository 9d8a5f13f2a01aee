"""Exams: question banks, papers, attempts, grading, results and statistics."""

from __future__ import annotations

from datetime import datetime
from decimal import Decimal
from typing import Any

import strawberry
from strawberry import Info, relay

from models import attempts, clock, exam_changes, exam_statistics, exams, training
from models.errors import fail
from models.exams import AttemptStatus, ExamStatus, GradingMethod, PartialCredit, ResultRelease
from models.org import Role
from models.scope import can_manage
from schema import node, reads
from schema.audit import mutation
from schema.errors import UserError, coded_error, named, respond
from schema.ids import argument_id, parse_id, parse_optional_id
from schema.org import UnitType, units_of
from schema.pagination import paginate_list
from schema.permissions import STAFF, allow, logged_in, require_user
from schema.questions import (
    BANK_KEEPERS,
    QuestionNode,
    QuestionTypeEnum,
    category_paths,
)
from schema.training import Audience, require_audience_in_scope
from schema.training_inputs import AudienceInput

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


# --- relations, fetched for many parents at once (see schema.reads) -----------------------


async def my_results(context: Any, exams_: list[ExamType]) -> list[Decimal | None]:
    """The caller's result of each exam whose results are out: their attempts at all of them
    come in one statement."""
    user = logged_in(context)
    now = clock.now()
    shown = [e for e in exams_ if user.person_id is not None and e.model.results_released(now)]
    taken = await context.loaders.exam_attempts.load_many(
        [(e.model.id, user.person_id) for e in shown]
    )
    results = {
        id(e): attempts.result_of(e.model.grading_method, rows)
        for e, rows in zip(shown, taken, strict=True)
    }
    return [results.get(id(e)) for e in exams_]


async def papers(context: Any, exams_: list[ExamType]) -> list[list[PaperRule]]:
    """The paper of each exam: its items, their questions and the category paths, one
    statement each for all the exams."""
    ids = [e.model.id for e in exams_]
    items = await exams.PaperItem.filter(exam_id__in=set(ids)).order_by("position", "id")
    paths = dict(await exams.QuestionCategory.all().values_list("id", "path"))
    fixed = {i.question_id for i in items if i.question_id}
    questions = {q.id: q for q in await exams.Question.filter(id__in=fixed)} if fixed else {}
    by_exam: dict[int, list[PaperRule]] = {pk: [] for pk in ids}
    for i in items:
        question = questions[i.question_id] if i.question_id else None
        by_exam[i.exam_id].append(
            PaperRule(
                category=paths[question.category_id if question else i.category_id],
                type=question.type if question else i.type,
                difficulty=i.difficulty,
                count=i.count,
                points=i.points,
                question=(
                    QuestionNode.from_model(question, paths[question.category_id])
                    if question
                    else None
                ),
            )
        )
    return [by_exam[pk] for pk in ids]


async def progress_of(context: Any, exams_: list[ExamType]) -> list[ExamProgress | None]:
    """How far the people of each exam have got, for those who read its statistics (null for
    anyone else): three statements for all the exams."""
    user = logged_in(context)
    scope = await context.scope()
    shown = [e.model for e in exams_ if exams.may_read_statistics(user, scope, e.model)]
    found = await exam_statistics.progress(shown)
    return [
        ExamProgress(**vars(found[e.model.id])) if e.model.id in found else None for e in exams_
    ]


async def item_questions(context: Any, items: list[ItemStatistics]) -> list[QuestionNode]:
    """The question of each item of a statistics report: two statements for all the items."""
    found = {q.id: q for q in await exams.Question.filter(id__in={i.question_id for i in items})}
    paths = await category_paths(found.values())
    return [
        QuestionNode.from_model(found[i.question_id], paths[found[i.question_id].category_id])
        for i in items
    ]


# --- types ---------------------------------------------------------------------------------


@strawberry.type
class PaperRule:
    category: str
    type: QuestionTypeEnum | None
    difficulty: int | None
    count: int
    points: Decimal
    question: QuestionNode | None = strawberry.field(
        default=None, description="The fixed question (the version on the paper); null for a rule."
    )


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

    @reads.relation(my_results, description="The logged-in person's result by the grading method.")
    async def my_result(self, info: Info) -> Decimal | None:
        return await reads.load(my_results, self, info)

    @reads.relation(
        papers, extensions=allow(*BANK_KEEPERS), description="Fixed questions and rules."
    )
    async def paper(self, info: Info) -> list[PaperRule]:
        return await reads.load(papers, self, info)

    @strawberry.field(
        extensions=allow(*BANK_KEEPERS),
        description="Who the exam is for, as it was set (units, categories, people).",
    )
    def audience(self) -> Audience:
        data = training.Audience.from_json(self.model.audience)
        return Audience(
            unit_ids=data.unit_ids, categories=data.categories, person_ids=data.person_ids
        )

    @reads.relation(
        progress_of,
        description="How far its people have got (the live progress of an open exam): for "
        "those who read its statistics, null for anyone else.",
    )
    async def progress(self, info: Info) -> ExamProgress | None:
        return await reads.load(progress_of, self, info)


@strawberry.type
class ExamProgress:
    audience: int = strawberry.field(description="Active people the exam is for, as now.")
    started: int = strawberry.field(description="People who have started an attempt.")
    in_progress: int = strawberry.field(
        description="People answering now: an attempt open and before its deadline."
    )
    submitted: int = strawberry.field(
        description="People with a finished attempt: submitted, timed out or graded."
    )


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

    @reads.relation(item_questions)
    async def question(self, info: Info) -> QuestionNode:
        return await reads.load(item_questions, self, info)


@strawberry.type
class UnitExamStatistics:
    attempts: int
    mean: float | None
    pass_rate: float
    unit_id: strawberry.Private[int]

    @reads.relation(units_of)
    async def unit(self, info: Info) -> UnitType:
        return await reads.load(units_of, self, info)


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


# --- node(id:) and visibility --------------------------------------------------------------


async def visible_exam(info: Info, exam: exams.Exam) -> bool:
    return await exams.may_see(require_user(info), await info.context.scope(), exam)


async def _exam_node(info: Info, pk: int) -> ExamType | None:
    exam = await exams.Exam.get_or_none(id=pk)
    return ExamType.from_model(exam) if exam and await visible_exam(info, exam) else None


node.register("Exam", _exam_node)


# --- inputs --------------------------------------------------------------------------------


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


# --- payloads ------------------------------------------------------------------------------


@strawberry.type
class ExamPayload:
    exam: ExamType | None = None
    user_errors: list[UserError]


CreateExamPayload = named(ExamPayload, "CreateExamPayload")
UpdateExamPayload = named(ExamPayload, "UpdateExamPayload")
CancelExamPayload = named(ExamPayload, "CancelExamPayload")
PublishExamPayload = named(ExamPayload, "PublishExamPayload")
ReleaseExamResultsPayload = named(ExamPayload, "ReleaseExamResultsPayload")


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


# --- queries -------------------------------------------------------------------------------


@strawberry.type
class Query:
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

    @strawberry.field(extensions=allow(Role.ADMIN, Role.TRAINER, Role.LEADER))
    async def exam_statistics(self, info: Info, exam_id: strawberry.ID) -> ExamStatistics:
        pk = argument_id(exam_id, "Exam", "examId")
        exam = await exams.Exam.get_or_none(id=pk)
        if exam is None or not exams.may_read_statistics(
            require_user(info), await info.context.scope(), exam
        ):
            raise coded_error("NOT_FOUND", "No exam has this ID.")
        return ExamStatistics.from_model(await exam_statistics.statistics(exam))


# --- mutations -----------------------------------------------------------------------------


@strawberry.type
class Mutation:
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
