"""Corrective actions (整改事项): from a drill, a leader's comment, or on their own; listed within
the caller's units, moved along their states, verified by leaders, trainers or admins."""

from __future__ import annotations

from datetime import date, datetime
from typing import Any

import strawberry
from strawberry import Info, relay
from tortoise.expressions import Q

from models import actions, clock, drills, org
from models.actions import ActionSource, ActionStatus
from models.errors import fail
from models.org import Role
from schema import node, reads
from schema.audit import mutation
from schema.drill_access import readable_drill
from schema.errors import UserError, named, respond
from schema.ids import argument_id, parse_id, parse_optional_id
from schema.org import PersonType, UnitType, people_by_id, units_by_id
from schema.pagination import paginate
from schema.permissions import STAFF, allow, require_user

ActionStatusEnum = strawberry.enum(ActionStatus, description="待整改 / 整改中 / 已整改 / 已验收")
ActionSourceEnum = strawberry.enum(ActionSource, description="来源: 演练 / 点评 / 案例复盘 / 其他")


async def owner_units_of(context: Any, items: list[ActionItemType]) -> list[UnitType | None]:
    return await units_by_id(context, [item.model.owner_unit_id for item in items])


async def assignees_of(context: Any, items: list[ActionItemType]) -> list[PersonType | None]:
    return await people_by_id(context, [item.model.assignee_id for item in items])


@strawberry.type(name="ActionItem")
class ActionItemType(relay.Node):
    id: relay.NodeID[int]
    title: str
    description: str | None
    source: ActionSourceEnum
    status: ActionStatusEnum
    due_date: date
    evidence: str | None
    completed_at: datetime | None
    model: strawberry.Private[actions.ActionItem]

    @classmethod
    def from_model(cls, item: actions.ActionItem) -> ActionItemType:
        return cls(
            id=item.id,
            title=item.title,
            description=item.description,
            source=item.source,
            status=item.status,
            due_date=item.due_date,
            evidence=item.evidence,
            completed_at=item.completed_at,
            model=item,
        )

    @strawberry.field
    def overdue(self) -> bool:
        return self.model.overdue(clock.local(clock.now()).date())

    @reads.relation(owner_units_of)
    async def owner_unit(self, info: Info) -> UnitType:
        return await reads.load(owner_units_of, self, info)

    @reads.relation(assignees_of)
    async def assignee(self, info: Info) -> PersonType | None:
        return await reads.load(assignees_of, self, info)


async def _action_item_node(info: Info, pk: int) -> ActionItemType | None:
    user = require_user(info)
    item = await actions.ActionItem.get_or_none(id=pk)
    if item is None or not user.has_role(*STAFF):
        return None
    if not (await info.context.scope()).covers(item.owner_unit_id):
        return None  # as actionItems: within the caller's units
    return ActionItemType.from_model(item)


node.register("ActionItem", _action_item_node)


@strawberry.type
class Query:
    @strawberry.field(
        extensions=allow(*STAFF), description="Corrective actions within the caller's units."
    )
    async def action_items(
        self,
        info: Info,
        first: int | None = None,
        after: str | None = None,
        unit_id: strawberry.ID | None = None,
        status: ActionStatusEnum | None = None,
        overdue: bool | None = None,
    ) -> relay.Connection[ActionItemType]:
        scope = await info.context.scope()
        rows = actions.ActionItem.all()
        if not scope.county_wide:
            rows = rows.filter(owner_unit_id__in=scope.unit_ids)
        if unit_id is not None:
            root = argument_id(unit_id, "Unit", "unitId")
            rows = rows.filter(owner_unit_id__in=org.subtree(await org.unit_parents(), root))
        if status is not None:
            rows = rows.filter(status=status)
        if overdue is not None:
            today = clock.local(clock.now()).date()
            late = Q(due_date__lt=today) & Q(
                status__in=[ActionStatus.OPEN, ActionStatus.IN_PROGRESS]
            )
            # ~late, not .exclude(**kwargs): Tortoise negates each keyword of an exclude on its
            # own (neither past due nor open), which drops every open item not yet due.
            rows = rows.filter(late if overdue else ~late)
        return await paginate(rows, first, after, ActionItemType.from_model)


