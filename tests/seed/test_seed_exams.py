"""The demo exams: question banks for four laws, exams sat in the past, one open, a practice."""

from __future__ import annotations

from collections import Counter, defaultdict
from datetime import datetime
from decimal import Decimal

import pytest

from models.assessment import Dimension, ScoreEvent
from models.attempts import result_of
from models.decimals import scaled
from models.exams import AttemptQuestion, AttemptStatus, Exam, ExamAttempt
from models.question_import import QuestionType
from seed.demo import DEMO_PASSWORD, create_demo_accounts, seed_org
from seed.exams import LAWS, parse_bank, question_drafts, seed_exams
from tests.conftest import empty_database

MOMENT = datetime(2026, 6, 15, 9, 0)  # a Monday morning
TYPES = {kind.value for kind in QuestionType}

BANK = """{ questions(first: 100) { edges { node { category type difficulty reference } } } }"""
EXAMS = """query($status: ExamStatus) { exams(first: 50, status: $status) {
  edges { node { id title status practice } } } }"""
STATISTICS = """query($id: ID!) { examStatistics(examId: $id) {
  attempts mean passRate reliability
  items { facility discrimination attempts question { difficulty } }
  byUnit { attempts } histogram { count } } }"""
QUEUE = """query($id: ID!) { gradingQueue(examId: $id, first: 100) { edges { node { id } } } }"""
START = """mutation($input: StartExamAttemptInput!) { startExamAttempt(input: $input) {
  attempt { status number questions { number type } } userErrors { code message } } }"""


async def seed_county(clock_at, people: int = 320) -> tuple[dict, dict]:
    clock_at.set(MOMENT)
    summary = await seed_org(people=people)
    await create_demo_accounts(summary)
    return summary, await seed_exams(summary)


async def exams_by_title(client) -> dict[str, dict]:
    data = await client.data(EXAMS)
    return {edge["node"]["title"]: edge["node"] for edge in data["exams"]["edges"]}


def test_the_banks_cover_four_laws_every_type_and_difficulty():
    drafts = question_drafts()  # raises if any draft fails check_draft
    by_law: dict[str, list] = defaultdict(list)
    for draft in drafts:
        by_law[draft.category.split(" > ")[0]].append(draft)
    assert list(by_law) == list(LAWS)
    for law, questions in by_law.items():
        assert 25 <= len(questions) <= 35, law
        assert {q.type.value for q in questions} == TYPES, law
        assert all(q.reference.startswith(f"《{law}》第") and q.explanation for q in questions)
        assert all(" > 第" in q.category for q in questions)
        kinds = Counter(q.type for q in questions)
        assert (
            kinds[QuestionType.SINGLE_CHOICE] + kinds[QuestionType.TRUE_FALSE] > len(questions) / 2
        )
    assert {q.difficulty for q in drafts} == {1, 2, 3, 4, 5}
    assert len({q.stem for q in drafts}) == len(drafts)
    blanks = [q for q in drafts if q.type == QuestionType.FILL_BLANK]
    assert all(1 <= len(q.answer) <= 2 and "____" in q.stem for q in blanks)
    choices = [q for q in drafts if q.type == QuestionType.SINGLE_CHOICE]
    assert all("（  ）" in q.stem for q in choices)


def test_a_malformed_bank_fails_loudly():
    with pytest.raises(ValueError, match="malformed"):
        parse_bank("# 安全生产法\n## 第一章 总则\n\n单9 第三条\n题干\nA.甲\n答：A\n析：说明")
    with pytest.raises(ValueError, match="答："):
        parse_bank("# 安全生产法\n## 第一章 总则\n\n单2 第三条\n题干\nA.甲\nB.乙\n答A\n析：说明")


async def test_the_bank_and_the_past_exams_as_the_trainer_sees_them(client, clock_at):
    _, counts = await seed_county(clock_at)
    assert counts["questions"] == len(question_drafts())
    assert counts["exams"] == 4 and counts["attempts"] > 100
    await client.login("trainer", DEMO_PASSWORD)

    nodes = [edge["node"] for edge in (await client.data(BANK))["questions"]["edges"]]
    assert len(nodes) == 100 and {node["type"] for node in nodes} == TYPES
    categories = (await client.data("{ questionCategories }"))["questionCategories"]
    assert set(LAWS) <= set(categories)
    assert "安全生产法 > 第二章 生产经营单位的安全生产保障" in categories

    exams = await exams_by_title(client)
    closed = [e for e in exams.values() if e["status"] == "CLOSED"]
    assert len(closed) == 2 and not any(e["practice"] for e in closed)
    assert sorted(e["practice"] for e in exams.values() if e["status"] == "OPEN") == [False, True]

    for exam in closed:
        stats = (await client.data(STATISTICS, {"id": exam["id"]}))["examStatistics"]
        assert stats["attempts"] > 10, exam["title"]
        assert 0.3 < stats["passRate"] < 1 and 40 < stats["mean"] < 90
        assert len(stats["byUnit"]) > 3
        assert sum(b["count"] for b in stats["histogram"]) == stats["attempts"]
        items = stats["items"]
        assert items and all(0 <= item["facility"] <= 1 for item in items)
        discriminations = [i["discrimination"] for i in items if i["discrimination"] is not None]
        assert sum(discriminations) / len(discriminations) > 0.15  # better people score more
        queue = (await client.data(QUEUE, {"id": exam["id"]}))["gradingQueue"]["edges"]
        assert queue == []  # graded by hand after the exam closed

    # The traffic test has a fixed paper: every row is complete, so alpha is defined; the
    # quarterly exam draws from the banks, so its item columns are sparse.
    traffic = next(e for e in closed if e["title"] == "道路交通安全法专题测试")
    stats = (await client.data(STATISTICS, {"id": traffic["id"]}))["examStatistics"]
    assert len(stats["items"]) == 20 and 0.5 < stats["reliability"] < 1
    easy = [i["facility"] for i in stats["items"] if i["question"]["difficulty"] <= 2]
    hard = [i["facility"] for i in stats["items"] if i["question"]["difficulty"] >= 4]
    assert sum(easy) / len(easy) > sum(hard) / len(hard)

    current = next(e for e in exams.values() if e["status"] == "OPEN" and not e["practice"])
    queue = (await client.data(QUEUE, {"id": current["id"]}))["gradingQueue"]["edges"]
    assert queue  # the latest short answers wait for the trainer


