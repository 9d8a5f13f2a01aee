"""Accounts and organisation: units, people, users, login."""

from __future__ import annotations

from typing import Any

import strawberry
from strawberry import Info, relay
from tortoise.expressions import Q

from models import org, sql
from models.errors import fail
from models.org import PersonCategory, Role, UnitKind
from schema import node, reads
from schema.audit import mutation
from schema.auth import issue_token
from schema.errors import UserError, respond
from schema.ids import argument_id, parse_id, parse_optional_id
from schema.pagination import paginate
from schema.permissions import STAFF, allow, require_user

UnitKindEnum = strawberry.enum(
    UnitKind,
    description="单位类别: 县直部门 / 乡镇 / 企业 / 安委会·专委会",
)
PersonCategoryEnum = strawberry.enum(
    PersonCategory,
    description="人员类别: 主要负责人 / 分管负责人 / 执法人员 / 配合执法专干",
)
RoleEnum = strawberry.enum(
    Role,
    description="ADMIN 系统管理员, TRAINER 培训管理员, OFFICER 执法人员, LEADER 领导, "
    "EVALUATOR 评估员/裁判, ASSESSMENT_SYSTEM 外部考核系统 (reads the score ledger only)",
)


def _changes(input: Any, **renames: str) -> dict[str, Any]:
    """The fields an update input sets (null included), under the operation's argument names."""
    return {
        renames.get(name, name): value
        for name, value in vars(input).items()
        if name != "id" and value is not strawberry.UNSET
    }


# --- types ---------------------------------------------------------------------------------


UNIT_COLUMNS = ("name", "kind", "parent_id")
PERSON_COLUMNS = ("name", "category", "badge_number", "active", "unit_id", "phone")


async def units_by_id(context: Any, ids: list[int | None]) -> list[UnitType | None]:
    """A unit per id (None for None), from one statement."""
    found = await sql.rows_by_id(org.Unit, UNIT_COLUMNS, [pk for pk in ids if pk is not None])
    return reads.shared_by_id(found, ids, UnitType.from_row)


async def people_by_id(context: Any, ids: list[int | None]) -> list[PersonType | None]:
    found = await sql.rows_by_id(org.Person, PERSON_COLUMNS, [pk for pk in ids if pk is not None])
    return reads.shared_by_id(found, ids, PersonType.from_row)


async def parents_of(context: Any, units: list[UnitType]) -> list[UnitType | None]:
    return await units_by_id(context, [unit.parent_id for unit in units])


async def units_of(context: Any, parents: list[Any]) -> list[UnitType | None]:
    """The unit of each parent that has a `unit_id` (a person)."""
    return await units_by_id(context, [parent.unit_id for parent in parents])


async def people_of(context: Any, parents: list[Any]) -> list[PersonType | None]:
    """The person of each parent that has a `person_id` (a roster row, an account, ...)."""
    return await people_by_id(context, [parent.person_id for parent in parents])


@strawberry.type(name="Unit")
class UnitType(relay.Node):
    id: relay.NodeID[int]
    name: str
    kind: UnitKindEnum
    parent_id: strawberry.Private[int | None]

    @classmethod
    def from_model(cls, unit: org.Unit) -> UnitType:
        return cls(id=unit.id, name=unit.name, kind=unit.kind, parent_id=unit.parent_id)

    @classmethod
    def from_row(cls, row: dict[str, Any]) -> UnitType:
        return reads.from_row(cls, row)

    @reads.relation(parents_of)
    async def parent(self, info: Info) -> UnitType | None:
        return await reads.load(parents_of, self, info)


@strawberry.type(name="Person")
class PersonType(relay.Node):
    id: relay.NodeID[int]
    name: str
    category: PersonCategoryEnum
    badge_number: str | None
    active: bool
    unit_id: strawberry.Private[int]
    phone_number: strawberry.Private[str | None]

    @classmethod
    def from_model(cls, person: org.Person) -> PersonType:
        return cls(
            id=person.id,
            name=person.name,
            category=person.category,
            badge_number=person.badge_number,
            active=person.active,
            unit_id=person.unit_id,
            phone_number=person.phone,
        )

    @classmethod
    def from_row(cls, row: dict[str, Any]) -> PersonType:
        return reads.from_row(cls, row, phone_number="phone")

    @reads.relation(units_of)
    async def unit(self, info: Info) -> UnitType:
        return await reads.load(units_of, self, info)

    @strawberry.field(description="Shown to admins, trainers, leaders and the person themself.")
    def phone(self, info: Info) -> str | None:
        return self.phone_number if info.context.user.sees_phone_of(self.id) else None

    @strawberry.field(extensions=allow(Role.ADMIN), description="The person's login, if any.")
    async def account(self, info: Info) -> UserType | None:
        user = await info.context.loaders.user_by_person.load(self.id)
        return UserType.from_model(user) if user else None


