// Corrective actions: what a user may do next with one, and the order of the list.
import type { ActionStatus } from "../../gql/graphql";

export type ActionMove = {
  target: ActionStatus;
  label: string;
  /** DONE needs the evidence of what was done. */
  needsEvidence: boolean;
  danger?: boolean;
};

/**
 * The moves the server allows from `status` (models/actions.py TRANSITIONS) that this user may
 * make: verifying, or sending a done item back, is for leaders, trainers and admins.
 */
export function nextMoves(status: ActionStatus, canVerify: boolean): ActionMove[] {
  switch (status) {
    case "OPEN":
      return [
        { target: "IN_PROGRESS", label: "开始整改", needsEvidence: false },
        { target: "DONE", label: "提交整改", needsEvidence: true },
      ];
    case "IN_PROGRESS":
      return [
        { target: "DONE", label: "提交整改", needsEvidence: true },
        { target: "OPEN", label: "退回待整改", needsEvidence: false, danger: true },
      ];
    case "DONE":
      return canVerify
        ? [
            { target: "VERIFIED", label: "验收通过", needsEvidence: false },
            { target: "OPEN", label: "退回重改", needsEvidence: false, danger: true },
          ]
        : [];
    case "VERIFIED":
      return [];
  }
}

export type ActionLike = { id: string; dueDate: string; overdue: boolean };

/** Overdue first, then by due date (soonest first), then by id; an item listed twice shows once. */
export function sortActions<A extends ActionLike>(items: readonly A[]): A[] {
  const byId = new Map<string, A>();
  for (const item of items) byId.set(item.id, item);
  return [...byId.values()].sort((a, b) => {
    if (a.overdue !== b.overdue) return a.overdue ? -1 : 1;
    if (a.dueDate !== b.dueDate) return a.dueDate < b.dueDate ? -1 : 1;
    return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
  });
}

/** Whole days from `today` to the due date (both "YYYY-MM-DD"): negative when overdue. */
export function daysLeft(dueDate: string, today: string): number {
  const due = Date.parse(`${dueDate}T00:00:00Z`);
  const now = Date.parse(`${today}T00:00:00Z`);
  return Math.round((due - now) / 86_400_000);
}

/** "逾期 3 天", "今天到期", "剩 5 天". */
export function dueText(dueDate: string, today: string): string {
  const days = daysLeft(dueDate, today);
  if (days < 0) return `逾期 ${-days} 天`;
  if (days === 0) return "今天到期";
  return `剩 ${days} 天`;
}
