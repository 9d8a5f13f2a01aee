"""The frontend's contract (API.md) checked against the live schema, mechanically.

Every ```graphql block of API.md is parsed with graphql-core. Each type, input, enum and root
field (Query, Mutation, Subscription) defined there, and each field, argument and enum value of
them, must exist in the live schema with the same name and type:

- output fields: the same named type and lists; a non-null contract field is non-null live (a
  nullable one may be stricter live: a client that handles null handles a value);
- arguments and input fields: the same named type and lists; an optional one stays optional live
  (a client may not send it; a required one may become optional, as GitHub's and Shopify's
  breaking-change rules have it); an argument or input field the contract does not name must be
  optional live, or the contract's clients break;
- `implements X` holds live; enum values are present.

The blocks' comments sketch shapes too: `# { sessionId reason }` on a mutation names fields of its
input (or of its payload when it holds `userErrors`, or after `->`), `# { a b }` on a query names
fields of what it returns, `# Name { a b: [Other { c }] }` names fields of the type `Name`. Those
names (and the type after `name:`) are checked as well.

And the contract's general rules: every mutation takes one `input: XInput!` and answers a payload
with `userErrors: [UserError!]!`; every `...Connection` is a Relay connection.

Parts of the contract for domains not built yet are listed in NOT_BUILT with the issue that builds
them: they must be absent from the live schema (a name that appears leaves the list), and every
entry must still be named by the contract.
"""

from __future__ import annotations

import re
import subprocess
from dataclasses import dataclass, field
from pathlib import Path

from graphql import (
    DocumentNode,
    EnumTypeDefinitionNode,
    FieldDefinitionNode,
    GraphQLEnumType,
    GraphQLInputObjectType,
    GraphQLInterfaceType,
    GraphQLList,
    GraphQLNonNull,
    GraphQLObjectType,
    GraphQLScalarType,
    GraphQLSchema,
    InputObjectTypeDefinitionNode,
    InputValueDefinitionNode,
    InterfaceTypeDefinitionNode,
    ListTypeNode,
    NonNullTypeNode,
    ObjectTypeDefinitionNode,
    ScalarTypeDefinitionNode,
    TypeNode,
    parse,
)
from graphql.pyutils import Undefined

ROOT = Path(__file__).resolve().parent.parent

# Issue numbers of the domains the contract describes but the code does not have yet.
ASSESSMENT = 12
COMPETITIONS = 13
CASE_REVIEWS = 14
COMMENDATIONS = 15

