"""Trainers: the question bank, its import, the exam builder, an exam's progress, grading and
statistics (story 4: an import with one bad row shows that row's number and error)."""

from __future__ import annotations

import io
import re
import uuid
from datetime import UTC, datetime, timedelta

from openpyxl import Workbook
from playwright.sync_api import Page, expect

from browser_tests.conftest import login, shot

CREATE_QUESTION = """
mutation($input: CreateQuestionInput!) {
  createQuestion(input: $input) { question { id } userErrors { field code message } }
}"""
QUESTIONS = """
query($category: String) {
  questions(first: 100, category: $category) { edges { node { id stem answer active } } }
}"""
EXAMS = """
query($status: ExamStatus) {
  exams(first: 100, status: $status) {
    edges { node { id title practice status progress { audience started submitted } } }
  }
}"""
QUEUE = "query($id: ID!) { gradingQueue(examId: $id, first: 100) { edges { node { id } } } }"


def unique(prefix: str) -> str:
    return f"{prefix}{uuid.uuid4().hex[:6]}"


def make_questions(api, category: str, count: int) -> None:
    trainer = api("trainer")
    for i in range(count):
        data = trainer.data(
            CREATE_QUESTION,
            {
                "input": {
                    "category": category,
                    "type": "SINGLE_CHOICE",
                    "stem": f"{category} 第{i + 1}题：下列说法正确的是？",
                    "options": [{"key": "A", "text": "正确说法"}, {"key": "B", "text": "错误说法"}],
                    "answer": ["A"],
                    "difficulty": 2,
                }
            },
        )
        assert data["createQuestion"]["userErrors"] == [], data


def pick_tree_option(page: Page, label: str, search: str, title: str) -> None:
    """Open an antd TreeSelect by its aria-label, search, and click the node with this title."""
    field = page.get_by_role("combobox", name=label)
    field.click()
    field.fill(search)
    page.locator(
        ".ant-select-dropdown:visible .ant-select-tree-title", has_text=title
    ).first.click()


def test_story4_an_import_with_one_bad_row_shows_that_rows_number_and_error(contexts, api):
    category = unique("浏览器导入 > 第一章 ")
    book = Workbook()
    sheet = book.active
    sheet.append(["分类", "题型", "题干", "选项A", "选项B", "选项C", "答案", "解析", "难度"])
    sheet.append([category, "单选", "导入的第一题？", "甲", "乙", "丙", "B", "因为乙", 2])
    sheet.append([category, "判断", "导入的第二题是判断题。", None, None, None, "正确", None, 3])
    sheet.append([category, "单选", "导入的坏题：难度超出范围", "甲", "乙", None, "A", None, 9])
    sheet.append([category, "多选", "导入的第三题？", "甲", "乙", "丙", "AC", None, None])
    buffer = io.BytesIO()
    book.save(buffer)

    for size in ("desktop", "phone"):
        page = contexts(size).new_page()
        login(page, "trainer")
        page.goto("/bank/import")
        expect(page.get_by_test_id("import-template")).to_have_attribute(
            "href", "/exports/question-template.xlsx"
        )
        shot(page, f"bank-import-{size}")
        if size == "phone":
            continue
        page.locator("input[type=file]").set_input_files(
            {
                "name": "questions.xlsx",
                "mimeType": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
                "buffer": buffer.getvalue(),
            }
        )
        page.get_by_test_id("import-start").click()
        row = page.get_by_test_id("import-error-row-4")
        expect(row).to_contain_text("第 4 行")
        expect(row).to_contain_text("难度须为 1 到 5")
        expect(page.get_by_test_id("import-imported")).to_have_text("已导入 3 道")
        expect(page.get_by_test_id("import-rejected")).to_have_text("未导入 1 行")
        expect(page.locator("[data-testid^=import-error-row-]")).to_have_count(1)
        shot(page, "bank-import-result-desktop")

    # The good rows are in the bank, the bad one is not.
    found = api("trainer").data(QUESTIONS, {"category": category})["questions"]["edges"]
    stems = sorted(edge["node"]["stem"] for edge in found)
    assert stems == ["导入的第一题？", "导入的第三题？", "导入的第二题是判断题。"]


