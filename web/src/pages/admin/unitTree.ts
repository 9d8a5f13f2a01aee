// The unit tree for the admin pages: the flat `units` list as antd Tree / TreeSelect nodes,
// a unit's path of names, the units below one (which may not become its parent), and a filter.
import type { UnitKind } from "../../gql/graphql";

export type FlatUnit = { id: string; name: string; kind: UnitKind; parent?: { id: string } | null };

export type UnitTreeNode = {
  key: string;
  value: string;
  title: string;
  unit: FlatUnit;
  disabled?: boolean;
  children: UnitTreeNode[];
};

export const UNIT_KIND_LABELS: Record<UnitKind, string> = {
  COUNTY_DEPARTMENT: "县直部门",
  TOWNSHIP: "乡镇（街道）",
  ENTERPRISE: "企业",
  COMMITTEE: "委员会",
};

export const UNIT_KINDS: UnitKind[] = ["COMMITTEE", "COUNTY_DEPARTMENT", "TOWNSHIP", "ENTERPRISE"];

/**
 * Units as a forest, in the order given (the server's, by ID). A unit whose parent is not in the
 * list (out of reach) is a root. `disabled` marks the nodes `isDisabled` returns true for.
 */
export function buildUnitTree(
  units: readonly FlatUnit[],
  isDisabled?: (unit: FlatUnit) => boolean,
): UnitTreeNode[] {
  const nodes = new Map<string, UnitTreeNode>();
  for (const unit of units) {
    const node: UnitTreeNode = { key: unit.id, value: unit.id, title: unit.name, unit, children: [] };
    if (isDisabled?.(unit)) node.disabled = true;
    nodes.set(unit.id, node);
  }
  const roots: UnitTreeNode[] = [];
  for (const unit of units) {
    const node = nodes.get(unit.id)!;
    const parentId = unit.parent?.id;
    const parent = parentId && parentId !== unit.id ? nodes.get(parentId) : undefined;
    if (parent && !isAncestor(unit.id, parentId!, units)) parent.children.push(node);
    else roots.push(node);
  }
  return roots;
}

/** Whether `unitId` is `of` itself or above it (guards against a loop in bad data). */
function isAncestor(unitId: string, of: string, units: readonly FlatUnit[]): boolean {
  const parents = new Map(units.map((u) => [u.id, u.parent?.id ?? null]));
  const seen = new Set<string>();
  let current: string | null = of;
  while (current && !seen.has(current)) {
    if (current === unitId) return true;
    seen.add(current);
    current = parents.get(current) ?? null;
  }
  return false;
}

/** `unitId` and every unit below it. */
export function unitAndBelow(units: readonly FlatUnit[], unitId: string): Set<string> {
  const children = new Map<string, string[]>();
  for (const unit of units) {
    const parentId = unit.parent?.id;
    if (parentId) children.set(parentId, [...(children.get(parentId) ?? []), unit.id]);
  }
  const found = new Set<string>();
  const stack = [unitId];
  while (stack.length > 0) {
    const id = stack.pop()!;
    if (found.has(id)) continue;
    found.add(id);
    stack.push(...(children.get(id) ?? []));
  }
  return found;
}

/** The names from the top unit down to `unitId`: "高村镇 / 高村镇综合行政执法大队". */
export function unitPath(units: readonly FlatUnit[], unitId: string, separator = " / "): string {
  const byId = new Map(units.map((u) => [u.id, u]));
  const names: string[] = [];
  const seen = new Set<string>();
  let current = byId.get(unitId);
  while (current && !seen.has(current.id)) {
    seen.add(current.id);
    names.unshift(current.name);
    current = current.parent ? byId.get(current.parent.id) : undefined;
  }
  return names.join(separator);
}

/**
 * The tree cut down to the units whose name contains `term` (case-insensitive) and the units
 * above them; a matching unit keeps its whole subtree. A blank term keeps everything.
 */
export function filterTree(tree: readonly UnitTreeNode[], term: string): UnitTreeNode[] {
  const needle = term.trim().toLowerCase();
  if (!needle) return [...tree];
  const out: UnitTreeNode[] = [];
  for (const node of tree) {
    if (node.title.toLowerCase().includes(needle)) {
      out.push(node);
      continue;
    }
    const children = filterTree(node.children, term);
    if (children.length > 0) out.push({ ...node, children });
  }
  return out;
}

/** Every key in a tree (to expand it all). */
export function allKeys(tree: readonly UnitTreeNode[]): string[] {
  return tree.flatMap((node) => [node.key, ...allKeys(node.children)]);
}
