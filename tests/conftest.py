"""Test set-up: a fresh database per test run (SQLite by default, PostgreSQL when
TEST_DATABASE_URL is set), migrated once, emptied before every test, dropped at the end."""

from __future__ import annotations

import logging
import os
import socket
import subprocess
import sys
import tempfile
import time
import uuid
from collections.abc import AsyncIterator, Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit, urlunsplit

os.environ.setdefault("LIANBING_PASSWORD_HASH", "cheap")  # argon2 at its cheapest: tests only
os.environ.setdefault("LIANBING_SECRET", "test-secret-" + uuid.uuid4().hex)
# Servers started by this run hear only this run's events on a Redis that others use too.
os.environ.setdefault("LIANBING_REDIS_PREFIX", f"lianbing-test-{uuid.uuid4().hex[:8]}:")

import asyncpg
import httpx
import pytest
from tortoise.connection import get_connection
from tortoise.contrib.test import truncate_all_models

from database import migrate
from models import attempts, clock, org
from models.assessment import LEDGER_GUARDS
from models.clock import LOCAL
from models.org import PersonCategory, Role, UnitKind
from server import create_app
from settings import Settings

PASSWORD = "correct-horse-9"


def _with_database(url: str, name: str) -> str:
    return urlunsplit(urlsplit(url)._replace(path=f"/{name}"))


def _asyncpg_dsn(url: str) -> str:
    return "postgresql://" + url.split("://", 1)[1]


@pytest.fixture(scope="session")
async def database_url() -> AsyncIterator[str]:
    server_url = os.environ.get("TEST_DATABASE_URL")
    if not server_url:
        with tempfile.TemporaryDirectory() as folder:
            yield f"sqlite://{Path(folder) / 'test.sqlite3'}"
        return
    name = f"lianbing_test_{uuid.uuid4().hex[:12]}"
    admin = await asyncpg.connect(_asyncpg_dsn(server_url))
    try:
        await admin.execute(f'CREATE DATABASE "{name}"')
        yield _with_database(server_url, name)
        await admin.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
    finally:
        await admin.close()


@pytest.fixture(scope="session")
def settings(database_url: str) -> Settings:
    return Settings(
        database_url=database_url,
        secret=os.environ["LIANBING_SECRET"],
        demo=False,
        graphiql=False,
        debug=False,
        token_hours=12,
        redis_url=None,
        password_hash_profile="cheap",
    )


@pytest.fixture(scope="session")
async def app(settings: Settings) -> AsyncIterator[Any]:
    await migrate(settings.database_url)
    application = create_app(settings)
    async with application.router.lifespan_context(application):
        yield application


async def empty_database() -> None:
    """Empty every table. On SQLite the ledger's no-DELETE trigger steps aside meanwhile
    (PostgreSQL's TRUNCATE does not fire row triggers). The app's cache of published exams
    goes too: the next test's exam may reuse an ID."""
    attempts.forget_published()
    connection = get_connection("default")
    if connection.capabilities.dialect != "sqlite":
        await truncate_all_models()
        return
    no_delete = next(sql for sql in LEDGER_GUARDS["sqlite"] if "append_only_delete" in sql)
    await connection.execute_script("DROP TRIGGER score_event_append_only_delete")
    try:
        await truncate_all_models()
    finally:
        await connection.execute_script(no_delete)


@pytest.fixture(autouse=True)
async def clean_database(app: Any) -> None:
    await empty_database()


@pytest.fixture
def is_postgres(database_url: str) -> bool:
    return database_url.startswith("postgres")


class Client:
    """A GraphQL client against the ASGI app, as the frontend uses it."""

    def __init__(self, http: httpx.AsyncClient) -> None:
        self.http = http
        self.token: str | None = None

    async def post(self, query: str, variables: dict | None = None, **kwargs: Any) -> dict:
        headers = {"Authorization": f"Bearer {self.token}"} if self.token else {}
        headers |= kwargs.pop("headers", {})
        response = await self.http.post(
            "/graphql", json={"query": query, "variables": variables or {}}, headers=headers
        )
        assert response.status_code == 200, response.text
        return response.json()

    async def data(self, query: str, variables: dict | None = None) -> dict:
        """The data of a query that must succeed."""
        body = await self.post(query, variables)
        assert "errors" not in body, body["errors"]
        return body["data"]

    async def mutate(self, query: str, input: dict) -> dict:
        """The payload of a one-mutation document, asserting it had no userErrors."""
        data = await self.data(query, {"input": input})
        payload = next(iter(data.values()))
        assert payload["userErrors"] == [], payload["userErrors"]
        return payload

    async def error_codes(self, query: str, variables: dict | None = None) -> list[str]:
        body = await self.post(query, variables)
        return [error.get("extensions", {}).get("code") for error in body.get("errors", [])]

    async def login(self, username: str, password: str = PASSWORD) -> Client:
        payload = await self.mutate(
            "mutation($input: LoginInput!) { login(input: $input) { token userErrors { code } } }",
            {"username": username, "password": password},
        )
        self.token = payload["token"]
        return self


