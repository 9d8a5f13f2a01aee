"""Officers taking exams: story 2 (start, answer, reload, offline, submit, results once
released), the time running out, practice papers and the wrong-answer book.

Each test has the trainer create and publish its own exam for the demo officer through the API,
so no test depends on the demo's open exam or on another test."""

from __future__ import annotations

import re
import uuid
from datetime import UTC, datetime, timedelta

from playwright.sync_api import Page, expect

from browser_tests.conftest import login, shot

CREATE_EXAM = """
mutation($i: CreateExamInput!) {
  createExam(input: $i) { exam { id } userErrors { field code message } } }
"""
PUBLISH_EXAM = """
mutation($e: ID!) {
  publishExam(input: {examId: $e}) { exam { status } userErrors { code message } } }
"""
MY_ATTEMPTS = """
{ myAttempts(first: 100) { edges { node { id exam { id } } } } }
"""
ATTEMPT = """
query($id: ID!) { node(id: $id) { ... on ExamAttempt { id status score passed deadline
  questions { id number type options { key text } myAnswer } } } }
"""
GRADING_QUEUE = """
query($e: ID!) { gradingQueue(examId: $e, first: 100) { edges { node { id } } } }
"""
GRADE = """
mutation($q: ID!) {
  gradeAnswer(input: {attemptQuestionId: $q, points: "0"}) { userErrors { code } } }
"""
RELEASE = """
mutation($e: ID!) { releaseExamResults(input: {examId: $e}) { userErrors { code message } } }
"""

# The paper: ten questions of the traffic-law bank, every answer type an autosave can carry.
PAPER = [("SINGLE_CHOICE", 4, "10"), ("MULTIPLE_CHOICE", 2, "10"), ("TRUE_FALSE", 3, "5")]
PAPER += [("FILL_BLANK", 1, "5")]

# The phone's clock is three hours fast: the countdown must still follow the server's.
SKEWED_CLOCK = """
(() => {
  const skew = 3 * 3600 * 1000;
  const Real = Date;
  class Skewed extends Real {
    constructor(...args) { if (args.length === 0) super(Real.now() + skew); else super(...args); }
    static now() { return Real.now() + skew; }
  }
  window.Date = Skewed;
})();
"""


def no_sideways_scroll(page: Page) -> None:
    assert page.evaluate("document.documentElement.scrollWidth <= window.innerWidth + 1")


def paper_shot(page: Page, name: str) -> None:
    """The paper from its top (its bar is sticky), with nothing sideways."""
    page.evaluate("window.scrollTo(0, 0)")
    no_sideways_scroll(page)
    shot(page, name)


def dialog_shot(page: Page, name: str) -> None:
    """Once the dialog's opening animation is over."""
    expect(page.locator(".ant-modal-content")).to_be_visible()
    expect(page.locator(".ant-modal[class*='zoom-']")).to_have_count(0)
    shot(page, name)


def officer_person(api) -> str:
    return api("officer").data("{ me { person { id } } }")["me"]["person"]["id"]


def make_exam(
    api,
    *,
    release="MANUAL",
    minutes=30,
    closes_in=timedelta(hours=2),
    practice=False,
    category="道路交通安全法",
    paper=PAPER,
) -> str:
    """A published exam for the demo officer alone, open now; returns its ID."""
    now = datetime.now(UTC)
    plan = {
        "title": f"交通法规测验 {uuid.uuid4().hex[:6]}",
        "opensAt": (now - timedelta(minutes=1)).isoformat(),
        "closesAt": (now + closes_in).isoformat(),
        "durationMinutes": minutes,
        "passScore": "60",
        "audience": {"personIds": [officer_person(api)]},
        "paper": {
            "rules": [
                {"category": category, "type": kind, "count": count, "points": points}
                for kind, count, points in paper
            ]
        },
        "releaseResults": release,
        "practice": practice,
        "maxAttempts": None if practice else 1,
    }
    trainer = api("trainer")
    created = trainer.data(CREATE_EXAM, {"i": plan})["createExam"]
    assert not created["userErrors"], created
    exam_id = created["exam"]["id"]
    published = trainer.data(PUBLISH_EXAM, {"e": exam_id})["publishExam"]
    assert not published["userErrors"], published
    return exam_id


def attempt_of(api, exam_id: str) -> dict:
    edges = api("officer").data(MY_ATTEMPTS)["myAttempts"]["edges"]
    found = [e["node"]["id"] for e in edges if e["node"]["exam"]["id"] == exam_id]
    assert found, "no attempt of this exam"
    return api("officer").data(ATTEMPT, {"id": found[-1]})["node"]


