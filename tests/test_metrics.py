"""/metrics: what a scrape shows after GraphQL requests, who may scrape, and several workers
adding up in one scrape."""

from __future__ import annotations

import asyncio
import dataclasses
import gc
import glob
import os
import signal
import time
import uuid
from pathlib import Path

import httpx
import pytest
from prometheus_client.mmap_dict import MmapedDict, mmap_key
from prometheus_client.multiprocess import MultiProcessCollector
from prometheus_client.parser import text_string_to_metric_families

import metrics
from models.org import Role
from server import create_app
from tests.conftest import QueryCounter, make_user

Samples = dict[tuple[str, frozenset[tuple[str, str]]], float]

LOGIN = "mutation {name}($input: LoginInput!) {{ login(input: $input) {{ token userErrors {{ code }} }} }}"


def parse(text: str) -> Samples:
    return {
        (sample.name, frozenset(sample.labels.items())): sample.value
        for family in text_string_to_metric_families(text)
        for sample in family.samples
    }


def value(samples: Samples, name: str, **labels: str) -> float:
    return samples.get((name, frozenset(labels.items())), 0.0)


def delta(before: Samples, after: Samples, name: str, **labels: str) -> float:
    return value(after, name, **labels) - value(before, name, **labels)


async def scrape(http: httpx.AsyncClient) -> Samples:
    response = await http.get("/metrics")
    assert response.status_code == 200, response.text
    assert response.headers["content-type"].startswith("text/plain; version=0.0.4")
    return parse(response.text)


@pytest.fixture(autouse=True)
def fresh_operation_names(monkeypatch: pytest.MonkeyPatch) -> None:
    """The cap on distinct names counts from zero in each test (the suite sends many)."""
    monkeypatch.setattr(metrics, "OPERATION_NAMES", metrics.OperationNames())


def tagged(name: str) -> str:
    return f"{name}_{uuid.uuid4().hex[:8]}"


async def test_a_scrape_counts_each_operation_its_errors_and_its_statements(client, new_client):
    await make_user("metrics_officer", Role.OFFICER)
    login, people, me = tagged("Login"), tagged("People"), tagged("Me")
    before = await scrape(client.http)

    refused = await client.post(
        LOGIN.format(name=login), {"input": {"username": "metrics_officer", "password": "no"}}
    )
    assert refused["data"]["login"]["userErrors"]  # a userError: not a GraphQL error
    anonymous = new_client()
    for _ in range(2):
        codes = await anonymous.error_codes(
            f"query {people} {{ people(first: 1) {{ edges {{ node {{ name }} }} }} }}"
        )
        assert codes == ["UNAUTHENTICATED"]
    await client.login("metrics_officer")
    with QueryCounter() as counter:
        for _ in range(3):
            await client.data(f"query {me} {{ me {{ username }} }}")
    assert counter.count >= 3  # each request reads the caller's account
    await anonymous.post("{ me { ")  # a syntax error, in an unnamed document
    await anonymous.post("{ nope }")

    after = await scrape(client.http)
    requests = "lianbing_graphql_requests_total"
    assert delta(before, after, requests, operation=login) == 1
    assert delta(before, after, requests, operation=people) == 2
    assert delta(before, after, requests, operation=me) == 3
    # client.login's mutation is unnamed, and so are the two broken documents
    assert delta(before, after, requests, operation="anonymous") == 3
    errors = "lianbing_graphql_errors_total"
    assert delta(before, after, errors, operation=people, code="UNAUTHENTICATED") == 2
    assert delta(before, after, errors, operation="anonymous", code="GRAPHQL_PARSE_FAILED") == 1
    assert (
        delta(before, after, errors, operation="anonymous", code="GRAPHQL_VALIDATION_FAILED") == 1
    )
    assert not [key for key in after if key[0] == errors and ("operation", login) in key[1]]
    assert not [key for key in after if key[0] == errors and ("operation", me) in key[1]]

    latency = "lianbing_graphql_request_duration_seconds"
    assert delta(before, after, f"{latency}_count", operation=me) == 3
    assert delta(before, after, f"{latency}_bucket", operation=me, le="+Inf") == 3
    assert value(after, f"{latency}_sum", operation=me) > 0

    statements = "lianbing_sql_statements_per_request"
    graphql_me = {"route": "/graphql", "operation": me}
    assert delta(before, after, f"{statements}_count", **graphql_me) == 3
    assert delta(before, after, f"{statements}_sum", **graphql_me) == counter.count
    assert delta(before, after, f"{statements}_bucket", **graphql_me, le="0.0") == 0

    http = "lianbing_http_requests_total"
    assert delta(before, after, http, route="/graphql", status="200") == 9
    assert delta(before, after, http, route="/metrics", status="200") == 1  # the first scrape


