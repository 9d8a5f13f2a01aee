"""Leaders, officers and evaluators on drills: the list, a drill's page with its live comment
stream (story 3), replies and corrective actions, scoring, the report and its downloads."""

from __future__ import annotations

import re
import uuid
from datetime import UTC, date, datetime, timedelta

from playwright.sync_api import Page, expect

from browser_tests.conftest import login, shot

IN_PROGRESS = "{ drills(status: IN_PROGRESS) { edges { node { id title } } } }"
REVIEWED = "{ drills(status: REVIEWED) { edges { node { id title } } } }"
ADD_COMMENT = (
    "mutation($i: AddDrillCommentInput!) { addDrillComment(input: $i) {"
    " comment { id } userErrors { code message } } }"
)


def drill_in_progress(api) -> dict:
    """The demo's drill in progress (the officer's unit takes part in it)."""
    edges = api("leader").data(IN_PROGRESS)["drills"]["edges"]
    assert edges, "the demo has a drill in progress"
    return edges[0]["node"]


def is_add_comment(response) -> bool:
    return response.url.endswith("/graphql") and "DrillAddComment" in (
        response.request.post_data or ""
    )


def open_drill(page: Page, drill_id: str) -> None:
    page.goto(f"/drills/{drill_id}")
    expect(page.get_by_test_id("comment-stream")).to_be_visible()
    # The subscription's WebSocket is up: comments from now on arrive live.
    expect(page.get_by_test_id("live-status")).to_have_attribute("data-status", "connected")


def test_story_3_a_leaders_review_reaches_the_officers_open_page_live(contexts, api):
    drill = drill_in_progress(api)
    officer = contexts("phone").new_page()
    login(officer, "officer")
    open_drill(officer, drill["id"])
    shot(officer, "drills-drill-phone")

    leader = contexts("desktop").new_page()
    login(leader, "leader")
    leader.goto("/drills")
    leader.get_by_test_id("drill-status-filter").get_by_text("进行中").click()
    leader.get_by_role("link", name=drill["title"]).click()
    leader.wait_for_url(re.compile(r"/drills/[^/]+$"))
    expect(leader.get_by_test_id("live-status")).to_have_attribute("data-status", "connected")
    review = f"疏散组整体有序，3号楼梯间堆物问题要立即整改。{uuid.uuid4().hex[:6]}"
    expect(leader.get_by_text("正式点评")).to_be_visible()  # a leader's composer starts on 点评
    leader.get_by_label("点评内容").fill(review)
    with leader.expect_response(is_add_comment) as posted:
        leader.get_by_role("button", name="发表点评").click()
    assert posted.value.ok
    # Measured from the post's response: the officer's page shows it within a second, no reload.
    officer_comment = officer.get_by_test_id("drill-comment").filter(has_text=review)
    expect(officer_comment).to_be_visible(timeout=1000)
    expect(officer_comment).to_have_attribute("data-review", "true")
    expect(officer_comment.get_by_text("领导点评")).to_be_visible()
    expect(officer_comment.get_by_test_id("comment-new")).to_be_visible()
    expect(leader.get_by_test_id("drill-comment").filter(has_text=review)).to_have_count(1)
    shot(leader, "drills-drill-desktop")


def test_the_drill_list_by_status_with_unread_counts(contexts, api):
    drill = drill_in_progress(api)
    body = f"南广场集合点已清点完毕。{uuid.uuid4().hex[:6]}"
    api("trainer").data(ADD_COMMENT, {"i": {"drillId": drill["id"], "body": body}})
    for size in ("desktop", "phone"):
        page = contexts(size).new_page()
        login(page, "officer")
        page.goto("/drills")
        row = page.get_by_test_id("drill-card" if size == "phone" else "drill-table")
        expect(row.first).to_be_visible()
        listed = page.locator(
            "[data-testid=drill-card]" if size == "phone" else "tr", has_text=drill["title"]
        )
        expect(listed.get_by_test_id("drill-unread")).to_be_visible()
        shot(page, f"drills-list-{size}")
        page.get_by_test_id("drill-status-filter").get_by_text("已复盘").click()
        expect(page.get_by_test_id("drill-status").first).to_have_text("已复盘")
        expect(page.get_by_text(drill["title"])).to_have_count(0)
    # Opening the drill marks its comments read: the list's count is gone.
    page = contexts("desktop").new_page()
    login(page, "officer")
    with page.expect_response(
        lambda r: "DrillMarkCommentsRead" in (r.request.post_data or "")
    ) as marked:
        open_drill(page, drill["id"])
    assert marked.value.ok
    expect(page.get_by_test_id("drill-comment").filter(has_text=body)).to_be_visible()
    page.goto("/drills")
    listed = page.locator("tr", has_text=drill["title"])
    expect(listed).to_be_visible()
    expect(listed.get_by_test_id("drill-unread")).to_have_count(0)