def saved_answers(api, attempt_id: str) -> dict[int, list[str] | None]:
    node = api("officer").data(ATTEMPT, {"id": attempt_id})["node"]
    return {q["number"]: q["myAnswer"] for q in node["questions"]}


def choose(option) -> None:
    """Taps an option and waits until the paper shows it chosen."""
    option.click()
    expect(option).to_be_checked()


def answer_current(page: Page, question: dict) -> list[str]:
    """Answers the question on screen (one per screen) with its first option or a text;
    returns the answer as the server stores it."""
    card = page.get_by_test_id(f"question-{question['number']}")
    kind = question["type"]
    if kind in ("SINGLE_CHOICE", "TRUE_FALSE"):
        choose(card.get_by_role("radio").first)
        return [question["options"][0]["key"]]
    if kind == "MULTIPLE_CHOICE":
        boxes = card.get_by_role("checkbox")
        choose(boxes.nth(0))
        choose(boxes.nth(1))
        return sorted(o["key"] for o in question["options"][:2])
    text = f"答案{question['number']}"
    card.get_by_role("textbox").fill(text)
    return [text]


def go_to(page: Page, number: int, phone: bool) -> None:
    """Opens a question through the answer card (a drawer on a phone)."""
    if phone:
        page.get_by_role("button", name="答题卡").click()
    page.get_by_test_id(f"sheet-{number}").click()
    expect(page.get_by_test_id(f"question-{number}")).to_be_visible()


def countdown_seconds(page: Page) -> int:
    text = page.get_by_test_id("countdown").inner_text()
    match = re.search(r"(?:(\d+):)?(\d{2}):(\d{2})", text)
    assert match, text
    hours, minutes, seconds = (int(g) if g else 0 for g in match.groups())
    return hours * 3600 + minutes * 60 + seconds


def expect_countdown_from_server(page: Page, deadline: str) -> None:
    expect(page.get_by_test_id("countdown")).to_have_attribute(
        "data-level", re.compile("normal|warning|danger")
    )
    expect(page.get_by_test_id("countdown")).to_have_attribute("data-deadline", deadline)
    left = (datetime.fromisoformat(deadline) - datetime.now(UTC)).total_seconds()
    # The Date header has whole seconds, so the estimate is good to a couple of seconds; a
    # countdown by the (three hours fast) device clock would be at 00:00.
    assert abs(countdown_seconds(page) - left) <= 4, (countdown_seconds(page), left)


