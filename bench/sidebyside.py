"""Lianbing's GraphQL reads side by side with PostGraphile 5 and a raw asyncpg endpoint.

    python bench/sidebyside.py                 # a fresh database on postgres://...:5432/test
    python bench/sidebyside.py --duration 8 --node-dir /tmp/postgraphile   # keep the npm install

Creates a throw-away PostgreSQL database (dropped at the end), seeds the demo county with
--people people, and serves it three ways at once: Lianbing (`server.py --workers 2`),
PostGraphile 5 with the amber preset (npm's `postgraphile@5` run by npm's `node@22`, installed
into a temporary folder), and bench/raw_json.py (Starlette + asyncpg, `--workers 2`, one
hand-written SQL statement building each answer). It checks that the three answer the same rows
for every read, then loads each in turn with wrk (A B C A B C) at each --concurrency and prints
req/s, p50 and p99 and the ratios Lianbing / PostGraphile and Lianbing / raw. Prints figures only.
"""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import json
import math
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from decimal import Decimal
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

import httpx

from bench.api import LOGIN, gql
from bench.common import (
    ROOT,
    QueryCounter,
    Server,
    demo_database,
    free_port,
    process_stats,
    tree_cpu_seconds,
)
from seed.demo import DEMO_PASSWORD
from server import create_app
from settings import Settings

NPM_PACKAGES = ("node@22", "postgraphile@5")
POSTGRAPHILE_CONFIG = """\
import { PostGraphileAmberPreset } from "postgraphile/presets/amber";
import { makePgService } from "postgraphile/adaptors/pg";

export default {
  extends: [PostGraphileAmberPreset],
  // conditions and orders on every column, not only indexed ones (people's `active`)
  disablePlugins: ["PgIndexBehaviorsPlugin"],
  pgServices: [makePgService({ connectionString: process.env.DATABASE_URL, schemas: ["public"] })],
  grafserv: { host: "127.0.0.1", port: Number(process.env.PORT), graphiql: false },
};
"""


def _connection(field: str, args: str, node: str) -> str:
    return f"{{ {field}({args}) {{ edges {{ node {{ {node} }} }} }} }}"


def _roster(first: int) -> tuple[str, str]:
    lianbing = _connection(
        "trainingSessions",
        f"first: {first}",
        "title attendance(first: 100) { edges { node { status person { name unit { name } } } } }",
    )
    postgraphile = _connection(
        "trainingSessions: allTrainingSessions",
        f"first: {first}, orderBy: PRIMARY_KEY_ASC",
        "title attendance: attendancesBySessionId(first: 100, orderBy: PRIMARY_KEY_ASC) { edges "
        "{ node { status person: personByPersonId { name unit: unitByUnitId { name } } } } }",
    )
    return lianbing, postgraphile


def _paper_rules(data: Any) -> Any:
    """PostGraphile's paper items as Lianbing's PaperRule: a fixed question's category and type."""
    for edge in data["exams"]["edges"]:
        for item in edge["node"]["paper"]["nodes"]:
            question = item.pop("question")
            source = question or item
            item["category"] = source["category"]["path"]
            item["type"] = source["type"]
    return data


@dataclass
class Read:
    """One read, as a document for each server; `raw` names bench/raw_json.py's statement."""

    name: str
    group: str  # which target of the issue applies: people, sessions or domain
    lianbing: str
    postgraphile: str
    fix_postgraphile: Callable[[Any], Any] = field(default=lambda data: data)

    @property
    def raw(self) -> str:
        return self.name


