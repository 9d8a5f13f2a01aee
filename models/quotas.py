"""Training quotas (学时要求) and compliance: how many sessions of a kind each category of person
must attend per period, and who has met them, computed by the database."""

from __future__ import annotations

import asyncio
from collections import defaultdict
from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any

from tortoise.functions import Count
from tortoise.transactions import in_transaction

from assessment.compliance import (
    ComplianceStatus,
    Period,
    item_status,
    periods_to_report,
    worst,
)
from models import clock
from models.attendance import close_ended_sessions
from models.errors import clean_text, fail, saved
from models.org import Person, PersonCategory, UnitKind
from models.training import (
    ATTENDED,
    Attendance,
    AttendanceStatus,
    TrainingFormat,
    TrainingKind,
    TrainingRequirement,
)

# --- quotas ----------------------------------------------------------------------------------


@dataclass
class RequirementPlan:
    name: str
    training_kinds: list[TrainingKind]
    count: int
    period: Period
    unit_kinds: list[UnitKind] = field(default_factory=list)
    categories: list[PersonCategory] = field(default_factory=list)
    formats: list[TrainingFormat] = field(default_factory=list)


def _requirement_values(plan: RequirementPlan) -> dict[str, Any]:
    if not plan.training_kinds:
        fail("REQUIRED", "Name at least one training kind that counts.", "trainingKinds")
    if not 1 <= plan.count <= 100:
        fail("OUT_OF_RANGE", "count must be between 1 and 100.", "count")
    return {
        "name": clean_text(plan.name, "name"),
        "training_kinds": sorted({k.value for k in plan.training_kinds}),
        "count": plan.count,
        "period": plan.period,
        "unit_kinds": sorted({k.value for k in plan.unit_kinds}),
        "categories": sorted({c.value for c in plan.categories}),
        "formats": sorted({f.value for f in plan.formats}),
    }


async def create_requirement(plan: RequirementPlan) -> TrainingRequirement:
    async with in_transaction():
        requirement = TrainingRequirement(**_requirement_values(plan))
        if not await saved(requirement):
            fail("DUPLICATE_NAME", "A requirement with this name exists.", "name")
        return requirement


async def update_requirement(
    requirement_id: int, plan: RequirementPlan, active: bool
) -> TrainingRequirement:
    async with in_transaction():
        requirement = await TrainingRequirement.select_for_update().get_or_none(id=requirement_id)
        if requirement is None:
            fail("REQUIREMENT_NOT_FOUND", "No requirement has this ID.", "id")
        for name, value in _requirement_values(plan).items():
            setattr(requirement, name, value)
        requirement.active = active
        if not await saved(requirement):
            fail("DUPLICATE_NAME", "A requirement with this name exists.", "name")
        return requirement


@dataclass
class Progress:
    requirement: str
    period: str
    required: int
    attended: int
    scheduled_remaining: int
    status: ComplianceStatus


@dataclass
class PersonCompliance:
    person_id: int
    unit_id: int
    status: ComplianceStatus
    items: list[Progress]


@dataclass
class UnitCompliance:
    unit_id: int
    people: int = 0
    compliant: int = 0
    on_track: int = 0
    at_risk: int = 0
    non_compliant: int = 0

    @property
    def rate(self) -> float:
        return self.compliant / self.people if self.people else 0.0


PERIOD_COLUMN = {Period.YEAR: "year", Period.MONTH: "month", Period.WEEK: "week"}


def _in_year(period: Period, year: int) -> dict[str, Any]:
    if period == Period.YEAR:
        return {"session__year": year}
    if period == Period.MONTH:
        return {"session__month__startswith": f"{year}-"}
    return {"session__week__startswith": f"{year}-W"}


def _attended_rows(
    requirement: TrainingRequirement, year: int, units: set[int] | None, **where: Any
) -> Any:
    """The roster rows of `year` that count towards `requirement`, filtered by `where`."""
    rows = Attendance.filter(
        session__cancelled_at__isnull=True,
        session__kind__in=requirement.training_kinds,
        **_in_year(requirement.period, year),
        **where,
    )
    if requirement.formats:
        rows = rows.filter(session__format__in=requirement.formats)
    if requirement.categories:
        rows = rows.filter(person__category__in=requirement.categories)
    if units is not None:
        rows = rows.filter(person__unit_id__in=units)
    return rows


