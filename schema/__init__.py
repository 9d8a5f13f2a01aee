"""The GraphQL layer: one module per domain, merged into one schema here."""

from __future__ import annotations

from typing import Any

import strawberry
from strawberry import Info, relay
from strawberry.extensions import (
    AddValidationRules,
    MaxAliasesLimiter,
    MaxTokensLimiter,
    ParserCache,
    QueryDepthLimiter,
    ValidationCache,
)
from strawberry.schema.config import StrawberryConfig
from strawberry.tools import merge_types

from metrics import OperationMetrics
from schema import (
    actions,
    assessment,
    attendance,
    audit,
    drill_reads,
    drills,
    exam_attempts,
    exams,
    org,
    questions,
    quotas,
    training,
)
from schema.cost import QueryCostLimiter
from schema.errors import MaskUnexpectedErrors
from schema.inputs import SCALARS, CleanText
from schema.limits import (
    IntrospectionForUsers,
    MutationsRunToTheEnd,
    OneLoginPerRequest,
    TimeLimitedSchema,
)
from schema.node import resolve_node
from schema.reads import Executor

MAX_DEPTH = 12
MAX_ALIASES = 30
MAX_TOKENS = 5000
CACHED_DOCUMENTS = 512

# The limit rules are built once: ValidationCache keys its results by the rule classes too, and
# the limiters build a new class each time they are constructed.
LIMIT_RULES = (
    *QueryDepthLimiter(max_depth=MAX_DEPTH).validation_rules,
    *MaxAliasesLimiter(max_alias_count=MAX_ALIASES).validation_rules,
    OneLoginPerRequest,
)


@strawberry.type
class NodeQuery:
    @strawberry.field(description="Any object by its global ID; null if unknown or out of reach.")
    async def node(self, info: Info, id: strawberry.ID) -> relay.Node | None:
        return await resolve_node(info, id)


Query = merge_types(
    "Query",
    (
        NodeQuery,
        org.Query,
        training.Query,
        attendance.Query,
        quotas.Query,
        questions.Query,
        exams.Query,
        exam_attempts.Query,
        drills.Query,
        drill_reads.Query,
        actions.Query,
        assessment.Query,
        audit.Query,
    ),
)
Mutation = merge_types(
    "Mutation",
    (
        org.Mutation,
        training.Mutation,
        attendance.Mutation,
        quotas.Mutation,
        questions.Mutation,
        exams.Mutation,
        exam_attempts.Mutation,
        drills.Mutation,
        drill_reads.Mutation,
        actions.Mutation,
    ),
)

Subscription = merge_types("Subscription", (drills.Subscription, attendance.Subscription))


class LianbingSchema(TimeLimitedSchema):
    def process_errors(self, errors: list[Any], execution_context: Any = None) -> None:
        """Unexpected errors are logged by MaskUnexpectedErrors; the rest are the client's."""


def build_schema(*, suggestions: bool = False, look_ahead: bool = True) -> strawberry.Schema:
    """The schema; `look_ahead=False` executes it the ordinary way (graphql-core resolving every
    field, relations through DataLoaders), which the tests compare the read path with."""
    return LianbingSchema(
        query=Query,
        mutation=Mutation,
        subscription=Subscription,
        extensions=[
            # Clients send the same few documents over and over (an exam day is thousands of
            # identical saveAnswers): parse and validate each text once per worker.
            lambda: MaxTokensLimiter(max_token_count=MAX_TOKENS),
            lambda: ParserCache(maxsize=CACHED_DOCUMENTS),
            lambda: AddValidationRules(list(LIMIT_RULES)),
            IntrospectionForUsers,
            lambda: ValidationCache(maxsize=CACHED_DOCUMENTS),
            CleanText,
            QueryCostLimiter,
            MutationsRunToTheEnd,
            MaskUnexpectedErrors,
            OperationMetrics,
        ],
        config=StrawberryConfig(disable_field_suggestions=not suggestions, scalar_map=SCALARS),
        execution_context_class=Executor if look_ahead else None,
    )
