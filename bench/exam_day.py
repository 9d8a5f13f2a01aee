"""Exam day: a whole county starts the same paper in the same minute.

    python bench/exam_day.py                     # 2000 officers starting within one minute
    python bench/exam_day.py --think 0 --concurrency 200     # back to back: the capacity
    python bench/exam_day.py --officers 500 --database-url postgres://postgres@host:5432/x
    python bench/exam_day.py --logins-only --login-concurrency 0   # 2000 logins all at once

Sets up a fresh PostgreSQL database (dropped at the end): a unit tree, --officers officers with
accounts, a trainer, a question bank and a published exam drawing --questions questions by rules.
Runs `server.py --workers N`. First the login phase: every officer logs in (an argon2id verify
each), --login-concurrency at a time (0: all at once); it prints logins per second, p50/p99 and
the CPU it took. `--logins-only` stops there. With `--rehash` the officers' stored hashes have
argon2-cffi's former default parameters (64 MiB, t=3, p=4), so each login verifies that and
stores a new hash, as every officer's first login after the upgrade to OWASP's parameters does.
Then the exam: each officer starts at a random moment of the first --ramp seconds, and after
--think seconds (+-50 %) each time saves --batches batches of answers and submits; with
--concurrency, at most that many officers are mid-exam at once. It prints latencies and rates,
the CPU seconds the client, the server's workers and PostgreSQL used meanwhile, PASS/FAIL checks
of the outcome in the database, and SQL statements per request counted in-process.

The client is aiohttp on uvloop (`pip install -e '.[bench]'`): it shares the machine with the
server, so it has to be cheap; its CPU time is printed with the rest.

Setup shortcut: `models.org.create_user` hashes each password with argon2 (tens of ms each), so
the officers' accounts are bulk-created sharing ONE argon2 hash of one password. That only skips
hashing cost at setup: every login still verifies a full-cost argon2 hash (and, with --rehash,
stores a hash of its own).
"""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import json
import math
import os
import random
import resource
import statistics
import sys
import tempfile
import time
from collections import Counter
from dataclasses import dataclass, field
from datetime import timedelta
from decimal import Decimal
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

import aiohttp
import httpx
import uvloop
from argon2 import PasswordHasher, profiles
from tortoise import Tortoise

from bench.common import QueryCounter, Server, fresh_database, process_stats, tree_cpu_seconds
from database import migrate, tortoise_config
from models import clock, exams, org
from models.assessment import Dimension, ScoreEvent
from models.org import Person, PersonCategory, Role, Unit, UnitKind, User
from models.question_import import QuestionDraft, QuestionType, check_draft
from models.training import Audience
from schema.ids import global_id
from server import create_app
from settings import Settings

PASSWORD = "exam-day-2026"
TEAMS = 18  # township enforcement teams under the county committee
POINTS = Decimal(2)
LOGIN = "mutation($input: LoginInput!) { login(input: $input) { token userErrors { code } } }"
START = """mutation($input: StartExamAttemptInput!) { startExamAttempt(input: $input) {
  attempt { id status deadline questions { number type stem points questionGlobalId
    options { key text } myAnswer } } userErrors { field code message } } }"""
SAVE = """mutation($input: SaveAnswersInput!) { saveAnswers(input: $input) {
  attempt { status } userErrors { field code message } } }"""
SUBMIT = """mutation($input: SubmitExamAttemptInput!) { submitExamAttempt(input: $input) {
  attempt { status score passed questions { number myAnswer correctAnswer awarded } }
  userErrors { field code message } } }"""


@dataclass
class Op:
    latencies: list[float] = field(default_factory=list)  # ms, failed requests included
    errors: list[str] = field(default_factory=list)
    sent: list[float] = field(default_factory=list)  # perf_counter() when each request went


@dataclass
class Plan:
    exam_pk: int
    officers: dict[str, int]  # username -> person id: the officers under load
    probe: str  # one more officer, for the in-process query count
    keys: dict[str, tuple[str, list[str]]]  # question global ID -> (type, answer key)


