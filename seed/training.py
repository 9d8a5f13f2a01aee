"""Demo training data: the county's quotas, and a year of sessions with rosters, marks and points.

`plan_training` decides everything in memory from `random.Random(seed)` and `now`: every session
of the current local year, its roster, and the marks of the sessions that have begun. The plan is
laid out around `now` so that the compliance report shows every status: most people keep up,
and a few chosen ones fall behind (a missed weekly lecture, too few yearly trainings attended
with too few still to come). `seed_training` then writes it with bulk inserts, together with the
ledger rows the marks would have produced, so that 5000 people take seconds, not minutes.

The domain's `schedule_session` refuses starts in the past, so the rows are written directly,
in the shape its operations would have left them.
"""

from __future__ import annotations

import logging
import random
from collections import Counter, defaultdict
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta
from decimal import Decimal
from typing import Any

from tortoise import Tortoise
from tortoise.transactions import in_transaction

from assessment.compliance import ComplianceStatus, Period, periods_of_year
from database import migrate, tortoise_config
from models import clock
from models.assessment import Dimension, ScoreEvent, subject_key
from models.attendance import attendance_points, close_ended_sessions
from models.org import Person, PersonCategory, Unit, UnitKind, User
from models.quotas import RequirementPlan, compliance, create_requirement
from models.training import (
    Attendance,
    AttendanceStatus,
    Audience,
    AudienceMatcher,
    TrainingFormat,
    TrainingKind,
    TrainingRequirement,
    TrainingSeries,
    TrainingSession,
    period_fields,
)
from seed.names import EMERGENCY_BUREAU

log = logging.getLogger("lianbing.seed")

BATCH_SIZE = 1000
TRAINER_USERNAME = "trainer"
TRANSPORT_BUREAU = "县交通运输局"

LEADERS = [PersonCategory.PRINCIPAL_LEADER, PersonCategory.DEPUTY_LEADER]
YEARLY_KINDS = [TrainingKind.POLITICAL, TrainingKind.PROFESSIONAL]

REQUIREMENTS = [
    RequirementPlan(
        name="负责人政治业务培训",
        unit_kinds=[UnitKind.COMMITTEE, UnitKind.TOWNSHIP, UnitKind.ENTERPRISE],
        categories=LEADERS,
        training_kinds=YEARLY_KINDS,
        count=4,
        period=Period.YEAR,
    ),
    RequirementPlan(
        name="执法人员政治业务培训",
        categories=[PersonCategory.ENFORCEMENT_OFFICER],
        training_kinds=YEARLY_KINDS,
        count=4,
        period=Period.YEAR,
    ),
    RequirementPlan(
        name="县直部门分管负责人培训",
        unit_kinds=[UnitKind.COUNTY_DEPARTMENT],
        categories=[PersonCategory.DEPUTY_LEADER],
        training_kinds=YEARLY_KINDS,
        count=2,
        period=Period.YEAR,
    ),
    RequirementPlan(
        name="配合执法专干培训",
        categories=[PersonCategory.ASSISTING_STAFF],
        training_kinds=YEARLY_KINDS,
        count=2,
        period=Period.YEAR,
    ),
    RequirementPlan(
        name="交通安全周周讲",
        categories=[PersonCategory.ENFORCEMENT_OFFICER],
        training_kinds=[TrainingKind.TRAFFIC_SAFETY],
        formats=[TrainingFormat.LECTURE],
        count=1,
        period=Period.WEEK,
    ),
    RequirementPlan(
        name="交通安全月月训",
        categories=[PersonCategory.ENFORCEMENT_OFFICER],
        training_kinds=[TrainingKind.TRAFFIC_SAFETY],
        formats=[TrainingFormat.CENTRALIZED, TrainingFormat.ONLINE],
        count=1,
        period=Period.MONTH,
    ),
]

