"""Trainers and officers: scheduling, the check-in code, the live count, the roster, the sheet.

Story 1 of issue 11: a trainer schedules a session for a township starting in 10 minutes and
opens its check-in code; an officer of that township, on a phone, types the code and the
trainer's count goes up without a reload; the trainer marks the rest and downloads the sheet.
"""

from __future__ import annotations

import io
import re
import uuid
import zipfile
from datetime import datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

from playwright.sync_api import Page, expect

from browser_tests.conftest import login, shot

COUNTY = ZoneInfo("Asia/Shanghai")
TOWNSHIP_TEAM = "高村镇综合行政执法大队"  # the demo officer's unit
PICKER_FORMAT = "%Y-%m-%d %H:%M"


def county_now() -> datetime:
    return datetime.now(COUNTY).replace(second=0, microsecond=0)


def pick_time(page: Page, label: str, when: datetime) -> None:
    """Type a time into an antd DatePicker (with time) and confirm it."""
    field = page.get_by_label(label, exact=True)
    field.click()
    field.press("Control+a")
    field.fill(when.strftime(PICKER_FORMAT))
    # 确定 in the picker's panel (Enter would submit the form).
    open_panel = page.locator(".ant-picker-dropdown:not(.ant-picker-dropdown-hidden)")
    expect(open_panel).to_have_count(1)
    # A click on 确定 while the panel is still sliding open is sometimes lost: click again then.
    for attempt in range(3):
        open_panel.locator(".ant-picker-ok button").click()
        try:
            expect(open_panel).to_have_count(0, timeout=3_000)
            break
        except AssertionError:
            if attempt == 2:
                raise
    expect(field).to_have_value(when.strftime(PICKER_FORMAT))
    expect(page.locator(".ant-form-item-explain-error")).to_have_count(0)


def fill_schedule_form(page: Page, title: str, starts: datetime, ends: datetime) -> None:
    page.goto("/training/new")
    expect(page.get_by_test_id("schedule-form")).to_be_visible()
    page.get_by_label("培训名称").fill(title)
    pick_time(page, "开始时间", starts)
    pick_time(page, "结束时间", ends)


def choose_unit(page: Page, name: str) -> None:
    page.get_by_test_id(f"audience-unit-{name}").click()
    expect(page.get_by_test_id("audience-summary")).to_contain_text(name)


def clear_trainer(page: Page) -> None:
    """Leave the trainer unset (the demo trainer teaches the demo's session of today)."""
    item = page.locator(".ant-form-item").filter(has=page.get_by_label("授课教员", exact=True))
    item.locator(".ant-select-selector").hover()
    item.locator(".ant-select-clear").click()
    expect(item.locator(".ant-select-selection-placeholder")).to_have_text("不指定")