# Names: a type ("Bulletin"), a field or root operation ("Query.bulletin"), an enum value
# ("ActionStatus.ACKNOWLEDGED"). A type listed here takes its fields and values with it.
_NOT_BUILT_BY_ISSUE: dict[int, str] = {
    # Assessment and reward (考核奖惩)
    ASSESSMENT: """
        Query.assessmentSchemes Query.assessmentResults Query.laggingUnits Query.bulletin
        Mutation.createAssessmentScheme Mutation.closeAssessmentPeriod Mutation.recordWarningTalk
        Mutation.publishBulletin CloseAssessmentPeriodInput RecordWarningTalkInput
        PublishBulletinInput CreateAssessmentSchemeInput DimensionWeightInput GradeBandInput
        AssessmentSubject AssessmentScheme DimensionWeight GradeBand Grade AssessmentResult
        AssessmentResultConnection DimensionScore LaggingUnit Bulletin
        CreateAssessmentSchemePayload CloseAssessmentPeriodPayload RecordWarningTalkPayload
        PublishBulletinPayload
    """,
    # Competitions (比武竞赛)
    COMPETITIONS: """
        Query.competitions Query.competitionStandings Mutation.createCompetition
        Mutation.addCompetitionEvent Mutation.openCompetitionRegistration Mutation.startCompetition
        Mutation.registerEntrant Mutation.submitMarks Mutation.recordResult Mutation.lockEventMarks
        Mutation.publishCompetitionResults Subscription.competitionStandings
        CompetitionTransitionInput LockEventMarksInput CreateCompetitionInput
        AddCompetitionEventInput EventKind AspectInput AspectType Better CompetitionStatus
        RegisterEntrantInput SubmitMarksInput MarkInput RecordResultInput Competition
        CompetitionConnection CompetitionEvent CompetitionEntry EventStandings Standing UnitMedals
        CompetitionStandings CreateCompetitionPayload AddCompetitionEventPayload
        CompetitionTransitionPayload RegisterEntrantPayload SubmitMarksPayload RecordResultPayload
        LockEventMarksPayload
    """,
    # Case reviews (典型案例复盘) and rectification (督查督办)
    CASE_REVIEWS: """
        Query.caseReviews Query.caseFactors Query.selfChecks Query.supervisionBoard
        Mutation.createCaseReview Mutation.submitCaseReview Mutation.approveCaseReview
        Mutation.publishCaseReview Mutation.respondSelfCheck Mutation.assignRectification
        Mutation.requestDueDateExtension Mutation.decideDueDateExtension CaseReviewTransitionInput
        ApproveCaseReviewInput PublishCaseReviewInput SelfCheckInput RespondSelfCheckInput
        RequestExtensionInput DecideExtensionInput ExtensionRequest ExtensionStatus CaseFactor
        UnitSupervision CreateCaseReviewInput TimelineEntryInput AssignRectificationInput
        CasePolarity CaseReviewStatus Severity AlertLevel CaseReview CaseReviewConnection SelfCheck
        SelfCheckConnection CreateCaseReviewPayload CaseReviewTransitionPayload
        RespondSelfCheckPayload AssignRectificationPayload RequestExtensionPayload
        DecideExtensionPayload ActionStatus.ACKNOWLEDGED
    """,
    # Commendations (评比表彰)
    COMMENDATIONS: """
        Query.commendationCampaigns Query.nominationDossier Query.commendations
        Mutation.createCommendationCampaign Mutation.nominate Mutation.castReviewVote
        Mutation.startPublicNotice Mutation.fileObjection Mutation.resolveObjection
        Mutation.finalizeCampaign Mutation.revokeCommendation CampaignTransitionInput
        CastReviewVoteInput FileObjectionInput ResolveObjectionInput RevokeCommendationInput
        Objection ObjectionStatus Commendation CommendationConnection
        CreateCampaignInput NominateInput AwardKind CampaignStatus NominationStatus
        CommendationCampaign CommendationCampaignConnection Nomination NominationConnection Dossier
        CreateCampaignPayload NominatePayload CastReviewVotePayload CampaignTransitionPayload
        FileObjectionPayload ResolveObjectionPayload RevokeCommendationPayload
    """,
}
NOT_BUILT: dict[str, int] = {
    name: issue for issue, names in _NOT_BUILT_BY_ISSUE.items() for name in names.split()
}


def api_md_path() -> Path | None:
    """API.md lives beside the repository, at ../shared/API.md. A git worktree's checkout sits
    elsewhere: then beside the main checkout, which git names as the common directory's parent."""
    candidates = [ROOT.parent / "shared" / "API.md"]
    try:
        common = subprocess.run(
            ["git", "rev-parse", "--path-format=absolute", "--git-common-dir"],
            cwd=ROOT,
            capture_output=True,
            text=True,
            check=True,
        ).stdout.strip()
        candidates.append(Path(common).parent.parent / "shared" / "API.md")
    except (OSError, subprocess.CalledProcessError):
        pass
    return next((path for path in candidates if path.is_file()), None)


# --- reading the contract ---------------------------------------------------------------------


@dataclass
class Shape:
    """Field names sketched in a comment: `{ a b: [Other { c }] file: Upload }`."""

    fields: dict[str, tuple[str | None, Shape | None]] = field(default_factory=dict)


