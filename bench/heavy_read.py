"""Benchmark of one heavy read: 50 training sessions with 100 roster rows each, every row with
its person and the person's unit (about 5,000 nested objects, a 1.5 MB answer).

    python bench/heavy_read.py gc                     # GC settings compared, in process
    python bench/heavy_read.py json                   # the JSON encoders on the big answer
    python bench/heavy_read.py healthz                # 32 in flight on server.py --workers 2
    python bench/heavy_read.py healthz --before       # the same with the former settings

Seeds the demo county (--people, 2,000 by default) into a fresh SQLite file, or uses
--database-url (with --seeded, a database seeded before: `python -m seed --people 2000 --demo`).
Prints figures only.

`gc` runs each GC setting (--settings, `THRESHOLD` or `THRESHOLD/nofreeze`) in a fresh process:
the app in process, --repeat heavy requests one after the other, then --inflight at once; per
setting the request time, the CPU, and the pauses the `gc.callbacks` hook of metrics.py saw.
`json` times json.dumps (escaped, as strawberry's default, and UTF-8) and orjson on the answer.
`healthz` starts `server.py --workers 2`, sends --inflight heavy requests at once and, while they
run, asks /healthz every 0.25 s (2 s time-out); it prints how long /healthz took, the workers
uvicorn killed, and the GC pauses the workers' /metrics counted.
"""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import json
import os
import resource
import statistics
import subprocess
import sys
import tempfile
import time
import uuid
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

import httpx

HEAVY = """query Heavy { trainingSessions(first: 50) { edges { node { id title startsAt status
  attendance(first: 100) { edges { node { id status checkedInAt note
    person { id name badgeNumber category unit { id name } } } } } } } } }"""
LOGIN = (
    "mutation($u: String!, $p: String!) { login(input: {username: $u, password: $p}) { token } }"
)
# What the server did before this benchmark: Python's GC defaults, no freeze, no bound.
BEFORE = {
    "LIANBING_GC_THRESHOLD": "700",
    "LIANBING_GC_FREEZE": "0",
    "LIANBING_GRAPHQL_CONCURRENCY": "0",
}


def ms(seconds: float) -> str:
    return f"{seconds * 1000:7.0f}"


def settings_for(url: str, **overrides: object):
    from settings import Settings

    fields = dict(
        database_url=url,
        secret=uuid.uuid4().hex * 2,
        demo=False,
        graphiql=False,
        debug=False,
        token_hours=1,
        redis_url=None,
        password_hash_profile="default",
        query_seconds=600.0,
    )
    return Settings(**{**fields, **overrides})


async def login(http: httpx.AsyncClient) -> dict[str, str]:
    from seed.demo import DEMO_PASSWORD

    answer = await http.post(
        "/graphql", json={"query": LOGIN, "variables": {"u": "admin", "p": DEMO_PASSWORD}}
    )
    return {"Authorization": f"Bearer {answer.json()['data']['login']['token']}"}


async def heavy(http: httpx.AsyncClient, headers: dict[str, str]) -> httpx.Response:
    response = await http.post("/graphql", json={"query": HEAVY}, headers=headers, timeout=600)
    assert response.status_code == 200, response.text[:300]
    assert b'"errors":' not in response.content[:40], response.text[:300]
    return response


def pause_summary(pauses: list[tuple[int, float]]) -> str:
    by_generation = [sum(1 for g, _ in pauses if g == gen) for gen in range(3)]
    total = sum(s for _, s in pauses)
    longest = max((s for _, s in pauses), default=0.0)
    counts = "/".join(str(n) for n in by_generation)
    return f"{counts:>14s} {ms(total)} {ms(longest)}"


# --- gc ------------------------------------------------------------------------------------


async def gc_child(url: str, threshold: int, freeze: bool, repeat: int, inflight: int) -> None:
    import metrics
    from server import create_app

    app = create_app(
        settings_for(url, gc_threshold=threshold, gc_freeze=freeze, graphql_concurrency=0)
    )
    async with app.router.lifespan_context(app):
        transport = httpx.ASGITransport(app=app)
        async with httpx.AsyncClient(transport=transport, base_url="http://bench") as http:
            headers = await login(http)
            await heavy(http, headers)  # warm-up: caches; closes the ended sessions once
            walls, cpus = [], []
            with metrics.gc_watch() as pauses:
                for _ in range(repeat):
                    cpu, wall = time.process_time(), time.perf_counter()
                    await heavy(http, headers)
                    walls.append(time.perf_counter() - wall)
                    cpus.append(time.process_time() - cpu)
            one = f"{ms(statistics.median(walls))} {ms(statistics.median(cpus))} "
            one += pause_summary(pauses)
            with metrics.gc_watch() as pauses:
                wall = time.perf_counter()
                answers = await asyncio.gather(*(heavy(http, headers) for _ in range(inflight)))
                size = len(answers[-1].content)
                batch = time.perf_counter() - wall
            many = f"{ms(batch)} {pause_summary(pauses)}"
    rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss // 1024
    label = f"{threshold}" + ("" if freeze else " nofreeze")
    print(f"{label:15s} {one}  | {many} {rss:6d}   ({size} bytes)", flush=True)


