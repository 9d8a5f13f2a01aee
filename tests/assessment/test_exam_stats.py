"""Exam statistics: pure functions, checked on hand-computed examples and by properties."""

from __future__ import annotations

import math
import statistics
from decimal import Decimal
from itertools import pairwise

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from assessment.exam_stats import (
    Bin,
    ItemStats,
    Summary,
    drawn_reliability,
    histogram,
    item_analysis,
    kr20,
    paper_reliability,
    reliability,
    summarize,
)


def d(*values: str | int | None) -> list[Decimal | None]:
    return [None if v is None else Decimal(v) for v in values]


# A Guttman pattern: 4 people, 3 items worth 1 point each.
#   person  items  total
#   A       1 1 1  3
#   B       1 1 0  2
#   C       1 0 0  1
#   D       0 0 0  0
# p = 3/4, 2/4, 1/4; p*q = 3/16, 4/16, 3/16, sum 10/16 = 0.625.
# Totals 3, 2, 1, 0: mean 1.5, population variance (2.25 + 0.25 + 0.25 + 2.25) / 4 = 1.25.
# KR-20 = 3/2 * (1 - 0.625 / 1.25) = 1.5 * 0.5 = 0.75.
GUTTMAN = [d(1, 1, 1), d(1, 1, 0), d(1, 0, 0), d(0, 0, 0)]
ONES = d(1, 1, 1)


# --- summarize ----------------------------------------------------------------------------------


def test_summary_of_a_textbook_sample():
    # Mean 5; squared deviations 9+1+1+1+0+0+4+16 = 32; sample SD sqrt(32/7) = 2.13809.
    scores = d(2, 4, 4, 4, 5, 5, 7, 9)
    assert summarize(scores, Decimal(5)) == Summary(
        attempts=8,
        mean=5.0,
        median=4.5,
        std_dev=2.1381,
        pass_rate=0.5,
        min=Decimal(2),
        max=Decimal(9),
    )
    assert (
        round(statistics.stdev([2, 4, 4, 4, 5, 5, 7, 9]), 4)
        == round(math.sqrt(32 / 7), 4)
        == 2.1381
    )


def test_summary_of_decimal_scores_and_pass_at_exactly_the_bar():
    # (59.99 + 60.00 + 85.50) / 3 = 205.49 / 3 = 68.49666...; 2 of 3 reach 60.
    summary = summarize(d("85.50", "59.99", "60.00"), Decimal("60.00"))
    assert summary.mean == 68.4967
    assert summary.median == 60.0
    assert summary.pass_rate == 0.6667
    assert (summary.min, summary.max) == (Decimal("59.99"), Decimal("85.50"))


def test_summary_of_nothing():
    assert summarize([], Decimal(60)) == Summary(0, None, None, None, 0.0, None, None)


def test_summary_of_one_attempt_has_no_standard_deviation():
    summary = summarize(d("72.5"), Decimal(60))
    assert summary == Summary(1, 72.5, 72.5, None, 1.0, Decimal("72.5"), Decimal("72.5"))
    assert summarize(d("12"), Decimal(60)).pass_rate == 0.0


def test_summary_of_constant_scores():
    summary = summarize(d("80.00", "80.00", "80.00"), Decimal(90))
    assert (summary.mean, summary.median, summary.std_dev, summary.pass_rate) == (
        80.0,
        80.0,
        0.0,
        0.0,
    )


def test_summary_rejects_non_finite_scores():
    with pytest.raises(ValueError):
        summarize([Decimal("NaN")], Decimal(60))


# --- histogram ----------------------------------------------------------------------------------


def test_histogram_bins_are_half_open_and_the_last_is_closed():
    scores = d("0", "9.99", "10", "55", "99.99", "100")
    bins = histogram(scores, Decimal(100))
    assert [(b.lower, b.upper) for b in bins] == [
        (Decimal(10 * i), Decimal(10 * i + 10)) for i in range(10)
    ]
    assert [b.count for b in bins] == [2, 1, 0, 0, 0, 1, 0, 0, 0, 2]


