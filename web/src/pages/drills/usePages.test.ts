import { act, renderHook } from "@testing-library/react";
import { describe, expect, it, vi } from "vitest";
import { useMorePages, type Page } from "./usePages";

const page = (ids: string[], hasNextPage: boolean, endCursor: string | null): Page<{ id: string }> => ({
  nodes: ids.map((id) => ({ id })),
  hasNextPage,
  endCursor,
});

describe("useMorePages", () => {
  it("appends the next pages after the cursor, once each node", async () => {
    const fetchPage = vi.fn(async (after: string | null) =>
      after === "c1" ? page(["b", "c"], true, "c2") : page(["c", "d"], false, null),
    );
    const { result, rerender } = renderHook(({ first }) => useMorePages("all", first, fetchPage), {
      initialProps: { first: page(["a", "b"], true, "c1") },
    });
    expect(result.current.nodes.map((n) => n.id)).toEqual(["a", "b"]);
    await act(() => result.current.loadMore());
    expect(fetchPage).toHaveBeenLastCalledWith("c1");
    expect(result.current.nodes.map((n) => n.id)).toEqual(["a", "b", "c"]);
    expect(result.current.hasNextPage).toBe(true);
    await act(() => result.current.loadMore());
    expect(fetchPage).toHaveBeenLastCalledWith("c2");
    expect(result.current.nodes.map((n) => n.id)).toEqual(["a", "b", "c", "d"]);
    expect(result.current.hasNextPage).toBe(false);
    // The first page refreshed (a mutation elsewhere): the later pages stay.
    rerender({ first: page(["a", "b", "x"], true, "c1") });
    expect(result.current.nodes.map((n) => n.id)).toEqual(["a", "b", "x", "c", "d"]);
  });

  it("forgets the later pages when the filters change", async () => {
    const fetchPage = vi.fn(async () => page(["z"], false, null));
    const { result, rerender } = renderHook(({ key, first }) => useMorePages(key, first, fetchPage), {
      initialProps: { key: "OPEN", first: page(["a"], true, "c1") },
    });
    await act(() => result.current.loadMore());
    expect(result.current.nodes.map((n) => n.id)).toEqual(["a", "z"]);
    rerender({ key: "DONE", first: page(["q"], false, null) });
    expect(result.current.nodes.map((n) => n.id)).toEqual(["q"]);
    expect(result.current.hasNextPage).toBe(false);
  });

  it("keeps a failed fetch's error", async () => {
    const failure = new Error("offline");
    const { result } = renderHook(() =>
      useMorePages("k", page(["a"], true, "c1"), async () => {
        throw failure;
      }),
    );
    await act(() => result.current.loadMore());
    expect(result.current.error).toBe(failure);
    expect(result.current.nodes.map((n) => n.id)).toEqual(["a"]);
  });
});
