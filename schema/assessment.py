"""The score ledger's feed, for leaders, admins and an external assessment system."""

from __future__ import annotations

from datetime import datetime
from decimal import Decimal

import strawberry
from strawberry import Info, relay
from strawberry.relay import from_base64, to_base64

from models import assessment, clock
from models.assessment import Dimension, ScoreEvent
from models.org import Role
from schema import node, reads
from schema.attendance import org_visible
from schema.errors import coded_error
from schema.ids import INT8_MAX, argument_id, global_id, parse_key
from schema.org import PersonType, UnitType, people_of, units_of
from schema.pagination import after_cursor, connection, not_a_cursor, page_size, paginate
from schema.permissions import STAFF, allow, require_role, require_user
from schema.training import READERS_OF_ROSTERS

DimensionEnum = strawberry.enum(
    Dimension,
    description="积分维度: 培训 / 考试 / 演练 / 比武竞赛 / 评比表彰 / 案例复盘 / 整改",
)
FEED_READERS = (Role.ADMIN, Role.LEADER, Role.ASSESSMENT_SYSTEM)


@strawberry.type(name="ScoreEvent")
class ScoreEventType(relay.Node):
    id: relay.NodeID[int]
    dimension: DimensionEnum
    points: Decimal
    occurred_at: datetime
    recorded_at: datetime
    reason: str
    source_type: str
    kind: str
    raw_source_id: strawberry.Private[str]
    person_id: strawberry.Private[int | None]
    unit_id: strawberry.Private[int | None]
    reverses_id: strawberry.Private[int | None]

    @classmethod
    def from_model(cls, event: ScoreEvent) -> ScoreEventType:
        return cls(
            id=event.id,
            dimension=event.dimension,
            points=event.points,
            occurred_at=event.occurred_at,
            recorded_at=event.recorded_at,
            reason=event.reason,
            source_type=event.source_type,
            kind=event.kind,
            raw_source_id=event.source_id,
            person_id=event.person_id,
            unit_id=event.unit_id,
            reverses_id=event.reverses_id,
        )

    @strawberry.field(description="The global ID of the source object (its type is sourceType).")
    def source_id(self) -> strawberry.ID:
        if self.raw_source_id.isdigit():
            return strawberry.ID(global_id(self.source_type, int(self.raw_source_id)))
        return strawberry.ID(self.raw_source_id)

    @reads.relation(people_of)
    async def person(self, info: Info) -> PersonType | None:
        return await reads.load(people_of, self, info)

    @reads.relation(units_of)
    async def unit(self, info: Info) -> UnitType | None:
        return await reads.load(units_of, self, info)

    @strawberry.field(description="The ID of the event this one cancels, for a reversal.")
    def reverses(self) -> strawberry.ID | None:
        if self.reverses_id is None:
            return None
        return strawberry.ID(global_id("ScoreEvent", self.reverses_id))


async def _event_node(info: Info, pk: int) -> ScoreEventType | None:
    require_role(info, *FEED_READERS)
    event = await ScoreEvent.get_or_none(id=pk)
    return ScoreEventType.from_model(event) if event else None


node.register("ScoreEvent", _event_node)


@strawberry.type
class DimensionPoints:
    dimension: DimensionEnum
    points: Decimal


def _year(year: int | None) -> int:
    """The year asked for; this year of the county's calendar when none is."""
    if year is None:
        return clock.local(clock.now()).year
    if not 2000 <= year <= 2100:
        raise coded_error("BAD_USER_INPUT", "year must be between 2000 and 2100.")
    return year


async def _points(person_id: int | None, year: int | None) -> list[DimensionPoints]:
    year = _year(year)
    if person_id is None:
        return []
    table = await assessment.points_by_dimension(person_id, year)
    return [DimensionPoints(dimension=d, points=p) for d, p in table.items()]


@strawberry.type
class Query:
    @strawberry.field(
        extensions=allow(*FEED_READERS),
        description="The ledger feed in the order events were committed, oldest first. An "
        "event appears once every write that began before it has finished, so a reader that "
        "pages with `after` sees each event exactly once. "
        "since: only events recorded at or after this time.",
    )
    async def score_events(
        self,
        first: int | None = None,
        after: str | None = None,
        since: datetime | None = None,
    ) -> relay.Connection[ScoreEventType]:
        size = page_size(first)
        position = await _feed_position(after)
        rows = await assessment.feed(
            after=position,
            since=clock.utc(since) if since is not None else None,
            limit=size + 1,
        )
        return connection(rows, size, position, ScoreEventType.from_model, cursor=_feed_cursor)

    @strawberry.field(
        extensions=allow(*STAFF),
        description="The logged-in person's ledger points in each dimension for a year (this "
        "year of the county's calendar by default), reversals included; every dimension is "
        "listed, 0 if it has none. Empty for an account without a person.",
    )
    async def my_points(self, info: Info, year: int | None = None) -> list[DimensionPoints]:
        return await _points(require_user(info).person_id, year)

    @strawberry.field(
        extensions=allow(*STAFF),
        description="A person's points in each dimension for a year, as myPoints: for "
        "admins, trainers and leaders whose scope covers the person (and the person). Empty "
        "for anyone else, as for a person that does not exist.",
    )
    async def person_points(
        self, info: Info, person_id: strawberry.ID, year: int | None = None
    ) -> list[DimensionPoints]:
        user = require_user(info)
        pk = argument_id(person_id, "Person", "personId")
        allowed = pk == user.person_id or (
            user.has_role(*READERS_OF_ROSTERS) and await org_visible(info, pk)
        )
        return await _points(pk if allowed else None, year)

    @strawberry.field(
        extensions=allow(*STAFF),
        description="The logged-in person's score record: their ledger events of a year (this "
        "year by default), by ID, optionally of one dimension. A reversal belongs to the year "
        "of the event it cancels, as in myPoints. Empty for an account without a person.",
    )
    async def my_score_events(
        self,
        info: Info,
        first: int | None = None,
        after: str | None = None,
        year: int | None = None,
        dimension: DimensionEnum | None = None,
    ) -> relay.Connection[ScoreEventType]:
        user = require_user(info)
        events = assessment.events_of_year(user.person_id, _year(year), dimension)
        return await paginate(events, first, after, ScoreEventType.from_model)


FEED_CURSOR = "feed"


def _feed_cursor(event: ScoreEvent) -> str:
    return to_base64(FEED_CURSOR, f"{event.txid}.{event.id}")


async def _feed_position(after: str | None) -> assessment.FeedPosition | None:
    """A feed cursor, or a plain list cursor (the event's id) from before the feed had its own."""
    if after is None:
        return None
    try:
        kind, raw = from_base64(after)
    except (ValueError, TypeError):
        raise not_a_cursor() from None
    if kind == FEED_CURSOR:
        txid, _, pk = raw.partition(".")
        txid_number, pk_number = parse_key(txid, INT8_MAX, smallest=0), parse_key(pk, INT8_MAX)
        if txid_number is None or pk_number is None:
            raise not_a_cursor()
        return txid_number, pk_number
    pk = after_cursor(after)
    position = await assessment.feed_position(pk) if pk is not None else None
    if position is None:
        raise not_a_cursor()
    return position
