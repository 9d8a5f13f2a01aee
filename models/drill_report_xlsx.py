"""The after-action report of a drill as a workbook (sheets 概况, 得分, 点评, 整改事项); the
data is `models.drill_report.report_data`'s."""

from __future__ import annotations

from decimal import Decimal

from openpyxl import Workbook
from openpyxl.styles import Alignment, Font
from openpyxl.worksheet.worksheet import Worksheet

from models import clock
from models.drill_report import (
    ACTION_STATUS_NAMES,
    NONE,
    ROLE_NAMES,
    TITLE,
    ReportData,
    basics,
    points_text,
    scope_note,
    share,
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
    rows: list[tuple[str, str]] = list(basics(data))
    if data.coordination is not None:
        rows.append(("协同联动得分", _coordination_text(data)))
    note = scope_note(data)
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
