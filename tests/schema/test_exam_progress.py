"""What the exam pages of the web client read besides the exams themselves: an open exam's live
progress (Exam.progress), the countdown by the server's clock (ExamAttempt.secondsLeft) and the
bank's counts for the exam builder (questionCategoryCounts)."""

from __future__ import annotations

from datetime import datetime

from tests.conftest import QueryCounter
from tests.schema.test_exams import (  # noqa: F401
    CREATE_EXAM,
    PUBLISH,
    START,
    SUBMIT,
    build_bank,
    exam_input,
    people,
    published_exam,
)

PROGRESS = """query($id: ID!) { node(id: $id) { ... on Exam {
  progress { audience started inProgress submitted } } } }"""
PROGRESS_LIST = "{ exams(first: 50) { edges { node { title progress { audience started } } } } }"
LEFT = "{ myAttempts { edges { node { status secondsLeft } } } }"
COUNTS = """query($type: QuestionType, $difficulty: Int) {
  questionCategoryCounts(type: $type, difficulty: $difficulty) { category ownCount count } }"""


def progress(audience=3, started=0, in_progress=0, submitted=0) -> dict:
    return {
        "audience": audience,
        "started": started,
        "inProgress": in_progress,
        "submitted": submitted,
    }


async def test_an_open_exam_s_progress_and_the_countdown_by_the_server_s_clock(
    client,
    new_client,
    people,  # noqa: F811
    clock_at,
):
    bank = await build_bank(client)
    exam = await published_exam(client, people, bank)
    assert (await client.data(PROGRESS, {"id": exam}))["node"]["progress"] == progress()

    first, second = await new_client().login("officer0"), await new_client().login("officer1")
    started = (await first.mutate(START, {"examId": exam}))["attempt"]
    assert started["deadline"] == "2026-03-02T02:30:00+00:00"  # 60 minutes from 09:30
    assert (await first.data(LEFT))["myAttempts"]["edges"][0]["node"] == {
        "status": "IN_PROGRESS",
        "secondsLeft": 3600,
    }
    clock_at.advance(minutes=10, seconds=0.5)
    assert (await first.data(LEFT))["myAttempts"]["edges"][0]["node"]["secondsLeft"] == 2999
    attempt = (await second.mutate(START, {"examId": exam}))["attempt"]
    await second.mutate(SUBMIT, {"attemptId": attempt["id"]})
    assert (await second.data(LEFT))["myAttempts"]["edges"][0]["node"] == {
        "status": "GRADED",
        "secondsLeft": 0,
    }
    now = (await client.data(PROGRESS, {"id": exam}))["node"]["progress"]
    assert now == progress(started=2, in_progress=1, submitted=1)

    clock_at.set(datetime(2026, 3, 2, 10, 31))  # past the first officer's deadline
    assert (await client.data(PROGRESS, {"id": exam}))["node"]["progress"] == progress(
        started=2, submitted=2
    )
    assert (await first.data(LEFT))["myAttempts"]["edges"][0]["node"]["secondsLeft"] == 0
    # officers see the exam, not its progress
    assert (await first.data(PROGRESS, {"id": exam}))["node"] == {"progress": None}


async def test_progress_of_a_list_of_exams_costs_the_same_for_1_and_4(
    client,
    people,  # noqa: F811
):
    bank = await build_bank(client)
    counts = []
    for size in (1, 4):
        while len((await client.data(PROGRESS_LIST))["exams"]["edges"]) < size:
            await published_exam(client, people, bank)
        with QueryCounter() as counter:
            edges = (await client.data(PROGRESS_LIST))["exams"]["edges"]
        assert [e["node"]["progress"] for e in edges] == [{"audience": 3, "started": 0}] * size
        counts.append(counter.count)
    assert counts[0] == counts[1], counts


async def test_the_bank_s_counts_for_the_exam_builder(client, new_client, people):  # noqa: F811
    await build_bank(client)  # 4 single choice in 安全生产法 > 第二章, a blank in 安全生产法, ...
    rows = (await client.data(COUNTS))["questionCategoryCounts"]
    by_path = {r["category"]: (r["ownCount"], r["count"]) for r in rows}
    assert by_path == {
        "安全生产法": (1, 5),
        "安全生产法 > 第二章": (4, 4),
        "行政处罚法": (1, 1),
        "行政强制法": (1, 1),
        "道路交通安全法": (1, 1),
    }
    assert [r["category"] for r in rows] == sorted(by_path)
    single = await client.data(COUNTS, {"type": "SINGLE_CHOICE", "difficulty": 2})
    assert {r["category"]: r["count"] for r in single["questionCategoryCounts"]}["安全生产法"] == 4
    harder = await client.data(COUNTS, {"type": "SINGLE_CHOICE", "difficulty": 5})
    assert all(r["count"] == 0 for r in harder["questionCategoryCounts"])
    officer = await new_client().login("officer0")
    assert await officer.error_codes(COUNTS) == ["FORBIDDEN"]
