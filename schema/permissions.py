"""Who may call what. Declared next to each field: `extensions=allow(Role.ADMIN, ...)`.

Anonymous callers get UNAUTHENTICATED, a role that may never call the field FORBIDDEN. Object-level
rules (a township user and another township's people) use the unit scope in the context.
"""

from __future__ import annotations

from typing import Any

from strawberry import Info
from strawberry.permission import BasePermission, PermissionExtension

from models.org import Role, User
from schema.errors import coded_error

STAFF = (Role.ADMIN, Role.TRAINER, Role.OFFICER, Role.LEADER, Role.EVALUATOR)


def require_user(info: Info) -> User:
    return logged_in(info.context)


def logged_in(context: Any) -> User:
    """The request's user; UNAUTHENTICATED when there is none (for relations' batch functions,
    which get the context, not a field's info)."""
    user = context.user
    if user is None:
        raise coded_error("UNAUTHENTICATED", "Log in first: send Authorization: Bearer <token>.")
    return user


def require_role(info: Info, *roles: Role) -> User:
    user = require_user(info)
    if roles and not user.has_role(*roles):
        names = ", ".join(role.value for role in roles)
        raise coded_error("FORBIDDEN", f"This needs one of the roles {names}.")
    return user


class Allow(BasePermission):
    def __init__(self, roles: tuple[Role, ...]) -> None:
        self.roles = roles

    def has_permission(self, source: Any, info: Info, **kwargs: Any) -> bool:
        require_role(info, *self.roles)  # raises the coded error itself
        return True


def allow(*roles: Role) -> list[PermissionExtension]:
    """Field extensions admitting logged-in users with any of `roles` (any user when empty)."""
    return [PermissionExtension(permissions=[Allow(roles)], use_directives=False)]
