"""Training and attendance: scheduling, rosters, check-in, quotas and compliance."""

from __future__ import annotations

from datetime import datetime
from operator import itemgetter
from typing import Annotated, Any

import strawberry
from strawberry import Info, relay
from tortoise import connections
from tortoise.expressions import Q

from models import attendance, clock, org, quotas, sql, training
from models.errors import fail
from models.org import Role
from models.scope import Scope, can_manage, can_read_unit_data
from models.training import AttendanceStatus
from schema import node, reads
from schema.audit import mutation
from schema.errors import UserError, named, respond
from schema.ids import argument_id, parse_id
from schema.org import (
    PERSON_COLUMNS,
    UNIT_COLUMNS,
    PersonCategoryEnum,
    PersonType,
    UnitType,
    UserType,
    people_of,
    units_by_id,
)
from schema.pagination import after_cursor, connection, page_size, paginate
from schema.permissions import STAFF, allow, logged_in, require_user
from schema.training_inputs import (
    AttendanceStatusEnum,
    CancelSeriesInput,
    CancelSessionInput,
    ScheduleSeriesInput,
    ScheduleSessionInput,
    SessionStatusEnum,
    TrainingFormatEnum,
    TrainingKindEnum,
    UpdateSeriesInput,
    UpdateSessionInput,
    aware,
    changes_of,
)

MANAGERS = (Role.ADMIN, Role.TRAINER)
READERS_OF_ROSTERS = (Role.ADMIN, Role.TRAINER, Role.LEADER)
REQUIREMENT_READERS = (Role.ADMIN, Role.LEADER, Role.TRAINER)


# --- authorization helpers -----------------------------------------------------------------


async def manages(info: Info, organizer_unit_id: int) -> bool:
    return can_manage(require_user(info), await info.context.scope(), organizer_unit_id)


async def require_manager(info: Info, session: training.TrainingSession) -> None:
    if not await manages(info, session.organizer_id):
        fail("OUT_OF_SCOPE", "This session is organised outside your units.", "sessionId")


async def require_audience_in_scope(
    info: Info,
    audience: training.Audience,
    organizer: int | None,
    prefix: tuple[str, ...] = (),
    what: str = "sessions",
) -> None:
    """What a caller organises (a session, an exam) is organised within their units, for
    people of their units."""
    scope: Scope = await info.context.scope()
    if scope.county_wide:
        return
    if not scope.covers(organizer):
        fail(
            "OUT_OF_SCOPE",
            f"You can only organise {what} within your units.",
            (*prefix, "organizerUnitId"),
        )
    units = set(audience.unit_ids)
    units |= set(
        await org.Person.filter(id__in=audience.person_ids).values_list("unit_id", flat=True)
    )
    if any(not scope.covers(unit) for unit in units):
        fail("OUT_OF_SCOPE", "The audience reaches outside your units.", (*prefix, "audience"))


def visible_sessions(user: org.User, scope: Scope) -> Any:
    """Sessions organised within the caller's scope, or that people of the scope attend."""
    sessions = training.TrainingSession.all()
    if scope.county_wide:
        return sessions
    return sessions.filter(
        Q(organizer_id__in=scope.unit_ids)
        | Q(attendance__person__unit_id__in=scope.unit_ids)
        | Q(attendance__person_id=user.person_id or 0)
    ).distinct()


def my_person(info: Info, field: str = "sessionId") -> int:
    user = require_user(info)
    if user.person_id is None:
        fail("NO_PERSON", "Your account is not linked to a person.", field)
    return user.person_id


# --- relations, fetched for many parents at once (see schema.reads) -----------------------

ATTENDANCE_COLUMNS = ("status", "checked_in_at", "note", "excuse_reason", "person_id")


