"""The HTTP surface: routes, health, GraphiQL, request limits, and `python server.py` itself."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import httpx
import pytest
import websockets

from database import PooledConnection, display_url, normalize_url, tortoise_config
from models.org import Role
from schema import build_schema
from server import create_app, parse_args
from tests.conftest import PASSWORD, make_user

ROOT = Path(__file__).resolve().parent.parent


async def test_healthz_answers_ok_when_the_database_does(client):
    response = await client.http.get("/healthz")
    assert response.status_code == 200 and response.json() == {"status": "ok"}


async def test_healthz_answers_503_when_the_database_does_not(client, monkeypatch):
    import server

    class Down:
        async def execute_query(self, sql):
            raise ConnectionError("database is down")

    monkeypatch.setattr(server, "get_connection", lambda name: Down())
    assert (await client.http.get("/healthz")).status_code == 503


async def test_queries_work_over_get_but_mutations_do_not(client):
    response = await client.http.get("/graphql", params={"query": "{ me { username } }"})
    assert response.status_code == 200 and response.json() == {"data": {"me": None}}
    assert response.headers["x-request-id"]
    mutation = 'mutation { login(input: {username: "a", password: "b"}) { token } }'
    assert (await client.http.get("/graphql", params={"query": mutation})).status_code >= 400


async def test_graphiql_is_off_unless_asked_for(client, settings):
    page = await client.http.get("/graphql", headers={"accept": "text/html"})
    assert "graphiql" not in page.text.lower()
    demo = create_app(settings.__class__(**{**settings.__dict__, "graphiql": True}))
    transport = httpx.ASGITransport(app=demo)
    async with httpx.AsyncClient(transport=transport, base_url="http://test") as http:
        page = await http.get("/graphql", headers={"accept": "text/html"})
        assert page.status_code == 200 and "graphiql" in page.text.lower()


async def test_bodies_over_one_mebibyte_are_refused(client):
    big = json.dumps({"query": "{ me { username } }", "variables": {"pad": "x" * (1024 * 1024)}})
    response = await client.http.post(
        "/graphql", content=big, headers={"content-type": "application/json"}
    )
    assert response.status_code == 413

    async def chunks():  # no Content-Length: counted as it arrives
        for _ in range(20):
            yield b"x" * 65536

    response = await client.http.post(
        "/graphql", content=chunks(), headers={"content-type": "application/json"}
    )
    assert response.status_code == 413


async def test_depth_alias_and_token_limits(client):
    await make_user("admin", Role.ADMIN)
    await client.login("admin")
    deep = (
        "{ people { edges { node { unit { " + "parent { " * 10 + "name" + " }" * 10 + " } } } } }"
    )
    for _ in range(2):  # the second time from the parse and validation caches: still refused
        assert (
            "exceeds maximum operation depth" in (await client.post(deep))["errors"][0]["message"]
        )
    shallow = "{ people { edges { node { unit { parent { parent { name } } } } } } }"
    assert "errors" not in await client.post(shallow)
    aliases = "{ " + " ".join(f"a{i}: me {{ username }}" for i in range(31)) + " }"
    assert "aliases" in (await client.post(aliases))["errors"][0]["message"]
    tokens = "{ " + " ".join("me { username }" for _ in range(2000)) + " }"
    assert "token" in (await client.post(tokens))["errors"][0]["message"].lower()


async def test_field_suggestions_only_in_demo_or_debug_mode():
    quiet = await build_schema(suggestions=False).execute("{ mee { username } }")
    assert "Did you mean" not in quiet.errors[0].message
    helpful = await build_schema(suggestions=True).execute("{ mee { username } }")
    assert "Did you mean 'me'" in helpful.errors[0].message


def test_urls_are_logged_without_passwords():
    assert (
        display_url("postgres://app:s3cret@db:5432/lianbing")
        == "postgres://app:***@db:5432/lianbing"
    )
    assert display_url("sqlite://lianbing.sqlite3") == "sqlite://lianbing.sqlite3"
    assert normalize_url("postgresql://a@b/c") == "postgres://a@b/c"
    assert normalize_url("sqlite://x.sqlite3") == "sqlite://x.sqlite3?busy_timeout=10000"


def test_postgres_connections_go_back_to_the_pool_without_the_reset_query():
    config = tortoise_config("postgresql://app@db:5432/lianbing?maxsize=20")
    credentials = config["connections"]["default"]["credentials"]
    assert credentials["connection_class"] is PooledConnection
    assert (credentials["database"], credentials["maxsize"]) == ("lianbing", "20")
    assert PooledConnection.get_reset_query(None) == ""


def test_sqlite_files_use_the_backend_whose_transactions_take_the_write_lock():
    sqlite = tortoise_config("sqlite://x.sqlite3")["connections"]["default"]
    assert sqlite["engine"] == "sqlite_backend"
    assert sqlite["credentials"]["file_path"] == "x.sqlite3"


def test_command_line_defaults():
    args = parse_args([])
    assert (args.host, args.port, args.workers, args.demo) == ("127.0.0.1", 8000, 1, False)


def test_production_mode_refuses_to_start_without_a_secret(tmp_path):
    env = {k: v for k, v in os.environ.items() if k != "LIANBING_SECRET"}
    result = subprocess.run(
        [
            sys.executable,
            str(ROOT / "server.py"),
            "--database-url",
            f"sqlite://{tmp_path}/x.sqlite3",
        ],
        env=env,
        capture_output=True,
        text=True,
        timeout=60,
        cwd=tmp_path,
    )
    assert result.returncode != 0 and "LIANBING_SECRET" in result.stderr


@pytest.fixture
def running_server(start_server):
    return start_server()


async def test_server_runs_under_uvicorn_and_authenticates_websockets(running_server):
    base, log_file = running_server
    await make_user("officer", Role.OFFICER)
    async with httpx.AsyncClient(base_url=base) as http:
        login = await http.post(
            "/graphql",
            json={
                "query": (
                    f'mutation {{ login(input: {{username: "officer", password: "{PASSWORD}"}}) {{ token }} }}'
                )
            },
        )
        token = login.json()["data"]["login"]["token"]
        me = await http.post(
            "/graphql",
            json={"query": "{ me { username } }"},
            headers={"Authorization": f"Bearer {token}"},
        )
        assert me.json() == {"data": {"me": {"username": "officer"}}}
    log = log_file.read_text()
    assert "listening on http://127.0.0.1" in log and "database:" in log

    ws_url = base.replace("http", "ws") + "/graphql"
    async with websockets.connect(ws_url, subprotocols=["graphql-transport-ws"]) as ws:
        await ws.send(
            json.dumps({"type": "connection_init", "payload": {"authorization": f"Bearer {token}"}})
        )
        assert json.loads(await ws.recv())["type"] == "connection_ack"
        await ws.send(
            json.dumps(
                {"id": "1", "type": "subscribe", "payload": {"query": "{ me { username } }"}}
            )
        )
        message = json.loads(await ws.recv())
        assert message["payload"] == {"data": {"me": {"username": "officer"}}}

    async with websockets.connect(ws_url, subprotocols=["graphql-transport-ws"]) as ws:
        await ws.send(
            json.dumps({"type": "connection_init", "payload": {"authorization": "Bearer forged"}})
        )
        with pytest.raises(websockets.ConnectionClosed) as closed:
            await ws.recv()
        assert closed.value.rcvd.code == 4403
