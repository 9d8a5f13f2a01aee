"""Exams through the API: banks, papers, attempts, deadlines, grading, results, statistics."""

from __future__ import annotations

import asyncio
import json
from dataclasses import dataclass
from datetime import datetime
from decimal import Decimal

import pytest

from models import exams
from models.assessment import ScoreEvent
from models.org import Role, UnitKind
from schema.ids import global_id
from tests.conftest import QueryCounter, make_person, make_unit, make_user

CREATE_Q = """mutation($input: CreateQuestionInput!) { createQuestion(input: $input) {
  question { id category type stem options { key text } answer version }
  userErrors { field code message } } }"""
CREATE_EXAM = """mutation($input: CreateExamInput!) { createExam(input: $input) {
  exam { id title status } userErrors { field code message } } }"""
PUBLISH = """mutation($input: PublishExamInput!) { publishExam(input: $input) {
  exam { status } userErrors { field code message } } }"""
START = """mutation($input: StartExamAttemptInput!) { startExamAttempt(input: $input) {
  attempt { id status number deadline score
    questions { id number type stem points questionGlobalId options { key text } myAnswer correctAnswer explanation } }
  userErrors { field code message } } }"""
SAVE = """mutation($input: SaveAnswersInput!) { saveAnswers(input: $input) {
  attempt { status } userErrors { field code message } } }"""
SUBMIT = """mutation($input: SubmitExamAttemptInput!) { submitExamAttempt(input: $input) {
  attempt { status score passed timedOut questions { number myAnswer correctAnswer awarded } }
  userErrors { field code message } } }"""


@dataclass
class Bank:
    single: list[str]
    multi: str
    judge: str
    blank: str
    essay: str


@pytest.fixture
async def people(clock_at):
    clock_at.set(datetime(2026, 3, 2, 9, 30))  # the exams below are open 09:00-18:00
    unit = await make_unit("县应急管理局")
    township = await make_unit("高村镇", UnitKind.TOWNSHIP)
    await make_user("trainer", Role.TRAINER, person=await make_person(unit, name="出题人"))
    officers = [await make_person(township, name=f"考生{i}") for i in range(3)]
    for i, person in enumerate(officers):
        await make_user(f"officer{i}", Role.OFFICER, person=person)
    return {"unit": unit, "township": township, "officers": officers}


def single(n: int) -> dict:
    return {
        "category": "安全生产法 > 第二章",
        "type": "SINGLE_CHOICE",
        "stem": f"单选题{n}：生产经营单位的主要负责人对本单位安全生产工作负什么责任？",
        "options": [
            {"key": "A", "text": "全面责任"},
            {"key": "B", "text": "部分责任"},
            {"key": "C", "text": "领导责任"},
        ],
        "answer": ["A"],
        "explanation": "《安全生产法》第五条",
        "difficulty": 2,
        "reference": "《安全生产法》第五条",
    }


async def build_bank(client) -> Bank:
    await client.login("trainer")
    ids = [(await client.mutate(CREATE_Q, single(n)))["question"]["id"] for n in range(4)]
    multi = await client.mutate(
        CREATE_Q,
        {
            "category": "行政处罚法",
            "type": "MULTIPLE_CHOICE",
            "stem": "行政处罚的种类包括？",
            "options": [
                {"key": "A", "text": "警告"},
                {"key": "B", "text": "罚款"},
                {"key": "C", "text": "拘留"},
                {"key": "D", "text": "表扬"},
            ],
            "answer": ["A", "B", "C"],
        },
    )
    judge = await client.mutate(
        CREATE_Q,
        {
            "category": "道路交通安全法",
            "type": "TRUE_FALSE",
            "stem": "驾驶人饮酒后可以驾驶机动车。",
            "answer": ["F"],
        },
    )
    blank = await client.mutate(
        CREATE_Q,
        {
            "category": "安全生产法",
            "type": "FILL_BLANK",
            "stem": "安全生产工作坚持____第一。",
            "answer": ["人民至上", "安全"],
        },
    )
    essay = await client.mutate(
        CREATE_Q,
        {
            "category": "行政强制法",
            "type": "SHORT_ANSWER",
            "stem": "简述行政强制措施的种类。",
            "answer": ["限制人身自由、查封、扣押、冻结"],
        },
    )
    return Bank(
        ids,
        multi["question"]["id"],
        judge["question"]["id"],
        blank["question"]["id"],
        essay["question"]["id"],
    )


def exam_input(people, bank: Bank, **overrides) -> dict:
    return {
        "title": "2026年法律法规知识考试",
        "opensAt": "2026-03-02T09:00:00+08:00",
        "closesAt": "2026-03-02T18:00:00+08:00",
        "durationMinutes": 60,
        "passScore": "6",
        "audience": {"unitIds": [global_id("Unit", people["township"].id)]},
        "paper": {
            "fixed": [
                {"questionId": bank.multi, "points": "2"},
                {"questionId": bank.judge, "points": "1"},
            ],
            "rules": [
                {"category": "安全生产法", "type": "SINGLE_CHOICE", "count": 3, "points": "2"}
            ],
        },
        "shuffleQuestions": False,
        "shuffleOptions": False,
        **overrides,
    }


async def published_exam(client, people, bank, **overrides) -> str:
    exam = (await client.mutate(CREATE_EXAM, exam_input(people, bank, **overrides)))["exam"]
    await client.mutate(PUBLISH, {"examId": exam["id"]})
    return exam["id"]


def codes(payload: dict) -> list[str]:
    return [e["code"] for e in payload["userErrors"]]


def right_answers(attempt: dict, key: dict[str, list[str]]) -> list[dict]:
    return [
        {"questionId": q["questionGlobalId"], "choices": key[q["type"]]}
        for q in attempt["questions"]
    ]


KEY = {"SINGLE_CHOICE": ["A"], "MULTIPLE_CHOICE": ["A", "B", "C"], "TRUE_FALSE": ["F"]}
WRONG = {"SINGLE_CHOICE": ["B"], "MULTIPLE_CHOICE": ["A"], "TRUE_FALSE": ["T"]}


