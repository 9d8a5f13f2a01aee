// The roster's client logic: filtering, counts, and the marks a bulk action sends.
import type { AttendanceStatus } from "../../gql/graphql";

export type RosterRow = {
  id: string;
  status: AttendanceStatus;
  checkedInAt?: string | null;
  note?: string | null;
  excuseReason?: string | null;
  person: { id: string; name: string; badgeNumber?: string | null; unit: { id: string; name: string } };
};

export type RosterFilter = AttendanceStatus | "ALL";

export const MARK_STATUSES: AttendanceStatus[] = ["PRESENT", "LATE", "EXCUSED", "ABSENT"];
/** markAttendance takes at most this many marks per call (all applied or none). */
export const MAX_MARKS_PER_CALL = 500;

/** Rows with the status (or all), whose name, badge number or unit contains the search text. */
export function filterRoster<R extends RosterRow>(rows: readonly R[], filter: RosterFilter, search: string): R[] {
  const text = search.trim().toLowerCase();
  return rows.filter(
    (r) =>
      (filter === "ALL" || r.status === filter) &&
      (text === "" ||
        r.person.name.toLowerCase().includes(text) ||
        (r.person.badgeNumber ?? "").toLowerCase().includes(text) ||
        r.person.unit.name.toLowerCase().includes(text)),
  );
}

export function countByStatus(rows: readonly RosterRow[]): Record<RosterFilter, number> {
  const counts: Record<RosterFilter, number> = { ALL: rows.length, UNMARKED: 0, PRESENT: 0, LATE: 0, EXCUSED: 0, ABSENT: 0 };
  for (const r of rows) counts[r.status] += 1;
  return counts;
}

export type Mark = { personId: string; status: AttendanceStatus; note?: string | null };

/**
 * The marks for the chosen people, in calls of at most MAX_MARKS_PER_CALL. Each person once; a
 * blank note is left out (the server then clears the row's note).
 */
export function buildMarks(personIds: readonly string[], status: AttendanceStatus, note: string | null | undefined): Mark[][] {
  const trimmed = (note ?? "").trim();
  const unique = [...new Set(personIds)];
  const marks = unique.map((personId) => (trimmed ? { personId, status, note: trimmed } : { personId, status }));
  const calls: Mark[][] = [];
  for (let i = 0; i < marks.length; i += MAX_MARKS_PER_CALL) calls.push(marks.slice(i, i + MAX_MARKS_PER_CALL));
  return calls;
}

/**
 * A userError about marks[i] ("marks", "3", "status") told with that person's name, so the
 * trainer sees whom it is about; other errors as they are.
 */
export function describeMarkError(
  field: readonly string[] | null | undefined,
  text: string,
  batch: readonly Mark[],
  nameOf: (personId: string) => string | undefined,
): string {
  const path = (field ?? []).filter((p) => p !== "input");
  if (path[0] === "marks" && path.length > 1 && /^\d+$/.test(path[1])) {
    const mark = batch[Number(path[1])];
    const name = mark ? nameOf(mark.personId) : undefined;
    if (name) return `${name}：${text}`;
  }
  return text;
}
