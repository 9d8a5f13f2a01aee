"""`/metrics` in Prometheus' text format (README, "Monitoring").

What is measured, and where:
- `MetricsMiddleware` (ASGI, outermost): every HTTP request by route and status, the requests in
  flight, and for GraphQL requests the operation's count, errors and latency (the whole request:
  authentication, execution and the JSON answer). It opens a `RequestStats` that the pieces
  below fill in.
- `OperationMetrics` (a strawberry extension) names the operation once the document is parsed;
  `graphql_result` (called by the view with the final result, time-outs included) takes the
  top-level error codes. userErrors are data, not errors: they are not counted.
- `count_statements` wraps the Tortoise client's `log`, which every statement passes through
  (the same `debug` call that tests/conftest.py's QueryCounter listens to), and counts into the
  current request's stats: one attribute look-up and an integer per statement.
- Garbage-collection pauses are timed by a `gc.callbacks` hook. The hook only appends to a list
  (prometheus_client's locks are not re-entrant, and a collection can start while one is held);
  the list goes into the histogram at the end of each request and at each scrape.
- The PostgreSQL pool (asyncpg) is sampled when each request starts and ends. SQLite has no pool,
  so no pool gauges are written for it.

Several uvicorn workers write to files in PROMETHEUS_MULTIPROC_DIR, which `server.py` prepares
(`multiprocess_directory`) before the workers start; a scrape reads all of them.
"""

from __future__ import annotations

import gc
import glob
import ipaddress
import logging
import os
import re
import secrets
import tempfile
import time
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from contextvars import ContextVar
from dataclasses import dataclass, field
from typing import Any

from graphql import GraphQLError, GraphQLSyntaxError, OperationDefinitionNode
from prometheus_client import (
    CollectorRegistry,
    Counter,
    Gauge,
    Histogram,
    disable_created_metrics,
    values,
)
from prometheus_client.exposition import choose_encoder
from prometheus_client.multiprocess import MultiProcessCollector, mark_process_dead
from starlette.concurrency import run_in_threadpool
from starlette.requests import Request
from starlette.responses import PlainTextResponse, Response
from starlette.routing import BaseRoute, Match
from starlette.types import ASGIApp, Message, Receive, Scope, Send
from strawberry.extensions import SchemaExtension

log = logging.getLogger("lianbing.metrics")

MULTIPROC_ENV = "PROMETHEUS_MULTIPROC_DIR"
MAX_NAME_LENGTH = 64  # longer operation names are counted as "other"
MAX_OPERATION_NAMES = 200  # distinct names per worker; later ones are counted as "other"
ANONYMOUS = "anonymous"
OTHER = "other"

disable_created_metrics()  # as in multiprocess mode, which has no `_created` samples

# Every metric has labels: a metric without labels writes its file when it is created, and
# server.py empties the folder after this module is imported.
REGISTRY = CollectorRegistry(auto_describe=True)
HTTP_REQUESTS = Counter(
    "lianbing_http_requests",
    "HTTP requests answered, by route template and status code.",
    ["route", "status"],
    registry=REGISTRY,
)
HTTP_IN_PROGRESS = Gauge(
    "lianbing_http_requests_in_progress",
    "HTTP requests being answered now (all live workers).",
    ["route"],
    multiprocess_mode="livesum",
    registry=REGISTRY,
)
OPERATIONS = Counter(
    "lianbing_graphql_requests",
    "GraphQL requests over HTTP, by operation name.",
    ["operation"],
    registry=REGISTRY,
)
ERRORS = Counter(
    "lianbing_graphql_errors",
    "GraphQL requests answered with top-level errors, once per request and error code.",
    ["operation", "code"],
    registry=REGISTRY,
)
LATENCY = Histogram(
    "lianbing_graphql_request_duration_seconds",
    "Time to answer a GraphQL request, by operation name.",
    ["operation"],
    buckets=(0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2, 5, 10, 30),
    registry=REGISTRY,
)
STATEMENTS = Histogram(
    "lianbing_sql_statements_per_request",
    "SQL statements sent while answering one HTTP request (operation is empty off /graphql).",
    ["route", "operation"],
    buckets=(0, 1, 2, 3, 5, 8, 13, 20, 30, 50, 100, 200, 500),
    registry=REGISTRY,
)
GC_PAUSES = Histogram(
    "lianbing_gc_pause_seconds",
    "Garbage-collection pauses, by generation collected.",
    ["generation"],
    buckets=(0.0005, 0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30),
    registry=REGISTRY,
)
POOL_CONNECTIONS = Gauge(
    "lianbing_db_pool_connections",
    "PostgreSQL pool connections open, by state (in_use or idle), sampled at each request's "
    "start and end (all live workers).",
    ["database", "state"],
    multiprocess_mode="livesum",
    registry=REGISTRY,
)
POOL_MAX = Gauge(
    "lianbing_db_pool_max_connections",
    "The PostgreSQL pools' size limit (all live workers).",
    ["database"],
    multiprocess_mode="livesum",
    registry=REGISTRY,
)


