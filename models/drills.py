"""Drills (演练): planning from a scenario, evaluation against a rubric, leaders' comments (点评),
and the DRILL points that a reviewed drill writes to the ledger.

The rubric is copied into the drill when it is planned, so editing a scenario file never changes
a past drill. A joint drill (more than one participating unit) also has a coordination section,
scored once for the drill as a whole (unit 0 in the ratings table).
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from datetime import datetime
from decimal import Decimal
from enum import StrEnum
from typing import Any

from tortoise import fields
from tortoise.expressions import Q, Subquery
from tortoise.models import Model
from tortoise.queryset import QuerySet
from tortoise.transactions import in_transaction

from drills import catalogue, scoring
from drills.catalogue import CatalogueError, RubricSection
from models import clock, org
from models.assessment import Dimension, restate_points
from models.decimals import scaled
from models.errors import DomainError, Problem, clean_text, fail
from models.org import Role, Unit, User
from models.scope import Scope, can_manage


class DrillType(StrEnum):
    TABLETOP = "TABLETOP"
    FUNCTIONAL = "FUNCTIONAL"
    FULL_SCALE = "FULL_SCALE"


class DrillStatus(StrEnum):
    PLANNED = "PLANNED"
    IN_PROGRESS = "IN_PROGRESS"
    COMPLETED = "COMPLETED"
    REVIEWED = "REVIEWED"
    CANCELLED = "CANCELLED"


class ParticipantRole(StrEnum):
    LEAD = "LEAD"
    SUPPORT = "SUPPORT"


class HseepRating(StrEnum):
    """HSEEP performance ratings: Performed without challenges, with Some, Major challenges,
    or Unable to be performed."""

    P = "P"
    S = "S"
    M = "M"
    U = "U"


NEXT = {
    DrillStatus.PLANNED: DrillStatus.IN_PROGRESS,
    DrillStatus.IN_PROGRESS: DrillStatus.COMPLETED,
    DrillStatus.COMPLETED: DrillStatus.REVIEWED,
}
EVALUATION_OPEN = (DrillStatus.IN_PROGRESS, DrillStatus.COMPLETED)
DRILL_WIDE = 0  # the unit key of coordination ratings
COORDINATION_KEY = "coordination"
MAX_COMMENT = 2000


class Drill(Model):
    id = fields.IntField(primary_key=True)
    title = fields.CharField(max_length=200)
    scenario_key = fields.CharField(max_length=60, null=True)
    type = fields.CharEnumField(DrillType, max_length=12)
    scheduled_at = fields.DatetimeField()
    location = fields.CharField(max_length=200, null=True)
    organizer: fields.ForeignKeyRelation[Unit] = fields.ForeignKeyField(
        "models.Unit", related_name="organized_drills", on_delete=fields.RESTRICT, db_index=True
    )
    status = fields.CharEnumField(DrillStatus, max_length=12, default=DrillStatus.PLANNED)
    rubric = fields.JSONField()
    coordination = fields.JSONField(null=True)  # a section scored for the whole (joint) drill
    started_at = fields.DatetimeField(null=True)
    completed_at = fields.DatetimeField(null=True)
    reviewed_at = fields.DatetimeField(null=True)
    created_by: fields.ForeignKeyNullableRelation[User] = fields.ForeignKeyField(
        "models.User", related_name="drills", null=True, on_delete=fields.RESTRICT, db_index=True
    )
    created_at = fields.DatetimeField(auto_now_add=True)

    class Meta:
        table = "drill"

    def sections(self) -> tuple[RubricSection, ...]:
        return catalogue.rubric_from_dict({"sections": self.rubric})

    def coordination_sections(self) -> tuple[RubricSection, ...]:
        if not self.coordination:
            return ()
        return catalogue.rubric_from_dict({"sections": self.coordination})


class DrillParticipant(Model):
    id = fields.IntField(primary_key=True)
    drill: fields.ForeignKeyRelation[Drill] = fields.ForeignKeyField(
        "models.Drill", related_name="participants", on_delete=fields.RESTRICT
    )
    unit: fields.ForeignKeyRelation[Unit] = fields.ForeignKeyField(
        "models.Unit", related_name="drill_participations", on_delete=fields.RESTRICT, db_index=True
    )
    role = fields.CharEnumField(ParticipantRole, max_length=8)
    person_ids = fields.JSONField(default=list)  # the unit's people who took part, if named

    class Meta:
        table = "drill_participant"
        unique_together = (("drill", "unit"),)


class DrillStaff(Model):
    """Evaluators and invited leaders of a drill."""

    id = fields.IntField(primary_key=True)
    drill: fields.ForeignKeyRelation[Drill] = fields.ForeignKeyField(
        "models.Drill", related_name="staff", on_delete=fields.RESTRICT
    )
    user: fields.ForeignKeyRelation[User] = fields.ForeignKeyField(
        "models.User", related_name="drill_roles", on_delete=fields.RESTRICT, db_index=True
    )
    role = fields.CharField(max_length=10)  # EVALUATOR or LEADER
    submitted_at = fields.DatetimeField(null=True)  # an evaluator's scores are final-for-now

    class Meta:
        table = "drill_staff"
        unique_together = (("drill", "user", "role"),)


class DrillRating(Model):
    """One evaluator's points for one task of one unit (unit 0: the drill as a whole)."""

    id = fields.IntField(primary_key=True)
    drill: fields.ForeignKeyRelation[Drill] = fields.ForeignKeyField(
        "models.Drill", related_name="ratings", on_delete=fields.RESTRICT
    )
    evaluator: fields.ForeignKeyRelation[User] = fields.ForeignKeyField(
        "models.User", related_name="drill_ratings", on_delete=fields.RESTRICT, db_index=True
    )
    unit_key = fields.IntField()
    task_key = fields.CharField(max_length=80)
    points = fields.DecimalField(max_digits=6, decimal_places=2)
    rating = fields.CharEnumField(HseepRating, max_length=1, null=True)
    note = fields.CharField(max_length=1000, null=True)
    # Saved but not submitted: only its evaluator sees it, and it does not count yet.
    draft = fields.BooleanField(default=False)
    updated_at = fields.DatetimeField(auto_now=True)

    class Meta:
        table = "drill_rating"
        unique_together = (("drill", "evaluator", "unit_key", "task_key"),)


