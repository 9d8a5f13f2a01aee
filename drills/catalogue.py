"""The drill scenario catalogue: one TOML file per scenario in drills/scenarios/.

A scenario holds the hazard, the drill types it suits, SMART objectives and an evaluation
rubric in the spirit of AQ/T 9009 (生产安全事故应急演练评估规范): sections such as 预警与信息报告,
紧急动员, 指挥与协调, 现场处置, 救援保障, 信息发布, 后期处置, each made of tasks worth 1 to 20
points with concrete criteria.

A drill keeps its own copy of the rubric (rubric_to_dict / rubric_from_dict, stored as JSON), so
editing a template never changes the scores of a past drill; the same validation applies to
custom rubrics given by users. Every problem raises CatalogueError whose message names the file
(when there is one) and the field path, e.g. "drills/scenarios/flood_rescue.toml:
sections[2].tasks[0].max_points must be an integer from 1 to 20" or, for a rubric given as data,
"sections[0].tasks[1].maxPoints must be an integer from 1 to 20".
"""

from __future__ import annotations

import functools
import re
import tomllib
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from decimal import Decimal
from pathlib import Path
from types import MappingProxyType
from typing import Any

SCENARIO_FOLDER = Path(__file__).resolve().parent / "scenarios"
# Error messages show scenario files relative to this folder ("drills/scenarios/x.toml").
PROJECT_ROOT = SCENARIO_FOLDER.parent.parent

DRILL_TYPES = ("TABLETOP", "FUNCTIONAL", "FULL_SCALE")
KEY_PATTERN = re.compile(r"[a-z][a-z0-9_.]*")
MIN_TASK_POINTS = 1
MAX_TASK_POINTS = 20
CENTS = Decimal("0.01")  # points carry two places, as the score columns do
MAX_KEY_LENGTH = 64
MAX_TITLE_LENGTH = 200
MAX_TEXT_LENGTH = 2000
MAX_OBJECTIVES = 10
MAX_SECTIONS = 20
MAX_TASKS_PER_SECTION = 50


class CatalogueError(Exception):
    """A scenario file or a rubric that does not validate.

    `file` is the file shown in the message (None for a rubric given as data), `field` the path
    of the offending field ("sections[2].tasks[0].max_points"; None when the whole file is
    unreadable) and `reason` what is wrong with it.
    """

    def __init__(self, reason: str, *, field: str | None = None, file: str | None = None):
        self.reason = reason
        self.field = field
        self.file = file
        message = f"{field} {reason}" if field else reason
        super().__init__(f"{file}: {message}" if file else message)


@dataclass(frozen=True)
class RubricTask:
    key: str
    title: str
    max_points: Decimal
    criteria: str


@dataclass(frozen=True)
class RubricSection:
    key: str
    title: str
    tasks: tuple[RubricTask, ...]

    @property
    def max_points(self) -> Decimal:
        return sum((task.max_points for task in self.tasks), Decimal(0))


@dataclass(frozen=True)
class Scenario:
    key: str
    title: str
    hazard: str
    drill_types: tuple[str, ...]
    objectives: tuple[str, ...]
    sections: tuple[RubricSection, ...]

    @property
    def max_points(self) -> Decimal:
        return sum((section.max_points for section in self.sections), Decimal(0))

    @property
    def task_keys(self) -> tuple[str, ...]:
        """Every task key, in rubric order."""
        return tuple(task.key for section in self.sections for task in section.tasks)

    def task(self, key: str) -> RubricTask | None:
        for section in self.sections:
            for task in section.tasks:
                if task.key == key:
                    return task
        return None


