// Labels and times for the training pages. Times show in the county's time zone (Asia/Shanghai,
// like src/lib/calendar.ts), whatever the device's is.
import type {
  AttendanceStatus,
  ComplianceStatus,
  SessionStatus,
  TrainingFormat,
  TrainingKind,
} from "../../gql/graphql";
import { DEFAULT_TIME_ZONE, type DayKey } from "../../lib/calendar";

export const KIND_LABELS: Record<TrainingKind, string> = {
  POLITICAL: "政治培训",
  PROFESSIONAL: "业务培训",
  TRAFFIC_SAFETY: "交通安全",
};

export const KIND_COLORS: Record<TrainingKind, string> = {
  POLITICAL: "red",
  PROFESSIONAL: "blue",
  TRAFFIC_SAFETY: "orange",
};

export const FORMAT_LABELS: Record<TrainingFormat, string> = {
  LECTURE: "讲座",
  CENTRALIZED: "集中培训",
  ONLINE: "线上",
};

export const SESSION_STATUS_LABELS: Record<SessionStatus, string> = {
  SCHEDULED: "已安排",
  ONGOING: "进行中",
  COMPLETED: "已结束",
  CANCELLED: "已取消",
};

export const SESSION_STATUS_COLORS: Record<SessionStatus, string> = {
  SCHEDULED: "blue",
  ONGOING: "green",
  COMPLETED: "default",
  CANCELLED: "red",
};

export const ATTENDANCE_LABELS: Record<AttendanceStatus, string> = {
  UNMARKED: "未标记",
  PRESENT: "出勤",
  LATE: "迟到",
  EXCUSED: "请假",
  ABSENT: "缺勤",
};

export const ATTENDANCE_COLORS: Record<AttendanceStatus, string> = {
  UNMARKED: "default",
  PRESENT: "green",
  LATE: "gold",
  EXCUSED: "blue",
  ABSENT: "red",
};

export const COMPLIANCE_LABELS: Record<ComplianceStatus, string> = {
  COMPLIANT: "达标",
  ON_TRACK: "按计划可达标",
  AT_RISK: "有风险",
  NON_COMPLIANT: "未达标",
};

export const COMPLIANCE_COLORS: Record<ComplianceStatus, string> = {
  COMPLIANT: "green",
  ON_TRACK: "blue",
  AT_RISK: "orange",
  NON_COMPLIANT: "red",
};

const WEEKDAY_NAMES = ["周日", "周一", "周二", "周三", "周四", "周五", "周六"];

type Parts = { year: number; month: number; day: number; hour: number; minute: number; weekday: number };

const partFormatters = new Map<string, Intl.DateTimeFormat>();

function parts(iso: string | number | Date, timeZone: string): Parts | null {
  const ms = iso instanceof Date ? iso.getTime() : typeof iso === "number" ? iso : Date.parse(iso);
  if (!Number.isFinite(ms)) return null;
  let f = partFormatters.get(timeZone);
  if (!f) {
    f = new Intl.DateTimeFormat("en-US", {
      timeZone,
      year: "numeric",
      month: "numeric",
      day: "numeric",
      hour: "numeric",
      minute: "numeric",
      weekday: "short",
      hourCycle: "h23",
    });
    partFormatters.set(timeZone, f);
  }
  const out: Parts = { year: 0, month: 0, day: 0, hour: 0, minute: 0, weekday: 0 };
  for (const part of f.formatToParts(ms)) {
    if (part.type === "weekday") out.weekday = ["Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"].indexOf(part.value);
    else if (part.type in out) out[part.type as keyof Parts] = Number(part.value);
  }
  return out;
}

const two = (n: number) => String(n).padStart(2, "0");

/** "09:30" in the county's time zone. */
export function formatTime(iso: string, timeZone = DEFAULT_TIME_ZONE): string {
  const p = parts(iso, timeZone);
  return p ? `${two(p.hour)}:${two(p.minute)}` : "";
}

/** "12月5日 周六" */
export function formatDay(iso: string, timeZone = DEFAULT_TIME_ZONE): string {
  const p = parts(iso, timeZone);
  return p ? `${p.month}月${p.day}日 ${WEEKDAY_NAMES[p.weekday]}` : "";
}

/** "2026-12-05 09:30" */
export function formatDateTime(iso: string | null | undefined, timeZone = DEFAULT_TIME_ZONE): string {
  if (!iso) return "";
  const p = parts(iso, timeZone);
  return p ? `${p.year}-${two(p.month)}-${two(p.day)} ${two(p.hour)}:${two(p.minute)}` : "";
}

/**
 * A session's time: "12月5日 周六 09:30–12:30", or with both days when it ends on another day
 * ("12月5日 周六 22:00 – 12月6日 周日 02:00").
 */
export function formatRange(startsAt: string, endsAt: string, timeZone = DEFAULT_TIME_ZONE): string {
  const s = parts(startsAt, timeZone);
  const e = parts(endsAt, timeZone);
  if (!s || !e) return "";
  const sameDay = s.year === e.year && s.month === e.month && s.day === e.day;
  if (sameDay) return `${formatDay(startsAt, timeZone)} ${formatTime(startsAt, timeZone)}–${formatTime(endsAt, timeZone)}`;
  return `${formatDay(startsAt, timeZone)} ${formatTime(startsAt, timeZone)} – ${formatDay(endsAt, timeZone)} ${formatTime(endsAt, timeZone)}`;
}

/** The county's offset from UTC: Asia/Shanghai keeps +08:00 all year (no daylight saving). */
export const COUNTY_OFFSET = "+08:00";

/** Midnight at the start of a calendar day in the county, as an ISO instant for the API. */
export function dayStartIso(key: DayKey): string {
  return `${key}T00:00:00${COUNTY_OFFSET}`;
}

/** "85%" (rounded); "—" when there is nothing to divide. */
export function percent(rate: number | null | undefined): string {
  if (rate == null || !Number.isFinite(rate)) return "—";
  return `${Math.round(rate * 100)}%`;
}
