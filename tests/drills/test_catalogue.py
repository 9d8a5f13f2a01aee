"""The shipped scenario catalogue and the validation of scenario files and rubrics."""

from __future__ import annotations

import copy
import json
import re
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from drills import catalogue as catalogue_module
from drills.catalogue import (
    DRILL_TYPES,
    SCENARIO_FOLDER,
    CatalogueError,
    RubricSection,
    RubricTask,
    Scenario,
    catalogue,
    get_scenario,
    load_catalogue,
    load_scenario,
    rubric_from_dict,
    rubric_to_dict,
)

EXPECTED_TITLES = {
    "flood_rescue": "防汛抢险",
    "forest_fire": "森林火灾扑救",
    "hazmat_leak": "危险化学品泄漏",
    "road_accident": "道路交通事故救援",
    "geohazard_evacuation": "地质灾害避险转移",
    "non_coal_mine": "非煤矿山事故",
    "crowded_place_fire": "人员密集场所火灾",
    "special_equipment": "特种设备事故",
    "gas_explosion": "燃气泄漏爆炸",
    "campus_emergency": "校园安全应急",
    "food_safety": "食品安全事故",
    "fireworks": "烟花爆竹事故",
}
# The sections of an evaluation rubric, after AQ/T 9009.
SECTION_KEYS = {
    "warning",
    "mobilization",
    "command",
    "response",
    "support",
    "public_info",
    "recovery",
}
SHIPPED_FILES = sorted(SCENARIO_FOLDER.glob("*.toml"))


# ---------------------------------------------------------------- the shipped catalogue


def test_the_catalogue_holds_the_twelve_scenarios_in_key_order():
    scenarios = load_catalogue()
    assert len(scenarios) >= 12
    assert set(EXPECTED_TITLES) <= set(scenarios)
    assert list(scenarios) == sorted(scenarios)
    for key, title in EXPECTED_TITLES.items():
        assert scenarios[key].title == title


@pytest.mark.parametrize("path", SHIPPED_FILES, ids=lambda p: p.stem)
def test_every_shipped_scenario_loads_and_follows_the_house_rules(path: Path):
    scenario = load_scenario(path)
    assert scenario.key == path.stem
    assert path.read_bytes().decode("utf-8")  # UTF-8, not merely loadable
    assert scenario.hazard and scenario.drill_types
    assert set(scenario.drill_types) <= set(DRILL_TYPES)
    # 3-5 SMART objectives, each with a measurable standard (a time, a count or a share).
    assert 3 <= len(scenario.objectives) <= 5
    for objective in scenario.objectives:
        assert re.search(r"\d", objective), objective
    assert 4 <= len(scenario.sections) <= 7
    assert {section.key for section in scenario.sections} <= SECTION_KEYS
    assert 10 <= len(scenario.task_keys) <= 25
    # Every scenario is marked out of 100, so scores compare across scenarios.
    assert scenario.max_points == Decimal(100)
    for section in scenario.sections:
        for task in section.tasks:
            assert task.key.startswith(section.key + "."), task.key
            assert 1 <= task.max_points <= 20
            assert task.title and task.criteria


def test_task_keys_are_unique_within_every_scenario():
    for scenario in load_catalogue().values():
        keys = [task.key for section in scenario.sections for task in section.tasks]
        assert len(keys) == len(set(keys)), scenario.key
        assert scenario.task_keys == tuple(keys)


def test_scenario_lookups():
    flood = load_catalogue()["flood_rescue"]
    task = flood.task("warning.report_time")
    assert isinstance(task, RubricTask) and task.max_points == Decimal(6)
    assert flood.task("warning.nonexistent") is None
    assert flood.sections[0].max_points == sum(t.max_points for t in flood.sections[0].tasks)
    assert flood.max_points == sum(s.max_points for s in flood.sections)


def test_catalogue_is_cached_and_read_only():
    assert catalogue() is catalogue()
    assert dict(catalogue()) == load_catalogue()
    assert get_scenario("fireworks") is catalogue()["fireworks"]
    assert get_scenario("nope") is None
    with pytest.raises(TypeError):
        catalogue()["x"] = catalogue()["fireworks"]  # type: ignore[index]


def test_scenarios_are_frozen():
    scenario = load_catalogue()["fireworks"]
    with pytest.raises(AttributeError):
        scenario.title = "x"  # type: ignore[misc]


