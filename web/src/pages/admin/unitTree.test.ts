import { describe, expect, it } from "vitest";
import { allKeys, buildUnitTree, filterTree, unitAndBelow, unitPath, type FlatUnit } from "./unitTree";

const u = (id: string, name: string, parent?: string): FlatUnit => ({
  id,
  name,
  kind: "TOWNSHIP",
  parent: parent ? { id: parent } : null,
});

const units = [
  u("1", "县安委会"),
  u("2", "高村镇"),
  u("3", "高村镇执法大队", "2"),
  u("4", "某企业", "3"),
  u("5", "专委会", "1"),
  u("6", "孤儿单位", "99"),
];

describe("buildUnitTree", () => {
  it("nests children under parents in the given order, orphans at the top", () => {
    const tree = buildUnitTree(units);
    expect(tree.map((n) => n.key)).toEqual(["1", "2", "6"]);
    expect(tree[0].children.map((n) => n.key)).toEqual(["5"]);
    expect(tree[1].children[0].key).toBe("3");
    expect(tree[1].children[0].children[0].title).toBe("某企业");
    expect(allKeys(tree).sort()).toEqual(["1", "2", "3", "4", "5", "6"]);
  });

  it("puts a child listed before its parent under it too", () => {
    const tree = buildUnitTree([u("3", "c", "2"), u("2", "p")]);
    expect(tree.map((n) => n.key)).toEqual(["2"]);
    expect(tree[0].children.map((n) => n.key)).toEqual(["3"]);
  });

  it("survives a loop in the data", () => {
    const tree = buildUnitTree([u("1", "a", "2"), u("2", "b", "1")]);
    expect(allKeys(tree).sort()).toEqual(["1", "2"]);
  });

  it("marks disabled nodes", () => {
    const below = unitAndBelow(units, "2");
    const tree = buildUnitTree(units, (unit) => below.has(unit.id));
    expect(tree[0].disabled).toBeUndefined();
    expect(tree[1].disabled).toBe(true);
    expect(tree[1].children[0].children[0].disabled).toBe(true);
  });
});

describe("unitAndBelow / unitPath", () => {
  it("finds a subtree", () => {
    expect([...unitAndBelow(units, "2")].sort()).toEqual(["2", "3", "4"]);
    expect([...unitAndBelow(units, "4")]).toEqual(["4"]);
  });

  it("names the path from the top", () => {
    expect(unitPath(units, "4")).toBe("高村镇 / 高村镇执法大队 / 某企业");
    expect(unitPath(units, "6")).toBe("孤儿单位");
    expect(unitPath(units, "nope")).toBe("");
  });
});

describe("filterTree", () => {
  const tree = buildUnitTree(units);
  it("keeps matches with their ancestors and a match's whole subtree", () => {
    const found = filterTree(tree, "执法");
    expect(found.map((n) => n.key)).toEqual(["2"]);
    expect(found[0].children.map((n) => n.key)).toEqual(["3"]);
    expect(found[0].children[0].children.map((n) => n.key)).toEqual(["4"]);
    expect(filterTree(tree, "高村镇")[0].children.length).toBe(1);
  });

  it("keeps everything for a blank term and nothing for no match", () => {
    expect(filterTree(tree, "  ")).toHaveLength(3);
    expect(filterTree(tree, "无此单位")).toEqual([]);
  });
});