WEEKLY_TOPICS = [
    "农村道路交通安全",
    "电动自行车安全骑行与头盔佩戴",
    "酒驾醉驾的危害与查处",
    "校车安全管理",
    "雨雾冰雪天气行车安全",
    "农村客运安全管理",
    "危险货物道路运输安全",
    "道路交通事故现场处置",
    "超限超载治理",
    "农用车违法载人整治",
    "交通安全宣传进村入户",
    "节假日出行安全",
    "山区临水临崖路段行车安全",
    "夜间行车安全",
    "疲劳驾驶的危害与预防",
    "《道路交通安全法》要点解读",
    "交通事故伤员现场救护",
    "渡口渡船安全管理",
    "重点车辆源头管理",
    "学生上下学交通安全",
]
MONTHLY_TOPICS = [  # January to December
    "冬季道路交通安全综合实训",
    "春运道路交通安全保障实务",
    "路面查控与执法记录仪使用",
    "道路运输企业安全检查实务",
    "交通违法行为现场处置演练",
    "汛期道路交通安全管控实训",
    "危化品运输车辆检查实训",
    "学生暑期交通安全与农村道路“两站两员”工作",
    "开学季校车安全检查实训",
    "国庆长假交通安全保障与重点路段隐患排查",
    "交通事故应急救援桌面推演",
    "交通安全执法文书制作与案卷评查",
]
POLITICAL_TOPICS = [
    "学习贯彻习近平新时代中国特色社会主义思想",
    "习近平总书记关于安全生产重要论述专题学习",
    "党风廉政建设与执法作风",
    "法治政府建设专题",
    "执法为民理念教育",
    "警示教育：典型违纪违法案例剖析",
    "全面从严治党与基层执法队伍建设",
    "新时代枫桥经验与矛盾纠纷化解",
]
PROFESSIONAL_TOPICS = [
    "《安全生产法》重点条款解读",
    "《行政处罚法》与执法程序",
    "行政执法证据收集与固定",
    "执法文书规范制作",
    "危险化学品安全监管实务",
    "非煤矿山安全检查要点",
    "消防安全监督检查实务",
    "重大事故隐患判定标准",
    "森林防灭火执法实务",
    "执法全过程记录与行政执法公示",
]
EXCUSES = [
    "因公出差",
    "参加县委中心组学习",
    "病假",
    "执行防汛值守任务",
    "参加上级业务会议",
    "现场处置突发事件",
    "轮休",
    "家中有事请假",
]

# Shares of the attendance profiles. A yearly quota group: attends every past session, enough
# that the sessions to come still make it, or too few. Officers can also miss a weekly lecture.
FULL, PARTIAL, FEW, MISSED = "full", "partial", "few", "missed"
YEARLY_SHARES = {FULL: 0.55, PARTIAL: 0.30, FEW: 0.15}
OFFICER_SHARES = {FULL: 0.62, PARTIAL: 0.22, FEW: 0.08, MISSED: 0.08}
LATE_SHARE = 0.1
EXCUSED_SHARE = 0.5


@dataclass(frozen=True, slots=True)
class UnitInfo:
    id: int
    name: str
    kind: UnitKind
    parent_id: int | None


@dataclass(frozen=True, slots=True)
class PersonInfo:
    id: int
    unit_id: int
    category: PersonCategory


@dataclass(slots=True)
class PlannedMark:
    person_id: int
    status: AttendanceStatus = AttendanceStatus.UNMARKED
    checked_in_at: datetime | None = None
    excuse_reason: str | None = None


@dataclass(slots=True)
class PlannedSession:
    title: str
    kind: TrainingKind
    format: TrainingFormat
    starts_at: datetime  # UTC
    ends_at: datetime
    venue: str | None
    organizer_id: int
    trainer_id: int | None
    audience: Audience
    description: str | None = None
    weekly_series: bool = False
    marks: list[PlannedMark] = field(default_factory=list)


@dataclass
class Group:
    """People under one yearly quota, and how their political/professional sessions are laid
    out: `past` of them before today, `future` after."""

    name: str
    audience: Audience
    roster: list[int]
    required: int
    past: int
    future: int
    hours: tuple[time, time]
    organizers: list[UnitInfo]
    venue: str | None  # None: the organising unit's own meeting room


async def seed_requirements() -> list[TrainingRequirement]:
    """The county's quotas (政治、业务双培训 and 周周讲、月月训)."""
    return [await create_requirement(plan) for plan in REQUIREMENTS]


# --- the plan --------------------------------------------------------------------------------


def _at(day: date, moment: time) -> datetime:
    return clock.utc(datetime.combine(day, moment, clock.LOCAL))


