import { describe, expect, it } from "vitest";
import { countByTask, filterThreads, mergeComments, newCommentIds, threadComments, type StreamComment } from "./comments";

type C = StreamComment & { body: string };

function c(id: string, minute: number, extra: Partial<C> = {}): C {
  const at = new Date(Date.UTC(2026, 0, 1, 8, minute)).toISOString();
  return { id, createdAt: at, isReview: false, taskKey: null, parent: null, body: id, ...extra };
}

describe("mergeComments", () => {
  it("adds new comments in time order and replaces ones already there", () => {
    const list = [c("b", 2), c("a", 1)];
    const merged = mergeComments(list, [c("c", 3), { ...c("a", 1), body: "edited" }]);
    expect(merged.map((x) => x.id)).toEqual(["a", "b", "c"]);
    expect(merged[0].body).toBe("edited");
  });

  it("never doubles the page's own post arriving again by subscription", () => {
    const once = mergeComments([c("a", 1)], [c("b", 2)]);
    const twice = mergeComments(once, [c("b", 2)]);
    expect(twice.map((x) => x.id)).toEqual(["a", "b"]);
  });

  it("orders comments of the same instant by id", () => {
    expect(mergeComments([c("y", 1), c("x", 1)], []).map((x) => x.id)).toEqual(["x", "y"]);
  });
});

describe("threadComments", () => {
  it("puts replies, and replies to replies, under their root, newest thread first", () => {
    const list = [
      c("r1", 1),
      c("r2", 2, { isReview: true }),
      c("a", 3, { parent: { id: "r1" } }),
      c("b", 4, { parent: { id: "a" } }),
      c("d", 5, { parent: { id: "r2" } }),
    ];
    const threads = threadComments(list);
    expect(threads.map((t) => t.root.id)).toEqual(["r2", "r1"]);
    expect(threads[1].replies.map((r) => [r.comment.id, r.replyTo.id])).toEqual([
      ["a", "r1"],
      ["b", "a"],
    ]);
    expect(threads[1].lastActivity).toBe(list[3].createdAt);
    expect(threads[0].replies.map((r) => r.comment.id)).toEqual(["d"]);
  });

  it("starts a thread at a reply whose parent is not in the list", () => {
    const threads = threadComments([c("x", 1, { parent: { id: "gone" } })]);
    expect(threads).toHaveLength(1);
    expect(threads[0].root.id).toBe("x");
  });

  it("survives a cycle of parents", () => {
    const threads = threadComments([c("p", 1, { parent: { id: "q" } }), c("q", 2, { parent: { id: "p" } })]);
    const ids = threads.flatMap((t) => [t.root.id, ...t.replies.map((r) => r.comment.id)]);
    expect(ids.sort()).toEqual(["p", "q"]);
  });
});

describe("filters and counts", () => {
  const list = [
    c("r", 1, { isReview: true }),
    c("t", 2, { taskKey: "k1" }),
    c("u", 3, { parent: { id: "r" }, taskKey: "k2" }),
    c("v", 4, { taskKey: "k1" }),
  ];
  it("counts the comments of each task", () => {
    expect(Object.fromEntries(countByTask(list))).toEqual({ k1: 2, k2: 1 });
  });
  it("keeps the threads a filter asks for", () => {
    const threads = threadComments(list);
    expect(filterThreads(threads, { kind: "all" })).toHaveLength(3);
    expect(filterThreads(threads, { kind: "reviews" }).map((t) => t.root.id)).toEqual(["r"]);
    expect(filterThreads(threads, { kind: "task", taskKey: "k1" }).map((t) => t.root.id)).toEqual(["v", "t"]);
    expect(filterThreads(threads, { kind: "task", taskKey: "k2" }).map((t) => t.root.id)).toEqual(["r"]);
  });
});

describe("newCommentIds", () => {
  it("marks the newest unread comments by others", () => {
    const mine = { author: { id: "me" } };
    const theirs = { author: { id: "x" } };
    const list = [
      { ...c("a", 1), ...theirs },
      { ...c("b", 2), ...theirs },
      { ...c("m", 3), ...mine },
      { ...c("d", 4), ...theirs },
    ];
    expect([...newCommentIds(list, 2, "me")].sort()).toEqual(["b", "d"]);
    expect(newCommentIds(list, 0, "me").size).toBe(0);
    expect([...newCommentIds(list, 10, "me")].sort()).toEqual(["a", "b", "d"]);
  });
});