# --- inputs and payloads -------------------------------------------------------------------


@strawberry.input
class CreateActionItemInput:
    title: str
    owner_unit_id: strawberry.ID
    due_date: date
    description: str | None = None
    drill_id: strawberry.ID | None = None
    comment_id: strawberry.ID | None = None
    assignee_id: strawberry.ID | None = None


@strawberry.input
class UpdateActionItemInput:
    id: strawberry.ID
    status: ActionStatusEnum
    evidence: str | None = None


@strawberry.type
class ActionItemPayload:
    action_item: ActionItemType | None = None
    user_errors: list[UserError]


CreateActionItemPayload = named(ActionItemPayload, "CreateActionItemPayload")
UpdateActionItemPayload = named(ActionItemPayload, "UpdateActionItemPayload")


async def require_owner_in_reach(info: Info, owner: int, drill: drills.Drill | None) -> None:
    """A corrective action goes to a unit within the caller's, or to a unit of the drill it
    comes from."""
    if (await info.context.scope()).covers(owner):
        return
    if drill is not None and (
        owner == drill.organizer_id
        or await drills.DrillParticipant.exists(drill_id=drill.id, unit_id=owner)
    ):
        return
    fail("OUT_OF_SCOPE", "The owner unit is outside your units and the drill's.", "ownerUnitId")


@strawberry.type
class Mutation:
    @mutation(
        Role.ADMIN,
        Role.TRAINER,
        Role.LEADER,
        description="A corrective action from a drill or a comment.",
    )
    async def create_action_item(
        self, info: Info, input: CreateActionItemInput
    ) -> CreateActionItemPayload:
        async def action() -> dict[str, Any]:
            drill_id = parse_optional_id(input.drill_id, "Drill", "drillId")
            comment_id = parse_optional_id(input.comment_id, "DrillComment", "commentId")
            source, source_id = ActionSource.OTHER, None
            if comment_id is not None:
                comment = await drills.DrillComment.get_or_none(id=comment_id)
                if comment is None:
                    fail("COMMENT_NOT_FOUND", "No comment has this ID.", "commentId")
                source, source_id, drill_id = (
                    ActionSource.DRILL_COMMENT,
                    comment.id,
                    comment.drill_id,
                )
            elif drill_id is not None:
                source, source_id = ActionSource.DRILL, drill_id
            owner = parse_id(input.owner_unit_id, "Unit", "ownerUnitId")
            drill = await readable_drill(info, drill_id) if drill_id is not None else None
            await require_owner_in_reach(info, owner, drill)
            item = await actions.create_action_item(
                title=input.title,
                owner_unit_id=owner,
                due_date=input.due_date,
                source=source,
                source_id=source_id,
                drill_id=drill_id,
                description=input.description,
                assignee_id=parse_optional_id(input.assignee_id, "Person", "assigneeId"),
                by=info.context.user.id,
            )
            return {"action_item": ActionItemType.from_model(item)}

        return await respond(CreateActionItemPayload, action)

    @mutation(
        *STAFF,
        description="Move an action item: IN_PROGRESS, DONE (with evidence), VERIFIED, or back "
        "to OPEN.",
    )
    async def update_action_item(
        self, info: Info, input: UpdateActionItemInput
    ) -> UpdateActionItemPayload:
        async def action() -> dict[str, Any]:
            user = info.context.user
            moved = await actions.move_action_item(
                parse_id(input.id, "ActionItem", "id"),
                input.status,
                evidence=input.evidence,
                by=user.id,
                scope=await info.context.scope(),
            )
            return {"action_item": ActionItemType.from_model(moved)}

        return await respond(UpdateActionItemPayload, action)