async def _counts(
    requirement: TrainingRequirement, year: int, units: set[int] | None, **where: Any
) -> dict[tuple[int, str], int]:
    """(person, period) -> number of rows, aggregated by the database."""
    column = f"session__{PERIOD_COLUMN[requirement.period]}"
    rows = _attended_rows(requirement, year, units, **where)
    grouped = (
        rows.annotate(n=Count("id")).group_by("person_id", column).values("person_id", column, "n")
    )
    return {(row["person_id"], str(row[column])): row["n"] for row in await grouped}


async def _periods_met(
    requirement: TrainingRequirement, year: int, units: set[int] | None, before: str
) -> dict[int, int]:
    """Per person, how many weeks (or months) before `before` met the quota.

    Counted by the database in one statement: the per-period GROUP BY ... HAVING becomes a
    subquery that is counted per person, so a year of weekly lectures for 5,000 officers comes
    back as one row per officer, not one per officer and week.
    """
    column = f"session__{PERIOD_COLUMN[requirement.period]}"
    periods = (
        _attended_rows(
            requirement, year, units, status__in=list(ATTENDED), **{f"{column}__lt": before}
        )
        .annotate(n=Count("id"))
        .group_by("person_id", column)
        .filter(n__gte=requirement.count)
        .values("person_id", column)
    )
    periods._choose_db_if_not_chosen()
    periods._make_query()
    inner, params = periods.query.get_parameterized_sql()
    sql = f'SELECT "person_id", COUNT(*) AS "met" FROM ({inner}) AS "periods" GROUP BY "person_id"'
    rows = await periods._db.execute_query_dict(sql, params)
    return {row["person_id"]: row["met"] for row in rows}


def _applies(requirement: TrainingRequirement, category: str, unit_kind: str) -> bool:
    if requirement.categories and category not in requirement.categories:
        return False
    return not requirement.unit_kinds or unit_kind in requirement.unit_kinds


async def _roster(units: set[int] | None, person_ids: set[int] | None = None) -> list[tuple]:
    people = Person.filter(active=True)
    if units is not None:
        people = people.filter(unit_id__in=units)
    if person_ids is not None:
        people = people.filter(id__in=person_ids)
    return await people.order_by("id").values_list("id", "unit_id", "category", "unit__kind")


@dataclass
class PersonStatus:
    person_id: int
    unit_id: int
    status: ComplianceStatus


def _summarize(statuses: list[PersonStatus]) -> list[UnitCompliance]:
    summary: dict[int, UnitCompliance] = {}
    for entry in statuses:
        unit = summary.setdefault(entry.unit_id, UnitCompliance(entry.unit_id))
        unit.people += 1
        name = entry.status.value.lower()
        setattr(unit, name, getattr(unit, name) + 1)
    return sorted(summary.values(), key=lambda u: u.unit_id)


async def _prepare() -> tuple[datetime, date, list[TrainingRequirement]]:
    while await close_ended_sessions():
        pass
    now = clock.now()
    return (
        now,
        clock.local(now).date(),
        await TrainingRequirement.filter(active=True).order_by("id"),
    )


