"""Exam attempts: an officer starts (or resumes) one, autosaves answers and submits; bank keepers
grade what needs a person; results, keys and the wrong-answer book (错题本) once released."""

from __future__ import annotations

from datetime import datetime
from decimal import Decimal
from typing import Any

import strawberry
from strawberry import Info, relay

from models import attempts, clock, exams, practice
from models.errors import DomainError, Problem, fail
from models.exams import AttemptStatus
from models.scope import can_manage
from schema import node, reads
from schema.audit import mutation
from schema.errors import UserError, coded_error, named, respond
from schema.exams import AttemptStatusEnum, ExamType, managed_exam
from schema.ids import argument_id, decode, global_id, parse_id
from schema.org import PersonType, people_by_id
from schema.pagination import paginate
from schema.permissions import STAFF, allow, logged_in, require_user
from schema.questions import (
    BANK_KEEPERS,
    Option,
    QuestionTypeEnum,
)

# --- types ---------------------------------------------------------------------------------


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


# --- relations, fetched for many parents at once (see schema.reads) -----------------------


async def passes(context: Any, rows: list[ExamAttemptType]) -> list[bool | None]:
    scored = [a for a in rows if a.released and a.model.score is not None]
    found = await context.loaders.exam.load_many([a.model.exam_id for a in scored])
    passed = {
        id(a): a.model.score >= exam.pass_score for a, exam in zip(scored, found, strict=True)
    }
    return [passed.get(id(a)) for a in rows]


async def exams_of(context: Any, rows: list[ExamAttemptType]) -> list[ExamType]:
    found = await context.loaders.exam.load_many([a.model.exam_id for a in rows])
    return [ExamType.from_model(exam) for exam in found]


async def attempt_people(context: Any, rows: list[ExamAttemptType]) -> list[PersonType]:
    return await people_by_id(context, [a.model.person_id for a in rows])


async def papers(context: Any, rows: list[ExamAttemptType]) -> list[list[AttemptQuestion]]:
    """Each attempt's paper, with the key where it shows: one statement for all the papers;
    on released practice papers of someone other than a bank keeper, the keys still withheld
    are found once per person for all their papers."""
    lines = await context.loaders.attempt_questions.load_many([a.model.id for a in rows])
    withheld: set[tuple[int, int]] = set()  # (person id, question id)
    released = [(a, paper) for a, paper in zip(rows, lines, strict=True) if a.released]
    if released and not logged_in(context).has_role(*BANK_KEEPERS):
        found = await context.loaders.exam.load_many([a.model.exam_id for a, _ in released])
        asked: dict[int, set[int]] = {}
        for (attempt, paper), exam in zip(released, found, strict=True):
            if exam.practice:
                asked.setdefault(attempt.model.person_id, set()).update(
                    line.question_id for line in paper
                )
        for person_id, question_ids in asked.items():
            hidden = await practice.withheld_questions(person_id, sorted(question_ids))
            withheld |= {(person_id, pk) for pk in hidden}
    return [
        [
            attempt_question(line, a.released, (a.model.person_id, line.question_id) in withheld)
            for line in paper
        ]
        for a, paper in zip(rows, lines, strict=True)
    ]


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

    @strawberry.field(
        description="Whole seconds from now to the deadline by the server's clock, at the time "
        "of this answer (0 once it has passed or the attempt is finished): a countdown that "
        "does not depend on the device's clock."
    )
    def seconds_left(self) -> int:
        if self.status != exams.AttemptStatus.IN_PROGRESS:
            return 0
        return max(0, int((self.deadline - clock.now()).total_seconds()))

    @reads.relation(passes)
    async def passed(self, info: Info) -> bool | None:
        return await reads.load(passes, self, info)

    @reads.relation(exams_of)
    async def exam(self, info: Info) -> ExamType:
        return await reads.load(exams_of, self, info)

    @reads.relation(attempt_people)
    async def person(self, info: Info) -> PersonType:
        return await reads.load(attempt_people, self, info)

    @reads.relation(
        papers, description="The paper in order; no answer key before the results are out."
    )
    async def questions(self, info: Info) -> list[AttemptQuestion]:
        return await reads.load(papers, self, info)


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


node.register("ExamAttempt", _attempt_node)


# --- inputs and payloads -------------------------------------------------------------------


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


@strawberry.type
class AttemptPayload:
    attempt: ExamAttemptType | None = None
    user_errors: list[UserError]


@strawberry.type
class GradeAnswerPayload:
    attempt: ExamAttemptType | None = None
    user_errors: list[UserError]


StartExamAttemptPayload = named(AttemptPayload, "StartExamAttemptPayload")
SaveAnswersPayload = named(AttemptPayload, "SaveAnswersPayload")
SubmitExamAttemptPayload = named(AttemptPayload, "SubmitExamAttemptPayload")


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


def my_person(info: Info) -> int:
    user = require_user(info)
    if user.person_id is None:
        fail("NO_PERSON", "Your account is not linked to a person.")
    return user.person_id


@strawberry.type
class Query:
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
class Mutation:
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