async def rosters(
    context: Any,
    sessions: list[TrainingSessionType],
    first: int | None = None,
    after: str | None = None,
    status: AttendanceStatus | None = None,
) -> list[relay.Connection[AttendanceType]]:
    """A page of each session's roster: one statement for the sessions whose whole roster the
    caller reads, one for those where they see only their own row."""
    user = logged_in(context)
    scope = await context.scope()
    size, after_pk = page_size(first), after_cursor(after)
    by_reader: dict[int | None, list[int]] = {}
    for session in sessions:
        sees_all = can_read_unit_data(user, scope, session.model.organizer_id)
        by_reader.setdefault(None if sees_all else (user.person_id or 0), []).append(session.id)
    pages: dict[int, list[dict[str, Any]]] = {}
    for person_id, session_ids in by_reader.items():
        conditions, values = [], []
        for column, value in (("status", status), ("person_id", person_id), ("id", after_pk)):
            if value is not None:
                values.append(value.value if isinstance(value, AttendanceStatus) else value)
                conditions.append(f'"{column}" {">" if column == "id" else "="} ${len(values)}')
        pages |= await sql.rows_per_parent(
            training.Attendance,
            ATTENDANCE_COLUMNS,
            "session_id",
            session_ids,
            size + 1,
            " AND ".join(conditions),
            *values,
        )
    return [
        connection(pages[s.id], size, after_pk, AttendanceType.from_row, key=itemgetter("id"))
        for s in sessions
    ]


async def sessions_of(context: Any, rows: list[AttendanceType]) -> list[TrainingSessionType]:
    sessions = await context.loaders.session.load_many([row.session_id for row in rows])
    return [TrainingSessionType.from_model(session) for session in sessions]


async def organizers_of(context: Any, sessions: list[TrainingSessionType]) -> list[Any]:
    return await units_by_id(context, [session.model.organizer_id for session in sessions])


async def trainers_of(context: Any, sessions: list[TrainingSessionType]) -> list[Any]:
    users = await context.loaders.user.load_many(
        [session.model.trainer_id for session in sessions if session.model.trainer_id]
    )
    found = {user.id: user for user in users if user}
    return [
        UserType.from_model(found[s.model.trainer_id]) if s.model.trainer_id in found else None
        for s in sessions
    ]


async def summaries_of(context: Any, sessions: list[TrainingSessionType]) -> list[Any]:
    """Each session's roster counted by status: one GROUP BY for all sessions."""
    ids = [session.id for session in sessions]
    rows = await sql.fetch(
        connections.get("default"),
        'SELECT "session_id", "status", COUNT(*) AS "n" FROM "attendance" '
        f'WHERE "session_id" IN ({sql.in_list(1, len(ids))}) GROUP BY "session_id", "status"',
        *ids,
    )
    counts: dict[int, dict[str, int]] = {pk: {} for pk in ids}
    for row in rows:
        counts[row["session_id"]][str(row["status"])] = row["n"]
    return [AttendanceSummary(**quotas.attendance_summary(counts[pk])) for pk in ids]


async def my_rows_of(context: Any, sessions: list[TrainingSessionType]) -> list[Any]:
    """The caller's own row on each session's roster (None where they are not on it)."""
    person_id = logged_in(context).person_id
    if person_id is None:
        return [None] * len(sessions)
    pages = await sql.rows_per_parent(
        training.Attendance,
        ATTENDANCE_COLUMNS,
        "session_id",
        [session.id for session in sessions],
        1,
        '"person_id" = $1',
        person_id,
    )
    return [AttendanceType.from_row(pages[s.id][0]) if pages.get(s.id) else None for s in sessions]


async def audience_units(context: Any, audiences: list[Audience]) -> list[list[Any]]:
    found = await sql.rows_by_id(
        org.Unit, UNIT_COLUMNS, [pk for a in audiences for pk in a.unit_ids]
    )
    return [
        [UnitType.from_row(dict(found[pk])) for pk in a.unit_ids if pk in found] for a in audiences
    ]


async def audience_people(context: Any, audiences: list[Audience]) -> list[list[Any]]:
    ids = [pk for audience in audiences for pk in audience.person_ids]
    found = await sql.rows_by_id(org.Person, PERSON_COLUMNS, ids)
    return [
        [PersonType.from_row(dict(found[pk])) for pk in a.person_ids if pk in found]
        for a in audiences
    ]