def _roots(units: Iterable[UnitInfo]) -> list[int]:
    """The units of a set that have no ancestor in it (an audience covers subtrees)."""
    chosen = {unit.id: unit for unit in units}
    return sorted(u.id for u in chosen.values() if u.parent_id not in chosen)


def _assign_profiles(
    people: Sequence[int], shares: dict[str, float], rng: random.Random, pinned: set[int]
) -> dict[int, str]:
    """Deal profiles out in proportion to `shares`, at least one each when there are enough
    people; the pinned (the demo accounts' people) get the first profile."""
    names = list(shares)
    profiles = {p: names[0] for p in people if p in pinned}
    rest = [p for p in people if p not in pinned]
    rng.shuffle(rest)
    if len(rest) < len(names):
        return profiles | {p: rng.choices(names, list(shares.values()))[0] for p in rest}
    sizes = {name: max(1, round(shares[name] * len(rest))) for name in names[1:]}
    start = len(rest) - sum(sizes.values())
    profiles |= {p: names[0] for p in rest[:start]}
    for name, size in sizes.items():
        profiles |= {p: name for p in rest[start : start + size]}
        start += size
    return profiles


def _attended_count(profile: str, required: int, past: int, future: int, rng: random.Random) -> int:
    """How many of the `past` sessions a profile attended: all of them (COMPLIANT once there
    are enough), enough that the `future` ones still make the quota (ON_TRACK), or too few for
    that (AT_RISK)."""
    if profile == FULL:
        return past
    if profile == PARTIAL:
        low, high = max(0, required - future), min(past, required - 1)
    elif profile == FEW:
        low, high = 0, min(past, required - future - 1)
    else:
        low, high = 0, past
    return rng.randint(low, high) if low <= high else past