async def test_a_query_stopped_at_the_time_limit_counts_as_query_timeout(app, client, monkeypatch):
    await make_user("metrics_admin", Role.ADMIN)
    await client.login("metrics_admin")
    [view] = [r.endpoint for r in app.routes if getattr(r, "path", "") == "/graphql"][:1]
    monkeypatch.setattr(view, "settings", dataclasses.replace(view.settings, query_seconds=1e-9))
    slow = tagged("Slow")
    before = await scrape(client.http)
    codes = await client.error_codes(
        f"query {slow} {{ trainingSessions(first: 1) {{ edges {{ node {{ title }} }} }} }}"
    )
    assert codes == ["QUERY_TIMEOUT"]
    after = await scrape(client.http)
    assert (
        delta(before, after, "lianbing_graphql_errors_total", operation=slow, code="QUERY_TIMEOUT")
        == 1
    )
    assert delta(before, after, "lianbing_graphql_requests_total", operation=slow) == 1


async def test_operation_names_are_bounded(client, monkeypatch):
    monkeypatch.setattr(metrics, "OPERATION_NAMES", metrics.OperationNames(limit=2))
    first, second, third = tagged("First"), tagged("Second"), tagged("Third")
    long_name = "L" * 65
    before = await scrape(client.http)
    for name in (first, second, third, long_name, first):
        await client.data(f"query {name} {{ __typename }}")
    await client.data("{ __typename }")
    both = f"query {first} {{ __typename }} query {second} {{ __typename }}"
    response = await client.http.post("/graphql", json={"query": both, "operationName": second})
    assert response.json() == {"data": {"__typename": "Query"}}
    # A name the document does not have is refused before any result, and takes no label.
    missing = tagged("Missing")
    response = await client.http.post("/graphql", json={"query": both, "operationName": missing})
    assert response.status_code == 400

    after = await scrape(client.http)
    requests = "lianbing_graphql_requests_total"
    assert delta(before, after, requests, operation=first) == 2
    assert delta(before, after, requests, operation=second) == 2  # the second of `both` too
    assert delta(before, after, requests, operation="other") == 2  # third, and the long name
    assert delta(before, after, requests, operation="anonymous") == 1
    names = {dict(labels).get("operation") for name, labels in after if name == requests}
    assert third not in names and long_name not in names and missing not in names
    http = "lianbing_http_requests_total"
    assert delta(before, after, http, route="/graphql", status="400") == 1


async def test_requests_outside_the_router_are_counted_with_bounded_routes(client):
    before = await scrape(client.http)
    big = {"query": "{ __typename }", "variables": {"pad": "x" * (1024 * 1024 + 1)}}
    assert (await client.http.post("/graphql", json=big)).status_code == 413
    missing = f"/exports/no/such/{uuid.uuid4().hex}"
    assert (await client.http.get(missing)).status_code == 404
    assert (await client.http.delete("/healthz")).status_code == 405
    assert (await client.http.get("/healthz")).status_code == 200
    after = await scrape(client.http)
    http = "lianbing_http_requests_total"
    assert delta(before, after, http, route="/graphql", status="413") == 1
    # Every GET the server's own routes miss goes to the web client's catch-all route.
    assert delta(before, after, http, route="/{path:path}", status="404") == 1
    assert not any(dict(labels).get("route") == missing for _, labels in after)
    assert delta(before, after, http, route="/healthz", status="405") == 1
    assert delta(before, after, http, route="/healthz", status="200") == 1
    statements = "lianbing_sql_statements_per_request"
    health = {"route": "/healthz", "operation": ""}
    assert delta(before, after, f"{statements}_sum", **health) == 1  # its SELECT 1
    in_flight = "lianbing_http_requests_in_progress"
    assert value(after, in_flight, route="/graphql") == 0
    assert value(after, in_flight, route="/metrics") == 1  # the scrape itself