# ---------------------------------------------------------------- scenario file validation


def _valid() -> dict[str, Any]:
    return {
        "key": "sample",
        "title": "示例演练",
        "hazard": "示例险情。",
        "drill_types": ["TABLETOP", "FULL_SCALE"],
        "objectives": ["县应急管理局在接报后30分钟内启动响应", "乡镇2小时内完成转移"],
        "sections": [
            {
                "key": "warning",
                "title": "预警与信息报告",
                "tasks": [
                    {"key": "warning.a", "title": "甲", "max_points": 5, "criteria": "甲标准"},
                    {"key": "warning.b", "title": "乙", "max_points": 20, "criteria": "乙标准"},
                ],
            },
            {
                "key": "response",
                "title": "现场处置",
                "tasks": [
                    {"key": "response.a", "title": "丙", "max_points": 1, "criteria": "丙标准"},
                ],
            },
        ],
    }


def _toml_value(value: Any) -> str:
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, int | float):
        return repr(value)
    if isinstance(value, str):
        return json.dumps(value, ensure_ascii=False)  # a valid TOML basic string
    if isinstance(value, list):
        return "[" + ", ".join(_toml_value(v) for v in value) + "]"
    if isinstance(value, dict):
        return "{" + ", ".join(f"{k} = {_toml_value(v)}" for k, v in value.items()) + "}"
    raise TypeError(value)


def _to_toml(doc: dict[str, Any]) -> str:
    """Scalars first, then sections as [[sections]] / [[sections.tasks]] when they are tables."""
    lines: list[str] = []
    sections = doc.get("sections")
    tables = isinstance(sections, list) and bool(sections)
    tables = tables and all(isinstance(s, dict) for s in sections)
    for name, value in doc.items():
        if name != "sections" or not tables:
            lines.append(f"{name} = {_toml_value(value)}")
    if tables:
        for section in sections:
            lines.append("\n[[sections]]")
            tasks = section.get("tasks")
            task_tables = isinstance(tasks, list) and bool(tasks)
            task_tables = task_tables and all(isinstance(t, dict) for t in tasks)
            for name, value in section.items():
                if name != "tasks" or not task_tables:
                    lines.append(f"{name} = {_toml_value(value)}")
            if task_tables:
                for task in tasks:
                    lines.append("\n[[sections.tasks]]")
                    lines.extend(f"{k} = {_toml_value(v)}" for k, v in task.items())
    return "\n".join(lines) + "\n"


def _write(folder: Path, doc: dict[str, Any], name: str = "sample") -> Path:
    path = folder / f"{name}.toml"
    path.write_text(_to_toml(doc), encoding="utf-8")
    return path


def test_the_test_writer_produces_a_valid_scenario(tmp_path: Path):
    scenario = load_scenario(_write(tmp_path, _valid()))
    assert scenario == Scenario(
        key="sample",
        title="示例演练",
        hazard="示例险情。",
        drill_types=("TABLETOP", "FULL_SCALE"),
        objectives=("县应急管理局在接报后30分钟内启动响应", "乡镇2小时内完成转移"),
        sections=(
            RubricSection(
                "warning",
                "预警与信息报告",
                (
                    RubricTask("warning.a", "甲", Decimal(5), "甲标准"),
                    RubricTask("warning.b", "乙", Decimal(20), "乙标准"),
                ),
            ),
            RubricSection(
                "response", "现场处置", (RubricTask("response.a", "丙", Decimal(1), "丙标准"),)
            ),
        ),
    )
    assert scenario.max_points == Decimal(26)


def _set(doc: dict[str, Any], path: tuple[Any, ...], value: Any) -> None:
    target = doc
    for step in path[:-1]:
        target = target[step]
    target[path[-1]] = value


def _delete(doc: dict[str, Any], path: tuple[Any, ...]) -> None:
    target = doc
    for step in path[:-1]:
        target = target[step]
    del target[path[-1]]


DELETE = object()
TASK0 = ("sections", 0, "tasks", 0)
POINTS_MESSAGE = "sections[0].tasks[0].max_points must be an integer from 1 to 20"
KEY_RULE = "must start with a-z and hold only a-z, 0-9, '_' and '.' (^[a-z][a-z0-9_.]*$)"