def _spread(days: list[date], count: int, shift: int) -> list[date]:
    """`count` days spread evenly over `days`, moved `shift` places on when that keeps them apart
    (so that two groups rarely train on the same day)."""
    count = min(count, len(days))
    places = [(2 * i + 1) * len(days) // (2 * count) for i in range(count)]
    shifted = [min(p + shift, len(days) - 1) for p in places]
    return [days[p] for p in (shifted if len(set(shifted)) == count else places)]


def _training_days(first: date, last: date) -> list[date]:
    """Tuesdays to Thursdays between two days (Mondays have the lecture, Fridays the monthly
    training); every day if the span has too few of them."""
    if last < first:
        return []
    days = [first + timedelta(days=n) for n in range((last - first).days + 1)]
    midweek = [d for d in days if d.weekday() in (1, 2, 3)]
    return midweek if len(midweek) >= 4 else days


class _Marker:
    """Marks of one session, as check-ins, leave requests and closed absences would leave them."""

    def __init__(self, rng: random.Random, now: datetime) -> None:
        self.rng, self.now = rng, now

    def attended(self, person_id: int, session: PlannedSession) -> PlannedMark:
        late = self.rng.random() < LATE_SHARE
        minutes = self.rng.randint(16, 40) if late else self.rng.randint(-25, 12)
        checked_in_at = session.starts_at + timedelta(minutes=minutes)
        if checked_in_at > self.now:  # the session is on and they have not arrived yet
            return PlannedMark(person_id)
        status = AttendanceStatus.LATE if late else AttendanceStatus.PRESENT
        return PlannedMark(person_id, status, checked_in_at)

    def missed(self, person_id: int, session: PlannedSession) -> PlannedMark:
        if self.rng.random() < EXCUSED_SHARE:
            reason = self.rng.choice(EXCUSES)
            return PlannedMark(person_id, AttendanceStatus.EXCUSED, excuse_reason=reason)
        if session.ends_at > self.now:  # absences are closed after the end
            return PlannedMark(person_id)
        return PlannedMark(person_id, AttendanceStatus.ABSENT)

    def mark(
        self, session: PlannedSession, roster: list[int], attends: Callable[[int], bool]
    ) -> None:
        if session.starts_at > self.now:
            session.marks = [PlannedMark(p) for p in roster]
            return
        session.marks = [
            self.attended(p, session) if attends(p) else self.missed(p, session) for p in roster
        ]


def _second_friday(year: int, month: int) -> date:
    first = date(year, month, 1)
    return first + timedelta(days=(4 - first.weekday()) % 7 + 7)


@dataclass
class _Places:
    """The units that organise and host the sessions."""

    county: UnitInfo  # 县应急管理局, the office of the safety committee
    transport: UnitInfo  # 县交通运输局
    townships: list[UnitInfo]

    @classmethod
    def of(cls, units: Sequence[UnitInfo]) -> _Places:
        by_name = {unit.name: unit for unit in units}
        departments = [u for u in units if u.kind == UnitKind.COUNTY_DEPARTMENT]
        county = by_name.get(EMERGENCY_BUREAU) or (departments or list(units))[0]
        townships = [u for u in units if u.kind == UnitKind.TOWNSHIP and u.parent_id is None]
        return cls(county, by_name.get(TRANSPORT_BUREAU, county), townships or [county])


def _traffic_sessions(
    year: int, places: _Places, audience: Audience, trainer_id: int | None, rng: random.Random
) -> tuple[list[PlannedSession], list[PlannedSession]]:
    """周周讲 (each ISO week of the year, Mondays 19:00-20:00; the first week's on its first
    working day inside the year) and 月月训 (second Fridays 14:30-17:00, two months online)."""
    weekly = []
    topic = rng.randrange(len(WEEKLY_TOPICS))
    for number, (_, monday, _) in enumerate(periods_of_year(year, Period.WEEK), start=1):
        day = max(monday, date(year, 1, 2))
        organizer = (places.transport, places.county)[number % 2]
        weekly.append(
            PlannedSession(
                title=f"交通安全周周讲（第{number}期）："
                f"{WEEKLY_TOPICS[(topic + number) % len(WEEKLY_TOPICS)]}",
                kind=TrainingKind.TRAFFIC_SAFETY,
                format=TrainingFormat.LECTURE,
                starts_at=_at(day, time(19)),
                ends_at=_at(day, time(20)),
                venue=f"{organizer.name}三楼会议室（各乡镇设视频分会场）",
                organizer_id=organizer.id,
                trainer_id=trainer_id,
                audience=audience,
                description="每周一晚交通安全专题讲座，请提前15分钟扫码签到。",
                weekly_series=True,
            )
        )
    online = set(rng.sample(range(1, 13), 2))
    monthly = []
    for month, topic_of_month in enumerate(MONTHLY_TOPICS, start=1):
        day = _second_friday(year, month)
        monthly.append(
            PlannedSession(
                title=f"交通安全月月训（{month}月）：{topic_of_month}",
                kind=TrainingKind.TRAFFIC_SAFETY,
                format=TrainingFormat.ONLINE if month in online else TrainingFormat.CENTRALIZED,
                starts_at=_at(day, time(14, 30)),
                ends_at=_at(day, time(17)),
                venue=(
                    f"{places.transport.name}视频会议系统" if month in online else "县委党校报告厅"
                ),
                organizer_id=places.transport.id,
                trainer_id=trainer_id,
                audience=audience,
                description="每月第二个周五下午集中培训，含实操考核。",
            )
        )
    return weekly, monthly


def _groups(
    units: Sequence[UnitInfo], places: _Places, roster: Callable[[Audience], list[int]]
) -> list[Group]:
    """The yearly quota groups, in the order their sessions are planned. A quota is
    (required, sessions before today, sessions after today)."""
    morning, afternoon = (time(9), time(11, 30)), (time(14, 30), time(17))
    county = [places.county]

    def group(
        name: str,
        audience: Audience,
        quota: tuple[int, int, int],
        hours: tuple[time, time],
        organizers: list[UnitInfo],
        venue: str | None,
    ) -> Group:
        required, past, future = quota
        return Group(
            name, audience, roster(audience), required, past, future, hours, organizers, venue
        )

    leader_units = [
        u for u in units if u.kind in (UnitKind.COMMITTEE, UnitKind.TOWNSHIP, UnitKind.ENTERPRISE)
    ]
    department_units = [u for u in units if u.kind == UnitKind.COUNTY_DEPARTMENT]
    groups = []
    if leader_units:
        leaders = Audience(unit_ids=_roots(leader_units), categories=LEADERS)
        groups.append(group("负责人", leaders, (4, 4, 2), morning, county, "县委党校报告厅"))
    officers = Audience(categories=[PersonCategory.ENFORCEMENT_OFFICER])
    venue = f"{places.county.name}三楼会议室"
    groups.append(group("执法人员", officers, (4, 4, 2), afternoon, county, venue))
    if department_units:
        deputies = Audience(
            unit_ids=_roots(department_units), categories=[PersonCategory.DEPUTY_LEADER]
        )
        venue = "县行政中心五楼会议室"
        groups.append(group("县直部门分管负责人", deputies, (2, 2, 1), morning, county, venue))
    # Each time in another township, in its own meeting room.
    staff = Audience(categories=[PersonCategory.ASSISTING_STAFF])
    groups.append(group("配合执法专干", staff, (2, 2, 1), afternoon, places.townships, None))
    return groups


def _yearly_sessions(
    group: Group,
    shift: int,
    days: tuple[list[date], list[date]],
    topics: dict[TrainingKind, list[str]],
    trainer_id: int | None,
) -> list[PlannedSession]:
    """A group's POLITICAL and PROFESSIONAL sessions, alternating: `group.past` of them spread
    over the days before today and `group.future` over the days after."""
    past_days, future_days = days
    planned = []
    chosen = _spread(past_days, group.past, shift) + _spread(future_days, group.future, shift)
    for index, day in enumerate(chosen):
        kind = YEARLY_KINDS[index % 2]
        organizer = group.organizers[(index + shift) % len(group.organizers)]
        label = "政治" if kind == TrainingKind.POLITICAL else "业务"
        planned.append(
            PlannedSession(
                title=f"{group.name}{label}培训："
                f"{topics[kind][(index + shift) % len(topics[kind])]}",
                kind=kind,
                format=TrainingFormat.CENTRALIZED,
                starts_at=_at(day, group.hours[0]),
                ends_at=_at(day, group.hours[1]),
                venue=group.venue or f"{organizer.name}人民政府二楼会议室",
                organizer_id=organizer.id,
                trainer_id=trainer_id,
                audience=group.audience,
                description="请携带笔记本和执法证件，培训后进行随堂测试。",
            )
        )
    return planned


def plan_training(
    units: Sequence[UnitInfo],
    people: Sequence[PersonInfo],
    *,
    now: datetime,
    seed: int,
    trainer_id: int | None = None,
    pinned: Iterable[int] = (),
) -> list[PlannedSession]:
    """Every training session of `now`'s local year with its roster and marks, in start order.

    - 周周讲 and 月月训 for every enforcement officer (see _traffic_sessions);
    - POLITICAL and PROFESSIONAL sessions per quota group, spread over the days before `now`
      and after it, so that each group has enough past sessions to meet its quota and enough
      to come for those who are behind.

    Sessions that have begun by `now` are marked, the rest are UNMARKED. Officers mostly
    attend every lecture and monthly training; a few (MISSED) skip one of a week or month that
    is over. Each group's people attend all, enough or too few of its past yearly sessions.
    `pinned` people (the demo accounts') attend everything.
    """
    rng = random.Random(seed)
    marker = _Marker(rng, now)
    today = clock.local(now).date()
    year = today.year
    pinned = set(pinned)
    places = _Places.of(units)
    matcher = AudienceMatcher({unit.id: unit.parent_id for unit in units})

    def roster(audience: Audience) -> list[int]:
        reach = matcher.units(audience)
        return [
            p.id
            for p in people
            if (not audience.unit_ids or p.unit_id in reach) and p.category in audience.categories
        ]

    groups = _groups(units, places, roster)
    officers = next(g for g in groups if g.name == "执法人员")
    officer_profiles = _assign_profiles(officers.roster, OFFICER_SHARES, rng, pinned)

    weekly, monthly = _traffic_sessions(year, places, officers.audience, trainer_id, rng)
    if not officers.roster:  # nobody to lecture
        weekly, monthly = [], []
    # Periods over by today: a lecture or training skipped there leaves it unmet for good.
    week_over = {key: end <= today for key, _, end in periods_of_year(year, Period.WEEK)}
    month_over = {key: end <= today for key, _, end in periods_of_year(year, Period.MONTH)}
    over_weeks = [s for s in weekly if week_over[period_fields(s.starts_at)["week"]]]
    over_months = [s for s in monthly if month_over[period_fields(s.starts_at)["month"]]]
    skipped: dict[int, set[int]] = defaultdict(set)  # id(session) -> person ids
    for person_id, profile in officer_profiles.items():
        if profile != MISSED:
            continue
        for session in rng.sample(over_weeks, min(len(over_weeks), rng.randint(1, 2))):
            skipped[id(session)].add(person_id)
        if over_months and rng.random() < 0.3:
            skipped[id(rng.choice(over_months))].add(person_id)
    for session in weekly + monthly:
        missing = skipped[id(session)]
        marker.mark(session, officers.roster, lambda p, missing=missing: p not in missing)
    sessions = weekly + monthly

    days = (
        _training_days(date(year, 1, 5), today - timedelta(days=1)),
        _training_days(today + timedelta(days=1), date(year, 12, 31)),
    )
    topics = {
        TrainingKind.POLITICAL: rng.sample(POLITICAL_TOPICS, len(POLITICAL_TOPICS)),
        TrainingKind.PROFESSIONAL: rng.sample(PROFESSIONAL_TOPICS, len(PROFESSIONAL_TOPICS)),
    }
    for shift, group in enumerate(groups):
        if not group.roster:
            continue
        planned = _yearly_sessions(group, shift, days, topics, trainer_id)
        past = [s for s in planned if s.starts_at <= now]
        future = len(planned) - len(past)
        profiles = (
            officer_profiles
            if group is officers
            else _assign_profiles(group.roster, YEARLY_SHARES, rng, pinned)
        )
        attends: dict[int, set[int]] = defaultdict(set)  # id(session) -> person ids
        for person_id in group.roster:
            count = _attended_count(profiles[person_id], group.required, len(past), future, rng)
            for session in rng.sample(past, count):
                attends[id(session)].add(person_id)
        for session in planned:
            chosen = attends[id(session)]
            marker.mark(session, group.roster, lambda p, chosen=chosen: p in chosen)
        sessions += planned
    sessions.sort(key=lambda s: (s.starts_at, s.title))
    return sessions


# --- writing ---------------------------------------------------------------------------------


def _chunks(items: Iterable[Any], size: int = BATCH_SIZE) -> Iterable[list[Any]]:
    chunk: list[Any] = []
    for item in items:
        chunk.append(item)
        if len(chunk) == size:
            yield chunk
            chunk = []
    if chunk:
        yield chunk


async def _write_sessions(plan: list[PlannedSession], now: datetime) -> list[int]:
    """Insert the sessions; their ids in plan order (inserts take ids in order)."""
    series_id = None
    if any(s.weekly_series for s in plan):
        year = clock.local(plan[0].starts_at).year
        series = await TrainingSeries.create(
            title="交通安全周周讲",
            recurrence={
                "frequency": "WEEKLY",
                "interval": 1,
                "weekdays": [0],
                "until": date(year, 12, 31).isoformat(),
                "count": None,
            },
        )
        series_id = series.id
    last = await TrainingSession.all().order_by("-id").limit(1).values_list("id", flat=True)
    rows = [
        TrainingSession(
            title=s.title,
            kind=s.kind,
            format=s.format,
            starts_at=s.starts_at,
            ends_at=s.ends_at,
            venue=s.venue,
            organizer_id=s.organizer_id,
            trainer_id=s.trainer_id,
            description=s.description,
            audience=s.audience.as_json(),
            series_id=series_id if s.weekly_series else None,
            absences_closed=s.ends_at <= now,
            **period_fields(s.starts_at),
        )
        for s in plan
    ]
    await TrainingSession.bulk_create(rows, batch_size=BATCH_SIZE)
    written = (
        await TrainingSession.filter(id__gt=last[0] if last else 0)
        .order_by("id")
        .values_list("id", "title")
    )
    if [title for _, title in written] != [s.title for s in plan]:
        raise RuntimeError("the training sessions were not written in plan order")
    return [pk for pk, _ in written]


async def _write_attendance(plan: list[PlannedSession], ids: list[int]) -> int:
    def rows() -> Iterable[Attendance]:
        for session, session_id in zip(plan, ids, strict=True):
            for mark in session.marks:
                yield Attendance(
                    session_id=session_id,
                    person_id=mark.person_id,
                    status=mark.status,
                    checked_in_at=mark.checked_in_at,
                    excuse_reason=mark.excuse_reason,
                )

    written = 0
    for chunk in _chunks(rows()):
        await Attendance.bulk_create(chunk, batch_size=BATCH_SIZE)
        written += len(chunk)
    return written


async def _write_ledger(plan: list[PlannedSession], ids: list[int], units: dict[int, int]) -> int:
    """The TRAINING events the marks would have recorded (see models.training._record): one per
    marked row whose status earns points, keyed by the attendance row."""
    table = await attendance_points()
    scoring = [status for status, points in table.items() if points]
    sessions = dict(zip(ids, plan, strict=True))
    marked = (
        await Attendance.filter(session_id__in=list(sessions), status__in=scoring)
        .order_by("id")
        .values_list("id", "session_id", "person_id", "status")
    )

    def events() -> Iterable[ScoreEvent]:
        for attendance_id, session_id, person_id, status in marked:
            session = sessions[session_id]
            status = AttendanceStatus(status)
            yield ScoreEvent(
                person_id=person_id,
                unit_id=units.get(person_id),
                subject=subject_key(person_id, None),
                dimension=Dimension.TRAINING,
                points=Decimal(str(table[status])),
                occurred_at=session.starts_at,
                reason=f"{session.title} · {status.value}"[:500],
                source_type="Attendance",
                source_id=str(attendance_id),
                kind="attendance",
            )

    written = 0
    for chunk in _chunks(events()):
        await ScoreEvent.bulk_create(chunk, batch_size=BATCH_SIZE)
        written += len(chunk)
    return written


async def seed_training(summary: dict, *, seed: int = 1, now: datetime | None = None) -> dict:
    """Write a year of training (the local year of `now`, default the domain clock) for the
    active people of the initialised database, and the ledger rows of its marks.

    `summary` is seed_org's: the demo accounts' people attend everything. The status counts are
    the domain's own compliance report at the clock's time.
    """
    now = clock.utc(now) if now is not None else clock.now()
    units = [
        UnitInfo(pk, name, UnitKind(kind), parent)
        for pk, name, kind, parent in await Unit.all()
        .order_by("id")
        .values_list("id", "name", "kind", "parent_id")
    ]
    people = [
        PersonInfo(pk, unit_id, PersonCategory(category))
        for pk, unit_id, category in await Person.filter(active=True)
        .order_by("id")
        .values_list("id", "unit_id", "category")
    ]
    year = clock.local(now).year
    if not units or not people:
        nobody = {status.value: 0 for status in ComplianceStatus}
        return {"year": year, "sessions": 0, "attendance": 0, "ledger": 0, "compliance": nobody}
    trainer = await User.get_or_none(username=TRAINER_USERNAME, active=True)
    plan = plan_training(
        units,
        people,
        now=now,
        seed=seed,
        trainer_id=trainer.id if trainer else None,
        pinned=summary.get("demo_person_ids", {}).values(),
    )
    async with in_transaction():
        ids = await _write_sessions(plan, now)
        attendance = await _write_attendance(plan, ids)
        ledger = await _write_ledger(plan, ids, {p.id: p.unit_id for p in people})
    rows, _ = await compliance(year, None)
    statuses = Counter(row.status for row in rows)
    return {
        "year": year,
        "sessions": len(plan),
        "attendance": attendance,
        "ledger": ledger,
        "compliance": {status.value: statuses[status] for status in ComplianceStatus},
    }


# --- maintenance -----------------------------------------------------------------------------


async def close_all_ended_sessions() -> int:
    """Close every ended session's absences, a batch at a time, until none is left."""
    total = 0
    while closed := await close_ended_sessions():
        total += closed
    return total


async def close_absences(database_url: str) -> int:
    """Migrate, then mark ABSENT whoever is still UNMARKED on a session that has ended."""
    await migrate(database_url)
    await Tortoise.init(config=tortoise_config(database_url))
    try:
        closed = await close_all_ended_sessions()
        log.info("closed the absences of %d sessions", closed)
        return closed
    finally:
        await Tortoise.close_connections()