def test_a_leader_replies_in_a_thread_and_turns_a_comment_into_an_action_item(contexts, api):
    drill = drill_in_progress(api)
    remark = f"2号门外消防车通道被临时摊位占用。{uuid.uuid4().hex[:6]}"
    api("officer").data(ADD_COMMENT, {"i": {"drillId": drill["id"], "body": remark}})
    page = contexts("phone").new_page()
    login(page, "leader")
    open_drill(page, drill["id"])
    thread = page.get_by_test_id("comment-thread").filter(has_text=remark)
    thread.get_by_role("button", name="回复").first.click()
    thread.get_by_role("button", name="回复", exact=True).last.click()  # empty reply
    expect(thread.get_by_text("请填写内容")).to_be_visible()  # BLANK_COMMENT beside the field
    reply = f"请高村镇大队今天内清理通道。{uuid.uuid4().hex[:6]}"
    thread.get_by_label("回复内容").fill(reply)
    expect(thread.get_by_label("回复内容")).to_have_value(reply)
    with page.expect_response(is_add_comment) as posted:
        # The reply form's own submit button, not a comment's 回复 link.
        thread.locator("button[type=submit]").filter(has_text="回复").click()
    assert posted.value.ok
    expect(thread.get_by_test_id("drill-comment")).to_have_count(2)
    expect(thread.get_by_test_id("drill-comment").last).to_contain_text(reply)

    thread.get_by_role("button", name="转整改").first.click()
    dialog = page.get_by_role("dialog")
    expect(dialog.get_by_label("整改事项")).to_have_value(remark)
    dialog.get_by_label("责任单位").click()
    page.locator(".ant-select-item-option").filter(has_text="高村镇综合行政执法大队").click()
    dialog.get_by_role("button", name="创建").click()
    expect(page.get_by_text("已创建整改事项")).to_be_visible()
    expect(dialog).to_be_hidden()

    page.goto("/drills/actions")
    item = page.get_by_test_id("action-item").filter(has_text=remark)
    expect(item).to_be_visible()
    expect(item.get_by_test_id("action-status")).to_have_text("待整改")
    expect(item).to_contain_text("来源：点评")


def test_action_items_overdue_first_and_moved_along(contexts, api):
    officer_unit = api("officer").data("{ me { person { unit { id } } } }")["me"]["person"]
    title = f"整改：应急广播音量不足 {uuid.uuid4().hex[:6]}"
    api("leader").data(
        "mutation($i: CreateActionItemInput!) { createActionItem(input: $i) {"
        " actionItem { id } userErrors { code message } } }",
        {
            "i": {
                "title": title,
                "ownerUnitId": officer_unit["unit"]["id"],
                "dueDate": (date.today() + timedelta(days=7)).isoformat(),
            }
        },
    )
    for size in ("desktop", "phone"):
        page = contexts(size).new_page()
        login(page, "leader")
        page.goto("/drills/actions")
        items = page.get_by_test_id("action-item")
        expect(items.first).to_have_attribute("data-overdue", "true")
        flags = items.evaluate_all("els => els.map(e => e.dataset.overdue)")
        assert flags == sorted(flags, key=lambda f: f != "true"), flags
        shot(page, f"drills-actions-{size}")

    page = contexts("phone").new_page()
    login(page, "officer")
    page.goto("/drills/actions")
    item = page.get_by_test_id("action-item").filter(has_text=title)
    item.get_by_role("button", name="开始整改").click()
    expect(item.get_by_test_id("action-status")).to_have_text("整改中")
    item.get_by_role("button", name="提交整改").click()
    dialog = page.get_by_role("dialog")
    dialog.get_by_role("button", name="提交").click()
    expect(dialog.get_by_text("请说明整改情况")).to_be_visible()
    dialog.get_by_label("整改情况").fill("已更换商场应急广播功放并试播。")
    dialog.get_by_role("button", name="提交").click()
    expect(item.get_by_test_id("action-status")).to_have_text("已整改")
    expect(item.get_by_role("button", name="验收通过")).to_have_count(0)  # officers do not verify

    leader = contexts("desktop").new_page()
    login(leader, "leader")
    leader.goto("/drills/actions")
    row = leader.get_by_test_id("action-item").filter(has_text=title)
    row.get_by_role("button", name="验收通过").click()
    expect(row.get_by_test_id("action-status")).to_have_text("已验收")


