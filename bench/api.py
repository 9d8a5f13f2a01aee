"""Benchmark of the GraphQL API: throughput and latency of common reads, and SQL per request.

    python bench/api.py                                   # a fresh SQLite file in a temp dir
    python bench/api.py --database-url postgres://postgres@127.0.0.1:5432/test --fresh-db

Seeds the demo county with --people persons, runs `server.py` with --workers workers, fires
--requests requests of each operation at it with --concurrency in flight, and prints requests/s
and latency percentiles. Then counts SQL statements per request in-process. Prints figures only.
"""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import logging
import os
import secrets
import shutil
import socket
import statistics
import subprocess
import sys
import tempfile
import time
import uuid
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit, urlunsplit

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

import asyncpg
import httpx

from seed.demo import DEMO_PASSWORD
from seed.demo import run as seed_run
from server import create_app
from settings import Settings

LOGIN = "mutation($input: LoginInput!) { login(input: $input) { token userErrors { code } } }"
PEOPLE = (  # the people page, and with $search the people search
    "query($first: Int, $search: String) { people(first: $first, search: $search) "
    "{ edges { node { name badgeNumber unit { name parent { name } } } } } }"
)
NODE = "query($id: ID!) { node(id: $id) { ... on Person { name badgeNumber unit { name } } } }"
ME = "{ me { username } }"
IDS = "{ people(first: 100) { edges { node { id } } } }"
SURNAME = "张"
ROOT = Path(__file__).resolve().parent.parent


class QueryCounter(logging.Handler):
    """Counts the SQL statements Tortoise sends while it is attached (as tests/conftest.py)."""

    def __init__(self) -> None:
        super().__init__(logging.DEBUG)
        self.count = 0

    def emit(self, record: logging.LogRecord) -> None:
        word = record.getMessage().lstrip().split(" ", 1)[0].upper()
        if word in {"SELECT", "INSERT", "UPDATE", "DELETE", "WITH"}:
            self.count += 1

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


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


async def gql(
    http: httpx.AsyncClient, query: str, variables: dict[str, Any], token: str | None
) -> dict[str, Any]:
    headers = {"Authorization": f"Bearer {token}"} if token else {}
    response = await http.post(
        "/graphql", json={"query": query, "variables": variables}, headers=headers
    )
    if response.status_code != 200:
        raise RuntimeError(f"HTTP {response.status_code}: {response.text[:300]}")
    body = response.json()
    if body.get("errors"):
        raise RuntimeError(f"GraphQL errors: {body['errors']}")
    return body["data"]


async def wait_healthy(http: httpx.AsyncClient, server: subprocess.Popen) -> bool:
    deadline = time.monotonic() + 30
    while time.monotonic() < deadline and server.poll() is None:
        with contextlib.suppress(httpx.TransportError):
            if (await http.get("/healthz", timeout=2)).status_code == 200:
                return True
        await asyncio.sleep(0.2)
    return False


async def load(
    http: httpx.AsyncClient, requests: int, concurrency: int, send: Any
) -> tuple[float, list[float], int]:
    """Run `send(i)` for i in range(requests), at most `concurrency` at once.
    Returns (requests/s, latencies in ms, errors)."""
    gate = asyncio.Semaphore(concurrency)
    latencies: list[float] = []
    errors: list[str] = []

    async def one(i: int) -> None:
        async with gate:
            started = time.perf_counter()
            try:
                await send(i)
            except (RuntimeError, httpx.HTTPError) as error:
                errors.append(str(error))
            latencies.append((time.perf_counter() - started) * 1000)

    started = time.perf_counter()
    await asyncio.gather(*(one(i) for i in range(requests)))
    elapsed = time.perf_counter() - started
    for error in sorted(set(errors))[:3]:
        print(f"  error: {error[:300]}", file=sys.stderr)
    return requests / elapsed, latencies, len(errors)


async def run_load(args: argparse.Namespace, base_url: str, server: subprocess.Popen) -> str | None:
    """The load test; returns the admin's token, or None if the server never became healthy."""
    limits = httpx.Limits(max_connections=args.concurrency)
    client = httpx.AsyncClient(base_url=base_url, limits=limits, timeout=30, trust_env=False)
    async with client as http:
        if not await wait_healthy(http, server):
            return None
        login = {"input": {"username": "admin", "password": DEMO_PASSWORD}}
        data = await gql(http, LOGIN, login, None)
        token = data["login"]["token"]
        if not token:
            raise SystemExit(f"login failed: {data}")
        edges = (await gql(http, IDS, {}, token))["people"]["edges"]
        ids = [edge["node"]["id"] for edge in edges]
        operations = {
            "me": (ME, lambda i: {}),
            "people page": (PEOPLE, lambda i: {"first": 50}),
            "people search": (PEOPLE, lambda i: {"first": 20, "search": SURNAME}),
            "node": (NODE, lambda i: {"id": ids[i % len(ids)]}),
        }
        print(
            f"\n{'operation':<15}{'req/s':>9}{'p50 ms':>9}{'p95 ms':>9}{'p99 ms':>9}{'errors':>8}"
        )
        for name, (query, variables) in operations.items():

            async def send(i: int, query: str = query, variables: Any = variables) -> None:
                await gql(http, query, variables(i), token)

            await load(http, min(args.concurrency * 2, args.requests), args.concurrency, send)
            rate, latencies, errors = await load(http, args.requests, args.concurrency, send)
            cuts = statistics.quantiles(latencies, n=100, method="inclusive")
            p50, p95, p99 = cuts[49], cuts[94], cuts[98]
            print(f"{name:<15}{rate:>9.1f}{p50:>9.1f}{p95:>9.1f}{p99:>9.1f}{errors:>8}")
        return token


