// Dates and times as the county reads them (Asia/Shanghai, whatever the device's zone), and the
// day and week ranges the home pages ask the API for.
import { DEFAULT_TIME_ZONE, addDays, dayKey, weekDays, type DayKey } from "../../lib/calendar";

export const COUNTY_TIME_ZONE = DEFAULT_TIME_ZONE;
// China keeps UTC+8 all year (no daylight saving), so a county day starts at 00:00+08:00.
const OFFSET = "+08:00";

/** The instant a county calendar day starts. */
export function dayStart(key: DayKey): string {
  return new Date(`${key}T00:00:00${OFFSET}`).toISOString();
}

/** Today, and the range from its start to the end of the week (Monday to Sunday) it is in. */
export function todayAndWeek(now: Date = new Date()): {
  today: DayKey;
  todayFrom: string;
  todayTo: string;
  weekFrom: string;
  weekTo: string;
} {
  const today = dayKey(now) ?? now.toISOString().slice(0, 10);
  const week = weekDays(today, 1);
  return {
    today,
    todayFrom: dayStart(today),
    todayTo: dayStart(addDays(today, 1)),
    weekFrom: dayStart(week[0].key),
    weekTo: dayStart(addDays(week[6].key, 1)),
  };
}

/** The county's calendar year of an instant. */
export function countyYear(now: Date = new Date()): number {
  return Number((dayKey(now) ?? now.toISOString()).slice(0, 4));
}

const parts = (instant: string | Date, options: Intl.DateTimeFormatOptions) =>
  new Intl.DateTimeFormat("zh-CN", { timeZone: COUNTY_TIME_ZONE, hourCycle: "h23", ...options }).format(
    typeof instant === "string" ? new Date(instant) : instant,
  );

/** "2026-12-05 14:30" */
export function formatDateTime(instant: string | Date): string {
  const key = dayKey(instant);
  if (!key) return "";
  return `${key} ${parts(instant, { hour: "2-digit", minute: "2-digit" })}`;
}

/** "2026-12-05 14:30:05" */
export function formatDateTimeSeconds(instant: string | Date): string {
  const key = dayKey(instant);
  if (!key) return "";
  return `${key} ${parts(instant, { hour: "2-digit", minute: "2-digit", second: "2-digit" })}`;
}

/** "14:30" */
export function formatTime(instant: string | Date): string {
  return parts(instant, { hour: "2-digit", minute: "2-digit" });
}

const WEEKDAYS = ["周日", "周一", "周二", "周三", "周四", "周五", "周六"];

/** "12月5日 周六 14:30" ("2027年1月4日 …" in another year), or "今天 14:30" / "明天 14:30" relative to `today`. */
export function formatWhen(instant: string, today: DayKey): string {
  const key = dayKey(instant);
  if (!key) return "";
  const time = formatTime(instant);
  if (key === today) return `今天 ${time}`;
  if (key === addDays(today, 1)) return `明天 ${time}`;
  const [year, month, day] = key.split("-").map(Number);
  const weekday = WEEKDAYS[new Date(`${key}T00:00:00Z`).getUTCDay()];
  const yearText = key.slice(0, 4) === today.slice(0, 4) ? "" : `${year}年`;
  return `${yearText}${month}月${day}日 ${weekday} ${time}`;
}

/** Whole days from `today` to the county day of `instant` (0 today, 1 tomorrow, -1 yesterday). */
export function daysUntil(instant: string, today: DayKey): number {
  const key = dayKey(instant);
  if (!key) return NaN;
  return Math.round((Date.parse(`${key}T00:00:00Z`) - Date.parse(`${today}T00:00:00Z`)) / 86_400_000);
}