def test_histogram_clamps_scores_outside_the_range():
    bins = histogram(d("-3", "120", "30"), Decimal(90), bins=3)
    assert bins == [
        Bin(Decimal(0), Decimal(30), 1),
        Bin(Decimal(30), Decimal(60), 1),
        Bin(Decimal(60), Decimal(90), 1),
    ]


def test_histogram_of_nothing_and_bad_arguments():
    assert [b.count for b in histogram([], Decimal(10), bins=2)] == [0, 0]
    assert histogram(d("5"), Decimal(10), bins=1) == [Bin(Decimal(0), Decimal(10), 1)]
    with pytest.raises(ValueError):
        histogram([], Decimal(0))
    with pytest.raises(ValueError):
        histogram([], Decimal(10), bins=0)


# --- item analysis ------------------------------------------------------------------------------


def test_item_analysis_of_the_guttman_matrix():
    # Item 1: x = 1,1,1,0, rest = 2,1,0,0. Deviations x: .25,.25,.25,-.75; rest: 1.25,.25,-.75,-.75.
    #   Sxy = .3125+.0625-.1875+.5625 = .75, Sxx = .75, Syy = 2.75: r = .75/sqrt(.75*2.75) = sqrt(3/11) = .5222.
    # Item 2: x = 1,1,0,0, rest = 2,1,1,0: Sxy = 1, Sxx = 1, Syy = 2: r = 1/sqrt(2) = .7071.
    # Item 3 mirrors item 1: x = 1,0,0,0, rest = 2,2,1,0: r = sqrt(3/11) = .5222.
    assert item_analysis(GUTTMAN, ONES) == [
        ItemStats(facility=0.75, discrimination=0.5222, attempts=4),
        ItemStats(facility=0.5, discrimination=0.7071, attempts=4),
        ItemStats(facility=0.25, discrimination=0.5222, attempts=4),
    ]


def test_item_analysis_leaves_out_items_not_on_a_paper():
    # Item 1 (max 1), everybody: x = 1,0,1, rest = 0,2,1. Deviations x: 1/3,-2/3,1/3; rest: -1,1,0.
    #   Sxy = -1, Sxx = 2/3, Syy = 2: r = -1/sqrt(4/3) = -.8660; facility 2/3.
    # Item 2 (max 2), the last two only: x = 2,1, rest = 0,1: r = -1; facility 1.5/2 = .75.
    matrix = [d(1, None), d(0, 2), d(1, 1)]
    assert item_analysis(matrix, d(1, 2)) == [
        ItemStats(facility=0.6667, discrimination=-0.866, attempts=3),
        ItemStats(facility=0.75, discrimination=-1.0, attempts=2),
    ]


def test_item_analysis_edge_cases():
    assert item_analysis([], d(1, 2)) == [ItemStats(None, None, 0), ItemStats(None, None, 0)]
    # One person: a facility, but no correlation.
    assert item_analysis([d(1, 0)], d(1, 1)) == [ItemStats(1.0, None, 1), ItemStats(0.0, None, 1)]
    # Everybody right on item 1 (no variance), the rest of the test constant for item 2.
    assert item_analysis([d(1, 1), d(1, 0)], d(1, 1)) == [
        ItemStats(1.0, None, 2),
        ItemStats(0.5, None, 2),
    ]
    # An item worth nothing has no facility.
    assert item_analysis([d(0, 1), d(0, 0)], d(0, 1))[0].facility is None
    # Nobody had item 2.
    assert item_analysis([d(1, None), d(0, None)], d(1, 1))[1] == ItemStats(None, None, 0)
    with pytest.raises(ValueError):
        item_analysis([d(1, 1), d(1)], d(1, 1))
    with pytest.raises(ValueError):
        item_analysis([d(1)], d(-1))


# --- reliability --------------------------------------------------------------------------------


def test_kr20_of_the_guttman_matrix():
    assert reliability(GUTTMAN, ONES) == 0.75
    assert kr20(GUTTMAN) == 0.75


