"""The score ledger's one write path: idempotent, append-only, corrections by reversal."""

from __future__ import annotations

import asyncio
from decimal import Decimal

import pytest
from tortoise.exceptions import IntegrityError, OperationalError

from models.assessment import (
    Dimension,
    Restatement,
    ScoreEvent,
    record_points,
    restate_many,
    restate_points,
    reverse_event,
)
from tests.conftest import make_person, make_unit


async def record(person, points="1", kind="attendance", source_id=1, **kw):
    return await record_points(
        dimension=Dimension.TRAINING,
        points=points,
        reason="出勤",
        source_type="Attendance",
        source_id=source_id,
        kind=kind,
        person_id=person.id,
        unit_id=person.unit_id,
        **kw,
    )


async def test_recording_the_same_key_twice_keeps_one_event():
    person = await make_person()
    first = await record(person, "1")
    again = await record(person, "5")  # a retry: the key decides, not the points
    assert again.id == first.id
    assert await ScoreEvent.all().count() == 1
    assert (await ScoreEvent.get(id=first.id)).points == Decimal("1.00")


async def test_concurrent_writes_of_one_key_leave_one_row():
    person = await make_person()
    events = await asyncio.gather(*(record(person) for _ in range(8)))
    assert len({event.id for event in events}) == 1
    assert await ScoreEvent.all().count() == 1


async def test_other_subjects_sources_and_kinds_are_separate_events():
    unit = await make_unit()
    a, b = await make_person(unit), await make_person(unit, name="李四")
    await record(a)
    await record(b)
    await record(a, source_id=2)
    await record(a, kind="bonus")
    await record_points(
        dimension=Dimension.DRILL,
        points="3.5",
        reason="演练",
        source_type="Drill",
        source_id=1,
        kind="unit",
        unit_id=unit.id,
    )
    assert await ScoreEvent.all().count() == 5
    unit_event = await ScoreEvent.get(subject=f"unit:{unit.id}")
    assert unit_event.person_id is None and unit_event.points == Decimal("3.50")


async def test_reversal_cancels_once():
    person = await make_person()
    event = await record(person, "2")
    reversal = await reverse_event(event, reason="撤销")
    assert reversal.points == Decimal("-2.00") and reversal.reverses_id == event.id
    assert (await reverse_event(event, reason="again")).id == reversal.id
    assert sum(e.points for e in await ScoreEvent.all()) == 0


async def test_restating_points_reverses_and_records_without_updating():
    person = await make_person()
    kw = dict(
        dimension=Dimension.TRAINING,
        reason="出勤",
        source_type="Attendance",
        source_id=7,
        kind="attendance",
        person_id=person.id,
    )
    first = await restate_points(points="1", **kw)
    assert (await restate_points(points="1", **kw)).id == first.id  # same value: nothing new
    second = await restate_points(points="0.5", **kw)  # PRESENT -> LATE
    third = await restate_points(points="-1", **kw)  # LATE -> ABSENT
    assert await restate_points(points=None, **kw) is None  # withdrawn
    rows = await ScoreEvent.all().order_by("id")
    assert [(r.kind, r.points) for r in rows] == [
        ("attendance", Decimal("1.00")),
        ("attendance:reversed", Decimal("-1.00")),
        ("attendance#2", Decimal("0.50")),
        ("attendance#2:reversed", Decimal("-0.50")),
        ("attendance#3", Decimal("-1.00")),
        ("attendance#3:reversed", Decimal("1.00")),
    ]
    assert second.kind == "attendance#2" and third.kind == "attendance#3"
    assert sum(r.points for r in rows) == 0
    # The first event was never touched.
    assert (await ScoreEvent.get(id=first.id)).points == Decimal("1.00")


async def test_an_event_needs_a_subject():
    with pytest.raises(Exception, match="SUBJECT_REQUIRED"):
        await record_points(
            dimension=Dimension.EXAM,
            points=1,
            reason="x",
            source_type="Exam",
            source_id=1,
            kind="k",
        )


async def test_the_database_refuses_a_subjectless_event_a_duplicate_and_any_change():
    person = await make_person()
    base = dict(
        dimension=Dimension.EXAM,
        points=Decimal(1),
        reason="x",
        source_type="Exam",
        source_id="1",
        kind="k",
        occurred_at=person.created_at,
    )
    with pytest.raises((IntegrityError, OperationalError)):
        await ScoreEvent.create(subject="nobody", **base)
    event = await ScoreEvent.create(subject=f"person:{person.id}", person_id=person.id, **base)
    with pytest.raises(IntegrityError):
        await ScoreEvent.create(subject=f"person:{person.id}", person_id=person.id, **base)
    with pytest.raises((IntegrityError, OperationalError)):
        await ScoreEvent.filter(id=event.id).update(points=Decimal(100))
    with pytest.raises((IntegrityError, OperationalError)):
        await ScoreEvent.filter(id=event.id).delete()
    assert (await ScoreEvent.get(id=event.id)).points == Decimal(1)


async def test_restating_many_at_once_matches_one_at_a_time():
    people = [await make_person(name=f"人{i}") for i in range(4)]

    def wanted(points_by_person):
        return [
            Restatement(
                dimension=Dimension.TRAINING,
                points=None if p is None else Decimal(p),
                reason="出勤",
                source_type="Attendance",
                source_id=str(i),
                kind="attendance",
                person_id=people[i].id,
            )
            for i, p in enumerate(points_by_person)
        ]

    await restate_many(wanted(["1", "1", "-1", None]))
    await restate_many(wanted(["1", "0.5", None, "1"]))  # same, changed, withdrawn, new
    await restate_many(wanted(["1", "0.5", None, "1"]))  # again: nothing new
    rows = [(r.source_id, r.kind, r.points) for r in await ScoreEvent.all().order_by("id")]
    assert rows == [
        ("0", "attendance", Decimal("1.00")),
        ("1", "attendance", Decimal("1.00")),
        ("2", "attendance", Decimal("-1.00")),
        ("1", "attendance:reversed", Decimal("-1.00")),
        ("2", "attendance:reversed", Decimal("1.00")),
        ("1", "attendance#2", Decimal("0.50")),
        ("3", "attendance", Decimal("1.00")),
    ]
