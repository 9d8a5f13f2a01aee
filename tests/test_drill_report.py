"""The after-action report (演练评估报告) of a drill, as a printable page and a workbook."""

from __future__ import annotations

import io
from dataclasses import dataclass
from datetime import date, datetime
from decimal import Decimal
from html.parser import HTMLParser
from urllib.parse import quote

import openpyxl
import pytest

from drills import catalogue
from models import actions, drills
from models.actions import ActionSource, ActionStatus
from models.clock import LOCAL
from models.drill_report import report_data
from models.drills import DrillPlan, DrillStatus, DrillType, ParticipantRole, ParticipantSpec
from models.org import PersonCategory, Role, Unit, UnitKind
from schema.ids import global_id
from tests.conftest import make_person, make_unit, make_user

XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
TITLE = "2026年汛期防汛抢险联合演练"
REVIEW = "本次演练组织有序，转移群众迅速；\n巡堤查险要再细一些。"
SCRIPT = '村村响广播<script>alert("x")</script>需要检修'
ITEM = "完善村村响广播覆盖"
EVIDENCE = "已加装广播12套"
LATE_ITEM = "补充冲锋舟操作人员持证培训"
SECTIONS = [
    "预警与信息报告",
    "紧急动员",
    "指挥与协调",
    "现场处置",
    "救援保障",
    "信息发布",
    "后期处置",
]


@dataclass
class Drill:
    drill: drills.Drill
    bureau: object
    water: object
    township: object
    evaluators: list
    leader: object


def full_marks(**points: str) -> list[drills.RatingSpec]:
    """Every flood_rescue task at its maximum, except `points` (the task key, "__" for ".")."""
    scenario = catalogue.catalogue()["flood_rescue"]
    given = {key.replace("__", "."): Decimal(value) for key, value in points.items()}
    return [
        drills.RatingSpec(task.key, given.get(task.key, task.max_points))
        for section in scenario.sections
        for task in section.tasks
    ]


def coordination(command: str, information: str, handover: str) -> list[drills.RatingSpec]:
    return [
        drills.RatingSpec("coordination.command", Decimal(command)),
        drills.RatingSpec("coordination.information", Decimal(information)),
        drills.RatingSpec("coordination.handover", Decimal(handover)),
    ]


async def plan(clock_at) -> Drill:
    bureau = await make_unit("县应急管理局")
    water = await make_unit("县水利局")
    township = await make_unit("高村镇", UnitKind.TOWNSHIP)
    other = await make_unit("锦和镇", UnitKind.TOWNSHIP)
    trainer = await make_user(
        "trainer", Role.TRAINER, person=await make_person(bureau, name="培训员")
    )
    evaluators = [
        await make_user(
            "eval-a", Role.EVALUATOR, person=await make_person(bureau, name="评估员甲")
        ),
        await make_user("eval-b", Role.EVALUATOR, person=await make_person(water, name="评估员乙")),
    ]
    leader = await make_user(
        "leader",
        Role.LEADER,
        person=await make_person(bureau, name="刘副县长", category=PersonCategory.PRINCIPAL_LEADER),
    )
    await make_user("officer", Role.OFFICER, person=await make_person(township, name="王五"))
    await make_user("other-officer", Role.OFFICER, person=await make_person(other, name="外镇队员"))
    drill = await drills.plan_drill(
        DrillPlan(
            title=TITLE,
            type=DrillType.FULL_SCALE,
            scheduled_at=datetime(2026, 3, 10, 9, 0, tzinfo=LOCAL),
            organizer_unit_id=bureau.id,
            participants=[
                ParticipantSpec(water.id, ParticipantRole.LEAD, []),
                ParticipantSpec(township.id, ParticipantRole.SUPPORT, []),
            ],
            evaluator_ids=[e.id for e in evaluators],
            scenario_key="flood_rescue",
            location="锦江河高村段",
            leader_ids=[leader.id],
        ),
        by=trainer.id,
    )
    clock_at.set(datetime(2026, 3, 10, 9, 0))
    await drills.transition(drill.id, DrillStatus.IN_PROGRESS, trainer.id)
    return Drill(drill, bureau, water, township, evaluators, leader)