async def test_garbage_collections_are_timed_by_generation(client):
    before = await scrape(client.http)
    gc.collect(1)
    gc.collect(2)
    after = await scrape(client.http)
    pauses = "lianbing_gc_pause_seconds"
    for generation in ("1", "2"):
        assert delta(before, after, f"{pauses}_count", generation=generation) >= 1
        assert delta(before, after, f"{pauses}_sum", generation=generation) > 0


async def test_the_pool_is_shown_on_postgresql_only(client, is_postgres):
    await client.data("{ __typename }")
    after = await scrape(client.http)
    pool = {labels: v for (name, labels), v in after.items() if name.startswith("lianbing_db_pool")}
    if not is_postgres:
        assert pool == {}  # SQLite has no pool to read
        return
    assert value(after, "lianbing_db_pool_max_connections", database="default") == 5
    in_use = value(after, "lianbing_db_pool_connections", database="default", state="in_use")
    idle = value(after, "lianbing_db_pool_connections", database="default", state="idle")
    assert in_use >= 0 and idle >= 0 and 1 <= in_use + idle <= 5


async def test_metrics_are_for_this_machine_or_the_bearer_of_the_token(app, settings):
    def http(application, host: str = "127.0.0.1") -> httpx.AsyncClient:
        transport = httpx.ASGITransport(app=application, client=(host, 40000))
        return httpx.AsyncClient(transport=transport, base_url="http://test")

    async with http(app) as local, http(app, "203.0.113.7") as remote:
        assert (await local.get("/metrics")).status_code == 200
        refused = await remote.get("/metrics")
        assert refused.status_code == 403 and "lianbing_" not in refused.text
        relayed = await local.get("/metrics", headers={"X-Forwarded-For": "203.0.113.7"})
        assert relayed.status_code == 403

    guarded = create_app(dataclasses.replace(settings, metrics_token="s3cret-token"))
    async with http(guarded) as local, http(guarded, "203.0.113.7") as remote:
        assert (await local.get("/metrics")).status_code == 403
        wrong = {"Authorization": "Bearer s3cret-tokem"}
        assert (await remote.get("/metrics", headers=wrong)).status_code == 403
        right = {"Authorization": "Bearer s3cret-token"}
        response = await remote.get("/metrics", headers=right)
        assert response.status_code == 200 and "lianbing_http_requests_total" in response.text


# --- several workers ------------------------------------------------------------------------


def worker_counts(folder: Path, operation: str) -> dict[int, float]:
    """lianbing_graphql_requests_total{operation} in each worker's own file."""
    counts = {}
    for path in glob.glob(str(folder / "counter_*.db")):
        pid = int(Path(path).stem.split("_")[1])
        for metric in MultiProcessCollector.merge([path], accumulate=False):
            for sample in metric.samples:
                if sample.name == "lianbing_graphql_requests_total" and sample.labels == {
                    "operation": operation
                }:
                    counts[pid] = sample.value
    return counts


async def spread_over_workers(base: str, folder: Path, operation: str) -> int:
    """Send the operation in concurrent batches, a new connection each, until both workers
    have answered some (the second may still be starting: on a loaded machine uvicorn can take
    several tries); returns how many were sent."""
    sent = 0
    deadline = time.monotonic() + 120
    limits = httpx.Limits(max_keepalive_connections=0)
    async with httpx.AsyncClient(base_url=base, limits=limits) as http:
        while time.monotonic() < deadline:
            answers = await asyncio.gather(
                *(
                    http.post("/graphql", json={"query": f"query {operation} {{ __typename }}"})
                    for _ in range(16)
                )
            )
            assert all(answer.status_code == 200 for answer in answers)
            sent += len(answers)
            if len(worker_counts(folder, operation)) == 2:
                return sent
    pytest.fail(f"one worker answered all {sent} requests")


