"""Today's sessions: whatever day and hour `server.py --demo` starts on, the README's check-in
walkthrough can be done at once."""

from __future__ import annotations

from datetime import datetime, timedelta

import pytest

from models import clock
from models.training import TrainingSession
from seed.demo import DEMO_PASSWORD, create_demo_accounts, seed_org
from seed.today import schedule_today
from seed.training import seed_requirements, seed_training

SCHEDULE = """query($from: DateTime) { mySchedule(from: $from) {
  id title startsAt endsAt myAttendance { status } } }"""
OPEN = """mutation($input: OpenCheckInInput!) { openCheckIn(input: $input) {
  code userErrors { field code message } } }"""
CHECK_IN = """mutation($input: CheckInInput!) { checkIn(input: $input) {
  attendance { status } userErrors { field code message } } }"""
LEAVE = """mutation($input: RequestLeaveInput!) { requestLeave(input: $input) {
  attendance { status } userErrors { field code message } } }"""

SEEDED = datetime(2026, 6, 10, 9, 0)  # a Wednesday


async def seed_county(clock_at, moment: datetime) -> None:
    clock_at.set(moment)
    summary = await seed_org()
    await create_demo_accounts(summary)
    await seed_requirements()
    await seed_training(summary)


async def check_in_walkthrough(client, new_client) -> None:
    """As the README tells it: the officer finds a session open for check-in in their schedule,
    the trainer shows its code, the officer checks in; a later session takes a leave request."""
    now = clock.now()
    officer = await client.login("officer", DEMO_PASSWORD)
    schedule = (await officer.data(SCHEDULE, {"from": now.isoformat()}))["mySchedule"]
    window = [
        s
        for s in schedule
        if datetime.fromisoformat(s["startsAt"]) - timedelta(minutes=30) <= now
        and datetime.fromisoformat(s["endsAt"]) > now + timedelta(minutes=30)
    ]
    assert window, schedule
    session = window[0]
    assert clock.local(datetime.fromisoformat(session["startsAt"])).date() in {
        clock.local(now).date(),
        clock.local(now + timedelta(minutes=30)).date(),
    }
    trainer = await new_client().login("trainer", DEMO_PASSWORD)
    code = (await trainer.mutate(OPEN, {"sessionId": session["id"], "validSeconds": 120}))["code"]
    checked = await officer.mutate(CHECK_IN, {"sessionId": session["id"], "code": code})
    assert checked["attendance"]["status"] in ("PRESENT", "LATE")
    ahead = [s for s in schedule if datetime.fromisoformat(s["startsAt"]) > now]
    assert ahead, schedule
    leave = await officer.mutate(LEAVE, {"sessionId": ahead[-1]["id"], "reason": "外出执法"})
    assert leave["attendance"]["status"] == "EXCUSED"


@pytest.mark.parametrize(
    "hour",
    [datetime(2026, 6, 10, 9, 0), datetime(2026, 6, 10, 23, 50), datetime(2026, 6, 10, 0, 5)],
    ids=["morning", "before-midnight", "after-midnight"],
)
async def test_on_the_day_of_seeding(client, new_client, clock_at, hour):
    await seed_county(clock_at, hour)
    assert len(await schedule_today()) == 2
    await check_in_walkthrough(client, new_client)


async def test_a_week_after_seeding_and_once_only(client, new_client, clock_at):
    await seed_county(clock_at, SEEDED)
    sessions = await TrainingSession.all().count()
    clock_at.set(SEEDED + timedelta(days=7, hours=5, minutes=13))  # nothing open then
    assert len(await schedule_today()) == 2
    assert await schedule_today() == []  # a second start of the server adds nothing
    clock_at.advance(hours=1)
    assert await schedule_today() == []  # the first is still open for check-in
    assert await TrainingSession.all().count() == sessions + 2
    await check_in_walkthrough(client, new_client)


async def test_nothing_is_added_while_a_seeded_session_is_open(client, new_client, clock_at):
    # Monday 18:45: the weekly lecture at 19:00 is open for check-in already.
    await seed_county(clock_at, datetime(2026, 6, 15, 18, 45))
    assert await schedule_today() == []
    await check_in_walkthrough(client, new_client)


async def test_a_session_that_will_soon_close_does_not_count(client, new_client, clock_at):
    # Monday 19:40: the lecture closes at 20:00, too soon for the walkthrough.
    await seed_county(clock_at, datetime(2026, 6, 15, 19, 40))
    assert len(await schedule_today()) == 2
    await check_in_walkthrough(client, new_client)