async def scope_units_of(context: Any, users: list[UserType]) -> list[UnitType | None]:
    return await units_by_id(context, [user.scope_unit_id for user in users])


@strawberry.type(name="User")
class UserType(relay.Node):
    id: relay.NodeID[int]
    username: str
    roles: list[RoleEnum]
    active: bool
    person_id: strawberry.Private[int | None]
    scope_unit_id: strawberry.Private[int | None]

    @classmethod
    def from_model(cls, user: org.User) -> UserType:
        return cls(
            id=user.id,
            username=user.username,
            roles=[Role(role) for role in user.roles],
            active=user.active,
            person_id=user.person_id,
            scope_unit_id=user.scope_unit_id,
        )

    @reads.relation(people_of)
    async def person(self, info: Info) -> PersonType | None:
        return await reads.load(people_of, self, info)

    @reads.relation(
        scope_units_of,
        description="The unit subtree this user works in; null means county-wide.",
    )
    async def scope_unit(self, info: Info) -> UnitType | None:
        return await reads.load(scope_units_of, self, info)


# --- node(id:) -----------------------------------------------------------------------------


async def _unit_node(info: Info, pk: int) -> UnitType | None:
    require_user(info)
    unit = await info.context.loaders.unit.load(pk)
    return UnitType.from_model(unit) if unit else None


async def visible_person(info: Info, pk: int) -> org.Person | None:
    """A person the caller may see: in their unit scope, or themself."""
    user = require_user(info)
    person = await info.context.loaders.person.load(pk)
    if person is None or not user.has_role(*STAFF):
        return None
    if user.person_id == pk or (await info.context.scope()).covers(person.unit_id):
        return person
    return None


async def _person_node(info: Info, pk: int) -> PersonType | None:
    person = await visible_person(info, pk)
    return PersonType.from_model(person) if person else None


async def _user_node(info: Info, pk: int) -> UserType | None:
    user = require_user(info)
    if pk != user.id and not user.has_role(Role.ADMIN):
        return None
    found = await info.context.loaders.user.load(pk)
    return UserType.from_model(found) if found else None


node.register("Unit", _unit_node)
node.register("Person", _person_node)
node.register("User", _user_node)


# --- inputs and payloads -------------------------------------------------------------------


@strawberry.input
class LoginInput:
    username: str
    password: str


@strawberry.type
class LoginPayload:
    token: str | None = None
    user: UserType | None = None
    user_errors: list[UserError]


@strawberry.input
class ChangePasswordInput:
    current_password: str
    new_password: str


@strawberry.type
class ChangePasswordPayload:
    token: str | None = strawberry.field(
        default=None, description="A fresh token: every token issued before the change is void."
    )
    user: UserType | None = None
    user_errors: list[UserError]


@strawberry.input
class CreateUnitInput:
    name: str
    kind: UnitKindEnum
    parent_id: strawberry.ID | None = None


@strawberry.input
class UpdateUnitInput:
    id: strawberry.ID
    name: str | None = strawberry.UNSET
    kind: UnitKindEnum | None = strawberry.UNSET
    parent_id: strawberry.ID | None = strawberry.field(
        default=strawberry.UNSET, description="null makes the unit top-level."
    )


@strawberry.type
class UnitPayload:
    unit: UnitType | None = None
    user_errors: list[UserError]


@strawberry.input
class CreatePersonInput:
    name: str
    unit_id: strawberry.ID
    category: PersonCategoryEnum
    badge_number: str | None = None
    phone: str | None = None


