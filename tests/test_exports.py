"""Spreadsheet downloads: a session's sign-in sheet and the quota compliance table, over HTTP."""

from __future__ import annotations

import io
from dataclasses import dataclass
from datetime import datetime
from urllib.parse import quote

import openpyxl
import pytest

from assessment.compliance import Period
from models import attendance, exports, quotas, training
from models.attendance import Mark
from models.clock import LOCAL
from models.org import PersonCategory, Role, UnitKind
from models.quotas import RequirementPlan
from models.training import Audience, SessionPlan, TrainingKind
from schema.ids import global_id
from tests.conftest import QueryCounter, make_person, make_unit, make_user

XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
COMPLIANCE = "/exports/training-compliance.xlsx"


@dataclass
class County:
    bureau: object
    township: object
    team: object
    other_township: object
    people: dict
    trainer: object


@pytest.fixture
async def county(clock_at) -> County:
    bureau = await make_unit("县应急管理局")
    township = await make_unit("高村镇", UnitKind.TOWNSHIP)
    team = await make_unit("高村镇综合行政执法大队", UnitKind.TOWNSHIP, parent=township)
    other = await make_unit("锦和镇", UnitKind.TOWNSHIP)
    people = {
        "王五": await make_person(team, name="王五", badge_number="HN-0101"),
        "钱七": await make_person(team, name="钱七", badge_number="HN-0102"),
        "李四": await make_person(team, name="李四", category=PersonCategory.ASSISTING_STAFF),
        "张三": await make_person(township, name="张三", category=PersonCategory.PRINCIPAL_LEADER),
        "外镇队员": await make_person(other, name="外镇队员"),
    }
    trainer_person = await make_person(bureau, name="培训员", category=PersonCategory.DEPUTY_LEADER)
    trainer = await make_user("trainer", Role.TRAINER, person=trainer_person)
    await make_user("admin", Role.ADMIN)
    await make_user("county-leader", Role.LEADER)
    await make_user("officer", Role.OFFICER, person=people["王五"])
    await make_user("town-leader", Role.LEADER, person=people["张三"])
    other_trainer = await make_person(
        other, name="外镇培训员", category=PersonCategory.DEPUTY_LEADER
    )
    await make_user("other-trainer", Role.TRAINER, person=other_trainer)
    return County(bureau, township, team, other, people, trainer)


async def plan_session(
    county: County,
    *,
    title: str = "安全生产执法培训",
    kind: TrainingKind = TrainingKind.PROFESSIONAL,
    day: tuple[int, int, int] = (2026, 3, 10),
    audience: Audience | None = None,
    organizer=None,
) -> training.TrainingSession:
    return await training.schedule_session(
        SessionPlan(
            title=title,
            kind=kind,
            starts_at=datetime(*day, 9, 0, tzinfo=LOCAL),
            ends_at=datetime(*day, 11, 0, tzinfo=LOCAL),
            organizer_unit_id=(organizer or county.bureau).id,
            audience=audience or Audience(unit_ids=[county.township.id]),
            venue="县政府三楼会议室",
            trainer_id=county.trainer.id,
        )
    )


async def get(client, path: str, username: str | None = None, **params):
    """GET as `username` (logged in now), else as whoever the client logged in last."""
    if username:
        await client.login(username)
    headers = {"Authorization": f"Bearer {client.token}"} if client.token else {}
    return await client.http.get(path, params=params, headers=headers)


def workbook(response) -> openpyxl.Workbook:
    assert response.status_code == 200, response.text
    assert response.headers["content-type"] == XLSX
    return openpyxl.load_workbook(io.BytesIO(response.content))


def values(sheet, first_row: int = 1) -> list[list]:
    return [list(row) for row in sheet.iter_rows(min_row=first_row, values_only=True)]


def sign_in_path(session_id: int) -> str:
    return f"/exports/training-sessions/{global_id('TrainingSession', session_id)}/sign-in.xlsx"


# --- sign-in sheet -------------------------------------------------------------------------------