class DrillComment(Model):
    id = fields.IntField(primary_key=True)
    drill: fields.ForeignKeyRelation[Drill] = fields.ForeignKeyField(
        "models.Drill", related_name="comments", on_delete=fields.RESTRICT, db_index=True
    )
    author: fields.ForeignKeyRelation[User] = fields.ForeignKeyField(
        "models.User", related_name="drill_comments", on_delete=fields.RESTRICT, db_index=True
    )
    body = fields.TextField()
    is_review = fields.BooleanField(default=False)
    task_key = fields.CharField(max_length=80, null=True)
    parent: fields.ForeignKeyNullableRelation[DrillComment] = fields.ForeignKeyField(
        "models.DrillComment",
        related_name="replies",
        null=True,
        on_delete=fields.RESTRICT,
        db_index=True,
    )
    history = fields.JSONField(default=list)  # earlier bodies, with when they were replaced
    created_at = fields.DatetimeField(auto_now_add=True)
    edited_at = fields.DatetimeField(null=True)

    class Meta:
        table = "drill_comment"


# --- planning --------------------------------------------------------------------------------


@dataclass
class ParticipantSpec:
    unit_id: int
    role: ParticipantRole
    person_ids: list[int]


@dataclass
class DrillPlan:
    title: str
    type: DrillType
    scheduled_at: datetime
    organizer_unit_id: int
    participants: list[ParticipantSpec]
    evaluator_ids: list[int]
    scenario_key: str | None = None
    location: str | None = None
    leader_ids: list[int] | None = None
    rubric: list[dict[str, Any]] | None = None  # a custom rubric instead of the scenario's


def coordination_section() -> list[dict[str, Any]]:
    """The coordination section of a joint drill, scored for the drill as a whole."""
    return catalogue.rubric_to_dict(
        catalogue.rubric_from_dict(
            {
                "sections": [
                    {
                        "key": COORDINATION_KEY,
                        "title": "协同联动",
                        "tasks": [
                            {
                                "key": "coordination.command",
                                "title": "统一指挥",
                                "maxPoints": 10,
                                "criteria": "联合指挥部统一调度，各单位指令一致、无多头指挥",
                            },
                            {
                                "key": "coordination.information",
                                "title": "信息共享",
                                "maxPoints": 10,
                                "criteria": "各单位信息互通及时，现场态势图统一",
                            },
                            {
                                "key": "coordination.handover",
                                "title": "力量衔接",
                                "maxPoints": 10,
                                "criteria": "各救援力量进场、交接、轮换有序，无空档",
                            },
                        ],
                    }
                ]
            }
        )
    )


