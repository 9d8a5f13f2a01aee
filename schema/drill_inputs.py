"""Drills' enums and input types: what a client plans, rates and comments in."""

from __future__ import annotations

from datetime import datetime
from decimal import Decimal

import strawberry

from models import drills
from models.drills import DrillStatus, DrillType, HseepRating, ParticipantRole
from schema.ids import parse_id

DrillTypeEnum = strawberry.enum(DrillType, description="桌面推演 / 功能演练 / 实战演练")
DrillStatusEnum = strawberry.enum(
    DrillStatus, description="计划 / 进行中 / 已完成 / 已点评 / 已取消"
)
ParticipantRoleEnum = strawberry.enum(ParticipantRole, description="牵头单位 / 配合单位")
HseepRatingEnum = strawberry.enum(
    HseepRating, description="P 无挑战完成 / S 有一些挑战 / M 有重大挑战 / U 未能完成"
)


# --- inputs ---------------------------------------------------------------------------------


@strawberry.input
class DrillParticipantInput:
    unit_id: strawberry.ID
    role: ParticipantRoleEnum
    person_ids: list[strawberry.ID] | None = None


@strawberry.input
class RubricTaskInput:
    key: str
    title: str
    max_points: int
    criteria: str


@strawberry.input
class RubricSectionInput:
    key: str
    title: str
    tasks: list[RubricTaskInput]


@strawberry.input
class PlanDrillInput:
    title: str
    type: DrillTypeEnum
    scheduled_at: datetime
    organizer_unit_id: strawberry.ID
    participants: list[DrillParticipantInput]
    evaluator_ids: list[strawberry.ID]
    scenario_key: str | None = None
    location: str | None = None
    leader_ids: list[strawberry.ID] | None = None
    rubric: list[RubricSectionInput] | None = strawberry.field(
        default=None, description="A custom rubric instead of the scenario's."
    )

    def plan(self) -> drills.DrillPlan:
        return drills.DrillPlan(
            title=self.title,
            type=self.type,
            scheduled_at=self.scheduled_at,
            organizer_unit_id=parse_id(self.organizer_unit_id, "Unit", "organizerUnitId"),
            participants=[
                drills.ParticipantSpec(
                    unit_id=parse_id(p.unit_id, "Unit", f"participants.{i}.unitId"),
                    role=p.role,
                    person_ids=[
                        parse_id(x, "Person", f"participants.{i}.personIds")
                        for x in p.person_ids or []
                    ],
                )
                for i, p in enumerate(self.participants)
            ],
            evaluator_ids=[parse_id(x, "User", "evaluatorIds") for x in self.evaluator_ids],
            leader_ids=[parse_id(x, "User", "leaderIds") for x in self.leader_ids or []],
            scenario_key=self.scenario_key,
            location=self.location,
            rubric=[
                {
                    "key": s.key,
                    "title": s.title,
                    "tasks": [
                        {
                            "key": t.key,
                            "title": t.title,
                            "maxPoints": t.max_points,
                            "criteria": t.criteria,
                        }
                        for t in s.tasks
                    ],
                }
                for s in self.rubric
            ]
            if self.rubric is not None
            else None,
        )


@strawberry.input
class DrillTransitionInput:
    drill_id: strawberry.ID


@strawberry.input
class TaskRatingInput:
    task_key: str
    points: Decimal
    note: str | None = None
    rating: HseepRatingEnum | None = None


@strawberry.input
class SubmitDrillEvaluationInput:
    drill_id: strawberry.ID
    unit_id: strawberry.ID | None = strawberry.field(
        default=None, description="Null rates the drill-wide coordination section of a joint drill."
    )
    ratings: list[TaskRatingInput]
    final: bool = strawberry.field(
        default=True, description="false saves a draft without submitting."
    )


@strawberry.input
class CorrectDrillEvaluationInput:
    drill_id: strawberry.ID
    evaluator_id: strawberry.ID
    unit_id: strawberry.ID | None = None
    ratings: list[TaskRatingInput]


@strawberry.input
class AddDrillCommentInput:
    drill_id: strawberry.ID
    body: str
    parent_id: strawberry.ID | None = None
    task_key: str | None = None
    is_review: bool | None = False


@strawberry.input
class EditDrillCommentInput:
    comment_id: strawberry.ID
    body: str
