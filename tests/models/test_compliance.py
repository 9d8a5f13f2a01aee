"""The county-wide statuses (counted per person by the database) agree with the item by item
computation, person by person, at different moments of the year."""

from __future__ import annotations

from datetime import datetime

import pytest

from models import quotas
from seed.demo import create_demo_accounts, seed_org
from seed.training import seed_requirements, seed_training


@pytest.mark.parametrize(
    "moment",
    [
        datetime(2026, 1, 20, 9, 0),  # early in the year
        datetime(2026, 6, 15, 19, 30),  # during a weekly lecture
        datetime(2026, 12, 28, 10, 0),  # the last week
    ],
)
async def test_fast_statuses_match_the_detailed_ones(clock_at, moment):
    clock_at.set(moment)
    summary = await seed_org(people=150, seed=3)
    await create_demo_accounts(summary)
    await seed_requirements()
    await seed_training(summary, seed=3, now=clock_at.moment)
    fast, fast_units = await quotas.compliance_statuses(2026, None)
    detailed, detailed_units = await quotas.compliance(2026, None)
    assert {s.person_id: s.status for s in fast} == {d.person_id: d.status for d in detailed}
    assert fast_units == detailed_units
    assert len({s.status for s in fast}) >= 2
    clock_at.set(datetime(2027, 1, 10, 9, 0))  # the year is over
    fast, _ = await quotas.compliance_statuses(2026, None)
    detailed, _ = await quotas.compliance(2026, None)
    assert {s.person_id: s.status for s in fast} == {d.person_id: d.status for d in detailed}
