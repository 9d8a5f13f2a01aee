"""Training: sessions and series, audiences and rosters, check-in and attendance, quotas.

Times are stored in UTC; the county's wall clock (Asia/Shanghai) decides dates, periods and
recurrences. Each session carries the keys of the periods it falls in (year, month, ISO week),
so quota compliance is a GROUP BY, not a calendar computed per row.
"""

from __future__ import annotations

import asyncio
import secrets
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta
from decimal import Decimal
from enum import StrEnum
from typing import Any

from dateutil import rrule
from tortoise import fields
from tortoise.connection import get_connection
from tortoise.functions import Count
from tortoise.models import Model
from tortoise.transactions import in_transaction

from assessment.compliance import (
    ComplianceStatus,
    Period,
    item_status,
    period_keys,
    periods_to_report,
    worst,
)
from models import clock, org
from models.assessment import Dimension, Restatement, restate_many
from models.decimals import scaled
from models.errors import DomainError, Problem, clean_text, fail, saved
from models.org import Person, PersonCategory, Unit, UnitKind, User


class TrainingKind(StrEnum):
    POLITICAL = "POLITICAL"
    PROFESSIONAL = "PROFESSIONAL"
    TRAFFIC_SAFETY = "TRAFFIC_SAFETY"


class TrainingFormat(StrEnum):
    LECTURE = "LECTURE"
    CENTRALIZED = "CENTRALIZED"
    ONLINE = "ONLINE"


class SessionStatus(StrEnum):
    SCHEDULED = "SCHEDULED"
    ONGOING = "ONGOING"
    COMPLETED = "COMPLETED"
    CANCELLED = "CANCELLED"


class AttendanceStatus(StrEnum):
    UNMARKED = "UNMARKED"
    PRESENT = "PRESENT"
    LATE = "LATE"
    EXCUSED = "EXCUSED"
    ABSENT = "ABSENT"


class Frequency(StrEnum):
    WEEKLY = "WEEKLY"
    MONTHLY = "MONTHLY"


ATTENDED = (AttendanceStatus.PRESENT, AttendanceStatus.LATE)
CHECK_IN_OPENS = timedelta(minutes=30)  # before the start
LATE_AFTER = timedelta(minutes=15)  # after the start
MAX_MARKS = 500
MAX_OCCURRENCES = 200
DEFAULT_POINTS = {
    AttendanceStatus.PRESENT: scaled("1"),
    AttendanceStatus.LATE: scaled("0.5"),
    AttendanceStatus.EXCUSED: scaled("0"),
    AttendanceStatus.ABSENT: scaled("-1"),
}


class TrainingSeries(Model):
    id = fields.IntField(primary_key=True)
    title = fields.CharField(max_length=200)
    recurrence = fields.JSONField()
    created_at = fields.DatetimeField(auto_now_add=True)

    class Meta:
        table = "training_series"


class TrainingSession(Model):
    id = fields.IntField(primary_key=True)
    title = fields.CharField(max_length=200)
    kind = fields.CharEnumField(TrainingKind, max_length=16, db_index=True)
    format = fields.CharEnumField(TrainingFormat, max_length=16, default=TrainingFormat.LECTURE)
    starts_at = fields.DatetimeField(db_index=True)
    ends_at = fields.DatetimeField()
    venue = fields.CharField(max_length=200, null=True)
    organizer: fields.ForeignKeyRelation[Unit] = fields.ForeignKeyField(
        "models.Unit", related_name="training_sessions", on_delete=fields.RESTRICT, db_index=True
    )
    trainer: fields.ForeignKeyNullableRelation[User] = fields.ForeignKeyField(
        "models.User",
        related_name="training_sessions",
        null=True,
        on_delete=fields.RESTRICT,
        db_index=True,
    )
    capacity = fields.IntField(null=True)
    description = fields.TextField(null=True)
    audience = fields.JSONField(default=dict)
    series: fields.ForeignKeyNullableRelation[TrainingSeries] = fields.ForeignKeyField(
        "models.TrainingSeries",
        related_name="sessions",
        null=True,
        on_delete=fields.RESTRICT,
        db_index=True,
    )
    cancelled_at = fields.DatetimeField(null=True)
    cancel_reason = fields.CharField(max_length=500, null=True)
    # UNMARKED rows become ABSENT once, after the end (see close_ended_sessions).
    absences_closed = fields.BooleanField(default=False)
    year = fields.IntField(db_index=True)
    month = fields.CharField(max_length=7, db_index=True)
    week = fields.CharField(max_length=8, db_index=True)
    created_at = fields.DatetimeField(auto_now_add=True)

    class Meta:
        table = "training_session"

    def status(self, now: datetime) -> SessionStatus:
        if self.cancelled_at is not None:
            return SessionStatus.CANCELLED
        if now < self.starts_at:
            return SessionStatus.SCHEDULED
        if now < self.ends_at:
            return SessionStatus.ONGOING
        return SessionStatus.COMPLETED


class Attendance(Model):
    id = fields.IntField(primary_key=True)
    session: fields.ForeignKeyRelation[TrainingSession] = fields.ForeignKeyField(
        "models.TrainingSession", related_name="attendance", on_delete=fields.RESTRICT
    )
    person: fields.ForeignKeyRelation[Person] = fields.ForeignKeyField(
        "models.Person", related_name="attendance", on_delete=fields.RESTRICT
    )
    status = fields.CharEnumField(
        AttendanceStatus, max_length=10, default=AttendanceStatus.UNMARKED
    )
    checked_in_at = fields.DatetimeField(null=True)
    note = fields.CharField(max_length=500, null=True)
    excuse_reason = fields.CharField(max_length=500, null=True)
    marked_by: fields.ForeignKeyNullableRelation[User] = fields.ForeignKeyField(
        "models.User",
        related_name="attendance_marks",
        null=True,
        on_delete=fields.RESTRICT,
        db_index=True,
    )
    updated_at = fields.DatetimeField(auto_now=True)

    class Meta:
        table = "attendance"
        unique_together = (("session", "person"),)
        indexes = (("person_id", "status"),)


