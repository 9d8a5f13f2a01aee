"""Read markers: what each user has read of each drill's comments (models/drill_reads.py)."""

from tortoise import migrations
from tortoise.migrations import operations as ops
from tortoise.fields.base import OnDelete
from tortoise import fields

class Migration(migrations.Migration):
    dependencies = [('models', '0011_session_closing_index')]

    initial = False

    operations = [
        ops.CreateModel(
            name='DrillCommentRead',
            fields=[
                ('id', fields.IntField(generated=True, primary_key=True, unique=True, db_index=True)),
                ('user', fields.ForeignKeyField('models.User', source_field='user_id', db_constraint=True, to_field='id', related_name='drill_comment_reads', on_delete=OnDelete.RESTRICT)),
                ('drill', fields.ForeignKeyField('models.Drill', source_field='drill_id', db_index=True, db_constraint=True, to_field='id', related_name='comment_reads', on_delete=OnDelete.RESTRICT)),
                ('read_up_to', fields.IntField(default=0)),
                ('read_at', fields.DatetimeField(auto_now=False, auto_now_add=False)),
            ],
            options={'table': 'drill_comment_read', 'app': 'models', 'unique_together': (('user', 'drill'),), 'pk_attr': 'id'},
            bases=['Model'],
        ),
    ]