class _Reader:
    """Validates one document; `file` prefixes every message, `points_field` is the name of a
    task's points ("max_points" in TOML files, "maxPoints" in JSON rubrics)."""

    def __init__(self, *, file: str | None, points_field: str, table_word: str):
        self.file = file
        self.points_field = points_field
        self.table_word = table_word

    def error(self, field: str | None, reason: str) -> CatalogueError:
        return CatalogueError(reason, field=field, file=self.file)

    def table(self, value: Any, path: str) -> Mapping[str, Any]:
        if not isinstance(value, Mapping):
            raise self.error(path, f"must be {self.table_word}")
        return value

    def fields(self, table: Mapping[str, Any], path: str, names: Sequence[str]) -> None:
        """Every name is required and no other key is allowed (a typo is an error)."""
        prefix = f"{path}." if path else ""
        for name in table:
            if name not in names:
                raise self.error(f"{prefix}{name}", "is not a known field")
        for name in names:
            if name not in table:
                raise self.error(f"{prefix}{name}", "is required")

    def text(self, value: Any, path: str, limit: int) -> str:
        if not isinstance(value, str) or not value.strip():
            raise self.error(path, "must be a non-empty string")
        if len(value) > limit:
            raise self.error(path, f"must be at most {limit} characters")
        return value.strip()

    def key(self, value: Any, path: str) -> str:
        if not isinstance(value, str) or not KEY_PATTERN.fullmatch(value):
            raise self.error(
                path, "must start with a-z and hold only a-z, 0-9, '_' and '.' (^[a-z][a-z0-9_.]*$)"
            )
        if len(value) > MAX_KEY_LENGTH:
            raise self.error(path, f"must be at most {MAX_KEY_LENGTH} characters")
        return value

    def items(self, value: Any, path: str, limit: int) -> list[Any]:
        if not isinstance(value, list) or not value:
            raise self.error(path, "must be a non-empty list")
        if len(value) > limit:
            raise self.error(path, f"must hold at most {limit} items")
        return value

    def points(self, value: Any, path: str) -> Decimal:
        # bool is an int in Python; floats are never points. Decimals come from JSON parsed with
        # parse_float=Decimal or from Python callers.
        points: Decimal | None = None
        if isinstance(value, int) and not isinstance(value, bool):
            points = Decimal(value)
        elif (
            isinstance(value, Decimal)
            and value.is_finite()
            and MIN_TASK_POINTS <= value <= MAX_TASK_POINTS
            and value == value.to_integral()
        ):
            points = Decimal(int(value))
        if points is None or not MIN_TASK_POINTS <= points <= MAX_TASK_POINTS:
            raise self.error(
                path, f"must be an integer from {MIN_TASK_POINTS} to {MAX_TASK_POINTS}"
            )
        return points.quantize(CENTS)  # 6 -> 6.00, as every score reads

    def sections(self, value: Any, path: str) -> tuple[RubricSection, ...]:
        sections: list[RubricSection] = []
        section_paths: dict[str, str] = {}
        task_paths: dict[str, str] = {}
        for i, raw_section in enumerate(self.items(value, path, MAX_SECTIONS)):
            here = f"{path}[{i}]"
            raw = self.table(raw_section, here)
            self.fields(raw, here, ("key", "title", "tasks"))
            key = self.key(raw["key"], f"{here}.key")
            if key in section_paths:
                raise self.error(f"{here}.key", f"'{key}' repeats {section_paths[key]}")
            section_paths[key] = f"{here}.key"
            title = self.text(raw["title"], f"{here}.title", MAX_TITLE_LENGTH)
            tasks: list[RubricTask] = []
            for j, raw_task in enumerate(
                self.items(raw["tasks"], f"{here}.tasks", MAX_TASKS_PER_SECTION)
            ):
                task_path = f"{here}.tasks[{j}]"
                task = self.table(raw_task, task_path)
                self.fields(task, task_path, ("key", "title", self.points_field, "criteria"))
                task_key = self.key(task["key"], f"{task_path}.key")
                if task_key in task_paths:
                    raise self.error(
                        f"{task_path}.key", f"'{task_key}' repeats {task_paths[task_key]}"
                    )
                task_paths[task_key] = f"{task_path}.key"
                tasks.append(
                    RubricTask(
                        key=task_key,
                        title=self.text(task["title"], f"{task_path}.title", MAX_TITLE_LENGTH),
                        max_points=self.points(
                            task[self.points_field], f"{task_path}.{self.points_field}"
                        ),
                        criteria=self.text(
                            task["criteria"], f"{task_path}.criteria", MAX_TEXT_LENGTH
                        ),
                    )
                )
            sections.append(RubricSection(key=key, title=title, tasks=tuple(tasks)))
        return tuple(sections)

    def drill_types(self, value: Any, path: str) -> tuple[str, ...]:
        seen: set[str] = set()
        for i, item in enumerate(self.items(value, path, len(DRILL_TYPES))):
            if item not in DRILL_TYPES:
                raise self.error(f"{path}[{i}]", f"must be one of {', '.join(DRILL_TYPES)}")
            if item in seen:
                raise self.error(f"{path}[{i}]", f"repeats '{item}'")
            seen.add(item)
        return tuple(t for t in DRILL_TYPES if t in seen)

    def scenario(self, data: Mapping[str, Any], stem: str) -> Scenario:
        self.fields(data, "", ("key", "title", "hazard", "drill_types", "objectives", "sections"))
        key = self.key(data["key"], "key")
        if key != stem:
            raise self.error("key", f"'{key}' must equal the file name '{stem}'")
        objectives = tuple(
            self.text(item, f"objectives[{i}]", MAX_TEXT_LENGTH)
            for i, item in enumerate(self.items(data["objectives"], "objectives", MAX_OBJECTIVES))
        )
        return Scenario(
            key=key,
            title=self.text(data["title"], "title", MAX_TITLE_LENGTH),
            hazard=self.text(data["hazard"], "hazard", MAX_TEXT_LENGTH),
            drill_types=self.drill_types(data["drill_types"], "drill_types"),
            objectives=objectives,
            sections=self.sections(data["sections"], "sections"),
        )


