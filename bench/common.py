"""What the benchmark scripts share: a throw-away PostgreSQL database, a server process to load,
and a count of the SQL statements a request sends."""

from __future__ import annotations

import asyncio
import contextlib
import logging
import os
import secrets
import socket
import subprocess
import sys
import time
import uuid
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit, urlunsplit

import asyncpg
import httpx

from seed.demo import run as seed_run

ROOT = Path(__file__).resolve().parent.parent


class QueryCounter(logging.Handler):
    """SQL statements by verb on the `tortoise.db_client` logger while attached, as in
    tests/conftest.py: `with QueryCounter() as counter: ...`, then `counter.count`."""

    VERBS = frozenset({"SELECT", "INSERT", "UPDATE", "DELETE", "WITH"})

    def __init__(self) -> None:
        super().__init__(logging.DEBUG)
        self.verbs: Counter[str] = Counter()
        self.logger = logging.getLogger("tortoise.db_client")

    @property
    def count(self) -> int:
        return sum(self.verbs.values())

    def emit(self, record: logging.LogRecord) -> None:
        word = record.getMessage().lstrip().split(" ", 1)[0].upper()
        if word in self.VERBS:
            self.verbs[word] += 1

    def __enter__(self) -> QueryCounter:
        self.level = self.logger.level
        self.logger.setLevel(logging.DEBUG)
        self.logger.addHandler(self)
        return self

    def __exit__(self, *exc: object) -> None:
        self.logger.removeHandler(self)
        self.logger.setLevel(self.level)


async def postgres(server_url: str, sql: str) -> None:
    """Run one statement on the server of `server_url` (CREATE or DROP DATABASE)."""
    admin = await asyncpg.connect("postgresql://" + server_url.split("://", 1)[1])
    try:
        await admin.execute(sql)
    finally:
        await admin.close()


@contextlib.contextmanager
def fresh_database(server_url: str) -> Iterator[str]:
    """A new database `lianbing_bench_<random>` on that PostgreSQL server, dropped at the end;
    yields its URL (the database in `server_url` is only used to connect)."""
    if not server_url.startswith(("postgres://", "postgresql://")):
        raise SystemExit("--fresh-db needs a postgres:// --database-url")
    name = f"lianbing_bench_{uuid.uuid4().hex[:12]}"
    asyncio.run(postgres(server_url, f'CREATE DATABASE "{name}"'))
    try:
        yield urlunsplit(urlsplit(server_url)._replace(path=f"/{name}"))
    finally:
        asyncio.run(postgres(server_url, f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))


def demo_database(stack: contextlib.ExitStack, args: Any, folder: Path) -> str:
    """The URL of a database seeded with the demo county of `args.people` people: a SQLite file
    in `folder` unless `args.database_url` says otherwise (a fresh one with `args.fresh_db`)."""
    url = args.database_url or f"sqlite://{folder / 'bench.sqlite3'}"
    if args.fresh_db:
        url = stack.enter_context(fresh_database(url))
    started = time.perf_counter()
    summary = asyncio.run(seed_run(url, people=args.people, seed=1, demo=True))
    seconds = time.perf_counter() - started
    units, people = summary["units"], summary["people"]
    print(f"{url.split(':')[0]}: seeded {units} units, {people} people in {seconds:.1f} s")
    return url


def process_stats() -> dict[int, tuple[int, str, float]]:
    """pid -> (parent pid, command, CPU seconds so far, user + system) of every process, from
    /proc."""
    tick = os.sysconf("SC_CLK_TCK")
    stats: dict[int, tuple[int, str, float]] = {}
    for entry in Path("/proc").iterdir():
        if entry.name.isdigit():
            with contextlib.suppress(OSError, ValueError, IndexError):
                text = (entry / "stat").read_text()
                command = text[text.index("(") + 1 : text.rindex(")")]
                fields = text[text.rindex(")") + 2 :].split()
                stats[int(entry.name)] = (
                    int(fields[1]),
                    command,
                    (int(fields[11]) + int(fields[12])) / tick,
                )
    return stats


def tree_cpu_seconds(stats: dict[int, tuple[int, str, float]], pid: int) -> float:
    """The CPU seconds of `pid`, its children and theirs (a server, its workers, their children)."""
    tree = {pid}
    for _ in range(3):
        tree |= {child for child, (parent, _, _) in stats.items() if parent in tree}
    return sum(stats[p][2] for p in tree if p in stats)


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


@dataclass
class Server:
    """`python server.py` in a process of its own, with a random signing secret."""

    process: subprocess.Popen
    url: str
    secret: str
    log: Path

    @classmethod
    def start(cls, database_url: str, workers: int, log: Path, port: int | None = None) -> Server:
        port = port or free_port()
        secret = secrets.token_urlsafe(36)  # 48 characters
        command = [sys.executable, "server.py", "--port", str(port), "--database-url", database_url]
        command += ["--workers", str(workers)]
        env = {**os.environ, "LIANBING_SECRET": secret}
        with log.open("wb") as out:
            process = subprocess.Popen(command, cwd=ROOT, env=env, stdout=out, stderr=out)
        return cls(process, f"http://127.0.0.1:{port}", secret, log)

    async def healthy(self, seconds: float = 30) -> bool:
        """Whether `/healthz` answered 200 within `seconds` (False if the process exited)."""
        deadline = time.monotonic() + seconds
        async with httpx.AsyncClient(base_url=self.url, trust_env=False) as http:
            while time.monotonic() < deadline and self.process.poll() is None:
                with contextlib.suppress(httpx.TransportError):
                    if (await http.get("/healthz", timeout=2)).status_code == 200:
                        return True
                await asyncio.sleep(0.2)
        return False

    async def all_workers_started(self, workers: int, seconds: float = 60) -> bool:
        """Whether `workers` workers logged their start-up within `seconds`. uvicorn kills a
        worker that does not answer its health check in 5 s, and on a busy machine a new
        worker's imports can take that long: a load started meanwhile runs on fewer workers."""
        deadline = time.monotonic() + seconds
        while time.monotonic() < deadline and self.process.poll() is None:
            if len(self.log_lines("Application startup complete.")) >= workers:
                return True
            await asyncio.sleep(0.2)
        return False

    def log_lines(self, *words: str) -> list[str]:
        """The lines of the server's log that contain any of `words`."""
        return [line for line in self.log.read_text().splitlines() if any(w in line for w in words)]

    def stop(self) -> None:
        if self.process.poll() is not None:
            return
        self.process.terminate()
        try:
            self.process.wait(timeout=30)
        except subprocess.TimeoutExpired:
            self.process.kill()
            self.process.wait(timeout=10)