_children: dict[tuple[Any, ...], Any] = {}


def child(metric: Any, *labels: str) -> Any:
    """metric.labels(*labels), remembered: the label sets are bounded, and labels() costs as
    much as the write it precedes."""
    key = (metric, *labels)
    found = _children.get(key)
    if found is None:
        found = _children[key] = metric.labels(*labels)
    return found


# --- one request's figures ------------------------------------------------------------------


@dataclass(slots=True)
class RequestStats:
    statements: int = 0
    operation: str | None = None  # the executed operation's name, as the document spells it
    graphql: bool = False  # a GraphQL result was produced
    error_codes: set[str] = field(default_factory=set)


_current: ContextVar[RequestStats | None] = ContextVar("metrics_request", default=None)


class OperationNames:
    """Operation names as labels, with a bounded number of distinct values per worker."""

    def __init__(self, limit: int = MAX_OPERATION_NAMES) -> None:
        self.limit = limit
        self.seen: set[str] = set()

    def label(self, name: str | None) -> str:
        if not name:
            return ANONYMOUS
        if name in self.seen:
            return name
        if len(name) > MAX_NAME_LENGTH or len(self.seen) >= self.limit:
            return OTHER
        self.seen.add(name)
        return name


OPERATION_NAMES = OperationNames()


def executed_operation_name(execution_context: Any) -> str | None:
    """The name of the operation strawberry runs (the requested one, else the first), if the
    document has an operation of that name; None when unnamed or not parsed."""
    document = execution_context.graphql_document
    if document is None:
        return None
    name = execution_context.operation_name
    names = {
        definition.name.value
        for definition in document.definitions
        if isinstance(definition, OperationDefinitionNode) and definition.name
    }
    return name if name in names else None


class OperationMetrics(SchemaExtension):
    """Tells the request's stats which operation it runs (once the document is parsed)."""

    def on_validate(self) -> Iterator[None]:
        stats = _current.get()
        if stats is not None:
            stats.operation = executed_operation_name(self.execution_context)
        yield


def error_code(error: GraphQLError) -> str:
    code = (error.extensions or {}).get("code")
    if isinstance(code, str) and code:
        return code[:MAX_NAME_LENGTH]
    if isinstance(error, GraphQLSyntaxError):
        return "GRAPHQL_PARSE_FAILED"
    return "GRAPHQL_VALIDATION_FAILED"  # the rest of graphql-core's uncoded errors


def graphql_result(result: Any) -> None:
    """Record the final result of the current HTTP request's operation."""
    stats = _current.get()
    if stats is None:
        return
    stats.graphql = True
    stats.error_codes = {error_code(error) for error in result.errors or ()}


# --- SQL statements -------------------------------------------------------------------------

STATEMENT_VERBS = ("SELECT", "INSERT", "UPDATE", "DELETE", "WITH")  # as QueryCounter


class CountingLog:
    """Stands in for a Tortoise client's `log`: counts statements into the current request,
    then hands every call on to the real logger."""

    def __init__(self, logger: Any) -> None:
        self.logger = logger

    def debug(self, msg: Any, *args: Any, **kwargs: Any) -> None:
        stats = _current.get()
        if stats is not None:
            statement = args[0] if args and msg == "%s: %s" else msg
            if isinstance(statement, str) and statement.lstrip()[:6].upper().startswith(
                STATEMENT_VERBS
            ):
                stats.statements += 1
        self.logger.debug(msg, *args, **kwargs)

    def __getattr__(self, name: str) -> Any:
        return getattr(self.logger, name)


def count_statements(client: Any) -> None:
    """Count the statements of this Tortoise client and of the transactions it opens (they
    copy its `log`)."""
    if not isinstance(client.log, CountingLog):
        client.log = CountingLog(client.log)


# --- the database pool ----------------------------------------------------------------------


