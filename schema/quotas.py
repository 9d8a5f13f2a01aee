"""Training quotas (学时要求): the requirements, and who has met them (compliance reports)."""

from __future__ import annotations

from typing import Any

import strawberry
from strawberry import Info, relay

from assessment.compliance import ComplianceStatus, Period
from models import org, quotas, training
from models.org import Role
from models.training import TrainingFormat, TrainingKind
from schema import node, reads
from schema.audit import mutation
from schema.errors import UserError, respond
from schema.ids import argument_id, parse_id
from schema.org import (
    PersonCategoryEnum,
    PersonType,
    UnitKindEnum,
    UnitType,
    people_of,
    units_of,
)
from schema.pagination import paginate_list
from schema.permissions import allow, require_user
from schema.training import REQUIREMENT_READERS
from schema.training_inputs import TrainingFormatEnum, TrainingKindEnum

ComplianceStatusEnum = strawberry.enum(
    ComplianceStatus, description="达标 / 按计划可达标 / 有风险 / 未达标"
)
PeriodEnum = strawberry.enum(Period, description="考核周期: 年 / 月 / 周")


# --- types ---------------------------------------------------------------------------------


@strawberry.type(name="TrainingRequirement")
class TrainingRequirementType(relay.Node):
    id: relay.NodeID[int]
    name: str
    unit_kinds: list[UnitKindEnum]
    categories: list[PersonCategoryEnum]
    training_kinds: list[TrainingKindEnum]
    formats: list[TrainingFormatEnum]
    count: int
    period: PeriodEnum
    active: bool

    @classmethod
    def from_model(cls, row: training.TrainingRequirement) -> TrainingRequirementType:
        return cls(
            id=row.id,
            name=row.name,
            unit_kinds=[org.UnitKind(k) for k in row.unit_kinds],
            categories=[org.PersonCategory(c) for c in row.categories],
            training_kinds=[TrainingKind(k) for k in row.training_kinds],
            formats=[TrainingFormat(f) for f in row.formats],
            count=row.count,
            period=row.period,
            active=row.active,
        )


@strawberry.type
class RequirementProgress:
    requirement: str
    period: str = strawberry.field(description='"2026", "2026-03" or "2026-W11"')
    required: int
    attended: int
    scheduled_remaining: int
    status: ComplianceStatusEnum


@strawberry.type
class PersonCompliance:
    status: ComplianceStatusEnum = strawberry.field(description="The worst of the items.")
    items: list[RequirementProgress]
    person_id: strawberry.Private[int]

    @reads.relation(people_of)
    async def person(self, info: Info) -> PersonType:
        return await reads.load(people_of, self, info)


@strawberry.type
class UnitCompliance:
    people: int
    compliant: int
    on_track: int
    at_risk: int
    non_compliant: int
    rate: float = strawberry.field(description="compliant / people")
    unit_id: strawberry.Private[int]

    @reads.relation(units_of)
    async def unit(self, info: Info) -> UnitType:
        return await reads.load(units_of, self, info)


async def compliance_pages(
    context: Any,
    reports: list[ComplianceReport],
    first: int | None = None,
    after: str | None = None,
    status: ComplianceStatus | None = None,
) -> list[relay.Connection[PersonCompliance]]:
    """A page of each report's people, their items computed for the page only."""
    pages = []
    for report in reports:
        chosen = [s for s in report.statuses if status is None or s.status == status]
        page = paginate_list(chosen, first, after, lambda s: s.person_id, lambda s: s)
        ids = {edge.node.person_id for edge in page.edges}
        rows, _ = await quotas.compliance(report.year, report.units_in_scope, person_ids=ids)
        details = {row.person_id: row for row in rows}
        for edge in page.edges:
            edge.node = _person_compliance(details[edge.node.person_id])
        pages.append(page)
    return pages


async def unit_summaries(
    context: Any, reports: list[ComplianceReport]
) -> list[list[UnitCompliance]]:
    """Each report's counts per unit (already computed: a relation so that the units' `unit`
    is fetched for all of them at once)."""
    return [
        [
            UnitCompliance(
                unit_id=u.unit_id,
                people=u.people,
                compliant=u.compliant,
                on_track=u.on_track,
                at_risk=u.at_risk,
                non_compliant=u.non_compliant,
                rate=u.rate,
            )
            for u in report.summary
        ]
        for report in reports
    ]


