import { describe, expect, it } from "vitest";
import { currentAfter, firstPage, nextPage, pageNumber, previousPage } from "./pager";

describe("pager", () => {
  it("goes forward by end cursors and back again", () => {
    let state = firstPage();
    expect(currentAfter(state)).toBeNull();
    expect(pageNumber(state)).toBe(1);
    state = nextPage(state, "c1");
    state = nextPage(state, "c2");
    expect(currentAfter(state)).toBe("c2");
    expect(pageNumber(state)).toBe(3);
    state = previousPage(state);
    expect(currentAfter(state)).toBe("c1");
    state = previousPage(previousPage(state));
    expect(currentAfter(state)).toBeNull();
    expect(pageNumber(state)).toBe(1);
  });

  it("stays put without an end cursor", () => {
    const state = firstPage();
    expect(nextPage(state, null)).toBe(state);
    expect(nextPage(state, "")).toBe(state);
  });
});
