"""Exam statistics, as Moodle's quiz statistics report computes them: pure functions, no database.

Scores and points come in as `Decimal`. Every statistic is computed in exact rational
arithmetic (integers or `Fraction`s, so permuting the people or the order of summation cannot
change a result) and converted to a float once, at the end, rounded to `PLACES` decimal places;
only a square root is taken in floating point. Scores that are themselves reported (minimum,
maximum, histogram edges) stay `Decimal`.

Conventions, following Moodle (mod/quiz/report/statistics, question/classes/statistics):

* the standard deviation of the scores is the *sample* standard deviation (divisor n - 1),
  which is what Moodle reports;
* the discrimination index is the Pearson correlation of an item's score with the rest of the
  test (total minus that item). Moodle reports the same correlation multiplied by 100; here it
  is left as a fraction in [-1, 1];
* reliability is Cronbach's alpha (Moodle's "coefficient of internal consistency", again
  without the factor 100). Item and total variances use the same divisor (the population one),
  which cancels in the ratio, so the value is the same as with Moodle's n - 1 divisors. When
  the questions are drawn per attempt, the items are the places on the paper, as Moodle
  analyses a random question by its slot (`drawn_reliability`).
"""

from __future__ import annotations

import math
from bisect import bisect_right
from collections.abc import Sequence
from dataclasses import dataclass
from decimal import ROUND_HALF_UP, Decimal
from fractions import Fraction
from typing import TypeVar

PLACES = 4
"""Decimal places the float statistics are rounded to (scores carry two)."""
CENT = Decimal("0.01")
"""The scale of scores, and so of the histogram's edges."""


@dataclass(frozen=True)
class Summary:
    """The distribution of the attempt scores of an exam.

    `min` and `max` are scores (`Decimal`); the rest are floats rounded to `PLACES` places.
    With no attempts every statistic is None and `pass_rate` is 0.0.
    """

    attempts: int
    mean: float | None
    median: float | None
    std_dev: float | None
    pass_rate: float
    min: Decimal | None
    max: Decimal | None


@dataclass(frozen=True)
class Bin:
    """The scores in [lower, upper) (in [lower, upper] for the last bin of a histogram)."""

    lower: Decimal
    upper: Decimal
    count: int


@dataclass(frozen=True)
class ItemStats:
    """One item (question) of an exam over the people whose paper carried it.

    facility: mean points / maximum points, 0 (nobody scored) .. 1 (everybody scored full);
        None when nobody had the item or it is worth 0 points.
    discrimination: correlation of the item score with the rest-of-test score, in [-1, 1];
        None with fewer than 2 people or when either score does not vary.
    attempts: how many people had the item on their paper.
    """

    facility: float | None
    discrimination: float | None
    attempts: int


Matrix = Sequence[Sequence[Decimal | None]]
_Number = TypeVar("_Number", int, Fraction)


def summarize(scores: Sequence[Decimal], pass_score: Decimal) -> Summary:
    """Count, mean, median, standard deviation, pass rate, minimum and maximum of `scores`.

    mean = sum(x) / n.
    median = the middle score of the sorted scores, or the mean of the two middle ones when n
        is even.
    std_dev = sqrt(sum((x - mean)^2) / (n - 1)), the sample standard deviation as Moodle
        reports it; None for a single attempt (it needs two).
    pass_rate = (number of scores >= pass_score) / n, in [0, 1].
    """
    bar = _exact(pass_score)
    values = [_exact(score) for score in scores]
    n = len(values)
    if n == 0:
        return Summary(0, None, None, None, 0.0, None, None)
    ordered = sorted(values)
    middle = n // 2
    median = ordered[middle] if n % 2 else (ordered[middle - 1] + ordered[middle]) / 2
    passed = sum(1 for value in values if value >= bar)
    std_dev = None
    if n > 1:
        std_dev = _round(math.sqrt(_squares(values) / (n * (n - 1))))
    return Summary(
        attempts=n,
        mean=_round(sum(values) / n),
        median=_round(median),
        std_dev=std_dev,
        pass_rate=_round(Fraction(passed, n)),
        min=min(scores),
        max=max(scores),
    )