@dataclass
class Contract:
    definitions: list[object] = field(default_factory=list)  # graphql-core definition nodes
    # (type name, shape) from `# Name { ... }` comments
    named_shapes: list[tuple[str, Shape]] = field(default_factory=list)
    # (root type, field name, role, shape): role "input", "payload" or "result"
    field_shapes: list[tuple[str, str, str, Shape]] = field(default_factory=list)

    def names(self) -> set[str]:
        """Every name the contract defines or uses: types, `Type.field`, `Enum.VALUE`."""
        found: set[str] = set()
        for node in self.definitions:
            name = node.name.value  # type: ignore[attr-defined]
            found.add(name)
            for value in getattr(node, "values", None) or []:
                found.add(f"{name}.{value.name.value}")
            for child in getattr(node, "fields", None) or []:
                found.add(f"{name}.{child.name.value}")
                for argument in getattr(child, "arguments", None) or []:
                    found.add(_named(argument.type))
                found.add(_named(child.type))
        return found


TOKEN = re.compile(r"->|[{}\[\]:]|[A-Za-z_][A-Za-z0-9_]*")


def _parse_shape(tokens: list[str], at: int) -> tuple[Shape, int]:
    """tokens[at] is '{'; returns the shape and the index after its '}'."""
    shape = Shape()
    at += 1
    while at < len(tokens) and tokens[at] != "}":
        name = tokens[at]
        at += 1
        type_name: str | None = None
        inner: Shape | None = None
        if at < len(tokens) and tokens[at] == ":":
            at += 1
            closing = tokens[at] == "["
            if closing:
                at += 1
            if tokens[at] not in "{}[]:":
                type_name = tokens[at]
                at += 1
            if tokens[at] == "{":
                inner, at = _parse_shape(tokens, at)
            if closing:
                assert tokens[at] == "]", tokens[at:]
                at += 1
        shape.fields[name] = (type_name, inner)
    return shape, at + 1


def _comment_shapes(comment: str) -> list[tuple[str | None, bool, Shape]]:
    """The `{ ... }` groups of a comment: (type name before it, after an arrow, shape)."""
    tokens = TOKEN.findall(comment)
    groups: list[tuple[str | None, bool, Shape]] = []
    arrow = False
    at = 0
    while at < len(tokens):
        token = tokens[at]
        if token == "->":
            arrow = True
        if token == "{":
            before = tokens[at - 1] if at else None
            owner = before if before and before[0].isupper() and before.isidentifier() else None
            shape, at = _parse_shape(tokens, at)
            groups.append((owner, arrow, shape))
            continue
        at += 1
    return groups


def graphql_blocks(markdown: str) -> list[str]:
    return re.findall(r"```graphql\n(.*?)```", markdown, flags=re.DOTALL)


def read_contract(markdown: str) -> Contract:
    contract = Contract()
    for block in graphql_blocks(markdown):
        document: DocumentNode = parse(block)
        contract.definitions.extend(document.definitions)
        # the root field (or type) each line of the block belongs to
        line_owner: dict[int, tuple[str, str]] = {}
        for node in document.definitions:
            name = node.name.value  # type: ignore[attr-defined]
            for child in getattr(node, "fields", None) or []:
                line_owner[child.loc.start_token.line] = (name, child.name.value)
        for number, line in enumerate(block.splitlines(), start=1):
            if "#" not in line:
                continue
            for owner, arrow, shape in _comment_shapes(line.split("#", 1)[1]):
                if owner is not None:
                    contract.named_shapes.append((owner, shape))
                    continue
                type_name, field_name = line_owner[number]
                if type_name == "Mutation":
                    role = "payload" if arrow or "userErrors" in shape.fields else "input"
                else:
                    role = "result"
                contract.field_shapes.append((type_name, field_name, role, shape))
    return contract


# --- comparing with the live schema -----------------------------------------------------------