def test_a_trainer_builds_an_exam_with_a_draw_rule_and_publishes_it(contexts, api):
    category = unique("浏览器组卷")
    make_questions(api, category, 3)
    title = unique("浏览器组卷考试")
    page = contexts("desktop").new_page()
    login(page, "trainer")
    page.goto("/bank/exams/new")
    expect(page.get_by_test_id("exam-builder")).to_be_visible()
    page.get_by_label("考试名称").fill(title)
    page.get_by_label("答题时长").fill("30")
    page.get_by_test_id("audience-picker").get_by_text("执法人员", exact=True).click()
    expect(page.get_by_test_id("audience-summary")).to_contain_text("执法人员")

    # One fixed question picked from the bank (2 points by default).
    page.get_by_test_id("pick-questions").click()
    picker = page.get_by_role("dialog")
    picker.get_by_label("搜索题干").fill(f"{category} 第1题")
    picker.get_by_label("搜索题干").press("Enter")
    expect(picker.get_by_test_id("picker-list").locator(".ant-list-item")).to_have_count(1)
    picker.get_by_test_id("picker-list").get_by_role("checkbox").check()
    picker.get_by_role("button", name="加入试卷（1）").click()
    expect(page.get_by_test_id("fixed-0")).to_contain_text(f"{category} 第1题")

    page.get_by_test_id("add-rule").click()
    pick_tree_option(page, "规则1分类", category, category)
    # The bank's count for the rule shows while choosing (less the fixed question in its pool);
    # asking for more is flagged at once.
    page.get_by_label("规则1抽题数").fill("5")
    page.get_by_label("规则1每题分值").fill("5")
    available = page.get_by_test_id("rule-0-available")
    expect(available).to_contain_text("3 题")
    expect(available).to_contain_text("还可抽 2 题，不够抽 5 题")
    page.get_by_label("及格分").fill("15")
    expect(page.get_by_test_id("paper-total")).to_have_text("试卷共 6 题，总分 27 分")
    shot(page, "bank-exam-builder-desktop")

    # Publishing checks the bank: the rule's error lands beside its count (the draft is saved).
    page.get_by_test_id("exam-publish").click()
    count_item = page.locator(".ant-form-item", has=page.get_by_label("规则1抽题数"))
    expect(count_item.locator(".ant-form-item-explain-error")).to_contain_text("不够抽")

    page.get_by_label("规则1抽题数").fill("3")
    expect(available).to_contain_text("不够抽 3 题")
    page.get_by_label("规则1抽题数").fill("2")
    expect(available).not_to_contain_text("不够抽")
    page.get_by_label("及格分").fill("6")
    page.get_by_test_id("exam-publish").click()
    page.wait_for_url(re.compile(r"/bank/exams/[^/]+$"))
    expect(page.get_by_test_id("exam-status").first).to_have_text("未开始")
    expect(page.get_by_text(category).first).to_be_visible()
    shot(page, "bank-exam-detail-desktop")

    exams = api("trainer").data(EXAMS, {"status": "SCHEDULED"})["exams"]["edges"]
    assert [e["node"]["title"] for e in exams].count(title) == 1

    phone = contexts("phone").new_page()
    login(phone, "trainer")
    phone.goto(page.url.replace(page.url.split("/bank/")[0], ""))
    expect(phone.get_by_test_id("exam-status").first).to_have_text("未开始")
    shot(phone, "bank-exam-detail-phone")
    phone.goto("/bank/exams/new")
    expect(phone.get_by_test_id("exam-builder")).to_be_visible()
    shot(phone, "bank-exam-builder-phone")


def test_the_exams_list_filters_by_status(contexts):
    for size in ("desktop", "phone"):
        page = contexts(size).new_page()
        login(page, "trainer")
        page.goto("/bank/exams")
        page.get_by_text("已结束", exact=True).first.click()
        page.wait_for_url("**/bank/exams?status=CLOSED")
        items = page.get_by_test_id("exams-table" if size == "desktop" else "exams-list")
        expect(items).to_contain_text("道路交通安全法专题测试")
        statuses = items.get_by_test_id("exam-status")
        expect(statuses.first).to_have_text("已结束")
        expect(statuses.filter(has_not_text="已结束")).to_have_count(0)
        shot(page, f"bank-exams-{size}")