def test_story_2_an_officer_takes_an_exam_on_a_phone(contexts, api):
    exam_id = make_exam(api)
    context = contexts("phone")
    context.add_init_script(SKEWED_CLOCK)
    page = context.new_page()
    login(page, "officer")
    page.goto("/exams")
    card = page.get_by_test_id(f"exam-{exam_id}")
    expect(card.get_by_test_id("exam-deadline")).to_contain_text("截止")
    no_sideways_scroll(page)
    shot(page, "exams-list-phone")
    card.get_by_role("button", name="开始考试").click()
    expect(page.get_by_test_id("exam-intro")).to_contain_text("30 分钟")
    shot(page, "exams-intro-phone")
    page.get_by_role("button", name="开始答题").click()
    page.wait_for_url(f"**/exams/{exam_id}/take")
    expect(page.get_by_test_id("attempt-paper")).to_be_visible()

    attempt = attempt_of(api, exam_id)
    questions = sorted(attempt["questions"], key=lambda q: q["number"])
    assert len(questions) == 10
    expect_countdown_from_server(page, attempt["deadline"])

    # Half the paper, one question per screen.
    given: dict[int, list[str]] = {}
    for question in questions[:5]:
        expect(page.get_by_test_id(f"question-{question['number']}")).to_be_visible()
        given[question["number"]] = answer_current(page, question)
        page.get_by_role("button", name="下一题").click()
    expect(page.get_by_test_id("save-status")).to_have_text("已保存")
    paper_shot(page, "exams-take-phone")
    on_server = saved_answers(api, attempt["id"])
    assert {n: on_server[n] for n in given} == given

    # A reload resumes the attempt: the answers are back, the countdown follows the deadline.
    page.reload()
    expect(page.get_by_test_id("attempt-paper")).to_be_visible()
    page.get_by_role("button", name="答题卡").click()
    for question in questions:
        state = "answered" if question["number"] in given else "unanswered"
        expect(page.get_by_test_id(f"sheet-{question['number']}")).to_have_attribute(
            "data-state", state
        )
    page.get_by_test_id("sheet-1").click()
    expect(page.get_by_test_id("question-1")).to_be_visible()
    assert attempt_of(api, exam_id)["id"] == attempt["id"]
    expect_countdown_from_server(page, attempt["deadline"])

    # Offline for two answers: they stay on the phone, then go out when the network is back.
    context.set_offline(True)
    for question in questions[5:7]:
        go_to(page, question["number"], phone=True)
        given[question["number"]] = answer_current(page, question)
    expect(page.get_by_test_id("save-status")).to_have_text("离线，已暂存本机")
    paper_shot(page, "exams-take-offline-phone")
    on_server = saved_answers(api, attempt["id"])
    assert all(on_server[q["number"]] is None for q in questions[5:7])
    context.set_offline(False)
    expect(page.get_by_test_id("save-status")).to_have_text("已保存", timeout=20_000)
    on_server = saved_answers(api, attempt["id"])
    assert {n: on_server[n] for n in given} == given

    # Another phone resumes the same attempt with the server's answers.
    other = contexts("phone").new_page()
    login(other, "officer")
    other.goto(f"/exams/{exam_id}/take")
    paper = other.get_by_test_id("attempt-paper")
    expect(paper).to_have_attribute("data-attempt-id", attempt["id"])
    other.get_by_role("button", name="答题卡").click()
    for question in questions:
        state = "answered" if question["number"] in given else "unanswered"
        sheet = other.get_by_test_id(f"sheet-{question['number']}")
        expect(sheet).to_have_attribute("data-state", state)
    other.close()

    # Submitting asks first and names the unanswered questions.
    page.get_by_role("button", name="交卷", exact=True).click()
    unanswered = [q["number"] for q in questions[7:]]
    expect(page.get_by_test_id("unanswered-list")).to_contain_text(
        "第 " + "、".join(map(str, unanswered)) + " 题"
    )
    dialog_shot(page, "exams-submit-phone")
    page.get_by_role("button", name="确认交卷").click()
    page.wait_for_url(f"**/exams/attempts/{attempt['id']}")
    expect(page.get_by_test_id("result-pending")).to_contain_text("待组织单位发布")
    shot(page, "exams-result-pending-phone")

    # The trainer grades what needs a person and releases; the score shows.
    trainer = api("trainer")
    for edge in trainer.data(GRADING_QUEUE, {"e": exam_id})["gradingQueue"]["edges"]:
        assert not trainer.data(GRADE, {"q": edge["node"]["id"]})["gradeAnswer"]["userErrors"]
    released = trainer.data(RELEASE, {"e": exam_id})["releaseExamResults"]
    assert not released["userErrors"], released
    score = api("officer").data(ATTEMPT, {"id": attempt["id"]})["node"]["score"]
    assert score is not None
    page.reload()
    expect(page.get_by_test_id("result-score")).to_contain_text(
        str(float(score)).rstrip("0").rstrip(".")
    )
    expect(
        page.get_by_test_id("result-question-1").get_by_test_id("correct-answer")
    ).to_be_visible()
    no_sideways_scroll(page)
    shot(page, "exams-result-phone")


def test_the_paper_is_submitted_when_the_time_is_up(contexts, api):
    exam_id = make_exam(api, release="IMMEDIATELY", closes_in=timedelta(seconds=25))
    page = contexts("desktop").new_page()
    login(page, "officer")
    page.goto(f"/exams/{exam_id}/take")
    page.get_by_role("button", name="开始答题").click()
    expect(page.get_by_test_id("attempt-paper")).to_be_visible()
    attempt = attempt_of(api, exam_id)
    first = min(attempt["questions"], key=lambda q: q["number"])
    answer_current(page, first)
    # Under a minute left: the countdown is red.
    expect(page.get_by_test_id("countdown")).to_have_attribute("data-level", "danger")
    page.wait_for_url(f"**/exams/attempts/{attempt['id']}", timeout=45_000)
    node = api("officer").data(ATTEMPT, {"id": attempt["id"]})["node"]
    assert node["status"] != "IN_PROGRESS"


