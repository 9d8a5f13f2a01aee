"""The worker process: garbage collection, the JSON of the answers, and /healthz while heavy
requests execute."""

from __future__ import annotations

import asyncio
import dataclasses
import gc

import httpx
import pytest

from models.org import Role
from schema.view import LianbingGraphQL, encode_json_bytes
from server import create_app
from settings import Settings
from tests.conftest import make_person, make_unit, make_user


def test_gc_settings_come_from_the_environment(monkeypatch):
    monkeypatch.setenv("LIANBING_GC_THRESHOLD", "12345")
    monkeypatch.setenv("LIANBING_GC_FREEZE", "0")
    monkeypatch.setenv("LIANBING_GRAPHQL_CONCURRENCY", "7")
    settings = Settings.from_env()
    assert (settings.gc_threshold, settings.gc_freeze, settings.graphql_concurrency) == (
        12345,
        False,
        7,
    )
    for name in ("LIANBING_GC_THRESHOLD", "LIANBING_GC_FREEZE", "LIANBING_GRAPHQL_CONCURRENCY"):
        monkeypatch.delenv(name)
    settings = Settings.from_env()
    assert (settings.gc_threshold, settings.gc_freeze, settings.graphql_concurrency) == (
        50_000,
        True,
        4,
    )


async def test_start_up_freezes_what_it_built_and_sets_the_threshold(client, settings):
    # The session's app has started (conftest's `app`): its lifespan tuned this process.
    assert (await client.http.get("/healthz")).status_code == 200
    assert gc.get_threshold()[0] == settings.gc_threshold
    assert gc.get_freeze_count() > 0


async def test_answers_are_utf8_with_chinese_as_it_is(client):
    unit = await make_unit("高村镇综合行政执法大队")
    await make_person(unit, name="王小明")
    await make_user("admin", Role.ADMIN)
    await client.login("admin")
    response = await client.http.post(
        "/graphql",
        json={"query": '{ people(search: "王") { edges { node { name unit { name } } } } }'},
        headers={"Authorization": f"Bearer {client.token}"},
    )
    assert response.status_code == 200
    assert response.headers["content-type"] == "application/json"
    assert "王小明".encode() in response.content
    assert "高村镇综合行政执法大队".encode() in response.content
    assert b"\\u" not in response.content
    [edge] = response.json()["data"]["people"]["edges"]
    assert edge["node"] == {"name": "王小明", "unit": {"name": "高村镇综合行政执法大队"}}


async def test_errors_are_utf8_too(client):
    response = await client.http.post("/graphql", json={"query": '{ node(id: "不是ID") { id } }'})
    assert response.status_code == 200
    assert b"\\u" not in response.content


def test_what_orjson_refuses_is_encoded_as_before():
    assert (
        encode_json_bytes({"n": 2**70, "名": "张"})
        == '{"n":1180591620717411303424,"名":"张"}'.encode()
    )


@pytest.fixture
def held(monkeypatch):
    """GraphQL requests marked `x-hold` keep executing (working, and giving the loop turns)
    until released: `held.executing` counts them, `held.started` is set when the first runs."""

    class Held:
        executing = 0
        most = 0
        started = asyncio.Event()
        release = asyncio.Event()

    original = LianbingGraphQL.get_context

    async def get_context(self, request, response):
        context = await original(self, request, response)
        if request.headers.get("x-hold"):
            Held.executing += 1
            Held.most = max(Held.most, Held.executing)
            Held.started.set()
            try:
                while not Held.release.is_set():
                    sum(range(10_000))  # CPU work, then a turn for the others
                    await asyncio.sleep(0)
            finally:
                Held.executing -= 1
        return context

    monkeypatch.setattr(LianbingGraphQL, "get_context", get_context)
    return Held


async def test_healthz_answers_while_heavy_requests_execute(app, settings, held):
    limit = settings.graphql_concurrency
    transport = httpx.ASGITransport(app=app)
    async with httpx.AsyncClient(transport=transport, base_url="http://test") as http:
        heavy = [
            asyncio.create_task(
                http.post("/graphql", json={"query": "{ __typename }"}, headers={"x-hold": "1"})
            )
            for _ in range(3 * limit)
        ]
        await held.started.wait()
        health = await http.get("/healthz")
        assert health.status_code == 200
        assert not any(task.done() for task in heavy)
        # The others wait for a slot: the loop is not shared by all of them at once.
        assert held.executing == limit
        held.release.set()
        answers = await asyncio.gather(*heavy)
    assert [answer.json() for answer in answers] == [{"data": {"__typename": "Query"}}] * (
        3 * limit
    )
    assert held.most == limit


async def test_no_bound_when_the_concurrency_is_zero(app, settings, held):
    unbounded = create_app(dataclasses.replace(settings, graphql_concurrency=0))
    transport = httpx.ASGITransport(app=unbounded)
    async with httpx.AsyncClient(transport=transport, base_url="http://test") as http:
        heavy = [
            asyncio.create_task(
                http.post("/graphql", json={"query": "{ __typename }"}, headers={"x-hold": "1"})
            )
            for _ in range(6)
        ]
        for _ in range(10_000):  # turns of the loop, not time
            if held.executing == 6:
                break
            await asyncio.sleep(0)
        executing = held.executing
        held.release.set()
        await asyncio.gather(*heavy)
    assert executing == 6