def plan_and_start_drill(api) -> dict:
    """A drill of the trainer's, in progress, with the demo evaluator and the officer's unit."""
    officer_unit = api("officer").data("{ me { person { unit { id name } } } }")["me"]["person"]
    evaluator = api("evaluator").data("{ me { id } }")["me"]["id"]
    trainer = api("trainer")
    organizer = trainer.data("{ me { person { unit { id } } } }")["me"]["person"]["unit"]["id"]
    title = f"校园安全应急功能演练 {uuid.uuid4().hex[:6]}"
    planned = trainer.data(
        "mutation($i: PlanDrillInput!) { planDrill(input: $i) {"
        " drill { id } userErrors { field code message } } }",
        {
            "i": {
                "title": title,
                "type": "FUNCTIONAL",
                "scenarioKey": "campus_emergency",
                "scheduledAt": (datetime.now(UTC) + timedelta(hours=1)).isoformat(),
                "organizerUnitId": organizer,
                "location": "县第一中学",
                "participants": [
                    {"unitId": organizer, "role": "LEAD"},
                    {"unitId": officer_unit["unit"]["id"], "role": "SUPPORT"},
                ],
                "evaluatorIds": [evaluator],
            }
        },
    )["planDrill"]
    assert planned["drill"], planned
    drill_id = planned["drill"]["id"]
    started = trainer.data(
        "mutation($i: DrillTransitionInput!) { startDrill(input: $i) {"
        " drill { status } userErrors { code message } } }",
        {"i": {"drillId": drill_id}},
    )["startDrill"]
    assert started["drill"]["status"] == "IN_PROGRESS", started
    lead = trainer.data("{ me { person { unit { name } } } }")["me"]["person"]["unit"]["name"]
    return {"id": drill_id, "title": title, "lead": lead}


def test_an_evaluator_scores_a_drill_and_the_chart_shows_it(contexts, api):
    drill = plan_and_start_drill(api)
    for size in ("phone", "desktop"):
        page = contexts(size).new_page()
        login(page, "evaluator")
        page.goto(f"/drills/{drill['id']}")
        if size == "desktop":
            expect(page.get_by_test_id("scores-empty")).to_be_visible()
        page.get_by_role("button", name="评分").click()
        page.wait_for_url("**/evaluate")
        expect(page.get_by_test_id("rating-row").first).to_be_visible()
        if size == "phone":
            shot(page, "drills-evaluate-phone")
            continue
        rows = page.get_by_test_id("rating-row")
        count = rows.count()
        for index in range(count):
            row = rows.nth(index)
            maximum = re.search(r"满分 ([\d.]+)", row.inner_text()).group(1)
            row.get_by_role("spinbutton").fill(str(round(float(maximum) * 0.8, 2)))
        rows.first.get_by_label(re.compile("观察记录")).fill("报警及时，信息要素齐全。")
        expect(page.get_by_test_id("rating-progress")).to_contain_text(f"已评 {count}/{count} 项")
        shot(page, "drills-evaluate-desktop")
        page.get_by_role("button", name="提交评分").click()
        expect(page.get_by_text("评分已提交")).to_be_visible()

    leader = contexts("desktop").new_page()
    login(leader, "leader")
    leader.goto(f"/drills/{drill['id']}")
    expect(leader.get_by_test_id("score-chart").locator("canvas")).to_be_visible()
    expect(leader.get_by_test_id("unit-score").filter(has_text=drill["lead"])).to_contain_text(
        "80 / 100"
    )


def test_the_after_action_report_and_its_downloads(contexts, api):
    drill = api("leader").data(REVIEWED)["drills"]["edges"][0]["node"]
    for size in ("desktop", "phone"):
        page = contexts(size).new_page()
        login(page, "leader")
        page.goto(f"/drills/{drill['id']}")
        page.get_by_role("button", name="评估报告").click()
        page.wait_for_url("**/report")
        expect(page.get_by_test_id("drill-report")).to_be_visible()
        expect(page.get_by_test_id("report-score")).to_have_text(re.compile(r"^[\d.]+ / [\d.]+$"))
        expect(page.get_by_test_id("score-chart").locator("canvas")).to_be_visible()
        shot(page, f"drills-report-{size}")
    with page.expect_download() as xlsx:
        page.get_by_test_id("report-xlsx").click()
    assert xlsx.value.suggested_filename.endswith(".xlsx"), xlsx.value.suggested_filename
    assert (xlsx.value.path().read_bytes())[:2] == b"PK"  # a zip: the workbook
    with page.expect_download() as html:
        page.get_by_test_id("report-html").click()
    assert html.value.suggested_filename.endswith(".html")
    assert drill["title"] in html.value.path().read_text(encoding="utf-8")
    page.get_by_test_id("report-preview").click()
    frame = page.frame_locator("iframe[title=演练评估报告]")
    expect(frame.get_by_text(drill["title"]).first).to_be_visible()


def test_a_drill_nobody_may_read_shows_not_found(page):
    login(page, "officer")
    page.goto("/drills/RHJpbGw6OTk5OTk=")  # Drill:99999
    expect(page.get_by_test_id("drill-not-found")).to_be_visible()
