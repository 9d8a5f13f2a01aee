import { describe, expect, it } from "vitest";
import { collectPages, type Connection } from "./pages";

function pagesOf(items: number[], size: number) {
  const calls: (string | null)[] = [];
  const fetchPage = async (after: string | null): Promise<Connection<number>> => {
    calls.push(after);
    const start = after === null ? 0 : Number(after);
    const slice = items.slice(start, start + size);
    const end = start + slice.length;
    return { pageInfo: { hasNextPage: end < items.length, endCursor: String(end) }, edges: slice.map((node) => ({ node })) };
  };
  return { fetchPage, calls };
}

describe("collectPages", () => {
  it("follows the cursors to the last page", async () => {
    const items = Array.from({ length: 250 }, (_, i) => i);
    const { fetchPage, calls } = pagesOf(items, 100);
    expect(await collectPages(fetchPage)).toEqual(items);
    expect(calls).toEqual([null, "100", "200"]);
  });

  it("gives null when the object is gone, and what it has when a later page is", async () => {
    expect(await collectPages(async () => null)).toBeNull();
    let n = 0;
    const found = await collectPages<number>(async () =>
      n++ === 0 ? { pageInfo: { hasNextPage: true, endCursor: "x" }, edges: [{ node: 1 }] } : null,
    );
    expect(found).toEqual([1]);
  });

  it("stops at the page limit and when a page has no cursor", async () => {
    let calls = 0;
    const endless = async (): Promise<Connection<number>> => {
      calls += 1;
      return { pageInfo: { hasNextPage: true, endCursor: "again" }, edges: [{ node: calls }] };
    };
    expect(await collectPages(endless, 5)).toEqual([1, 2, 3, 4, 5]);
    const noCursor = async (): Promise<Connection<number>> => ({
      pageInfo: { hasNextPage: true, endCursor: null },
      edges: [{ node: 7 }],
    });
    expect(await collectPages(noCursor)).toEqual([7]);
  });
});