def bank(questions: int) -> tuple[list[QuestionDraft], list[exams.RuleSpec]]:
    """Twice as many questions of each type as the paper draws, and one rule per type."""
    share = {QuestionType.MULTIPLE_CHOICE: questions // 5, QuestionType.TRUE_FALSE: questions // 5}
    share[QuestionType.SINGLE_CHOICE] = questions - sum(share.values())
    topics = ["安全生产法", "道路交通安全法", "行政处罚法", "森林法", "消防法"]
    drafts, rules = [], []
    for kind, count in share.items():
        if count:
            rules.append(exams.RuleSpec(category="法律法规", count=count, points=POINTS, type=kind))
        for n in range(count * 2):
            options, answer = [(k, f"选项{k}") for k in "ABCD"], [random.choice("ABCD")]
            if kind == QuestionType.MULTIPLE_CHOICE:
                answer = sorted(random.sample("ABCD", random.randint(2, 3)))
            if kind == QuestionType.TRUE_FALSE:
                options, answer = [("T", "正确"), ("F", "错误")], [random.choice("TF")]
            category, stem = f"法律法规 > {topics[n % 5]}", f"{kind.value} {n}：下列说法正确的是？"
            drafts.append(QuestionDraft(category, kind, stem, options, answer))
    problems = [p for d in drafts for p in check_draft(d)]
    assert not problems, problems
    return drafts, rules


async def setup(url: str, args: argparse.Namespace) -> Plan:
    await migrate(url)
    await Tortoise.init(config=tortoise_config(url))
    try:
        if await Unit.exists():
            raise SystemExit("the database has units already: use an empty one, or --fresh-db")
        root = await Unit.create(name="县安全生产委员会", kind=UnitKind.COMMITTEE)
        bureau = await Unit.create(
            name="县应急管理局", kind=UnitKind.COUNTY_DEPARTMENT, parent=root
        )
        teams = [
            await Unit.create(name=f"第{i + 1}镇执法队", kind=UnitKind.TOWNSHIP, parent=root)
            for i in range(TEAMS)
        ]
        officer = PersonCategory.ENFORCEMENT_OFFICER
        people = [
            Person(name=f"考生{i}", unit=teams[i % TEAMS], category=officer, badge_number=f"KS{i}")
            for i in range(args.officers + 1)
        ]
        await Person.bulk_create(people, batch_size=1000)
        rows = await Person.filter(category=officer).order_by("id").values_list("id", "unit_id")
        shared = await org.hash_password(PASSWORD)  # one hash for all: see the module docstring
        if args.rehash:
            shared = PasswordHasher.from_parameters(profiles.RFC_9106_LOW_MEMORY).hash(PASSWORD)
        common = {"password_hash": shared, "roles": [Role.OFFICER.value]}
        users = [
            User(username=f"officer{n:05d}", person_id=person, scope_unit_id=unit, **common)
            for n, (person, unit) in enumerate(rows)
        ]
        await User.bulk_create(users, batch_size=1000)
        author = await Person.create(name="出题人", unit=bureau, category=officer)
        trainer = await org.create_user(
            username="trainer", password=PASSWORD, roles=[Role.TRAINER], person_id=author.id
        )
        drafts, rules = bank(args.questions)
        await exams.import_questions(drafts, trainer.id)
        now = clock.now()
        plan = exams.ExamPlan(
            title="2026年执法人员法律法规统一考试",
            opens_at=now - timedelta(minutes=1),
            closes_at=now + timedelta(hours=2),
            duration_minutes=60,
            pass_score=POINTS * args.questions * Decimal("0.6"),
            audience=Audience(unit_ids=[root.id]),
            rules=rules,
            organizer_unit_id=root.id,
        )
        exam = await exams.create_exam(plan, trainer.id)
        await exams.publish_exam(exam.id)
        questions = await exams.Question.all()
        keys = {global_id("Question", q.id): (q.type.value, q.answer) for q in questions}
        officers = {u.username: u.person_id for u in users[:-1]}
        return Plan(exam.id, officers, users[-1].username, keys)
    finally:
        await Tortoise.close_connections()


async def gql(http: Any, query: str, input: dict, token: str | None) -> dict:
    """The payload of a one-mutation document; raises on HTTP, GraphQL or user errors.
    `http` is an aiohttp session, or an httpx client for the in-process count."""
    headers = {"Content-Type": "application/json"}
    if token:
        headers["Authorization"] = f"Bearer {token}"
    body = json.dumps({"query": query, "variables": {"input": input}})
    if isinstance(http, httpx.AsyncClient):
        response = await http.post("/graphql", content=body, headers=headers)
        status, text = response.status_code, response.text
    else:
        async with http.post("/graphql", data=body, headers=headers) as response:
            status, text = response.status, await response.text()
    if status != 200:
        raise RuntimeError(f"HTTP {status}: {text[:200]}")
    data = json.loads(text)
    if data.get("errors"):
        raise RuntimeError(f"GraphQL errors: {str(data['errors'])[:200]}")
    payload = next(iter(data["data"].values()))
    if payload.get("userErrors"):
        raise RuntimeError(f"userErrors: {payload['userErrors']}")
    return payload


FAILURES = (RuntimeError, aiohttp.ClientError, asyncio.TimeoutError)


async def timed(op: Op, http: Any, query: str, input: dict, token: str | None) -> dict:
    """gql(), recording the latency (failures included) and any error in `op`."""
    started = time.perf_counter()
    op.sent.append(started)
    try:
        return await gql(http, query, input, token)
    except FAILURES as error:
        op.errors.append(f"{type(error).__name__}: {error}"[:300])
        raise
    finally:
        op.latencies.append((time.perf_counter() - started) * 1000)


def choose(kind: str, key: list[str], options: list[str], right: bool) -> list[str]:
    """The key, or a wrong answer."""
    if right:
        return key
    if kind == QuestionType.MULTIPLE_CHOICE:
        return random.choice([c for c in (options[:1], options[:2], options) if sorted(c) != key])
    return [random.choice([o for o in options if [o] != key])]


async def take_exam(http: Any, ops: dict, token: str, plan: Plan, args: argparse.Namespace):
    """One officer's exam, pausing about --think seconds between requests; returns the score
    their answers are worth by the key."""

    async def pause() -> None:
        if args.think > 0:
            await asyncio.sleep(args.think * random.uniform(0.5, 1.5))

    exam_id = global_id("Exam", plan.exam_pk)
    attempt = (await timed(ops["start"], http, START, {"examId": exam_id}, token))["attempt"]
    skill, answers, worth = random.uniform(0.4, 0.95), [], Decimal(0)
    for question in attempt["questions"]:
        kind, key = plan.keys[question["questionGlobalId"]]
        options = [o["key"] for o in question["options"]]
        choices = sorted(choose(kind, key, options, random.random() < skill))
        worth += POINTS if choices == key else 0
        answers.append({"questionId": question["questionGlobalId"], "choices": choices})
    size = math.ceil(len(answers) / args.batches)
    for i in range(0, len(answers), size):
        await pause()
        batch = {"attemptId": attempt["id"], "answers": answers[i : i + size]}
        await timed(ops["save"], http, SAVE, batch, token)
    await pause()
    await timed(ops["submit"], http, SUBMIT, {"attemptId": attempt["id"]}, token)
    return worth


def cpu_seconds(server_pid: int) -> dict[str, float]:
    """CPU time (user + system) so far of this process, of the server and its workers, and of
    PostgreSQL's processes (when it runs on this machine), from /proc."""
    stats = process_stats()
    usage = resource.getrusage(resource.RUSAGE_SELF)
    return {
        "client": usage.ru_utime + usage.ru_stime,
        "server": tree_cpu_seconds(stats, server_pid),
        "postgres": sum(sec for _, command, sec in stats.values() if command == "postgres"),
    }


async def run_load(args, url: str, plan: Plan, ops: dict, walls: dict, worth: dict) -> None:
    """The login phase, then (unless --logins-only) the exam: fills ops, worth and walls (the
    [start, end] of each phase, and the CPU seconds at each)."""
    connector = aiohttp.TCPConnector(limit=0, keepalive_timeout=2)
    timeout = aiohttp.ClientTimeout(total=120, connect=30)
    tokens: dict[str, str] = {}
    async with aiohttp.ClientSession(url, connector=connector, timeout=timeout) as http:
        gate = asyncio.Semaphore(args.login_concurrency or len(plan.officers) or 1)

        async def login(username: str) -> None:
            async with gate:
                with contextlib.suppress(*FAILURES):
                    body = {"username": username, "password": PASSWORD}
                    tokens[username] = (await timed(ops["login"], http, LOGIN, body, None))["token"]

        walls["login"][0], walls["cpu login"][0] = time.perf_counter(), cpu_seconds(args.server_pid)
        await asyncio.gather(*(login(name) for name in plan.officers))
        walls["login"][1] = walls["exam"][0] = time.perf_counter()
        walls["cpu login"][1] = walls["cpu"][0] = cpu_seconds(args.server_pid)
        if args.logins_only:
            return
        seats = asyncio.Semaphore(args.concurrency or len(tokens) or 1)

        async def officer(name: str) -> None:
            await asyncio.sleep(random.uniform(0, args.ramp))
            async with seats:
                with contextlib.suppress(*FAILURES):
                    worth[name] = await take_exam(http, ops, tokens[name], plan, args)

        await asyncio.gather(*(officer(name) for name in list(tokens)))
        walls["exam"][1] = time.perf_counter()
        walls["cpu"][1] = cpu_seconds(args.server_pid)


def cuts(latencies: list[float]) -> list[float]:
    """The 1st to 99th percentiles (NaN with fewer than two latencies)."""
    if len(latencies) < 2:
        return [math.nan] * 99
    return statistics.quantiles(latencies, n=100, method="inclusive")


def cpu_line(phase: str, cpu: list, wall: float) -> None:
    if all(cpu):
        used = {name: cpu[1][name] - cpu[0][name] for name in cpu[0]}
        cells = ", ".join(f"{name} {value:.1f} s" for name, value in used.items())
        share = sum(used.values()) / (wall * (os.cpu_count() or 1)) * 100
        print(f"CPU during the {phase}: {cells} ({share:.0f} % of {os.cpu_count()} cores)")


def report_logins(args, op: Op, wall: float, argon2_ms: float, cpu: list) -> None:
    """The login phase's line: logins per second and their latency."""
    n, ms = len(op.latencies), cuts(op.latencies)
    at_once = args.login_concurrency or len(op.latencies)
    rehash = ", each rehashing a former-default hash" if args.rehash else ""
    print(
        f"\nlogin phase: {n} officers, {at_once} at once{rehash}: {n / wall:.1f} logins/s, "
        f"p50 {ms[49]:.0f} ms, p99 {ms[98]:.0f} ms, {len(op.errors)} errors, {wall:.1f} s"
    )
    load = ", ".join(f"{x:.1f}" for x in os.getloadavg())
    print(
        f"one argon2id verify in-process, after the load: {argon2_ms:.0f} ms; load average {load}"
    )
    for error, times in Counter(op.errors).most_common(3):
        print(f"  login error x{times}: {error}")
    cpu_line("logins", cpu, wall)
    if all(cpu) and n:
        each = (cpu[1]["server"] - cpu[0]["server"]) / n * 1000
        cores = os.cpu_count() or 1
        ceiling = cores * 1000 / each
        print(
            f"server CPU per login: {each:.0f} ms (all {cores} cores for the server alone:"
            f" {ceiling:.0f} logins/s)"
        )


def report(ops: dict[str, Op], seconds: dict[str, float], worth: dict, cpu: list) -> None:
    row = "{:<10}{:>7}{:>7}{:>8}{:>8}{:>8}{:>8}".format
    print("\n" + row("operation", "count", "errors", "req/s", "p50 ms", "p95 ms", "p99 ms"))
    for name, op in ops.items():
        n, wall = len(op.latencies), seconds["login" if name == "login" else "exam"]
        ms = cuts(op.latencies)
        print(
            row(name, n, len(op.errors), f"{n / wall:.1f}", *(f"{ms[i]:.0f}" for i in (49, 94, 98)))
        )
    for name, op in ops.items():
        if name != "login":
            for error, times in Counter(op.errors).most_common(3):
                print(f"  {name} error x{times}: {error}")
    exam = seconds["exam"]
    requests = sum(len(ops[k].latencies) for k in ("start", "save", "submit"))
    print(f"exam: {requests} requests in {exam:.1f} s = {requests / exam:.1f} requests/s")
    sent = Counter(int(t) for k in ("start", "save", "submit") for t in ops[k].sent)
    if sent:
        tens = max(sum(sent[second + i] for i in range(10)) for second in sent) / 10
        print(f"busiest second: {max(sent.values())} requests sent; busiest 10 s: {tens:.0f}/s")
    print(f"attempts: {len(worth)} completed in {exam:.1f} s = {len(worth) / exam:.2f} attempts/s")
    cpu_line("exam", cpu, exam)


async def verify(url: str, plan: Plan, questions: int, worth: dict[str, Decimal]) -> None:
    """The outcome in the database, for the officers under load."""
    await Tortoise.init(config=tortoise_config(url))
    try:
        people = Counter(plan.officers.values())
        attempts = await exams.ExamAttempt.filter(exam_id=plan.exam_pk, person_id__in=list(people))
        papers = exams.AttemptQuestion.filter(attempt_id__in=[a.id for a in attempts])
        rows = Counter(await papers.values_list("attempt_id", flat=True))
        events = await ScoreEvent.filter(
            dimension=Dimension.EXAM, source_type="Exam", source_id=str(plan.exam_pk)
        ).values_list("person_id", "kind")
    finally:
        await Tortoise.close_connections()
    score = {a.person_id: a.score for a in attempts}
    graded = [a.status == exams.AttemptStatus.GRADED and a.score is not None for a in attempts]
    once = Counter(p for p, _ in events) == people and all(k == "result" for _, k in events)
    checks = {
        "exactly one attempt per officer": Counter(a.person_id for a in attempts) == people,
        "every attempt GRADED with a score": all(graded),
        f"every attempt has {questions} AttemptQuestion rows": all(
            rows[a.id] == questions for a in attempts
        ),
        "exactly one EXAM ScoreEvent per officer (graded exactly once)": once,
        "every score matches the answer key": all(
            score.get(plan.officers[name]) == value for name, value in worth.items()
        ),
    }
    print(f"\n{len(people)} officers, {len(attempts)} attempts, {len(events)} EXAM ledger events")
    for name, ok in checks.items():
        print(f"{'PASS' if ok else 'FAIL'} {name}")


async def verify_hashes(url: str, plan: Plan) -> None:
    """With --rehash: the officers' stored hashes after their logins."""
    await Tortoise.init(config=tortoise_config(url))
    try:
        users = User.filter(username__in=list(plan.officers))
        hashes = await users.values_list("password_hash", flat=True)
    finally:
        await Tortoise.close_connections()
    current = sum(not org.needs_rehash(h) for h in hashes)
    print(
        f"\n{'PASS' if current == len(plan.officers) else 'FAIL'} every officer's stored hash"
        f" has the current parameters ({current} of {len(plan.officers)}, {len(set(hashes))}"
        " distinct)"
    )
    ok = hashes and await org.verify_password(hashes[0], PASSWORD)
    print(f"{'PASS' if ok else 'FAIL'} a rehashed hash verifies the officer's password")


async def count_queries(url: str, secret: str, plan: Plan, batches: int) -> None:
    """SQL statements of one officer's requests (the first save batch), in-process."""
    app = create_app(Settings(url, secret, False, False, False, 12, None, "default"))
    counts: dict[str, Counter[str]] = {}
    async with app.router.lifespan_context(app):
        transport = httpx.ASGITransport(app=app)
        async with httpx.AsyncClient(transport=transport, base_url="http://bench") as http:

            async def send(name: str, query: str, input: dict, token: str | None = None) -> dict:
                with QueryCounter() as counter:
                    result = await gql(http, query, input, token)
                counts[name] = counter.verbs
                return result

            login = {"username": plan.probe, "password": PASSWORD}
            token = (await send("login", LOGIN, login))["token"]
            start = {"examId": global_id("Exam", plan.exam_pk)}
            attempt = (await send("startExamAttempt", START, start, token))["attempt"]
            answers = [
                {"questionId": q["questionGlobalId"], "choices": [q["options"][0]["key"]]}
                for q in attempt["questions"]
            ]
            batch = answers[: math.ceil(len(answers) / batches)]
            save = {"attemptId": attempt["id"], "answers": batch}
            await send(f"saveAnswers ({len(batch)} answers)", SAVE, save, token)
            await send("submitExamAttempt", SUBMIT, {"attemptId": attempt["id"]}, token)
    print(f"\n{'SQL statements per request':<30}{'total':>6}  by verb")
    for name, verbs in counts.items():
        detail = ", ".join(f"{verb} {n}" for verb, n in sorted(verbs.items()))
        print(f"{name:<30}{sum(verbs.values()):>6}  {detail}")


async def load(args, server: Server, plan: Plan, worth: dict) -> None:
    if not await server.healthy():
        raise SystemExit("the server did not become healthy in 30 s")
    if not await server.all_workers_started(args.workers):
        print(f"WARNING: fewer than {args.workers} workers started in 60 s: see the server log")
    ops = {name: Op() for name in ("login", "start", "save", "submit")}
    walls: dict[str, list] = {
        phase: [None, None] for phase in ("login", "exam", "cpu login", "cpu")
    }
    args.server_pid = server.process.pid
    try:
        await asyncio.wait_for(run_load(args, server.url, plan, ops, walls, worth), args.time_limit)
    except TimeoutError:
        print(f"\nABORTED: the load ran past --time-limit {args.time_limit:.0f} s")
    now, cpu, cpu_login = time.perf_counter(), walls.pop("cpu"), walls.pop("cpu login")
    seconds = {k: (end or now) - (start or now) or math.nan for k, (start, end) in walls.items()}
    hashed = await org.hash_password(PASSWORD)
    started = time.perf_counter()
    await org.verify_password(hashed, PASSWORD)
    argon2_ms = (time.perf_counter() - started) * 1000
    report_logins(args, ops["login"], seconds["login"], argon2_ms, cpu_login)
    if not args.logins_only:
        report(ops, seconds, worth, cpu)


def main(args: argparse.Namespace) -> None:
    with contextlib.ExitStack() as stack:
        folder = Path(stack.enter_context(tempfile.TemporaryDirectory(prefix="lianbing_bench_")))
        url = args.database_url
        if args.fresh_db:
            url = stack.enter_context(fresh_database(url))
        started = time.perf_counter()
        plan = asyncio.run(setup(url, args))
        seconds = time.perf_counter() - started
        print(f"setup: {len(plan.officers)} officers, {len(plan.keys)} questions, {seconds:.1f} s")
        server = Server.start(url, args.workers, folder / "server.log", args.port)
        stack.callback(server.stop)
        at_once = f"at most {args.concurrency}" if args.concurrency else "all"
        print(
            f"{args.workers} workers; officers start within {args.ramp:g} s, {at_once} mid-exam at"
            f" once; start, {args.batches} saves and submit {args.think:g} s (+-50 %) apart"
            if not args.logins_only
            else f"{args.workers} workers; the login phase only"
        )
        worth: dict[str, Decimal] = {}
        with asyncio.Runner(loop_factory=uvloop.new_event_loop) as runner:
            runner.run(load(args, server, plan, worth))
        server.stop()
        lines = server.log_lines(" ERROR ", " WARNING ", "died", "Traceback")
        for line in lines[:5]:
            print(f"server log ({len(lines)} notable lines): {line[:300]}")
        if args.rehash:
            asyncio.run(verify_hashes(url, plan))
        if not args.logins_only:
            asyncio.run(verify(url, plan, args.questions, worth))
            asyncio.run(count_queries(url, server.secret, plan, args.batches))


def parse_args(argv: list[str]) -> argparse.Namespace:
    parser = argparse.ArgumentParser(prog="bench/exam_day.py", description=__doc__.splitlines()[0])
    parser.add_argument("--database-url", default="postgres://postgres@127.0.0.1:5432/test")
    fresh = "create lianbing_bench_<random> there, drop it at the end (default: on)"
    parser.add_argument(
        "--fresh-db", action=argparse.BooleanOptionalAction, default=True, help=fresh
    )
    parser.add_argument("--officers", type=int, default=2000)
    parser.add_argument("--questions", type=int, default=50)
    parser.add_argument("--workers", type=int, default=2, help="uvicorn workers")
    parser.add_argument("--ramp", type=float, default=60, help="seconds over which they start")
    parser.add_argument(
        "--think", type=float, default=10, help="seconds between one officer's requests"
    )
    parser.add_argument(
        "--concurrency", type=int, default=0, help="most officers mid-exam at once (0: no cap)"
    )
    parser.add_argument(
        "--login-concurrency", type=int, default=20, help="logins in flight (0: all at once)"
    )
    parser.add_argument(
        "--logins-only", action="store_true", help="stop after the login phase (no exam)"
    )
    rehash = "officers' stored hashes have argon2-cffi's former default parameters"
    parser.add_argument("--rehash", action="store_true", help=rehash)
    parser.add_argument("--batches", type=int, default=5, help="saveAnswers calls per attempt")
    parser.add_argument("--port", type=int, help="default: a free one")
    parser.add_argument("--time-limit", type=float, default=900, help="seconds for the load")
    return parser.parse_args(argv)


if __name__ == "__main__":
    main(parse_args(sys.argv[1:]))
