"""Corrections restate the ledger: whatever sequence of marks a person gets, the ledger's sum for
that person and source is the points of the last mark."""

from __future__ import annotations

from datetime import datetime
from decimal import Decimal

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from models.assessment import Dimension, ScoreEvent, restate_many, restate_points
from models.assessment import Restatement as Wanted
from tests.conftest import make_person
from tests.schema.test_training import MARK, county, pid, schedule  # noqa: F401


async def mark(client, session, person, status: str) -> None:
    entry = {"personId": pid(person), "status": status}
    if status == "EXCUSED":
        entry["note"] = "外出执法"
    await client.mutate(MARK, {"sessionId": session["id"], "marks": [entry]})


async def ledger_sum(person) -> Decimal:
    events = await ScoreEvent.filter(person_id=person.id, dimension=Dimension.TRAINING)
    return sum((e.points for e in events), Decimal(0))


@pytest.mark.parametrize(
    ("statuses", "expected"),
    [
        (["ABSENT", "EXCUSED", "LATE"], Decimal("0.5")),
        (["PRESENT", "EXCUSED", "ABSENT"], Decimal("-1")),
        (["LATE", "ABSENT", "EXCUSED", "PRESENT", "ABSENT", "EXCUSED"], Decimal("0")),
    ],
)
async def test_marks_of_an_ended_session_restate_to_the_last_mark(
    client,
    county,  # noqa: F811
    clock_at,
    statuses,
    expected,
):
    await client.login("trainer")
    session = await schedule(client, county)
    clock_at.set(datetime(2026, 3, 2, 20, 30))  # the session has ended
    person = county.officers[0]
    for status in statuses:
        await mark(client, session, person, status)
    assert await ledger_sum(person) == expected


KW = dict(
    dimension=Dimension.TRAINING,
    reason="出勤",
    source_type="Attendance",
    kind="attendance",
)
POINTS = st.one_of(st.none(), st.sampled_from([Decimal(p) for p in ("-1", "0", "0.5", "1", "2")]))


@settings(
    max_examples=40,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture],
)
@given(changes=st.lists(st.tuples(st.booleans(), POINTS), min_size=1, max_size=8))
async def test_any_sequence_of_restatements_sums_to_the_last_state(changes):
    """One at a time or in bulk, the ledger for a source and subject sums to its last state."""

    person = await make_person()
    source_id = str(person.id)
    for bulk, points in changes:
        if bulk:
            wanted = Wanted(points=points, source_id=source_id, person_id=person.id, **KW)
            await restate_many([wanted])
        else:
            await restate_points(points=points, source_id=source_id, person_id=person.id, **KW)
    last = changes[-1][1]
    events = await ScoreEvent.filter(source_id=source_id, person_id=person.id)
    assert sum((e.points for e in events), Decimal(0)) == (last or Decimal(0))
