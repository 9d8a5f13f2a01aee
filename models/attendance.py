"""Attendance (考勤): check-in codes and check-ins, leave requests, trainers' marks, the points each
status is worth, and closing ended sessions; every mark restates the ledger."""

from __future__ import annotations

import secrets
from dataclasses import dataclass
from datetime import datetime, timedelta
from decimal import Decimal

from tortoise.transactions import in_transaction

from models import clock
from models.assessment import Dimension, Restatement, restate_many
from models.decimals import scaled
from models.errors import DomainError, Problem, clean_text, fail
from models.org import Person
from models.training import (
    ATTENDED,
    CHECK_IN_OPENS,
    DEFAULT_POINTS,
    LATE_AFTER,
    MAX_MARKS,
    Attendance,
    AttendancePoints,
    AttendanceStatus,
    CheckInCode,
    TrainingSession,
    get_session,
)

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
