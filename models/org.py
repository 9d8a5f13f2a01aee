"""Organisation and accounts: units, people, users, and the operations on them."""

from __future__ import annotations

import re
from collections.abc import Awaitable, Callable
from datetime import datetime, timedelta
from enum import StrEnum
from typing import Any

from tortoise import fields
from tortoise.expressions import F
from tortoise.models import Model
from tortoise.timezone import now
from tortoise.transactions import in_transaction

from models import sql
from models.errors import clean_text, fail, saved
from models.passwords import hash_password, needs_rehash, verify_password


class UnitKind(StrEnum):
    COUNTY_DEPARTMENT = "COUNTY_DEPARTMENT"
    TOWNSHIP = "TOWNSHIP"
    ENTERPRISE = "ENTERPRISE"
    COMMITTEE = "COMMITTEE"


class PersonCategory(StrEnum):
    PRINCIPAL_LEADER = "PRINCIPAL_LEADER"
    DEPUTY_LEADER = "DEPUTY_LEADER"
    ENFORCEMENT_OFFICER = "ENFORCEMENT_OFFICER"
    ASSISTING_STAFF = "ASSISTING_STAFF"


class Role(StrEnum):
    ADMIN = "ADMIN"
    TRAINER = "TRAINER"
    OFFICER = "OFFICER"
    LEADER = "LEADER"
    EVALUATOR = "EVALUATOR"
    ASSESSMENT_SYSTEM = "ASSESSMENT_SYSTEM"


class Unit(Model):
    id = fields.IntField(primary_key=True)
    name = fields.CharField(max_length=100, unique=True)
    kind = fields.CharEnumField(UnitKind, max_length=20, db_index=True)
    parent: fields.ForeignKeyNullableRelation[Unit] = fields.ForeignKeyField(
        "models.Unit", related_name="children", null=True, on_delete=fields.RESTRICT, db_index=True
    )
    created_at = fields.DatetimeField(auto_now_add=True)

    class Meta:
        table = "unit"


class Person(Model):
    id = fields.IntField(primary_key=True)
    name = fields.CharField(max_length=100, db_index=True)
    unit: fields.ForeignKeyRelation[Unit] = fields.ForeignKeyField(
        "models.Unit", related_name="people", on_delete=fields.RESTRICT, db_index=True
    )
    category = fields.CharEnumField(PersonCategory, max_length=24, db_index=True)
    # Unique where present; many people (assisting staff) have none.
    badge_number = fields.CharField(max_length=32, null=True, unique=True)
    phone = fields.CharField(max_length=20, null=True)
    active = fields.BooleanField(default=True)
    created_at = fields.DatetimeField(auto_now_add=True)

    class Meta:
        table = "person"


class User(Model):
    id = fields.IntField(primary_key=True)
    username = fields.CharField(max_length=50, unique=True)
    password_hash = fields.CharField(max_length=255)
    roles = fields.JSONField(default=list)
    person: fields.OneToOneNullableRelation[Person] = fields.OneToOneField(
        "models.Person", related_name="user", null=True, on_delete=fields.RESTRICT
    )
    # The unit subtree this user works in; NULL means county-wide.
    scope_unit: fields.ForeignKeyNullableRelation[Unit] = fields.ForeignKeyField(
        "models.Unit",
        related_name="scoped_users",
        null=True,
        on_delete=fields.RESTRICT,
        db_index=True,
    )
    active = fields.BooleanField(default=True)
    # Bumped by a password change, a reset or a deactivation: older tokens stop working.
    token_version = fields.IntField(default=0)
    created_at = fields.DatetimeField(auto_now_add=True)

    class Meta:
        table = "app_user"

    def has_role(self, *roles: Role) -> bool:
        return any(role.value in self.roles for role in roles)

    def sees_phone_of(self, person_id: int) -> bool:
        """Phone numbers are for admins, trainers and leaders, and for the person themself."""
        return self.has_role(Role.ADMIN, Role.TRAINER, Role.LEADER) or self.person_id == person_id