def test_the_paper_view_answer_card_flags_and_results_on_a_desktop(contexts, api):
    exam_id = make_exam(api, release="IMMEDIATELY")
    page = contexts("desktop").new_page()
    login(page, "officer")
    page.goto("/exams")
    expect(page.get_by_test_id(f"exam-{exam_id}")).to_be_visible()
    shot(page, "exams-list-desktop")
    page.get_by_test_id(f"start-{exam_id}").click()
    page.get_by_role("button", name="开始答题").click()
    expect(page.get_by_test_id("attempt-paper")).to_be_visible()
    attempt = attempt_of(api, exam_id)
    questions = sorted(attempt["questions"], key=lambda q: q["number"])

    # The scrolling paper: every question at once; flag one, answer all but two.
    page.get_by_text("整卷浏览").click()
    for question in questions:
        expect(page.get_by_test_id(f"question-{question['number']}")).to_be_visible()
    page.get_by_test_id("question-3").get_by_role("button", name="标记第 3 题").click()
    expect(page.get_by_test_id("sheet-3")).to_have_attribute("data-state", "flagged")
    for question in questions[:-2]:
        answer_current(page, question)
    expect(page.get_by_test_id("sheet-1")).to_have_attribute("data-state", "answered")
    expect(page.get_by_test_id("sheet-10")).to_have_attribute("data-state", "unanswered")
    expect(page.get_by_test_id("save-status")).to_have_text("已保存")
    paper_shot(page, "exams-take-desktop")

    # The mode and the flag survive a reload.
    page.reload()
    expect(page.get_by_test_id("question-10")).to_be_visible()
    expect(page.get_by_test_id("sheet-3")).to_have_attribute("data-state", "flagged")

    page.get_by_test_id("answer-sheet").locator("..").get_by_role("button", name="交卷").click()
    expect(page.get_by_test_id("unanswered-list")).to_contain_text("第 9、10 题")
    page.get_by_role("button", name="确认交卷").click()
    page.wait_for_url(f"**/exams/attempts/{attempt['id']}")
    # Released at once: keys and explanations beside each question.
    node = api("officer").data(ATTEMPT, {"id": attempt["id"]})["node"]
    if node["score"] is not None:
        expect(page.get_by_test_id("result-score")).to_be_visible()
    else:
        expect(page.get_by_test_id("result-pending")).to_contain_text("阅卷")
    expect(
        page.get_by_test_id("result-question-1").get_by_test_id("correct-answer")
    ).to_be_visible()
    expect(page.get_by_test_id("result-question-10").get_by_test_id("my-answer")).to_have_text(
        "未作答"
    )
    shot(page, "exams-result-desktop")

    # One attempt allowed: opening the exam again offers no second one.
    page.goto(f"/exams/{exam_id}/take")
    expect(page.get_by_test_id("start-exhausted")).to_be_disabled()
    expect(page.get_by_test_id("start-exhausted")).to_have_text("考试次数已用完")


def test_a_practice_paper_and_the_wrong_answer_book(contexts, api):
    # From a bank no graded exam still open for the officer draws on, so no key is withheld.
    exam_id = make_exam(
        api,
        practice=True,
        closes_in=timedelta(days=30),
        category="安全生产法",
        paper=[("SINGLE_CHOICE", 3, "20"), ("TRUE_FALSE", 2, "20")],
    )
    for size in ("desktop", "phone"):
        page = contexts(size).new_page()
        login(page, "officer")
        page.goto("/exams/wrong")
        expect(page.get_by_test_id("wrong-item").first).to_be_visible()
        no_sideways_scroll(page)
        shot(page, f"exams-wrong-{size}")

    page = contexts("phone").new_page()
    login(page, "officer")
    page.goto("/exams")
    page.get_by_test_id(f"start-{exam_id}").click()
    page.get_by_role("button", name="开始答题").click()
    expect(page.get_by_test_id("attempt-paper")).to_be_visible()
    expect(page.get_by_text("练习不限时", exact=True)).to_be_visible()
    attempt = attempt_of(api, exam_id)
    first = min(attempt["questions"], key=lambda q: q["number"])
    answer_current(page, first)
    expect(page.get_by_test_id("save-status")).to_have_text("已保存")
    page.get_by_role("button", name="交卷", exact=True).click()
    page.get_by_role("button", name="确认交卷").click()
    page.wait_for_url(f"**/exams/attempts/{attempt['id']}")
    # Practice: the answers and explanations straight after submitting.
    expect(page.get_by_test_id("result-question-1")).to_be_visible()
    expect(
        page.get_by_test_id("result-question-1").get_by_test_id("correct-answer")
    ).to_be_visible()
    shot(page, "exams-practice-result-phone")