def histogram(scores: Sequence[Decimal], max_score: Decimal, bins: int = 10) -> list[Bin]:
    """Count `scores` in `bins` equal-width bins over [0, max_score].

    Bin i covers [max_score * i / bins, max_score * (i + 1) / bins), each edge rounded to the
    cent as scores are (so the edges shown are the ones counted by); the last bin is closed on
    the right, so a full score counts in it. Scores below 0 count in the first bin and scores
    above `max_score` in the last (they are clamped), so the counts add up to len(scores).
    """
    _check_finite(max_score)
    if max_score <= 0:
        raise ValueError("max_score must be positive")
    if bins < 1:
        raise ValueError("bins must be at least 1")
    edges = [(max_score * i / bins).quantize(CENT, ROUND_HALF_UP) for i in range(bins)]
    edges.append(max_score.quantize(CENT, ROUND_HALF_UP))
    counts = [0] * bins
    for score in scores:
        _check_finite(score)
        index = bisect_right(edges, min(max(score, Decimal(0)), max_score)) - 1
        counts[min(index, bins - 1)] += 1
    return [Bin(edges[i], edges[i + 1], counts[i]) for i in range(bins)]


def item_analysis(matrix: Matrix, max_points: Sequence[Decimal]) -> list[ItemStats]:
    """Facility and discrimination of every item (column) of `matrix`.

    `matrix[i][j]` is the points person i got on item j, or None when item j was not on
    person i's paper (papers drawn at random from a pool); such a cell is left out of item j's
    statistics, and a person's rest score counts only the items they had. For item j, over the
    people who had it (x = points on j, y = the person's total minus x):

    facility = mean(x) / max_points[j].
    discrimination = cov(x, y) / sqrt(var(x) * var(y)), the Pearson correlation of the item
        with the rest of the test (Moodle's discrimination index divided by 100).
    """
    rows, points = _rows(matrix, max_points)
    if any(p < 0 for p in points):
        raise ValueError("max_points must not be negative")
    totals = [sum(value for value in row if value is not None) for row in rows]
    result = []
    for j, most in enumerate(points):
        pairs = [
            (x, total - x)
            for row, total in zip(rows, totals, strict=True)
            if (x := row[j]) is not None
        ]
        n = len(pairs)
        facility = None
        if n and most:
            facility = _round(Fraction(sum(x for x, _ in pairs), n * most))
        result.append(ItemStats(facility, _correlation(pairs), n))
    return result


def reliability(matrix: Matrix, max_points: Sequence[Decimal]) -> float | None:
    """Cronbach's alpha of the test, over the people who had every item (complete rows).

    alpha = k / (k - 1) * (1 - sum_j var(item j) / var(total)), with k = len(max_points) items
    and population variances throughout (the divisor cancels). For 0/1 items var(item j) is
    p_j * (1 - p_j) and alpha is KR-20. Alpha is at most 1 and can be negative.
    None when k < 2, with fewer than 2 complete rows, or when the totals do not vary.
    `max_points` gives the number of items (and the row length every row must have).
    """
    rows, _ = _rows(matrix, max_points)
    k = len(max_points)
    complete = [row for row in rows if all(value is not None for value in row)]
    if k < 2 or len(complete) < 2:
        return None
    total_squares = _squares([sum(row) for row in complete])
    if total_squares == 0:
        return None
    item_squares = sum(_squares([row[j] for row in complete]) for j in range(k))
    return _round(Fraction(k, k - 1) * (1 - Fraction(item_squares, total_squares)))


def drawn_reliability(papers: Sequence[Sequence[tuple[Decimal, Decimal]]]) -> float | None:
    """Cronbach's alpha of a paper drawn per attempt, over its places: place j of every attempt
    is one item, whichever question was drawn there (Moodle's statistics by slot for random
    questions). `papers` holds each attempt's (points awarded, points possible) in paper order;
    attempts whose paper is shorter than the longest leave the missing places out (incomplete
    rows, as in `reliability`).
    """
    places = max((len(paper) for paper in papers), default=0)
    matrix = [[paper[j][0] if j < len(paper) else None for j in range(places)] for paper in papers]
    max_points = [
        max((paper[j][1] for paper in papers if j < len(paper)), default=Decimal(0))
        for j in range(places)
    ]
    return reliability(matrix, max_points)


