"""Completion by compiled plans: the second pass of the read path (see schema.reads).

For an object type and the fields a document selects on it, a plan is a Python function,
generated once per request and selection, that turns one object into its answer: it reads each
field (an attribute, the relay `id`, an attached relation, a resolver that reads only `self`),
checks it the way graphql-core would (non-null, the scalar's type) and completes child objects
and lists with their own plans. A field that none of these covers makes the whole selection
plan-less; a value a plan cannot complete (None where the schema says non-null, a relation that
was not attached, a scalar of the wrong type, an exception) makes it give up on that object, and
graphql-core completes that object the ordinary way, with the ordinary errors.
"""

from __future__ import annotations

from collections import OrderedDict
from collections.abc import Callable
from typing import Any

from graphql import (
    BREAK,
    GraphQLBoolean,
    GraphQLEnumType,
    GraphQLList,
    GraphQLNonNull,
    GraphQLObjectType,
    GraphQLScalarType,
    GraphQLString,
    Visitor,
    visit,
)
from graphql.pyutils import Undefined
from strawberry import relay
from strawberry.permission import PermissionExtension
from strawberry.types.field import StrawberryField

from schema.ids import global_id
from schema.permissions import Allow

DEFINITION = "strawberry-definition"
Plan = Callable[[Any], dict[str, Any]]


class GiveUp(Exception):
    """This object cannot be completed by its plan: complete it the ordinary way."""


def relation_attribute(node: Any) -> str:
    """The attribute a relation's value is attached under: one per field of the document, so
    two aliases of a relation with different arguments keep their own values."""
    return f"_relation_{id(node)}"


def role_checks(field: StrawberryField) -> tuple[tuple[Any, ...], ...] | None:
    """The roles each of the field's permission extensions admits, when all its extensions are
    `schema.permissions.allow(...)` ones (() for a field without any); None otherwise."""
    checks = []
    for extension in field.extensions:
        if not isinstance(extension, PermissionExtension) or extension.fail_silently:
            return None
        if not all(isinstance(permission, Allow) for permission in extension.permissions):
            return None
        checks += [permission.roles for permission in extension.permissions]
    return tuple(checks)


def is_relation(field: StrawberryField) -> bool:
    resolver = field.base_resolver
    return resolver is not None and hasattr(resolver.wrapped_func, "batch")


class SharedPlans:
    """Plans kept across requests, by the identity of the field nodes they complete: the parser
    cache hands out the same document (the same nodes) for the same text, so a client that
    sends the same few documents compiles each once per worker. Only for documents without
    directives, whose selections do not depend on the variables."""

    def __init__(self, size: int = 1024) -> None:
        self.size = size
        self.plans: OrderedDict[tuple[Any, ...], tuple[Any, Plan | None]] = OrderedDict()
        self.static: OrderedDict[int, tuple[Any, bool]] = OrderedDict()

    def shareable(self, operation: Any, fragments: dict[str, Any]) -> bool:
        found = self.static.get(id(operation))
        if found is not None and found[0] is operation:
            return found[1]
        finder = _FindDirectives()
        for node in (operation, *fragments.values()):
            visit(node, finder)
        self._put(self.static, id(operation), (operation, not finder.found))
        return not finder.found

    def get(
        self, type_: GraphQLObjectType, grouped: Any, compile: Callable[[], Plan | None]
    ) -> Plan | None:
        key = (type_.name, *((k, *(id(d.node) for d in details)) for k, details in grouped.items()))
        found = self.plans.get(key)
        if found is not None:
            self.plans.move_to_end(key)
            return found[1]
        plan = compile()
        self._put(self.plans, key, (grouped, plan))  # `grouped` keeps the nodes (their ids) alive
        return plan

    def _put(self, table: OrderedDict, key: Any, value: Any) -> None:
        table[key] = value
        if len(table) > self.size:
            table.popitem(last=False)