class CheckInCode(Model):
    """The one valid check-in code of a session: opening a new one replaces it."""

    id = fields.IntField(primary_key=True)
    session: fields.OneToOneRelation[TrainingSession] = fields.OneToOneField(
        "models.TrainingSession", related_name="check_in_code", on_delete=fields.RESTRICT
    )
    code = fields.CharField(max_length=6)
    expires_at = fields.DatetimeField()

    class Meta:
        table = "check_in_code"


class TrainingRequirement(Model):
    """A quota: who (unit kinds x person categories, empty = any), which training counts
    (kinds, formats), how many per period."""

    id = fields.IntField(primary_key=True)
    name = fields.CharField(max_length=100, unique=True)
    unit_kinds = fields.JSONField(default=list)
    categories = fields.JSONField(default=list)
    training_kinds = fields.JSONField(default=list)
    formats = fields.JSONField(default=list)
    count = fields.IntField()
    period = fields.CharEnumField(Period, max_length=8)
    active = fields.BooleanField(default=True)

    class Meta:
        table = "training_requirement"


class AttendancePoints(Model):
    """Ledger points per attendance status, which admins may change."""

    id = fields.IntField(primary_key=True)
    status = fields.CharEnumField(AttendanceStatus, max_length=10, unique=True)
    points = fields.DecimalField(max_digits=6, decimal_places=2)

    class Meta:
        table = "attendance_points"


# --- audience --------------------------------------------------------------------------------


@dataclass
class Audience:
    unit_ids: list[int] = field(default_factory=list)
    categories: list[PersonCategory] = field(default_factory=list)
    person_ids: list[int] = field(default_factory=list)

    def as_json(self) -> dict[str, list]:
        return {
            "unitIds": sorted(set(self.unit_ids)),
            "categories": sorted({PersonCategory(c).value for c in self.categories}),
            "personIds": sorted(set(self.person_ids)),
        }

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> Audience:
        return cls(
            unit_ids=list(data.get("unitIds", [])),
            categories=[PersonCategory(c) for c in data.get("categories", [])],
            person_ids=list(data.get("personIds", [])),
        )


class AudienceMatcher:
    """Decides membership of an audience in memory, from the unit tree read once."""

    def __init__(self, parents: dict[int, int | None]) -> None:
        self.parents = parents

    def units(self, audience: Audience) -> set[int]:
        found: set[int] = set()
        for unit_id in audience.unit_ids:
            found |= org.subtree(self.parents, unit_id)
        return found

    def includes(self, audience: Audience, person: Person) -> bool:
        if not person.active:
            return False
        if person.id in audience.person_ids:
            return True
        if not audience.unit_ids and not audience.categories:
            return False
        in_units = not audience.unit_ids or person.unit_id in self.units(audience)
        in_categories = not audience.categories or person.category in audience.categories
        return in_units and in_categories


async def check_audience(audience: Audience) -> None:
    problems = []
    if audience.unit_ids:
        known = set(await Unit.filter(id__in=audience.unit_ids).values_list("id", flat=True))
        if known != set(audience.unit_ids):
            problems.append(
                Problem("UNIT_NOT_FOUND", "No unit has this ID.", ("audience", "unitIds"))
            )
    if audience.person_ids:
        known = set(await Person.filter(id__in=audience.person_ids).values_list("id", flat=True))
        if known != set(audience.person_ids):
            problems.append(
                Problem("PERSON_NOT_FOUND", "No person has this ID.", ("audience", "personIds"))
            )
    if problems:
        raise DomainError(problems)


async def resolve_audience(audience: Audience) -> set[int]:
    """The active people an audience names: (units x categories) plus named people."""
    found: set[int] = set()
    if audience.unit_ids or audience.categories:
        group = Person.filter(active=True)
        if audience.unit_ids:
            units = AudienceMatcher(await org.unit_parents()).units(audience)
            group = group.filter(unit_id__in=units)
        if audience.categories:
            group = group.filter(category__in=list(audience.categories))
        found |= set(await group.values_list("id", flat=True))
    if audience.person_ids:
        named = Person.filter(id__in=audience.person_ids, active=True)
        found |= set(await named.values_list("id", flat=True))
    return found


# --- scheduling ------------------------------------------------------------------------------


@dataclass
class SessionPlan:
    title: str
    kind: TrainingKind
    starts_at: datetime
    ends_at: datetime
    organizer_unit_id: int
    audience: Audience
    format: TrainingFormat = TrainingFormat.LECTURE
    venue: str | None = None
    trainer_id: int | None = None
    capacity: int | None = None
    description: str | None = None


def period_fields(starts_at: datetime) -> dict[str, Any]:
    keys = period_keys(clock.local(starts_at).date())
    return {"year": int(keys[Period.YEAR]), "month": keys[Period.MONTH], "week": keys[Period.WEEK]}


async def _lock(key: str) -> None:
    """Serialise concurrent bookings of one trainer or venue (PostgreSQL; SQLite writes are
    serial already)."""
    connection = get_connection("default")
    if connection.capabilities.dialect == "postgres":
        await connection.execute_query("SELECT pg_advisory_xact_lock(hashtext($1))", [key])


