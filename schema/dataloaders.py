"""Per-request DataLoaders: every relation a type resolves goes through one of these, so a
nested list costs one query per relation, whatever its length."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Awaitable, Callable, Sequence
from dataclasses import dataclass
from typing import Any

from strawberry.dataloader import DataLoader
from tortoise.functions import Count
from tortoise.models import Model

from models.attempts import PaperLine, paper_lines
from models.exams import Exam, ExamAttempt
from models.org import Person, Unit, User
from models.training import Attendance, TrainingSession


def by_key(model: type[Model], key: str = "id") -> Callable[[Sequence[Any]], Awaitable[list[Any]]]:
    """A batch function: rows of `model` whose `key` is among the keys (None where missing)."""

    async def load(keys: Sequence[Any]) -> list[Any]:
        rows = await model.filter(**{f"{key}__in": set(keys)})
        found = {getattr(row, key): row for row in rows}
        return [found.get(k) for k in keys]

    return load


async def _attendance_counts(session_ids: Sequence[int]) -> list[dict[str, int]]:
    """Per session: how many roster rows have each status (one GROUP BY for all sessions)."""
    rows = (
        await Attendance.filter(session_id__in=set(session_ids))
        .annotate(n=Count("id"))
        .group_by("session_id", "status")
        .values("session_id", "status", "n")
    )
    counts: dict[int, dict[str, int]] = {pk: {} for pk in session_ids}
    for row in rows:
        counts[row["session_id"]][str(row["status"])] = row["n"]
    return [counts[pk] for pk in session_ids]


@dataclass(frozen=True)
class RosterPage:
    """One page of a session's roster: who asks decides `person_id` (only their own row)."""

    session_id: int
    status: str | None
    person_id: int | None
    after_id: int | None
    size: int


async def _roster_pages(keys: Sequence[RosterPage]) -> list[list[Attendance]]:
    """Pages of many sessions' rosters: one query per distinct (status, person, after, size)."""
    groups: dict[tuple, list[int]] = defaultdict(list)
    for key in keys:
        groups[(key.status, key.person_id, key.after_id, key.size)].append(key.session_id)
    pages: dict[RosterPage, list[Attendance]] = {}
    for (status, person_id, after_id, size), session_ids in groups.items():
        rows = Attendance.filter(session_id__in=session_ids)
        if status is not None:
            rows = rows.filter(status=status)
        if person_id is not None:
            rows = rows.filter(person_id=person_id)
        if after_id is not None:
            rows = rows.filter(id__gt=after_id)
        by_session: dict[int, list[Attendance]] = defaultdict(list)
        for row in await rows.order_by("id"):
            by_session[row.session_id].append(row)
        for session_id in session_ids:
            page = RosterPage(session_id, status, person_id, after_id, size)
            pages[page] = by_session[session_id][: size + 1]
    return [pages[key] for key in keys]


async def _attempt_questions(attempt_ids: Sequence[int]) -> list[list[PaperLine]]:
    """Each attempt's paper in order, with its questions: one query for all attempts."""
    papers = await paper_lines(list(set(attempt_ids)))
    return [papers[pk] for pk in attempt_ids]


async def _exam_attempts(keys: Sequence[tuple[int, int]]) -> list[list[ExamAttempt]]:
    """A person's attempts at an exam, oldest first, by (exam id, person id): one query."""
    rows = await ExamAttempt.filter(
        exam_id__in={exam for exam, _ in keys}, person_id__in={person for _, person in keys}
    ).order_by("number")
    found: dict[tuple[int, int], list[ExamAttempt]] = defaultdict(list)
    for row in rows:
        found[(row.exam_id, row.person_id)].append(row)
    return [found[key] for key in keys]


class Loaders:
    def __init__(self) -> None:
        # the fallback of `schema.reads.load`: one loader per (batch function, arguments)
        self.relations: dict[tuple[Any, ...], DataLoader[Any, Any]] = {}
        self.unit: DataLoader[int, Unit | None] = DataLoader(by_key(Unit))
        self.person: DataLoader[int, Person | None] = DataLoader(by_key(Person))
        self.user: DataLoader[int, User | None] = DataLoader(by_key(User))
        self.user_by_person: DataLoader[int, User | None] = DataLoader(by_key(User, "person_id"))
        self.session: DataLoader[int, TrainingSession | None] = DataLoader(by_key(TrainingSession))
        self.attendance_counts: DataLoader[int, dict[str, int]] = DataLoader(_attendance_counts)
        self.roster_page: DataLoader[RosterPage, list[Attendance]] = DataLoader(_roster_pages)
        self.exam: DataLoader[int, Exam | None] = DataLoader(by_key(Exam))
        self.attempt_questions: DataLoader[int, list[PaperLine]] = DataLoader(_attempt_questions)
        self.exam_attempts: DataLoader[tuple[int, int], list[ExamAttempt]] = DataLoader(
            _exam_attempts
        )
