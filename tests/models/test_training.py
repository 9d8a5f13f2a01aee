"""Series recurrence on the county's wall clock: pure computation."""

from datetime import date, datetime

import pytest

from models.clock import LOCAL, local
from models.errors import DomainError
from models.training import Frequency, expand_recurrence

START = datetime(2026, 3, 2, 19, 0, tzinfo=LOCAL)  # Monday 19:00


def local_starts(**kw):
    return [
        local(moment).strftime("%a %Y-%m-%d %H:%M") for moment in expand_recurrence(START, **kw)
    ]


def test_weekly_on_given_weekdays_until_a_date():
    starts = local_starts(frequency=Frequency.WEEKLY, weekdays=[0, 2], until=date(2026, 3, 11))
    assert starts == [
        "Mon 2026-03-02 19:00",
        "Wed 2026-03-04 19:00",
        "Mon 2026-03-09 19:00",
        "Wed 2026-03-11 19:00",
    ]


def test_every_second_week_for_a_count():
    starts = local_starts(frequency=Frequency.WEEKLY, interval=2, count=3)
    assert starts == ["Mon 2026-03-02 19:00", "Mon 2026-03-16 19:00", "Mon 2026-03-30 19:00"]


@pytest.mark.filterwarnings("error")
@pytest.mark.parametrize(
    "until, count, sessions", [(date(2026, 3, 31), 2, 2), (date(2026, 3, 10), 5, 2)]
)
def test_with_a_count_and_an_end_date_the_first_reached_ends_the_series(until, count, sessions):
    starts = local_starts(frequency=Frequency.WEEKLY, until=until, count=count)
    assert starts == ["Mon 2026-03-02 19:00", "Mon 2026-03-09 19:00"][:sessions]


def test_monthly_on_the_same_day_or_the_last_day_of_a_shorter_month():
    first = datetime(2026, 1, 31, 9, 0, tzinfo=LOCAL)
    starts = [
        local(m).date().isoformat()
        for m in expand_recurrence(first, frequency=Frequency.MONTHLY, count=3)
    ]
    assert starts == ["2026-01-31", "2026-02-28", "2026-03-31"]
    mid = datetime(2026, 1, 15, 9, 0, tzinfo=LOCAL)
    days = [local(m).day for m in expand_recurrence(mid, frequency=Frequency.MONTHLY, count=3)]
    assert days == [15, 15, 15]


def test_the_wall_clock_time_is_kept_in_the_instant():
    (first, second) = expand_recurrence(START, frequency=Frequency.WEEKLY, count=2)
    assert first == START and first.utcoffset().total_seconds() == 0
    assert (second - first).total_seconds() == 7 * 24 * 3600


@pytest.mark.parametrize(
    "kw, code",
    [
        ({"frequency": Frequency.WEEKLY}, "RECURRENCE_UNBOUNDED"),
        ({"frequency": Frequency.WEEKLY, "count": 500}, "TOO_MANY_OCCURRENCES"),
        ({"frequency": Frequency.WEEKLY, "until": date(2031, 1, 1)}, "TOO_MANY_OCCURRENCES"),
        ({"frequency": Frequency.WEEKLY, "interval": 0, "count": 2}, "INVALID_INTERVAL"),
        ({"frequency": Frequency.WEEKLY, "until": date(2026, 1, 1)}, "EMPTY_SERIES"),
    ],
)
def test_bad_recurrences(kw, code):
    with pytest.raises(DomainError) as error:
        expand_recurrence(START, **kw)
    assert error.value.problems[0].code == code
