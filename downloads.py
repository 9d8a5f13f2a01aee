"""Workbook downloads over plain HTTP, authenticated like GraphQL (Authorization: Bearer)."""

from __future__ import annotations

import asyncio
from collections.abc import Awaitable, Callable
from urllib.parse import quote

from starlette.requests import Request
from starlette.responses import HTMLResponse, JSONResponse, Response
from starlette.routing import Route

from models import clock, drill_report, drill_report_html, drill_report_xlsx, exports, org
from models.drills import Drill, may_read
from models.org import Role, User
from models.question_import import template_xlsx
from models.scope import Scope as UnitScope
from models.scope import can_read_unit_data
from models.training import TrainingSession
from schema.context import Context
from schema.ids import decode
from schema.permissions import STAFF
from settings import Settings

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


Page = Callable[[Request, User, UnitScope], Awaitable[str]]
# A report page is static: no scripts, no requests, only its own inline styles.
PAGE_POLICY = "default-src 'none'; style-src 'unsafe-inline'; base-uri 'none'; form-action 'none'"


def page(settings: Settings, build: Page) -> Callable[[Request], Awaitable[Response]]:
    """An endpoint answering with the HTML page `build(request, user, scope)` makes, shown in
    the browser (to read or print) rather than saved."""

    async def endpoint(request: Request) -> Response:
        try:
            user, scope = await caller(request, settings)
            content = await build(request, user, scope)
        except Refused as refused:
            return refused.response()
        headers = {
            "Content-Disposition": "inline",
            "Cache-Control": "no-store",
            "Content-Security-Policy": PAGE_POLICY,
            "X-Content-Type-Options": "nosniff",
        }
        return HTMLResponse(content, headers=headers)

    return endpoint


async def readable_drill(request: Request, user: User, scope: UnitScope) -> Drill:
    """The drill of the path, for those who may read it in GraphQL (drillReport): people taking
    part in it and the managers of its organiser."""
    if not user.has_role(*STAFF):
        names = ", ".join(role.value for role in STAFF)
        raise Refused(403, "FORBIDDEN", f"This needs one of the roles {names}.")
    pk = parse_global_id(request.path_params["drill_id"], "Drill", "The drill ID")
    drill = await Drill.get_or_none(id=pk)
    if drill is None:
        raise Refused(404, "NOT_FOUND", "No drill has this ID.")
    if not await may_read(drill, user, scope):
        raise Refused(403, "FORBIDDEN", "Only people taking part in this drill may read it.")
    return drill


async def drill_report_page(request: Request, user: User, scope: UnitScope) -> str:
    drill = await readable_drill(request, user, scope)
    return drill_report_html.report_html(await drill_report.report_data(drill, user))


async def drill_report_export(request: Request, user: User, scope: UnitScope) -> tuple[str, bytes]:
    drill = await readable_drill(request, user, scope)
    data = await drill_report.report_data(drill, user)
    content = await asyncio.to_thread(drill_report_xlsx.report_xlsx, data)
    day = clock.local(drill.scheduled_at).date().isoformat()
    return exports.safe_filename(drill_report.TITLE, day, drill.title), content


async def question_template(request: Request, user: User, scope: UnitScope) -> tuple[str, bytes]:
    if not user.has_role(Role.ADMIN, Role.TRAINER):
        raise Refused(403, "FORBIDDEN", "This needs one of the roles ADMIN, TRAINER.")
    return "题库导入模板.xlsx", template_xlsx()


def download_routes(settings: Settings) -> list[Route]:
    return [
        Route(
            "/exports/question-template.xlsx",
            download(settings, question_template),
            methods=["GET"],
        ),
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
        Route(
            "/exports/drills/{drill_id}/report.html",
            page(settings, drill_report_page),
            methods=["GET"],
        ),
        Route(
            "/exports/drills/{drill_id}/report.xlsx",
            download(settings, drill_report_export),
            methods=["GET"],
        ),
    ]
