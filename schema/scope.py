"""A user's unit scope: the whole county, or one unit subtree."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Scope:
    """The units a user's data reach: everything (county-wide) or one subtree."""

    unit_ids: frozenset[int] | None  # None: the whole county

    @property
    def county_wide(self) -> bool:
        return self.unit_ids is None

    def covers(self, unit_id: int | None) -> bool:
        return self.unit_ids is None or unit_id in self.unit_ids
