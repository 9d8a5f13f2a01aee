"""Scoring math for drills: pure functions over Decimal, no database.

Rules
- Every evaluator rates a unit's tasks in points (0 to the task's max_points, at most two
  decimals). A task an evaluator did not rate counts 0 for that evaluator: an evaluator who
  submits an evaluation answers for the whole rubric, and leaving a task out must not raise the
  unit's score.
- A section's score is the mean over the evaluators of each evaluator's section sum; the unit's
  total is the mean over the evaluators of each evaluator's rubric total (which is exactly the sum
  of the unrounded section means).
- Arithmetic is exact (fractions); each published figure is rounded once, to 0.01, ROUND_HALF_UP.
  The total is rounded from the exact total, not summed from rounded sections, so the section
  scores may differ from the total by rounding: |sum(section scores) - total| < 0.005 x
  (number of sections + 1), hence at most 0.01 per section.
- A drill's score is the mean of its units' totals plus, for a joint drill, the coordination
  section scored for the drill as a whole; its maximum is a unit's maximum plus the coordination
  maximum.
"""

from __future__ import annotations

import math
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from decimal import Decimal
from fractions import Fraction

from drills.catalogue import RubricSection, RubricTask

POINTS_OUT_OF_RANGE = "POINTS_OUT_OF_RANGE"
POINTS_TOO_PRECISE = "POINTS_TOO_PRECISE"

CENT = Decimal("0.01")


@dataclass(frozen=True)
class SectionScore:
    key: str
    title: str
    score: Decimal | None
    max_score: Decimal


@dataclass(frozen=True)
class UnitScore:
    total: Decimal | None
    max_total: Decimal
    sections: tuple[SectionScore, ...]
    evaluators: int


def round_points(value: Decimal | Fraction | int) -> Decimal:
    """Round exactly to 0.01, halves away from zero (ROUND_HALF_UP), with no intermediate
    rounding: 13.625 -> 13.63, 2/3 -> 0.67."""
    exact = Fraction(value)
    cents = math.floor(abs(exact) * 100 + Fraction(1, 2))
    rounded = Decimal(f"{cents}E-2")
    return -rounded if exact < 0 and cents else rounded


def check_rating(task: RubricTask, points: Decimal) -> str | None:
    """None when `points` is a valid rating of `task`, else a stable error code:
    POINTS_OUT_OF_RANGE (below 0, above the task's max_points, or not a finite number) or
    POINTS_TOO_PRECISE (more than two decimals; trailing zeros such as 1.500 are fine)."""
    points = Decimal(points)
    if not points.is_finite() or points < 0 or points > task.max_points:
        return POINTS_OUT_OF_RANGE
    if points.quantize(CENT) != points:
        return POINTS_TOO_PRECISE
    return None


def _tasks_by_key(sections: Sequence[RubricSection]) -> dict[str, RubricTask]:
    return {task.key: task for section in sections for task in section.tasks}


def _checked(
    sections: Sequence[RubricSection],
    ratings_by_evaluator: Mapping[str, Mapping[str, Decimal]],
) -> None:
    """Ratings reach this module already validated; anything else is a programming error."""
    tasks = _tasks_by_key(sections)
    for evaluator, ratings in ratings_by_evaluator.items():
        for key, points in ratings.items():
            task = tasks.get(key)
            if task is None:
                raise ValueError(f"evaluator {evaluator!r} rated unknown task {key!r}")
            code = check_rating(task, points)
            if code is not None:
                raise ValueError(f"evaluator {evaluator!r} rated {key!r} {points}: {code}")


