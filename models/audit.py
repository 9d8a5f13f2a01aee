"""The audit log: who ran which mutation on which object, when, with what input."""

from __future__ import annotations

from typing import Any

from tortoise import fields
from tortoise.models import Model
from tortoise.queryset import QuerySet

from models import sql

SECRET_KEYS = {"password", "currentpassword", "newpassword", "token", "code", "secret"}
REDACTED = "[redacted]"


class AuditEntry(Model):
    id = fields.BigIntField(primary_key=True)
    user_id = fields.IntField(null=True, db_index=True)  # kept even if the account goes away
    username = fields.CharField(max_length=50, null=True)
    operation = fields.CharField(max_length=80, db_index=True)
    object_type = fields.CharField(max_length=60, null=True)
    object_id = fields.CharField(max_length=64, null=True)
    input = fields.JSONField(null=True)
    succeeded = fields.BooleanField()
    error_codes = fields.JSONField(default=list)
    request_id = fields.CharField(max_length=32)
    created_at = fields.DatetimeField(auto_now_add=True, db_index=True)

    class Meta:
        table = "audit_entry"


def redact(value: Any) -> Any:
    """The input with every secret-looking key's value replaced, at any depth."""
    if isinstance(value, dict):
        return {
            key: REDACTED if key.replace("_", "").lower() in SECRET_KEYS else redact(item)
            for key, item in value.items()
        }
    if isinstance(value, list):
        return [redact(item) for item in value]
    return value


async def record(
    *,
    user_id: int | None,
    username: str | None,
    operation: str,
    object_type: str | None,
    object_id: str | None,
    input: Any,
    error_codes: list[str],
    request_id: str,
) -> AuditEntry:
    return await AuditEntry.create(
        user_id=user_id,
        username=username,
        operation=operation,
        object_type=object_type,
        object_id=object_id,
        input=redact(input),
        succeeded=not error_codes,
        error_codes=error_codes,
        request_id=request_id,
    )


def entries(*, operation: str | None = None, user_id: int | None = None) -> QuerySet[AuditEntry]:
    """The log, of one operation and of one user if named. A name longer than the column is
    no operation's."""
    rows = AuditEntry.all()
    if operation:
        fits = sql.fits(AuditEntry, "operation", operation)
        rows = rows.filter(operation=operation) if fits else rows.filter(id__in=[])
    if user_id is not None:
        rows = rows.filter(user_id=user_id)
    return rows