async def evaluate(d: Drill) -> None:
    """Unit scores by hand (mean over the two evaluators of each one's sum):
    县水利局: A 100 - 3 - 3 = 94, B 100 - 2 - 4.5 = 93.5 -> 93.75;
      预警与信息报告 (18): A 15, B 16 -> 15.5; 现场处置 (28): A 25, B 23.5 -> 24.25.
    高村镇: A 100 - 3 = 97, B 100 - 2 = 98 -> 97.5; 指挥与协调 (16): A 13, B 14 -> 13.5.
    协同联动 (30): A 8 + 9 + 10 = 27, B 9 + 9.5 + 10 = 28.5 -> 27.75.
    The drill: (93.75 + 97.5) / 2 + 27.75 = 123.375 -> 123.38 of 100 + 30."""
    a, b = d.evaluators
    first = full_marks(warning__forecast_relay="3", response__evacuation="7")
    first[0].note = "村村响广播未覆盖两个自然村"
    await drills.submit_evaluation(d.drill.id, d.water.id, first, a)
    await drills.submit_evaluation(d.drill.id, d.township.id, full_marks(command__linkage="2"), a)
    await drills.submit_evaluation(d.drill.id, None, coordination("8", "9", "10"), a)
    await drills.submit_evaluation(
        d.drill.id,
        d.water.id,
        full_marks(warning__forecast_relay="4", response__levee_repair="5.5"),
        b,
    )
    await drills.submit_evaluation(d.drill.id, d.township.id, full_marks(command__linkage="3"), b)
    await drills.submit_evaluation(d.drill.id, None, coordination("9", "9.5", "10"), b)


async def reviewed_drill(clock_at) -> Drill:
    d = await plan(clock_at)
    await evaluate(d)
    add = drills.add_comment
    await add(d.drill.id, d.leader, REVIEW, parent_id=None, task_key=None, is_review=True)
    await add(
        d.drill.id,
        d.leader,
        SCRIPT,
        parent_id=None,
        task_key="warning.forecast_relay",
        is_review=False,
    )
    await add(
        d.drill.id, d.evaluators[0], "评估员的讨论", parent_id=None, task_key=None, is_review=False
    )
    item = await actions.create_action_item(
        title=ITEM,
        owner_unit_id=d.township.id,
        due_date=date(2026, 3, 31),
        source=ActionSource.DRILL,
        source_id=d.drill.id,
        drill_id=d.drill.id,
        description="两个自然村加装广播",
        by=d.leader.id,
    )
    await actions.create_action_item(
        title=LATE_ITEM,
        owner_unit_id=d.water.id,
        due_date=date(2026, 3, 15),
        source=ActionSource.DRILL,
        drill_id=d.drill.id,
        by=d.leader.id,
    )
    await actions.move_action_item(item.id, ActionStatus.DONE, evidence=EVIDENCE, by=d.leader.id)
    clock_at.set(datetime(2026, 3, 11, 17, 0))
    await drills.transition(d.drill.id, DrillStatus.COMPLETED, None)
    await drills.transition(d.drill.id, DrillStatus.REVIEWED, None)
    clock_at.set(datetime(2026, 3, 20, 10, 0))  # the second item is overdue now
    return d


def path(drill_id: int, extension: str) -> str:
    return f"/exports/drills/{global_id('Drill', drill_id)}/report.{extension}"


async def get(client, url: str, username: str | None = None):
    if username:
        await client.login(username)
    headers = {"Authorization": f"Bearer {client.token}"} if client.token else {}
    return await client.http.get(url, headers=headers)


