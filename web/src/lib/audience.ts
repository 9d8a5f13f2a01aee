/**
 * The audience picker's logic (scheduling training, creating exams).
 *
 * An audience names, like the server's `AudienceInput`, (units × categories) plus named people:
 * a unit covers its whole subtree; no units with some categories means those categories in every
 * unit; no categories with some units means everyone in them; `personIds` are added on top.
 *
 * The functions are generic over the category type, so an audience can hold the generated
 * `PersonCategory` values directly.
 */

/** The schema's PersonCategory values, in the schema's order (the order used when sorting). */
export const PERSON_CATEGORIES = [
  "PRINCIPAL_LEADER",
  "DEPUTY_LEADER",
  "ENFORCEMENT_OFFICER",
  "ASSISTING_STAFF",
] as const;
export type PersonCategory = (typeof PERSON_CATEGORIES)[number];

/** 主要负责人 / 分管负责人 / 执法人员 / 配合执法专干 */
export const PERSON_CATEGORY_LABELS: Record<PersonCategory, string> = {
  PRINCIPAL_LEADER: "主要负责人",
  DEPUTY_LEADER: "分管负责人",
  ENFORCEMENT_OFFICER: "执法人员",
  ASSISTING_STAFF: "配合执法专干",
};

export interface Audience<C extends string = PersonCategory> {
  unitIds: string[];
  categories: C[];
  personIds: string[];
}

export interface UnitNode {
  id: string;
  name: string;
  parentId: string | null;
}

export const emptyAudience = <C extends string = PersonCategory>(): Audience<C> => ({
  unitIds: [],
  categories: [],
  personIds: [],
});

interface TreeIndex {
  parent: Map<string, string | null>;
  children: Map<string, string[]>;
  name: Map<string, string>;
  /** Preorder position: parents before children, siblings in list order. */
  order: Map<string, number>;
}

const indexes = new WeakMap<readonly UnitNode[], TreeIndex>();

function indexTree(units: readonly UnitNode[]): TreeIndex {
  const cached = indexes.get(units);
  if (cached) return cached;
  const parent = new Map<string, string | null>();
  const children = new Map<string, string[]>();
  const name = new Map<string, string>();
  for (const unit of units) {
    if (parent.has(unit.id)) continue; // first one wins
    parent.set(unit.id, unit.parentId);
    name.set(unit.id, unit.name);
  }
  for (const [id, parentId] of parent) {
    if (parentId !== null && parent.has(parentId)) {
      const list = children.get(parentId) ?? [];
      list.push(id);
      children.set(parentId, list);
    }
  }
  const order = new Map<string, number>();
  const visit = (id: string): void => {
    if (order.has(id)) return;
    order.set(id, order.size);
    for (const child of children.get(id) ?? []) visit(child);
  };
  for (const [id, parentId] of parent) {
    if (parentId === null || !parent.has(parentId)) visit(id);
  }
  for (const id of parent.keys()) visit(id); // units caught in a cycle, should the data have one
  const index = { parent, children, name, order };
  indexes.set(units, index);
  return index;
}

function ancestorsOf(index: TreeIndex, id: string): string[] {
  const found: string[] = [];
  const seen = new Set([id]);
  let current = index.parent.get(id) ?? null;
  while (current !== null && !seen.has(current)) {
    found.push(current);
    seen.add(current);
    current = index.parent.get(current) ?? null;
  }
  return found;
}

/** The unit and all its descendants (just the ID, for a unit not in the tree). */
export function subtree(units: readonly UnitNode[], unitId: string): Set<string> {
  const index = indexTree(units);
  const found = new Set<string>();
  const stack = [unitId];
  while (stack.length > 0) {
    const id = stack.pop()!;
    if (found.has(id)) continue;
    found.add(id);
    stack.push(...(index.children.get(id) ?? []));
  }
  return found;
}

/** Every unit the audience's units cover, descendants included. */
export function coveredUnitIds(
  audience: Pick<Audience<string>, "unitIds">,
  units: readonly UnitNode[],
): Set<string> {
  const found = new Set<string>();
  for (const id of audience.unitIds) for (const covered of subtree(units, id)) found.add(covered);
  return found;
}

const compareText = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

function categoryRank(category: string): number {
  const rank = (PERSON_CATEGORIES as readonly string[]).indexOf(category);
  return rank === -1 ? PERSON_CATEGORIES.length : rank;
}

const sortCategories = <C extends string>(categories: Iterable<C>): C[] =>
  [...new Set(categories)].sort((a, b) => categoryRank(a) - categoryRank(b) || compareText(a, b));

function sortUnits(index: TreeIndex, ids: Iterable<string>): string[] {
  const rank = (id: string): number => index.order.get(id) ?? Number.POSITIVE_INFINITY;
  return [...new Set(ids)].sort((a, b) => {
    const ra = rank(a);
    const rb = rank(b);
    return ra === rb ? compareText(a, b) : ra < rb ? -1 : 1;
  });
}