def _named(node: TypeNode) -> str:
    while isinstance(node, NonNullTypeNode | ListTypeNode):
        node = node.type
    return node.name.value  # type: ignore[attr-defined]


def _wrappers(node: TypeNode) -> str:
    """`[X!]!` -> "[!]!": the list and non-null structure around the named type."""
    if isinstance(node, NonNullTypeNode):
        return _wrappers(node.type) + "!"
    if isinstance(node, ListTypeNode):
        return "[" + _wrappers(node.type) + "]"
    return ""


def _live_wrappers(live: object) -> str:
    if isinstance(live, GraphQLNonNull):
        return _live_wrappers(live.of_type) + "!"
    if isinstance(live, GraphQLList):
        return "[" + _live_wrappers(live.of_type) + "]"
    return ""


def _live_named(live: object) -> str:
    while isinstance(live, GraphQLNonNull | GraphQLList):
        live = live.of_type
    return live.name  # type: ignore[attr-defined]


def _output_fits(contract: str, live: str) -> bool:
    """Same lists; each level non-null where the contract's is (stricter live is fine)."""
    if contract == live:
        return True
    if live.endswith("!") and not contract.endswith("!"):
        return _output_fits(contract, live[:-1])
    if contract.endswith("!") or live.endswith("!"):
        return (
            contract.endswith("!") and live.endswith("!") and _output_fits(contract[:-1], live[:-1])
        )
    if contract.startswith("[") and live.startswith("["):
        return _output_fits(contract[1:-1], live[1:-1])
    return False


def _show(named: str, wrappers: str) -> str:
    if wrappers.endswith("!"):
        return _show(named, wrappers[:-1]) + "!"
    if wrappers.startswith("["):
        return "[" + _show(named, wrappers[1:-1]) + "]"
    return named


KINDS = {
    ObjectTypeDefinitionNode: GraphQLObjectType,
    InputObjectTypeDefinitionNode: GraphQLInputObjectType,
    EnumTypeDefinitionNode: GraphQLEnumType,
    InterfaceTypeDefinitionNode: GraphQLInterfaceType,
    ScalarTypeDefinitionNode: GraphQLScalarType,
}


