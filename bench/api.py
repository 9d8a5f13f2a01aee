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
import statistics
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

import httpx

from bench.common import QueryCounter, Server, demo_database
from seed.demo import DEMO_PASSWORD
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


async def run_load(args: argparse.Namespace, server: Server) -> str | None:
    """The load test; returns the admin's token, or None if the server never became healthy."""
    if not await server.healthy():
        return None
    limits = httpx.Limits(max_connections=args.concurrency)
    client = httpx.AsyncClient(base_url=server.url, limits=limits, timeout=30, trust_env=False)
    async with client as http:
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


def main(args: argparse.Namespace) -> None:
    with contextlib.ExitStack() as stack:
        folder = Path(stack.enter_context(tempfile.TemporaryDirectory(prefix="lianbing_bench_")))
        url = demo_database(stack, args, folder)
        server = Server.start(url, args.workers, folder / "server.log", args.port)
        stack.callback(server.stop)
        print(
            f"{args.workers} worker(s), {args.requests} requests each, {args.concurrency} at once"
        )
        token = asyncio.run(run_load(args, server))
        server.stop()
        if token is None:
            raise SystemExit(f"server did not become healthy; its log:\n{server.log.read_text()}")
        problems = server.log_lines(" ERROR ")
        if problems:
            print(f"\nserver logged {len(problems)} ERROR line(s), e.g.: {problems[0][:300]}")
        asyncio.run(count_queries(url, server.secret, token))


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