/**
 * Deduplicated and sorted; a unit under another selected unit is dropped (it is covered).
 * Units sort in tree order (unknown IDs last), categories in schema order, people by ID.
 */
export function normalize<C extends string>(audience: Audience<C>, units: readonly UnitNode[]): Audience<C> {
  const index = indexTree(units);
  const selected = new Set(audience.unitIds);
  const rank = (id: string): number => index.order.get(id) ?? Number.POSITIVE_INFINITY;
  // `a` covers `id` when it is above it; in a cycle (bad data) the one first in tree order stays.
  const covers = (a: string, id: string): boolean =>
    !ancestorsOf(index, a).includes(id) || rank(a) < rank(id) || (rank(a) === rank(id) && a < id);
  const kept = [...selected].filter(
    (id) => !ancestorsOf(index, id).some((a) => selected.has(a) && covers(a, id)),
  );
  return {
    unitIds: sortUnits(index, kept),
    categories: sortCategories(audience.categories),
    personIds: [...new Set(audience.personIds)].sort(compareText),
  };
}

export type UnitState = "selected" | "covered" | "partial" | "none";

/** For the tree's checkboxes: chosen itself, covered by a chosen ancestor, some descendant chosen, or none. */
export function unitState(
  audience: Pick<Audience<string>, "unitIds">,
  unitId: string,
  units: readonly UnitNode[],
): UnitState {
  const selected = new Set(audience.unitIds);
  if (selected.has(unitId)) return "selected";
  const index = indexTree(units);
  if (ancestorsOf(index, unitId).some((a) => selected.has(a))) return "covered";
  for (const id of subtree(units, unitId)) if (selected.has(id)) return "partial";
  return "none";
}

/**
 * Clicking a unit: a selected unit is deselected; a unit covered by a selected ancestor stays as
 * it is (no-op); otherwise it is selected and its selected descendants are dropped. The result
 * is normalized.
 */
export function toggleUnit<C extends string>(
  audience: Audience<C>,
  unitId: string,
  units: readonly UnitNode[],
): Audience<C> {
  const current = normalize(audience, units);
  const state = unitState(current, unitId, units);
  if (state === "covered") return current;
  if (state === "selected") return { ...current, unitIds: current.unitIds.filter((id) => id !== unitId) };
  const below = subtree(units, unitId);
  return normalize(
    { ...current, unitIds: [...current.unitIds.filter((id) => !below.has(id)), unitId] },
    units,
  );
}

export function toggleCategory<C extends string>(audience: Audience<C>, category: C): Audience<C> {
  const has = audience.categories.includes(category);
  return {
    ...audience,
    categories: sortCategories(
      has ? audience.categories.filter((c) => c !== category) : [...audience.categories, category],
    ),
  };
}

export function togglePerson<C extends string>(audience: Audience<C>, personId: string): Audience<C> {
  const has = audience.personIds.includes(personId);
  const personIds = has
    ? audience.personIds.filter((p) => p !== personId)
    : [...audience.personIds, personId];
  return { ...audience, personIds: [...new Set(personIds)].sort(compareText) };
}

/** Names nobody: no units, no categories, no people. */
export function isEmpty(audience: Audience<string>): boolean {
  return audience.unitIds.length === 0 && audience.categories.length === 0 && audience.personIds.length === 0;
}

/**
 * A one-line Chinese summary, e.g. "执法大队 等 3 个单位 · 执法人员 · 另加 2 人".
 * Categories without units read "全部单位 · …"; units without categories read "… · 全部人员";
 * named people alone read "指定 2 人"; nothing reads "未选择".
 */
export function describe<C extends string>(
  audience: Audience<C>,
  units: readonly UnitNode[],
  categoryLabels: Partial<Record<C, string>>,
): string {
  const a = normalize(audience, units);
  if (isEmpty(a)) return "未选择";
  const index = indexTree(units);
  const parts: string[] = [];
  const group = a.unitIds.length > 0 || a.categories.length > 0;
  if (group) {
    if (a.unitIds.length === 0) parts.push("全部单位");
    else {
      const first = index.name.get(a.unitIds[0]) ?? a.unitIds[0];
      parts.push(a.unitIds.length === 1 ? first : `${first} 等 ${a.unitIds.length} 个单位`);
    }
    parts.push(
      a.categories.length === 0 ? "全部人员" : a.categories.map((c) => categoryLabels[c] ?? c).join("、"),
    );
  }
  if (a.personIds.length > 0)
    parts.push(group ? `另加 ${a.personIds.length} 人` : `指定 ${a.personIds.length} 人`);
  return parts.join(" · ");
}

/** Exactly the GraphQL `AudienceInput` shape: `{ unitIds, categories, personIds }`, deduplicated. */
export function toInput<C extends string>(
  audience: Audience<C>,
): { unitIds: string[]; categories: C[]; personIds: string[] } {
  return {
    unitIds: [...new Set(audience.unitIds)],
    categories: [...new Set(audience.categories)],
    personIds: [...new Set(audience.personIds)],
  };
}
