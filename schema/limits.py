"""Request limits besides the cost: a time limit per query, one login per request, and no
schema introspection for anonymous callers outside demo mode."""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Iterator, Mapping
from contextvars import ContextVar
from typing import Any

import strawberry
from graphql import (
    FieldNode,
    FragmentDefinitionNode,
    FragmentSpreadNode,
    GraphQLError,
    InlineFragmentNode,
    OperationDefinitionNode,
    OperationType,
    SelectionSetNode,
    ValidationContext,
    ValidationRule,
)
from strawberry.extensions import SchemaExtension
from strawberry.types import ExecutionResult
from strawberry.types.graphql import OperationType as StrawberryOperationType

from settings import DEFAULT_QUERY_SECONDS

log = logging.getLogger("lianbing.limits")

INTROSPECTION_FIELDS = {"__schema", "__type"}  # only on the query root


def _settings(context: Any) -> Any:
    return getattr(context, "settings", None)


def query_timeout(seconds: float) -> GraphQLError:
    return GraphQLError(
        f"The query took longer than the limit of {seconds:g} seconds and was stopped. "
        "Ask for less (smaller pages, fewer fields) or split it.",
        extensions={"code": "QUERY_TIMEOUT", "limit": seconds},
    )


class TimeLimitedSchema(strawberry.Schema):
    """A query is stopped at the settings' time limit and answered with QUERY_TIMEOUT.

    Mutations are not stopped half-way (whether a write happened must never be in doubt; their
    inputs are bounded and their payloads fall under the cost limit), nor are subscriptions.
    """

    async def execute(self, query: str | None, *args: Any, **kwargs: Any) -> Any:
        context = kwargs.get("context_value", args[1] if len(args) > 1 else None)
        seconds = getattr(_settings(context), "query_seconds", DEFAULT_QUERY_SECONDS)
        timeout = asyncio.timeout(seconds)
        try:
            async with timeout:
                token = _running_limit.set(timeout)
                try:
                    return await super().execute(query, *args, **kwargs)
                finally:
                    _running_limit.reset(token)
        except TimeoutError:
            if not timeout.expired():
                raise
            log.warning(
                "query stopped at the %gs limit (request %s)",
                seconds,
                getattr(context, "request_id", "-"),
            )
            return ExecutionResult(data=None, errors=[query_timeout(seconds)])


# The time limit of the request being executed: a mutation lifts its own.
_running_limit: ContextVar[asyncio.Timeout | None] = ContextVar("running_limit", default=None)


class MutationsRunToTheEnd(SchemaExtension):
    def on_execute(self) -> Iterator[None]:
        if self.execution_context.operation_type != StrawberryOperationType.MUTATION:
            yield
            return
        timeout = _running_limit.get()
        if timeout is not None:
            timeout.reschedule(None)
        yield


# --- one login per request ------------------------------------------------------------------

LOGIN_FIELD = "login"


def count_root_fields(
    selection_set: SelectionSetNode,
    name: str,
    fragments: Mapping[str, FragmentDefinitionNode],
    seen: frozenset[str] = frozenset(),
) -> int:
    """How often the root field `name` would run, aliases and fragments included."""
    count = 0
    for selection in selection_set.selections:
        if isinstance(selection, FieldNode):
            count += selection.name.value == name
        elif isinstance(selection, InlineFragmentNode):
            count += count_root_fields(selection.selection_set, name, fragments, seen)
        elif isinstance(selection, FragmentSpreadNode):
            fragment = fragments.get(selection.name.value)
            if fragment is not None and fragment.name.value not in seen:
                count += count_root_fields(
                    fragment.selection_set, name, fragments, seen | {fragment.name.value}
                )
    return count


class OneLoginPerRequest(ValidationRule):
    """Each login costs a password hash: a document may log in once."""

    def __init__(self, context: ValidationContext) -> None:
        super().__init__(context)
        document = context.document
        fragments = {
            definition.name.value: definition
            for definition in document.definitions
            if isinstance(definition, FragmentDefinitionNode)
        }
        for definition in document.definitions:
            if (
                isinstance(definition, OperationDefinitionNode)
                and definition.operation == OperationType.MUTATION
                and count_root_fields(definition.selection_set, LOGIN_FIELD, fragments) > 1
            ):
                context.report_error(
                    GraphQLError(
                        "A request may log in once: send one login field.",
                        nodes=[definition],
                        extensions={"code": "TOO_MANY_LOGINS"},
                    )
                )


# --- introspection --------------------------------------------------------------------------


class NoAnonymousIntrospection(ValidationRule):
    """`__schema` and `__type` need a login (`__typename` does not)."""

    def enter_field(self, node: FieldNode, *_args: Any) -> None:
        if node.name.value in INTROSPECTION_FIELDS:
            self.report_error(
                GraphQLError(
                    "Log in to read the schema (or use the published schema.graphql).",
                    nodes=[node],
                    extensions={"code": "UNAUTHENTICATED"},
                )
            )


class IntrospectionForUsers(SchemaExtension):
    """Outside demo mode, anonymous callers may not introspect the schema."""

    def on_operation(self) -> Iterator[None]:
        context = self.execution_context.context
        settings = _settings(context)
        anonymous = getattr(context, "user", None) is None
        if anonymous and not getattr(settings, "demo", False):
            self.execution_context.validation_rules = (
                *self.execution_context.validation_rules,
                NoAnonymousIntrospection,
            )
        yield