class Tables(HTMLParser):
    """The text of every table cell, table by table and row by row."""

    def __init__(self, page: str) -> None:
        super().__init__()
        self.tables: list[list[list[str]]] = []
        self.cell: list[str] | None = None
        self.feed(page)

    def handle_starttag(self, tag: str, attrs: list) -> None:
        if tag == "table":
            self.tables.append([])
        elif tag == "tr":
            self.tables[-1].append([])
        elif tag in ("td", "th"):
            self.cell = []

    def handle_endtag(self, tag: str) -> None:
        if tag in ("td", "th") and self.cell is not None:
            self.tables[-1][-1].append("".join(self.cell).strip())
            self.cell = None

    def handle_data(self, data: str) -> None:
        if self.cell is not None:
            self.cell.append(data)


class Elements(HTMLParser):
    """The page as a browser parses it: its elements' tags and its text (entities decoded)."""

    def __init__(self, page: str) -> None:
        super().__init__()
        self.tags: list[str] = []
        self.pre: list[str] = []  # the text of each element that keeps its line breaks
        self.open: list[str | None] = []
        self.chunks: list[str] = []
        self.feed(page)
        self.text = "".join(self.chunks)

    def handle_starttag(self, tag: str, attrs: list) -> None:
        self.tags.append(tag)
        if tag not in ("br", "meta"):
            classes = (dict(attrs).get("class") or "").split()
            keeps = "pre" in classes or "body" in classes
            self.open.append(tag if keeps else None)
            if keeps:
                self.pre.append("")

    def handle_endtag(self, tag: str) -> None:
        if tag not in ("br", "meta") and self.open:  # a part of a page may close more
            self.open.pop()

    def handle_data(self, data: str) -> None:
        self.chunks.append(data)
        if any(self.open):
            self.pre[-1] += data


def score_table(rows: list[list[str]]) -> dict[str, list[str]]:
    return {row[0]: row[1:] for row in rows[1:]}


async def test_the_report_page_has_every_section(client, clock_at):
    d = await reviewed_drill(clock_at)
    response = await get(client, path(d.drill.id, "html"), "trainer")
    assert response.status_code == 200, response.text
    assert response.headers["content-type"] == "text/html; charset=utf-8"
    assert response.headers["content-disposition"] == "inline"
    assert "script-src" not in response.headers["content-security-policy"]
    page = response.text
    assert page.startswith("<!DOCTYPE html>") and '<html lang="zh-CN">' in page
    assert "<h1>演练评估报告</h1>" in page and "@page { size: A4" in page
    headings = [
        "基本情况",
        "评估得分",
        "协同联动",
        "亮点",
        "待改进",
        "评估员观察记录",
        "领导点评",
        "整改事项",
    ]
    positions = [page.index(f"、{h}</h2>") for h in headings]
    assert positions == sorted(positions)

    tables = Tables(page).tables
    basics = dict(tables[0])
    assert basics["演练名称"] == TITLE and basics["演练场景"] == "防汛抢险"
    assert basics["演练类型"] == "实战演练" and basics["演练状态"] == "已点评"
    assert basics["组织单位"] == "县应急管理局"
    assert basics["参演单位"] == "县水利局（牵头单位）、高村镇（配合单位）"
    assert basics["评估员"] == "评估员甲、评估员乙（已提交 2/2）"
    assert basics["点评领导"] == "刘副县长"
    assert basics["演练得分"] == "123.38 / 130"
    assert basics["演练时间"].startswith("2026-03-10 09:00")

    assert "<h3>县水利局（牵头单位，评估员 2 人）</h3>" in page
    water, township = score_table(tables[1]), score_table(tables[2])
    assert list(water) == [*SECTIONS, "合计"]
    assert water["预警与信息报告"] == ["15.5", "18", "86.1%"]
    assert water["现场处置"] == ["24.25", "28", "86.6%"]
    assert water["紧急动员"] == ["14", "14", "100.0%"]
    assert water["合计"] == ["93.75", "100", "93.8%"]
    assert township["指挥与协调"] == ["13.5", "16", "84.4%"]
    assert township["合计"] == ["97.5", "100", "97.5%"]
    assert "123.38 / 130" in page

    joint = score_table(tables[3])
    assert joint["统一指挥"][1:] == ["8.5", "10"]
    assert joint["信息共享"][1:] == ["9.25", "10"]
    assert joint["力量衔接"][1:] == ["10", "10"]
    assert joint["合计"][1:] == ["27.75", "30"]

    strengths = page[page.index("、亮点</h2>") : page.index("、待改进</h2>")]
    for task in ("险情首报", "巡堤查险", "启动应急响应"):
        assert task in strengths
    # The lowest shares of the task means: 3.75/5, 4.75/6, 8.875/10.
    improvements = page[page.index("、待改进</h2>") : page.index("、评估员观察记录</h2>")]
    found = [improvements.index(t) for t in ("多部门联动", "预警信息传递", "堤防险情处置")]
    assert found == sorted(found) and "危险区群众转移" not in improvements

    observations = tables[4]
    assert observations[1] == [
        "预警与信息报告 · 预警信息传递",
        "县水利局",
        "村村响广播未覆盖两个自然村",
    ]

    comments = page[page.index("、领导点评</h2>") : page.index("、整改事项</h2>")]
    assert REVIEW in comments and "刘副县长" in comments
    assert comments.index("本次演练组织有序") < comments.index("村村响广播&lt;script&gt;")
    assert "关于：预警信息传递" in comments
    assert "评估员的讨论" not in page  # only leaders' comments
    assert "<script" not in page and "script" not in Elements(page).tags
    assert SCRIPT in Elements(comments).text

    items = tables[5]
    assert items[0] == ["序号", "整改事项", "责任单位", "责任人", "完成期限", "状态", "整改情况"]
    assert items[1] == [
        "1",
        f"{ITEM}两个自然村加装广播",
        "高村镇",
        "—",
        "2026-03-31",
        "已整改",
        EVIDENCE,
    ]
    assert items[2][:6] == ["2", LATE_ITEM, "县水利局", "—", "2026-03-15", "待整改已逾期"]