async def count_queries(url: str, secret: str, token: str) -> None:
    options = {"demo": False, "graphiql": False, "debug": False, "redis_url": None}
    settings = Settings(url, secret, token_hours=12, password_hash_profile="default", **options)
    app = create_app(settings)
    async with app.router.lifespan_context(app):
        transport = httpx.ASGITransport(app=app)
        async with httpx.AsyncClient(transport=transport, base_url="http://bench") as http:
            ids = [e["node"]["id"] for e in (await gql(http, IDS, {}, token))["people"]["edges"]]
            cases = [
                ("me", ME, {}),
                ("people page first=5", PEOPLE, {"first": 5}),
                ("people page first=100", PEOPLE, {"first": 100}),
                ("people search first=20", PEOPLE, {"first": 20, "search": SURNAME}),
                ("node", NODE, {"id": ids[0]}),
            ]
            counts: dict[str, int] = {}
            for name, query, variables in cases:
                with QueryCounter() as counter:
                    await gql(http, query, variables, token)
                counts[name] = counter.count
    print(f"\n{'SQL statements per request':<28}{'queries':>8}")
    for name, count in counts.items():
        print(f"{name:<28}{count:>8}")
    few, many = counts["people page first=5"], counts["people page first=100"]
    print(f"people page first=5: {few} queries; first=100: {many} queries")


async def postgres(server_url: str, sql: str) -> None:
    admin = await asyncpg.connect("postgresql://" + server_url.split("://", 1)[1])
    try:
        await admin.execute(sql)
    finally:
        await admin.close()


def stop(server: subprocess.Popen) -> None:
    server.terminate()
    try:
        server.wait(timeout=30)
    except subprocess.TimeoutExpired:
        server.kill()
        server.wait(timeout=10)


def main(args: argparse.Namespace) -> None:
    folder = Path(tempfile.mkdtemp(prefix="lianbing_bench_"))
    url = args.database_url or f"sqlite://{folder / 'bench.sqlite3'}"
    fresh: str | None = None
    server: subprocess.Popen | None = None
    try:
        if args.fresh_db:
            if not url.startswith(("postgres://", "postgresql://")):
                raise SystemExit("--fresh-db needs a postgres:// --database-url")
            fresh = f"lianbing_bench_{uuid.uuid4().hex[:12]}"
            asyncio.run(postgres(url, f'CREATE DATABASE "{fresh}"'))
            url = urlunsplit(urlsplit(url)._replace(path=f"/{fresh}"))
        started = time.perf_counter()
        summary = asyncio.run(seed_run(url, people=args.people, seed=1, demo=True))
        seconds = time.perf_counter() - started
        units, people = summary["units"], summary["people"]
        print(f"{url.split(':')[0]}: seeded {units} units, {people} people in {seconds:.1f} s")
        port = args.port or free_port()
        secret = secrets.token_urlsafe(36)  # 48 characters
        log = folder / "server.log"
        command = [sys.executable, "server.py", "--port", str(port), "--database-url", url]
        command += ["--workers", str(args.workers)]
        env = {**os.environ, "LIANBING_SECRET": secret}
        with log.open("wb") as out:
            server = subprocess.Popen(command, cwd=ROOT, env=env, stdout=out, stderr=out)
        print(
            f"{args.workers} worker(s), {args.requests} requests each, {args.concurrency} at once"
        )
        token = asyncio.run(run_load(args, f"http://127.0.0.1:{port}", server))
        stop(server)
        if token is None:
            raise SystemExit(f"server did not become healthy; its log:\n{log.read_text()}")
        problems = [line for line in log.read_text().splitlines() if " ERROR " in line]
        if problems:
            print(f"\nserver logged {len(problems)} ERROR line(s), e.g.: {problems[0][:300]}")
        asyncio.run(count_queries(url, secret, token))
    finally:
        if server is not None and server.poll() is None:
            stop(server)
        if fresh is not None:
            drop = f'DROP DATABASE IF EXISTS "{fresh}" WITH (FORCE)'
            asyncio.run(postgres(args.database_url, drop))
        shutil.rmtree(folder, ignore_errors=True)


def parse_args(argv: list[str]) -> argparse.Namespace:
    parser = argparse.ArgumentParser(prog="bench/api.py", description=__doc__.splitlines()[0])
    parser.add_argument("--database-url", help="default: a fresh SQLite file in a temp dir")
    fresh = "create lianbing_bench_<random> on that PostgreSQL server, drop it at the end"
    parser.add_argument("--fresh-db", action="store_true", help=fresh)
    parser.add_argument("--people", type=int, default=5000)
    parser.add_argument("--requests", type=int, default=2000, help="per operation")
    parser.add_argument("--concurrency", type=int, default=20)
    parser.add_argument("--workers", type=int, default=2)
    parser.add_argument("--port", type=int, help="default: a free port")
    return parser.parse_args(argv)


if __name__ == "__main__":
    main(parse_args(sys.argv[1:]))