BAD_FILES = [
    ("missing_title", ("title",), DELETE, "title is required"),
    ("missing_sections", ("sections",), DELETE, "sections is required"),
    ("unknown_field", ("owner",), "县应急局", "owner is not a known field"),
    ("blank_hazard", ("hazard",), "   ", "hazard must be a non-empty string"),
    ("title_not_text", ("title",), 3, "title must be a non-empty string"),
    ("key_not_file_name", ("key",), "other", "key 'other' must equal the file name 'sample'"),
    ("key_format", ("key",), "Sample", f"key {KEY_RULE}"),
    ("drill_types_empty", ("drill_types",), [], "drill_types must be a non-empty list"),
    (
        "drill_type_unknown",
        ("drill_types", 1),
        "LIVE_FIRE",
        "drill_types[1] must be one of TABLETOP, FUNCTIONAL, FULL_SCALE",
    ),
    ("drill_type_repeated", ("drill_types", 1), "TABLETOP", "drill_types[1] repeats 'TABLETOP'"),
    ("objectives_not_list", ("objectives",), "尽快处置", "objectives must be a non-empty list"),
    ("objective_blank", ("objectives", 1), "", "objectives[1] must be a non-empty string"),
    ("sections_empty", ("sections",), [], "sections must be a non-empty list"),
    ("section_not_table", ("sections",), [1], "sections[0] must be a table"),
    ("section_title_missing", ("sections", 1, "title"), DELETE, "sections[1].title is required"),
    (
        "section_key_repeated",
        ("sections", 1, "key"),
        "warning",
        "sections[1].key 'warning' repeats sections[0].key",
    ),
    ("section_key_format", ("sections", 0, "key"), "预警", f"sections[0].key {KEY_RULE}"),
    ("tasks_empty", ("sections", 1, "tasks"), [], "sections[1].tasks must be a non-empty list"),
    (
        "task_key_repeated_across_sections",
        ("sections", 1, "tasks", 0, "key"),
        "warning.b",
        "sections[1].tasks[0].key 'warning.b' repeats sections[0].tasks[1].key",
    ),
    ("task_key_format", (*TASK0, "key"), "warning-a", f"sections[0].tasks[0].key {KEY_RULE}"),
    ("task_key_leading_digit", (*TASK0, "key"), "1warning", f"sections[0].tasks[0].key {KEY_RULE}"),
    ("points_zero", (*TASK0, "max_points"), 0, POINTS_MESSAGE),
    ("points_above_20", (*TASK0, "max_points"), 21, POINTS_MESSAGE),
    ("points_float", (*TASK0, "max_points"), 5.5, POINTS_MESSAGE),
    ("points_whole_float", (*TASK0, "max_points"), 5.0, POINTS_MESSAGE),
    ("points_text", (*TASK0, "max_points"), "5", POINTS_MESSAGE),
    ("points_bool", (*TASK0, "max_points"), True, POINTS_MESSAGE),
    (
        "points_missing",
        (*TASK0, "max_points"),
        DELETE,
        "sections[0].tasks[0].max_points is required",
    ),
    (
        "criteria_blank",
        (*TASK0, "criteria"),
        " ",
        "sections[0].tasks[0].criteria must be a non-empty string",
    ),
    (
        "task_unknown_field",
        (*TASK0, "points"),
        3,
        "sections[0].tasks[0].points is not a known field",
    ),
    ("title_too_long", ("title",), "长" * 201, "title must be at most 200 characters"),
]


@pytest.mark.parametrize(
    ("path", "value", "message"),
    [case[1:] for case in BAD_FILES],
    ids=[case[0] for case in BAD_FILES],
)
def test_each_invalid_field_is_named_with_its_file(
    tmp_path: Path, path: tuple[Any, ...], value: Any, message: str
):
    doc = copy.deepcopy(_valid())
    if value is DELETE:
        _delete(doc, path)
    else:
        _set(doc, path, value)
    file = _write(tmp_path, doc)
    with pytest.raises(CatalogueError) as raised:
        load_scenario(file)
    assert str(raised.value) == f"{file}: {message}"
    assert raised.value.file == str(file)
    assert raised.value.field == message.split(" ", 1)[0]


