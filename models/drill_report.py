"""The after-action report of a drill (演练评估报告), as a printable HTML page and a workbook.

`report_data` gathers what the report shows for one viewer; `report_html` and `report_xlsx`
lay it out, and the GraphQL `drillReport` serves the same data:

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

import html
from dataclasses import dataclass
from datetime import date, datetime
from decimal import Decimal

from openpyxl import Workbook
from openpyxl.styles import Alignment, Font
from openpyxl.worksheet.worksheet import Worksheet

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
from models.exports import (
    BOLD,
    BOX,
    CENTER,
    PERCENT,
    _save,
    fit_columns,
    fit_page,
    put,
    put_header,
    put_row,
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


def _moment(value: datetime | None) -> str:
    return f"{clock.local(value):%Y-%m-%d %H:%M}" if value else NONE


def _participants_text(data: ReportData) -> str:
    return "、".join(f"{u.name}（{ROLE_NAMES[u.role]}）" for u in data.units) or NONE


def _evaluators_text(data: ReportData) -> str:
    if not data.evaluators:
        return NONE
    return f"{'、'.join(data.evaluators)}（已提交 {data.submitted}/{len(data.evaluators)}）"


def _score_text(data: ReportData) -> str:
    return f"{points_text(data.score)} / {points_text(data.max_score)}"


def _basics(data: ReportData) -> list[tuple[str, str]]:
    drill = data.drill
    times = _moment(drill.scheduled_at)
    if drill.started_at or drill.completed_at:
        times += f"（实际 {_moment(drill.started_at)} 至 {_moment(drill.completed_at)}）"
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
        ("演练得分", _score_text(data)),
    ]


def _scope_note(data: ReportData) -> str | None:
    if data.own_draft:
        return "您尚未提交评估，本报告的得分仅含您本人的评分。"
    if data.evaluators and not data.submitted:
        return "尚无评估员提交评估，暂无得分。"
    return None


# --- HTML --------------------------------------------------------------------------------------

CSS = """
@page { size: A4; margin: 16mm 15mm 18mm; }
* { box-sizing: border-box; }
html { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
body {
  margin: 0; color: #1a1a1a; background: #e9ecef; font-size: 10.5pt; line-height: 1.6;
  font-family: "Noto Serif CJK SC", "Source Han Serif SC", "Songti SC", SimSun, serif;
}
h1, h2, h3, th, .label {
  font-family: "Noto Sans CJK SC", "Source Han Sans SC", "PingFang SC", "Microsoft YaHei",
    SimHei, sans-serif;
}
.page {
  width: 210mm; min-height: 297mm; margin: 8mm auto; padding: 16mm 15mm 18mm;
  background: #fff; box-shadow: 0 1px 6px rgba(0, 0, 0, .2);
}
h1 { font-size: 20pt; text-align: center; margin: 0 0 2mm; letter-spacing: .2em; }
.subtitle { text-align: center; font-size: 12pt; margin: 0 0 6mm; }
h2 {
  font-size: 13pt; margin: 7mm 0 3mm; padding-bottom: 1mm; border-bottom: 1.5px solid #1f4e79;
  color: #1f4e79; break-after: avoid; page-break-after: avoid;
}
h3 { font-size: 11pt; margin: 4mm 0 2mm; break-after: avoid; page-break-after: avoid; }
table { width: 100%; border-collapse: collapse; margin: 0 0 3mm; }
th, td { border: 1px solid #8c8c8c; padding: 1.2mm 2mm; vertical-align: top; text-align: left; }
th { background: #ddebf7; font-weight: 600; }
thead { display: table-header-group; }
tr { break-inside: avoid; page-break-inside: avoid; }
td.num, th.num { text-align: right; white-space: nowrap; font-variant-numeric: tabular-nums; }
tr.total td { font-weight: 700; background: #f5f5f5; }
table.basics th { width: 26mm; }
table.scores, table.tasks, table.notes, table.actions { table-layout: fixed; }
table.scores th:nth-child(n+2) { width: 16%; }
table.tasks th:first-child { width: 20%; }
table.tasks th:nth-child(n+3) { width: 12%; }
table.notes th:first-child { width: 32%; }
table.notes th:nth-child(2) { width: 18%; }
table.actions th:first-child { width: 7%; }
table.actions th:nth-child(3) { width: 14%; }
table.actions th:nth-child(4), table.actions th:nth-child(6) { width: 10%; }
table.actions th:nth-child(5) { width: 13%; }
table.actions th:nth-child(7) { width: 20%; }
.note { color: #8a4b00; background: #fff4e0; padding: 1.5mm 3mm; margin: 0 0 3mm; }
.empty { color: #666; }
ol { margin: 0; padding-left: 7mm; }
li { margin: 0 0 1.5mm; break-inside: avoid; }
.criteria { color: #555; font-size: 9pt; }
.comment { border-left: 3px solid #1f4e79; padding: 1mm 3mm; margin: 0 0 3mm; break-inside: avoid; }
.comment .meta { color: #555; font-size: 9pt; }
.comment .body, .pre { white-space: pre-wrap; overflow-wrap: anywhere; }
.badge { display: inline-block; padding: 0 1.5mm; border: 1px solid #1f4e79; color: #1f4e79;
  font-size: 8.5pt; margin-right: 1.5mm; }
.overdue { color: #b00020; font-weight: 700; }
footer { margin-top: 8mm; color: #666; font-size: 9pt; text-align: right; }
@media print {
  body { background: #fff; }
  .page { width: auto; min-height: 0; margin: 0; padding: 0; box-shadow: none; }
}
"""

NUMERALS = "一二三四五六七八九十"


def _e(value: object) -> str:
    return html.escape(str(value))


def _table(
    headers: list[str],
    rows: list[list[str]],
    numeric: frozenset[int] = frozenset(),
    total: bool = False,
    css: str | None = None,
) -> str:
    """A table of already-escaped cells; `numeric` columns align right; with `total` the last
    row is a totals row; `css` is the table's class."""

    def cell(tag: str, index: int, value: str) -> str:
        kind = ' class="num"' if index in numeric else ""
        return f"<{tag}{kind}>{value}</{tag}>"

    head = "".join(cell("th", i, _e(h)) for i, h in enumerate(headers))
    body = []
    for number, row in enumerate(rows, start=1):
        kind = ' class="total"' if total and number == len(rows) else ""
        body.append(f"<tr{kind}>{''.join(cell('td', i, v) for i, v in enumerate(row))}</tr>")
    table = f'<table class="{css}">' if css else "<table>"
    return f"{table}<thead><tr>{head}</tr></thead><tbody>{''.join(body)}</tbody></table>"


def _score_rows(score: scoring.UnitScore) -> list[list[str]]:
    rows = [
        [
            _e(s.title),
            _e(points_text(s.score)),
            _e(points_text(s.max_score)),
            _e(share_text(s.score, s.max_score)),
        ]
        for s in score.sections
    ]
    rows.append(
        [
            "合计",
            _e(points_text(score.total)),
            _e(points_text(score.max_total)),
            _e(share_text(score.total, score.max_total)),
        ]
    )
    return rows


def _task_list(items: list[ReportTask]) -> str:
    if not items:
        return '<p class="empty">无。</p>'
    entries = "".join(
        f'<li><span class="label">{_e(i.section)} · {_e(i.task.title)}</span>'
        f"（满分 {_e(points_text(i.task.max_points))}）"
        f'<div class="criteria">{_e(i.task.criteria)}</div></li>'
        for i in items
    )
    return f"<ol>{entries}</ol>"


def report_html(data: ReportData) -> str:
    """The report as one self-contained page, laid out for A4 paper."""
    drill = data.drill
    parts: list[str] = []
    numbers = iter(NUMERALS)

    def heading(title: str) -> None:
        parts.append(f"<h2>{next(numbers)}、{_e(title)}</h2>")

    heading("基本情况")
    note = _scope_note(data)
    if note:
        parts.append(f'<p class="note">{_e(note)}</p>')
    basics = "".join(f"<tr><th>{_e(k)}</th><td>{_e(v)}</td></tr>" for k, v in _basics(data))
    parts.append(f'<table class="basics"><tbody>{basics}</tbody></table>')

    heading("评估得分")
    headers = ["评估环节", "得分", "满分", "得分率"]
    for unit in data.units:
        evaluated = f"评估员 {unit.score.evaluators} 人"
        parts.append(f"<h3>{_e(unit.name)}（{_e(ROLE_NAMES[unit.role])}，{_e(evaluated)}）</h3>")
        parts.append(_table(headers, _score_rows(unit.score), frozenset({1, 2, 3}), True, "scores"))
    parts.append(
        '<p class="label">演练得分为各参演单位得分的平均值'
        + ("加协同联动得分" if data.coordination else "")
        + f"：<strong>{_e(_score_text(data))}</strong></p>"
    )

    if data.coordination is not None:
        heading("协同联动")
        rows = [
            [
                _e(t.task.title),
                _e(t.task.criteria),
                _e(points_text(t.score)),
                _e(points_text(t.task.max_points)),
            ]
            for t in data.coordination_tasks
        ]
        c = data.coordination
        rows.append(["合计", "", _e(points_text(c.total)), _e(points_text(c.max_total))])
        parts.append(
            _table(["任务", "评估要点", "得分", "满分"], rows, frozenset({2, 3}), True, "tasks")
        )

    heading("亮点")
    parts.append(_task_list(data.strengths))
    heading("待改进")
    parts.append(_task_list(data.improvements))

    heading("评估员观察记录")
    if data.observations:
        rows = [
            [
                f"{_e(group.section)} · {_e(group.task)}",
                _e(o.unit),
                f'<span class="pre">{_e(o.note)}</span>',
            ]
            for group in data.observations
            for o in group.notes
        ]
        parts.append(_table(["环节 · 任务", "单位", "观察记录"], rows, css="notes"))
    else:
        parts.append('<p class="empty">无。</p>')

    heading("领导点评")
    if data.comments:
        for c in data.comments:
            badge = "点评" if c.is_review else "意见"
            meta = f"{_moment(c.created_at)}" + ("（已修改）" if c.edited else "")
            if c.task:
                meta += f" · 关于：{c.task}"
            parts.append(
                f'<div class="comment"><div><span class="badge">{_e(badge)}</span>'
                f'<strong class="label">{_e(c.author)}</strong> '
                f'<span class="meta">{_e(meta)}</span></div>'
                f'<div class="body">{_e(c.body)}</div></div>'
            )
    else:
        parts.append('<p class="empty">无。</p>')

    heading("整改事项")
    if data.action_items:
        rows = []
        for number, item in enumerate(data.action_items, start=1):
            title = _e(item.title)
            if item.description:
                title += f'<div class="criteria pre">{_e(item.description)}</div>'
            status = _e(ACTION_STATUS_NAMES[item.status])
            if item.overdue:
                status += '<br><span class="overdue">已逾期</span>'
            rows.append(
                [
                    str(number),
                    title,
                    _e(item.owner_unit),
                    _e(item.assignee or NONE),
                    _e(item.due_date.isoformat()),
                    status,
                    f'<span class="pre">{_e(item.evidence or NONE)}</span>',
                ]
            )
        headers = ["序号", "整改事项", "责任单位", "责任人", "完成期限", "状态", "整改情况"]
        parts.append(_table(headers, rows, frozenset({0}), css="actions"))
    else:
        parts.append('<p class="empty">无。</p>')

    title = f"{TITLE} · {drill.title}"
    return (
        '<!DOCTYPE html>\n<html lang="zh-CN">\n<head>\n<meta charset="utf-8">\n'
        '<meta name="viewport" content="width=device-width, initial-scale=1">\n'
        f"<title>{_e(title)}</title>\n<style>{CSS}</style>\n</head>\n<body>\n"
        f'<main class="page">\n<h1>{TITLE}</h1>\n<p class="subtitle">{_e(drill.title)}</p>\n'
        + "\n".join(parts)
        + f"\n<footer>生成时间：{_e(_moment(data.generated_at))}</footer>\n"
        + "</main>\n</body>\n</html>\n"
    )


# --- workbook ----------------------------------------------------------------------------------

WRAP = Alignment(wrap_text=True, vertical="top")
SCORE_HEADERS = ["单位", "角色", "评估环节", "得分", "满分", "得分率", "评估员人数"]
COMMENT_HEADERS = ["序号", "类别", "署名", "关联任务", "内容", "时间"]
ACTION_HEADERS = [
    "序号",
    "整改事项",
    "说明",
    "责任单位",
    "责任人",
    "完成期限",
    "状态",
    "是否逾期",
    "整改情况",
]


def _number(value: Decimal | None) -> float | None:
    return None if value is None else float(value)


def _overview(sheet: Worksheet, data: ReportData) -> None:
    put(sheet, 1, 1, TITLE, font=Font(bold=True, size=16), alignment=CENTER)
    sheet.merge_cells(start_row=1, start_column=1, end_row=1, end_column=2)
    sheet.row_dimensions[1].height = 30
    put_header(sheet, 2, ["项目", "内容"])
    rows: list[tuple[str, str]] = list(_basics(data))
    if data.coordination is not None:
        rows.append(("协同联动得分", _coordination_text(data)))
    note = _scope_note(data)
    if note:
        rows.append(("说明", note))
    for label, items in (("亮点", data.strengths), ("待改进", data.improvements)):
        if not items:
            rows.append((label, "无"))
        for number, item in enumerate(items, start=1):
            rows.append((f"{label} {number}", f"{item.section} · {item.task.title}"))
    for row, (label, value) in enumerate(rows, start=3):
        put(sheet, row, 1, label, font=BOLD, border=BOX, alignment=WRAP)
        put(sheet, row, 2, value, border=BOX, alignment=WRAP)
    fit_columns(sheet, 2, fixed={2: 70})
    fit_page(sheet, 2)


def _coordination_text(data: ReportData) -> str:
    c = data.coordination
    return f"{points_text(c.total)} / {points_text(c.max_total)}" if c else NONE


def _scores(sheet: Worksheet, data: ReportData) -> None:
    put_header(sheet, 1, SCORE_HEADERS)
    row = 1

    def add(values: list, *, bold: bool = False) -> None:
        nonlocal row
        row += 1
        style = {"font": BOLD} if bold else {}
        put_row(sheet, row, values, border=BOX, **style)
        sheet.cell(row=row, column=6).number_format = PERCENT

    for unit in data.units:
        role = ROLE_NAMES[unit.role]
        for s in unit.score.sections:
            add(
                [
                    unit.name,
                    role,
                    s.title,
                    _number(s.score),
                    _number(s.max_score),
                    share(s.score, s.max_score),
                    unit.score.evaluators,
                ]
            )
        total = unit.score
        add(
            [
                unit.name,
                role,
                "合计",
                _number(total.total),
                _number(total.max_total),
                share(total.total, total.max_total),
                total.evaluators,
            ],
            bold=True,
        )
    if data.coordination is not None:
        c = data.coordination
        for t in data.coordination_tasks:
            add(
                [
                    "全体参演单位",
                    "协同联动",
                    t.task.title,
                    _number(t.score),
                    _number(t.task.max_points),
                    share(t.score, t.task.max_points),
                    c.evaluators,
                ]
            )
        add(
            [
                "全体参演单位",
                "协同联动",
                "协同联动合计",
                _number(c.total),
                _number(c.max_total),
                share(c.total, c.max_total),
                c.evaluators,
            ],
            bold=True,
        )
    add(
        [
            "演练得分",
            None,
            "各单位平均" + ("＋协同联动" if data.coordination else ""),
            _number(data.score),
            _number(data.max_score),
            share(data.score, data.max_score),
            None,
        ],
        bold=True,
    )
    fit_columns(sheet, 1)
    fit_page(sheet, 1)


def _comments(sheet: Worksheet, data: ReportData) -> None:
    put_header(sheet, 1, COMMENT_HEADERS)
    rows: list[list] = []
    for c in data.comments:
        rows.append(
            [
                "领导点评" if c.is_review else "领导意见",
                c.author,
                c.task,
                c.body,
                clock.local(c.created_at).replace(tzinfo=None),
            ]
        )
    for group in data.observations:
        for o in group.notes:
            rows.append(
                ["评估员观察", "评估员", f"{o.unit} · {group.section} · {group.task}", o.note, None]
            )
    for number, values in enumerate(rows, start=1):
        put_row(sheet, number + 1, [number, *values], border=BOX, alignment=WRAP)
        sheet.cell(row=number + 1, column=6).number_format = "yyyy-mm-dd hh:mm"
    fit_columns(sheet, 1, fixed={1: 6, 5: 60, 6: 18})
    fit_page(sheet, 1)


def _actions(sheet: Worksheet, data: ReportData) -> None:
    put_header(sheet, 1, ACTION_HEADERS)
    for number, item in enumerate(data.action_items, start=1):
        values = [
            number,
            item.title,
            item.description,
            item.owner_unit,
            item.assignee,
            item.due_date,
            ACTION_STATUS_NAMES[item.status],
            "是" if item.overdue else "否",
            item.evidence,
        ]
        put_row(sheet, number + 1, values, border=BOX, alignment=WRAP)
        sheet.cell(row=number + 1, column=6).number_format = "yyyy-mm-dd"
    fit_columns(sheet, 1, fixed={1: 6, 3: 40, 6: 12, 9: 40})
    fit_page(sheet, 1)


def report_xlsx(data: ReportData) -> bytes:
    """The report as a workbook: sheets 概况, 得分, 点评 (leaders' comments, then the
    evaluators' observations) and 整改事项. Builds in memory; call it in a worker thread."""
    workbook = Workbook()
    overview = workbook.active
    overview.title = "概况"
    _overview(overview, data)
    _scores(workbook.create_sheet("得分"), data)
    _comments(workbook.create_sheet("点评"), data)
    _actions(workbook.create_sheet("整改事项"), data)
    return _save(workbook)
