"""Drill scoring math: hand-computed examples and properties."""

from __future__ import annotations

from decimal import ROUND_HALF_UP, Decimal, localcontext
from fractions import Fraction

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from drills.catalogue import RubricSection, RubricTask, load_catalogue
from drills.scoring import (
    POINTS_OUT_OF_RANGE,
    POINTS_TOO_PRECISE,
    SectionScore,
    UnitScore,
    check_rating,
    drill_max_score,
    drill_score,
    round_points,
    strengths_and_improvements,
    task_scores,
    unit_score,
)

D = Decimal


def _task(key: str, max_points: int) -> RubricTask:
    return RubricTask(key, key.upper(), D(max_points), f"{key} 的评分标准")


# Section A: a1 (10) + a2 (5); section B: b1 (20).
RUBRIC = (
    RubricSection("a", "预警与信息报告", (_task("a.1", 10), _task("a.2", 5))),
    RubricSection("b", "现场处置", (_task("b.1", 20),)),
)


# ---------------------------------------------------------------- hand-computed examples


def test_two_evaluators_two_sections():
    ratings = {
        "x": {"a.1": D("8"), "a.2": D("4"), "b.1": D("15")},  # A 12, B 15, total 27
        "y": {"a.1": D("7.5"), "a.2": D("3"), "b.1": D("12.25")},  # A 10.5, B 12.25, total 22.75
    }
    assert unit_score(RUBRIC, ratings) == UnitScore(
        total=D("24.88"),  # 49.75 / 2 = 24.875, half up
        max_total=D("35.00"),
        sections=(
            SectionScore("a", "预警与信息报告", D("11.25"), D("15.00")),
            SectionScore("b", "现场处置", D("13.63"), D("20.00")),  # 13.625, half up
        ),
        evaluators=2,
    )


def test_a_task_left_unrated_counts_zero_for_that_evaluator():
    ratings = {
        "x": {"a.1": D("8"), "a.2": D("4"), "b.1": D("15")},
        "y": {"a.1": D("6"), "b.1": D("11")},  # a.2 unrated: A 6, total 17
    }
    score = unit_score(RUBRIC, ratings)
    assert score.total == D("22.00")  # (27 + 17) / 2
    assert [s.score for s in score.sections] == [D("9.00"), D("13.00")]
    assert task_scores(RUBRIC, ratings) == {"a.1": D("7.00"), "a.2": D("2.00"), "b.1": D("13.00")}


def test_an_evaluator_with_no_ratings_still_counts():
    score = unit_score(RUBRIC, {"x": {"a.1": D("10"), "a.2": D("5"), "b.1": D("20")}, "y": {}})
    assert score.total == D("17.50") and score.evaluators == 2


def test_no_evaluators_means_no_score():
    score = unit_score(RUBRIC, {})
    assert score.total is None and score.evaluators == 0
    assert score.max_total == D("35.00")
    assert [(s.key, s.score, s.max_score) for s in score.sections] == [
        ("a", None, D("15.00")),
        ("b", None, D("20.00")),
    ]
    assert task_scores(RUBRIC, {}) == {}


def test_sections_are_rounded_separately_from_the_total():
    rubric = tuple(RubricSection(k, k, (_task(f"{k}.t", 5),)) for k in ("p", "q", "r"))
    ratings = {
        "x": {"p.t": D(1), "q.t": D(1), "r.t": D(1)},
        "y": {},
        "z": {},
    }
    score = unit_score(rubric, ratings)
    # Each section is 1/3 -> 0.33; the total is 3/3 = 1.00, not 0.99.
    assert [s.score for s in score.sections] == [D("0.33")] * 3
    assert score.total == D("1.00")


def test_rounding_is_half_up_not_half_even():
    assert round_points(Fraction(1, 8)) == D("0.13")  # 0.125
    assert round_points(D("2.345")) == D("2.35")
    assert round_points(D("2.344999")) == D("2.34")
    assert round_points(Fraction(2, 3)) == D("0.67")
    assert round_points(D("-0.125")) == D("-0.13")
    assert round_points(Fraction(-1, 1000)) == D("0.00")
    assert round_points(7) == D("7.00")
    assert str(round_points(0)) == "0.00"


