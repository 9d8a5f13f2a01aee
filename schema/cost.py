"""The query cost limit: how many nodes a document may ask for, counted before anything runs.

The count follows GitHub's: every paged list (a field with `first`/`last`) may return that many
nodes for each node of the list it is nested in, so a document costs the sum, over its paged
lists, of the product of the page sizes down to that list. Aliases and fragment spreads count as
often as they appear. A paged list without `first` counts its default page; a list that is not
paged (a question's options, a drill's participants) counts as one default page too.

`trainingSessions(first: 100) { edges { node { attendance(first: 100) { ... } } } }` costs
100 + 100 x 100 = 10,100; nesting `session { attendance(first: 100) }` once more under each row
costs a million.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from typing import Any

from graphql import (
    FieldNode,
    FragmentDefinitionNode,
    FragmentSpreadNode,
    GraphQLError,
    GraphQLField,
    GraphQLInterfaceType,
    GraphQLNamedType,
    GraphQLObjectType,
    GraphQLSchema,
    InlineFragmentNode,
    IntValueNode,
    OperationDefinitionNode,
    SelectionSetNode,
    VariableNode,
    get_named_type,
    get_nullable_type,
    is_composite_type,
    is_list_type,
    value_from_ast_untyped,
)
from graphql.utilities import get_operation_ast
from strawberry.extensions import SchemaExtension

from schema.memo import ByDocument
from schema.pagination import DEFAULT_FIRST
from settings import DEFAULT_MAX_QUERY_COST

PAGE_ARGUMENTS = ("first", "last")
UNPAGED_LIST_SIZE = DEFAULT_FIRST


def too_complex(cost: int, limit: int) -> GraphQLError:
    return GraphQLError(
        f"This query asks for up to {cost:,} nodes; the limit is {limit:,}. "
        "Ask for smaller pages (first) or nest fewer lists.",
        extensions={"code": "QUERY_TOO_COMPLEX", "cost": cost, "limit": limit},
    )


class QueryCost:
    """The cost of one operation of a validated document, given its variables."""

    def __init__(
        self,
        schema: GraphQLSchema,
        document_fragments: Mapping[str, FragmentDefinitionNode],
        variables: Mapping[str, Any],
    ) -> None:
        self.schema = schema
        self.fragments = document_fragments
        self.variables = variables
        # The cost of a fragment, for one node of its type: a fragment spread many times (or
        # inside another spread many times) is counted once, then multiplied.
        self._fragment_costs: dict[str, int] = {}

    def operation(self, operation: OperationDefinitionNode) -> int:
        root = self.schema.get_root_type(operation.operation)
        if root is None:
            return 0
        return self.selections(operation.selection_set, root, frozenset())

    def selections(
        self, selection_set: SelectionSetNode, parent: GraphQLNamedType, seen: frozenset[str]
    ) -> int:
        total = 0
        for selection in selection_set.selections:
            if isinstance(selection, FieldNode):
                total += self.field(selection, parent, seen)
            elif isinstance(selection, InlineFragmentNode):
                condition = selection.type_condition
                kind = self.schema.get_type(condition.name.value) if condition else parent
                total += self.selections(selection.selection_set, kind or parent, seen)
            elif isinstance(selection, FragmentSpreadNode):
                total += self.fragment(selection.name.value, seen)
        return total

    def fragment(self, name: str, seen: frozenset[str]) -> int:
        if name in self._fragment_costs:
            return self._fragment_costs[name]
        definition = self.fragments.get(name)
        if definition is None or name in seen:  # validation refuses both; count nothing
            return 0
        kind = self.schema.get_type(definition.type_condition.name.value)
        cost = 0 if kind is None else self.selections(definition.selection_set, kind, seen | {name})
        self._fragment_costs[name] = cost
        return cost

    def field(self, node: FieldNode, parent: GraphQLNamedType, seen: frozenset[str]) -> int:
        name = node.name.value
        if name.startswith("__") or not isinstance(
            parent, GraphQLObjectType | GraphQLInterfaceType
        ):
            return 0  # introspection is the schema itself; a union has only __typename
        definition = parent.fields.get(name)
        if definition is None:
            return 0
        size = self.list_size(node, definition, parent)
        children = 0
        if node.selection_set is not None:
            children = self.selections(node.selection_set, get_named_type(definition.type), seen)
        if size is None:
            return children
        return size + size * children

    def list_size(
        self, node: FieldNode, definition: GraphQLField, parent: GraphQLNamedType
    ) -> int | None:
        """How many nodes this field may return for one node of its parent (None: one value,
        not a list of nodes)."""
        if any(argument in definition.args for argument in PAGE_ARGUMENTS):
            return self.page_size(node)
        if parent.name.endswith("Connection"):
            return None  # a connection's edges: counted by the paged field above
        kind = get_nullable_type(definition.type)
        if is_list_type(kind) and is_composite_type(get_named_type(kind)):
            return UNPAGED_LIST_SIZE
        return None

    def page_size(self, node: FieldNode) -> int:
        given = {argument.name.value: argument.value for argument in node.arguments or ()}
        for argument in PAGE_ARGUMENTS:
            if argument not in given:
                continue
            value = given[argument]
            if isinstance(value, VariableNode):
                number = self.variables.get(value.name.value)
            elif isinstance(value, IntValueNode):
                number = int(value.value)
            else:
                number = None
            if isinstance(number, int) and not isinstance(number, bool):
                return max(number, 0)
        return DEFAULT_FIRST


def operation_variables(
    operation: OperationDefinitionNode, variables: Mapping[str, Any] | None
) -> dict[str, Any]:
    """The variables as sent, with the operation's declared defaults for those left out."""
    values = dict(variables or {})
    for definition in operation.variable_definitions or ():
        name = definition.variable.name.value
        if name not in values and definition.default_value is not None:
            values[name] = value_from_ast_untyped(definition.default_value)
    return values


def document_cost(
    schema: GraphQLSchema,
    document: Any,
    variables: Mapping[str, Any] | None,
    operation_name: str | None = None,
) -> int:
    """The cost of the operation that would run; 0 when none would (execution says why)."""
    operation = get_operation_ast(document, operation_name)
    if operation is None:
        return 0
    fragments = {
        definition.name.value: definition
        for definition in document.definitions
        if isinstance(definition, FragmentDefinitionNode)
    }
    return QueryCost(schema, fragments, operation_variables(operation, variables)).operation(
        operation
    )


_COSTS = ByDocument()


class QueryCostLimiter(SchemaExtension):
    """Refuse, before execution, an operation that costs more than the settings allow.

    It is not a validation rule: the cost depends on the variables, and validation results are
    cached by document. It checks once the document is valid (listed after ValidationCache, it
    sees that cache's answer), so queries, mutations and subscriptions alike stop here.
    """

    def on_validate(self) -> Iterator[None]:
        context = self.execution_context
        if not context.pre_execution_errors and context.graphql_document is not None:
            settings = getattr(context.context, "settings", None)
            limit = getattr(settings, "max_query_cost", DEFAULT_MAX_QUERY_COST)
            document, variables = context.graphql_document, context.variables

            def cost_now() -> int:
                return document_cost(
                    context.schema._schema, document, variables, context.operation_name
                )

            # without variables, a document costs the same every time
            name = context.operation_name
            cost = cost_now() if variables else _COSTS.get(document, name, cost_now)
            if cost > limit:
                context.pre_execution_errors = [too_complex(cost, limit)]
        yield
