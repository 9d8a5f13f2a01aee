"""Errors as the client sees them: typed userErrors, coded top-level errors, masked surprises."""

from __future__ import annotations

import logging
from collections.abc import Awaitable, Callable, Iterator
from typing import Any, TypeVar

import strawberry
from graphql import GraphQLError, VariableDefinitionNode
from strawberry.extensions import SchemaExtension

from models.errors import DomainError, Problem

log = logging.getLogger("lianbing.errors")

# Top-level error codes a client is meant to see and act on.
EXPECTED_CODES = {
    "UNAUTHENTICATED",
    "FORBIDDEN",
    "BAD_USER_INPUT",
    "NOT_FOUND",
    "SUBSCRIBER_TOO_SLOW",  # a subscription that fell behind ends with it
    "SUBSCRIPTIONS_UNAVAILABLE",  # Redis is down
}


@strawberry.type
class UserError:
    field: list[str] | None
    code: str
    message: str


def user_errors(error: DomainError) -> list[UserError]:
    return problems_to_errors(error.problems)


def problems_to_errors(problems: list[Problem]) -> list[UserError]:
    return [
        UserError(field=list(p.field) if p.field else None, code=p.code, message=p.message)
        for p in problems
    ]


P = TypeVar("P")


async def respond(payload: Callable[..., P], action: Callable[[], Awaitable[dict[str, Any]]]) -> P:
    """Run a mutation's action: its result fills the payload, a DomainError its userErrors."""
    try:
        return payload(**await action(), user_errors=[])
    except DomainError as error:
        return payload(user_errors=user_errors(error))


def named(base: type, name: str) -> Any:
    """The same payload type under another name: API.md names a payload per mutation."""
    return strawberry.type(type(name, (base,), {}))


def coded_error(code: str, message: str) -> GraphQLError:
    return GraphQLError(message, extensions={"code": code})


def _is_variable_error(error: GraphQLError) -> bool:
    """A variable's value that cannot be coerced to its type: located at the variable's
    definition, reported before anything runs."""
    nodes = error.nodes or []
    return (
        error.path is None
        and bool(nodes)
        and all(isinstance(node, VariableDefinitionNode) for node in nodes)
    )


def _is_expected(error: GraphQLError) -> bool:
    if _is_variable_error(error):
        return True
    original = error.original_error
    if original is None:  # syntax, validation and limit errors: the client's own doing
        return True
    if isinstance(original, GraphQLError):
        return (original.extensions or {}).get("code") in EXPECTED_CODES
    return False


class MaskUnexpectedErrors(SchemaExtension):
    """Hide unexpected exceptions behind a request id; log them in full under that id."""

    def on_operation(self) -> Iterator[None]:
        yield
        result = self.execution_context.result
        errors = getattr(result, "errors", None)
        if errors:
            result.errors = [self._mask(error) for error in errors]

    def _mask(self, error: GraphQLError) -> GraphQLError:
        if _is_variable_error(error):
            error.extensions = {**(error.extensions or {}), "code": "BAD_USER_INPUT"}
        if _is_expected(error):
            return error
        context = self.execution_context.context
        request_id = getattr(context, "request_id", "-")
        log.error(
            "unexpected error in %s (request %s)",
            ".".join(str(p) for p in error.path or []) or "operation",
            request_id,
            exc_info=error.original_error,
        )
        return GraphQLError(
            f"Internal server error. Quote request ID {request_id} when reporting it.",
            nodes=error.nodes,
            path=error.path,
            extensions={"code": "INTERNAL_SERVER_ERROR", "requestId": request_id},
        )
