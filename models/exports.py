"""Spreadsheet downloads (xlsx, Chinese headers): a session's sign-in sheet and the table of
training quota compliance.

Each export reads what it needs in a fixed number of queries, then builds the workbook in a
worker thread so that a large table does not hold up the event loop.
"""

from __future__ import annotations

import asyncio
import io
import re
import unicodedata
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from openpyxl import Workbook
from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE, Cell
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.worksheet import Worksheet

from assessment.compliance import ComplianceStatus
from models import attendance, clock, quotas
from models.errors import fail
from models.org import Person, PersonCategory, Unit
from models.training import ATTENDED, Attendance, AttendanceStatus, TrainingSession

CATEGORY_NAMES = {
    PersonCategory.PRINCIPAL_LEADER: "主要负责人",
    PersonCategory.DEPUTY_LEADER: "分管负责人",
    PersonCategory.ENFORCEMENT_OFFICER: "执法人员",
    PersonCategory.ASSISTING_STAFF: "配合执法专干",
}
ATTENDANCE_NAMES = {
    AttendanceStatus.UNMARKED: "未标记",
    AttendanceStatus.PRESENT: "出勤",
    AttendanceStatus.LATE: "迟到",
    AttendanceStatus.EXCUSED: "请假",
    AttendanceStatus.ABSENT: "缺勤",
}
COMPLIANCE_NAMES = {
    ComplianceStatus.COMPLIANT: "达标",
    ComplianceStatus.ON_TRACK: "按计划可达标",
    ComplianceStatus.AT_RISK: "有风险",
    ComplianceStatus.NON_COMPLIANT: "未达标",
}

SIGN_IN_HEADERS = [
    "序号",
    "姓名",
    "单位",
    "人员类别",
    "执法证号",
    "签到状态",
    "签到时间",
    "备注",
    "签名",
]
SIGN_IN_TOTALS = ["应到", "实到", "迟到", "请假", "缺勤", "未标记", "出勤率"]
PEOPLE_HEADERS = [
    "单位",
    "姓名",
    "人员类别",
    "总体状态",
    "要求",
    "周期",
    "应参加",
    "已参加",
    "待参加",
    "状态",
]
UNIT_HEADERS = ["单位", "人数", "达标", "按计划", "有风险", "未达标", "达标率"]

BOLD = Font(bold=True)
HEADER_FILL = PatternFill("solid", fgColor="DDEBF7")
THIN = Side(style="thin", color="808080")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
CENTER = Alignment(horizontal="center", vertical="center")
PERCENT = "0.0%"
MIN_WIDTH, MAX_WIDTH = 6, 40
# Characters Windows and macOS refuse in file names, and runs of whitespace.
UNSAFE_IN_FILENAME = re.compile(r'[\\/:*?"<>|\x00-\x1f\x7f\s]+')


# --- helpers ---------------------------------------------------------------------------------


def safe_filename(*parts: str, extension: str = ".xlsx", max_length: int = 80) -> str:
    """Parts joined by dashes, without characters a file system or a header would refuse."""
    name = "-".join(UNSAFE_IN_FILENAME.sub("_", part).strip("._-") for part in parts if part)
    return (name[:max_length].rstrip("._-") or "export") + extension


def _text(value: Any) -> Any:
    """Cell-safe text: no control characters that the xlsx format cannot hold."""
    return ILLEGAL_CHARACTERS_RE.sub("", value) if isinstance(value, str) else value


def put(sheet: Worksheet, row: int, column: int, value: Any, **style: Any) -> Cell:
    """Write a value as data: text that starts with "=" stays text, never a formula."""
    cell = sheet.cell(row=row, column=column, value=_text(value))
    if isinstance(value, str) and cell.data_type == "f":
        cell.data_type = "s"
    for name, setting in style.items():
        setattr(cell, name, setting)
    return cell


def put_row(sheet: Worksheet, row: int, values: Sequence[Any], **style: Any) -> None:
    for column, value in enumerate(values, start=1):
        put(sheet, row, column, value, **style)


def put_header(sheet: Worksheet, row: int, headers: Sequence[str]) -> None:
    put_row(sheet, row, headers, font=BOLD, fill=HEADER_FILL, border=BOX, alignment=CENTER)
    sheet.freeze_panes = f"A{row + 1}"


def _display_width(value: Any) -> int:
    if value is None:
        return 0
    if isinstance(value, datetime):
        return 16
    if isinstance(value, float):
        return 7
    return sum(2 if unicodedata.east_asian_width(c) in "WF" else 1 for c in str(value))


def fit_columns(sheet: Worksheet, first_row: int, fixed: dict[int, int] | None = None) -> None:
    """Each column as wide as its widest cell from `first_row` on, within bounds."""
    widths: dict[int, int] = {}
    for row in sheet.iter_rows(min_row=first_row):
        for cell in row:
            widths[cell.column] = max(widths.get(cell.column, 0), _display_width(cell.value))
    for column, width in widths.items():
        width = min(MAX_WIDTH, max(MIN_WIDTH, width + 2))
        sheet.column_dimensions[get_column_letter(column)].width = width
    for column, width in (fixed or {}).items():
        sheet.column_dimensions[get_column_letter(column)].width = width


