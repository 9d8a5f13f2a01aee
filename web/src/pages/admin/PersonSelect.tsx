import { Select, Typography } from "antd";
import { useEffect, useMemo, useState } from "react";
import { useQuery } from "urql";
import { adminPersonOptionsQuery } from "../../services/admin";

export type PersonOption = { id: string; name: string; unitName?: string | null };

type Props = {
  value?: string | null;
  onChange?: (value: string | null) => void;
  /** The person chosen when the form opened, so the field can show their name before a search. */
  initial?: PersonOption | null;
  /** People with an account can not be chosen, except this account's own person. */
  allowAccountOf?: string | null;
  id?: string;
};

/** Pick a person by name or badge number (people search, 20 at a time). */
export function PersonSelect({ value, onChange, initial, allowAccountOf, id }: Props) {
  const [typed, setTyped] = useState("");
  const [search, setSearch] = useState("");
  useEffect(() => {
    const timer = setTimeout(() => setSearch(typed.trim()), 300);
    return () => clearTimeout(timer);
  }, [typed]);
  const [{ data, fetching }] = useQuery({ query: adminPersonOptionsQuery, variables: { search: search || null } });

  const options = useMemo(() => {
    const found = (data?.people.edges ?? []).map(({ node }) => ({
      value: node.id,
      disabled: !!node.account && node.account.id !== allowAccountOf,
      label: (
        <span>
          {node.name}
          <Typography.Text type="secondary" style={{ marginInlineStart: 8, fontSize: 12 }}>
            {[node.unit.name, node.badgeNumber, node.account ? "已有账号" : null].filter(Boolean).join(" · ")}
          </Typography.Text>
        </span>
      ),
      title: node.name,
    }));
    if (initial && !found.some((option) => option.value === initial.id)) {
      found.unshift({ value: initial.id, disabled: false, label: <span>{initial.name}</span>, title: initial.name });
    }
    return found;
  }, [data, initial, allowAccountOf]);

  return (
    <Select
      id={id}
      showSearch
      allowClear
      value={value ?? undefined}
      onChange={(next) => onChange?.(next ?? null)}
      filterOption={false}
      onSearch={setTyped}
      loading={fetching}
      options={options}
      optionLabelProp="title"
      placeholder="输入姓名或执法证号搜索"
      notFoundContent={fetching ? "搜索中…" : "没有匹配的人员"}
    />
  );
}
