"""The after-action report of a drill (演练评估报告): its data and the text both layouts share.

`report_data` gathers what the report shows for one viewer; `drill_report_html.report_html`
(the printable page, from templates/drill_report.html) and `drill_report_xlsx.report_xlsx` (the
workbook) lay it out, and the GraphQL `drillReport` serves the same data:

- an evaluator with unsubmitted (draft) ratings sees only their own ratings; everyone else sees
  every submitted rating (`models.drills.visible_ratings`);
- the scores are `models.drills.scores` over those ratings, the drill's maximum is a unit's
  maximum plus the coordination maximum (`scoring.drill_max_score`);
- strengths and areas for improvement are `scoring.strengths_and_improvements` over each task's
  score by the scoring rules (the mean over evaluators, an unrated task counting 0), averaged
  over the participating units that were rated;
- the evaluators' observations are the notes of those ratings, coordination included;
- the action items are those filed against the drill, overdue by the county's date today.

The printed report lists the leaders' comments only (comments by LEADER accounts, formal
reviews first), since the section is 领导点评; `drillReport` returns every comment.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from decimal import Decimal

from drills import catalogue, scoring
from drills.catalogue import RubricTask
from models import clock
from models.actions import ActionItem, ActionStatus
from models.drills import (
    DRILL_WIDE,
    Drill,
    DrillComment,
    DrillParticipant,
    DrillRating,
    DrillStaff,
    DrillStatus,
    DrillType,
    ParticipantRole,
    scores,
    visible_ratings,
)
from models.org import Person, Role, Unit, User

TITLE = "演练评估报告"
TYPE_NAMES = {
    DrillType.TABLETOP: "桌面推演",
    DrillType.FUNCTIONAL: "功能演练",
    DrillType.FULL_SCALE: "实战演练",
}
STATUS_NAMES = {
    DrillStatus.PLANNED: "计划",
    DrillStatus.IN_PROGRESS: "进行中",
    DrillStatus.COMPLETED: "已完成",
    DrillStatus.REVIEWED: "已点评",
    DrillStatus.CANCELLED: "已取消",
}
ROLE_NAMES = {ParticipantRole.LEAD: "牵头单位", ParticipantRole.SUPPORT: "配合单位"}
ACTION_STATUS_NAMES = {
    ActionStatus.OPEN: "待整改",
    ActionStatus.IN_PROGRESS: "整改中",
    ActionStatus.DONE: "已整改",
    ActionStatus.VERIFIED: "已验收",
}
NONE = "—"


# --- the data --------------------------------------------------------------------------------


@dataclass(frozen=True)
class ReportUnit:
    unit_id: int
    name: str
    role: ParticipantRole
    score: scoring.UnitScore


@dataclass(frozen=True)
class TaskScore:
    task: RubricTask
    score: Decimal | None  # the mean over the evaluators, an unrated task counting 0


@dataclass(frozen=True)
class ReportTask:
    section: str
    task: RubricTask


@dataclass(frozen=True)
class Observation:
    unit: str
    note: str


@dataclass(frozen=True)
class ObservationGroup:
    section: str
    task: str
    notes: tuple[Observation, ...]


@dataclass(frozen=True)
class ReportComment:
    author: str
    body: str
    is_review: bool
    task: str | None
    created_at: datetime
    edited: bool


@dataclass(frozen=True)
class ReportAction:
    title: str
    description: str | None
    owner_unit: str
    assignee: str | None
    due_date: date
    status: ActionStatus
    overdue: bool
    evidence: str | None


@dataclass
class ReportData:
    drill: Drill
    scenario: str | None  # the scenario's title; None for a custom rubric
    organizer: str
    units: list[ReportUnit]  # lead unit first, then by unit ID
    evaluators: list[str]
    submitted: int  # how many evaluators have submitted
    leaders: list[str]
    own_draft: bool  # the viewer is an evaluator seeing their own unsubmitted ratings
    coordination: scoring.UnitScore | None
    coordination_tasks: list[TaskScore]
    score: Decimal | None
    max_score: Decimal
    strengths: list[ReportTask]
    improvements: list[ReportTask]
    observations: list[ObservationGroup]  # in rubric order
    comments: list[ReportComment]  # formal reviews first, each kind oldest first
    action_items: list[ReportAction]
    generated_at: datetime


async def report_data(drill: Drill, viewer: User) -> ReportData:
    """What the after-action report of `drill` shows `viewer` (see the module's docstring)."""
    staff = await DrillStaff.filter(drill_id=drill.id).order_by("id")
    evaluator_rows = [s for s in staff if s.role == "EVALUATOR"]
    submitted = {s.user_id for s in evaluator_rows if s.submitted_at is not None}
    visible, own = await visible_ratings(drill, viewer.id)
    result = await scores(drill, viewer_id=viewer.id)

    sections = drill.sections()
    coordination_sections = drill.coordination_sections()
    section_of = {
        task.key: section.title
        for section in (*sections, *coordination_sections)
        for task in section.tasks
    }
    tasks = {
        task.key: task for section in (*sections, *coordination_sections) for task in section.tasks
    }

    participants = await DrillParticipant.filter(drill_id=drill.id)
    participants.sort(key=lambda p: (p.role != ParticipantRole.LEAD, p.unit_id))
    comments = await DrillComment.filter(drill_id=drill.id).order_by("id")
    items = await ActionItem.filter(drill_id=drill.id).order_by("id")

    user_ids = {s.user_id for s in staff} | {c.author_id for c in comments}
    users = {u.id: u for u in await User.filter(id__in=user_ids)}
    person_ids = {u.person_id for u in users.values() if u.person_id is not None}
    person_ids |= {i.assignee_id for i in items if i.assignee_id is not None}
    people = dict(await Person.filter(id__in=person_ids).values_list("id", "name"))
    unit_ids = {drill.organizer_id, *(p.unit_id for p in participants)}
    unit_ids |= {i.owner_unit_id for i in items}
    unit_names = dict(await Unit.filter(id__in=unit_ids).values_list("id", "name"))

    def name_of(user_id: int) -> str:
        user = users.get(user_id)
        if user is None:
            return NONE
        return people.get(user.person_id) or user.username

    units = [
        ReportUnit(p.unit_id, unit_names.get(p.unit_id, NONE), p.role, result.units[p.unit_id])
        for p in participants
    ]

    # Strengths and improvements: each task's mean over the evaluators (unrated counting 0, as
    # in the scores), averaged over the units that were rated.
    rows = await visible.order_by("id")
    per_unit: dict[int, dict[str, dict[str, Decimal]]] = {}
    for row in rows:
        if row.unit_key != DRILL_WIDE:
            per_unit.setdefault(row.unit_key, {}).setdefault(str(row.evaluator_id), {})[
                row.task_key
            ] = row.points
    unit_means = [scoring.task_scores(sections, ratings) for ratings in per_unit.values()]
    means = (
        {
            task.key: sum((m.get(task.key, Decimal(0)) for m in unit_means), Decimal(0))
            / len(unit_means)
            for section in sections
            for task in section.tasks
        }
        if unit_means
        else {}
    )
    strengths, improvements = scoring.strengths_and_improvements(sections, means)

    unit_order = {p.unit_id: index for index, p in enumerate(participants)}
    unit_names[DRILL_WIDE] = "全体（协同联动）"
    noted: dict[str, list[DrillRating]] = {}
    for row in rows:
        if row.note:
            noted.setdefault(row.task_key, []).append(row)
    observations = []
    for section in (*sections, *coordination_sections):
        for task in section.tasks:
            found = sorted(
                noted.get(task.key, []), key=lambda r: (unit_order.get(r.unit_key, -1), r.id)
            )
            if found:
                notes = tuple(Observation(unit_names.get(r.unit_key, NONE), r.note) for r in found)
                observations.append(ObservationGroup(section.title, task.title, notes))

    # The coordination section task by task, by the scoring rules (an unrated task counts 0).
    coordination_tasks: list[TaskScore] = []
    if coordination_sections:
        wide: dict[str, dict[str, Decimal]] = {}
        for evaluator_id, task_key, points in await visible.filter(unit_key=DRILL_WIDE).values_list(
            "evaluator_id", "task_key", "points"
        ):
            wide.setdefault(str(evaluator_id), {})[task_key] = points
        means_wide = scoring.task_scores(coordination_sections, wide)
        coordination_tasks = [
            TaskScore(task, means_wide.get(task.key))
            for section in coordination_sections
            for task in section.tasks
        ]

    leaders_comments = [
        c
        for c in comments
        if c.is_review or (c.author_id in users and users[c.author_id].has_role(Role.LEADER))
    ]
    leaders_comments.sort(key=lambda c: (not c.is_review, c.id))
    today = clock.local(clock.now()).date()
    unit_max = sum((s.max_points for s in sections), Decimal(0))
    scenario = catalogue.catalogue().get(drill.scenario_key or "")
    return ReportData(
        drill=drill,
        scenario=scenario.title if scenario else None,
        organizer=unit_names.get(drill.organizer_id, NONE),
        units=units,
        evaluators=[name_of(s.user_id) for s in evaluator_rows],
        submitted=len(submitted),
        leaders=[name_of(s.user_id) for s in staff if s.role == "LEADER"],
        own_draft=own,
        coordination=result.coordination,
        coordination_tasks=coordination_tasks,
        score=result.total,
        max_score=scoring.drill_max_score(
            unit_max, result.coordination.max_total if result.coordination else None
        ),
        strengths=[ReportTask(section_of[t.key], t) for t in strengths],
        improvements=[ReportTask(section_of[t.key], t) for t in improvements],
        observations=observations,
        comments=[
            ReportComment(
                author=name_of(c.author_id),
                body=c.body,
                is_review=c.is_review,
                task=tasks[c.task_key].title if c.task_key in tasks else None,
                created_at=c.created_at,
                edited=c.edited_at is not None,
            )
            for c in leaders_comments
        ],
        action_items=[
            ReportAction(
                title=i.title,
                description=i.description,
                owner_unit=unit_names.get(i.owner_unit_id, NONE),
                assignee=people.get(i.assignee_id) if i.assignee_id is not None else None,
                due_date=i.due_date,
                status=i.status,
                overdue=i.overdue(today),
                evidence=i.evidence,
            )
            for i in items
        ],
        generated_at=clock.now(),
    )


# --- shared formatting -------------------------------------------------------------------------


def points_text(value: Decimal | None) -> str:
    """13.50 -> "13.5", 18.00 -> "18"; no score -> "—"."""
    if value is None:
        return NONE
    return format(value.normalize(), "f")


def share(score: Decimal | None, maximum: Decimal) -> float | None:
    if score is None or not maximum:
        return None
    return float(score / maximum)


def share_text(score: Decimal | None, maximum: Decimal) -> str:
    value = share(score, maximum)
    return NONE if value is None else f"{value:.1%}"


def moment(value: datetime | None) -> str:
    """A moment on the county's wall clock, to the minute; none -> "—"."""
    return f"{clock.local(value):%Y-%m-%d %H:%M}" if value else NONE


def _participants_text(data: ReportData) -> str:
    return "、".join(f"{u.name}（{ROLE_NAMES[u.role]}）" for u in data.units) or NONE


def _evaluators_text(data: ReportData) -> str:
    if not data.evaluators:
        return NONE
    return f"{'、'.join(data.evaluators)}（已提交 {data.submitted}/{len(data.evaluators)}）"


def score_text(data: ReportData) -> str:
    """The drill's score of its maximum: "123.38 / 130"."""
    return f"{points_text(data.score)} / {points_text(data.max_score)}"


def basics(data: ReportData) -> list[tuple[str, str]]:
    """The rows of 基本情况 (label, text), for the page and the overview sheet alike."""
    drill = data.drill
    times = moment(drill.scheduled_at)
    if drill.started_at or drill.completed_at:
        times += f"（实际 {moment(drill.started_at)} 至 {moment(drill.completed_at)}）"
    return [
        ("演练名称", drill.title),
        ("演练场景", data.scenario or "自定义评估表"),
        ("演练类型", TYPE_NAMES.get(drill.type, str(drill.type))),
        ("演练状态", STATUS_NAMES.get(drill.status, str(drill.status))),
        ("演练时间", times),
        ("演练地点", drill.location or NONE),
        ("组织单位", data.organizer),
        ("参演单位", _participants_text(data)),
        ("评估员", _evaluators_text(data)),
        ("点评领导", "、".join(data.leaders) or NONE),
        ("演练得分", score_text(data)),
    ]


def scope_note(data: ReportData) -> str | None:
    """What the scores leave out for this viewer, if anything."""
    if data.own_draft:
        return "您尚未提交评估，本报告的得分仅含您本人的评分。"
    if data.evaluators and not data.submitted:
        return "尚无评估员提交评估，暂无得分。"
    return None
