"""close_ended_sessions finds the sessions it still has to close by an index."""

from tortoise import migrations
from tortoise.indexes import Index
from tortoise.migrations import operations as ops


class Migration(migrations.Migration):
    dependencies = [('models', '0010_fk_indexes')]

    initial = False

    operations = [
        ops.AddIndex(
            model_name='TrainingSession',
            index=Index(fields=['absences_closed', 'ends_at']),
        ),
    ]