def test_a_trainer_creates_corrects_and_retires_a_question(contexts, api):
    category = unique("浏览器题库")
    page = contexts("desktop").new_page()
    login(page, "trainer")
    page.goto("/bank/questions")
    expect(page.get_by_test_id("category-tree")).to_be_visible()
    shot(page, "bank-questions-desktop")

    page.get_by_test_id("question-new").click()
    form = page.get_by_test_id("question-form")
    form.get_by_role("combobox", name="分类").fill(category)
    stem = f"{category}：执法人员应当出示什么证件？"
    form.get_by_label("题干").fill(stem)
    form.get_by_role("textbox", name="选项A").fill("执法证")
    form.get_by_role("textbox", name="选项B").fill("工作证")
    # Options C and D left blank: the server's error shows beside the options.
    page.get_by_test_id("answer-editor").get_by_text("B", exact=True).click()
    page.get_by_role("button", name="保存").click()
    options_item = page.locator(".ant-form-item", has=page.get_by_test_id("options-editor"))
    expect(options_item.locator(".ant-form-item-explain-error")).to_be_visible()

    form.get_by_role("button", name="删除选项D").click()
    form.get_by_role("button", name="删除选项C").click()
    page.get_by_role("button", name="保存").click()
    expect(page.get_by_text("已添加试题")).to_be_visible()

    page.get_by_label("搜索试题").fill(category)
    page.get_by_label("搜索试题").press("Enter")
    table = page.get_by_test_id("questions-table")
    expect(table).to_contain_text(stem)
    expect(table.locator("tbody tr")).to_have_count(1)

    # The key was wrong (B): correct it to A, with its consequences spelled out.
    table.get_by_test_id("question-correct-key").click()
    dialog = page.get_by_role("dialog")
    expect(dialog).to_contain_text("重新评分")
    dialog.get_by_test_id("answer-editor").get_by_text("A", exact=True).click()
    dialog.get_by_role("button", name="确认更正并重新评分").click()
    expect(page.get_by_text("答案已更正，重新评分 0 份答卷")).to_be_visible()
    found = api("trainer").data(QUESTIONS, {"category": category})["questions"]["edges"]
    assert [e["node"]["answer"] for e in found] == [["A"]]
    table.locator(".ant-table-row-expand-icon").first.click()
    expect(page.get_by_test_id("question-details")).to_contain_text("A. 执法证 ✓")

    table.get_by_test_id("question-retire").click()
    page.locator(".ant-popconfirm").get_by_role("button", name="停用").click()
    expect(page.get_by_text("没有符合条件的试题")).to_be_visible()
    assert api("trainer").data(QUESTIONS, {"category": category})["questions"]["edges"] == []

    phone = contexts("phone").new_page()
    login(phone, "trainer")
    phone.goto("/bank/questions")
    expect(phone.get_by_test_id("question-item").first).to_be_visible()
    shot(phone, "bank-questions-phone")


def test_an_open_exams_progress_grading_queue_and_statistics(contexts, api):
    trainer = api("trainer")
    open_exams = [
        e["node"]
        for e in trainer.data(EXAMS, {"status": "OPEN"})["exams"]["edges"]
        if not e["node"]["practice"]
    ]
    assert open_exams, "the demo has an exam open now"
    exam = open_exams[0]
    queue = trainer.data(QUEUE, {"id": exam["id"]})["gradingQueue"]["edges"]
    closed = trainer.data(EXAMS, {"status": "CLOSED"})["exams"]["edges"]
    past = next(e["node"] for e in closed if not e["node"]["practice"])

    for size in ("desktop", "phone"):
        page = contexts(size).new_page()
        login(page, "trainer")
        page.goto(f"/bank/exams/{exam['id']}")
        progress = page.get_by_test_id("exam-progress")
        expect(progress).to_contain_text("实时进度")
        expect(progress).to_contain_text(str(exam["progress"]["audience"]))
        shot(page, f"bank-exam-progress-{size}")

        page.get_by_role("button", name="阅卷").click()
        page.wait_for_url("**/grading")
        if size == "desktop" and queue:
            items = page.get_by_test_id("grading-item")
            expect(items.first).to_be_visible()
            first = items.first
            number = first.locator(".ant-card-head-title").inner_text()
            first.get_by_role("button", name="满分").click()
            first.get_by_role("button", name="提交评分").click()
            expect(page.get_by_text("已评分")).to_be_visible()
            left = trainer.data(QUEUE, {"id": exam["id"]})["gradingQueue"]["edges"]
            assert len(left) == len(queue) - 1, number
        elif not queue:
            expect(page.get_by_test_id("grading-empty")).to_be_visible()
        shot(page, f"bank-grading-{size}")

        page.goto(f"/bank/exams/{past['id']}/statistics")
        expect(page.get_by_test_id("stats-summary")).to_contain_text("及格率")
        expect(page.get_by_test_id("score-histogram").locator("canvas")).to_be_visible()
        expect(page.get_by_test_id("item-chart").locator("canvas")).to_be_visible()
        expect(page.get_by_test_id("item-table")).to_contain_text("区分度")
        shot(page, f"bank-statistics-{size}")


