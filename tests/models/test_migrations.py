"""Every model change comes with a committed migration."""

from tortoise import Tortoise
from tortoise.connection import get_connection
from tortoise.migrations.autodetector import MigrationAutodetector

from database import tortoise_config


async def test_models_match_the_committed_migrations(database_url):
    apps = tortoise_config(database_url)["apps"]
    detector = MigrationAutodetector(Tortoise.apps, apps)
    changes = await detector.changes()
    assert changes == [], "run: tortoise makemigrations"


UNINDEXED_FOREIGN_KEYS = {
    "postgres": """
        SELECT c.conrelid::regclass::text AS "table", a.attname AS "column"
        FROM pg_constraint c
        JOIN pg_attribute a ON a.attrelid = c.conrelid AND a.attnum = c.conkey[1]
        WHERE c.contype = 'f' AND NOT EXISTS (
            SELECT 1 FROM pg_index i WHERE i.indrelid = c.conrelid AND i.indkey[0] = c.conkey[1]
        )""",
    "sqlite": """
        SELECT m.name AS "table", f."from" AS "column"
        FROM sqlite_master m, pragma_foreign_key_list(m.name) f
        WHERE m.type = 'table' AND NOT EXISTS (
            SELECT 1 FROM pragma_index_list(m.name) i, pragma_index_info(i.name) c
            WHERE c.seqno = 0 AND c.name = f."from"
        )""",
}


async def test_every_foreign_key_has_an_index(app):
    """A filter, a join or the check on deleting a referenced row all look rows up by the key."""
    connection = get_connection("default")
    query = UNINDEXED_FOREIGN_KEYS[connection.capabilities.dialect]
    rows = await connection.execute_query_dict(query)
    assert sorted(f"{r['table']}.{r['column']}" for r in rows) == []