def fit_page(sheet: Worksheet, header_row: int) -> None:
    """Print landscape on A4, one page wide, the header repeated on every page."""
    sheet.print_title_rows = f"{header_row}:{header_row}"
    sheet.page_setup.orientation = "landscape"
    sheet.page_setup.paperSize = sheet.PAPERSIZE_A4
    sheet.page_setup.fitToWidth, sheet.page_setup.fitToHeight = 1, 0
    sheet.sheet_properties.pageSetUpPr.fitToPage = True


def _save(workbook: Workbook) -> bytes:
    buffer = io.BytesIO()
    workbook.save(buffer)
    return buffer.getvalue()


# --- sign-in sheet -----------------------------------------------------------------------------


@dataclass
class SignInRow:
    name: str
    unit: str
    category: str
    badge_number: str | None
    status: AttendanceStatus
    checked_in_at: datetime | None
    remark: str | None


@dataclass
class SignInData:
    title: str
    day: str
    when: str
    venue: str | None
    organizer: str
    rows: list[SignInRow]
    totals: dict[str, Any]


def _when(starts_at: datetime, ends_at: datetime) -> str:
    start, end = clock.local(starts_at), clock.local(ends_at)
    if start.date() == end.date():
        return f"{start:%Y-%m-%d %H:%M}-{end:%H:%M}"
    return f"{start:%Y-%m-%d %H:%M} 至 {end:%Y-%m-%d %H:%M}"


def _remark(status: AttendanceStatus, note: str | None, excuse_reason: str | None) -> str | None:
    """The trainer's note, and the reason for leave while the person is excused."""
    parts = []
    if status == AttendanceStatus.EXCUSED and excuse_reason:
        parts.append(f"请假事由：{excuse_reason}")
    if note:
        parts.append(note)
    return "；".join(parts) or None


async def _sign_in_data(session_id: int) -> SignInData:
    # Whoever is still unmarked after the end is absent, as everywhere the session is read.
    await attendance.close_ended_sessions()
    found = await TrainingSession.filter(id=session_id).values(
        "title", "starts_at", "ends_at", "venue", "cancelled_at", "organizer__name"
    )
    if not found:
        fail("SESSION_NOT_FOUND", "No training session has this ID.", "sessionId")
    session = found[0]
    roster = await Attendance.filter(session_id=session_id).values(
        "person_id",
        "person__name",
        "person__unit__name",
        "person__category",
        "person__badge_number",
        "status",
        "checked_in_at",
        "note",
        "excuse_reason",
    )
    roster.sort(key=lambda r: (r["person__unit__name"], r["person__name"], r["person_id"]))
    rows = []
    for r in roster:
        status = AttendanceStatus(r["status"])
        checked_in_at = r["checked_in_at"] if status in ATTENDED else None
        rows.append(
            SignInRow(
                name=r["person__name"],
                unit=r["person__unit__name"],
                category=CATEGORY_NAMES.get(r["person__category"], str(r["person__category"])),
                badge_number=r["person__badge_number"],
                status=status,
                # Excel has no time zones: the county's wall clock.
                checked_in_at=(
                    clock.local(checked_in_at).replace(tzinfo=None) if checked_in_at else None
                ),
                remark=_remark(status, r["note"], r["excuse_reason"]),
            )
        )
    title = session["title"] + ("（已取消）" if session["cancelled_at"] is not None else "")
    return SignInData(
        title=title,
        day=clock.local(session["starts_at"]).date().isoformat(),
        when=_when(session["starts_at"], session["ends_at"]),
        venue=session["venue"],
        organizer=session["organizer__name"],
        rows=rows,
        totals=quotas.attendance_summary(Counter(row.status.value for row in rows)),
    )


def _sign_in_workbook(data: SignInData) -> bytes:
    workbook = Workbook()
    sheet = workbook.active
    sheet.title = "签到表"
    columns = len(SIGN_IN_HEADERS)

    put(sheet, 1, 1, data.title, font=Font(bold=True, size=16), alignment=CENTER)
    sheet.merge_cells(start_row=1, start_column=1, end_row=1, end_column=columns)
    sheet.row_dimensions[1].height = 30
    for column, label, value in (
        (1, "时间", data.when),
        (4, "地点", data.venue),
        (7, "组织单位", data.organizer),
    ):
        put(sheet, 2, column, label, font=BOLD)
        put(sheet, 2, column + 1, value)
        sheet.merge_cells(start_row=2, start_column=column + 1, end_row=2, end_column=column + 2)

    put_header(sheet, 3, SIGN_IN_HEADERS)
    row = 3
    for number, entry in enumerate(data.rows, start=1):
        row += 1
        values = [
            number,
            entry.name,
            entry.unit,
            entry.category,
            entry.badge_number,
            ATTENDANCE_NAMES[entry.status],
            entry.checked_in_at,
            entry.remark,
            None,  # signed on paper
        ]
        put_row(sheet, row, values, border=BOX, alignment=Alignment(vertical="center"))
        sheet.cell(row=row, column=7).number_format = "yyyy-mm-dd hh:mm"
        sheet.row_dimensions[row].height = 24

    row += 2
    put_row(sheet, row, ["合计", *SIGN_IN_TOTALS], font=BOLD, border=BOX, alignment=CENTER)
    totals = data.totals
    values = [
        totals["expected"],
        totals["present"] + totals["late"],
        totals["late"],
        totals["excused"],
        totals["absent"],
        totals["unmarked"],
        totals["rate"],
    ]
    put_row(sheet, row + 1, [None, *values], border=BOX, alignment=CENTER)
    sheet.cell(row=row + 1, column=len(values) + 1).number_format = PERCENT

    fit_columns(sheet, 3, fixed={1: 6, 7: 18, 9: 18})
    fit_page(sheet, 3)
    return _save(workbook)


