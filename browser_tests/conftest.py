"""Browser tests: the web client in Chromium, against `python server.py --demo` on a fresh database.

One demo server for the whole run (seeding takes a few seconds); each test opens its own browser
contexts, so storage and cookies never leak between tests. Tests that change data make their own
(a session, a user) through the API, or use what the demo leaves for them, and never depend on
another test having run.

    pip install -e '.[test,browser]' && pytest browser_tests

Chromium is the system's (`apt-get install chromium`); LIANBING_CHROMIUM names another binary.
Screenshots go to browser_tests/output/.
"""

from __future__ import annotations

import os
import socket
import subprocess
import sys
import time
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest
from playwright.sync_api import Browser, BrowserContext, Page, Playwright, expect, sync_playwright

ROOT = Path(__file__).resolve().parent.parent
OUTPUT = Path(__file__).resolve().parent / "output"
DEMO_PASSWORD = "demo12345"
DESKTOP = {"width": 1280, "height": 800}
PHONE = {"width": 390, "height": 844}

expect.set_options(timeout=10_000)


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


@pytest.fixture(scope="session")
def server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    """The base URL of a demo server on a fresh SQLite database."""
    home = tmp_path_factory.mktemp("demo")
    port = free_port()
    log_path = home / "server.log"
    env = {k: v for k, v in os.environ.items() if k not in {"DATABASE_URL", "LIANBING_SECRET"}}
    with log_path.open("w") as log:
        process = subprocess.Popen(
            [
                sys.executable,
                str(ROOT / "server.py"),
                "--demo",
                "--port",
                str(port),
                "--database-url",
                f"sqlite://{home / 'demo.sqlite3'}",
            ],
            stdout=log,
            stderr=subprocess.STDOUT,
            cwd=home,
            env={**env, "LIANBING_PASSWORD_HASH": "cheap"},
        )
    base = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + 120
        while True:
            if process.poll() is not None:
                pytest.fail(f"the demo server exited:\n{log_path.read_text()}")
            try:
                if httpx.get(f"{base}/healthz", timeout=2).status_code == 200:
                    break
            except httpx.TransportError:
                pass
            if time.monotonic() > deadline:
                pytest.fail(f"the demo server did not come up:\n{log_path.read_text()}")
            time.sleep(0.2)
        yield base
    finally:
        process.terminate()
        try:
            process.wait(timeout=15)
        except subprocess.TimeoutExpired:
            process.kill()


@pytest.fixture(scope="session")
def playwright() -> Iterator[Playwright]:
    with sync_playwright() as running:
        yield running


@pytest.fixture(scope="session")
def browser(playwright: Playwright) -> Iterator[Browser]:
    executable = os.environ.get("LIANBING_CHROMIUM", "/usr/bin/chromium")
    launched = playwright.chromium.launch(executable_path=executable, args=["--no-sandbox"])
    yield launched
    launched.close()


@pytest.fixture
def contexts(browser: Browser, server: str) -> Iterator[Callable[..., BrowserContext]]:
    """`contexts("phone")` / `contexts("desktop")`: a fresh browser profile at that size."""
    opened: list[BrowserContext] = []

    def make(kind: str = "desktop", **options: Any) -> BrowserContext:
        if kind == "phone":
            options = {
                "viewport": PHONE,
                "is_mobile": True,
                "has_touch": True,
                "device_scale_factor": 2,
                **options,
            }
        else:
            options = {"viewport": DESKTOP, **options}
        context = browser.new_context(
            base_url=server, locale="zh-CN", timezone_id="Asia/Shanghai", **options
        )
        context.set_default_timeout(10_000)
        opened.append(context)
        return context

    yield make
    for context in opened:
        context.close()


@pytest.fixture
def page(contexts: Callable[..., BrowserContext]) -> Page:
    return contexts("desktop").new_page()


@pytest.fixture
def phone(contexts: Callable[..., BrowserContext]) -> Page:
    return contexts("phone").new_page()


def login(page: Page, username: str, password: str = DEMO_PASSWORD) -> None:
    """Log in through the login page and wait for the portal to show who is logged in."""
    page.goto("/login")
    submit_login(page, username, password)


def submit_login(page: Page, username: str, password: str = DEMO_PASSWORD) -> None:
    """Fill in the login page the browser is on (after a redirect to it, say) and log in."""
    page.get_by_label("用户名").fill(username)
    page.get_by_label("密码").fill(password)
    page.get_by_role("button", name="登录").click()
    expect(page.get_by_test_id("current-user").first).to_contain_text(username)


def shot(page: Page, name: str) -> Path:
    """A full-page screenshot in browser_tests/output/<name>.png."""
    OUTPUT.mkdir(exist_ok=True)
    path = OUTPUT / f"{name}.png"
    page.screenshot(path=str(path), full_page=True)
    return path


class Api:
    """The GraphQL API, for a test to make its own data as a given user."""

    def __init__(self, base: str, username: str, password: str = DEMO_PASSWORD) -> None:
        self.http = httpx.Client(base_url=base, timeout=30)
        login_doc = (
            "mutation($u: String!, $p: String!) { login(input: {username: $u, password: $p})"
            " { token userErrors { code message } } }"
        )
        data = self.data(login_doc, {"u": username, "p": password})
        assert data["login"]["token"], data
        self.token = data["login"]["token"]
        self.http.headers["authorization"] = f"Bearer {self.token}"

    def data(self, query: str, variables: dict | None = None) -> dict:
        body = self.http.post("/graphql", json={"query": query, "variables": variables or {}})
        payload = body.json()
        assert not payload.get("errors"), payload
        return payload["data"]


@pytest.fixture
def api(server: str) -> Callable[[str], Api]:
    return lambda username, password=DEMO_PASSWORD: Api(server, username, password)
