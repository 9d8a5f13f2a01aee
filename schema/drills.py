"""Drills: the scenario catalogue, planning, evaluation, leaders' comments (live) and the
after-action report. Corrective actions are in schema/actions.py."""

from __future__ import annotations

from collections.abc import AsyncGenerator
from contextlib import aclosing
from datetime import datetime
from decimal import Decimal
from typing import Any

import strawberry
from strawberry import Info, relay

from drills import catalogue, scoring
from models import actions, drill_reads, drill_report, drills, org, sql
from models.drills import DrillStatus, DrillType
from models.errors import fail
from models.org import Role
from models.scope import can_manage
from schema import live, node, reads
from schema.actions import ActionItemType
from schema.audit import mutation
from schema.drill_access import readable_drill
from schema.drill_inputs import (
    AddDrillCommentInput,
    CorrectDrillEvaluationInput,
    DrillStatusEnum,
    DrillTransitionInput,
    DrillTypeEnum,
    EditDrillCommentInput,
    HseepRatingEnum,
    ParticipantRoleEnum,
    PlanDrillInput,
    SubmitDrillEvaluationInput,
)
from schema.errors import UserError, named, respond
from schema.ids import argument_id, parse_id, parse_optional_id
from schema.org import UnitType, UserType, units_by_id, units_of
from schema.pagination import paginate
from schema.permissions import STAFF, allow, logged_in, require_user

PLANNERS = (Role.ADMIN, Role.TRAINER)


def channel(drill_id: int) -> str:
    return f"drill:{drill_id}:comments"


# --- relations, fetched for many parents at once (see schema.reads) -----------------------


async def score_units_of(context: Any, scores: list[UnitDrillScore]) -> list[UnitType | None]:
    """None for the drill-wide coordination score (unit key 0), which has no unit."""
    return await units_by_id(context, [score.unit_id for score in scores])


async def rating_units_of(context: Any, ratings: list[TaskRating]) -> list[UnitType | None]:
    keys = [None if r.unit_key == drills.DRILL_WIDE else r.unit_key for r in ratings]
    return await units_by_id(context, keys)


async def drill_organizers_of(context: Any, nodes: list[DrillNode]) -> list[UnitType | None]:
    return await units_by_id(context, [node.model.organizer_id for node in nodes])


PARTICIPANT_COLUMNS = ("drill_id", "unit_id", "role")


async def _per_drill(
    nodes: list[DrillNode],
    model: Any,
    columns: tuple[str, ...],
    item: Any,
    where: str = "",
    *values: Any,
) -> list[list[Any]]:
    """Each drill's rows of `model` as `item(row)`, by id, in one statement for all drills;
    `where` is more conditions, with placeholders $1, $2, ... for `values`."""
    ids = sorted({node.model.id for node in nodes})
    by_drill: dict[int, list[Any]] = {pk: [] for pk in ids}
    if ids:
        condition = f'"drill_id" IN ({sql.in_list(len(values) + 1, len(ids))})'
        if where:
            condition += f" AND {where}"
        for row in await sql.rows(model, ("id", *columns), condition, *values, *ids):
            by_drill[row["drill_id"]].append(item(row))
    return [list(by_drill[node.model.id]) for node in nodes]


def _participant(row: dict[str, Any]) -> DrillParticipant:
    return reads.from_row(DrillParticipant, row)


def _rating(row: dict[str, Any]) -> TaskRating:
    return reads.from_row(TaskRating, row)


async def participants_of(context: Any, nodes: list[DrillNode]) -> list[list[DrillParticipant]]:
    """Each drill's participating units, in the order they were planned."""
    return await _per_drill(nodes, drills.DrillParticipant, PARTICIPANT_COLUMNS, _participant)


RATING_COLUMNS = ("drill_id", "task_key", "points", "rating", "note", "unit_key")


async def my_ratings_of(context: Any, nodes: list[DrillNode]) -> list[list[TaskRating]]:
    """The caller's own ratings of each drill, oldest first."""
    user = logged_in(context)
    return await _per_drill(
        nodes, drills.DrillRating, RATING_COLUMNS, _rating, '"evaluator_id" = $1', user.id
    )


async def authors_of(context: Any, comments: list[DrillCommentType]) -> list[UserType | None]:
    ids = [comment.model.author_id for comment in comments]
    found = {user.id: user for user in await context.loaders.user.load_many(ids) if user}
    return reads.shared_by_id(found, ids, UserType.from_model)


