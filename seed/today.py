"""Today's training for the demo: whenever `python server.py --demo` starts, on the day the county
was seeded or any day after, a session is open for check-in and another one is still ahead.

A year of sessions is laid out around the day of seeding (seed/training.py), so a demo database
seeded last week has no session today, and even on the day of seeding the next one may be hours
away. `schedule_today` adds, when the demo officer has no session open for check-in for the next
half hour, two sessions for the county's enforcement officers: one starting in a few minutes
(check-in opens 30 minutes before the start, so at once) and one after it (to request leave
for). It goes through `models.training.schedule_session`, as a trainer's request would, so the
sessions get their rosters; calling it again changes nothing while the first is still open.
"""

from __future__ import annotations

import logging
from datetime import datetime, timedelta

from models import clock
from models.errors import DomainError
from models.org import Person, PersonCategory, Unit, UnitKind, User
from models.training import (
    CHECK_IN_OPENS,
    Attendance,
    Audience,
    SessionPlan,
    TrainingFormat,
    TrainingKind,
    TrainingSession,
    schedule_session,
)
from seed.names import EMERGENCY_BUREAU

log = logging.getLogger("lianbing.seed")

OFFICER_USERNAME = "officer"
TRAINER_USERNAME = "trainer"
LEAD_TIME = timedelta(minutes=10)  # from now to the first session's start, at least
OPEN_FOR = timedelta(minutes=30)  # how long check-in must stay open to count as open now
FIRST_LENGTH = timedelta(hours=3)
BREAK = timedelta(minutes=30)
SECOND_LENGTH = timedelta(hours=1, minutes=30)


def first_start(now: datetime) -> datetime:
    """The next five-minute mark at least LEAD_TIME from now (UTC, whole minutes)."""
    start = (now + LEAD_TIME).replace(second=0, microsecond=0)
    return start + timedelta(minutes=-start.minute % 5)


async def _officer_person_id() -> int | None:
    ids = await User.filter(username=OFFICER_USERNAME, active=True).values_list(
        "person_id", flat=True
    )
    return ids[0] if ids else None


async def open_now(now: datetime) -> bool:
    """Whether a session is open for check-in now and for the next half hour, for the demo
    officer (for any enforcement officer, in a county seeded without the demo accounts)."""
    sessions = TrainingSession.filter(
        cancelled_at__isnull=True,
        starts_at__lte=now + CHECK_IN_OPENS,
        ends_at__gt=now + OPEN_FOR,
    )
    person_id = await _officer_person_id()
    if person_id is None:
        return await sessions.exists()
    ids = await sessions.values_list("id", flat=True)
    return await Attendance.filter(session_id__in=list(ids), person_id=person_id).exists()


async def _organizer() -> Unit | None:
    unit = await Unit.get_or_none(name=EMERGENCY_BUREAU)
    return unit or await Unit.filter(kind=UnitKind.COUNTY_DEPARTMENT).order_by("id").first()


async def _trainer_id() -> int | None:
    ids = await User.filter(username=TRAINER_USERNAME, active=True).values_list("id", flat=True)
    return ids[0] if ids else None


async def _schedule(plan: SessionPlan) -> TrainingSession:
    """Schedule, with the demo trainer when they are free then, else without a trainer."""
    try:
        return await schedule_session(plan)
    except DomainError as error:
        if plan.trainer_id is None or "TRAINER_CONFLICT" not in {p.code for p in error.problems}:
            raise
    plan.trainer_id = None
    return await schedule_session(plan)


async def schedule_today(now: datetime | None = None) -> list[TrainingSession]:
    """Two sessions for enforcement officers unless one is open for check-in now (see the
    module's docstring); returns what it scheduled."""
    now = now or clock.now()
    if await open_now(now):
        return []
    organizer = await _organizer()
    officers = Person.filter(category=PersonCategory.ENFORCEMENT_OFFICER, active=True)
    if organizer is None or not await officers.exists():
        return []
    audience = Audience(categories=[PersonCategory.ENFORCEMENT_OFFICER])
    trainer_id = await _trainer_id()
    day = f"{clock.local(now):%m月%d日}"
    start = first_start(now)
    second = start + FIRST_LENGTH + BREAK
    plans = [
        SessionPlan(
            title=f"执法人员业务培训：行政执法“三项制度”实务（{day}）",
            kind=TrainingKind.PROFESSIONAL,
            format=TrainingFormat.CENTRALIZED,
            starts_at=start,
            ends_at=start + FIRST_LENGTH,
            organizer_unit_id=organizer.id,
            audience=audience,
            venue=f"{organizer.name}二楼培训室",
            trainer_id=trainer_id,
            description="现场扫码签到：开始前30分钟至结束前均可签到，开始15分钟后签到记为迟到。",
        ),
        SessionPlan(
            title=f"执法人员政治培训：依法行政与廉洁执法（{day}）",
            kind=TrainingKind.POLITICAL,
            format=TrainingFormat.LECTURE,
            starts_at=second,
            ends_at=second + SECOND_LENGTH,
            organizer_unit_id=organizer.id,
            audience=audience,
            venue=f"{organizer.name}二楼培训室",
            trainer_id=trainer_id,
            description="不能参加的，请在开始前提交请假。",
        ),
    ]
    scheduled = [await _schedule(plan) for plan in plans]
    log.info(
        "scheduled today's demo sessions: %s",
        ", ".join(f"{clock.local(s.starts_at):%H:%M} {s.title}" for s in scheduled),
    )
    return scheduled
