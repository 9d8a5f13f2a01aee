"""Training quotas: the periods of a year and the status of a person against a quota.

Pure functions: the database supplies counts (attended, still scheduled) per person and period.
"""

from __future__ import annotations

from datetime import date, timedelta
from enum import StrEnum
from itertools import pairwise


class Period(StrEnum):
    YEAR = "YEAR"
    MONTH = "MONTH"
    WEEK = "WEEK"


class ComplianceStatus(StrEnum):
    COMPLIANT = "COMPLIANT"
    ON_TRACK = "ON_TRACK"
    AT_RISK = "AT_RISK"
    NON_COMPLIANT = "NON_COMPLIANT"


# Worst last: a person's status is the worst of their items.
SEVERITY = [
    ComplianceStatus.COMPLIANT,
    ComplianceStatus.ON_TRACK,
    ComplianceStatus.AT_RISK,
    ComplianceStatus.NON_COMPLIANT,
]


def period_keys(day: date) -> dict[Period, str]:
    """The keys of the periods a (local) day falls in: "2026", "2026-03", "2026-W11" (ISO week)."""
    iso_year, iso_week, _ = day.isocalendar()
    return {
        Period.YEAR: f"{day.year}",
        Period.MONTH: f"{day.year}-{day.month:02d}",
        Period.WEEK: f"{iso_year}-W{iso_week:02d}",
    }


def periods_of_year(year: int, period: Period) -> list[tuple[str, date, date]]:
    """Every period of `year` as (key, first day, day after the last day).

    Weeks are the ISO weeks of ISO year `year` (2026-W01 starts on Monday 2025-12-29).
    """
    if period == Period.YEAR:
        return [(f"{year}", date(year, 1, 1), date(year + 1, 1, 1))]
    if period == Period.MONTH:
        starts = [date(year, month, 1) for month in range(1, 13)] + [date(year + 1, 1, 1)]
        return [(f"{year}-{s.month:02d}", s, e) for s, e in pairwise(starts)]
    monday = date.fromisocalendar(year, 1, 1)
    weeks = date(year, 12, 28).isocalendar()[1]  # 28 December is always in the last ISO week
    return [
        (f"{year}-W{week:02d}", monday + timedelta(weeks=week - 1), monday + timedelta(weeks=week))
        for week in range(1, weeks + 1)
    ]


def periods_to_report(year: int, period: Period, today: date) -> list[tuple[str, date, date]]:
    """The periods that have begun by `today` (all of them for a past year, the first for a
    future one): a quota cannot be judged for a week that has not started."""
    periods = periods_of_year(year, period)
    begun = [p for p in periods if p[1] <= today]
    return begun or periods[:1]


def item_status(required: int, attended: int, scheduled: int, over: bool) -> ComplianceStatus:
    """COMPLIANT when met; NON_COMPLIANT when the period is over unmet; ON_TRACK when the
    sessions still scheduled for the person would meet it; AT_RISK otherwise."""
    if attended >= required:
        return ComplianceStatus.COMPLIANT
    if over:
        return ComplianceStatus.NON_COMPLIANT
    if attended + scheduled >= required:
        return ComplianceStatus.ON_TRACK
    return ComplianceStatus.AT_RISK


def worst(statuses: list[ComplianceStatus]) -> ComplianceStatus:
    return max(statuses, key=SEVERITY.index, default=ComplianceStatus.COMPLIANT)