async def _check_plan(plan: SessionPlan, *, exclude: Iterable[int] = ()) -> SessionPlan:
    title = clean_text(plan.title, "title", max_length=200)
    plan.starts_at, plan.ends_at = clock.utc(plan.starts_at), clock.utc(plan.ends_at)
    venue = (plan.venue or "").strip() or None
    if venue and len(venue) > 200:
        fail("TOO_LONG", "venue must be at most 200 characters.", "venue")
    if plan.ends_at <= plan.starts_at:
        fail("END_BEFORE_START", "The session must end after it starts.", "endsAt")
    if plan.ends_at - plan.starts_at > timedelta(days=7):
        fail("TOO_LONG", "A session lasts at most 7 days.", "endsAt")
    if plan.starts_at <= clock.now():
        fail("START_IN_PAST", "A session cannot be scheduled to start in the past.", "startsAt")
    if plan.capacity is not None and plan.capacity < 1:
        fail("INVALID_CAPACITY", "capacity must be at least 1.", "capacity")
    await org.get_unit(plan.organizer_unit_id, "organizerUnitId")
    if plan.trainer_id is not None:
        trainer = await org.get_user(plan.trainer_id, "trainerId")
        if not trainer.active or not trainer.has_role(org.Role.TRAINER, org.Role.ADMIN):
            fail("NOT_A_TRAINER", "The trainer must be an active TRAINER account.", "trainerId")
    overlapping = TrainingSession.filter(
        cancelled_at__isnull=True, starts_at__lt=plan.ends_at, ends_at__gt=plan.starts_at
    ).exclude(id__in=list(exclude))
    if plan.trainer_id is not None:
        await _lock(f"trainer:{plan.trainer_id}")
        if await overlapping.filter(trainer_id=plan.trainer_id).exists():
            fail("TRAINER_CONFLICT", "The trainer has another session at this time.", "trainerId")
    if venue:
        await _lock(f"venue:{venue.lower()}")
        if await overlapping.filter(venue__iexact=venue).exists():
            fail("VENUE_CONFLICT", "The venue is booked at this time.", "venue")
    await check_audience(plan.audience)
    plan.title, plan.venue = title, venue
    plan.description = (plan.description or "").strip()[:5000] or None
    return plan


def _session_values(plan: SessionPlan) -> dict[str, Any]:
    return {
        "title": plan.title,
        "kind": plan.kind,
        "format": plan.format,
        "starts_at": plan.starts_at,
        "ends_at": plan.ends_at,
        "venue": plan.venue,
        "organizer_id": plan.organizer_unit_id,
        "trainer_id": plan.trainer_id,
        "capacity": plan.capacity,
        "description": plan.description,
        "audience": plan.audience.as_json(),
        **period_fields(plan.starts_at),
    }


async def _sync_roster(session: TrainingSession, *, enforce_capacity: bool = True) -> None:
    """Make the roster match the audience: add the missing (UNMARKED), drop those no longer in
    it unless they already checked in."""
    wanted = await resolve_audience(Audience.from_json(session.audience))
    if not wanted:
        fail("EMPTY_AUDIENCE", "The audience resolves to nobody.", "audience")
    if enforce_capacity and session.capacity is not None and len(wanted) > session.capacity:
        fail(
            "OVER_CAPACITY",
            f"The audience has {len(wanted)} people; the capacity is {session.capacity}.",
            "capacity",
        )
    rows = await Attendance.filter(session_id=session.id).values_list("person_id", "status")
    have = {person_id: status for person_id, status in rows}
    gone = [p for p, status in have.items() if p not in wanted and status not in ATTENDED]
    if gone:
        await Attendance.filter(session_id=session.id, person_id__in=gone).delete()
    new = [Attendance(session_id=session.id, person_id=p) for p in wanted - have.keys()]
    if new:
        await Attendance.bulk_create(new, batch_size=500)


async def schedule_session(plan: SessionPlan) -> TrainingSession:
    async with in_transaction():
        plan = await _check_plan(plan)
        session = await TrainingSession.create(**_session_values(plan))
        await _sync_roster(session)
        return session


def expand_recurrence(
    starts_at: datetime,
    *,
    frequency: Frequency,
    interval: int = 1,
    weekdays: list[int] | None = None,
    until: date | None = None,
    count: int | None = None,
) -> list[datetime]:
    """Occurrence starts (UTC) of a series, computed on the county's wall clock so that a
    19:00 lecture stays at 19:00. Weekdays are 0 = Monday .. 6 = Sunday."""
    if until is None and count is None:
        fail("RECURRENCE_UNBOUNDED", "Give an end date (until) or a count.", "recurrence")
    if interval < 1 or interval > 12:
        fail("INVALID_INTERVAL", "interval must be between 1 and 12.", ("recurrence", "interval"))
    if count is not None and not 1 <= count <= MAX_OCCURRENCES:
        fail(
            "TOO_MANY_OCCURRENCES",
            f"A series has 1 to {MAX_OCCURRENCES} sessions.",
            ("recurrence", "count"),
        )
    first = clock.local(starts_at)
    monthly = frequency == Frequency.MONTHLY
    rule = rrule.rrule(
        rrule.MONTHLY if monthly else rrule.WEEKLY,
        dtstart=first.replace(tzinfo=None),
        interval=interval,
        byweekday=weekdays if not monthly and weekdays else None,
        # The same day each month, or the month's last day when it is shorter (31 -> 30 April).
        bymonthday=tuple(range(min(first.day, 28), first.day + 1)) if monthly else None,
        bysetpos=-1 if monthly else None,
        until=datetime.combine(until, time.max) if until else None,
        # With both, the series ends at whichever comes first; the rule takes only one of them
        # (RFC 5545 allows no more, and dateutil will refuse both).
        count=None if until else count,
    )
    starts: list[datetime] = []
    for occurrence in rule:
        if len(starts) == count:
            break
        if len(starts) == MAX_OCCURRENCES:
            fail(
                "TOO_MANY_OCCURRENCES",
                f"A series has at most {MAX_OCCURRENCES} sessions.",
                ("recurrence", "until"),
            )
        starts.append(clock.utc(occurrence.replace(tzinfo=clock.LOCAL)))
    if not starts:
        fail("EMPTY_SERIES", "The recurrence gives no session.", "recurrence")
    return starts