async def parent_comments_of(
    context: Any, comments: list[DrillCommentType]
) -> list[DrillCommentType | None]:
    """The comment each one replies to (one statement for all; a comment shared by many
    replies is one object)."""
    ids = [comment.model.parent_id for comment in comments]
    wanted = {pk for pk in ids if pk is not None}
    rows = await drills.DrillComment.filter(id__in=wanted) if wanted else []
    return reads.shared_by_id({row.id: row for row in rows}, ids, DrillCommentType.from_model)


async def comment_drills_of(context: Any, comments: list[DrillCommentType]) -> list[Any]:
    """The drill of each comment (one statement for all; a drill shared by many comments is
    one object)."""
    ids = [comment.model.drill_id for comment in comments]
    rows = await drills.Drill.filter(id__in=set(ids)) if ids else []
    return reads.shared_by_id({row.id: row for row in rows}, ids, DrillNode.from_model)


async def unread_counts_of(context: Any, nodes: list[DrillNode]) -> list[int]:
    """How many comments by others each drill has that the caller has not marked read: one
    statement for all the drills."""
    user = logged_in(context)
    counts = await drill_reads.unread_counts(user.id, [node.model.id for node in nodes])
    return [counts.get(node.model.id, 0) for node in nodes]


# --- types ---------------------------------------------------------------------------------


@strawberry.type
class RubricTask:
    key: str
    title: str
    max_points: Decimal
    criteria: str


@strawberry.type
class RubricSection:
    key: str
    title: str
    max_points: Decimal
    tasks: list[RubricTask]


def sections_out(sections: tuple[catalogue.RubricSection, ...]) -> list[RubricSection]:
    return [
        RubricSection(
            key=s.key,
            title=s.title,
            max_points=s.max_points,
            tasks=[
                RubricTask(key=t.key, title=t.title, max_points=t.max_points, criteria=t.criteria)
                for t in s.tasks
            ],
        )
        for s in sections
    ]


@strawberry.type
class DrillScenario:
    key: str
    title: str
    hazard: str
    drill_types: list[DrillTypeEnum]
    objectives: list[str]
    sections: list[RubricSection]
    max_points: Decimal


@strawberry.type
class SectionScore:
    key: str
    title: str
    score: Decimal | None
    max_score: Decimal


@strawberry.type
class UnitDrillScore:
    score: Decimal | None
    max_score: Decimal
    evaluators: int
    sections: list[SectionScore]
    unit_id: strawberry.Private[int]

    @reads.relation(score_units_of)
    async def unit(self, info: Info) -> UnitType:
        return await reads.load(score_units_of, self, info)


def unit_score_out(unit_id: int, score: scoring.UnitScore) -> UnitDrillScore:
    return UnitDrillScore(
        unit_id=unit_id,
        score=score.total,
        max_score=score.max_total,
        evaluators=score.evaluators,
        sections=[
            SectionScore(key=s.key, title=s.title, score=s.score, max_score=s.max_score)
            for s in score.sections
        ],
    )


@strawberry.type
class DrillParticipant:
    role: ParticipantRoleEnum
    unit_id: strawberry.Private[int]

    @reads.relation(units_of)
    async def unit(self, info: Info) -> UnitType:
        return await reads.load(units_of, self, info)


@strawberry.type(name="Drill")
class DrillNode(relay.Node):
    id: relay.NodeID[int]
    title: str
    scenario_key: str | None
    type: DrillTypeEnum
    status: DrillStatusEnum
    scheduled_at: datetime
    location: str | None
    started_at: datetime | None
    completed_at: datetime | None
    reviewed_at: datetime | None
    model: strawberry.Private[drills.Drill]

    @classmethod
    def from_model(cls, drill: drills.Drill) -> DrillNode:
        return cls(
            id=drill.id,
            title=drill.title,
            scenario_key=drill.scenario_key,
            type=drill.type,
            status=drill.status,
            scheduled_at=drill.scheduled_at,
            location=drill.location,
            started_at=drill.started_at,
            completed_at=drill.completed_at,
            reviewed_at=drill.reviewed_at,
            model=drill,
        )

    @reads.relation(drill_organizers_of)
    async def organizer(self, info: Info) -> UnitType:
        return await reads.load(drill_organizers_of, self, info)

    @reads.relation(participants_of)
    async def participants(self, info: Info) -> list[DrillParticipant]:
        return await reads.load(participants_of, self, info)

    @strawberry.field(description="The rubric copied into the drill when it was planned.")
    def rubric(self) -> list[RubricSection]:
        return sections_out(self.model.sections())

    @strawberry.field(
        description="A joint drill's coordination section, scored for the whole drill."
    )
    def coordination(self) -> list[RubricSection]:
        return sections_out(self.model.coordination_sections())

    @reads.relation(
        my_ratings_of, description="The caller's own ratings, as an evaluator of this drill."
    )
    async def my_ratings(self, info: Info) -> list[TaskRating]:
        return await reads.load(my_ratings_of, self, info)

    @reads.relation(
        unread_counts_of,
        description="Comments by others that the caller has not read yet: those posted since "
        "they last called markDrillCommentsRead on this drill (all of them before that).",
    )
    async def unread_comment_count(self, info: Info) -> int:
        return await reads.load(unread_counts_of, self, info)