async def test_the_sign_in_sheet_lists_the_roster_with_statuses_and_totals(
    client, county, clock_at
):
    session = await plan_session(county)
    people = county.people
    await attendance.request_leave(session.id, people["张三"].id, "外出执法")
    clock_at.set(datetime(2026, 3, 10, 9, 20))
    marks = [
        Mark(people["王五"].id, training.AttendanceStatus.PRESENT),
        Mark(people["李四"].id, training.AttendanceStatus.LATE, "堵车"),
        Mark(people["钱七"].id, training.AttendanceStatus.ABSENT, "未请假"),
    ]
    await attendance.mark_attendance(session.id, marks, county.trainer.id)

    response = await get(client, sign_in_path(session.id), "trainer")
    name = "签到表-2026-03-10-安全生产执法培训.xlsx"
    assert response.headers["content-disposition"] == f"attachment; filename*=UTF-8''{quote(name)}"
    book = workbook(response)
    assert book.sheetnames == ["签到表"]
    sheet = book["签到表"]
    assert sheet["A1"].value == "安全生产执法培训" and sheet["A1"].font.bold
    assert [sheet[c].value for c in ("A2", "B2", "D2", "E2", "G2", "H2")] == [
        "时间",
        "2026-03-10 09:00-11:00",
        "地点",
        "县政府三楼会议室",
        "组织单位",
        "县应急管理局",
    ]
    header = [
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
    assert values(sheet, 3)[0] == header
    assert all(cell.font.bold for cell in sheet[3])
    assert sheet.freeze_panes == "A4"
    assert sheet.column_dimensions["C"].width > sheet.column_dimensions["A"].width
    checked_in = datetime(2026, 3, 10, 9, 20)
    team = "高村镇综合行政执法大队"
    assert values(sheet, 4)[:5] == [
        [1, "张三", "高村镇", "主要负责人", None, "请假", None, "请假事由：外出执法", None],
        [2, "李四", team, "配合执法专干", None, "迟到", checked_in, "堵车", None],
        [3, "王五", team, "执法人员", "HN-0101", "出勤", checked_in, None, None],
        [4, "钱七", team, "执法人员", "HN-0102", "缺勤", None, "未请假", None],
        [None] * 9,
    ]
    totals = values(sheet, 9)
    assert totals[0][:8] == ["合计", "应到", "实到", "迟到", "请假", "缺勤", "未标记", "出勤率"]
    assert totals[1][:8] == [None, 4, 2, 1, 1, 1, 0, pytest.approx(2 / 3)]  # 2 / (4 - 1)
    assert sheet["H10"].number_format == "0.0%"


async def test_unmarked_people_become_absent_once_the_session_is_over(client, county, clock_at):
    session = await plan_session(county, audience=Audience(person_ids=[county.people["王五"].id]))
    response = await get(client, sign_in_path(session.id), "trainer")
    sheet = workbook(response)["签到表"]
    assert sheet["F4"].value == "未标记" and sheet["G7"].value == 1  # 未标记 in the totals
    clock_at.set(datetime(2026, 3, 10, 12, 0))
    sheet = workbook(await get(client, sign_in_path(session.id)))["签到表"]
    assert sheet["F4"].value == "缺勤" and sheet["F7"].value == 1 and sheet["H7"].value == 0


async def test_cell_text_is_never_a_formula_and_a_cancelled_session_says_so(client, county):
    session = await plan_session(county, title='=HYPERLINK("http://x")')
    await training.cancel_session(session.id, "天气原因")
    response = await get(client, sign_in_path(session.id), "admin")
    sheet = workbook(response)["签到表"]
    assert sheet["A1"].value == '=HYPERLINK("http://x")（已取消）'
    assert sheet["A1"].data_type == "s"
    assert "HYPERLINK" in response.headers["content-disposition"]
    assert "%22" not in response.headers["content-disposition"]  # no quotes in file names


async def test_who_may_download_a_sign_in_sheet(client, county):
    session = await plan_session(county)
    path = sign_in_path(session.id)
    response = await get(client, path)
    assert response.status_code == 401 and response.json()["error"] == "UNAUTHENTICATED"
    response = await client.http.get(path, headers={"Authorization": "Bearer not-a-token"})
    assert response.status_code == 401
    for username in ("officer", "other-trainer", "town-leader"):
        response = await get(client, path, username)
        assert response.status_code == 403, username
        assert response.json()["error"] == "FORBIDDEN"
    for username in ("admin", "trainer", "county-leader"):
        assert (await get(client, path, username)).status_code == 200, username
    # A township's trainer reads what the township organises itself.
    own = await plan_session(county, organizer=county.other_township, day=(2026, 3, 11))
    assert (await get(client, sign_in_path(own.id), "other-trainer")).status_code == 200


async def test_bad_and_unknown_session_ids(client, county):
    await client.login("trainer")
    headers = {"Authorization": f"Bearer {client.token}"}
    for bad in ("garbage", global_id("Unit", county.team.id)):
        response = await client.http.get(
            f"/exports/training-sessions/{bad}/sign-in.xlsx", headers=headers
        )
        assert response.status_code == 400, bad
        assert response.json()["error"] == "BAD_REQUEST" and response.json()["message"]
    response = await client.http.get(sign_in_path(99999), headers=headers)
    assert response.status_code == 404 and response.json()["error"] == "NOT_FOUND"


async def test_the_sign_in_sheet_costs_the_same_queries_for_any_roster(county):
    small = await plan_session(county, audience=Audience(person_ids=[county.people["王五"].id]))
    large = await plan_session(county, day=(2026, 3, 11))
    counts = []
    for session in (small, large):
        with QueryCounter() as counter:
            await exports.sign_in_sheet(session.id)
        counts.append(counter.count)
    assert counts[0] == counts[1] <= 4, counts


# --- compliance table ------------------------------------------------------------------------------


async def quota_year(county: County, clock_at) -> None:
    """One professional training a year for officers: 王五 has had it, 钱七 has it scheduled,
    外镇队员 has nothing."""
    people = county.people
    await quotas.create_requirement(
        RequirementPlan(
            name="年度业务培训",
            training_kinds=[TrainingKind.PROFESSIONAL],
            count=1,
            period=Period.YEAR,
            categories=[PersonCategory.ENFORCEMENT_OFFICER],
        )
    )
    attended = await plan_session(county, audience=Audience(person_ids=[people["王五"].id]))
    await plan_session(county, day=(2026, 4, 10), audience=Audience(person_ids=[people["钱七"].id]))
    clock_at.set(datetime(2026, 3, 10, 9, 20))
    marks = [Mark(people["王五"].id, training.AttendanceStatus.PRESENT)]
    await attendance.mark_attendance(attended.id, marks, county.trainer.id)
    clock_at.set(datetime(2026, 3, 20, 10, 0))


TEAM = "高村镇综合行政执法大队"
PEOPLE_HEADER = [
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
UNIT_HEADER = ["单位", "人数", "达标", "按计划", "有风险", "未达标", "达标率"]
WANG = [TEAM, "王五", "执法人员", "达标", "年度业务培训", "2026年", 1, 1, 0, "达标"]
QIAN = [TEAM, "钱七", "执法人员", "按计划可达标", "年度业务培训", "2026年", 1, 0, 1, "按计划可达标"]
OTHER = ["锦和镇", "外镇队员", "执法人员", "有风险", "年度业务培训", "2026年", 1, 0, 0, "有风险"]


async def test_the_compliance_table_has_people_and_unit_sheets(client, county, clock_at):
    await quota_year(county, clock_at)
    response = await get(client, COMPLIANCE, "admin", year="2026")
    name = "培训达标情况-2026.xlsx"
    assert response.headers["content-disposition"] == f"attachment; filename*=UTF-8''{quote(name)}"
    book = workbook(response)
    assert book.sheetnames == ["人员", "单位汇总"]
    people = book["人员"]
    assert values(people) == [PEOPLE_HEADER, OTHER, WANG, QIAN]
    assert people.freeze_panes == "A2" and all(cell.font.bold for cell in people[1])
    units = book["单位汇总"]
    assert values(units) == [
        UNIT_HEADER,
        ["锦和镇", 1, 0, 0, 1, 0, 0],
        [TEAM, 2, 1, 1, 0, 0, 0.5],
        ["合计", 3, 1, 1, 1, 0, pytest.approx(1 / 3)],
    ]
    assert {units.cell(row=r, column=7).number_format for r in (2, 3, 4)} == {"0.0%"}
    assert units.freeze_panes == "A2"
    # Without a year: this year in the county.
    assert values(workbook(await get(client, COMPLIANCE))["人员"]) == values(people)
    # A year that is over: nothing met is non-compliant.
    last_year = workbook(await get(client, COMPLIANCE, year="2025"))["人员"]
    assert [row[3] for row in values(last_year, 2)] == ["未达标"] * 3


async def test_the_compliance_table_keeps_to_the_scope_and_the_unit(client, county, clock_at):
    await quota_year(county, clock_at)
    book = workbook(await get(client, COMPLIANCE, "town-leader", year="2026"))
    assert values(book["人员"]) == [PEOPLE_HEADER, WANG, QIAN]
    assert [row[0] for row in values(book["单位汇总"], 2)] == [TEAM, "合计"]
    other = global_id("Unit", county.other_township.id)
    book = workbook(await get(client, COMPLIANCE, year="2026", unitId=other))
    assert values(book["人员"]) == [PEOPLE_HEADER]
    assert values(book["单位汇总"], 2) == [["合计", 0, 0, 0, 0, 0, 0]]
    book = workbook(await get(client, COMPLIANCE, "trainer", year="2026", unitId=other))
    assert values(book["人员"]) == [PEOPLE_HEADER, OTHER]


async def test_who_may_download_the_compliance_table_and_bad_input(client, county):
    response = await get(client, COMPLIANCE, year="2026")
    assert response.status_code == 401 and response.json()["error"] == "UNAUTHENTICATED"
    response = await get(client, COMPLIANCE, "officer", year="2026")
    assert response.status_code == 403 and response.json()["error"] == "FORBIDDEN"
    await client.login("county-leader")
    bad = [
        {"year": "abc"},
        {"year": "1999"},
        {"year": ""},
        {"year": "2026", "unitId": "garbage"},
        {"year": "2026", "unitId": global_id("Person", county.people["王五"].id)},
    ]
    for params in bad:
        response = await get(client, COMPLIANCE, **params)
        assert response.status_code == 400, params
        assert response.json()["error"] == "BAD_REQUEST", params
    response = await get(client, COMPLIANCE, year="2026", unitId=global_id("Unit", 99999))
    assert response.status_code == 404


async def test_months_make_a_row_each_and_queries_do_not_grow_with_people(county, clock_at):
    await quotas.create_requirement(
        RequirementPlan(
            name="每月交通安全讲座",
            training_kinds=[TrainingKind.TRAFFIC_SAFETY],
            count=1,
            period=Period.MONTH,
            categories=[PersonCategory.ENFORCEMENT_OFFICER],
        )
    )
    clock_at.set(datetime(2026, 3, 20, 10, 0))
    counts = []
    for extra in (0, 5):
        for i in range(extra):
            await make_person(county.team, name=f"新队员{i}")
        with QueryCounter() as counter:
            _, content = await exports.compliance_table(2026, None)
        counts.append(counter.count)
    assert counts[0] == counts[1], counts
    rows = values(openpyxl.load_workbook(io.BytesIO(content))["人员"], 2)
    assert len(rows) == 8 * 3  # 8 officers x January, February, March
    assert [row[5] for row in rows[:3]] == ["2026年1月", "2026年2月", "2026年3月"]
    assert [row[9] for row in rows[:3]] == ["未达标", "未达标", "有风险"]


def test_period_labels_and_file_names():
    assert exports.period_label("2026") == "2026年"
    assert exports.period_label("2026-03") == "2026年3月"
    assert exports.period_label("2026-W09") == "2026年第9周"
    assert exports.safe_filename("签到表", "2026-03-10", 'a/b:c*"d" e') == (
        "签到表-2026-03-10-a_b_c_d_e.xlsx"
    )
    assert exports.safe_filename("签到表", "...") == "签到表.xlsx"