class PoolSampler:
    """Writes the pool gauges for the asyncpg pool of a Tortoise client, if it has one."""

    def __init__(self, client: Any, database: str = "default") -> None:
        self.client = client
        self.database = database
        self.in_use = POOL_CONNECTIONS.labels(database, "in_use")
        self.idle = POOL_CONNECTIONS.labels(database, "idle")
        self.max = POOL_MAX.labels(database)

    @classmethod
    def for_client(cls, client: Any) -> PoolSampler | None:
        # Tortoise's asyncpg client keeps its pool in `_pool` (made at the first statement);
        # SQLite's client has none.
        if getattr(client.capabilities, "dialect", None) != "postgres":
            return None
        if not hasattr(client, "_pool"):
            return None
        return cls(client)

    def sample(self) -> None:
        pool = self.client._pool
        if pool is None or not hasattr(pool, "get_idle_size"):  # not yet, or not asyncpg's
            return
        size, idle = pool.get_size(), pool.get_idle_size()
        self.in_use.set(size - idle)
        self.idle.set(idle)
        self.max.set(pool.get_max_size())


_pool: PoolSampler | None = None


# --- garbage collection ---------------------------------------------------------------------

_gc_started: list[float] = [0.0]
_gc_pauses: list[tuple[int, float]] = []
GC_BUFFER = 10_000  # pauses kept between two flushes; an idle worker collects little


_gc_watchers: list[list[tuple[int, float]]] = []


def _on_gc(phase: str, info: dict[str, int]) -> None:
    if phase == "start":
        _gc_started[0] = time.perf_counter()
        return
    pause = (info["generation"], time.perf_counter() - _gc_started[0])
    if len(_gc_pauses) < GC_BUFFER:
        _gc_pauses.append(pause)
    for watcher in _gc_watchers:
        watcher.append(pause)


@contextmanager
def gc_watch() -> Iterator[list[tuple[int, float]]]:
    """The (generation, seconds) of every garbage-collection pause while inside, for the
    benchmarks: `with gc_watch() as pauses: ...`. Needs the hook (`start`, or `watch_gc`)."""
    pauses: list[tuple[int, float]] = []
    _gc_watchers.append(pauses)
    try:
        yield pauses
    finally:
        _gc_watchers.remove(pauses)


def watch_gc() -> None:
    if _on_gc not in gc.callbacks:
        gc.callbacks.append(_on_gc)


def tune_gc(threshold: int, freeze: bool) -> None:
    """Once a worker has started (imports, the schema, the database client): move what exists
    now out of the collector's sight (`gc.freeze`: those objects live as long as the worker,
    and every full collection would walk them again), and collect the youngest generation
    after `threshold` allocations instead of Python's 700 (README, "Configuration")."""
    if freeze:
        gc.collect()  # what start-up left as garbage is freed, not frozen
        gc.freeze()
    _, older, oldest = gc.get_threshold()
    gc.set_threshold(threshold, older, oldest)


def flush_gc_pauses() -> None:
    while _gc_pauses:
        generation, seconds = _gc_pauses.pop()
        child(GC_PAUSES, str(generation)).observe(seconds)


# --- wiring ---------------------------------------------------------------------------------


def start(client: Any) -> None:
    """In each worker, once the database client exists: count its statements, sample its pool,
    time garbage collections."""
    global _pool
    count_statements(client)
    _pool = PoolSampler.for_client(client)
    watch_gc()


def stop() -> None:
    """A worker shutting down leaves no gauge behind (its counts stay in the totals)."""
    if multiprocess():
        mark_process_dead(os.getpid())


def route_label(scope: Scope, routes: Sequence[BaseRoute]) -> str:
    """The template of the route the router will pick (as Starlette's Router: the first full
    match, else the first partial one, which answers 405), or "unmatched"."""
    partial = None
    for route in routes:
        match, _ = route.matches(scope)
        if match == Match.FULL:
            return getattr(route, "path", "unmatched")
        if match == Match.PARTIAL and partial is None:
            partial = route
    return getattr(partial, "path", "unmatched")


class MetricsMiddleware:
    def __init__(self, app: ASGIApp, routes: Sequence[BaseRoute]) -> None:
        self.app = app
        self.routes = routes

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        status = 500  # if the app fails before it answers, Starlette answers 500
        route = route_label(scope, self.routes)
        in_progress = child(HTTP_IN_PROGRESS, route)

        async def send_with_status(message: Message) -> None:
            nonlocal status
            if message["type"] == "http.response.start":
                status = message["status"]
            await send(message)

        stats = RequestStats()
        token = _current.set(stats)
        in_progress.inc()
        if _pool is not None:
            _pool.sample()
        started = time.perf_counter()
        try:
            await self.app(scope, receive, send_with_status)
        finally:
            seconds = time.perf_counter() - started
            _current.reset(token)
            in_progress.dec()
            self.record(route, status, seconds, stats)

    @staticmethod
    def record(route: str, status: int, seconds: float, stats: RequestStats) -> None:
        child(HTTP_REQUESTS, route, str(status)).inc()
        operation = ""
        if stats.graphql:
            operation = OPERATION_NAMES.label(stats.operation)
            child(OPERATIONS, operation).inc()
            child(LATENCY, operation).observe(seconds)
            for code in stats.error_codes:
                child(ERRORS, operation, code).inc()
        child(STATEMENTS, route, operation).observe(stats.statements)
        if _pool is not None:
            _pool.sample()
        flush_gc_pauses()