def test_unknown_or_invalid_ratings_are_refused():
    with pytest.raises(ValueError, match=r"unknown task 'c\.1'"):
        unit_score(RUBRIC, {"x": {"c.1": D(1)}})
    with pytest.raises(ValueError, match=POINTS_OUT_OF_RANGE):
        unit_score(RUBRIC, {"x": {"a.2": D("5.01")}})
    with pytest.raises(ValueError, match=POINTS_TOO_PRECISE):
        unit_score(RUBRIC, {"x": {"a.2": D("1.001")}})


def test_a_shipped_scenario_scores_in_full():
    scenario = load_catalogue()["flood_rescue"]
    full = {task.key: task.max_points for s in scenario.sections for task in s.tasks}
    score = unit_score(scenario.sections, {"x": full, "y": full})
    assert score.total == score.max_total == D("100.00")
    assert [s.score for s in score.sections] == [s.max_score for s in score.sections]


# ---------------------------------------------------------------- check_rating

TASK = _task("t", 10)


@pytest.mark.parametrize(
    ("points", "code"),
    [
        (D("0"), None),
        (D("10"), None),
        (D("7.25"), None),
        (D("7.50"), None),
        (D("7.500"), None),  # the value has two decimals; trailing zeros do not matter
        (D("-0.01"), POINTS_OUT_OF_RANGE),
        (D("10.01"), POINTS_OUT_OF_RANGE),
        (D("11"), POINTS_OUT_OF_RANGE),
        (D("-1.234"), POINTS_OUT_OF_RANGE),  # range is checked first
        (D("NaN"), POINTS_OUT_OF_RANGE),
        (D("Infinity"), POINTS_OUT_OF_RANGE),
        (D("7.255"), POINTS_TOO_PRECISE),
        (D("0.001"), POINTS_TOO_PRECISE),
    ],
)
def test_check_rating(points: Decimal, code: str | None):
    assert check_rating(TASK, points) == code


# ---------------------------------------------------------------- drill score


def test_drill_score_is_the_mean_of_unit_totals():
    assert drill_score([D("80.00"), D("90.50"), None]) == D("85.25")
    assert drill_score([D("80.00"), D("85.01")]) == D("82.51")  # 82.505, half up
    assert drill_score([D("70")]) == D("70.00")


def test_drill_score_adds_the_coordination_section():
    assert drill_score([D("80"), D("90")], D("8.5"), D("10")) == D("93.50")
    assert drill_score([D("80"), D("90")], D("0")) == D("85.00")
    assert drill_max_score(D("100"), D("10")) == D("110.00")
    assert drill_max_score(D("100")) == D("100.00")


def test_drill_score_without_any_unit_score_is_none():
    assert drill_score([]) is None
    assert drill_score([None, None]) is None
    assert drill_score([None], D("5"), D("10")) is None


def test_coordination_outside_its_range_is_refused():
    with pytest.raises(ValueError):
        drill_score([D("80")], D("10.5"), D("10"))
    with pytest.raises(ValueError):
        drill_score([D("80")], D("-1"))
    with pytest.raises(ValueError):
        drill_score([D("80")], D("NaN"))


# ---------------------------------------------------------------- strengths and improvements


def test_strengths_and_improvements_by_share_of_max_points():
    rubric = (
        RubricSection("a", "甲", (_task("a.1", 10), _task("a.2", 5), _task("a.3", 20))),
        RubricSection("b", "乙", (_task("b.1", 10), _task("b.2", 4), _task("b.3", 8))),
    )
    scores = {
        "a.1": D("9"),  # 0.90
        "a.2": D("5"),  # 1.00
        "a.3": D("10"),  # 0.50
        "b.1": D("5"),  # 0.50 (tie with a.3: a.3 comes first)
        "b.2": D("1"),  # 0.25
        "b.3": D("6"),  # 0.75
    }
    strengths, improvements = strengths_and_improvements(rubric, scores, count=2)
    assert [t.key for t in strengths] == ["a.2", "a.1"]
    assert [t.key for t in improvements] == ["b.2", "a.3"]
    strengths, improvements = strengths_and_improvements(rubric, scores)
    assert [t.key for t in strengths] == ["a.2", "a.1", "b.3"]
    assert [t.key for t in improvements] == ["b.2", "a.3", "b.1"]


