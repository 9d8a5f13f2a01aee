from tortoise import migrations
from tortoise.migrations import operations as ops
import functools
from json import dumps, loads
from models.actions import ActionSource, ActionStatus
from models.drills import DrillStatus, DrillType, HseepRating, ParticipantRole
from tortoise.fields.base import OnDelete
from tortoise import fields

class Migration(migrations.Migration):
    dependencies = [('models', '0004_exams')]

    initial = False

    operations = [
        ops.CreateModel(
            name='ActionItem',
            fields=[
                ('id', fields.IntField(generated=True, primary_key=True, unique=True, db_index=True)),
                ('title', fields.CharField(max_length=200)),
                ('description', fields.TextField(null=True, unique=False)),
                ('source', fields.CharEnumField(description='DRILL: DRILL\nDRILL_COMMENT: DRILL_COMMENT\nCASE_REVIEW: CASE_REVIEW\nOTHER: OTHER', enum_type=ActionSource, max_length=16)),
                ('source_id', fields.IntField(null=True)),
                ('drill_id', fields.IntField(null=True, db_index=True)),
                ('owner_unit', fields.ForeignKeyField('models.Unit', source_field='owner_unit_id', db_constraint=True, to_field='id', related_name='action_items', on_delete=OnDelete.RESTRICT)),
                ('assignee', fields.ForeignKeyField('models.Person', source_field='assignee_id', null=True, db_constraint=True, to_field='id', related_name='action_items', on_delete=OnDelete.RESTRICT)),
                ('due_date', fields.DateField(db_index=True)),
                ('status', fields.CharEnumField(default=ActionStatus.OPEN, description='OPEN: OPEN\nIN_PROGRESS: IN_PROGRESS\nDONE: DONE\nVERIFIED: VERIFIED', enum_type=ActionStatus, max_length=12)),
                ('evidence', fields.TextField(null=True, unique=False)),
                ('completed_at', fields.DatetimeField(null=True, auto_now=False, auto_now_add=False)),
                ('verified_by', fields.ForeignKeyField('models.User', source_field='verified_by_id', null=True, db_constraint=True, to_field='id', related_name='verified_actions', on_delete=OnDelete.RESTRICT)),
                ('created_by', fields.ForeignKeyField('models.User', source_field='created_by_id', null=True, db_constraint=True, to_field='id', related_name='created_actions', on_delete=OnDelete.RESTRICT)),
                ('created_at', fields.DatetimeField(auto_now=False, auto_now_add=True)),
            ],
            options={'table': 'action_item', 'app': 'models', 'pk_attr': 'id'},
            bases=['Model'],
        ),
        ops.CreateModel(
            name='Drill',
            fields=[
                ('id', fields.IntField(generated=True, primary_key=True, unique=True, db_index=True)),
                ('title', fields.CharField(max_length=200)),
                ('scenario_key', fields.CharField(null=True, max_length=60)),
                ('type', fields.CharEnumField(description='TABLETOP: TABLETOP\nFUNCTIONAL: FUNCTIONAL\nFULL_SCALE: FULL_SCALE', enum_type=DrillType, max_length=12)),
                ('scheduled_at', fields.DatetimeField(auto_now=False, auto_now_add=False)),
                ('location', fields.CharField(null=True, max_length=200)),
                ('organizer', fields.ForeignKeyField('models.Unit', source_field='organizer_id', db_constraint=True, to_field='id', related_name='organized_drills', on_delete=OnDelete.RESTRICT)),
                ('status', fields.CharEnumField(default=DrillStatus.PLANNED, description='PLANNED: PLANNED\nIN_PROGRESS: IN_PROGRESS\nCOMPLETED: COMPLETED\nREVIEWED: REVIEWED\nCANCELLED: CANCELLED', enum_type=DrillStatus, max_length=12)),
                ('rubric', fields.JSONField(encoder=functools.partial(dumps, separators=(',', ':')), decoder=loads)),
                ('coordination', fields.JSONField(null=True, encoder=functools.partial(dumps, separators=(',', ':')), decoder=loads)),
                ('started_at', fields.DatetimeField(null=True, auto_now=False, auto_now_add=False)),
                ('completed_at', fields.DatetimeField(null=True, auto_now=False, auto_now_add=False)),
                ('reviewed_at', fields.DatetimeField(null=True, auto_now=False, auto_now_add=False)),
                ('created_by', fields.ForeignKeyField('models.User', source_field='created_by_id', null=True, db_constraint=True, to_field='id', related_name='drills', on_delete=OnDelete.RESTRICT)),
                ('created_at', fields.DatetimeField(auto_now=False, auto_now_add=True)),
            ],
            options={'table': 'drill', 'app': 'models', 'pk_attr': 'id'},
            bases=['Model'],
        ),
        ops.CreateModel(
            name='DrillComment',
            fields=[
                ('id', fields.IntField(generated=True, primary_key=True, unique=True, db_index=True)),
                ('drill', fields.ForeignKeyField('models.Drill', source_field='drill_id', db_constraint=True, to_field='id', related_name='comments', on_delete=OnDelete.RESTRICT)),
                ('author', fields.ForeignKeyField('models.User', source_field='author_id', db_constraint=True, to_field='id', related_name='drill_comments', on_delete=OnDelete.RESTRICT)),
                ('body', fields.TextField(unique=False)),
                ('is_review', fields.BooleanField(default=False)),
                ('task_key', fields.CharField(null=True, max_length=80)),
                ('parent', fields.ForeignKeyField('models.DrillComment', source_field='parent_id', null=True, db_constraint=True, to_field='id', related_name='replies', on_delete=OnDelete.RESTRICT)),
                ('history', fields.JSONField(default=list, encoder=functools.partial(dumps, separators=(',', ':')), decoder=loads)),
                ('created_at', fields.DatetimeField(auto_now=False, auto_now_add=True)),
                ('edited_at', fields.DatetimeField(null=True, auto_now=False, auto_now_add=False)),
            ],
            options={'table': 'drill_comment', 'app': 'models', 'pk_attr': 'id'},
            bases=['Model'],
        ),
        ops.CreateModel(
            name='DrillParticipant',
            fields=[
                ('id', fields.IntField(generated=True, primary_key=True, unique=True, db_index=True)),
                ('drill', fields.ForeignKeyField('models.Drill', source_field='drill_id', db_constraint=True, to_field='id', related_name='participants', on_delete=OnDelete.RESTRICT)),
                ('unit', fields.ForeignKeyField('models.Unit', source_field='unit_id', db_constraint=True, to_field='id', related_name='drill_participations', on_delete=OnDelete.RESTRICT)),
                ('role', fields.CharEnumField(description='LEAD: LEAD\nSUPPORT: SUPPORT', enum_type=ParticipantRole, max_length=8)),
                ('person_ids', fields.JSONField(default=list, encoder=functools.partial(dumps, separators=(',', ':')), decoder=loads)),
            ],
            options={'table': 'drill_participant', 'app': 'models', 'unique_together': (('drill', 'unit'),), 'pk_attr': 'id'},
            bases=['Model'],
        ),
        ops.CreateModel(
            name='DrillRating',
            fields=[
                ('id', fields.IntField(generated=True, primary_key=True, unique=True, db_index=True)),
                ('drill', fields.ForeignKeyField('models.Drill', source_field='drill_id', db_constraint=True, to_field='id', related_name='ratings', on_delete=OnDelete.RESTRICT)),
                ('evaluator', fields.ForeignKeyField('models.User', source_field='evaluator_id', db_constraint=True, to_field='id', related_name='drill_ratings', on_delete=OnDelete.RESTRICT)),
                ('unit_key', fields.IntField()),
                ('task_key', fields.CharField(max_length=80)),
                ('points', fields.DecimalField(max_digits=6, decimal_places=2)),
                ('rating', fields.CharEnumField(null=True, description='P: P\nS: S\nM: M\nU: U', enum_type=HseepRating, max_length=1)),
                ('note', fields.CharField(null=True, max_length=1000)),
                ('updated_at', fields.DatetimeField(auto_now=True, auto_now_add=False)),
            ],
            options={'table': 'drill_rating', 'app': 'models', 'unique_together': (('drill', 'evaluator', 'unit_key', 'task_key'),), 'pk_attr': 'id', 'table_description': "One evaluator's points for one task of one unit (unit 0: the drill as a whole)."},
            bases=['Model'],
        ),
        ops.CreateModel(
            name='DrillStaff',
            fields=[
                ('id', fields.IntField(generated=True, primary_key=True, unique=True, db_index=True)),
                ('drill', fields.ForeignKeyField('models.Drill', source_field='drill_id', db_constraint=True, to_field='id', related_name='staff', on_delete=OnDelete.RESTRICT)),
                ('user', fields.ForeignKeyField('models.User', source_field='user_id', db_constraint=True, to_field='id', related_name='drill_roles', on_delete=OnDelete.RESTRICT)),
                ('role', fields.CharField(max_length=10)),
                ('submitted_at', fields.DatetimeField(null=True, auto_now=False, auto_now_add=False)),
            ],
            options={'table': 'drill_staff', 'app': 'models', 'unique_together': (('drill', 'user', 'role'),), 'pk_attr': 'id', 'table_description': 'Evaluators and invited leaders of a drill.'},
            bases=['Model'],
        ),
    ]