async def plan_drill(plan: DrillPlan, by: int | None) -> Drill:
    title = clean_text(plan.title, "title", max_length=200)
    problems: list[Problem] = []
    if plan.rubric is not None:
        try:
            sections = catalogue.rubric_from_dict({"sections": plan.rubric})
        except CatalogueError as error:
            fail("INVALID_RUBRIC", str(error), "rubric")
    else:
        scenario = catalogue.catalogue().get(plan.scenario_key or "")
        if scenario is None:
            fail("UNKNOWN_SCENARIO", f"No scenario {plan.scenario_key}.", "scenarioKey")
        if plan.type.value not in scenario.drill_types:
            fail("TYPE_NOT_SUITABLE", f"{scenario.title} is not run as {plan.type.value}.", "type")
        sections = scenario.sections
    if not plan.participants:
        problems.append(
            Problem("NO_PARTICIPANTS", "A drill needs participating units.", ("participants",))
        )
    if len({p.unit_id for p in plan.participants}) != len(plan.participants):
        problems.append(
            Problem("DUPLICATE_PARTICIPANT", "A unit takes part once.", ("participants",))
        )
    if sum(p.role == ParticipantRole.LEAD for p in plan.participants) > 1:
        problems.append(Problem("ONE_LEAD_UNIT", "At most one unit leads.", ("participants",)))
    if not plan.evaluator_ids:
        problems.append(
            Problem("NO_EVALUATORS", "A drill needs at least one evaluator.", ("evaluatorIds",))
        )
    if problems:
        raise DomainError(problems)
    async with in_transaction():
        await org.get_unit(plan.organizer_unit_id, "organizerUnitId")
        for index, participant in enumerate(plan.participants):
            await org.get_unit(participant.unit_id, f"participants.{index}.unitId")
            people = await org.Person.filter(id__in=participant.person_ids).values_list(
                "unit_id", flat=True
            )
            if len(people) != len(set(participant.person_ids)):
                fail(
                    "PERSON_NOT_FOUND",
                    "No person has this ID.",
                    ("participants", str(index), "personIds"),
                )
        staff = []
        for role, ids, field in (
            ("EVALUATOR", plan.evaluator_ids, "evaluatorIds"),
            ("LEADER", plan.leader_ids or [], "leaderIds"),
        ):
            users = {u.id: u for u in await User.filter(id__in=ids)}
            for user_id in dict.fromkeys(ids):
                user = users.get(user_id)
                needed = Role.EVALUATOR if role == "EVALUATOR" else Role.LEADER
                if user is None or not user.active or not user.has_role(needed):
                    fail(
                        f"NOT_AN_{role}",
                        f"Every {field} must be an active {needed.value} account.",
                        field,
                    )
                staff.append((user_id, role))
        drill = await Drill.create(
            title=title,
            scenario_key=None if plan.rubric is not None else plan.scenario_key,
            type=plan.type,
            scheduled_at=clock.utc(plan.scheduled_at),
            location=(plan.location or "").strip()[:200] or None,
            organizer_id=plan.organizer_unit_id,
            rubric=catalogue.rubric_to_dict(sections),
            coordination=coordination_section() if len(plan.participants) > 1 else None,
            created_by_id=by,
        )
        await DrillParticipant.bulk_create(
            [
                DrillParticipant(
                    drill=drill,
                    unit_id=p.unit_id,
                    role=p.role,
                    person_ids=sorted(set(p.person_ids)),
                )
                for p in plan.participants
            ]
        )
        await DrillStaff.bulk_create([DrillStaff(drill=drill, user_id=u, role=r) for u, r in staff])
        return drill


async def get_drill(drill_id: int, *, lock: bool = False) -> Drill:
    query = Drill.select_for_update() if lock else Drill
    drill = await query.get_or_none(id=drill_id)
    if drill is None:
        fail("DRILL_NOT_FOUND", "No drill has this ID.", "drillId")
    return drill