def unit_score(
    sections: Sequence[RubricSection],
    ratings_by_evaluator: Mapping[str, Mapping[str, Decimal]],
) -> UnitScore:
    """One participating unit's score from every evaluator's ratings (task key -> points).

    With no evaluators the total and the section scores are None. Raises ValueError for a
    rating of a task not in the rubric or one that check_rating rejects.
    """
    _checked(sections, ratings_by_evaluator)
    count = len(ratings_by_evaluator)
    max_total = round_points(sum((section.max_points for section in sections), Decimal(0)))
    if count == 0:
        empty = tuple(
            SectionScore(s.key, s.title, None, round_points(s.max_points)) for s in sections
        )
        return UnitScore(total=None, max_total=max_total, sections=empty, evaluators=0)
    means: list[Fraction] = []
    for section in sections:
        points = sum(
            (
                Fraction(ratings.get(task.key, 0))
                for ratings in ratings_by_evaluator.values()
                for task in section.tasks
            ),
            Fraction(0),
        )
        means.append(points / count)
    scores = tuple(
        SectionScore(s.key, s.title, round_points(mean), round_points(s.max_points))
        for s, mean in zip(sections, means, strict=True)
    )
    return UnitScore(
        total=round_points(sum(means, Fraction(0))),
        max_total=max_total,
        sections=scores,
        evaluators=count,
    )


def task_scores(
    sections: Sequence[RubricSection],
    ratings_by_evaluator: Mapping[str, Mapping[str, Decimal]],
) -> dict[str, Decimal]:
    """Each task's mean rating over the evaluators (unrated counts 0), rounded like every
    score; empty with no evaluators. Feeds strengths_and_improvements."""
    _checked(sections, ratings_by_evaluator)
    count = len(ratings_by_evaluator)
    if count == 0:
        return {}
    return {
        task.key: round_points(
            sum((Fraction(r.get(task.key, 0)) for r in ratings_by_evaluator.values()), Fraction(0))
            / count
        )
        for section in sections
        for task in section.tasks
    }


def drill_score(
    unit_totals: Sequence[Decimal | None],
    coordination: Decimal | None = None,
    coordination_max: Decimal | None = None,
) -> Decimal | None:
    """Mean of the units' totals (units without a score are ignored) plus the coordination
    score of a joint drill; None when no unit has a score. `coordination_max`, when given,
    bounds `coordination` (ValueError outside 0..coordination_max)."""
    if coordination is not None and (
        not Decimal(coordination).is_finite()
        or coordination < 0
        or (coordination_max is not None and coordination > coordination_max)
    ):
        raise ValueError(f"coordination score {coordination} is outside 0..{coordination_max}")
    scored = [Fraction(total) for total in unit_totals if total is not None]
    if not scored:
        return None
    mean = sum(scored, Fraction(0)) / len(scored)
    return round_points(mean + Fraction(coordination or 0))


def drill_max_score(unit_max: Decimal, coordination_max: Decimal | None = None) -> Decimal:
    """The maximum a drill can score: a unit's maximum plus the coordination maximum."""
    return round_points(Fraction(unit_max) + Fraction(coordination_max or 0))


def strengths_and_improvements(
    sections: Sequence[RubricSection],
    scores_by_task: Mapping[str, Decimal],
    count: int = 3,
) -> tuple[list[RubricTask], list[RubricTask]]:
    """The tasks with the highest and the lowest share of their max points, for the
    after-action report; ties go to the task that comes first in the rubric.

    Only tasks present in `scores_by_task` take part. The two lists never overlap: each holds
    at most `count` tasks and at most half of the scored tasks (at least one when any task is
    scored), a strength must have earned points and an improvement must have lost some, so a
    rubric scored in full has no improvements and one scored zero has no strengths.
    """
    if count < 0:
        raise ValueError("count must not be negative")
    tasks = _tasks_by_key(sections)
    for key in scores_by_task:
        if key not in tasks:
            raise ValueError(f"score given for unknown task {key!r}")
    scored = [
        (index, task, Fraction(scores_by_task[task.key]) / Fraction(task.max_points))
        for index, task in enumerate(tasks.values())
        if task.key in scores_by_task
    ]
    limit = min(count, max(1, len(scored) // 2)) if scored else 0
    best = sorted((item for item in scored if item[2] > 0), key=lambda i: (-i[2], i[0]))
    strengths = [task for _, task, _ in best[:limit]]
    chosen = {task.key for task in strengths}
    worst = sorted(
        (item for item in scored if item[2] < 1 and item[1].key not in chosen),
        key=lambda i: (i[2], i[0]),
    )
    improvements = [task for _, task, _ in worst[:limit]]
    return strengths, improvements