def test_ties_follow_rubric_order():
    rubric = (RubricSection("a", "甲", tuple(_task(f"a.{i}", 10) for i in range(6))),)
    same = {f"a.{i}": D("5") for i in range(6)}
    strengths, improvements = strengths_and_improvements(rubric, same, count=2)
    assert [t.key for t in strengths] == ["a.0", "a.1"]
    assert [t.key for t in improvements] == ["a.2", "a.3"]


def test_lists_never_overlap_and_full_or_zero_marks_are_left_out():
    rubric = (RubricSection("a", "甲", tuple(_task(f"a.{i}", 10) for i in range(4))),)
    full = {f"a.{i}": D(10) for i in range(4)}
    strengths, improvements = strengths_and_improvements(rubric, full)
    assert [t.key for t in strengths] == ["a.0", "a.1"] and improvements == []
    zero = {f"a.{i}": D(0) for i in range(4)}
    strengths, improvements = strengths_and_improvements(rubric, zero)
    assert strengths == [] and [t.key for t in improvements] == ["a.0", "a.1"]
    one = {"a.3": D("4")}
    assert strengths_and_improvements(rubric, one) == ([rubric[0].tasks[3]], [])
    assert strengths_and_improvements(rubric, {}) == ([], [])
    with pytest.raises(ValueError, match="unknown task"):
        strengths_and_improvements(rubric, {"z": D(1)})


# ---------------------------------------------------------------- properties

task_names = st.from_regex(r"[a-z]{1,4}", fullmatch=True)


@st.composite
def rubrics(draw) -> tuple[RubricSection, ...]:
    sections = []
    for section_key in draw(st.lists(task_names, min_size=1, max_size=4, unique=True)):
        names = draw(st.lists(task_names, min_size=1, max_size=4, unique=True))
        tasks = tuple(_task(f"{section_key}.{n}", draw(st.integers(1, 20))) for n in names)
        sections.append(RubricSection(section_key, section_key, tasks))
    return tuple(sections)


def _ratings_for(draw, sections: tuple[RubricSection, ...]) -> dict[str, Decimal]:
    ratings = {}
    for section in sections:
        for task in section.tasks:
            if draw(st.booleans()) or draw(st.booleans()):  # about a quarter left unrated
                cents = draw(st.integers(0, int(task.max_points) * 100))
                ratings[task.key] = D(cents) / 100
    return ratings


@st.composite
def panels(draw, min_evaluators: int = 1):
    sections = draw(rubrics())
    count = draw(st.integers(min_evaluators, 6))
    return sections, {f"e{i}": _ratings_for(draw, sections) for i in range(count)}


def _evaluator_total(sections, ratings) -> Decimal:
    return sum((ratings.get(t.key, D(0)) for s in sections for t in s.tasks), D(0))


def _reference_round(value: Decimal) -> Decimal:
    return value.quantize(D("0.01"), rounding=ROUND_HALF_UP)


@settings(max_examples=100, deadline=None)
@given(panels())
def test_unit_score_lies_between_zero_and_the_maximum(panel):
    sections, ratings = panel
    score = unit_score(sections, ratings)
    assert D(0) <= score.total <= score.max_total
    for section in score.sections:
        assert D(0) <= section.score <= section.max_score


@settings(max_examples=100, deadline=None)
@given(panels())
def test_unit_score_is_the_mean_of_the_evaluators_totals(panel):
    sections, ratings = panel
    totals = [_evaluator_total(sections, r) for r in ratings.values()]
    with localcontext() as context:
        context.prec = 60  # at most 6 evaluators: 60 digits leave no doubt about the half
        expected = _reference_round(sum(totals, D(0)) / len(totals))
    assert unit_score(sections, ratings).total == expected