class LoginThrottle(Model):
    """Failed logins per username, kept in the database so every worker sees the same lock."""

    id = fields.IntField(primary_key=True)
    username = fields.CharField(max_length=50, unique=True)
    failures = fields.IntField(default=0)
    window_started_at = fields.DatetimeField()
    locked_until = fields.DatetimeField(null=True)

    class Meta:
        table = "login_throttle"


MAX_FAILURES = 10
THROTTLE_WINDOW = timedelta(minutes=15)
LOCK_DURATION = timedelta(minutes=15)
MIN_PASSWORD_LENGTH = 8
MAX_PASSWORD_LENGTH = 128
USERNAME_RE = re.compile(r"^[a-z0-9_.\-]{3,50}$")
PHONE_RE = re.compile(r"^\+?[0-9][0-9\- ]{5,18}[0-9]$")
BADGE_RE = re.compile(r"^[A-Za-z0-9\-]{1,32}$")


def utcnow() -> datetime:
    return now()


# --- passwords ---------------------------------------------------------------------------


def check_password_rules(password: str, field: str = "password") -> None:
    if len(password) < MIN_PASSWORD_LENGTH:
        fail(
            "PASSWORD_TOO_SHORT",
            f"The password must have at least {MIN_PASSWORD_LENGTH} characters.",
            field,
        )
    if len(password) > MAX_PASSWORD_LENGTH:
        fail(
            "PASSWORD_TOO_LONG",
            f"The password must have at most {MAX_PASSWORD_LENGTH} characters.",
            field,
        )


# --- lookups -------------------------------------------------------------------------------


async def get_unit(unit_id: int, field: str = "unitId") -> Unit:
    unit = await Unit.get_or_none(id=unit_id)
    if unit is None:
        fail("UNIT_NOT_FOUND", "No unit has this ID.", field)
    return unit


async def get_person(person_id: int, field: str = "personId") -> Person:
    person = await Person.get_or_none(id=person_id)
    if person is None:
        fail("PERSON_NOT_FOUND", "No person has this ID.", field)
    return person


async def get_user(user_id: int, field: str = "userId") -> User:
    user = await User.get_or_none(id=user_id)
    if user is None:
        fail("USER_NOT_FOUND", "No user has this ID.", field)
    return user


async def unit_parents() -> dict[int, int | None]:
    """The whole unit tree as child -> parent: a county has a few hundred units at most."""
    return dict(await Unit.all().values_list("id", "parent_id"))


def subtree(parents: dict[int, int | None], root: int) -> set[int]:
    """`root` and every unit below it."""
    children: dict[int, list[int]] = {}
    for child, parent in parents.items():
        if parent is not None:
            children.setdefault(parent, []).append(child)
    found, stack = set(), [root]
    while stack:
        unit = stack.pop()
        if unit not in found:
            found.add(unit)
            stack.extend(children.get(unit, []))
    return found


def ancestors(parents: dict[int, int | None], unit_id: int) -> list[int]:
    """The chain above `unit_id`, nearest first."""
    chain: list[int] = []
    current = parents.get(unit_id)
    while current is not None and current not in chain:
        chain.append(current)
        current = parents.get(current)
    return chain


# --- units ---------------------------------------------------------------------------------


async def _save(obj: Model, code: str, message: str, field: str) -> None:
    """Save, turning a unique-constraint violation (also one lost to a race) into a userError."""
    if not await saved(obj):
        fail(code, message, field)


async def create_unit(*, name: str, kind: UnitKind, parent_id: int | None = None) -> Unit:
    async with in_transaction():
        name = clean_text(name, "name")
        parent = await get_unit(parent_id, "parentId") if parent_id is not None else None
        unit = Unit(name=name, kind=kind, parent=parent)
        await _save(unit, "DUPLICATE_UNIT_NAME", f"A unit named {name} exists already.", "name")
        return unit


