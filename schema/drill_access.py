"""Who reads a drill, for every field that reads one (the rule: models.drills.may_read)."""

from __future__ import annotations

from strawberry import Info

from models import drills
from schema.errors import coded_error
from schema.permissions import require_user


async def readable_drill(info: Info, drill_id: int) -> drills.Drill:
    """The drill, if the caller takes part in it (or plans it); a top-level error otherwise."""
    user = require_user(info)
    drill = await drills.Drill.get_or_none(id=drill_id)
    if drill is None:
        raise coded_error("NOT_FOUND", "No drill has this ID.")
    if not await drills.may_read(drill, user, await info.context.scope()):
        raise coded_error("FORBIDDEN", "Only people taking part in this drill may read it.")
    return drill