def paper_reliability(
    matrix: Matrix,
    max_points: Sequence[Decimal],
    papers: Sequence[Sequence[tuple[Decimal, Decimal]]],
) -> float | None:
    """The reliability an exam reports: alpha over its questions (`matrix`) when every attempt
    had every question, else, the questions being drawn per attempt, over the places on the
    paper (`papers`, as in `drawn_reliability`)."""
    if all(value is not None for row in matrix for value in row):
        return reliability(matrix, max_points)
    return drawn_reliability(papers)


def kr20(matrix: Matrix) -> float | None:
    """Kuder-Richardson formula 20 of a 0/1 (wrong/right) matrix, None cells as in `reliability`.

    KR-20 = k / (k - 1) * (1 - sum_j p_j * q_j / var(total)), with p_j the share right on item j
    and q_j = 1 - p_j. Since p_j * q_j is the population variance of a 0/1 item, this is
    Cronbach's alpha, so this calls `reliability` with every item worth 1 point.
    Raises ValueError for a cell other than 0, 1 or None.
    """
    if any(value is not None and value not in (0, 1) for row in matrix for value in row):
        raise ValueError("KR-20 needs 0/1 items")
    k = len(matrix[0]) if matrix else 0
    return reliability(matrix, [Decimal(1)] * k)


# --- exact arithmetic ------------------------------------------------------------------------


def _check_finite(value: Decimal) -> None:
    if isinstance(value, Decimal) and not value.is_finite():
        raise ValueError(f"not a finite number: {value}")


def _exact(value: Decimal) -> Fraction:
    _check_finite(value)
    return Fraction(value)


def _rows(
    matrix: Matrix, max_points: Sequence[Decimal]
) -> tuple[list[list[int | None]], list[int]]:
    """The cells and the maximum points as integers, all multiplied by one common factor.

    The factor is the least common multiple of the denominators (a power of ten for decimals
    with at most that many places), so integer arithmetic is exact and every statistic
    computed from the scaled values is a ratio in which the factor cancels.
    """
    k = len(max_points)
    if any(len(row) != k for row in matrix):
        raise ValueError(f"every row needs {k} cells, one per item")
    cells = [[None if value is None else _exact(value) for value in row] for row in matrix]
    points = [_exact(value) for value in max_points]
    denominators = {value.denominator for row in cells for value in row if value is not None}
    factor = math.lcm(*denominators, *(value.denominator for value in points))

    def scaled(value: Fraction) -> int:
        return value.numerator * (factor // value.denominator)

    return (
        [[None if value is None else scaled(value) for value in row] for row in cells],
        [scaled(value) for value in points],
    )


def _squares(values: Sequence[_Number]) -> _Number:
    """n times the sum of squared deviations from the mean: n * sum(x^2) - (sum x)^2 (>= 0)."""
    return len(values) * sum(x * x for x in values) - sum(values) ** 2


def _correlation(pairs: Sequence[tuple[int, int]]) -> float | None:
    """Pearson's r = S_xy / sqrt(S_xx * S_yy); None with < 2 pairs or a constant variable.

    r^2 is computed exactly, so |r| <= 1 holds after the square root and the rounding.
    """
    n = len(pairs)
    if n < 2:
        return None
    xs = [x for x, _ in pairs]
    ys = [y for _, y in pairs]
    sxx, syy = _squares(xs), _squares(ys)
    if sxx == 0 or syy == 0:
        return None
    sxy = n * sum(x * y for x, y in pairs) - sum(xs) * sum(ys)
    return _round(math.copysign(math.sqrt(Fraction(sxy * sxy, sxx * syy)), sxy))


def _round(value: Fraction | float) -> float:
    """Round half to even to PLACES places (exactly, for a Fraction) and return a float."""
    return float(round(value, PLACES))