@strawberry.input
class UpdatePersonInput:
    id: strawberry.ID
    name: str | None = strawberry.UNSET
    unit_id: strawberry.ID | None = strawberry.UNSET
    category: PersonCategoryEnum | None = strawberry.UNSET
    badge_number: str | None = strawberry.UNSET
    phone: str | None = strawberry.UNSET
    active: bool | None = strawberry.UNSET


@strawberry.type
class PersonPayload:
    person: PersonType | None = None
    user_errors: list[UserError]


@strawberry.input
class CreateUserInput:
    username: str
    password: str
    roles: list[RoleEnum]
    person_id: strawberry.ID | None = None
    scope_unit_id: strawberry.ID | None = strawberry.field(
        default=None,
        description="Defaults to the person's township (or enterprise); county-wide otherwise.",
    )


@strawberry.input
class UpdateUserInput:
    id: strawberry.ID
    roles: list[RoleEnum] | None = strawberry.UNSET
    person_id: strawberry.ID | None = strawberry.UNSET
    scope_unit_id: strawberry.ID | None = strawberry.field(
        default=strawberry.UNSET, description="null makes the user county-wide."
    )


@strawberry.input
class DeactivateUserInput:
    id: strawberry.ID


@strawberry.input
class ResetPasswordInput:
    id: strawberry.ID
    new_password: str


@strawberry.type
class UserPayload:
    user: UserType | None = None
    user_errors: list[UserError]


# --- queries -------------------------------------------------------------------------------


@strawberry.type
class Query:
    @strawberry.field(description="The logged-in user; null when not logged in.")
    async def me(self, info: Info) -> UserType | None:
        user = info.context.user
        return UserType.from_model(user) if user else None

    @strawberry.field(extensions=allow(*STAFF))
    async def units(
        self,
        first: int | None = None,
        after: str | None = None,
        kind: UnitKindEnum | None = None,
        parent_id: strawberry.ID | None = None,
    ) -> relay.Connection[UnitType]:
        rows = org.Unit.all()
        if kind is not None:
            rows = rows.filter(kind=kind)
        if parent_id is not None:
            rows = rows.filter(parent_id=argument_id(parent_id, "Unit", "parentId"))
        return await paginate(rows, first, after, UnitType.from_row, UNIT_COLUMNS)

    @strawberry.field(
        extensions=allow(*STAFF),
        description="People in the caller's unit scope. unitId includes the unit's sub-units; "
        "search matches a name or badge number.",
    )
    async def people(
        self,
        info: Info,
        first: int | None = None,
        after: str | None = None,
        unit_id: strawberry.ID | None = None,
        category: PersonCategoryEnum | None = None,
        search: str | None = None,
        include_inactive: bool = False,
    ) -> relay.Connection[PersonType]:
        rows = org.Person.all()
        scope = await info.context.scope()
        if not scope.county_wide:
            rows = rows.filter(unit_id__in=scope.unit_ids)
        if unit_id is not None:
            root = argument_id(unit_id, "Unit", "unitId")
            rows = rows.filter(unit_id__in=org.subtree(await org.unit_parents(), root))
        if category is not None:
            rows = rows.filter(category=category)
        if search and search.strip():
            term = search.strip()[:100]
            rows = rows.filter(Q(name__icontains=term) | Q(badge_number__icontains=term))
        if not include_inactive:
            rows = rows.filter(active=True)
        return await paginate(rows, first, after, PersonType.from_row, PERSON_COLUMNS)

    @strawberry.field(extensions=allow(Role.ADMIN))
    async def users(
        self,
        first: int | None = None,
        after: str | None = None,
        search: str | None = None,
    ) -> relay.Connection[UserType]:
        rows = org.User.all()
        if search and search.strip():
            rows = rows.filter(username__icontains=search.strip()[:50])
        return await paginate(rows, first, after, UserType.from_model)


# --- mutations -----------------------------------------------------------------------------