class Checker:
    def __init__(self, contract: Contract, live: GraphQLSchema) -> None:
        self.contract = contract
        self.live = live
        self.problems: list[str] = []

    def not_built(self, *names: str) -> bool:
        return any(name in NOT_BUILT for name in names)

    def problem(self, text: str) -> None:
        self.problems.append(text)

    def run(self) -> list[str]:
        for node in self.contract.definitions:
            self.check_definition(node)
        for name in sorted(self.referenced_types()):
            if not self.not_built(name) and name not in self.live.type_map:
                self.problem(f"{name}: named by the contract, missing from the live schema")
        for owner, shape in self.contract.named_shapes:
            if not self.not_built(owner):
                self.check_shape(owner, owner, shape)
        for root, field_name, role, shape in self.contract.field_shapes:
            self.check_field_shape(root, field_name, role, shape)
        self.check_mutation_rule()
        self.check_connections()
        self.check_not_built()
        return self.problems

    def referenced_types(self) -> set[str]:
        names: set[str] = set()
        for node in self.contract.definitions:
            owner = node.name.value  # type: ignore[attr-defined]
            if self.not_built(owner):
                continue
            for interface in getattr(node, "interfaces", None) or []:
                names.add(interface.name.value)
            for child in getattr(node, "fields", None) or []:
                if self.not_built(f"{owner}.{child.name.value}"):
                    continue
                names.add(_named(child.type))
                for argument in getattr(child, "arguments", None) or []:
                    names.add(_named(argument.type))
        return names

    def check_definition(self, node: object) -> None:
        name: str = node.name.value  # type: ignore[attr-defined]
        if self.not_built(name):
            return
        live = self.live.type_map.get(name)
        if live is None:
            self.problem(f"{name}: defined by the contract, missing from the live schema")
            return
        expected = KINDS.get(type(node))
        if expected is not None and not isinstance(live, expected):
            self.problem(
                f"{name}: a {type(live).__name__} live, a {expected.__name__} in the contract"
            )
            return
        for interface in getattr(node, "interfaces", None) or []:
            if interface.name.value not in {i.name for i in getattr(live, "interfaces", [])}:
                self.problem(f"{name}: does not implement {interface.name.value}")
        if isinstance(live, GraphQLEnumType):
            for value in node.values or []:  # type: ignore[attr-defined]
                coordinate = f"{name}.{value.name.value}"
                if not self.not_built(coordinate) and value.name.value not in live.values:
                    self.problem(f"{coordinate}: enum value missing live")
            return
        is_input = isinstance(live, GraphQLInputObjectType)
        if is_input:
            named_fields = {child.name.value for child in node.fields or []}  # type: ignore[attr-defined]
            for extra, live_field in live.fields.items():
                if extra not in named_fields and _required(live_field):
                    self.problem(f"{name}.{extra}: required live, unknown to the contract")
        for child in node.fields or []:  # type: ignore[attr-defined]
            coordinate = f"{name}.{child.name.value}"
            if self.not_built(coordinate):
                continue
            live_field = live.fields.get(child.name.value)  # type: ignore[union-attr]
            if live_field is None:
                self.problem(f"{coordinate}: missing live")
                continue
            if is_input:
                self.check_input_value(coordinate, child, live_field)
            else:
                self.check_output_field(coordinate, child, live_field)

    def check_type(
        self, coordinate: str, node: TypeNode, live_type: object, *, output: bool
    ) -> None:
        named, live_named = _named(node), _live_named(live_type)
        wrappers, live_wrappers = _wrappers(node), _live_wrappers(live_type)
        # an input may accept more than the contract sends (null where it sends a value), never
        # require more: the contract's clients would break
        fits = (
            _output_fits(wrappers, live_wrappers)
            if output
            else _output_fits(live_wrappers, wrappers)
        )
        if named != live_named or not fits:
            self.problem(
                f"{coordinate}: {_show(live_named, live_wrappers)} live, "
                f"{_show(named, wrappers)} in the contract"
            )

    def check_output_field(self, coordinate: str, node: FieldDefinitionNode, live: object) -> None:
        self.check_type(coordinate, node.type, live.type, output=True)  # type: ignore[attr-defined]
        live_args = live.args  # type: ignore[attr-defined]
        named_args = {argument.name.value for argument in node.arguments or []}
        for argument in node.arguments or []:
            where = f"{coordinate}({argument.name.value}:)"
            live_argument = live_args.get(argument.name.value)
            if live_argument is None:
                self.problem(f"{where}: argument missing live")
                continue
            self.check_input_value(where, argument, live_argument)
        for extra, live_argument in live_args.items():
            if extra not in named_args and _required(live_argument):
                self.problem(f"{coordinate}({extra}:): required live, unknown to the contract")

    def check_input_value(self, where: str, node: InputValueDefinitionNode, live: object) -> None:
        self.check_type(where, node.type, live.type, output=False)  # type: ignore[attr-defined]

    def check_shape(self, where: str, type_name: str, shape: Shape) -> None:
        live = self.live.type_map.get(type_name)
        if live is None:
            self.problem(f"{where}: type {type_name} missing live")
            return
        fields = getattr(live, "fields", None)
        if fields is None:
            self.problem(f"{where}: {type_name} has no fields live")
            return
        for name, (expected_type, inner) in shape.fields.items():
            live_field = fields.get(name)
            if live_field is None:
                self.problem(f"{type_name}.{name}: missing live (named in a comment)")
                continue
            live_named = _live_named(live_field.type)
            if expected_type is not None and expected_type != live_named:
                self.problem(
                    f"{type_name}.{name}: {live_named} live, {expected_type} in the contract"
                )
            if inner is not None:
                self.check_shape(f"{type_name}.{name}", live_named, inner)

    def check_field_shape(self, root: str, field_name: str, role: str, shape: Shape) -> None:
        if self.not_built(root, f"{root}.{field_name}"):
            return
        live_root = self.live.type_map.get(root)
        live_field = getattr(live_root, "fields", {}).get(field_name)
        if live_field is None:
            return  # reported with the definition
        if role == "input":
            argument = live_field.args.get("input")
            if argument is None:
                self.problem(f"{root}.{field_name}: takes no input live")
                return
            self.check_shape(f"{root}.{field_name}(input:)", _live_named(argument.type), shape)
        else:
            self.check_shape(f"{root}.{field_name}", _live_named(live_field.type), shape)

    def check_mutation_rule(self) -> None:
        mutation = self.live.mutation_type
        for name, live_field in (mutation.fields if mutation else {}).items():
            where = f"Mutation.{name}"
            argument = live_field.args.get("input")
            if list(live_field.args) != ["input"] or argument is None:
                self.problem(f"{where}: takes {list(live_field.args)}, not one `input`")
            elif not isinstance(argument.type, GraphQLNonNull) or not isinstance(
                argument.type.of_type, GraphQLInputObjectType
            ):
                self.problem(f"{where}(input:): {argument.type} is not a required input object")
            payload = live_field.type
            if not isinstance(payload, GraphQLNonNull) or not isinstance(
                payload.of_type, GraphQLObjectType
            ):
                self.problem(f"{where}: answers {payload}, not a required payload object")
                continue
            user_errors = payload.of_type.fields.get("userErrors")
            if user_errors is None or str(user_errors.type) != "[UserError!]!":
                self.problem(f"{where}: {payload.of_type.name} has no userErrors: [UserError!]!")

    def check_connections(self) -> None:
        for name, live in self.live.type_map.items():
            if not name.endswith("Connection") or not isinstance(live, GraphQLObjectType):
                continue
            node_type = name.removesuffix("Connection")
            expected = {
                f"{name}.edges": f"[{node_type}Edge!]!",
                f"{name}.pageInfo": "PageInfo!",
                f"{node_type}Edge.cursor": "String!",
                f"{node_type}Edge.node": f"{node_type}!",
                "PageInfo.hasNextPage": "Boolean!",
                "PageInfo.endCursor": "String",
            }
            for coordinate, type_text in expected.items():
                owner, field_name = coordinate.split(".")
                owner_type = self.live.type_map.get(owner)
                live_field = getattr(owner_type, "fields", {}).get(field_name)
                if live_field is None or str(live_field.type) != type_text:
                    found = live_field.type if live_field else "missing"
                    self.problem(f"{coordinate}: {found} live, a Relay connection has {type_text}")

    def check_not_built(self) -> None:
        named = self.contract.names()
        for name, issue in NOT_BUILT.items():
            if name not in named:
                self.problem(f"NOT_BUILT {name} (issue {issue}): the contract does not name it")
            if self.live_has(name):
                self.problem(f"NOT_BUILT {name}: built now (issue {issue}); take it off the list")

    def live_has(self, name: str) -> bool:
        owner, _, member = name.partition(".")
        live = self.live.type_map.get(owner)
        if not member:
            return live is not None
        if isinstance(live, GraphQLEnumType):
            return member in live.values
        return member in (getattr(live, "fields", None) or {})


def _required(live_value: object) -> bool:
    """An argument or input field a client must send: non-null, without a default."""
    return isinstance(live_value.type, GraphQLNonNull) and (  # type: ignore[attr-defined]
        live_value.default_value is Undefined  # type: ignore[attr-defined]
    )


def contract_problems(markdown: str, live: GraphQLSchema) -> list[str]:
    return Checker(read_contract(markdown), live).run()