async def schedule_series(plan: SessionPlan, recurrence: dict[str, Any]) -> list[TrainingSession]:
    """Every session of the series in one transaction: one bad occurrence, none is created."""
    starts = expand_recurrence(plan.starts_at, **recurrence)
    duration = plan.ends_at - plan.starts_at
    async with in_transaction():
        series = await TrainingSeries.create(
            title=clean_text(plan.title, "title", max_length=200),
            recurrence={
                **recurrence,
                "frequency": recurrence["frequency"].value,
                "until": recurrence["until"].isoformat() if recurrence.get("until") else None,
            },
        )
        sessions = []
        for index, start in enumerate(starts):
            occurrence = SessionPlan(
                **{**vars(plan), "starts_at": start, "ends_at": start + duration}
            )
            try:
                occurrence = await _check_plan(occurrence)
            except DomainError as error:
                when = clock.local(start).strftime("%Y-%m-%d %H:%M")
                raise DomainError(
                    [
                        Problem(p.code, f"Session {index + 1} ({when}): {p.message}", p.field)
                        for p in error.problems
                    ]
                ) from None
            session = await TrainingSession.create(series=series, **_session_values(occurrence))
            await _sync_roster(session)
            sessions.append(session)
        return sessions


async def get_session(session_id: int, field: str = "sessionId") -> TrainingSession:
    session = await TrainingSession.get_or_none(id=session_id)
    if session is None:
        fail("SESSION_NOT_FOUND", "No training session has this ID.", field)
    return session


def _editable(session: TrainingSession) -> None:
    if session.cancelled_at is not None:
        fail("SESSION_CANCELLED", "The session is cancelled.", "sessionId")
    if session.starts_at <= clock.now():
        fail("SESSION_STARTED", "A session that has started cannot be changed.", "sessionId")


EDITABLE = (
    "title",
    "starts_at",
    "ends_at",
    "venue",
    "trainer_id",
    "capacity",
    "description",
    "audience",
    "format",
)


async def _apply_changes(session: TrainingSession, changes: dict[str, Any]) -> TrainingSession:
    _editable(session)
    plan = SessionPlan(
        title=session.title,
        kind=session.kind,
        starts_at=session.starts_at,
        ends_at=session.ends_at,
        organizer_unit_id=session.organizer_id,
        audience=Audience.from_json(session.audience),
        format=session.format,
        venue=session.venue,
        trainer_id=session.trainer_id,
        capacity=session.capacity,
        description=session.description,
    )
    for name, value in changes.items():
        setattr(plan, name, value)
    plan = await _check_plan(plan, exclude=[session.id])
    await TrainingSession.filter(id=session.id).update(**_session_values(plan))
    await session.refresh_from_db()
    await _sync_roster(session)
    return session


async def update_session(session_id: int, changes: dict[str, Any]) -> TrainingSession:
    async with in_transaction():
        session = await TrainingSession.select_for_update().get_or_none(id=session_id)
        if session is None:
            fail("SESSION_NOT_FOUND", "No training session has this ID.", "sessionId")
        return await _apply_changes(session, changes)


async def cancel_session(session_id: int, reason: str) -> TrainingSession:
    reason = clean_text(reason, "reason", max_length=500)
    async with in_transaction():
        session = await TrainingSession.select_for_update().get_or_none(id=session_id)
        if session is None:
            fail("SESSION_NOT_FOUND", "No training session has this ID.", "sessionId")
        if session.cancelled_at is not None:
            fail("ALREADY_CANCELLED", "The session is cancelled already.", "sessionId")
        if session.ends_at <= clock.now():
            fail("SESSION_OVER", "A session that has ended cannot be cancelled.", "sessionId")
        session.cancelled_at, session.cancel_reason = clock.now(), reason
        await session.save(update_fields=["cancelled_at", "cancel_reason"])
        await CheckInCode.filter(session_id=session.id).delete()
        return session


async def _series_sessions(series_id: int, from_date: date) -> list[TrainingSession]:
    if not await TrainingSeries.exists(id=series_id):
        fail("SERIES_NOT_FOUND", "No training series has this ID.", "seriesId")
    sessions = (
        await TrainingSession.select_for_update()
        .filter(series_id=series_id, cancelled_at__isnull=True, starts_at__gt=clock.now())
        .order_by("starts_at")
    )
    chosen = [s for s in sessions if clock.local(s.starts_at).date() >= from_date]
    if not chosen:
        fail("NOTHING_TO_CHANGE", "The series has no upcoming session from this date.", "fromDate")
    return chosen


async def update_series(
    series_id: int, from_date: date, changes: dict[str, Any]
) -> list[TrainingSession]:
    """Change the sessions of a series from a date on. A new start or end time of day moves
    each session on its own date."""
    async with in_transaction():
        sessions = await _series_sessions(series_id, from_date)
        start_time, end_time = changes.pop("start_time", None), changes.pop("end_time", None)
        updated = []
        for session in sessions:
            own = dict(changes)
            day = clock.local(session.starts_at).date()
            if start_time is not None:
                own["starts_at"] = clock.utc(datetime.combine(day, start_time, clock.LOCAL))
            if end_time is not None:
                own["ends_at"] = clock.utc(datetime.combine(day, end_time, clock.LOCAL))
            updated.append(await _apply_changes(session, own))
        return updated


