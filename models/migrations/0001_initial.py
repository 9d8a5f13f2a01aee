from tortoise import migrations
from tortoise.migrations import operations as ops
import functools
from json import dumps, loads
from models.assessment import Dimension
from models.org import PersonCategory, UnitKind
from tortoise.fields.base import OnDelete
from tortoise import fields

class Migration(migrations.Migration):
    initial = True

    operations = [
        ops.CreateModel(
            name='AuditEntry',
            fields=[
                ('id', fields.BigIntField(generated=True, primary_key=True, unique=True, db_index=True)),
                ('user_id', fields.IntField(null=True, db_index=True)),
                ('username', fields.CharField(null=True, max_length=50)),
                ('operation', fields.CharField(db_index=True, max_length=80)),
                ('object_type', fields.CharField(null=True, max_length=60)),
                ('object_id', fields.CharField(null=True, max_length=64)),
                ('input', fields.JSONField(null=True, encoder=functools.partial(dumps, separators=(',', ':')), decoder=loads)),
                ('succeeded', fields.BooleanField()),
                ('error_codes', fields.JSONField(default=list, encoder=functools.partial(dumps, separators=(',', ':')), decoder=loads)),
                ('request_id', fields.CharField(max_length=32)),
                ('created_at', fields.DatetimeField(db_index=True, auto_now=False, auto_now_add=True)),
            ],
            options={'table': 'audit_entry', 'app': 'models', 'pk_attr': 'id'},
            bases=['Model'],
        ),
        ops.CreateModel(
            name='LoginThrottle',
            fields=[
                ('id', fields.IntField(generated=True, primary_key=True, unique=True, db_index=True)),
                ('username', fields.CharField(unique=True, max_length=50)),
                ('failures', fields.IntField(default=0)),
                ('window_started_at', fields.DatetimeField(auto_now=False, auto_now_add=False)),
                ('locked_until', fields.DatetimeField(null=True, auto_now=False, auto_now_add=False)),
            ],
            options={'table': 'login_throttle', 'app': 'models', 'pk_attr': 'id', 'table_description': 'Failed logins per username, kept in the database so every worker sees the same lock.'},
            bases=['Model'],
        ),
        ops.CreateModel(
            name='Unit',
            fields=[
                ('id', fields.IntField(generated=True, primary_key=True, unique=True, db_index=True)),
                ('name', fields.CharField(unique=True, max_length=100)),
                ('kind', fields.CharEnumField(db_index=True, description='COUNTY_DEPARTMENT: COUNTY_DEPARTMENT\nTOWNSHIP: TOWNSHIP\nENTERPRISE: ENTERPRISE\nCOMMITTEE: COMMITTEE', enum_type=UnitKind, max_length=20)),
                ('parent', fields.ForeignKeyField('models.Unit', source_field='parent_id', null=True, db_constraint=True, to_field='id', related_name='children', on_delete=OnDelete.RESTRICT)),
                ('created_at', fields.DatetimeField(auto_now=False, auto_now_add=True)),
            ],
            options={'table': 'unit', 'app': 'models', 'pk_attr': 'id'},
            bases=['Model'],
        ),
        ops.CreateModel(
            name='Person',
            fields=[
                ('id', fields.IntField(generated=True, primary_key=True, unique=True, db_index=True)),
                ('name', fields.CharField(db_index=True, max_length=100)),
                ('unit', fields.ForeignKeyField('models.Unit', source_field='unit_id', db_constraint=True, to_field='id', related_name='people', on_delete=OnDelete.RESTRICT)),
                ('category', fields.CharEnumField(db_index=True, description='PRINCIPAL_LEADER: PRINCIPAL_LEADER\nDEPUTY_LEADER: DEPUTY_LEADER\nENFORCEMENT_OFFICER: ENFORCEMENT_OFFICER\nASSISTING_STAFF: ASSISTING_STAFF', enum_type=PersonCategory, max_length=24)),
                ('badge_number', fields.CharField(null=True, unique=True, max_length=32)),
                ('phone', fields.CharField(null=True, max_length=20)),
                ('active', fields.BooleanField(default=True)),
                ('created_at', fields.DatetimeField(auto_now=False, auto_now_add=True)),
            ],
            options={'table': 'person', 'app': 'models', 'pk_attr': 'id'},
            bases=['Model'],
        ),
        ops.CreateModel(
            name='User',
            fields=[
                ('id', fields.IntField(generated=True, primary_key=True, unique=True, db_index=True)),
                ('username', fields.CharField(unique=True, max_length=50)),
                ('password_hash', fields.CharField(max_length=255)),
                ('roles', fields.JSONField(default=list, encoder=functools.partial(dumps, separators=(',', ':')), decoder=loads)),
                ('person', fields.OneToOneField('models.Person', source_field='person_id', null=True, db_constraint=True, to_field='id', related_name='user', on_delete=OnDelete.RESTRICT)),
                ('scope_unit', fields.ForeignKeyField('models.Unit', source_field='scope_unit_id', null=True, db_constraint=True, to_field='id', related_name='scoped_users', on_delete=OnDelete.RESTRICT)),
                ('active', fields.BooleanField(default=True)),
                ('token_version', fields.IntField(default=0)),
                ('created_at', fields.DatetimeField(auto_now=False, auto_now_add=True)),
            ],
            options={'table': 'app_user', 'app': 'models', 'pk_attr': 'id'},
            bases=['Model'],
        ),
        ops.CreateModel(
            name='ScoreEvent',
            fields=[
                ('id', fields.BigIntField(generated=True, primary_key=True, unique=True, db_index=True)),
                ('person', fields.ForeignKeyField('models.Person', source_field='person_id', null=True, db_constraint=True, to_field='id', related_name='score_events', on_delete=OnDelete.RESTRICT)),
                ('unit', fields.ForeignKeyField('models.Unit', source_field='unit_id', null=True, db_constraint=True, to_field='id', related_name='score_events', on_delete=OnDelete.RESTRICT)),
                ('subject', fields.CharField(max_length=40)),
                ('dimension', fields.CharEnumField(db_index=True, description='TRAINING: TRAINING\nEXAM: EXAM\nDRILL: DRILL\nCOMPETITION: COMPETITION\nCOMMENDATION: COMMENDATION\nCASE_REVIEW: CASE_REVIEW\nRECTIFICATION: RECTIFICATION', enum_type=Dimension, max_length=16)),
                ('points', fields.DecimalField(max_digits=10, decimal_places=2)),
                ('occurred_at', fields.DatetimeField(auto_now=False, auto_now_add=False)),
                ('recorded_at', fields.DatetimeField(db_index=True, auto_now=False, auto_now_add=True)),
                ('reason', fields.CharField(max_length=500)),
                ('source_type', fields.CharField(max_length=40)),
                ('source_id', fields.CharField(max_length=64)),
                ('kind', fields.CharField(max_length=80)),
                ('recorded_by', fields.ForeignKeyField('models.User', source_field='recorded_by_id', null=True, db_constraint=True, to_field='id', related_name='recorded_score_events', on_delete=OnDelete.RESTRICT)),
                ('reverses', fields.OneToOneField('models.ScoreEvent', source_field='reverses_id', null=True, db_constraint=True, to_field='id', related_name='reversed_by', on_delete=OnDelete.RESTRICT)),
            ],
            options={'table': 'score_event', 'app': 'models', 'unique_together': (('source_type', 'source_id', 'subject', 'kind'),), 'pk_attr': 'id'},
            bases=['Model'],
        ),
    ]