def test_alpha_of_partial_credit_items_uses_complete_rows_only():
    # Complete rows [2,1], [1,1], [0,0]. Item variances 2/3 and 2/9; totals 3, 2, 0 with mean 5/3
    # and variance (16/9 + 1/9 + 25/9) / 3 = 14/9. alpha = 2 * (1 - (8/9) / (14/9)) = 6/7 = .8571.
    complete = [d(2, 1), d(1, 1), d(0, 0)]
    assert reliability(complete, d(2, 1)) == 0.8571
    assert reliability([*complete, d(None, 1), d(2, None)], d(2, 1)) == 0.8571


def test_alpha_can_be_negative():
    # Items 1,0,1 and 0,1,1: variances 2/9 each; totals 1,1,2: variance 2/9.
    # alpha = 2 * (1 - (4/9) / (2/9)) = -2.
    assert kr20([d(1, 0), d(0, 1), d(1, 1)]) == -2.0


def test_alpha_of_a_drawn_paper_is_taken_over_its_places():
    # Three attempts drew different questions; place by place they score as the complete rows
    # of the partial-credit example above, so alpha is the same 6/7.
    papers = [
        [(Decimal(2), Decimal(2)), (Decimal(1), Decimal(1))],
        [(Decimal(1), Decimal(2)), (Decimal(1), Decimal(1))],
        [(Decimal(0), Decimal(2)), (Decimal(0), Decimal(1))],
    ]
    assert drawn_reliability(papers) == 0.8571
    assert drawn_reliability([*papers, [(Decimal(2), Decimal(2))]]) == 0.8571  # a short paper
    assert drawn_reliability([]) is None
    # An exam reports it when its attempts had different questions; over questions otherwise.
    drawn = [d(2, None, 1), d(None, 1, 1), d(0, 0, None)]
    assert paper_reliability(drawn, d(2, 1, 1), papers) == 0.8571
    assert paper_reliability(GUTTMAN, ONES, []) == 0.75


def test_reliability_edge_cases():
    assert reliability([], d(1, 1)) is None
    assert reliability([d(1), d(0)], d(1)) is None  # one item
    assert reliability([d(1, 0), d(0, None)], d(1, 1)) is None  # one complete row
    assert reliability([d(1, 0), d(0, 1)], d(1, 1)) is None  # constant totals
    assert kr20([]) is None
    with pytest.raises(ValueError):
        kr20([d(1, 2)])
    with pytest.raises(ValueError):
        reliability([d(1, 1, 1)], d(1, 1))


# --- properties ---------------------------------------------------------------------------------

FAST = settings(max_examples=100, deadline=None)


def decimals(low: Decimal | int, high: Decimal | int) -> st.SearchStrategy[Decimal]:
    return st.decimals(
        min_value=low, max_value=high, places=2, allow_nan=False, allow_infinity=False
    )


scores_lists = st.lists(decimals(0, 100), max_size=30)


@st.composite
def exams(draw: st.DrawFn, complete: bool = False, dichotomous: bool = False):
    """(matrix, max_points): up to 12 people and 5 items, points within [0, max]."""
    k = draw(st.integers(1, 5))
    n = draw(st.integers(0, 12))
    if dichotomous:
        max_points = [Decimal(1)] * k
        cells = [st.sampled_from([Decimal(0), Decimal(1)])] * k
    else:
        max_points = [draw(decimals(Decimal("0.5"), 10)) for _ in range(k)]
        cells = [decimals(0, most) for most in max_points]
    if not complete:
        cells = [st.none() | cell for cell in cells]
    matrix = [[draw(cell) for cell in cells] for _ in range(n)]
    return matrix, max_points


