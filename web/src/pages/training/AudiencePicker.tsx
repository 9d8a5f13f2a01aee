// The audience picker: units (a unit covers its whole subtree), person categories, and named
// people found by name or badge number. Its value is the AudienceInput shape.
import { Checkbox, Flex, Select, Spin, Tree, Typography } from "antd";
import { useMemo, useState } from "react";
import { useQuery } from "urql";
import type { PersonCategory } from "../../gql/graphql";
import {
  PERSON_CATEGORIES,
  PERSON_CATEGORY_LABELS,
  describe,
  emptyAudience,
  normalize,
  toggleUnit,
  unitState,
  type Audience,
} from "../../lib/audience";
import { trainingPeopleSearchQuery } from "../../services/training";
import { toTreeData, unitForest, type TrainingUnit } from "./units";

type Props = {
  id?: string;
  value?: Audience<PersonCategory>;
  onChange?: (value: Audience<PersonCategory>) => void;
  units: TrainingUnit[];
};

export function AudiencePicker({ id, value, onChange, units }: Props) {
  const audience = value ?? emptyAudience<PersonCategory>();
  const [search, setSearch] = useState("");
  const [known, setKnown] = useState<Record<string, string>>({});
  const [{ data, fetching }] = useQuery({
    query: trainingPeopleSearchQuery,
    variables: { search },
    pause: search.trim().length === 0,
  });
  const treeData = useMemo(() => toTreeData(unitForest(units)), [units]);
  const checked = useMemo(() => {
    const checkedKeys: string[] = [];
    const halfChecked: string[] = [];
    for (const unit of units) {
      const state = unitState(audience, unit.id, units);
      if (state === "selected" || state === "covered") checkedKeys.push(unit.id);
      else if (state === "partial") halfChecked.push(unit.id);
    }
    return { checked: checkedKeys, halfChecked };
  }, [audience, units]);

  const set = (next: Audience<PersonCategory>) => onChange?.(normalize(next, units));
  const found = data?.people.edges.map((e) => e.node) ?? [];
  const options = [
    ...found.map((p) => ({
      value: p.id,
      label: `${p.name}${p.badgeNumber ? `（${p.badgeNumber}）` : ""} · ${p.unit.name}`,
    })),
    ...audience.personIds
      .filter((pid) => !found.some((p) => p.id === pid))
      .map((pid) => ({ value: pid, label: known[pid] ?? pid })),
  ];

  return (
    <Flex vertical gap={12} id={id} data-testid="audience-picker">
      <Typography.Text type="secondary" data-testid="audience-summary">
        已选：{describe(audience, units, PERSON_CATEGORY_LABELS)}
      </Typography.Text>
      <div>
        <Typography.Text strong>单位</Typography.Text>
        <Typography.Text type="secondary" style={{ marginInlineStart: 8, fontSize: 12 }}>
          选中单位即包含其全部下级单位
        </Typography.Text>
        <div
          style={{ maxHeight: 280, overflow: "auto", border: "1px solid #f0f0f0", borderRadius: 6, padding: 4, marginTop: 4 }}
          data-testid="audience-units"
        >
          {units.length === 0 ? (
            <Spin size="small" />
          ) : (
            <Tree
              checkable
              checkStrictly
              selectable={false}
              defaultExpandAll
              treeData={treeData}
              checkedKeys={checked}
              onCheck={(_, info) => set(toggleUnit(audience, String(info.node.key), units))}
              titleRender={(node) => <span data-testid={`audience-unit-${String(node.title)}`}>{String(node.title)}</span>}
            />
          )}
        </div>
      </div>
      <div>
        <Typography.Text strong>人员类别</Typography.Text>
        <Typography.Text type="secondary" style={{ marginInlineStart: 8, fontSize: 12 }}>
          不选即所选单位的全部人员
        </Typography.Text>
        <div style={{ marginTop: 4 }}>
          <Checkbox.Group
            value={audience.categories}
            onChange={(categories) => set({ ...audience, categories: categories as PersonCategory[] })}
            options={PERSON_CATEGORIES.map((c) => ({ value: c, label: PERSON_CATEGORY_LABELS[c] }))}
          />
        </div>
      </div>
      <div>
        <Typography.Text strong>另加人员</Typography.Text>
        <Select
          mode="multiple"
          showSearch
          allowClear
          style={{ width: "100%", marginTop: 4 }}
          placeholder="输入姓名或执法证号搜索"
          aria-label="另加人员"
          filterOption={false}
          onSearch={setSearch}
          notFoundContent={fetching ? <Spin size="small" /> : search ? "未找到" : "请输入姓名或证号"}
          value={audience.personIds}
          options={options}
          onChange={(personIds: string[], picked) => {
            const labels = { ...known };
            for (const option of [picked].flat()) {
              if (option && "value" in option && option.value) labels[String(option.value)] = String(option.label);
            }
            setKnown(labels);
            set({ ...audience, personIds });
          }}
        />
      </div>
    </Flex>
  );
}
