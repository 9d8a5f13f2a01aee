"""Quota periods and statuses: pure functions."""

from datetime import date

from assessment.compliance import (
    ComplianceStatus,
    Period,
    item_status,
    period_keys,
    periods_of_year,
    periods_to_report,
    worst,
)

C, OT, AR, NC = (
    ComplianceStatus.COMPLIANT,
    ComplianceStatus.ON_TRACK,
    ComplianceStatus.AT_RISK,
    ComplianceStatus.NON_COMPLIANT,
)


def test_period_keys_use_iso_weeks():
    assert period_keys(date(2026, 3, 11)) == {
        Period.YEAR: "2026",
        Period.MONTH: "2026-03",
        Period.WEEK: "2026-W11",
    }
    # 2027-01-01 is a Friday in ISO week 53 of 2026.
    assert period_keys(date(2027, 1, 1))[Period.WEEK] == "2026-W53"
    assert period_keys(date(2025, 12, 29))[Period.WEEK] == "2026-W01"


def test_periods_of_a_year():
    assert periods_of_year(2026, Period.YEAR) == [("2026", date(2026, 1, 1), date(2027, 1, 1))]
    months = periods_of_year(2026, Period.MONTH)
    assert len(months) == 12 and months[1] == ("2026-02", date(2026, 2, 1), date(2026, 3, 1))
    weeks = periods_of_year(2026, Period.WEEK)
    assert len(weeks) == 53 and weeks[0] == ("2026-W01", date(2025, 12, 29), date(2026, 1, 5))
    assert len(periods_of_year(2025, Period.WEEK)) == 52


def test_only_begun_periods_are_reported():
    assert [p[0] for p in periods_to_report(2026, Period.MONTH, date(2026, 3, 1))] == [
        "2026-01",
        "2026-02",
        "2026-03",
    ]
    assert len(periods_to_report(2025, Period.WEEK, date(2026, 6, 1))) == 52
    assert [p[0] for p in periods_to_report(2027, Period.MONTH, date(2026, 6, 1))] == ["2027-01"]


def test_item_status_at_the_edges():
    assert item_status(4, 4, 0, over=False) == C
    assert item_status(4, 5, 0, over=True) == C
    assert item_status(4, 3, 1, over=False) == OT
    assert item_status(4, 3, 0, over=False) == AR
    assert item_status(4, 0, 3, over=False) == AR
    assert item_status(4, 3, 5, over=True) == NC  # scheduled sessions after the end do not help
    assert item_status(1, 0, 0, over=True) == NC


def test_the_worst_status_wins():
    assert worst([C, OT, C]) == OT
    assert worst([OT, NC, AR]) == NC
    assert worst([]) == C
