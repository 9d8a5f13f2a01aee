"""The README's screenshots: each home page on a fresh demo county.

    python -m browser_tests.readme_screenshots        # writes docs/screenshots/home-*.png

Starts `python server.py --demo` on a new SQLite file (as the browser tests do), logs in as the
trainer and the leader at desktop size and as the officer at phone size, and saves each home page
once it has loaded its data.
"""

from __future__ import annotations

import os
import subprocess
import sys
import tempfile
import time

import httpx
from playwright.sync_api import expect, sync_playwright

from browser_tests.conftest import DESKTOP, PHONE, ROOT, free_port, submit_login

SHOTS = ROOT / "docs" / "screenshots"
PAGES = [
    ("trainer", "TRAINER", DESKTOP),
    ("officer", "OFFICER", PHONE),
    ("leader", "LEADER", DESKTOP),
]


def main() -> None:
    SHOTS.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory() as home:
        port = free_port()
        env = {k: v for k, v in os.environ.items() if k not in {"DATABASE_URL", "LIANBING_SECRET"}}
        server = subprocess.Popen(
            [sys.executable, str(ROOT / "server.py"), "--demo", "--port", str(port)],
            cwd=home,
            env=env,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.STDOUT,
        )
        base = f"http://127.0.0.1:{port}"
        try:
            for _ in range(600):
                try:
                    if httpx.get(f"{base}/healthz", timeout=2).status_code == 200:
                        break
                except httpx.TransportError:
                    pass
                time.sleep(0.2)
            with sync_playwright() as playwright:
                browser = playwright.chromium.launch(
                    executable_path=os.environ.get("LIANBING_CHROMIUM", "/usr/bin/chromium")
                )
                for username, role, size in PAGES:
                    phone = size is PHONE
                    context = browser.new_context(
                        base_url=base,
                        viewport=size,
                        is_mobile=phone,
                        has_touch=phone,
                        device_scale_factor=2 if phone else 1,
                        locale="zh-CN",
                        timezone_id="Asia/Shanghai",
                    )
                    page = context.new_page()
                    page.goto("/login")
                    submit_login(page, username)
                    section = page.get_by_test_id(f"home-{role}")
                    expect(section).to_be_visible()
                    page.wait_for_load_state("networkidle")
                    expect(page.locator(".ant-skeleton")).to_have_count(0)
                    path = SHOTS / f"home-{username}.png"
                    page.screenshot(path=str(path), full_page=not phone)
                    print(path.relative_to(ROOT))
                    context.close()
                browser.close()
        finally:
            server.terminate()
            server.wait(timeout=15)


if __name__ == "__main__":
    main()
