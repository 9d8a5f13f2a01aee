// The unit tree for the audience picker, the organiser select and compliance.
import type { TreeDataNode } from "antd";
import { useMemo } from "react";
import type { UnitKind } from "../../gql/graphql";
import type { UnitNode } from "../../lib/audience";
import { trainingUnitsQuery } from "../../services/training";
import { useAllPages } from "./pages";

export type TrainingUnit = UnitNode & { kind: UnitKind };

export function useUnits() {
  const { nodes, error, fetching } = useAllPages(trainingUnitsQuery, {}, (d) => d.units, "units");
  const units = useMemo<TrainingUnit[]>(
    () => (nodes ?? []).map((u) => ({ id: u.id, name: u.name, kind: u.kind, parentId: u.parent?.id ?? null })),
    [nodes],
  );
  return { units, loaded: nodes !== null, error, fetching };
}

export type UnitTreeNode = { key: string; value: string; title: string; children: UnitTreeNode[] };

/** Units as a forest (a unit whose parent is out of reach is a root), siblings in list order. */
export function unitForest(units: readonly UnitNode[]): UnitTreeNode[] {
  const byId = new Map<string, UnitTreeNode>();
  for (const u of units) if (!byId.has(u.id)) byId.set(u.id, { key: u.id, value: u.id, title: u.name, children: [] });
  const roots: UnitTreeNode[] = [];
  const seen = new Set<string>();
  for (const u of units) {
    if (seen.has(u.id)) continue;
    seen.add(u.id);
    const node = byId.get(u.id)!;
    const parent = u.parentId !== null && u.parentId !== u.id ? byId.get(u.parentId) : undefined;
    if (parent && !isBelow(byId, units, parent.key, u.id)) parent.children.push(node);
    else roots.push(node);
  }
  return roots;
}

/** Whether `id` is `candidate` or above it (a cycle in bad data would otherwise lose units). */
function isBelow(_byId: Map<string, UnitTreeNode>, units: readonly UnitNode[], candidate: string, id: string): boolean {
  const parentOf = new Map(units.map((u) => [u.id, u.parentId]));
  let current: string | null | undefined = candidate;
  const visited = new Set<string>();
  while (current != null && !visited.has(current)) {
    if (current === id) return true;
    visited.add(current);
    current = parentOf.get(current);
  }
  return false;
}

export function toTreeData(forest: UnitTreeNode[]): TreeDataNode[] {
  return forest.map((n) => ({ key: n.key, title: n.title, children: n.children.length ? toTreeData(n.children) : undefined }));
}