@strawberry.type
class ComplianceReport:
    year: int
    statuses: strawberry.Private[list[quotas.PersonStatus]]
    summary: strawberry.Private[list[quotas.UnitCompliance]]
    units_in_scope: strawberry.Private[set[int] | None]

    @reads.relation(
        compliance_pages,
        description="People by ID; each one's items are computed for the page.",
    )
    async def people(
        self,
        info: Info,
        first: int | None = None,
        after: str | None = None,
        status: ComplianceStatusEnum | None = None,
    ) -> relay.Connection[PersonCompliance]:
        return await reads.load(
            compliance_pages, self, info, first=first, after=after, status=status
        )

    @reads.relation(unit_summaries)
    async def units(self, info: Info) -> list[UnitCompliance]:
        return await reads.load(unit_summaries, self, info)


def _person_compliance(row: quotas.PersonCompliance) -> PersonCompliance:
    return PersonCompliance(
        person_id=row.person_id,
        status=row.status,
        items=[RequirementProgress(**vars(item)) for item in row.items],
    )


async def _requirement_node(info: Info, pk: int) -> TrainingRequirementType | None:
    if not require_user(info).has_role(*REQUIREMENT_READERS):
        return None
    row = await training.TrainingRequirement.get_or_none(id=pk)
    return TrainingRequirementType.from_model(row) if row else None


node.register("TrainingRequirement", _requirement_node)


# --- inputs and payloads -------------------------------------------------------------------


@strawberry.input
class TrainingRequirementInput:
    name: str
    training_kinds: list[TrainingKindEnum]
    count: int
    period: PeriodEnum
    unit_kinds: list[UnitKindEnum] | None = None
    categories: list[PersonCategoryEnum] | None = None
    formats: list[TrainingFormatEnum] | None = None

    def plan(self) -> quotas.RequirementPlan:
        return quotas.RequirementPlan(
            name=self.name,
            training_kinds=list(self.training_kinds),
            count=self.count,
            period=self.period,
            unit_kinds=list(self.unit_kinds or []),
            categories=list(self.categories or []),
            formats=list(self.formats or []),
        )


@strawberry.input
class UpdateTrainingRequirementInput:
    id: strawberry.ID
    requirement: TrainingRequirementInput
    active: bool = True


@strawberry.type
class TrainingRequirementPayload:
    requirement: TrainingRequirementType | None = None
    user_errors: list[UserError]


@strawberry.type
class Query:
    @strawberry.field(extensions=allow(Role.ADMIN, Role.LEADER, Role.TRAINER))
    async def training_compliance(
        self, info: Info, year: int, unit_id: strawberry.ID | None = None
    ) -> ComplianceReport:
        if not 2000 <= year <= 2100:
            from schema.errors import coded_error

            raise coded_error("BAD_USER_INPUT", "year must be between 2000 and 2100.")
        scope = await info.context.scope()
        units = None if scope.county_wide else set(scope.unit_ids)
        if unit_id is not None:
            root = argument_id(unit_id, "Unit", "unitId")
            subtree = org.subtree(await org.unit_parents(), root)
            units = subtree if units is None else units & subtree
        statuses, summary = await quotas.compliance_statuses(year, units)
        return ComplianceReport(year=year, statuses=statuses, summary=summary, units_in_scope=units)

    @strawberry.field(extensions=allow(*REQUIREMENT_READERS))
    async def training_requirements(self) -> list[TrainingRequirementType]:
        rows = await training.TrainingRequirement.all().order_by("id")
        return [TrainingRequirementType.from_model(r) for r in rows]


@strawberry.type
class Mutation:
    @mutation(Role.ADMIN)
    async def create_training_requirement(
        self, input: TrainingRequirementInput
    ) -> TrainingRequirementPayload:
        async def action() -> dict[str, Any]:
            row = await quotas.create_requirement(input.plan())
            return {"requirement": TrainingRequirementType.from_model(row)}

        return await respond(TrainingRequirementPayload, action)

    @mutation(Role.ADMIN)
    async def update_training_requirement(
        self, input: UpdateTrainingRequirementInput
    ) -> TrainingRequirementPayload:
        async def action() -> dict[str, Any]:
            pk = parse_id(input.id, "TrainingRequirement", "id")
            row = await quotas.update_requirement(pk, input.requirement.plan(), input.active)
            return {"requirement": TrainingRequirementType.from_model(row)}

        return await respond(TrainingRequirementPayload, action)