def run_gc(args: argparse.Namespace, url: str) -> None:
    print(
        f"{args.repeat} heavy requests one by one (median), then {args.inflight} at once; "
        "pauses: count by generation 0/1/2, total ms, longest ms"
    )
    print(
        f"{'setting':15s} {'wall ms':>7s} {'cpu ms':>7s} {'pauses 0/1/2':>14s} {'gc ms':>7s} "
        f"{'max ms':>7s}  | {'all ms':>7s} {'pauses 0/1/2':>14s} {'gc ms':>7s} {'max ms':>7s} "
        f"{'RSS MB':>6s}"
    )
    for setting in args.settings.split(","):
        threshold, _, flag = setting.partition("/")
        command = [sys.executable, __file__, "gc-child", "--database-url", url, "--seeded"]
        command += [
            "--threshold",
            threshold,
            "--repeat",
            str(args.repeat),
            "--inflight",
            str(args.inflight),
        ]
        if flag == "nofreeze":
            command.append("--nofreeze")
        subprocess.run(command, check=True)


# --- json ----------------------------------------------------------------------------------


async def run_json(args: argparse.Namespace, url: str) -> None:
    import orjson

    from server import create_app

    app = create_app(settings_for(url))
    async with app.router.lifespan_context(app):
        transport = httpx.ASGITransport(app=app)
        async with httpx.AsyncClient(transport=transport, base_url="http://bench") as http:
            headers = await login(http)
            answer = (await heavy(http, headers)).json()
            walls = []
            for _ in range(5):
                started = time.perf_counter()
                await heavy(http, headers)
                walls.append(time.perf_counter() - started)
    encoders = {
        "json.dumps, \\u escapes (before)": lambda d: json.dumps(d, separators=(",", ":")),
        "json.dumps, UTF-8": lambda d: json.dumps(
            d, ensure_ascii=False, separators=(",", ":")
        ).encode(),
        "orjson.dumps (UTF-8)": orjson.dumps,
    }
    print(
        "the heavy answer, one request in process: median "
        f"{ms(statistics.median(walls)).strip()} ms"
    )
    print(f"{'encoder':34s} {'bytes':>9s} {'median ms':>10s} {'min ms':>8s}")
    for name, encode in encoders.items():
        samples = []
        for _ in range(args.repeat):
            started = time.perf_counter()
            body = encode(answer)
            samples.append(time.perf_counter() - started)
        print(
            f"{name:34s} {len(body):9d} {statistics.median(samples) * 1000:10.2f} "
            f"{min(samples) * 1000:8.2f}"
        )


# --- healthz -------------------------------------------------------------------------------


async def run_healthz(args: argparse.Namespace, url: str, folder: Path) -> None:
    from bench.common import Server

    env = dict(BEFORE) if args.before else {}
    for pair in args.env:
        key, _, value = pair.partition("=")
        env[key] = value
    previous = {key: os.environ.get(key) for key in env}
    os.environ.update(env)
    try:
        server = Server.start(url, args.workers, folder / "server.log")
    finally:
        for key, value in previous.items():
            if value is None:
                os.environ.pop(key, None)
            else:
                os.environ[key] = value
    try:
        if not await server.healthy(60) or not await server.all_workers_started(args.workers):
            print("the server did not start:\n" + server.log.read_text()[-2000:])
            return
        print(
            f"server.py --workers {args.workers}, "
            + (" ".join(f"{k}={v}" for k, v in env.items()) or "the defaults")
        )
        await measure_healthz(server, args.inflight)
    finally:
        server.stop()