async def cancel_series(series_id: int, from_date: date, reason: str) -> list[TrainingSession]:
    reason = clean_text(reason, "reason", max_length=500)
    async with in_transaction():
        sessions = await _series_sessions(series_id, from_date)
        ids = [s.id for s in sessions]
        now = clock.now()
        await TrainingSession.filter(id__in=ids).update(cancelled_at=now, cancel_reason=reason)
        await CheckInCode.filter(session_id__in=ids).delete()
        return await TrainingSession.filter(id__in=ids).order_by("starts_at")


async def person_changed(person: Person) -> None:
    """Keep the rosters of sessions not yet started in step with a person's unit, category and
    active flag (capacity is not enforced here: a transfer must not fail for a full room)."""
    matcher = AudienceMatcher(await org.unit_parents())
    upcoming = await TrainingSession.filter(cancelled_at__isnull=True, starts_at__gt=clock.now())
    on = set(
        await Attendance.filter(
            session_id__in=[s.id for s in upcoming], person_id=person.id
        ).values_list("session_id", flat=True)
    )
    add, remove = [], []
    for session in upcoming:
        belongs = matcher.includes(Audience.from_json(session.audience), person)
        if belongs and session.id not in on:
            add.append(Attendance(session_id=session.id, person_id=person.id))
        elif not belongs and session.id in on:
            remove.append(session.id)
    if add:
        await Attendance.bulk_create(add)
    if remove:
        await Attendance.filter(
            session_id__in=remove, person_id=person.id, status__not_in=list(ATTENDED)
        ).delete()


org.person_hooks.append(person_changed)


# --- attendance ------------------------------------------------------------------------------


async def attendance_points() -> dict[AttendanceStatus, Decimal]:
    table = dict(DEFAULT_POINTS)
    table.update({row.status: row.points for row in await AttendancePoints.all()})
    return table


async def set_attendance_points(status: AttendanceStatus, points: Decimal) -> AttendancePoints:
    if status == AttendanceStatus.UNMARKED:
        fail("INVALID_STATUS", "UNMARKED earns no points.", "status")
    if abs(points) > 100:
        fail("OUT_OF_RANGE", "Points must be between -100 and 100.", "points")
    points = scaled(points)
    async with in_transaction():
        row = await AttendancePoints.select_for_update().get_or_none(status=status)
        if row is None:
            return await AttendancePoints.create(status=status, points=points)
        row.points = points
        await row.save(update_fields=["points"])
        return row


async def _record(
    rows: list[Attendance], sessions: dict[int, TrainingSession], by: int | None
) -> None:
    """Restate each row's TRAINING points in the ledger (reversing what it said before)."""
    if not rows:
        return
    table = await attendance_points()
    people = {r.person_id for r in rows}
    units = dict(await Person.filter(id__in=people).values_list("id", "unit_id"))
    await restate_many(
        [
            Restatement(
                dimension=Dimension.TRAINING,
                points=table.get(row.status) or None,
                reason=f"{sessions[row.session_id].title} · {row.status.value}",
                source_type="Attendance",
                source_id=str(row.id),
                kind="attendance",
                person_id=row.person_id,
                unit_id=units.get(row.person_id),
                occurred_at=sessions[row.session_id].starts_at,
                recorded_by_id=by,
            )
            for row in rows
        ]
    )


def _check_in_window(session: TrainingSession, now: datetime) -> None:
    if session.cancelled_at is not None:
        fail("SESSION_CANCELLED", "The session is cancelled.", "sessionId")
    if not session.starts_at - CHECK_IN_OPENS <= now < session.ends_at:
        fail(
            "CHECK_IN_CLOSED",
            "Check-in is open from 30 minutes before the start until the end.",
            "sessionId",
        )


async def open_check_in(session_id: int, valid_seconds: int = 60) -> CheckInCode:
    if not 10 <= valid_seconds <= 3600:
        fail("OUT_OF_RANGE", "validSeconds must be between 10 and 3600.", "validSeconds")
    now = clock.now()
    async with in_transaction():
        session = await get_session(session_id)
        _check_in_window(session, now)
        values = {
            "code": f"{secrets.randbelow(10**6):06d}",
            "expires_at": now + timedelta(seconds=valid_seconds),
        }
        code = await CheckInCode.select_for_update().get_or_none(session_id=session.id)
        if code is None:
            return await CheckInCode.create(session_id=session.id, **values)
        await CheckInCode.filter(id=code.id).update(**values)
        return await CheckInCode.get(id=code.id)


async def check_in(session_id: int, person_id: int, code: str) -> Attendance:
    """Check an officer in with the code on the trainer's screen; checking in twice changes
    nothing. More than 15 minutes after the start counts LATE."""
    now = clock.now()
    async with in_transaction():
        session = await get_session(session_id)
        _check_in_window(session, now)
        row = await Attendance.get_or_none(session_id=session.id, person_id=person_id)
        if row is None:
            fail("NOT_ON_ROSTER", "You are not on this session's roster.", "sessionId")
        current = await CheckInCode.get_or_none(session_id=session.id)
        if current is None or not secrets.compare_digest(current.code, (code or "").strip()):
            fail("INVALID_CODE", "This is not the session's check-in code.", "code")
        if current.expires_at <= now:
            fail("CODE_EXPIRED", "The code has expired: ask for the current one.", "code")
        status = (
            AttendanceStatus.PRESENT
            if now <= session.starts_at + LATE_AFTER
            else AttendanceStatus.LATE
        )
        # Conditional update: of two phones checking in at once, one changes the row.
        changed = await Attendance.filter(id=row.id, status__not_in=list(ATTENDED)).update(
            status=status, checked_in_at=now, excuse_reason=None
        )
        row = await Attendance.get(id=row.id)
        if changed:
            await _record([row], {session.id: session}, None)
        return row