async def update_unit(unit_id: int, changes: dict[str, Any]) -> Unit:
    async with in_transaction():
        unit = await Unit.select_for_update().get_or_none(id=unit_id)
        if unit is None:
            fail("UNIT_NOT_FOUND", "No unit has this ID.", "id")
        if "name" in changes:
            unit.name = clean_text(changes["name"], "name")
        if "kind" in changes and changes["kind"] is not None:
            unit.kind = changes["kind"]
        if "parent_id" in changes:
            parent_id = changes["parent_id"]
            if parent_id is not None:
                await get_unit(parent_id, "parentId")
                # Lock the tree while checking, so two concurrent moves cannot close a loop.
                await Unit.select_for_update().all().values_list("id", flat=True)
                parents = await unit_parents()
                if parent_id == unit.id or unit.id in ancestors(parents, parent_id):
                    fail(
                        "UNIT_CYCLE",
                        "A unit cannot be placed under itself or its own sub-unit.",
                        "parentId",
                    )
            unit.parent_id = parent_id
        await _save(
            unit, "DUPLICATE_UNIT_NAME", f"A unit named {unit.name} exists already.", "name"
        )
        return unit


# --- people --------------------------------------------------------------------------------


def _clean_pattern(
    value: str | None, pattern: re.Pattern[str], code: str, message: str, field: str
) -> str | None:
    """An optional text that must match `pattern` when given; blank means none."""
    text = (value or "").strip()
    if not text:
        return None
    if not pattern.match(text):
        fail(code, message, field)
    return text


def _clean_badge(value: str | None) -> str | None:
    message = "A badge number has 1 to 32 letters, digits or dashes."
    return _clean_pattern(value, BADGE_RE, "INVALID_BADGE_NUMBER", message, "badgeNumber")


def _clean_phone(value: str | None) -> str | None:
    message = "A phone number has 7 to 20 digits (spaces, dashes and a leading + allowed)."
    return _clean_pattern(value, PHONE_RE, "INVALID_PHONE", message, "phone")


# Called with a person after it is created or changed, inside the same transaction: other
# domains keep what depends on a person's unit, category or active flag in step (rosters).
person_hooks: list[Callable[[Person], Awaitable[None]]] = []


async def _person_changed(person: Person) -> None:
    for hook in person_hooks:
        await hook(person)


DUPLICATE_BADGE = ("DUPLICATE_BADGE_NUMBER", "Another person has this badge number.", "badgeNumber")


async def create_person(
    *,
    name: str,
    unit_id: int,
    category: PersonCategory,
    badge_number: str | None = None,
    phone: str | None = None,
) -> Person:
    async with in_transaction():
        person = Person(
            name=clean_text(name, "name"),
            unit=await get_unit(unit_id),
            category=category,
            badge_number=_clean_badge(badge_number),
            phone=_clean_phone(phone),
        )
        await _save(person, *DUPLICATE_BADGE)
        await _person_changed(person)
        return person


async def update_person(person_id: int, changes: dict[str, Any]) -> Person:
    async with in_transaction():
        person = await Person.select_for_update().get_or_none(id=person_id)
        if person is None:
            fail("PERSON_NOT_FOUND", "No person has this ID.", "id")
        if "name" in changes:
            person.name = clean_text(changes["name"], "name")
        if changes.get("unit_id") is not None:
            person.unit = await get_unit(changes["unit_id"])
        if changes.get("category") is not None:
            person.category = changes["category"]
        if "badge_number" in changes:
            person.badge_number = _clean_badge(changes["badge_number"])
        if "phone" in changes:
            person.phone = _clean_phone(changes["phone"])
        if changes.get("active") is not None:
            person.active = changes["active"]
        await _save(person, *DUPLICATE_BADGE)
        await _person_changed(person)
        return person


# --- users ---------------------------------------------------------------------------------


def _clean_username(value: str) -> str:
    username = (value or "").strip().lower()
    if not USERNAME_RE.match(username):
        fail(
            "INVALID_USERNAME",
            "A username has 3 to 50 characters: letters, digits, dots, dashes or underscores.",
            "username",
        )
    return username


