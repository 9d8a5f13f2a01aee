"""Demo drills: a year of drills, each driven through the domain's own operations.

`plan_drills` decides everything in memory from `random.Random(seed)` and `now`: six past drills
spread over the months before `now` (planned, run, rated by two or three evaluators, commented on
by the county leader, reviewed, with corrective actions for their weak points), one drill in
progress today (draft ratings, a few comments: the one to watch a leader's comment arrive live)
and one planned for next month. `seed_drills` then writes the plan with plan_drill, transition,
submit_evaluation, add_comment, create_action_item and move_action_item, with the domain clock
moved to the moment each step happened, so the reviewed drills write their DRILL ledger events as
the API would have.

The past drills fall in the current local year when it is at least five months old; earlier in
the year they reach back into the previous one, so that every drill has had time to be reviewed
and its corrective actions time to be done, verified or left overdue.
"""

from __future__ import annotations

import logging
import math
import random
from collections import Counter
from collections.abc import Collection, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta
from decimal import Decimal

from drills import catalogue
from models import clock
from models.actions import (
    ActionItem,
    ActionSource,
    ActionStatus,
    create_action_item,
    move_action_item,
)
from models.assessment import Dimension, ScoreEvent
from models.drills import (
    Drill,
    DrillComment,
    DrillPlan,
    DrillRating,
    DrillStatus,
    DrillType,
    HseepRating,
    ParticipantRole,
    ParticipantSpec,
    RatingSpec,
    add_comment,
    coordination_section,
    plan_drill,
    submit_evaluation,
    transition,
)
from models.org import Person, PersonCategory, Role, Unit, User, create_user
from seed.names import EMERGENCY_BUREAU, FIRE_BRIGADE

log = logging.getLogger("lianbing.seed")

EVALUATOR = "evaluator"
LEADER = "leader"
TRAINER = "trainer"
OFFICER = "officer"
# More evaluators, with the people they are linked to when the units have some without accounts.
EXTRA_EVALUATORS = {"evaluator2": EMERGENCY_BUREAU, "evaluator3": FIRE_BRIGADE}

NAMED_PER_UNIT = 4  # people of each unit named as taking part (they get DRILL points too)
PAST_WINDOW_DAYS = 150  # the past drills span at least this many days before today
QUIET_DAYS = 10  # the last past drill is at least this long ago: it has been reviewed

SHARE = (0.6, 0.95)  # most tasks
WEAK = (0.3, 0.5)  # the weak points that the reports list as areas for improvement

DURATIONS = {
    DrillType.TABLETOP: timedelta(hours=2),
    DrillType.FUNCTIONAL: timedelta(hours=2, minutes=30),
    DrillType.FULL_SCALE: timedelta(hours=3),
}
STARTS = {
    DrillType.TABLETOP: time(14, 30),
    DrillType.FUNCTIONAL: time(9),
    DrillType.FULL_SCALE: time(9),
}


# --- the stories ------------------------------------------------------------------------------


@dataclass(frozen=True)
class Weakness:
    """A unit's weak task: the evaluators' observation and the corrective action it leads to."""

    unit: str
    task: str
    note: str
    action: str
    evidence: str


@dataclass(frozen=True)
class Remark:
    """A comment: `author` is a username; `task` a rubric task it is about; `reply`: it answers
    the leader's review."""

    author: str
    body: str
    task: str | None = None
    reply: bool = False


@dataclass(frozen=True)
class Story:
    title: str  # after the year: "2026年" + title
    scenario: str
    type: DrillType
    location: str
    organizer: str
    lead: str
    support: tuple[str, ...]
    evaluators: tuple[str, ...]
    weaknesses: tuple[Weakness, ...] = ()
    notes: tuple[tuple[str, str], ...] = ()  # (task, observation) of the lead unit
    coordination_note: tuple[str, str] | None = None
    review: str = ""  # the county leader's 点评
    remarks: tuple[Remark, ...] = ()
    review_action: tuple[str, str, str] | None = None  # (unit, title, evidence) from the 点评