@dataclass
class Mark:
    person_id: int
    status: AttendanceStatus
    note: str | None = None


async def mark_attendance(session_id: int, marks: list[Mark], by: int) -> list[Attendance]:
    """Marks for many people at once: all are applied, or (any one bad) none."""
    if len(marks) > MAX_MARKS:
        fail("TOO_MANY_MARKS", f"At most {MAX_MARKS} marks per call.", "marks")
    now = clock.now()
    async with in_transaction():
        session = await get_session(session_id)
        if session.cancelled_at is not None:
            fail("SESSION_CANCELLED", "The session is cancelled.", "sessionId")
        rows = {
            r.person_id: r
            for r in await Attendance.select_for_update().filter(
                session_id=session.id, person_id__in=[m.person_id for m in marks]
            )
        }
        problems, seen = [], set()
        for index, mark in enumerate(marks):
            where = ("marks", str(index), "personId")
            if mark.person_id in seen:
                problems.append(Problem("DUPLICATE_MARK", "This person is marked twice.", where))
            seen.add(mark.person_id)
            if mark.person_id not in rows:
                problems.append(
                    Problem("NOT_ON_ROSTER", "This person is not on the roster.", where)
                )
            if (
                mark.status in (*ATTENDED, AttendanceStatus.ABSENT)
                and now < session.starts_at - CHECK_IN_OPENS
            ):
                problems.append(
                    Problem(
                        "SESSION_NOT_STARTED",
                        "Present, late and absent can be marked from 30 minutes before the start.",
                        ("marks", str(index), "status"),
                    )
                )
            if mark.note and len(mark.note) > 500:
                problems.append(
                    Problem(
                        "TOO_LONG",
                        "A note has at most 500 characters.",
                        ("marks", str(index), "note"),
                    )
                )
        if problems:
            raise DomainError(problems)
        changed = []
        for mark in marks:
            row = rows[mark.person_id]
            note = (mark.note or "").strip() or None
            if row.status == mark.status and row.note == note:
                continue
            row.status, row.note, row.marked_by_id = mark.status, note, by
            row.checked_in_at = (row.checked_in_at or now) if mark.status in ATTENDED else None
            if mark.status != AttendanceStatus.EXCUSED:
                row.excuse_reason = None
            columns = ["status", "note", "marked_by_id", "checked_in_at", "excuse_reason"]
            await row.save(update_fields=[*columns, "updated_at"])
            changed.append(row)
        await _record(changed, {session.id: session}, by)
        return [rows[m.person_id] for m in marks]


async def request_leave(session_id: int, person_id: int, reason: str) -> Attendance:
    reason = clean_text(reason, "reason", max_length=500)
    async with in_transaction():
        session = await get_session(session_id)
        if session.cancelled_at is not None:
            fail("SESSION_CANCELLED", "The session is cancelled.", "sessionId")
        if clock.now() >= session.starts_at:
            fail("TOO_LATE_FOR_LEAVE", "Leave must be requested before the start.", "sessionId")
        row = await Attendance.select_for_update().get_or_none(
            session_id=session.id, person_id=person_id
        )
        if row is None:
            fail("NOT_ON_ROSTER", "You are not on this session's roster.", "sessionId")
        if row.status in ATTENDED:
            fail("ALREADY_CHECKED_IN", "You have checked in already.", "sessionId")
        row.status, row.excuse_reason = AttendanceStatus.EXCUSED, reason
        await row.save(update_fields=["status", "excuse_reason", "updated_at"])
        await _record([row], {session.id: session}, None)
        return row


async def close_ended_sessions(limit: int = 200) -> int:
    """Whoever is still UNMARKED when a session ends becomes ABSENT, once per session.

    Run lazily whenever sessions are read or compliance is computed (there is no background
    scheduler to keep alive), and by `python -m seed --close-absences` from cron if wanted.
    """
    now = clock.now()
    due = (
        await TrainingSession.filter(
            absences_closed=False, cancelled_at__isnull=True, ends_at__lte=now
        )
        .order_by("ends_at")
        .limit(limit)
    )
    for session in due:
        async with in_transaction():
            rows = await Attendance.select_for_update().filter(
                session_id=session.id, status=AttendanceStatus.UNMARKED
            )
            ids = [r.id for r in rows]
            if ids:
                await Attendance.filter(id__in=ids, status=AttendanceStatus.UNMARKED).update(
                    status=AttendanceStatus.ABSENT
                )
                for row in rows:
                    row.status = AttendanceStatus.ABSENT
                await _record(rows, {session.id: session}, None)
            await TrainingSession.filter(id=session.id).update(absences_closed=True)
    return len(due)


# --- quotas ----------------------------------------------------------------------------------


@dataclass
class RequirementPlan:
    name: str
    training_kinds: list[TrainingKind]
    count: int
    period: Period
    unit_kinds: list[UnitKind] = field(default_factory=list)
    categories: list[PersonCategory] = field(default_factory=list)
    formats: list[TrainingFormat] = field(default_factory=list)


def _requirement_values(plan: RequirementPlan) -> dict[str, Any]:
    if not plan.training_kinds:
        fail("REQUIRED", "Name at least one training kind that counts.", "trainingKinds")
    if not 1 <= plan.count <= 100:
        fail("OUT_OF_RANGE", "count must be between 1 and 100.", "count")
    return {
        "name": clean_text(plan.name, "name"),
        "training_kinds": sorted({k.value for k in plan.training_kinds}),
        "count": plan.count,
        "period": plan.period,
        "unit_kinds": sorted({k.value for k in plan.unit_kinds}),
        "categories": sorted({c.value for c in plan.categories}),
        "formats": sorted({f.value for f in plan.formats}),
    }


