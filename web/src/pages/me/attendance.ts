// The officer's attendance history: newest first, with the year's counts and rate.
import type { AttendanceStatus } from "../../gql/graphql";

export type HistoryRow = {
  id: string;
  status: AttendanceStatus;
  session: { startsAt: string; status: string };
};

/** Newest session first. */
export function newestFirst<R extends HistoryRow>(rows: readonly R[]): R[] {
  return [...rows].sort((a, b) => Date.parse(b.session.startsAt) - Date.parse(a.session.startsAt));
}

/** The year of an instant in the county (UTC+8). */
export function countyYearOf(iso: string): number {
  return new Date(Date.parse(iso) + 8 * 3_600_000).getUTCFullYear();
}

export type HistoryStats = { sessions: number; present: number; late: number; excused: number; absent: number; rate: number | null };

/**
 * Counts over the rows of cancelled sessions left out; the rate as the API defines it
 * ((present + late) / (expected - excused)), counting only marked sessions; null with none.
 */
export function historyStats(rows: readonly HistoryRow[]): HistoryStats {
  const s = { sessions: 0, present: 0, late: 0, excused: 0, absent: 0 };
  for (const r of rows) {
    if (r.session.status === "CANCELLED") continue;
    s.sessions += 1;
    if (r.status === "PRESENT") s.present += 1;
    else if (r.status === "LATE") s.late += 1;
    else if (r.status === "EXCUSED") s.excused += 1;
    else if (r.status === "ABSENT") s.absent += 1;
  }
  const counted = s.present + s.late + s.absent;
  return { ...s, rate: counted > 0 ? (s.present + s.late) / counted : null };
}