@FAST
@given(scores_lists, decimals(0, 100))
def test_summary_properties(scores, pass_score):
    summary = summarize(scores, pass_score)
    assert summary.attempts == len(scores)
    assert 0.0 <= summary.pass_rate <= 1.0
    if not scores:
        return
    low, high = float(summary.min), float(summary.max)
    assert low <= summary.mean <= high
    assert low <= summary.median <= high
    floats = [float(s) for s in scores]
    assert summary.mean == pytest.approx(statistics.mean(floats), abs=1e-4)
    assert summary.median == pytest.approx(statistics.median(floats), abs=1e-4)
    if len(scores) > 1:
        assert summary.std_dev == pytest.approx(statistics.stdev(floats), abs=1e-4)
        assert summary.std_dev >= 0


@FAST
@given(
    st.lists(decimals(-10, 110), max_size=30), decimals(Decimal("0.01"), 100), st.integers(1, 20)
)
def test_histogram_counts_every_score_once(scores, max_score, bins):
    result = histogram(scores, max_score, bins)
    assert len(result) == bins
    assert sum(b.count for b in result) == len(scores)
    assert result[0].lower == 0 and result[-1].upper == max_score
    assert all(a.upper == b.lower for a, b in pairwise(result))
    clamped = [min(max(s, Decimal(0)), max_score) for s in scores]
    for b in result:
        closed = b is result[-1]
        assert b.count == sum(
            1 for s in clamped if b.lower <= s < b.upper or (closed and s == b.upper)
        )


@FAST
@given(exams())
def test_item_statistics_are_in_range(exam):
    matrix, max_points = exam
    stats = item_analysis(matrix, max_points)
    assert len(stats) == len(max_points)
    for j, item in enumerate(stats):
        assert item.attempts == sum(1 for row in matrix if row[j] is not None)
        if item.attempts:
            assert item.facility is not None and 0.0 <= item.facility <= 1.0
        if item.discrimination is not None:
            assert -1.0 <= item.discrimination <= 1.0


@FAST
@given(exams(complete=True))
def test_discrimination_is_the_item_rest_correlation(exam):
    matrix, max_points = exam
    for j, item in enumerate(item_analysis(matrix, max_points)):
        xs = [float(row[j]) for row in matrix]
        rest = [float(sum(row) - row[j]) for row in matrix]
        if item.discrimination is None:
            assert len(xs) < 2 or len(set(xs)) == 1 or len(set(rest)) == 1
        else:
            assert item.discrimination == pytest.approx(statistics.correlation(xs, rest), abs=1e-3)


@FAST
@given(exams())
def test_alpha_is_at_most_one(exam):
    alpha = reliability(*exam)
    assert alpha is None or alpha <= 1.0


@FAST
@given(exams(complete=True))
def test_alpha_matches_the_formula(exam):
    matrix, max_points = exam
    alpha = reliability(matrix, max_points)
    k = len(max_points)
    totals = [float(sum(row)) for row in matrix]
    if k < 2 or len(matrix) < 2 or len(set(totals)) == 1:
        assert alpha is None
        return
    items = sum(statistics.pvariance([float(row[j]) for row in matrix]) for j in range(k))
    expected = k / (k - 1) * (1 - items / statistics.pvariance(totals))
    assert alpha == pytest.approx(expected, abs=1e-3)


@FAST
@given(exams(dichotomous=True))
def test_kr20_is_alpha_for_right_wrong_items(exam):
    matrix, max_points = exam
    assert kr20(matrix) == reliability(matrix, max_points)


@FAST
@given(st.data(), exams(), decimals(0, 100))
def test_the_order_of_people_does_not_matter(data, exam, pass_score):
    matrix, max_points = exam
    shuffled = data.draw(st.permutations(matrix))
    assert item_analysis(shuffled, max_points) == item_analysis(matrix, max_points)
    assert reliability(shuffled, max_points) == reliability(matrix, max_points)
    scores = [sum((v for v in row if v is not None), Decimal(0)) for row in matrix]
    reordered = data.draw(st.permutations(scores))
    assert summarize(reordered, pass_score) == summarize(scores, pass_score)
    top = sum(max_points)
    assert histogram(reordered, top) == histogram(scores, top)
