"""The read path every list and relation uses.

A query is answered in two passes:

1. **Look-ahead.** When a root field (a query, a mutation's payload) has resolved, the executor
   walks the selection below it. Each *relation* field it meets (declared with `relation`) is
   fetched for all the parents at that level in one call of its batch function, and the result
   is attached to each parent. The walk goes on into the children, so a tree of any depth costs
   one statement per level, whatever the page sizes.
2. **Completion.** An object whose selected fields are all plain (attributes, the relay `id`,
   attached relations, resolvers that only read `self`) is turned into its answer by a plan
   compiled once per selection, without an awaitable, resolve-info or error wrapper per field.
   Anything else (a resolver that needs `info`, a permission extension, an error) takes
   graphql-core's ordinary path for that object, so the answer and its errors stay the same.

A relation that the look-ahead did not reach (below a field with its own resolver) still
resolves through a per-request DataLoader over the same batch function: the statement count stays
constant, it is only slower.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Awaitable, Callable, Sequence
from functools import lru_cache
from operator import attrgetter
from typing import Any, TypeVar

import strawberry
from graphql import (
    GraphQLEnumType,
    GraphQLList,
    GraphQLNonNull,
    GraphQLObjectType,
    GraphQLScalarType,
    GraphQLString,
    get_named_type,
    is_abstract_type,
    is_composite_type,
)
from graphql.execution.values import get_argument_values
from graphql.pyutils import Undefined
from strawberry import relay
from strawberry.dataloader import DataLoader
from strawberry.relay.utils import to_base64
from strawberry.schema.schema import StrawberryGraphQLCoreExecutionContext
from strawberry.types.arguments import convert_arguments
from strawberry.types.field import StrawberryField

P = TypeVar("P")
Batch = Callable[..., Awaitable[Sequence[Any]]]

DEFINITION = "strawberry-definition"


# --- declaring relations -------------------------------------------------------------------


def relation(batch: Batch, **field_options: Any) -> Callable[[Callable[..., Any]], Any]:
    """A strawberry field whose values for many parents come from one call of
    `batch(context, parents, **arguments) -> values`, one value per parent, in order.

    The resolver under it is what runs when the look-ahead did not attach a value:

        @reads.relation(people_of_rows)
        async def person(self, info: Info) -> PersonType:
            return await reads.load(people_of_rows, self, info)
    """

    def decorate(resolver: Callable[..., Any]) -> Any:
        resolver.batch = batch  # type: ignore[attr-defined]
        return strawberry.field(resolver=resolver, **field_options)

    return decorate


def batch_of(field: StrawberryField) -> Batch | None:
    resolver = field.base_resolver
    return getattr(resolver.wrapped_func, "batch", None) if resolver is not None else None


async def load(batch: Batch, parent: Any, info: strawberry.Info, **arguments: Any) -> Any:
    """The value of a relation for `parent`: the one the look-ahead attached, else one fetched
    with the siblings that ask in the same tick."""
    attached = parent.__dict__.get(attachment(info._raw_info.field_nodes[0]), _MISSING)
    if attached is not _MISSING:
        return attached
    loaders = info.context.loaders.relations
    key = (batch, tuple(sorted(arguments.items(), key=lambda item: item[0])))
    loader = loaders.get(key)
    if loader is None:
        context = info.context

        async def run(parents: list[Any]) -> Sequence[Any]:
            return await batch(context, parents, **arguments)

        loader = loaders[key] = DataLoader(run, cache_key_fn=id)
    return await loader.load(parent)


def attachment(node: Any) -> str:
    """The attribute a relation's value is attached under: one per field of the document, so
    two aliases of a relation with different arguments keep their own values."""
    return f"_relation_{id(node)}"


_MISSING = object()


# --- the executor --------------------------------------------------------------------------


class _Bail(Exception):
    """This object cannot be completed by its plan: complete it the ordinary way."""


_BAIL = _Bail()


def _bail(*_: Any) -> Any:
    raise _BAIL


class Executor(StrawberryGraphQLCoreExecutionContext):
    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self._plans: dict[tuple[str, int], Any] = {}

    # pass 1: look-ahead from each root field

    def complete_value(self, return_type, field_details_list, info, path, result, position_context):  # type: ignore[no-untyped-def]
        # graphql-core completes a non-null type by completing its inner type at the same path:
        # the look-ahead runs at that second call
        if path.prev is not None or result is None or isinstance(return_type, GraphQLNonNull):
            return super().complete_value(
                return_type, field_details_list, info, path, result, position_context
            )

        async def look_ahead_then_complete() -> Any:
            await self.look_ahead([result], return_type, field_details_list)
            completed = super(Executor, self).complete_value(
                return_type, field_details_list, info, path, result, position_context
            )
            if self.is_awaitable(completed):
                return await completed
            return completed

        return look_ahead_then_complete()

    async def look_ahead(self, values: list[Any], type_: Any, field_details_list: Any) -> None:
        while isinstance(type_, GraphQLNonNull | GraphQLList):
            if isinstance(type_, GraphQLList):
                values = [item for value in values if value is not None for item in value]
            type_ = type_.of_type
        values = [value for value in values if value is not None]
        if not values or not is_composite_type(type_):
            return
        if is_abstract_type(type_):
            by_type: dict[str, list[Any]] = {}
            for value in values:
                definition = getattr(value, "__strawberry_definition__", None)
                if definition is not None:
                    by_type.setdefault(definition.name, []).append(value)
            for name, group in by_type.items():
                concrete = self.schema.get_type(name)
                if isinstance(concrete, GraphQLObjectType):
                    await self.look_ahead(group, concrete, field_details_list)
            return
        grouped = self.collect_subfields(type_, field_details_list).grouped_field_set
        for details in grouped.values():
            node = details[0].node
            field_def = type_.fields.get(node.name.value)
            field = field_def.extensions.get(DEFINITION) if field_def else None
            if field is None:
                continue
            batch = batch_of(field)
            if batch is not None and not field.extensions:
                children = await self._fetch(batch, field, field_def, details[0], values)
                if children is not None:
                    await self.look_ahead(children, field_def.type, details)
            elif field.is_basic_field and is_composite_type(get_named_type(field_def.type)):
                children = [getattr(value, field.python_name, None) for value in values]
                await self.look_ahead(children, field_def.type, details)

    async def _fetch(
        self, batch: Batch, field: StrawberryField, field_def: Any, details: Any, parents: list
    ) -> list[Any] | None:
        """Fetch a relation for all `parents` and attach it; None when that fails (the field's
        own resolver then runs, and reports the error where it belongs)."""
        node = details.node
        strawberry_schema = self.schema._strawberry_schema  # type: ignore[attr-defined]
        try:
            raw = get_argument_values(
                field_def,
                node,
                self.variable_values,
                details.fragment_variable_values,
                self.hide_suggestions,
            )
            arguments = convert_arguments(
                raw,
                field.arguments,
                scalar_registry=strawberry_schema.schema_converter.scalar_registry,
                config=strawberry_schema.config,
            )
            values = await batch(self.context_value, parents, **arguments)
        except Exception:
            return None
        name = attachment(node)
        for parent, value in zip(parents, values, strict=True):
            parent.__dict__[name] = value
        return list(values)

    # pass 2: completion by compiled plans

    def execute_fields(self, parent_type, source_value, path, grouped_field_set, position_context):  # type: ignore[no-untyped-def]
        plan = self._object_plan(parent_type, grouped_field_set)
        if plan is not None:
            try:
                return plan(source_value)
            except _Bail:
                pass
        return super().execute_fields(
            parent_type, source_value, path, grouped_field_set, position_context
        )

    def _object_plan(self, parent_type: GraphQLObjectType, grouped: Any) -> Any:
        key = (parent_type.name, id(grouped))
        if key in self._plans:
            return self._plans[key][1]
        self._plans[key] = (grouped, None)  # a recursive type meets itself: ordinary path
        plan = self._compile_object(parent_type, grouped)
        self._plans[key] = (grouped, plan)
        return plan

    def _compile_object(self, parent_type: GraphQLObjectType, grouped: Any) -> Any:
        readers: list[tuple[str, Callable[[Any], Any]]] = []
        for response_key, details in grouped.items():
            reader = self._compile_field(parent_type, details)
            if reader is None:
                return None
            readers.append((response_key, reader))

        def complete(source: Any) -> dict[str, Any]:
            return {key: reader(source) for key, reader in readers}

        return complete

    def _compile_field(self, parent_type: GraphQLObjectType, details: Any) -> Any:
        node = details[0].node
        name = node.name.value
        if name == "__typename":
            type_name = parent_type.name
            return lambda source: type_name
        field_def = parent_type.fields.get(name)
        field = field_def.extensions.get(DEFINITION) if field_def else None
        if field is None or field.extensions or details[0].fragment_variable_values:
            return None
        get = self._getter(parent_type, field, attachment(node))
        if get is None:
            return None
        finish = self._completer(field_def.type, details)
        if finish is None:
            return None
        return lambda source: finish(get(source))

    def _getter(self, parent_type: Any, field: StrawberryField, attached_as: str) -> Any:
        if field.is_basic_field:
            return attrgetter(field.python_name)
        resolver = field.base_resolver
        assert resolver is not None
        if field.python_name == "_id" and field.graphql_name == "id":
            origin = parent_type.extensions[DEFINITION].origin
            if (
                origin.resolve_id.__func__ is not relay.Node.resolve_id.__func__
                or origin.resolve_typename.__func__ is not relay.Node.resolve_typename.__func__
            ):
                return None
            type_name, read_id = parent_type.name, attrgetter(origin.resolve_id_attr())
            return lambda source: to_base64(type_name, read_id(source))
        if batch_of(field) is not None:

            def attached(source: Any) -> Any:
                try:
                    return source.__dict__[attached_as]
                except (KeyError, AttributeError):
                    raise _BAIL from None

            return attached
        if (
            resolver.is_async
            or resolver.arguments
            or resolver.info_parameter is not None
            or resolver.root_parameter is not None
            or resolver.self_parameter is None
            or isinstance(resolver.wrapped_func, staticmethod | classmethod)
        ):
            return None
        function = resolver.wrapped_func

        def call(source: Any) -> Any:
            try:
                return function(source)
            except Exception:
                raise _BAIL from None

        return call

    def _completer(self, type_: Any, details: Any) -> Any:
        if isinstance(type_, GraphQLNonNull):
            inner = self._completer(type_.of_type, details)
            if inner is None:
                return None

            def non_null(value: Any) -> Any:
                if value is None:
                    raise _BAIL
                return inner(value)

            return non_null
        if isinstance(type_, GraphQLList):
            item = self._completer(type_.of_type, details)
            if item is None:
                return None
            return lambda value: None if value is None else [item(each) for each in value]
        if type_ is GraphQLString:
            return _string
        if isinstance(type_, GraphQLScalarType | GraphQLEnumType):
            serialize = type_.serialize

            def leaf(value: Any) -> Any:
                if value is None:
                    return None
                try:
                    out = serialize(value)
                except Exception:
                    raise _BAIL from None
                if out is None or out is Undefined:
                    raise _BAIL
                return out

            return leaf
        if isinstance(type_, GraphQLObjectType):
            collected = self.collect_subfields(type_, details)
            if collected.new_defer_usages:
                return None
            grouped = collected.grouped_field_set
            is_type_of = type_.is_type_of
            origin = type_.extensions[DEFINITION].origin if DEFINITION in type_.extensions else None
            plan: list[Any] = []  # compiled at the first value (the type may be recursive)

            def obj(value: Any) -> Any:
                if value is None:
                    return None
                wrong = is_type_of is not None and type(value) is not origin
                if wrong and not is_type_of(value, None):
                    raise _BAIL
                if not plan:
                    plan.append(self._object_plan(type_, grouped))
                if plan[0] is None:
                    raise _BAIL
                return plan[0](value)

            return obj
        return None


def _string(value: Any) -> Any:
    if value is None or type(value) is str:
        return value
    raise _BAIL


# --- objects from plain rows --------------------------------------------------------------


@lru_cache(maxsize=256)
def _field_names(cls: type) -> tuple[str, ...]:
    return tuple(field.name for field in dataclasses.fields(cls) if field.init)


def from_row(cls: type[P], row: dict[str, Any], **columns: str) -> P:
    """An object of the strawberry type `cls` from a row whose columns carry its field names
    (`columns` names those that differ: `phone_number="phone"`)."""
    return cls(**{name: row[columns.get(name, name)] for name in _field_names(cls)})


# --- edges whose cursor is made only when asked for ----------------------------------------


class LazyEdge(relay.Edge):
    """An edge that keeps its row's key; the base64 cursor is built when a client selects it."""

    def __init__(self, node: Any, key: Any, make_cursor: Callable[[Any], str]) -> None:
        self.node = node
        self._key = key
        self._make_cursor = make_cursor

    @property  # type: ignore[override]
    def cursor(self) -> str:
        return self._make_cursor(self._key)
