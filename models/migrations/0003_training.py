from tortoise import migrations
from tortoise.migrations import operations as ops
import functools
from assessment.compliance import Period
from json import dumps, loads
from models.training import AttendanceStatus, TrainingFormat, TrainingKind
from tortoise.fields.base import OnDelete
from tortoise import fields
from tortoise.indexes import Index

class Migration(migrations.Migration):
    dependencies = [('models', '0002_ledger_guards')]

    initial = False

    operations = [
        ops.CreateModel(
            name='AttendancePoints',
            fields=[
                ('id', fields.IntField(generated=True, primary_key=True, unique=True, db_index=True)),
                ('status', fields.CharEnumField(unique=True, description='UNMARKED: UNMARKED\nPRESENT: PRESENT\nLATE: LATE\nEXCUSED: EXCUSED\nABSENT: ABSENT', enum_type=AttendanceStatus, max_length=10)),
                ('points', fields.DecimalField(max_digits=6, decimal_places=2)),
            ],
            options={'table': 'attendance_points', 'app': 'models', 'pk_attr': 'id', 'table_description': 'Ledger points per attendance status, which admins may change.'},
            bases=['Model'],
        ),
        ops.CreateModel(
            name='TrainingRequirement',
            fields=[
                ('id', fields.IntField(generated=True, primary_key=True, unique=True, db_index=True)),
                ('name', fields.CharField(unique=True, max_length=100)),
                ('unit_kinds', fields.JSONField(default=list, encoder=functools.partial(dumps, separators=(',', ':')), decoder=loads)),
                ('categories', fields.JSONField(default=list, encoder=functools.partial(dumps, separators=(',', ':')), decoder=loads)),
                ('training_kinds', fields.JSONField(default=list, encoder=functools.partial(dumps, separators=(',', ':')), decoder=loads)),
                ('formats', fields.JSONField(default=list, encoder=functools.partial(dumps, separators=(',', ':')), decoder=loads)),
                ('count', fields.IntField()),
                ('period', fields.CharEnumField(description='YEAR: YEAR\nMONTH: MONTH\nWEEK: WEEK', enum_type=Period, max_length=8)),
                ('active', fields.BooleanField(default=True)),
            ],
            options={'table': 'training_requirement', 'app': 'models', 'pk_attr': 'id', 'table_description': 'A quota: who (unit kinds x person categories, empty = any), which training counts'},
            bases=['Model'],
        ),
        ops.CreateModel(
            name='TrainingSeries',
            fields=[
                ('id', fields.IntField(generated=True, primary_key=True, unique=True, db_index=True)),
                ('title', fields.CharField(max_length=200)),
                ('recurrence', fields.JSONField(encoder=functools.partial(dumps, separators=(',', ':')), decoder=loads)),
                ('created_at', fields.DatetimeField(auto_now=False, auto_now_add=True)),
            ],
            options={'table': 'training_series', 'app': 'models', 'pk_attr': 'id'},
            bases=['Model'],
        ),
        ops.CreateModel(
            name='TrainingSession',
            fields=[
                ('id', fields.IntField(generated=True, primary_key=True, unique=True, db_index=True)),
                ('title', fields.CharField(max_length=200)),
                ('kind', fields.CharEnumField(db_index=True, description='POLITICAL: POLITICAL\nPROFESSIONAL: PROFESSIONAL\nTRAFFIC_SAFETY: TRAFFIC_SAFETY', enum_type=TrainingKind, max_length=16)),
                ('format', fields.CharEnumField(default=TrainingFormat.LECTURE, description='LECTURE: LECTURE\nCENTRALIZED: CENTRALIZED\nONLINE: ONLINE', enum_type=TrainingFormat, max_length=16)),
                ('starts_at', fields.DatetimeField(db_index=True, auto_now=False, auto_now_add=False)),
                ('ends_at', fields.DatetimeField(auto_now=False, auto_now_add=False)),
                ('venue', fields.CharField(null=True, max_length=200)),
                ('organizer', fields.ForeignKeyField('models.Unit', source_field='organizer_id', db_constraint=True, to_field='id', related_name='training_sessions', on_delete=OnDelete.RESTRICT)),
                ('trainer', fields.ForeignKeyField('models.User', source_field='trainer_id', null=True, db_constraint=True, to_field='id', related_name='training_sessions', on_delete=OnDelete.RESTRICT)),
                ('capacity', fields.IntField(null=True)),
                ('description', fields.TextField(null=True, unique=False)),
                ('audience', fields.JSONField(default=dict, encoder=functools.partial(dumps, separators=(',', ':')), decoder=loads)),
                ('series', fields.ForeignKeyField('models.TrainingSeries', source_field='series_id', null=True, db_constraint=True, to_field='id', related_name='sessions', on_delete=OnDelete.RESTRICT)),
                ('cancelled_at', fields.DatetimeField(null=True, auto_now=False, auto_now_add=False)),
                ('cancel_reason', fields.CharField(null=True, max_length=500)),
                ('absences_closed', fields.BooleanField(default=False)),
                ('year', fields.IntField(db_index=True)),
                ('month', fields.CharField(db_index=True, max_length=7)),
                ('week', fields.CharField(db_index=True, max_length=8)),
                ('created_at', fields.DatetimeField(auto_now=False, auto_now_add=True)),
            ],
            options={'table': 'training_session', 'app': 'models', 'pk_attr': 'id'},
            bases=['Model'],
        ),
        ops.CreateModel(
            name='Attendance',
            fields=[
                ('id', fields.IntField(generated=True, primary_key=True, unique=True, db_index=True)),
                ('session', fields.ForeignKeyField('models.TrainingSession', source_field='session_id', db_constraint=True, to_field='id', related_name='attendance', on_delete=OnDelete.RESTRICT)),
                ('person', fields.ForeignKeyField('models.Person', source_field='person_id', db_constraint=True, to_field='id', related_name='attendance', on_delete=OnDelete.RESTRICT)),
                ('status', fields.CharEnumField(default=AttendanceStatus.UNMARKED, description='UNMARKED: UNMARKED\nPRESENT: PRESENT\nLATE: LATE\nEXCUSED: EXCUSED\nABSENT: ABSENT', enum_type=AttendanceStatus, max_length=10)),
                ('checked_in_at', fields.DatetimeField(null=True, auto_now=False, auto_now_add=False)),
                ('note', fields.CharField(null=True, max_length=500)),
                ('excuse_reason', fields.CharField(null=True, max_length=500)),
                ('marked_by', fields.ForeignKeyField('models.User', source_field='marked_by_id', null=True, db_constraint=True, to_field='id', related_name='attendance_marks', on_delete=OnDelete.RESTRICT)),
                ('updated_at', fields.DatetimeField(auto_now=True, auto_now_add=False)),
            ],
            options={'table': 'attendance', 'app': 'models', 'unique_together': (('session', 'person'),), 'indexes': [Index(fields=['person_id', 'status'])], 'pk_attr': 'id'},
            bases=['Model'],
        ),
        ops.CreateModel(
            name='CheckInCode',
            fields=[
                ('id', fields.IntField(generated=True, primary_key=True, unique=True, db_index=True)),
                ('session', fields.OneToOneField('models.TrainingSession', source_field='session_id', db_constraint=True, to_field='id', related_name='check_in_code', on_delete=OnDelete.RESTRICT)),
                ('code', fields.CharField(max_length=6)),
                ('expires_at', fields.DatetimeField(auto_now=False, auto_now_add=False)),
            ],
            options={'table': 'check_in_code', 'app': 'models', 'pk_attr': 'id', 'table_description': 'The one valid check-in code of a session: opening a new one replaces it.'},
            bases=['Model'],
        ),
    ]
