"""Lianbing's web app, and `python server.py` to run it.

python server.py --demo                 # SQLite, demo data; client at /, GraphiQL at /graphql
DATABASE_URL=postgres://... LIANBING_SECRET=... python server.py --workers 4
"""

from __future__ import annotations

import argparse
import asyncio
import logging
import os
import secrets
import sys
from contextlib import asynccontextmanager
from pathlib import Path
from typing import Any

import uvicorn
from starlette.applications import Starlette
from starlette.requests import Request
from starlette.responses import JSONResponse, PlainTextResponse
from starlette.routing import Route, WebSocketRoute
from starlette.types import ASGIApp, Message, Receive, Scope, Send
from tortoise.connection import get_connection
from tortoise.contrib.starlette import RegisterTortoise

import metrics
from database import display_url, migrate, tortoise_config
from downloads import download_routes
from pubsub import make_broker
from schema import build_schema
from schema.view import LianbingGraphQL
from settings import Settings
from webclient import DIST, web_routes

log = logging.getLogger("lianbing")

MAX_BODY = 1024 * 1024  # 1 MiB for GraphQL documents and variables
MAX_UPLOAD_BODY = 10 * 1024 * 1024  # 10 MiB for multipart requests carrying files


class BodySizeLimit:
    """Refuse request bodies over the limit (413), whether or not Content-Length says so."""

    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        headers = dict(scope["headers"])
        is_upload = headers.get(b"content-type", b"").startswith(b"multipart/form-data")
        limit = MAX_UPLOAD_BODY if is_upload else MAX_BODY
        declared = headers.get(b"content-length")
        if declared is not None and declared.isdigit() and int(declared) > limit:
            await PlainTextResponse("Request body too large", status_code=413)(scope, receive, send)
            return
        received = 0

        async def limited_receive() -> Message:
            nonlocal received
            message = await receive()
            if message["type"] == "http.request":
                received += len(message.get("body", b""))
                if received > limit:
                    raise BodyTooLarge
            return message

        try:
            await self.app(scope, limited_receive, send)
        except BodyTooLarge:
            await PlainTextResponse("Request body too large", status_code=413)(scope, receive, send)


class BodyTooLarge(Exception):
    pass


async def healthz(request: Request) -> JSONResponse:
    try:
        await get_connection("default").execute_query("SELECT 1")
    except Exception as error:  # any failure to answer means unhealthy
        log.warning("health check failed: %s", error)
        return JSONResponse({"status": "unavailable"}, status_code=503)
    return JSONResponse({"status": "ok"})


def create_app(settings: Settings | None = None) -> Starlette:
    settings = settings or Settings.from_env()
    broker = make_broker(settings.redis_url, settings.redis_prefix)
    graphql = LianbingGraphQL(build_schema(suggestions=settings.suggestions), settings, broker)

    @asynccontextmanager
    async def lifespan(app: Starlette) -> Any:
        async with RegisterTortoise(app, config=tortoise_config(settings.database_url)):
            metrics.start(get_connection("default"))
            metrics.tune_gc(settings.gc_threshold, settings.gc_freeze)
            yield
        metrics.stop()
        await broker.close()

    routes = [
        Route("/healthz", healthz),
        Route("/metrics", metrics.metrics_endpoint(settings.metrics_token)),
        Route("/graphql", graphql, methods=["GET", "POST"]),
        WebSocketRoute("/graphql", graphql),
        *download_routes(settings),
    ]
    # Last: every other path is the web client's (its files, else its index page).
    routes += web_routes(Path(settings.web_dist) if settings.web_dist else DIST)
    app = Starlette(routes=routes, lifespan=lifespan)
    app.state.broker = broker
    app.add_middleware(BodySizeLimit)
    # Outermost, so that it sees every answer, the 413s included.
    app.add_middleware(metrics.MetricsMiddleware, routes=app.router.routes)
    return app


def app_factory() -> Starlette:
    """What each uvicorn worker imports: the settings come from the environment."""
    logging.basicConfig(
        level=logging.INFO, format="%(asctime)s %(levelname)s %(name)s: %(message)s"
    )
    return create_app()


def parse_args(argv: list[str]) -> argparse.Namespace:
    parser = argparse.ArgumentParser(prog="server.py", description="Run the Lianbing API.")
    parser.add_argument("--host", default="127.0.0.1")
    parser.add_argument("--port", type=int, default=8000)
    parser.add_argument(
        "--database-url",
        default=os.environ.get("DATABASE_URL"),
        help="postgres://user:pass@host/db or sqlite://file (default: $DATABASE_URL, "
        "else sqlite://lianbing.sqlite3)",
    )
    parser.add_argument("--demo", action="store_true", help="seed demo data into an empty database")
    parser.add_argument("--graphiql", action="store_true", help="serve GraphiQL on GET /graphql")
    parser.add_argument("--workers", type=int, default=1)
    return parser.parse_args(argv)


async def prepare(settings: Settings, *, demo: bool) -> None:
    """Migrate; in demo mode fill an empty database, and schedule today's sessions."""
    await migrate(settings.database_url)
    if demo:
        from seed.demo import prepare_demo

        await prepare_demo(settings.database_url)


WORKER_HEALTHCHECK_SECONDS = 30


def main(argv: list[str] | None = None) -> None:
    args = parse_args(sys.argv[1:] if argv is None else argv)
    logging.basicConfig(
        level=logging.INFO, format="%(asctime)s %(levelname)s %(name)s: %(message)s"
    )
    if args.database_url:
        os.environ["DATABASE_URL"] = args.database_url
    if args.demo:
        os.environ["LIANBING_DEMO"] = "1"
    if args.graphiql:
        os.environ["LIANBING_GRAPHIQL"] = "1"
    if not os.environ.get("LIANBING_SECRET"):
        if not args.demo:
            sys.exit("Set LIANBING_SECRET (a long random string) to sign login tokens.")
        os.environ["LIANBING_SECRET"] = secrets.token_urlsafe(32)
        log.warning("demo mode: generated a random LIANBING_SECRET; tokens end with this process")
    settings = Settings.from_env()
    asyncio.run(prepare(settings, demo=args.demo))
    log.info("database: %s", display_url(settings.database_url))
    log.info("listening on http://%s:%d/ (%d worker(s))", args.host, args.port, args.workers)
    with metrics.multiprocess_directory(args.workers):
        uvicorn.run(
            "server:app_factory",
            factory=True,
            host=args.host,
            port=args.port,
            workers=args.workers,
            log_level="info",
            # uvicorn restarts a worker that does not answer its supervisor within this time
            # (5 s by default): a worker still importing on a busy machine, or one in a long
            # garbage collection, would be killed while it is healthy.
            timeout_worker_healthcheck=WORKER_HEALTHCHECK_SECONDS,
        )


if __name__ == "__main__":
    main()