async def test_question_bank_rules(client, people):
    await client.login("trainer")
    cases = [
        ({**single(0), "answer": []}, "SINGLE_CHOICE_NEEDS_ONE_KEY"),
        ({**single(0), "answer": ["A", "B"]}, "SINGLE_CHOICE_NEEDS_ONE_KEY"),
        ({**single(0), "answer": ["Z"]}, "ANSWER_NOT_AN_OPTION"),
        ({**single(0), "stem": " "}, "REQUIRED"),
        ({**single(0), "difficulty": 9}, "INVALID_DIFFICULTY"),
        ({**single(0), "options": [{"key": "A", "text": "只有一个"}]}, "TOO_FEW_OPTIONS"),
    ]
    for variables, code in cases:
        payload = (await client.data(CREATE_Q, {"input": variables}))["createQuestion"]
        assert code in codes(payload), (variables, payload)
    judge = await client.mutate(
        CREATE_Q,
        {"category": "道路交通安全法", "type": "TRUE_FALSE", "stem": "判断", "answer": ["T"]},
    )
    assert judge["question"]["options"] == [
        {"key": "T", "text": "正确"},
        {"key": "F", "text": "错误"},
    ]
    await client.login("officer0")
    assert await client.error_codes(CREATE_Q, {"input": single(1)}) == ["FORBIDDEN"]
    assert await client.error_codes("{ questions { edges { node { answer } } } }") == ["FORBIDDEN"]


async def test_an_officer_takes_an_exam_and_sees_the_key_only_after_submitting(
    client, new_client, people
):
    bank = await build_bank(client)
    exam_id = await published_exam(client, people, bank)
    officer = await new_client().login("officer0")
    attempt = (await officer.mutate(START, {"examId": exam_id}))["attempt"]
    assert attempt["status"] == "IN_PROGRESS" and attempt["deadline"] == "2026-03-02T02:30:00+00:00"
    assert len(attempt["questions"]) == 5 and all(
        q["correctAnswer"] is None and q["explanation"] is None for q in attempt["questions"]
    )
    # Nothing on the attempt, node(id:) included, shows the key before submission.
    query = """query($id: ID!) { node(id: $id) { ... on ExamAttempt { questions { correctAnswer explanation } } } }"""
    peek = (await officer.data(query, {"id": attempt["id"]}))["node"]["questions"]
    assert all(q == {"correctAnswer": None, "explanation": None} for q in peek)
    assert (await officer.data("query($id: ID!) { node(id: $id) { id } }", {"id": bank.judge}))[
        "node"
    ] is None
    answers = right_answers(attempt, KEY)
    answers[0]["choices"] = ["A", "B"]  # half of the multiple choice: no credit by default
    for batch in (answers[:2], answers[2:]):
        await officer.mutate(SAVE, {"attemptId": attempt["id"], "answers": batch})
    result = (await officer.mutate(SUBMIT, {"attemptId": attempt["id"]}))["attempt"]
    assert result["status"] == "GRADED" and result["score"] == "7.00" and result["passed"] is True
    assert (
        result["questions"][0]["correctAnswer"] == ["A", "B", "C"]
        and result["questions"][0]["awarded"] == "0.00"
    )
    events = await ScoreEvent.all()
    assert [(e.dimension, e.points, e.source_type) for e in events] == [
        ("EXAM", Decimal("7.78"), "Exam")
    ]


async def test_the_same_attempt_always_shows_the_same_paper(client, new_client, people):
    bank = await build_bank(client)
    exam_id = await published_exam(client, people, bank, shuffleQuestions=True, shuffleOptions=True)
    officer = await new_client().login("officer1")
    first = (await officer.mutate(START, {"examId": exam_id}))["attempt"]
    again = (await officer.mutate(START, {"examId": exam_id}))["attempt"]  # resumes
    assert again["id"] == first["id"] and again["questions"] == first["questions"]
    assert await exams.ExamAttempt.all().count() == 1


async def test_answers_are_checked(client, new_client, people):
    bank = await build_bank(client)
    exam_id = await published_exam(client, people, bank)
    officer = await new_client().login("officer0")
    attempt = (await officer.mutate(START, {"examId": exam_id}))["attempt"]
    on_paper = attempt["questions"][1]["questionGlobalId"]  # the true/false one
    cases = [
        ([{"questionId": bank.essay, "text": "x"}], "NOT_ON_PAPER"),
        ([{"questionId": on_paper, "choices": ["Q"]}], "INVALID_OPTION"),
        ([{"questionId": on_paper, "choices": ["T", "F"]}], "ONE_CHOICE_ONLY"),
        ([{"questionId": "garbage", "choices": ["T"]}], "INVALID_ID"),
        (
            [
                {"questionId": on_paper, "choices": ["T"]},
                {"questionId": on_paper, "choices": ["F"]},
            ],
            "DUPLICATE_ANSWER",
        ),
    ]
    for answers, code in cases:
        payload = (
            await officer.data(SAVE, {"input": {"attemptId": attempt["id"], "answers": answers}})
        )["saveAnswers"]
        assert codes(payload) == [code]
    assert await exams.AttemptQuestion.filter(answer__isnull=False).count() == 0  # none saved
    other = await new_client().login("officer1")
    payload = (await other.data(SAVE, {"input": {"attemptId": attempt["id"], "answers": []}}))[
        "saveAnswers"
    ]
    assert codes(payload) == ["ATTEMPT_NOT_FOUND"]  # someone else's attempt
    payload = (await other.data(SUBMIT, {"input": {"attemptId": attempt["id"]}}))[
        "submitExamAttempt"
    ]
    assert codes(payload) == ["ATTEMPT_NOT_FOUND"]