# --- the scrape -----------------------------------------------------------------------------


def multiprocess() -> bool:
    """Whether the metrics live in files (decided when prometheus_client was imported)."""
    return bool(getattr(values.ValueClass, "_multiprocess", False))


LIVE_GAUGE_FILE = re.compile(r"gauge_live\w+?_(\d+)\.db$")


def forget_dead_workers(folder: str) -> None:
    """mark_process_dead for every worker that left live gauges and is gone (killed, or
    restarted by uvicorn), so that their in-flight requests and pools stop counting."""
    pids = {
        int(match.group(1))
        for path in glob.glob(os.path.join(folder, "gauge_live*.db"))
        if (match := LIVE_GAUGE_FILE.search(os.path.basename(path)))
    }
    for pid in pids:
        try:
            os.kill(pid, 0)
        except ProcessLookupError:
            mark_process_dead(pid, folder)
        except PermissionError:  # alive, under another user
            pass


def render(accept: str) -> tuple[bytes, str]:
    """The scrape, in the format the scraper asks for (Prometheus' text format by default,
    OpenMetrics if its Accept header says so), and its content type."""
    flush_gc_pauses()
    encoder, content_type = choose_encoder(accept)
    if not multiprocess():
        return encoder(REGISTRY), content_type
    folder = os.environ[MULTIPROC_ENV]
    forget_dead_workers(folder)
    registry = CollectorRegistry()
    MultiProcessCollector(registry, folder)
    return encoder(registry), content_type


def is_direct_local(request: Request) -> bool:
    """A request from this machine that no proxy relayed (uvicorn already puts the forwarded
    client in `request.client` when a local proxy sends X-Forwarded-For)."""
    if request.client is None:
        return False
    if any(name in request.headers for name in ("forwarded", "x-forwarded-for", "x-real-ip")):
        return False
    try:
        address = ipaddress.ip_address(request.client.host)
    except ValueError:
        return False
    mapped = getattr(address, "ipv4_mapped", None)
    return address.is_loopback or bool(mapped and mapped.is_loopback)


def metrics_endpoint(token: str) -> Any:
    """GET /metrics: with a token configured, for `Authorization: Bearer <token>` only;
    without one, for direct requests from this machine only."""
    expected = f"Bearer {token}".encode()

    async def endpoint(request: Request) -> Response:
        if token:
            given = request.headers.get("authorization", "").encode()
            allowed = secrets.compare_digest(given, expected)
        else:
            allowed = is_direct_local(request)
        if not allowed:
            return PlainTextResponse(
                "Metrics are for this machine, or for the bearer of LIANBING_METRICS_TOKEN.",
                status_code=403,
            )
        body, content_type = await run_in_threadpool(render, request.headers.get("accept", ""))
        return Response(body, headers={"Content-Type": content_type})

    return endpoint


@contextmanager
def multiprocess_directory(workers: int) -> Iterator[str | None]:
    """The folder the workers' metric files go to, ready before they start.

    PROMETHEUS_MULTIPROC_DIR if the operator set it (its old .db files are removed: counts from
    an earlier run would be added to this one's); else, for several workers, a fresh temporary
    folder, removed when the server stops. One worker keeps its metrics in memory."""
    folder = os.environ.get(MULTIPROC_ENV)
    if folder:
        os.makedirs(folder, exist_ok=True)
        for path in glob.glob(os.path.join(folder, "*.db")):
            os.remove(path)
        log.info("metrics: worker files in %s (emptied)", folder)
        yield folder
        return
    if workers <= 1:
        yield None
        return
    with tempfile.TemporaryDirectory(prefix="lianbing-metrics-") as fresh:
        os.environ[MULTIPROC_ENV] = fresh
        log.info("metrics: worker files in %s", fresh)
        try:
            yield fresh
        finally:
            del os.environ[MULTIPROC_ENV]
