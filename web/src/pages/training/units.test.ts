import { describe, expect, it } from "vitest";
import { unitForest } from "./units";

const names = (forest: ReturnType<typeof unitForest>): unknown =>
  forest.map((n) => (n.children.length ? [n.title, names(n.children)] : n.title));

describe("unitForest", () => {
  it("nests units under their parents in list order", () => {
    const forest = unitForest([
      { id: "1", name: "县", parentId: null },
      { id: "2", name: "高村镇", parentId: "1" },
      { id: "3", name: "执法大队", parentId: "2" },
      { id: "4", name: "应急局", parentId: "1" },
    ]);
    expect(names(forest)).toEqual([["县", [["高村镇", ["执法大队"]], "应急局"]]]);
  });

  it("makes a unit whose parent is out of reach a root, and survives a cycle", () => {
    expect(names(unitForest([{ id: "3", name: "执法大队", parentId: "2" }]))).toEqual(["执法大队"]);
    const cycle = unitForest([
      { id: "a", name: "A", parentId: "b" },
      { id: "b", name: "B", parentId: "a" },
    ]);
    const count = (f: ReturnType<typeof unitForest>): number => f.reduce((n, u) => n + 1 + count(u.children), 0);
    expect(count(cycle)).toBe(2);
  });
});