async def test_the_deadline_closes_the_attempt_without_waiting(
    client, new_client, people, clock_at
):
    bank = await build_bank(client)
    exam_id = await published_exam(client, people, bank)
    clock_at.set(datetime(2026, 3, 2, 17, 30))  # 30 minutes before the exam closes
    officer = await new_client().login("officer0")
    attempt = (await officer.mutate(START, {"examId": exam_id}))["attempt"]
    assert attempt["deadline"] == "2026-03-02T10:00:00+00:00"  # min(start + 60 min, closes)
    judge = next(q for q in attempt["questions"] if q["type"] == "TRUE_FALSE")
    await officer.mutate(
        SAVE,
        {
            "attemptId": attempt["id"],
            "answers": [{"questionId": judge["questionGlobalId"], "choices": ["F"]}],
        },
    )
    clock_at.set(datetime(2026, 3, 2, 18, 0, 1))
    late = await officer.data(SAVE, {"input": {"attemptId": attempt["id"], "answers": []}})
    assert codes(late["saveAnswers"]) == ["DEADLINE_PASSED"]
    mine = await officer.data("{ myAttempts { edges { node { status timedOut score } } } }")
    assert mine["myAttempts"]["edges"] == [
        {"node": {"status": "GRADED", "timedOut": True, "score": "1.00"}}
    ]
    again = await officer.data(START, {"input": {"examId": exam_id}})
    assert codes(again["startExamAttempt"]) == ["EXAM_NOT_OPEN"]


async def test_who_may_start(client, new_client, people, clock_at):
    bank = await build_bank(client)
    exam_id = await published_exam(client, people, bank, maxAttempts=1)
    outsider = await make_person(people["unit"], name="局里人")
    await make_user("outsider", Role.OFFICER, person=outsider)
    stranger = await new_client().login("outsider")
    assert codes(
        (await stranger.data(START, {"input": {"examId": exam_id}}))["startExamAttempt"]
    ) == ["NOT_IN_AUDIENCE"]
    officer = await new_client().login("officer2")
    attempt = (await officer.mutate(START, {"examId": exam_id}))["attempt"]
    await officer.mutate(SUBMIT, {"attemptId": attempt["id"]})
    assert codes(
        (await officer.data(START, {"input": {"examId": exam_id}}))["startExamAttempt"]
    ) == ["NO_ATTEMPTS_LEFT"]
    clock_at.set(datetime(2026, 3, 2, 8, 0))
    draft = (await client.mutate(CREATE_EXAM, exam_input(people, bank, title="未发布")))["exam"]
    assert codes(
        (await officer.data(START, {"input": {"examId": draft["id"]}}))["startExamAttempt"]
    ) == ["EXAM_NOT_OPEN"]


async def test_publishing_checks_the_rules_and_freezes_the_paper(client, people):
    bank = await build_bank(client)
    too_many = exam_input(
        people,
        bank,
        passScore="3",
        paper={
            "rules": [
                {"category": "安全生产法", "type": "SINGLE_CHOICE", "count": 5, "points": "1"}
            ]
        },
    )
    exam = (await client.mutate(CREATE_EXAM, too_many))["exam"]
    payload = (await client.data(PUBLISH, {"input": {"examId": exam["id"]}}))["publishExam"]
    assert codes(payload) == ["NOT_ENOUGH_QUESTIONS"]
    cases = [
        ({"closesAt": "2026-03-02T08:00:00+08:00"}, "CLOSES_BEFORE_OPENS"),
        ({"paper": {"fixed": [{"questionId": bank.judge, "points": "0"}]}}, "INVALID_POINTS"),
        (
            {"paper": {"rules": [{"category": "不存在", "count": 1, "points": "1"}]}},
            "CATEGORY_NOT_FOUND",
        ),
        ({"paper": {}}, "EMPTY_PAPER"),
        ({"passScore": "100"}, "INVALID_PASS_SCORE"),
    ]
    for overrides, code in cases:
        payload = (
            await client.data(CREATE_EXAM, {"input": exam_input(people, bank, **overrides)})
        )["createExam"]
        assert codes(payload) == [code], overrides
    ok = await published_exam(client, people, bank)
    again = (await client.data(PUBLISH, {"input": {"examId": ok}}))["publishExam"]
    assert codes(again) == ["ALREADY_PUBLISHED"]


@pytest.mark.parametrize(
    "overrides, code",
    [
        ({"paper": {"fixed": [{"questionId": "judge", "points": "0.001"}]}}, "INVALID_POINTS"),
        ({"paper": {"fixed": [{"questionId": "judge", "points": "10000"}]}}, "INVALID_POINTS"),
        (
            {"paper": {"rules": [{"category": "安全生产法", "count": 1, "points": "0.004"}]}},
            "INVALID_POINTS",
        ),
        (
            {"paper": {"rules": [{"category": "安全生产法", "count": 200, "points": "1000"}]}},
            "PAPER_TOO_LARGE",
        ),
        (
            {"paper": {"rules": [{"category": "长" * 300, "count": 1, "points": "1"}]}},
            "CATEGORY_NOT_FOUND",
        ),
        ({"passScore": "99999999999"}, "INVALID_PASS_SCORE"),
        ({"passScore": "-0.001"}, "INVALID_PASS_SCORE"),
    ],
)
async def test_points_and_names_no_column_holds_are_user_errors(client, people, overrides, code):
    """Points that round to nothing at two places or overflow their column, a pass score past
    any paper, a category name longer than any: each a userError, on both databases."""
    bank = await build_bank(client)
    for item in overrides.get("paper", {}).get("fixed", []):
        item["questionId"] = bank.judge
    payload = (await client.data(CREATE_EXAM, {"input": exam_input(people, bank, **overrides)}))[
        "createExam"
    ]
    assert codes(payload) == [code] and payload["exam"] is None
    assert await exams.Exam.all().count() == 0


