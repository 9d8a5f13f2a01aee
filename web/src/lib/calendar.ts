/**
 * The trainer calendar: month grids, weeks, and sessions grouped by the day they happen on in a
 * given time zone (the county's, Asia/Shanghai, by default; not the device's).
 *
 * Calendar dates are plain `'YYYY-MM-DD'` keys, computed on UTC dates so no device time zone or
 * daylight-saving shift can move them. Months are 1-12. Weekdays are 0 (Sunday) to 6 (Saturday).
 */

export type DayKey = string;
export type Weekday = 0 | 1 | 2 | 3 | 4 | 5 | 6;

export interface CalendarDay {
  key: DayKey;
  year: number;
  /** 1-12 */
  month: number;
  day: number;
  weekday: Weekday;
}

export interface MonthCell extends CalendarDay {
  /** False for the leading and trailing days of the neighbouring months. */
  inMonth: boolean;
}

export interface SessionLike {
  id: string;
  startsAt: string;
  endsAt: string;
}

export const DEFAULT_TIME_ZONE = "Asia/Shanghai";
const DAY_MS = 86_400_000;
/** Longest span laid out day by day; beyond this a session is shown on its first day only. */
const MAX_SPAN_DAYS = 400;

const pad = (n: number, width = 2): string => String(n).padStart(width, "0");

function fromUtc(ms: number): CalendarDay {
  const d = new Date(ms);
  const year = d.getUTCFullYear();
  const month = d.getUTCMonth() + 1;
  const day = d.getUTCDate();
  return {
    key: `${pad(year, 4)}-${pad(month)}-${pad(day)}`,
    year,
    month,
    day,
    weekday: d.getUTCDay() as Weekday,
  };
}

/** Midnight UTC of a `'YYYY-MM-DD'` key (its calendar date, not an instant of it). */
function toUtc(key: DayKey): number {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(key);
  if (!match) throw new RangeError(`Not a YYYY-MM-DD date: ${key}`);
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const ms = Date.UTC(year, month - 1, day);
  const back = fromUtc(ms);
  if (back.year !== year || back.month !== month || back.day !== day)
    throw new RangeError(`No such date: ${key}`);
  return ms;
}

/** The calendar day of a `'YYYY-MM-DD'` key. */
export function calendarDay(key: DayKey): CalendarDay {
  return fromUtc(toUtc(key));
}

/** The key `days` days after (or before) `key`. */
export function addDays(key: DayKey, days: number): DayKey {
  return fromUtc(toUtc(key) + days * DAY_MS).key;
}

/**
 * The month as 6 weeks of 7 days, starting on `weekStartsOn` (1 = Monday), with the neighbouring
 * months' days filling the first and last rows.
 */
export function monthGrid(year: number, month: number, weekStartsOn: Weekday = 1): MonthCell[][] {
  if (!Number.isInteger(year) || !Number.isInteger(month) || month < 1 || month > 12) {
    throw new RangeError(`No such month: ${year}-${month}`);
  }
  const first = Date.UTC(year, month - 1, 1);
  const lead = (new Date(first).getUTCDay() - weekStartsOn + 7) % 7;
  const start = first - lead * DAY_MS;
  const weeks: MonthCell[][] = [];
  for (let w = 0; w < 6; w += 1) {
    const week: MonthCell[] = [];
    for (let d = 0; d < 7; d += 1) {
      const day = fromUtc(start + (w * 7 + d) * DAY_MS);
      week.push({ ...day, inMonth: day.year === year && day.month === month });
    }
    weeks.push(week);
  }
  return weeks;
}

/** The 7 days of the week containing `date` (a `'YYYY-MM-DD'` key), from `weekStartsOn`. */
export function weekDays(date: DayKey, weekStartsOn: Weekday = 1): CalendarDay[] {
  const ms = toUtc(date);
  const lead = (new Date(ms).getUTCDay() - weekStartsOn + 7) % 7;
  return Array.from({ length: 7 }, (_, i) => fromUtc(ms + (i - lead) * DAY_MS));
}

const formatters = new Map<string, Intl.DateTimeFormat>();

function formatter(timeZone: string): Intl.DateTimeFormat {
  let f = formatters.get(timeZone);
  if (!f) {
    f = new Intl.DateTimeFormat("en-US", {
      timeZone,
      year: "numeric",
      month: "numeric",
      day: "numeric",
      hourCycle: "h23",
    });
    formatters.set(timeZone, f);
  }
  return f;
}

/** The calendar date of an instant in `timeZone`; null for an invalid instant. */
export function dayKey(instant: Date | string | number, timeZone: string = DEFAULT_TIME_ZONE): DayKey | null {
  const ms =
    instant instanceof Date ? instant.getTime() : typeof instant === "number" ? instant : Date.parse(instant);
  if (!Number.isFinite(ms)) return null;
  let year = 0;
  let month = 0;
  let day = 0;
  for (const part of formatter(timeZone).formatToParts(ms)) {
    if (part.type === "year") year = Number(part.value);
    else if (part.type === "month") month = Number(part.value);
    else if (part.type === "day") day = Number(part.value);
  }
  return `${pad(year, 4)}-${pad(month)}-${pad(day)}`;
}

const compareSessions = (a: SessionLike, b: SessionLike): number => {
  const d = Date.parse(a.startsAt) - Date.parse(b.startsAt);
  if (d !== 0) return d;
  const e = Date.parse(a.endsAt) - Date.parse(b.endsAt);
  if (e !== 0) return e;
  return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
};

/**
 * Sessions by the days (in `timeZone`) they take place on: a session spanning midnight is listed
 * on each day it touches; the end is exclusive (one ending at 00:00 is not on the next day).
 * Days come in date order, each day's sessions by start. Sessions with unreadable times are left
 * out. With `range`, only days from `range.from` to `range.to` (inclusive) are kept.
 */
export function groupSessionsByDay<S extends SessionLike>(
  sessions: readonly S[],
  timeZone: string = DEFAULT_TIME_ZONE,
  range?: { from: DayKey; to: DayKey },
): Map<DayKey, S[]> {
  const from = range ? toUtc(range.from) : Number.NEGATIVE_INFINITY;
  const to = range ? toUtc(range.to) : Number.POSITIVE_INFINITY;
  const byDay = new Map<number, S[]>();
  for (const session of sessions) {
    const start = Date.parse(session.startsAt);
    const end = Date.parse(session.endsAt);
    if (!Number.isFinite(start) || !Number.isFinite(end)) continue;
    const firstKey = dayKey(start, timeZone)!;
    const lastKey = end > start ? dayKey(end - 1, timeZone)! : firstKey;
    const first = toUtc(firstKey);
    let last = toUtc(lastKey);
    if ((last - first) / DAY_MS > MAX_SPAN_DAYS) last = first;
    for (let day = Math.max(first, from); day <= Math.min(last, to); day += DAY_MS) {
      const list = byDay.get(day) ?? [];
      list.push(session);
      byDay.set(day, list);
    }
  }
  const grouped = new Map<DayKey, S[]>();
  for (const day of [...byDay.keys()].sort((a, b) => a - b)) {
    grouped.set(fromUtc(day).key, byDay.get(day)!.sort(compareSessions));
  }
  return grouped;
}