PAST = (
    Story(
        title="烟花爆竹事故应急桌面推演",
        scenario="fireworks",
        type=DrillType.TABLETOP,
        location="县应急指挥中心",
        organizer=EMERGENCY_BUREAU,
        lead=EMERGENCY_BUREAU,
        support=("麻阳宏达烟花爆竹有限公司", "兰里镇综合行政执法大队"),
        evaluators=("evaluator", "evaluator3"),
        weaknesses=(
            Weakness(
                "麻阳宏达烟花爆竹有限公司",
                "warning.first_response",
                "推演中企业未第一时间切断中转库电源，疏散指令下达延迟约5分钟",
                "完善企业先期处置卡，明确断电、撤人第一责任人",
                "已修订《中转库事故先期处置卡》，明确当班值班长为断电第一责任人，"
                "组织全员培训并考试，合格率100%。",
            ),
            Weakness(
                "兰里镇综合行政执法大队",
                "response.cordon",
                "警戒范围按200米设置，低于预案要求的500米，警戒人员站位不清",
                "开展警戒疏散专项复训，按预案标定警戒点位",
                "已组织警戒疏散专项复训2次，在厂区周边标定500米警戒点位8处并制作点位图。",
            ),
        ),
        notes=(
            ("command.risk", "危险评估分工明确，专家组10分钟内提出处置建议"),
            ("public_info.release", "信息发布口径统一，模拟通稿要素齐全"),
        ),
        coordination_note=("coordination.information", "企业与属地执法队伍信息互通及时"),
        review="本次推演情景设置贴近烟花爆竹生产经营旺季实际，企业和属地执法队伍基本熟悉处置流程。"
        "但企业先期处置中断电、撤人等关键动作还不够果断，警戒范围设置偏小，暴露出对预案掌握不牢。"
        "请兰里镇和宏达公司对照评估意见逐项整改，县应急管理局跟踪督办。",
        remarks=(
            Remark(
                "trainer",
                "收到。县应急管理局将在两周内组织回头看，督促企业完成先期处置卡修订。",
                reply=True,
            ),
        ),
    ),
    Story(
        title="危险化学品泄漏事故应急桌面推演",
        scenario="hazmat_leak",
        type=DrillType.TABLETOP,
        location="麻阳金盛化工有限公司会议室",
        organizer=EMERGENCY_BUREAU,
        lead=EMERGENCY_BUREAU,
        support=("麻阳金盛化工有限公司",),
        evaluators=("evaluator", "evaluator2"),
        weaknesses=(
            Weakness(
                "麻阳金盛化工有限公司",
                "warning.report_time",
                "企业内部逐级请示后才报告，事故报告较规定时限晚12分钟",
                "修订事故信息报告制度，明确值班长直报权限",
                "已修订《事故信息报告制度》，赋予当班值班长直报县应急管理局的权限，"
                "并在中控室张贴报告流程图。",
            ),
            Weakness(
                EMERGENCY_BUREAU,
                "public_info.rumour",
                "模拟网络舆情出现40分钟后才发布首条回应，舆情应对口径未提前准备",
                "编制危险化学品事故舆情应对口径模板",
                "已编制危化品泄漏、火灾、爆炸、中毒4类事故舆情应对口径模板，并纳入值班手册。",
            ),
        ),
        notes=(
            ("command.expert", "专家会商组织有序，20分钟内形成堵漏和疏散建议"),
            ("response.evacuation", "下风向疏散范围随气象条件动态调整，方案合理"),
        ),
        coordination_note=(
            "coordination.information",
            "企业与县局指挥部对接顺畅，但态势图更新偏慢",
        ),
        review="推演暴露出企业“先请示、后报告”的老问题，事故报告必须严格按时限执行，"
        "不得层层请示延误。指挥部专家会商和下风向疏散方案制定较为规范，值得肯定。"
        "舆情应对要提前准备口径，做到第一时间发声、权威发声。",
        remarks=(
            Remark(
                "evaluator2",
                "建议企业把“先报告、后请示”写进值班长岗位职责，并纳入日常考核。",
                task="warning.report_time",
            ),
            Remark("trainer", "县应急管理局已将舆情口径模板编制列入本月重点工作。", reply=True),
        ),
    ),
    Story(
        title="森林火灾扑救实战演练",
        scenario="forest_fire",
        type=DrillType.FULL_SCALE,
        location="黄桑乡上坪村林区",
        organizer="县林业局",
        lead="县林业局",
        support=("县森林公安局", "黄桑乡综合行政执法大队"),
        evaluators=("evaluator", "evaluator2", "evaluator3"),
        weaknesses=(
            Weakness(
                "黄桑乡综合行政执法大队",
                "command.communication",
                "山谷内对讲机信号中断，两个扑火小组失联约6分钟",
                "配备便携式中继台，建立山区扑火通讯备份方案",
                "已采购便携式中继台2台、卫星电话1部，制定山区扑火通讯备份方案并完成实地测试。",
            ),
            Weakness(
                "县林业局",
                "support.logistics",
                "给养、饮用水送达前线用时超过2小时，未设置中转补给点",
                "优化给养前送方案，预设中转补给点",
                "已在黄桑、尧市方向预设3处中转补给点，明确给养前送责任人和车辆。",
            ),
        ),
        notes=(
            ("response.safety_rules", "扑火队员个人防护装备齐全，安全避险区选择合理"),
            ("mobilization.dispatch", "专业扑火队接令后35分钟到达集结点"),
        ),
        coordination_note=("coordination.handover", "林业、森林公安与乡镇扑火队分区明确，交接有序"),
        review="这次实战演练队伍集结快、扑火战术运用得当，扑火安全规程执行到位，值得肯定。"
        "问题在于山区通讯保障，个别扑火小组一度失联，这在真实火场上是要出人命的。"
        "请黄桑乡配齐中继设备，林业局优化给养前送方案，下次演练专门检验通讯保障。",
        remarks=(
            Remark(
                "evaluator",
                "评估组补充：建议下次演练设置通讯中断情景，检验备用联络方式。",
                reply=True,
            ),
        ),
    ),
    Story(
        title="地质灾害避险转移演练",
        scenario="geohazard_evacuation",
        type=DrillType.FUNCTIONAL,
        location="岩门镇老寨村滑坡隐患点",
        organizer="岩门镇",
        lead="岩门镇",
        support=("县自然资源局",),
        evaluators=("evaluator", "evaluator2"),
        weaknesses=(
            Weakness(
                "岩门镇",
                "response.vulnerable",
                "2名行动不便老人转移用时超过40分钟，未提前落实一对一帮扶责任人",
                "建立特殊人群台账，落实一对一帮扶责任人",
                "已建立隐患点影响范围内特殊人群台账37人，逐人落实帮扶责任人并签订责任书。",
            ),
            Weakness(
                "县自然资源局",
                "command.expert",
                "技术研判意见仅口头通报，未形成书面材料，指挥部决策依据不足",
                "规范地质灾害技术研判意见书",
                "已制定《地质灾害应急技术研判意见书》模板，明确30分钟内出具书面意见。",
            ),
        ),
        notes=(
            ("mobilization.cadres", "包保责任人15分钟内全部到岗"),
            ("response.route_safety", "转移路线提前踏勘，沿途设置了明显指示标志"),
        ),
        review="岩门镇包保责任人到岗快，群众转移路线清楚，整体组织是成功的。"
        "但特殊人群转移还是短板，行动不便的老人用时过长，必须提前落实一对一帮扶。"
        "自然资源局的技术研判要形成书面意见，为指挥决策提供依据。",
        remarks=(
            Remark(
                "evaluator2",
                "评估组将把特殊人群转移列为下次演练的重点评估科目。",
                reply=True,
            ),
        ),
    ),
    Story(
        title="防汛抢险综合实战演练",
        scenario="flood_rescue",
        type=DrillType.FULL_SCALE,
        location="锦江高村镇城区段",
        organizer=EMERGENCY_BUREAU,
        lead=EMERGENCY_BUREAU,
        support=("县水利局", "高村镇综合行政执法大队"),
        evaluators=("evaluator", "evaluator2", "evaluator3"),
        weaknesses=(
            Weakness(
                "高村镇综合行政执法大队",
                "warning.report_time",
                "险情首报超时8分钟，巡查人员发现管涌后先电话请示再上报",
                "明确巡堤查险首报责任人，开展信息报送专项复训",
                "已明确每个巡堤责任段的首报责任人，组织信息报送专项复训，"
                "复训中首报用时均在规定时限内。",
            ),
            Weakness(
                "县水利局",
                "support.materials",
                "编织袋、块石调运路线未提前踏勘，首车物资晚到25分钟",
                "踏勘防汛物资调运路线，修订物资调运方案",
                "已完成3条物资调运路线踏勘，修订《防汛物资调运方案》，"
                "与2家运输企业签订应急运输协议。",
            ),
        ),
        notes=(
            ("response.water_rescue", "冲锋舟2分钟内下水，救生抛投准确"),
            ("response.evacuation", "危险区群众按网格转移，清点无遗漏"),
        ),
        coordination_note=(
            "coordination.information",
            "联合指挥部调度有力，但水利技术组与现场指挥部信息共享不够及时",
        ),
        review="这次实战演练规模大、科目全，各单位响应迅速，水上救援和群众转移组织得比较好。"
        "但险情首报超时、物资调运迟缓两个问题必须高度重视，汛期快一分钟就多一分主动。"
        "请高村镇和水利局对照评估意见限期整改，整改期满后由县应急管理局组织复查。",
        remarks=(
            Remark(
                "evaluator3",
                "管涌险情处置中，抢险队伍“反滤围井”做法规范，可作为培训案例。",
                task="response.levee_repair",
            ),
            Remark(
                "officer",
                "高村镇执法大队已组织复盘，逐段明确了首报责任人，保证按期完成整改。",
                reply=True,
            ),
            Remark("trainer", "县应急管理局将在整改期满后组织复查，请各单位做好准备。", reply=True),
        ),
        review_action=(
            EMERGENCY_BUREAU,
            "组织防汛抢险演练整改情况复查",
            "已完成整改情况复查，各项整改措施落实到位，复查报告已报县防汛抗旱指挥部。",
        ),
    ),
    Story(
        title="道路交通事故救援联合演练",
        scenario="road_accident",
        type=DrillType.FUNCTIONAL,
        location="G354国道麻阳段",
        organizer="县交通运输局",
        lead="县交通运输局",
        support=("县公安局", FIRE_BRIGADE),
        evaluators=("evaluator", "evaluator2"),
        weaknesses=(
            Weakness(
                "县公安局",
                "public_info.detour",
                "管制与绕行信息发布滞后，事故发生35分钟后才通过导航平台推送",
                "与导航平台建立交通管制信息快速推送机制",
                "已与2家导航平台建立管制信息快速推送机制，测试推送用时在5分钟以内。",
            ),
            Weakness(
                "县交通运输局",
                "support.towing",
                "清障车辆调度电话无人接听，备用联系人未明确，清障延误20分钟",
                "建立清障力量备勤名录，明确AB角联系人",
                "已建立清障力量备勤名录，明确每台清障车AB角联系人，每月更新一次。",
            ),
        ),
        notes=(
            ("response.traffic_control", "警戒区设置规范，上游预警距离充足"),
            ("response.triage", "检伤分类标识清晰，重伤员优先转运"),
        ),
        coordination_note=("coordination.handover", "交警、消防、医疗到场后交接有序"),
        review="演练检验了交通、公安、消防“一路多方”联动机制，破拆救援和检伤分类专业规范。"
        "短板在信息发布和清障保障：绕行信息发布滞后容易造成二次拥堵，"
        "清障车辆调度不畅会延长道路中断时间。请相关单位建立清障力量备勤名录，"
        "与导航平台建立信息推送机制。",
        remarks=(
            Remark(
                "evaluator",
                "破拆组12分钟内救出被困人员，操作规范，建议在全县消防站推广。",
                task="response.extrication",
            ),
            Remark(
                "evaluator2",
                "评估组建议把清障保障列为下次联合演练的必考科目。",
                reply=True,
            ),
        ),
    ),
)

