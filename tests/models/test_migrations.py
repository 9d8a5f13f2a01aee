"""Every model change comes with a committed migration."""

from tortoise import Tortoise
from tortoise.migrations.autodetector import MigrationAutodetector

from database import tortoise_config


async def test_models_match_the_committed_migrations(database_url):
    apps = tortoise_config(database_url)["apps"]
    detector = MigrationAutodetector(Tortoise.apps, apps)
    changes = await detector.changes()
    assert changes == [], "run: tortoise makemigrations"