async def test_the_demo_officer_has_results_a_wrong_answer_book_and_an_exam_to_take(
    client, clock_at
):
    summary, _ = await seed_county(clock_at)
    await client.login("officer", DEMO_PASSWORD)

    mine = await client.data(
        "{ myAttempts { edges { node { status score passed exam { title } } } } }"
    )
    attempts = [edge["node"] for edge in mine["myAttempts"]["edges"]]
    graded = [a for a in attempts if a["status"] == "GRADED" and a["score"] is not None]
    assert len(graded) >= 2
    assert {a["exam"]["title"] for a in graded} >= {"道路交通安全法专题测试"}

    book = (await client.data("{ wrongAnswers { stem correctAnswer reference timesWrong } }"))[
        "wrongAnswers"
    ]
    assert book and all(entry["correctAnswer"] and entry["reference"] for entry in book)

    listed = await client.data(EXAMS, {"status": "OPEN"})
    open_exams = [edge["node"] for edge in listed["exams"]["edges"]]
    exam = next(e for e in open_exams if not e["practice"])
    assert "行政强制法" in exam["title"]
    started = await client.mutate(START, {"examId": exam["id"]})
    assert started["attempt"]["status"] == "IN_PROGRESS" and started["attempt"]["number"] == 1
    kinds = Counter(q["type"] for q in started["attempt"]["questions"])
    assert kinds == {
        "SINGLE_CHOICE": 8,
        "TRUE_FALSE": 8,
        "MULTIPLE_CHOICE": 4,
        "FILL_BLANK": 2,
        "SHORT_ANSWER": 1,
    }
    officer = summary["demo_person_ids"]["officer"]
    assert await ExamAttempt.filter(person_id=officer, exam__practice=True).count() == 0


async def test_the_ledger_holds_each_result_as_record_result_would(client, clock_at):
    _, counts = await seed_county(clock_at)
    assert counts["graded"] == await ExamAttempt.filter(status=AttemptStatus.GRADED).count()
    assert counts["ledger"] == await ScoreEvent.filter(dimension=Dimension.EXAM).count()
    standing: dict[tuple[str, str], Decimal] = defaultdict(Decimal)
    for event in await ScoreEvent.filter(dimension=Dimension.EXAM):
        assert event.source_type == "Exam" and event.kind.startswith("result")
        standing[(event.source_id, event.subject)] += event.points

    expected: dict[tuple[str, str], Decimal] = {}
    for exam in await Exam.filter(practice=False):
        people = defaultdict(list)
        for attempt in await ExamAttempt.filter(exam_id=exam.id).order_by("number"):
            people[attempt.person_id].append(attempt)
        for person_id, attempts in people.items():
            result = result_of(exam.grading_method, attempts)
            if result is not None:
                top = max(a.max_score for a in attempts)
                expected[(str(exam.id), f"person:{person_id}")] = scaled(result / top * 10)
    assert expected and standing == expected
    practice = await Exam.get(practice=True)
    assert not await ScoreEvent.filter(source_id=str(practice.id)).exists()
    retaken = await ExamAttempt.filter(number=2, exam__practice=False).count()
    assert retaken > 0  # some who did badly sat the quarterly exam again


async def test_seeding_is_the_same_for_a_seed_and_moment(client, clock_at):
    async def seeded() -> tuple[dict, list]:
        _, counts = await seed_county(clock_at, people=120)
        rows = await ExamAttempt.all().values_list(
            "exam__title", "person__badge_number", "number", "started_at", "score", "status"
        )
        answers = await AttemptQuestion.all().values_list(
            "attempt__exam__title",
            "attempt__person__badge_number",
            "attempt__number",
            "question__stem",
            "answer",
            "awarded",
        )
        return counts, sorted(rows, key=repr) + sorted(answers, key=repr)

    first = await seeded()
    await empty_database()
    assert first == await seeded()
