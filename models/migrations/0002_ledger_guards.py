"""The score ledger's rules, held by the database: every event has a subject, and no event is
ever updated or deleted (PostgreSQL: a CHECK and a trigger; SQLite: triggers)."""

from tortoise import migrations
from tortoise.migrations import operations as ops

from models.assessment import LEDGER_GUARDS


async def add_guards(apps, schema_editor) -> None:
    client = schema_editor.client
    for statement in LEDGER_GUARDS[client.capabilities.dialect]:
        await client.execute_script(statement)


class Migration(migrations.Migration):
    dependencies = [("models", "0001_initial")]

    initial = False

    operations = [ops.RunPython(add_guards)]
