"""What each user has read of the drills' comments: one read marker per user and drill.

A marker holds the id of the newest comment the user had seen when they last marked the drill
read; every later comment by someone else is unread. Comments are never deleted and their ids
only grow, so "newer than the marker" is "unread", without a row per comment and reader.
"""

from __future__ import annotations

from collections.abc import Sequence

from tortoise import connections, fields
from tortoise.expressions import F, Q, RawSQL, Subquery
from tortoise.models import Model
from tortoise.queryset import QuerySet
from tortoise.transactions import in_transaction

from models import clock, org, sql
from models.drills import Drill, DrillComment, get_drill
from models.org import Role, User


class DrillCommentRead(Model):
    id = fields.IntField(primary_key=True)
    # the unique (user, drill) index also serves lookups by user
    user: fields.ForeignKeyRelation[User] = fields.ForeignKeyField(
        "models.User", related_name="drill_comment_reads", on_delete=fields.RESTRICT
    )
    drill: fields.ForeignKeyRelation[Drill] = fields.ForeignKeyField(
        "models.Drill", related_name="comment_reads", on_delete=fields.RESTRICT, db_index=True
    )
    # the id of the newest comment read (0: none); comments with a higher id are unread
    read_up_to = fields.IntField(default=0)
    read_at = fields.DatetimeField()

    class Meta:
        table = "drill_comment_read"
        unique_together = (("user", "drill"),)


async def taking_part(user: User) -> QuerySet[Drill]:
    """The drills `user` takes part in, by the rule of `models.drills.takes_part`, as one query:
    admins and county-level leaders every drill; anyone else the drills they evaluate or were
    invited to, and those their unit (or a unit above it) organises or takes part in."""
    if user.has_role(Role.ADMIN) or (user.has_role(Role.LEADER) and user.scope_unit_id is None):
        return Drill.all()
    rule = Q(staff__user_id=user.id)
    person = await org.Person.get_or_none(id=user.person_id) if user.person_id else None
    if person is not None:
        mine = [person.unit_id, *org.ancestors(await org.unit_parents(), person.unit_id)]
        rule |= Q(organizer_id__in=mine) | Q(participants__unit_id__in=mine)
    return Drill.filter(id__in=Subquery(Drill.filter(rule).values("id")))


def _read_up_to(user_id: int) -> RawSQL:
    """The caller's marker on each comment's drill (0 without one), for a query of comments."""
    return RawSQL(
        'COALESCE((SELECT "r"."read_up_to" FROM "drill_comment_read" "r" '
        f'WHERE "r"."user_id" = {int(user_id)} AND "r"."drill_id" = "drill_comment"."drill_id"), 0)'
    )


async def unread_comments(user: User, limit: int) -> list[DrillComment]:
    """The newest `limit` comments, newest first, that others wrote on the drills `user` takes
    part in after the user last marked each drill read."""
    if limit <= 0:
        return []
    drills = await taking_part(user)
    return (
        await DrillComment.filter(drill_id__in=Subquery(drills.values("id")))
        .exclude(author_id=user.id)
        .annotate(marker=_read_up_to(user.id))
        .filter(id__gt=F("marker"))
        .order_by("-id")
        .limit(limit)
    )


UNREAD_COUNTS = """
SELECT "c"."drill_id" AS "drill_id", COUNT(*) AS "n"
FROM "drill_comment" "c"
LEFT JOIN "drill_comment_read" "r" ON "r"."drill_id" = "c"."drill_id" AND "r"."user_id" = $1
WHERE "c"."author_id" <> $1 AND "c"."id" > COALESCE("r"."read_up_to", 0)
  AND "c"."drill_id" IN ({drills})
GROUP BY "c"."drill_id"
"""


async def unread_counts(user_id: int, drill_ids: Sequence[int]) -> dict[int, int]:
    """{drill id: comments by others newer than the user's marker} for these drills, in one
    statement (drills without unread comments are left out)."""
    ids = sorted(set(drill_ids))
    if not ids:
        return {}
    rows = await sql.fetch(
        connections.get("default"),
        UNREAD_COUNTS.format(drills=sql.in_list(2, len(ids))),
        user_id,
        *ids,
    )
    return {row["drill_id"]: int(row["n"]) for row in rows}


UPSERT_MARKER = """
INSERT INTO "drill_comment_read" ("user_id", "drill_id", "read_up_to", "read_at")
VALUES ($1, $2, $3, $4)
ON CONFLICT ("user_id", "drill_id") DO UPDATE
SET "read_up_to" = CASE WHEN "excluded"."read_up_to" > "drill_comment_read"."read_up_to"
                        THEN "excluded"."read_up_to" ELSE "drill_comment_read"."read_up_to" END,
    "read_at" = "excluded"."read_at"
"""


async def mark_read(drill_id: int, user_id: int) -> Drill:
    """Move the user's marker on the drill to its newest comment. Idempotent, and safe to call
    from two devices at once: one upsert, which never moves a marker back (a call that found an
    older newest comment leaves a newer marker standing)."""
    async with in_transaction() as connection:
        drill = await get_drill(drill_id)
        newest = await DrillComment.filter(drill_id=drill.id).order_by("-id").first()
        await sql.fetch(
            connection,
            UPSERT_MARKER,
            user_id,
            drill.id,
            newest.id if newest else 0,
            clock.now(),
        )
        return drill