def test_officers_cannot_open_the_bank(page):
    login(page, "officer")
    page.goto("/bank/questions")
    expect(page.get_by_test_id("forbidden")).to_be_visible()


CREATE_EXAM = """
mutation($input: CreateExamInput!) {
  createExam(input: $input) { exam { id } userErrors { field code message } }
}"""
PUBLISH_EXAM = """
mutation($id: ID!) {
  publishExam(input: {examId: $id}) { exam { status } userErrors { code message } }
}"""
START_ATTEMPT = """
mutation($id: ID!) {
  startExamAttempt(input: {examId: $id}) { attempt { id } userErrors { code message } }
}"""
ME = "{ me { person { id } } }"


def exam_input(title: str, category: str, person_id: str, opens_in_minutes: int = -5) -> dict:
    now = datetime.now(UTC)
    return {
        "title": title,
        "opensAt": (now + timedelta(minutes=opens_in_minutes)).isoformat(),
        "closesAt": (now + timedelta(days=2)).isoformat(),
        "durationMinutes": 30,
        "passScore": "1",
        "audience": {"personIds": [person_id]},
        "paper": {"rules": [{"category": category, "count": 2, "points": "1"}]},
    }


def test_an_open_exams_progress_moves_without_a_reload(page, api):
    category = unique("浏览器进度")
    make_questions(api, category, 2)
    trainer, officer = api("trainer"), api("officer")
    person = officer.data(ME)["me"]["person"]["id"]
    made = trainer.data(CREATE_EXAM, {"input": exam_input(unique("进度考试"), category, person)})
    assert made["createExam"]["userErrors"] == [], made
    exam_id = made["createExam"]["exam"]["id"]
    assert trainer.data(PUBLISH_EXAM, {"id": exam_id})["publishExam"]["userErrors"] == []

    login(page, "trainer")
    page.goto(f"/bank/exams/{exam_id}")
    progress = page.get_by_test_id("exam-progress")
    expect(progress.get_by_test_id("progress-audience")).to_have_text("1")
    expect(progress.get_by_test_id("progress-started")).to_have_text("0")

    started = officer.data(START_ATTEMPT, {"id": exam_id})["startExamAttempt"]
    assert started["userErrors"] == [], started
    # The page reads the progress again by itself: the officer shows as started and answering.
    expect(progress.get_by_test_id("progress-started")).to_have_text("1")
    expect(progress.get_by_test_id("progress-in-progress")).to_have_text("1")


def test_a_draft_is_edited_in_the_builder(page, api):
    category = unique("浏览器草稿")
    make_questions(api, category, 3)
    trainer = api("trainer")
    person = api("officer").data(ME)["me"]["person"]["id"]
    fixed = trainer.data(
        "query($c: String) { questions(category: $c, first: 1) { edges { node { id stem } } } }",
        {"c": category},
    )["questions"]["edges"][0]["node"]
    title = unique("草稿考试")
    draft = exam_input(title, category, person, 60 * 24)
    draft["paper"]["fixed"] = [{"questionId": fixed["id"], "points": "1"}]
    made = trainer.data(CREATE_EXAM, {"input": draft})
    exam_id = made["createExam"]["exam"]["id"]

    login(page, "trainer")
    page.goto(f"/bank/exams/{exam_id}")
    expect(page.get_by_test_id("exam-status").first).to_have_text("草稿")
    page.get_by_role("button", name="编辑").click()
    page.wait_for_url("**/edit")
    expect(page.get_by_label("考试名称")).to_have_value(title)
    # What the draft holds comes back as it was set: the fixed question, the rule, the person.
    expect(page.get_by_test_id("paper-total")).to_have_text("试卷共 3 题，总分 3 分")
    expect(page.get_by_text(fixed["stem"])).to_be_visible()
    expect(page.get_by_test_id("audience-summary")).to_contain_text("1 人")
    page.get_by_label("考试名称").fill(title + "（改）")
    # The audience: a township's team (its sub-units included), its enforcement officers.
    units = page.get_by_role("combobox", name="考试对象单位")
    units.click()
    units.fill("高村镇综合")
    team = "高村镇综合行政执法大队"
    node = page.locator(".ant-select-dropdown:visible .ant-select-tree-treenode", has_text=team)
    node.locator(".ant-select-tree-checkbox").click()
    page.keyboard.press("Escape")
    page.get_by_test_id("audience-picker").get_by_text("执法人员", exact=True).click()
    expect(page.get_by_test_id("audience-summary")).to_contain_text(f"{team} · 执法人员")
    page.get_by_test_id("exam-save").click()
    page.wait_for_url(re.compile(r"/bank/exams/[^/]+$"))
    expect(page.get_by_role("heading", name=title + "（改）")).to_be_visible()
    expect(page.get_by_test_id("exam-status").first).to_have_text("草稿")
    saved = trainer.data(
        """query($id: ID!) { node(id: $id) { ... on Exam { paper { question { id } }
          audience { people { id } categories } } } }""",
        {"id": exam_id},
    )["node"]
    assert [rule["question"] and rule["question"]["id"] for rule in saved["paper"]] == [
        fixed["id"],
        None,
    ]
    assert saved["audience"]["people"] == [{"id": person}]
    assert saved["audience"]["categories"] == ["ENFORCEMENT_OFFICER"]


