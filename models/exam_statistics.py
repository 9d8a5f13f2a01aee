"""An exam's statistics, read in two queries: scores per attempt and the item matrix. The math
(summary, item analysis, reliability, histogram) is pure, in assessment/exam_stats."""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal

from tortoise import connections

from assessment import exam_stats
from models import clock, org, sql
from models.exams import AttemptQuestion, AttemptStatus, Exam, ExamAttempt
from models.org import Person
from models.training import Audience, AudienceMatcher


@dataclass(frozen=True)
class Item:
    number: int
    facility: float | None
    discrimination: float | None
    attempts: int
    question_id: int


@dataclass(frozen=True)
class UnitStatistics:
    unit_id: int
    attempts: int
    mean: float | None
    pass_rate: float


@dataclass(frozen=True)
class Statistics:
    attempts: int
    mean: float | None
    median: float | None
    std_dev: float | None
    pass_rate: float
    reliability: float | None
    items: list[Item]
    by_unit: list[UnitStatistics]
    histogram: list[exam_stats.Bin]


async def statistics(exam: Exam) -> Statistics:
    """Scores per attempt and the item matrix come from two queries; the math is pure."""
    graded = await ExamAttempt.filter(exam_id=exam.id, status=AttemptStatus.GRADED).values_list(
        "id", "score", "max_score", "person__unit_id"
    )
    scores = [score for _, score, _, _ in graded]
    summary = exam_stats.summarize(scores, exam.pass_score)
    cells = await AttemptQuestion.filter(attempt_id__in=[g[0] for g in graded]).values_list(
        "attempt_id", "question__lineage", "question_id", "awarded", "points", "number"
    )
    # Items in paper order: by the position each question takes on average (fixed papers keep
    # their order; drawn questions fall where they were drawn).
    positions: dict[str, list[int]] = {}
    for _, lineage, _, _, _, number in cells:
        positions.setdefault(lineage, []).append(number)
    lineages = sorted(
        positions, key=lambda lineage: (sum(positions[lineage]) / len(positions[lineage]), lineage)
    )
    column = {lineage: j for j, lineage in enumerate(lineages)}
    row_of = {attempt_id: i for i, (attempt_id, _, _, _) in enumerate(graded)}
    matrix: list[list[Decimal | None]] = [[None] * len(lineages) for _ in graded]
    max_points = [Decimal(0)] * len(lineages)
    question_of = {}
    for attempt_id, lineage, question_id, awarded, points, _ in cells:
        matrix[row_of[attempt_id]][column[lineage]] = awarded or Decimal(0)
        max_points[column[lineage]] = max(max_points[column[lineage]], points)
        question_of[lineage] = question_id
    items = exam_stats.item_analysis(matrix, max_points)
    papers: dict[int, list[tuple[int, Decimal, Decimal]]] = {pk: [] for pk, *_ in graded}
    for attempt_id, _, _, awarded, points, number in cells:
        papers[attempt_id].append((number, awarded or Decimal(0), points))
    in_order = [[(awarded, points) for _, awarded, points in sorted(p)] for p in papers.values()]
    by_unit: dict[int, list[Decimal]] = {}
    for _, score, _, unit_id in graded:
        by_unit.setdefault(unit_id, []).append(score)
    top = max((m for _, _, m, _ in graded), default=Decimal(0))
    return Statistics(
        attempts=summary.attempts,
        mean=summary.mean,
        median=summary.median,
        std_dev=summary.std_dev,
        pass_rate=summary.pass_rate,
        reliability=exam_stats.paper_reliability(matrix, max_points, in_order),
        items=[
            Item(
                number=j + 1,
                facility=s.facility,
                discrimination=s.discrimination,
                attempts=s.attempts,
                question_id=question_of[lineage],
            )
            for j, (lineage, s) in enumerate(zip(lineages, items, strict=True))
        ],
        by_unit=[
            UnitStatistics(
                unit_id=unit_id,
                attempts=len(unit_scores),
                mean=exam_stats.summarize(unit_scores, exam.pass_score).mean,
                pass_rate=exam_stats.summarize(unit_scores, exam.pass_score).pass_rate,
            )
            for unit_id, unit_scores in sorted(by_unit.items())
        ],
        histogram=exam_stats.histogram(scores, top or Decimal(100)),
    )


# --- the progress of exams while they are open ------------------------------------------------


@dataclass(frozen=True)
class Progress:
    audience: int  # active people the exam is for, as its audience stands now
    started: int  # people with an attempt
    in_progress: int  # people answering now: an attempt open and before its deadline
    submitted: int  # people with a finished attempt: submitted, timed out or graded


PROGRESS = """
SELECT "exam_id",
  COUNT(DISTINCT "person_id") AS "started",
  COUNT(DISTINCT CASE WHEN "status" = $1 AND "deadline" > $2 THEN "person_id" END)
    AS "in_progress",
  COUNT(DISTINCT CASE WHEN "status" <> $1 OR "deadline" <= $2 THEN "person_id" END)
    AS "submitted"
FROM "exam_attempt" WHERE "exam_id" IN ({exams}) GROUP BY "exam_id"
"""


async def progress(exams: list[Exam]) -> dict[int, Progress]:
    """How far the people of each exam have got, in three statements for any number of exams:
    the attempts counted by the database, the active people and the unit tree for the
    audiences. An attempt left open past its deadline counts as submitted (it is graded as it
    stands the next time it is read)."""
    ids = sorted({exam.id for exam in exams})
    if not ids:
        return {}
    rows = await sql.fetch(
        connections.get("default"),
        PROGRESS.format(exams=sql.in_list(3, len(ids))),
        AttemptStatus.IN_PROGRESS.value,
        clock.now(),
        *ids,
    )
    counts = {row["exam_id"]: row for row in rows}
    people = await Person.filter(active=True).only("id", "unit_id", "category", "active")
    matcher = AudienceMatcher(await org.unit_parents())
    out = {}
    for exam in exams:
        audience = Audience.from_json(exam.audience)
        row = counts.get(exam.id, {})
        out[exam.id] = Progress(
            audience=sum(1 for person in people if matcher.includes(audience, person)),
            started=int(row.get("started") or 0),
            in_progress=int(row.get("in_progress") or 0),
            submitted=int(row.get("submitted") or 0),
        )
    return out