@settings(max_examples=100, deadline=None)
@given(panels(), st.randoms(use_true_random=False))
def test_permuting_evaluators_changes_nothing(panel, random):
    sections, ratings = panel
    names = list(ratings)
    random.shuffle(names)
    renamed = {f"r{i}": ratings[name] for i, name in enumerate(names)}
    assert unit_score(sections, renamed) == unit_score(sections, ratings)


@settings(max_examples=100, deadline=None)
@given(panels(), st.integers(1, 4))
def test_adding_evaluators_with_identical_ratings_changes_nothing(panel, extra):
    sections, ratings = panel
    one = {"e0": ratings["e0"]}
    alone = unit_score(sections, one)
    panel_of_clones = unit_score(sections, {f"c{i}": ratings["e0"] for i in range(extra + 1)})
    assert panel_of_clones.total == alone.total
    assert panel_of_clones.sections == alone.sections
    assert panel_of_clones.evaluators == extra + 1
    # Doubling a whole panel (each evaluator rated twice over) keeps every mean too.
    doubled = {**ratings, **{f"{name}'": r for name, r in ratings.items()}}
    assert unit_score(sections, doubled).sections == unit_score(sections, ratings).sections
    assert unit_score(sections, doubled).total == unit_score(sections, ratings).total


@settings(max_examples=100, deadline=None)
@given(panels())
def test_section_scores_sum_to_the_total_within_rounding(panel):
    """Sections and total are each rounded once from exact values, half up to 0.01, so each
    published figure is off by less than 0.005: |sum(sections) - total| < 0.005 x (n + 1)."""
    sections, ratings = panel
    score = unit_score(sections, ratings)
    difference = abs(sum(s.score for s in score.sections) - score.total)
    assert difference < D("0.005") * (len(sections) + 1)
    assert difference <= D("0.01") * len(sections)


@settings(max_examples=100, deadline=None)
@given(panels())
def test_task_scores_are_the_per_task_means(panel):
    sections, ratings = panel
    means = task_scores(sections, ratings)
    assert set(means) == {t.key for s in sections for t in s.tasks}
    for key, mean in means.items():
        exact = sum((Fraction(r.get(key, 0)) for r in ratings.values()), Fraction(0))
        assert abs(Fraction(mean) - exact / len(ratings)) <= Fraction(1, 200)


cents = st.integers(0, 100_00).map(lambda c: D(c) / 100)


@settings(max_examples=100, deadline=None)
@given(st.lists(st.one_of(st.none(), cents), min_size=1, max_size=12))
def test_drill_score_lies_between_the_unit_totals(totals):
    scored = [t for t in totals if t is not None]
    result = drill_score(totals)
    if not scored:
        assert result is None
    else:
        assert min(scored) <= result <= max(scored)


@settings(max_examples=100, deadline=None)
@given(st.lists(cents, min_size=1, max_size=12), st.integers(0, 10_00).map(lambda c: D(c) / 100))
def test_coordination_adds_to_the_mean(totals, coordination):
    without = drill_score(totals)
    assert drill_score(totals, coordination, D(10)) == round_points(
        Fraction(sum(totals, D(0))) / len(totals) + Fraction(coordination)
    )
    assert drill_score(totals, coordination, D(10)) >= without
    assert drill_score(totals, coordination, D(10)) <= drill_max_score(D(100), D(10))


@settings(max_examples=100, deadline=None)
@given(panels(), st.integers(0, 5))
def test_strengths_and_improvements_are_disjoint_and_ordered(panel, count):
    sections, ratings = panel
    scores = task_scores(sections, ratings)
    strengths, improvements = strengths_and_improvements(sections, scores, count)
    assert len(strengths) <= count and len(improvements) <= count
    assert not {t.key for t in strengths} & {t.key for t in improvements}

    def share(task: RubricTask) -> Fraction:
        return Fraction(scores[task.key]) / Fraction(task.max_points)

    assert [share(t) for t in strengths] == sorted((share(t) for t in strengths), reverse=True)
    assert [share(t) for t in improvements] == sorted(share(t) for t in improvements)
    if strengths and improvements:
        assert share(strengths[-1]) >= share(improvements[-1])