@strawberry.type
class Mutation:
    @mutation(
        public=True,
        atomic=False,
        description="Log in: a bearer token for the Authorization header.",
    )
    async def login(self, info: Info, input: LoginInput) -> LoginPayload:
        async def action() -> dict[str, Any]:
            user = await org.authenticate(input.username, input.password)
            info.context.user = user
            token = issue_token(user, info.context.settings)
            return {"token": token, "user": UserType.from_model(user)}

        return await respond(LoginPayload, action)

    @mutation()
    async def change_password(
        self, info: Info, input: ChangePasswordInput
    ) -> ChangePasswordPayload:
        async def action() -> dict[str, Any]:
            user = await org.change_password(
                info.context.user, input.current_password, input.new_password
            )
            info.context.user = user
            return {
                "token": issue_token(user, info.context.settings),
                "user": UserType.from_model(user),
            }

        return await respond(ChangePasswordPayload, action)

    @mutation(Role.ADMIN)
    async def create_unit(self, input: CreateUnitInput) -> UnitPayload:
        async def action() -> dict[str, Any]:
            unit = await org.create_unit(
                name=input.name,
                kind=input.kind,
                parent_id=parse_optional_id(input.parent_id, "Unit", "parentId"),
            )
            return {"unit": UnitType.from_model(unit)}

        return await respond(UnitPayload, action)

    @mutation(Role.ADMIN)
    async def update_unit(self, input: UpdateUnitInput) -> UnitPayload:
        async def action() -> dict[str, Any]:
            changes = _changes(input)
            if "parent_id" in changes:
                changes["parent_id"] = parse_optional_id(changes["parent_id"], "Unit", "parentId")
            unit = await org.update_unit(parse_id(input.id, "Unit", "id"), changes)
            return {"unit": UnitType.from_model(unit)}

        return await respond(UnitPayload, action)

    @mutation(Role.ADMIN)
    async def create_person(self, input: CreatePersonInput) -> PersonPayload:
        async def action() -> dict[str, Any]:
            person = await org.create_person(
                name=input.name,
                unit_id=parse_id(input.unit_id, "Unit", "unitId"),
                category=input.category,
                badge_number=input.badge_number,
                phone=input.phone,
            )
            return {"person": PersonType.from_model(person)}

        return await respond(PersonPayload, action)

    @mutation(Role.ADMIN)
    async def update_person(self, input: UpdatePersonInput) -> PersonPayload:
        async def action() -> dict[str, Any]:
            changes = _changes(input)
            if changes.get("unit_id") is not None:
                changes["unit_id"] = parse_id(changes["unit_id"], "Unit", "unitId")
            person = await org.update_person(parse_id(input.id, "Person", "id"), changes)
            return {"person": PersonType.from_model(person)}

        return await respond(PersonPayload, action)

    @mutation(Role.ADMIN)
    async def create_user(self, input: CreateUserInput) -> UserPayload:
        async def action() -> dict[str, Any]:
            user = await org.create_user(
                username=input.username,
                password=input.password,
                roles=input.roles,
                person_id=parse_optional_id(input.person_id, "Person", "personId"),
                scope_unit_id=parse_optional_id(input.scope_unit_id, "Unit", "scopeUnitId"),
            )
            return {"user": UserType.from_model(user)}

        return await respond(UserPayload, action)

    @mutation(Role.ADMIN)
    async def update_user(self, input: UpdateUserInput) -> UserPayload:
        async def action() -> dict[str, Any]:
            changes = _changes(input)
            if "person_id" in changes:
                changes["person_id"] = parse_optional_id(changes["person_id"], "Person", "personId")
            if "scope_unit_id" in changes:
                changes["scope_unit_id"] = parse_optional_id(
                    changes["scope_unit_id"], "Unit", "scopeUnitId"
                )
            user = await org.update_user(parse_id(input.id, "User", "id"), changes)
            return {"user": UserType.from_model(user)}

        return await respond(UserPayload, action)

    @mutation(Role.ADMIN)
    async def deactivate_user(self, info: Info, input: DeactivateUserInput) -> UserPayload:
        async def action() -> dict[str, Any]:
            user_id = parse_id(input.id, "User", "id")
            if user_id == info.context.user.id:
                fail("CANNOT_DEACTIVATE_SELF", "You cannot deactivate your own account.", "id")
            return {"user": UserType.from_model(await org.deactivate_user(user_id))}

        return await respond(UserPayload, action)

    @mutation(Role.ADMIN)
    async def reset_password(self, input: ResetPasswordInput) -> UserPayload:
        async def action() -> dict[str, Any]:
            user = await org.reset_password(parse_id(input.id, "User", "id"), input.new_password)
            return {"user": UserType.from_model(user)}

        return await respond(UserPayload, action)
