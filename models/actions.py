"""Corrective actions (整改): one engine for what drills, leaders' comments and case reviews find.

OPEN -> IN_PROGRESS -> DONE (with evidence) -> VERIFIED, or back to OPEN when a verifier rejects
the evidence. Overdue is derived from the due date, never stored.
"""

from __future__ import annotations

from datetime import date
from enum import StrEnum

from tortoise import fields
from tortoise.models import Model
from tortoise.transactions import in_transaction

from models import clock, org
from models.errors import clean_text, fail
from models.org import Person, Role, Unit, User
from models.scope import Scope


class ActionStatus(StrEnum):
    OPEN = "OPEN"
    IN_PROGRESS = "IN_PROGRESS"
    DONE = "DONE"
    VERIFIED = "VERIFIED"


class ActionSource(StrEnum):
    DRILL = "DRILL"
    DRILL_COMMENT = "DRILL_COMMENT"
    CASE_REVIEW = "CASE_REVIEW"
    OTHER = "OTHER"


# Allowed moves: from -> to.
TRANSITIONS = {
    ActionStatus.OPEN: {ActionStatus.IN_PROGRESS, ActionStatus.DONE},
    ActionStatus.IN_PROGRESS: {ActionStatus.DONE, ActionStatus.OPEN},
    ActionStatus.DONE: {ActionStatus.VERIFIED, ActionStatus.OPEN},
    ActionStatus.VERIFIED: set(),
}


class ActionItem(Model):
    id = fields.IntField(primary_key=True)
    title = fields.CharField(max_length=200)
    description = fields.TextField(null=True)
    source = fields.CharEnumField(ActionSource, max_length=16)
    source_id = fields.IntField(null=True)
    drill_id = fields.IntField(null=True, db_index=True)  # for listing a drill's items
    owner_unit: fields.ForeignKeyRelation[Unit] = fields.ForeignKeyField(
        "models.Unit", related_name="action_items", on_delete=fields.RESTRICT, db_index=True
    )
    assignee: fields.ForeignKeyNullableRelation[Person] = fields.ForeignKeyField(
        "models.Person",
        related_name="action_items",
        null=True,
        on_delete=fields.RESTRICT,
        db_index=True,
    )
    due_date = fields.DateField(db_index=True)
    status = fields.CharEnumField(ActionStatus, max_length=12, default=ActionStatus.OPEN)
    evidence = fields.TextField(null=True)
    completed_at = fields.DatetimeField(null=True)
    verified_by: fields.ForeignKeyNullableRelation[User] = fields.ForeignKeyField(
        "models.User",
        related_name="verified_actions",
        null=True,
        on_delete=fields.RESTRICT,
        db_index=True,
    )
    created_by: fields.ForeignKeyNullableRelation[User] = fields.ForeignKeyField(
        "models.User",
        related_name="created_actions",
        null=True,
        on_delete=fields.RESTRICT,
        db_index=True,
    )
    created_at = fields.DatetimeField(auto_now_add=True)

    class Meta:
        table = "action_item"

    def overdue(self, today: date) -> bool:
        return (
            self.status in (ActionStatus.OPEN, ActionStatus.IN_PROGRESS) and self.due_date < today
        )


async def create_action_item(
    *,
    title: str,
    owner_unit_id: int,
    due_date: date,
    source: ActionSource,
    source_id: int | None = None,
    drill_id: int | None = None,
    description: str | None = None,
    assignee_id: int | None = None,
    by: int | None = None,
) -> ActionItem:
    title = clean_text(title, "title", max_length=200)
    if description and len(description) > 5000:
        fail("TOO_LONG", "description must be at most 5000 characters.", "description")
    if due_date < clock.local(clock.now()).date():
        fail("DUE_DATE_IN_PAST", "The due date must not be in the past.", "dueDate")
    async with in_transaction():
        await org.get_unit(owner_unit_id, "ownerUnitId")
        if assignee_id is not None:
            await org.get_person(assignee_id, "assigneeId")
        return await ActionItem.create(
            title=title,
            description=(description or "").strip() or None,
            source=source,
            source_id=source_id,
            drill_id=drill_id,
            owner_unit_id=owner_unit_id,
            assignee_id=assignee_id,
            due_date=due_date,
            created_by_id=by,
        )


VERIFIERS = (Role.ADMIN, Role.LEADER, Role.TRAINER)


async def move_action_item(
    item_id: int,
    status: ActionStatus,
    *,
    evidence: str | None = None,
    by: int | None = None,
    scope: Scope | None = None,
) -> ActionItem:
    """Move an item along TRANSITIONS. Within `scope` (the mover's units) only; verifying, or
    sending a done item back to OPEN, is for VERIFIERS. `by` None: the system (no checks)."""
    async with in_transaction():
        item = await ActionItem.select_for_update().get_or_none(id=item_id)
        if item is None:
            fail("ACTION_ITEM_NOT_FOUND", "No action item has this ID.", "id")
        if scope is not None and not scope.covers(item.owner_unit_id):
            fail("OUT_OF_SCOPE", "This action item belongs to a unit outside yours.", "id")
        verifying = status == ActionStatus.VERIFIED or (
            status == ActionStatus.OPEN and item.status == ActionStatus.DONE
        )
        mover = await User.get(id=by) if by is not None and verifying else None
        if mover is not None and not mover.has_role(*VERIFIERS):
            fail(
                "NOT_A_VERIFIER", "Leaders, trainers or admins verify corrective actions.", "status"
            )
        if status not in TRANSITIONS[item.status]:
            fail(
                "INVALID_TRANSITION",
                f"An action item cannot go from {item.status.value} to {status.value}.",
                "status",
            )
        if status == ActionStatus.DONE:
            text = clean_text(evidence, "evidence", max_length=5000)
            item.evidence, item.completed_at = text, clock.now()
        if status == ActionStatus.VERIFIED:
            item.verified_by_id = by
        if status == ActionStatus.OPEN:
            item.completed_at = None
        item.status = status
        await item.save()
        return item
