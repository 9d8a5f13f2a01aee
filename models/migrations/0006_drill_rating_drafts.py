from tortoise import migrations
from tortoise.migrations import operations as ops
from tortoise import fields

class Migration(migrations.Migration):
    dependencies = [('models', '0005_drills')]

    initial = False

    operations = [
        ops.AddField(
            model_name='DrillRating',
            name='draft',
            field=fields.BooleanField(default=False),
        ),
    ]
