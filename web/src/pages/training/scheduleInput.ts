// The schedule form's values -> ScheduleSessionInput / ScheduleSeriesInput.
import type {
  Frequency,
  ScheduleSeriesInput,
  ScheduleSessionInput,
  TrainingFormat,
  TrainingKind,
  Weekday,
} from "../../gql/graphql";
import { toInput, type Audience } from "../../lib/audience";
import type { PersonCategory } from "../../gql/graphql";

export type Repeat = "ONCE" | Frequency;
export type SeriesEnd = "until" | "count";

/** What the form holds; times as anything with toISOString (antd gives dayjs objects). */
export type ScheduleValues = {
  title?: string;
  kind?: TrainingKind;
  format?: TrainingFormat | null;
  startsAt?: { toISOString(): string } | null;
  endsAt?: { toISOString(): string } | null;
  organizerUnitId?: string;
  venue?: string | null;
  trainerId?: string | null;
  capacity?: number | null;
  description?: string | null;
  audience?: Audience<PersonCategory>;
  repeat?: Repeat;
  recurrence?: {
    interval?: number | null;
    weekdays?: Weekday[] | null;
    end?: SeriesEnd;
    /** A calendar date "YYYY-MM-DD" (the form turns its date picker value into one). */
    until?: string | null;
    count?: number | null;
  };
};

export const WEEKDAYS: { value: Weekday; label: string }[] = [
  { value: "MONDAY", label: "周一" },
  { value: "TUESDAY", label: "周二" },
  { value: "WEDNESDAY", label: "周三" },
  { value: "THURSDAY", label: "周四" },
  { value: "FRIDAY", label: "周五" },
  { value: "SATURDAY", label: "周六" },
  { value: "SUNDAY", label: "周日" },
];

const text = (value: string | null | undefined): string | null => {
  const trimmed = (value ?? "").trim();
  return trimmed === "" ? null : trimmed;
};

/** The one session (or each session of a series): optional fields left out when empty. */
export function toSessionInput(values: ScheduleValues): ScheduleSessionInput {
  const input: ScheduleSessionInput = {
    title: (values.title ?? "").trim(),
    kind: values.kind as TrainingKind,
    startsAt: values.startsAt?.toISOString() ?? "",
    endsAt: values.endsAt?.toISOString() ?? "",
    organizerUnitId: values.organizerUnitId ?? "",
    audience: toInput(values.audience ?? { unitIds: [], categories: [], personIds: [] }),
  };
  if (values.format) input.format = values.format;
  const venue = text(values.venue);
  if (venue) input.venue = venue;
  if (values.trainerId) input.trainerId = values.trainerId;
  if (values.capacity != null) input.capacity = values.capacity;
  const description = text(values.description);
  if (description) input.description = description;
  return input;
}

/** A series: the session plus its recurrence; the end is either a date or a count, not both. */
export function toSeriesInput(values: ScheduleValues): ScheduleSeriesInput {
  const frequency = (values.repeat === "MONTHLY" ? "MONTHLY" : "WEEKLY") as Frequency;
  const r = values.recurrence ?? {};
  const recurrence: ScheduleSeriesInput["recurrence"] = { frequency, interval: r.interval ?? 1 };
  if (frequency === "WEEKLY" && r.weekdays && r.weekdays.length > 0) recurrence.weekdays = r.weekdays;
  if ((r.end ?? "count") === "until") {
    if (r.until) recurrence.until = r.until;
  } else if (r.count != null) {
    recurrence.count = r.count;
  }
  return { session: toSessionInput(values), recurrence };
}

/** The weekday of an instant in the county (Asia/Shanghai, UTC+8 all year), as the schema names it. */
export function countyWeekday(iso: string): Weekday | null {
  const ms = Date.parse(iso);
  if (!Number.isFinite(ms)) return null;
  const day = new Date(ms + 8 * 3_600_000).getUTCDay();
  return WEEKDAYS[(day + 6) % 7].value;
}
