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

import asyncio
import dataclasses
from collections.abc import Awaitable, Callable, Sequence
from functools import lru_cache
from typing import Any, TypeVar

import strawberry
from graphql import (
    GraphQLList,
    GraphQLNonNull,
    GraphQLObjectType,
    get_named_type,
    is_abstract_type,
    is_composite_type,
)
from graphql.execution.values import get_argument_values
from strawberry import relay
from strawberry.dataloader import DataLoader
from strawberry.schema.schema import StrawberryGraphQLCoreExecutionContext
from strawberry.types.arguments import convert_arguments
from strawberry.types.field import StrawberryField

from schema.plans import (
    _MISSING,
    DEFINITION,
    SHARED,
    PlanCompiler,
    relation_attribute,
    role_checks,
)

P = TypeVar("P")
Batch = Callable[..., Awaitable[Sequence[Any]]]


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
    """The batch function of a relation field; None for any other field."""
    resolver = field.base_resolver
    return getattr(resolver.wrapped_func, "batch", None) if resolver is not None else None


async def load(batch: Batch, parent: Any, info: strawberry.Info, **arguments: Any) -> Any:
    """The value of a relation for `parent`: the one the look-ahead attached, else one fetched
    with the siblings that ask in the same tick."""
    attached = parent.__dict__.get(relation_attribute(info._raw_info.field_nodes[0]), _MISSING)
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


# --- the executor --------------------------------------------------------------------------


class Executor(StrawberryGraphQLCoreExecutionContext):
    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self._compiler = PlanCompiler(self.collect_subfields)
        self._shared = SHARED.shareable(self.operation, self.fragment_definitions)

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
        # parents that share a child object (people on many rosters) are looked into once
        values = list({id(value): value for value in values if value is not None}.values())
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
        # the relations of one level are fetched side by side: their statements overlap
        branches = []
        for details in grouped.values():
            node = details[0].node
            field_def = type_.fields.get(node.name.value)
            field = field_def.extensions.get(DEFINITION) if field_def else None
            if field is None:
                continue
            batch = batch_of(field)
            if batch is not None and self._admits(field):
                branches.append(self._fetch_and_look(batch, field, field_def, details, values))
            elif field.is_basic_field and is_composite_type(get_named_type(field_def.type)):
                children = [getattr(value, field.python_name, None) for value in values]
                branches.append(self.look_ahead(children, field_def.type, details))
        if len(branches) == 1:
            await branches[0]
        elif branches:
            await asyncio.gather(*branches)

    async def _fetch_and_look(
        self, batch: Batch, field: StrawberryField, field_def: Any, details: Any, parents: list
    ) -> None:
        children = await self._fetch(batch, field, field_def, details[0], parents)
        if children is not None:
            await self.look_ahead(children, field_def.type, details)

    def _admits(self, field: StrawberryField) -> bool:
        """Whether the caller passes the field's role checks: a relation behind a permission
        the look-ahead cannot judge, or one that refuses, is left to its resolver."""
        checks = role_checks(field)
        if checks is None:
            return False
        user = self.context_value.user
        return all(user is not None and (not roles or user.has_role(*roles)) for roles in checks)

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
        name = relation_attribute(node)
        for parent, value in zip(parents, values, strict=True):
            parent.__dict__[name] = value
        return list(values)

    # pass 2: completion by compiled plans (schema.plans)

    def execute_fields(self, parent_type, source_value, path, grouped_field_set, position_context):  # type: ignore[no-untyped-def]
        if self._shared:
            plan = SHARED.get(
                parent_type,
                grouped_field_set,
                lambda: self._compiler.plan(parent_type, grouped_field_set),
            )
        else:
            plan = self._compiler.plan(parent_type, grouped_field_set)
        if plan is not None:
            try:
                return plan(source_value)
            except Exception:  # GiveUp, or an error the ordinary path reports where it belongs
                pass
        return super().execute_fields(
            parent_type, source_value, path, grouped_field_set, position_context
        )


# --- objects from plain rows --------------------------------------------------------------


@lru_cache(maxsize=256)
def _field_names(cls: type) -> frozenset[str]:
    return frozenset(field.name for field in dataclasses.fields(cls) if field.init)


def from_row(cls: type[P], row: dict[str, Any], **columns: str) -> P:
    """An object of the strawberry type `cls` made of a row (which it takes over) whose columns
    carry its field names; `columns` names those that differ (`phone_number="phone"`).

    The row becomes the object's attributes as it is: a dataclass `__init__` per row costs more
    than the statement that read it, on big reads."""
    for name, column in columns.items():
        row[name] = row[column]
    if not _field_names(cls) <= row.keys():
        raise KeyError(f"{cls.__name__} needs {sorted(_field_names(cls) - row.keys())}")
    made = object.__new__(cls)
    made.__dict__ = row
    return made


def shared_by_id(
    found: dict[int, dict[str, Any]], ids: Sequence[int | None], build: Callable[[Any], Any]
) -> list[Any]:
    """`build(row)` for each id (None for None and for ids not found), one object per distinct
    id: the parents that share it are asked the same fields below it, so one answer serves all."""
    made: dict[int, Any] = {}
    out = []
    for pk in ids:
        if pk is None or pk not in found:
            out.append(None)
            continue
        value = made.get(pk)
        if value is None:
            value = made[pk] = build(found[pk])
        out.append(value)
    return out


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
