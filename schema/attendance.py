"""Attendance (考勤): check-in codes and check-ins, leave requests, trainers' marks, a person's
attendance history, and the ledger points each status is worth."""

from __future__ import annotations

from collections.abc import AsyncGenerator
from contextlib import aclosing
from datetime import datetime
from decimal import Decimal
from typing import Any

import strawberry
from strawberry import Info, relay

from models import attendance, training
from models.errors import DomainError, Problem
from models.org import Role
from models.scope import can_read_unit_data
from schema import live
from schema.audit import mutation
from schema.errors import UserError, coded_error, named, respond
from schema.ids import argument_id, parse_id
from schema.pagination import paginate
from schema.permissions import STAFF, allow, require_user
from schema.training import (
    MANAGERS,
    READERS_OF_ROSTERS,
    AttendanceSummary,
    AttendanceType,
    TrainingSessionType,
    my_person,
    require_manager,
    summaries_of,
)
from schema.training_inputs import AttendanceStatusEnum

# --- types and inputs ----------------------------------------------------------------------


@strawberry.type
class AttendancePoints:
    status: AttendanceStatusEnum
    points: Decimal


@strawberry.input
class OpenCheckInInput:
    session_id: strawberry.ID
    valid_seconds: int | None = 60


@strawberry.input
class CheckInInput:
    session_id: strawberry.ID
    code: str


@strawberry.input
class AttendanceMarkInput:
    person_id: strawberry.ID
    status: AttendanceStatusEnum
    note: str | None = None


@strawberry.input
class MarkAttendanceInput:
    session_id: strawberry.ID
    marks: list[AttendanceMarkInput]


@strawberry.input
class RequestLeaveInput:
    session_id: strawberry.ID
    reason: str


@strawberry.input
class SetAttendancePointsInput:
    status: AttendanceStatusEnum
    points: Decimal


@strawberry.type
class SessionAttendanceCount:
    session: TrainingSessionType
    summary: AttendanceSummary


def attendance_channel(session_id: int) -> str:
    return f"session:{session_id}:attendance"


def announce_attendance(info: Info, session_id: int) -> None:
    """Tell the session's live counters, once this mutation has committed."""
    info.context.publish_after_commit(attendance_channel(session_id), {"sessionId": session_id})


# --- payloads ------------------------------------------------------------------------------


@strawberry.type
class OpenCheckInPayload:
    code: str | None = None
    expires_at: datetime | None = None
    user_errors: list[UserError]


@strawberry.type
class AttendancePayload:
    attendance: AttendanceType | None = None
    user_errors: list[UserError]


@strawberry.type
class MarkAttendancePayload:
    attendance: list[AttendanceType] | None = None
    user_errors: list[UserError]


@strawberry.type
class AttendancePointsPayload:
    points: AttendancePoints | None = None
    user_errors: list[UserError]


CheckInPayload = named(AttendancePayload, "CheckInPayload")
RequestLeavePayload = named(AttendancePayload, "RequestLeavePayload")


async def org_visible(info: Info, person_id: int | None) -> bool:
    if person_id is None:
        return False
    from schema.org import visible_person

    return await visible_person(info, person_id) is not None


@strawberry.type
class Query:
    @strawberry.field(extensions=allow(*STAFF), description="A person's attendance, oldest first.")
    async def attendance_history(
        self,
        info: Info,
        person_id: strawberry.ID | None = None,
        first: int | None = None,
        after: str | None = None,
    ) -> relay.Connection[AttendanceType]:
        user = require_user(info)
        pk = argument_id(person_id, "Person", "personId") if person_id else user.person_id
        allowed = pk == user.person_id or (
            user.has_role(*READERS_OF_ROSTERS) and await org_visible(info, pk)
        )
        rows = training.Attendance.filter(person_id=pk if allowed and pk else 0)
        return await paginate(rows, first, after, AttendanceType.from_model)

    @strawberry.field(extensions=allow(*STAFF), description="Ledger points per attendance status.")
    async def attendance_points(self) -> list[AttendancePoints]:
        table = await attendance.attendance_points()
        return [AttendancePoints(status=s, points=p) for s, p in table.items()]


