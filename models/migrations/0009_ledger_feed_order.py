"""The ledger feed's order: each score event carries the id of the transaction that wrote it
(PostgreSQL; 0 on SQLite, where writers take turns), and the feed pages by (txid, id)."""

from tortoise import fields, migrations
from tortoise.indexes import Index
from tortoise.migrations import operations as ops

from models.sql import TransactionId


class Migration(migrations.Migration):
    dependencies = [("models", "0008_exam_cancellation")]

    initial = False

    operations = [
        ops.AddField(
            model_name="ScoreEvent",
            name="txid",
            field=fields.BigIntField(db_default=TransactionId()),
        ),
        ops.AddIndex(model_name="ScoreEvent", index=Index(fields=["txid", "id"])),
    ]
