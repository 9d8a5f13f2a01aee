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


def utc(moment: datetime) -> datetime:
    """Every time goes into the database in UTC: SQLite compares stored times as text, so
    one offset for all is what makes its comparisons right. A naive time is local."""
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=LOCAL)
    return moment.astimezone(UTC)
