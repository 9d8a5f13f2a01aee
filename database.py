"""Database wiring: the Tortoise configuration, migrations, and a printable URL."""

from __future__ import annotations

import os
from urllib.parse import urlsplit, urlunsplit

from tortoise import Tortoise
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
]


def normalize_url(url: str) -> str:
    """Accept the usual spellings and give SQLite a busy timeout for concurrent workers."""
    if url.startswith("postgresql://"):
        url = "postgres://" + url.removeprefix("postgresql://")
    if url.startswith("sqlite://") and "busy_timeout" not in url and ":memory:" not in url:
        url += ("&" if "?" in url else "?") + "busy_timeout=10000"
    return url


def tortoise_config(url: str) -> dict:
    return {
        "connections": {"default": normalize_url(url)},
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
