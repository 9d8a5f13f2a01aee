"""The one way a domain operation says "no": raise DomainError with stable codes.

The GraphQL layer turns it into the payload's `userErrors`; the transaction around the
operation rolls back, so nothing is half-written.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any, NoReturn

from tortoise.exceptions import IntegrityError
from tortoise.transactions import in_transaction


@dataclass(frozen=True)
class Problem:
    code: str
    message: str
    field: tuple[str, ...] | None = None


class DomainError(Exception):
    def __init__(self, problems: Sequence[Problem]) -> None:
        self.problems = list(problems)
        super().__init__("; ".join(f"{p.code}: {p.message}" for p in self.problems))


def fail(code: str, message: str, field: str | Sequence[str] | None = None) -> NoReturn:
    if isinstance(field, str):
        field = (field,)
    raise DomainError([Problem(code, message, tuple(field) if field else None)])


def clean_text(
    value: str | None, field: str, *, max_length: int = 100, required: bool = True
) -> str:
    """Strip a text input and check its length: 1..max_length characters when required."""
    text = (value or "").strip()
    if required and not text:
        fail("REQUIRED", f"{field} must not be blank.", field)
    if len(text) > max_length:
        fail("TOO_LONG", f"{field} must be at most {max_length} characters.", field)
    return text


async def saved(obj: Any) -> bool:
    """Save a model inside a savepoint; False if a unique constraint refused it. The
    transaction around it stays usable (on PostgreSQL too) to report the conflict."""
    try:
        async with in_transaction():
            await obj.save()
        return True
    except IntegrityError:
        return False