def _display(path: Path) -> str:
    try:
        return path.resolve().relative_to(PROJECT_ROOT).as_posix()
    except ValueError:
        return str(path)


def load_scenario(path: Path) -> Scenario:
    """Read and validate one scenario file; its `key` must equal the file name's stem."""
    path = Path(path)
    shown = _display(path)
    try:
        data = tomllib.loads(path.read_bytes().decode("utf-8"))
    except OSError as exc:
        raise CatalogueError(f"cannot be read ({exc.strerror or exc})", file=shown) from exc
    except UnicodeDecodeError as exc:
        raise CatalogueError("is not valid UTF-8", file=shown) from exc
    except tomllib.TOMLDecodeError as exc:
        raise CatalogueError(f"is not valid TOML ({exc})", file=shown) from exc
    reader = _Reader(file=shown, points_field="max_points", table_word="a table")
    return reader.scenario(data, path.stem)


def load_catalogue(folder: Path = SCENARIO_FOLDER) -> dict[str, Scenario]:
    """Every *.toml scenario in the folder, by key, in key order."""
    folder = Path(folder)
    if not folder.is_dir():
        raise CatalogueError("is not a folder", file=_display(folder))
    scenarios = (load_scenario(path) for path in folder.glob("*.toml"))
    return {scenario.key: scenario for scenario in sorted(scenarios, key=lambda s: s.key)}


@functools.cache
def catalogue() -> Mapping[str, Scenario]:
    """The shipped catalogue, loaded once per process (read-only: it is shared)."""
    return MappingProxyType(load_catalogue())


def get_scenario(key: str) -> Scenario | None:
    return catalogue().get(key)


def rubric_to_dict(sections: Sequence[RubricSection]) -> list[dict[str, Any]]:
    """JSON-ready copy of a rubric: [{key, title, tasks: [{key, title, maxPoints, criteria}]}]
    with maxPoints as an integer."""
    result: list[dict[str, Any]] = []
    for section in sections:
        tasks = []
        for task in section.tasks:
            if task.max_points != task.max_points.to_integral_value():
                raise ValueError(f"task {task.key!r} has non-integer max_points {task.max_points}")
            tasks.append(
                {
                    "key": task.key,
                    "title": task.title,
                    "maxPoints": int(task.max_points),
                    "criteria": task.criteria,
                }
            )
        result.append({"key": section.key, "title": section.title, "tasks": tasks})
    return result


def rubric_from_dict(
    data: Mapping[str, Any] | Sequence[Mapping[str, Any]],
) -> tuple[RubricSection, ...]:
    """Validate a rubric given as data: either {"sections": [...]} or the bare list that
    rubric_to_dict returns. Errors name the field path without a file, e.g.
    "sections[0].tasks[1].maxPoints must be an integer from 1 to 20"."""
    reader = _Reader(file=None, points_field="maxPoints", table_word="an object")
    if isinstance(data, Mapping):
        reader.fields(data, "", ("sections",))
        return reader.sections(data["sections"], "sections")
    if isinstance(data, list | tuple):
        return reader.sections(list(data), "sections")
    raise reader.error(None, "a rubric must be an object with sections or a list of sections")