async def test_user_text_is_text_everywhere_on_the_page(client, clock_at):
    """Names, notes, comments and action items that look like markup are shown as written:
    no element comes from them, and text that keeps its line breaks keeps them exactly."""
    markup = '<img src=x onerror="alert(1)">&amp;\'</td>'
    d = await plan(clock_at)
    await drills.Drill.filter(id=d.drill.id).update(title=f"演练{markup}", location=f"地点{markup}")
    await Unit.filter(id=d.water.id).update(name=f"水利局{markup}")
    a = d.evaluators[0]
    note = f"记录{markup}\n第二行  两个空格"
    ratings = full_marks()
    ratings[0].note = note
    await drills.submit_evaluation(d.drill.id, d.water.id, ratings, a)
    comment = await drills.add_comment(
        d.drill.id,
        d.leader,
        "初稿",
        parent_id=None,
        task_key="warning.forecast_relay",
        is_review=False,
    )
    body = f"意见{markup}\n<script>alert(2)</script>"
    await drills.edit_comment(comment.id, d.leader, body)
    item = await actions.create_action_item(
        title=f"事项{markup}",
        owner_unit_id=d.water.id,
        due_date=date(2026, 3, 31),
        source=ActionSource.DRILL,
        drill_id=d.drill.id,
        description=f"说明{markup}\n第二行",
        by=d.leader.id,
    )
    evidence = f"情况{markup}\n第二行"
    await actions.move_action_item(item.id, ActionStatus.DONE, evidence=evidence, by=d.leader.id)

    page = (await get(client, path(d.drill.id, "html"), "trainer")).text
    parsed = Elements(page)
    assert not {"img", "script"} & set(parsed.tags)
    for text in (
        f"演练评估报告 · 演练{markup}",  # the title
        f"地点{markup}",
        f"水利局{markup}（牵头单位）",
        f"水利局{markup}（牵头单位，评估员 1 人）",
        f"事项{markup}",
    ):
        assert text in parsed.text, text
    assert parsed.pre == [note, body, f"说明{markup}\n第二行", evidence]
    basics = dict(Tables(page).tables[0])
    assert basics["演练名称"] == f"演练{markup}" and basics["演练地点"] == f"地点{markup}"