@strawberry.type
class Mutation:
    @mutation(
        *MANAGERS, description="A 6-digit code for officers to check in with; replaces the last."
    )
    async def open_check_in(self, info: Info, input: OpenCheckInInput) -> OpenCheckInPayload:
        async def action() -> dict[str, Any]:
            session = await training.get_session(
                parse_id(input.session_id, "TrainingSession", "sessionId")
            )
            await require_manager(info, session)
            code = await attendance.open_check_in(session.id, input.valid_seconds or 60)
            return {"code": code.code, "expires_at": code.expires_at}

        return await respond(OpenCheckInPayload, action)

    @mutation(*STAFF)
    async def check_in(self, info: Info, input: CheckInInput) -> CheckInPayload:
        async def action() -> dict[str, Any]:
            session_id = parse_id(input.session_id, "TrainingSession", "sessionId")
            row = await attendance.check_in(session_id, my_person(info), input.code)
            return {"attendance": AttendanceType.from_model(row)}

        payload = await respond(CheckInPayload, action)
        if payload.attendance is not None:
            announce_attendance(info, payload.attendance.session_id)
        return payload

    @mutation(*MANAGERS, description="Up to 500 marks, all applied or none.")
    async def mark_attendance(
        self, info: Info, input: MarkAttendanceInput
    ) -> MarkAttendancePayload:
        async def action() -> dict[str, Any]:
            session = await training.get_session(
                parse_id(input.session_id, "TrainingSession", "sessionId")
            )
            await require_manager(info, session)
            marks = []
            problems = []
            for index, mark in enumerate(input.marks):
                try:
                    person_id = parse_id(mark.person_id, "Person", "personId")
                except DomainError:
                    problems.append(
                        Problem(
                            "INVALID_ID",
                            "personId must be the ID of a Person.",
                            ("marks", str(index), "personId"),
                        )
                    )
                    continue
                marks.append(attendance.Mark(person_id, mark.status, mark.note))
            if problems:
                raise DomainError(problems)
            rows = await attendance.mark_attendance(session.id, marks, info.context.user.id)
            announce_attendance(info, session.id)
            return {"attendance": [AttendanceType.from_model(r) for r in rows]}

        return await respond(MarkAttendancePayload, action)

    @mutation(*STAFF, description="Excused from a session, with a reason, before it starts.")
    async def request_leave(self, info: Info, input: RequestLeaveInput) -> RequestLeavePayload:
        async def action() -> dict[str, Any]:
            session_id = parse_id(input.session_id, "TrainingSession", "sessionId")
            row = await attendance.request_leave(session_id, my_person(info), input.reason)
            return {"attendance": AttendanceType.from_model(row)}

        payload = await respond(RequestLeavePayload, action)
        if payload.attendance is not None:
            announce_attendance(info, payload.attendance.session_id)
        return payload

    @mutation(Role.ADMIN, description="Change the ledger points of an attendance status.")
    async def set_attendance_points(
        self, input: SetAttendancePointsInput
    ) -> AttendancePointsPayload:
        async def action() -> dict[str, Any]:
            row = await attendance.set_attendance_points(input.status, input.points)
            return {"points": AttendancePoints(status=row.status, points=row.points)}

        return await respond(AttendancePointsPayload, action)


async def _counted(info: Info, session: training.TrainingSession) -> SessionAttendanceCount:
    await attendance.close_ended_sessions()  # as every read of sessions: ended means ABSENT
    node = TrainingSessionType.from_model(await training.get_session(session.id))
    [summary] = await summaries_of(info.context, [node])
    return SessionAttendanceCount(session=node, summary=summary)


@strawberry.type
class Subscription:
    @strawberry.subscription(
        description="A session's attendance counts: at once, then again after every check-in, "
        "mark and leave request on it (the trainer's live count). For those who read the "
        "session's whole roster: its organiser's managers, and leaders whose scope covers it."
    )
    async def session_attendance(
        self, info: Info, session_id: strawberry.ID
    ) -> AsyncGenerator[SessionAttendanceCount, None]:
        user = require_user(info)
        pk = argument_id(session_id, "TrainingSession", "sessionId")
        session = await training.TrainingSession.get_or_none(id=pk)
        if session is None:
            raise coded_error("NOT_FOUND", "No training session has this ID.")
        if not can_read_unit_data(user, await info.context.scope(), session.organizer_id):
            raise coded_error(
                "FORBIDDEN", "Only those who read this session's roster may watch its count."
            )
        found = live.events(info, attendance_channel(session.id), what="Live counts", announce=True)
        async with aclosing(found) as messages:
            async for _ in messages:  # SUBSCRIBED first: the count from then on is current
                yield await _counted(info, session)