def test_story_schedule_check_in_live_count_mark_and_download(contexts):
    trainer = contexts("desktop").new_page()
    login(trainer, "trainer")
    title = f"乡镇执法业务培训 {uuid.uuid4().hex[:6]}"
    starts = county_now() + timedelta(minutes=10)
    fill_schedule_form(trainer, title, starts, starts + timedelta(hours=2))
    clear_trainer(trainer)
    trainer.get_by_label("场地").fill(f"高村镇会议室 {uuid.uuid4().hex[:6]}")
    choose_unit(trainer, TOWNSHIP_TEAM)
    shot(trainer, "training-schedule-desktop")
    trainer.get_by_role("button", name="安排培训").click()

    trainer.wait_for_url("**/training/sessions/*")
    expect(trainer.get_by_role("heading", name=title)).to_be_visible()
    expect(trainer.get_by_test_id("roster-row-李莹")).to_be_visible()
    expected = int(
        trainer.get_by_test_id("session-summary")
        .locator(".ant-statistic-content-value")
        .first.inner_text()
    )
    assert expected >= 1

    trainer.get_by_test_id("open-check-in").click()
    trainer.wait_for_url("**/check-in")
    # Five minutes per code: the test reads it and types it well within one code's life.
    trainer.get_by_test_id("code-validity").click()
    trainer.get_by_text("每 5 分钟更换").click()
    code_box = trainer.get_by_test_id("check-in-code")
    expect(code_box).to_have_attribute("data-code", re.compile(r"^\d{6}$"))
    countdown = trainer.get_by_test_id("code-countdown")
    expect(countdown).to_have_text(re.compile(r"^0[45]:\d\d 后更换$"))
    expect(trainer.get_by_test_id("checked-in-count")).to_have_text("0")
    expect(trainer.get_by_test_id("expected-count")).to_have_text(str(expected))
    expect(trainer.get_by_test_id("count-mode")).to_have_text("实时更新")
    code = code_box.get_attribute("data-code")
    assert code

    officer = contexts("phone").new_page()
    login(officer, "officer")
    officer.goto("/training/my")
    card = officer.locator(f"[data-title='{title}']")
    expect(card).to_be_visible()
    shot(officer, "training-my-phone")
    card.get_by_label("签到码").fill(code)
    card.get_by_role("button", name="签到").click()
    expect(card.get_by_test_id("my-status")).to_have_text("出勤")
    expect(card.get_by_test_id("checked-in-at")).to_contain_text("已签到")

    # The trainer's screen counts the officer without a reload.
    expect(trainer.get_by_test_id("checked-in-count")).to_have_text("1")
    expect(trainer.get_by_test_id("check-in-code")).to_have_attribute("data-code", code)
    shot(trainer, "training-check-in-desktop")
    trainer.set_viewport_size({"width": 390, "height": 844})
    expect(trainer.get_by_test_id("check-in-code")).to_be_visible()
    shot(trainer, "training-check-in-phone")
    trainer.set_viewport_size({"width": 1280, "height": 800})

    trainer.get_by_role("button", name="退出签到").click()
    trainer.wait_for_url("**/training/sessions/*")
    expect(trainer.get_by_test_id("roster-row-李莹").get_by_test_id("roster-status")).to_have_text(
        "出勤"
    )
    trainer.get_by_test_id("select-unmarked").click()
    expect(trainer.get_by_test_id("selected-count")).to_have_text(str(expected - 1))
    trainer.get_by_test_id("mark-status").click()
    trainer.locator(".ant-select-item-option").filter(has_text="缺勤").click()
    trainer.get_by_label("备注").fill("未到场")
    trainer.get_by_test_id("mark-selected").click()
    expect(trainer.get_by_test_id("roster-filter")).to_contain_text("未标记 0")
    expect(trainer.get_by_test_id("roster-filter")).to_contain_text(f"缺勤 {expected - 1}")
    shot(trainer, "training-session-desktop")

    with trainer.expect_download() as download_info:
        trainer.get_by_test_id("download-sign-in").click()
    download = download_info.value
    assert download.suggested_filename.endswith(".xlsx")
    content = Path(download.path()).read_bytes()
    assert len(content) > 0
    with zipfile.ZipFile(io.BytesIO(content)) as workbook:
        assert "xl/workbook.xml" in workbook.namelist()


def test_a_trainer_conflict_shows_beside_the_trainer_field(contexts, api):
    trainer_api = api("trainer")
    me = trainer_api.data("{ me { id person { unit { id } } } }")["me"]
    starts = county_now().replace(hour=9, minute=0) + timedelta(days=20)
    made = trainer_api.data(
        """mutation($input: ScheduleSessionInput!) {
             scheduleSession(input: $input) { session { id } userErrors { code message } } }""",
        {
            "input": {
                "title": f"已有安排 {uuid.uuid4().hex[:6]}",
                "kind": "POLITICAL",
                "startsAt": starts.isoformat(),
                "endsAt": (starts + timedelta(hours=2)).isoformat(),
                "organizerUnitId": me["person"]["unit"]["id"],
                "trainerId": me["id"],
                "audience": {"categories": ["PRINCIPAL_LEADER"]},
            }
        },
    )["scheduleSession"]
    assert made["userErrors"] == [] and made["session"], made

    page = contexts("desktop").new_page()
    login(page, "trainer")
    fill_schedule_form(
        page, "与已有安排冲突的培训", starts + timedelta(hours=1), starts + timedelta(hours=3)
    )
    choose_unit(page, TOWNSHIP_TEAM)
    page.get_by_role("button", name="安排培训").click()
    trainer_field = page.get_by_label("授课教员", exact=True)
    trainer_item = page.locator(".ant-form-item").filter(has=trainer_field)
    expect(trainer_item.locator(".ant-form-item-explain-error")).to_have_text(
        "该培训教员在此时间段已有其他培训"
    )
    expect(trainer_item.locator(".ant-form-item-explain-error")).to_have_css("opacity", "1")
    assert "/training/new" in page.url
    shot(page, "training-schedule-conflict-desktop")