async def transition(drill_id: int, target: DrillStatus, by: int | None) -> Drill:
    """PLANNED -> IN_PROGRESS -> COMPLETED -> REVIEWED in that order, or CANCELLED before review."""
    async with in_transaction():
        drill = await get_drill(drill_id, lock=True)
        if target == DrillStatus.CANCELLED:
            if drill.status in (DrillStatus.REVIEWED, DrillStatus.CANCELLED):
                fail(
                    "INVALID_TRANSITION",
                    f"A {drill.status.value} drill cannot be cancelled.",
                    "drillId",
                )
        elif NEXT.get(drill.status) != target:
            fail(
                "INVALID_TRANSITION",
                f"A {drill.status.value} drill cannot become {target.value}.",
                "drillId",
            )
        now = clock.now()
        drill.status = target
        if target == DrillStatus.IN_PROGRESS:
            drill.started_at = now
        elif target == DrillStatus.COMPLETED:
            drill.completed_at = now
        elif target == DrillStatus.REVIEWED:
            drill.reviewed_at = now
        await drill.save()
        if target == DrillStatus.REVIEWED:
            await _record(drill, by)
        return drill


# --- evaluation ------------------------------------------------------------------------------


@dataclass
class RatingSpec:
    task_key: str
    points: Decimal
    rating: HseepRating | None = None
    note: str | None = None


async def is_staff(drill_id: int, user_id: int, role: str) -> bool:
    return await DrillStaff.exists(drill_id=drill_id, user_id=user_id, role=role)


async def submit_evaluation(
    drill_id: int,
    unit_id: int | None,
    ratings: list[RatingSpec],
    evaluator: User,
    *,
    final: bool = True,
) -> list[DrillRating]:
    """Save an evaluator's ratings of one unit (or, unit None, the drill-wide coordination
    section). Revisable until the drill is REVIEWED; each task's row is upserted on its own key,
    so two evaluators saving at once never overwrite each other."""
    async with in_transaction():
        drill = await get_drill(drill_id)
        if not await is_staff(drill.id, evaluator.id, "EVALUATOR"):
            fail("NOT_AN_EVALUATOR", "You are not an evaluator of this drill.", "drillId")
        if drill.status not in EVALUATION_OPEN:
            fail("EVALUATION_CLOSED", f"A {drill.status.value} drill takes no ratings.", "drillId")
        saved = await _save_ratings(drill, unit_id, ratings, evaluator.id, draft=not final)
        if final:
            await DrillStaff.filter(
                drill_id=drill.id, user_id=evaluator.id, role="EVALUATOR"
            ).update(submitted_at=clock.now())
        return saved


async def correct_evaluation(
    drill_id: int, unit_id: int | None, ratings: list[RatingSpec], evaluator_id: int, by: int
) -> list[DrillRating]:
    """After review the drill stays REVIEWED; a correction of an evaluator's ratings (by an
    admin) restates the DRILL points in the ledger: the old events are reversed, new ones
    recorded, nothing updated in place."""
    async with in_transaction():
        drill = await get_drill(drill_id, lock=True)
        if drill.status != DrillStatus.REVIEWED:
            fail("NOT_REVIEWED", "Before review, evaluators revise their own ratings.", "drillId")
        if not await is_staff(drill.id, evaluator_id, "EVALUATOR"):
            fail("NOT_AN_EVALUATOR", "This user is not an evaluator of this drill.", "evaluatorId")
        saved = await _save_ratings(drill, unit_id, ratings, evaluator_id, draft=False)
        await _record(drill, by)
        return saved


