"""Every mutation leaves an audit entry; admins read them with `auditLog`."""

from __future__ import annotations

import dataclasses
from contextlib import nullcontext
from datetime import date, datetime
from decimal import Decimal
from enum import Enum
from typing import Any

import strawberry
from graphql import GraphQLError
from strawberry import Info, relay
from strawberry.extensions import FieldExtension
from strawberry.types.base import has_object_definition
from strawberry.utils.str_converters import to_camel_case
from tortoise.transactions import in_transaction

from models import audit
from models.audit import AuditEntry
from models.org import Role
from schema import node
from schema.ids import argument_id, global_id
from schema.pagination import paginate
from schema.permissions import allow, require_user


def plain(value: Any) -> Any:
    """Input objects as JSON-ready data: unset fields dropped, enums and numbers as text."""
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        return {
            to_camel_case(f.name): plain(getattr(value, f.name))
            for f in dataclasses.fields(value)
            if getattr(value, f.name) is not strawberry.UNSET
        }
    if isinstance(value, list | tuple):
        return [plain(item) for item in value]
    if isinstance(value, Enum):
        return value.value
    if isinstance(value, datetime | date):
        return value.isoformat()
    if isinstance(value, Decimal | relay.GlobalID):
        return str(value)
    if isinstance(value, str | int | float | bool) or value is None:
        return value
    return getattr(value, "filename", None) or type(value).__name__


def touched_object(payload: Any) -> tuple[str, str] | None:
    """The first Node in a payload: what the mutation created or changed."""
    for value in vars(payload).values():
        if has_object_definition(value) and isinstance(value, relay.Node):
            definition = value.__strawberry_definition__
            return definition.name, global_id(definition.name, value.id)
    return None


class Audited(FieldExtension):
    """Runs a mutation in one transaction with its audit entry.

    The operation's own `in_transaction()` blocks become savepoints of this transaction, and the
    entry is written before it commits: a mutation is saved with its entry or not at all. A
    mutation answered with userErrors commits its entry (its operation rolled back to its
    savepoint); one that raised rolls back, and its failed entry is written on its own. Events
    for subscribers are published once the transaction has committed.

    `login` runs without the outer transaction (`atomic=False`): its throttle row must commit
    before the password is checked, and no password hash should hold a database transaction.
    Its entry is written after it, as it records an attempt rather than a change.
    """

    def __init__(self, *, atomic: bool = True) -> None:
        super().__init__()
        self.atomic = atomic

    async def resolve_async(self, next_: Any, source: Any, info: Info, **kwargs: Any) -> Any:
        context = info.context
        try:
            async with in_transaction() if self.atomic else nullcontext():
                result = await next_(source, info, **kwargs)
                codes = [error.code for error in getattr(result, "user_errors", [])]
                await _record(info, kwargs, result, codes)
        except GraphQLError as error:
            context.discard_events()
            await _record(info, kwargs, None, [str((error.extensions or {}).get("code", "ERROR"))])
            raise
        except Exception:
            context.discard_events()
            await _record(info, kwargs, None, ["INTERNAL_ERROR"])
            raise
        await context.publish_events()
        return result


async def _record(info: Info, kwargs: dict[str, Any], result: Any, codes: list[str]) -> None:
    user = info.context.user
    touched = touched_object(result) if result is not None else None
    await audit.record(
        user_id=user.id if user else None,
        username=user.username if user else None,
        operation=info.field_name,
        object_type=touched[0] if touched else None,
        object_id=touched[1] if touched else None,
        input=plain(kwargs.get("input")),
        error_codes=codes,
        request_id=info.context.request_id,
    )


def mutation(
    *roles: Role, public: bool = False, atomic: bool = True, description: str | None = None
) -> Any:
    """A mutation field: audited in its own transaction (see `Audited`), and (unless public)
    limited to `roles` (any user when none)."""
    permissions = [] if public else allow(*roles)
    return strawberry.mutation(
        extensions=[*permissions, Audited(atomic=atomic)], description=description
    )


@strawberry.type(name="AuditEntry")
class AuditEntryType(relay.Node):
    id: relay.NodeID[int]
    user_id: strawberry.Private[int | None]
    username: str | None
    operation: str
    object_type: str | None
    object_id: str | None
    input: strawberry.scalars.JSON | None
    succeeded: bool
    error_codes: list[str]
    request_id: str
    created_at: datetime

    @classmethod
    def from_model(cls, row: AuditEntry) -> AuditEntryType:
        return cls(
            id=row.id,
            user_id=row.user_id,
            username=row.username,
            operation=row.operation,
            object_type=row.object_type,
            object_id=row.object_id,
            input=row.input,
            succeeded=row.succeeded,
            error_codes=row.error_codes,
            request_id=row.request_id,
            created_at=row.created_at,
        )


async def _entry_node(info: Info, pk: int) -> AuditEntryType | None:
    if not require_user(info).has_role(Role.ADMIN):
        return None
    row = await AuditEntry.get_or_none(id=pk)
    return AuditEntryType.from_model(row) if row else None


node.register("AuditEntry", _entry_node)


@strawberry.type
class Query:
    @strawberry.field(
        extensions=allow(Role.ADMIN),
        description="The audit log, oldest first; newestFirst: the latest entries first (its "
        "cursors page on towards older ones).",
    )
    async def audit_log(
        self,
        first: int | None = None,
        after: str | None = None,
        operation: str | None = None,
        user_id: strawberry.ID | None = None,
        newest_first: bool = False,
    ) -> relay.Connection[AuditEntryType]:
        rows = audit.entries(operation=operation, user_id=argument_id(user_id, "User", "userId"))
        return await paginate(
            rows, first, after, AuditEntryType.from_model, descending=newest_first
        )
