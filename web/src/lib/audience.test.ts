import { describe, expect, it } from "vitest";
import {
  PERSON_CATEGORIES,
  PERSON_CATEGORY_LABELS,
  coveredUnitIds,
  describe as describeAudience,
  emptyAudience,
  isEmpty,
  normalize,
  subtree,
  toInput,
  toggleCategory,
  togglePerson,
  toggleUnit,
  unitState,
  type Audience,
  type PersonCategory,
  type UnitNode,
} from "./audience";
import { seeded, type Rng } from "./testing";

// 县综合行政执法局
// ├── 执法大队
// │   ├── 一中队
// │   └── 二中队
// └── 城关镇
//     └── 城关镇执法中队
const units: UnitNode[] = [
  { id: "bureau", name: "县综合行政执法局", parentId: null },
  { id: "brigade", name: "执法大队", parentId: "bureau" },
  { id: "squad1", name: "一中队", parentId: "brigade" },
  { id: "squad2", name: "二中队", parentId: "brigade" },
  { id: "town", name: "城关镇", parentId: "bureau" },
  { id: "townSquad", name: "城关镇执法中队", parentId: "town" },
];

const audience = (a: Partial<Audience>): Audience => ({ ...emptyAudience(), ...a });

/** A random forest in random list order, with IDs that do not sort in tree order. */
function randomTree(rng: Rng): UnitNode[] {
  const n = rng.int(1, 25);
  const nodes: UnitNode[] = [];
  for (let i = 0; i < n; i += 1) {
    const parent = i > 0 && rng.chance(0.85) ? nodes[rng.int(0, i - 1)].id : null;
    nodes.push({ id: `u${rng.int(0, 999)}-${i}`, name: `单位${i}`, parentId: parent });
  }
  return rng.shuffle(nodes);
}

function randomAudience(rng: Rng, tree: UnitNode[]): Audience {
  const ids = [...tree.map((u) => u.id), "unknown-1", "unknown-2"];
  const unitIds = Array.from({ length: rng.int(0, 8) }, () => rng.pick(ids));
  const categories = Array.from({ length: rng.int(0, 5) }, () => rng.pick(PERSON_CATEGORIES));
  const personIds = Array.from({ length: rng.int(0, 5) }, () => `p${rng.int(0, 6)}`);
  return { unitIds, categories, personIds };
}

const shuffled = (rng: Rng, a: Audience): Audience => ({
  unitIds: rng.shuffle(a.unitIds),
  categories: rng.shuffle(a.categories),
  personIds: rng.shuffle(a.personIds),
});

describe("toggleUnit", () => {
  it("selects a unit, and selecting its parent replaces it", () => {
    let a = toggleUnit(emptyAudience(), "squad1", units);
    expect(a.unitIds).toEqual(["squad1"]);
    a = toggleUnit(a, "townSquad", units);
    expect(a.unitIds).toEqual(["squad1", "townSquad"]);
    a = toggleUnit(a, "brigade", units);
    expect(a.unitIds).toEqual(["brigade", "townSquad"]);
    a = toggleUnit(a, "bureau", units);
    expect(a.unitIds).toEqual(["bureau"]);
  });

  it("does nothing for a unit under a selected one, and deselects a selected one", () => {
    const a = audience({ unitIds: ["brigade"], categories: ["ENFORCEMENT_OFFICER"] });
    expect(toggleUnit(a, "squad2", units)).toEqual(a);
    expect(toggleUnit(a, "brigade", units)).toEqual(audience({ categories: ["ENFORCEMENT_OFFICER"] }));
  });

  it("keeps the categories and people", () => {
    const a = audience({ categories: ["DEPUTY_LEADER"], personIds: ["p1"] });
    expect(toggleUnit(a, "town", units)).toEqual({
      unitIds: ["town"],
      categories: ["DEPUTY_LEADER"],
      personIds: ["p1"],
    });
  });
});

