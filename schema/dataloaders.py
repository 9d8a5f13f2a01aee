"""Per-request DataLoaders: every relation a type resolves goes through one of these, so a
nested list costs one query per relation, whatever its length."""

from __future__ import annotations

from collections.abc import Awaitable, Callable, Sequence
from typing import Any

from strawberry.dataloader import DataLoader
from tortoise.models import Model

from models.org import Person, Unit, User


def by_key(model: type[Model], key: str = "id") -> Callable[[Sequence[Any]], Awaitable[list[Any]]]:
    """A batch function: rows of `model` whose `key` is among the keys (None where missing)."""

    async def load(keys: Sequence[Any]) -> list[Any]:
        rows = await model.filter(**{f"{key}__in": set(keys)})
        found = {getattr(row, key): row for row in rows}
        return [found.get(k) for k in keys]

    return load


class Loaders:
    def __init__(self) -> None:
        self.unit: DataLoader[int, Unit | None] = DataLoader(by_key(Unit))
        self.person: DataLoader[int, Person | None] = DataLoader(by_key(Person))
        self.user: DataLoader[int, User | None] = DataLoader(by_key(User))
        self.user_by_person: DataLoader[int, User | None] = DataLoader(by_key(User, "person_id"))