async def _save_ratings(
    drill: Drill, unit_id: int | None, ratings: list[RatingSpec], evaluator_id: int, *, draft: bool
) -> list[DrillRating]:
    if unit_id is None:
        sections = drill.coordination_sections()
        if not sections:
            fail("NOT_A_JOINT_DRILL", "Only a joint drill has a drill-wide section.", "unitId")
    else:
        if not await DrillParticipant.exists(drill_id=drill.id, unit_id=unit_id):
            fail("UNIT_NOT_PARTICIPATING", "This unit does not take part in the drill.", "unitId")
        sections = drill.sections()
    tasks = {task.key: task for section in sections for task in section.tasks}
    problems = []
    for index, spec in enumerate(ratings):
        where = ("ratings", str(index))
        task = tasks.get(spec.task_key)
        if task is None:
            problems.append(
                Problem(
                    "UNKNOWN_TASK",
                    f"No task {spec.task_key} in this rubric.",
                    (*where, "taskKey"),
                )
            )
            continue
        code = scoring.check_rating(task, spec.points)
        if code:
            problems.append(
                Problem(
                    code,
                    f"Points for {task.title} are 0 to {task.max_points}.",
                    (*where, "points"),
                )
            )
        if spec.note and len(spec.note) > 1000:
            problems.append(
                Problem("TOO_LONG", "A note has at most 1000 characters.", (*where, "note"))
            )
    if len({s.task_key for s in ratings}) != len(ratings):
        problems.append(Problem("DUPLICATE_TASK", "A task is rated twice.", ("ratings",)))
    if problems:
        raise DomainError(problems)
    unit_key = DRILL_WIDE if unit_id is None else unit_id
    saved = []
    for spec in ratings:
        values = {
            "points": scaled(spec.points),
            "rating": spec.rating,
            "note": (spec.note or "").strip() or None,
            "draft": draft,
        }
        key = {
            "drill_id": drill.id,
            "evaluator_id": evaluator_id,
            "unit_key": unit_key,
            "task_key": spec.task_key,
        }
        row, _ = await DrillRating.update_or_create(defaults=values, **key)
        saved.append(row)
    return saved


@dataclass
class DrillScores:
    units: dict[int, scoring.UnitScore]
    coordination: scoring.UnitScore | None
    total: Decimal | None


async def visible_ratings(drill: Drill, viewer_id: int | None) -> tuple[Any, bool]:
    """The ratings a viewer sees, and whether they are the viewer's own drafts: an evaluator
    with unsubmitted ratings sees only their own; everyone else every submitted rating."""
    own = viewer_id is not None and await DrillRating.exists(
        drill_id=drill.id, evaluator_id=viewer_id, draft=True
    )
    rows = DrillRating.filter(drill_id=drill.id)
    return (rows.filter(evaluator_id=viewer_id) if own else rows.filter(draft=False)), own


async def scores(drill: Drill, *, viewer_id: int | None = None) -> DrillScores:
    """The drill's scores as `viewer_id` may see them (None: the submitted ratings)."""
    rows, _ = await visible_ratings(drill, viewer_id)
    by_unit: dict[int, dict[str, dict[str, Decimal]]] = defaultdict(lambda: defaultdict(dict))
    for unit_key, evaluator_id, task_key, points in await rows.values_list(
        "unit_key", "evaluator_id", "task_key", "points"
    ):
        by_unit[unit_key][str(evaluator_id)][task_key] = points
    units = await DrillParticipant.filter(drill_id=drill.id).values_list("unit_id", flat=True)
    sections = drill.sections()
    unit_scores = {unit: scoring.unit_score(sections, by_unit.get(unit, {})) for unit in units}
    coordination = None
    if drill.coordination:
        coordination = scoring.unit_score(
            drill.coordination_sections(), by_unit.get(DRILL_WIDE, {})
        )
    total = scoring.drill_score(
        [s.total for s in unit_scores.values()],
        coordination.total if coordination else None,
        coordination.max_total if coordination else None,
    )
    return DrillScores(unit_scores, coordination, total)


async def _record(drill: Drill, by: int | None) -> None:
    """DRILL points for each participating unit (and its named people): the unit's score as a
    share of the rubric's maximum, out of 10."""
    result = await scores(drill)
    for participant in await DrillParticipant.filter(drill_id=drill.id):
        unit_score = result.units[participant.unit_id]
        if unit_score.total is None or not unit_score.max_total:
            continue
        points = scaled(unit_score.total / unit_score.max_total * 10)
        reason = f"{drill.title} · {unit_score.total}/{unit_score.max_total}"
        for person_id in [None, *participant.person_ids]:
            await restate_points(
                dimension=Dimension.DRILL,
                points=points,
                reason=reason,
                source_type="Drill",
                source_id=drill.id,
                kind="unit-score",
                person_id=person_id,
                unit_id=participant.unit_id,
                occurred_at=drill.completed_at or clock.now(),
                recorded_by_id=by,
            )


# --- comments --------------------------------------------------------------------------------


async def may_read(drill: Drill, user: User, scope: Scope) -> bool:
    """Who reads a drill (the drill, its report and export, its comments as they come): the
    managers of its organising unit and the people taking part in it."""
    return can_manage(user, scope, drill.organizer_id) or await takes_part(drill, user)