async def test_manual_grading_and_release(client, new_client, people):
    bank = await build_bank(client)
    paper = {
        "fixed": [
            {"questionId": bank.blank, "points": "2"},
            {"questionId": bank.essay, "points": "5"},
        ]
    }
    exam_id = await published_exam(
        client, people, bank, paper=paper, passScore="4", releaseResults="MANUAL"
    )
    officer = await new_client().login("officer0")
    attempt = (await officer.mutate(START, {"examId": exam_id}))["attempt"]
    blank, essay = attempt["questions"]
    await officer.mutate(
        SAVE,
        {
            "attemptId": attempt["id"],
            "answers": [
                {
                    "questionId": blank["questionGlobalId"],
                    "text": "　人民至上 ",
                },  # full-width blank around it
                {"questionId": essay["questionGlobalId"], "text": "查封、扣押、冻结等"},
            ],
        },
    )
    submitted = (await officer.mutate(SUBMIT, {"attemptId": attempt["id"]}))["attempt"]
    assert submitted["status"] == "SUBMITTED" and submitted["score"] is None
    queue = """query($id: ID!) { gradingQueue(examId: $id) { edges { node { id answer referenceAnswer points } } } }"""
    (item,) = (await client.data(queue, {"id": exam_id}))["gradingQueue"]["edges"]
    assert item["node"]["answer"] == ["查封、扣押、冻结等"]
    grade = """mutation($input: GradeAnswerInput!) { gradeAnswer(input: $input) { attempt { status score } userErrors { code } } }"""
    too_much = await client.data(
        grade, {"input": {"attemptQuestionId": item["node"]["id"], "points": "6"}}
    )
    assert codes(too_much["gradeAnswer"]) == ["INVALID_POINTS"]
    graded = await client.mutate(
        grade, {"attemptQuestionId": item["node"]["id"], "points": "4", "feedback": "基本正确"}
    )
    assert graded["attempt"] == {"status": "GRADED", "score": "6.00"}
    hidden = await officer.data(
        "{ myAttempts { edges { node { score questions { correctAnswer } } } } }"
    )
    assert hidden["myAttempts"]["edges"][0]["node"]["score"] is None
    release = """mutation($input: ExamIdInput!) { releaseExamResults(input: $input) { exam { resultsReleased } userErrors { code } } }"""
    await client.mutate(release, {"examId": exam_id})
    shown = await officer.data(
        "{ myAttempts { edges { node { score passed questions { correctAnswer } } } } }"
    )
    assert shown["myAttempts"]["edges"][0]["node"]["score"] == "6.00"
    assert shown["myAttempts"]["edges"][0]["node"]["questions"][0]["correctAnswer"] == [
        "人民至上",
        "安全",
    ]


async def test_partial_credit_and_a_corrected_key_regrades(client, new_client, people):
    bank = await build_bank(client)
    paper = {
        "fixed": [
            {"questionId": bank.multi, "points": "3"},
            {"questionId": bank.judge, "points": "1"},
        ]
    }
    exam_id = await published_exam(
        client, people, bank, paper=paper, passScore="2", partialCredit="PER_OPTION"
    )
    officer = await new_client().login("officer0")
    attempt = (await officer.mutate(START, {"examId": exam_id}))["attempt"]
    multi, judge = attempt["questions"]
    await officer.mutate(
        SAVE,
        {
            "attemptId": attempt["id"],
            "answers": [
                {"questionId": multi["questionGlobalId"], "choices": ["A", "B"]},
                {"questionId": judge["questionGlobalId"], "choices": ["T"]},
            ],
        },
    )
    result = (await officer.mutate(SUBMIT, {"attemptId": attempt["id"]}))["attempt"]
    assert result["score"] == "2.00"  # 2 of 3 right options, no wrong one; judge wrong
    correct = """mutation($input: CorrectAnswerKeyInput!) { correctAnswerKey(input: $input) {
      regradedAttempts userErrors { code } } }"""
    fixed = await client.mutate(correct, {"questionId": bank.judge, "answer": ["T"]})
    assert fixed["regradedAttempts"] == 1
    mine = await officer.data("{ myAttempts { edges { node { score } } } }")
    assert mine["myAttempts"]["edges"][0]["node"]["score"] == "3.00"
    events = [(e.kind, e.points) for e in await ScoreEvent.all().order_by("id")]
    assert events == [
        ("result", Decimal("5.00")),
        ("result:reversed", Decimal("-5.00")),
        ("result#2", Decimal("7.50")),
    ]


async def test_editing_a_used_question_makes_a_new_version(client, new_client, people):
    bank = await build_bank(client)
    paper = {"fixed": [{"questionId": bank.judge, "points": "1"}]}
    exam_id = await published_exam(client, people, bank, paper=paper, passScore="1")
    officer = await new_client().login("officer0")
    attempt = (await officer.mutate(START, {"examId": exam_id}))["attempt"]
    update = """mutation($input: UpdateQuestionInput!) { updateQuestion(input: $input) {
      question { id version stem } userErrors { code } } }"""
    edited = await client.mutate(
        update,
        {
            "id": bank.judge,
            "question": {
                "category": "道路交通安全法",
                "type": "TRUE_FALSE",
                "stem": "饮酒后不得驾驶机动车。",
                "answer": ["T"],
            },
        },
    )
    assert edited["question"]["version"] == 2 and edited["question"]["id"] != bank.judge
    resumed = (await officer.mutate(START, {"examId": exam_id}))["attempt"]
    assert (
        resumed["id"] == attempt["id"]
        and resumed["questions"][0]["stem"] == "驾驶人饮酒后可以驾驶机动车。"
    )
    unused = await client.mutate(
        update, {"id": bank.single[0], "question": {**single(0), "stem": "改过的题干"}}
    )
    assert unused["question"]["version"] == 1 and unused["question"]["id"] == bank.single[0]


async def test_practice_mode_writes_nothing_to_the_ledger(client, new_client, people):
    bank = await build_bank(client)
    paper = {"fixed": [{"questionId": bank.judge, "points": "1"}]}
    exam_id = await published_exam(
        client, people, bank, paper=paper, passScore="1", practice=True, releaseResults="MANUAL"
    )
    officer = await new_client().login("officer0")
    for _ in range(3):  # unlimited
        attempt = (await officer.mutate(START, {"examId": exam_id}))["attempt"]
        await officer.mutate(
            SAVE,
            {"attemptId": attempt["id"], "answers": [{"questionId": bank.judge, "choices": ["F"]}]},
        )
        result = (await officer.mutate(SUBMIT, {"attemptId": attempt["id"]}))["attempt"]
        assert result["questions"][0]["correctAnswer"] == ["F"] and result["score"] == "1.00"
    assert not await ScoreEvent.exists()


