"""The score ledger: one append-only table that every domain writes points to.

Rows are never updated or deleted. A correction is a new row that reverses the old one. The unique
key (source_type, source_id, subject, kind) makes every write idempotent: recording the same thing
twice (a retried request, two workers racing) leaves one row.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from decimal import Decimal
from enum import StrEnum

from tortoise import fields
from tortoise.backends.base.client import BaseDBAsyncClient
from tortoise.connection import get_connection
from tortoise.exceptions import IntegrityError
from tortoise.expressions import Q
from tortoise.models import Model
from tortoise.queryset import QuerySet
from tortoise.timezone import now
from tortoise.transactions import in_transaction

from models import clock, sql
from models.decimals import scaled, scaled_or_none
from models.errors import fail
from models.org import Person, Unit, User
from models.sql import TransactionId


class Dimension(StrEnum):
    TRAINING = "TRAINING"
    EXAM = "EXAM"
    DRILL = "DRILL"
    COMPETITION = "COMPETITION"
    COMMENDATION = "COMMENDATION"
    CASE_REVIEW = "CASE_REVIEW"
    RECTIFICATION = "RECTIFICATION"


REVERSAL_SUFFIX = ":reversed"


class ScoreEvent(Model):
    id = fields.BigIntField(primary_key=True)
    person: fields.ForeignKeyNullableRelation[Person] = fields.ForeignKeyField(
        "models.Person",
        related_name="score_events",
        null=True,
        on_delete=fields.RESTRICT,
        db_index=True,
    )
    unit: fields.ForeignKeyNullableRelation[Unit] = fields.ForeignKeyField(
        "models.Unit",
        related_name="score_events",
        null=True,
        on_delete=fields.RESTRICT,
        db_index=True,
    )
    # "person:<id>" or "unit:<id>": part of the unique key, which NULLs could not be.
    subject = fields.CharField(max_length=40)
    dimension = fields.CharEnumField(Dimension, max_length=16, db_index=True)
    points = fields.DecimalField(max_digits=10, decimal_places=2)
    occurred_at = fields.DatetimeField()
    recorded_at = fields.DatetimeField(auto_now_add=True, db_index=True)
    reason = fields.CharField(max_length=500)
    source_type = fields.CharField(max_length=40)
    source_id = fields.CharField(max_length=64)
    kind = fields.CharField(max_length=80)
    recorded_by: fields.ForeignKeyNullableRelation[User] = fields.ForeignKeyField(
        "models.User",
        related_name="recorded_score_events",
        null=True,
        on_delete=fields.RESTRICT,
        db_index=True,
    )
    reverses: fields.ForeignKeyNullableRelation[ScoreEvent] = fields.OneToOneField(
        "models.ScoreEvent", related_name="reversed_by", null=True, on_delete=fields.RESTRICT
    )
    # The writing transaction (PostgreSQL; 0 on SQLite): the feed's order is (txid, id).
    txid = fields.BigIntField(db_default=TransactionId())

    class Meta:
        table = "score_event"
        unique_together = (("source_type", "source_id", "subject", "kind"),)
        indexes = (("txid", "id"),)
        # The database also refuses a row without subject and any UPDATE or DELETE:
        # see LEDGER_GUARDS below and migration 0002.


LEDGER_GUARDS = {
    "sqlite": [
        """CREATE TRIGGER score_event_has_subject BEFORE INSERT ON score_event
           WHEN NEW.person_id IS NULL AND NEW.unit_id IS NULL
           BEGIN SELECT RAISE(ABORT, 'score_event_has_subject: a person or a unit'); END""",
        """CREATE TRIGGER score_event_append_only_update BEFORE UPDATE ON score_event
           BEGIN SELECT RAISE(ABORT, 'score_event is append-only'); END""",
        """CREATE TRIGGER score_event_append_only_delete BEFORE DELETE ON score_event
           BEGIN SELECT RAISE(ABORT, 'score_event is append-only'); END""",
    ],
    "postgres": [
        """ALTER TABLE score_event ADD CONSTRAINT score_event_has_subject
           CHECK (person_id IS NOT NULL OR unit_id IS NOT NULL)""",
        """CREATE FUNCTION score_event_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
           BEGIN RAISE EXCEPTION 'score_event is append-only' USING ERRCODE = 'restrict_violation';
           END $$""",
        """CREATE TRIGGER score_event_append_only BEFORE UPDATE OR DELETE ON score_event
           FOR EACH ROW EXECUTE FUNCTION score_event_append_only()""",
    ],
}


def subject_key(person_id: int | None, unit_id: int | None) -> str:
    if person_id is not None:
        return f"person:{person_id}"
    if unit_id is not None:
        return f"unit:{unit_id}"
    fail("SUBJECT_REQUIRED", "A score event needs a person or a unit.")


async def record_points(
    *,
    dimension: Dimension,
    points: Decimal | int | str,
    reason: str,
    source_type: str,
    source_id: int | str,
    kind: str,
    person_id: int | None = None,
    unit_id: int | None = None,
    occurred_at: datetime | None = None,
    recorded_by_id: int | None = None,
) -> ScoreEvent:
    """Append one event, or return the one already recorded under the same key.

    The event's subject is the person when there is one (the unit, if given too, says where the
    person stood); a unit-only event scores the unit.
    """
    key = {
        "source_type": source_type,
        "source_id": str(source_id),
        "subject": subject_key(person_id, unit_id),
        "kind": kind,
    }
    try:
        async with in_transaction():  # a savepoint inside the caller's transaction
            return await ScoreEvent.create(
                **key,
                person_id=person_id,
                unit_id=unit_id,
                dimension=dimension,
                points=scaled(points),
                reason=reason[:500],
                occurred_at=occurred_at or now(),
                recorded_by_id=recorded_by_id,
            )
    except IntegrityError:
        existing = await ScoreEvent.get_or_none(**key)
        if existing is None:
            raise
        return existing


async def reverse_event(
    event: ScoreEvent, *, reason: str, recorded_by_id: int | None = None
) -> ScoreEvent:
    """Cancel an event with its negation; reversing twice records nothing new."""
    return await _append_reversal(event, reason=reason, recorded_by_id=recorded_by_id)


async def _append_reversal(
    event: ScoreEvent, *, reason: str, recorded_by_id: int | None
) -> ScoreEvent:
    reversal = _reversal(event, reason, recorded_by_id)
    try:
        async with in_transaction():
            await reversal.save()
            return reversal
    except IntegrityError:
        return await ScoreEvent.get(reverses_id=event.id)


@dataclass(frozen=True)
class Restatement:
    """What the ledger should say for one source and subject: `points`, or nothing (None)."""

    dimension: Dimension
    points: Decimal | None
    reason: str
    source_type: str
    source_id: str
    kind: str
    person_id: int | None = None
    unit_id: int | None = None
    occurred_at: datetime | None = None
    recorded_by_id: int | None = None

    @property
    def subject(self) -> str:
        return subject_key(self.person_id, self.unit_id)


def _plan(history: list[ScoreEvent], wanted: Restatement) -> tuple[ScoreEvent | None, str | None]:
    """From a source-and-subject's events: the standing event to reverse (if it must change)
    and the kind of the new statement to record (None: record nothing)."""
    kind = wanted.kind
    # Statements only: a reversal of revision n (`kind#n:reversed`) also starts with `kind#`, and
    # taking it for the standing entry would reverse the reversal instead of the entry.
    statements = [
        e
        for e in history
        if e.reverses_id is None and (e.kind == kind or e.kind.startswith(f"{kind}#"))
    ]
    reversed_ids = {e.reverses_id for e in history if e.reverses_id is not None}
    standing = next((e for e in reversed(statements) if e.id not in reversed_ids), None)
    if standing is not None and standing.points == wanted.points:
        return None, None
    if wanted.points is None:
        return standing, None
    revision = max((_revision(e.kind) for e in statements), default=0) + 1
    return standing, kind if revision == 1 else f"{kind}#{revision}"


def _revision(kind: str) -> int:
    """`kind` is revision 1, `kind#n` revision n (ledgers written before the fix skip numbers)."""
    _, _, number = kind.partition("#")
    return int(number) if number.isdigit() else 1


def _reversal(event: ScoreEvent, reason: str, by: int | None) -> ScoreEvent:
    return ScoreEvent(
        source_type=event.source_type,
        source_id=event.source_id,
        subject=event.subject,
        kind=event.kind + REVERSAL_SUFFIX,
        person_id=event.person_id,
        unit_id=event.unit_id,
        dimension=event.dimension,
        points=scaled(-event.points),
        reason=reason[:500],
        occurred_at=now(),
        recorded_by_id=by,
        reverses_id=event.id,
    )


def _statement(wanted: Restatement, kind: str) -> ScoreEvent:
    return ScoreEvent(
        source_type=wanted.source_type,
        source_id=wanted.source_id,
        subject=wanted.subject,
        kind=kind,
        person_id=wanted.person_id,
        unit_id=wanted.unit_id,
        dimension=wanted.dimension,
        points=scaled_or_none(wanted.points),
        reason=wanted.reason[:500],
        occurred_at=wanted.occurred_at or now(),
        recorded_by_id=wanted.recorded_by_id,
    )


async def restate_many(wanted: list[Restatement]) -> None:
    """restate_points for many sources at once: one read and two bulk inserts, for the 500 marks
    of a roster or the absences of a session that ended. Under a concurrent writer (a unique
    key collides) it falls back to one restatement at a time, which is idempotent."""
    if not wanted:
        return
    try:
        async with in_transaction():
            history: dict[tuple[str, str, str], list[ScoreEvent]] = {}
            for source_type in {w.source_type for w in wanted}:
                ids = list({w.source_id for w in wanted if w.source_type == source_type})
                rows = (
                    await ScoreEvent.select_for_update()
                    .filter(source_type=source_type, source_id__in=ids)
                    .order_by("id")
                )
                for row in rows:
                    history.setdefault((row.source_type, row.source_id, row.subject), []).append(
                        row
                    )
            reversals, statements = [], []
            for w in wanted:
                standing, kind = _plan(history.get((w.source_type, w.source_id, w.subject), []), w)
                if standing is not None:
                    reversals.append(_reversal(standing, f"更正: {w.reason}", w.recorded_by_id))
                if kind is not None:
                    statements.append(_statement(w, kind))
            await ScoreEvent.bulk_create(reversals + statements, batch_size=500)
    except IntegrityError:
        for w in wanted:
            await restate_points(**{f: getattr(w, f) for f in w.__dataclass_fields__})


async def restate_points(
    *,
    dimension: Dimension,
    points: Decimal | int | str | None,
    reason: str,
    source_type: str,
    source_id: int | str,
    kind: str,
    person_id: int | None = None,
    unit_id: int | None = None,
    occurred_at: datetime | None = None,
    recorded_by_id: int | None = None,
) -> ScoreEvent | None:
    """Make the ledger say `points` for this source and subject, whatever it said before.

    The standing event (if any) is reversed and a new revision recorded: revision 1 has the plain
    `kind`, revision n has `kind#n`. `points=None` withdraws the standing event. Calling again with
    the same points changes nothing. Returns the standing event afterwards.
    """
    wanted = Restatement(
        dimension=dimension,
        points=scaled_or_none(points),
        reason=reason,
        source_type=source_type,
        source_id=str(source_id),
        kind=kind,
        person_id=person_id,
        unit_id=unit_id,
        occurred_at=occurred_at,
        recorded_by_id=recorded_by_id,
    )
    async with in_transaction():
        history = (
            await ScoreEvent.select_for_update()
            .filter(source_type=source_type, source_id=str(source_id), subject=wanted.subject)
            .filter(kind__startswith=kind)
            .order_by("id")
        )
        standing, new_kind = _plan(history, wanted)
        if standing is None and new_kind is None:
            current = [
                e
                for e in history
                if e.reverses_id is None and (e.kind == kind or e.kind.startswith(f"{kind}#"))
            ]
            return current[-1] if current and wanted.points is not None else None
        if standing is not None:
            await _append_reversal(
                standing, reason=f"更正: {reason}", recorded_by_id=recorded_by_id
            )
        if new_kind is None:
            return None
        return await record_points(
            dimension=dimension,
            points=wanted.points,
            reason=reason,
            source_type=source_type,
            source_id=source_id,
            kind=new_kind,
            person_id=person_id,
            unit_id=unit_id,
            occurred_at=occurred_at,
            recorded_by_id=recorded_by_id,
        )


FeedPosition = tuple[int, int]  # (txid, id) of the last event a reader has seen


async def feed(
    *, after: FeedPosition | None, since: datetime | None, limit: int
) -> list[ScoreEvent]:
    """Up to `limit` events of the ledger feed after `after`, in (txid, id) order.

    On PostgreSQL only events below the horizon are handed out: the oldest transaction of this
    database still open, which is the lowest txid that can still commit new events. Whatever a
    reader has been given, no event can later appear before it, so a reader that pages with the
    last position sees every event exactly once. An event shows up once every transaction of this
    database that started before it has finished.
    """
    rows = ScoreEvent.all()
    connection = get_connection("default")
    if connection.capabilities.dialect == "postgres":
        rows = rows.filter(txid__lt=await horizon(connection))
    if since is not None:
        rows = rows.filter(recorded_at__gte=since)
    if after is not None:
        txid, pk = after
        rows = rows.filter(Q(txid__gt=txid) | Q(txid=txid, id__gt=pk))
    return await rows.order_by("txid", "id").limit(limit)


XID_WRAP = 2**32  # pg_stat_activity shows 32-bit xids; snapshots show 64-bit ones


async def horizon(connection: BaseDBAsyncClient) -> int:
    """The lowest txid that can still commit events in this database (PostgreSQL).

    A snapshot lists the transactions in progress on the whole server; only those of this
    database can write score events, so the others (another application's long transaction, a
    test run beside this one) do not hold the feed back. The snapshot is taken first and the
    list of this database's transactions read after it: a transaction of the snapshot that has
    ended by then has committed (or aborted) before the feed's rows are read, so leaving it out
    loses nothing. Where sessions of this database are hidden from this role (no
    pg_read_all_stats), every transaction of the snapshot counts.
    """
    [row] = await sql.fetch(connection, "SELECT pg_current_snapshot()::text AS snapshot")
    xmin, xmax, xip = row["snapshot"].split(":")
    running = [int(x) for x in xip.split(",") if x]
    if not running:
        return int(xmax)
    ours: set[int] = set()
    for session in await sql.fetch(connection, SESSIONS):
        if session["hidden"]:
            return int(xmin)
        ours.add(int(session["xid"]))
    return min((x for x in running if x % XID_WRAP in ours), default=int(xmax))


SESSIONS = """
SELECT backend_xid::text AS xid, query = '<insufficient privilege>' AS hidden
FROM pg_stat_activity
WHERE datname = current_database()
  AND (backend_xid IS NOT NULL OR query = '<insufficient privilege>')
