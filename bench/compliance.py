"""Benchmark of training compliance: a county of --people people with a year of sessions.

    python bench/compliance.py --database-url postgres://postgres@127.0.0.1:5432/test --fresh-db
    python bench/compliance.py                            # a fresh SQLite file in a temp dir

Seeds the demo county with --people persons and the demo training year (weekly lectures,
monthly trainings, political and professional sessions, their rosters and marks), then times
`trainingCompliance(year)` for the whole county and for one township, --repeat times each, in
process through the GraphQL endpoint, and the domain function alone. Prints figures only.
"""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import statistics
import sys
import tempfile
import time
import uuid
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

import httpx

from bench.common import QueryCounter, demo_database
from models import clock, org, quotas, training
from models.org import UnitKind
from schema.ids import global_id
from seed.demo import DEMO_PASSWORD
from server import create_app
from settings import Settings

LOGIN = (
    "mutation($u: String!, $p: String!) { login(input: {username: $u, password: $p}) { token } }"
)
REPORT = """query($year: Int!, $unit: ID) { trainingCompliance(year: $year, unitId: $unit) {
  units { unit { name } people compliant onTrack atRisk nonCompliant rate }
  people(first: 100) { edges { node { person { name } status items { period status } } } } } }"""


def percentiles(samples: list[float]) -> str:
    ordered = sorted(samples)
    p99 = ordered[min(len(ordered) - 1, round(0.99 * (len(ordered) - 1)))]
    return f"p50 {statistics.median(ordered) * 1000:7.1f} ms   p99 {p99 * 1000:7.1f} ms"


async def measure(url: str, repeat: int) -> None:
    settings = Settings(
        database_url=url,
        secret=uuid.uuid4().hex * 2,
        demo=False,
        graphiql=False,
        debug=False,
        token_hours=1,
        redis_url=None,
        password_hash_profile="default",
    )
    app = create_app(settings)
    async with app.router.lifespan_context(app):
        year = clock.local(clock.now()).year
        township = await org.Unit.filter(kind=UnitKind.TOWNSHIP, parent_id=None).first()
        people = await org.Person.filter(active=True).count()
        rows = await training.Attendance.all().count()
        print(f"{people} active people, {rows} attendance rows, year {year}")
        await quotas.compliance(year, None)  # warm up; closes ended sessions once
        timings = []
        for _ in range(repeat):
            started = time.perf_counter()
            result, _ = await quotas.compliance_statuses(year, None)
            timings.append(time.perf_counter() - started)
        counts = {s: sum(1 for r in result if r.status == s) for s in training.ComplianceStatus}
        print(f"compliance_statuses() county:      {percentiles(timings)}   {dict(counts)}")
        transport = httpx.ASGITransport(app=app)
        async with httpx.AsyncClient(transport=transport, base_url="http://bench") as http:
            login = await http.post(
                "/graphql",
                json={
                    "query": LOGIN,
                    "variables": {"u": "leader", "p": DEMO_PASSWORD},
                },
            )
            headers = {"Authorization": f"Bearer {login.json()['data']['login']['token']}"}
            for label, unit in (("county", None), ("one township", global_id("Unit", township.id))):
                timings = []
                for _ in range(repeat):
                    with QueryCounter() as counter:
                        started = time.perf_counter()
                        response = await http.post(
                            "/graphql",
                            json={"query": REPORT, "variables": {"year": year, "unit": unit}},
                            headers=headers,
                        )
                        timings.append(time.perf_counter() - started)
                    assert "errors" not in response.json(), response.json()
                figures = f"{percentiles(timings)}   {counter.count} SQL statements"
                print(f"trainingCompliance {label:13s} {figures}")


def main(args: argparse.Namespace) -> None:
    with contextlib.ExitStack() as stack:
        folder = Path(stack.enter_context(tempfile.TemporaryDirectory(prefix="lianbing_bench_")))
        url = demo_database(stack, args, folder)
        asyncio.run(measure(url, args.repeat))


def parse_args(argv: list[str]) -> argparse.Namespace:
    parser = argparse.ArgumentParser(
        prog="bench/compliance.py", description=__doc__.splitlines()[0]
    )
    parser.add_argument("--database-url", help="default: a fresh SQLite file in a temp dir")
    parser.add_argument(
        "--fresh-db", action="store_true", help="create and drop a PostgreSQL database"
    )
    parser.add_argument("--people", type=int, default=5000)
    parser.add_argument("--repeat", type=int, default=10)
    return parser.parse_args(argv)


if __name__ == "__main__":
    main(parse_args(sys.argv[1:]))
