"""Database wiring: the Tortoise configuration, migrations, and a printable URL."""

from __future__ import annotations

import os
from typing import Any
from urllib.parse import urlsplit, urlunsplit

import asyncpg
from tortoise import Tortoise
from tortoise.backends.base.config_generator import expand_db_url
from tortoise.migrations.api.migrate import migrate as run_migrations

from settings import DEFAULT_DATABASE_URL

MODEL_MODULES = [
    "models.org",
    "models.assessment",
    "models.audit",
    "models.training",
    "models.exams",
    "models.actions",
    "models.drills",
    "models.drill_reads",
]


def normalize_url(url: str) -> str:
    """Accept the usual spellings and give SQLite a busy timeout for concurrent workers."""
    if url.startswith("postgresql://"):
        url = "postgres://" + url.removeprefix("postgresql://")
    if url.startswith("sqlite://") and "busy_timeout" not in url and ":memory:" not in url:
        url += ("&" if "?" in url else "?") + "busy_timeout=10000"
    return url


class PooledConnection(asyncpg.Connection):
    """A PostgreSQL connection that goes back to the pool without the reset query.

    By default every release sends `SELECT pg_advisory_unlock_all(); CLOSE ALL; UNLISTEN *;
    RESET ALL;`, one more round trip for every statement run outside a transaction (most reads
    here). Lianbing leaves no session state behind: no SET, LISTEN, advisory lock or cursor. The
    pool still rolls back a transaction left open.
    """

    def get_reset_query(self) -> str:
        return ""


def connection_config(url: str) -> str | dict[str, Any]:
    """The Tortoise connection for `url`: PostgreSQL with `PooledConnection` (pool sizes come
    from the URL, `?minsize=1&maxsize=5` are the defaults), SQLite with transactions that take
    the write lock when they begin (see sqlite_backend.py)."""
    url = normalize_url(url)
    if url.startswith("sqlite://") and ":memory:" not in url:
        config = expand_db_url(url)
        config["engine"] = "sqlite_backend"
        return config
    if not url.startswith("postgres://"):
        return url
    config = expand_db_url(url)
    config["credentials"]["connection_class"] = PooledConnection
    return config


def tortoise_config(url: str) -> dict:
    return {
        "connections": {"default": connection_config(url)},
        "apps": {
            "models": {
                "models": MODEL_MODULES,
                "default_connection": "default",
                "migrations": "models.migrations",
            }
        },
        "use_tz": True,
        "timezone": "UTC",
    }


def display_url(url: str) -> str:
    """The URL with its password replaced, fit for logs."""
    parts = urlsplit(url)
    if parts.password:
        netloc = parts.netloc.replace(f":{parts.password}@", ":***@")
        parts = parts._replace(netloc=netloc)
    return urlunsplit(parts)


async def migrate(url: str) -> None:
    """Apply every committed migration that the database has not seen yet."""
    try:
        await run_migrations(config=tortoise_config(url))
    finally:
        await Tortoise.close_connections()


# For the `tortoise` command line (makemigrations, migrate, history): see pyproject.toml.
TORTOISE_ORM = tortoise_config(os.environ.get("DATABASE_URL") or DEFAULT_DATABASE_URL)
