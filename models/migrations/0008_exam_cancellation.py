"""An exam can be cancelled with a reason: two columns, set together (a CHECK on PostgreSQL, the
same rule as triggers on SQLite, as in 0007_checks)."""

from tortoise import fields, migrations
from tortoise.migrations import operations as ops

NAME = "exam_cancelled_with_reason"
CONDITION = "({cancelled_at} IS NULL) = ({cancel_reason} IS NULL)"


async def add_check(apps, schema_editor) -> None:
    client = schema_editor.client
    if client.capabilities.dialect != "sqlite":
        condition = CONDITION.format(cancelled_at='"cancelled_at"', cancel_reason='"cancel_reason"')
        await client.execute_script(
            f'ALTER TABLE "exam" ADD CONSTRAINT "{NAME}" CHECK ({condition})'
        )
        return
    condition = CONDITION.format(cancelled_at="NEW.cancelled_at", cancel_reason="NEW.cancel_reason")
    for event in ("INSERT", "UPDATE"):
        await client.execute_script(
            f'CREATE TRIGGER "{NAME}_{event.lower()}" BEFORE {event} ON "exam" '
            f"WHEN NOT ({condition}) "
            f"BEGIN SELECT RAISE(ABORT, 'CHECK constraint failed: {NAME}'); END"
        )


class Migration(migrations.Migration):
    dependencies = [("models", "0007_checks")]

    initial = False

    operations = [
        ops.AddField(model_name="Exam", name="cancelled_at", field=fields.DatetimeField(null=True)),
        ops.AddField(model_name="Exam", name="cancel_reason", field=fields.TextField(null=True)),
        ops.RunPython(add_check),
    ]