async def compliance_statuses(
    year: int, units: set[int] | None
) -> tuple[list[PersonStatus], list[UnitCompliance]]:
    """Each active person's overall status against the quotas of `year` (the worst of their
    items, exactly as `compliance` computes it), and the counts per unit.

    The database does the counting: per requirement, the periods already over that each person
    met (one row per person), and their attended and still-scheduled sessions in the period
    under way. This is what the county-wide report reads; items are computed only for the
    people a page shows.
    """
    now, today, requirements = await _prepare()
    roster = await _roster(units)

    async def counted(requirement: TrainingRequirement) -> tuple:
        column = f"session__{PERIOD_COLUMN[requirement.period]}"
        periods = periods_to_report(year, requirement.period, today)
        over = [p for p in periods if p[2] <= today]
        current = next((p for p in periods if p[2] > today), None)
        queries = []
        if over and requirement.period == Period.YEAR:
            queries.append(_counts(requirement, year, units, status__in=list(ATTENDED)))
        elif over:
            before = current[0] if current else f"{year}-~"  # "~" sorts after every key
            queries.append(_periods_met(requirement, year, units, before))
        if current is not None:
            key = {f"{column}__in": [int(current[0]) if column.endswith("year") else current[0]]}
            queries.append(_counts(requirement, year, units, status__in=list(ATTENDED), **key))
            queries.append(
                _counts(
                    requirement,
                    year,
                    units,
                    status=AttendanceStatus.UNMARKED,
                    session__ends_at__gt=now,
                    **key,
                )
            )
        results = list(await asyncio.gather(*queries))
        met = results.pop(0) if over else {}
        if over and requirement.period == Period.YEAR:
            met = {person: 1 for (person, _), n in met.items() if n >= requirement.count}
        attended, scheduled = results if current is not None else ({}, {})
        return over, current, met, attended, scheduled

    # Every requirement's counts at once: PostgreSQL runs the statements side by side.
    everything = await asyncio.gather(*(counted(r) for r in requirements))
    worst_of: dict[int, ComplianceStatus] = {}
    for requirement, (over, current, met, attended, scheduled) in zip(
        requirements, everything, strict=True
    ):
        for person_id, _, category, unit_kind in roster:
            if not _applies(requirement, category, unit_kind):
                continue
            if met.get(person_id, 0) < len(over):
                status = ComplianceStatus.NON_COMPLIANT
            elif current is not None:
                done = attended.get((person_id, current[0]), 0)
                coming = scheduled.get((person_id, current[0]), 0)
                status = item_status(requirement.count, done, coming, over=False)
            else:
                status = ComplianceStatus.COMPLIANT
            worst_of[person_id] = worst([worst_of.get(person_id, status), status])
    statuses = [
        PersonStatus(person_id, unit_id, worst_of[person_id])
        for person_id, unit_id, _, _ in roster
        if person_id in worst_of
    ]
    return statuses, _summarize(statuses)


async def compliance(
    year: int, units: set[int] | None, person_ids: set[int] | None = None
) -> tuple[list[PersonCompliance], list[UnitCompliance]]:
    """Every active person a quota applies to, within `units` (None: the county) and, if given,
    among `person_ids`, with their progress per requirement and period of `year`; and the
    counts per unit. The database counts attendance per person and period; this compares the
    counts with the quotas. For a whole county's statuses, `compliance_statuses` is cheaper.
    """
    now, today, requirements = await _prepare()
    roster = await _roster(units, person_ids)
    where = {} if person_ids is None else {"person_id__in": person_ids}
    results: dict[int, PersonCompliance] = {}
    # Two GROUP BYs per requirement, sent together: PostgreSQL runs them side by side.
    counted = await asyncio.gather(
        *(
            _counts(requirement, year, units, **where, **filters)
            for requirement in requirements
            for filters in (
                {"status__in": list(ATTENDED)},
                {"status": AttendanceStatus.UNMARKED, "session__ends_at__gt": now},
            )
        )
    )
    for index, requirement in enumerate(requirements):
        attended, scheduled = counted[2 * index], counted[2 * index + 1]
        periods = periods_to_report(year, requirement.period, today)
        for person_id, unit_id, category, unit_kind in roster:
            if not _applies(requirement, category, unit_kind):
                continue
            entry = results.setdefault(
                person_id, PersonCompliance(person_id, unit_id, ComplianceStatus.COMPLIANT, [])
            )
            for key, _, end in periods:
                done = attended.get((person_id, key), 0)
                coming = scheduled.get((person_id, key), 0)
                status = item_status(requirement.count, done, coming, over=end <= today)
                entry.items.append(
                    Progress(requirement.name, key, requirement.count, done, coming, status)
                )
    for entry in results.values():
        entry.status = worst([item.status for item in entry.items])
    rows = list(results.values())
    return rows, _summarize([PersonStatus(r.person_id, r.unit_id, r.status) for r in rows])


def attendance_summary(counts: dict[str, int]) -> dict[str, Any]:
    """Totals for one session from its status counts.

    rate = (present + late) / (expected - excused)
    """
    expected = sum(counts.values())
    by = defaultdict(int, counts)
    base = expected - by[AttendanceStatus.EXCUSED]
    attended = by[AttendanceStatus.PRESENT] + by[AttendanceStatus.LATE]
    return {
        "expected": expected,
        "present": by[AttendanceStatus.PRESENT],
        "late": by[AttendanceStatus.LATE],
        "excused": by[AttendanceStatus.EXCUSED],
        "absent": by[AttendanceStatus.ABSENT],
        "unmarked": by[AttendanceStatus.UNMARKED],
        "rate": attended / base if base else 0.0,
    }