"""


async def feed_position(event_id: int) -> FeedPosition | None:
    """The position of an event by id (for cursors that carry only the id)."""
    txid = await ScoreEvent.filter(id=event_id).values_list("txid", flat=True)
    return (txid[0], event_id) if txid else None


# --- a person's points by dimension -----------------------------------------------------------

# A reversal counts in the year of the event it reverses, so that correcting last year's mark
# this year changes last year's sum, as the corrected statement (recorded with the original
# time) does. Points are summed in hundredths, as integers: exact on both databases (SQLite keeps
# decimals as text, and its SUM of them would be a float).
POINTS_BY_DIMENSION = """
SELECT "e"."dimension" AS "dimension", SUM(CAST(ROUND("e"."points" * 100) AS BIGINT)) AS "cents"
FROM "score_event" "e"
LEFT JOIN "score_event" "r" ON "r"."id" = "e"."reverses_id"
WHERE "e"."person_id" = $1
  AND COALESCE("r"."occurred_at", "e"."occurred_at") >= $2
  AND COALESCE("r"."occurred_at", "e"."occurred_at") < $3
GROUP BY "e"."dimension"
"""


def year_bounds(year: int) -> tuple[datetime, datetime]:
    """The county's calendar year as UTC times: [1 January, next 1 January)."""
    return (
        clock.utc(datetime(year, 1, 1, tzinfo=clock.LOCAL)),
        clock.utc(datetime(year + 1, 1, 1, tzinfo=clock.LOCAL)),
    )


def events_of_year(
    person_id: int | None, year: int, dimension: Dimension | None = None
) -> QuerySet[ScoreEvent]:
    """A person's ledger events of a year of the county's calendar, as points_by_dimension
    counts them: a reversal belongs to the year of the event it cancels. None: no person."""
    start, end = year_bounds(year)
    in_year = Q(reverses_id=None, occurred_at__gte=start, occurred_at__lt=end) | Q(
        reverses__occurred_at__gte=start, reverses__occurred_at__lt=end
    )
    events = ScoreEvent.filter(in_year, person_id=person_id if person_id is not None else 0)
    return events.filter(dimension=dimension) if dimension is not None else events


async def points_by_dimension(person_id: int, year: int) -> dict[Dimension, Decimal]:
    """A person's points in each dimension for a year of the county's calendar, reversals
    included, summed by the database in one statement; every dimension is there, 0 if none."""
    start, end = year_bounds(year)
    rows = await sql.fetch(get_connection("default"), POINTS_BY_DIMENSION, person_id, start, end)
    cents = {row["dimension"]: int(row["cents"] or 0) for row in rows}
    return {d: scaled(Decimal(cents.get(d.value, 0)) / 100) for d in Dimension}