def test_an_end_before_the_start_shows_beside_the_end(contexts):
    page = contexts("phone").new_page()
    login(page, "trainer")
    starts = county_now().replace(hour=15, minute=0) + timedelta(days=21)
    fill_schedule_form(page, "时间填反的培训", starts, starts - timedelta(hours=1))
    choose_unit(page, TOWNSHIP_TEAM)
    page.get_by_role("button", name="安排培训").click()
    end_item = page.locator(".ant-form-item").filter(has=page.get_by_label("结束时间", exact=True))
    expect(end_item.locator(".ant-form-item-explain-error")).to_have_text(
        "结束时间必须晚于开始时间"
    )
    expect(end_item.locator(".ant-form-item-explain-error")).to_have_css("opacity", "1")
    shot(page, "training-schedule-phone")


def test_a_weekly_series_with_its_recurrence_errors_beside_the_recurrence_fields(contexts):
    page = contexts("desktop").new_page()
    login(page, "trainer")
    starts = county_now().replace(hour=10, minute=15) + timedelta(days=30)
    title = f"每周执法例训 {uuid.uuid4().hex[:6]}"
    fill_schedule_form(page, title, starts, starts + timedelta(hours=1))
    clear_trainer(page)
    choose_unit(page, TOWNSHIP_TEAM)
    page.get_by_text("每周", exact=True).click()
    page.get_by_label("按日期").check()
    until = page.get_by_label("结束日期", exact=True)
    until.click()
    until.fill((starts + timedelta(days=365 * 5)).strftime("%Y-%m-%d"))
    until.press("Tab")
    page.get_by_role("button", name="安排培训").click()
    until_item = page.locator(".ant-form-item").filter(has=until)
    until_error = until_item.locator(".ant-form-item-explain-error")
    expect(until_error).to_have_text("一个系列最多 200 次培训")
    expect(until_error).to_have_css("opacity", "1")
    shot(page, "training-schedule-series-desktop")

    page.get_by_label("按次数").check()
    page.get_by_label("次数", exact=True).fill("3")
    page.get_by_role("button", name="安排培训").click()
    expect(page.get_by_text("已安排 3 次培训")).to_be_visible()
    page.wait_for_url("**/training/sessions/*")
    expect(page.get_by_test_id("session-info")).to_contain_text("属于重复系列")


def test_calendar_month_and_week_at_both_sizes(contexts):
    for size in ("desktop", "phone"):
        page = contexts(size).new_page()
        login(page, "trainer")
        page.goto("/training")
        today = county_now().strftime("%Y-%m-%d")
        expect(page.get_by_test_id(f"calendar-day-{today}")).to_be_visible()
        # The demo schedules sessions for today; the day's list shows them as cards.
        expect(
            page.get_by_test_id("calendar-day-list").get_by_test_id("session-card").first
        ).to_be_visible()
        shot(page, f"training-calendar-{size}")
        page.get_by_test_id("calendar-view").get_by_text("周").click()
        expect(page.get_by_test_id("calendar-week")).to_be_visible()
        expect(page.get_by_test_id(f"calendar-day-{today}")).to_be_visible()
        shot(page, f"training-calendar-week-{size}")
        page.get_by_test_id("calendar-week").get_by_test_id(
            "session-card" if size == "phone" else "calendar-session"
        ).first.click()
        page.wait_for_url("**/training/sessions/*")
        expect(page.get_by_test_id("roster")).to_be_visible()
        if size == "phone":
            shot(page, "training-session-phone")


