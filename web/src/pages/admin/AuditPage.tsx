import { Card, Collapse, Empty, Flex, List, Select, Skeleton, Table, Tag, Typography } from "antd";
import type { TableColumnsType } from "antd";
import { useEffect, useMemo, useState } from "react";
import { useQuery } from "urql";
import { QueryError } from "../../components/FormErrors";
import { errorText } from "../../components/userErrors";
import { PageHeader } from "../../components/PageHeader";
import type { AdminAuditLogQuery } from "../../gql/graphql";
import { useDesktop } from "../../layout/useDesktop";
import { adminAuditLogQuery, adminUsersQuery } from "../../services/admin";
import { formatDateTimeSeconds } from "../home/time";
import { OPERATION_LABELS, inputSummary, operationLabel } from "./operations";
import { PagerBar, usePager } from "./Pager";

type Entry = AdminAuditLogQuery["auditLog"]["edges"][number]["node"];

const PAGE_SIZES = [20, 50, 100];
const OPERATION_OPTIONS = Object.entries(OPERATION_LABELS).map(([value, label]) => ({
  value,
  label: `${label}（${value}）`,
}));

function UserFilter({ value, onChange }: { value: string | null; onChange: (id: string | null) => void }) {
  const [typed, setTyped] = useState("");
  const [search, setSearch] = useState("");
  useEffect(() => {
    const timer = setTimeout(() => setSearch(typed.trim()), 300);
    return () => clearTimeout(timer);
  }, [typed]);
  const [{ data, fetching }] = useQuery({ query: adminUsersQuery, variables: { first: 20, search: search || null } });
  const [chosen, setChosen] = useState<{ value: string; label: string } | null>(null);
  const options = useMemo(() => {
    const found = (data?.users.edges ?? []).map(({ node }) => ({
      value: node.id,
      label: node.person ? `${node.username}（${node.person.name}）` : node.username,
    }));
    if (chosen && !found.some((o) => o.value === chosen.value)) found.unshift(chosen);
    return found;
  }, [data, chosen]);
  return (
    <Select
      allowClear
      showSearch
      filterOption={false}
      onSearch={setTyped}
      loading={fetching}
      value={value ?? undefined}
      options={options}
      onChange={(id, option) => {
        setChosen(id ? (option as { value: string; label: string }) : null);
        onChange(id ?? null);
      }}
      placeholder="全部用户"
      aria-label="按用户筛选"
      notFoundContent={fetching ? "搜索中…" : "没有匹配的用户"}
      style={{ width: "100%" }}
    />
  );
}

function Outcome({ entry }: { entry: Entry }) {
  if (entry.succeeded && entry.errorCodes.length === 0) return <Tag color="green">成功</Tag>;
  return (
    <Flex wrap gap={4}>
      <Tag color="red" style={{ marginInlineEnd: 0 }}>
        失败
      </Tag>
      {entry.errorCodes.map((code) => (
        <Tag key={code} title={errorText({ code, message: code })} style={{ marginInlineEnd: 0 }}>
          {code}
        </Tag>
      ))}
    </Flex>
  );
}

function Details({ entry }: { entry: Entry }) {
  return (
    <Flex vertical gap={4} style={{ minWidth: 0 }}>
      <Typography.Text type="secondary" style={{ fontSize: 12 }}>
        请求编号 {entry.requestId}
        {entry.objectType ? ` · 对象 ${entry.objectType} ${entry.objectId ?? ""}` : ""}
      </Typography.Text>
      <pre
        data-testid="audit-input"
        style={{ margin: 0, fontSize: 12, whiteSpace: "pre-wrap", wordBreak: "break-all", background: "#fafafa", padding: 8 }}
      >
        {entry.input == null ? "（无输入）" : JSON.stringify(entry.input, null, 2)}
      </pre>
    </Flex>
  );
}

