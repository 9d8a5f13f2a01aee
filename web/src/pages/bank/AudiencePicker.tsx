// The exam's audience: units (a unit covers its sub-units), person categories, named people.
import { Checkbox, Flex, Select, Spin, Tag, TreeSelect, Typography } from "antd";
import { useEffect, useMemo, useState } from "react";
import { useClient, useQuery } from "urql";
import type { BankUnitsQuery } from "../../gql/graphql";
import {
  PERSON_CATEGORIES,
  PERSON_CATEGORY_LABELS,
  describe,
  emptyAudience,
  normalize,
  type Audience,
  type PersonCategory,
  type UnitNode,
} from "../../lib/audience";
import { bankPeopleQuery, bankUnitsQuery } from "../../services/bank";

type UnitRow = BankUnitsQuery["units"]["edges"][number]["node"];

/** Every unit the caller may see (the API pages them 100 at a time). */
export function useUnits(): { units: UnitNode[]; loading: boolean } {
  const client = useClient();
  const [rows, setRows] = useState<UnitRow[] | null>(null);
  useEffect(() => {
    let cancelled = false;
    (async () => {
      const all: UnitRow[] = [];
      let after: string | null = null;
      for (let page = 0; page < 50; page++) {
        const r: { data?: BankUnitsQuery } = await client.query(bankUnitsQuery, { first: 100, after }).toPromise();
        const conn: BankUnitsQuery["units"] | undefined = r.data?.units;
        if (!conn) break;
        all.push(...conn.edges.map((e) => e.node));
        if (!conn.pageInfo.hasNextPage || !conn.pageInfo.endCursor) break;
        after = conn.pageInfo.endCursor;
      }
      if (!cancelled) setRows(all);
    })();
    return () => {
      cancelled = true;
    };
  }, [client]);
  const units = useMemo(() => (rows ?? []).map((u) => ({ id: u.id, name: u.name, parentId: u.parent?.id ?? null })), [rows]);
  return { units, loading: rows === null };
}

type TreeNode = { value: string; title: string; key: string; children: TreeNode[] };

function unitTree(units: readonly UnitNode[]): TreeNode[] {
  const known = new Set(units.map((u) => u.id));
  const nodes = new Map(units.map((u) => [u.id, { value: u.id, key: u.id, title: u.name, children: [] as TreeNode[] }]));
  const roots: TreeNode[] = [];
  for (const u of units) {
    const node = nodes.get(u.id)!;
    if (u.parentId && known.has(u.parentId)) nodes.get(u.parentId)!.children.push(node);
    else roots.push(node);
  }
  return roots;
}

type Props = {
  value?: Audience;
  onChange?: (value: Audience) => void;
  /** Names of people already chosen (an exam being edited or copied). */
  knownPeople?: { id: string; label: string }[];
};

export function AudiencePicker({ value, onChange, knownPeople }: Props) {
  const audience = value ?? emptyAudience();
  const { units, loading } = useUnits();
  const tree = useMemo(() => unitTree(units), [units]);
  const [search, setSearch] = useState("");
  const [people] = useQuery({ query: bankPeopleQuery, variables: { search, first: 20 }, pause: search.trim().length === 0 });
  const [named, setNamed] = useState<Map<string, string>>(new Map());
  useEffect(() => {
    if (knownPeople?.length) setNamed((was) => new Map([...knownPeople.map((p) => [p.id, p.label] as const), ...was]));
  }, [knownPeople]);

  const change = (next: Audience) => onChange?.(normalize(next, units));
  const peopleOptions = (people.data?.people.edges ?? []).map((e) => ({
    value: e.node.id,
    label: `${e.node.name}（${e.node.unit.name}${e.node.badgeNumber ? ` · ${e.node.badgeNumber}` : ""}）`,
  }));

  return (
    <Flex vertical gap={8} data-testid="audience-picker">
      <TreeSelect
        treeData={tree}
        value={audience.unitIds}
        onChange={(ids: string[]) => change({ ...audience, unitIds: ids })}
        treeCheckable
        showCheckedStrategy={TreeSelect.SHOW_PARENT}
        placeholder={loading ? "正在加载单位…" : "选择单位（选中上级即包含全部下级）"}
        notFoundContent={loading ? <Spin size="small" /> : undefined}
        treeNodeFilterProp="title"
        showSearch
        allowClear
        maxTagCount="responsive"
        aria-label="考试对象单位"
        style={{ width: "100%" }}
      />
      <Checkbox.Group
        value={audience.categories}
        onChange={(cs) => change({ ...audience, categories: cs as PersonCategory[] })}
        options={PERSON_CATEGORIES.map((c) => ({ value: c, label: PERSON_CATEGORY_LABELS[c] }))}
      />
      <Select
        mode="multiple"
        value={audience.personIds}
        onChange={(ids: string[], options) => {
          const next = new Map(named);
          for (const o of [options].flat()) if (o && "value" in o && typeof o.label === "string") next.set(String(o.value), o.label);
          setNamed(next);
          change({ ...audience, personIds: ids });
        }}
        showSearch
        filterOption={false}
        onSearch={setSearch}
        options={[
          ...peopleOptions,
          ...audience.personIds.filter((id) => !peopleOptions.some((o) => o.value === id)).map((id) => ({ value: id, label: named.get(id) ?? id })),
        ]}
        notFoundContent={people.fetching ? <Spin size="small" /> : search ? "没有找到" : "输入姓名或执法证号搜索"}
        placeholder="另加指定人员（可选）"
        aria-label="指定人员"
        style={{ width: "100%" }}
      />
      <Typography.Text type="secondary" data-testid="audience-summary">
        考试对象：<Tag>{describe(audience, units, PERSON_CATEGORY_LABELS)}</Tag>
      </Typography.Text>
    </Flex>
  );
}
