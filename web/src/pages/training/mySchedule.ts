// The officer's schedule: which sessions take a code now, which still take a leave request,
// and how they group on the page.
import type { AttendanceStatus } from "../../gql/graphql";
import { addDays, dayKey } from "../../lib/calendar";

/** Check-in opens this long before the start (models/attendance.py CHECK_IN_OPENS). */
export const CHECK_IN_OPENS_MS = 30 * 60_000;

export type ScheduleItem = {
  id: string;
  startsAt: string;
  endsAt: string;
  status: "SCHEDULED" | "ONGOING" | "COMPLETED" | "CANCELLED";
  myAttendance?: { status: AttendanceStatus } | null;
};

const ATTENDED: AttendanceStatus[] = ["PRESENT", "LATE"];

/** Whether the session takes a check-in code now: open, not cancelled, not checked in yet. */
export function canCheckIn(item: ScheduleItem, now: number): boolean {
  if (item.status === "CANCELLED") return false;
  const start = Date.parse(item.startsAt);
  const end = Date.parse(item.endsAt);
  const mine = item.myAttendance?.status ?? "UNMARKED";
  return now >= start - CHECK_IN_OPENS_MS && now < end && !ATTENDED.includes(mine);
}

/** Whether leave can still be requested: before the start, not cancelled, not checked in or excused. */
export function canRequestLeave(item: ScheduleItem, now: number): boolean {
  if (item.status === "CANCELLED") return false;
  const mine = item.myAttendance?.status ?? "UNMARKED";
  return now < Date.parse(item.startsAt) && !ATTENDED.includes(mine) && mine !== "EXCUSED";
}

export type ScheduleGroup<T> = { key: "now" | "today" | "week" | "later" | "past"; title: string; items: T[] };

/**
 * 正在签到 (check-in open now), 今天, 未来 7 天, 以后, 已结束 (ended in the window asked for),
 * by start, empty groups left out. Days are the county's.
 */
export function groupSchedule<T extends ScheduleItem>(items: readonly T[], now: number): ScheduleGroup<T>[] {
  const today = dayKey(now)!;
  const weekEnd = addDays(today, 7);
  const groups: ScheduleGroup<T>[] = [
    { key: "now", title: "正在签到", items: [] },
    { key: "today", title: "今天", items: [] },
    { key: "week", title: "未来 7 天", items: [] },
    { key: "later", title: "以后", items: [] },
    { key: "past", title: "已结束", items: [] },
  ];
  const at = (key: ScheduleGroup<T>["key"]) => groups.find((g) => g.key === key)!.items;
  const sorted = [...items].sort((a, b) => Date.parse(a.startsAt) - Date.parse(b.startsAt));
  for (const item of sorted) {
    const start = Date.parse(item.startsAt);
    const end = Date.parse(item.endsAt);
    if (item.status !== "CANCELLED" && now >= start - CHECK_IN_OPENS_MS && now < end) at("now").push(item);
    else if (end <= now) at("past").push(item);
    else {
      const day = dayKey(start)!;
      if (day <= today) at("today").push(item);
      else if (day < weekEnd) at("week").push(item);
      else at("later").push(item);
    }
  }
  at("past").reverse();
  return groups.filter((g) => g.items.length > 0);
}
