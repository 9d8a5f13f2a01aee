"""Serving the built web client (`web/dist`) at `/`.

The client is a single-page application: a path that names a file of the build gets that file;
any other path outside the server's own (`/graphql`, `/exports`, `/healthz`, ...) is a route of
the client and gets `index.html`, which then shows the page. Vite names every asset after its
content (`assets/index-3f2a1c.js`), so assets are cached for a year; `index.html` is revalidated
each time, so a new build reaches users at their next page load.

The build is committed (a machine without Node serves it). `source_hash()` recomputes the hash that
`web/scripts/source-hash.mjs` writes into `dist/build-info.json`, which is how a test tells that the
build is stale against `web/src`.
"""

from __future__ import annotations

import hashlib
from pathlib import Path

from starlette.middleware.gzip import GZipMiddleware
from starlette.requests import Request
from starlette.responses import FileResponse, PlainTextResponse, Response
from starlette.routing import Route
from starlette.types import Receive, Scope, Send

ROOT = Path(__file__).resolve().parent
WEB = ROOT / "web"
DIST = WEB / "dist"

# Paths the server answers itself: a miss under them is a 404, never the client's index page.
SERVER_PREFIXES = ("graphql", "exports", "downloads", "healthz", "metrics", "assets")
IMMUTABLE = "public, max-age=31536000, immutable"
REVALIDATE = "no-cache"

# What the client's build is made from (web/scripts/source-hash.mjs lists the same).
SOURCE_FILES = (
    "web/index.html",
    "web/package.json",
    "web/package-lock.json",
    "web/vite.config.ts",
    "web/codegen.ts",
    "schema.graphql",
)
SOURCE_GLOBS = ("web/src/**/*", "web/tsconfig*.json")


def source_files(root: Path = ROOT) -> list[str]:
    """The client's sources as sorted POSIX paths relative to the repository root."""
    found = {name for name in SOURCE_FILES if (root / name).is_file()}
    for pattern in SOURCE_GLOBS:
        found.update(p.relative_to(root).as_posix() for p in root.glob(pattern) if p.is_file())
    return sorted(found)


def source_hash(root: Path = ROOT) -> str:
    """sha256 over each source file, in path order: its path, a NUL, its bytes, a NUL."""
    digest = hashlib.sha256()
    for name in source_files(root):
        digest.update(name.encode() + b"\0")
        digest.update((root / name).read_bytes() + b"\0")
    return digest.hexdigest()


class WebClient:
    """The ASGI app behind the catch-all route (GET and HEAD)."""

    def __init__(self, dist: Path = DIST) -> None:
        self.dist = dist.resolve()

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        request = Request(scope, receive)
        response = self.respond(request.path_params.get("path", ""))
        await response(scope, receive, send)

    def respond(self, path: str) -> Response:
        index = self.dist / "index.html"
        if not index.is_file():
            return PlainTextResponse(
                "The web client is not built: run `npm --prefix web ci && npm --prefix web run "
                "build`. The API is at /graphql.",
                status_code=404,
            )
        if path:
            file = (self.dist / path).resolve()
            if file.is_relative_to(self.dist) and file.is_file():
                cache = IMMUTABLE if path.startswith("assets/") else REVALIDATE
                return FileResponse(file, headers={"cache-control": cache})
            if path.split("/", 1)[0] in SERVER_PREFIXES:
                return PlainTextResponse("Not Found", status_code=404)
        return FileResponse(index, media_type="text/html", headers={"cache-control": REVALIDATE})


def web_routes(dist: Path = DIST) -> list[Route]:
    """The catch-all route; it goes after every other route of the server."""
    app = GZipMiddleware(WebClient(dist), minimum_size=1024)
    return [Route("/{path:path}", app, methods=["GET", "HEAD"])]
