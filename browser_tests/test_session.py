"""Everyone: logging in and out, a session that expires, changing the password."""

from __future__ import annotations

import uuid

import pytest
from playwright.sync_api import expect

from browser_tests.conftest import login, shot, submit_login


@pytest.mark.parametrize("username", ["trainer", "officer", "leader", "admin", "evaluator"])
def test_each_demo_user_lands_on_their_home_page(contexts, username):
    for size in ("desktop", "phone"):
        page = contexts(size).new_page()
        login(page, username)
        role = {"trainer": "TRAINER", "officer": "OFFICER", "leader": "LEADER"}.get(
            username, username.upper()
        )
        expect(page.get_by_test_id(f"home-{role}")).to_be_visible()


def test_a_wrong_password_is_shown_beside_the_field(page):
    page.goto("/login")
    page.get_by_label("用户名").fill("trainer")
    page.get_by_label("密码").fill("not-the-password")
    page.get_by_role("button", name="登录").click()
    expect(page.locator(".ant-form-item-explain-error").first).to_be_visible()
    assert "/login" in page.url


def test_a_page_asked_for_before_login_opens_after_it(page):
    page.goto("/account/password")
    page.wait_for_url("**/login?next=*")
    submit_login(page, "officer")
    page.wait_for_url("**/account/password")


def test_an_expired_session_returns_to_login_and_then_to_where_the_user_was(page):
    login(page, "trainer")
    page.goto("/account/password")
    page.evaluate("localStorage.setItem('lianbing.token', 'expired.or.forged')")
    page.reload()
    page.wait_for_url("**/login?next=%2Faccount%2Fpassword")
    submit_login(page, "trainer")
    page.wait_for_url("**/account/password")


def test_logging_out_forgets_the_session(page):
    login(page, "leader")
    page.get_by_test_id("current-user").first.click()
    page.get_by_text("退出登录").click()
    page.wait_for_url("**/login**")
    page.goto("/")
    page.wait_for_url("**/login**")
    assert page.evaluate("localStorage.getItem('lianbing.token')") is None


def test_changing_the_password(page, api):
    username = f"pw{uuid.uuid4().hex[:8]}"
    api("admin").data(
        "mutation($i: CreateUserInput!) { createUser(input: $i) { userErrors { code } } }",
        {"i": {"username": username, "password": "first-pass-1", "roles": ["TRAINER"]}},
    )
    login(page, username, "first-pass-1")
    page.goto("/account/password")
    page.get_by_label("当前密码").fill("wrong-pass-0")
    page.get_by_label("新密码", exact=True).fill("second-pass-2")
    page.get_by_label("确认新密码").fill("second-pass-2")
    page.get_by_role("button", name="修改密码").click()
    expect(page.locator(".ant-form-item-explain-error").first).to_be_visible()
    page.get_by_label("当前密码").fill("first-pass-1")
    page.get_by_role("button", name="修改密码").click()
    expect(page.get_by_text("密码已修改")).to_be_visible()
    shot(page, "account-password-desktop")


def test_the_login_page_fits_a_phone(contexts):
    for size in ("desktop", "phone"):
        page = contexts(size).new_page()
        page.goto("/login")
        expect(page.get_by_role("button", name="登录")).to_be_visible()
        assert page.evaluate("document.documentElement.scrollWidth") <= page.viewport_size["width"]
        shot(page, f"login-{size}")