async def create_requirement(plan: RequirementPlan) -> TrainingRequirement:
    async with in_transaction():
        requirement = TrainingRequirement(**_requirement_values(plan))
        if not await saved(requirement):
            fail("DUPLICATE_NAME", "A requirement with this name exists.", "name")
        return requirement


async def update_requirement(
    requirement_id: int, plan: RequirementPlan, active: bool
) -> TrainingRequirement:
    async with in_transaction():
        requirement = await TrainingRequirement.select_for_update().get_or_none(id=requirement_id)
        if requirement is None:
            fail("REQUIREMENT_NOT_FOUND", "No requirement has this ID.", "id")
        for name, value in _requirement_values(plan).items():
            setattr(requirement, name, value)
        requirement.active = active
        if not await saved(requirement):
            fail("DUPLICATE_NAME", "A requirement with this name exists.", "name")
        return requirement


@dataclass
class Progress:
    requirement: str
    period: str
    required: int
    attended: int
    scheduled_remaining: int
    status: ComplianceStatus


@dataclass
class PersonCompliance:
    person_id: int
    unit_id: int
    status: ComplianceStatus
    items: list[Progress]


@dataclass
class UnitCompliance:
    unit_id: int
    people: int = 0
    compliant: int = 0
    on_track: int = 0
    at_risk: int = 0
    non_compliant: int = 0

    @property
    def rate(self) -> float:
        return self.compliant / self.people if self.people else 0.0


PERIOD_COLUMN = {Period.YEAR: "year", Period.MONTH: "month", Period.WEEK: "week"}


def _in_year(period: Period, year: int) -> dict[str, Any]:
    if period == Period.YEAR:
        return {"session__year": year}
    if period == Period.MONTH:
        return {"session__month__startswith": f"{year}-"}
    return {"session__week__startswith": f"{year}-W"}


def _attended_rows(
    requirement: TrainingRequirement, year: int, units: set[int] | None, **where: Any
) -> Any:
    """The roster rows of `year` that count towards `requirement`, filtered by `where`."""
    rows = Attendance.filter(
        session__cancelled_at__isnull=True,
        session__kind__in=requirement.training_kinds,
        **_in_year(requirement.period, year),
        **where,
    )
    if requirement.formats:
        rows = rows.filter(session__format__in=requirement.formats)
    if requirement.categories:
        rows = rows.filter(person__category__in=requirement.categories)
    if units is not None:
        rows = rows.filter(person__unit_id__in=units)
    return rows


async def _counts(
    requirement: TrainingRequirement, year: int, units: set[int] | None, **where: Any
) -> dict[tuple[int, str], int]:
    """(person, period) -> number of rows, aggregated by the database."""
    column = f"session__{PERIOD_COLUMN[requirement.period]}"
    rows = _attended_rows(requirement, year, units, **where)
    grouped = (
        rows.annotate(n=Count("id")).group_by("person_id", column).values("person_id", column, "n")
    )
    return {(row["person_id"], str(row[column])): row["n"] for row in await grouped}


async def _periods_met(
    requirement: TrainingRequirement, year: int, units: set[int] | None, before: str
) -> dict[int, int]:
    """Per person, how many weeks (or months) before `before` met the quota.

    Counted by the database in one statement: the per-period GROUP BY ... HAVING becomes a
    subquery that is counted per person, so a year of weekly lectures for 5,000 officers comes
    back as one row per officer, not one per officer and week.
    """
    column = f"session__{PERIOD_COLUMN[requirement.period]}"
    periods = (
        _attended_rows(
            requirement, year, units, status__in=list(ATTENDED), **{f"{column}__lt": before}
        )
        .annotate(n=Count("id"))
        .group_by("person_id", column)
        .filter(n__gte=requirement.count)
        .values("person_id", column)
    )
    periods._choose_db_if_not_chosen()
    periods._make_query()
    inner, params = periods.query.get_parameterized_sql()
    sql = f'SELECT "person_id", COUNT(*) AS "met" FROM ({inner}) AS "periods" GROUP BY "person_id"'
    rows = await periods._db.execute_query_dict(sql, params)
    return {row["person_id"]: row["met"] for row in rows}


def _applies(requirement: TrainingRequirement, category: str, unit_kind: str) -> bool:
    if requirement.categories and category not in requirement.categories:
        return False
    return not requirement.unit_kinds or unit_kind in requirement.unit_kinds


async def _roster(units: set[int] | None, person_ids: set[int] | None = None) -> list[tuple]:
    people = Person.filter(active=True)
    if units is not None:
        people = people.filter(unit_id__in=units)
    if person_ids is not None:
        people = people.filter(id__in=person_ids)
    return await people.order_by("id").values_list("id", "unit_id", "category", "unit__kind")


@dataclass
class PersonStatus:
    person_id: int
    unit_id: int
    status: ComplianceStatus


def _summarize(statuses: list[PersonStatus]) -> list[UnitCompliance]:
    summary: dict[int, UnitCompliance] = {}
    for entry in statuses:
        unit = summary.setdefault(entry.unit_id, UnitCompliance(entry.unit_id))
        unit.people += 1
        name = entry.status.value.lower()
        setattr(unit, name, getattr(unit, name) + 1)
    return sorted(summary.values(), key=lambda u: u.unit_id)


async def _prepare() -> tuple[datetime, date, list[TrainingRequirement]]:
    while await close_ended_sessions():
        pass
    now = clock.now()
    return (
        now,
        clock.local(now).date(),
        await TrainingRequirement.filter(active=True).order_by("id"),
    )


