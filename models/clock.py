"""The one clock the domain reads, so tests can move time instead of sleeping."""

from __future__ import annotations

from datetime import UTC, datetime
from zoneinfo import ZoneInfo

LOCAL = ZoneInfo("Asia/Shanghai")


def now() -> datetime:
    return datetime.now(UTC)


def local(moment: datetime) -> datetime:
    """A stored UTC time as the county's wall clock shows it."""
    return moment.astimezone(LOCAL)