# --- types ---------------------------------------------------------------------------------


@strawberry.type
class AttendanceSummary:
    expected: int
    present: int
    late: int
    excused: int
    absent: int
    unmarked: int
    rate: float = strawberry.field(description="(present + late) / (expected - excused)")


@strawberry.type
class Audience:
    unit_ids: strawberry.Private[list[int]]
    categories: list[PersonCategoryEnum]
    person_ids: strawberry.Private[list[int]]

    @reads.relation(audience_units)
    async def units(self, info: Info) -> list[UnitType]:
        return await reads.load(audience_units, self, info)

    @reads.relation(audience_people)
    async def people(self, info: Info) -> list[PersonType]:
        return await reads.load(audience_people, self, info)


@strawberry.type(name="Attendance")
class AttendanceType(relay.Node):
    id: relay.NodeID[int]
    status: AttendanceStatusEnum
    checked_in_at: datetime | None
    note: str | None
    excuse_reason: str | None
    person_id: strawberry.Private[int]
    session_id: strawberry.Private[int]

    @classmethod
    def from_row(cls, row: dict[str, Any]) -> AttendanceType:
        return reads.from_row(cls, row)

    @classmethod
    def from_model(cls, row: training.Attendance) -> AttendanceType:
        return cls(
            id=row.id,
            status=row.status,
            checked_in_at=row.checked_in_at,
            note=row.note,
            excuse_reason=row.excuse_reason,
            person_id=row.person_id,
            session_id=row.session_id,
        )

    @reads.relation(people_of)
    async def person(self, info: Info) -> PersonType:
        return await reads.load(people_of, self, info)

    @reads.relation(sessions_of)
    async def session(self, info: Info) -> TrainingSessionType:
        return await reads.load(sessions_of, self, info)


@strawberry.type(name="TrainingSession")
class TrainingSessionType(relay.Node):
    id: relay.NodeID[int]
    title: str
    kind: TrainingKindEnum
    format: TrainingFormatEnum
    starts_at: datetime
    ends_at: datetime
    venue: str | None
    capacity: int | None
    description: str | None
    cancel_reason: str | None
    model: strawberry.Private[training.TrainingSession]

    @classmethod
    def from_model(cls, session: training.TrainingSession) -> TrainingSessionType:
        return cls(
            id=session.id,
            title=session.title,
            kind=session.kind,
            format=session.format,
            starts_at=session.starts_at,
            ends_at=session.ends_at,
            venue=session.venue,
            capacity=session.capacity,
            description=session.description,
            cancel_reason=session.cancel_reason,
            model=session,
        )

    @strawberry.field
    def status(self) -> SessionStatusEnum:
        return self.model.status(clock.now())

    @reads.relation(organizers_of)
    async def organizer(self, info: Info) -> UnitType:
        return await reads.load(organizers_of, self, info)

    @reads.relation(trainers_of)
    async def trainer(self, info: Info) -> UserType | None:
        return await reads.load(trainers_of, self, info)

    @strawberry.field(description="The series this session belongs to, if any.")
    def series_id(self) -> strawberry.ID | None:
        if self.model.series_id is None:
            return None
        return strawberry.ID(relay.to_base64("TrainingSeries", self.model.series_id))

    @strawberry.field
    def audience(self) -> Audience:
        data = training.Audience.from_json(self.model.audience)
        return Audience(
            unit_ids=data.unit_ids, categories=data.categories, person_ids=data.person_ids
        )

    @reads.relation(
        rosters,
        description="The roster: whole for the organiser's managers and for leaders whose scope "
        "covers the organiser; anyone else sees only their own row.",
    )
    async def attendance(
        self,
        info: Info,
        first: int | None = None,
        after: str | None = None,
        status: AttendanceStatusEnum | None = None,
    ) -> relay.Connection[AttendanceType]:
        return await reads.load(rosters, self, info, first=first, after=after, status=status)

    @reads.relation(summaries_of)
    async def attendance_summary(self, info: Info) -> AttendanceSummary:
        return await reads.load(summaries_of, self, info)

    @reads.relation(
        my_rows_of, description="The logged-in person's own roster row, if on the roster."
    )
    async def my_attendance(self, info: Info) -> AttendanceType | None:
        return await reads.load(my_rows_of, self, info)