READS = [
    Read(
        "people",
        "people",
        "{ people(first: 20) { edges { node { name unit { name } } } } }",
        _connection(
            "people: allPeople",
            "first: 20, orderBy: PRIMARY_KEY_ASC, condition: {active: true}",
            "name unit: unitByUnitId { name }",
        ),
    ),
    Read("sessions5", "sessions", *_roster(5)),
    Read("sessions50", "sessions", *_roster(50)),
    Read(
        "exams",
        "domain",
        _connection("exams", "first: 10", "title paper { category type count points }"),
        _connection(
            "exams: allExams",
            "first: 10, orderBy: PRIMARY_KEY_ASC",
            "title paper: paperItemsByExamId(orderBy: POSITION_ASC) { nodes { type count points "
            "category: questionCategoryByCategoryId { path } "
            "question: questionByQuestionId "
            "{ type category: questionCategoryByCategoryId { path } } } }",
        ),
        _paper_rules,
    ),
    Read(
        "drills",
        "domain",
        _connection("drills", "first: 10", "title participants { role unit { name } }"),
        _connection(
            "drills: allDrills",
            "first: 10, orderBy: PRIMARY_KEY_ASC",
            "title participants: drillParticipantsByDrillId(orderBy: PRIMARY_KEY_ASC) "
            "{ nodes { role unit: unitByUnitId { name } } }",
        ),
    ),
    Read(
        "actions",
        "domain",
        _connection(
            "actionItems",
            "first: 20",
            "title status dueDate ownerUnit { name } assignee { name }",
        ),
        _connection(
            "actionItems: allActionItems",
            "first: 20, orderBy: PRIMARY_KEY_ASC",
            "title status dueDate ownerUnit: unitByOwnerUnitId { name } "
            "assignee: personByAssigneeId { name }",
        ),
    ),
    Read(
        "ledger",
        "domain",
        _connection("scoreEvents", "first: 50", "points reason person { name } unit { name }"),
        _connection(
            "scoreEvents: allScoreEvents",
            "first: 50, orderBy: [TXID_ASC, PRIMARY_KEY_ASC]",
            "points reason person: personByPersonId { name } unit: unitByUnitId { name }",
        ),
    ),
]
TARGETS = {"people": 0.5, "sessions": 1.0, "domain": 0.7}  # Lianbing / PostGraphile, from the issue
SERVERS = ("lianbing", "postgraphile", "raw")


# --- the three servers ---------------------------------------------------------------------


@dataclass
class Endpoint:
    """Where one server answers one read: URL, body, headers."""

    url: str
    body: bytes
    headers: dict[str, str]


@dataclass
class Side:
    """One of the three servers: how to reach it with each read."""

    name: str
    base: str
    pid: int
    token: str | None = None

    def endpoint(self, read: Read) -> Endpoint:
        headers = {"Content-Type": "application/json"}
        if self.name == "raw":
            return Endpoint(f"{self.base}/{read.raw}", b"{}", headers)
        document = read.lianbing if self.name == "lianbing" else read.postgraphile
        if self.token:
            headers["Authorization"] = f"Bearer {self.token}"
        return Endpoint(f"{self.base}/graphql", json.dumps({"query": document}).encode(), headers)

    async def answer(self, http: httpx.AsyncClient, read: Read) -> Any:
        """The read's `data`, in Lianbing's shape (PostGraphile's aliases give most of it)."""
        point = self.endpoint(read)
        response = await http.post(point.url, content=point.body, headers=point.headers)
        if response.status_code != 200:
            status = response.status_code
            raise SystemExit(f"{self.name} {read.name}: HTTP {status} {response.text[:500]}")
        body = json.loads(response.text, parse_float=Decimal)
        if body.get("errors"):
            raise SystemExit(f"{self.name} {read.name}: {body['errors']}")
        data = body["data"]
        return read.fix_postgraphile(data) if self.name == "postgraphile" else data


def install_postgraphile(folder: Path) -> Path:
    """npm's node@22 and postgraphile@5 in `folder` (kept if already there); returns node's path."""
    node = folder / "node_modules" / ".bin" / "node"
    cli = folder / "node_modules" / "postgraphile" / "dist" / "cli-run.js"
    if not (node.exists() and cli.exists()):
        folder.mkdir(parents=True, exist_ok=True)
        (folder / "package.json").write_text('{"name": "sidebyside", "private": true}\n')
        npm = ["npm", "install", "--no-audit", "--no-fund", "--loglevel=error", *NPM_PACKAGES]
        started = time.perf_counter()
        subprocess.run(npm, cwd=folder, check=True, stdout=subprocess.DEVNULL)
        print(f"npm install {' '.join(NPM_PACKAGES)}: {time.perf_counter() - started:.0f} s")
    (folder / "graphile.config.mjs").write_text(POSTGRAPHILE_CONFIG)
    return node