def write_stale_count(path: Path, operation: str, count: float) -> None:
    """A file as a worker of an earlier run leaves it."""
    stale = MmapedDict(str(path))
    key = mmap_key(
        "lianbing_graphql_requests",
        "lianbing_graphql_requests_total",
        ["operation"],
        [operation],
        "GraphQL requests over HTTP, by operation name.",
    )
    stale.write_value(key, count, 0.0)
    stale.close()


async def test_two_workers_add_up_in_one_scrape(start_server):
    base, log_file = start_server("--workers", "2")
    lines = [line for line in log_file.read_text().splitlines() if "metrics: worker files" in line]
    folder = Path(lines[0].rsplit(" ", 1)[1])  # made by server.py for this run
    assert folder.name.startswith("lianbing-metrics-")
    operation = tagged("Spread")
    sent = await spread_over_workers(base, folder, operation)

    # A new connection for each request: the one kept alive could be the killed worker's.
    limits = httpx.Limits(max_keepalive_connections=0)
    async with httpx.AsyncClient(base_url=base, limits=limits) as http:
        samples = await scrape(http)
        per_worker = worker_counts(folder, operation)
        assert len(per_worker) == 2 and all(count > 0 for count in per_worker.values())
        total = value(samples, "lianbing_graphql_requests_total", operation=operation)
        assert total == sum(per_worker.values()) == sent
        latency = "lianbing_graphql_request_duration_seconds_count"
        assert value(samples, latency, operation=operation) == sent
        statements = "lianbing_sql_statements_per_request_count"
        assert value(samples, statements, route="/graphql", operation=operation) == sent
        assert value(samples, "lianbing_http_requests_in_progress", route="/metrics") == 1

        # A killed worker's counts stay in the totals; its live gauges go at the next scrape.
        dead = min(per_worker)
        assert glob.glob(str(folder / f"gauge_livesum_{dead}.db"))
        os.kill(dead, signal.SIGKILL)
        # uvicorn reaps the dead worker (until then it is a zombie, which os.kill(pid, 0) still
        # finds) once its supervisor's round of health checks reaches it; a check of a busy
        # worker may take up to timeout_worker_healthcheck (30 s in server.py)
        for _ in range(600):
            samples = await scrape(http)  # answered by the other worker, or its replacement
            if not glob.glob(str(folder / f"gauge_livesum_{dead}.db")):
                break
            await asyncio.sleep(0.1)
        else:
            pytest.fail("the dead worker's gauges were not removed")
        assert value(samples, "lianbing_graphql_requests_total", operation=operation) == sent
        assert value(samples, "lianbing_http_requests_in_progress", route="/metrics") == 1


def test_server_py_prepares_the_folder_before_the_workers_start(monkeypatch, tmp_path):
    monkeypatch.delenv(metrics.MULTIPROC_ENV, raising=False)
    with metrics.multiprocess_directory(1) as folder:
        assert folder is None and metrics.MULTIPROC_ENV not in os.environ  # one worker: memory
    with metrics.multiprocess_directory(2) as folder:
        assert folder and os.environ[metrics.MULTIPROC_ENV] == folder and Path(folder).is_dir()
        assert os.listdir(folder) == []
    assert not Path(folder).exists() and metrics.MULTIPROC_ENV not in os.environ

    # The operator's own folder: emptied of an earlier run's files, kept afterwards.
    given = tmp_path / "prometheus"
    given.mkdir()
    (given / "gauge_livesum_4194001.db").write_bytes(b"")
    (given / "README").write_text("not ours")
    monkeypatch.setenv(metrics.MULTIPROC_ENV, str(given))
    for workers in (1, 2):
        write_stale_count(given / "counter_4194000.db", "Stale", 1000)
        with metrics.multiprocess_directory(workers) as folder:
            assert folder == str(given) and os.environ[metrics.MULTIPROC_ENV] == folder
            assert sorted(os.listdir(given)) == ["README"]
    assert given.is_dir() and os.environ[metrics.MULTIPROC_ENV] == str(given)