describe("unitState", () => {
  it("tells selected, covered, partial and none apart", () => {
    const a = audience({ unitIds: ["brigade"] });
    expect(unitState(a, "brigade", units)).toBe("selected");
    expect(unitState(a, "squad1", units)).toBe("covered");
    expect(unitState(a, "bureau", units)).toBe("partial");
    expect(unitState(a, "town", units)).toBe("none");
  });
});

describe("normalize", () => {
  it("dedupes, drops covered units and sorts (tree order, schema order, IDs)", () => {
    const a = normalize(
      {
        unitIds: ["townSquad", "squad2", "brigade", "squad2", "nowhere"],
        categories: ["ASSISTING_STAFF", "PRINCIPAL_LEADER", "ASSISTING_STAFF"],
        personIds: ["p9", "p1", "p9"],
      },
      units,
    );
    expect(a).toEqual({
      unitIds: ["brigade", "townSquad", "nowhere"],
      categories: ["PRINCIPAL_LEADER", "ASSISTING_STAFF"],
      personIds: ["p1", "p9"],
    });
  });

  it("keeps one unit of a cycle in bad data rather than dropping both", () => {
    const cyclic: UnitNode[] = [
      { id: "a", name: "A", parentId: "b" },
      { id: "b", name: "B", parentId: "a" },
    ];
    const a = normalize(audience({ unitIds: ["b", "a"] }), cyclic);
    expect(a.unitIds).toHaveLength(1);
    expect(coveredUnitIds(a, cyclic)).toEqual(new Set(["a", "b"]));
  });

  it("is idempotent, order-independent and covers the same units, for generated trees and audiences", () => {
    for (let seed = 1; seed <= 500; seed += 1) {
      const rng = seeded(seed);
      const tree = randomTree(rng);
      const a = randomAudience(rng, tree);
      const n = normalize(a, tree);
      expect(normalize(n, tree)).toEqual(n);
      expect(normalize(shuffled(rng, a), tree)).toEqual(n);
      expect(coveredUnitIds(n, tree)).toEqual(coveredUnitIds(a, tree));
      expect(new Set(n.categories)).toEqual(new Set(a.categories));
      expect(new Set(n.personIds)).toEqual(new Set(a.personIds));
      // Minimal: no kept unit lies under another kept unit, and there are no duplicates.
      expect(new Set(n.unitIds).size).toBe(n.unitIds.length);
      for (const id of n.unitIds) {
        for (const other of n.unitIds) if (other !== id) expect(subtree(tree, other).has(id)).toBe(false);
      }
    }
  });
});

describe("toggleUnit under generated trees", () => {
  it("adds or removes exactly the clicked subtree, or nothing when it is covered", () => {
    for (let seed = 1; seed <= 500; seed += 1) {
      const rng = seeded(seed);
      const tree = randomTree(rng);
      const a = normalize(randomAudience(rng, tree), tree);
      const unitId = rng.pick(tree).id;
      const before = coveredUnitIds(a, tree);
      const state = unitState(a, unitId, tree);
      const after = toggleUnit(a, unitId, tree);
      const below = subtree(tree, unitId);
      const covered = coveredUnitIds(after, tree);
      expect(normalize(after, tree)).toEqual(after);
      expect(after.categories).toEqual(a.categories);
      expect(after.personIds).toEqual(a.personIds);
      if (state === "covered") {
        expect(after).toEqual(a);
      } else if (state === "selected") {
        expect(covered).toEqual(new Set([...before].filter((id) => !below.has(id))));
        expect(unitState(after, unitId, tree)).toBe("none");
      } else {
        expect(covered).toEqual(new Set([...before, ...below]));
        expect(unitState(after, unitId, tree)).toBe("selected");
        for (const id of below) if (id !== unitId) expect(after.unitIds).not.toContain(id);
      }
    }
  });
});