async def test_statistics_and_the_wrong_answer_book(client, new_client, people):
    bank = await build_bank(client)
    exam_id = await published_exam(client, people, bank, gradingMethod="HIGHEST")
    for n, officer_name in enumerate(["officer0", "officer1", "officer2"]):
        officer = await new_client().login(officer_name)
        attempt = (await officer.mutate(START, {"examId": exam_id}))["attempt"]
        answers = right_answers(attempt, KEY) if n == 0 else right_answers(attempt, WRONG)
        if n == 1:
            answers[:2] = right_answers(attempt, KEY)[:2]
        await officer.mutate(SAVE, {"attemptId": attempt["id"], "answers": answers})
        await officer.mutate(SUBMIT, {"attemptId": attempt["id"]})
    stats = """query($id: ID!) { examStatistics(examId: $id) { attempts mean median stdDev passRate reliability
      items { number facility discrimination attempts } byUnit { unit { name } attempts mean passRate }
      histogram { lower upper count } } }"""
    data = (await client.data(stats, {"id": exam_id}))["examStatistics"]
    # 2 fixed questions and 3 of the 4 single choices drawn per attempt: 5 or 6 items in all.
    assert data["attempts"] == 3 and len(data["items"]) in (5, 6)
    assert sum(item["attempts"] for item in data["items"]) == 3 * 5
    assert sum(b["count"] for b in data["histogram"]) == 3
    # Place by place the three papers score [2,1,2,2,2], [2,1,0,0,0] and [0,0,0,0,0], whichever
    # single choices were drawn: alpha = 5/4 * (1 - (34/9) / 14) = 115/126.
    assert data["reliability"] == 0.9127
    assert data["byUnit"] == [
        {
            "unit": {"name": "高村镇"},
            "attempts": 3,
            "mean": data["mean"],
            "passRate": data["passRate"],
        }
    ]
    officer = await new_client().login("officer2")
    book = (await officer.data("{ wrongAnswers { stem correctAnswer timesWrong } }"))[
        "wrongAnswers"
    ]
    assert len(book) == 5 and all(entry["timesWrong"] == 1 for entry in book)
    assert all(entry["correctAnswer"] for entry in book)
    best = await new_client().login("officer0")
    assert (await best.data("{ wrongAnswers { stem } }"))["wrongAnswers"] == []


async def test_import_questions_from_csv(client, people):
    await client.login("trainer")
    csv = (
        "分类,题型,题干,选项A,选项B,答案,难度\n"
        "安全生产法,单选,第一题,对,错,A,2\n"
        "安全生产法,单选,第二题,对,错,AB,2\n"
        "道路交通安全法,判断,第三题,,,正确,3\n"
    ).encode()
    operations = json.dumps(
        {
            "query": "mutation($input: ImportQuestionsInput!) { importQuestions(input: $input) { imported rejected userErrors { field code message } } }",
            "variables": {"input": {"file": None}},
        }
    )
    response = await client.http.post(
        "/graphql",
        data={"operations": operations, "map": json.dumps({"0": ["variables.input.file"]})},
        files={"0": ("questions.csv", csv, "text/csv")},
        headers={"Authorization": f"Bearer {client.token}"},
    )
    payload = response.json()["data"]["importQuestions"]
    assert payload["imported"] == 2 and payload["rejected"] == 1
    assert payload["userErrors"][0]["field"] == ["file", "row", "3"]
    assert await exams.Question.all().count() == 2


async def test_two_submits_at_once_grade_once(client, new_client, people):
    bank = await build_bank(client)
    exam_id = await published_exam(client, people, bank)
    phones = [await new_client().login("officer0") for _ in range(4)]
    attempt = (await phones[0].mutate(START, {"examId": exam_id}))["attempt"]
    await phones[0].mutate(
        SAVE, {"attemptId": attempt["id"], "answers": right_answers(attempt, KEY)}
    )
    results = await asyncio.gather(
        *(p.data(SUBMIT, {"input": {"attemptId": attempt["id"]}}) for p in phones)
    )
    assert {r["submitExamAttempt"]["attempt"]["score"] for r in results} == {"9.00"}
    assert await ScoreEvent.all().count() == 1


async def test_answers_saved_while_submitting_count_or_are_refused(client, new_client, people):
    """A save racing the submit either lands before the grading (and counts) or is refused:
    no answer is ever stored on a closed attempt without being graded."""
    bank = await build_bank(client)
    exam_id = await published_exam(client, people, bank)
    for i in range(3):
        phone, laptop = [await new_client().login(f"officer{i}") for _ in range(2)]
        attempt = (await phone.mutate(START, {"examId": exam_id}))["attempt"]
        answers = {"attemptId": attempt["id"], "answers": right_answers(attempt, KEY)}
        saving, submitting = await asyncio.gather(
            phone.data(SAVE, {"input": answers}),
            laptop.data(SUBMIT, {"input": {"attemptId": attempt["id"]}}),
        )
        refused = codes(saving["saveAnswers"])
        assert refused in ([], ["ATTEMPT_CLOSED"])
        score = submitting["submitExamAttempt"]["attempt"]["score"]
        assert score == ("0.00" if refused else "9.00")
        rows = await exams.AttemptQuestion.filter(attempt__person__name=f"考生{i}")
        assert all((row.answer is None) == bool(refused) for row in rows)
        assert all(row.awarded == (0 if refused else row.points) for row in rows)


async def test_two_starts_at_once_leave_one_attempt_in_progress(client, new_client, people):
    bank = await build_bank(client)
    exam_id = await published_exam(client, people, bank)
    phones = [await new_client().login("officer1") for _ in range(4)]
    results = await asyncio.gather(*(p.data(START, {"input": {"examId": exam_id}}) for p in phones))
    ids = {
        r["startExamAttempt"]["attempt"]["id"] for r in results if r["startExamAttempt"]["attempt"]
    }
    assert len(ids) == 1
    assert await exams.ExamAttempt.filter(status="IN_PROGRESS").count() == 1


async def test_attempt_lists_cost_the_same_queries_for_1_and_3_attempts(client, new_client, people):
    bank = await build_bank(client)
    exam_id = await published_exam(client, people, bank, maxAttempts=5)
    officer = await new_client().login("officer0")
    query = "{ myAttempts { edges { node { status score passed exam { title } person { name } questions { stem myAnswer } } } } }"
    counts = []
    for _ in range(3):
        attempt = (await officer.mutate(START, {"examId": exam_id}))["attempt"]
        await officer.mutate(SUBMIT, {"attemptId": attempt["id"]})
        with QueryCounter() as counter:
            await officer.data(query)
        counts.append(counter.count)
    assert counts[0] == counts[2], counts