async def measure_healthz(server, inflight: int) -> None:
    limits = httpx.Limits(max_connections=inflight + 4)
    async with httpx.AsyncClient(base_url=server.url, trust_env=False, limits=limits) as http:
        headers = await login(http)
        await heavy(http, headers)  # each worker has read once: warm caches
        await heavy(http, headers)
        health_times: list[float] = []
        health_failures = 0
        done = asyncio.Event()

        async def one(index: int) -> float | str:
            started = time.perf_counter()
            try:
                response = await http.post(
                    "/graphql", json={"query": HEAVY}, headers=headers, timeout=600
                )
            except httpx.HTTPError as error:  # a killed worker drops its connections
                return type(error).__name__
            if response.status_code != 200:
                return f"HTTP {response.status_code}"
            errors = response.json().get("errors")
            if errors:
                return errors[0].get("extensions", {}).get("code", "error")
            return time.perf_counter() - started

        async def probe() -> None:
            nonlocal health_failures
            async with httpx.AsyncClient(base_url=server.url, trust_env=False) as probe_http:
                while not done.is_set():
                    started = time.perf_counter()
                    try:
                        response = await probe_http.get("/healthz", timeout=2)
                        ok = response.status_code == 200
                    except httpx.HTTPError:
                        ok = False
                    health_times.append(time.perf_counter() - started)
                    health_failures += not ok
                    with contextlib.suppress(TimeoutError):
                        await asyncio.wait_for(done.wait(), 0.25)

        cpu = server_cpu(server)
        started = time.perf_counter()
        prober = asyncio.create_task(probe())
        results = await asyncio.gather(*(one(i) for i in range(inflight)))
        wall = time.perf_counter() - started
        done.set()
        await prober
        cpu = server_cpu(server) - cpu
        scrape = (await http.get("/metrics")).text
    times = [r for r in results if isinstance(r, float)]
    failed = [r for r in results if not isinstance(r, float)]
    killed = server.log_lines("died", "was not ready", "hung")
    print(f"{inflight} heavy requests at once: all done in {wall:.1f} s, server CPU {cpu:.1f} s")
    if times:
        print(
            f"  request time: p50 {statistics.median(times):.1f} s, max {max(times):.1f} s, "
            f"{len(failed)} failed {sorted(set(failed))}"
        )
    else:
        print(f"  every request failed: {sorted(set(failed))}")
    ordered = sorted(health_times)
    print(
        f"  /healthz: {len(ordered)} probes, p50 {ordered[len(ordered) // 2] * 1000:.0f} ms, "
        f"max {ordered[-1] * 1000:.0f} ms, {health_failures} failed (2 s time-out)"
    )
    print(f"  workers killed by uvicorn: {len(killed)}")
    for line in killed:
        print("    " + line[-120:])
    for generation in range(3):
        count = total = 0.0
        buckets: list[tuple[float, float]] = []
        for line in scrape.splitlines():
            if f'generation="{generation}"' not in line:
                continue
            value = float(line.split()[-1])
            if line.startswith("lianbing_gc_pause_seconds_count"):
                count = value
            elif line.startswith("lianbing_gc_pause_seconds_sum"):
                total = value
            elif line.startswith("lianbing_gc_pause_seconds_bucket"):
                buckets.append((float(line.split('le="')[1].split('"')[0]), value))
        # The longest pause is in the first bucket that holds them all.
        longest = next((le for le, n in sorted(buckets) if n >= count), float("inf"))
        print(
            f"  GC generation {generation}: {count:.0f} pauses, {total:.2f} s in all, "
            f"longest <= {longest:g} s (both workers, since start)"
        )


def server_cpu(server) -> float:
    """CPU seconds of the server process and its workers (from /proc)."""
    ticks = os.sysconf("SC_CLK_TCK")
    total = 0.0
    pids = [server.process.pid]
    with contextlib.suppress(FileNotFoundError):
        children = (
            Path(f"/proc/{server.process.pid}/task/{server.process.pid}/children")
            .read_text()
            .split()
        )
        pids += [int(pid) for pid in children]
    for pid in pids:
        with contextlib.suppress(FileNotFoundError, ProcessLookupError):
            fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
            total += (int(fields[11]) + int(fields[12])) / ticks
    return total


# --- main ----------------------------------------------------------------------------------


def main(args: argparse.Namespace) -> None:
    if args.command == "gc-child":
        asyncio.run(
            gc_child(
                args.database_url, args.threshold, not args.nofreeze, args.repeat, args.inflight
            )
        )
        return
    with contextlib.ExitStack() as stack:
        folder = Path(stack.enter_context(tempfile.TemporaryDirectory(prefix="lianbing_bench_")))
        url = args.database_url
        if not args.seeded:
            from bench.common import demo_database

            url = demo_database(stack, args, folder)
        if args.command == "gc":
            run_gc(args, url)
        elif args.command == "json":
            asyncio.run(run_json(args, url))
        else:
            asyncio.run(run_healthz(args, url, folder))


def parse_args(argv: list[str]) -> argparse.Namespace:
    parser = argparse.ArgumentParser(
        prog="bench/heavy_read.py", description=__doc__.splitlines()[0]
    )
    parser.add_argument("command", choices=["gc", "json", "healthz", "gc-child"])
    parser.add_argument("--database-url", help="default: a fresh SQLite file in a temp dir")
    parser.add_argument(
        "--fresh-db", action="store_true", help="create and drop a PostgreSQL database"
    )
    parser.add_argument("--seeded", action="store_true", help="--database-url is seeded already")
    parser.add_argument("--people", type=int, default=2000)
    parser.add_argument("--repeat", type=int, default=5)
    parser.add_argument("--inflight", type=int, default=None, help="gc: 8, healthz: 32")
    parser.add_argument(
        "--settings",
        default="700/nofreeze,700,10000,50000,100000",
        help="gc: THRESHOLD[/nofreeze],...",
    )
    parser.add_argument("--threshold", type=int, default=700)
    parser.add_argument("--nofreeze", action="store_true")
    parser.add_argument("--workers", type=int, default=2)
    parser.add_argument(
        "--before",
        action="store_true",
        help="healthz: " + " ".join(f"{k}={v}" for k, v in BEFORE.items()),
    )
    parser.add_argument(
        "--env", action="append", default=[], help="healthz: KEY=VALUE for the server"
    )
    args = parser.parse_args(argv)
    if args.inflight is None:
        args.inflight = 32 if args.command == "healthz" else 8
    if args.command == "json" and args.repeat == 5:
        args.repeat = 20
    return args


if __name__ == "__main__":
    main(parse_args(sys.argv[1:]))
