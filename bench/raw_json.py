"""The floor of bench/sidebyside.py: a Starlette app that answers each of its reads with one
hand-written SQL statement, PostgreSQL building the whole JSON answer (`json_agg`).

    RAW_DATABASE_URL=postgres://... uvicorn bench.raw_json:app --workers 2

`POST /<read>` (any body: it is read and parsed as JSON, as a GraphQL server would) answers the
same JSON, in the same shape, as Lianbing's GraphQL answer to that read in bench/sidebyside.py.
No authentication, no GraphQL: what is left is HTTP, one round trip to the database and the
JSON that PostgreSQL builds.
"""

from __future__ import annotations

import contextlib
import json
import os
from collections.abc import AsyncIterator

import asyncpg
from starlette.applications import Starlette
from starlette.requests import Request
from starlette.responses import Response
from starlette.routing import Route


def _answer(field: str, rows: str, order: str) -> str:
    """`{"data": {field: {"edges": [{"node": row}, ...]}}}` from the json `rows` of the FROM."""
    edges = f"COALESCE(json_agg(json_build_object('node', {rows}) ORDER BY {order}), '[]')"
    answer = f"json_build_object('{field}', json_build_object('edges', {edges}))"
    return f"json_build_object('data', {answer})"


PERSON = "json_build_object('name', p.name, 'unit', json_build_object('name', u.name))"

PEOPLE = f"""
SELECT {_answer("people", PERSON, "p.id")}
FROM (SELECT id, name, unit_id FROM person WHERE active ORDER BY id LIMIT 20) p
JOIN unit u ON u.id = p.unit_id
"""

ROSTER = "json_build_object('title', s.title, 'attendance', json_build_object('edges', r.edges))"


def sessions(first: int) -> str:
    """The first `first` sessions by ID, each with the first 100 rows of its roster by ID."""
    return f"""
SELECT {_answer("trainingSessions", ROSTER, "s.id")}
FROM (SELECT id, title FROM training_session ORDER BY id LIMIT {first}) s
CROSS JOIN LATERAL (
  SELECT COALESCE(json_agg(json_build_object('node', json_build_object(
           'status', a.status, 'person', {PERSON}
         )) ORDER BY a.id), '[]') AS edges
  FROM (
    SELECT id, status, person_id FROM attendance WHERE session_id = s.id ORDER BY id LIMIT 100
  ) a
  JOIN person p ON p.id = a.person_id
  JOIN unit u ON u.id = p.unit_id
) r
"""


EXAMS = f"""
SELECT {_answer("exams", "json_build_object('title', e.title, 'paper', r.paper)", "e.id")}
FROM (SELECT id, title FROM exam ORDER BY id LIMIT 10) e
CROSS JOIN LATERAL (
  SELECT COALESCE(json_agg(json_build_object(
           'category', c.path, 'type', COALESCE(q.type, i.type),
           'count', i.count, 'points', i.points
         ) ORDER BY i.position), '[]') AS paper
  FROM paper_item i
  LEFT JOIN question q ON q.id = i.question_id
  JOIN question_category c ON c.id = COALESCE(q.category_id, i.category_id)
  WHERE i.exam_id = e.id
) r
"""

DRILLS = f"""
SELECT {_answer("drills", "json_build_object('title', d.title, 'participants', r.ps)", "d.id")}
FROM (SELECT id, title FROM drill ORDER BY id LIMIT 10) d
CROSS JOIN LATERAL (
  SELECT COALESCE(json_agg(json_build_object(
           'role', dp.role, 'unit', json_build_object('name', u.name)
         ) ORDER BY dp.id), '[]') AS ps
  FROM drill_participant dp
  JOIN unit u ON u.id = dp.unit_id
  WHERE dp.drill_id = d.id
) r
"""

ACTION = """json_build_object(
  'title', a.title, 'status', a.status, 'dueDate', a.due_date,
  'ownerUnit', json_build_object('name', u.name),
  'assignee', CASE WHEN p.id IS NULL THEN NULL ELSE json_build_object('name', p.name) END
)"""

ACTIONS = f"""
SELECT {_answer("actionItems", ACTION, "a.id")}
FROM (SELECT * FROM action_item ORDER BY id LIMIT 20) a
JOIN unit u ON u.id = a.owner_unit_id
LEFT JOIN person p ON p.id = a.assignee_id
"""

EVENT = """json_build_object(
  'points', e.points, 'reason', e.reason,
  'person', CASE WHEN p.id IS NULL THEN NULL ELSE json_build_object('name', p.name) END,
  'unit', CASE WHEN u.id IS NULL THEN NULL ELSE json_build_object('name', u.name) END
)"""

# The feed's order is (txid, id). Lianbing also holds back events of transactions that may still
# commit below the last one shown; with nothing writing, as here, that hides nothing.
LEDGER = f"""
SELECT {_answer("scoreEvents", EVENT, "e.txid, e.id")}
FROM (SELECT * FROM score_event ORDER BY txid, id LIMIT 50) e
LEFT JOIN person p ON p.id = e.person_id
LEFT JOIN unit u ON u.id = e.unit_id
"""

SQL = {
    "people": PEOPLE,
    "sessions5": sessions(5),
    "sessions50": sessions(50),
    "exams": EXAMS,
    "drills": DRILLS,
    "actions": ACTIONS,
    "ledger": LEDGER,
}


@contextlib.asynccontextmanager
async def lifespan(app: Starlette) -> AsyncIterator[None]:
    url = os.environ["RAW_DATABASE_URL"]
    url = "postgresql://" + url.split("://", 1)[1]
    app.state.pool = await asyncpg.create_pool(url, min_size=1, max_size=10)
    try:
        yield
    finally:
        await app.state.pool.close()


async def read(request: Request) -> Response:
    sql = SQL.get(request.path_params["name"])
    if sql is None:
        return Response(status_code=404)
    json.loads(await request.body() or b"{}")
    async with request.app.state.pool.acquire() as connection:
        text = await connection.fetchval(sql)
    return Response(text, media_type="application/json")


async def healthz(request: Request) -> Response:
    return Response("ok")


app = Starlette(
    routes=[Route("/healthz", healthz), Route("/{name}", read, methods=["POST"])],
    lifespan=lifespan,
)