class _FindDirectives(Visitor):
    found = False

    def enter_directive(self, *_: Any) -> Any:
        self.found = True
        return BREAK


SHARED = SharedPlans()


class PlanCompiler:
    """Compiles the plans of one request (`collect_subfields` is the executor's memoized one);
    what it makes refers to the schema and the document only, so plans can outlive it."""

    def __init__(self, collect_subfields: Callable[[GraphQLObjectType, Any], Any]) -> None:
        self.collect_subfields = collect_subfields
        self.plans: dict[tuple[str, int], tuple[Any, Plan | None]] = {}
        self.names: dict[str, Any] = {"GiveUp": GiveUp, "MISSING": _MISSING, "Undefined": Undefined}

    def plan(self, type_: GraphQLObjectType, grouped: Any) -> Plan | None:
        key = (type_.name, id(grouped))
        if key in self.plans:
            return self.plans[key][1]
        self.plans[key] = (grouped, None)  # while compiling: a type that meets itself has none
        plan = self._compile(type_, grouped)
        self.plans[key] = (grouped, plan)  # `grouped` kept alive: its id stays its own
        return plan

    def _name(self, value: Any, prefix: str) -> str:
        name = f"{prefix}{len(self.names)}"
        self.names[name] = value
        return name

    def _compile(self, type_: GraphQLObjectType, grouped: Any) -> Plan | None:
        lines = ["def plan(source):"]
        keys = []
        for n, (response_key, details) in enumerate(grouped.items()):
            field_lines = self._field(type_, details, f"v{n}")
            if field_lines is None:
                return None
            lines += ["    " + line for line in field_lines]
            keys.append(f"{response_key!r}: v{n}")
        lines.append("    return {" + ", ".join(keys) + "}")
        scope: dict[str, Any] = {}
        exec("\n".join(lines), self.names, scope)
        return scope["plan"]

    def _field(self, type_: GraphQLObjectType, details: Any, var: str) -> list[str] | None:
        node = details[0].node
        name = node.name.value
        if name == "__typename":
            return [f"{var} = {type_.name!r}"]
        field_def = type_.fields.get(name)
        field = field_def.extensions.get(DEFINITION) if field_def else None
        if field is None or details[0].fragment_variable_values:
            return None
        # a relation the look-ahead attached has passed its role checks (it attaches nothing
        # where they fail); any other field with extensions runs them the ordinary way
        if field.extensions and not (is_relation(field) and role_checks(field) is not None):
            return None
        read = self._read(type_, field, node, var)
        if read is None:
            return None
        complete = self._complete(field_def.type, details, var, nullable=True)
        return None if complete is None else read + complete

    def _read(self, type_: Any, field: StrawberryField, node: Any, var: str) -> list[str] | None:
        if field.is_basic_field:
            return [f"{var} = source.{field.python_name}"]
        resolver = field.base_resolver
        assert resolver is not None
        if field.python_name == "_id" and field.graphql_name == "id":
            origin = type_.extensions[DEFINITION].origin
            if (
                origin.resolve_id.__func__ is not relay.Node.resolve_id.__func__
                or origin.resolve_typename.__func__ is not relay.Node.resolve_typename.__func__
            ):
                return None
            encode = self._name(global_id, "global_id_")
            return [f"{var} = {encode}({type_.name!r}, source.{origin.resolve_id_attr()})"]
        if is_relation(field):
            attribute = relation_attribute(node)
            return [
                f"{var} = source.__dict__.get({attribute!r}, MISSING)",
                f"if {var} is MISSING: raise GiveUp",
            ]
        if (
            resolver.is_async
            or resolver.arguments
            or resolver.info_parameter is not None
            or resolver.root_parameter is not None
            or resolver.self_parameter is None
            or isinstance(resolver.wrapped_func, staticmethod | classmethod)
        ):
            return None
        function = self._name(resolver.wrapped_func, "resolver_")
        return [f"{var} = {function}(source)"]

    def _complete(self, type_: Any, details: Any, var: str, nullable: bool) -> list[str] | None:
        """Lines that turn `var` into its completed value (or raise GiveUp)."""
        if isinstance(type_, GraphQLNonNull):
            inner = self._complete(type_.of_type, details, var, nullable=False)
            return None if inner is None else [f"if {var} is None: raise GiveUp", *inner]
        guard = f"if {var} is not None: " if nullable else ""
        if isinstance(type_, GraphQLList):
            item = self._item(type_.of_type, details)
            if item is None:
                return None
            return [f"{guard}{var} = [{item}(item) for item in {var}]"]
        if type_ is GraphQLString:
            return [f"if {var} is not None and type({var}) is not str: raise GiveUp"]
        if type_ is GraphQLBoolean:
            return [f"if {var} is not None and type({var}) is not bool: raise GiveUp"]
        if isinstance(type_, GraphQLEnumType):
            # an enum has few members: each is serialized once per request
            names = self._name({}, "enum_names_")
            serialize = self._name(type_.serialize, "serialize_")
            leaf = self._function(
                [
                    "def complete(value):",
                    "    key = (value.__class__, value)",
                    f"    name = {names}.get(key)",
                    "    if name is None:",
                    f"        name = {names}[key] = {serialize}(value)",
                    "        if name is None or name is Undefined: raise GiveUp",
                    "    return name",
                ],
                "enum_",
            )
            return [f"{guard}{var} = {leaf}({var})"]
        if isinstance(type_, GraphQLScalarType):
            serialize = self._name(type_.serialize, "serialize_")
            leaf = self._function(
                [
                    "def complete(value):",
                    f"    value = {serialize}(value)",
                    "    if value is None or value is Undefined: raise GiveUp",
                    "    return value",
                ],
                "leaf_",
            )
            return [f"{guard}{var} = {leaf}({var})"]
        if isinstance(type_, GraphQLObjectType):
            item = self._item(type_, details)
            return None if item is None else [f"{guard}{var} = {item}({var})"]
        return None  # an interface or a union: the ordinary path resolves its type

    def _item(self, type_: Any, details: Any) -> str | None:
        """The name of a function completing one value of `type_` (an item of a list)."""
        if isinstance(type_, GraphQLObjectType):
            collected = self.collect_subfields(type_, details)
            if collected.new_defer_usages:
                return None
            plan = self.plan(type_, collected.grouped_field_set)
            if plan is None:
                return None
            definition = type_.extensions.get(DEFINITION)
            origin = self._name(definition.origin if definition else None, "origin_")
            is_type_of = self._name(type_.is_type_of, "is_type_of_")
            plan_name = self._name(plan, "plan_")
            check = (
                f"    if type(value) is not {origin} and not {is_type_of}(value, None): "
                "raise GiveUp"
                if type_.is_type_of is not None
                else ""
            )
            lines = ["def complete(value):", "    if value is None: return None"]
            if check:
                lines.append(check)
            lines.append(f"    return {plan_name}(value)")
            return self._function(lines, "object_")
        if isinstance(type_, GraphQLNonNull):
            inner = self._item(type_.of_type, details)
            if inner is None:
                return None
            lines = [
                "def complete(value):",
                "    if value is None: raise GiveUp",
                f"    return {inner}(value)",
            ]
            return self._function(lines, "non_null_")
        body = self._complete(type_, details, "value", nullable=True)
        if body is None:
            return None
        lines = ["def complete(value):", *("    " + line for line in body), "    return value"]
        return self._function(lines, "item_")

    def _function(self, lines: list[str], prefix: str) -> str:
        scope: dict[str, Any] = {}
        exec("\n".join(lines), self.names, scope)
        return self._name(scope["complete"], prefix)


class _Missing:
    pass


_MISSING = _Missing()