def test_compliance_chart_table_and_people_at_risk(contexts):
    for size in ("desktop", "phone"):
        page = contexts(size).new_page()
        login(page, "trainer")
        page.goto("/training/compliance")
        expect(page.get_by_test_id("compliance-chart").locator("canvas")).to_be_visible()
        expect(page.get_by_test_id("compliance-totals")).to_contain_text("达标率")
        shot(page, f"training-compliance-{size}")
        if size == "desktop":
            with page.expect_download() as download_info:
                page.get_by_test_id("compliance-export").click()
            assert download_info.value.suggested_filename.endswith(".xlsx")
        # Units needing attention come first: the first one has people at risk or behind, and
        # the drill-down opens on them.
        page.locator("[data-testid^='compliance-unit-']").first.click()
        drawer = page.get_by_test_id("compliance-people")
        expect(drawer.get_by_test_id("compliance-person").first).to_be_visible()
        expect(drawer.get_by_test_id("compliance-person").first).to_contain_text("已参加")
        expect(drawer.get_by_test_id("compliance-person").first).to_contain_text(
            re.compile("有风险|未达标")
        )
        shot(page, f"training-compliance-people-{size}")


def test_an_officer_requests_leave_and_reads_their_history(contexts, api):
    unit_id = api("officer").data("{ me { person { unit { id } } } }")["me"]["person"]["unit"]["id"]
    trainer_api = api("trainer")
    organizer = trainer_api.data("{ me { person { unit { id } } } }")["me"]["person"]["unit"]["id"]
    title = f"乡镇安全生产培训 {uuid.uuid4().hex[:6]}"
    starts = county_now().replace(hour=14, minute=30) + timedelta(days=3)
    made = trainer_api.data(
        """mutation($input: ScheduleSessionInput!) {
             scheduleSession(input: $input) { session { id } userErrors { code message } } }""",
        {
            "input": {
                "title": title,
                "kind": "PROFESSIONAL",
                "startsAt": starts.isoformat(),
                "endsAt": (starts + timedelta(hours=2)).isoformat(),
                "organizerUnitId": organizer,
                "audience": {"unitIds": [unit_id]},
            }
        },
    )["scheduleSession"]
    assert made["userErrors"] == [], made

    page = contexts("phone").new_page()
    login(page, "officer")
    page.goto("/training/my")
    card = page.locator(f"[data-title='{title}']")
    expect(card.get_by_test_id("my-status")).to_have_text("待签到")
    card.get_by_test_id("request-leave").click()
    page.get_by_role("button", name="提交").click()
    expect(page.get_by_role("dialog").locator(".ant-form-item-explain-error")).to_have_text(
        "请填写请假事由"
    )
    page.get_by_label("请假事由").fill("下乡检查，无法参加")
    page.get_by_role("button", name="提交").click()
    expect(card.get_by_test_id("my-status")).to_have_text("请假")
    expect(card).to_contain_text("下乡检查，无法参加")
    expect(card.get_by_test_id("request-leave")).to_have_count(0)

    for size, screen in (("phone", page), ("desktop", contexts("desktop").new_page())):
        if size == "desktop":
            login(screen, "officer")
            screen.goto("/training/my")
            expect(screen.locator(f"[data-title='{title}']")).to_be_visible()
            shot(screen, "training-my-desktop")
        screen.goto("/me/attendance")
        expect(screen.get_by_test_id("attendance-stats")).to_contain_text("出勤率")
        expect(screen.get_by_test_id("attendance-row").first).to_be_visible()
        shot(screen, f"me-attendance-{size}")


def test_officers_cannot_open_the_trainer_pages(page):
    login(page, "officer")
    for path in ("/training", "/training/new", "/training/compliance"):
        page.goto(path)
        expect(page.get_by_test_id("forbidden")).to_be_visible()
