"""What the caller has read of the drills' comments: the unread comments on the drills they
take part in, each drill's unread count (Drill.unreadCommentCount, in schema/drills.py), and
marking a drill's comments read."""

from __future__ import annotations

from typing import Any

import strawberry
from strawberry import Info

from models import drill_reads, drills
from models.errors import fail
from schema.audit import mutation
from schema.drills import DrillCommentType, DrillNode
from schema.errors import UserError, respond
from schema.ids import parse_id
from schema.pagination import page_size
from schema.permissions import STAFF, allow, require_user


@strawberry.input
class MarkDrillCommentsReadInput:
    drill_id: strawberry.ID


@strawberry.type
class MarkDrillCommentsReadPayload:
    drill: DrillNode | None = None
    user_errors: list[UserError]


@strawberry.type
class Query:
    @strawberry.field(
        extensions=allow(*STAFF),
        description="Comments by others on the drills the caller takes part in, posted since "
        "the caller last marked each drill read (markDrillCommentsRead), newest first. first: "
        "at most this many (20 by default, at most 100).",
    )
    async def unread_drill_comments(
        self, info: Info, first: int | None = None
    ) -> list[DrillCommentType]:
        user = require_user(info)
        rows = await drill_reads.unread_comments(user, page_size(first))
        return [DrillCommentType.from_model(row) for row in rows]


@strawberry.type
class Mutation:
    @mutation(
        *STAFF,
        description="Mark every comment of a drill read, up to its newest one, for the caller "
        "(again changes nothing).",
    )
    async def mark_drill_comments_read(
        self, info: Info, input: MarkDrillCommentsReadInput
    ) -> MarkDrillCommentsReadPayload:
        async def action() -> dict[str, Any]:
            user = require_user(info)
            drill = await drills.get_drill(parse_id(input.drill_id, "Drill", "drillId"))
            if not await drills.may_read(drill, user, await info.context.scope()):
                fail(
                    "NOT_TAKING_PART",
                    "Only people taking part in the drill (or planning it) read its comments.",
                    "drillId",
                )
            return {"drill": DrillNode.from_model(await drill_reads.mark_read(drill.id, user.id))}

        return await respond(MarkDrillCommentsReadPayload, action)
