"""A user's unit scope (the whole county, or one unit subtree) and the rules built on it: who
manages what a unit organises, who reads a unit's rosters and reports."""

from __future__ import annotations

from dataclasses import dataclass

from models.org import Role, User


@dataclass(frozen=True)
class Scope:
    """The units a user's data reach: everything (county-wide) or one subtree."""

    unit_ids: frozenset[int] | None  # None: the whole county

    @property
    def county_wide(self) -> bool:
        return self.unit_ids is None

    def covers(self, unit_id: int | None) -> bool:
        return self.unit_ids is None or unit_id in self.unit_ids


def can_manage(user: User, scope: Scope, unit_id: int | None) -> bool:
    """Admins manage everything; trainers what is organised within their unit scope (what no
    unit organises, only county-wide trainers)."""
    if user.has_role(Role.ADMIN):
        return True
    return user.has_role(Role.TRAINER) and scope.covers(unit_id)


def can_read_unit_data(user: User, scope: Scope, unit_id: int | None) -> bool:
    """Rosters and reports of a unit: its managers, and leaders within their scope."""
    return can_manage(user, scope, unit_id) or (
        user.has_role(Role.LEADER) and scope.covers(unit_id)
    )