def test_a_file_in_the_project_is_named_relative_to_it(tmp_path: Path, monkeypatch):
    monkeypatch.setattr(catalogue_module, "PROJECT_ROOT", tmp_path.resolve())
    folder = tmp_path / "drills" / "scenarios"
    folder.mkdir(parents=True)
    doc = _valid()
    doc["key"] = "bad"
    doc["sections"][0]["tasks"][1]["max_points"] = 25
    with pytest.raises(CatalogueError) as raised:
        load_scenario(_write(folder, doc, name="bad"))
    assert str(raised.value) == (
        "drills/scenarios/bad.toml: sections[0].tasks[1].max_points must be an integer from 1 to 20"
    )


def test_invalid_toml_names_the_file(tmp_path: Path):
    file = tmp_path / "sample.toml"
    file.write_text('key = "sample"\ntitle = \n', encoding="utf-8")
    with pytest.raises(CatalogueError, match=r"is not valid TOML \(.*line 2") as raised:
        load_scenario(file)
    assert str(raised.value).startswith(f"{file}: is not valid TOML")
    assert raised.value.field is None


def test_a_file_not_in_utf8_is_refused(tmp_path: Path):
    file = tmp_path / "sample.toml"
    file.write_bytes(_to_toml(_valid()).encode("gb18030"))
    with pytest.raises(CatalogueError) as raised:
        load_scenario(file)
    assert str(raised.value) == f"{file}: is not valid UTF-8"


def test_a_missing_file_is_a_catalogue_error(tmp_path: Path):
    with pytest.raises(CatalogueError, match="cannot be read"):
        load_scenario(tmp_path / "absent.toml")


def test_load_catalogue_reads_a_folder_in_key_order(tmp_path: Path):
    for name in ("zeta", "alpha"):
        doc = _valid()
        doc["key"] = name
        _write(tmp_path, doc, name=name)
    (tmp_path / "notes.txt").write_text("not a scenario", encoding="utf-8")
    scenarios = load_catalogue(tmp_path)
    assert list(scenarios) == ["alpha", "zeta"]


def test_load_catalogue_stops_at_the_first_bad_file(tmp_path: Path):
    doc = _valid()
    doc["drill_types"] = ["DRY_RUN"]
    _write(tmp_path, doc)
    with pytest.raises(CatalogueError, match=r"sample\.toml: drill_types\[0\] must be one of"):
        load_catalogue(tmp_path)


def test_load_catalogue_of_a_missing_folder(tmp_path: Path):
    with pytest.raises(CatalogueError, match="is not a folder"):
        load_catalogue(tmp_path / "absent")


# ---------------------------------------------------------------- rubrics as data


@pytest.mark.parametrize("key", sorted(EXPECTED_TITLES))
def test_rubric_round_trips_through_json(key: str):
    sections = load_catalogue()[key].sections
    data = rubric_to_dict(sections)
    stored = json.loads(json.dumps(data, ensure_ascii=False))
    assert rubric_from_dict(stored) == sections
    assert rubric_from_dict({"sections": stored}) == sections


def test_rubric_to_dict_shape():
    sections = (
        RubricSection(
            "command", "指挥与协调", (RubricTask("command.a", "甲", Decimal(7), "标准"),)
        ),
    )
    assert rubric_to_dict(sections) == [
        {
            "key": "command",
            "title": "指挥与协调",
            "tasks": [{"key": "command.a", "title": "甲", "maxPoints": 7, "criteria": "标准"}],
        }
    ]


def test_rubric_to_dict_refuses_fractional_max_points():
    sections = (RubricSection("a", "甲", (RubricTask("a.x", "x", Decimal("2.5"), "c"),)),)
    with pytest.raises(ValueError, match="non-integer"):
        rubric_to_dict(sections)


def _custom() -> dict[str, Any]:
    return {
        "sections": [
            {
                "key": "coordination",
                "title": "协同配合",
                "tasks": [
                    {"key": "coordination.a", "title": "甲", "maxPoints": 10, "criteria": "甲"},
                    {"key": "coordination.b", "title": "乙", "maxPoints": 5, "criteria": "乙"},
                ],
            }
        ]
    }


def test_custom_rubric_accepts_integral_decimals():
    data = _custom()
    data["sections"][0]["tasks"][1]["maxPoints"] = Decimal("5.00")
    sections = rubric_from_dict(data)
    assert sections[0].tasks[1].max_points == Decimal(5)
    assert sections[0].max_points == Decimal(15)