# --- node(id:) -----------------------------------------------------------------------------


async def _session_node(info: Info, pk: int) -> TrainingSessionType | None:
    user = require_user(info)
    if not user.has_role(*STAFF):
        return None  # as trainingSessions: not for the assessment system's account
    session = await visible_sessions(user, await info.context.scope()).filter(id=pk).first()
    return TrainingSessionType.from_model(session) if session else None


async def _attendance_node(info: Info, pk: int) -> AttendanceType | None:
    user = require_user(info)
    row = await training.Attendance.get_or_none(id=pk).prefetch_related("session")
    if row is None:
        return None
    scope = await info.context.scope()
    if row.person_id == user.person_id or can_read_unit_data(user, scope, row.session.organizer_id):
        return AttendanceType.from_model(row)
    return None


node.register("TrainingSession", _session_node)
node.register("Attendance", _attendance_node)


# --- payloads ------------------------------------------------------------------------------


@strawberry.type
class SessionPayload:
    session: TrainingSessionType | None = None
    user_errors: list[UserError]


@strawberry.type
class SessionsPayload:
    sessions: list[TrainingSessionType] | None = None
    user_errors: list[UserError]


ScheduleSessionPayload = named(SessionPayload, "ScheduleSessionPayload")
UpdateSessionPayload = named(SessionPayload, "UpdateSessionPayload")
CancelSessionPayload = named(SessionPayload, "CancelSessionPayload")
ScheduleSeriesPayload = named(SessionsPayload, "ScheduleSeriesPayload")
UpdateSeriesPayload = named(SessionsPayload, "UpdateSeriesPayload")
CancelSeriesPayload = named(SessionsPayload, "CancelSeriesPayload")


def sessions_out(sessions: list[training.TrainingSession]) -> dict[str, Any]:
    return {"sessions": [TrainingSessionType.from_model(s) for s in sessions]}


# --- queries -------------------------------------------------------------------------------


@strawberry.type
class Query:
    @strawberry.field(extensions=allow(*STAFF), description="Sessions the caller may see, by ID.")
    async def training_sessions(
        self,
        info: Info,
        first: int | None = None,
        after: str | None = None,
        from_: Annotated[datetime | None, strawberry.argument(name="from")] = None,
        to: datetime | None = None,
        unit_id: strawberry.ID | None = None,
        kind: TrainingKindEnum | None = None,
    ) -> relay.Connection[TrainingSessionType]:
        await attendance.close_ended_sessions()
        user = require_user(info)
        sessions = visible_sessions(user, await info.context.scope())
        if from_ is not None:
            sessions = sessions.filter(ends_at__gt=aware(from_, "from"))
        if to is not None:
            sessions = sessions.filter(starts_at__lt=aware(to, "to"))
        if unit_id is not None:
            root = argument_id(unit_id, "Unit", "unitId")
            sessions = sessions.filter(organizer_id__in=org.subtree(await org.unit_parents(), root))
        if kind is not None:
            sessions = sessions.filter(kind=kind)
        return await paginate(sessions, first, after, TrainingSessionType.from_model)

    @strawberry.field(
        extensions=allow(*STAFF), description="The logged-in person's sessions, by start."
    )
    async def my_schedule(
        self,
        info: Info,
        from_: Annotated[datetime | None, strawberry.argument(name="from")] = None,
        to: datetime | None = None,
    ) -> list[TrainingSessionType]:
        await attendance.close_ended_sessions()
        user = require_user(info)
        if user.person_id is None:
            return []
        sessions = training.TrainingSession.filter(attendance__person_id=user.person_id)
        if from_ is not None:
            sessions = sessions.filter(ends_at__gt=aware(from_, "from"))
        if to is not None:
            sessions = sessions.filter(starts_at__lt=aware(to, "to"))
        rows = await sessions.order_by("starts_at").limit(500)
        return [TrainingSessionType.from_model(s) for s in rows]


