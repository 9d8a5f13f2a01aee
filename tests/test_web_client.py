"""The built web client at `/`: its files, its routes falling back to index.html, and the server's
own paths left alone."""

from __future__ import annotations

import dataclasses
from collections.abc import AsyncIterator
from pathlib import Path

import httpx
import pytest

from server import create_app
from settings import Settings
from webclient import source_hash

INDEX = '<!doctype html><html><body><div id="root"></div><script src="/assets/index-1a2b.js"></script></body></html>'
SCRIPT = "console.log('练兵');\n" * 200


@pytest.fixture
def dist(tmp_path: Path) -> Path:
    (tmp_path / "assets").mkdir()
    (tmp_path / "index.html").write_text(INDEX)
    (tmp_path / "assets" / "index-1a2b.js").write_text(SCRIPT)
    (tmp_path / "favicon.svg").write_text("<svg/>")
    return tmp_path


async def web(settings: Settings, dist: Path) -> AsyncIterator[httpx.AsyncClient]:
    app = create_app(dataclasses.replace(settings, web_dist=str(dist)))
    transport = httpx.ASGITransport(app=app)
    async with httpx.AsyncClient(transport=transport, base_url="http://test") as http:
        yield http


@pytest.fixture
async def http(settings: Settings, dist: Path) -> AsyncIterator[httpx.AsyncClient]:
    async for client in web(settings, dist):
        yield client


async def test_the_start_page_is_the_client(http):
    page = await http.get("/")
    assert page.status_code == 200 and page.text == INDEX
    assert page.headers["content-type"].startswith("text/html")
    assert page.headers["cache-control"] == "no-cache"


@pytest.mark.parametrize("path", ["/login", "/training/calendar", "/exams/RXhhbToz/take?q=2"])
async def test_client_routes_fall_back_to_the_index_page(http, path):
    page = await http.get(path)
    assert page.status_code == 200 and page.text == INDEX


async def test_assets_are_cached_for_a_year_and_compressed(http):
    script = await http.get("/assets/index-1a2b.js", headers={"accept-encoding": "gzip"})
    assert script.status_code == 200 and script.text == SCRIPT
    assert script.headers["cache-control"] == "public, max-age=31536000, immutable"
    assert script.headers["content-encoding"] == "gzip"
    assert "javascript" in script.headers["content-type"]
    icon = await http.get("/favicon.svg")
    assert icon.status_code == 200 and icon.headers["cache-control"] == "no-cache"


async def test_head_answers_like_get_without_a_body(http):
    response = await http.head("/assets/index-1a2b.js")
    assert response.status_code == 200 and response.content == b""
    assert int(response.headers["content-length"]) == len(SCRIPT.encode())


@pytest.mark.parametrize(
    "path",
    [
        "/assets/index-gone.js",
        "/exports/no/such/file.xlsx",
        "/graphql/extra",
        "/healthz/deep",
        "/downloads/x",
        "/metrics/x",
    ],
)
async def test_misses_under_the_servers_own_paths_are_404_not_the_index(http, path):
    response = await http.get(path)
    assert response.status_code == 404 and "root" not in response.text


async def test_files_outside_the_build_are_never_served(http, dist):
    (dist.parent / "secret.txt").write_text("top secret")
    for path in ["/../secret.txt", "/%2e%2e/secret.txt", "/assets/..%2f..%2fsecret.txt"]:
        response = await http.get(path)
        assert "top secret" not in response.text


async def test_only_get_and_head_reach_the_client(http):
    assert (await http.post("/training", content=b"{}")).status_code == 405


async def test_the_api_is_where_it_was(http):
    response = await http.post("/graphql", json={"query": "{ me { username } }"})
    assert response.json() == {"data": {"me": None}}


async def test_without_a_build_the_start_page_says_how_to_build_one(settings, tmp_path):
    async for http in web(settings, tmp_path / "nothing-here"):
        page = await http.get("/")
        assert page.status_code == 404 and "npm --prefix web" in page.text


def test_the_source_hash_covers_path_and_content(tmp_path):
    (tmp_path / "web" / "src").mkdir(parents=True)
    (tmp_path / "web" / "src" / "a.ts").write_text("export const a = 1;\n")
    (tmp_path / "schema.graphql").write_text("type Query { a: Int }\n")
    first = source_hash(tmp_path)
    assert first == source_hash(tmp_path)
    (tmp_path / "web" / "src" / "a.ts").write_text("export const a = 2;\n")
    second = source_hash(tmp_path)
    (tmp_path / "web" / "src" / "a.ts").rename(tmp_path / "web" / "src" / "b.ts")
    third = source_hash(tmp_path)
    assert len({first, second, third}) == 3
    (tmp_path / "web" / "node_modules").mkdir()
    (tmp_path / "web" / "node_modules" / "x.js").write_text("ignored")
    (tmp_path / "web" / "dist").mkdir()
    (tmp_path / "web" / "dist" / "index.html").write_text("built")
    assert source_hash(tmp_path) == third