def start_postgraphile(folder: Path, node: Path, database_url: str, log: Path) -> Server:
    port = free_port()
    command = [str(node), "node_modules/postgraphile/dist/cli-run.js", "-C", "graphile.config.mjs"]
    env = {**os.environ, "DATABASE_URL": database_url, "PORT": str(port), "NODE_ENV": "production"}
    with log.open("wb") as out:
        process = subprocess.Popen(command, cwd=folder, env=env, stdout=out, stderr=out)
    return Server(process, f"http://127.0.0.1:{port}", "", log)


def start_raw(database_url: str, workers: int, log: Path) -> Server:
    port = free_port()
    command = [sys.executable, "-m", "uvicorn", "bench.raw_json:app", "--port", str(port)]
    command += ["--workers", str(workers), "--log-level", "warning", "--no-access-log"]
    env = {**os.environ, "RAW_DATABASE_URL": database_url}
    with log.open("wb") as out:
        process = subprocess.Popen(command, cwd=ROOT, env=env, stdout=out, stderr=out)
    return Server(process, f"http://127.0.0.1:{port}", "", log)


async def graphql_ready(server: Server, seconds: float = 60) -> bool:
    """Whether the server answers `{ __typename }` within `seconds` (PostGraphile has no
    /healthz; it builds its schema from the database at start)."""
    deadline = time.monotonic() + seconds
    async with httpx.AsyncClient(base_url=server.url, trust_env=False) as http:
        while time.monotonic() < deadline and server.process.poll() is None:
            with contextlib.suppress(httpx.TransportError):
                query = {"query": "{ __typename }"}
                if (await http.post("/graphql", json=query, timeout=2)).status_code == 200:
                    return True
            await asyncio.sleep(0.3)
    return False


async def login(server: Server) -> str:
    async with httpx.AsyncClient(base_url=server.url, trust_env=False, timeout=30) as http:
        variables = {"input": {"username": "admin", "password": DEMO_PASSWORD}}
        data = await gql(http, LOGIN, variables, None)
    token = data["login"]["token"]
    if not token:
        raise SystemExit(f"admin login failed: {data}")
    return token


# --- same rows -----------------------------------------------------------------------------


def normalise(value: Any, key: str = "") -> Any:
    """Connections as lists of their nodes (edges/node or nodes) and decimals by value, so that
    the three answers compare by their natural columns (names, statuses, counts)."""
    if isinstance(value, dict):
        if set(value) == {"edges"}:
            return [normalise(edge["node"]) for edge in value["edges"]]
        if set(value) == {"nodes"}:
            return [normalise(node) for node in value["nodes"]]
        return {k: normalise(v, k) for k, v in value.items()}
    if isinstance(value, list):
        return [normalise(v) for v in value]
    if key == "points" and value is not None:
        return Decimal(str(value)).normalize()
    return value


def first_difference(a: Any, b: Any, path: str = "") -> str | None:
    if type(a) is not type(b):
        return f"{path or '.'}: {a!r} != {b!r}"
    if isinstance(a, dict):
        for k in sorted(set(a) | set(b)):
            if k not in a or k not in b:
                return f"{path}.{k}: only in {'the first' if k in a else 'the second'}"
            found = first_difference(a[k], b[k], f"{path}.{k}")
            if found:
                return found
        return None
    if isinstance(a, list):
        if len(a) != len(b):
            return f"{path}: {len(a)} items != {len(b)}"
        for i, (x, y) in enumerate(zip(a, b, strict=True)):
            found = first_difference(x, y, f"{path}[{i}]")
            if found:
                return found
        return None
    return None if a == b else f"{path}: {a!r} != {b!r}"


def rows(data: Any) -> int:
    """The rows of an answer: the items of every list in it, nested ones included."""
    if isinstance(data, dict):
        return sum(rows(v) for v in data.values())
    if isinstance(data, list):
        return len(data) + sum(rows(v) for v in data)
    return 0


async def same_rows(sides: list[Side]) -> dict[tuple[str, str], float]:
    """Every read answers the same normalised rows on the three servers; stops otherwise.
    Returns the seconds of one request of each (read, server), the second one: the first has
    warmed caches, prepared statements and JIT."""
    seconds = {}
    async with httpx.AsyncClient(trust_env=False, timeout=120) as http:
        for read in READS:
            answers = []
            for side in sides:
                await side.answer(http, read)
                started = time.perf_counter()
                answers.append(normalise(await side.answer(http, read)))
                seconds[(read.name, side.name)] = time.perf_counter() - started
            for side, answer in zip(sides[1:], answers[1:], strict=True):
                found = first_difference(answers[0], answer)
                if found:
                    raise SystemExit(f"{read.name}: lianbing and {side.name} differ at {found}")
            count = rows(answers[0])
            print(f"same rows: {read.name:<11} {count:>5} rows on all three")
            if count == 0:
                print(f"warning: {read.name} has no rows to compare", file=sys.stderr)
    return seconds


