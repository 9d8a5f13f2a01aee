"""Training: sessions and series, audiences and rosters, check-in and attendance, quotas.

Times are stored in UTC; the county's wall clock (Asia/Shanghai) decides dates, periods and
recurrences. Each session carries the keys of the periods it falls in (year, month, ISO week),
so quota compliance is a GROUP BY, not a calendar computed per row.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta
from enum import StrEnum
from typing import Any

from dateutil import rrule
from tortoise import fields
from tortoise.connection import get_connection
from tortoise.models import Model
from tortoise.transactions import in_transaction

from assessment.compliance import (
    Period,
    period_keys,
)
from models import clock, org
from models.decimals import scaled
from models.errors import DomainError, Problem, clean_text, fail
from models.org import Person, PersonCategory, Unit, User


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
        # close_ended_sessions runs on reads of sessions: it finds the few not yet closed by this
        # index instead of scanning the year's sessions.
        indexes = (("absences_closed", "ends_at"),)

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
        self._units: dict[tuple[int, ...], set[int]] = {}  # one audience asked for many people

    def units(self, audience: Audience) -> set[int]:
        key = tuple(audience.unit_ids)
        found = self._units.get(key)
        if found is None:
            found = set()
            for unit_id in audience.unit_ids:
                found |= org.subtree(self.parents, unit_id)
            self._units[key] = found
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