async def compliance_statuses(
    year: int, units: set[int] | None
) -> tuple[list[PersonStatus], list[UnitCompliance]]:
    """Each active person's overall status against the quotas of `year` (the worst of their
    items, exactly as `compliance` computes it), and the counts per unit.

    The database does the counting: per requirement, the periods already over that each person
    met (one row per person), and their attended and still-scheduled sessions in the period
    under way. This is what the county-wide report reads; items are computed only for the
    people a page shows.
    """
    now, today, requirements = await _prepare()
    roster = await _roster(units)

    async def counted(requirement: TrainingRequirement) -> tuple:
        column = f"session__{PERIOD_COLUMN[requirement.period]}"
        periods = periods_to_report(year, requirement.period, today)
        over = [p for p in periods if p[2] <= today]
        current = next((p for p in periods if p[2] > today), None)
        queries = []
        if over and requirement.period == Period.YEAR:
            queries.append(_counts(requirement, year, units, status__in=list(ATTENDED)))
        elif over:
            before = current[0] if current else f"{year}-~"  # "~" sorts after every key
            queries.append(_periods_met(requirement, year, units, before))
        if current is not None:
            key = {f"{column}__in": [int(current[0]) if column.endswith("year") else current[0]]}
            queries.append(_counts(requirement, year, units, status__in=list(ATTENDED), **key))
            queries.append(
                _counts(
                    requirement,
                    year,
                    units,
                    status=AttendanceStatus.UNMARKED,
                    session__ends_at__gt=now,
                    **key,
                )
            )
        results = list(await asyncio.gather(*queries))
        met = results.pop(0) if over else {}
        if over and requirement.period == Period.YEAR:
            met = {person: 1 for (person, _), n in met.items() if n >= requirement.count}
        attended, scheduled = results if current is not None else ({}, {})
        return over, current, met, attended, scheduled

    # Every requirement's counts at once: PostgreSQL runs the statements side by side.
    everything = await asyncio.gather(*(counted(r) for r in requirements))
    worst_of: dict[int, ComplianceStatus] = {}
    for requirement, (over, current, met, attended, scheduled) in zip(
        requirements, everything, strict=True
    ):
        for person_id, _, category, unit_kind in roster:
            if not _applies(requirement, category, unit_kind):
                continue
            if met.get(person_id, 0) < len(over):
                status = ComplianceStatus.NON_COMPLIANT
            elif current is not None:
                done = attended.get((person_id, current[0]), 0)
                coming = scheduled.get((person_id, current[0]), 0)
                status = item_status(requirement.count, done, coming, over=False)
            else:
                status = ComplianceStatus.COMPLIANT
            worst_of[person_id] = worst([worst_of.get(person_id, status), status])
    statuses = [
        PersonStatus(person_id, unit_id, worst_of[person_id])
        for person_id, unit_id, _, _ in roster
        if person_id in worst_of
    ]
    return statuses, _summarize(statuses)


async def compliance(
    year: int, units: set[int] | None, person_ids: set[int] | None = None
) -> tuple[list[PersonCompliance], list[UnitCompliance]]:
    """Every active person a quota applies to, within `units` (None: the county) and, if given,
    among `person_ids`, with their progress per requirement and period of `year`; and the
    counts per unit. The database counts attendance per person and period; this compares the
    counts with the quotas. For a whole county's statuses, `compliance_statuses` is cheaper.
    """
    now, today, requirements = await _prepare()
    roster = await _roster(units, person_ids)
    where = {} if person_ids is None else {"person_id__in": person_ids}
    results: dict[int, PersonCompliance] = {}
    # Two GROUP BYs per requirement, sent together: PostgreSQL runs them side by side.
    counted = await asyncio.gather(
        *(
            _counts(requirement, year, units, **where, **filters)
            for requirement in requirements
            for filters in (
                {"status__in": list(ATTENDED)},
                {"status": AttendanceStatus.UNMARKED, "session__ends_at__gt": now},
            )
        )
    )
    for index, requirement in enumerate(requirements):
        attended, scheduled = counted[2 * index], counted[2 * index + 1]
        periods = periods_to_report(year, requirement.period, today)
        for person_id, unit_id, category, unit_kind in roster:
            if not _applies(requirement, category, unit_kind):
                continue
            entry = results.setdefault(
                person_id, PersonCompliance(person_id, unit_id, ComplianceStatus.COMPLIANT, [])
            )
            for key, _, end in periods:
                done = attended.get((person_id, key), 0)
                coming = scheduled.get((person_id, key), 0)
                status = item_status(requirement.count, done, coming, over=end <= today)
                entry.items.append(
                    Progress(requirement.name, key, requirement.count, done, coming, status)
                )
    for entry in results.values():
        entry.status = worst([item.status for item in entry.items])
    rows = list(results.values())
    return rows, _summarize([PersonStatus(r.person_id, r.unit_id, r.status) for r in rows])


def attendance_summary(counts: dict[str, int]) -> dict[str, Any]:
    """Totals for one session from its status counts.

    rate = (present + late) / (expected - excused)
    """
    expected = sum(counts.values())
    by = defaultdict(int, counts)
    base = expected - by[AttendanceStatus.EXCUSED]
    attended = by[AttendanceStatus.PRESENT] + by[AttendanceStatus.LATE]
    return {
        "expected": expected,
        "present": by[AttendanceStatus.PRESENT],
        "late": by[AttendanceStatus.LATE],
        "excused": by[AttendanceStatus.EXCUSED],
        "absent": by[AttendanceStatus.ABSENT],
        "unmarked": by[AttendanceStatus.UNMARKED],
        "rate": attended / base if base else 0.0,
    }