async def test_an_exam_shows_its_fixed_questions_and_audience_as_set(client, people):
    """What the exam builder needs to edit a draft, or copy an exam, without losing anything."""
    bank = await build_bank(client)
    chosen = {
        "unitIds": [global_id("Unit", people["township"].id)],
        "categories": ["ENFORCEMENT_OFFICER"],
        "personIds": [global_id("Person", people["officers"][0].id)],
    }
    exam = (await client.mutate(CREATE_EXAM, exam_input(people, bank, audience=chosen)))["exam"]
    read = await client.data(
        """query($id: ID!) { node(id: $id) { ... on Exam {
          paper { category count points question { id stem } }
          audience { units { name } categories people { name } } } } }""",
        {"id": exam["id"]},
    )
    paper = read["node"]["paper"]
    assert [rule["question"] and rule["question"]["id"] for rule in paper] == [
        bank.multi,
        bank.judge,
        None,
    ]
    assert paper[0]["question"]["stem"] == "行政处罚的种类包括？"
    assert read["node"]["audience"] == {
        "units": [{"name": "高村镇"}],
        "categories": ["ENFORCEMENT_OFFICER"],
        "people": [{"name": "考生0"}],
    }


async def test_papers_cost_the_same_statements_for_1_and_3_exams(client, people):
    bank = await build_bank(client)
    query = """{ exams { edges { node { title paper { category type count points question { id } }
      audience { units { name } } } } } }"""
    counts = []
    for listed in (1, 3):
        while len((await client.data(query))["exams"]["edges"]) < listed:
            await published_exam(client, people, bank)
        with QueryCounter() as counter:
            edges = (await client.data(query))["exams"]["edges"]
        assert len(edges) == listed and all(len(e["node"]["paper"]) == 3 for e in edges)
        counts.append(counter.count)
    assert counts[0] == counts[1], counts


async def test_statistics_items_cost_the_same_statements_for_a_short_and_a_long_paper(
    client, new_client, people
):
    """Each item's question and each unit's unit come for all of them at once."""
    bank = await build_bank(client)
    stats = """query($id: ID!) { examStatistics(examId: $id) {
      items { number question { id stem category } } byUnit { unit { name } attempts } } }"""
    counts = []
    for questions in ([bank.judge], [bank.judge, bank.multi, *bank.single]):
        paper = {"fixed": [{"questionId": q, "points": "1"} for q in questions]}
        exam_id = await published_exam(client, people, bank, paper=paper, passScore="1")
        for name in ("officer0", "officer1"):
            officer = await new_client().login(name)
            attempt = (await officer.mutate(START, {"examId": exam_id}))["attempt"]
            await officer.mutate(SUBMIT, {"attemptId": attempt["id"]})
        with QueryCounter() as counter:
            data = (await client.data(stats, {"id": exam_id}))["examStatistics"]
        assert [i["question"]["id"] for i in data["items"]] == questions
        assert data["byUnit"] == [{"unit": {"name": "高村镇"}, "attempts": 2}]
        counts.append(counter.count)
    assert counts[0] == counts[1], counts


async def test_taking_an_exam_costs_the_same_queries_for_a_short_and_a_long_paper(
    client, new_client, people
):
    """Start, save and submit read and write a paper's rows in batches: the statements they
    send do not grow with the number of questions (or of answers saved)."""
    bank = await build_bank(client)
    short = await published_exam(
        client,
        people,
        bank,
        paper={
            "rules": [
                {"category": "安全生产法", "type": "SINGLE_CHOICE", "count": 1, "points": "6"}
            ]
        },
    )
    long = await published_exam(client, people, bank)
    counts = []
    for officer, exam_id in (("officer0", short), ("officer1", long)):
        phone = await new_client().login(officer)
        with QueryCounter() as start:
            attempt = (await phone.mutate(START, {"examId": exam_id}))["attempt"]
        answers = {"attemptId": attempt["id"], "answers": right_answers(attempt, KEY)}
        with QueryCounter() as save:
            await phone.mutate(SAVE, answers)
        with QueryCounter() as submit:
            result = (await phone.mutate(SUBMIT, {"attemptId": attempt["id"]}))["attempt"]
        assert result["status"] == "GRADED" and len(result["questions"]) == len(answers["answers"])
        counts.append((start.count, save.count, submit.count))
    assert counts[0] == counts[1], counts


async def test_my_result_follows_each_exams_grading_method(client, new_client, people):
    bank = await build_bank(client)
    highest = await published_exam(client, people, bank, maxAttempts=2, gradingMethod="HIGHEST")
    officer = await new_client().login("officer0")
    query = "{ exams { edges { node { title myResult } } } }"

    async def sit(exam_id: str, key: dict) -> None:
        attempt = (await officer.mutate(START, {"examId": exam_id}))["attempt"]
        await officer.mutate(
            SAVE, {"attemptId": attempt["id"], "answers": right_answers(attempt, key)}
        )
        await officer.mutate(SUBMIT, {"attemptId": attempt["id"]})

    for key in (KEY, WRONG):
        await sit(highest, key)
    with QueryCounter() as one:
        results = [e["node"]["myResult"] for e in (await officer.data(query))["exams"]["edges"]]
    assert results == ["9.00"]
    last = await published_exam(client, people, bank, maxAttempts=2, gradingMethod="LAST")
    for key in (KEY, WRONG):
        await sit(last, key)
    with QueryCounter() as two:
        results = [e["node"]["myResult"] for e in (await officer.data(query))["exams"]["edges"]]
    assert sorted(results) == ["0.00", "9.00"]
    assert one.count == two.count  # the attempts of every exam listed come in one query