LIVE = Story(
    title="高村镇商贸城人员密集场所火灾应急疏散演练",
    scenario="crowded_place_fire",
    type=DrillType.FUNCTIONAL,
    location="高村镇锦江商贸城",
    organizer=EMERGENCY_BUREAU,
    lead=FIRE_BRIGADE,
    support=("高村镇综合行政执法大队",),
    evaluators=("evaluator", "evaluator2"),
    remarks=(
        Remark("trainer", "各小组注意：模拟火点设在二楼东侧，疏散完毕后到南广场集合清点。"),
        Remark(
            "evaluator2",
            "3号楼梯间有货物堆放，疏散指示标志被遮挡，建议现场立即清理。",
            task="response.evacuation",
        ),
        Remark("officer", "收到，已安排队员清理3号楼梯间堆放物，并在楼梯口增派引导员。"),
    ),
)
# Draft ratings of the drill in progress: (evaluator, unit, task, share, note).
LIVE_DRAFTS = (
    ("evaluator", FIRE_BRIGADE, "warning.alarm", 0.9, None),
    ("evaluator", FIRE_BRIGADE, "warning.control_room", 0.8, None),
    (
        "evaluator",
        FIRE_BRIGADE,
        "warning.first_attack",
        0.88,
        "微型消防站3分钟内出水，初期处置果断",
    ),
    ("evaluator", FIRE_BRIGADE, "command.post_setup", 0.75, None),
    (
        "evaluator2",
        "高村镇综合行政执法大队",
        "response.evacuation",
        0.5,
        "3号楼梯间疏散指示标志被货物遮挡，引导员临时改道",
    ),
    ("evaluator2", "高村镇综合行政执法大队", "response.headcount", 0.83, None),
)