export default function AuditPage() {
  const desktop = useDesktop();
  const [operation, setOperation] = useState<string | null>(null);
  const [userId, setUserId] = useState<string | null>(null);
  const [pageSize, setPageSize] = useState(PAGE_SIZES[0]);
  const pager = usePager(JSON.stringify([operation, userId, pageSize]));
  const [{ data, fetching, error }] = useQuery({
    query: adminAuditLogQuery,
    variables: { first: pageSize, after: pager.after, operation, userId },
    requestPolicy: "cache-and-network",
  });
  const entries = data?.auditLog.edges.map((edge) => edge.node) ?? [];
  const pageInfo = data?.auditLog.pageInfo;

  const columns: TableColumnsType<Entry> = [
    { title: "时间", dataIndex: "createdAt", width: 170, render: (v: string) => formatDateTimeSeconds(v) },
    { title: "用户", dataIndex: "username", width: 120, render: (v: string | null) => v ?? "（未登录）" },
    {
      title: "操作",
      dataIndex: "operation",
      render: (v: string) => (
        <span>
          {operationLabel(v)}{" "}
          <Typography.Text type="secondary" style={{ fontSize: 12 }}>
            {v}
          </Typography.Text>
        </span>
      ),
    },
    { title: "内容", render: (_, e) => inputSummary(e.input) || "—" },
    { title: "对象", render: (_, e) => (e.objectType ? `${e.objectType} ${e.objectId ?? ""}` : "—") },
    { title: "结果", width: 200, render: (_, e) => <Outcome entry={e} /> },
  ];

  return (
    <>
      <PageHeader title="审计日志" subTitle="每一次写操作（含失败的）都有记录，最新的在前" />
      <Card>
        <Flex wrap gap={8} style={{ marginBottom: 12 }}>
          <Select
            allowClear
            showSearch
            optionFilterProp="label"
            value={operation ?? undefined}
            onChange={(value) => setOperation(value ?? null)}
            options={OPERATION_OPTIONS}
            placeholder="全部操作"
            aria-label="按操作筛选"
            style={{ width: desktop ? 260 : "100%" }}
          />
          <div style={{ width: desktop ? 240 : "100%" }}>
            <UserFilter value={userId} onChange={setUserId} />
          </div>
          <Select
            value={pageSize}
            onChange={setPageSize}
            options={PAGE_SIZES.map((n) => ({ value: n, label: `每页 ${n} 条` }))}
            aria-label="每页条数"
            style={{ width: desktop ? 120 : "100%" }}
          />
        </Flex>
        <QueryError error={error} />
        {desktop ? (
          <Table<Entry>
            data-testid="audit-table"
            rowKey="id"
            size="small"
            columns={columns}
            dataSource={entries}
            loading={fetching}
            pagination={false}
            expandable={{ expandedRowRender: (entry) => <Details entry={entry} />, expandRowByClick: true }}
            onRow={(entry) => ({ "data-testid": `audit-row-${entry.operation}` }) as React.HTMLAttributes<HTMLElement>}
            locale={{ emptyText: <Empty description="没有符合条件的记录" /> }}
          />
        ) : fetching && !data ? (
          <Skeleton active />
        ) : (
          <List<Entry>
            data-testid="audit-list"
            dataSource={entries}
            locale={{ emptyText: <Empty description="没有符合条件的记录" /> }}
            renderItem={(entry) => (
              <List.Item key={entry.id} data-testid={`audit-row-${entry.operation}`}>
                <Flex vertical gap={4} style={{ width: "100%", minWidth: 0 }}>
                  <Flex justify="space-between" gap={8} wrap>
                    <Typography.Text strong>{operationLabel(entry.operation)}</Typography.Text>
                    <Outcome entry={entry} />
                  </Flex>
                  <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                    {formatDateTimeSeconds(entry.createdAt)} · {entry.username ?? "（未登录）"} · {entry.operation}
                  </Typography.Text>
                  {inputSummary(entry.input) ? (
                    <Typography.Text style={{ wordBreak: "break-all" }}>{inputSummary(entry.input)}</Typography.Text>
                  ) : null}
                  <Collapse
                    size="small"
                    ghost
                    items={[{ key: "d", label: "详情", children: <Details entry={entry} /> }]}
                  />
                </Flex>
              </List.Item>
            )}
          />
        )}
        <PagerBar
          page={pager.page}
          hasNext={!!pageInfo?.hasNextPage}
          loading={fetching}
          onPrevious={pager.previous}
          onNext={() => pager.next(pageInfo?.endCursor)}
        />
      </Card>
    </>
  );
}