async def readable_drills(user: User, scope: Scope) -> QuerySet[Drill]:
    """The drills `user` may read, by the rule of `may_read`, as one query."""
    if can_manage(user, scope, None):  # admins, county-wide trainers
        return Drill.all()
    if user.has_role(Role.LEADER) and user.scope_unit_id is None:
        return Drill.all()
    rule = Q(staff__user_id=user.id)
    if user.has_role(Role.TRAINER):
        rule |= Q(organizer_id__in=list(scope.unit_ids or ()))
    person = await org.Person.get_or_none(id=user.person_id) if user.person_id else None
    if person is not None:
        mine = [person.unit_id, *org.ancestors(await org.unit_parents(), person.unit_id)]
        rule |= Q(organizer_id__in=mine) | Q(participants__unit_id__in=mine)
    return Drill.filter(id__in=Subquery(Drill.filter(rule).values("id")))


async def takes_part(drill: Drill, user: User) -> bool:
    """Who may read and write a drill's comments: its evaluators and invited leaders,
    county-level leaders, admins, and the people of the participating and organising units
    (and of the units below them)."""
    if user.has_role(Role.ADMIN):
        return True
    if await DrillStaff.exists(drill_id=drill.id, user_id=user.id):
        return True
    if user.has_role(Role.LEADER) and user.scope_unit_id is None:
        return True  # county leaders comment on any drill
    units = set(await DrillParticipant.filter(drill_id=drill.id).values_list("unit_id", flat=True))
    units.add(drill.organizer_id)
    if user.person_id is not None:
        person = await org.Person.get_or_none(id=user.person_id)
        parents = await org.unit_parents()
        if person and ({person.unit_id, *org.ancestors(parents, person.unit_id)} & units):
            return True
    return False


async def add_comment(
    drill_id: int,
    author: User,
    body: str,
    *,
    parent_id: int | None,
    task_key: str | None,
    is_review: bool,
) -> DrillComment:
    body = (body or "").strip()
    if not body:
        fail("BLANK_COMMENT", "A comment must say something.", "body")
    if len(body) > MAX_COMMENT:
        fail("COMMENT_TOO_LONG", f"A comment has at most {MAX_COMMENT} characters.", "body")
    async with in_transaction():
        drill = await get_drill(drill_id)
        if not await takes_part(drill, author):
            fail("NOT_TAKING_PART", "Only people taking part in the drill may comment.", "drillId")
        if is_review and not author.has_role(Role.LEADER):
            fail("NOT_A_LEADER", "Only leaders give a formal review (点评).", "isReview")
        if drill.status == DrillStatus.CANCELLED:
            fail("DRILL_CANCELLED", "The drill is cancelled.", "drillId")
        if task_key is not None:
            keys = {
                t.key for s in (*drill.sections(), *drill.coordination_sections()) for t in s.tasks
            }
            if task_key not in keys:
                fail("UNKNOWN_TASK", f"No task {task_key} in this rubric.", "taskKey")
        if parent_id is not None and not await DrillComment.exists(id=parent_id, drill_id=drill.id):
            fail("COMMENT_NOT_FOUND", "No comment of this drill has this ID.", "parentId")
        return await DrillComment.create(
            drill_id=drill.id,
            author_id=author.id,
            body=body,
            is_review=is_review,
            task_key=task_key,
            parent_id=parent_id,
            created_at=clock.now(),
        )


async def edit_comment(comment_id: int, author: User, body: str) -> DrillComment:
    body = (body or "").strip()
    if not body:
        fail("BLANK_COMMENT", "A comment must say something.", "body")
    if len(body) > MAX_COMMENT:
        fail("COMMENT_TOO_LONG", f"A comment has at most {MAX_COMMENT} characters.", "body")
    async with in_transaction():
        comment = await DrillComment.select_for_update().get_or_none(id=comment_id)
        if comment is None or comment.author_id != author.id:
            fail("COMMENT_NOT_FOUND", "You have no comment with this ID.", "commentId")
        now = clock.now()
        comment.history = [*comment.history, {"body": comment.body, "replacedAt": now.isoformat()}]
        comment.body, comment.edited_at = body, now
        await comment.save(update_fields=["history", "body", "edited_at"])
        return comment