NEXT = Story(
    title="燃气泄漏爆炸事故应急救援综合演练",
    scenario="gas_explosion",
    type=DrillType.FULL_SCALE,
    location="锦和镇新区燃气调压站",
    organizer=EMERGENCY_BUREAU,
    lead=EMERGENCY_BUREAU,
    support=(FIRE_BRIGADE, "县公安局", "锦和镇综合行政执法大队"),
    evaluators=("evaluator", "evaluator3"),
)


# --- the plan --------------------------------------------------------------------------------


@dataclass(frozen=True)
class Submission:
    """One evaluator's ratings of one unit (None: the coordination section)."""

    evaluator: str
    unit: str | None
    at: datetime
    final: bool
    ratings: tuple[RatingSpec, ...]


@dataclass(frozen=True)
class PlannedComment:
    author: str
    body: str
    at: datetime
    task: str | None = None
    is_review: bool = False
    reply: bool = False  # to the leader's review


@dataclass
class PlannedAction:
    title: str
    description: str
    owner: str
    created_at: datetime
    due: date
    evidence: str
    from_review: bool = False
    outcome: ActionStatus = ActionStatus.OPEN
    started_at: datetime | None = None
    done_at: datetime | None = None
    verified_at: datetime | None = None


@dataclass
class PlannedDrill:
    story: Story
    title: str
    status: DrillStatus
    planned_at: datetime
    scheduled_at: datetime
    participants: list[tuple[str, ParticipantRole, list[int]]]
    started_at: datetime | None = None
    completed_at: datetime | None = None
    reviewed_at: datetime | None = None
    submissions: list[Submission] = field(default_factory=list)
    comments: list[PlannedComment] = field(default_factory=list)
    actions: list[PlannedAction] = field(default_factory=list)


def _at(day: date, moment: time) -> datetime:
    return clock.utc(datetime.combine(day, moment, clock.LOCAL))


def _midweek(day: date, first: date, last: date) -> date:
    """The nearest Tuesday to Thursday from `day` within [first, last] (`day` if none is)."""
    for shift in (0, 1, -1, 2, -2, 3, -3):
        moved = day + timedelta(days=shift)
        if first <= moved <= last and moved.weekday() in (1, 2, 3):
            return moved
    return day


def _points(
    rng: random.Random, maximum: Decimal, share: float, bounds: tuple[float, float]
) -> Decimal:
    """`share` of `maximum` in half points, kept within the share bounds."""
    top = float(maximum) * 2
    low, high = math.ceil(bounds[0] * top), math.floor(bounds[1] * top)
    halves = round(share * top + rng.uniform(-0.5, 0.5))
    halves = min(max(halves, low), high) if low <= high else round(sum(bounds) / 2 * top)
    return Decimal(halves) / 2


