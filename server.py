"""Lianbing's web app, and `python server.py` to run it.

python server.py --demo                 # SQLite file, demo data, GraphiQL at /graphql
DATABASE_URL=postgres://... LIANBING_SECRET=... python server.py --workers 4
"""

from __future__ import annotations

import argparse
import asyncio
import logging
import os
import secrets
import sys
from collections.abc import Awaitable, Callable
from contextlib import asynccontextmanager
from typing import Any
from urllib.parse import quote

import uvicorn
from starlette.applications import Starlette
from starlette.requests import Request
from starlette.responses import JSONResponse, PlainTextResponse, RedirectResponse, Response
from starlette.routing import Route, WebSocketRoute
from starlette.types import ASGIApp, Message, Receive, Scope, Send
from tortoise.connection import get_connection
from tortoise.contrib.starlette import RegisterTortoise

from database import display_url, migrate, tortoise_config
from models import clock, exports, org
from models.org import Role, User
from models.training import TrainingSession
from schema import build_schema
from schema.context import Context
from schema.ids import decode
from schema.permissions import can_read_unit_data
from schema.scope import Scope as UnitScope
from schema.view import LianbingGraphQL
from settings import Settings

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


# --- downloads -----------------------------------------------------------------------------

XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
REPORT_READERS = (Role.ADMIN, Role.LEADER, Role.TRAINER)


class Refused(Exception):
    """A download refused: the HTTP status and a stable code, as JSON."""

    def __init__(self, status: int, code: str, message: str) -> None:
        super().__init__(message)
        self.status, self.code, self.message = status, code, message

    def response(self) -> JSONResponse:
        headers = {"WWW-Authenticate": "Bearer"} if self.status == 401 else None
        body = {"error": self.code, "message": self.message}
        return JSONResponse(body, status_code=self.status, headers=headers)


async def caller(request: Request, settings: Settings) -> tuple[User, UnitScope]:
    """The user behind the request's bearer token, and their unit scope, as GraphQL sees them."""
    context = Context(request=request, response=None, settings=settings)
    await context.authenticate(request.headers.get("authorization"))
    if context.user is None:
        raise Refused(401, "UNAUTHENTICATED", "Log in first: send Authorization: Bearer <token>.")
    return context.user, await context.scope()


def require_report_reader(user: User) -> None:
    if not user.has_role(*REPORT_READERS):
        names = ", ".join(role.value for role in REPORT_READERS)
        raise Refused(403, "FORBIDDEN", f"This needs one of the roles {names}.")


def parse_global_id(value: str | None, type_name: str, name: str) -> int:
    decoded = decode(value)
    if decoded is None or decoded[0] != type_name:
        raise Refused(400, "BAD_REQUEST", f"{name} must be the ID of a {type_name}.")
    return decoded[1]


def parse_year(value: str | None) -> int:
    """The year asked for; this year (in the county) when none is."""
    if value is None:
        return clock.local(clock.now()).year
    try:
        year = int(value)
    except ValueError:
        year = 0
    if not 2000 <= year <= 2100:
        raise Refused(400, "BAD_REQUEST", "year must be a year between 2000 and 2100.")
    return year


async def sign_in_export(request: Request, user: User, scope: UnitScope) -> tuple[str, bytes]:
    require_report_reader(user)
    pk = parse_global_id(request.path_params["session_id"], "TrainingSession", "The session ID")
    organizer = await TrainingSession.filter(id=pk).values_list("organizer_id", flat=True)
    if not organizer:
        raise Refused(404, "NOT_FOUND", "No training session has this ID.")
    if not can_read_unit_data(user, scope, organizer[0]):
        raise Refused(403, "FORBIDDEN", "This session is organised outside your units.")
    return await exports.sign_in_sheet(pk)


async def compliance_export(request: Request, user: User, scope: UnitScope) -> tuple[str, bytes]:
    require_report_reader(user)
    year = parse_year(request.query_params.get("year"))
    units = None if scope.county_wide else set(scope.unit_ids)
    if "unitId" in request.query_params:
        root = parse_global_id(request.query_params["unitId"], "Unit", "unitId")
        parents = await org.unit_parents()
        if root not in parents:
            raise Refused(404, "NOT_FOUND", "No unit has this ID.")
        below = org.subtree(parents, root)
        units = below if units is None else units & below
    return await exports.compliance_table(year, units)


Export = Callable[[Request, User, UnitScope], Awaitable[tuple[str, bytes]]]


def download(settings: Settings, build: Export) -> Callable[[Request], Awaitable[Response]]:
    """An endpoint answering with the workbook `build(request, user, scope)` makes."""

    async def endpoint(request: Request) -> Response:
        try:
            user, scope = await caller(request, settings)
            filename, content = await build(request, user, scope)
        except Refused as refused:
            return refused.response()
        disposition = f"attachment; filename*=UTF-8''{quote(filename, safe='')}"
        headers = {"Content-Disposition": disposition, "Cache-Control": "no-store"}
        return Response(content, media_type=XLSX, headers=headers)

    return endpoint


def download_routes(settings: Settings) -> list[Route]:
    return [
        Route(
            "/exports/training-sessions/{session_id}/sign-in.xlsx",
            download(settings, sign_in_export),
            methods=["GET"],
        ),
        Route(
            "/exports/training-compliance.xlsx",
            download(settings, compliance_export),
            methods=["GET"],
        ),
    ]


def create_app(settings: Settings | None = None) -> Starlette:
    settings = settings or Settings.from_env()
    graphql = LianbingGraphQL(build_schema(suggestions=settings.suggestions), settings)

    @asynccontextmanager
    async def lifespan(app: Starlette) -> Any:
        async with RegisterTortoise(app, config=tortoise_config(settings.database_url)):
            yield

    routes = [
        Route("/healthz", healthz),
        Route("/graphql", graphql, methods=["GET", "POST"]),
        WebSocketRoute("/graphql", graphql),
        *download_routes(settings),
    ]
    if settings.graphiql:
        routes.append(Route("/", lambda request: RedirectResponse("/graphql")))
    app = Starlette(routes=routes, lifespan=lifespan)
    app.add_middleware(BodySizeLimit)
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
    """Migrate, and in demo mode fill an empty database."""
    await migrate(settings.database_url)
    if demo:
        from seed.demo import seed_if_empty

        await seed_if_empty(settings.database_url)


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
    log.info("listening on http://%s:%d/graphql (%d worker(s))", args.host, args.port, args.workers)
    uvicorn.run(
        "server:app_factory",
        factory=True,
        host=args.host,
        port=args.port,
        workers=args.workers,
        log_level="info",
    )


if __name__ == "__main__":
    main()