def test_results_are_released_by_hand_and_an_exam_is_cancelled(page, api):
    category = unique("浏览器发布")
    make_questions(api, category, 2)
    trainer = api("trainer")
    person = api("officer").data(ME)["me"]["person"]["id"]
    made = trainer.data(
        CREATE_EXAM,
        {"input": {**exam_input(unique("手动发布"), category, person), "releaseResults": "MANUAL"}},
    )
    exam_id = made["createExam"]["exam"]["id"]
    assert trainer.data(PUBLISH_EXAM, {"id": exam_id})["publishExam"]["userErrors"] == []

    login(page, "trainer")
    page.goto(f"/bank/exams/{exam_id}")
    page.get_by_test_id("exam-release").click()
    page.get_by_role("dialog").get_by_role("button", name="发布成绩").click()
    expect(page.get_by_text("成绩已发布，考生可以查看成绩、答案和解析")).to_be_visible()
    expect(page.get_by_test_id("exam-release")).to_have_count(0)
    expect(page.get_by_text("已公布", exact=True)).to_be_visible()

    page.get_by_test_id("exam-cancel").click()
    dialog = page.get_by_role("dialog", name="取消考试")
    dialog.get_by_role("button", name="确认取消考试").click()
    expect(dialog.locator(".ant-form-item-explain-error")).to_have_text("请填写取消原因")
    dialog.get_by_label("取消原因").fill("题目有误，重新组卷")
    dialog.get_by_role("button", name="确认取消考试").click()
    expect(page.get_by_test_id("exam-status").first).to_have_text("已取消")
    expect(page.get_by_test_id("exam-cancelled")).to_contain_text("题目有误，重新组卷")


def test_a_leader_reads_an_exams_statistics_but_not_the_bank(phone, api):
    closed = api("trainer").data(EXAMS, {"status": "CLOSED"})["exams"]["edges"]
    past = next(e["node"] for e in closed if not e["node"]["practice"])
    login(phone, "leader")
    phone.goto(f"/bank/exams/{past['id']}/statistics")
    expect(phone.get_by_role("heading", name="成绩分析")).to_be_visible()
    expect(phone.get_by_text(past["title"])).to_be_visible()
    expect(phone.get_by_test_id("score-histogram").locator("canvas")).to_be_visible()
    expect(phone.get_by_role("button", name="返回考试")).to_have_count(0)
    phone.goto("/bank/exams")
    expect(phone.get_by_test_id("forbidden")).to_be_visible()


def test_a_past_exam_is_copied_into_a_new_draft(page, api):
    closed = api("trainer").data(EXAMS, {"status": "CLOSED"})["exams"]["edges"]
    past = next(e["node"] for e in closed if not e["node"]["practice"])
    login(page, "trainer")
    page.goto(f"/bank/exams/{past['id']}")
    page.get_by_test_id("exam-copy").click()
    page.wait_for_url("**/bank/exams/new?from=*")
    expect(page.get_by_label("考试名称")).to_have_value(f"{past['title']}（副本）")
    expect(page.get_by_test_id("paper-total")).not_to_have_text("试卷共 0 题，总分 0 分")
    # The copy keeps the original's audience: nothing to choose again.
    expect(page.get_by_test_id("audience-summary")).not_to_have_text("未选择")
    page.get_by_test_id("exam-save").click()
    page.wait_for_url(re.compile(r"/bank/exams/[^/?]+$"))
    expect(page.get_by_role("heading", name=f"{past['title']}（副本）")).to_be_visible()
    expect(page.get_by_test_id("exam-status").first).to_have_text("草稿")
    assert past["id"] not in page.url