async def sign_in_sheet(session_id: int) -> tuple[str, bytes]:
    """The file name and workbook of a session's sign-in sheet: its roster ordered by unit and
    name, with each status, an empty column to sign on paper, and the totals."""
    data = await _sign_in_data(session_id)
    content = await asyncio.to_thread(_sign_in_workbook, data)
    return safe_filename("签到表", data.day, data.title), content


# --- compliance table --------------------------------------------------------------------------


def period_label(key: str) -> str:
    """A period key in Chinese: 2026 -> 2026年, 2026-03 -> 2026年3月, 2026-W11 -> 2026年第11周."""
    year, _, rest = key.partition("-")
    try:
        if not rest:
            return f"{int(year)}年"
        if rest.startswith("W"):
            return f"{int(year)}年第{int(rest[1:])}周"
        return f"{int(year)}年{int(rest)}月"
    except ValueError:
        return key


def _compliance_workbook(
    people: Iterable[list[Any]], units: Iterable[list[Any]], totals: list[Any]
) -> bytes:
    workbook = Workbook()
    sheet = workbook.active
    sheet.title = "人员"
    put_header(sheet, 1, PEOPLE_HEADERS)
    for row, values in enumerate(people, start=2):
        put_row(sheet, row, values)
    sheet.auto_filter.ref = f"A1:{get_column_letter(len(PEOPLE_HEADERS))}{sheet.max_row}"
    fit_columns(sheet, 1)
    fit_page(sheet, 1)

    summary = workbook.create_sheet("单位汇总")
    put_header(summary, 1, UNIT_HEADERS)
    for row, values in enumerate(units, start=2):
        put_row(summary, row, values)
    put_row(summary, summary.max_row + 1, totals, font=BOLD)
    for (cell,) in summary.iter_rows(min_row=2, min_col=len(UNIT_HEADERS)):
        cell.number_format = PERCENT
    fit_columns(summary, 1)
    fit_page(summary, 1)
    return _save(workbook)


async def compliance_table(year: int, units: set[int] | None) -> tuple[str, bytes]:
    """The file name and workbook of quota compliance in `year` within `units` (None: the
    county): a row per person and requirement period, and a summary per unit."""
    rows, summary = await quotas.compliance(year, units)
    unit_names = dict(await Unit.all().values_list("id", "name"))
    people = Person.filter(active=True)
    if units is not None:
        people = people.filter(unit_id__in=units)
    names = {
        pk: (name, category)
        for pk, name, category in await people.values_list("id", "name", "category")
    }

    def person_key(entry: quotas.PersonCompliance) -> tuple[str, str, int]:
        name = names.get(entry.person_id, ("", None))[0]
        return unit_names.get(entry.unit_id) or "", name, entry.person_id

    people_rows = []
    for entry in sorted(rows, key=person_key):
        name, category = names.get(entry.person_id, ("", None))
        for item in entry.items:
            people_rows.append(
                [
                    unit_names.get(entry.unit_id, ""),
                    name,
                    CATEGORY_NAMES.get(category, category),
                    COMPLIANCE_NAMES[entry.status],
                    item.requirement,
                    period_label(item.period),
                    item.required,
                    item.attended,
                    item.scheduled_remaining,
                    COMPLIANCE_NAMES[item.status],
                ]
            )
    unit_rows = [
        [
            unit_names.get(u.unit_id, ""),
            u.people,
            u.compliant,
            u.on_track,
            u.at_risk,
            u.non_compliant,
            u.rate,
        ]
        for u in sorted(summary, key=lambda u: (unit_names.get(u.unit_id) or "", u.unit_id))
    ]
    counted = quotas.UnitCompliance(0)
    for u in summary:
        counted.people += u.people
        counted.compliant += u.compliant
        counted.on_track += u.on_track
        counted.at_risk += u.at_risk
        counted.non_compliant += u.non_compliant
    totals = [
        "合计",
        counted.people,
        counted.compliant,
        counted.on_track,
        counted.at_risk,
        counted.non_compliant,
        counted.rate,
    ]
    content = await asyncio.to_thread(_compliance_workbook, people_rows, unit_rows, totals)
    return safe_filename("培训达标情况", str(year)), content
