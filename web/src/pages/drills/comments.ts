// The comment stream of a drill: the list the page loads, merged with the comments that arrive
// by subscription (or the page's own posts), and grouped into threads.

/** What the stream needs of a comment (the DrillCommentFields fragment fits). */
export type StreamComment = {
  id: string;
  createdAt: string;
  isReview: boolean;
  taskKey?: string | null;
  parent?: { id: string } | null;
};

function byTime(a: StreamComment, b: StreamComment): number {
  const ta = Date.parse(a.createdAt);
  const tb = Date.parse(b.createdAt);
  if (ta !== tb) return ta - tb;
  return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}

/**
 * The list with `incoming` added: a comment already there (the page's own post arriving again
 * by subscription, or an edit) is replaced, never doubled. Oldest first.
 */
export function mergeComments<C extends StreamComment>(list: readonly C[], incoming: readonly C[]): C[] {
  if (incoming.length === 0) return [...list].sort(byTime);
  const byId = new Map<string, C>();
  for (const comment of list) byId.set(comment.id, comment);
  for (const comment of incoming) byId.set(comment.id, comment);
  return [...byId.values()].sort(byTime);
}

export type Thread<C extends StreamComment> = {
  root: C;
  /** Every reply below the root (replies to replies too), oldest first, with what each answers. */
  replies: { comment: C; replyTo: C }[];
  /** The time of the thread's newest comment. */
  lastActivity: string;
};

/**
 * Threads: each comment without a parent (or whose parent is not in the list) starts one; a
 * reply goes into the thread of its parent's root. Newest thread first: the one whose root was
 * posted last (a new reply does not move a thread, so the list does not jump while reading).
 */
export function threadComments<C extends StreamComment>(list: readonly C[]): Thread<C>[] {
  const sorted = [...list].sort(byTime);
  const byId = new Map(sorted.map((c) => [c.id, c]));
  const rootOf = new Map<string, C>();
  function findRoot(comment: C): C {
    const known = rootOf.get(comment.id);
    if (known) return known;
    const seen = new Set<string>();
    let current = comment;
    while (current.parent && byId.has(current.parent.id) && !seen.has(current.id)) {
      seen.add(current.id);
      current = byId.get(current.parent.id)!;
    }
    rootOf.set(comment.id, current);
    return current;
  }
  const threads = new Map<string, Thread<C>>();
  for (const comment of sorted) {
    const root = findRoot(comment);
    if (root.id === comment.id) {
      threads.set(root.id, { root, replies: [], lastActivity: root.createdAt });
    }
  }
  for (const comment of sorted) {
    const root = findRoot(comment);
    if (root.id === comment.id) continue;
    const thread = threads.get(root.id)!;
    thread.replies.push({ comment, replyTo: byId.get(comment.parent!.id)! });
    thread.lastActivity = comment.createdAt;
  }
  return [...threads.values()].reverse();
}

/** How many comments each rubric task has. */
export function countByTask(list: readonly StreamComment[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const comment of list) {
    if (comment.taskKey) counts.set(comment.taskKey, (counts.get(comment.taskKey) ?? 0) + 1);
  }
  return counts;
}

/** The comments the filter keeps: "all", "reviews" (点评 and their threads), or one task's. */
export type StreamFilter = { kind: "all" } | { kind: "reviews" } | { kind: "task"; taskKey: string };

export function filterThreads<C extends StreamComment>(threads: Thread<C>[], filter: StreamFilter): Thread<C>[] {
  if (filter.kind === "all") return threads;
  if (filter.kind === "reviews") return threads.filter((t) => t.root.isReview);
  return threads.filter(
    (t) => t.root.taskKey === filter.taskKey || t.replies.some((r) => r.comment.taskKey === filter.taskKey),
  );
}

/**
 * The comments to show as new when a drill opens with `unread` comments by others unread: the
 * newest `unread` of those not written by `meId`.
 */
export function newCommentIds(
  list: readonly (StreamComment & { author: { id: string } })[],
  unread: number,
  meId: string,
): Set<string> {
  if (unread <= 0) return new Set();
  const others = [...list].sort(byTime).filter((c) => c.author.id !== meId);
  return new Set(others.slice(-unread).map((c) => c.id));
}