BAD_RUBRICS = [
    ("points_above_20", ("sections", 0, "tasks", 1, "maxPoints"), 21),
    ("points_fraction", ("sections", 0, "tasks", 1, "maxPoints"), Decimal("4.5")),
    ("points_float", ("sections", 0, "tasks", 1, "maxPoints"), 4.0),
    ("points_nan", ("sections", 0, "tasks", 1, "maxPoints"), Decimal("NaN")),
    ("points_huge", ("sections", 0, "tasks", 1, "maxPoints"), Decimal("1E+999999999")),
]


@pytest.mark.parametrize(
    ("path", "value"), [c[1:] for c in BAD_RUBRICS], ids=[c[0] for c in BAD_RUBRICS]
)
def test_custom_rubric_errors_name_the_field_without_a_file(path: tuple[Any, ...], value: Any):
    data = _custom()
    _set(data, path, value)
    with pytest.raises(CatalogueError) as raised:
        rubric_from_dict(data)
    assert str(raised.value) == "sections[0].tasks[1].maxPoints must be an integer from 1 to 20"
    assert raised.value.file is None
    assert raised.value.field == "sections[0].tasks[1].maxPoints"


def test_custom_rubric_uses_json_field_names():
    data = _custom()
    task = data["sections"][0]["tasks"][0]
    task["max_points"] = task.pop("maxPoints")
    with pytest.raises(CatalogueError) as raised:
        rubric_from_dict(data)
    assert str(raised.value) == "sections[0].tasks[0].max_points is not a known field"


def test_custom_rubric_duplicate_task_key():
    data = _custom()
    data["sections"][0]["tasks"][1]["key"] = "coordination.a"
    with pytest.raises(CatalogueError) as raised:
        rubric_from_dict(data)
    assert str(raised.value) == (
        "sections[0].tasks[1].key 'coordination.a' repeats sections[0].tasks[0].key"
    )


def test_custom_rubric_shape_errors():
    with pytest.raises(CatalogueError, match=r"^sections must be a non-empty list$"):
        rubric_from_dict({"sections": []})
    with pytest.raises(CatalogueError, match=r"^sections is required$"):
        rubric_from_dict({})
    with pytest.raises(CatalogueError, match=r"^title is not a known field$"):
        rubric_from_dict({"title": "x", "sections": _custom()["sections"]})
    with pytest.raises(CatalogueError, match=r"^sections\[0\] must be an object$"):
        rubric_from_dict(["warning"])
    with pytest.raises(CatalogueError, match="must be an object with sections or a list"):
        rubric_from_dict("sections")  # type: ignore[arg-type]
    too_many = [copy.deepcopy(_custom()["sections"][0]) for _ in range(21)]
    for i, section in enumerate(too_many):
        section["key"] = f"s{i}"
        for j, task in enumerate(section["tasks"]):
            task["key"] = f"s{i}.t{j}"
    with pytest.raises(CatalogueError, match=r"^sections must hold at most 20 items$"):
        rubric_from_dict(too_many)


keys = st.from_regex(r"[a-z][a-z0-9_]{0,8}", fullmatch=True)
texts = st.text(
    alphabet=st.characters(codec="utf-8", exclude_categories=("Cs", "Cc", "Zs", "Zl", "Zp")),
    min_size=1,
    max_size=12,
)


@st.composite
def rubrics(draw) -> tuple[RubricSection, ...]:
    section_keys = draw(st.lists(keys, min_size=1, max_size=5, unique=True))
    sections = []
    for section_key in section_keys:
        task_names = draw(st.lists(keys, min_size=1, max_size=5, unique=True))
        tasks = tuple(
            RubricTask(
                key=f"{section_key}.{name}",
                title=draw(texts),
                max_points=Decimal(draw(st.integers(1, 20))),
                criteria=draw(texts),
            )
            for name in task_names
        )
        sections.append(RubricSection(section_key, draw(texts), tasks))
    return tuple(sections)


@settings(max_examples=100, deadline=None)
@given(rubrics())
def test_any_valid_rubric_round_trips(sections: tuple[RubricSection, ...]):
    stored = json.loads(json.dumps(rubric_to_dict(sections)))
    assert rubric_from_dict(stored) == sections