def _hseep(points: Decimal, maximum: Decimal) -> HseepRating:
    share = points / maximum
    if share >= Decimal("0.85"):
        return HseepRating.P
    if share >= Decimal("0.65"):
        return HseepRating.S
    if share >= Decimal("0.4"):
        return HseepRating.M
    return HseepRating.U


def _clamp(value: float, bounds: tuple[float, float]) -> float:
    return min(max(value, bounds[0]), bounds[1])


def _participants(
    story: Story, people: dict[str, list[int]], pinned: set[int], rng: random.Random
) -> list[tuple[str, ParticipantRole, list[int]]]:
    result = []
    for index, unit in enumerate((story.lead, *story.support)):
        candidates = people.get(unit, [])
        named = [p for p in candidates if p in pinned]
        rest = [p for p in candidates if p not in pinned]
        named += rng.sample(rest, min(len(rest), max(0, NAMED_PER_UNIT - len(named))))
        role = ParticipantRole.LEAD if index == 0 else ParticipantRole.SUPPORT
        result.append((unit, role, sorted(named)))
    return result


def _evaluations(
    story: Story, units: Sequence[str], completed_at: datetime, rng: random.Random
) -> list[Submission]:
    """Every evaluator's final ratings of every unit, and of the coordination section of a joint
    drill, submitted in the hour after the drill ended."""
    scenario = catalogue.catalogue()[story.scenario]
    tasks = [task for section in scenario.sections for task in section.tasks]
    weak = {(w.unit, w.task): w.note for w in story.weaknesses}
    notes = dict(story.notes)
    # What the notes and the evaluators' remarks praise was done well by everyone.
    praised = {*notes, *(r.task for r in story.remarks if r.task)}
    praised -= {w.task for w in story.weaknesses}
    levels = {unit: rng.uniform(0.72, 0.86) for unit in units}
    base = {}
    for unit in units:
        for task in tasks:
            if (unit, task.key) in weak:
                base[unit, task.key] = rng.uniform(0.34, 0.46)
            elif task.key in praised:
                base[unit, task.key] = rng.uniform(0.86, 0.93)
            else:
                base[unit, task.key] = _clamp(levels[unit] + rng.uniform(-0.1, 0.08), SHARE)
    coordination = []
    if len(units) > 1:
        sections = catalogue.rubric_from_dict({"sections": coordination_section()})
        coordination = [task for section in sections for task in section.tasks]
    coordination_level = rng.uniform(0.68, 0.88)
    submissions = []
    at = completed_at + timedelta(minutes=15)
    for number, evaluator in enumerate(story.evaluators):
        first, last = number == 0, number == len(story.evaluators) - 1
        for unit in units:
            specs = []
            for task in tasks:
                weak_note = weak.get((unit, task.key))
                bounds = WEAK if weak_note else SHARE
                share = base[unit, task.key] + rng.uniform(-0.05, 0.05)
                points = _points(rng, task.max_points, share, bounds)
                note = None
                if weak_note and first:
                    note = weak_note
                elif unit == story.lead and last and task.key in notes:
                    note = notes[task.key]
                specs.append(RatingSpec(task.key, points, _hseep(points, task.max_points), note))
            at += timedelta(minutes=rng.randint(2, 5))
            submissions.append(Submission(evaluator, unit, at, True, tuple(specs)))
        if coordination:
            specs = []
            for task in coordination:
                share = _clamp(coordination_level + rng.uniform(-0.08, 0.08), SHARE)
                points = _points(rng, task.max_points, share, SHARE)
                note = None
                if first and story.coordination_note and story.coordination_note[0] == task.key:
                    note = story.coordination_note[1]
                specs.append(RatingSpec(task.key, points, _hseep(points, task.max_points), note))
            at += timedelta(minutes=rng.randint(1, 3))
            submissions.append(Submission(evaluator, None, at, True, tuple(specs)))
    return submissions