# --- load ----------------------------------------------------------------------------------


@dataclass
class Run:
    requests: int
    seconds: float
    p50_ms: float
    p99_ms: float
    errors: int

    @property
    def rate(self) -> float:
        return self.requests / self.seconds


WRK_SCRIPT = """\
wrk.method = "POST"
wrk.body = [==[{body}]==]
{headers}
done = function(summary, latency, requests)
  local e = summary.errors
  io.write(string.format("SIDEBYSIDE %d %d %d %d %d\\n", summary.requests, summary.duration,
    latency:percentile(50), latency:percentile(99),
    e.connect + e.read + e.write + e.status + e.timeout))
end
"""


def wrk_run(point: Endpoint, concurrency: int, seconds: float, folder: Path) -> Run:
    headers = "\n".join(f'wrk.headers["{k}"] = "{v}"' for k, v in point.headers.items())
    script = folder / "post.lua"
    script.write_text(WRK_SCRIPT.format(body=point.body.decode(), headers=headers))
    command = ["wrk", "-t1", f"-c{concurrency}", f"-d{seconds}s", "--timeout", "60s"]
    result = subprocess.run(
        [*command, "-s", str(script), point.url], capture_output=True, text=True, check=True
    )
    line = next(x for x in result.stdout.splitlines() if x.startswith("SIDEBYSIDE "))
    requests, duration_us, p50_us, p99_us, errors = map(int, line.split()[1:])
    return Run(requests, duration_us / 1e6, p50_us / 1000, p99_us / 1000, errors)


async def asyncio_run(point: Endpoint, concurrency: int, seconds: float) -> Run:
    """The fallback without wrk: `concurrency` clients posting back to back for `seconds`."""
    latencies: list[float] = []
    errors = 0
    limits = httpx.Limits(max_connections=concurrency)
    async with httpx.AsyncClient(limits=limits, timeout=60, trust_env=False) as http:

        async def client(deadline: float) -> None:
            nonlocal errors
            while time.perf_counter() < deadline:
                started = time.perf_counter()
                try:
                    response = await http.post(point.url, content=point.body, headers=point.headers)
                    errors += response.status_code != 200
                except httpx.HTTPError:
                    errors += 1
                latencies.append((time.perf_counter() - started) * 1000)

        started = time.perf_counter()
        await asyncio.gather(*(client(started + seconds) for _ in range(concurrency)))
        elapsed = time.perf_counter() - started
    cuts = statistics.quantiles(latencies, n=100, method="inclusive")
    return Run(len(latencies), elapsed, cuts[49], cuts[98], errors)


def load(point: Endpoint, concurrency: int, seconds: float, folder: Path) -> Run:
    if shutil.which("wrk"):
        return wrk_run(point, concurrency, seconds, folder)
    return asyncio.run(asyncio_run(point, concurrency, seconds))


def settle(pid: int, seconds: float = 60) -> None:
    """Wait until the server (`pid` and its workers) is idle: requests still in flight when wrk
    stops are answered to no one, and must not load the next server's run."""
    deadline = time.monotonic() + seconds
    before = tree_cpu_seconds(process_stats(), pid)
    while time.monotonic() < deadline:
        time.sleep(0.3)
        now = tree_cpu_seconds(process_stats(), pid)
        if now - before < 0.03:  # under 10 % of a core
            return
        before = now


