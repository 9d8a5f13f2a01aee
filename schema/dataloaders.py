"""Per-request DataLoaders: every relation a type resolves goes through one of these, so a
nested list costs one query per relation, whatever its length."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Awaitable, Callable, Sequence
from typing import Any

from strawberry.dataloader import DataLoader
from tortoise.models import Model

from models.attempts import PaperLine, paper_lines
from models.exams import Exam, ExamAttempt
from models.org import Person, Unit, User
from models.training import TrainingSession


def by_key(model: type[Model], key: str = "id") -> Callable[[Sequence[Any]], Awaitable[list[Any]]]:
    """A batch function: rows of `model` whose `key` is among the keys (None where missing)."""

    async def load(keys: Sequence[Any]) -> list[Any]:
        rows = await model.filter(**{f"{key}__in": set(keys)})
        found = {getattr(row, key): row for row in rows}
        return [found.get(k) for k in keys]

    return load


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
        self.exam: DataLoader[int, Exam | None] = DataLoader(by_key(Exam))
        self.attempt_questions: DataLoader[int, list[PaperLine]] = DataLoader(_attempt_questions)
        self.exam_attempts: DataLoader[tuple[int, int], list[ExamAttempt]] = DataLoader(
            _exam_attempts
        )