def _clean_roles(roles: list[Role]) -> list[str]:
    if not roles:
        fail("ROLES_REQUIRED", "A user needs at least one role.", "roles")
    return sorted({Role(role).value for role in roles})


async def default_scope(person: Person | None) -> int | None:
    """Township people work in their township, enterprise staff in their enterprise; others
    county-wide."""
    if person is None:
        return None
    parents = await unit_parents()
    kinds = dict(await Unit.all().values_list("id", "kind"))
    chain = [person.unit_id, *ancestors(parents, person.unit_id)]
    townships = [unit for unit in chain if kinds[unit] == UnitKind.TOWNSHIP]
    if townships:
        return townships[-1]
    if kinds[person.unit_id] == UnitKind.ENTERPRISE:
        return person.unit_id
    return None


DUPLICATE_USERNAME = ("DUPLICATE_USERNAME", "This username is taken.", "username")


async def _link_person(person_id: int | None) -> Person | None:
    if person_id is None:
        return None
    person = await get_person(person_id)
    if await User.filter(person_id=person_id).exists():
        fail("PERSON_HAS_ACCOUNT", "This person has an account already.", "personId")
    return person


async def create_user(
    *,
    username: str,
    password: str,
    roles: list[Role],
    person_id: int | None = None,
    scope_unit_id: int | None = None,
) -> User:
    username = _clean_username(username)
    check_password_rules(password)
    role_names = _clean_roles(roles)
    password_hash = await hash_password(password)
    async with in_transaction():
        person = await _link_person(person_id)
        if scope_unit_id is not None:
            await get_unit(scope_unit_id, "scopeUnitId")
        else:
            scope_unit_id = await default_scope(person)
        user = User(
            username=username,
            password_hash=password_hash,
            roles=role_names,
            person=person,
            scope_unit_id=scope_unit_id,
        )
        if not await saved(user):
            if await User.filter(username=username).exists():
                fail(*DUPLICATE_USERNAME)
            fail("PERSON_HAS_ACCOUNT", "This person has an account already.", "personId")
        return user


async def update_user(user_id: int, changes: dict[str, Any]) -> User:
    async with in_transaction():
        user = await User.select_for_update().get_or_none(id=user_id)
        if user is None:
            fail("USER_NOT_FOUND", "No user has this ID.", "id")
        if changes.get("roles") is not None:
            user.roles = _clean_roles(changes["roles"])
        if "person_id" in changes and changes["person_id"] != user.person_id:
            user.person = await _link_person(changes["person_id"])
        if "scope_unit_id" in changes:
            if changes["scope_unit_id"] is not None:
                await get_unit(changes["scope_unit_id"], "scopeUnitId")
            user.scope_unit_id = changes["scope_unit_id"]
        await _save(user, "PERSON_HAS_ACCOUNT", "This person has an account already.", "personId")
        return user


async def deactivate_user(user_id: int) -> User:
    async with in_transaction():
        user = await User.select_for_update().get_or_none(id=user_id)
        if user is None:
            fail("USER_NOT_FOUND", "No user has this ID.", "id")
        user.active = False
        user.token_version += 1
        await user.save(update_fields=["active", "token_version"])
        return user


async def reset_password(user_id: int, new_password: str) -> User:
    check_password_rules(new_password, "newPassword")
    password_hash = await hash_password(new_password)
    async with in_transaction():
        user = await User.select_for_update().get_or_none(id=user_id)
        if user is None:
            fail("USER_NOT_FOUND", "No user has this ID.", "id")
        user.password_hash = password_hash
        user.active = True
        user.token_version += 1
        await user.save(update_fields=["password_hash", "active", "token_version"])
        await LoginThrottle.filter(username=user.username).delete()
        return user