def measure(
    args: argparse.Namespace, sides: list[Side], single: dict[tuple[str, str], float], folder: Path
) -> dict[Any, list[Run]]:
    """Runs of every (read, concurrency, server): the servers in turn, --rounds times over. A
    server whose single request takes long runs longer, for about --min-requests answers (at
    most --max-duration seconds)."""
    runs: dict[Any, list[Run]] = {}
    for read in _chosen(args):
        for concurrency in args.concurrency:
            for round_ in range(args.rounds):
                for side in sides:
                    # the first answers at c come after about c single requests' time
                    requests = args.min_requests + concurrency - 1
                    wanted = math.ceil(requests * single[(read.name, side.name)])
                    seconds = min(max(args.duration, wanted), args.max_duration)
                    run = load(side.endpoint(read), concurrency, seconds, folder)
                    settle(side.pid)
                    runs.setdefault((read.name, concurrency, side.name), []).append(run)
                    errors = f", {run.errors} errors" if run.errors else ""
                    print(
                        f"  {read.name:<11} c={concurrency:<3} round {round_ + 1} {side.name:<13}"
                        f"{run.rate:8.1f} req/s  p50 {run.p50_ms:7.1f} ms  p99 {run.p99_ms:7.1f} ms"
                        f"  ({run.requests} in {run.seconds:.0f} s{errors})",
                        flush=True,
                    )
    return runs


def _chosen(args: argparse.Namespace) -> list[Read]:
    return [read for read in READS if read.name in args.reads]


FEW = 10  # requests of a (read, c, server) in all rounds, below which its figures are rough


def _rate(rate: float) -> str:
    return f"{rate:.0f}" if rate >= 10 else f"{rate:.2f}"


def _ms(done: list[Run], which: str) -> str:
    """The mean over the rounds of a percentile, of the rounds that completed requests."""
    values = [getattr(r, which) for r in done if r.requests]
    return f"{statistics.mean(values):.1f}" if values else "-"


def _ratio(a: float, b: float) -> float | None:
    return a / b if b else None


def _times(ratio: float | None, target: float | None = None) -> str:
    """`0.81x`; rounded down when rounding would reach a target it misses."""
    if ratio is None:
        return "-"
    if target is not None and ratio < target <= round(ratio, 2):
        ratio = math.floor(ratio * 100) / 100
    return f"{ratio:.2f}x"


def table(args: argparse.Namespace, runs: dict[Any, list[Run]]) -> str:
    head = "| query | c | Lianbing req/s p50 p99 | PostGraphile req/s p50 p99 | raw req/s p50 p99 "
    head += "| Lianbing/PostGraphile (target) | Lianbing/raw |"
    lines = [head, "|" + "---|" * 7]
    for read in _chosen(args):
        for concurrency in args.concurrency:
            cells, rates = [], {}
            for name in SERVERS:
                done = runs[(read.name, concurrency, name)]
                requests = sum(r.requests for r in done)
                rates[name] = requests / sum(r.seconds for r in done)
                cell = f"{_rate(rates[name])} {_ms(done, 'p50_ms')} {_ms(done, 'p99_ms')}"
                if requests < FEW:
                    cell += f" (n={requests})"
                if errors := sum(r.errors for r in done):
                    cell += f" ({errors} errors)"
                cells.append(cell)
            target = TARGETS[read.group]
            versus = _ratio(rates["lianbing"], rates["postgraphile"])
            mark = "" if versus is None else "ok" if versus >= target else "below"
            lines.append(
                f"| {read.name} | {concurrency} | {' | '.join(cells)} "
                f"| {_times(versus, target)} (>= {target:.1f}x {mark}) "
                f"| {_times(_ratio(rates['lianbing'], rates['raw']))} |"
            )
    return "\n".join(lines)


# --- SQL per request -----------------------------------------------------------------------


async def statements(url: str, secret: str, token: str) -> dict[str, int]:
    """SQL statements of one Lianbing request of each read, in-process (the second request:
    caches a worker fills once are warm)."""
    options = {"demo": False, "graphiql": False, "debug": False, "redis_url": None}
    settings = Settings(url, secret, token_hours=12, password_hash_profile="default", **options)
    app = create_app(settings)
    counts = {}
    async with app.router.lifespan_context(app):
        transport = httpx.ASGITransport(app=app)
        async with httpx.AsyncClient(transport=transport, base_url="http://bench") as http:
            for read in READS:
                await gql(http, read.lianbing, {}, token)
                with QueryCounter() as counter:
                    await gql(http, read.lianbing, {}, token)
                counts[read.name] = counter.count
    return counts


# --- main ----------------------------------------------------------------------------------