@strawberry.type
class TaskRating:
    task_key: str
    points: Decimal
    rating: HseepRatingEnum | None
    note: str | None
    unit_key: strawberry.Private[int]

    @reads.relation(rating_units_of, description="Null for the drill-wide coordination section.")
    async def unit(self, info: Info) -> UnitType | None:
        return await reads.load(rating_units_of, self, info)


def rating_out(row: drills.DrillRating) -> TaskRating:
    return TaskRating(
        task_key=row.task_key,
        points=row.points,
        rating=row.rating,
        note=row.note,
        unit_key=row.unit_key,
    )


@strawberry.type(name="DrillComment")
class DrillCommentType(relay.Node):
    id: relay.NodeID[int]
    body: str
    is_review: bool
    task_key: str | None
    created_at: datetime
    edited_at: datetime | None
    model: strawberry.Private[drills.DrillComment]

    @classmethod
    def from_model(cls, comment: drills.DrillComment) -> DrillCommentType:
        return cls(
            id=comment.id,
            body=comment.body,
            is_review=comment.is_review,
            task_key=comment.task_key,
            created_at=comment.created_at,
            edited_at=comment.edited_at,
            model=comment,
        )

    @reads.relation(authors_of)
    async def author(self, info: Info) -> UserType:
        return await reads.load(authors_of, self, info)

    @reads.relation(parent_comments_of)
    async def parent(self, info: Info) -> DrillCommentType | None:
        return await reads.load(parent_comments_of, self, info)

    @reads.relation(comment_drills_of, description="The drill the comment is on.")
    async def drill(self, info: Info) -> DrillNode:
        return await reads.load(comment_drills_of, self, info)

    @strawberry.field(description="Earlier wordings, oldest first.")
    def history(self) -> list[CommentRevision]:
        return [
            CommentRevision(body=h["body"], replaced_at=datetime.fromisoformat(h["replacedAt"]))
            for h in self.model.history
        ]


@strawberry.type
class CommentRevision:
    body: str
    replaced_at: datetime


@strawberry.type
class DrillReport:
    drill: DrillNode
    score: Decimal | None
    max_score: Decimal
    units: list[UnitDrillScore]
    coordination: UnitDrillScore | None
    strengths: list[RubricTask]
    areas_for_improvement: list[RubricTask]
    observations: list[str]
    comments: list[DrillCommentType]
    action_items: list[ActionItemType]


# --- reading -------------------------------------------------------------------------------


async def _drill_node(info: Info, pk: int) -> DrillNode | None:
    try:
        return DrillNode.from_model(await readable_drill(info, pk))
    except Exception:  # unknown or not allowed: null, as for every node
        return None


async def _comment_node(info: Info, pk: int) -> DrillCommentType | None:
    comment = await drills.DrillComment.get_or_none(id=pk)
    if comment is None or await _drill_node(info, comment.drill_id) is None:
        return None  # as drillCommentsList: for those who may read the drill
    return DrillCommentType.from_model(comment)


node.register("Drill", _drill_node)
node.register("DrillComment", _comment_node)


async def report(drill: drills.Drill, viewer: org.User) -> DrillReport:
    """The after-action report: the same data as the printable page and the workbook
    (models/drill_report.py), with every comment rather than the leaders' only."""
    data = await drill_report.report_data(drill, viewer)
    comments = await drills.DrillComment.filter(drill_id=drill.id).order_by("id")
    items = await actions.ActionItem.filter(drill_id=drill.id).order_by("id")
    return DrillReport(
        drill=DrillNode.from_model(drill),
        score=data.score,
        max_score=data.max_score,
        units=[unit_score_out(u.unit_id, u.score) for u in data.units],
        coordination=unit_score_out(drills.DRILL_WIDE, data.coordination)
        if data.coordination
        else None,
        strengths=[task_out(t.task) for t in data.strengths],
        areas_for_improvement=[task_out(t.task) for t in data.improvements],
        observations=[
            f"{group.task}（{note.unit}）：{note.note}"
            for group in data.observations
            for note in group.notes
        ],
        comments=[DrillCommentType.from_model(c) for c in comments],
        action_items=[ActionItemType.from_model(i) for i in items],
    )