async def test_the_report_workbook(client, clock_at):
    d = await reviewed_drill(clock_at)
    response = await get(client, path(d.drill.id, "xlsx"), "leader")
    assert response.status_code == 200, response.text
    assert response.headers["content-type"] == XLSX
    name = f"演练评估报告-2026-03-10-{TITLE}.xlsx"
    assert response.headers["content-disposition"] == f"attachment; filename*=UTF-8''{quote(name)}"
    book = openpyxl.load_workbook(io.BytesIO(response.content))
    assert book.sheetnames == ["概况", "得分", "点评", "整改事项"]
    for sheet in book.worksheets:
        header = 2 if sheet.title == "概况" else 1
        assert all(cell.font.bold for cell in sheet[header] if cell.value), sheet.title
        assert sheet.freeze_panes == f"A{header + 1}", sheet.title

    overview = {row[0]: row[1] for row in book["概况"].iter_rows(min_row=3, values_only=True)}
    assert book["概况"]["A1"].value == "演练评估报告"
    assert overview["演练名称"] == TITLE and overview["演练得分"] == "123.38 / 130"
    assert overview["协同联动得分"] == "27.75 / 30"
    assert overview["待改进 1"] == "指挥与协调 · 多部门联动"
    assert overview["亮点 1"] == "预警与信息报告 · 险情首报"

    scores = [list(r) for r in book["得分"].iter_rows(values_only=True)]
    assert scores[0] == ["单位", "角色", "评估环节", "得分", "满分", "得分率", "评估员人数"]
    rows = {(r[0], r[2]): r[3:5] for r in scores[1:]}
    assert rows["县水利局", "预警与信息报告"] == [15.5, 18]
    assert rows["县水利局", "现场处置"] == [24.25, 28]
    assert rows["县水利局", "合计"] == [93.75, 100]
    assert rows["高村镇", "指挥与协调"] == [13.5, 16]
    assert rows["高村镇", "合计"] == [97.5, 100]
    assert rows["全体参演单位", "统一指挥"] == [8.5, 10]
    assert rows["全体参演单位", "协同联动合计"] == [27.75, 30]
    assert scores[-1][0] == "演练得分" and scores[-1][3:5] == [123.38, 130]
    assert {r[2] for r in scores if r[0] == "高村镇"} == {*SECTIONS, "合计"}
    assert book["得分"]["F2"].number_format == "0.0%"

    comments = [list(r) for r in book["点评"].iter_rows(values_only=True)]
    assert comments[0] == ["序号", "类别", "署名", "关联任务", "内容", "时间"]
    assert comments[1][:5] == [1, "领导点评", "刘副县长", None, REVIEW]
    assert comments[2][:5] == [2, "领导意见", "刘副县长", "预警信息传递", SCRIPT]
    assert comments[3][1] == "评估员观察" and comments[3][4] == "村村响广播未覆盖两个自然村"
    assert all("评估员的讨论" not in str(r) for r in comments)

    items = [list(r) for r in book["整改事项"].iter_rows(values_only=True)]
    assert items[1][:4] == [1, ITEM, "两个自然村加装广播", "高村镇"]
    assert items[1][5] == datetime(2026, 3, 31)
    assert items[1][6:] == ["已整改", "否", EVIDENCE]
    assert items[2][1] == LATE_ITEM and items[2][6:8] == ["待整改", "是"]


async def test_cell_text_is_never_a_formula(client, clock_at):
    d = await plan(clock_at)
    await actions.create_action_item(
        title='=HYPERLINK("http://x")',
        owner_unit_id=d.water.id,
        due_date=date(2026, 3, 31),
        source=ActionSource.DRILL,
        drill_id=d.drill.id,
    )
    book = openpyxl.load_workbook(
        io.BytesIO((await get(client, path(d.drill.id, "xlsx"), "trainer")).content)
    )
    cell = book["整改事项"]["B2"]
    assert cell.value == '=HYPERLINK("http://x")' and cell.data_type == "s"