describe("toggleCategory and togglePerson", () => {
  it("add and remove, keeping order and no duplicates", () => {
    let a = toggleCategory(emptyAudience(), "ASSISTING_STAFF");
    a = toggleCategory(a, "PRINCIPAL_LEADER");
    expect(a.categories).toEqual(["PRINCIPAL_LEADER", "ASSISTING_STAFF"]);
    a = toggleCategory(a, "ASSISTING_STAFF");
    expect(a.categories).toEqual(["PRINCIPAL_LEADER"]);
    a = togglePerson(togglePerson(a, "p2"), "p1");
    expect(a.personIds).toEqual(["p1", "p2"]);
    expect(togglePerson(a, "p2").personIds).toEqual(["p1"]);
  });
});

describe("describe", () => {
  const labels = PERSON_CATEGORY_LABELS;
  it("summarises units, categories and extra people in Chinese", () => {
    expect(
      describeAudience(
        audience({
          unitIds: ["townSquad", "brigade", "squad1", "town"],
          categories: ["ENFORCEMENT_OFFICER"],
          personIds: ["p1", "p2"],
        }),
        [...units, { id: "other", name: "其他", parentId: null }],
        labels,
      ),
    ).toBe("执法大队 等 2 个单位 · 执法人员 · 另加 2 人");
    expect(
      describeAudience(
        audience({
          unitIds: ["squad2", "brigade", "townSquad", "squad1"].concat("bureau-x"),
          categories: ["ENFORCEMENT_OFFICER"],
          personIds: ["p1", "p2"],
        }),
        units,
        labels,
      ),
    ).toBe("执法大队 等 3 个单位 · 执法人员 · 另加 2 人");
  });

  it("covers the single-unit, all-units, all-people, people-only and empty cases", () => {
    expect(describeAudience(audience({ unitIds: ["town"] }), units, labels)).toBe("城关镇 · 全部人员");
    expect(
      describeAudience(audience({ categories: ["DEPUTY_LEADER", "PRINCIPAL_LEADER"] }), units, labels),
    ).toBe("全部单位 · 主要负责人、分管负责人");
    expect(describeAudience(audience({ personIds: ["p1", "p2", "p1"] }), units, labels)).toBe("指定 2 人");
    expect(describeAudience(emptyAudience(), units, labels)).toBe("未选择");
  });

  it("falls back to the raw value for a missing label or an unknown unit", () => {
    expect(describeAudience(audience({ unitIds: ["gone"], categories: ["DEPUTY_LEADER"] }), units, {})).toBe(
      "gone · DEPUTY_LEADER",
    );
  });
});

describe("isEmpty", () => {
  it("is true only when nobody is named", () => {
    expect(isEmpty(emptyAudience())).toBe(true);
    expect(isEmpty(audience({ categories: ["ASSISTING_STAFF"] }))).toBe(false);
    expect(isEmpty(audience({ personIds: ["p"] }))).toBe(false);
    expect(isEmpty(audience({ unitIds: ["town"] }))).toBe(false);
  });
});

describe("toInput", () => {
  it("gives exactly the AudienceInput fields", () => {
    const input = toInput({ unitIds: ["a", "a"], categories: ["ENFORCEMENT_OFFICER"], personIds: [] });
    expect(input).toStrictEqual({ unitIds: ["a"], categories: ["ENFORCEMENT_OFFICER"], personIds: [] });
    expect(Object.keys(toInput({ ...emptyAudience(), extra: 1 } as Audience))).toEqual([
      "unitIds",
      "categories",
      "personIds",
    ]);
  });

  it("accepts any category type, e.g. the generated enum", () => {
    type Generated = "A" | "B";
    const a: Audience<Generated> = { unitIds: [], categories: ["B", "A"], personIds: [] };
    const input: { categories: Generated[] } = toInput(a);
    expect(input.categories).toEqual(["B", "A"]);
    const typed: PersonCategory[] = toInput(audience({ categories: ["ASSISTING_STAFF"] })).categories;
    expect(typed).toEqual(["ASSISTING_STAFF"]);
  });
});