async def change_password(user: User, current_password: str, new_password: str) -> User:
    if not await verify_password(user.password_hash, current_password):
        fail("WRONG_PASSWORD", "The current password is not correct.", "currentPassword")
    check_password_rules(new_password, "newPassword")
    if new_password == current_password:
        fail(
            "PASSWORD_UNCHANGED",
            "The new password must differ from the current one.",
            "newPassword",
        )
    password_hash = await hash_password(new_password)
    async with in_transaction():
        await User.filter(id=user.id).update(
            password_hash=password_hash, token_version=F("token_version") + 1
        )
    return await User.get(id=user.id)


# --- login ---------------------------------------------------------------------------------

# Verified against when the username does not exist, so that a miss costs as long as a hit.
_DUMMY_HASH: str | None = None


async def _dummy_hash() -> str:
    global _DUMMY_HASH
    if _DUMMY_HASH is None:
        _DUMMY_HASH = await hash_password("not-a-real-password")
    return _DUMMY_HASH


async def authenticate(username: str, password: str) -> User:
    """Check a username and password, with the per-username lock after repeated failures.

    Each attempt first reserves one of the window's MAX_FAILURES checks in the database (see
    `_reserve_attempt`); only then is the password checked. A wrong password leaves the
    reservation counted as a failure, a right one clears the count (and replaces a hash made
    with other parameters: `_password_was_right`).
    """
    username = (username or "").strip().lower()
    if not sql.fits(User, "username", username):  # no account has it, none may be locked
        await verify_password(await _dummy_hash(), password or "")
        fail("INVALID_CREDENTIALS", "The username or password is not correct.", "password")
    await _reserve_attempt(username, utcnow())
    user = await User.get_or_none(username=username) if username else None
    ok = await verify_password(user.password_hash if user else await _dummy_hash(), password or "")
    if not ok:
        fail("INVALID_CREDENTIALS", "The username or password is not correct.", "password")
    await _password_was_right(user, password)
    if not user.active:
        fail("ACCOUNT_INACTIVE", "This account has been deactivated.", "username")
    return user


async def _password_was_right(user: User, password: str) -> None:
    """One transaction clears the failure count (this attempt's reservation included) and, for
    an active account whose stored hash has other parameters than new hashes get, replaces the
    hash with a new one of the same password. The new hash is computed before the transaction
    opens (no hashing holds the database), and replaces only the hash just checked: a password
    changed meanwhile stays. The user's tokens stay valid."""
    rehash = user.active and needs_rehash(user.password_hash)
    new_hash = await hash_password(password) if rehash else None
    async with in_transaction():
        await LoginThrottle.filter(username=user.username).delete()
        if new_hash is not None:
            await User.filter(id=user.id, password_hash=user.password_hash).update(
                password_hash=new_hash
            )
            user.password_hash = new_hash


async def _reserve_attempt(username: str, now: datetime) -> None:
    """Count an attempt as a failure before its password is checked, or refuse it as locked.

    One transaction holds the username's throttle row (FOR UPDATE on PostgreSQL, the write lock
    on SQLite), so concurrent attempts on every worker take their turn: however many arrive at
    once, no more than MAX_FAILURES passwords are checked in a window. The attempt that takes
    the last check also sets the lock.
    """
    async with in_transaction():
        row = await LoginThrottle.select_for_update().get_or_none(username=username)
        while row is None:
            if await saved(LoginThrottle(username=username, failures=1, window_started_at=now)):
                return
            # Another attempt created the row a moment ago: count on it, unless a right
            # password has already cleared it again.
            row = await LoginThrottle.select_for_update().get_or_none(username=username)
        locked_until = row.locked_until
        if locked_until is None or locked_until <= now:
            if locked_until is not None or row.window_started_at < now - THROTTLE_WINDOW:
                row.failures, row.window_started_at, row.locked_until = 1, now, None
            else:
                row.failures += 1
                if row.failures >= MAX_FAILURES:
                    row.locked_until = now + LOCK_DURATION
            await row.save(update_fields=["failures", "window_started_at", "locked_until"])
            return
    minutes = max(1, round((locked_until - now).total_seconds() / 60))
    fail(
        "ACCOUNT_LOCKED",
        f"Too many failed logins: try again in {minutes} minutes or ask an administrator.",
        "username",
    )