def task_out(task: catalogue.RubricTask) -> RubricTask:
    return RubricTask(
        key=task.key, title=task.title, max_points=task.max_points, criteria=task.criteria
    )


@strawberry.type
class Query:
    @strawberry.field(extensions=allow(*STAFF), description="The scenario catalogue with rubrics.")
    def drill_scenarios(self) -> list[DrillScenario]:
        return [
            DrillScenario(
                key=s.key,
                title=s.title,
                hazard=s.hazard,
                drill_types=[DrillType(t) for t in s.drill_types],
                objectives=list(s.objectives),
                sections=sections_out(s.sections),
                max_points=s.max_points,
            )
            for s in catalogue.catalogue().values()
        ]

    @strawberry.field(
        extensions=allow(*STAFF), description="Drills the caller plans or takes part in."
    )
    async def drills(
        self,
        info: Info,
        first: int | None = None,
        after: str | None = None,
        status: DrillStatusEnum | None = None,
        unit_id: strawberry.ID | None = None,
    ) -> relay.Connection[DrillNode]:
        user = require_user(info)
        scope = await info.context.scope()
        rows = await drills.readable_drills(user, scope)
        if status is not None:
            rows = rows.filter(status=status)
        if unit_id is not None:
            unit = argument_id(unit_id, "Unit", "unitId")
            rows = rows.filter(participants__unit_id=unit).distinct()
        return await paginate(rows, first, after, DrillNode.from_model)

    @strawberry.field(extensions=allow(*STAFF))
    async def drill_report(self, info: Info, drill_id: strawberry.ID) -> DrillReport:
        drill = await readable_drill(info, argument_id(drill_id, "Drill", "drillId"))
        return await report(drill, info.context.user)

    @strawberry.field(extensions=allow(*STAFF))
    async def drill_comments_list(
        self, info: Info, drill_id: strawberry.ID
    ) -> list[DrillCommentType]:
        drill = await readable_drill(info, argument_id(drill_id, "Drill", "drillId"))
        rows = await drills.DrillComment.filter(drill_id=drill.id).order_by("id")
        return [DrillCommentType.from_model(c) for c in rows]


# --- payloads ------------------------------------------------------------------------------


@strawberry.type
class PlanDrillPayload:
    drill: DrillNode | None = None
    user_errors: list[UserError]


@strawberry.type
class DrillTransitionPayload:
    drill: DrillNode | None = None
    user_errors: list[UserError]


@strawberry.type
class SubmitDrillEvaluationPayload:
    ratings: list[TaskRating] | None = None
    user_errors: list[UserError]


@strawberry.type
class DrillCommentPayload:
    comment: DrillCommentType | None = None
    user_errors: list[UserError]


AddDrillCommentPayload = named(DrillCommentPayload, "AddDrillCommentPayload")
EditDrillCommentPayload = named(DrillCommentPayload, "EditDrillCommentPayload")


async def _transition(
    info: Info, input: DrillTransitionInput, target: DrillStatus
) -> DrillTransitionPayload:
    async def action() -> dict[str, Any]:
        drill = await drills.get_drill(parse_id(input.drill_id, "Drill", "drillId"))
        if not can_manage(require_user(info), await info.context.scope(), drill.organizer_id):
            fail("NOT_THE_ORGANIZER", "Only the drill's organiser moves it on.", "drillId")
        return {
            "drill": DrillNode.from_model(
                await drills.transition(drill.id, target, info.context.user.id)
            )
        }

    return await respond(DrillTransitionPayload, action)


