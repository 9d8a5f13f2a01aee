"""The question bank (题库): questions in categories, their versions, imports, and corrections of
an answer key (which regrade every attempt shown it). Bank keepers only: answers are in here."""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

import strawberry
from strawberry import Info, relay
from strawberry.file_uploads import Upload
from tortoise.expressions import Q

from models import attempts, exams
from models.errors import DomainError
from models.org import Role
from models.question_import import QuestionDraft, QuestionType, parse_questions
from schema import node
from schema.audit import mutation
from schema.errors import UserError, named, problems_to_errors, respond, user_errors
from schema.ids import parse_id
from schema.pagination import paginate
from schema.permissions import allow, require_user

QuestionTypeEnum = strawberry.enum(QuestionType, description="单选 / 多选 / 判断 / 填空 / 简答")

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


async def category_paths(rows: Iterable[exams.Question]) -> dict[int, str]:
    """{category id: path} of these questions' categories (one statement)."""
    ids = {q.category_id for q in rows}
    return dict(await exams.QuestionCategory.filter(id__in=ids).values_list("id", "path"))


async def question_nodes(rows: list[exams.Question]) -> list[QuestionNode]:
    paths = await category_paths(rows)
    return [QuestionNode.from_model(q, paths[q.category_id]) for q in rows]


async def _question_node(info: Info, pk: int) -> QuestionNode | None:
    user = require_user(info)
    if not user.has_role(*BANK_KEEPERS):
        return None  # answer keys stay with the bank keepers
    question = await exams.Question.get_or_none(id=pk)
    return (await question_nodes([question]))[0] if question else None


node.register("Question", _question_node)


# --- inputs and payloads -------------------------------------------------------------------


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


CreateQuestionPayload = named(QuestionPayload, "CreateQuestionPayload")
UpdateQuestionPayload = named(QuestionPayload, "UpdateQuestionPayload")
RetireQuestionPayload = named(QuestionPayload, "RetireQuestionPayload")


async def question_out(question: exams.Question) -> dict[str, Any]:
    return {"question": (await question_nodes([question]))[0]}


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

    @strawberry.field(
        extensions=allow(*BANK_KEEPERS),
        description="The bank's counts for the exam builder: for every category, how many "
        "current, active questions (of this type and difficulty, if given) it holds itself, and "
        "how many a paper rule on it draws from (it and the categories below it).",
    )
    async def question_category_counts(
        self, type: QuestionTypeEnum | None = None, difficulty: int | None = None
    ) -> list[QuestionCategoryCount]:
        rows = await exams.category_counts(type, difficulty)
        return [QuestionCategoryCount(category=p, own_count=o, count=c) for p, o, c in rows]


@strawberry.type
class QuestionCategoryCount:
    category: str = strawberry.field(description="Its path, e.g. 安全生产法 > 第三章.")
    own_count: int = strawberry.field(description="Questions in this category itself.")
    count: int = strawberry.field(
        description="Questions a rule on this category draws from: in it and below it."
    )


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
