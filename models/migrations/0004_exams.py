from tortoise import migrations
from tortoise.migrations import operations as ops
import functools
from json import dumps, loads
from models.exams import AttemptStatus, GradingMethod, PartialCredit, ResultRelease
from models.question_import import QuestionType
from tortoise.fields.base import OnDelete
from tortoise import fields
from tortoise.indexes import Index

class Migration(migrations.Migration):
    dependencies = [('models', '0003_training')]

    initial = False

    operations = [
        ops.CreateModel(
            name='Exam',
            fields=[
                ('id', fields.IntField(generated=True, primary_key=True, unique=True, db_index=True)),
                ('title', fields.CharField(max_length=200)),
                ('opens_at', fields.DatetimeField(auto_now=False, auto_now_add=False)),
                ('closes_at', fields.DatetimeField(auto_now=False, auto_now_add=False)),
                ('duration_minutes', fields.IntField()),
                ('pass_score', fields.DecimalField(max_digits=8, decimal_places=2)),
                ('max_attempts', fields.IntField(null=True)),
                ('grading_method', fields.CharEnumField(default=GradingMethod.HIGHEST, description='HIGHEST: HIGHEST\nLAST: LAST\nFIRST: FIRST\nAVERAGE: AVERAGE', enum_type=GradingMethod, max_length=8)),
                ('shuffle_questions', fields.BooleanField(default=True)),
                ('shuffle_options', fields.BooleanField(default=True)),
                ('release', fields.CharEnumField(default=ResultRelease.IMMEDIATELY, description='IMMEDIATELY: IMMEDIATELY\nAFTER_CLOSE: AFTER_CLOSE\nMANUAL: MANUAL', enum_type=ResultRelease, max_length=12)),
                ('released_at', fields.DatetimeField(null=True, auto_now=False, auto_now_add=False)),
                ('partial_credit', fields.CharEnumField(default=PartialCredit.NONE, description='NONE: NONE\nPER_OPTION: PER_OPTION', enum_type=PartialCredit, max_length=10)),
                ('practice', fields.BooleanField(default=False)),
                ('audience', fields.JSONField(default=dict, encoder=functools.partial(dumps, separators=(',', ':')), decoder=loads)),
                ('organizer', fields.ForeignKeyField('models.Unit', source_field='organizer_id', null=True, db_constraint=True, to_field='id', related_name='exams', on_delete=OnDelete.RESTRICT)),
                ('published_at', fields.DatetimeField(null=True, auto_now=False, auto_now_add=False)),
                ('created_by', fields.ForeignKeyField('models.User', source_field='created_by_id', null=True, db_constraint=True, to_field='id', related_name='exams', on_delete=OnDelete.RESTRICT)),
                ('created_at', fields.DatetimeField(auto_now=False, auto_now_add=True)),
            ],
            options={'table': 'exam', 'app': 'models', 'pk_attr': 'id'},
            bases=['Model'],
        ),
        ops.CreateModel(
            name='ExamAttempt',
            fields=[
                ('id', fields.IntField(generated=True, primary_key=True, unique=True, db_index=True)),
                ('exam', fields.ForeignKeyField('models.Exam', source_field='exam_id', db_constraint=True, to_field='id', related_name='attempts', on_delete=OnDelete.RESTRICT)),
                ('person', fields.ForeignKeyField('models.Person', source_field='person_id', db_constraint=True, to_field='id', related_name='exam_attempts', on_delete=OnDelete.RESTRICT)),
                ('number', fields.IntField()),
                ('status', fields.CharEnumField(default=AttemptStatus.IN_PROGRESS, description='IN_PROGRESS: IN_PROGRESS\nSUBMITTED: SUBMITTED\nEXPIRED: EXPIRED\nGRADED: GRADED', enum_type=AttemptStatus, max_length=12)),
                ('in_progress_key', fields.IntField(null=True)),
                ('seed', fields.BigIntField()),
                ('started_at', fields.DatetimeField(auto_now=False, auto_now_add=False)),
                ('deadline', fields.DatetimeField(auto_now=False, auto_now_add=False)),
                ('submitted_at', fields.DatetimeField(null=True, auto_now=False, auto_now_add=False)),
                ('timed_out', fields.BooleanField(default=False)),
                ('score', fields.DecimalField(null=True, max_digits=8, decimal_places=2)),
                ('max_score', fields.DecimalField(max_digits=8, decimal_places=2)),
                ('graded_at', fields.DatetimeField(null=True, auto_now=False, auto_now_add=False)),
            ],
            options={'table': 'exam_attempt', 'app': 'models', 'unique_together': (('exam', 'person', 'number'), ('exam', 'in_progress_key')), 'pk_attr': 'id'},
            bases=['Model'],
        ),
        ops.CreateModel(
            name='QuestionCategory',
            fields=[
                ('id', fields.IntField(generated=True, primary_key=True, unique=True, db_index=True)),
                ('path', fields.CharField(unique=True, max_length=200)),
                ('parent', fields.ForeignKeyField('models.QuestionCategory', source_field='parent_id', null=True, db_constraint=True, to_field='id', related_name='children', on_delete=OnDelete.RESTRICT)),
            ],
            options={'table': 'question_category', 'app': 'models', 'pk_attr': 'id'},
            bases=['Model'],
        ),
        ops.CreateModel(
            name='Question',
            fields=[
                ('id', fields.IntField(generated=True, primary_key=True, unique=True, db_index=True)),
                ('lineage', fields.CharField(db_index=True, max_length=32)),
                ('version', fields.IntField(default=1)),
                ('is_current', fields.BooleanField(default=True)),
                ('category', fields.ForeignKeyField('models.QuestionCategory', source_field='category_id', db_constraint=True, to_field='id', related_name='questions', on_delete=OnDelete.RESTRICT)),
                ('type', fields.CharEnumField(description='SINGLE_CHOICE: SINGLE_CHOICE\nMULTIPLE_CHOICE: MULTIPLE_CHOICE\nTRUE_FALSE: TRUE_FALSE\nFILL_BLANK: FILL_BLANK\nSHORT_ANSWER: SHORT_ANSWER', enum_type=QuestionType, max_length=16)),
                ('stem', fields.TextField(unique=False)),
                ('options', fields.JSONField(default=list, encoder=functools.partial(dumps, separators=(',', ':')), decoder=loads)),
                ('answer', fields.JSONField(default=list, encoder=functools.partial(dumps, separators=(',', ':')), decoder=loads)),
                ('explanation', fields.TextField(null=True, unique=False)),
                ('difficulty', fields.IntField(default=3)),
                ('reference', fields.CharField(null=True, max_length=200)),
                ('tags', fields.JSONField(default=list, encoder=functools.partial(dumps, separators=(',', ':')), decoder=loads)),
                ('active', fields.BooleanField(default=True)),
                ('created_by', fields.ForeignKeyField('models.User', source_field='created_by_id', null=True, db_constraint=True, to_field='id', related_name='questions', on_delete=OnDelete.RESTRICT)),
                ('created_at', fields.DatetimeField(auto_now=False, auto_now_add=True)),
            ],
            options={'table': 'question', 'app': 'models', 'unique_together': (('lineage', 'version'),), 'indexes': [Index(fields=['category_id', 'is_current', 'active'])], 'pk_attr': 'id', 'table_description': 'One version of a question. Versions of one question share `lineage`.'},
            bases=['Model'],
        ),
        ops.CreateModel(
            name='AttemptQuestion',
            fields=[
                ('id', fields.IntField(generated=True, primary_key=True, unique=True, db_index=True)),
                ('attempt', fields.ForeignKeyField('models.ExamAttempt', source_field='attempt_id', db_constraint=True, to_field='id', related_name='questions', on_delete=OnDelete.RESTRICT)),
                ('number', fields.IntField()),
                ('question', fields.ForeignKeyField('models.Question', source_field='question_id', db_constraint=True, to_field='id', related_name='attempt_questions', on_delete=OnDelete.RESTRICT)),
                ('points', fields.DecimalField(max_digits=6, decimal_places=2)),
                ('option_order', fields.JSONField(default=list, encoder=functools.partial(dumps, separators=(',', ':')), decoder=loads)),
                ('answer', fields.JSONField(null=True, encoder=functools.partial(dumps, separators=(',', ':')), decoder=loads)),
                ('answered_at', fields.DatetimeField(null=True, auto_now=False, auto_now_add=False)),
                ('awarded', fields.DecimalField(null=True, max_digits=6, decimal_places=2)),
                ('needs_grading', fields.BooleanField(default=False, db_index=True)),
                ('feedback', fields.TextField(null=True, unique=False)),
                ('graded_by', fields.ForeignKeyField('models.User', source_field='graded_by_id', null=True, db_constraint=True, to_field='id', related_name='graded_answers', on_delete=OnDelete.RESTRICT)),
            ],
            options={'table': 'attempt_question', 'app': 'models', 'unique_together': (('attempt', 'number'), ('attempt', 'question')), 'pk_attr': 'id'},
            bases=['Model'],
        ),
        ops.CreateModel(
            name='PaperItem',
            fields=[
                ('id', fields.IntField(generated=True, primary_key=True, unique=True, db_index=True)),
                ('exam', fields.ForeignKeyField('models.Exam', source_field='exam_id', db_constraint=True, to_field='id', related_name='paper', on_delete=OnDelete.RESTRICT)),
                ('position', fields.IntField()),
                ('question', fields.ForeignKeyField('models.Question', source_field='question_id', null=True, db_constraint=True, to_field='id', related_name='paper_items', on_delete=OnDelete.RESTRICT)),
                ('category', fields.ForeignKeyField('models.QuestionCategory', source_field='category_id', null=True, db_constraint=True, to_field='id', related_name='paper_rules', on_delete=OnDelete.RESTRICT)),
                ('type', fields.CharEnumField(null=True, description='SINGLE_CHOICE: SINGLE_CHOICE\nMULTIPLE_CHOICE: MULTIPLE_CHOICE\nTRUE_FALSE: TRUE_FALSE\nFILL_BLANK: FILL_BLANK\nSHORT_ANSWER: SHORT_ANSWER', enum_type=QuestionType, max_length=16)),
                ('difficulty', fields.IntField(null=True)),
                ('count', fields.IntField(default=1)),
                ('points', fields.DecimalField(max_digits=6, decimal_places=2)),
            ],
            options={'table': 'paper_item', 'app': 'models', 'unique_together': (('exam', 'position'),), 'pk_attr': 'id', 'table_description': 'A fixed question, or a rule drawing `count` questions, with the points each is worth.'},
            bases=['Model'],
        ),
    ]