# --- mutations -----------------------------------------------------------------------------


@strawberry.type
class Mutation:
    @mutation(*MANAGERS)
    async def schedule_session(
        self, info: Info, input: ScheduleSessionInput
    ) -> ScheduleSessionPayload:
        async def action() -> dict[str, Any]:
            plan = input.plan()
            await require_audience_in_scope(info, plan.audience, plan.organizer_unit_id)
            return {
                "session": TrainingSessionType.from_model(await training.schedule_session(plan))
            }

        return await respond(ScheduleSessionPayload, action)

    @mutation(*MANAGERS)
    async def schedule_series(
        self, info: Info, input: ScheduleSeriesInput
    ) -> ScheduleSeriesPayload:
        async def action() -> dict[str, Any]:
            plan = input.session.plan()
            await require_audience_in_scope(info, plan.audience, plan.organizer_unit_id)
            return sessions_out(await training.schedule_series(plan, input.recurrence.parse()))

        return await respond(ScheduleSeriesPayload, action)

    @mutation(*MANAGERS, description="Change a session before it starts; the roster follows.")
    async def update_session(self, info: Info, input: UpdateSessionInput) -> UpdateSessionPayload:
        async def action() -> dict[str, Any]:
            session = await training.get_session(
                parse_id(input.session_id, "TrainingSession", "sessionId")
            )
            await require_manager(info, session)
            changes = input.changes()
            if "audience" in changes:
                await require_audience_in_scope(info, changes["audience"], session.organizer_id)
            session = await training.update_session(session.id, changes)
            return {"session": TrainingSessionType.from_model(session)}

        return await respond(UpdateSessionPayload, action)

    @mutation(*MANAGERS)
    async def cancel_session(self, info: Info, input: CancelSessionInput) -> CancelSessionPayload:
        async def action() -> dict[str, Any]:
            session = await training.get_session(
                parse_id(input.session_id, "TrainingSession", "sessionId")
            )
            await require_manager(info, session)
            session = await training.cancel_session(session.id, input.reason)
            return {"session": TrainingSessionType.from_model(session)}

        return await respond(CancelSessionPayload, action)

    @mutation(*MANAGERS, description="Change a series' sessions from a date on.")
    async def update_series(self, info: Info, input: UpdateSeriesInput) -> UpdateSeriesPayload:
        async def action() -> dict[str, Any]:
            series_id = parse_id(input.series_id, "TrainingSeries", "seriesId")
            await _require_series_manager(info, series_id)
            changes = changes_of(input, exclude={"series_id", "from_date"})
            if changes.get("audience") is not None:
                first = await training.TrainingSession.filter(series_id=series_id).first()
                await require_audience_in_scope(info, changes["audience"], first.organizer_id)
            return sessions_out(await training.update_series(series_id, input.from_date, changes))

        return await respond(UpdateSeriesPayload, action)

    @mutation(*MANAGERS, description="Cancel a series' sessions from a date on.")
    async def cancel_series(self, info: Info, input: CancelSeriesInput) -> CancelSeriesPayload:
        async def action() -> dict[str, Any]:
            series_id = parse_id(input.series_id, "TrainingSeries", "seriesId")
            await _require_series_manager(info, series_id)
            return sessions_out(
                await training.cancel_series(series_id, input.from_date, input.reason)
            )

        return await respond(CancelSeriesPayload, action)


async def _require_series_manager(info: Info, series_id: int) -> None:
    first = await training.TrainingSession.filter(series_id=series_id).first()
    if first is None:
        fail("SERIES_NOT_FOUND", "No training series has this ID.", "seriesId")
    await require_manager(info, first)