async def test_the_import_template_downloads_for_bank_keepers(client, new_client, people):
    from models.question_import import parse_questions

    await client.login("trainer")
    response = await client.http.get(
        "/exports/question-template.xlsx", headers={"Authorization": f"Bearer {client.token}"}
    )
    assert response.status_code == 200
    result = parse_questions(response.content, "template.xlsx")
    assert len(result.drafts) == 5 and result.problems == []
    officer = await new_client().login("officer0")
    refused = await officer.http.get(
        "/exports/question-template.xlsx", headers={"Authorization": f"Bearer {officer.token}"}
    )
    assert refused.status_code == 403
    assert (await officer.http.get("/exports/question-template.xlsx")).status_code == 401


async def test_officers_list_the_exams_meant_for_them(client, new_client, people):
    bank = await build_bank(client)
    await published_exam(client, people, bank)
    elsewhere = await make_unit("外镇", UnitKind.TOWNSHIP)
    await make_person(elsewhere, name="外镇人")
    other = exam_input(
        people, bank, title="外镇考试", audience={"unitIds": [global_id("Unit", elsewhere.id)]}
    )
    await client.mutate(
        PUBLISH, {"examId": (await client.mutate(CREATE_EXAM, other))["exam"]["id"]}
    )
    await client.mutate(CREATE_EXAM, exam_input(people, bank, title="草稿"))
    officer = await new_client().login("officer0")
    listed = await officer.data("{ exams { edges { node { title status } } } }")
    assert listed["exams"]["edges"] == [
        {"node": {"title": "2026年法律法规知识考试", "status": "OPEN"}}
    ]
    everything = await client.data("{ exams { edges { node { title } } } }")
    assert len(everything["exams"]["edges"]) == 3
    drafts = await client.data("{ exams(status: DRAFT) { edges { node { title } } } }")
    assert drafts["exams"]["edges"] == [{"node": {"title": "草稿"}}]


async def test_a_corrected_blank_key_can_send_an_answer_back_to_the_grading_queue(
    client, new_client, people
):
    bank = await build_bank(client)
    paper = {"fixed": [{"questionId": bank.blank, "points": "2"}]}
    exam_id = await published_exam(client, people, bank, paper=paper, passScore="1")
    officer = await new_client().login("officer0")
    attempt = (await officer.mutate(START, {"examId": exam_id}))["attempt"]
    await officer.mutate(
        SAVE, {"attemptId": attempt["id"], "answers": [{"questionId": bank.blank, "text": "安全"}]}
    )
    assert (await officer.mutate(SUBMIT, {"attemptId": attempt["id"]}))["attempt"][
        "score"
    ] == "2.00"
    correct = """mutation($input: CorrectAnswerKeyInput!) { correctAnswerKey(input: $input) { regradedAttempts userErrors { code } } }"""
    await client.mutate(correct, {"questionId": bank.blank, "answer": ["人民至上"]})
    row = await exams.ExamAttempt.first()
    assert (row.status, row.score) == ("SUBMITTED", None)
    assert sum(e.points for e in await ScoreEvent.all()) == 0  # the result is withdrawn
    queue = await client.data(
        "query($id: ID!) { gradingQueue(examId: $id) { edges { node { answer } } } }",
        {"id": exam_id},
    )
    assert queue["gradingQueue"]["edges"] == [{"node": {"answer": ["安全"]}}]


async def test_publishing_fills_overlapping_rules_in_order(client, people):
    bank = await build_bank(client)
    rules = [
        {"category": "安全生产法", "type": "SINGLE_CHOICE", "count": 4, "points": "1"},
        {"category": "安全生产法 > 第二章", "type": "SINGLE_CHOICE", "count": 1, "points": "1"},
    ]
    exam = (
        await client.mutate(
            CREATE_EXAM, exam_input(people, bank, passScore="1", paper={"rules": rules})
        )
    )["exam"]
    payload = (await client.data(PUBLISH, {"input": {"examId": exam["id"]}}))["publishExam"]
    assert codes(payload) == ["NOT_ENOUGH_QUESTIONS"] and payload["userErrors"][0]["field"] == [
        "paper",
        "rules",
        "1",
    ]


async def test_an_inactive_person_cannot_start_even_when_named(client, new_client, people):
    from models.org import update_person

    bank = await build_bank(client)
    named = {"personIds": [global_id("Person", people["officers"][0].id)]}
    exam_id = await published_exam(client, people, bank, audience=named)
    officer = await new_client().login("officer0")
    await update_person(people["officers"][0].id, {"active": False})
    payload = (await officer.data(START, {"input": {"examId": exam_id}}))["startExamAttempt"]
    assert codes(payload) == ["NOT_IN_AUDIENCE"]


async def test_statistics_number_items_in_paper_order(client, new_client, people):
    bank = await build_bank(client)
    paper = {
        "fixed": [{"questionId": q, "points": "1"} for q in (bank.judge, bank.multi, *bank.single)]
    }
    exam_id = await published_exam(client, people, bank, paper=paper, passScore="1")
    for name in ("officer0", "officer1"):
        officer = await new_client().login(name)
        attempt = (await officer.mutate(START, {"examId": exam_id}))["attempt"]
        await officer.mutate(SUBMIT, {"attemptId": attempt["id"]})
    stats = (
        """query($id: ID!) { examStatistics(examId: $id) { items { number question { id } } } }"""
    )
    items = (await client.data(stats, {"id": exam_id}))["examStatistics"]["items"]
    assert [i["question"]["id"] for i in items] == [bank.judge, bank.multi, *bank.single]


async def test_answers_name_the_papers_own_question_ids(client, new_client, people):
    """API.md, "Paper questions": saveAnswers takes AttemptQuestion.id as questionId."""
    bank = await build_bank(client)
    exam_id = await published_exam(client, people, bank)
    officer = await new_client().login("officer0")
    attempt = (await officer.mutate(START, {"examId": exam_id}))["attempt"]
    answers = [{"questionId": q["id"], "choices": KEY[q["type"]]} for q in attempt["questions"]]
    await officer.mutate(SAVE, {"attemptId": attempt["id"], "answers": answers})
    result = (await officer.mutate(SUBMIT, {"attemptId": attempt["id"]}))["attempt"]
    assert result["score"] == "9.00"
    other = await new_client().login("officer1")
    theirs = (await other.mutate(START, {"examId": exam_id}))["attempt"]
    foreign = {"questionId": attempt["questions"][0]["id"], "choices": ["A"]}
    payload = (
        await other.data(SAVE, {"input": {"attemptId": theirs["id"], "answers": [foreign]}})
    )["saveAnswers"]
    assert codes(payload) == ["NOT_ON_PAPER"]
    unit = {"questionId": global_id("Unit", people["unit"].id), "choices": ["A"]}
    payload = (await other.data(SAVE, {"input": {"attemptId": theirs["id"], "answers": [unit]}}))[
        "saveAnswers"
    ]
    assert codes(payload) == ["INVALID_ID"]