@strawberry.type
class Mutation:
    @mutation(
        *PLANNERS,
        description="Plan a drill from a scenario (its rubric is copied in) or a custom rubric.",
    )
    async def plan_drill(self, info: Info, input: PlanDrillInput) -> PlanDrillPayload:
        async def action() -> dict[str, Any]:
            plan = input.plan()
            if not can_manage(
                info.context.user, await info.context.scope(), plan.organizer_unit_id
            ):
                fail(
                    "OUT_OF_SCOPE",
                    "You can only organise drills within your units.",
                    "organizerUnitId",
                )
            return {
                "drill": DrillNode.from_model(await drills.plan_drill(plan, info.context.user.id))
            }

        return await respond(PlanDrillPayload, action)

    @mutation(*PLANNERS)
    async def start_drill(self, info: Info, input: DrillTransitionInput) -> DrillTransitionPayload:
        return await _transition(info, input, DrillStatus.IN_PROGRESS)

    @mutation(*PLANNERS)
    async def complete_drill(
        self, info: Info, input: DrillTransitionInput
    ) -> DrillTransitionPayload:
        return await _transition(info, input, DrillStatus.COMPLETED)

    @mutation(
        *PLANNERS, description="COMPLETED -> REVIEWED: scores are final and the ledger is written."
    )
    async def review_drill(self, info: Info, input: DrillTransitionInput) -> DrillTransitionPayload:
        return await _transition(info, input, DrillStatus.REVIEWED)

    @mutation(*PLANNERS)
    async def cancel_drill(self, info: Info, input: DrillTransitionInput) -> DrillTransitionPayload:
        return await _transition(info, input, DrillStatus.CANCELLED)

    @mutation(Role.EVALUATOR, description="Rate the tasks of one unit (revisable until REVIEWED).")
    async def submit_drill_evaluation(
        self, info: Info, input: SubmitDrillEvaluationInput
    ) -> SubmitDrillEvaluationPayload:
        async def action() -> dict[str, Any]:
            drill_id = parse_id(input.drill_id, "Drill", "drillId")
            unit_id = parse_optional_id(input.unit_id, "Unit", "unitId")
            specs = [
                drills.RatingSpec(r.task_key, r.points, r.rating, r.note) for r in input.ratings
            ]
            rows = await drills.submit_evaluation(
                drill_id, unit_id, specs, info.context.user, final=input.final
            )
            return {"ratings": [rating_out(r) for r in rows]}

        return await respond(SubmitDrillEvaluationPayload, action)

    @mutation(
        Role.ADMIN,
        description="Correct an evaluator's ratings of a REVIEWED drill: the ledger's DRILL "
        "points are restated by reversing events.",
    )
    async def correct_drill_evaluation(
        self, info: Info, input: CorrectDrillEvaluationInput
    ) -> SubmitDrillEvaluationPayload:
        async def action() -> dict[str, Any]:
            rows = await drills.correct_evaluation(
                parse_id(input.drill_id, "Drill", "drillId"),
                parse_optional_id(input.unit_id, "Unit", "unitId"),
                [drills.RatingSpec(r.task_key, r.points, r.rating, r.note) for r in input.ratings],
                parse_id(input.evaluator_id, "User", "evaluatorId"),
                info.context.user.id,
            )
            return {"ratings": [rating_out(r) for r in rows]}

        return await respond(SubmitDrillEvaluationPayload, action)

    @mutation(
        *STAFF, description="A comment or reply by anyone taking part; isReview: a leader's 点评."
    )
    async def add_drill_comment(
        self, info: Info, input: AddDrillCommentInput
    ) -> AddDrillCommentPayload:
        async def action() -> dict[str, Any]:
            comment = await drills.add_comment(
                parse_id(input.drill_id, "Drill", "drillId"),
                info.context.user,
                input.body,
                parent_id=parse_optional_id(input.parent_id, "DrillComment", "parentId"),
                task_key=input.task_key,
                is_review=bool(input.is_review),
            )
            return {"comment": DrillCommentType.from_model(comment)}

        payload = await respond(AddDrillCommentPayload, action)
        if payload.comment is not None:
            info.context.publish_after_commit(
                channel(payload.comment.model.drill_id), {"commentId": payload.comment.id}
            )
        return payload

    @mutation(
        *STAFF, description="Reword your own comment; the earlier wording is kept in its history."
    )
    async def edit_drill_comment(
        self, info: Info, input: EditDrillCommentInput
    ) -> EditDrillCommentPayload:
        async def action() -> dict[str, Any]:
            pk = parse_id(input.comment_id, "DrillComment", "commentId")
            return {
                "comment": DrillCommentType.from_model(
                    await drills.edit_comment(pk, info.context.user, input.body)
                )
            }

        return await respond(EditDrillCommentPayload, action)


@strawberry.type
class Subscription:
    @strawberry.subscription(description="Each new comment on a drill, as it is posted (点评直播).")
    async def drill_comments(
        self, info: Info, drill_id: strawberry.ID
    ) -> AsyncGenerator[DrillCommentType, None]:
        drill = await readable_drill(info, argument_id(drill_id, "Drill", "drillId"))
        found = live.events(
            info,
            channel(drill.id),
            what="Live comments",
            catch_up="read the comments you missed with drillCommentsList",
        )
        async with aclosing(found) as messages:
            async for message in messages:
                comment = await drills.DrillComment.get_or_none(id=message["commentId"])
                if comment is not None:
                    yield DrillCommentType.from_model(comment)
