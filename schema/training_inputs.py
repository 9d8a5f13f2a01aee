"""Training's enums and input types: the terms a client schedules and edits sessions in."""

from __future__ import annotations

from datetime import date, datetime, time
from enum import Enum
from typing import Any

import strawberry

from models import clock, training
from models.errors import fail
from models.training import AttendanceStatus, Frequency, TrainingFormat, TrainingKind
from schema.ids import parse_id, parse_optional_id
from schema.org import PersonCategoryEnum

TrainingKindEnum = strawberry.enum(TrainingKind, description="培训类别: 政治 / 业务 / 交通安全")
TrainingFormatEnum = strawberry.enum(TrainingFormat, description="形式: 讲座 / 集中培训 / 线上")
SessionStatusEnum = strawberry.enum(
    training.SessionStatus, description="已安排 / 进行中 / 已结束 / 已取消"
)
AttendanceStatusEnum = strawberry.enum(
    AttendanceStatus, description="未标记 / 出勤 / 迟到 / 请假 / 缺勤"
)
FrequencyEnum = strawberry.enum(Frequency, description="周周讲 (WEEKLY) / 月月训 (MONTHLY)")


@strawberry.enum
class Weekday(Enum):
    MONDAY = 0
    TUESDAY = 1
    WEDNESDAY = 2
    THURSDAY = 3
    FRIDAY = 4
    SATURDAY = 5
    SUNDAY = 6


# --- inputs --------------------------------------------------------------------------------


@strawberry.input
class AudienceInput:
    unit_ids: list[strawberry.ID] | None = None
    categories: list[PersonCategoryEnum] | None = None
    person_ids: list[strawberry.ID] | None = None

    def parse(self) -> training.Audience:
        return training.Audience(
            unit_ids=[parse_id(v, "Unit", "audience.unitIds") for v in self.unit_ids or []],
            categories=list(self.categories or []),
            person_ids=[parse_id(v, "Person", "audience.personIds") for v in self.person_ids or []],
        )


@strawberry.input
class ScheduleSessionInput:
    title: str
    kind: TrainingKindEnum
    starts_at: datetime
    ends_at: datetime
    organizer_unit_id: strawberry.ID
    audience: AudienceInput
    format: TrainingFormatEnum | None = None
    venue: str | None = None
    trainer_id: strawberry.ID | None = None
    capacity: int | None = None
    description: str | None = None

    def plan(self) -> training.SessionPlan:
        return training.SessionPlan(
            title=self.title,
            kind=self.kind,
            format=self.format or TrainingFormat.LECTURE,
            starts_at=aware(self.starts_at, "startsAt"),
            ends_at=aware(self.ends_at, "endsAt"),
            venue=self.venue,
            organizer_unit_id=parse_id(self.organizer_unit_id, "Unit", "organizerUnitId"),
            trainer_id=parse_optional_id(self.trainer_id, "User", "trainerId"),
            capacity=self.capacity,
            description=self.description,
            audience=self.audience.parse(),
        )


def aware(moment: datetime, field: str) -> datetime:
    """In UTC; times without an offset are the county's wall clock."""
    return clock.utc(moment)


@strawberry.input
class RecurrenceInput:
    frequency: FrequencyEnum
    interval: int | None = 1
    weekdays: list[Weekday] | None = None
    until: date | None = None
    count: int | None = None

    def parse(self) -> dict[str, Any]:
        return {
            "frequency": self.frequency,
            "interval": self.interval or 1,
            "weekdays": [day.value for day in self.weekdays or []] or None,
            "until": self.until,
            "count": self.count,
        }


@strawberry.input
class ScheduleSeriesInput:
    session: ScheduleSessionInput
    recurrence: RecurrenceInput


@strawberry.input
class UpdateSessionInput:
    session_id: strawberry.ID
    title: str | None = strawberry.UNSET
    format: TrainingFormatEnum | None = strawberry.UNSET
    starts_at: datetime | None = strawberry.UNSET
    ends_at: datetime | None = strawberry.UNSET
    venue: str | None = strawberry.UNSET
    trainer_id: strawberry.ID | None = strawberry.UNSET
    capacity: int | None = strawberry.UNSET
    description: str | None = strawberry.UNSET
    audience: AudienceInput | None = strawberry.UNSET

    def changes(self) -> dict[str, Any]:
        return changes_of(self, exclude={"session_id"})


def changes_of(input: Any, exclude: set[str]) -> dict[str, Any]:
    """The fields an update input sets, parsed into the operation's terms."""
    changes: dict[str, Any] = {}
    for name, value in vars(input).items():
        if name in exclude or value is strawberry.UNSET:
            continue
        if name in ("starts_at", "ends_at") and value is not None:
            value = aware(value, name)
        elif name == "trainer_id":
            value = parse_optional_id(value, "User", "trainerId")
        elif name == "audience":
            value = (value or AudienceInput()).parse()
        elif name in ("title", "starts_at", "ends_at", "format") and value is None:
            fail("REQUIRED", f"{name} cannot be removed.", name)
        changes[name] = value
    return changes


@strawberry.input
class UpdateSeriesInput:
    series_id: strawberry.ID
    from_date: date = strawberry.field(description="Sessions on and after this local date change.")
    title: str | None = strawberry.UNSET
    start_time: time | None = strawberry.UNSET
    end_time: time | None = strawberry.UNSET
    venue: str | None = strawberry.UNSET
    trainer_id: strawberry.ID | None = strawberry.UNSET
    capacity: int | None = strawberry.UNSET
    description: str | None = strawberry.UNSET
    audience: AudienceInput | None = strawberry.UNSET


@strawberry.input
class CancelSessionInput:
    session_id: strawberry.ID
    reason: str


@strawberry.input
class CancelSeriesInput:
    series_id: strawberry.ID
    from_date: date
    reason: str