def main(args: argparse.Namespace) -> None:
    if not shutil.which("wrk"):
        print("wrk not found (install it: apt-get install wrk); using the asyncio load client")
    with contextlib.ExitStack() as stack:
        folder = Path(stack.enter_context(tempfile.TemporaryDirectory(prefix="sidebyside_")))
        node = install_postgraphile(Path(args.node_dir) if args.node_dir else folder / "npm")
        npm = node.parent.parent.parent
        node_version = subprocess.run([node, "--version"], capture_output=True, text=True).stdout
        package = json.loads((npm / "node_modules/postgraphile/package.json").read_text())
        versions = [node_version.strip(), package["version"]]
        url = args.database_url if args.seeded else demo_database(stack, args, folder)
        lianbing = Server.start(url, args.workers, folder / "lianbing.log")
        stack.callback(lianbing.stop)
        postgraphile = start_postgraphile(npm, node, url, folder / "pg.log")
        stack.callback(postgraphile.stop)
        raw = start_raw(url, args.workers, folder / "raw.log")
        stack.callback(raw.stop)
        for server, ready in [
            (lianbing, lianbing.healthy()),
            (postgraphile, graphql_ready(postgraphile)),
            (raw, raw.healthy()),
        ]:
            if not asyncio.run(ready):
                raise SystemExit(f"{server.url} did not start; its log:\n{server.log.read_text()}")
        if not asyncio.run(lianbing.all_workers_started(args.workers)):
            print(f"warning: not all {args.workers} Lianbing workers started", file=sys.stderr)
        token = asyncio.run(login(lianbing))
        sides = [
            Side("lianbing", lianbing.url, lianbing.process.pid, token),
            Side("postgraphile", postgraphile.url, postgraphile.process.pid),
            Side("raw", raw.url, raw.process.pid),
        ]
        print(
            f"Lianbing {args.workers} workers; PostGraphile {versions[1]} (amber) on node "
            f"{versions[0]}, one process; raw asyncpg {args.workers} workers"
        )
        single = asyncio.run(same_rows(sides))
        tool = "wrk -t1" if shutil.which("wrk") else "asyncio client"
        print(f"\nload: {tool}, {args.duration} s a run, {args.rounds} rounds, servers in turn")
        runs = measure(args, sides, single, folder)
        print(f"\n{table(args, runs)}")
        for server in (lianbing, postgraphile, raw):
            problems = server.log_lines(" ERROR ")
            if problems:
                print(f"\n{server.url} logged {len(problems)} error line(s): {problems[0][:300]}")
        lianbing.stop()
        counts = asyncio.run(statements(url, lianbing.secret, token))
        print("\nLianbing SQL statements per request (raw: 1)")
        for name, count in counts.items():
            print(f"  {name:<11} {count:>3}")


def parse_args(argv: list[str]) -> argparse.Namespace:
    parser = argparse.ArgumentParser(
        prog="bench/sidebyside.py", description=__doc__.splitlines()[0]
    )
    server = "postgres://postgres@127.0.0.1:5432/test"
    parser.add_argument(
        "--database-url", default=server, help=f"the PostgreSQL server to use (default {server})"
    )
    fresh = "create lianbing_bench_<random> there, seed it, drop it at the end (default)"
    parser.add_argument(
        "--fresh-db", action=argparse.BooleanOptionalAction, default=True, help=fresh
    )
    seeded = "--database-url is already seeded with the demo county: use it as it is"
    parser.add_argument("--seeded", action="store_true", help=seeded)
    parser.add_argument("--people", type=int, default=2000)
    parser.add_argument("--workers", type=int, default=2, help="of Lianbing and of the raw app")
    parser.add_argument("--duration", type=int, default=5, help="seconds of each run")
    parser.add_argument(
        "--min-requests", type=int, default=10, help="a slower server runs longer, for these"
    )
    parser.add_argument("--max-duration", type=int, default=20, help="seconds, for a slow server")
    parser.add_argument("--rounds", type=int, default=2)
    parser.add_argument(
        "--concurrency", type=int, nargs="+", default=[1, 16], help="connections (default 1 16)"
    )
    names = [read.name for read in READS]
    parser.add_argument("--reads", nargs="+", choices=names, default=names, help="default: all")
    parser.add_argument("--node-dir", help="install node@22 and postgraphile@5 here and keep them")
    return parser.parse_args(argv)


if __name__ == "__main__":
    main(parse_args(sys.argv[1:]))