async def test_an_evaluator_who_has_not_submitted_sees_only_their_own_ratings(client, clock_at):
    d = await plan(clock_at)
    a, b = d.evaluators
    await drills.submit_evaluation(
        d.drill.id, d.water.id, full_marks(warning__forecast_relay="3"), a
    )
    draft = full_marks(warning__forecast_relay="5")
    await drills.submit_evaluation(d.drill.id, d.water.id, draft, b, final=False)

    seen = {}
    for user in (a, b, d.leader):
        data = await report_data(d.drill, user)
        seen[user.username] = (data.units[0].score.total, data.own_draft, data.units[1].score.total)
    assert seen == {
        "eval-a": (Decimal("97.00"), False, None),
        "eval-b": (Decimal("99.00"), True, None),
        "leader": (Decimal("97.00"), False, None),
    }
    page = (await get(client, path(d.drill.id, "html"), "eval-b")).text
    assert "本报告的得分仅含您本人的评分" in page and "99 / 130" in page
    page = (await get(client, path(d.drill.id, "html"), "trainer")).text
    assert "97 / 130" in page and "仅含您本人" not in page


@pytest.mark.parametrize("extension", ["html", "xlsx"])
async def test_who_may_read_the_report(client, clock_at, extension):
    d = await plan(clock_at)
    url = path(d.drill.id, extension)
    response = await get(client, url)
    assert response.status_code == 401 and response.json()["error"] == "UNAUTHENTICATED"
    assert response.headers["www-authenticate"] == "Bearer"
    response = await client.http.get(url, headers={"Authorization": "Bearer not-a-token"})
    assert response.status_code == 401
    response = await get(client, url, "other-officer")
    assert response.status_code == 403 and response.json()["error"] == "FORBIDDEN"
    for username in ("trainer", "officer", "eval-a", "leader"):
        assert (await get(client, url, username)).status_code == 200, username
    # An admin who takes no part reads it too; a township trainer elsewhere does not.
    await make_user("admin", Role.ADMIN)
    assert (await get(client, url, "admin")).status_code == 200
    other = await Unit.get(name="锦和镇")
    await make_user(
        "other-trainer", Role.TRAINER, person=await make_person(other, name="外镇培训员")
    )
    assert (await get(client, url, "other-trainer")).status_code == 403


@pytest.mark.parametrize("extension", ["html", "xlsx"])
async def test_bad_and_unknown_drill_ids(client, clock_at, extension):
    d = await plan(clock_at)
    await client.login("trainer")
    headers = {"Authorization": f"Bearer {client.token}"}
    for bad in ("garbage", global_id("Unit", d.water.id)):
        response = await client.http.get(
            f"/exports/drills/{bad}/report.{extension}", headers=headers
        )
        assert response.status_code == 400, bad
        assert response.json()["error"] == "BAD_REQUEST"
    response = await client.http.get(path(99999, extension), headers=headers)
    assert response.status_code == 404 and response.json()["error"] == "NOT_FOUND"


async def test_the_report_matches_the_graphql_drill_report(clock_at):
    from schema.drills import report

    d = await reviewed_drill(clock_at)
    a, b = d.evaluators
    await drills.DrillStaff.filter(drill_id=d.drill.id, user_id=b.id).update(submitted_at=None)
    drill = await drills.Drill.get(id=d.drill.id)
    for viewer in (a, b, d.leader):
        mine, theirs = await report_data(drill, viewer), await report(drill, viewer)
        assert mine.score == theirs.score and mine.max_score == theirs.max_score
        assert {u.unit_id: u.score.total for u in mine.units} == {
            u.unit_id: u.score for u in theirs.units
        }
        assert mine.coordination.total == theirs.coordination.score
        assert [s.task.key for s in mine.strengths] == [t.key for t in theirs.strengths]
        assert [s.task.key for s in mine.improvements] == [
            t.key for t in theirs.areas_for_improvement
        ]
        notes = [o.note for group in mine.observations for o in group.notes]
        assert len(notes) == len(theirs.observations)
        assert all(any(n in o for o in theirs.observations) for n in notes)
        assert len(mine.action_items) == len(theirs.action_items) == 2