@pytest.fixture
async def client(app: Any) -> AsyncIterator[Client]:
    transport = httpx.ASGITransport(app=app)
    async with httpx.AsyncClient(transport=transport, base_url="http://test") as http:
        yield Client(http)


@pytest.fixture
def new_client(app: Any) -> Iterator[Any]:
    """Make more clients (another user, another device) in one test."""
    opened: list[httpx.AsyncClient] = []

    def make() -> Client:
        http = httpx.AsyncClient(transport=httpx.ASGITransport(app=app), base_url="http://test")
        opened.append(http)
        return Client(http)

    yield make


# --- data builders -------------------------------------------------------------------------


async def make_unit(
    name: str | None = None, kind: UnitKind = UnitKind.COUNTY_DEPARTMENT, parent=None
):
    return await org.create_unit(
        name=name or f"单位{uuid.uuid4().hex[:6]}",
        kind=kind,
        parent_id=parent.id if parent else None,
    )


async def make_person(
    unit=None,
    name: str = "张三",
    category: PersonCategory = PersonCategory.ENFORCEMENT_OFFICER,
    **kw,
):
    unit = unit or await make_unit()
    return await org.create_person(name=name, unit_id=unit.id, category=category, **kw)


async def make_user(username: str, *roles: Role, person=None, password: str = PASSWORD, **kw):
    return await org.create_user(
        username=username,
        password=password,
        roles=list(roles) or [Role.OFFICER],
        person_id=person.id if person else None,
        **kw,
    )


class Clock:
    """Moves the domain's clock (models.clock.now) instead of sleeping."""

    def __init__(self, monkeypatch: pytest.MonkeyPatch) -> None:
        self.moment = datetime(2026, 3, 2, 8, 0, tzinfo=LOCAL).astimezone(UTC)  # a Monday
        monkeypatch.setattr(clock, "now", lambda: self.moment)

    def set(self, moment: datetime) -> None:
        self.moment = clock.utc(moment)  # naive: the county's wall clock

    def advance(self, **delta: float) -> None:
        self.moment += timedelta(**delta)


@pytest.fixture
def clock_at(monkeypatch: pytest.MonkeyPatch) -> Clock:
    return Clock(monkeypatch)


class QueryCounter(logging.Handler):
    """Counts the SQL statements Tortoise sends while it is attached."""

    def __init__(self) -> None:
        super().__init__(logging.DEBUG)
        self.statements: list[str] = []

    def emit(self, record: logging.LogRecord) -> None:
        message = record.getMessage().lstrip()
        if message.split(" ", 1)[0].upper() in {"SELECT", "INSERT", "UPDATE", "DELETE", "WITH"}:
            self.statements.append(message)

    def __enter__(self) -> QueryCounter:
        logger = logging.getLogger("tortoise.db_client")
        self._level = logger.level
        logger.setLevel(logging.DEBUG)
        logger.addHandler(self)
        return self

    def __exit__(self, *exc: object) -> None:
        logger = logging.getLogger("tortoise.db_client")
        logger.removeHandler(self)
        logger.setLevel(self._level)

    @property
    def count(self) -> int:
        return len(self.statements)


# --- real server processes -----------------------------------------------------------------

ROOT = Path(__file__).resolve().parent.parent


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


@pytest.fixture
def start_server(database_url: str, tmp_path: Path) -> Iterator[Any]:
    """Start `python server.py` as an operator does, on the test database; stopped after the
    test. Returns (base URL, log file)."""
    processes: list[subprocess.Popen] = []

    def start(**env: str) -> tuple[str, Path]:
        port = free_port()
        log_file = tmp_path / f"server-{port}.log"
        with log_file.open("w") as log:
            process = subprocess.Popen(
                [
                    sys.executable,
                    str(ROOT / "server.py"),
                    "--port",
                    str(port),
                    "--database-url",
                    database_url,
                ],
                stdout=log,
                stderr=subprocess.STDOUT,
                cwd=tmp_path,
                env={**os.environ, **env},
            )
        processes.append(process)
        base = f"http://127.0.0.1:{port}"
        for _ in range(300):
            try:
                if httpx.get(f"{base}/healthz").status_code == 200:
                    return base, log_file
            except httpx.TransportError:
                time.sleep(0.1)
        pytest.fail("server did not start:\n" + log_file.read_text())

    yield start
    for process in processes:
        process.terminate()
    for process in processes:
        process.wait(timeout=20)