PRACTICE_SUBMIT = """mutation($input: SubmitExamAttemptInput!) { submitExamAttempt(input: $input) {
  attempt { id score questions { questionGlobalId correctAnswer explanation awarded keyWithheld } }
  userErrors { code } } }"""
PAPER = """query($id: ID!) { node(id: $id) { ... on ExamAttempt {
  questions { questionGlobalId correctAnswer keyWithheld } } } }"""


async def test_practice_withholds_the_keys_of_a_pending_graded_exam(
    client, new_client, people, clock_at
):
    """The reproduction: an officer in an open exam whose results come after the close takes
    the practice exam six times and must not see the key of any question that exam can draw."""
    bank = await build_bank(client)
    graded = await published_exam(client, people, bank, releaseResults="AFTER_CLOSE")
    practice = await published_exam(
        client,
        people,
        bank,
        title="练习",
        practice=True,
        passScore="1",
        closesAt="2026-03-03T18:00:00+08:00",
        paper={
            "fixed": [
                {"questionId": bank.single[0], "points": "1"},  # drawn by the graded rule
                {"questionId": bank.multi, "points": "1"},  # fixed on the graded paper
                {"questionId": bank.blank, "points": "1"},  # on no graded paper
            ]
        },
    )
    pooled = {bank.single[0], bank.multi}
    officer = await new_client().login("officer0")

    async def practise() -> dict:
        attempt = (await officer.mutate(START, {"examId": practice}))["attempt"]
        answers = [{"questionId": q["id"], "choices": ["A"]} for q in attempt["questions"][:2]]
        await officer.mutate(SAVE, {"attemptId": attempt["id"], "answers": answers})
        return (await officer.mutate(PRACTICE_SUBMIT, {"attemptId": attempt["id"]}))["attempt"]

    def shown(attempt: dict) -> dict[str, tuple]:
        return {
            q["questionGlobalId"]: (q["correctAnswer"], q.get("keyWithheld"))
            for q in attempt["questions"]
        }

    withheld = {pk: (None, "ON_A_PENDING_GRADED_EXAM") for pk in pooled}
    # Not started yet, but open and theirs to take: withheld already.
    assert shown(await practise()) == {**withheld, bank.blank: (["人民至上", "安全"], None)}
    await officer.mutate(START, {"examId": graded})
    seen = []
    for _ in range(6):
        result = await practise()
        hidden = [q for q in result["questions"] if q["questionGlobalId"] in pooled]
        assert all(q["explanation"] is None and q["awarded"] is None for q in hidden)
        seen.append(result)
        assert shown(result) == {**withheld, bank.blank: (["人民至上", "安全"], None)}
    # The graded exam closes and its results are out: practice shows every key again.
    clock_at.set(datetime(2026, 3, 2, 18, 30))
    paper = (await officer.data(PAPER, {"id": seen[0]["id"]}))["node"]
    assert {q["questionGlobalId"]: q["correctAnswer"] for q in paper["questions"]} == {
        bank.single[0]: ["A"],
        bank.multi: ["A", "B", "C"],
        bank.blank: ["人民至上", "安全"],
    }
    assert all(q["keyWithheld"] is None for q in paper["questions"])
    # The trainer who keeps the bank sees the keys regardless.
    await client.login("trainer")
    clock_at.set(datetime(2026, 3, 2, 10, 0))
    paper = (await client.data(PAPER, {"id": seen[0]["id"]}))["node"]
    assert all(q["correctAnswer"] for q in paper["questions"])


async def test_each_status_filter_lists_the_exams_in_that_status(
    client, new_client, people, clock_at
):
    bank = await build_bank(client)
    titles = {
        "DRAFT": None,
        "SCHEDULED": {
            "opensAt": "2026-03-03T09:00:00+08:00",
            "closesAt": "2026-03-03T18:00:00+08:00",
        },
        "OPEN": {},
        "CANCELLED": {},
    }
    for status, window in titles.items():
        exam = exam_input(people, bank, title=status, **(window or {}))
        exam_id = (await client.mutate(CREATE_EXAM, exam))["exam"]["id"]
        if window is not None:
            await client.mutate(PUBLISH, {"examId": exam_id})
        if status == "CANCELLED":
            cancel = """mutation($input: CancelExamInput!) { cancelExam(input: $input) {
              userErrors { code } } }"""
            await client.mutate(cancel, {"examId": exam_id, "reason": "题目有误"})
    clock_at.set(datetime(2026, 3, 2, 18, 30))  # OPEN has closed, SCHEDULED not yet open
    officer = await new_client().login("officer0")
    for user, expected in (
        (client, {"DRAFT": "DRAFT", "SCHEDULED": "SCHEDULED", "OPEN": "CLOSED"}),
        (officer, {"SCHEDULED": "SCHEDULED", "OPEN": "CLOSED"}),  # no drafts for officers
    ):
        listed = await user.data("{ exams { edges { node { title status } } } }")
        statuses = {e["node"]["title"]: e["node"]["status"] for e in listed["exams"]["edges"]}
        assert {t: s for t, s in statuses.items() if t != "CANCELLED"} == expected
        for status in ("DRAFT", "SCHEDULED", "OPEN", "CLOSED", "CANCELLED"):
            query = "query($s: ExamStatus) { exams(status: $s) { edges { node { title } } } }"
            only = await user.data(query, {"s": status})
            assert sorted(e["node"]["title"] for e in only["exams"]["edges"]) == sorted(
                t for t, s in statuses.items() if s == status
            ), status