def _past_days(today: date, count: int, rng: random.Random) -> list[date]:
    """`count` drill days spread over the months before today (see the module's docstring)."""
    last = today - timedelta(days=QUIET_DAYS)
    first = min(date(today.year, 1, 8), last - timedelta(days=PAST_WINDOW_DAYS))
    span = (last - first).days
    days = []
    for index in range(count):
        centre = first + timedelta(days=span * (2 * index + 1) // (2 * count))
        days.append(_midweek(centre + timedelta(days=rng.randint(-3, 3)), first, last))
    return days


def _plan_past(
    story: Story,
    day: date,
    people: dict[str, list[int]],
    pinned: set[int],
    rng: random.Random,
) -> PlannedDrill:
    start = _at(day, STARTS[story.type])
    end = start + DURATIONS[story.type]
    participants = _participants(story, people, pinned, rng)
    units = [unit for unit, _, _ in participants]
    drill = PlannedDrill(
        story=story,
        title=f"{clock.local(start).year}年{story.title}",
        status=DrillStatus.REVIEWED,
        planned_at=_at(day - timedelta(days=rng.randint(18, 30)), time(10)),
        scheduled_at=start,
        participants=participants,
        started_at=start,
        completed_at=end,
        reviewed_at=_at(day + timedelta(days=rng.randint(2, 4)), time(16)),
    )
    drill.submissions = _evaluations(story, units, end, rng)
    after = drill.submissions[-1].at
    comments = [
        PlannedComment(r.author, r.body, after + timedelta(minutes=5), task=r.task)
        for r in story.remarks
        if not r.reply
    ]
    review_at = after + timedelta(minutes=20)
    comments.append(PlannedComment(LEADER, story.review, review_at, is_review=True))
    replies = [r for r in story.remarks if r.reply]
    at = review_at
    for remark in replies:
        at += timedelta(minutes=rng.randint(40, 90))
        comments.append(
            PlannedComment(remark.author, remark.body, at, task=remark.task, reply=True)
        )
    drill.comments = sorted(comments, key=lambda c: c.at)

    created = drill.reviewed_at + timedelta(minutes=30)
    scenario = catalogue.catalogue()[story.scenario]
    for weakness in story.weaknesses:
        task = scenario.task(weakness.task)
        drill.actions.append(
            PlannedAction(
                title=weakness.action,
                description=f"{drill.title}中“{task.title if task else weakness.task}”"
                f"得分偏低：{weakness.note}。",
                owner=weakness.unit,
                created_at=created,
                due=clock.local(created).date() + timedelta(days=rng.choice((30, 45, 60))),
                evidence=weakness.evidence,
            )
        )
    if story.review_action:
        unit, title, evidence = story.review_action
        drill.actions.append(
            PlannedAction(
                title=title,
                description=f"落实县领导在{drill.title}点评中提出的要求。",
                owner=unit,
                created_at=created + timedelta(minutes=10),
                due=clock.local(created).date() + timedelta(days=40),
                evidence=evidence,
                from_review=True,
            )
        )
    return drill


def _settle(actions: list[PlannedAction], now: datetime, rng: random.Random) -> None:
    """How far each corrective action got by `now`. Of those due before today, one at least is
    still OPEN (overdue), others are DONE or VERIFIED; those not yet due are open, under way or
    done early."""
    today = clock.local(now).date()
    due = [a for a in actions if a.due < today]
    pending = [a for a in actions if a.due >= today]
    outcomes = {}
    if due:
        pattern = [ActionStatus.OPEN, ActionStatus.VERIFIED, ActionStatus.DONE]
        rest = rng.choices(
            [ActionStatus.VERIFIED, ActionStatus.DONE, ActionStatus.IN_PROGRESS, ActionStatus.OPEN],
            [0.6, 0.15, 0.1, 0.15],
            k=max(0, len(due) - len(pattern)),
        )
        chosen = (pattern + rest)[: len(due)]
        rng.shuffle(chosen)
        outcomes.update(zip(map(id, due), chosen, strict=True))
    for action in pending:
        outcomes[id(action)] = rng.choices(
            [ActionStatus.OPEN, ActionStatus.IN_PROGRESS, ActionStatus.DONE], [0.35, 0.4, 0.25]
        )[0]
    for action in actions:
        outcome = outcomes[id(action)]
        created = clock.local(action.created_at).date()
        latest = min(action.due - timedelta(days=1), today - timedelta(days=1))
        if outcome == ActionStatus.OPEN or (latest - created).days < 4:
            continue  # nothing done yet (or no time to do it)
        started = created + timedelta(days=rng.randint(1, 3))
        action.outcome, action.started_at = ActionStatus.IN_PROGRESS, _at(started, time(9, 30))
        if outcome == ActionStatus.IN_PROGRESS:
            continue
        done = started + timedelta(days=rng.randint(1, max(1, (latest - started).days)))
        action.outcome, action.done_at = ActionStatus.DONE, _at(done, time(17))
        verified = done + timedelta(days=rng.randint(2, 6))
        if outcome == ActionStatus.VERIFIED and verified < today:
            action.outcome, action.verified_at = ActionStatus.VERIFIED, _at(verified, time(10))


def _plan_live(
    now: datetime, people: dict[str, list[int]], pinned: set[int], rng: random.Random
) -> PlannedDrill:
    """Started 45 minutes ago (on the quarter hour), not before today's midnight; its ratings
    and comments came in since."""
    local_now = clock.local(now)
    midnight = local_now.replace(hour=0, minute=0, second=0, microsecond=0)
    start = local_now - timedelta(minutes=45)
    start = max(midnight, start.replace(minute=start.minute // 15 * 15, second=0, microsecond=0))
    start = clock.utc(start)
    span = now - start

    def moment(share: float) -> datetime:
        return start + span * share

    story = LIVE
    drill = PlannedDrill(
        story=story,
        title=f"{local_now.year}年{story.title}",
        status=DrillStatus.IN_PROGRESS,
        planned_at=_at(local_now.date() - timedelta(days=14), time(10)),
        scheduled_at=start,
        participants=_participants(story, people, pinned, rng),
        started_at=start,
    )
    scenario = catalogue.catalogue()[story.scenario]
    grouped: dict[tuple[str, str], list[RatingSpec]] = {}
    for evaluator, unit, key, share, note in LIVE_DRAFTS:
        task = scenario.task(key)
        points = _points(rng, task.max_points, share, (0.0, 1.0))
        grouped.setdefault((evaluator, unit), []).append(
            RatingSpec(key, points, _hseep(points, task.max_points), note)
        )
    drill.submissions = [
        Submission(evaluator, unit, moment(0.4 + 0.1 * n), False, tuple(specs))
        for n, ((evaluator, unit), specs) in enumerate(grouped.items())
    ]
    drill.comments = [
        PlannedComment(r.author, r.body, moment(0.2 + 0.25 * n), task=r.task)
        for n, r in enumerate(story.remarks)
    ]
    return drill


def _plan_next(
    now: datetime, people: dict[str, list[int]], pinned: set[int], rng: random.Random
) -> PlannedDrill:
    """The second Wednesday of next month, 9:00."""
    today = clock.local(now).date()
    first = (today.replace(day=1) + timedelta(days=32)).replace(day=1)
    day = first + timedelta(days=(2 - first.weekday()) % 7 + 7)
    story = NEXT
    return PlannedDrill(
        story=story,
        title=f"{day.year}年{story.title}",
        status=DrillStatus.PLANNED,
        planned_at=_at(today - timedelta(days=3), time(10)),
        scheduled_at=_at(day, STARTS[story.type]),
        participants=_participants(story, people, pinned, rng),
    )


def plan_drills(
    *,
    now: datetime,
    seed: int,
    people: dict[str, list[int]],
    pinned: Collection[int] = (),
) -> list[PlannedDrill]:
    """Every demo drill, in the order they were planned.

    `people` maps each unit name to the ids of its people who may be named as taking part (at
    most NAMED_PER_UNIT of each unit are, `pinned` people always); a story whose units are not
    all in `people` is left out.
    """
    rng = random.Random(seed)
    pinned = set(pinned)

    def possible(story: Story) -> bool:
        return all(unit in people for unit in (story.organizer, story.lead, *story.support))

    past = [story for story in PAST if possible(story)]
    drills = [
        _plan_past(story, day, people, pinned, rng)
        for story, day in zip(
            past, _past_days(clock.local(now).date(), len(past), rng), strict=True
        )
    ]
    _settle([action for drill in drills for action in drill.actions], now, rng)
    if possible(LIVE):
        drills.append(_plan_live(now, people, pinned, rng))
    if possible(NEXT):
        drills.append(_plan_next(now, people, pinned, rng))
    return drills


# --- writing ---------------------------------------------------------------------------------


@contextmanager
def _clock_at(moment: datetime) -> Iterator[None]:
    """The domain clock reads `moment` meanwhile."""
    original = clock.now
    clock.now = lambda: moment
    try:
        yield
    finally:
        clock.now = original


async def _extra_evaluators(units: dict[str, int]) -> dict[str, User]:
    """evaluator2 and evaluator3, each linked to the first officer (else person) of their unit
    who has no account yet."""
    from seed.demo import DEMO_PASSWORD  # seed.demo imports this module

    taken = set(await User.filter(person_id__not_isnull=True).values_list("person_id", flat=True))
    created = {}
    for username, unit in EXTRA_EVALUATORS.items():
        person_id = None
        if unit in units:
            rows = await Person.filter(unit_id=units[unit], active=True).order_by("id")
            free = [p for p in rows if p.id not in taken]
            officers = [p for p in free if p.category == PersonCategory.ENFORCEMENT_OFFICER]
            chosen = (officers or free or [None])[0]
            person_id = chosen.id if chosen else None
        created[username] = await create_user(
            username=username,
            password=DEMO_PASSWORD,
            roles=[Role.EVALUATOR],
            person_id=person_id,
        )
        taken.add(person_id)
    return created


async def _stamp(model, moment: datetime, **where) -> None:
    """Columns the ORM fills from the wall clock get the moment the step happened."""
    column = "updated_at" if model is DrillRating else "created_at"
    await model.filter(**where).update(**{column: moment})


async def _write(
    planned: PlannedDrill, units: dict[str, int], users: dict[str, User], by: int | None
) -> tuple[int, dict[str, int]]:
    story = planned.story
    with _clock_at(planned.planned_at):
        drill = await plan_drill(
            DrillPlan(
                title=planned.title,
                type=story.type,
                scheduled_at=planned.scheduled_at,
                organizer_unit_id=units[story.organizer],
                participants=[
                    ParticipantSpec(units[unit], role, people)
                    for unit, role, people in planned.participants
                ],
                evaluator_ids=[users[name].id for name in story.evaluators],
                scenario_key=story.scenario,
                location=story.location,
                leader_ids=[users[LEADER].id],
            ),
            by,
        )
    await _stamp(Drill, planned.planned_at, id=drill.id)
    if planned.started_at is not None:
        with _clock_at(planned.started_at):
            await transition(drill.id, DrillStatus.IN_PROGRESS, by)
    if planned.completed_at is not None:
        with _clock_at(planned.completed_at):
            await transition(drill.id, DrillStatus.COMPLETED, by)
    for submission in planned.submissions:
        evaluator = users[submission.evaluator]
        unit_id = None if submission.unit is None else units[submission.unit]
        with _clock_at(submission.at):
            await submit_evaluation(
                drill.id, unit_id, list(submission.ratings), evaluator, final=submission.final
            )
        await _stamp(
            DrillRating,
            submission.at,
            drill_id=drill.id,
            evaluator_id=evaluator.id,
            unit_key=unit_id or 0,
        )
    review_id = None
    for comment in planned.comments:
        with _clock_at(comment.at):
            row = await add_comment(
                drill.id,
                users[comment.author],
                comment.body,
                parent_id=review_id if comment.reply else None,
                task_key=comment.task,
                is_review=comment.is_review,
            )
        await _stamp(DrillComment, comment.at, id=row.id)
        if comment.is_review:
            review_id = row.id
    if planned.reviewed_at is not None:
        with _clock_at(planned.reviewed_at):
            await transition(drill.id, DrillStatus.REVIEWED, by)
    statuses: Counter[str] = Counter()
    assignees = {unit: people[0] for unit, _, people in planned.participants if people}
    for action in planned.actions:
        with _clock_at(action.created_at):
            item = await create_action_item(
                title=action.title,
                owner_unit_id=units[action.owner],
                due_date=action.due,
                source=ActionSource.DRILL_COMMENT if action.from_review else ActionSource.DRILL,
                source_id=review_id if action.from_review else drill.id,
                drill_id=drill.id,
                description=action.description,
                assignee_id=assignees.get(action.owner),
                by=users[LEADER].id if action.from_review else by,
            )
        await _stamp(ActionItem, action.created_at, id=item.id)
        moves = [
            (action.started_at, ActionStatus.IN_PROGRESS, None, by),
            (action.done_at, ActionStatus.DONE, action.evidence, by),
            (action.verified_at, ActionStatus.VERIFIED, None, users[LEADER].id),
        ]
        for moment, status, evidence, mover in moves:
            if moment is not None:
                with _clock_at(moment):
                    await move_action_item(item.id, status, evidence=evidence, by=mover)
        statuses[action.outcome.value] += 1
    return drill.id, statuses


def _empty(reason: str) -> dict:
    log.info("no demo drills: %s", reason)
    return {
        "drills": 0,
        "by_status": {},
        "evaluators": 0,
        "ratings": 0,
        "comments": 0,
        "action_items": 0,
        "action_items_by_status": {},
        "overdue": 0,
        "ledger": 0,
    }


async def seed_drills(summary: dict, *, seed: int = 1, now: datetime | None = None) -> dict:
    """Write the demo drills (see plan_drills) into the initialised database: the county from
    seed_org with the demo accounts (the drills need the `leader` and `evaluator` accounts; the
    `trainer` plans and moves them on). Creates the evaluators evaluator2 and evaluator3.
    Returns counts."""
    now = clock.utc(now) if now is not None else clock.now()
    names = [LEADER, EVALUATOR, TRAINER, OFFICER]
    users = {u.username: u for u in await User.filter(username__in=names, active=True)}
    if LEADER not in users or EVALUATOR not in users:
        return _empty("the demo accounts leader and evaluator are missing")
    units = dict(await Unit.all().values_list("name", "id"))
    if not units:
        return _empty("no units")
    users |= await _extra_evaluators(units)
    unit_names = {pk: name for name, pk in units.items()}
    people: dict[str, list[int]] = {name: [] for name in units}
    for pk, unit_id in await Person.filter(active=True).order_by("id").values_list("id", "unit_id"):
        people[unit_names[unit_id]].append(pk)
    pinned = {summary.get("demo_person_ids", {}).get(OFFICER)} - {None}
    plan = plan_drills(now=now, seed=seed, people=people, pinned=pinned)
    # The stories' comments name these accounts; one who is missing leaves their remarks out.
    for drill in plan:
        drill.comments = [c for c in drill.comments if c.author in users]
    trainer = users.get(TRAINER)
    by = trainer.id if trainer else None
    ids, actions = [], Counter()
    for planned in plan:
        drill_id, statuses = await _write(planned, units, users, by)
        ids.append(drill_id)
        actions.update(statuses)
    today = clock.local(now).date()
    open_items = ActionItem.filter(
        drill_id__in=ids, status__in=[ActionStatus.OPEN, ActionStatus.IN_PROGRESS]
    )
    return {
        "drills": len(plan),
        "by_status": dict(Counter(d.status.value for d in plan)),
        "evaluators": len(EXTRA_EVALUATORS),
        "ratings": await DrillRating.filter(drill_id__in=ids).count(),
        "comments": await DrillComment.filter(drill_id__in=ids).count(),
        "action_items": sum(actions.values()),
        "action_items_by_status": dict(actions),
        "overdue": await open_items.filter(due_date__lt=today).count(),
        "ledger": await ScoreEvent.filter(
            dimension=Dimension.DRILL, source_type="Drill", source_id__in=[str(i) for i in ids]
        ).count(),
    }
